"""The watch queue is read in bounded batches: a long queue is never held in memory at once, page
bytes stay in their rows until an item is worked, and a poll over several batches still stores
every item once."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

import pytest

from khabar.ingest import watch_queue as queue
from khabar.ingest.watch import Watcher, poll_once
from khabar.model import Article
from khabar.store import Store

from .local_site import LocalSite
from .test_watch import OPTIONS, serve_news, stored_urls

FEED = "https://example.org/rss.xml"


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    with Store(tmp_path / "queue.db") as store:
        yield store.conn


def fill(conn: sqlite3.Connection, n: int) -> list[str]:
    """Queue ``n`` pages of one feed; returns their keys, oldest first."""
    keys = [f"https://example.org/news/{i}.html" for i in range(n)]
    with queue.transaction(conn):
        for i, key in enumerate(keys):
            queue.enqueue(conn, FEED, key, key, None, {"id": f"e{i}", "url": key})
    return keys


def reads(conn: sqlite3.Connection) -> list[str]:
    """Starts recording the queue reads of ``conn``; the list fills as statements run."""
    seen: list[str] = []
    conn.set_trace_callback(lambda sql: seen.append(sql) if "FROM watch_items WHERE state IN" in sql else None)
    return seen


@pytest.mark.parametrize(("n", "batch", "sizes"), [(7, 3, [3, 3, 1]), (6, 3, [3, 3]), (2, 5, [2]), (0, 4, [])])
def test_pending_items_come_in_batches_of_at_most_n_oldest_first(conn: sqlite3.Connection, n: int, batch: int,
                                                                 sizes: list[int]) -> None:
    keys = fill(conn, n)
    batches = list(queue.pending(conn, batch=batch))
    assert [len(b) for b in batches] == sizes
    assert [item.key for b in batches for item in b] == keys


def test_a_huge_queue_is_read_one_batch_at_a_time(conn: sqlite3.Connection) -> None:
    keys = fill(conn, 5000)
    seen = reads(conn)
    batches = queue.pending(conn, batch=100)
    first = next(batches)
    assert len(first) == 100 and len(seen) == 1  # one bounded read so far, not the whole queue
    # Items are read when their batch comes: one finished meanwhile (another watcher) is not worked again.
    done = queue.Item(keys[150], FEED, keys[150], {}, queue.QUEUED, 0, None, None, None, None)
    with queue.transaction(conn):
        queue.mark_stored(conn, done, None)
    second = next(batches)
    assert len(seen) == 2
    assert [item.key for item in second] == keys[100:150] + keys[151:201]


def test_pending_items_leave_their_page_bytes_in_the_queue(conn: sqlite3.Connection) -> None:
    keys = fill(conn, 2)
    [first, _] = next(queue.pending(conn))
    queue.mark_fetched(conn, first, b"<html>page</html>", keys[0], "text/html", '"v1"', None)
    [fetched, queued] = next(queue.pending(conn))
    assert (fetched.state, fetched.etag, queued.state) == (queue.FETCHED, '"v1"', queue.QUEUED)
    assert not hasattr(fetched, "body")  # a batch holds no page bytes ...
    assert queue.kept_body(conn, fetched) == b"<html>page</html>"  # ... each is read when its item is worked
    assert queue.kept_body(conn, queued) == b""


def test_a_poll_over_several_batches_stores_every_page_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queue, "pending", functools.partial(queue.pending, batch=2))
    with Store(tmp_path / "watch.db") as store, LocalSite() as site:
        urls = serve_news(site, n=5)
        seen = reads(store.conn)
        report = poll_once(store, [site.base + "/rss.xml"], OPTIONS)
        assert len(seen) == 3  # 2 + 2 + 1
        assert (report.fetched, report.added) == (5, 5)
        assert [site.count(u.removeprefix(site.base)) for u in urls] == [1] * 5
        assert stored_urls(store) == sorted(urls)
        assert queue.counts(store.conn) == {"stored": 5}


def test_items_another_watch_took_since_their_batch_was_read_are_not_fetched_again(tmp_path: Path) -> None:
    """Two watches on one database: the second polls while the first works its batch (here: after
    the first's first article); the first then skips what the second fetched and stored."""
    db = tmp_path / "watch.db"
    with Store(db) as first, Store(db) as second, LocalSite() as site:
        urls = serve_news(site, n=4)
        polled: list[int] = []

        def other_watch_runs(article: Article, outcome: str) -> None:
            if not polled:
                polled.append(poll_once(second, [], OPTIONS).stored)

        with Watcher(first, OPTIONS, on_stored=other_watch_runs) as watcher:
            report = watcher.poll([site.base + "/rss.xml"])
        assert (report.stored, polled) == (1, [3])
        assert [site.count(u.removeprefix(site.base)) for u in urls] == [1] * 4
        assert len(first) == 4 and queue.counts(first.conn) == {"stored": 4}
