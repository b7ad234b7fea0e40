"""``khabar watch`` as a library: poll RSS/Atom feeds, fetch their new pages politely, store them analysed.

>>> with Store("khabar.db") as store:                                   # doctest: +SKIP
...     report = poll_once(store, ["https://example.org/rss"], WatchOptions(delay=5))

A poll (:meth:`Watcher.poll`) reads each feed with a conditional GET and queues its new entries
in the same transaction that records the feed's new validators; then it works through every
pending item, this poll's and those an interrupted poll left, read from the queue a batch at a
time (bounded memory however long the queue): fetch the page (see
:mod:`khabar.ingest.fetch`; its bytes are kept in the queue), analyse it, and store the article
in the transaction that marks the item stored (:mod:`khabar.ingest.watch_queue`).  A crash at any
point therefore loses nothing and stores nothing twice.  Two watches on one database skip the
items the other has taken since their batch was read (only two asking for one page at the same
moment both download it; its article is still stored once).  An article is identified by its page's
address, so a changed page replaces its article.  An entry without a link is stored as the feed
gives it (kind ``feed``), and so is one whose page robots.txt keeps out when the entry carries text
of its own beyond its title (kind ``feed`` with the page's address and identity, so the page
replaces it should it be fetched later).  Failures are per item (:class:`InputError`): transient ones are
retried on later polls up to ``max_attempts``; the run goes on.
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from khabar.analysis import analyze_article
from khabar.ingest import watch_queue as queue
from khabar.ingest.feeds import entry_record, parse_feed
from khabar.ingest.fetch import Fetcher, FetchError, FetchOptions, charset_of
from khabar.ingest.html import MAX_HTML_BYTES, article_from_page_bytes
from khabar.ingest.records import InputError, article_from_record, stable_id
from khabar.model import Article
from khabar.pipeline import Pipeline, build_pipeline
from khabar.search.index import sync_index
from khabar.store import IngestReport, Store, StoreError
from khabar.store.errors import record_error

_FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
#: Content types read as a page; others (PDF, images, ...) are per-item errors.
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass
class WatchOptions(FetchOptions):
    """What a watch analyses and how it fetches (the fields of :class:`FetchOptions` too)."""

    stages: Sequence[str] | None = None  # pipeline stages (default all)
    max_attempts: int = 3  # tries of an item whose failures are transient before it is given up


@dataclass
class WatchReport(IngestReport):
    """What one poll did: the stored articles' outcomes and the errors as an ingest counts them, and
    the feeds and pages read."""

    feeds: int = 0
    feeds_not_modified: int = 0
    queued: int = 0  # new (or updated) entries this poll
    fetched: int = 0  # pages downloaded
    not_modified: int = 0  # conditional refetches answered 304
    from_feed: int = 0  # pages robots.txt keeps out, stored from their entry's own text
    retry_later: int = 0  # items whose transient failure is retried on the next poll


def parse_every(text: str) -> float:
    """Seconds in an interval like ``30s``, ``15m``, ``1h``, ``1d`` (a bare number is seconds)."""
    m = _EVERY.match(text)
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"not an interval: {text!r} (use e.g. 30s, 15m, 1h)")
    return float(m.group(1)) * _UNIT_SECONDS[m.group(2).lower()]


class Watcher:
    """Polls feeds into a store; keeps its fetcher (robots.txt cache, host delays) and pipeline across polls."""

    def __init__(self, store: Store, options: WatchOptions | None = None, fetcher: Fetcher | None = None,
                 pipeline: Pipeline | None = None,
                 on_error: Callable[[InputError], None] | None = None,
                 on_stored: Callable[[Article, str], None] | None = None):
        self.store = store
        self.options = options or WatchOptions()
        self.fetcher = fetcher or Fetcher(self.options)
        self.pipeline = pipeline or build_pipeline(self.options.stages)
        self.on_error = on_error
        self.on_stored = on_stored

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def poll(self, feeds: Iterable[str] = ()) -> WatchReport:
        """Poll ``feeds`` (default: every feed this database has watched), then work the queue."""
        report = WatchReport()
        conn = self.store.conn
        for url in list(feeds) or queue.known_feeds(conn):
            report.feeds += 1
            self._poll_feed(url.strip(), report)
        for batch in queue.pending(conn):
            for item in _by_host_in_turn(batch):
                self._work(item, report)
        sync_index(conn)  # as `khabar ingest` does after a batch
        return report

    # -- feeds -----------------------------------------------------------------------------

    def _poll_feed(self, url: str, report: WatchReport) -> None:
        conn = self.store.conn
        state = queue.feed_state(conn, url)
        try:
            response = self.fetcher.get(url, state.etag, state.last_modified, accept=_FEED_ACCEPT)
        except FetchError as exc:
            return self._feed_error(url, f"feed not fetched ({exc})", report)
        if response.not_modified:
            report.feeds_not_modified += 1
            with queue.transaction(conn):
                queue.save_feed(conn, state)
            return None
        parsed = parse_feed(response.body)
        if not parsed.entries:
            return self._feed_error(url, parsed.problem or "feed has no entries", report)
        state.title, state.etag, state.last_modified = parsed.title, response.etag, response.last_modified
        with queue.transaction(conn):  # entries and the validators that skip them next time, together
            for entry in reversed(parsed.entries):  # feeds list the newest first
                report.queued += self._enqueue(url, response.url, entry, parsed.title)
            queue.save_feed(conn, state, parsed.problem)
        if parsed.problem:
            self._error(InputError(url, parsed.problem), report)
        return None

    def _enqueue(self, feed_url: str, base: str, entry: dict[str, Any], feed_title: str | None) -> bool:
        record = entry_record(entry, feed_title)
        link = urljoin(base, record["url"]) if record.get("url") else None
        if link and urlsplit(link).scheme in ("http", "https"):
            link = key = record["url"] = queue.page_key(link)
        else:
            link, key = None, f"guid:{record['id']}"
        # dict.get: feedparser's own get maps a missing "updated" to "published", with a warning.
        stamp = dict.get(entry, "updated") or dict.get(entry, "published")
        return queue.enqueue(self.store.conn, feed_url, key, link, stamp, record)

    def _feed_error(self, url: str, reason: str, report: WatchReport) -> None:
        queue.record_feed_error(self.store.conn, url, reason)
        self._error(InputError(url, reason), report)

    # -- items -----------------------------------------------------------------------------

    def _work(self, item: queue.Item, report: WatchReport) -> None:
        if queue.moved_on(self.store.conn, item):
            return None  # another watch took it since its batch was read: not fetched twice
        try:
            article = self._article(item, report)
        except ValueError as exc:
            return self._fail(item, str(exc), report, retry=False)
        if article is None:
            return None
        analysed = analyze_article(article, self.pipeline)
        if isinstance(analysed, InputError):
            return self._fail(item, analysed.reason, report, retry=False)
        try:
            outcome = self.store.put(analysed, self.pipeline.names,
                                     also=lambda conn: queue.mark_stored(conn, item, analysed.id))
        except (sqlite3.DatabaseError, ValueError, TypeError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise StoreError(f"{self.store.path}: database is locked") from exc
            return self._fail(item, f"not stored ({exc.__class__.__name__}: {exc})", report, retry=False)
        report.count(outcome)
        if self.on_stored:
            self.on_stored(analysed, outcome)
        return None

    def _article(self, item: queue.Item, report: WatchReport) -> Article | None:
        """The un-analysed article of an item: its page (fetched now when queued, else as an earlier
        poll kept it in the queue), or the entry's own record; None when there is nothing more to do now."""
        if item.url is None:
            return _entry_article(item)
        if item.state == queue.FETCHED:
            return _page_article(item, queue.kept_body(self.store.conn, item))
        try:
            response = self.fetcher.get(item.url, item.etag, item.last_modified)
        except FetchError as exc:
            if exc.disallowed and _has_own_text(item.record):
                report.from_feed += 1
                return _entry_article(item)
            retry = exc.transient and item.attempts + 1 < self.options.max_attempts
            self._fail(item, str(exc), report, retry)
            return None
        if response.not_modified:
            queue.mark_not_modified(self.store.conn, item)
            report.not_modified += 1
            return None
        report.fetched += 1
        queue.mark_fetched(self.store.conn, item, response.body, response.url, response.content_type,
                           response.etag, response.last_modified)
        return _page_article(item, response.body)

    def _fail(self, item: queue.Item, reason: str, report: WatchReport, retry: bool) -> None:
        queue.mark_failed(self.store.conn, item, reason, retry)
        if retry:
            report.retry_later += 1
            reason = f"{reason}; retried on the next poll"
        self._error(InputError(item.name, reason), report)

    def _error(self, error: InputError, report: WatchReport) -> None:
        """Report an error and keep it where `khabar errors` lists it (until the item goes through)."""
        record_error(self.store.conn, error)
        report.errors.append(error)
        if self.on_error:
            self.on_error(error)


