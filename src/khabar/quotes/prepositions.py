"""Speech-verb spellings that are also a preposition.

Undiacritised, بين is both the verb بيّن 'explained' and the preposition 'between', and عبر both
عبّر 'expressed' (عبر عن) and 'via, across' (بيانا عبر موقعه، عبر الحدود).  The verb
opens reported content (وبين الوزير أن ...، من جهته، بين المحلل أن ...); the preposition relates
two things (العلاقات بين البلدين، بين X وY، من بين هؤلاء).  :func:`reads_as_preposition` tells
them apart from the words around the spelling, so that the preposition is no cue at all: it
neither opens a quotation nor ends one, nor cuts a speaker's noun phrase.  The spellings and
the words the rule reads are classes of ``resources/cues.tsv`` (prep_homograph, prep_lead,
verb_lead).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.quotes.lexicon import IN_IT, PRONOUN_SUFFIXES, complementizers, lookup_cue

if TYPE_CHECKING:
    from khabar.quotes.context import Unit

#: A shadda written on the spelling (بيّن) marks the verb.
_SHADDA = "\u0651"
#: Words before the spelling after which a verb may stand inside a clause (كما بين، لكنه بين،
#: الذي بين): with verb_lead (حيث، ثم، من جهته) these keep the verb reading.
_VERB_LEAD_CLASSES = ("verb_lead", "aux", "pronoun_particle", "relative")
#: A dual or plural in the genitive (البلدين، معارضين) needs a stem this long once ال is dropped:
#: shorter words in ين are mostly names and nouns of their own (حسين، الأمين، الدين).
MIN_PLURAL_STEM = 5


def reads_as_preposition(unit: Unit, i: int) -> bool:
    """Token ``i``, a prep_homograph spelling, is the preposition in its context.

    The verb: a complementizer or colon right after it (بين أن، وبين أنه), or it opens its
    clause (وبين الوزير أن، من جهته، بين المحلل أن، كما بين).  The preposition: after من/ما
    (من بين، ما بين); paired (بين X وبين Y); before a genitive dual or plural (بين البلدين);
    before another verb whose complementizer it would take (بين معارض يرى أن); or after a
    noun or verb inside its clause (العلاقات بين، يجمع بين).
    """
    if _SHADDA in unit.tokens[i].text:
        return False
    if unit.is_a(i, "via_homograph"):
        return _via(unit, i)
    if not unit.is_a(i, "prep_homograph"):
        return False
    if i > 0 and unit.is_a(i - 1, "prep_lead"):
        return True
    if _content_next(unit, i + 1):
        return False
    return _paired(unit, i) or oblique_plural(unit, i + 1) or _verb_before_content(unit, i) \
        or _inside_clause(unit, i)


def _content_next(unit: Unit, j: int) -> bool:
    """Token ``j`` opens content: a complementizer (أن، إن، أنه) or a colon."""
    if j >= len(unit.tokens):
        return False
    return unit.keys[j] in complementizers() or unit.is_punct(j, {":"})


#: Words before a via_homograph after which the verb opens its clause, besides the verb leads:
#: a clause boundary or contrast, or an adverb (فيما عبر الدكتور، لكن عبر، كذلك عبر).
_VIA_VERB_LEAD_CLASSES = (*_VERB_LEAD_CLASSES, "boundary", "contrast", "statement_lead", "adjunct")


def _via(unit: Unit, i: int) -> bool:
    """Token ``i``, a via_homograph spelling (عبر), is the preposition 'via, across': bare, after a
    word of its clause that no verb opens a clause after (بيانا عبر موقعه، المسافرون عبر مطار، كتبت
    عبر سلسلة), or before a genitive plural (عبر فيلمين); the verb عبّر before its own preposition or
    فيه (ماكرون عبر عن، برقية عبر فيها عن), or opening its clause (كما عبر، فيما عبر، وعبر، ، عبر)."""
    if _conjoined(unit, i) or _content_next(unit, i + 1) or _own_preposition_next(unit, i):
        return False
    if oblique_plural(unit, i + 1):
        return True
    if i == 0 or i == unit.sentence_start(i) or unit.tokens[i - 1].kind == "punct":
        return False
    return not any(unit.is_a(i - 1, cls) for cls in _VIA_VERB_LEAD_CLASSES)


def _own_preposition_next(unit: Unit, i: int) -> bool:
    """The verb's own preposition, or فيه/فيها 'in it', right after the spelling (ماكرون عبر عن، برقية
    عبر فيها عن): the verb, whose subject or document stands before it."""
    j = i + 1
    if j >= len(unit.tokens) or unit.tokens[j].kind != "word":
        return False
    form = lookup_cue(unit.bare(i))
    return unit.keys[j] in IN_IT or (form is not None and form.prep is not None and unit.keys[j] == form.prep)


def _conjoined(unit: Unit, i: int) -> bool:
    return unit.keys[i] != unit.bare(i)


def _paired(unit: Unit, i: int) -> bool:
    """بين X وبين Y: a bare spelling with a conjoined one later in its sentence, before any
    content opens, or a conjoined one after a bare preposition or the spelling with a pronoun
    (بينه وبين ترامب، ما بينهم وبين الإعلام) in its sentence."""
    if _conjoined(unit, i):
        bare = unit.bare(i)
        with_pronoun = {bare + suffix for suffix in PRONOUN_SUFFIXES}
        return any(unit.keys[j] in with_pronoun or (unit.keys[j] == bare and reads_as_preposition(unit, j))
                   for j in range(unit.sentence_start(i), i))
    for j in range(i + 1, unit.sentence_end(i)):
        if _content_next(unit, j):
            return False
        if _conjoined(unit, j) and unit.bare(j) == unit.keys[i]:
            return True
    return False


def oblique_plural(unit: Unit, j: int, nationality: bool = False) -> bool:
    """Token ``j`` is a dual or plural in ين, genitive or accusative: the object of a preposition
    (بين البلدين، بين معارضين) or of a verb (دعا الليبيين إلى), never a subject, which would be
    البلدان، معارضون، الليبيون — unless it is a title or names someone (with ``nationality``, a
    nationality named in the plural, الليبيين، still counts as the plural it is)."""
    if j >= len(unit.tokens) or unit.tokens[j].kind != "word":
        return False
    word = unit.keys[j]
    stem = word[2:] if word.startswith("ال") else word
    return stem.endswith("ين") and len(stem) >= MIN_PLURAL_STEM and not unit.is_a(j, "title") \
        and all(nationality and m.type == "NORP" for m in unit.starting_at(unit.tokens[j].start))


def _verb_before_content(unit: Unit, i: int) -> bool:
    """بين معارض لها يرى أن، من بين من يتوقعون أن: a speech verb stands between the spelling and
    the next complementizer, which is that verb's."""
    for j in range(i + 1, unit.sentence_end(i)):
        if unit.keys[j] in complementizers():
            return False
        form = lookup_cue(unit.keys[j]) if unit.tokens[j].kind == "word" else None
        if form is not None and form.kind == "verb" and not unit.keys[j].startswith("ال"):
            return True
    return False


def _inside_clause(unit: Unit, i: int) -> bool:
    """A bare spelling right after a word of its sentence (التقارب بين، يجمع بين، قمة اليوم بين)
    is the preposition, unless that word is one a verb may follow (كما، لكنه، الذي، حيث)."""
    if _conjoined(unit, i) or i == 0 or i == unit.sentence_start(i) or unit.tokens[i - 1].kind == "punct":
        return False
    return not any(unit.is_a(i - 1, cls) for cls in _VERB_LEAD_CLASSES)
