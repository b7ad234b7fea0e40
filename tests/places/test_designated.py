"""Places named through the words around them: the capital and its country's nisba before a city
(العاصمة الأردنية عمان), a masculine nisba after one making it a club (ميلان الإيطالي), a designator
opening a tagged facility's span (سجن فرين, جامع X), a street word (شارع الهرم)."""

from __future__ import annotations

import pytest

from khabar.model import Article, Source
from khabar.places import Options, run


def places_of(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    return [(p.text, p.country, p.name) for p in run(article, Options()).places]


@pytest.mark.parametrize(("text", "expected"), [
    # the capital and its country's nisba before a name: the city of that country, no support needed
    ("أعلن في العاصمة الأردنية عمان عن توقيع اتفاقية", ("عمان", "JO", "Amman")),  # no Oman
    ("وتوجه الوفد إلى العاصمة اليونانية أثينا", ("أثينا", "GR", "Athens")),  # a city under a million
    ("تعهدت السلطات في العاصمة الكورية الجنوبية سول بتفتيش المباني", ("سول", "KR", "Seoul")),  # two words
    ("التقى الرئيسان بالعاصمة الفنلندية هلسنكي", ("هلسنكي", "FI", "Helsinki")),
])
def test_the_capital_named_by_its_nisba(text: str, expected: tuple[str, str, str]) -> None:
    assert places_of(text) == [expected]


def test_a_second_adjective_after_the_nisba_is_no_capital() -> None:
    # (the new administrative capital is no Athens: a word other than a demonym stands between)
    assert places_of("انتقلت الوزارات إلى العاصمة الإدارية الجديدة أثينا") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a city with a country's masculine nisba after it is a club (a city takes the feminine one)
    ("يلعب الفريق الأربعاء ضد ميلانو الإيطالي", []),
    ("انتقل اللاعب إلى لوكوموتيف موسكو الروسي", []),
    ("وصل الفريق إلى ميلانو الإيطالية", [("ميلانو", "IT")]),
    ("وصل الفريق إلى مدينة ميلانو الإيطالي", [("ميلانو", "IT")]),  # a designator keeps the city
])
def test_a_city_with_a_masculine_nisba_names_a_club(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m, c) for m, c, _ in places_of(text)] == expected


def test_a_street_is_named_whole_and_in_the_storys_country() -> None:
    text = "تجمع المحتجون في مصر بشارع الحبيب بورقيبة"
    article = Article(id="t", source=Source(kind="text"), body=[text])
    start = text.index("الحبيب")
    article.annotations["entity_mentions"] = {("body", 0): [(start, len(text), "p", "PER")]}
    assert [(p.text, p.country, p.feature) for p in run(article, Options()).places] == [
        ("مصر", "EG", "country"), ("بشارع الحبيب بورقيبة", "EG", "street")]  # the person's name whole


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # a tagged facility whose span opens on its designator: the name after it, no ف + another name
    ("نقل إلى مستشفى سجن فرين في فرنسا", "سجن فرين", [("فرنسا", "FR"), ("سجن فرين", "FR")]),
    ("قتلت الشرطة منفذ الهجوم في فرنسا", "منفذ الهجوم", [("فرنسا", "FR")]),  # a perpetrator, no crossing
    # a nisba closing the span gives its country, whatever the article's main one
    ("وصلوا من تركيا إلى جزيرة فارماكونيسي اليونانية", "جزيرة فارماكونيسي اليونانية",
     [("تركيا", "TR"), ("جزيرة فارماكونيسي اليونانية", "GR")]),
    # a building (facility designators): in the town the text places it in, else in no country
    ("فجر انتحاري نفسه في جامع الإمام فيصل بن تركي بالرياض", "جامع الإمام فيصل بن تركي",
     [("بالرياض", "SA"), ("جامع الإمام فيصل بن تركي", "SA")]),
    ("وصل الزوار من الأردن إلى متحف غوغنهايم", "متحف غوغنهايم", [("الأردن", "JO"), ("متحف غوغنهايم", None)]),
    # a building named after its town: the town alone
    ("أقيمت المباراة على ملعب القاهرة الدولي", "ملعب القاهرة الدولي", [("القاهرة", "EG")]),
])
def test_a_tagged_facility_named_after_its_designator(text: str, mention: str,
                                                      expected: list[tuple[str, str]]) -> None:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    start = text.index(mention)
    article.annotations["entity_mentions"] = {("body", 0): [(start, start + len(mention), mention, "FAC")]}
    assert [(p.text, p.country) for p in run(article, Options()).places] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the capital and its country's nisba with no name after it: that country's capital
    ("استهدفت الهجمات العاصمة الفرنسية مساء أمس", [("العاصمة الفرنسية", "FR", "Paris")]),
    ("وقال مسؤول بالعاصمة السورية إن الوضع هادئ", [("بالعاصمة السورية", "SY", "Damascus")]),
    ("وصل الوفد إلى العاصمة الكورية الجنوبية", [("العاصمة الكورية الجنوبية", "KR", "Seoul")]),
    # a nisba written like its country's name (السعودية) is no mention of the country there
    ("وقال في مؤتمر صحفي في العاصمة السعودية إن", [("العاصمة السعودية", "SA", "Riyadh")]),
    ("وصل الوزير إلى العاصمة السعودية الرياض", [("الرياض", "SA", "Riyadh")]),
    # ... none with a second adjective after the nisba, nor an adjective of no country
    ("انتقلت الوزارات إلى العاصمة المصرية الإدارية", []),
    ("زار الوزير العاصمة الاقتصادية للبلاد", []),
])
def test_the_capital_named_by_its_nisba_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert places_of(text) == expected


@pytest.mark.parametrize(("text", "person", "expected"), [
    # a lone word the entities stage took for a person is a place right after في, as the resolver allows
    ("شارك في احتجاجات في سوريا واعتقل في كوباني", "كوباني", [("سوريا", "SY"), ("كوباني", "SY")]),
    ("شارك في احتجاجات في سوريا وفي كوباني", "كوباني", [("سوريا", "SY"), ("كوباني", "SY")]),
    # ... not elsewhere: a person
    ("شارك في احتجاجات في سوريا وقال كوباني إنه اعتقل", "كوباني", [("سوريا", "SY")]),
])
def test_a_lone_person_word_after_in_is_a_place(text: str, person: str, expected: list[tuple[str, str]]) -> None:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    start = text.index(person)
    article.annotations["entity_mentions"] = {("body", 0): [(start, start + len(person), "p", "PER")]}
    assert [(p.text, p.country) for p in run(article, Options()).places] == expected
