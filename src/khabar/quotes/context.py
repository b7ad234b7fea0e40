"""One text unit prepared for the quotation finders: tokens with keys, quotation marks,
entity mentions and time expressions that fall in it, and the clause boundaries."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress
from typing import NamedTuple

from khabar.arabic import Token, tokenize
from khabar.arabic.normalize import norm_keys
from khabar.arabic.tokenize import TOKEN_END, TOKEN_NORM, TOKEN_START
from khabar.model import Article
from khabar.quotes.adjectives import adjectival_participle, heads_construct, plural_adjective
from khabar.quotes.lexicon import (
    CueForm,
    complementizers,
    conjoined_class_keys,
    conjoined_first_words,
    first_words,
    in_class,
    is_homograph,
    is_naming_passive,
    key,
    lookup_cue,
    triggers,
)
from khabar.quotes.marks import QuoteSpan, find_quotes, outermost
from khabar.quotes.prepositions import reads_as_preposition

SENTENCE_END = {".", "!", "?", "؟", "؛", ";"}
_SENTENCE_MARK = re.compile("[.!?؟؛;]")
_OPENER_MARK = re.compile("[(:]")
COMMA = {"،", ",", "-", "—", "–"}


# Named tuples rather than frozen dataclasses: one is made for every mention and time of a unit read,
# and a frozen dataclass sets each of its fields through object.__setattr__.
class MentionSpan(NamedTuple):
    start: int
    end: int
    entity: str
    type: str


class TimeSpan(NamedTuple):
    start: int
    end: int
    value: str | None


@dataclass
class Unit:
    field: str
    paragraph: int
    text: str
    tokens: list[Token]
    keys: list[str]  # matching key of each token
    quotes: list[QuoteSpan]
    mentions: list[MentionSpan] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)
    cues: list[int] = field(default_factory=list)  # tokens that may be cues (speech verbs, بحسب, جاء, :)
    #: Values of one-word time expressions found anywhere in the article (الثلاثاء → 2017-11-14): the
    #: same word names the same day when the times stage marked only its first use.
    time_words: dict[str, str] = field(default_factory=dict)
    #: Neighbouring words of the article's hashtag names (#عمرو_واكد → (عمرو، واكد)): written apart,
    #: the same words are that name too.
    hashtag_pairs: frozenset[tuple[str, str]] = frozenset()
    #: Last words of those names as written (واكد): spelt so, alone, a word is that person's surname.
    hashtag_surnames: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # Indexes built once: the finders ask these questions for many tokens.
        self._starts = list(map(TOKEN_START, self.tokens))
        self._ends = list(map(TOKEN_END, self.tokens))
        self._opens = {s.open: s for s in self.quotes if s.depth == 0}
        self._inside: list[QuoteSpan | None] = [None] * len(self.tokens)
        for span in outermost(self.quotes):
            first, stop = bisect_right(self._starts, span.open), bisect_left(self._starts, span.close)
            self._inside[first:stop] = [span] * (stop - first)
        ends = (bisect_left(self._starts, m.start()) for m in _SENTENCE_MARK.finditer(self.text))
        self._sentence_ends = [i for i in ends if i < len(self.tokens) and self._ends_sentence(i)]
        # char -> the mentions covering it, in the order of ``mentions``: the finders ask which
        # name covers or starts at a token for most tokens they read
        self._mention_starts = [m.start for m in self.mentions]  # mentions come sorted by start
        self._covering: dict[int, list[MentionSpan]] = {}
        reach = 0  # end of the mentions indexed so far
        for m in self.mentions:
            if m.start >= reach:  # overlaps none before it (most): its chars share one list, set in C
                self._covering.update(dict.fromkeys(range(m.start, m.end), [m]))
            else:  # a new list per char, as the shared ones are never changed
                for char in range(m.start, m.end):
                    self._covering[char] = [*self._covering.get(char, ()), m]
            reach = max(reach, m.end)
        self._phrase_starts: dict[str, list[int]] = {}
        self._forms = {i: form for i in self.cues
                       if self.tokens[i].kind == "word" and not is_homograph(self.tokens[i].text)
                       and not _naming(self, i) and not _signing(self, i)
                       and not reads_as_preposition(self, i) and not _adjective(self, i, form := lookup_cue(self.keys[i]))
                       and not inside_name(self, i)}

    @cached_property
    def clause_stops(self) -> list[int]:
        """The tokens where reported content may end, in order: quotation openings, sentence marks,
        and words that may begin a clause (a boundary or source-preposition phrase, a cue and the
        two words before it).  Content runs over every other token, so its end is sought among
        these alone; built on first use, as most units hold no content."""
        n = len(self.tokens)
        stops = set(compress(range(n), map(_clause_openers().__contains__, self.keys)))
        stops.update(k for i in self._forms for k in (i - 2, i - 1, i) if k >= 0)
        stops.update(bisect_left(self._starts, m.start()) for m in _SENTENCE_MARK.finditer(self.text))
        stops.update(bisect_left(self._starts, p) for p in self._opens)
        return sorted(k for k in stops if k < n)

    @cached_property
    def opener_stops(self) -> list[int]:
        """The tokens where a cue's search for its content may stop, in order: complementizers,
        colons, opening brackets, quotation openings and cues (a cue's own preposition aside)."""
        n = len(self.tokens)
        stops = set(compress(range(n), map(complementizers().__contains__, self.keys)))
        stops.update(self._forms)
        stops.update(bisect_left(self._starts, m.start()) for m in _OPENER_MARK.finditer(self.text))
        stops.update(bisect_left(self._starts, p) for p in self._opens)
        return sorted(k for k in stops if k < n)

    def cue_form(self, i: int) -> CueForm | None:
        """The speech-verb reading of token ``i`` (only trigger tokens can have one)."""
        return self._forms.get(i)

    def conjoined_cue(self, i: int) -> bool:
        """Token ``i`` is a speech verb with a و/ف conjunction (وأضاف)."""
        form = self._forms.get(i)
        k = self.keys[i]
        return form is not None and k[0] in "وف" and lookup_cue(k[1:]) is not None

    def _ends_sentence(self, i: int) -> bool:
        return self.is_punct(i, SENTENCE_END) and self._inside[i] is None and not self.decimal_point(i)

    def bare(self, i: int) -> str:
        """Key of token ``i`` without a leading و/ف conjunction (:func:`strip_conjunction`, inline:
        asked of most tokens read)."""
        k = self.keys[i]
        return k[1:] if len(k) > 2 and k[0] in "وف" else k

    def is_a(self, i: int, cls: str) -> bool:
        """Token ``i`` is a word of class ``cls``, with or without a و/ف conjunction; a title
        that is also an adjective (كبير) only where it heads a construct (كبير المفاوضين)."""
        found = self.keys[i] in conjoined_class_keys(cls)  # (asked of most tokens: one set test)
        if found and cls == "title" and self.is_a(i, "construct_title"):
            return heads_construct(self, i)  # هجوم كبير تعرض له: an adjective, no title
        return found

    def is_punct(self, i: int, chars: set[str]) -> bool:
        return self.tokens[i].kind == "punct" and self.tokens[i].text in chars

    def quote_at(self, i: int) -> QuoteSpan | None:
        """The outermost quotation enclosing token ``i``."""
        return self._inside[i]

    def opens_quote(self, i: int) -> QuoteSpan | None:
        """The outermost quotation whose opening mark is token ``i``."""
        return self._opens.get(self._starts[i])

    def token_at(self, char: int) -> int:
        """Index of the first token ending after ``char``."""
        return bisect_right(self._ends, char)

    def sentence_end(self, i: int) -> int:
        """Index of the token ending the sentence that holds token ``i`` (exclusive)."""
        k = bisect_left(self._sentence_ends, i)
        return self._sentence_ends[k] if k < len(self._sentence_ends) else len(self.tokens)

    def sentence_start(self, i: int) -> int:
        k = bisect_left(self._sentence_ends, i)
        return self._sentence_ends[k - 1] + 1 if k else 0

    def decimal_point(self, i: int) -> bool:
        tok = self.tokens[i]
        return (tok.text == "." and 0 < tok.start < len(self.text) - 1
                and self.text[tok.start - 1].isdigit() and self.text[tok.start + 1].isdigit())

    def phrase_at(self, i: int, cls: str, max_words: int = 3) -> int:
        """Length in tokens of a phrase of class ``cls`` starting at token ``i`` (0 when none)."""
        first = self.keys[i]
        if first not in conjoined_first_words(cls):
            return 0
        bare = self.bare(i)
        for n in range(min(max_words, len(self.tokens) - i), 0, -1):
            rest = self.keys[i + 1:i + n]
            if in_class(cls, " ".join([first, *rest])) or in_class(cls, " ".join([bare, *rest])):
                return n
        return 0

    def phrase_starts(self, cls: str, start: int, stop: int) -> list[int]:
        """The tokens from ``start`` to ``stop`` (exclusive) where a phrase of class ``cls`` may
        start (those for which :meth:`phrase_at` reads on), in order: a scan of a sentence for
        the class asks the few of its words that may start one, not each word."""
        found = self._phrase_starts.get(cls)
        if found is None:
            starts = conjoined_first_words(cls)
            found = self._phrase_starts[cls] = list(compress(range(len(self.keys)), map(starts.__contains__, self.keys)))
        return found[bisect_left(found, start):bisect_left(found, stop)]

    def mentions_at(self, char: int) -> list[MentionSpan]:
        """The mentions covering ``char`` (start <= char < end), in the order of ``mentions``."""
        return self._covering.get(char, _NONE)

    def starting_at(self, char: int) -> list[MentionSpan]:
        """The mentions that start at ``char``."""
        return [m for m in self._covering.get(char, _NONE) if m.start == char]

    def starting_in(self, first: int, last: int) -> list[MentionSpan]:
        """The mentions starting at a char from ``first`` to ``last`` (both included), in order."""
        return self.mentions[bisect_left(self._mention_starts, first):bisect_right(self._mention_starts, last)]

    def mentions_in(self, start: int, end: int) -> list[MentionSpan]:
        return [m for m in self.mentions if m.start < end and m.end > start]

    def times_in(self, start: int, end: int) -> list[TimeSpan]:
        return [t for t in self.times if t.start < end and t.end > start]

    def time_word(self, j: int) -> bool:
        """Token ``j`` is a time: marked here, or a one-word time the times stage marked in another
        unit only (a lead paragraph repeating the deck's الثلاثاء)."""
        tok = self.tokens[j]
        return bool(self.times_in(tok.start, tok.end)) or self.keys[j] in self.time_words


_NONE: list[MentionSpan] = []
#: Mention types whose every word belongs to a name.
_NAME_TYPES = ("PER", "ORG")
#: Clitics a name's first word may carry before the name goes on (بعمرو واكد، لأبو طالب).
_NAME_CLITICS = "وبلف"


def inside_name(unit: Unit, i: int) -> bool:
    """Token ``i`` is a word inside a name, not a cue however it is spelt: a later word of a
    person's or body's name (نيكولاس فيرون، أحمد أبو طالب), or the word after the one before it in
    one of the article's hashtag names (#عمرو_واكد: عمرو واكد is no عمرو وأكد), or such a name's
    last word spelt as there (تعاون معه واكد: the surname, not وأكد)."""
    tok = unit.tokens[i]
    if any(m.start < tok.start and tok.end <= m.end and m.type in _NAME_TYPES for m in unit.mentions_at(tok.start)):
        return True
    if tok.text in unit.hashtag_surnames:
        return True
    if i == 0 or not unit.hashtag_pairs or unit.tokens[i - 1].kind != "word":
        return False
    before = unit.keys[i - 1]
    return (before, unit.keys[i]) in unit.hashtag_pairs or (
        before[:1] in _NAME_CLITICS and (before[1:], unit.keys[i]) in unit.hashtag_pairs)


def hashtag_names(tokens: list[Token]) -> list[list[str]]:
    """The words of the hashtag names of two words or more among ``tokens`` (#محمد_بن_سلمان)."""
    names = ([w for w in tok.text[1:].split("_") if w] for tok in tokens if tok.kind == "hashtag")
    return [words for words in names if len(words) > 1]


def _hashtag_words(article: Article, tokens_by_unit: dict[tuple[str, int], list[Token]]
                   ) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """Neighbouring word keys (#محمد_بن_سلمان → (محمد، بن)، (بن، سلمان)) and last words as written
    of the article's hashtag names."""
    # a name of two words or more joins them with _: a unit without both marks holds none
    names = [words for f, p, text in article.units() if "#" in text and "_" in text
             for words in hashtag_names(tokens_by_unit.get((f, p)) or tokenize(text))]
    pairs = {(key(a), key(b)) for words in names for a, b in zip(words, words[1:], strict=False)}
    return frozenset(pairs), frozenset(words[-1] for words in names)


def _adjective(unit: Unit, i: int, form: CueForm | None) -> bool:
    """A participle describing a noun (غير مبررة، منطقياً ومبرراً) or a verb spelt like a plural
    adjective after its noun (عمال جدد) is no cue."""
    return form is not None and ((form.kind == "participle" and adjectival_participle(unit, i))
                                 or (form.kind == "verb" and plural_adjective(unit, i)))

def _naming(unit: Unit, i: int) -> bool:
    """يدعى/تدعى naming the noun before it (عاملة تدعى لمبيبو، أحد المصلين ويدعى سعيد منصور), no
    statement; spelled with ى, 'claims' (يدّعي) reports only with its content opening right after it
    (يدعى أن، ويدعى بأن)."""
    if not is_naming_passive(unit.tokens[i].text):
        return False
    after = i + 1
    return after >= len(unit.tokens) or not (unit.keys[after] in complementizers() or unit.is_punct(after, {":"}))


def _signing(unit: Unit, i: int) -> bool:
    """توقع before what is signed is توقّع 'signs' (فرنسا توقع اتفاقية، توقع على العقد), not توقّع
    'expected': no statement."""
    after = i + 1
    return unit.is_a(i, "signing_homograph") and after < len(unit.tokens) \
        and unit.is_a(after, "signed_object")


@lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    """Keys that may start a boundary or source-preposition phrase, a contrast (لكن، إلا أن), a
    speaker's next act (متمنيا) or the writer's 'which' (وهو ما نفاه), with or without و/ف (the
    test :meth:`Unit.phrase_at` makes of a phrase's first word)."""
    starts = first_words("boundary") | first_words("source_prep") | first_words("contrast") \
        | first_words("except_lead") | first_words("act_participle") | first_words("writer_relative")
    return starts | {c + w for w in starts for c in "وف"}


def _provided_mentions(spans: list[tuple[int, int, str, str]], text: str) -> list[MentionSpan]:
    """One unit's spans from ``annotations["entity_mentions"]`` (already sorted by start), made into
    mention spans only for the units a cue word makes worth reading."""
    return [MentionSpan(s, e, ent, typ) for s, e, ent, typ in spans if _names(text[s:e])]


def _mentions(article: Article) -> dict[tuple[str, int], list[MentionSpan]]:
    """Entity mentions by text unit, from the mentions listed in ``article.entities`` (when the
    entities stage left no ``annotations["entity_mentions"]``)."""
    out: dict[tuple[str, int], list[MentionSpan]] = {}
    for entity in article.entities:
        for m in entity.mentions:
            if _names(m.text):
                out.setdefault((m.field, m.paragraph), []).append(
                    MentionSpan(m.start, m.end, entity.id, entity.type))
    for spans in out.values():
        spans.sort(key=lambda s: (s.start, -s.end))
    return out


def _surnames(article: Article) -> dict[str, str]:
    """Last words of the people the article names (لافروف of سيرغي لافروف), by entity: a bare
    surname before the full name, which entity linking reads in order, still names that person."""
    out: dict[str, str] = {}
    for entity in article.entities:
        if entity.type != "PER":
            continue
        for m in entity.mentions:
            surname = _surname_key(m.text)
            if surname is not None:
                out.setdefault(surname, entity.id)
    return out


@lru_cache(maxsize=1 << 16)  # a person's mention texts recur across an article and across articles
def _surname_key(mention: str) -> str | None:
    """The key of a person mention's last word, when that word may be a surname."""
    words = mention.split()
    return key(words[-1]) if words and len(words[-1]) > 2 and _names(words[-1]) else None


def _with_surnames(spans: list[MentionSpan], tokens: list[Token], keys: list[str],
                   surnames: dict[str, str]) -> list[MentionSpan]:
    if surnames.keys().isdisjoint(keys):
        return spans  # most units: no surname among their words (one C-level pass)
    covered = {(s.start, s.end) for s in spans}
    # only the tokens that are a surname (picked in C) are read
    extra = [MentionSpan(t.start, t.end, surnames[k], "PER")
             for t, k in compress(zip(tokens, keys, strict=True), map(surnames.__contains__, keys))
             if not any(s.start <= t.start < s.end for s in spans) and (t.start, t.end) not in covered]
    return sorted(spans + extra, key=lambda s: (s.start, -s.end)) if extra else spans


@lru_cache(maxsize=1 << 16)  # mention texts recur across an article and across articles
def _names(words: str) -> bool:
    """A mention made only of titles or unnamed-source words (الطبيب، خبراء) names nobody."""
    return not all(in_class("title", key(w)) or in_class("anonymous", key(w)) for w in words.split())


def _times(article: Article) -> dict[tuple[str, int], list[TimeSpan]]:
    out: dict[tuple[str, int], list[TimeSpan]] = {}
    for t in article.times:
        out.setdefault((t.field, t.paragraph), []).append(TimeSpan(t.start, t.end, t.value))
    return out


def prepare_units(article: Article, every: bool = False) -> list[Unit]:
    """The analysed text units of ``article`` in reading order: those holding a cue word, or with
    ``every`` all of them (a paragraph a later verb goes on with: وقررت الحكومة ...)."""
    tokens_by_unit = article.annotations.get("tokens") or {}
    provided = article.annotations.get("entity_mentions")
    mentions = {} if provided else _mentions(article)
    surnames = _surnames(article)
    times = _times(article)
    time_words = {key(t.text): t.value for t in article.times if t.value and " " not in t.text}
    units = []
    words = triggers()
    pairs, surnames_written = _hashtag_words(article, tokens_by_unit)
    for field_name, paragraph, text in article.units():
        tokens = tokens_by_unit.get((field_name, paragraph)) or tokenize(text)
        keys = norm_keys(map(TOKEN_NORM, tokens))
        if words.isdisjoint(keys) and not every:
            continue  # no cue word: nothing to find, and nothing to track
        cues = list(compress(range(len(keys)), map(words.__contains__, keys)))
        unit_spans = _provided_mentions(provided.get((field_name, paragraph), []), text) if provided \
            else mentions.get((field_name, paragraph), [])
        spans = _with_surnames(unit_spans, tokens, keys, surnames)
        units.append(Unit(
            field_name, paragraph, text, tokens, keys, find_quotes(text),
            spans, times.get((field_name, paragraph), []), cues, time_words, pairs, surnames_written,
        ))
    return units
