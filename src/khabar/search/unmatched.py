"""What a filter named that the store does not hold: ``place=tunisie`` or ``outlet=aljazira`` kept no
article and the answer was an empty list, the typo unexplained.  :func:`unmatched_filters` says which
value named nothing and which stored names start as it does (or the most used, when none does), for
the API's, the web pages' and ``khabar search``'s empty answers."""

from __future__ import annotations

import sqlite3

from khabar.search.filters import SearchFilters, place_sql
from khabar.search.keys import entity_names, named_keys
from khabar.search.names import fold_name
from khabar.search.outlets import outlets_among, stored_outlets

#: Stored names offered beside a filter that named nothing.
SHOWN = 6


def unmatched_filters(conn: sqlite3.Connection, filters: SearchFilters | None) -> list[str]:
    """One message per place, outlet or entity filter naming nothing stored (none when all do)."""
    if filters is None:
        return []
    notes = []
    if filters.place and not _place_named(conn, filters.place):
        names = [n for (n,) in conn.execute(
            "SELECT coalesce(name_ar, name) FROM places WHERE coalesce(name_ar, name) IS NOT NULL "
            "GROUP BY 1 ORDER BY count(DISTINCT article_id) DESC, 1 LIMIT 200")]
        english = [n for (n,) in conn.execute("SELECT DISTINCT name FROM places WHERE name IS NOT NULL LIMIT 2000")]
        notes.append(_message("place", filters.place, "a place is named by its English or Arabic name, the "
                              "words an article used, or a country's name or code: Tunisia, تونس, TN", names, english))
    if filters.outlet:
        stored = stored_outlets(conn)  # read once: the outlets the filter names are among them or none
        if not set(outlets_among(stored, filters.outlet)) & set(stored):
            notes.append(_message("outlet", filters.outlet, "as stored, by a part of its path or its Arabic name",
                                  sorted(stored), sorted(stored)))
    for entity in entity_names(filters.entity):
        if not named_keys(conn, entity):
            notes.append(f"entity {entity!r} names no stored entity (an entity is named by its English or "
                         "Arabic name or words an article used)")
    return notes


def _place_named(conn: sqlite3.Connection, place: str) -> bool:
    where, params = place_sql(conn, place)
    return conn.execute(f"SELECT 1 FROM places WHERE {where} LIMIT 1", params).fetchone() is not None


def _message(kind: str, typed: str, how: str, common: list[str], more: list[str]) -> str:
    """``kind`` ``typed`` names no stored one (``how`` one is named); the stored names starting with
    its first three letters (any case, hamza and ة optional), else the ``common`` first."""
    start = fold_name(typed.strip())[:3].casefold()
    alike = list(dict.fromkeys(n for n in [*common, *more]
                               if start and any(fold_name(part).casefold().startswith(start)
                                                for part in [n, *n.replace("/", " ").split()])))
    shown = alike or common
    label = "stored names like it" if alike else "the most used"
    return (f"{kind} {typed!r} names no stored {kind} ({how}); {label}: "
            f"{', '.join(shown[:SHOWN]) if shown else 'none stored'}")
