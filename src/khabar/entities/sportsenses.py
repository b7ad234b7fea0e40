"""A body a sport article names by another body's name (``sport_senses.tsv``: الاتحاد الإفريقي,
the African Union elsewhere, is the Confederation of African Football on a football page)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from khabar.entities.keys import fold
from khabar.entities.lexicon import Entry, named_entries, table_records
from khabar.entities.matcher import Match


@lru_cache(maxsize=1)
def sport_senses() -> dict[str, Entry]:
    """English name of an entry -> the entry its name means in a sport article."""
    by_name = {e.name: e for _, e in named_entries()}
    return {r["name"]: by_name[r["sport_name"]] for r in table_records("sport_senses")
            if r["name"] and r["sport_name"] in by_name}


def in_sport_sense(matches: list[Match], texts: list[str], speaks_of_sport: Callable[[], bool]) -> list[Match]:
    """The matches, those of ``sport_senses.tsv`` read in their sport sense where the article speaks
    of sport and no remit with ل follows (``texts``: the unit's token texts)."""
    senses = sport_senses()
    hits = [i for i, m in enumerate(matches) if m.entry.name in senses
            and not fold(texts[m.last + 1] if m.last + 1 < len(texts) else "").startswith("ل")]
    if not hits or not speaks_of_sport():
        return matches
    out = list(matches)
    for i in hits:
        out[i] = replace(out[i], entries=(senses[out[i].entry.name],))
    return out
