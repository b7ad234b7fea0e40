"""``khabar load``: the Parquet output of ``khabar spark analyze`` into the store, without Spark.

Only finished batches are read (those with a marker in ``OUT/_done``), so loading while a job
runs, or after one was cut short, never stores half a batch.  Each row is checked and stored like
``khabar ingest`` stores an article (one transaction each; the same article again is left alone),
so loading twice changes nothing.  Rows of a file with the expected columns are checked for nulls
and offsets, any other file's rows against the JSON Schema.  A bad row is one error line naming its
file and row; the rest goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from khabar.batch.schema import article_arrow_schema, null_errors
from khabar.batch.spark import ARTICLES, DONE
from khabar.ingest import InputError
from khabar.model import Article, article_from_dict
from khabar.schema import article_errors, offset_errors
from khabar.store import IngestReport, Store

#: Rows read from Parquet at a time.
READ_ROWS = 256


class LoadError(ValueError):
    """The folder is not the output of ``khabar spark analyze``."""


@dataclass
class LoadReport(IngestReport):
    batches: int = 0  # finished batches read
    unfinished: int = 0  # batch folders without a marker (a job running or cut short), not read


def _row_article(row: dict[str, Any], where: str, stages: list[str], typed: bool) -> Article | InputError:
    """The article of one row; ``typed`` rows come from a file of the expected schema."""
    errors = (null_errors(row) or offset_errors(row)) if typed else article_errors(row)
    if errors:
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        return InputError(where, f"not an analysed article ({errors[0]}{more})")
    try:
        article = article_from_dict(row)
    except (TypeError, ValueError, KeyError) as exc:
        return InputError(where, f"not an analysed article ({exc.__class__.__name__}: {exc})")
    article.annotations["stages"] = stages  # what the store records as having produced the analysis
    return article


def _batch_items(folder: Path, stages: list[str]) -> Iterator[Article | InputError]:
    for part in sorted(p for p in folder.glob("*.parquet") if not p.name.startswith((".", "_"))):
        try:
            parquet = pq.ParquetFile(part)
            # The expected columns and types leave only nulls and offsets to check; any other file
            # (another khabar version, a hand-made one) gets the full JSON Schema on every row.
            typed = parquet.schema_arrow.equals(article_arrow_schema())
            n = 0
            for batch in parquet.iter_batches(batch_size=READ_ROWS):
                for row in batch.to_pylist():
                    n += 1
                    where = f"{part} row {n}" + (f" (id {row['id']})" if row.get("id") else "")
                    yield _row_article(row, where, stages, typed)
        except OSError as exc:  # pyarrow's ArrowInvalid is an OSError subclass too
            yield InputError(str(part), f"unreadable Parquet ({exc})")


def _markers(out: Path) -> list[dict[str, Any]]:
    if not (out / DONE).is_dir():
        raise LoadError(f"{out}: not a khabar spark analyze output (no {DONE} folder)")
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / DONE).glob("*.json"))]


def load_parquet(out: str | Path, store: Store, on_error: Callable[[InputError], None] | None = None,
                 on_stored: Callable[[Article, str], None] | None = None) -> LoadReport:
    """Store every article of the finished batches in ``out`` (a ``khabar spark analyze`` folder)."""
    out = Path(out)
    markers = _markers(out)
    report = LoadReport()
    report.unfinished = len({p.name for p in (out / ARTICLES).glob("*") if p.is_dir()}
                            - {m["batch"] for m in markers})
    for marker in markers:
        part = store.ingest(_batch_items(out / ARTICLES / marker["batch"], marker["stages"]),
                            on_error=on_error, on_stored=on_stored)
        report.added += part.added
        report.updated += part.updated
        report.unchanged += part.unchanged
        report.errors += part.errors
        report.batches += 1
    return report
