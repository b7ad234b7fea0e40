"""The compiled decoder loops: best paths as an exhaustive search finds them, scores as numpy sums them."""

import itertools

import numpy as np
import pytest

from khabar.entities.kernels import compiled, document_scores, sum_rows, viterbi


def best_paths(e: np.ndarray, lengths: list[int], trans_into: np.ndarray) -> list[int]:
    """Every label sequence of every sentence tried, the best kept (random scores: no ties)."""
    out, start = [], 0
    for n in lengths:
        def total(path, start=start):
            return sum(e[start + i, b] for i, b in enumerate(path)) + sum(
                trans_into[b, a] for a, b in itertools.pairwise(path))
        paths = list(itertools.product(range(e.shape[1]), repeat=n))
        out += max(paths, key=total) if n else []
        start += n
    return out


@pytest.mark.parametrize("lengths", [[1], [3], [2, 0, 4], [4, 1, 3]])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_viterbi_finds_the_best_path_of_each_sentence(lengths, seed):
    rng = np.random.default_rng(seed)
    e = rng.normal(size=(sum(lengths), 3))
    trans_into = rng.normal(size=(3, 3))
    got = viterbi(e, np.array(lengths, dtype=np.intp), trans_into).tolist()
    assert got == best_paths(e, lengths, trans_into)


def test_viterbi_ties_go_to_the_first_label():
    e = np.zeros((3, 4))
    assert viterbi(e, np.array([3], dtype=np.intp), np.zeros((4, 4))).tolist() == [0, 0, 0]
    e[1, 2] = e[1, 3] = 1.0  # two equal best labels for the middle word
    assert viterbi(e, np.array([3], dtype=np.intp), np.zeros((4, 4))).tolist() == [0, 2, 0]


def test_document_scores_add_neighbours_within_a_sentence_then_extras_in_order():
    rng = np.random.default_rng(7)
    offsets = np.array([-2, -1, 1, 2], dtype=np.intp)
    pool = rng.normal(size=(6, 1 + len(offsets), 3))
    rows = np.array([1, 2, 3, 4, 5, 2], dtype=np.intp)
    lengths = np.array([2, 0, 4], dtype=np.intp)
    weights = rng.normal(size=(4, 3))
    at, extra = np.array([0, 3, 0], dtype=np.intp), np.array([1, 2, 3], dtype=np.intp)
    expected = pool[rows, 0].copy()
    for sentence in ([0, 1], [2, 3, 4, 5]):
        for i in sentence:
            for k, d in enumerate(offsets, start=1):
                if i + d in sentence:  # never across the sentence boundary
                    expected[i] += pool[rows[i + d], k]
    np.add.at(expected, at, weights[extra])
    got = document_scores(pool, rows, lengths, offsets, at, extra, weights)
    assert got.tobytes() == expected.tobytes()  # the same sums, to the last bit


def test_sum_rows_adds_each_words_rows_in_order_like_a_padded_numpy_sum():
    rng = np.random.default_rng(5)
    table = rng.normal(size=(30, 5, 9)) * 10.0 ** rng.integers(-8, 8, size=(30, 1, 1))
    table[0] = 0.0  # the padding row
    words = [[0, 3, 17, 4, 29, 8], [0, 1], [0, 2, 2, 5]]
    padded = np.zeros((len(words), max(map(len, words))), dtype=np.intp)
    for i, r in enumerate(words):
        padded[i, :len(r)] = r
    pool = np.full((6, 5, 9), np.nan)
    flat = np.array([r for w in words for r in w], dtype=np.intp)
    ends = np.cumsum([len(w) for w in words]).astype(np.intp)
    shown = np.ones(len(table), dtype=np.bool_)
    shown[[17, 2]] = False  # rows only their own word sees: the rest is zeros, never read
    zeroed = table.copy()
    zeroed[[17, 2], 1:] = 0.0
    table[[17, 2], 1:] = np.nan
    sum_rows(table, shown, flat, ends, pool, 2)
    assert pool[2:5].tobytes() == zeroed[padded].sum(axis=1).tobytes()  # to the last bit
    assert np.isnan(pool[:2]).all() and np.isnan(pool[5:]).all()  # only its rows written


def test_compiled_without_a_writable_cache_compiles_anyway(monkeypatch):
    from numba.core.caching import CacheImpl

    monkeypatch.setattr(CacheImpl, "_locator_classes", [])  # numba finds nowhere to write its cache

    @compiled("float64(float64)")
    def twice(x):
        return 2.0 * x

    assert twice(1.5) == 3.0
