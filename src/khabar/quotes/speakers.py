"""Who is speaking: the speaker's noun phrase, its entity, channels, and implicit subjects.

A speaker phrase runs from the cue to the first adjunct (في بيان، يوم الأحد، لرويترز ...).
Its entity is the mention inside it that names the speaker: a person first (المتحدث باسم
الوزارة الجنرال X → X), else the body named after باسم or at the head of the phrase.
Unnamed sources (مصادر، مسؤولون) have no speaker.  A verb with no subject (وأضافت) takes
the last speaker whose gender agrees; a bare definite noun (الوزارة، الجنرال الروسي) the
last speaker whose words share its head; البيان the owner of the last statement.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.model import Ref
from khabar.quotes.context import COMMA, MentionSpan, Unit
from khabar.quotes.lexicon import ANY, in_class, key, lookup_cue, strip_conjunction

_TYPE_RANK = {"PER": 0, "ORG": 1, "NORP": 2, "GPE": 3}
#: Longest speaker phrase considered (tokens).
MAX_SPEAKER_TOKENS = 14


@dataclass
class Speaker:
    ref: Ref | None  # None for an unnamed source
    gender: str
    words: str  # normalised words of every phrase that named it, for head-noun anaphora


@dataclass
class Tracker:
    """Speakers in reading order, for implicit subjects and anaphora."""

    history: list[Speaker] = field(default_factory=list)
    statement_owner: Speaker | None = None

    def remember(self, speaker: Speaker) -> None:
        self.history = [s for s in self.history if s is not speaker] + [speaker]

    def last(self, gender: str) -> Speaker | None:
        for speaker in reversed(self.history):
            if gender in (ANY, speaker.gender) or speaker.gender == ANY:
                return speaker
        return self.history[-1] if self.history else None

    def by_head(self, head: str) -> Speaker | None:
        for speaker in reversed(self.history):
            if speaker.ref is not None and head in speaker.words.split():
                return speaker
        return None

    def by_entity(self, entity: str) -> Speaker | None:
        for speaker in reversed(self.history):
            if speaker.ref is not None and speaker.ref.entity == entity:
                return speaker
        return None


def _article_less(word_key: str) -> str:
    w = strip_conjunction(word_key)
    if w.startswith("ال") and len(w) > 3:
        return w[2:]
    if w.startswith("لل") and len(w) > 3:
        return w[2:]
    return w


def phrase_end(unit: Unit, start: int, stop: int) -> int:
    """End token (exclusive) of the speaker phrase in tokens [start, stop)."""
    j = start
    stop = min(stop, start + MAX_SPEAKER_TOKENS)
    while j < stop:
        tok = unit.tokens[j]
        if tok.kind == "punct" and tok.text not in ('"', "«", "»", "“", "”", "'", "(", ")"):
            break
        if j > start and (unit.phrase_at(j, "adjunct", 2) or channel_start(unit, j)):
            break
        if j > start and unit.times_in(tok.start, tok.end):
            break
        j += 1
    return j


def channel_start(unit: Unit, i: int) -> bool:
    """Token ``i`` opens a channel: لرويترز، لوكالة X، في مقابلة مع X."""
    k = unit.keys[i]
    if k.startswith("ل") and len(k) > 2:
        rest = k[1:]
        if in_class("media_noun", rest) or (rest.startswith("ل") and in_class("media_noun", rest[1:])):
            return True
        return any(m.start == unit.tokens[i].start and m.type == "ORG" for m in unit.mentions) and any(
            m.start <= unit.tokens[i].start + 1 < m.end for m in unit.mentions)
    return False


def channel_phrase(unit: Unit, start: int, stop: int) -> tuple[int, int] | None:
    """Char span of a channel named between a speaker and the content: لرويترز، في تصريحات
    نقلتها وكالة X، في مقابلة مع إذاعة X."""
    j = start
    while j < stop:
        k = unit.bare(j)
        if channel_start(unit, j):
            end = phrase_end(unit, j + 1, stop) if j + 1 < stop else j + 1
            return unit.tokens[j].start + 1, unit.tokens[end - 1].end
        if in_class("channel_verb", unit.keys[j]) or k in ("مع",) or (
                k.startswith("ل") and in_class("media_noun", k[1:])):
            first = j + 1
            if first < stop:
                end = phrase_end(unit, first, stop)
                if end > first:
                    start_char = unit.tokens[first].start
                    if k.startswith("ل") and k != "مع":
                        start_char = unit.tokens[j].start + 1
                        first = j
                    return start_char, unit.tokens[end - 1].end
        j += 1
    return None


def _accepted(unit: Unit, mention: MentionSpan, phrase_start: int, after_basm: int | None) -> bool:
    at_head = mention.start <= unit.tokens[phrase_start].start + 2
    return at_head or mention.type == "PER" or (after_basm is not None and mention.start >= after_basm)


def choose_entity(unit: Unit, start: int, end: int) -> MentionSpan | None:
    """The mention in tokens [start, end) that names the speaker."""
    if end <= start:
        return None
    chars = unit.tokens[start].start, unit.tokens[end - 1].end
    mentions = unit.mentions_in(*chars)
    basm = next((unit.tokens[j].end for j in range(start, end) if unit.bare(j) == "باسم"), None)
    accepted = [m for m in mentions if _accepted(unit, m, start, basm)]
    if not accepted:
        return None
    return min(accepted, key=lambda m: (_TYPE_RANK.get(m.type, 4), m.start))


@dataclass
class SpeakerPhrase:
    start: int  # token range of the phrase as written
    end: int
    words: str


def make_phrase(unit: Unit, start: int, end: int) -> SpeakerPhrase | None:
    """The phrase over tokens [start, end), trimmed of surrounding punctuation."""
    while start < end and unit.tokens[start].kind == "punct":
        start += 1
    while end > start and unit.tokens[end - 1].kind == "punct":
        end -= 1
    if end <= start:
        return None
    text = unit.text[unit.tokens[start].start:unit.tokens[end - 1].end]
    return SpeakerPhrase(start, end, text)


def resolve(unit: Unit, phrase: SpeakerPhrase | None, gender: str, tracker: Tracker,
            window_end: int | None = None) -> Speaker | None:
    """The speaker a phrase names, or the implicit subject when there is none."""
    if phrase is None:
        return tracker.last(gender)
    head = strip_conjunction(unit.keys[phrase.start])
    if in_class("pronoun", head) or in_class("pronoun", unit.keys[phrase.start]):
        return tracker.last(gender)
    mention = choose_entity(unit, phrase.start, window_end or phrase.end)
    words = " ".join(_article_less(unit.keys[j]) for j in range(phrase.start, phrase.end))
    if mention is not None:
        known = tracker.by_entity(mention.entity)
        if known is not None:
            known.words += " " + words
            return known
        text = unit.text[mention.start:mention.end] if mention.type == "PER" else phrase.words
        return Speaker(Ref(text=text, entity=mention.entity), gender, words)
    bare_head = _article_less(head)
    if in_class("anonymous", bare_head) or in_class("anonymous", head):
        return Speaker(None, gender, words)
    if in_class("statement_noun", head) and phrase.end - phrase.start <= 2:
        return tracker.statement_owner or tracker.last(ANY)
    if head.startswith("ال") and phrase.end - phrase.start <= 3:
        known = tracker.by_head(bare_head)
        if known is not None:
            known.words += " " + words
            return known
    return Speaker(Ref(text=phrase.words), gender, words)


def fronted_phrase(unit: Unit, cue: int, clause_start: int) -> SpeakerPhrase | None:
    """The subject written before the verb (الدفاع الروسية تقول، وكانت الوزارة أعلنت)."""
    start = clause_start
    while start < cue and (unit.tokens[start].kind == "punct" or in_class("aux", unit.keys[start])
                           or unit.keys[start] in ("و", "ف")):
        start += 1
    if start >= cue or cue - start > 8:
        return None
    first = unit.bare(start)
    if in_class("content_prep", first) or in_class("adjunct", first) or lookup_cue(unit.keys[start]):
        return None
    return make_phrase(unit, start, cue)


def clause_start(unit: Unit, i: int) -> int:
    """First token of the clause holding token ``i``: after a sentence end, a comma,
    a colon, a clause boundary word, or a و that joins a new subject and verb."""
    j = i - 1
    sentence_start = unit.sentence_start(i)
    while j >= sentence_start:
        tok = unit.tokens[j]
        if tok.kind == "punct" and (tok.text in COMMA or tok.text in (":", "..", "...", "…")):
            return j + 1
        if unit.phrase_at(j, "boundary"):
            return j + unit.phrase_at(j, "boundary")
        if unit.keys[j][:1] == "و" and j < i - 1 and j > sentence_start and _joins_clause(unit, j, i):
            return j
        j -= 1
    return sentence_start


def _joins_clause(unit: Unit, j: int, cue: int) -> bool:
    """و on token ``j`` joins a new clause (ولافروف ينفي) when its word is a name followed by the cue."""
    return any(m.start == unit.tokens[j].start and m.end >= unit.tokens[cue - 1].end for m in unit.mentions) or (
        cue - j <= 2 and not unit.keys[j].startswith("وال"))


def key_words(text: str) -> str:
    return " ".join(_article_less(key(w)) for w in text.split())
