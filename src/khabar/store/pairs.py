"""Who does what to whom most: events counted per (source, target) pair of actors.

An actor is its entity across articles (its key) where the events stage resolved one, else the words
the article used; the pair's ``source`` and ``target`` values are what ``/events?source=&target=``
and ``khabar export`` take back, so each pair links to its events.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from khabar.search.engine import SearchFilters, actor_sql, event_sql, filter_sql

_ACTOR = "coalesce({e}.key, ev.{role}_text)"
_NAME = "max(coalesce({e}.name_ar, {e}.name, ev.{role}_text))"
_PAIRS_FROM = (
    "FROM events ev LEFT JOIN entities se ON se.article_id = ev.article_id AND se.entity_id = ev.source_entity "
    "LEFT JOIN entities te ON te.article_id = ev.article_id AND te.entity_id = ev.target_entity "
    "WHERE ev.source_text IS NOT NULL AND ev.target_text IS NOT NULL"
)
_PAIR_KEYS = ("source", "target", "source_name", "target_name", "events", "negated", "articles")


def event_pairs(conn: sqlite3.Connection, category: str | None = None, filters: SearchFilters | None = None,
                where: str | None = None, limit: int = 20, offset: int = 0, source: str | None = None,
                target: str | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(how many pairs, one page of them): the (source, target) pairs of the events of one PLOVER
    category or CAMEO prefix (all when None), that happened ``where`` (the event's own place:
    :func:`~khabar.search.engine.event_place_sql`), from the articles the search ``filters``
    keep, of one ``source`` or ``target`` actor (named as /events takes them: whom does Iran
    accuse, who accuses it), most events first.  Each pair carries its events, how many of them are negated (لم
    يتهم), and the articles they come from.  A bad category or date raises
    :class:`~khabar.search.QueryError`."""
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
    source, target = _ACTOR.format(e="se", role="source"), _ACTOR.format(e="te", role="target")
    grouped = f"{_PAIRS_FROM}{conds} GROUP BY {source}, {target}"
    total = conn.execute(f"SELECT count(*) FROM (SELECT 1 {grouped})", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {source}, {target}, {_NAME.format(e='se', role='source')}, {_NAME.format(e='te', role='target')}, "
        f"count(*) AS n, sum(ev.negated), count(DISTINCT ev.article_id) {grouped} "
        "ORDER BY n DESC, 1, 2 LIMIT ? OFFSET ?", [*params, limit, offset])
    return total, [dict(zip(_PAIR_KEYS, r, strict=True)) for r in rows]
