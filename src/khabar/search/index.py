"""The full-text index: an FTS5 table over analyzed terms, kept in step with ``articles``.

The analyzer is Python, so SQL triggers cannot fill the index themselves.  Instead the store
migration (:data:`khabar.search.schema.SEARCH_SQL`) adds triggers that *queue* every inserted article in
``search_pending`` and drop a deleted article's index rows at once; :func:`sync_index` analyses
the queue.  Ingest calls it after a batch, and search calls it before reading, so the index is
never stale for long and never points at a deleted article.

``search_doc`` maps a stable integer (the FTS rowid) to the article id: ``articles`` has no
INTEGER PRIMARY KEY, so its rowids may change on VACUUM and cannot key the index.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from khabar.search.analyzer import analyzed
from khabar.search.schema import sql_marks

#: bm25 column weights: a hit in the headline counts more than one in the deck or body.
BM25_WEIGHTS = (4.0, 2.0, 1.0)
_BATCH = 500


def analyzed_columns(analysis: dict) -> tuple[str, str, str]:
    """(headline, deck, body) of an article's analysis JSON, as analyzed terms."""
    body = "\n".join(p for p in (analysis.get("pull_quotes") or []) + (analysis.get("body") or []) if p)
    return analyzed(analysis.get("headline") or ""), analyzed(analysis.get("deck") or ""), analyzed(body)


def _index_batch(conn: sqlite3.Connection, ids: list[str]) -> None:
    rows = conn.execute(f"SELECT id, analysis, outlet, published FROM articles WHERE id IN ({sql_marks(ids)})",
                        ids).fetchall()
    for article_id, analysis, outlet, published in rows:
        old = conn.execute("SELECT rowid FROM search_doc WHERE article_id = ?", (article_id,)).fetchone()
        if old:
            conn.execute("DELETE FROM search_fts WHERE rowid = ?", (old[0],))
            conn.execute("DELETE FROM search_doc WHERE rowid = ?", (old[0],))
        rowid = conn.execute("INSERT INTO search_doc (article_id, outlet, published) VALUES (?, ?, ?)",
                             (article_id, outlet, published)).lastrowid
        conn.execute("INSERT INTO search_fts (rowid, headline, deck, body) VALUES (?, ?, ?, ?)",
                     (rowid, *analyzed_columns(json.loads(analysis))))
    conn.execute(f"DELETE FROM search_pending WHERE article_id IN ({sql_marks(ids)})", ids)
    # one change of the index a batch (migration 20), for answers kept until the store changes
    # (khabar.store.duplicates.same_story): a row trigger counted twice an article
    conn.execute("UPDATE store_changes SET n = n + 1")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One explicit transaction (joins the caller's when one is open), whatever the isolation mode."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def sync_index(conn: sqlite3.Connection) -> int:
    """Index every queued article; returns how many were indexed.  One transaction per batch."""
    done = 0
    while True:
        ids = [r[0] for r in conn.execute("SELECT article_id FROM search_pending LIMIT ?", (_BATCH,))]
        if not ids:
            return done
        with transaction(conn):
            _index_batch(conn, ids)
        done += len(ids)