def _page_article(item: queue.Item, body: bytes) -> Article:
    """The un-analysed article of an item's fetched page, ``body``."""
    assert item.url is not None
    mime = (item.content_type or "text/html").split(";")[0].strip().lower()
    if mime not in _PAGE_TYPES:
        raise ValueError(f"not an HTML page (Content-Type {mime})")
    if len(body) > MAX_HTML_BYTES:
        raise ValueError(f"page too large (> {MAX_HTML_BYTES // (1024 * 1024)} MB)")
    article = article_from_page_bytes(body, charset_of(item.content_type), url=item.url)
    # Identified by its address (as WARC pages are): a changed page replaces its article.
    article.id = stable_id(item.url)
    return article


def _entry_article(item: queue.Item) -> Article:
    """The un-analysed article of the entry as the feed gives it (kind ``feed``).  An entry with a
    link keeps its page's identity: the page replaces it once it is fetched."""
    raw = json.dumps(item.record, ensure_ascii=False)
    article = article_from_record(item.record, raw, kind="feed")
    if item.url is not None:
        article.id = stable_id(item.url)
    return article


def _has_own_text(record: dict[str, Any]) -> bool:
    """Whether an entry's text says more than its title (feeds often repeat the headline as summary)."""
    text, title = record.get("text") or "", record.get("title") or ""
    return bool(text.strip()) and " ".join(text.split()) != " ".join(title.split())


