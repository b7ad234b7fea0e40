"""A bounded per-key memo on a plain dict, for the per-word-type caches of the hot paths.

functools.lru_cache keeps a linked list of entries that the garbage collector must walk again and
again while a corpus run fills it (a fifth of a cold run's time, measured); a dict of strings,
floats and atom-only tuples holds nothing for it to walk, and is faster to consult.  When a memo
reaches its size it is emptied, which keeps memory bounded on endless streams.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict):
    """``Memo(fn, size)(key)`` is ``fn(key)``, computed once per key while the memo holds it."""

    def __init__(self, fn: Callable, size: int) -> None:
        super().__init__()
        self.fn = fn
        self.size = size

    def __missing__(self, key):
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.fn(key)
        return value

    __call__ = dict.__getitem__


def memo(size: int) -> Callable[[Callable[[K], V]], Callable[[K], V]]:
    """Decorator: memoise a one-argument function (pass a tuple for several).  The memo's own
    ``__getitem__`` stands for the function: a hit is then one dictionary probe, where calling the
    memo costs twice that (and an lru_cache hit more again, in a large table)."""

    def wrap(fn: Callable[[K], V]) -> Callable[[K], V]:
        return Memo(fn, size).__getitem__

    return wrap
