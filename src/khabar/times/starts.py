"""Where a time pattern can start in a unit, so that its regex is tried there and nowhere else.

A regex scan tries every position of a unit, though a match can only open with a few words;
trying the patterns everywhere was a large share of the stage's time.  Each pattern's possible first letters are read off its
regex once (:func:`pattern_starts`: its first letters up to :data:`DEPTH`, clitics included, or
the non-letter characters it can open with); per token text (:func:`token_starts`, a per-word
fact) the offsets where some pattern may open.  A pattern that could open with anything (a
wildcard, a space) is left to the plain scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile

# The regex parser is the standard library's own (private, but stable within a Python version):
# reading the compiled patterns keeps the start sets in step with them by construction.
from re import _constants as sre
from re import _parser as sre_parse

from khabar.arabic import tokenize
from khabar.arabic.wordfacts import word_facts
from khabar.times.fold import dropped_codepoints, fold_word
from khabar.times.patterns import patterns

#: How many first letters of a pattern are read: enough to tell its opening words apart.
DEPTH = 5
#: Stands for any decimal digit among the non-letter first characters.
DIGIT = "0"
_MAX_NESTING = 400
#: The parsed form of ``\w``: after ``(?!\w)`` no letter follows.
_WORD_CLASS = list(sre_parse.parse(r"\w").data)


@dataclass
class Starts:
    """What the text at a match's start can look like."""

    #: Letter runs a match can open with, the run ending there (a space, digit or sign follows).
    words: set[str] = field(default_factory=set)
    #: Letters a match can open with, more letters possibly following (at most DEPTH).
    prefixes: set[str] = field(default_factory=set)
    #: Non-letter characters a match can open with (:data:`DIGIT` for any digit).
    chars: set[str] = field(default_factory=set)
    #: The pattern could open with anything: no start set.
    anything: bool = False


def _ended(prefix: str, char: str, acc: Starts) -> None:
    """The letters so far are followed by a non-letter ``char`` (" " for a space)."""
    if prefix:
        acc.words.add(prefix)
    elif char == " ":
        acc.anything = True  # a match opening with a space: no word to find it by
    else:
        acc.chars.add(char)


def _open(prefix: str, acc: Starts) -> None:
    """The letters so far may be followed by anything."""
    if prefix:
        acc.prefixes.add(prefix)
    else:
        acc.anything = True


def _set_members(items: list) -> tuple[list[str], list[str], bool]:
    """Letters, non-letters (" " for spaces, DIGIT for digits) and whether anything else
    can match, of a character class."""
    letters, others, wild = [], [], False
    for op, av in items:
        if op is sre.LITERAL:
            (letters if chr(av).isalpha() else others).append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 128:
            for c in map(chr, range(av[0], av[1] + 1)):
                (letters if c.isalpha() else others).append(DIGIT if c.isdecimal() else c)
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            others.append(DIGIT)
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            others.append(" ")
        else:
            wild = True
    return letters, others, wild


def _walk(items: list, i: int, prefix: str, acc: Starts, nesting: int = 0) -> None:
    """Add to ``acc`` the openings of the sequence ``items[i:]`` after the letters ``prefix``."""
    if nesting > _MAX_NESTING:
        acc.anything = True
        return
    if len(prefix) >= DEPTH:
        acc.prefixes.add(prefix)
        return
    if i == len(items):
        _open(prefix, acc)  # what follows the pattern is not read (lookaheads are skipped)
        return
    op, av = items[i]
    rest = items[i + 1:]
    if op is sre.LITERAL:
        c = chr(av)
        if c.isalpha():
            _walk(items, i + 1, prefix + c, acc, nesting + 1)
        else:
            _ended(prefix, DIGIT if c.isdecimal() else c, acc)
    elif op is sre.IN:
        letters, others, wild = _set_members(av)
        for c in letters:
            _walk(items, i + 1, prefix + c, acc, nesting + 1)
        for c in others:
            _ended(prefix, c, acc)
        if wild:
            _open(prefix, acc)
    elif op is sre.BRANCH:
        for alternative in av[1]:
            _walk(list(alternative.data) + rest, 0, prefix, acc, nesting + 1)
    elif op is sre.SUBPATTERN:
        _walk(list(av[3].data) + rest, 0, prefix, acc, nesting + 1)
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, item = av
        if low == 0:
            _walk(items, i + 1, prefix, acc, nesting + 1)
        if high != 0:
            more = [] if high == 1 else [(op, (max(low - 1, 0), high if high == sre.MAXREPEAT else high - 1, item))]
            _walk(list(item.data) + more + rest, 0, prefix, acc, nesting + 1)
    elif op is sre.ASSERT_NOT and av[0] == 1 and list(av[1].data) == _WORD_CLASS:
        _ended(prefix, " ", acc)  # (?!\w): the letters so far end a word
    elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        _walk(items, i + 1, prefix, acc, nesting + 1)  # zero width: reading past it only widens the sets
    else:
        _open(prefix, acc)  # a wildcard, a back reference: any character


def pattern_starts(regex: re.Pattern[str]) -> Starts:
    """The openings of every match of ``regex``."""
    acc = Starts()
    _walk(list(sre_parse.parse(regex.pattern, regex.flags).data), 0, "", acc)
    return acc


