"""Clitic segmentation and search stems, cached per word type.

``segment("والتلفزيون") == ["و", "ال", "تلفزيون"]`` in the WikiNews/Farasa convention: proclitics
(و ف ب ل ك ال س), inflectional suffixes (ة ات ون ين ان ...) and pronoun suffixes are split off.
Segments are those of the word without diacritics and tatweel; they may restore a letter the
spelling dropped (``للجنة`` → ``ل ال جن ة``), so never use them for offsets.

A word is segmented by the first of: a small curated list of exceptions
(resources/segment_exceptions.tsv); farasa's lexicon of segmented words; the precomputed table
of farasa's frequent words (:mod:`khabar.arabic.frequent`: the result of the steps below, stored
so that corpus runs need not score them); a proclitic chain
followed by a word of that lexicon (``وبالتلفزيونات`` → و+ب + the lexicon's ال+تلفزيون+ات);
farasa's scoring model (:mod:`khabar.arabic.farasa_model`) with corrections for imperfect verbs
(:mod:`khabar.arabic.verb_rules`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from khabar.arabic.clitics import OBJECT_PRONOUNS, PROCLITICS
from khabar.arabic.farasa_model import (
    lexicon,
    lexicon_segmentation,
    load_model,
    model_segment,
    word_log_frequency,
)
from khabar.arabic.frequent import frequent_segmentations
from khabar.arabic.memo import Memo
from khabar.arabic.normalize import BARE_LETTERS, fold_letters, normalize_for_matching, plain_letters
from khabar.arabic.tokenize import Token, tokenize
from khabar.arabic.verb_rules import correct_verbs
from khabar.datafiles import resource_text, tsv_rows

ARABIC_WORD = re.compile("[\u0621-\u064a]+")
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
#: Pronoun suffixes split off before a lexicon word, longest first.  Not ي, which is more often
#: the nisba ending (عسكري), nor the rare كن; and only on words of 6 letters or more: measured on
#: farasa's lexicon, this reading is then right 87-100% of the time, against 66-97% for the model.
_PRONOUN_ENDINGS = tuple("+" + p for p in (*OBJECT_PRONOUNS, "ي", "كن"))
_MIN_PRONOUN_WORD = 6
#: Proclitic chains ending in the article, and the word length from which "chain + bare lexicon
#: word" beats the model (98.7-99.3% against 93-97.6% on farasa's lexicon; as good below).
_ARTICLE_CHAINS = ("وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ال")
_MIN_ARTICLE_WORD = 7
#: Proclitics whose reading as a chain loses to the whole word when the whole word is the more
#: frequent one (كواكب is not ك+واكب); و and ل chains stay right even then (same measurement).
_WEAK_CLITICS = frozenset("بسفك")


def _by_letter(affixes: tuple[str, ...], index: int) -> dict[str, tuple[str, ...]]:
    """Affixes grouped by their first (index 0) or last (index -1) letter, order kept."""
    return {ch: tuple(a for a in affixes if a[index] == ch) for ch in {a[index] for a in affixes}}


# Grouped so that each word is only tried against the affixes its edge letters allow.
_CHAINS_BY_FIRST = _by_letter(_CHAINS, 0)
_ARTICLE_CHAINS_BY_FIRST = _by_letter(_ARTICLE_CHAINS, 0)
_PRONOUNS_BY_LAST = _by_letter(OBJECT_PRONOUNS, -1)


@cache
def load() -> None:
    """Load the stored segmentations, farasa's tables and the derived ones (once per process; the
    model freezes the garbage collector's view of everything loaded before it)."""
    _stored_segmentations()
    load_model()


@cache
def exceptions() -> dict[str, str]:
    """Curated segmentations from resources/segment_exceptions.tsv: word → '+'-joined segments."""
    text = resource_text("khabar.arabic", "segment_exceptions.tsv")
    return {word.strip(): segments.strip() for word, segments in tsv_rows(text)}


def _known(word: str) -> str | None:
    """The curated exception for ``word``, else farasa's lexicon entry, if either has one."""
    return exceptions().get(word) or lexicon_segmentation(word)


def _with_pronoun(word: str) -> str | None:
    """The lexicon's segmentation of the word before a pronoun suffix, + the pronoun.

    A noun's ة is spelt ت before a pronoun: حكومتها → the lexicon's حكوم+ة → حكوم+ت+ها.
    """
    if len(word) < _MIN_PRONOUN_WORD:
        return None
    for pronoun in _PRONOUNS_BY_LAST.get(word[-1], ()):
        if not word.endswith(pronoun):
            continue
        base = word[: -len(pronoun)]
        seen = _known(base)
        if seen is not None and not seen.endswith(_PRONOUN_ENDINGS):
            return f"{seen}+{pronoun}"
        if base.endswith("ت"):
            seen = lexicon_segmentation(base[:-1] + "ة")
            if seen is not None and seen.endswith("+ة"):
                return f"{seen[:-1]}ت+{pronoun}"
    return None


def _chain_then_lexicon(word: str) -> str | None:
    """``و+ب+`` + the lexicon's segmentation of the rest (with a pronoun suffix split off if need
    be), for the longest proclitic chain that fits."""
    for chain in _CHAINS_BY_FIRST.get(word[0], ()):
        if not word.startswith(chain) or len(word) - len(chain) < 2:
            continue
        rest = word[len(chain):]
        if chain.endswith("لل"):
            chain, rest = chain[:-1], "ال" + rest
        seen = _known(rest)
        if seen is None:
            seen = _with_pronoun(rest)
            if seen is None:
                continue
        if chain[0] in _WEAK_CLITICS and word_log_frequency(word) > word_log_frequency(rest):
            return None
        return "+".join(chain) + "+" + seen
    return None


