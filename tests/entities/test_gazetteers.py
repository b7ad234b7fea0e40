"""Gazetteer entries: the Arabic name shown for a town."""

import pytest

from khabar.entities.gazetteers import usual_spelling
from khabar.entities.keys import fold


@pytest.mark.parametrize("names, used, expected", [
    # the first spelling whose every word the corpora use, whatever order geonames lists them in
    (["لس آنجلس", "لوس أنجلوس"], ["لوس", "أنجلوس"], "لوس أنجلوس"),
    (["مارساي", "مرسيليا"], ["مرسيليا"], "مرسيليا"),
    # none attested: the first
    (["آلباسته", "ألباسيتي"], ["قال"], "آلباسته"),
])
def test_usual_spelling(names, used, expected):
    assert usual_spelling(names, {fold(w): () for w in used}) == expected


def _places(text: str) -> list[tuple[str, str]]:
    from khabar.entities import Options, run
    from khabar.model import Article, Source

    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    return [(m.text, e.name) for e in art.entities if e.type == "GPE" for m in e.mentions]


@pytest.mark.parametrize("text, expected", [
    # a town of the shared city_aliases.tsv (khabar.towns) of two words needs nothing else
    ("وصل الوفد إلى مجاز الباب صباح اليوم.", [("مجاز الباب", "Medjez el Bab")]),
    ("اندلع حريق في منزل بوزلفة أمس.", [("منزل بوزلفة", "Mennzel Bou Zelfa")]),
    # a one-word town needs a place noun (or the tagger) before it: دوز, and not the waterskin قربة
    ("عاد الفريق إلى معتمدية دوز.", [("معتمدية دوز", "Douz")]),  # place_nouns.txt
    ("عاد الفريق إلى مدينة دوز.", [("مدينة دوز", "Douz")]),  # a shared designator of a settlement
    ("عاد الفريق إلى شمال دوز.", []),  # a designator of a part of a place is no settlement noun
    # a town whose Arabic name geonames lacks (لحج)
    ("قتل ثلاثة في محافظة لحج أمس.", [("محافظة لحج", "Laḩij")]),
    ("حمل الراعي قربة ماء.", []),
])
def test_town_aliases_are_entity_mentions(text, expected):
    assert _places(text) == expected


def test_one_alias_table_for_places_and_entities():
    from khabar.entities.gazetteers import town_alias_entries
    from khabar.towns import city_alias_rows

    assert {(e.name_ar, e.name, e.country) for _, e in town_alias_entries()} == set(city_alias_rows())


@pytest.mark.parametrize("name, kept", [
    ("هاله", False),  # Halle: the given name Hala
    ("سارة", False),  # Sarh: the given name Sara
    ("دمشق", True),
])
def test_a_city_named_as_a_given_name_is_no_city_alias(name, kept):
    from khabar.entities.gazetteers import city_entries

    assert (name in {n for n, _ in city_entries()}) == kept
