"""A one-word gazetteer town nothing confirms is the town where the article names it so elsewhere
(khabar.entities.repeats; tagger off: only place nouns confirm)."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def town_mentions(*body: str) -> dict[str, list[str]]:
    art = run(Article(id="t", source=Source(kind="text"), body=list(body)), Options(tagger=False))
    return {e.name: [m.text for m in e.mentions] for e in art.entities if e.type in ("GPE", "LOC")}


@pytest.mark.parametrize("body, name, expected", [
    # named with a place noun first, then alone (with a proclitic too)
    (["تقع مدينة قربة في الوطن القبلي.", "وافتتح مهرجان الفراولة بقربة وفي قربة معرض."], "Korba",
     ["مدينة قربة", "قربة", "قربة"]),
    # alone first, confirmed later: the earlier one is the town too
    (["افتتح مهرجان الفراولة في قربة.", "وتقع مدينة قربة في الوطن القبلي."], "Korba", ["قربة", "مدينة قربة"]),
])
def test_a_town_named_elsewhere(body, name, expected):
    assert town_mentions(*body).get(name) == expected


def test_a_town_named_nowhere_stays_unconfirmed():
    assert "Korba" not in town_mentions("افتتح مهرجان الفراولة في قربة.")
