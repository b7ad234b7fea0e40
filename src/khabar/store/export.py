"""Exports of a store as JSON Lines, CSV or Parquet, one table kind at a time.

A table kind is an :class:`Exporter` in :data:`EXPORTERS`: its columns (name and type) and a
function yielding its rows from a :class:`~khabar.store.Store` (articles, events, quotes).  To add one (e.g. events), add an
entry; ``khabar export`` offers every kind as a ``--<kind>`` flag (``articles`` is the default).
JSON Lines of articles are the full analyze objects; CSV and Parquet are flat rows.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from typing import IO, Any

from khabar.model import Article
from khabar.search.analyzer import terms
from khabar.search.filters import SearchFilters, actor_sql, event_sql, filter_sql, place_sql, said_sql
from khabar.search.keys import about_quotes_sql, quote_own_sql, speaker_quotes_sql
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
    #: The rows of the articles the filters keep (all when None), selected in SQL.
    rows: Callable[[Store, SearchFilters | None], Iterator[dict[str, Any]]]
    #: Full objects for JSON Lines; by default the flat rows.
    records: Callable[[Store, SearchFilters | None], Iterator[dict[str, Any]]] | None = None
    #: Rows of one speaker (named as users name them: khabar.search.keys.speaker_quotes_sql), for the
    #: tables where that means something.
    speaker_rows: Callable[[Store, str, SearchFilters | None], Iterator[dict[str, Any]]] | None = None

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


def _articles(store: Store, filters: SearchFilters | None) -> Iterator[Article]:
    """The stored articles the filters keep, read in one query (not every article, then dropped)."""
    where, params = filter_sql(filters, column="id", conn=store.conn)
    return store.iter_articles(where=where, params=params)


def _article_rows(store: Store, filters: SearchFilters | None) -> Iterator[dict[str, Any]]:
    for article in _articles(store, filters):
        yield article_row(article)


def _article_records(store: Store, filters: SearchFilters | None) -> Iterator[dict[str, Any]]:
    for article in _articles(store, filters):
        yield article.to_dict()


def _event_columns() -> Columns:
    from khabar.events.export import EVENT_COLUMNS

    return EVENT_COLUMNS


#: An events export's actor options and the roles each keeps (as /events takes actor, source, target).
ACTOR_ROLES = {"actor": ("source", "target"), "source": ("source",), "target": ("target",)}


def _event_rows(store: Store, filters: SearchFilters | None, where: str | None = None,
                actors: dict[str, str] | None = None, negated: bool | None = None) -> Iterator[dict[str, Any]]:
    """The event rows of the articles the filters keep; with a category, only the events of it
    (--events --category ACCUSE is the accusations, not every event beside one); with ``where``,
    only those that happened at that place or in that country (the event's own place,
    :func:`~khabar.search.filters.event_place_sql`, not a place its article mentions); with ``actors``
    (:data:`ACTOR_ROLES` -> a name), only those of that actor, source or target (who accused Iran).
    The events kept are chosen by the same SQL conditions the API's /events uses, as (article, n) pairs."""
    from khabar.events.export import event_row

    conds, params = event_sql(store.conn, filters.category if filters else None, where)
    for option, name in (actors or {}).items():
        cond, cond_params = actor_sql(store.conn, name, ACTOR_ROLES[option])
        conds, params = [*conds, cond], [*params, *cond_params]
    if negated is not None:  # denials, refusals (or the others), as /events?negated=
        conds, params = [*conds, "ev.negated = ?"], [*params, int(negated)]
    kept: dict[str, set[int]] | None = None
    if conds:
        kept = {}
        for article_id, n in store.conn.execute(f"SELECT ev.article_id, ev.n FROM events ev WHERE "
                                                f"{' AND '.join(conds)}", params):
            kept.setdefault(article_id, set()).add(n)
    for article in _articles(store, filters):
        if kept is not None and article.id not in kept:
            continue
        for n, event in enumerate(article.events):
            if kept is None or n in kept[article.id]:
                yield event_row(article, event)


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


def _quote_rows(store: Store, filters: SearchFilters | None) -> Iterator[dict[str, Any]]:
    yield from _quotes_where(store, "1", [], filters)


def _speaker_quote_rows(store: Store, speaker: str, filters: SearchFilters | None) -> Iterator[dict[str, Any]]:
    """The quotations of ``speaker``: its entity (by key, English or Arabic name, or the words an
    article used) or, where no entity was resolved, the words the article used for the speaker."""
    where, params = speaker_quotes_sql(store.conn, speaker)
    yield from _quotes_where(store, where, params, filters)


def _quotes_where(store: Store, where: str, params: list[Any],
                  filters: SearchFilters | None) -> Iterator[dict[str, Any]]:
    articles, article_params = filter_sql(filters, column="q.article_id", conn=store.conn)
    names = [name for name, _ in QUOTE_COLUMNS]
    for row in store.conn.execute(f"{_QUOTE_SQL} WHERE {where}{articles}{_QUOTE_ORDER}", [*params, *article_params]):
        yield dict(zip(names, row, strict=True))