def _article_then_lexicon(word: str) -> str | None:
    """Proclitics ending in the article, + a bare lexicon word: والكوخ → و+ال + كوخ."""
    for chain in _ARTICLE_CHAINS_BY_FIRST.get(word[0], ()):
        if word.startswith(chain) and len(word) - len(chain) >= 3:
            seen = lexicon_segmentation(word[len(chain):])
            if seen is not None and seen.split("+", 1)[0] not in PROCLITICS:
                if seen.endswith("+ي"):  # the nisba ي stays on a word with the article: ال+استهلاكي
                    seen = seen[:-2] + "ي"
                return "+".join([*chain[:-2], "ال", seen])
    return None


def stored_segmentation(word: str) -> str | None:
    """The curated exception for a bare Arabic word, else farasa's lexicon entry (which restores
    the alef of لل), if either has one."""
    return exceptions().get(word) or lexicon_segmentation("لال" + word[2:] if word.startswith("لل") else word)


@cache
def _stored_segmentations() -> dict[str, str]:
    """The frequent-word table, farasa's lexicon and the curated exceptions merged (each over
    the one before), keyed as text spells words (the lexicon's لال words also under لل): what
    :func:`stored_segmentation`, then the table, give, in one lookup for each new word type."""
    table = dict(frequent_segmentations())
    seen = lexicon()
    table.update((word, seg) for word, seg in seen.items() if seg and not word.startswith("لل"))
    table.update(("لل" + word[3:], seg) for word, seg in seen.items() if seg and word.startswith("لال"))
    table.update((word, seg) for word, seg in exceptions().items() if seg)
    return table


def _segment_arabic(word: str) -> str:
    seen = _stored_segmentations().get(word)
    return seen if seen is not None else derive_segmentation(word)


def derive_segmentation(word: str) -> str:
    """The segmentation of a bare Arabic word that neither list stores: lexicon readings under
    clitics, else the scoring model with its verb corrections ('+'-joined)."""
    if len(word) >= _MIN_CHAIN_WORD:
        reading = _with_pronoun(word) or _chain_then_lexicon(word)
        if reading is None and len(word) >= _MIN_ARTICLE_WORD:
            reading = _article_then_lexicon(word)
        if reading is not None:
            return reading
    return "+".join(correct_verbs(model_segment(word).split("+")))


def _analyse(word: str) -> tuple[tuple[str, ...], str]:
    if BARE_LETTERS.fullmatch(word):  # most words: nothing to strip
        clean = word
    else:
        clean = plain_letters(word)  # (a Persian letter, a presentation form, a mark inside: the letters)
        if not ARABIC_WORD.fullmatch(clean):
            segments = (clean or word,)  # a word of marks only stays itself
            return segments, normalize_for_matching(segments[0])
    load()
    parts = _segment_arabic(clean).split("+")
    segments = tuple(p for p in parts if p) if "" in parts else tuple(parts)
    # segments of an Arabic word are bare letters: only the letter folding applies
    return segments, fold_letters(core(segments))


#: Per word type cache: word → (segments, search stem), computed on first lookup.  A plain dict
#: (several times faster to consult than functools.lru_cache: it is the hot path of corpus runs),
#: emptied when it grows big.
_ANALYSES = Memo(_analyse, 1_000_000)


def clear_caches() -> None:
    """Forget every cached segmentation and stem (for cold-cache timing)."""
    _ANALYSES.clear()


def segment(word: str) -> list[str]:
    """Segments of one word (clitics and suffixes split); non-Arabic words come back whole."""
    return list(_ANALYSES[word][0])


def core(segments: Sequence[str]) -> str:
    """The segments without leading proclitics and trailing suffixes, joined."""
    i, j = 0, len(segments)
    while i < j - 1 and segments[i] in PROCLITICS:
        i += 1
    while j - 1 > i and segments[j - 1] in SUFFIXES:
        j -= 1
    return "".join(segments[i:j])


def stem(word: str) -> str:
    """Search stem: the word minus clitics and inflectional suffixes, normalised for matching."""
    return _ANALYSES[word][1]


def analyse_tokens(tokens: Iterable[Token]) -> list[tuple[tuple[str, ...], str]]:
    """(segments, search stem) of each token, in one pass: the corpus-speed form of calling
    :func:`segment` and :func:`stem` per token.  Tokens other than words stand for themselves."""
    analysis_of = _ANALYSES.__getitem__
    return [analysis_of(text) if kind == "word" else ((text,), text) for text, _, _, kind, _ in tokens]


def segment_line(line: str, stems: bool = False) -> str:
    """One output word per whitespace-separated input word: segments '+'-joined, or search stems.

    A word holding several tokens (``الحكومة،``) has all their segments joined: ``ال+حكوم+ة+،``.
    """
    out = []
    for word in line.split():
        tokens = tokenize(word)
        if stems:
            out.append("+".join(stem(t.text) if t.kind == "word" else t.text for t in tokens) or word)
        else:
            out.append("+".join(s for t in tokens for s in (segment(t.text) if t.kind == "word" else [t.text]))
                       or word)
    return " ".join(out)
