"""Facilities the gazetteer lacks, licensed by their word (khabar.places.licensed)."""

from __future__ import annotations

import pytest

from khabar.model import Article, Source
from khabar.places import Options, run
from khabar.places.licensed import licensed_names


@pytest.mark.parametrize(("text", "expected"), [
    # an airport, port, crossing or camp word names the place after it
    ("هبطت الطائرة في مطار غاتويك صباحا", [("مطار غاتويك", "airport")]),
    ("رست السفينة بميناء الحمرية أمس", [("بميناء الحمرية", "port")]),
    ("عبر المسافرون منفذ العمري إلى الأردن", [("منفذ العمري", "border")]),
    ("أغلقت السلطات معبر طريبيل الحدودي", [("معبر طريبيل الحدودي", "border")]),
    ("يعيش اللاجئون في مخيم الأزرق منذ سنوات", [("مخيم الأزرق", "camp")]),
    # the name's first word only (a word after it may be an adverb), with a clitic on the designator
    ("ومطار تيتربورو الأصغر سيغلق", [("ومطار تيتربورو", "airport")]),
    # a base word only with the nisba of its arm after the name (قاعدة بيانات is a database)
    ("انطلقت الطائرات من قاعدة الظفرة الجوية", [("قاعدة الظفرة الجوية", "base")]),
    ("أنشأت الشركة قاعدة عملاء واسعة", []),
    ("انطلقت الطائرات من قاعدة الظفرة", []),
    # no name: a conjunction, a preposition, an adjective, a frequent word after the word
    ("زار الوزير مطار وميناء المدينة", []),
    ("أقيم مطار بغرب البلاد", []),
    ("افتتحوا مطار جديد في الشمال", []),
    ("وصل إلى مخيم مؤقتًا", []),
    ("افتتح مطار دولي وميناء تجاري", []),  # an indefinite nisba is an adjective
    # a street word names the street after it, a definite name only (شارع مزدحم: a busy street)
    ("انفجرت عبوة في شارع الهرم بالجيزة", [("شارع الهرم", "street")]),
    ("سقط صاروخ في شارع مزدحم بالمتسوقين", []),
    # منفذ before a deed noun is its perpetrator (deed_nouns.txt), with ال or without
    ("قتلت الشرطة منفذ الاعتداء الذي وقع أمس", []),
    ("ما زال منفذ اعتداء برلين فارا", []),
    # the designator written with a tatweel, presentation forms or another alef folds as it does alone
    ("هبطت الطائرة في مطـار غاتويك صباحا", [("مطـار غاتويك", "airport")]),
    ("هبطت الطائرة في ﻣﻄﺎﺭ غاتويك صباحا", [("ﻣﻄﺎﺭ غاتويك", "airport")]),
    ("رست السفينة بمينأء الحمرية أمس", [("بمينأء الحمرية", "port")]),
])
def test_licensed_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s:e], f) for s, e, f in licensed_names(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the licensed place takes the country of a nisba after it or of the place it lies in
    ("انطلقت الطائرات من قاعدة الظفرة الجوية في الإمارات", [("الإمارات", "AE", "country"),
                                                           ("قاعدة الظفرة الجوية", "AE", "base")]),
    # a known name after the word stays the gazetteer's (معبر رفح: the table's crossing)
    ("أعيد فتح معبر رفح", [("معبر رفح", "PS", "border")]),
])
def test_licensed_places_in_the_stage(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    assert [(p.text, p.country, p.feature) for p in run(article, Options()).places] == expected
