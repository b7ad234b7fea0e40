"""Tokenisation with exact offsets: ``text[token.start:token.end] == token.text`` always."""

from __future__ import annotations

import re
from dataclasses import dataclass

from khabar.arabic.normalize import normalize_for_matching

_TOKEN = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"'«»]+[^\s<>"'«».,،؛:!?؟)\]])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<hashtag>[#@][\w\u0610-\u061a\u064b-\u065f\u0640]+)
  | (?P<number>[0-9٠-٩۰-۹]+(?:[.,٫٬/:][0-9٠-٩۰-۹]+)*%?)
  | (?P<word>[\w\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c\u200d]+(?:[-'’][\w\u0640]+)*)
  | (?P<punct>\.\.\.|…|[^\s\w])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # word | number | punct | url | email | hashtag
    norm: str  # normalised for matching (never stored)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens whose [start, end) slice the original exactly."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        tok = m.group()
        out.append(Token(tok, m.start(), m.end(), kind, normalize_for_matching(tok)))
    return out
