"""A country's name after a word for a city is its capital of that name, and the word for a capital
with a nationality adjective is that capital (khabar.entities.capitals)."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def names(text: str) -> set[str]:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    return {e.name for e in art.entities}


@pytest.mark.parametrize("text, city", [
    ("وصل الوفد إلى مدينة تونس أمس", "Tunis"),
    ("ويمتد الخط من مدينة الكويت جنوبا", "Kuwait City"),
    ("وأقيم الحفل بمدينة الكويت", "Kuwait City"),  # past a proclitic
])
def test_a_country_after_a_word_for_a_city_is_its_capital(text, city):
    assert names(text) == {city}


@pytest.mark.parametrize("text, country", [
    ("زار الوفد الكويت أمس", "Kuwait"),  # no word for a city
    ("وقال إن المدينة الكويت", "Kuwait"),  # المدينة: Medina or the town already named, no construct
    ("وقع الانفجار في مدينة سورية قرب الحدود", "Syria"),  # Damascus is not named as its country
])
def test_a_country_elsewhere_stays_the_country(text, country):
    assert country in names(text)


def mentions(text: str) -> dict[str, list[str]]:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    return {e.name: [m.text for m in e.mentions] for e in art.entities}


@pytest.mark.parametrize("text, city, mention", [
    ("وصل الوفد إلى العاصمة السعودية أمس", "Riyadh", "العاصمة السعودية"),
    ("وقال مراسلنا بالعاصمة البريطانية إن الشرطة", "London", "العاصمة البريطانية"),  # past a proclitic
    # the capital's name after the phrase names it
    ("وصل الوفد إلى العاصمة الفرنسية باريس أمس", "Paris", "باريس"),
    ("وقع الهجوم في العاصمة البريطانية، لندن", "London", "لندن"),
    ("وصل الوفد إلى العاصمة القطرية «الدوحة» أمس", "Doha", "الدوحة"),
])
def test_the_word_for_a_capital_and_a_nationality_is_that_capital(text, city, mention):
    assert mentions(text)[city] == [mention]


def test_a_capital_of_no_nationality_is_no_city():
    assert mentions("وانتقل إلى العاصمة الاقتصادية للبلاد") == {}
