"""Announcing an act is no statement: أعلن النادي الحداد ثلاثة أيام، أعلنت السلطات حالة الطوارئ،
يعلن المدرب عن قائمة اللاعبين. The verb's object is the act declared (mourning, an emergency, a
curfew, a holiday) or a thing made public (a list, the results), not words someone said; the
nouns are the ``act_object`` class of ``resources/cues.tsv``."""

from __future__ import annotations

from khabar.quotes.candidate import Candidate
from khabar.quotes.context import Unit
from khabar.quotes.cue_shapes import complementizer
from khabar.quotes.lexicon import ABOUT


def declares_an_act(unit: Unit, c: Candidate) -> bool:
    """The candidate's content is the verb's object (not opened by a complementizer or a colon), an
    ``act_object`` noun phrase, and nothing said: no complementizer or colon follows in it
    (أعلن الحداد ثلاثة أيام; not أعلن حالة الطوارئ قائلا: "..."، أعلن عن قائمة تضم ... وأكد أن)."""
    if c.kind != "indirect":
        return False
    first = unit.token_at(c.content_start)
    if first > 0 and (complementizer(unit, first - 1) or unit.tokens[first - 1].kind == "punct"):
        return False  # أعلن أن الحداد سيستمر: a clause opened by أن or a colon says something
    if first < len(unit.tokens) and unit.bare(first) == ABOUT:  # أعلن عن، كشف عن: the preposition before the object
        first += 1
    if first >= len(unit.tokens) or not unit.phrase_at(first, "act_object"):
        return False
    # a content ending in a mark no token holds (a bidi control, U+202C) has no token ending after
    # its last character: the last token is then the unit's last
    last = min(unit.token_at(c.content_end - 1), len(unit.tokens) - 1)
    return not any(complementizer(unit, j) or unit.is_punct(j, {":"}) for j in range(first, last + 1))
