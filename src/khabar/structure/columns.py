"""Two-column pages copied as text (``pdftotext -layout`` of a newspaper page): both columns share
each line, parted by a run of spaces, the second column starting at one character position.

Read line by line, every paragraph would splice half a line of one column to half a line of the
other; such a block is rewritten column by column, the column the lines open with first (the right
one on an Arabic page, whose lines are stored in reading order).
"""

from __future__ import annotations

import re
from collections import Counter

#: Spaces between the columns: more than a sentence ever puts between two words.
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_MIN_GAP = 3
_MIN_SPLIT_LINES = 5  # lines split at the column's start: a few aligned lines are a table's rows
_MIN_SPLIT_SHARE = 0.5  # of the block's non-blank lines
_MIN_COLUMN_WORDS = 3  # both halves of a column line are runs of prose, not a table's short cells
_PROSE_SHARE = 0.6  # of the split lines whose halves both run to that many words


def read_columns(raw: str) -> tuple[str, int | None]:
    """``raw`` with its two-column block, if it has one, read column by column, and the width the
    columns' lines were cut at (for joining them back into paragraphs); else ``raw`` and None."""
    if " " * _MIN_GAP not in raw:
        return raw, None  # the cheap test: most pages have no run of spaces at all
    lines = raw.splitlines()
    start = _column_start(lines)
    if start is None:
        return raw, None
    block_span = _block(lines, start)
    if block_span is None:
        return raw, None
    first, last = block_span
    block = lines[first:last + 1]
    right = [line[:start].rstrip() for line in block]
    left = [line[start:].rstrip() if len(line) > start else "" for line in block]
    width = max(len(" ".join(part.split())) for part in right + left)
    # No blank between the columns: a paragraph the first column leaves cut goes on in the second.
    text = "\n".join([*lines[:first], *right, *left, *lines[last + 1:]])
    return text + ("\n" if raw.endswith("\n") else ""), width


def _block(lines: list[str], start: int) -> tuple[int, int] | None:
    """First and last line of the two columns: the stretch of lines split at ``start``, blank or of
    the first column alone (no line running across the gap) holding the most split lines, from its
    first split line to its last line of text."""
    best: tuple[int, int, int] | None = None  # split lines, first, last
    k = 0
    while k < len(lines):
        split, first, last = 0, None, None
        while k < len(lines) and (not lines[k].strip() or _splits_at(lines[k], start)
                                  or _first_column_only(lines[k], start)):
            if _splits_at(lines[k], start):
                split += 1
                first = k if first is None else first
            if first is not None and lines[k].strip():
                last = k
            k += 1
        if first is not None and last is not None and (best is None or split > best[0]):
            best = (split, first, last)
        k += 1
    if best is None or best[0] < _MIN_SPLIT_LINES:
        return None
    split, first, last = best
    texts = sum(1 for line in lines[first:last + 1] if line.strip())
    return (first, last) if split >= _MIN_SPLIT_SHARE * texts else None


def _column_start(lines: list[str]) -> int | None:
    """The character position most lines' second run of text starts at, when enough lines are split
    there into two runs of prose."""
    starts: Counter[int] = Counter()
    for line in lines:
        for gap in _GAP.finditer(line):
            starts[gap.end()] += 1
    if not starts:
        return None
    start, count = starts.most_common(1)[0]
    if count < _MIN_SPLIT_LINES:
        return None
    prose = sum(_prose_halves(line, start) for line in lines if _splits_at(line, start))
    return start if prose >= _PROSE_SHARE * count else None


def _splits_at(line: str, start: int) -> bool:
    """A line of both columns (a gap ending at ``start``) or of the second alone (indented to it)."""
    return (len(line) > start and line[start] != " " and line[start - _MIN_GAP:start] == " " * _MIN_GAP)


def _first_column_only(line: str, start: int) -> bool:
    """A line of the first column alone: opening the line, not running into the second's place."""
    return bool(line.strip()) and line[:1] != " " and len(line.rstrip()) <= start


def _prose_halves(line: str, start: int) -> bool:
    first, second = line[:start].split(), line[start:].split()
    return len(first) >= _MIN_COLUMN_WORDS and len(second) >= _MIN_COLUMN_WORDS
