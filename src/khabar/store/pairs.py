"""Who does what to whom most: events counted per (source, target) pair of actors.

An actor is its entity across articles (its key) where the events stage resolved one, else the words
the article used; the pair's ``source`` and ``target`` values are what ``/events?source=&target=``
and ``khabar export`` take back, so each pair links to its events.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from khabar.search.filters import SearchFilters, actor_sql, event_sql, filter_sql, place_value

_ACTOR = "coalesce({e}.key, ev.{role}_text)"
_NAME = "max(coalesce({e}.name_ar, {e}.name, ev.{role}_text))"
_PAIRS_FROM = (
    "FROM events ev LEFT JOIN entities se ON se.article_id = ev.article_id AND se.entity_id = ev.source_entity "
    "LEFT JOIN entities te ON te.article_id = ev.article_id AND te.entity_id = ev.target_entity "
    "WHERE ev.source_text IS NOT NULL AND ev.target_text IS NOT NULL"
)
_PAIR_KEYS = ("source", "target", "source_name", "target_name", "events", "negated", "articles")


def _event_conditions(conn: sqlite3.Connection, category: str | None, filters: SearchFilters | None,
                      where: str | None, source: str | None, target: str | None) -> tuple[str, list[Any]]:
    """The SQL conditions (each after an AND) and their parameters that keep the events of
    :func:`event_pairs` and :func:`event_places`: one category, happened ``where``, from the articles
    ``filters`` keep, of one ``source`` or ``target`` actor."""
    event_conds, params = event_sql(conn, category, where)
    conds = "".join(" AND " + cond for cond in event_conds)
    article_where, article_params = filter_sql(filters, column="ev.article_id", conn=conn)
    conds += article_where
    params += article_params
    for name, role in ((source, "source"), (target, "target")):
        if name:
            actor_where, actor_params = actor_sql(conn, name, (role,))
            conds += " AND " + actor_where
            params += actor_params
    return conds, params


def event_pairs(conn: sqlite3.Connection, category: str | None = None, filters: SearchFilters | None = None,
                where: str | None = None, limit: int = 20, offset: int = 0, source: str | None = None,
                target: str | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(how many pairs, one page of them): the (source, target) pairs of the events of one PLOVER
    category or CAMEO prefix (all when None), that happened ``where`` (the event's own place:
    :func:`~khabar.search.filters.event_place_sql`), from the articles the search ``filters``
    keep, of one ``source`` or ``target`` actor (named as /events takes them: whom does Iran
    accuse, who accuses it), most events first.  Each pair carries its events, how many of them are negated (لم
    يتهم), and the articles they come from.  A bad category or date raises
    :class:`~khabar.search.QueryError`."""
    conds, params = _event_conditions(conn, category, filters, where, source, target)
    source, target = _ACTOR.format(e="se", role="source"), _ACTOR.format(e="te", role="target")
    grouped = f"{_PAIRS_FROM}{conds} GROUP BY {source}, {target}"
    total = conn.execute(f"SELECT count(*) FROM (SELECT 1 {grouped})", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {source}, {target}, {_NAME.format(e='se', role='source')}, {_NAME.format(e='te', role='target')}, "
        f"count(*) AS n, sum(ev.negated), count(DISTINCT ev.article_id) {grouped} "
        "ORDER BY n DESC, 1, 2 LIMIT ? OFFSET ?", [*params, limit, offset])
    return total, [dict(zip(_PAIR_KEYS, r, strict=True)) for r in rows]


#: The rowid of the record of the place an event happened at (its ``where``) as the places stage resolved
#: it in the same paragraph (as khabar.search.filters.event_place_sql reads it), the most resolved first (a
#: name, then an Arabic name, then a country): looked up once per event, not once per column read.
_EVENT_PLACE = ("(SELECT p.rowid FROM places p WHERE p.article_id = ev.article_id AND p.field = ev.field "
                "AND p.paragraph = ev.paragraph AND ev.where_value IN (p.name, p.text) "
                "ORDER BY p.name IS NULL, p.name_ar IS NULL, p.country IS NULL LIMIT 1)")
_PLACE_KEYS = ("where", "name_ar", "country", "events", "negated", "articles", "lat", "lon")


def event_places(conn: sqlite3.Connection, category: str | None = None, filters: SearchFilters | None = None,
                 where: str | None = None, limit: int = 20, offset: int = 0, source: str | None = None,
                 target: str | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(how many places, one page of them): the places events happened at (an event's own ``where``),
    counted, most events first, of the events :func:`event_pairs` would count (one category, in a
    country or at a place, from the articles ``filters`` keep, of one source or target actor): where
    the attacks in Yemen were.  Each place is its English name where the places stage resolved it
    (one for its several Arabic spellings: أمريكا and الولايات المتحدة are United States), else the
    words used, with its Arabic name, country and coordinates (null unresolved); one place is one
    gazetteer entry (name, country, geonames id: Tripoli in Libya and in Lebanon are two rows), and its
    ``place`` is the value ``/events?where=`` takes for it alone (``Tripoli, LB``:
    :func:`~khabar.search.filters.place_value`; a country's row counts the events placed at the
    country itself, where= lists every event in it)."""
    conds, params = _event_conditions(conn, category, filters, where, source, target)
    located = ("SELECT coalesce(p.name, ev.where_value) AS place, p.name_ar, p.country, p.geonames_id, p.feature, "
               "p.lat, p.lon, ev.negated, ev.article_id "
               f"FROM events ev LEFT JOIN places p ON p.rowid = {_EVENT_PLACE} WHERE ev.where_value IS NOT NULL{conds}")
    grouped = f"FROM ({located}) GROUP BY place, country, geonames_id"
    total = conn.execute(f"SELECT count(*) FROM (SELECT 1 {grouped})", params).fetchone()[0]
    rows = conn.execute(f"SELECT place, max(name_ar), country, count(*) AS n, sum(negated), "
                        f"count(DISTINCT article_id), max(lat), max(lon), max(feature) {grouped} "
                        "ORDER BY n DESC, place, country LIMIT ? OFFSET ?", [*params, limit, offset])
    return total, [{**row, "place": place_value(row["where"], row["country"], row.pop("feature"))}
                   for row in (dict(zip((*_PLACE_KEYS, "feature"), r, strict=True)) for r in rows)]
