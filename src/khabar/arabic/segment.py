"""Clitic segmentation and search stems, cached per word type.

``segment("والتلفزيون") == ["و", "ال", "تلفزيون"]`` in the WikiNews/Farasa convention: proclitics
(و ف ب ل ك ال س), inflectional suffixes (ة ات ون ين ان ...) and pronoun suffixes are split off.
Segments are those of the word without diacritics and tatweel; they may restore a letter the
spelling dropped (``للجنة`` → ``ل ال جن ة``), so never use them for offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.arabic.farasa_model import farasa_segment
from khabar.arabic.normalize import normalize_for_matching

_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_STRIP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")

#: Proclitics, in the order they can stack (و/ف, then ب/ل/ك/س, then ال).
PREFIXES = frozenset({"و", "ف", "ب", "ل", "ك", "س", "ال", "لل"})
#: Inflectional and pronoun suffixes (Farasa's set), which the search stem drops.
SUFFIXES = frozenset({
    "ة", "ت", "ات", "ان", "ين", "ون", "وا", "ا", "ن", "ي", "ه", "ها", "هم", "هما", "هن",
    "ك", "كم", "كما", "كن", "نا",
})


def _clean(word: str) -> str:
    return _STRIP.sub("", word)


@lru_cache(maxsize=500_000)
def segment(word: str) -> list[str]:
    """Segments of one word (clitics and suffixes split); non-Arabic words come back whole."""
    word = _clean(word)
    if not _ARABIC_LETTER.search(word):
        return [word]
    return [p for p in farasa_segment(word).split("+") if p] or [word]


def core(segments: list[str]) -> str:
    """The segments without leading proclitics and trailing suffixes, joined."""
    i, j = 0, len(segments)
    while i < j - 1 and segments[i] in PREFIXES:
        i += 1
    while j - 1 > i and segments[j - 1] in SUFFIXES:
        j -= 1
    return "".join(segments[i:j])


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """Search stem: the word minus clitics and inflectional suffixes, normalised for matching."""
    return normalize_for_matching(core(segment(word)))


def segment_line(line: str, stems: bool = False) -> str:
    """One output word per whitespace-separated input word: segments '+'-joined, or search stems.

    A word holding several tokens (``الحكومة،``) has all their segments joined: ``ال+حكوم+ة+،``.
    """
    from khabar.arabic.tokenize import tokenize

    out = []
    for word in line.split():
        tokens = tokenize(word)
        if stems:
            out.append("+".join(stem(t.text) if t.kind == "word" else t.text for t in tokens) or word)
        else:
            out.append("+".join(s for t in tokens for s in (segment(t.text) if t.kind == "word" else [t.text]))
                       or word)
    return " ".join(out)
