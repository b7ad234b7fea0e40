"""A one-word gazetteer town is taken only where something in its unit confirms it (the tagger reads
a place there, a place noun or a facility's head stands before it: :class:`~khabar.entities.filters.
MatchFilter`); where the article names the town so elsewhere (مدينة دوما), its unconfirmed
mentions (دوما alone, a paragraph later) are the same town: one entity per referent."""

from __future__ import annotations

from khabar.entities.builder import Builder, entity_from_entry
from khabar.entities.linking import UnitLinker


def name_confirmed_towns(b: Builder, linkers: list[UnitLinker]) -> None:
    """Each unit's unconfirmed town whose entity the article holds, on words nothing else took, is
    a mention of it."""
    for linker in linkers:
        for m in linker.unsupported:
            ent = b.entities.get(entity_from_entry(m.entry).id)
            if ent is None or any(i in linker.covered for i in range(m.first, m.last + 1)):
                continue
            b.add(ent, linker.mention(m.first, m.last), m.entry.country)
            linker.cover(m.first, m.last)
