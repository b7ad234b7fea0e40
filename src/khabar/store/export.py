"""Exports of a store as JSON Lines, CSV or Parquet, one table kind at a time.

A table kind is an :class:`Exporter` in :data:`EXPORTERS`: its columns (name and type) and a
function yielding its rows from a :class:`~khabar.store.Store` (articles, events, quotes).  To add one (e.g. events), add an
entry; ``khabar export`` offers every kind as a ``--<kind>`` flag (``articles`` is the default).
JSON Lines of articles are the full analyze objects; CSV and Parquet are flat rows.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from typing import IO, Any

from khabar.model import Article
from khabar.search.engine import SearchFilters, filter_sql, speaker_quotes_sql
from khabar.store.db import Store

FORMATS = ("jsonl", "csv", "parquet")
#: Column types, as names (pyarrow is imported only for Parquet).
COLUMN_TYPES = ("string", "int64", "float64", "bool", "list<string>")


Columns = tuple[tuple[str, str], ...]  # (name, type from COLUMN_TYPES)


@dataclass(frozen=True)
class Exporter:
    doc: str
    #: The columns, or a function giving them when they live in a stage's package: importing
    #: khabar.events runs the whole stage (~0.35 s), which `khabar --help` should not pay.
    column_spec: Columns | Callable[[], Columns]
    rows: Callable[[Store], Iterator[dict[str, Any]]]
    #: Full objects for JSON Lines; by default the flat rows.
    records: Callable[[Store], Iterator[dict[str, Any]]] | None = None
    #: Rows of one speaker (named as users name them: khabar.search.engine.speaker_quotes_sql), for the
    #: tables where that means something.
    speaker_rows: Callable[[Store, str], Iterator[dict[str, Any]]] | None = None

    @property
    def columns(self) -> Columns:
        return self.column_spec() if callable(self.column_spec) else self.column_spec


def article_row(a: Article) -> dict[str, Any]:
    """One flat row of the ``articles`` table (the columns of ``EXPORTERS["articles"]``)."""
    return {
        "id": a.id, "published": a.published, "headline": a.headline, "deck": a.deck,
        "outlet": a.outlet or a.source.outlet, "byline": a.byline, "dateline": a.dateline,
        "category": a.category, "url": a.source.url, "path": a.source.path,
        "pull_quotes": a.pull_quotes, "body": a.body, "related": a.related,
        "n_entities": len(a.entities), "n_quotes": len(a.quotes), "n_times": len(a.times),
        "n_places": len(a.places), "n_events": len(a.events),
    }


def _article_rows(store: Store) -> Iterator[dict[str, Any]]:
    for article in store.iter_articles():
        yield article_row(article)


def _article_records(store: Store) -> Iterator[dict[str, Any]]:
    for article in store.iter_articles():
        yield article.to_dict()


def _event_columns() -> Columns:
    from khabar.events.export import EVENT_COLUMNS

    return EVENT_COLUMNS


def _event_rows(store: Store) -> Iterator[dict[str, Any]]:
    from khabar.events.export import event_rows

    for article in store.iter_articles():
        yield from event_rows(article)


QUOTE_COLUMNS = (
    ("article_id", "string"), ("published", "string"), ("outlet", "string"), ("headline", "string"),
    ("speaker", "string"), ("speaker_name", "string"), ("speaker_name_ar", "string"), ("speaker_key", "string"),
    ("kind", "string"), ("cue", "string"), ("content", "string"), ("via", "string"), ("when", "string"),
    ("field", "string"), ("paragraph", "int64"), ("start", "int64"), ("end", "int64"),
)
_QUOTE_SQL = (
    "SELECT q.article_id, a.published, a.outlet, a.headline, q.speaker_text, e.name, e.name_ar, e.key, "
    "q.kind, q.cue, q.content, q.via_text, q.when_value, q.field, q.paragraph, q.char_start, q.char_end "
    "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e "
    "ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity"
)
_QUOTE_ORDER = " ORDER BY a.published, q.article_id, q.n"


def _quote_rows(store: Store) -> Iterator[dict[str, Any]]:
    names = [name for name, _ in QUOTE_COLUMNS]
    for row in store.conn.execute(_QUOTE_SQL + _QUOTE_ORDER):
        yield dict(zip(names, row, strict=True))


def _speaker_quote_rows(store: Store, speaker: str) -> Iterator[dict[str, Any]]:
    """The quotations of ``speaker``: its entity (by key, English or Arabic name, or the words an
    article used) or, where no entity was resolved, the words the article used for the speaker."""
    where, params = speaker_quotes_sql(store.conn, speaker)
    names = [name for name, _ in QUOTE_COLUMNS]
    for row in store.conn.execute(f"{_QUOTE_SQL} WHERE {where}{_QUOTE_ORDER}", params):
        yield dict(zip(names, row, strict=True))


EXPORTERS: dict[str, Exporter] = {
    "articles": Exporter(
        "one row per article: page fields, paragraphs and fact counts",
        (("id", "string"), ("published", "string"), ("headline", "string"), ("deck", "string"),
         ("outlet", "string"), ("byline", "string"), ("dateline", "string"), ("category", "string"),
         ("url", "string"), ("path", "string"), ("pull_quotes", "list<string>"), ("body", "list<string>"),
         ("related", "list<string>"), ("n_entities", "int64"), ("n_quotes", "int64"), ("n_times", "int64"),
         ("n_places", "int64"), ("n_events", "int64")),
        _article_rows,
        _article_records,
    ),
    "events": Exporter(
        "one row per coded event (GDELT/PLOVER-like: date, actors, CAMEO, quad, Goldstein, place)",
        _event_columns,
        _event_rows,
    ),
    "quotes": Exporter(
        "one row per quotation: speaker (as written, resolved name and key), cue, kind, content, "
        "its article and span",
        QUOTE_COLUMNS,
        _quote_rows,
        speaker_rows=_speaker_quote_rows,
    ),
}


def write_jsonl(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(exporter: Exporter, rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """CSV with a header; list cells hold their items one per line."""
    names = [name for name, _ in exporter.columns]
    writer = csv.writer(out)
    writer.writerow(names)
    n = 0
    for row in rows:
        writer.writerow(["\n".join(v) if isinstance(v, list) else ("" if v is None else v)
                         for v in (row[k] for k in names)])
        n += 1
    return n


def write_parquet(exporter: Exporter, rows: Iterator[dict[str, Any]], path: str,
                  batch_rows: int = 2000) -> int:
    """Parquet written in row groups, so a large store is never held in memory at once."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
             "list<string>": pa.list_(pa.string())}
    schema = pa.schema([(name, types[kind]) for name, kind in exporter.columns])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _of_articles(rows: Iterator[dict[str, Any]], ids: set[str]) -> Iterator[dict[str, Any]]:
    return (row for row in rows if row.get("article_id", row.get("id")) in ids)


