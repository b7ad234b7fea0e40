"""Summary figures over a store: what ``khabar stats`` prints."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from khabar.search.filters import SearchFilters, filter_sql
from khabar.search.outlets import papers_counted, stored_outlets

#: Tables counted by :func:`compute_stats` (constants, never input).
COUNTED_TABLES = ("entities", "mentions", "quotes", "times", "places", "events")


@dataclass
class StoreStats:
    articles: int
    first_published: str | None
    last_published: str | None
    #: (outlet, articles), most articles first; outlet None for the articles of no outlet (a text
    #: file's: no name to filter by, ``missing=outlet`` keeps them).
    outlets: list[tuple[str | None, int]] = field(default_factory=list)
    #: rows per fact table: entities (per article), mentions, quotes, times, places, events.
    counts: dict[str, int] = field(default_factory=dict)
    #: distinct entities across articles (by key).
    distinct_entities: int = 0
    #: (name, type, articles, mentions), most articles first.
    top_entities: list[tuple[str, str, int, int]] = field(default_factory=list)
    #: (speaker, quotes), most quotes first.
    top_speakers: list[tuple[str, int]] = field(default_factory=list)
    schema_version: int = 0


_TOP_ENTITIES = """
SELECT MIN(name), MIN(type), COUNT(DISTINCT article_id) AS n_articles, SUM(n_mentions) AS n_mentions
FROM entities WHERE 1 = 1{where} GROUP BY key ORDER BY n_articles DESC, n_mentions DESC, MIN(name) LIMIT ?
"""

# A speaker is the entity the quote resolves to (named as that article's entity), else its words.
_TOP_SPEAKERS = """
SELECT COALESCE(e.name, q.speaker_text) AS speaker, COUNT(*) AS n
FROM quotes q LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity
WHERE COALESCE(e.name, q.speaker_text) IS NOT NULL{where}
GROUP BY COALESCE(e.key, q.speaker_text) ORDER BY n DESC, speaker LIMIT ?
"""


def compute_stats(conn: sqlite3.Connection, top: int = 10, filters: SearchFilters | None = None,
                  resolved: tuple[str, list[Any]] | None = None, leaders: bool = True) -> StoreStats:
    """The store's figures, or (``filters``: outlet, dates, entity, place...) those of the articles
    the filters keep, as ``/search`` filters them; a bad date raises :class:`~khabar.search.QueryError`.
    ``resolved``: ``filter_sql(filters)`` already read (as the stats page reads it once).
    ``leaders=False`` leaves ``top_entities`` and ``top_speakers`` empty, unread: the stats page
    shows its own speaker tables (khabar.store.speakers) and links to the entities page, and these
    two grouped scans of every fact are the page's slowest queries on a large store."""
    # resolved once (outlet names, chosen ids, a story's copies), then put on each table's column as
    # filter_sql itself does
    on_doc, params = filter_sql(filters, conn=conn) if resolved is None else resolved
    on_id, on_fact, on_quote = (on_doc.replace("d.article_id", c) for c in ("id", "article_id", "q.article_id"))
    articles, first, last = conn.execute(
        f"SELECT COUNT(*), MIN(published), MAX(published) FROM articles WHERE 1 = 1{on_id}", params).fetchone()
    outlets = papers_counted(stored_outlets(conn), [(r[0] or None, r[1]) for r in conn.execute(
        f"SELECT outlet, COUNT(*) AS n FROM articles WHERE 1 = 1{on_id} GROUP BY outlet ORDER BY n DESC, outlet",
        params)])
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t} WHERE 1 = 1{on_fact}", params).fetchone()[0]
              for t in COUNTED_TABLES}
    return StoreStats(
        articles=articles,
        first_published=first,
        last_published=last,
        outlets=outlets,
        counts=counts,
        distinct_entities=conn.execute(f"SELECT COUNT(DISTINCT key) FROM entities WHERE 1 = 1{on_fact}",
                                       params).fetchone()[0],
        top_entities=[tuple(r) for r in conn.execute(_TOP_ENTITIES.format(where=on_fact), (*params, top))]
        if leaders else [],
        top_speakers=[tuple(r) for r in conn.execute(_TOP_SPEAKERS.format(where=on_quote), (*params, top))]
        if leaders else [],
        schema_version=conn.execute("PRAGMA user_version").fetchone()[0],
    )
