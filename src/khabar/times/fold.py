"""Folding Arabic text for pattern matching while keeping a map back to original offsets.

Time and place patterns are written against folded text (one alef, ه for ة, ي for ى, ASCII
digits, no diacritics or tatweel); every folded character remembers the index of the original
character it came from, so a match converts back to an exact slice of the original unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    "\u00a0": " ", "\u200f": " ", "\u200e": " ",
})
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200d\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class Folded:
    """Folded text plus ``index[i]`` = offset in the original of folded character ``i``."""

    text: str
    index: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the folded ``[start, end)``; marks after the end stay in."""
        return self.index[start], self.index[end] if end < len(self.index) else self.original_length


def fold_word(text: str) -> str:
    """The folded form of a lexicon entry (no offsets needed)."""
    return _DROP.sub("", text).translate(_MAP)


def fold(text: str) -> Folded:
    """Fold ``text`` character by character, dropping marks, keeping the offset map."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if _DROP.match(ch):
            continue
        chars.append(ch.translate(_MAP))
        index.append(i)
    return Folded("".join(chars), tuple(index), len(text))
