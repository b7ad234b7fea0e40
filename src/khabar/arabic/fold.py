"""Folding Arabic text for pattern matching while keeping a map back to original offsets.

Time and place patterns are written against folded text (one alef, ه for ة, ي for ى, Arabic letters
for the Persian/Urdu ones, ASCII digits, one kind of space, no diacritics, tatweel or invisible
marks, presentation forms as their letters); every folded character remembers the index of the
original character it came from, so a match converts back to an exact slice of the original unit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.arabic.normalize import (
    DIACRITICS,
    DROPPED_MARKS,
    INVISIBLES,
    PERSIAN_LETTERS,
    PRESENTATION,
    TATWEEL,
)

#: Letters every Arabic text has in several spellings, and the no-break space (common on news sites).
_COMMON = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "\u00a0": " "}
#: Characters most texts never hold: Arabic-Indic and Persian digits, Persian/Urdu letters, other
#: Unicode spaces.  One regex search tells whether a text
#: holds any, where a ``str.replace`` scan for each would cost a pass apiece.
_RARE_MAP = str.maketrans({
    **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    **PERSIAN_LETTERS,
    **dict.fromkeys("\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                    "\u202f\u205f\u3000", " "),
})
_RARE = re.compile("[" + "".join(map(chr, _RARE_MAP)) + "]")
_MAP = {**str.maketrans(_COMMON), **_RARE_MAP}
#: The common map as replacements: no replacement is itself replaced, so applying them in turn equals
#: ``translate``, and C-level ``str.replace`` is several times faster on Arabic text.
_REPLACEMENTS = tuple(_COMMON.items())
#: Dropped marks (diacritics, tatweel, zero-width and direction controls, inside a word as around it):
#: the same class the matching fold drops, so both folds agree on what a mark is.
_DROP_CLASS = f"[{DIACRITICS}{TATWEEL}{INVISIBLES}]"
_DROP = re.compile(_DROP_CLASS)
_DROP_RUN = re.compile(_DROP_CLASS + "+")
#: Diacritics and tatweel a word may end with after its last letter (``rstrip`` them to read that letter).
WORD_END_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"


@dataclass(frozen=True)
class Folded:
    """Folded text plus ``index[i]`` = offset in the original of folded character ``i``."""

    text: str
    index: Sequence[int]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the folded ``[start, end)``; marks after the end stay in."""
        return self.index[start], self.index[end] if end < len(self.index) else self.original_length


def _mapped(text: str) -> str:
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text.translate(_RARE_MAP) if _RARE.search(text) else text


#: ``_MAP`` and the dropped marks as one table: no mark is mapped, nor is any mapped character
#: produced, so one ``translate`` equals dropping and then mapping.
_FOLD_TABLE = {**_MAP, **dict.fromkeys(DROPPED_MARKS)}
#: Presentation forms as their folded letters (a ligature several), in the same table.
_FOLD_TABLE.update({c: unicodedata.normalize("NFKC", chr(c)).translate(_FOLD_TABLE)
                    for c in range(0xFB50, 0xFEFF) if PRESENTATION.match(chr(c))})
#: Below this length one ``translate`` beats the regex and replacements (gazetteer and lexicon
#: names: a million at load); above it the C-level replacements win.
_SHORT = 40


def fold_word(text: str) -> str:
    """The folded form of a lexicon entry (no offsets needed)."""
    if len(text) < _SHORT or PRESENTATION.search(text):
        return text.translate(_FOLD_TABLE)
    return _mapped(_DROP.sub("", text))


@lru_cache(maxsize=1)
def _whole_text_marks() -> tuple[re.Pattern, re.Pattern]:
    """The marks fold_word drops from every word (short ones by its table, long ones by ``_DROP``),
    and the other characters on which it does more than ``_mapped``'s replacements (marks dropped by
    one path alone, presentation forms)."""
    odd = {chr(c) for c, folded in _FOLD_TABLE.items() if _MAP.get(c, chr(c)) != folded}
    marks = {c for c in odd if _FOLD_TABLE[ord(c)] is None and _DROP.fullmatch(c)}
    other = (odd - marks) | {chr(c) for c in range(0x10000) if _DROP.fullmatch(chr(c)) and chr(c) not in marks}
    return (re.compile("[" + "".join(map(re.escape, sorted(marks))) + "]+"),
            re.compile("[" + "".join(map(re.escape, sorted(other))) + "]"))


def fold_words_at_once(text: str) -> str | None:
    """``text`` with every word folded as :func:`fold_word` folds it, in a few passes in C and
    without offsets (a quick test whether any word of a unit folds to a lexicon word), or ``None``
    when the text holds a character on which fold_word's two paths differ (a presentation form, a
    mark one path alone drops) and only a fold per word is sure."""
    marks, other = _whole_text_marks()
    if other.search(text):
        return None
    return _mapped(marks.sub("", text))


@lru_cache(maxsize=64)  # one article's units: times, places and country parts fold the same units
def fold(text: str) -> Folded:
    """Fold ``text``, dropping marks, keeping the offset map.

    Every mapped character stays one character, so only dropped marks shift offsets: the map is
    built from the runs between them (most units have none, and keep the identity map).
    """
    if PRESENTATION.search(text):
        return _fold_presentation(text)
    mapped = _mapped(text)
    drops = [m.span() for m in _DROP_RUN.finditer(text)]
    if not drops:
        return Folded(mapped, range(len(text)), len(text))
    index: list[int] = []
    pieces: list[str] = []  # the mapped text between the marks: no second regex pass to drop them
    kept = 0
    for start, end in drops:
        index.extend(range(kept, start))
        pieces.append(mapped[kept:start])
        kept = end
    index.extend(range(kept, len(text)))
    pieces.append(mapped[kept:])
    return Folded("".join(pieces), tuple(index), len(text))


def _fold_presentation(text: str) -> Folded:
    """:func:`fold` of a text holding presentation forms, character by character (rare: PDF copies):
    each form becomes its letters (a lam-alef ligature two), every one mapped to the form's offset."""
    index: list[int] = []
    pieces: list[str] = []
    for i, ch in enumerate(text):
        folded = ch.translate(_FOLD_TABLE)
        pieces.append(folded)
        index.extend([i] * len(folded))
    return Folded("".join(pieces), tuple(index), len(text))