def _by_host_in_turn(items: list[queue.Item]) -> Iterator[queue.Item]:
    """A batch's items taking turns between hosts, so one host's delay does not hold up the others."""
    by_host: dict[str, list[queue.Item]] = {}
    for item in items:
        by_host.setdefault(item.host, []).append(item)
    for turn in itertools.zip_longest(*by_host.values()):
        yield from (item for item in turn if item is not None)


def poll_once(store: Store, feeds: Iterable[str] = (), options: WatchOptions | None = None) -> WatchReport:
    """One poll of ``feeds`` into ``store`` (see the module doc)."""
    with Watcher(store, options) as watcher:
        return watcher.poll(feeds)


def watch(store: Store, feeds: Sequence[str], every: float, options: WatchOptions | None = None,
          on_report: Callable[[WatchReport], None] | None = None, polls: int | None = None,
          sleep: Callable[[float], None] = time.sleep,
          on_error: Callable[[InputError], None] | None = None) -> None:
    """Poll every ``every`` seconds (from the start of one poll to the next), ``polls`` times or forever."""
    with Watcher(store, options, on_error=on_error) as watcher:
        for n in itertools.count(1):
            started = time.monotonic()
            report = watcher.poll(feeds)
            if on_report:
                on_report(report)
            if polls is not None and n >= polls:
                return
            sleep(max(0.0, every - (time.monotonic() - started)))
