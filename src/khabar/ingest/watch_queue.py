"""The durable queue of ``khabar watch`` in the store's database (tables in :mod:`.watch_schema`).

Every state change is one transaction, so a crash leaves each item in its last committed state:
``queued`` (to fetch), ``fetched`` (its page kept in ``body``, to analyse and store), ``stored``
(done; marked in the article's own transaction by :func:`mark_stored`) or ``failed`` (with its
error, and its bytes when any were fetched, for a retry).  A restart resumes queued and fetched
items; nothing is stored twice and nothing is skipped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from khabar.search.index import transaction
from khabar.store.errors import clear_errors

QUEUED, FETCHED, STORED, FAILED = "queued", "fetched", "stored", "failed"
#: Items read from the queue at a time: a poll holds one batch (without page bytes) in memory,
#: however long the queue.
PENDING_BATCH = 200


@dataclass
class Item:
    """One queued feed item, as its row says (its kept page bytes stay in the row: :func:`kept_body`)."""

    key: str
    feed_url: str
    url: str | None
    record: dict[str, Any]
    state: str
    attempts: int
    etag: str | None
    last_modified: str | None
    final_url: str | None
    content_type: str | None

    @property
    def name(self) -> str:
        """How errors name the item: its page, else its key."""
        return self.url or self.key

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc.lower() if self.url else ""


@dataclass
class FeedState:
    """What the last poll of a feed left: its validators for a conditional GET."""

    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def page_key(url: str) -> str:
    """The queue key of a page: its URL with scheme and host lower-cased and no fragment."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


# -- feeds -------------------------------------------------------------------------------------

def feed_state(conn: sqlite3.Connection, url: str) -> FeedState:
    row = conn.execute("SELECT url, title, etag, last_modified FROM watch_feeds WHERE url = ?", (url,)).fetchone()
    return FeedState(*row) if row else FeedState(url)


