"""What each Spark partition runs: raw inputs in, article rows (or error rows) out.

Kept free of pyspark so that it is importable and testable without Spark.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import unquote, urlparse

from khabar.analysis import analyze_article
from khabar.ingest import InputError, article_from_record, article_from_text
from khabar.pipeline import build_pipeline
from khabar.store.export import EXPORTERS, article_row

#: The output columns: the articles export, the analysis as JSON, and the error of a failed input.
COLUMNS: tuple[tuple[str, str], ...] = (*EXPORTERS["articles"].columns, ("analysis", "string"),
                                        ("error", "string"))


def local_path(uri: str) -> str:
    """``file:///a/b%20c.txt`` as ``/a/b c.txt`` (other schemes unchanged)."""
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def _error_row(err: InputError) -> dict[str, Any]:
    row: dict[str, Any] = {name: None for name, _ in COLUMNS}
    return {**row, "path": err.item, "error": str(err)}


def _article(kind: str, path: str, raw: str) -> Any:
    if kind == "jsonl":
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
        return article_from_record(record, raw, path=path)
    return article_from_text(raw, path=path)


def analyse_partition(kind: str, stages: Sequence[str] | None,
                      items: Iterable[tuple[str, str]]) -> Iterator[dict[str, Any]]:
    """Rows for (path, raw) items of one kind (``jsonl`` lines or ``text`` pages)."""
    pipeline = build_pipeline(stages)
    for uri, raw in items:
        path = local_path(uri)
        if kind == "jsonl" and not raw.strip():
            continue
        try:
            article = _article(kind, path, raw)
        except ValueError as exc:
            yield _error_row(InputError(path, str(exc)))
            continue
        result = analyze_article(article, pipeline)
        if isinstance(result, InputError):
            yield _error_row(result)
        else:
            analysis = json.dumps(result.to_dict(), ensure_ascii=False)
            yield {**article_row(result), "analysis": analysis, "error": None}