def _quote_selection(store: Store, speaker: str | None, about: str | None,
                     missing: str | None, quote_kind: str | None = None) -> tuple[str, list[Any]]:
    """The condition on quotations ``q`` (and its parameters) of ``speaker``, of what others said
    ``about`` a person (:func:`~khabar.search.keys.about_quotes_sql`) and lacking what ``missing``
    names (:data:`~khabar.search.keys.QUOTE_MISSING`), those given; another ``missing`` raises."""
    conds, params = ["1"], []
    if speaker is not None:
        cond, cond_params = speaker_quotes_sql(store.conn, speaker)
        conds, params = [*conds, cond], [*params, *cond_params]
    if about is not None:
        cond, cond_params = about_quotes_sql(store.conn, about)
        conds, params = [*conds, cond], [*params, *cond_params]
    own_conds, own_params = quote_own_sql(quote_kind, missing)
    conds, params = [*conds, *own_conds], [*params, *own_params]
    return " AND ".join(conds), params


def _quotes_saying(store: Store, says: str, where: str, params: list[Any],
                   filters: SearchFilters | None) -> Iterator[dict[str, Any]]:
    """The quotations under ``where`` whose content holds the words and "phrases" of
    ``says``, as /quotes?q= finds them (:func:`~khabar.search.filters.said_sql`: their articles
    from the index, then each quotation's content read); a malformed query raises at the call."""
    query, said, said_params = said_sql(store.conn, says, "q.article_id")
    rows = _quotes_where(store, f"{where} AND {said}", [*params, *said_params], filters)
    return (row for row in rows if query.holds(terms(row["content"] or "")))


PLACE_COLUMNS = (
    ("article_id", "string"), ("published", "string"), ("outlet", "string"), ("headline", "string"),
    ("text", "string"), ("name", "string"), ("name_ar", "string"), ("country", "string"), ("lat", "float64"),
    ("lon", "float64"), ("geonames_id", "int64"), ("feature", "string"),
    ("field", "string"), ("paragraph", "int64"), ("start", "int64"), ("end", "int64"),
)
_PLACE_SQL = (
    "SELECT p.article_id, a.published, a.outlet, a.headline, p.text, p.name, p.name_ar, p.country, p.lat, p.lon, "
    "p.geonames_id, p.feature, p.field, p.paragraph, p.char_start, p.char_end "
    "FROM places p JOIN articles a ON a.id = p.article_id WHERE 1"
)


def _place_rows(store: Store, filters: SearchFilters | None, within: str | None = None) -> Iterator[dict[str, Any]]:
    """One row per place mention of the articles the filters keep, oldest first: the words used,
    the resolved place (names, country, coordinates: empty when unresolved) and its span; with
    ``within``, only the mentions of that place or of a place in that country (as /places?within=:
    Libya's places, not every place its articles name)."""
    articles, params = filter_sql(filters, column="p.article_id", conn=store.conn)
    if within is not None:
        within_where, within_params = place_sql(store.conn, within, "p")
        articles, params = f" AND {within_where}{articles}", [*within_params, *params]
    names = [name for name, _ in PLACE_COLUMNS]
    for row in store.conn.execute(f"{_PLACE_SQL}{articles} ORDER BY a.published, p.article_id, p.n", params):
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
    "places": Exporter(
        "one row per place mention: the words used, the resolved place (names, country, lat, lon, "
        "geonames id), its article and span (for a map)",
        PLACE_COLUMNS,
        _place_rows,
    ),
}


