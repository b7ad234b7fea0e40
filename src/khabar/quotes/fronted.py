"""The subject written before its speech verb (الدفاع الروسية تقول، وكانت الوزارة أعلنت،
وكان الوزير، فلان، أعلن، لكن الرئيس أكد) and the clause that holds a cue."""

from __future__ import annotations

from khabar.quotes.context import COMMA, Unit
from khabar.quotes.lexicon import AMMA, KAMA, complementizers, in_class, lookup_cue
from khabar.quotes.names import SpeakerPhrase, article_less, make_phrase


def fronted_phrase(unit: Unit, cue: int, clause_start_token: int) -> SpeakerPhrase | None:
    """The subject written before the verb (الدفاع الروسية تقول، وكانت الوزارة أعلنت،
    وكان الوزير، فلان، أعلن)."""
    if cue > 0 and unit.keys[cue - 1] == KAMA:
        return None  # ... كما صرحت لصحيفة: 'as she told', the subject is the one before
    topic = any(unit.bare(j) == AMMA for j in range(clause_start_token, cue))
    if unit.keys[cue][:1] in ("و", "ف") and lookup_cue(unit.keys[cue][1:]) and not topic:
        return None  # وقال: a verb with a conjunction opens its clause, its subject follows (not أما X فيقول)
    start = clause_start_token
    end = cue
    for _ in range(3):  # step back over appositions between commas
        if start < end or end == 0 or not unit.is_punct(end - 1, COMMA):
            break
        end -= 1
        start = clause_start(unit, end)
    for j in range(start, end):  # على الرغم من أن المنظمة أقرت: the subject follows أن
        if unit.keys[j] in complementizers():
            start = j + 1
    led = False  # ، حيث أكدت / ثم أعاد تغريدة كتبها: حيث and ثم are no subject, nor is a verb after them
    while start < end and (unit.tokens[start].kind == "punct" or unit.is_a(start, "aux") or unit.keys[start] in ("و", "ف")
                           or unit.is_a(start, "verb_lead")):
        led = led or unit.is_a(start, "verb_lead")
        start += 1
    if led and start < end and not (_names_at(unit, start) or article_less(unit.keys[start]) != unit.keys[start]):
        return None
    while end > start and unit.is_a(end - 1, "aux"):
        end -= 1  # وكانت الوزارة قد أعلنت
    if start < end and unit.is_a(start, "prep_homograph") and unit.cue_form(start) is None:
        start += 1  # بين معارض لها يرى أن: those the preposition names hold the view
    if start >= end or end - start > 8:
        return None
    if (start > 0 and unit.phrase_at(start - 1, "not_boundary", 2)) or unit.phrase_at(start, "source_prep", 1):
        return None  # وفيما يتعلق بالجانب التنظيمي، أكد X: a topic; بحسب ما أعلنته X: a source after the verb
    if lookup_cue(unit.keys[start]) or any(
            (in_class("content_prep", unit.bare(j)) or in_class("adjunct", unit.bare(j))) and not _source_in(unit, start, j)
            or in_class("relative", unit.bare(j)) for j in range(start, end)):
        return None
    if end - start > 3 and not _names_at(unit, start):
        return None  # وأصدرت الوزارة بيانا دعت فيه: a long run not opening with a name holds a verb
    phrase = make_phrase(unit, start, end)
    if phrase is not None and start == clause_start_token and unit.keys[start][:1] == "و" \
            and start > unit.sentence_start(cue) and not unit.is_a(start, "title") and len(unit.keys[start]) > 3 \
            and not unit.is_a(start - 1, "contrast"):  # لكن وسائل إعلام تقول: the word's own و
        phrase.words = phrase.words[1:]  # ... ولافروف ينفي: the conjunction joins the clause
    return phrase


def _source_in(unit: Unit, start: int, j: int) -> bool:
    """في right after an unnamed source's head places it (وكان مسؤول في الإدارة المحلية ذكر، مصدر
    في الوزارة قال): part of the subject, not an adjunct before the verb."""
    return j == start + 1 and unit.bare(j) == "في" and unit.is_a(start, "anonymous")


def _names_at(unit: Unit, j: int) -> bool:
    """Token ``j`` opens a name, a title, a source or a statement."""
    char = unit.tokens[j].start
    return bool(unit.mentions_at(char + 1)) or any(
        unit.is_a(j, cls) for cls in ("title", "anonymous", "spokesperson", "statement_noun", "media_noun", "kin"))


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
        if unit.is_a(j, "contrast"):
            return j + 1  # ... لكن الرئيس أكد
        if unit.keys[j][:1] == "و" and j > sentence_start and _joins_clause(unit, j, i):
            return j
        j -= 1
    return sentence_start


def _joins_clause(unit: Unit, j: int, cue: int) -> bool:
    """و on token ``j`` joins a new clause (ولافروف ينفي) when its word is a name followed by the cue."""
    return any(m.end >= unit.tokens[cue - 1].end for m in unit.starting_at(unit.tokens[j].start)) or (
        cue - j <= 2 and not unit.keys[j].startswith("وال"))
