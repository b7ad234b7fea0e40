"""Inflection of undiacritised Arabic words: the clitics and affixes around a stem, and the stems a
word may be read as.

Undiacritised words carry clitics (و، ف، ب، ل، ال، س) and inflection; a lexicon lists stems only, and
these analyses strip affixes to find them.  They work on words folded with :func:`fold` (hamza and
alef forms, ى, ة → ه, diacritics) for matching only, and know no lexicon: a caller looks the stems
up in its own (the predicate lexicon, :mod:`khabar.arabic.verbs`; the events stage's tables).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

from khabar.arabic.memo import memo
from khabar.arabic.normalize import BARE_LETTER_CLASS, bare_letter_table, normalize_for_matching

VERB_PROCLITICS = ("", "و", "ف")
FUTURE = ("", "س", "ل")
PERSON = ("ي", "ت", "ن", "ا")
PERF_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و", "تما")
IMPF_SUFFIXES = ("", "ون", "ان", "ين", "ن", "وا", "و", "ا")
OBJECT_SUFFIXES = ("", "ه", "ها", "هم", "هما", "كم", "ني", "نا", "هن")
NOUN_SUFFIXES = ("", "ها", "هم", "ه", "ي", "هما", "ين", "ان", "ون", "ا", "نا")
_PREPS = ("", "ب", "ل", "ك")
#: Longest suffix of the tables above: a word's last this many letters decide which it ends with.
SUFFIX_REACH = 3


#: Folded and stripped forms are asked for many times per word (every rule looks at its neighbours):
#: cache them.  The most recent 65k words per cache keep the hit rate high over a long run while
#: bounding memory (about 120 bytes an entry, some 55 MB for all the word caches at most).
WORD_CACHE = 1 << 16


def _full_fold(text: str) -> str:
    return normalize_for_matching(text, ta_marbuta=True).replace("ؤ", "و").replace("ئ", "ي")


#: What the fold makes of the bare letters it changes, as replacements: none yields a letter
#: another replaces, so applying them in turn equals ``translate``, and on a word the C-level
#: ``in`` tests cost half of ``translate``'s lookup per letter (a cold run folds every new word).
_FOLD_BARE = tuple((chr(c), folded) for c, folded in bare_letter_table(_full_fold).items())


#: Bare letters and plain spaces (a word, or an actor's or a mention's words): no mark, digit or
#: presentation form, so folding it is replacing letters.
_PLAIN_TEXT = re.compile(f"[ {BARE_LETTER_CLASS}]+")


@memo(WORD_CACHE)  # looked up for every token: a plain dict (memo)
def fold(text: str) -> str:
    """Fold spelling variants for lexicon matching (never stored)."""
    if _PLAIN_TEXT.fullmatch(text):  # most texts: letters only, a few of which change (أ، ة، ى)
        for letter, folded in _FOLD_BARE:
            if letter in text:
                text = text.replace(letter, folded)
        return text
    return _full_fold(text)


def _endings(suffixes: tuple[str, ...]) -> Callable[[str], tuple[str, ...]]:
    """``ends(word[-SUFFIX_REACH:])``: the ``suffixes`` (in their order) the word ends with.  None
    is longer than :data:`SUFFIX_REACH` letters, so a word's last letters decide, and a few hundred
    endings recur: cached, a word's suffixes cost one look-up instead of a test per suffix."""

    @lru_cache(maxsize=4096)
    def ends(tail: str) -> tuple[str, ...]:
        return tuple(suf for suf in suffixes if tail.endswith(suf))

    return ends


_OBJECT_ENDINGS, _PERF_ENDINGS, _IMPF_ENDINGS, _NOUN_ENDINGS = map(
    _endings, (OBJECT_SUFFIXES, PERF_SUFFIXES, IMPF_SUFFIXES, NOUN_SUFFIXES))


def _noun_proclitics() -> tuple[str, ...]:
    out = set()
    for conj in ("", "و", "ف"):
        for prep in _PREPS:
            out.add(conj + prep)
            out.add(conj + ("لل" if prep == "ل" else prep + "ال"))
    return tuple(sorted(out, key=len, reverse=True))