def write_jsonl(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


#: UTF-8's byte-order mark: Excel reads a CSV file that starts with it as UTF-8 (without it, as the
#: system's legacy code page: Arabic comes out garbled).
BOM = "\ufeff"


#: The first characters that make a spreadsheet (Excel, LibreOffice) read a cell as a formula and run
#: it (OWASP's CSV injection): a text cell starting with one is written after a single quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A text that is a plain number (-3, +2.5, 1e-3): a spreadsheet reads it as that number, no formula.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_cell(value: Any) -> Any:
    """``value`` as a CSV cell that a spreadsheet shows and never runs (every CSV khabar writes goes
    through it: ``khabar export``, ``khabar search --format csv``, the API's ``format=csv``): None is
    empty, a list its items one per line, a text starting with a :data:`FORMULA_STARTS` character
    gets a leading ``'`` (``=HYPERLINK(...)`` -> ``'=HYPERLINK(...)``) unless it is a plain number
    (``-3`` stays a number); numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "\n".join(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(exporter: Exporter, rows: Iterator[dict[str, Any]], out: IO[str], bom: bool = False) -> int:
    """CSV with a header (after the byte-order mark when ``bom``); list cells hold their items one per
    line; every cell through :func:`spreadsheet_cell`."""
    names = [name for name, _ in exporter.columns]
    if bom:
        out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(names)
    n = 0
    for row in rows:
        writer.writerow([spreadsheet_cell(row[k]) for k in names])
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


def export(store: Store, fmt: str, output: str | None = None, kind: str = "articles",
           speaker: str | None = None, filters: SearchFilters | None = None, where: str | None = None,
           bom: bool = False, says: str | None = None, actors: dict[str, str] | None = None,
           about: str | None = None, missing: str | None = None, quote_kind: str | None = None,
           negated: bool | None = None) -> int:
    """Write table ``kind`` of ``store`` as ``fmt`` to ``output`` (stdout if None, except for
    Parquet, which needs a file), only the rows of ``speaker`` if given (tables with a
    speaker), of the events that happened ``where`` if given (events) or the places within it
    (places) and of the articles
    the search ``filters`` keep (outlet, dates, entity, place,
    category; for events, only the events of the category; a bad date or category raises
    :class:`~khabar.search.QueryError`, an output that cannot be written a ValueError naming it);
    returns the number of rows written.  ``bom`` starts a CSV with UTF-8's byte-order mark, for Excel.
    ``says`` (quotes only) keeps the quotations whose content holds its words and "phrases" as a
    search finds them (/quotes?q=: اليمن finds لليمن; a malformed query raises QueryError).
    ``actors`` (events only: ``{"target": "إيران"}``, keys of :data:`ACTOR_ROLES`) keeps the events of
    those actors, named as /events takes them.  ``about`` (quotes only) keeps what others said about that
    person, ``missing`` (quotes only: speaker, speaker_name) the quotations lacking it, ``quote_kind``
    (quotes only) those of one kind (direct: to cite verbatim); ``negated`` (events only) the events
    reported as not done (True: denials, refusals) or only the others, as /events?negated= takes it."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; formats are: {', '.join(FORMATS)}")
    exporter = EXPORTERS.get(kind)
    if exporter is None:
        raise ValueError(f"unknown table {kind!r}; tables are: {', '.join(EXPORTERS)}")
    if speaker is not None and exporter.speaker_rows is None:
        with_speaker = ", ".join(k for k, e in EXPORTERS.items() if e.speaker_rows)
        raise ValueError(f"a speaker selects rows of {with_speaker} only, not of {kind}")
    if bom and fmt != "csv":
        raise ValueError(f"a byte-order mark is for csv, not {fmt}")
    if where is not None and kind not in ("events", "places"):
        raise ValueError(f"a place selects rows of events (where they happened) or places (within it) only, "
                         f"not of {kind}")
    if says is not None and kind != "quotes":
        raise ValueError(f"words said select rows of quotes only, not of {kind}")
    for option, value in (("an --about", about), ("a quotation's --missing", missing), ("a --kind", quote_kind)):
        if value is not None and kind != "quotes":
            raise ValueError(f"{option} selects rows of quotes only, not of {kind}")
    if negated is not None and kind != "events":
        raise ValueError(f"--negated selects rows of events only, not of {kind}")
    if actors and kind != "events":
        raise ValueError(f"an actor ({', '.join('--' + a for a in actors)}) selects rows of events only, not of {kind}")
    filter_sql(filters, conn=store.conn)  # a bad filter (date, category) is refused before a file is made
    if kind == "events" and (where is not None or actors or negated is not None):
        rows = _event_rows(store, filters, where, actors, negated)
    elif where is not None:
        rows = _place_rows(store, filters, where)
    elif kind == "quotes" and (says, about, missing, quote_kind) != (None, None, None, None):
        where_q, params_q = _quote_selection(store, speaker, about, missing, quote_kind)
        rows = (_quotes_saying(store, says, where_q, params_q, filters) if says is not None  # a malformed
                else _quotes_where(store, where_q, params_q, filters))  # query refused before a file is made
    else:
        rows = exporter.speaker_rows(store, speaker, filters) if speaker is not None else exporter.rows(store, filters)
    records = exporter.records(store, filters) if exporter.records and speaker is None else rows
    if fmt == "parquet" and (not output or output == "-"):
        raise ValueError("parquet is binary: give --output FILE")
    if not output or output == "-":
        return write_jsonl(records, sys.stdout) if fmt == "jsonl" else write_csv(exporter, rows, sys.stdout, bom)
    # Written beside the file, then renamed: an export that fails half-way leaves no half a file
    # (nor clobbers the previous one).
    part = f"{output}.part"
    try:
        if fmt == "parquet":
            n = write_parquet(exporter, rows, part)
        else:
            with open(part, "w", encoding="utf-8", newline="") as out:
                n = write_jsonl(records, out) if fmt == "jsonl" else write_csv(exporter, rows, out, bom)
        os.replace(part, output)
    except OSError as exc:
        raise ValueError(f"{output}: cannot write: {exc.strerror or exc}") from None
    finally:
        with suppress(FileNotFoundError):
            os.remove(part)
    return n
