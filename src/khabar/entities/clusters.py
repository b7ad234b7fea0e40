"""Distributional word classes for the tagger: k-means over reduced co-occurrence vectors.

Each frequent word (folded spelling) is described by how often each of the commonest words
occurs just left and just right of it; the log counts are reduced by SVD and clustered at two
granularities (coarse and fine), a cheap stand-in for Brown clusters.  Built offline by
:mod:`khabar.entities.wordstats`; read at run time by :func:`word_clusters` (no numpy needed then).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from khabar.datafiles import tsv_rows
from khabar.entities.keys import fold

CLUSTERS_PATH = Path(__file__).parent / "resources" / "clusters.tsv"
N_WORDS = 40_000
N_CONTEXTS = 1_000
DIMS = 80
GRANULARITIES = (64, 512)


def _cooccurrence(sentences: list[list[str]], vocab: dict[str, int], contexts: dict[str, int]):
    import numpy as np

    m = np.zeros((len(vocab), 2 * len(contexts)), dtype=np.float32)
    nc = len(contexts)
    for words in sentences:
        keys = [fold(w) for w in words]
        for i, k in enumerate(keys):
            row = vocab.get(k)
            if row is None:
                continue
            if i > 0 and (c := contexts.get(keys[i - 1])) is not None:
                m[row, c] += 1
            if i + 1 < len(keys) and (c := contexts.get(keys[i + 1])) is not None:
                m[row, nc + c] += 1
    return m


def _kmeans(x, k: int, iterations: int = 20, seed: int = 13):
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)]
    for _ in range(iterations):
        labels = np.argmax(x @ centres.T, axis=1)  # rows are unit length: cosine
        for j in range(k):
            members = x[labels == j]
            if len(members):
                c = members.sum(axis=0)
                centres[j] = c / (np.linalg.norm(c) or 1.0)
    return np.argmax(x @ centres.T, axis=1)


def write_clusters(sentences: list[list[str]], counts: Counter[str], path: Path = CLUSTERS_PATH) -> None:
    import numpy as np

    folded: Counter[str] = Counter()
    for w, n in counts.items():
        folded[fold(w)] += n
    vocab = {w: i for i, (w, _) in enumerate(folded.most_common(N_WORDS))}
    contexts = {w: i for i, (w, _) in enumerate(folded.most_common(N_CONTEXTS))}
    m = np.log1p(_cooccurrence(sentences, vocab, contexts))
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    u, s, _ = np.linalg.svd(m, full_matrices=False)
    x = u[:, :DIMS] * s[:DIMS]
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    labels = [_kmeans(x, k) for k in GRANULARITIES]
    words = list(vocab)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# word<TAB>" + "<TAB>".join(f"k{k}" for k in GRANULARITIES) + " (khabar.entities.wordstats)\n")
        for i, w in enumerate(words):
            fh.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")


@lru_cache(maxsize=1)
def cluster_prefixes() -> tuple[str, ...]:
    """Feature prefixes of the classes, coarse to fine (``c64=``...), from the file's header."""
    if not CLUSTERS_PATH.exists():
        return ()
    with open(CLUSTERS_PATH, encoding="utf-8") as fh:
        header = fh.readline()
    columns = header.split()[1].split("<TAB>")[1:]  # "# word<TAB>k64<TAB>k512 (made by ...)"
    return tuple(f"c{name[1:]}=" for name in columns)


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, tuple[str, ...]]:
    """folded word -> cluster ids (coarse to fine); empty when the file has not been built."""
    if not CLUSTERS_PATH.exists():
        return {}
    return {word: tuple(ids) for word, *ids in tsv_rows(CLUSTERS_PATH.read_text(encoding="utf-8"))}


@lru_cache(maxsize=1)
def word_ranks() -> dict[str, int]:
    """folded word -> its rank among the corpora's frequent words (0 the commonest): the clusters
    file lists them by frequency, most frequent first."""
    return {word: rank for rank, word in enumerate(word_clusters())}
