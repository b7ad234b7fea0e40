"""The :class:`Store`: analysed articles in SQLite, one transaction per article."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from khabar import __version__
from khabar.ingest import InputError
from khabar.ingest.records import article_failed, article_from_raw
from khabar.model import Article, article_from_dict
from khabar.parallel import Skipped
from khabar.search.filters import SearchFilters
from khabar.search.index import sync_index, transaction
from khabar.search.schema import like_escape
from khabar.store.errors import (
    StoredError,
    clear_article_errors,
    has_errors,
    list_errors,
    record_error,
    retry_errors,
)
from khabar.store.migrations import migrate
from khabar.store.rows import ARTICLE_INSERT, INSERTS, analysis_json, content_hash, fact_rows
from khabar.store.stats import StoreStats, compute_stats

DEFAULT_DB = "khabar.db"
#: Outcomes of storing one article.
ADDED, UPDATED, UNCHANGED = "added", "updated", "unchanged"


class StoreError(RuntimeError):
    """The database cannot be opened or used (not a khabar database, locked, ...)."""


@dataclass
class IngestReport:
    """What one :meth:`Store.ingest` call did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.added + self.updated + self.unchanged

    @property
    def failed(self) -> int:
        return len(self.errors)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def merge(self, other: IngestReport) -> None:
        """Add ``other``'s counts and errors to this report."""
        for outcome in (ADDED, UPDATED, UNCHANGED):
            setattr(self, outcome, getattr(self, outcome) + getattr(other, outcome))
        self.errors += other.errors


def _connect(path: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no committed article
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open as a khabar database ({exc})") from exc
    conn.row_factory = sqlite3.Row
    return conn


def resolve_article_id(conn: sqlite3.Connection, prefix: str) -> list[str]:
    """Stored ids equal to ``prefix``, else those starting with it (at most 10)."""
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (prefix,)).fetchone():
        return [prefix]
    pattern = like_escape(prefix) + "%"
    rows = conn.execute("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 10", (pattern,))
    return [r[0] for r in rows]


def unresolved_id_message(prefix: str, ids: list[str]) -> str:
    """Why ``prefix`` names no one article (``ids``: what :func:`resolve_article_id` found), in the
    words the CLI and the API both use."""
    reason = "no stored article" if not ids else f"ambiguous id prefix ({', '.join(ids)})"
    return f"{prefix}: {reason}"


