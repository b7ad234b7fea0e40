"""The word classes of the places gazetteer's resources, read as the matcher uses them."""

from __future__ import annotations

import pytest

from khabar.arabic.fold import fold_word
from khabar.datafiles import tsv_rows
from khabar.model import Article, Source
from khabar.places import Options, run
from khabar.places.gazetteer import RESOURCES, gazetteer, place_words
from khabar.places.match import find_places


@pytest.mark.parametrize(("word", "locative", "placing"), [
    ("في", True, False),  # في دمشق: where something is
    ("إلى", True, False),
    ("مدينة", True, False),
    ("قرب", True, True),  # قرب دمشق before a name; دوما قرب دمشق after one
    ("شرق", True, True),
    ("بريف", False, True),  # الباب بريف حلب: placed beside another place only
    ("قال", False, False),
])
def test_place_word_classes(word: str, locative: bool, placing: bool) -> None:
    words = place_words()
    assert (fold_word(word) in words.locative, fold_word(word) in words.placing) == (locative, placing)


@pytest.mark.parametrize(("text", "locative", "placed"), [
    ("وصل الوفد إلى حلب أمس", True, False),
    ("ووصل الوفد وفي حلب اجتماع", True, False),  # a locative after و
    ("سيطرت القوات على حلب شرق سوريا", False, True),
])
def test_hits_read_the_place_words(text: str, locative: bool, placed: bool) -> None:
    hit = next(h for h in find_places(text) if text[h.start:h.end] == "حلب")
    assert (hit.locative, hit.placed) == (locative, placed)


AMBIGUOUS = {fold_word(r[0]) for r in tsv_rows((RESOURCES / "ambiguous.tsv").read_text(encoding="utf-8"))}
#: (ambiguous names, عمان, need their country named too: test_places)
COUNTRY_ROWS = [(r[0], r[1]) for r in tsv_rows((RESOURCES / "countries.tsv").read_text(encoding="utf-8"))
                if fold_word(r[0]) not in AMBIGUOUS]


@pytest.mark.parametrize(("name", "code"), COUNTRY_ROWS)
def test_a_country_name_of_the_table_is_its_country(name: str, code: str) -> None:
    article = Article(id="t", source=Source(kind="text"), body=[f"وصل الوفد إلى {name} أمس"])
    assert [(p.text, p.country, p.feature) for p in run(article, Options()).places] == [(name, code, "country")]


GOVERNORATE_ROWS = [(r[0], r[1], r[2]) for r in tsv_rows((RESOURCES / "governorates.tsv").read_text(encoding="utf-8"))]


@pytest.mark.parametrize(("name", "english", "country"), GOVERNORATE_ROWS)
def test_a_governorate_of_the_table_is_its_seat(name: str, english: str, country: str) -> None:
    # after محافظة (a designator), even a name that is also a word (البرك) is the governorate
    article = Article(id="t", source=Source(kind="text"), body=[f"وصل الأمير إلى محافظة {name} أمس"])
    found = {(p.name, p.country) for p in run(article, Options()).places}
    assert found == {(english, country)}


@pytest.mark.parametrize("text", [
    "سقطت الأمطار على البرك والمستنقعات",  # البرك 'the pools' (_ambiguous): no place without support
    "وقال الطالب علي السليمي إنه",  # a family name
    "سافر من الصين إلى مكة للحج على دراجة",  # ل + الحج 'for the Hajj', written as ل + لحج (_ambiguous)
    "ارتفعت الأرباح المجمعة للقطاع",  # المجمعة 'combined' after a definite noun (nisba_names.tsv)
    "أهالي مركزي صمخ وخيبر الجنوب",  # Khaybar al-Janub, a village of Asir (idioms.tsv), not Khaybar
    # idioms.tsv beside them: a shield given, not Daraa; the merit of guarding the frontier, not Rabat
    "وفي الختام قدم درعا لفضيلته بهذه المناسبة",
    "وتسلم درعا من رئيس النادي",
    "وبين ثواب الجهاد وفضل الرباط في سبيل الله",
])
def test_a_governorate_name_used_otherwise_is_no_place(text: str) -> None:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    governorates = {english for _, english, _ in GOVERNORATE_ROWS} | {"Rabat", "Daraa"}
    assert [p.name for p in run(article, Options()).places if p.name in governorates] == []


