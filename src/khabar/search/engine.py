"""``search(db, query, filters, limit, offset)``: ranked, filtered full-text search over the store."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from khabar.search.filters import SearchFilters, filter_sql, place_value
from khabar.search.index import BM25_WEIGHTS, sync_index
from khabar.search.names import add_arabic_spellings
from khabar.search.outlets import papers_counted, shown_outlet, stored_outlets
from khabar.search.query import Query, QueryError, parse_query
from khabar.search.snippets import Snippet, best_snippet

MAX_LIMIT = 100
MAX_OFFSET = 10_000
#: Above this many matches, headline matches are ranked first (a tier), then the rest.
TIERED_ABOVE = 3000
#: Facets are counted over at most this many matches (index order), to keep pages fast.
FACET_SAMPLE = 2000


@dataclass
class SearchHit:
    article_id: str
    score: float
    headline: str | None
    outlet: str | None
    published: str | None
    snippet: Snippet | None = None
    url: str | None = None  # the page's address, when the input had one

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "snippet"}
        out["snippet"] = self.snippet.to_dict() if self.snippet else None
        return out


@dataclass
class SearchResult:
    query: str
    total: int
    limit: int
    offset: int
    hits: list[SearchHit] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "limit": self.limit, "offset": self.offset,
                "hits": [h.to_dict() for h in self.hits]}


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}")


def _sync_if_writable(conn: sqlite3.Connection) -> None:
    try:
        if conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone():
            sync_index(conn)
    except sqlite3.OperationalError as exc:  # a read-only connection searches what is indexed
        if "readonly" not in str(exc):
            raise


def _count(db: sqlite3.Connection, match: str, restrict: str, params: list[Any]) -> int:
    return db.execute(f"SELECT count(*) FROM search_fts WHERE search_fts MATCH ?{restrict}",
                      [match, *params]).fetchone()[0]


def _ranked(db: sqlite3.Connection, match: str, restrict: str, params: list[Any], limit: int,
            offset: int) -> list[tuple[str, float]]:
    """(article id, bm25) best first.  Ranks inside FTS5 and joins the page only: joining before
    ORDER BY would cost a row per match."""
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    return db.execute(
        f"SELECT d.article_id, r.rank FROM (SELECT rowid, bm25(search_fts, {weights}) AS rank "
        f"FROM search_fts WHERE search_fts MATCH ?{restrict} ORDER BY rank LIMIT ? OFFSET ?) r "
        "JOIN search_doc d ON d.rowid = r.rowid ORDER BY r.rank", [match, *params, limit, offset]).fetchall()


def _by_date(db: sqlite3.Connection, match: str, where: str, params: list[Any], limit: int, offset: int,
             oldest: bool) -> list[tuple[str, float]]:
    """(article id, bm25) by publication date (undated articles last), then id: every match is
    sorted, which the search_doc index on the date keeps cheap."""
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    order = "ASC" if oldest else "DESC"
    return db.execute(
        f"SELECT d.article_id, bm25(search_fts, {weights}) FROM search_fts JOIN search_doc d ON d.rowid = "
        f"search_fts.rowid WHERE search_fts MATCH ?{where} ORDER BY d.published IS NULL, d.published {order}, "
        "d.article_id LIMIT ? OFFSET ?", [match, *params, limit, offset]).fetchall()


def _ranked_tiers(db: sqlite3.Connection, match: str, restrict: str, params: list[Any], limit: int,
                  offset: int) -> list[tuple[str, float]]:
    """Ranking for huge result sets: articles matching in the headline first, then the rest, each
    tier by bm25.  bm25 costs a few microseconds per match; ranking a common word's 20,000
    matches at once would take most of a page's time budget, and a headline match is what a
    reader of such a broad query wants first anyway."""
    head = f"{{headline}} : ({match})"
    n_head = _count(db, head, restrict, params) if offset else 0  # the first page needs no count
    rows = _ranked(db, head, restrict, params, limit, offset) if offset <= n_head else []
    if len(rows) < limit:
        rest = f"({match}) NOT ({head})"
        rows += _ranked(db, rest, restrict, params, limit - len(rows), max(0, offset - n_head))
    return rows


#: The orders of search hits: by bm25 (with headline hits first for huge result sets), or by
#: publication date, newest or oldest first (the first report of a story).
SORTS = ("relevance", "newest", "oldest")


def search(db: sqlite3.Connection, query: str | Query, filters: SearchFilters | None = None,
           limit: int = 20, offset: int = 0, snippets: bool = True, sort: str = "relevance") -> SearchResult:
    """Articles matching ``query`` (all words; "phrases"), best first (bm25), or by date with
    ``sort`` (:data:`SORTS`), with snippets.

    When more than :data:`TIERED_ABOVE` articles match, those matching in the headline come
    first (see :func:`_ranked_tiers`).  Raises :class:`~khabar.search.query.QueryError` for a
    query, filter or sort that cannot be used.
    """
    if sort not in SORTS:
        raise QueryError(f"sort {sort!r} is no order of hits: {', '.join(SORTS)}")
    q = add_arabic_spellings(db, query if isinstance(query, Query) else parse_query(query))
    _check_page(limit, offset)
    where, params = filter_sql(filters, conn=db)
    _sync_if_writable(db)
    match = q.fts()
    restrict = f" AND rowid IN (SELECT d.rowid FROM search_doc d WHERE 1{where})" if where else ""
    total = _count(db, match, restrict, params)
    if sort != "relevance":
        rows = _by_date(db, match, where, params, limit, offset, oldest=sort == "oldest")
    else:
        rank = _ranked_tiers if total > TIERED_ABOVE else _ranked
        rows = rank(db, match, restrict, params, limit, offset)
    result = SearchResult(q.text, total, limit, offset)
    if not rows:
        return result
    result.hits = article_hits(db, rows, q, snippets)
    return result


def browse(db: sqlite3.Connection, filters: SearchFilters, limit: int = 20, offset: int = 0,
           sort: str = "newest") -> SearchResult:
    """The articles ``filters`` keep, without a query: newest first (``sort`` oldest: oldest first;
    undated articles last), as hits without score or snippet.  What a search of filters alone
    answers (a reporter's articles, those lacking a field), as /articles and the search page list
    them; filters none active is a :class:`QueryError` (the whole store is no search)."""
    if sort not in SORTS:
        raise QueryError(f"sort {sort!r} is no order of hits: {', '.join(SORTS)}")
    if not filters.active():
        raise QueryError("empty query: type one or more words, or give a filter")
    _check_page(limit, offset)
    where, params = filter_sql(filters, column="id", conn=db)
    total = db.execute(f"SELECT count(*) FROM articles WHERE 1{where}", params).fetchone()[0]
    order = "ASC" if sort == "oldest" else "DESC"
    rows = db.execute(f"SELECT id, NULL FROM articles WHERE 1{where} ORDER BY published IS NULL, published {order}, id "
                      "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    result = SearchResult("", total, limit, offset)
    result.hits = article_hits(db, [(article_id, -0.0) for article_id, _ in rows], None)  # score 0.0
    return result


def article_hits(db: sqlite3.Connection, ranked: list[tuple[str, float]], q: Query | None,
                 snippets: bool = True) -> list[SearchHit]:
    """The hits of the articles ``ranked`` as (id, bm25 rank), in that order: headline, outlet,
    date and address in one lookup, and with ``snippets`` the passage best matching ``q`` (none
    without a query)."""
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    meta = {r[0]: r[1:] for r in db.execute(
        f"SELECT id, headline, outlet, published, analysis, source_url FROM articles WHERE id IN "
        f"({','.join('?' * len(ids))})", ids)}
    hits = []
    for article_id, rank in ranked:
        headline, outlet, published, analysis, url = meta[article_id]
        snippet = best_snippet(json.loads(analysis), q) if snippets and q else None
        hits.append(SearchHit(article_id, round(-rank, 4), headline, outlet, published, snippet, url))
    return hits


def newest_matches(db: sqlite3.Connection, query: str | Query | None, filters: SearchFilters | None = None,
                   limit: int = 50) -> list[str]:
    """The ids of the ``limit`` newest articles matching ``query`` under ``filters`` (what a feed of
    a saved search shows: new articles, whatever their bm25 rank); with no query, the newest the
    filters keep (a feed of an outlet, a place, a speaker)."""
    _check_page(limit, 0)
    if query is None:
        where, params = filter_sql(filters, column="id", conn=db)
        return [r[0] for r in db.execute(f"SELECT id FROM articles WHERE 1{where} ORDER BY published DESC, id "
                                         "LIMIT ?", [*params, limit])]
    q = add_arabic_spellings(db, query if isinstance(query, Query) else parse_query(query))
    where, params = filter_sql(filters, conn=db)
    _sync_if_writable(db)
    rows = db.execute("SELECT d.article_id FROM search_fts JOIN search_doc d ON d.rowid = search_fts.rowid "
                      f"WHERE search_fts MATCH ?{where} ORDER BY d.published DESC, d.article_id LIMIT ?",
                      [q.fts(), *params, limit])
    return [r[0] for r in rows]


#: The day facet lists the matches' days when they fall on this many or fewer (else the months do).
DAYS_SHOWN = 31


def _told_apart(rows: list[tuple[str, str, int, str | None]]) -> list[tuple[str, str, int]]:
    """A facet's (value, label, count) rows, a label two rows share followed by what tells them apart
    (an entity's English name, a place's country): الحكومة (Government of Iran), طرابلس (LB); a
    reader cannot choose between two links of one name."""
    shared = {label for label, n in Counter(label for _, label, _, _ in rows).items() if n > 1}
    return [(value, f"{label} ({detail})" if label in shared and detail else label, n)
            for value, label, n, detail in rows]


def facets(db: sqlite3.Connection, query: str | Query, filters: SearchFilters | None = None,
           top: int = 8) -> dict[str, list[tuple[str, str, int]]]:
    """(value, label, count) per facet (outlet, month, entity, speaker, place, category: the ``top``
    most frequent; day: every day in date order, none past DAYS_SHOWN days) over the matches."""
    q = add_arabic_spellings(db, query if isinstance(query, Query) else parse_query(query))
    where, params = filter_sql(filters, conn=db)
    db.execute("DROP TABLE IF EXISTS temp.facet_hits")
    db.execute(
        "CREATE TEMP TABLE facet_hits AS SELECT d.article_id AS id, d.outlet, d.published FROM search_fts "
        f"JOIN search_doc d ON d.rowid = search_fts.rowid WHERE search_fts MATCH ?{where} LIMIT ?",
        [q.fts(), *params, FACET_SAMPLE])
    # (value, label, count, what tells apart two rows of one label, a place's feature) per facet
    sql = {
        "outlet": "SELECT outlet, outlet, count(*), NULL, NULL FROM facet_hits WHERE outlet IS NOT NULL GROUP BY outlet",
        "month": "SELECT substr(published, 1, 7), substr(published, 1, 7), count(*), NULL, NULL FROM facet_hits "
                 "WHERE published IS NOT NULL GROUP BY 1",
        "entity": "SELECT key, coalesce(max(name_ar), max(name)), count(DISTINCT article_id), min(name), NULL "
                  "FROM entities WHERE article_id IN (SELECT id FROM facet_hits) GROUP BY key",
        "speaker": "SELECT coalesce(e.key, q.speaker_text), coalesce(max(e.name_ar), max(e.name), "
                   "max(q.speaker_text)), count(DISTINCT q.article_id), min(e.name), NULL FROM quotes q "
                   "LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity "
                   "WHERE q.article_id IN (SELECT id FROM facet_hits) AND q.speaker_text IS NOT NULL GROUP BY 1",
        # one place is one gazetteer entry, not one name: Tripoli in Libya and in Lebanon are two
        "place": "SELECT coalesce(name, text), coalesce(max(name_ar), max(text)), count(DISTINCT article_id), "
                 "country, max(feature) FROM places WHERE article_id IN (SELECT id FROM facet_hits) "
                 "GROUP BY 1, country, geonames_id",
        "category": "SELECT coalesce(plover, substr(cameo, 1, 2)), coalesce(plover, substr(cameo, 1, 2)), "
                    "count(DISTINCT article_id), NULL, NULL FROM events WHERE article_id IN (SELECT id FROM facet_hits) "
                    "GROUP BY 1",
    }
    out = {}
    for name, statement in sql.items():
        # every outlet (a few hundred at most): one paper's two names are merged before the cut
        rows = db.execute(statement + " ORDER BY 3 DESC, 1, 4 LIMIT ?", (-1 if name == "outlet" else top,)).fetchall()
        out[name] = _told_apart([(place_value(v, detail, feature) if name == "place" else str(v), str(label), n, detail)
                                 for v, label, n, detail, feature in rows])
    # one paper stored by its printed name and by its path is one row, as the outlet filter reads it
    out["outlet"] = [(o, shown_outlet(o)[0], n) for o, n in papers_counted(stored_outlets(db), [(v, n) for v, _, n in out["outlet"]])][:top]
    # a story followed day by day: the matches' days in order, when they fall on a month's worth or fewer
    days = db.execute("SELECT substr(published, 1, 10), substr(published, 1, 10), count(*) FROM facet_hits "
                      "WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1 LIMIT ?", (DAYS_SHOWN + 1,)).fetchall()
    out["day"] = [(str(v), str(label), n) for v, label, n in days] if len(days) <= DAYS_SHOWN else []
    db.execute("DROP TABLE IF EXISTS temp.facet_hits")
    return out
