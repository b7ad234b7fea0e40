"""The entities a lexicon entry or a country makes, and the names the linker shows and keys."""

import pytest

from khabar.entities.builder import (
    Builder,
    country_entity,
    double_surname,
    institution_name,
    person_key,
    strip_clitic_display,
)
from khabar.entities.matcher import lexicon


@pytest.mark.parametrize("template, country, name", [
    ("{adj} Ministry of Defence", "RU", "Russian Ministry of Defence"),  # وزارة الدفاع الروسية
    ("{adj} Ministry of Defence", None, "Ministry of Defence"),  # no country: the slot goes
    ("Embassy of {country}", "EG", "Embassy of Egypt"),
    ("Embassy of {country}", None, "Embassy"),  # and a dangling 'of' with it
])
def test_institution_name(template, country, name):
    assert institution_name(template, country) == name


@pytest.mark.parametrize("words, shown", [
    (["للقوات", "الروسية"], ["القوات", "الروسية"]),  # لل is ل + ال: the article comes back
    (["وللجيش"], ["الجيش"]),
    (["والحكومة"], ["الحكومة"]),
    (["بالوزارة"], ["الوزارة"]),
    (["لبنان"], ["لبنان"]),  # a name that begins with ل keeps it
    # a PDF copy's presentation forms are shown as their letters, and their proclitics go the same way
    (["\ufedf\ufee0\ufed8\ufeee\ufe8d\ufe95", "\ufe8d\ufedf\ufeae\ufeed\ufeb3\ufef4\ufe94"], ["القوات", "الروسية"]),
    (["\ufeed\ufe8d\ufedf\ufea4\ufedc\ufeee\ufee3\ufe94"], ["الحكومة"]),  # ﻭﺍﻟﺤﻜﻮﻣﺔ
    ([], []),
])
def test_strip_clitic_display(words, shown):
    assert strip_clitic_display(words, lexicon()) == shown


def test_country_entity():
    egypt = country_entity("EG")
    assert egypt is not None and (egypt.type, egypt.name, egypt.name_ar) == ("GPE", "Egypt", "مصر")
    assert country_entity("XX") is None


def test_person_key_ignores_spelling_variants():
    assert person_key(["سيرغي", "لافروف"]) == person_key(["سيرغى", "لافروف"])
    assert person_key(["سيرغي", "لافروف"]) != person_key(["لافروف"])


@pytest.mark.parametrize("spaced, glued", [
    ("محمد عبد الرحمن العتيبي", "محمد عبدالرحمن العتيبي"),  # a compound given name, spelt with and without its space
    ("أبو بكر البغدادي", "أبوبكر البغدادي"),
    ("أبو عبد الله", "أبو عبدالله"),
])
def test_person_key_reads_a_compound_name_as_one_word(spaced, glued):
    assert person_key(spaced.split()) == person_key(glued.split())


@pytest.mark.parametrize("case_form, kunya", [
    ("أبي غادة الزعبي", "أبو غادة الزعبي"),  # kunya_cases.txt: أبو after a preposition
    ("أبا بكر البغدادي", "أبوبكر البغدادي"),  # as an object, and glued
])
def test_person_key_reads_a_kunya_in_any_case(case_form, kunya):
    assert person_key(case_form.split()) == person_key(kunya.split())


def test_person_key_reads_my_father_alone_as_written():
    assert person_key(["أبي"]) != person_key(["أبو"])  # أبي alone is "my father"


@pytest.mark.parametrize("words, family", [
    ("أوماروسا مانيغولت نيومان", "مانيغولت نيومان"),  # a family name of two words
    ("خالد رفعت صالح", None),  # a given name before the last: the father's, maybe another man
    ("محمد بن سلمان", None),  # a nasab: surname_words' business
    ("دونالد ترامب", None),  # two words: the whole name
    ("الرئيس التركي أردوغان", None),  # a title, not a name
    ("قال ابننا طارق", None),  # a common word before the last: no family name
])
def test_double_surname(words, family):
    found = double_surname(words.split())
    assert (" ".join(found) if found else None) == family


@pytest.mark.parametrize("words, alias, common", [
    (["سيرغي", "لافروف"], "لافروف", None),
    (["بشار", "الأسد"], None, "الأسد"),  # a common word: only where the tagger reads a person
    (["محمد", "صلاح"], None, "صلاح"),
    (["محمد", "بن", "سلمان"], "بن سلمان", None),  # a nasab is a surname of two words
])
def test_register_person_keeps_common_word_surnames_apart(words, alias, common):
    b = Builder()
    b.register_person("per:x", words)
    assert (person_key(alias.split()) in b.aliases) if alias else len(b.aliases) == 1
    assert (b.common_surnames == {person_key([common]): "per:x"}) if common else not b.common_surnames
