"""Distributional word classes for the tagger: k-means over fastText vectors of the news corpora.

Skip-gram vectors with character n-grams (fastText, gensim) are trained offline on every article
of ../shared/corpora (folded spellings); the frequent words and their clitic-stripped stems (whose
vectors the n-grams give even when the bare stem is rare) are clustered at several granularities,
coarse to fine, and only ``key<TAB>id<TAB>id...`` is kept.  Built by :mod:`khabar.entities.wordstats`
(``make ner-resources``, which needs the ``train`` extra); read at run time by
:func:`word_clusters`: a dictionary lookup per word, no gensim or numpy needed then.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from khabar.entities.keys import readings

CLUSTERS_PATH = Path(__file__).parent / "resources" / "clusters.tsv"
GRANULARITIES = (32, 128, 512, 2048)
#: Corpus occurrences a word needs to be classed (its stems are classed too).
MIN_COUNT = 5
VECTOR = {"vector_size": 100, "window": 5, "sg": 1, "negative": 5, "min_count": MIN_COUNT, "epochs": 5,
          "min_n": 3, "max_n": 5, "bucket": 500_000, "sample": 1e-4, "seed": 13}


def train_vectors(corpus: Path, workers: int = 2):
    """fastText skip-gram vectors (gensim ``KeyedVectors``) of a one-sentence-per-line corpus."""
    from gensim.models import FastText

    return FastText(corpus_file=str(corpus), workers=workers, **VECTOR).wv


def kmeans(x, k: int, iterations: int = 15, seed: int = 13, chunk: int = 20_000):
    """Spherical k-means labels of the unit-length rows of ``x`` (cosine similarity)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.intp)
    for _ in range(iterations):
        for i in range(0, len(x), chunk):  # words x centres at once would not fit in memory
            labels[i:i + chunk] = np.argmax(x[i:i + chunk] @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centres = np.where(norms > 0, sums / np.maximum(norms, 1e-9), centres)
    return labels


def classed_keys(vocabulary: list[str]) -> list[str]:
    """The words to class: the vocabulary and the clitic-stripped stems of its words."""
    keys = dict.fromkeys(vocabulary)
    for w in vocabulary:
        keys.setdefault(readings(w)[-1])
    return [k for k in keys if k]


def write_clusters(corpus: Path, path: Path = CLUSTERS_PATH, granularities: tuple[int, ...] = GRANULARITIES) -> int:
    """Train vectors on ``corpus``, class its words and their stems, write ``path``; returns the
    number of keys written."""
    import numpy as np

    wv = train_vectors(corpus)
    keys = classed_keys(list(wv.index_to_key))
    x = np.stack([wv[k] for k in keys]).astype(np.float32)  # n-gram vectors for stems unseen whole
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    labels = [kmeans(x, k) for k in granularities]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# word<TAB>" + "<TAB>".join(f"k{k}" for k in granularities)
                 + " (fastText k-means classes; khabar.entities.wordstats)\n")
        for i, w in enumerate(keys):
            fh.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    return len(keys)


@lru_cache(maxsize=1)
def cluster_prefixes() -> tuple[str, ...]:
    """Feature prefixes of the classes, coarse to fine (``c32=``...), from the file's header."""
    if not CLUSTERS_PATH.exists():
        return ()
    with open(CLUSTERS_PATH, encoding="utf-8") as fh:
        header = fh.readline()
    columns = header.split()[1].split("<TAB>")[1:]  # "# word<TAB>k32<TAB>k128 (made by ...)"
    return tuple(f"c{name[1:]}=" for name in columns)


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, tuple[str, ...]]:
    """folded word -> cluster ids (coarse to fine); empty when the file has not been built."""
    if not CLUSTERS_PATH.exists():
        return {}
    out = {}
    with open(CLUSTERS_PATH, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, *ids = line.rstrip("\n").split("\t")
            out[word] = tuple(ids)
    return out
