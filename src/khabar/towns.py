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
"""

from __future__ import annotations

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
    """(name as written, word as written, side: before or after) of each row of ``idioms.tsv``;
    each stage folds the words its own way."""
    return _three_column_rows("idioms.tsv")
