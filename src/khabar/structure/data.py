"""Loading of the stage's versioned data files (``structure/resources/``), once per process."""

from __future__ import annotations

import re
from functools import cache

from khabar.arabic import normalize_for_matching
from khabar.datafiles import resource_text, tsv_rows


def norm(text: str) -> str:
    """Matching form used throughout the stage: folded spelling, ة → ه, lower case, single spaces."""
    return " ".join(normalize_for_matching(text, ta_marbuta=True).lower().split())


@cache
def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a resource file: tab-separated fields, ``#`` comments and blank lines skipped."""
    text = resource_text("khabar.structure", name)
    return tuple(tuple(field.strip() for field in row) for row in tsv_rows(text))


@cache
def read_set(name: str) -> frozenset[str]:
    """A one-column resource as a set of normalised entries."""
    return frozenset(norm(row[0]) for row in read_rows(name))


@cache
def copyright_pattern(kind: str) -> re.Pattern[str]:
    """The pattern of a kind of resources/copyright.tsv (masthead, notice, words): its rows as
    alternatives, in their order, matched case-insensitively."""
    rows = [pattern for row_kind, pattern in read_rows("copyright.tsv") if row_kind == kind]
    return re.compile("|".join(f"(?:{pattern})" for pattern in rows), re.IGNORECASE)
