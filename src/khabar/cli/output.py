"""Writing articles as JSON Lines, JSON or a readable table."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from khabar.ingest import InputError
from khabar.model import Article


def report_error(err: InputError, stream: TextIO | None = None) -> None:
    """One line on stderr naming the item and the reason."""
    print(f"khabar: error: {err}", file=stream or sys.stderr, flush=True)


def dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def summary_row(a: Article) -> list[str]:
    return [a.id, str(a.published or "")[:16], (a.headline or "")[:60], str(len(a.body)),
            str(len(a.entities)), str(len(a.quotes)), str(len(a.times)), str(len(a.places)),
            str(len(a.events))]


SUMMARY_COLUMNS = ["id", "published", "headline", "paras", "ents", "quotes", "times", "places",
                   "events"]


def rich_table(rows: Iterable[list[str]], columns: list[str], title: str | None = None) -> Any:
    """A rich ``Table`` with one folding column per name (rich imported only when tables are shown)."""
    from rich.table import Table

    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def write_table(rows: Iterable[list[str]], columns: list[str], title: str | None = None,
                stream: TextIO | None = None) -> None:
    from rich.console import Console

    Console(file=stream or sys.stdout, width=160).print(rich_table(rows, columns, title))
