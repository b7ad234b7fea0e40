"""Tokenisation with exact offsets: ``text[token.start:token.end] == token.text`` always.

Every character of the text but spaces and invisible marks (direction marks, zero-width space, word
joiner, BOM: :data:`INVISIBLE_MARKS`) falls in exactly one token; an invisible mark between two
letters stays inside their word (its ``norm`` drops it), one elsewhere is skipped like a space.
Kinds: ``word`` (Arabic, Latin or mixed-script letters with their diacritics and tatweel),
``number`` (digits of any script with inner separators: 106,78 / 12.5 / ٢٠١٧ / 14/11/2017 / 3،4),
``hashtag`` (#جوني_هاليداي, @user), ``url``, ``email`` and ``punct`` (one character, or an ellipsis).
"""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

from khabar.arabic.normalize import BARE_LETTERS, fold_letters, normalize_for_matching

#: Invisible format marks pages leave in and around words (RLM/LRM, the Arabic letter mark, bidi
#: embeddings and isolates, zero-width space, word joiner, BOM): no token of their own.
INVISIBLE_MARKS = "\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c\u200d"
#: Letters of any script with their marks; digits only after a Latin letter (mp3, COVID19), so that
#: an Arabic proclitic before a number stays apart: و12.5 → و + 12.5.
_WORD = (rf"(?:[^\W\d_]|[{_MARKS}])(?:[^\W\d_]+|[{_MARKS}]+|(?<=[A-Za-z0-9])[0-9]+"
         rf"|[{INVISIBLE_MARKS}]+(?=[^\W\d_]))*")
_URL = r"""(?P<url>(?:https?://|www\.)[^\s<>"'«»]*[^\s<>"'«».,،؛:!?؟)\]])"""
_EMAIL = r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
#: The first branch is a fast path for the common case, a bare run of Arabic letters.
_COMMON = rf"""
    (?P<word>[\u0621-\u064a]+(?![^\W\d_]|[{_MARKS}]|[-'’]|[{INVISIBLE_MARKS}]+[^\W\d_]) | {_WORD}(?:[-'’]{_WORD})*)
  | (?P<number>\d+(?:[.,٫٬/:،]\d+)*[%٪]?)
  | (?P<hashtag>[#@][\w{_MARKS}]+)
  | (?P<punct>\.\.\.|…|[^\s{INVISIBLE_MARKS}])
"""
#: URLs and e-mail addresses come first when the text may hold one; most texts hold none, and
#: trying them at every word would double the cost of tokenizing.
_TOKEN = re.compile(f"{_URL} | {_EMAIL} | {_COMMON}", re.VERBOSE)
_TOKEN_PLAIN = re.compile(_COMMON, re.VERBOSE)
#: The comma tokens: the Arabic one and the Latin one that pages typed on a Latin layout carry.
COMMAS = frozenset("،,")


def _may_hold_address(text: str) -> bool:
    return "@" in text or "://" in text or "www." in text


class Token(NamedTuple):
    """One token: ``text`` is ``source[start:end]``; ``norm`` is for matching, never stored."""

    text: str
    start: int
    end: int
    kind: str  # word | number | punct | url | email | hashtag
    norm: str


#: C-level getters of a Token's fields (a named tuple's own attributes are slower to map over a unit).
TOKEN_TEXT, TOKEN_START, TOKEN_END, TOKEN_KIND, TOKEN_NORM = (
    itemgetter(Token._fields.index(name)) for name in ("text", "start", "end", "kind", "norm"))


def _splitter(pattern: re.Pattern) -> re.Pattern:
    """The pattern as one capturing group, without the kind groups: ``split`` then returns the
    flat list (spaces, token, spaces, ..., spaces), several times cheaper than a match object per
    token, and the spaces give the offsets."""
    # The lookahead turns a space away in one test where each alternative would be tried: split
    # looks for the next token from every space.
    return re.compile(r"(?=\S)(" + re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern) + ")", re.VERBOSE)


_SPLITTERS = {_TOKEN: _splitter(_TOKEN), _TOKEN_PLAIN: _splitter(_TOKEN_PLAIN)}


class _Lexemes(dict):
    """Token string → (the string, kind, normalised form), computed once per distinct string
    (news text repeats tokens a lot) and emptied when it grows big.  Tokens carry the stored
    string, so equal token texts are one object: less memory, and later per-word caches compare
    keys by identity.  A token's kind depends on its string alone: the alternatives are tried in
    the same order on the string by itself."""

    size = 500_000

    def __missing__(self, text: str) -> tuple[str, str, str]:
        if len(self) >= self.size:
            self.clear()
        if BARE_LETTERS.fullmatch(text):  # most new tokens: a word, with only letters to fold
            value = self[text] = (text, "word", fold_letters(text))
        else:
            value = self[text] = (text, _TOKEN.fullmatch(text).lastgroup, normalize_for_matching(text))
        return value


_LEXEMES = _Lexemes()
#: Builds a Token from a tuple at C speed (NamedTuple's own __new__ is Python code).
_new_token = tuple.__new__
_text, _kind, _norm = itemgetter(0), itemgetter(1), itemgetter(2)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens whose [start, end) slice the original exactly."""
    pieces = _SPLITTERS[_TOKEN if _may_hold_address(text) else _TOKEN_PLAIN].split(text)
    # Every character outside the tokens is a space, so the running sum of the lengths of
    # (spaces, token, spaces, token, ..., spaces) gives each token's start and end.  This is the
    # hot loop of corpus runs, hence C-level passes (map, zip, accumulate) instead of a Python loop.
    bounds = list(accumulate(map(len, pieces)))
    lexemes = list(map(_LEXEMES.__getitem__, pieces[1::2]))
    rows = zip(map(_text, lexemes), bounds[:-1:2], bounds[1::2], map(_kind, lexemes), map(_norm, lexemes),
               strict=True)
    return list(map(_new_token, repeat(Token), rows))
