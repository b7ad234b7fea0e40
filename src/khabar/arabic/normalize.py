"""Normalisation for matching (aggressive, lossy) and for display (safe clean-up only).

Neither is ever applied to what is stored: the original text and its offsets stay sacred.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from itertools import repeat

DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL = "\u0640"
#: Bidi controls (with the Arabic letter mark) and zero-width characters: invisible, and they break matching.
INVISIBLES = "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_DROP = re.compile(f"[{DIACRITICS}{TATWEEL}{INVISIBLES}]")
_MARKS = re.compile(f"[{DIACRITICS}{TATWEEL}]")
#: The Persian/Urdu letters Arabic pages carry for Arabic ones (Farsi yeh and keheh from Persian
#: keyboards; Urdu heh goal and Kurdish ae for ه): one table for every matching fold.
PERSIAN_LETTERS = {"ی": "ي", "ک": "ك", "ھ": "ه", "ہ": "ه", "ە": "ه"}
#: Arabic presentation forms (PDF copies), as a character-class body: NFKC gives their letters.
PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefe"
#: The presentation forms as a pattern: the quick test before NFKC.
PRESENTATION = re.compile(f"[{PRESENTATION_FORMS}]")
#: Characters only some sites' spellings and encodings hold (presentation forms, Persian/Urdu letters,
#: invisible marks): a quick test on raw text that misses them must look at the matching form instead.
FOREIGN_FORMS = re.compile(f"[{PRESENTATION_FORMS}{''.join(PERSIAN_LETTERS)}{INVISIBLES}]")
#: Alef forms and alef maqsura, plus the Persian/Urdu letters.
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", **PERSIAN_LETTERS})
#: Arabic-Indic and Persian digits, and the Arabic decimal, thousands and percent signs.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪", "01234567890123456789.,%")
_TA_MARBUTA = str.maketrans({"ة": "ه"})
#: Tanwin (fathatan, dammatan, kasratan): marks an indefinite noun, adjective or adverb, never a verb
#: or a name.  (A regex search is several times faster than a set's isdisjoint.)
_TANWIN_MARK = re.compile("[\u064b-\u064d]")


def has_tanwin(word: str) -> bool:
    """Whether the word is written with tanwin (موتًا، مآسٍ).  Shared by entities, events and places."""
    return _TANWIN_MARK.search(word) is not None


def normalize_for_matching(text: str, ta_marbuta: bool = False) -> str:
    """Fold spelling variants so that equal words compare equal.

    Removes diacritics, tatweel, bidi and zero-width characters; unifies alef forms and ى → ي;
    maps Arabic-Indic and Persian digits (and ٫ ٬ ٪) to ASCII; NFKC for presentation forms; optionally
    ة → ه.  The result may be shorter than the input: never use its offsets on the original.
    """
    text = _DROP.sub("", as_letters(text)).translate(_LETTERS).translate(_DIGITS)
    if ta_marbuta:
        text = text.translate(_TA_MARBUTA)
    return text


def word_key(word: str) -> str:
    """The key a word is looked up by in a lexicon, and a lexicon entry stored under: the matching
    fold with ة → ه as well, so that sites writing ه for ة and ى for ي (مصرى، المتحدثه) find the same
    entries.  Idempotent."""
    return normalize_for_matching(word, ta_marbuta=True)


def norm_keys(norms: Iterable[str]) -> list[str]:
    """:func:`word_key` of each of ``norms``, texts already through :func:`normalize_for_matching`
    (a unit's token norms): only ة → ه is left to do, ``str.replace`` mapped in C, with no Python
    call per token (a function per token cost 80-100 ns more a token; quotes keys every unit)."""
    return list(map(str.replace, norms, repeat("ة"), repeat("ه")))


#: Bare Arabic letters (no marks, tatweel, digits or invisibles), as a character-class body.
BARE_LETTER_CLASS = "\u0621-\u063f\u0641-\u064a"
#: The code points of the dropped marks (diacritics, tatweel, invisibles): for ``str.translate`` tables.
DROPPED_MARKS = frozenset(c for c in (*range(0x600, 0x700), *range(0x2000, 0x2070), 0xFEFF) if _DROP.match(chr(c)))
#: One ``str.translate`` table (a C-level pass): marks and invisibles dropped, Persian letters mapped.
_PLAIN = {**dict.fromkeys(DROPPED_MARKS), **str.maketrans(PERSIAN_LETTERS)}


def as_letters(word: str) -> str:
    """The word with a PDF copy's presentation forms as their letters (ﻭﻣﺎﻳﻜﻞ → ومايكل, a lam-alef
    ligature two), every other character as written: for tests of a word's letters (its first,
    a لل) that the raw characters would miss."""
    return unicodedata.normalize("NFKC", word) if PRESENTATION.search(word) else word


def plain_letters(word: str) -> str:
    """The word in plain Arabic letters, every letter otherwise as written (hamza seats, ى, ة):
    presentation forms as their letters (NFKC), Persian/Urdu letters as the Arabic ones, and
    diacritics, tatweel and invisible marks dropped.  What a reader of letters (the segmenter)
    takes, whichever way a site spelt or encoded the word."""
    return as_letters(word).translate(_PLAIN)


def strip_marks(text: str) -> str:
    """Only diacritics and tatweel dropped, every letter kept as written (hamza, ى): for word lists
    that must tell apart spellings :func:`normalize_for_matching` merges (رأى the verb, رأي the noun)."""
    return _MARKS.sub("", text)


#: A run of bare Arabic letters: what fold_letters takes.
BARE_LETTERS = re.compile(f"[{BARE_LETTER_CLASS}]+")


def bare_letter_table(fold: Callable[[str], str]) -> dict[int, str]:
    """A ``str.translate`` table of what ``fold`` makes of each bare Arabic letter (the letters it
    changes only).  For a fold that works letter by letter on such text (normalising, then
    replacing letters), ``word.translate(table) == fold(word)`` for any word of :data:`BARE_LETTERS`,
    in one C-level pass instead of the fold's several."""
    letters = (chr(c) for c in range(0x600, 0x700) if BARE_LETTERS.fullmatch(chr(c)))
    return {ord(c): folded for c in letters if (folded := fold(c)) != c}


def fold_letters(text: str) -> str:
    """Only the letter folding of :func:`normalize_for_matching` (alef forms, ى, Persian letters):
    the same result, faster, for text of bare Arabic letters (no marks, digits or invisibles)."""
    return text.translate(_LETTERS)


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalize_for_display(text: str) -> str:
    """Safe clean-up for showing text: drop invisible controls and tatweel, collapse spaces."""
    text = re.sub(f"[{INVISIBLES}{TATWEEL}]", "", text)
    return _SPACES.sub(" ", text).strip()
