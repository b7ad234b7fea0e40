"""Inputs that failed, kept in the store with their bytes so that they can be tried again.

Every :class:`~khabar.ingest.InputError` met by :meth:`khabar.store.Store.ingest` becomes one row of
``input_errors``, keyed by the item its error line names (``path``, ``path:line``, ``path#record``,
``<stdin>``): the reason, when it was first and last seen, how often it failed, and the input's
bytes as read (at most :data:`khabar.ingest.records.MAX_ERROR_RAW_BYTES`; ``raw_complete`` says whether
they are all of it).  :func:`retry_errors` reads each one again — from its bytes when they were
kept whole, else from its file — and drops the rows of those that now go through.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from khabar.ingest.readers import iter_inputs, iter_raw_input
from khabar.ingest.records import InputError, RawInput
from khabar.model import Article
from khabar.search.schema import sql_marks

if TYPE_CHECKING:
    from khabar.store.db import IngestReport, Store

#: Migration 7 (see :mod:`khabar.store.migrations`).
ERRORS_SQL = """
CREATE TABLE input_errors (
    item         TEXT PRIMARY KEY,           -- as named in the error line
    reason       TEXT NOT NULL,
    fmt          TEXT,                       -- text | jsonl | html | warc | feed: how to read raw again
    path         TEXT,                       -- the file it came from (null for stdin)
    line         INTEGER,                    -- its line in a JSON Lines file
    raw          BLOB,                       -- its bytes as read, bounded (null when none were read)
    raw_complete INTEGER NOT NULL DEFAULT 0, -- 1 when raw holds all of them
    attempts     INTEGER NOT NULL DEFAULT 1,
    first_seen   TEXT NOT NULL,
    last_seen    TEXT NOT NULL
);
"""

_UPSERT = """
INSERT INTO input_errors (item, reason, fmt, path, line, raw, raw_complete, attempts, first_seen, last_seen)
VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
ON CONFLICT(item) DO UPDATE SET
    reason = excluded.reason, last_seen = excluded.last_seen, attempts = attempts + 1,
    fmt = COALESCE(excluded.fmt, fmt), path = COALESCE(excluded.path, path),
    line = COALESCE(excluded.line, line),
    raw_complete = CASE WHEN excluded.raw IS NULL THEN raw_complete ELSE excluded.raw_complete END,
    raw = COALESCE(excluded.raw, raw)
"""


@dataclass
class StoredError:
    """One row of ``input_errors`` (without its bytes: ``raw_bytes`` is how many were kept)."""

    item: str
    reason: str
    fmt: str | None
    path: str | None
    line: int | None
    raw_bytes: int
    raw_complete: bool
    attempts: int
    first_seen: str
    last_seen: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def record_error(conn: sqlite3.Connection, error: InputError) -> None:
    """Keep ``error`` (and its bytes, when read) in ``input_errors``; a repeat bumps ``attempts``."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    kept = error.retry
    conn.execute(_UPSERT, (error.item, error.reason, kept.fmt if kept else None, kept.path if kept else None,
                           kept.line if kept else None, kept.data if kept else None,
                           int(kept.complete) if kept else 0, now, now))


def article_items(article: Article) -> list[str]:
    """The names an error about this article's input would have carried."""
    src = article.source
    if not src.path:
        return ["<stdin>"]
    if src.line is None:
        return [src.path]
    return [src.path, f"{src.path}:{src.line}", f"{src.path}#{src.line}"]


def clear_article_errors(conn: sqlite3.Connection, article: Article) -> int:
    """Forget the errors of this article's input: under the names :func:`article_items` gives, and
    those of the same file named by another path (``p.txt`` then ``/abs/p.txt``): the whole file's, or
    the same line's."""
    n = clear_errors(conn, article_items(article))
    path = article.source.path
    if not path:
        return n
    base = os.path.basename(path)
    rows = conn.execute("SELECT item, path FROM input_errors WHERE (line IS ? OR line IS NULL) "
                        "AND substr(path, -?) = ?",
                        (article.source.line, len(base), base))
    real = os.path.realpath(path)
    same = [item for item, other in rows if os.path.realpath(other) == real]
    return n + (clear_errors(conn, same) if same else 0)


def clear_errors(conn: sqlite3.Connection, items: list[str]) -> int:
    """Forget the errors of these items (their input went through); how many were forgotten."""
    return conn.execute(f"DELETE FROM input_errors WHERE item IN ({sql_marks(items)})", items).rowcount


def has_errors(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM input_errors LIMIT 1").fetchone() is not None


def list_errors(conn: sqlite3.Connection) -> list[StoredError]:
    """Every kept error, most recent first."""
    rows = conn.execute("SELECT item, reason, fmt, path, line, COALESCE(LENGTH(raw), 0), raw_complete, attempts, "
                        "first_seen, last_seen FROM input_errors ORDER BY last_seen DESC, item")
    return [StoredError(*row[:6], bool(row[6]), *row[7:]) for row in rows]


def stored_raw(conn: sqlite3.Connection, item: str) -> RawInput | None:
    """The bytes kept for ``item``, as the reader gave them."""
    row = conn.execute("SELECT raw, fmt, path, line, raw_complete FROM input_errors WHERE item = ?",
                       (item,)).fetchone()
    if row is None or row[0] is None or row[1] is None:
        return None
    return RawInput(bytes(row[0]), row[1], row[2], row[3], bool(row[4]))


def _items_again(conn: sqlite3.Connection, error: StoredError,
                 max_bytes: int | None) -> Iterator[Article | InputError]:
    """The input of a kept error, read again: a whole file from the file when it is still there (a
    cut download fetched again is read whole, not the cut bytes kept), else from its bytes when
    kept whole, else from its file (if it is still there)."""
    raw = stored_raw(conn, error.item)
    if error.path and error.line is None and os.path.isfile(error.path):
        yield from iter_inputs([error.path], input_format=error.fmt, max_bytes=max_bytes)
    elif raw is not None and raw.complete:
        yield from iter_raw_input(raw, error.item, max_bytes)
    elif error.path and os.path.exists(error.path):
        yield from iter_inputs([error.path], input_format=error.fmt, max_bytes=max_bytes)
    elif error.path:
        yield InputError(error.item, f"cannot retry: its bytes were not kept whole and {error.path} is gone")


def retry_errors(store: Store, analyse: Callable[[Article | InputError], Article | InputError],
                 stages: list[str], on_error: Callable[[InputError], None] | None = None,
                 on_stored: Callable[[Article, str], None] | None = None,
                 max_bytes: int | None = None) -> IngestReport:
    """Read every kept error's input again, analyse it with ``analyse`` and store what goes through.

    An item that fails again stays (with its new reason and one more attempt); the others are
    dropped from ``input_errors``.
    """
    from khabar.store.db import IngestReport

    total = IngestReport()
    for error in list_errors(store.conn):
        if error.path is None and not error.raw_complete:
            continue  # nothing to read again here (stdin not kept, or a watched URL: khabar watch retries it)
        items = (analyse(item) for item in _items_again(store.conn, error, max_bytes))
        report = store.ingest(items, stages, on_error=on_error, on_stored=on_stored)
        if not any(e.item == error.item for e in report.errors):
            clear_errors(store.conn, [error.item])
        total.merge(report)
    return total
