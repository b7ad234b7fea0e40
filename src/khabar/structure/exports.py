"""A news database's export read as text, the form press archives keep Arabic papers in:
LexisNexis Academic's block (``3 of 25 DOCUMENTS``, the paper, its date, the headline, the
``BYLINE:``, ``SECTION:``, ``LENGTH:``, ``DATELINE:`` fields over the text, ``LOAD-DATE:`` and
``LANGUAGE:`` under it), Nexis Uni's (``Section: …; Length: … words``, ``Byline:``, ``Body``,
``Load-Date:``, ``End of Document``), Factiva's (``512 words`` over the date, the paper, its code
and language; ``Document ID`` under the text) or ProQuest's (a report's title and table of contents,
``Document 1 of 1``, ``Author:``, ``Publication info:``, ``Full text:`` opening the text, the record's
fields under it: ``Publication title:``, ``Publication date:`` …).  The database's labels are data
(``resources/export_fields.tsv``).

On a page with two of the database's lines or more, those lines are furniture, but for the writer a
byline field names, the place a dateline field gives, the paper an outlet field names and the day a
date field gives; the paper's name is otherwise the line the record's head sets it on.  Other pages are left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import read_rows
from khabar.structure.lines import BYLINE, DATE, FURNITURE, OUTLET, TEXT, Line, classify

_FIELD = re.compile(r"(?P<label>[A-Za-z][A-Za-z -]{1,30}?)\s*:\s*(?P<value>.*)")
_COUNT = re.compile(r"[\d,]+(?P<of>\s+of\s+[\d,]+)?\s+(?P<label>\S+)", re.IGNORECASE)
_LABEL_FIRST_COUNT = re.compile(r"(?P<label>[A-Za-z]+)\s+[\d,]+\s+of\s+[\d,]+", re.IGNORECASE)
_RULE = re.compile(r"[_\-=]{5,}")
_DOCUMENT = re.compile(r"(?P<label>\S+)\s+[A-Za-z0-9]{16,}")
_MIN_LINES = 2  # the database's lines a page has before they are read as such


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    """Shape (field, line, count, document) → {label in lower case: kind}."""
    shapes: dict[str, dict[str, str]] = {"field": {}, "line": {}, "count": {}, "document": {}}
    for kind, label in read_rows("export_fields.tsv"):
        # byline, dateline, outlet, date and body fields are fields too; report and contents lines, lines
        shape = kind if kind in shapes else "line" if kind in ("report", "contents") else "field"
        shapes[shape][label.lower()] = kind
    return shapes


def export_line(text: str) -> tuple[str, str] | None:
    """(kind, value) of a line a news database adds to the article it exports, or None: kind is
    field, byline, dateline, outlet, date or body (value: the field's), line, report, contents, count
    (value: ``of`` for a document's place in a result list) or document."""
    if not text[:1].isascii() or not text[:1].isalnum():
        return None  # every such line opens on a Latin letter or a digit
    labels = _labels()
    if (m := _FIELD.fullmatch(text)) and (kind := labels["field"].get(m["label"].lower())):
        return kind, m["value"].strip()
    if (kind := labels["line"].get(text.lower())) is not None:
        return kind, ""
    if (m := _COUNT.fullmatch(text)) and m["label"].lower() in labels["count"]:
        return "count", "of" if m["of"] else ""
    if (m := _LABEL_FIRST_COUNT.fullmatch(text)) and m["label"].lower() in labels["count"]:
        return "count", ""
    if (m := _DOCUMENT.fullmatch(text)) and m["label"].lower() in labels["document"]:
        return "document", ""
    return None


def mark_export(lines: list[Line]) -> str | None:
    """Read a database export's lines (see the module's docstring); the place of its dateline field."""
    found: list[tuple[int, str, str]] = []
    for k, line in enumerate(lines):
        if (read := export_line(line.text)) is not None:
            found.append((k, *read))
    if len(found) < _MIN_LINES:
        return None
    place = None
    for k, kind, value in found:
        line = lines[k]
        if kind in ("byline", "outlet") and value:
            line.kind, line.value = (BYLINE if kind == "byline" else OUTLET), value
            continue
        if kind == "body" and value:
            line.text, line.spaced = value, None  # the label opens the text's first paragraph
            classify(line)
            continue
        if kind == "date" and (date := classify(Line(text=value, kind=TEXT)).date) is not None:
            line.kind, line.date = DATE, date
            continue
        line.kind = FURNITURE
        if kind in ("report", "contents"):
            _mark_under(lines, k, to_rule=kind == "contents")
        if kind == "dateline" and value:
            place = place or value
        elif kind == "count":
            _mark_source(lines, k, listed=value == "of")
    return place


def _mark_under(lines: list[Line], k: int, to_rule: bool) -> None:
    """The lines under a report's title (no blank between: its date) or a table of contents' header
    (up to the rule closing it: the headlines it lists) are furniture."""
    for line in lines[k + 1:]:
        if to_rule and _RULE.fullmatch(line.text) or not to_rule and line.gap_before:
            return
        line.kind = FURNITURE


def _mark_source(lines: list[Line], k: int, listed: bool) -> None:
    """The paper's name in the record's head: under a document's place in a result list (LexisNexis:
    the text lines before the date line), or in the run of lines under the word count (Factiva: the
    date, the paper, its code and language, no blank between; the code and language are furniture)."""
    named = False
    for line in lines[k + 1:]:
        if (listed and line.kind == DATE) or (not listed and line.gap_before):
            return
        if line.kind == TEXT:
            line.kind, line.value = (FURNITURE, None) if named else (OUTLET, line.text)
            named = True
