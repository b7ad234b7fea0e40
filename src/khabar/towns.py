"""Place-name tables more than one stage reads, so that no stage imports a later one.

``resources/city_aliases.tsv``: the Arabic names of geonames cities (population >= 5,000) that
geonames names only in other scripts (Tunisian delegations, Saudi governorates).  The places
stage joins them to their geonames city (coordinates, population); the entities stage makes
them town mentions.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from khabar.datafiles import tsv_rows

RESOURCES = Path(__file__).parent / "resources"


@lru_cache(maxsize=1)
def city_alias_rows() -> tuple[tuple[str, str, str], ...]:
    """(Arabic name, geonames name, country) of each row of ``city_aliases.tsv``."""
    text = (RESOURCES / "city_aliases.tsv").read_text(encoding="utf-8")
    return tuple((name_ar, name, country) for name_ar, name, country in tsv_rows(text))