NOUN_PROCLITICS = _noun_proclitics()
#: The proclitics by length, longest first: a word starts with at most one of each length.
_PROCLITICS_BY_LENGTH = tuple((n, frozenset(p for p in NOUN_PROCLITICS if len(p) == n))
                              for n in sorted({len(p) for p in NOUN_PROCLITICS}, reverse=True))


def _proclitics_of(word: str, rest: int) -> list[str]:
    """The proclitics ``word`` starts with that leave at least ``rest`` letters, longest first."""
    return [word[:n] for n, pros in _PROCLITICS_BY_LENGTH if len(word) - n >= rest and word[:n] in pros]


#: The endings a noun with the article may carry: number, never a possessive (الاجتماعي is an
#: adjective, not اجتماع+ي) nor the accusative alif.
_DEFINITE_SUFFIXES = frozenset({"", "ين", "ان", "ون"})


def _fits(pro: str, suf: str, core: str) -> bool:
    """Whether a noun core may take the proclitic and suffix around it."""
    if suf and core.endswith("ه"):
        return False  # ة is written ت before any suffix: مصادرها is not مصادرة+ا (its sources)
    return suf in _DEFINITE_SUFFIXES or not pro.endswith(("ال", "لل"))


@lru_cache(maxsize=WORD_CACHE)
def noun_cores(word: str, closed: bool = False) -> tuple[str, ...]:
    """Candidate bare nouns of a folded word: clitics and article removed, possessives too.
    ``closed``: the word is written with a final ة, which no suffix follows (قبضة is not قبض+ه)."""
    return _cores(word, _proclitics_of(word, 2), closed)


@lru_cache(maxsize=WORD_CACHE)
def written_cores(word: str) -> tuple[str, ...]:
    """The bare nouns of a folded word read with no proclitic, its first letter its own: the word
    itself and without a possessive (وزارته → وزاره, وزيرها → وزير, where و is no conjunction)."""
    return _cores(word, [""], closed=False)


def _cores(word: str, proclitics: list[str], closed: bool) -> tuple[str, ...]:
    out = []
    # the suffixes the word ends with: each rest after a proclitic ends with those that fit in it
    suffixes = ("",) if closed else _NOUN_ENDINGS(word[-SUFFIX_REACH:])
    for pro in proclitics:
        for suf in suffixes:
            end = len(word) - len(suf)
            if end - len(pro) < 2:
                continue  # no core of two letters (or the suffix overlaps the proclitic)
            core = word[len(pro):end]
            if not _fits(pro, suf, core):
                continue
            out.append(core)
            if suf and core[-1] == "ت":  # ta marbuta before a suffix: تظاهرته → تظاهره
                out.append(core[:-1] + "ه")
    return tuple(out)


def _bare(word: str) -> str:
    size = len(word)
    for n, pros in _PROCLITICS_BY_LENGTH:  # the longest proclitic leaving three letters
        if size - n >= 3 and word[:n] in pros:
            return word[n:]
    return word


@memo(WORD_CACHE)  # looked up for every token: a plain dict (memo)
def bare(word: str) -> str:
    """A folded word without leading conjunction, preposition and article (agent/country lookup)."""
    return _bare(word)


@memo(WORD_CACHE)  # looked up for every token: a plain dict (memo)
def folded_bare(text: str) -> str:
    """``bare(fold(text))`` in one cached call: the key of a word in the agent and country tables
    (not through :func:`bare`'s cache, which would hold most words a second time)."""
    return _bare(fold(text))


PERFECT, IMPERFECT, PARTICIPLE = "perfect", "imperfect", "participle"


class VerbReading(NamedTuple):
    """One way a folded word splits into a verb's pieces: ``conj + prefix + stem + suffix + obj``.
    A perfect stem has no prefix; an imperfect one has its future marker and person letter; the
    ḥāl participle (منددا، متهما) is م + an imperfect stem + ا, with no object."""

    tense: str  # PERFECT | IMPERFECT | PARTICIPLE
    conj: str
    prefix: str
    stem: str
    suffix: str
    obj: str

    @property
    def imperfect_stem(self) -> bool:
        """Whether the stem is looked up among imperfect stems (an imperfect or a participle)."""
        return self.tense != PERFECT


