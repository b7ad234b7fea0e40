"""A fast re-implementation of the pure-Python ``farasa`` segmenter's search, on farasa's own model.

farasa scores every partition of a word with a linear model over prefix/suffix probabilities,
word counts, root templates and lexicon hits (``farasa.segmentation.scorePartition``), but finds
the partitions by enumerating compositions of the word's characters, re-parsing strings and
re-reading its weights on every call: about 2,000 unknown words a second.  The partitions that
survive its greedy clean-up are exactly "proclitic sequence + stem + suffix sequence", so this
module enumerates those directly and scores them with the same tables and weights, memoising the
per-stem features.  Its output matches farasa's ``segmentLine`` word for word (see the tests), an
order of magnitude faster on unknown words.

The tables are farasa's pickles, loaded once on first use (about a second).
"""

from __future__ import annotations

import gc
import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from khabar.arabic.farasa_templates import fit_template
from khabar.arabic.memo import memo

#: farasa's feature weights (``scorePartition``'s "magic numbers"), in feature order.
_WEIGHTS = (
    -0.097825818, -0.03893654, 0.13109569, 0.18436976, 0.11448806, 0.53001714, 0.21098258,
    -0.17760228, 0.44223878, 0.26183113, -0.05603376, 0.055829503, -0.17745291, 0.015865559,
    0.66909122, 0.16948195, 0.15397599, 0.60355717,
)
_MAX_LENGTH = 20  # farasa does not split longer strings
_ROUNDING = 1e-9  # margin for sums of the same terms in another order
_LL = "\u0644\u0644"  # لل: ل + ال with the alef dropped
_LAL = "\u0644\u0627\u0644"
_ALEF_MAQSURA = "\u0649"


@dataclass(frozen=True)
class _Tables:
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    seen: dict[str, str]  # farasa's lexicon of segmented words, '+'-joined
    previously: dict[str, list[str]]  # words with a closed list of candidate segmentations
    m: Any  # the farasa.segmentation module, for its dictionaries
    word_count: dict[str, float]  # log unigram frequencies
    lexcom: dict[str, int]  # farasa's common-word lexicon
    prefix_run: re.Pattern  # the run of prefix letters a word starts with
    suffix_run: re.Pattern  # the run of suffix letters a reversed word starts with


@cache
def _tables() -> _Tables:
    import warnings

    with warnings.catch_warnings():  # farasa uses deprecated importlib.resources calls
        warnings.simplefilter("ignore", DeprecationWarning)
        from farasa import segmentation as m
    def run_of(affixes: dict) -> re.Pattern:
        return re.compile("[" + "".join(sorted(set("".join(affixes)))) + "]*")

    seen = {word: seg.replace(";", "").replace("++", "+").strip("+") for word, seg in m.hmSeenBefore.items()}
    tables = _Tables(frozenset(m.hPrefixes), frozenset(m.hSuffixes), seen,
                   m.hmPreviouslySeenTokenizations, m, m.wordCount, m.hmAraLexCom,
                   run_of(m.hPrefixes), run_of(m.hSuffixes))
    return tables


@cache
def load_model() -> None:
    """Load farasa's tables and build the derived ones (about two seconds, once per process)."""
    _tables()
    _list_bits()
    _template_bound()
    _count_bound()
    _lexicon_bound()
    fit_template("كتاب")
    # These are millions of objects that live as long as the process: moving them out of the
    # garbage collector's generations spares every full collection a walk over them (a sixth of
    # a cold corpus run, measured).
    gc.collect()
    gc.freeze()


def lexicon() -> dict[str, str]:
    """farasa's lexicon of segmented words: word → '+'-joined segments."""
    return _tables().seen


def lexicon_segmentation(word: str) -> str | None:
    """farasa's stored segmentation of ``word`` ('+'-joined), if it has one."""
    return _tables().seen.get(word)


def word_list() -> dict[str, float]:
    """farasa's unigram word list: surface word → log frequency."""
    return _tables().word_count


def word_log_frequency(word: str) -> float:
    """farasa's log unigram frequency of a surface word (-20 when unseen)."""
    return _tables().word_count.get(word, -20.0)


