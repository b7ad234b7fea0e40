"""The same story elsewhere: near-duplicate articles (one wire story republished with small edits).

Two articles tell the same story when most word shingles (runs of :data:`SHINGLE` analyzed terms,
so clitics and spelling variants do not count as edits) of the shorter body are in the other:
containment, not Jaccard, since an outlet often cuts a wire story's last paragraphs.  Candidates
come from the full-text index (the articles matching most of the story's opening terms, bm25), so
the cost is bounded by :data:`CANDIDATES` whatever the store's size: no pairwise pass at ingest.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from khabar.search.schema import sql_marks

if TYPE_CHECKING:
    from khabar.search.engine import SearchResult

#: Terms per shingle: four words in a row are rarely shared by two different stories.
SHINGLE = 4
#: Shingles of the shorter body found in the other body for the two to be one story.
SAME_STORY = 0.7
#: Shingles shared of all both bodies hold (Jaccard), at least: a short page whose few words are
#: furniture other pages repeat (a video's caption under a list of the most read) is wholly in many
#: pages without telling their story; a wire story cut to half still shares a third.
MIN_OVERLAP = 0.25
#: Articles compared with one article: the best matches of its opening terms.
CANDIDATES = 40
#: Opening terms (headline, then body) the candidates are searched with.
OPENING_TERMS = 16
#: Bodies shorter than this (in terms) are not compared: a one-line brief shares too little to tell.
MIN_TERMS = 30
#: Answers of :func:`same_story` kept (an article page asks for its article's on every view).
CACHED = 4096

_cache: OrderedDict[tuple[str, str, int], tuple[int, list[dict[str, Any]]]] = OrderedDict()
_cache_lock = threading.Lock()


def shingles(analyzed_text: str) -> set[int]:
    """The hashed shingles of an analyzed text (space-separated terms, as the index holds them).
    Python's hash of each run of words: compared within one process only (never stored), and a
    third of the time of a CRC of the joined words (a page of 100 hits to fold: 35 -> 13 ms)."""
    words = analyzed_text.split()
    return {hash(run) for run in zip(*(words[i:] for i in range(SHINGLE)), strict=False)}


def containment(a: set[int], b: set[int]) -> float:
    """The share of the smaller set found in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_story_score(a: set[int], b: set[int]) -> float:
    """The containment of two bodies' shingles when they tell one story (at least
    :data:`SAME_STORY`, and overlapping by :data:`MIN_OVERLAP` of all their shingles), else 0."""
    share = containment(a, b)
    if share < SAME_STORY or len(a & b) < MIN_OVERLAP * len(a | b):
        return 0.0
    return share


def _indexed(conn: sqlite3.Connection, article_id: str) -> tuple[int, str, str] | None:
    return conn.execute("SELECT d.rowid, f.headline, f.body FROM search_doc d JOIN search_fts f "
                        "ON f.rowid = d.rowid WHERE d.article_id = ?", (article_id,)).fetchone()


def _opening_query(headline: str, body: str) -> str:
    """An FTS5 expression OR-ing the story's first distinct terms (quoted: data, never syntax)."""
    seen: list[str] = []
    for word in (headline + " " + body).split():
        if len(word) > 2 and word not in seen and '"' not in word:
            seen.append(word)
            if len(seen) == OPENING_TERMS:
                break
    return " OR ".join(f'"{w}"' for w in seen)


