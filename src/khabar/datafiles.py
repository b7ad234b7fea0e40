"""The one convention of the project's data files (lexicons, tables, word lists beside the code
that reads them): UTF-8 text, blank lines and lines starting with ``#`` skipped, fields separated
by tabs; a table with named columns has them on its first data line."""

from __future__ import annotations

from importlib.resources import files


def resource_text(package: str, name: str) -> str:
    """The text of the data file ``resources/<name>`` of ``package`` (``khabar.quotes``)."""
    return files(package).joinpath("resources", name).read_text(encoding="utf-8")


def data_lines(text: str) -> list[str]:
    """The lines of ``text`` that carry data (line endings dropped; fields not stripped)."""
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def tsv_rows(text: str) -> list[list[str]]:
    """The data lines of ``text`` split on tabs."""
    return [line.split("\t") for line in data_lines(text)]


def tsv_records(text: str) -> list[dict[str, str | None]]:
    """Rows of a table whose first data line names the columns; a short row's missing cells are None."""
    rows = tsv_rows(text)
    if not rows:
        return []
    header, *body = rows
    return [{name: row[i] if i < len(row) else None for i, name in enumerate(header)} for row in body]
