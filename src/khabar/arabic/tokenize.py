"""Tokenisation with exact offsets: ``text[token.start:token.end] == token.text`` always.

Every non-space character of the text falls in exactly one token.  Kinds: ``word`` (Arabic, Latin
or mixed-script letters with their diacritics and tatweel), ``number`` (digits of any script with
inner separators: 106,78 / 12.5 / ٢٠١٧ / 14/11/2017 / 3،4), ``hashtag`` (#جوني_هاليداي, @user),
``url``, ``email`` and ``punct`` (one character, or an ellipsis).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.arabic.normalize import normalize_for_matching

_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c\u200d"
#: Letters of any script with their marks; digits only after a Latin letter (mp3, COVID19), so that
#: an Arabic proclitic before a number stays apart: و12.5 → و + 12.5.
_WORD = rf"(?:[^\W\d_]|[{_MARKS}])(?:[^\W\d_]|[{_MARKS}]|(?<=[A-Za-z0-9])[0-9])*"
_TOKEN = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s<>"'«»]*[^\s<>"'«».,،؛:!?؟)\]])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<hashtag>[#@][\w{_MARKS}]+)
  | (?P<number>[\d]+(?:[.,٫٬/:،][\d]+)*[%٪]?)
  | (?P<word>{_WORD}(?:[-'’]{_WORD})*)
  | (?P<punct>\.\.\.|…|\S)
    """,
    re.VERBOSE,
)


#: Not frozen only because a frozen dataclass is four times slower to build, and tokenizing is
#: the hot loop of corpus runs: treat tokens as immutable (they are hashable by value).
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # word | number | punct | url | email | hashtag
    norm: str  # normalised for matching (never stored)


#: Tokens repeat a lot in news text: normalise each distinct string once.
_norm = lru_cache(maxsize=200_000)(normalize_for_matching)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens whose [start, end) slice the original exactly."""
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        start, end = m.span()
        out.append(Token(tok, start, end, m.lastgroup or "punct", _norm(tok)))
    return out