class Store:
    """Analysed articles in a SQLite database (created and migrated on open).

    >>> with Store("khabar.db") as store:           # doctest: +SKIP
    ...     report = store.ingest(analyze_inputs(["examples/"]))
    ...     store.get(some_id).headline
    """

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB):
        self.path = os.fspath(path)
        self.conn = _connect(self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def put(self, article: Article, stages: Sequence[str] = (),
            also: Callable[[sqlite3.Connection], object] | None = None) -> str:
        """Store one article atomically; returns ``added``, ``updated`` or ``unchanged``.

        The same id with the same raw input and the same analysis is left alone; anything else
        replaces the stored article and all its facts in one transaction.  ``stages`` (recorded
        with the article) defaults to the stages of the pipeline that analysed it.  ``also`` runs
        in that same transaction (e.g. ``khabar watch`` marks its queue item stored), so the
        article and that change are committed together or not at all.
        """
        analysis = analysis_json(article)
        digest = content_hash(article.raw)
        old = self.conn.execute("SELECT content_hash, analysis FROM articles WHERE id = ?",
                                (article.id,)).fetchone()
        if old is not None and old["content_hash"] == digest and old["analysis"] == analysis:
            if also is not None:
                with transaction(self.conn):
                    also(self.conn)
            return UNCHANGED
        src = article.source
        row = (article.id, article.raw, digest, src.kind, src.path, src.url, src.line, article.published,
               article.headline, article.outlet or src.outlet, article.category, analysis,
               ",".join(stages or article.annotations.get("stages", ())), __version__,
               datetime.now(UTC).isoformat(timespec="seconds"), article.byline)
        facts = fact_rows(article)
        with transaction(self.conn):
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
            self.conn.execute(ARTICLE_INSERT, row)
            for table, sql in INSERTS.items():
                if facts[table]:
                    self.conn.executemany(sql, facts[table])
            if also is not None:
                also(self.conn)
        return ADDED if old is None else UPDATED

    def is_current(self, article: Article, stages: Sequence[str]) -> bool:
        """Whether this article's raw input is stored under its id, analysed by ``stages``: a
        resumed ingest skips it without analysing it again."""
        row = self.conn.execute("SELECT content_hash, stages FROM articles WHERE id = ?",
                                (article.id,)).fetchone()
        return row is not None and row["stages"] == ",".join(stages) and \
            row["content_hash"] == content_hash(article.raw)

    def ingest(self, items: Iterable[Article | InputError | Skipped], stages: Sequence[str] = (),
               on_error: Callable[[InputError], None] | None = None,
               on_stored: Callable[[Article | Skipped, str], None] | None = None) -> IngestReport:
        """Store every article of ``items`` (e.g. from :func:`khabar.analysis.analyze_inputs` or
        :meth:`khabar.parallel.ParallelAnalysis.map`).

        Input errors and articles that cannot be stored are collected in the report (and passed
        to ``on_error`` as they happen); the batch goes on.  :class:`~khabar.parallel.Skipped`
        items count as unchanged.
        """
        report = IngestReport()
        pending = has_errors(self.conn)  # inputs that failed before: forget those that now go through
        for item in items:
            if isinstance(item, Skipped):  # already stored and current (see :meth:`is_current`)
                report.count(UNCHANGED)
                if on_stored:
                    on_stored(item, UNCHANGED)
                continue
            error = item if isinstance(item, InputError) else None
            if error is None:
                try:
                    outcome = self.put(item, stages)
                except (sqlite3.DatabaseError, ValueError, TypeError) as exc:
                    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                        raise StoreError(f"{self.path}: database is locked") from exc
                    error = article_failed(item, "not stored", exc)
                else:
                    report.count(outcome)
                    if pending:
                        clear_article_errors(self.conn, item)
                    if on_stored:
                        on_stored(item, outcome)
            if error is not None:
                record_error(self.conn, error)
                report.errors.append(error)
                if on_error:
                    on_error(error)
        sync_index(self.conn)  # analyse the batch's search-index queue (see khabar.search.index)
        return report

    def errors(self) -> list[StoredError]:
        """Inputs that failed, most recent first, kept with their bytes (see :mod:`khabar.store.errors`)."""
        return list_errors(self.conn)

    def forget_errors(self) -> int:
        """Drop every kept input error; how many there were."""
        return self.conn.execute("DELETE FROM input_errors").rowcount

    def retry_errors(self, stages: Sequence[str] | None = None, options: dict[str, Any] | None = None,
                     on_error: Callable[[InputError], None] | None = None,
                     on_stored: Callable[[Article | Skipped, str], None] | None = None,
                     max_bytes: int | None = None) -> IngestReport:
        """Read every kept input error's input again, analyse and store it; those that go through
        are forgotten, those that fail again stay with their new reason."""
        from khabar.analysis import analyze_article
        from khabar.pipeline import build_pipeline

        pipeline = build_pipeline(stages, options)

        def analyse(item: Article | InputError) -> Article | InputError:
            return item if isinstance(item, InputError) else analyze_article(item, pipeline)

        return retry_errors(self, analyse, pipeline.names, on_error, on_stored, max_bytes)

    def delete(self, article_id: str) -> bool:
        """Remove an article and all its facts; True if it was stored."""
        with transaction(self.conn):
            cur = self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return cur.rowcount > 0

    def stored_inputs(self) -> Iterator[Article | InputError]:
        """Every stored article's raw input read back as an input to analyse (by id; the ids are
        listed first, so storing the fresh analyses meanwhile is safe, and an article deleted
        meanwhile is passed over); one whose raw input no longer reads is an :class:`InputError`."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            row = self.conn.execute("SELECT raw, analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:  # deleted meanwhile
                continue
            try:
                yield article_from_raw(row["raw"], json.loads(row["analysis"])["source"], article_id)
            except ValueError as exc:
                yield InputError(article_id, f"stored raw input unreadable ({exc})")

    def reanalyse(self, stages: Sequence[str] | None = None, options: dict[str, Any] | None = None,
                  on_error: Callable[[InputError], None] | None = None) -> IngestReport:
        """Recompute every stored article from its raw input with the current pipeline."""
        from khabar.analysis import analyze_article
        from khabar.pipeline import build_pipeline

        pipeline = build_pipeline(stages, options)
        fresh = (item if isinstance(item, InputError) else analyze_article(item, pipeline)
                 for item in self.stored_inputs())
        return self.ingest(fresh, pipeline.names, on_error=on_error)

    # -- reading ---------------------------------------------------------------------------

    def get(self, article_id: str) -> Article | None:
        """The stored article (with its raw input), or None."""
        row = self.conn.execute("SELECT raw, analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        article = article_from_dict(json.loads(row["analysis"]))
        article.raw = row["raw"]
        return article

    def resolve_id(self, prefix: str) -> list[str]:
        """Stored ids equal to ``prefix``, else those starting with it (at most 10)."""
        return resolve_article_id(self.conn, prefix)

    def __contains__(self, article_id: object) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def __len__(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY published, id")]

    def iter_articles(self, with_raw: bool = False, where: str = "",
                      params: Sequence[Any] = ()) -> Iterator[Article]:
        """Every stored article, by publication date then id (streamed, not loaded at once); only
        those ``where`` keeps, when given (SQL conditions on the column ``id``, each opening with
        AND, as :func:`khabar.search.filters.filter_sql` writes them), so a filtered export reads
        only the articles it writes."""
        sql = (_ITER_WITH_RAW if with_raw else _ITER_WITHOUT_RAW).format(where=where)
        cursor = self.conn.cursor()
        try:
            for row in cursor.execute(sql, params):
                article = article_from_dict(json.loads(row[1]))
                article.raw = row[2]
                yield article
        finally:
            # A consumer that stopped early (a closed pipe) may drop this generator after the store closed.
            with suppress(sqlite3.ProgrammingError):
                cursor.close()

    def stats(self, top: int = 10, filters: SearchFilters | None = None) -> StoreStats:
        """Counts, outlets, date range and top entities/speakers (see :class:`StoreStats`), of the
        articles ``filters`` keep when given."""
        return compute_stats(self.conn, top, filters)


_ITER_WITH_RAW = "SELECT id, analysis, raw FROM articles WHERE 1{where} ORDER BY published, id"
_ITER_WITHOUT_RAW = "SELECT id, analysis, '' FROM articles WHERE 1{where} ORDER BY published, id"