def places_in(text: str) -> list[tuple[str, str | None, str | None]]:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    return [(p.text, p.name, p.country) for p in run(article, Options()).places if p.feature != "country"]


@pytest.mark.parametrize(("text", "expected"), [
    # a big city abroad shares its namesake's Arabic name, in a story naming its country only
    ("أدلى الناخبون في فنزويلا بأصواتهم، وشهدت مدينة فالنسيا إقبالا كبيرا",
     [("فالنسيا", "Valencia", "VE")]),
    ("وقع انفجار في الهند، وقالت الشرطة إن الانفجار وقع في حيدر آباد",
     [("حيدر آباد", "Hyderabad", "IN")]),
    ("قتل خمسة أشخاص في الأرجنتين في حادث قرب مدينة قرطبة", [("قرطبة", "Córdoba", "AR")]),
    ("زار الوفد إسبانيا ثم مدينة قرطبة", [("قرطبة", "Córdoba", "ES")]),  # its own country
    ("وقع انفجار في حيدر آباد", [("حيدر آباد", "Hyderabad", "PK")]),  # no country named: the name's own
    # (both countries named: the name's own city)
    ("اجتمع وزيرا الهند وباكستان في حيدر آباد", [("حيدر آباد", "Hyderabad", "PK")]),
    # a nisba right after the name tells its country: no namesake of another
    ("زار رئيس فنزويلا مدينة فالنسيا الإسبانية", [("فالنسيا", "Valencia", "ES")]),
    ("تظاهر آلاف في فنزويلا، وشهدت مدينة فالنسيا الفنزويلية احتجاجات", [("فالنسيا", "Valencia", "VE")]),
])
def test_a_namesake_abroad_is_read_in_a_story_of_its_country(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert places_in(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # the West Bank's full name, the Jordan's west bank, is the West Bank (idioms.tsv drops the bare
    # name before لنهر: الضفة الغربية لنهر الفرات is a river's bank)
    ("تتوسع المستوطنات في الضفة الغربية لنهر الأردن", [("الضفة الغربية لنهر الأردن", "West Bank", "PS")]),
    ("عبر الجنود إلى الضفة الغربية لنهر الفرات", [("لنهر الفرات", "Euphrates", "SY"), ("الفرات", "Euphrates", "SY")]),
])
def test_a_west_bank_is_the_jordan_s_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert places_in(text) == expected


