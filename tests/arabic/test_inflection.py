"""Inflection: the fold for matching, noun cores, and the verb readings of a word."""

from __future__ import annotations

import pytest

from khabar.arabic import normalize_for_matching
from khabar.arabic.inflection import (
    _FOLD_BARE,
    IMPERFECT,
    IMPF_SUFFIXES,
    NOUN_SUFFIXES,
    OBJECT_SUFFIXES,
    PARTICIPLE,
    PERF_SUFFIXES,
    PERFECT,
    SUFFIX_REACH,
    VerbReading,
    bare,
    fold,
    folded_bare,
    is_finite_reading,
    noun_cores,
    verb_readings,
    written_cores,
)
from khabar.arabic.normalize import BARE_LETTERS


@pytest.mark.parametrize("word", [
    "أعلنت", "إسرائيل", "آلاف", "مستشفى", "الحكومة", "المسؤولين", "رئيس", "ٱلله",  # letters that fold
    "قالت", "مُحمّد", "الـحكومة", "٢٠١٧", "2017", "ﻻ", "یک", "\u200fقال", "",  # marks, tatweel, digits, forms
    "وزارة الخارجية الأمريكية", " إسرائيل  ومصر ",  # a phrase: letters and spaces
])
def test_fold_is_normalize_for_matching_with_hamza_seats(word: str) -> None:
    assert fold(word) == normalize_for_matching(word, ta_marbuta=True).replace("ؤ", "و").replace("ئ", "ي")


def test_bare_letters_fold_by_replacing_the_few_that_change() -> None:
    letters = [chr(c) for c in range(0x600, 0x700) if BARE_LETTERS.fullmatch(chr(c))]
    pairs = {c: fold(c) for c in letters if fold(c) != c}
    assert pairs == {"آ": "ا", "أ": "ا", "إ": "ا", "ؤ": "و", "ئ": "ي", "ة": "ه", "ى": "ي"}


def test_fold_of_a_bare_word_replaces_letter_by_letter() -> None:
    # the replacements apply in turn: none may yield a letter another one replaces
    assert not {folded for _, folded in _FOLD_BARE} & {letter for letter, _ in _FOLD_BARE}
    assert fold("أإآؤئةى") == "اااويهي"


@pytest.mark.parametrize("suffixes", [PERF_SUFFIXES, IMPF_SUFFIXES, OBJECT_SUFFIXES, NOUN_SUFFIXES])
def test_a_words_last_letters_decide_its_suffixes(suffixes: tuple[str, ...]) -> None:
    assert max(map(len, suffixes)) <= SUFFIX_REACH


@pytest.mark.parametrize(("word", "cores"), [
    ("وبتظاهرتهم", ("تظاهرتهم", "تظاهرت", "تظاهره", "بتظاهرتهم", "بتظاهرت", "بتظاهره", "وبتظاهرتهم", "وبتظاهرت",
                    "وبتظاهره")),
    ("بالغارات", ("غارات", "الغارات", "بالغارات")),
    ("لهما", ("هما", "هم", "لهما", "لهم")),  # a suffix as long as the rest leaves no core
    ("مفاوضاتنا", ("مفاوضاتنا", "مفاوضاتن", "مفاوضات", "مفاوضاه")),
    # no possessive after the article: لل+حكوم+ه is not a reading
    ("للحكومة", ("حكومه", "لحكومه", "لحكوم", "للحكومه", "للحكوم")),
])
def test_noun_cores_in_order(word: str, cores: tuple[str, ...]) -> None:
    assert noun_cores(fold(word)) == cores


@pytest.mark.parametrize(("word", "cores"), [
    ("قبضة", ("قبضه",)),  # closed: a final ة takes no suffix, so قبض+ه is no reading
    ("والمدينة", ("مدينه", "المدينه", "والمدينه")),
])
def test_a_closed_word_has_no_suffix(word: str, cores: tuple[str, ...]) -> None:
    assert noun_cores(fold(word), closed=True) == cores


@pytest.mark.parametrize(("word", "cores"), [
    ("وزارته", {"وزارته", "وزارت", "وزاره"}),  # its و kept, its possessive removed (ت as ه)
    ("وزيرها", {"وزيرها", "وزير"}),
    ("والوزير", {"والوزير"}),  # no proclitic is removed
])
def test_written_cores_keep_the_first_letter(word: str, cores: set[str]) -> None:
    assert set(written_cores(fold(word))) == cores
    assert not any(core.startswith("ز") for core in written_cores(fold(word)))


@pytest.mark.parametrize(("word", "key"), [
    ("والحكومة", "حكومه"), ("بالغارات", "غارات"), ("للرئيس", "رييس"),
    ("وزير", "زير"),  # form alone cannot tell و+زير from وزير: the tables list keys so stripped
    ("بلد", "بلد"), ("ولد", "ولد"),  # ب+لد, و+لد would leave two letters: kept whole
])
def test_bare_strips_the_longest_proclitic_that_leaves_three_letters(word: str, key: str) -> None:
    assert folded_bare(word) == bare(fold(word)) == key


def _reading(tense: str, conj: str, prefix: str, stem: str, suffix: str, obj: str) -> VerbReading:
    return VerbReading(tense, conj, prefix, stem, suffix, obj)


@pytest.mark.parametrize(("word", "reading"), [
    ("وقالت", _reading(PERFECT, "و", "", "قال", "ت", "")),
    ("يقولون", _reading(IMPERFECT, "", "ي", "قول", "ون", "")),
    ("فسيطالبونهم", _reading(IMPERFECT, "ف", "سي", "طالب", "ون", "هم")),
    ("واتهمه", _reading(PERFECT, "و", "", "اتهم", "", "ه")),
    ("منددا", _reading(PARTICIPLE, "", "م", "ندد", "ا", "")),
])
def test_verb_readings_split_a_word_into_clitics_affixes_and_stem(word: str, reading: VerbReading) -> None:
    readings = list(verb_readings(fold(word)))
    assert reading in readings
    assert all(r.conj + r.prefix + r.stem + r.suffix + r.obj == fold(word) for r in readings)


def test_verb_readings_come_perfects_then_participle_then_imperfects() -> None:
    tenses = [r.tense for r in verb_readings("منددا")]
    assert tenses == [PERFECT, PERFECT, PARTICIPLE]
    tenses = [r.tense for r in verb_readings("يقول") if not r.obj]
    assert tenses == [PERFECT, IMPERFECT]


@pytest.mark.parametrize(("word", "finite"), [
    ("يعتذر", True), ("تهاجمان", True), ("وشكرت", True), ("يقولون", True),
    ("شكرت", False),  # a perfect without و/ف may open a name (no conjunction marks it a verb)
    ("يقولوا", False), ("يقولو", False),  # subjunctive/jussive: follows a particle
    ("سيقول", False), ("نقول", False),  # a future, a first person: not the forms the test reads
    ("منددا", False),  # a participle
])
def test_finite_readings(word: str, finite: bool) -> None:
    readings = [r for r in verb_readings(fold(word)) if r.stem in {"عتذر", "هاجم", "شكر", "قول", "ندد"}]
    assert readings
    assert any(is_finite_reading(r) for r in readings) is finite


def test_a_finite_perfect_has_a_stem_of_two_letters() -> None:
    assert is_finite_reading(_reading(PERFECT, "و", "", "قل", "", ""))
    assert not is_finite_reading(_reading(PERFECT, "و", "", "ق", "", ""))
