"""Per-word facts for the candidate scans of later stages, computed once per distinct word.

Words repeat heavily in news text, so what a scan needs to know about a token (can a time
pattern start in it, and where) is worked out once per distinct token text and process, in a
:class:`~khabar.arabic.memo.Memo` the stage declares with :func:`word_facts`.  A scan of a text
unit then takes the unit's tokens (made once by the ``arabic`` stage) and visits only those whose
fact is set (:func:`flagged`), instead of trying every position of the unit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import compress
from operator import itemgetter
from typing import TypeVar

from khabar.arabic.memo import Memo
from khabar.arabic.tokenize import Token

V = TypeVar("V")
#: A token's text by position (Token is a named tuple: faster than by attribute).
_TEXT = itemgetter(Token._fields.index("text"))


def word_facts(size: int) -> Callable[[Callable[[str], V]], Memo]:
    """Decorator: a fact about a token text, computed once per distinct text (``size`` held).

    A fact is falsy (an empty tuple, ``None``) for the tokens a scan can skip.
    """

    def wrap(fn: Callable[[str], V]) -> Memo:
        return Memo(fn, size)

    return wrap


def flagged(tokens: list[Token], fact: Memo) -> Iterator[tuple[Token, object]]:
    """(token, fact) for the tokens whose ``fact`` is set, in text order."""
    # one dictionary probe per text already seen (the bound __getitem__ is C; calling the memo
    # itself goes through its Python-level __call__ slot, twice the cost)
    facts = list(map(fact.__getitem__, map(_TEXT, tokens)))
    for i in compress(range(len(facts)), facts):
        yield tokens[i], facts[i]
