"""Clitic segmentation and search stems, cached per word type.

``segment("والتلفزيون") == ["و", "ال", "تلفزيون"]`` in the WikiNews/Farasa convention: proclitics
(و ف ب ل ك ال س), inflectional suffixes (ة ات ون ين ان ...) and pronoun suffixes are split off.
Segments are those of the word without diacritics and tatweel; they may restore a letter the
spelling dropped (``للجنة`` → ``ل ال جن ة``), so never use them for offsets.

A word is segmented by the first of: farasa's lexicon of segmented words; a proclitic chain
followed by a word of that lexicon (``وبالتلفزيونات`` → و+ب + the lexicon's ال+تلفزيون+ات);
farasa's scoring model (:mod:`khabar.arabic.farasa_model`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.arabic.farasa_model import lexicon_segmentation, model_segment, word_log_frequency
from khabar.arabic.normalize import normalize_for_matching

_ARABIC_WORD = re.compile("[\u0621-\u064a]+")
_STRIP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")

#: Proclitics, in the order they can stack (و/ف, then ب/ل/ك/س, then ال).
PREFIXES = frozenset({"و", "ف", "ب", "ل", "ك", "س", "ال", "لل"})
#: Inflectional and pronoun suffixes (Farasa's set), which the search stem drops.
SUFFIXES = frozenset({
    "ة", "ت", "ات", "ان", "ين", "ون", "وا", "ا", "ن", "ي", "ه", "ها", "هم", "هما", "هن",
    "ك", "كم", "كما", "كن", "نا",
})
#: Proclitic chains tried before a lexicon word, longest first: conjunction, then preposition or
#: future marker.  ``لل`` chains stand for ل + ال.
_CHAINS = ("ولل", "فلل", "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس", "لل", "و", "ف", "ب", "ل", "ك", "س")
#: Below this length a proclitic + lexicon word reading is less reliable than the model (measured
#: on farasa's lexicon itself: 90% right at 5 letters, 96% at 6, against the model's 84-86%).
_MIN_CHAIN_WORD = 5
#: Proclitics whose reading as a chain loses to the whole word when the whole word is the more
#: frequent one (كواكب is not ك+واكب); و and ل chains stay right even then (same measurement).
_WEAK_CLITICS = frozenset("بسفك")


def _clean(word: str) -> str:
    return _STRIP.sub("", word)


def _chain_then_lexicon(word: str) -> str | None:
    """``و+ب+`` + the lexicon's segmentation of the rest, for the longest chain that fits."""
    for chain in _CHAINS:
        if not word.startswith(chain) or len(word) - len(chain) < 2:
            continue
        rest = word[len(chain):]
        if chain.endswith("لل"):
            chain, rest = chain[:-1], "ال" + rest
        seen = lexicon_segmentation(rest)
        if seen is None:
            continue
        if chain[0] in _WEAK_CLITICS and word_log_frequency(word) > word_log_frequency(rest):
            return None
        return "+".join(chain) + "+" + seen
    return None


def _segment_arabic(word: str) -> str:
    lal = "لال" + word[2:] if word.startswith("لل") else word  # farasa's lexicon restores the alef
    seen = lexicon_segmentation(lal)
    if seen is not None:
        return seen
    if len(word) >= _MIN_CHAIN_WORD:
        chained = _chain_then_lexicon(word)
        if chained is not None:
            return chained
    return model_segment(word)


@lru_cache(maxsize=500_000)
def segment(word: str) -> list[str]:
    """Segments of one word (clitics and suffixes split); non-Arabic words come back whole."""
    word = _clean(word)
    if not _ARABIC_WORD.fullmatch(word):
        return [word]
    return [p for p in _segment_arabic(word).split("+") if p] or [word]


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
