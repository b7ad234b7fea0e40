"""A place named as a part of another (khabar.places.containment)."""

from __future__ import annotations

import pytest

from khabar.model import Article, Source
from khabar.places import Options, run


def places_of(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", source=Source(kind="text"), body=[text])
    return [(p.text, p.country) for p in run(article, Options()).places]


@pytest.mark.parametrize(("text", "expected"), [
    # a designated part of a town or governorate lies in its country, or is none of the gazetteer's towns
    ("أضرم تلميذ النار في جسده بمنطقة المنصورة من مدينة القيروان", [("القيروان", "TN")]),
    ("احتج الأهالي في معتمدية الجم من ولاية المهدية",
     [("الجم", "TN"), ("ولاية المهدية", "TN"), ("المهدية", "TN")]),
    ("قتل مسلح 17 تلميذا في باركلاند بولاية فلوريدا",
     [("باركلاند", "US"), ("بولاية فلوريدا", "US"), ("فلوريدا", "US")]),
    # the capital of a governorate or state named with its designator lies in its country
    ("استردت المقاومة مدينة زنجبار، عاصمة محافظة أبين",
     [("زنجبار", "YE"), ("محافظة أبين", "YE"), ("أبين", "YE")]),
    # a bare name after عاصمة is often a claim, never a whole here (القدس stays Jerusalem)
    ("اعترف ترامب بالقدس عاصمة لإسرائيل", [("بالقدس", "PS"), ("لإسرائيل", "IL")]),
    # a bare name before من is where someone comes from, no part
    ("وصل الوفد إلى دمشق من مدينة بيروت", [("دمشق", "SY"), ("بيروت", "LB")]),
    ("عاد اللاجئون إلى سوريا من مدينة عرسال", [("سوريا", "SY"), ("عرسال", "LB")]),
])
def test_a_part_lies_in_the_country_of_its_whole(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places_of(text) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a designated settlement with ب and a region or country right after it lies there
    ("هاجم مستوطنون منزلا في قرية دوما بالضفة الغربية", "دوما", ("دوما", "PS")),
    ("قصفت الطائرات مدينة دوما بسوريا", "دوما", ("دوما", "SY")),
    ("وصل الوزير إلى مدينة رام الله، بالضفة الغربية", "رام الله", ("رام الله", "PS")),
    # a bare name (no settlement word) is left to the article's other places
    ("ولد في دوما بسوريا", "دوما", ("دوما", "SY")),
])
def test_a_settlement_lies_in_the_region_joined_to_it_by_bi(text: str, name: str,
                                                           expected: tuple[str, str | None]) -> None:
    assert [p for p in places_of(text) if p[0] == name] == [expected]


def test_a_capital_with_no_reading_in_the_wholes_country_is_kept() -> None:
    # (the whole may be misread: كردستان here is Iran's province, read as Iraq's region)
    assert ("سنندج", "IR") in places_of("انفجرت حافلة في مدينة سنندج، عاصمة محافظة كردستان")


def test_a_whole_with_a_reading_in_the_parts_country_says_nothing_of_it() -> None:
    # (the part tells which البيضاء: Yemen's, not the reverse)
    assert ("رداع", "YE") in places_of("قتل ثلاثة جنود في رداع بمحافظة البيضاء")


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a name the gazetteer lacks takes the country of the place it is said to lie in
    ("أطلق مسلح النار في حي ليفانت في إسطنبول", "ليفانت", "TR"),
    ("وقع انفجار في بلدة سروج بجنوب شرقي تركيا", "سروج", "TR"),
    ("فجر انتحاري نفسه في بلدة فوتوكول في أقصى شمال الكاميرون", "فوتوكول", "CM"),
    ("اعتقل في بلدة عبرا، جنوب لبنان", "عبرا", "LB"),
    # not a place it only borders, nor a bare town right after it (the rest of a name): the main country
    ("وقع الهجوم في مدينة فوتوكول الحدودية مع نيجيريا", "فوتوكول", "SA"),
    ("وقع الزلزال في مدينة بيسكارادبل تورنتو", "بيسكارادبل", "SA"),
])
def test_an_unknown_place_lies_in_the_country_of_its_whole(text: str, name: str, expected: str) -> None:
    article = Article(id="t", source=Source(kind="text"), body=["أعلنت السعودية والسعودية أن", text])
    start = text.index(name)
    article.annotations["entity_mentions"] = {("body", 1): [(start, start + len(name), name, "GPE")]}
    unknown = [p.country for p in run(article, Options()).places if p.name is None]
    assert unknown == [expected]


@pytest.mark.parametrize(("text", "name", "expected"), [
    # an unknown place with no whole named falls back on the country the article is about; a
    # designator opening its span gives its feature
    ("قتل ثلاثة في قرية مبورو", "مبورو", ("SA", "unknown")),
    ("احتج السكان في محافظة مبورو", "محافظة مبورو", ("SA", "region")),
    ("وصل المهاجرون إلى جزيرة مبورو", "جزيرة مبورو", ("SA", "island")),
    ("نقل المعتقل إلى سجن مبورو", "سجن مبورو", ("SA", "prison")),
])
def test_an_unknown_place_takes_its_designators_feature(
        text: str, name: str, expected: tuple[str | None, str]) -> None:
    article = Article(id="t", source=Source(kind="text"), body=["أعلنت السعودية والسعودية أن", text])
    start = text.index(name)
    article.annotations["entity_mentions"] = {("body", 1): [(start, start + len(name), name, "GPE")]}
    assert [(p.country, p.feature) for p in run(article, Options()).places if p.name is None] == [expected]


@pytest.mark.parametrize(("role", "text", "link"), [
    # each role of part_links.tsv, as the containment patterns read it after a place
    ("part_of", " التابعة لمدينة تونس", "التابعة ل"),
    ("part_of", " من ولاية المهدية", "من "),
    ("part_of", " بولاية فلوريدا", "ب"),
    ("capital_of", "، عاصمة محافظة أبين", None),
    ("in_whole", " بالقرب من مايدوغوري", None),
    ("far", " في أقصى شمال الكاميرون", None),
])
def test_the_links_of_a_part_to_its_whole(role: str, text: str, link: str | None) -> None:
    from khabar.places.containment import _capital_of, _in_whole, _part_of

    if role == "part_of":
        m = _part_of().match(text)
        assert m is not None and m.group(1) == link
    elif role == "capital_of":
        assert _capital_of().match(text) is not None
    else:  # the link read whole: the pattern ends where the whole's name begins
        m = _in_whole().match(text)
        assert m is not None and text[m.end():].split()[0] in ("مايدوغوري", "شمال")
