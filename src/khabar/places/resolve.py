"""Choosing one reading for each place mention: designators, the article's countries, population."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from khabar.places.gazetteer import Entry
from khabar.places.match import Hit

#: Geonames cities smaller than this need support: a tagged entity, a designator, or their country
#: named in the article (the curated table holds the region's cities that need none).
CONFIRM_BELOW = 1_000_000
#: ... and below this, the article naming their country is not support enough.
SMALL_CITY = 100_000
#: Added to a reading whose country the article names elsewhere.
COUNTRY_BONUS = 1.5
_PART_NAMES = {"شمال": "Northern", "جنوب": "Southern", "شرق": "Eastern", "غرب": "Western",
               "شمالي": "Northern", "جنوبي": "Southern", "شرقي": "Eastern", "غربي": "Western",
               "وسط": "Central"}


@dataclass(frozen=True)
class Choice:
    entry: Entry
    part: str | None = None  # Northern/Southern/... when a direction word leads the mention


def article_countries(hits: list[Hit]) -> Counter[str]:
    """How often each country is named outright (by its own name, not a city's)."""
    counts: Counter[str] = Counter()
    for hit in hits:
        top = hit.readings[0]
        if top.feature == "country" and top.country:
            counts[top.country] += 1
    return counts


def _plausible(entry: Entry, hit: Hit, tagged: bool, countries: Counter[str]) -> bool:
    if not entry.ambiguous and (not entry.population or entry.population >= CONFIRM_BELOW):
        return True
    if tagged or hit.designator == "city":
        return True
    return entry.population >= SMALL_CITY and not entry.ambiguous and entry.country in countries


def choose(hit: Hit, tagged: bool, countries: Counter[str], part_word: str | None = None) -> Choice | None:
    """The best reading of ``hit`` in this article, or None when none is plausible enough."""
    readings = [e for e in hit.readings if _plausible(e, hit, tagged, countries)]
    if hit.designator and hit.designator not in ("part", "city", "country"):
        same = [e for e in readings if e.feature == hit.designator or not e.population]
        readings = same or readings
    if not readings:
        return None
    best = max(readings, key=lambda e: e.prior + (COUNTRY_BONUS if e.country in countries else 0.0))
    part = _PART_NAMES.get(part_word or "") if hit.designator == "part" else None
    return Choice(best, part)
