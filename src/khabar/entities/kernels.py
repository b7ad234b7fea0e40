"""The decoder's inner loops, compiled (numba): new word types' score vectors, a document's label
scores and its Viterbi search.

numpy over sentences made the search a Python step per word position (some 8 us each, about 0.4
ms an article at the longest sentence's length); compiled, the whole document takes a few
microseconds.  The functions do numpy's own float arithmetic in numpy's order (no fast-math, no
reassociation: additions one after another, as ``+=`` and ``np.add.at`` do them), so the scores,
ties and paths are exactly those of the numpy code they replace.

Signatures are given, so the functions are compiled (or read back from numba's cache beside this
file, else in the user's cache directory) once, when the module is imported with the tagger, never
in the middle of an article; where neither place is writable they are compiled at every start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy as np
from numba import njit

F = TypeVar("F", bound=Callable)


def compiled(signature: str) -> Callable[[F], F]:
    """``njit`` with numba's on-disk cache, or without it when numba finds nowhere to write one."""
    def wrap(fn: F) -> F:
        try:
            return njit(signature, cache=True)(fn)
        except RuntimeError:  # "cannot cache function ...: no locator available"
            return njit(signature)(fn)

    return wrap


@compiled("void(float64[:, :, ::1], boolean[::1], intp[::1], intp[::1], float64[:, :, ::1], intp)")
def sum_rows(table: np.ndarray, shown: np.ndarray, flat: np.ndarray, ends: np.ndarray, pool: np.ndarray,
             start: int) -> None:
    """``pool[start + i]``: the rows ``table[flat[j]]`` of word i (``ends[i - 1] <= j < ends[i]``)
    added one after another, as numpy sums them along a row axis (no gathered copy in between).

    Only the first of a row's parts is read where ``shown`` is false: the others are zeros, and
    adding +0.0 changes nothing (the table holds no -0.0), while a feature no neighbour sees (an
    affix, a length) would cost five times the memory reads."""
    begin = 0
    m, k = table.shape[1], table.shape[2]
    for i in range(len(ends)):
        out = pool[start + i]
        first = table[flat[begin]]
        for c in range(m):
            for label in range(k):
                out[c, label] = first[c, label]
        for j in range(begin + 1, ends[i]):
            row = table[flat[j]]
            for c in range(m if shown[flat[j]] else 1):
                for label in range(k):
                    out[c, label] += row[c, label]
        begin = ends[i]


@compiled("float64[:, ::1](float64[:, :, ::1], intp[::1], intp[::1], intp[::1], intp[::1], intp[::1], "
          "float64[:, ::1])")
def document_scores(pool: np.ndarray, rows: np.ndarray, lengths: np.ndarray, offsets: np.ndarray,
                    at: np.ndarray, extra: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Label scores (words x labels) of consecutive sentences of ``lengths`` words.

    ``pool[rows[i]]`` holds word i's own scores (row 0) and those it shows the word at each
    neighbour offset (row 1 + k for ``offsets[k]``); a word adds its neighbours' within its
    sentence, in offset order; then ``weights[extra[j]]`` is added to word ``at[j]``, in order."""
    n, k = len(rows), pool.shape[2]
    e = np.empty((n, k))
    start = 0
    for size in lengths:
        for i in range(start, start + size):
            own = pool[rows[i], 0]
            for label in range(k):
                e[i, label] = own[label]
            for c in range(len(offsets)):
                j = i + offsets[c]
                if start <= j < start + size:
                    shown = pool[rows[j], 1 + c]
                    for label in range(k):
                        e[i, label] += shown[label]
        start += size
    for j in range(len(at)):
        row, word = weights[extra[j]], at[j]
        for label in range(k):
            e[word, label] += row[label]
    return e


@compiled("intp[::1](float64[:, ::1], intp[::1], float64[:, ::1])")
def viterbi(e: np.ndarray, lengths: np.ndarray, trans_into: np.ndarray) -> np.ndarray:
    """Best label index per word for consecutive sentences of ``lengths`` words with scores ``e``
    (words x labels); ``trans_into[b, a]`` is the weight of label a followed by label b.

    The textbook recursion: at each word, for each label the best previous label (the first of
    equal scores, as ``argmax`` takes) and its score plus the word's own."""
    k = e.shape[1]
    out = np.zeros(len(e), dtype=np.intp)
    score = np.empty(k)
    best = np.empty(k)
    back = np.empty((max(1, lengths.max()) if len(lengths) else 1, k), dtype=np.intp)
    start = 0
    for n in lengths:
        if n == 0:
            continue
        score[:] = e[start]
        for i in range(1, n):
            for b in range(k):
                arg, top = 0, score[0] + trans_into[b, 0]
                for a in range(1, k):
                    c = score[a] + trans_into[b, a]
                    if c > top:
                        arg, top = a, c
                back[i, b] = arg
                best[b] = top + e[start + i, b]
            score[:] = best
        last = 0
        for b in range(1, k):
            if score[b] > score[last]:
                last = b
        out[start + n - 1] = last
        for i in range(n - 1, 0, -1):
            last = back[i, last]
            out[start + i - 1] = last
        start += n
    return out
