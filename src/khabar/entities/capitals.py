"""A country's name after a word for a city is its capital of the same name (مدينة الكويت: Kuwait
City, مدينة تونس: Tunis), where the capital is named after the country (``countries.tsv``: a
capital with no Arabic alias of its own, or one spelt as the country)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from khabar.entities.keys import fold, strip_article, word_readings
from khabar.entities.lexicon import Entry, country_rows
from khabar.towns import designator_rows

#: Features of the shared designators (:func:`khabar.towns.designator_rows`) that name a city.
CITY_FEATURES = frozenset({"city"})


@lru_cache(maxsize=1)
def city_nouns() -> frozenset[str]:
    """Folded words for a city without the article (مدينة, بلدة)."""
    return frozenset(strip_article(fold(w)) for w, feature, _ in designator_rows() if feature in CITY_FEATURES)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code -> the English name of its capital, for the capitals named as their country: no
    Arabic alias of their own in ``countries.tsv``, or one of the country's aliases (مدينة سورية is a
    Syrian town, not Damascus)."""
    return {row["iso2"]: row["capital"] for row in country_rows() if row["capital"] and row["iso2"]
            and (not row["capital_ar"] or set(_aliases(row["capital_ar"])) & set(_aliases(row["aliases"])))}


def _aliases(cell: str) -> list[str]:
    return [a for a in cell.split("|") if a]


def capital_named_as(entry: Entry, word_before: str) -> Entry | None:
    """The capital the country ``entry`` names after ``word_before``, a word for a city, perhaps
    after a proclitic (مدينة الكويت, بمدينة تونس; not المدينة), or None."""
    if entry.kind != "country" or not entry.country or city_nouns().isdisjoint(word_readings(word_before)) \
            or strip_article(fold(word_before)) != fold(word_before) and fold(word_before).startswith("ال"):
        return None
    capital = _capitals().get(entry.country)
    if capital is None:
        return None
    return replace(entry, name=capital, kind="capital", wikidata=None)