def _places(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    return [(p.text, p.name, p.country, p.geonames_id) for p in run(article, Options()).places]


@pytest.mark.parametrize(("text", "mention", "country", "geonames_id"), [
    ("هبطت الطائرة في دالاس مساء أمس", "دالاس", "US", 4684888),  # Dallas, Texas, not Dallas, Georgia
    ("وصل الوفد إلى بيلغراد صباحا", "بيلغراد", "RS", 792680),  # Belgrade, Serbia, not the Montana town
])
def test_a_bare_famous_name_is_its_most_populous_namesake(text: str, mention: str, country: str,
                                                          geonames_id: int) -> None:
    place = next(p for p in _places(text) if p[0] == mention)
    assert (place[2], place[3]) == (country, geonames_id)


@pytest.mark.parametrize("text", [
    "تظاهر الآلاف في القدس أمس",
    "قال إن فلسطين لن تفرط بصهيون",  # geonames' IL reading by another name
    "صلى الحجاج في أورشليم بفلسطين",
    "أعلنت فلسطين أن الصلاة في القدس الشريف",
])
def test_jerusalem_is_one_place_whatever_the_spelling(text: str) -> None:
    places = [p for p in _places(text) if p[1] == "Jerusalem"]
    assert places and {(p[2], p[3]) for p in places} == {("PS", 281184)}


@pytest.mark.parametrize(("name_ar", "table_name"), [
    ("القدس", "Jerusalem"), ("إسطنبول", "Istanbul"), ("بروكسل", "Brussels"), ("غزة", "Gaza"),
    ("مكة", "Mecca"), ("الطائف", "Taif"), ("نيويورك", "New York"),  # table_geonames.tsv: Makkah, Ta’if
])
def test_a_table_city_carries_its_geonames_id(name_ar: str, table_name: str) -> None:
    city = next(e for e in gazetteer()[fold_word(name_ar)] if e.name == table_name)
    assert city.curated and city.geonames_id is not None and not city.from_geonames


@pytest.mark.parametrize(("text", "mention", "name", "country"), [
    ("أغلقت السلطات مطار بروكسيل الدولي", "بروكسيل", "Brussels", "BE"),  # بروكسل with ي
    ("عقد الاجتماع في جينيف بسويسرا", "جينيف", "Geneva", "CH"),
    ("وصل الوزير إلى كوبنهاجن", "كوبنهاجن", "Copenhagen", "DK"),
    ("افتتح المعرض في شنتشن بالصين", "شنتشن", "Shenzhen", "CN"),
    ("عاد الرئيس من اسطمبول", "اسطمبول", "Istanbul", "TR"),
    ("وصل الحجاج إلى الطايف", "الطايف", "Taif", "SA"),  # الطائف with ي
    ("قال مسؤول في واشنطون إن", "واشنطون", "Washington, D.C.", "US"),
    ("هبطت الطائرة في هامبورج", "هامبورج", "Hamburg", "DE"),  # ج for غ
    ("تظاهر الآلاف في كراكاس", "كراكاس", "Caracas", "VE"),  # كاراكاس without its ا
    ("احتفل السكان في منهاتن", "منهاتن", "Manhattan", "US"),
    ("انعقدت القمة في جوهانسبيرغ", "جوهانسبيرغ", "Johannesburg", "ZA"),  # ي added
    ("وصل الوزير إلى تتوان بالمغرب", "تتوان", "Tétouan", "MA"),  # ت for ط
    ("انتشر المرض في انقلترا بحلول القرن", "انقلترا", "England", "GB"),  # Maghrebi ق for ج
])
def test_variant_spellings_of_big_cities(text: str, mention: str, name: str, country: str) -> None:
    assert any(p[0] == mention and p[1:3] == (name, country) for p in _places(text))


def test_rumi_is_no_rome() -> None:
    assert not _places("قرأ قصائد جلال الدين رومي")


@pytest.mark.parametrize(("name_ar", "name", "country"), [
    ("مكة المكرمة", "Mecca", "SA"),  # geonames' Makkah
    ("استانبول", "Istanbul", "TR"),
    ("صهيون", "Jerusalem", "PS"),  # geonames' Jerusalem, IL: the table's country
])
def test_geonames_spellings_of_a_table_city_are_the_table_city(name_ar: str, name: str, country: str) -> None:
    readings = gazetteer()[fold_word(name_ar)]
    table = next(e for es in gazetteer().values() for e in es if e.curated and e.name == name)
    assert all((e.name, e.country, e.geonames_id, e.lat) == (name, country, table.geonames_id, table.lat)
               for e in readings)


def test_every_table_geonames_link_finds_its_city() -> None:
    linked = {(e.name, e.country) for es in gazetteer().values() for e in es if e.curated and e.geonames_id}
    rows = tsv_rows((RESOURCES / "table_geonames.tsv").read_text(encoding="utf-8"))
    assert rows and all((name, country) in linked for name, country, _ in rows)
