"""Tokenisation with exact offsets: ``text[token.start:token.end] == token.text`` always.

Every non-space character of the text falls in exactly one token.  Kinds: ``word`` (Arabic, Latin
or mixed-script letters with their diacritics and tatweel), ``number`` (digits of any script with
inner separators: 106,78 / 12.5 / ٢٠١٧ / 14/11/2017 / 3،4), ``hashtag`` (#جوني_هاليداي, @user),
``url``, ``email`` and ``punct`` (one character, or an ellipsis).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from khabar.arabic.normalize import normalize_for_matching

_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c\u200d"
#: Letters of any script with their marks; digits only after a Latin letter (mp3, COVID19), so that
#: an Arabic proclitic before a number stays apart: و12.5 → و + 12.5.
_WORD = rf"(?:[^\W\d_]|[{_MARKS}])(?:[^\W\d_]+|[{_MARKS}]+|(?<=[A-Za-z0-9])[0-9]+)*"
_URL = r"""(?P<url>(?:https?://|www\.)[^\s<>"'«»]*[^\s<>"'«».,،؛:!?؟)\]])"""
_EMAIL = r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
#: The first branch is a fast path for the common case, a bare run of Arabic letters.
_COMMON = rf"""
    (?P<word>[\u0621-\u064a]+(?![^\W\d_]|[{_MARKS}]|[-'’]) | {_WORD}(?:[-'’]{_WORD})*)
  | (?P<number>\d+(?:[.,٫٬/:،]\d+)*[%٪]?)
  | (?P<hashtag>[#@][\w{_MARKS}]+)
  | (?P<punct>\.\.\.|…|\S)
"""
#: URLs and e-mail addresses come first when the text may hold one; most texts hold none, and
#: trying them at every word would double the cost of tokenizing.
_TOKEN = re.compile(f"{_URL} | {_EMAIL} | {_COMMON}", re.VERBOSE)
_TOKEN_PLAIN = re.compile(_COMMON, re.VERBOSE)


def _may_hold_address(text: str) -> bool:
    return "@" in text or "://" in text or "www." in text


class Token(NamedTuple):
    """One token: ``text`` is ``source[start:end]``; ``norm`` is for matching, never stored."""

    text: str
    start: int
    end: int
    kind: str  # word | number | punct | url | email | hashtag
    norm: str


#: Builds a Token from a tuple at C speed (NamedTuple's own __new__ is Python code): tokenizing
#: is the hot loop of corpus runs.
_new_token = tuple.__new__


#: Normalised form of each distinct token string (news text repeats tokens a lot); a plain dict
#: is several times faster to consult than functools.lru_cache, and is emptied when it grows big.
_NORMS: dict[str, str] = {}
_NORMS_MAX = 500_000


def _kind_names(pattern: re.Pattern) -> list[str]:
    """Group number → kind name (``match.lastindex`` is cheaper to read than ``lastgroup``)."""
    names = ["punct"] * (pattern.groups + 1)
    for name, index in pattern.groupindex.items():
        names[index] = name
    return names


_KINDS = {_TOKEN: _kind_names(_TOKEN), _TOKEN_PLAIN: _kind_names(_TOKEN_PLAIN)}


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens whose [start, end) slice the original exactly."""
    pattern = _TOKEN if _may_hold_address(text) else _TOKEN_PLAIN
    kinds = _KINDS[pattern]
    norms = _NORMS
    out: list[Token] = []
    append = out.append
    for m in pattern.finditer(text):
        tok = m.group()
        norm = norms.get(tok)
        if norm is None:
            if len(norms) >= _NORMS_MAX:
                norms.clear()
            norm = norms[tok] = normalize_for_matching(tok)
        start, end = m.span()
        append(_new_token(Token, (tok, start, end, kinds[m.lastindex], norm)))
    return out