def _greedy(pieces: list[str], t: _Tables) -> tuple[str, str, str]:
    """farasa's ``getProperSegmentation`` on a list of pieces: (prefix, stem, suffix) strings.

    Prefix is like ``و+ال+``, suffix like ``+ات+ها``; leading pieces that are proclitics and
    trailing pieces that are suffixes are taken greedily, the rest is the stem.
    """
    if len(pieces) == 1:
        return "", pieces[0], ""
    last_prefix = -1
    while last_prefix + 1 < len(pieces) and pieces[last_prefix + 1] in t.prefixes:
        last_prefix += 1
    first_suffix = len(pieces)
    while first_suffix > max(last_prefix, 0) and pieces[first_suffix - 1] in t.suffixes:
        first_suffix -= 1
    prefix = "".join(p + "+" for p in pieces[: last_prefix + 1])
    stem = "".join(pieces[last_prefix + 1: first_suffix])
    if first_suffix == last_prefix:
        first_suffix += 1
    suffix = "".join("+" + p for p in pieces[first_suffix:]) if last_prefix != first_suffix else ""
    return prefix, stem, suffix


def _pieces(prefix: str, stem: str, suffix: str) -> list[str]:
    out = prefix.split("+")[:-1] if prefix else []
    out.append(stem)
    if suffix:
        out.extend(suffix.split("+")[1:])
    return out


def _affix_sequences(word: str, affixes: frozenset[str], from_start: bool) -> list[tuple[str, int, bool]]:
    """Affix sequences spelling a prefix (or suffix) of ``word``: (farasa string, length, all 1-letter).

    The farasa string is like ``و+ال+`` for prefixes and ``+ات+ها`` for suffixes; the empty
    sequence comes first.
    """
    out: list[tuple[str, int, bool]] = [("", 0, True)]
    frontier = [("", 0, True)]
    longest = max(map(len, affixes))
    size = len(word)
    while frontier:
        text, used, single = frontier.pop()
        for n in range(used + 1, min(used + longest, size) + 1):
            piece = word[used:n] if from_start else word[size - n: size - used]
            if piece in affixes:
                new = (text + piece + "+" if from_start else "+" + piece + text, n, single and n - used == 1)
                out.append(new)
                frontier.append(new)
    return out


@memo(100_000)
def _prefix_edge_sequences(edge: str) -> list[tuple[str, int, bool]]:
    return _affix_sequences(edge, _tables().prefixes, True)


@memo(100_000)
def _suffix_edge_sequences(edge: str) -> list[tuple[str, int, bool]]:
    return _affix_sequences(edge, _tables().suffixes, False)


def _sequences(word: str, from_start: bool) -> list[tuple[str, int, bool]]:
    """:func:`_affix_sequences` through a cache keyed by the word's edge run of affix letters.

    An affix chain is spelt with affix letters only, so it lies within the run of such letters at
    the word's start (or end): the chains of a word are those of that run.
    """
    t = _tables()
    if from_start:
        return _prefix_edge_sequences(word[: t.prefix_run.match(word).end()])
    return _suffix_edge_sequences(word[len(word) - t.suffix_run.match(word[::-1]).end():])


def _candidates(word: str, t: _Tables) -> set[tuple[str, str, str]]:
    """The (prefix, stem, suffix) analyses farasa's partition search reaches for ``word``."""
    if len(word) > _MAX_LENGTH:
        return {("", word, "")}
    found = set()
    size = len(word)
    affixes = t.prefixes | t.suffixes
    suffixes = _sequences(word, False)
    for pre, p_len, pre_single in _sequences(word, True):
        for suf, s_len, suf_single in suffixes:
            if p_len + s_len > size:
                continue
            middle = word[p_len: size - s_len]
            if middle and middle not in affixes:  # farasa's greedy clean-up leaves it as is
                found.add((pre, middle, suf))
                continue
            pieces = (pre.split("+")[:-1] if pre else []) + ([middle] if middle else []) + \
                (suf.split("+")[1:] if suf else [])
            first = _greedy(pieces, t)
            # farasa skips the all-single-letter partition when it leaves a one-letter stem
            if size > 1 and len(first[1]) == 1 and pre_single and suf_single and len(middle) <= 1:
                continue
            found.add(_greedy(_pieces(*first), t))
    return found


def _log_or(table: dict, key: str, default: float) -> float:
    value = table.get(key)
    return math.log(value) if value is not None else default


