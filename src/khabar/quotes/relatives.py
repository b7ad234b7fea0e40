"""Speech verbs in relative and source clauses.

    واشنطن التي كانت تطالب بإطلاق سراحه     the antecedent speaks (a person or body)
    أول من كشف، ما أعلن، أن يطلب            the verb qualifies a noun or is subordinate: no report
    حسبما أعلنت الوزارة                     the source of what the sentence says: no report
"""

from __future__ import annotations

from khabar.arabic.verbs import is_finite_verb
from khabar.quotes.candidate import Candidate, content_of, make_candidate
from khabar.quotes.clauses import content_end, find_opener
from khabar.quotes.context import COMMA, Unit
from khabar.quotes.cue_shapes import complementizer, object_pronoun
from khabar.quotes.lexicon import WHAT, CueForm, in_class
from khabar.quotes.names import make_phrase
from khabar.quotes.verb_subjects import SPEAKER_TYPES, definite_word, prepositional, resumptive_end
from khabar.quotes.voice import considered_predicate

#: A place is no antecedent of a relative pronoun for people (cues.tsv people_relative).
_PLACE_TYPES = ("GPE", "LOC")


def in_relative_clause(unit: Unit, i: int) -> bool:
    """التي تتهم، أول من كشف، ما أعلن: the verb qualifies a noun and reports nothing itself,
    unless its own subject is named right after it (الذي تتهمه أنقرة بـ...)."""
    if i > 0 and in_class("subjunctive", unit.keys[i - 1]):
        return True  # أن يطلب: a verb in a subordinate clause
    if _after_source_prep(unit, i):
        return True  # بحسب ما أعلنته السفارة، حسبما أعلنت الوزارة: the source of what the sentence says
    if _relative_before(unit, i) is None:
        return False
    n = len(unit.tokens)
    # الوقت الذي يؤكد فيه وزير الخارجية أن: the verb's own subject after the pronoun
    subject = resumptive_end(unit, i + 1, n, any(complementizer(unit, j) for j in range(i + 2, min(n, i + 8)))) \
        if i + 1 < n else n
    return subject == i + 1 and not unit.starting_at(unit.tokens[subject].start if subject < n else len(unit.text))


def _after_source_prep(unit: Unit, i: int) -> bool:
    """Verb ``i`` follows 'according to what' (حسبما، بحسب ما، وفقا لما) and names the source of
    the sentence around it.  Not when a complementizer after it opens its own content (وحسبما تقول
    الإحصاءات فإن ...), nor a relaying verb (وفقا لما نقلته وكالة X): like ونقلته وسائل إعلام it
    names a channel only."""
    if i == 0 or unit.is_a(i, "channel_verb"):
        return False
    if unit.phrase_at(i - 1, "source_prep", 1):
        after = unit.bare(i - 1).endswith("ما")  # حسبما، وفقما
    else:
        after = i > 1 and unit.bare(i - 1) in ("ما", "لما") and bool(unit.phrase_at(i - 2, "source_prep", 1))
    # the scan to the sentence's end only for the few verbs after such a preposition
    return after and not any(complementizer(unit, j) for j in range(i + 1, unit.sentence_end(i)))


def _relative_before(unit: Unit, i: int) -> int | None:
    """The relative pronoun opening the clause of verb ``i`` (الذي قال، التي كانت تطالب)."""
    r = i - 1
    if r > 0 and unit.is_a(r, "aux") and not unit.is_a(r, "relative"):
        r -= 1  # الذي كان يطالب
    if r < 0 or not unit.is_a(r, "relative") or unit.bare(r) in ("هذا", "هذه", "ذلك", "تلك", "من"):
        return None
    return r