@lru_cache(maxsize=1)
def all_starts() -> dict[str, Starts]:
    """:func:`pattern_starts` of each of :func:`~khabar.times.patterns.patterns`, by kind."""
    return {p.kind: pattern_starts(p.regex) for p in patterns()}


@lru_cache(maxsize=1)
def scanned_kinds() -> frozenset[str]:
    """Kinds whose pattern is tried at every position of a unit (it has no start set)."""
    return frozenset(kind for kind, s in all_starts().items() if s.anything)


@dataclass(frozen=True)
class _Index:
    """The start sets of all kinds with one, as look-ups: string -> kinds."""

    words: dict[str, frozenset[str]]
    prefixes: dict[str, frozenset[str]]
    #: Beginnings of opening words and prefixes: a run cut short by the token's end may go on
    #: in the unit (a dropped mark splits a token: فبرا‭ير).
    leads: dict[str, frozenset[str]]
    chars: dict[str, frozenset[str]]
    #: The first three letters (or fewer) of every opening word and prefix: a word of letters
    #: that begins with none of them opens nothing.
    heads: frozenset[str]


def _by_string(pairs: list[tuple[str, str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for string, kind in pairs:
        out.setdefault(string, set()).add(kind)
    return {string: frozenset(kinds) for string, kinds in out.items()}


@lru_cache(maxsize=1)
def _index() -> _Index:
    used = [(kind, s) for kind, s in all_starts().items() if not s.anything]
    return _Index(
        words=_by_string([(w, kind) for kind, s in used for w in s.words]),
        prefixes=_by_string([(p, kind) for kind, s in used for p in s.prefixes]),
        leads=_by_string([(w[:n], kind) for kind, s in used for w in s.words | s.prefixes
                          for n in range(1, len(w))]),
        chars=_by_string([(c, kind) for kind, s in used for c in s.chars]),
        heads=frozenset(w[:3] for _, s in used for w in s.words | s.prefixes),
    )


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # the regex engine's \w


def _openings(text: str, signs: dict[str, frozenset[str]]) -> list[int]:
    """Offsets in a token where a match may start: its start, a word after a sign (أبو-الخميس,
    #اليوم), a digit glued to letters, or a sign a pattern opens with."""
    out = [0]
    for i in range(1, len(text)):
        c, before = text[i], text[i - 1]
        if (_is_word_char(c) and not _is_word_char(before)) or c in signs \
                or (c.isdecimal() and _is_word_char(before) and not before.isdecimal()):
            out.append(i)
    return out


def _kinds_at(text: str, i: int, index: _Index, cut: bool) -> frozenset[str]:
    """Kinds whose match may start at ``text[i]`` of a token's folded ``text`` (``cut``: the
    letters at the token's end may go on in the unit)."""
    c = text[i]
    if not c.isalpha():
        return index.chars.get(DIGIT if c.isdecimal() else c, frozenset())
    run = text if i == 0 and text.isalpha() else "".join(takewhile(str.isalpha, text[i:]))
    # its beginnings up to DEPTH letters (a short run repeats itself: no harm in a look-up)
    hits = [index.words.get(run), *map(index.prefixes.get, [run[:n] for n in range(1, DEPTH + 1)])]
    if cut and i + len(run) == len(text):
        hits.append(index.leads.get(run))
    return frozenset().union(*filter(None, hits))


def _token_starts(text: str, cut: bool) -> tuple[tuple[int, frozenset[str]], ...]:
    folded = fold_word(text)
    index = _index()
    if not folded or (not cut and folded.isalpha()
                      and index.heads.isdisjoint((folded[:1], folded[:2], folded[:3]))):
        return ()  # most words: one word of letters that no opening begins as
    out = []
    # most tokens are one word of letters: no opening but the first
    for i in (0,) if folded.isalpha() else _openings(folded, index.chars):
        kinds = _kinds_at(folded, i, index, cut)
        if kinds:
            out.append((i, kinds))
    return tuple(out)


@word_facts(200_000)
def token_starts(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """(offset in the folded token, kinds of the patterns that may start there) per opening.

    The letters a word token ends with end a word of its unit: the tokenizer stops a word only
    before a character that is no letter, unless the folding drops it (see :func:`cut_token_starts`).
    """
    return _token_starts(text, cut=False)


@word_facts(50_000)
def cut_token_starts(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """:func:`token_starts` for a unit with a character the folding drops but the tokenizer
    keeps as a sign (a direction mark: فبرا\u202dير): once dropped it joins its neighbours, so the
    letters at a token's end may begin a longer word."""
    return _token_starts(text, cut=True)


@lru_cache(maxsize=1)
def _joining() -> re.Pattern[str]:
    """The characters the folding drops that the tokenizer does not read as part of a word."""
    signs = [c for c in map(chr, dropped_codepoints()) if len(tokenize(f"ا{c}ا")) > 1]
    return re.compile("[" + "".join(map(re.escape, signs)) + "]")


def joins_words(text: str) -> bool:
    """Whether folding ``text`` may join two of its tokens into one word."""
    return _joining().search(text) is not None