def export(store: Store, fmt: str, output: str | None = None, kind: str = "articles",
           speaker: str | None = None, filters: SearchFilters | None = None) -> int:
    """Write table ``kind`` of ``store`` as ``fmt`` to ``output`` (stdout if None, except for
    Parquet, which needs a file), only the rows of ``speaker`` if given (tables with a
    speaker) and of the articles the search ``filters`` keep (outlet, dates, entity, place,
    category; a bad date raises :class:`~khabar.search.QueryError`); returns the number of rows
    written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; formats are: {', '.join(FORMATS)}")
    exporter = EXPORTERS.get(kind)
    if exporter is None:
        raise ValueError(f"unknown table {kind!r}; tables are: {', '.join(EXPORTERS)}")
    if speaker is not None and exporter.speaker_rows is None:
        with_speaker = ", ".join(k for k, e in EXPORTERS.items() if e.speaker_rows)
        raise ValueError(f"a speaker selects rows of {with_speaker} only, not of {kind}")
    rows = exporter.speaker_rows(store, speaker) if speaker is not None else exporter.rows(store)
    records = exporter.records(store) if exporter.records and speaker is None else rows
    where, params = filter_sql(filters, column="id", conn=store.conn)
    if where:
        ids = {r[0] for r in store.conn.execute(f"SELECT id FROM articles WHERE 1{where}", params)}
        rows, records = _of_articles(rows, ids), _of_articles(records, ids)
    if fmt == "parquet":
        if not output or output == "-":
            raise ValueError("parquet is binary: give --output FILE")
        return write_parquet(exporter, rows, output)
    to_file = bool(output and output != "-")
    with open(output, "w", encoding="utf-8", newline="") if to_file else nullcontext(sys.stdout) as out:
        if fmt == "jsonl":
            return write_jsonl(records, out)
        return write_csv(exporter, rows, out)