def _store_stamp(conn: sqlite3.Connection) -> tuple[str, int] | None:
    """The database file of ``conn`` and its count of changes (migration 17's store_changes: every
    commit to the articles or their index, by any connection or process, adds to it).  None for a
    database without a file or without the count (not migrated: nothing is kept)."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return None
    try:
        return path, conn.execute("SELECT n FROM store_changes").fetchone()[0]
    except sqlite3.OperationalError:
        return None


def same_story(conn: sqlite3.Connection, article_id: str, limit: int = 10) -> list[dict[str, Any]]:
    """The other stored articles telling the story of ``article_id`` (near-duplicates), most alike
    first: each with its id, headline, outlet, publication date, address and ``similarity`` (the
    containment of their shingles).  [] for an article not indexed or too short to tell.  Answers
    are kept until the store changes: an article page asks on every view (~0.1 s an article)."""
    stamped = _store_stamp(conn)
    if stamped is None:
        return _same_story(conn, article_id, limit)
    key = (stamped[0], article_id, limit)
    with _cache_lock:
        kept = _cache.get(key)
        if kept is not None and kept[0] == stamped[1]:
            _cache.move_to_end(key)
            return [dict(item) for item in kept[1]]
    found = _same_story(conn, article_id, limit)
    with _cache_lock:
        _cache[key] = (stamped[1], found)
        _cache.move_to_end(key)
        while len(_cache) > CACHED:
            _cache.popitem(last=False)
    return [dict(item) for item in found]


def _same_story(conn: sqlite3.Connection, article_id: str, limit: int) -> list[dict[str, Any]]:
    own = _indexed(conn, article_id)
    if own is None:
        return []
    rowid, headline, body = own
    query = _opening_query(headline, body)
    if len(body.split()) < MIN_TERMS or not query:
        return []
    mine = shingles(body)
    rows = conn.execute(
        "SELECT d.article_id, f.body FROM search_fts f JOIN search_doc d "
        "ON d.rowid = f.rowid WHERE search_fts MATCH ? AND f.rowid != ? ORDER BY bm25(search_fts) LIMIT ?",
        (query, rowid, CANDIDATES)).fetchall()
    alike = []
    for other_id, other_body in rows:
        if len(other_body.split()) < MIN_TERMS:
            continue
        similarity = same_story_score(mine, shingles(other_body))
        if similarity:
            alike.append((similarity, other_id))
    alike = sorted(alike, key=lambda pair: (-pair[0], pair[1]))[:limit]
    if not alike:
        return []
    # their headline, outlet, date and address in one lookup
    meta = {r[0]: r[1:] for r in conn.execute(
        f"SELECT id, headline, outlet, published, source_url FROM articles WHERE id IN ({sql_marks(alike)})",
        [other_id for _, other_id in alike])}
    return [{"article_id": other_id, "headline": meta[other_id][0], "outlet": meta[other_id][1],
             "published": meta[other_id][2], "url": meta[other_id][3], "similarity": round(similarity, 3)}
            for similarity, other_id in alike]


def collapse(conn: sqlite3.Connection, article_ids: list[str]) -> dict[str, list[str]]:
    """Folds near-duplicates among ``article_ids`` (one page of hits, best first): each article
    kept (the first of its story) -> the later ones telling the same story, in order; an article
    folded into an earlier one is no key.  Pairwise over the page only (at most its size squared
    comparisons of shingle sets read from the index)."""
    bodies: dict[str, set[int]] = {}
    for article_id in article_ids:
        row = _indexed(conn, article_id)
        body = row[2] if row else ""
        bodies[article_id] = shingles(body) if len(body.split()) >= MIN_TERMS else set()
    kept: dict[str, list[str]] = {}
    for article_id in article_ids:
        first = next((k for k in kept if bodies[article_id] and same_story_score(bodies[k], bodies[article_id])), None)
        if first is None:
            kept[article_id] = []
        else:
            kept[first].append(article_id)
    return kept


def collapse_hits(conn: sqlite3.Connection, result: SearchResult) -> dict[str, list[str]]:
    """Folds the near-duplicates among ``result``'s hits (:func:`collapse`) in place: the hits
    left are the first of each story; returns each one's id -> the ids folded into it.  The
    search's ``--collapse`` / ``collapse=`` of the command, the API and the search page."""
    folded = collapse(conn, [h.article_id for h in result.hits])
    result.hits = [h for h in result.hits if h.article_id in folded]
    return folded
