"""Quotation marks: the spans they enclose, in any style, nested or left unbalanced.

Paired marks (« », “ ”, ‘ ’, „ “) open and close by themselves; symmetric marks (" and ',
and ” when a page uses it both ways) are read as opening or closing from the characters
around them: a mark after a space or a clitic letter (بـ"، ل") and before a word opens, a
mark after a word and before a space or punctuation closes.  An opening mark never closed
in its paragraph encloses the rest of the paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›", "‘": "’"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_SYMMETRIC = {'"', "'", "”", "″"}
_CLITICS = set("بلكوف")
_SENTENCE_END = re.compile(r"[.!?؟](?=\s)")
_MARK = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS) + "".join(_SYMMETRIC)) + "]")
_OPENING_CONTEXT = set("([{:،,؛;-—–/")
_CLOSING_CONTEXT = set(")]}.،,؛;:!?؟…-—–")


class QuoteSpan(NamedTuple):
    """One quotation: marks at ``open`` and ``close`` (``close == len(text)`` when unbalanced)."""

    open: int
    close: int
    depth: int  # 0 for outermost
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _left_opens(text: str, i: int) -> bool:
    if i == 0:
        return True
    left = text[i - 1]
    if left.isspace() or left in _OPENING_CONTEXT:
        return True
    if left == "\u0640":  # tatweel after a clitic: بـ"...
        return True
    return left in _CLITICS and (i < 2 or text[i - 2].isspace() or text[i - 2] in _OPENING_CONTEXT)


def _right_opens(text: str, i: int) -> bool:
    return i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in _CLOSING_CONTEXT


def _right_closes(text: str, i: int) -> bool:
    return i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in _CLOSING_CONTEXT


def _is_apostrophe(text: str, i: int) -> bool:
    """' between two letters (O'Neil) or after a Latin letter is not a quotation mark."""
    left = text[i - 1] if i else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    return (left.isalpha() and right.isalpha()) or (left.isascii() and left.isalpha())


def _symmetric_opens(text: str, i: int, open_here: bool) -> bool:
    left, right = _left_opens(text, i), _right_opens(text, i)
    if left and right:
        return not (open_here and not text[i - 1].isspace())
    if not left and _right_closes(text, i):
        return False
    return not open_here  # ambiguous: close what is open, else open


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation in ``text``, outermost first in order of opening."""
    return list(_quotes(text))


@lru_cache(maxsize=64)  # the stage asks again of one unit (its reading, then continued quotations)
def _quotes(text: str) -> tuple[QuoteSpan, ...]:
    stack: list[tuple[str, int]] = []
    spans: list[QuoteSpan] = []
    for match in _MARK.finditer(text):
        i, ch = match.start(), match.group()
        if ch == "'" and _is_apostrophe(text, i):
            continue
        if ch in _SYMMETRIC and not (ch == "”" and any(m == "“" for m, _ in stack)):
            open_here = any(m == ch for m, _ in stack)
            if _symmetric_opens(text, i, open_here) or (not open_here and text.find(ch, i + 1) >= 0):
                if open_here:
                    _end_left_open(stack, spans, ch, text, i)
                stack.append((ch, i))  # وقال" أنت ...": glued to the verb, but closed later
                continue
            if not open_here:
                continue
            _close(stack, spans, ch, i)
        elif ch in _PAIRS and not (ch == "“" and any(m == "„" for m, _ in stack)):
            stack.append((ch, i))
        elif ch in _CLOSERS:
            opener = _CLOSERS[ch]
            if any(m == opener for m, _ in stack):
                _close(stack, spans, opener, i)
    for depth, (_, start) in enumerate(stack):
        spans.append(QuoteSpan(start, len(text), depth, False))
    return tuple(sorted(spans, key=lambda s: (s.open, s.depth)))


def _end_left_open(stack: list[tuple[str, int]], spans: list[QuoteSpan], mark: str, text: str, i: int) -> None:
    """A new quotation opening in a later sentence ends one left open (أن "... الجزيرة. وتابعت
    بالقول إن "...): the earlier one ends with its sentence.  Within one sentence the new mark
    nests (قال "لضمان انسحاب "داعش" من المدينة")."""
    start = next(p for m, p in reversed(stack) if m == mark)
    end = _SENTENCE_END.search(text, start, i)
    if end is not None:
        _close(stack, spans, mark, end.start())


def _close(stack: list[tuple[str, int]], spans: list[QuoteSpan], opener: str, i: int) -> None:
    while stack:
        mark, start = stack.pop()
        if mark == opener:
            spans.append(QuoteSpan(start, i, len(stack), True))
            return
        # an inner mark left open inside a closing outer quote: drop it


def outermost(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The spans not inside another span."""
    out: list[QuoteSpan] = []
    for span in spans:
        if not out or span.open >= out[-1].close:
            out.append(span)
    return out
