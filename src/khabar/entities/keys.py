"""Matching keys for words: normalised spelling, proclitics stripped only when that reveals a known word.

A lexicon alias is stored as a sequence of *token keys* (:func:`alias_key`): normalised spelling
(alef, ya, ta marbuta and hamza carriers folded) with the article ال dropped.  A text token gets
the key of its most stripped clitic reading (:func:`readings`: as written, without و/ف, without
ب/ل, with لل read as ل + ال) that is a known alias token, so وبالرياض finds الرياض and
للأمم المتحدة finds الأمم المتحدة, while a word that merely starts with و (وزارة) stays whole.
Alias tokens go through the same function, so text and lexicon always agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from khabar.arabic import normalize_for_matching
from khabar.arabic.normalize import (
    BARE_LETTERS,
    DIACRITICS,
    INVISIBLES,
    PRESENTATION,
    TATWEEL,
    bare_letter_table,
)

# Hamza carriers and Persian letters fold too: transliterated names are spelled many ways.
_FOLD = str.maketrans({"ؤ": "و", "ئ": "ي", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ی": "ي",
                       "ک": "ك", "«": "", "»": "", '"': ""})
_ARTICLE = "ال"
_MIN_STEM = 2
#: A clitic-stripped reading must keep this many letters (ب+الاو is not the word او).
_MIN_STRIPPED = 3
#: Letters a clitic reading strips from the front (see :func:`readings`).
_PROCLITICS = frozenset("وفبل")
T = TypeVar("T")


class WordCache(dict):
    """``fn``'s value per word.  A hit is one plain dictionary probe, about half the cost of an
    ``lru_cache`` hit, which counts on scans mapping a function over every token of a unit; the
    table is emptied when it reaches ``limit`` words, so memory stays bounded on long runs."""

    def __init__(self, fn: Callable[[str], object], limit: int) -> None:
        super().__init__()
        self.fn, self.limit = fn, limit

    def __missing__(self, word: str) -> object:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.fn(word)
        return value


def word_cached(limit: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Decorator: the function's results cached per word in a :class:`WordCache`."""
    def wrap(fn: Callable[[str], T]) -> Callable[[str], T]:
        return WordCache(fn, limit).__getitem__

    return wrap


#: The Latin comma, semicolon and question mark that text typed with a Latin keyboard layout (or
#: copied through an editor) has for the Arabic ones: the same token to the tagger.
_ARABIC_PUNCTUATION = {",": "،", ";": "؛", "?": "؟"}


@word_cached(200_000)
def fold(word: str) -> str:
    """Spelling-normalised word (for matching only)."""
    if BARE_LETTERS.fullmatch(word):  # most words: nothing to drop, one table does every step
        return word.translate(_FOLD_BARE)
    return _ARABIC_PUNCTUATION.get(word) or _full_fold(word)


def _full_fold(word: str) -> str:
    return normalize_for_matching(word, ta_marbuta=True).translate(_FOLD).lower()


_FOLD_BARE = bare_letter_table(_full_fold)


def strip_article(word: str) -> str:
    if word.startswith(_ARTICLE) and len(word) - 2 >= _MIN_STEM:
        return word[2:]
    return word


@lru_cache(maxsize=200_000)
def alias_key(word: str) -> str:
    """Key of one alias token: folded, article dropped."""
    return strip_article(fold(word))


@word_cached(200_000)
def readings(folded: str) -> list[str]:
    """Clitic readings of a folded word, least stripped first, each as a key."""
    if folded[:1] not in _PROCLITICS:  # most words: no proclitic to strip
        return [strip_article(folded)]
    out = [strip_article(folded)]
    conj = [folded]
    if folded[:1] in ("و", "ف") and len(folded) - 1 >= _MIN_STRIPPED:
        conj.append(folded[1:])
        out.append(strip_article(folded[1:]))
    for w in conj:
        # ك (as, like) is left alone: it rarely precedes a name and ك+ندا would read كندا as نداء.
        if w[:1] in ("ب", "ل") and len(w) - 1 >= _MIN_STRIPPED:
            rest = w[1:]
            if w[0] == "ل" and rest.startswith("ل") and len(rest) - 1 >= _MIN_STRIPPED:
                out.append(rest[1:])  # لل = ل + ال
            out.append(strip_article(rest))
    return [r for i, r in enumerate(out) if i == 0 or len(r) >= _MIN_STRIPPED]


