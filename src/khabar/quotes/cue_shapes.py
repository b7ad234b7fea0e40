"""The shape of a cue word and what stands right after it: a complementizer, an object pronoun on
the verb, its own preposition near it.  Where content opens and ends (:mod:`khabar.quotes.clauses`)
and which verb reports (:mod:`khabar.quotes.verbs`) ask these alike."""

from __future__ import annotations

from khabar.quotes.context import Unit
from khabar.quotes.lexicon import OBJECT_SUFFIXES, complementizers, in_class, lookup_cue


def complementizer(unit: Unit, i: int) -> bool:
    """Token ``i`` is إن/أن/بأن, possibly with a pronoun (إنه، أنها)."""
    return unit.keys[i] in complementizers()


def object_pronoun(unit: Unit, i: int) -> bool:
    """The cue's word carries an object pronoun (ونقلها، وأكدها، يعتبرونها، تتهمه): the spelled cue
    is its stem, and the pronoun stands for the antecedent."""
    k = unit.bare(i)
    return any(k.endswith(s) and lookup_cue(k[:-len(s)]) is not None for s in OBJECT_SUFFIXES)


#: How far after a cue its own preposition may stand (محذرة في الوقت نفسه من، عبر أمس عن).
_PREPOSITION_REACH = 4


def without_its_preposition(unit: Unit, i: int) -> bool:
    """A cue that is one only with its preposition (عبر عن، قلل من) has none close after it: the
    word is another one (عبر 'via', ويقلل نوعية النوم 'reduces'), no new statement."""
    form = unit.cue_form(i)
    return form is not None and form.prep_required and form.prep not in unit.keys[i + 1:i + 1 + _PREPOSITION_REACH]


def followed_by_its_preposition(unit: Unit, i: int) -> bool:
    """A participle with its own preposition right after it, or after an adjunct (مشيرا إلى،
    محذرة في الوقت نفسه من): a new statement even with no comma before it."""
    form = unit.cue_form(i)
    if form is None or form.prep is None or i + 1 >= len(unit.tokens):
        return False
    if unit.keys[i + 1] == form.prep:
        return True
    return unit.is_a(i + 1, "adjunct") and form.prep in unit.keys[i + 2:i + 1 + _PREPOSITION_REACH]


def plain_verb_cue(unit: Unit, j: int) -> bool:
    """Token ``j`` is a speech verb without a conjunction, a cue even without a preposition after it."""
    form = unit.cue_form(j)
    return form is not None and form.kind == "verb" and unit.keys[j][0] not in "وف" and not without_its_preposition(unit, j)


def opens_right_after(unit: Unit, i: int) -> bool:
    """The verb at ``i`` has its content opening right after it: أن/إن (past its preposition), a
    colon or a quotation (لكنه قال "...")."""
    return followed_by_complementizer(unit, i) or (i + 1 < len(unit.tokens) and (
        unit.is_punct(i + 1, {":"}) or unit.opens_quote(i + 1) is not None))


def own_words(unit: Unit, i: int) -> bool:
    """قوله، تعبيره: a verbal noun with a pronoun, 'his words'."""
    form = unit.cue_form(i) if i < len(unit.tokens) else None
    return form is not None and form.kind == "masdar"


def followed_by_complementizer(unit: Unit, i: int) -> bool:
    """Token ``i`` is followed by أن/إن, directly or after a preposition (مؤكدا أن، مشيرا إلى أن)."""
    for j in (i + 1, i + 2):
        if j < len(unit.tokens) and complementizer(unit, j):
            return j == i + 1 or in_class("content_prep", unit.keys[i + 1])
    return False


#: The defective verb's final ى, written ا before an object pronoun (نفى → نفاه).
_DEFECTIVE_BEFORE_PRONOUN = ("ا", "ي")


def speech_verb_with_object(unit: Unit, i: int) -> bool:
    """Token ``i`` is a speech verb carrying an object pronoun, also in the spellings the lexicon
    leaves out for their homographs (نفاه، أكده، ينفيه, where أشاره would read إشارة)."""
    # the key too: و may be the verb's own first letter, not a conjunction (وصفته)
    for k in {unit.bare(i), unit.keys[i]}:
        for suffix in OBJECT_SUFFIXES:
            stem = k[:-len(suffix)]
            if not k.endswith(suffix) or len(stem) < 2:
                continue
            written, restored = _DEFECTIVE_BEFORE_PRONOUN
            stems = (stem, stem[:-1] + restored) if stem.endswith(written) else (stem,)
            if any((form := lookup_cue(s)) is not None and form.kind == "verb" for s in stems):
                return True
    return False