def known_feeds(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT url FROM watch_feeds ORDER BY url")]


def save_feed(conn: sqlite3.Connection, state: FeedState, error: str | None = None) -> None:
    """Record a poll of a feed (call inside a transaction when items are queued with it); a poll
    without error forgets the feed's kept error (``khabar errors``)."""
    if error is None:
        clear_errors(conn, [state.url])
    conn.execute("""INSERT INTO watch_feeds (url, title, etag, last_modified, checked_at, error)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(url) DO UPDATE SET title = excluded.title, etag = excluded.etag,
                    last_modified = excluded.last_modified, checked_at = excluded.checked_at,
                    error = excluded.error""",
                 (state.url, state.title, state.etag, state.last_modified, now(), error))


def record_feed_error(conn: sqlite3.Connection, url: str, error: str) -> None:
    """A failed poll: the validators stay, so the next poll is as conditional as this one."""
    state = feed_state(conn, url)
    with transaction(conn):
        save_feed(conn, state, error)


# -- items -------------------------------------------------------------------------------------

def enqueue(conn: sqlite3.Connection, feed_url: str, key: str, url: str | None, stamp: str | None,
            record: dict[str, Any]) -> bool:
    """Queue a new item, or requeue a done one whose entry changed (``stamp``); True if queued."""
    old = conn.execute("SELECT state, stamp FROM watch_items WHERE key = ?", (key,)).fetchone()
    raw = json.dumps(record, ensure_ascii=False)
    if old is None:
        conn.execute("""INSERT INTO watch_items (key, feed_url, url, stamp, record, state, queued_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", (key, feed_url, url, stamp, raw, QUEUED, now(), now()))
        return True
    if old[0] in (STORED, FAILED) and stamp and stamp != old[1]:
        # The entry was updated: fetch the page again, conditionally when its article is stored
        # (a 304 then leaves that article as it is; a failed item has none to leave).
        conn.execute("""UPDATE watch_items SET stamp = ?, record = ?, attempts = 0, error = NULL, updated_at = ?,
                        etag = CASE WHEN state = ? THEN etag END,
                        last_modified = CASE WHEN state = ? THEN last_modified END, state = ?
                        WHERE key = ?""", (stamp, raw, now(), STORED, STORED, QUEUED, key))
        return True
    return False


_ITEM_COLUMNS = "rowid, key, feed_url, url, record, state, attempts, etag, last_modified, final_url, content_type"


def pending(conn: sqlite3.Connection, batch: int = PENDING_BATCH) -> Iterator[list[Item]]:
    """Items to work on (queued or fetched, left by this poll or an interrupted one), oldest first,
    in lists of at most ``batch``.  Each list is read when the previous one has been worked (one
    short query after the last row seen, so no read stays open across the item's own writes), so
    memory holds one batch however long the queue; an item finished meanwhile is not read again."""
    last = 0
    while True:
        rows = conn.execute(f"""SELECT {_ITEM_COLUMNS} FROM watch_items WHERE state IN (?, ?) AND rowid > ?
                                ORDER BY rowid LIMIT ?""", (QUEUED, FETCHED, last, batch)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield [_item(row[1:]) for row in rows]
        if len(rows) < batch:
            return


def _item(row: sqlite3.Row | tuple[Any, ...]) -> Item:
    values = list(row)
    values[3] = json.loads(values[3])
    return Item(*values)


def moved_on(conn: sqlite3.Connection, item: Item) -> bool:
    """Whether the item's row has left the state its batch was read in: another watch on the same
    database fetched or stored it meanwhile (a batch is worked for minutes under per-host delays)."""
    row = conn.execute("SELECT state FROM watch_items WHERE key = ?", (item.key,)).fetchone()
    return row is None or row[0] != item.state


def kept_body(conn: sqlite3.Connection, item: Item) -> bytes:
    """The page bytes kept in the item's row (empty when none were fetched)."""
    row = conn.execute("SELECT body FROM watch_items WHERE key = ?", (item.key,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else b""


def mark_fetched(conn: sqlite3.Connection, item: Item, body: bytes, final_url: str, content_type: str | None,
                 etag: str | None, last_modified: str | None) -> None:
    with transaction(conn):
        conn.execute("""UPDATE watch_items SET state = ?, body = ?, final_url = ?, content_type = ?, etag = ?,
                        last_modified = ?, error = NULL, updated_at = ? WHERE key = ?""",
                     (FETCHED, body, final_url, content_type, etag, last_modified, now(), item.key))
    item.state, item.final_url, item.content_type = FETCHED, final_url, content_type
    item.etag, item.last_modified = etag, last_modified


def mark_stored(conn: sqlite3.Connection, item: Item, article_id: str | None) -> None:
    """Done (the page is in the article; its bytes and kept error go).  Run inside the article's transaction."""
    conn.execute("""UPDATE watch_items SET state = ?, body = NULL, article_id = COALESCE(?, article_id),
                    error = NULL, updated_at = ? WHERE key = ?""", (STORED, article_id, now(), item.key))
    clear_errors(conn, [item.name])


def mark_not_modified(conn: sqlite3.Connection, item: Item) -> None:
    """A conditional refetch answered 304: the stored article stands."""
    with transaction(conn):
        mark_stored(conn, item, None)


def mark_failed(conn: sqlite3.Connection, item: Item, error: str, retry: bool) -> None:
    """A failed attempt: back to ``queued`` for the next poll when ``retry``, else ``failed``.
    Fetched bytes stay in the row either way."""
    with transaction(conn):
        conn.execute("""UPDATE watch_items SET state = ?, attempts = attempts + 1, error = ?, updated_at = ?
                        WHERE key = ?""", (QUEUED if retry else FAILED, error, now(), item.key))


def requeue_failed(conn: sqlite3.Connection) -> int:
    """Give every failed item another go: analysed again from its kept bytes, else fetched again."""
    with transaction(conn):
        return conn.execute("""UPDATE watch_items SET state = CASE WHEN body IS NULL THEN ? ELSE ? END,
                               attempts = 0, updated_at = ? WHERE state = ?""",
                            (QUEUED, FETCHED, now(), FAILED)).rowcount


def failures(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """``(item, error)`` of every failed item and every item waiting for a retry, oldest first."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT COALESCE(url, key), error FROM watch_items WHERE error IS NOT NULL ORDER BY rowid")]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Items by state."""
    return {r[0]: r[1] for r in conn.execute("SELECT state, COUNT(*) FROM watch_items GROUP BY state")}