def from_relative(unit: Unit, i: int, form: CueForm) -> Candidate | None:
    """A speech verb in a relative clause reports when its antecedent is a person or body named
    right before the relative pronoun (واشنطن التي كانت تطالب بإطلاق سراحه): that is its subject."""
    r = _relative_before(unit, i)
    # مما، بما: a clause on 'what' has no named antecedent
    if r is None or r == 0 or unit.bare(r).endswith(WHAT) or unit.bare(i) != unit.keys[i] and unit.keys[i][:1] == "و":
        return None
    end = unit.tokens[r - 1].end
    antecedent = next((m for m in unit.mentions_at(end - 1) if m.end == end and m.type in SPEAKER_TYPES), None)
    if antecedent is None or prepositional(unit.keys[unit.token_at(antecedent.start)]) \
            or (antecedent.type in _PLACE_TYPES and unit.is_a(r, "people_relative")) \
            or object_pronoun(unit, i) or _subject_after(unit, i):
        return None  # بيان للحرس الذي / طلبة باركلاند في فلوريدا الذين / السوق التي يعتبرونها / الاتحاد الذي تقول رئيسة الوزراء
    stop = unit.sentence_end(i)
    opener = find_opener(unit, i + 1, stop, form.prep)
    if opener is not None and opener.kind == "prep" and form.nominal != "y":
        return None
    if opener is None:
        if form.nominal != "y" or i + 1 >= stop or (unit.is_a(i, "passive_present") and considered_predicate(unit, i + 1, stop)):
            return None  # السويداء التي تعتبر إحدى أكبر معاقل: 'is considered', the antecedent's no view
        begin = unit.tokens[i + 1].start
        content, kind = (begin, content_end(unit, begin)), "indirect"
    else:
        content, kind = content_of(unit, opener)
    end = _relative_clause_end(unit, unit.token_at(content[0]), unit.token_at(content[1] - 1) + 1)
    return make_candidate(unit, (unit.tokens[i].start, unit.tokens[i].end), (content[0], min(content[1], end)),
                          kind, form.gender, phrase=make_phrase(unit, unit.token_at(antecedent.start), r),
                          nested=True)


def _subject_after(unit: Unit, i: int) -> bool:
    """A subject of its own follows the verb: a title, an unnamed source or a person's name."""
    nxt = i + 1
    if nxt >= len(unit.tokens):
        return False
    if any(unit.is_a(nxt, cls) for cls in ("title", "spokesperson", "anonymous", "media_noun")):
        return True
    limit = unit.tokens[min(nxt + 2, len(unit.tokens) - 1)].end
    return any(m.type == "PER" for m in unit.starting_in(unit.tokens[nxt].start, limit - 1))


def any_subject_after(unit: Unit, i: int) -> bool:
    """لا يستبعد الأمريكيون / مراقبون: a subject after the verb, also a definite noun or any name
    (not لا يستبعد حصول ...: 'it is not ruled out')."""
    nxt = i + 1
    if nxt >= len(unit.tokens):
        return False
    return _subject_after(unit, i) or definite_word(unit.keys[nxt]) or bool(
        unit.starting_at(unit.tokens[nxt].start))


def _relative_clause_end(unit: Unit, start: int, stop: int) -> int:
    """Char where a relative clause's content ends: at a comma (واشنطن التي تطالب بإطلاق سراحه،
    والرئيس ...) or before a next noun with its own relative clause (... وأنقرة التي ترفض)."""
    for j in range(start + 1, stop):
        if unit.is_punct(j, COMMA) and not unit.quote_at(j):
            return unit.tokens[j - 1].end
        if unit.keys[j][:1] == "و" and len(unit.keys[j]) > 2 and j + 2 < stop and _relative_before(unit, j + 2) == j + 1:
            return unit.tokens[j - 1].end
    return unit.tokens[stop - 1].end


def after_relative(unit: Unit, i: int) -> bool:
    """Verb ``i`` opens a relative clause (والذي أكد فيه الطبيب، في الوقت الذي قال فيه X)."""
    return _relative_before(unit, i) is not None


def relative_content_end(unit: Unit, start: int, end: int) -> int:
    """Char where the content [start, end) of a verb in a relative clause ends: the clause is part
    of a longer sentence, which goes on after a comma with a finite verb (، وأكد، ويشير), a new
    relative clause (، والتي) or و and an adjunct opening the writer's next clause (، وفي يوم الجريمة) — not with و and a complementizer or noun (، وأنها لم تتخلف، وإزالة أي أثر),
    which go on with the content."""
    first, last = unit.token_at(start), unit.token_at(end - 1)
    for j in range(first + 1, last):
        if not unit.is_punct(j, COMMA) or unit.quote_at(j) or unit.tokens[j + 1].kind != "word":
            continue
        nxt = j + 1
        joined = unit.keys[nxt] != unit.bare(nxt)  # و/ف written on the word
        if is_finite_verb(unit.tokens[nxt].text) or unit.is_a(nxt, "relative") \
                or (joined and in_class("adjunct", unit.bare(nxt))):
            return unit.tokens[j - 1].end
    return end
