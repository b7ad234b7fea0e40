"""The predicate lexicon's stems and the finite-verb test: one case per entry class."""

from __future__ import annotations

import pytest

from khabar.arabic.inflection import fold, verb_readings
from khabar.arabic.verbs import (
    _resource_rows,
    future_imperfect,
    hamza_below,
    is_finite_verb,
    is_future_verb,
    non_triggers,
    predicate_rows,
    predicate_stems,
)


@pytest.mark.parametrize(("lemma", "kind", "perfect", "imperfect", "nouns"), [
    ("قال", "V", ["قال", "قالت", "قالوا", "قلن"], ["قول", "قولون"], []),  # a verb: perfect | imperfect stems
    ("أكد", "V", ["اكد"], ["وكد"], []),  # folded: أ → ا, ؤ → و
    ("مطالبة", "N", [], [], ["مطالبه", "مطالبات"]),  # a deverbal noun: its nouns, ة folded
])
def test_a_row_gives_its_folded_stems(lemma, kind, perfect, imperfect, nouns) -> None:
    row = next(r for r in predicate_rows() if r.lemma == lemma and r.kind == kind)
    assert row.stems() == (perfect, imperfect, nouns)


def test_an_intransitive_verb_takes_no_object_pronoun() -> None:
    stems = predicate_stems()
    (with_object,) = [r for r in verb_readings("حققه") if r.stem == "حقق" and r.obj == "ه"]
    assert stems.verbs(with_object) and not stems.reads(with_object)  # flag i: حققه is achieved it
    (transitive,) = [r for r in verb_readings("قصفه") if r.stem == "قصف" and r.obj == "ه"]
    assert stems.reads(transitive)


@pytest.mark.parametrize(("lemma", "above"), [("أصاب", True), ("أدان", True), ("اعتقل", False), ("قال", False)])
def test_hamza_above_marks_verbs_whose_perfects_are_written_with_it(lemma: str, above: bool) -> None:
    row = next(r for r in predicate_rows() if r.lemma == lemma and r.kind == "V")
    assert row.hamza_above is above


def test_a_word_written_with_hamza_below_is_no_hamza_above_verb() -> None:
    stems = predicate_stems()
    (reading,) = [r for r in verb_readings(fold("إصابته")) if r.stem == "اصاب" and r.suffix == "ت"]
    assert stems.reads(reading) and not stems.reads(reading, hamza_below=hamza_below("إصابته"))


@pytest.mark.parametrize("entry_class", ["adverb", "noun_pattern", "noun", "function"])
def test_each_non_trigger_class_holds_words_spelt_like_a_verb_form(entry_class: str) -> None:
    rows = [r for r in _resource_rows("non_triggers.tsv") if r[0] == entry_class]
    assert rows
    stems = predicate_stems()
    for _, word, *_ in rows:
        assert word in non_triggers()
        # needed: without the list the word reads as a lexicon verb's form
        assert any(stems.reads(r) for r in verb_readings(fold(word))), word
        assert not is_finite_verb(word) and not is_finite_verb("و" + word)


@pytest.mark.parametrize(("word", "verb"), [
    ("يعتذر", True), ("يهاجمان", True), ("وشكرت", True), ("يقولون", True), ("فيطالب", True),
    ("شكرت", False),    # a perfect without و/ف may open a name (no conjunction to mark it)
    ("يقولوا", False),  # subjunctive: follows a particle, never after a name
    ("سيطالب", False),  # a future
    ("تونس", False), ("محمد", False),  # no lexicon verb
    ("وزيارته", False), ("واجتماع", False),  # a lexicon noun reading (his visit, not و+زارت+ه)
    ("تحققها", False),  # an intransitive verb with an object pronoun: no verb form
    ("هنا", False),  # a common word spelt like a verb form (non_triggers)
    ("تامر", False),  # a given name spelt like تأمر (non_triggers)
    ("ودانا", False),  # the given name Dana, spelt like the dual of دان (non_triggers)
    ("تأمر", True),
    ("وأصابت", True), ("وإصابت", False),  # a perfect written with أ is never written with إ
    ("يلاقي", True), ("يواجه", True), ("تواجه", True),  # verbs of no event code: stems rows alone
    ("فوزي", False), ("عادل", False), ("عودة", False),  # names and nouns spelt near them
])
def test_finite_verb_forms(word: str, verb: bool) -> None:
    assert is_finite_verb(word) is verb


def test_the_stems_table_holds_only_arabic_columns() -> None:
    # CAMEO codes, targets and event flags are the events stage's (events/resources/predicates.tsv)
    for row in _resource_rows("predicate_stems.tsv"):
        assert len(row) == 4, row
        assert row[1] in ("V", "N") and row[3] in ("i", "-"), row


@pytest.mark.parametrize(("word", "future"), [
    ("سيلتقي", True), ("ستهاجم", True),  # س + ي/ت + a lexicon verb's imperfect
    ("وسيزور", True), ("فسيقول", True),  # after و/ف
    ("يلتقي", False),                    # no future marker: is_finite_verb's case
    ("سيف", False), ("ستيفن", False), ("سيلفا", False),  # names: no lexicon verb after سي/ست
    ("سيطرة", False),                    # a noun
    ("سيرين", False), ("سيريان", False),  # women's names: a stem of one letter (يرين "they see")
])
def test_future_verb_forms(word: str, future: bool) -> None:
    assert is_future_verb(word) is future


@pytest.mark.parametrize(("word", "imperfect"), [
    ("سيلتقي", "يلتقي"), ("ستواجه", "تواجه"),  # the marker, a person letter and the imperfect
    ("وستواجه", "تواجه"), ("فسيقول", "يقول"),  # after و/ف
    ("ستالين", "تالين"),                      # parsed: whether the rest is a verb is the caller's
    ("سيري", ""), ("سمير", ""),               # FUTURE_STEM letters or fewer; no person letter
    ("يلتقي", ""), ("وسيم", ""),              # no marker; و and no marker after it
])
def test_future_imperfect_parses_the_prefix_once(word: str, imperfect: str) -> None:
    assert future_imperfect(word) == imperfect