@word_cached(200_000)
def word_readings(word: str) -> list[str]:
    """:func:`readings` of the word's folded spelling, most stripped last.

    A one-word hashtag reads as its word (دونالد #ترمب names Trump); one that joins words with _
    (#جوني_هاليداي) is no single alias token and stays whole.
    """
    if word[:1] == "#" and "_" not in word:
        word = word[1:]
    return readings(fold(word))


class KeyMaker:
    """Keys for text tokens given the set of known alias-token keys; cached per word type.

    ``heads`` are the keys of the tokens that open an alias: a word that opens a name is read as
    written before any stripped reading, so that بكين (Beijing) is not ب + كين (Kane), فيينا
    (Vienna) not ف + يينا; inner alias tokens may carry a clitic of the name itself
    (للتحرير) and are not trusted that way.
    """

    def __init__(self, vocabulary: frozenset[str], heads: frozenset[str] = frozenset()) -> None:
        self.vocabulary = vocabulary
        self.heads = heads
        self._keys = WordCache(self._known_reading, 500_000)  # every token of every unit
        self._proclitics = WordCache(self._proclitic_length, 200_000)  # words starting a mention

    def key(self, word: str) -> str:
        return self._keys[word]

    def keys(self, words: list[str]) -> list[str]:
        """:meth:`key` of each word (one dictionary probe per word already seen)."""
        return list(map(self._keys.__getitem__, words))

    def proclitic_length(self, word: str) -> int:
        """How many leading characters of ``word`` are proclitics its key dropped (0 for لل)."""
        return self._proclitics[word]

    def fold_past_proclitics(self, word: str) -> str:
        """``word`` folded from past the proclitics its key dropped (بالحكومة -> الحكومه, لفريق -> فريق)."""
        return fold(word[self._proclitics[word]:])

    def _proclitic_length(self, word: str) -> int:
        return _stripped_length(word, fold(word), self.key(word))

    def _known_reading(self, word: str) -> str:
        """The least stripped reading that opens an alias, else the most stripped reading that is a
        known alias token, else the word as written."""
        options = word_readings(word)
        if len(options) == 1:  # most words: the one reading, known or not
            return options[0]
        for r in options[:-1]:  # the last reading is the fallback below anyway
            if r in self.heads:
                return r
        for r in reversed(options):
            if r in self.vocabulary:
                return r
        return options[0]


#: Characters a key drops (diacritics, tatweel, zero-width marks): a proclitic's letter carries them.
_UNWRITTEN = re.compile(f"[{DIACRITICS}{TATWEEL}{INVISIBLES}]*")


def written_length(word: str, letters: int) -> int:
    """Characters of ``word`` its first ``letters`` letters take with the marks written on them
    (وَتل: 2 for و), so that a mention cut after its proclitics starts on a letter; 0 when a
    lam-alef ligature of a PDF copy holds the last of them and the next letter (ﻷﻟﻤﺎﻧﻴﺎ: ل + أ in
    one character), where no slice starts on the rest."""
    i = 0
    for _ in range(letters):
        i = _UNWRITTEN.match(word, i + 1).end()  # type: ignore[union-attr]
    if PRESENTATION.search(word, 0, i) and len(fold(word[:i])) != letters:
        return 0
    return i


def proclitics_before(word: str, key: str) -> int:
    """Raw characters of the proclitics ``word`` carries before its reading ``key`` (وبورخس before
    بورخس: 1; 0 when the reading is the whole word, or after لل: see :func:`_stripped_length`)."""
    return _stripped_length(word, fold(word), key)


def _stripped_length(word: str, folded: str, key: str) -> int:
    """Raw characters before the reading ``key`` when they are proclitic letters (with their marks).

    A word spelled with لل stays whole: ل + ال (للاعب) has no slice that is the definite form, and
    ل + a name in ل (للبنان) cannot be told from it.  After و, ف, ب or ك a name in ل loses the
    proclitic like any other (ولبنان, بلندن, ولافروف).
    """
    for n in (1, 2):
        rest = folded[n:]
        if (len(folded) > n and strip_article(rest) == key and all(c in "وفبكل" for c in folded[:n])
                and not (folded[n - 1] == "ل" and rest.startswith("ل")) and "لل" not in folded[:n]):
            # the letters as written, with their marks, or as a PDF copy's presentation forms (ﻭ)
            k = written_length(word, n)
            if k and fold(word[:k]) == folded[:n]:
                return k
    return 0
