"""Sentence splitting that keeps quotations together and does not split numbers or abbreviations."""

from __future__ import annotations

import re

_END = re.compile(r"[.!?؟…]+")
_OPEN = {"\u00ab": "\u00bb", "\u201c": "\u201d", '"': '"'}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence in ``text`` (whitespace trimmed)."""
    spans = []
    start = 0
    depth_quote = None
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if depth_quote is None and ch in _OPEN:
            depth_quote = _OPEN[ch]
        elif depth_quote is not None and ch == depth_quote:
            depth_quote = None
        elif depth_quote is None and ch in ".!?؟…":
            m = _END.match(text, i)
            j = m.end()
            prev = text[i - 1] if i else ""
            nxt = text[j] if j < n else " "
            if ch == "." and (prev.isdigit() and nxt.isdigit()):
                i = j
                continue
            if nxt.isspace() or j >= n:
                spans.append((start, j))
                start = j
            i = j
            continue
        i += 1
    if start < n:
        spans.append((start, n))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