def verb_readings(word: str) -> Iterator[VerbReading]:
    """Every reading of a folded word as an inflected verb, per conjunction and object pronoun:
    perfects, then the participle, then imperfects (the order lexicon look-ups report them in)."""
    for conj in VERB_PROCLITICS:
        if not word.startswith(conj):
            continue
        rest = word[len(conj):]
        for obj in _OBJECT_ENDINGS(rest[-SUFFIX_REACH:]):
            body = rest[: len(rest) - len(obj)] if obj else rest
            yield from _body_readings(conj, body, obj)


def _body_readings(conj: str, body: str, obj: str) -> Iterator[VerbReading]:
    """The readings of a verb body (no conjunction, no object pronoun)."""
    for suf in _PERF_ENDINGS(body[-SUFFIX_REACH:]):
        if len(body) > len(suf):
            yield VerbReading(PERFECT, conj, "", body[: len(body) - len(suf)] if suf else body, suf, obj)
    if body.startswith("م") and body.endswith("ا") and not obj:
        yield VerbReading(PARTICIPLE, conj, "م", body[1:-1], "ا", obj)
    for fut in FUTURE:
        if not body.startswith(fut) or len(body) - len(fut) < 3:
            continue
        verb = body[len(fut):]
        if verb[0] not in PERSON:
            continue
        for suf in _IMPF_ENDINGS(verb[-SUFFIX_REACH:]):
            if len(verb) - len(suf) > 2:
                stem = verb[1: len(verb) - len(suf)] if suf else verb[1:]
                yield VerbReading(IMPERFECT, conj, fut + verb[0], stem, suf, obj)


#: Subjunctive and jussive endings: such a form follows a particle (لن يقولوا), never opens a
#: clause by itself, and a name ending in ا or و (تريا, ماريو) reads as one.
MOOD_ENDINGS = frozenset({"ا", "و", "وا"})
#: The prefixes of a finite imperfect as the finite test reads it: the person letter ي or ت with no
#: future marker, the forms a tagged name runs on into (كاريكا يعتذر, الوفد يهاجمان).
FINITE_PREFIXES = frozenset({"ي", "ت"})
#: A finite perfect needs a stem of two letters at least: the finite test has always asked for one
#: (the general analysis takes any stem; no lexicon stem is shorter, so they agree today).
FINITE_PERFECT_STEM = 2


def is_finite_reading(reading: VerbReading) -> bool:
    """Whether a reading is a finite verb that opens a clause by itself: an indicative imperfect
    (ي/ت person prefix, no mood ending), or a perfect after و/ف (a bare perfect may open a name)."""
    if reading.tense == IMPERFECT:
        return reading.prefix in FINITE_PREFIXES and reading.suffix not in MOOD_ENDINGS
    return reading.tense == PERFECT and bool(reading.conj) and len(reading.stem) >= FINITE_PERFECT_STEM


#: What the analyses strip around a stem: a verb's conjunction, future and person prefix (or the
#: ḥāl participle's م) and its person and object suffixes; a noun's proclitics and suffixes, and
#: a ت before a suffix for a noun ending in ه (تظاهرته → تظاهره).  A stem found in a word between
#: no such head and tail is none of the word's readings.
VERB_HEADS = frozenset(c + h for c in VERB_PROCLITICS
                       for h in ("", "م", *(f + p for f in FUTURE for p in PERSON)))
VERB_TAILS = frozenset({"ا"} | {s + o for s in PERF_SUFFIXES + IMPF_SUFFIXES for o in OBJECT_SUFFIXES})
NOUN_HEADS = frozenset(NOUN_PROCLITICS)
NOUN_TAILS = frozenset(NOUN_SUFFIXES)
CUT_TAILS = frozenset("ت" + s for s in NOUN_SUFFIXES if s)
