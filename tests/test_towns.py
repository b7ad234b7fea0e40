"""The shared town-name table (``khabar.towns``) that both the entities and places stages read."""

from __future__ import annotations

import pytest

from khabar.towns import city_alias_rows, designator_rows, english_city_names, idiom_rows


@pytest.mark.parametrize(("name_ar", "name", "country"), [
    ("المروج", "El Mourouj", "TN"),  # a Tunisian delegation
    ("دوز", "Douz", "TN"),
    ("الدوادمي", "Ad Dawādimī", "SA"),  # a Saudi governorate
    ("الأحواز", "Ahvaz", "IR"),  # the Arabic name of an Iranian city
])
def test_city_alias_rows_give_the_geonames_name_and_country(name_ar: str, name: str, country: str) -> None:
    assert (name_ar, name, country) in city_alias_rows()


def test_city_alias_rows_skip_the_header_comment() -> None:
    assert all(not name_ar.startswith("#") and len(country) == 2 for name_ar, _, country in city_alias_rows())


@pytest.mark.parametrize(("word", "feature", "in_span"), [
    ("نهر", "river", "yes"),  # نهر الفرات: the designator is part of the name
    ("مدينة", "city", "no"),
    ("عاصمة", "capital_of", "no"),
    ("معتمدية", "region", "no"),  # a Tunisian delegation, named after its town: معتمدية سبيطلة
    ("مسجد", "facility", "yes"),  # a building: مسجد X, tagged by the entities stage, is a place
])
def test_designator_rows_give_feature_and_in_span(word: str, feature: str, in_span: str) -> None:
    assert (word, feature, in_span) in designator_rows()


@pytest.mark.parametrize(("name", "word", "side"), [
    ("الجولان", "معلوم", "before"),  # معلوم الجولان: the road tax (read by entities and places alike)
    ("مسقط", "رأس", "after"),  # مسقط رأسه: a birthplace
    ("تكساس", "الوسيط", "after"),  # غرب تكساس الوسيط: an oil grade
    ("بنين", "بنات", "unit"),  # بنين beside بنات anywhere in the paragraph: boys, not Benin
])
def test_idiom_rows_give_name_word_and_side(name: str, word: str, side: str) -> None:
    assert (name, word, side) in idiom_rows()
    assert {s for _, _, s in idiom_rows()} == {"before", "after", "unit"}


@pytest.mark.parametrize(("english", "arabic"), [
    ("tunis", "تونس"),
    ("sfax", "صفاقس"),
    ("sanaa", "صنعاء"),  # geonames' Sanā'ā without its accents
    ("riyadh", "الرياض"),
])
def test_english_city_names_give_the_arabic_names_of_big_cities(english: str, arabic: str) -> None:
    assert arabic in english_city_names()[english]


def test_english_city_names_keep_arabic_letters_only_and_skip_small_towns() -> None:
    names = english_city_names()
    assert "police" not in names  # a Polish town of 33,000: an ordinary Latin word
    assert all(not set(a) & set("پچژگکی") for arabic in names.values() for a in arabic)