@cache
def _template_bound() -> float:
    """An upper bound of :func:`_template_features`."""
    m = _tables().m
    w, has = _WEIGHTS, m.generalVariables["hasTemplate"]
    best_template = max(m.hmTemplateCount.values())
    return max(w[5] * math.log(has) + max(w[11] * math.log(best_template), w[11] * -10),
               w[5] * math.log(1 - has) + w[11] * -10)


@cache
def _count_bound() -> float:
    """An upper bound of :func:`_count_score`: each term at its best."""
    w = _WEIGHTS
    counts = _tables().word_count.values()
    highest, lowest = max(max(counts), -10), min(min(counts), -20)
    return w[2] * highest + w[10] * lowest + w[13] * highest  # weights: +, -, +


@cache
def _lexicon_bound() -> float:
    """An upper bound of :func:`_lexicon_features`."""
    _, table = _list_bits()
    return max(map(sum, table)) + max(_constant_terms()["length"])


@cache
def _constant_terms() -> dict[str, Any]:
    """Feature terms that take one of a few values, computed once: (present, absent) pairs."""
    m = _tables().m
    w = _WEIGHTS
    gv = m.generalVariables

    def pair(i: int, name: str) -> tuple[float, float]:
        return w[i] * math.log(gv[name]), w[i] * math.log(1 - gv[name])

    return {
        "template": pair(5, "hasTemplate"), "morph": pair(6, "inMorphList"), "gaz": pair(7, "inGazList"),
        "length": [w[12] * math.log(abs(n - gv["averageStemLength"])) for n in range(_MAX_LENGTH + 1)],
        "template_count": {k: w[11] * math.log(v) for k, v in m.hmTemplateCount.items()},
    }


@memo(300_000)
def _template_features(stem: str) -> float:
    """The part of farasa's score that depends on the stem's root template (the costly part)."""
    c = _constant_terms()
    template = fit_template(stem)
    score = c["template"][0] if template != "Y" else c["template"][1]
    return score + c["template_count"].get(template, _WEIGHTS[11] * -10)


#: farasa's word lists, as bits of one merged table (one lookup instead of up to eleven).
_MORPH, _GAZ, _BUCK, _LOCATION, _PERSON, _STOP = (1 << i for i in range(6))
#: The lists farasa also consults with a final ي read as ى.
_YA_VARIANT_LISTS = _MORPH | _GAZ | _BUCK | _STOP


@cache
def _list_bits() -> tuple[dict[str, int], list[float]]:
    """Each listed word's bits, and the summed feature terms for each combination of bits."""
    m = _tables().m
    bits: dict[str, int] = {}
    for bit, words in ((_MORPH, m.hmListMorph), (_GAZ, m.hmListGaz), (_BUCK, m.hmBuck),
                       (_LOCATION, m.hmLocations), (_PERSON, m.hmPeople), (_STOP, m.hmStop)):
        for word in words:
            bits[word] = bits.get(word, 0) | bit
    c = _constant_terms()
    w = _WEIGHTS

    def terms(b: int) -> float:  # in farasa's order of addition, around the length term
        return (c["morph"][0] if b & _MORPH else c["morph"][1]) + (c["gaz"][0] if b & _GAZ else c["gaz"][1])

    def rest(b: int) -> list[float]:
        return [w[i] if b & bit else -w[i] for i, bit in ((14, _BUCK), (15, _LOCATION), (16, _PERSON), (17, _STOP))]

    return bits, [(terms(b), *rest(b)) for b in range(64)]


@memo(300_000)
def _lexicon_features(stem: str) -> float:
    """The part of farasa's score from the stem's presence in its word lists and its length."""
    bits, table = _list_bits()
    b = bits.get(stem, 0)
    if stem.endswith("\u064a"):
        b |= bits.get(stem[:-1] + _ALEF_MAQSURA, 0) & _YA_VARIANT_LISTS
    lists, buck, location, person, stop = table[b]
    length = _constant_terms()["length"]
    score = lists + (length[len(stem)] if len(stem) < len(length) else _WEIGHTS[12] * math.log(
        abs(len(stem) - _tables().m.generalVariables["averageStemLength"])))
    return score + buck + location + person + stop


