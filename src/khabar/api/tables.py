"""``format=csv`` of /quotes and /events: the rows the filters select as a CSV download for a
spreadsheet (the CLI's ``khabar export`` has CSV; a reader of the API or UI had to page JSON).

Bounded: at most :data:`CSV_MAX_ROWS` rows from ``offset`` (the page size does not apply; a
larger selection is read in slices by ``offset``), the total in ``X-Total-Count`` and
``X-Truncated: true`` when rows were left.  The body is written as it is sent, a block of rows at a
time.  Cells are written as ``khabar export`` writes them (:func:`~khabar.store.export.spreadsheet_cell`:
a text a spreadsheet would run as a formula starts with ``'``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from fastapi.responses import StreamingResponse

from khabar.search import QueryError
from khabar.store.export import spreadsheet_cell

#: The most rows one CSV response holds.
CSV_MAX_ROWS = 10_000
#: The formats a list takes.
FORMATS = ("json", "csv")
#: Rows written to the socket at a time.
_BLOCK = 500


def wants_csv(fmt: str | None) -> bool:
    """Whether ``format`` asks for CSV; a format of neither kind is refused naming them (400)."""
    fmt = (fmt or "json").strip().lower()
    if fmt not in FORMATS:
        raise QueryError(f"format {fmt!r} is no format of this list: {', '.join(FORMATS)}")
    return fmt == "csv"


def _cells(items: list[dict[str, Any]], columns: tuple[str, ...]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for i, item in enumerate(items, 1):
        writer.writerow([spreadsheet_cell(item.get(c)) for c in columns])
        if i % _BLOCK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def csv_response(name: str, total: int, items: list[dict[str, Any]], offset: int,
                 columns: tuple[str, ...]) -> StreamingResponse:
    """The CSV download ``name``.csv of ``items`` (dicts with ``columns``), ``total`` of the selection."""
    headers = {"Content-Disposition": f'attachment; filename="{name}.csv"', "X-Total-Count": str(total)}
    if offset + len(items) < total:
        headers["X-Truncated"] = "true"
    return StreamingResponse(_cells(items, columns), media_type="text/csv; charset=utf-8", headers=headers)