@memo(100_000)
def _affix_features(affixes: tuple[str, str]) -> float:
    """The part of farasa's score that depends on the (prefix, suffix) strings alone."""
    prefix, suffix = affixes
    m = _tables().m
    w = _WEIGHTS
    score = w[0] * _log_or(m.probPrefixes, prefix, -10) + w[1] * _log_or(m.probSuffixes, suffix, -10)
    score += w[3] * _log_or(m.probPrefixSuffix.get(prefix, {}), suffix, -20)
    score += w[4] * _log_or(m.probSuffixPrefix.get(suffix, {}), prefix, -20)
    score += w[8] * _log_or(m.probCondPrefixes, prefix, -20)
    return score + w[9] * _log_or(m.probCondSuffixes, suffix, -20)


def _count_score(t: _Tables, stem: str, suffix: str) -> float:
    """The word-count terms of farasa's ``scorePartition`` (same features, weights and quirks)."""
    w = _WEIGHTS
    wc = t.word_count
    bare_suffix = suffix.replace("+", "")
    alt = stem + "\u0629" if len(bare_suffix) > 1 and bare_suffix[0] == "\u062a" else ""
    count = wc.get(stem)
    if count is None:
        count = wc.get(alt, -10) if alt else -10
    score = w[2] * count
    # farasa keeps the '+' when there is a single suffix: the lookup then falls to its variants
    cut = suffix.find("+", 1)
    with_first = stem + (suffix[1:cut] if cut > 0 else suffix)
    count = wc.get(with_first)
    if count is None:
        if stem.endswith("\u064a") and stem[:-1] + _ALEF_MAQSURA in wc:
            count = wc[stem[:-1] + _ALEF_MAQSURA]
        elif with_first.endswith("\u062a") and with_first[:-1] + "\u0629" in wc:
            count = wc[with_first[:-1] + "\u0629"]
        else:
            count = -10
    score += w[10] * count
    return score + w[13] * _lexcom(t, stem, alt)


def _lexcom(t: _Tables, stem: str, alt: str) -> float:
    lexcom = t.lexcom
    if stem in lexcom:
        return t.word_count.get(stem, -10)
    if stem.endswith("\u064a") and stem[:-1] + _ALEF_MAQSURA in lexcom:
        return t.word_count.get(stem[:-1] + _ALEF_MAQSURA, -10)
    if alt and alt in lexcom:
        return t.word_count.get(alt, -10)
    return -20


def _best(word: str) -> str:
    """farasa's ``mostLikelyPartition`` top answer, as its ``segmentLine`` prints it."""
    t = _tables()
    if word in t.previously:
        analyses = [_greedy(_pieces(*_greedy(p.replace(";", "").split("+"), t)), t) for p in t.previously[word]]
    else:
        analyses = list(_candidates(word, t))
        for clitics in ("", "\u0648", "\u0641"):  # لل / ولل / فلل also read as ل+ال
            if word.startswith(clitics + _LL):
                analyses.extend(_candidates(clitics + _LAL + word[len(clitics) + 2:], t))
    if not analyses:
        return word
    prefix, stem, suffix = analyses[0] if len(analyses) == 1 else _argmax(t, analyses)
    return (prefix + stem + suffix).replace("++", "+").strip("+")


def _argmax(t: _Tables, analyses: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    """The best-scoring analysis under farasa's score, summed in farasa's order.

    The score's parts are computed in tiers of growing cost (affixes; the stem's word lists;
    word counts; the root template), analyses in order of the first, and an analysis is dropped
    as soon as its parts so far plus the most the others could add fall below the best full
    score (with a margin against rounding): exact, and most analyses stop early.
    """
    template_bound = _template_bound()
    count_bound = _count_bound() + template_bound
    lexicon_bound = _lexicon_bound() + count_bound
    ranked = sorted(((_affix_features((a[0], a[2])), a) for a in analyses), reverse=True)
    best: tuple[float, tuple[str, str, str]] | None = None
    floor = -math.inf
    for affix_score, analysis in ranked:
        if affix_score + lexicon_bound < floor:
            break
        stem = analysis[1]
        lexicon = _lexicon_features(stem)
        if affix_score + lexicon + count_bound < floor:
            continue
        cheap = _count_score(t, stem, analysis[2]) + lexicon + affix_score
        if cheap + template_bound < floor:
            continue
        candidate = (cheap + _template_features(stem), analysis)
        if best is None or candidate > best:
            best = candidate
            floor = best[0] - _ROUNDING
    assert best is not None
    return best[1]


def model_segment(word: str) -> str:
    """The segmentation farasa's scoring model picks for ``word``, ignoring its lexicon."""
    return _best(_LAL + word[2:] if word.startswith(_LL) else word)

