"""Exact Viterbi decoding of the trained CRF without building crfsuite item sequences.

crfsuite scores a label sequence as the sum, over words, of the weights of each word's
attributes for its label, plus the label-to-label transition weights.  A word's own attributes
and what it shows its neighbours depend on the word alone, so their weights are summed once per
word type into a score vector over labels; a sentence then costs a few vector additions per word
instead of ~30 attribute strings handed to crfsuite.

A document's scores and its Viterbi search are compiled loops (:mod:`.kernels`) over all its
sentences at once.
"""

from __future__ import annotations

from itertools import accumulate, chain, compress, pairwise, repeat
from operator import is_

import numpy as np

from khabar.entities.features import CONTEXT, FeatureExtractor, bigram_of, shown_features
from khabar.entities.kernels import document_scores, sum_rows, viterbi
from khabar.entities.matcher import Match
from khabar.entities.wordrows import word_rows

_OFFSET_NAMES = {str(d) for d in CONTEXT}
#: Word types whose scores are kept (about 0.5 KB each).
CACHE_LIMIT = 200_000


class Decoder:
    def __init__(self, labels: list[str], state: dict[tuple[str, str], float],
                 transitions: dict[tuple[str, str], float], features: FeatureExtractor) -> None:
        self.labels = labels
        index = {lab: i for i, lab in enumerate(labels)}
        #: attribute -> row of ``weights`` (its score per label); row 0 is all zeros.
        self.rows: dict[str, int] = {}
        for attr, _ in state:
            self.rows.setdefault(attr, len(self.rows) + 1)
        self.weights = np.zeros((len(self.rows) + 1, len(labels)))
        for (attr, label), w in state.items():
            self.weights[self.rows[attr], index[label]] += w
        # Per word feature x, its own weights and those of "d:x" for each neighbour offset d in
        # CONTEXT: ``table[row] `` is (1 + len(CONTEXT)) x labels; row 0 is all zeros.
        self.word_rows: dict[str, int] = {}
        owned: list[tuple[str, int, int]] = []
        for attr, row in self.rows.items():
            d, sep, x = attr.partition(":")
            if sep and d in _OFFSET_NAMES and shown_features([x]):
                owned.append((x, 1 + CONTEXT.index(int(d)), row))
            elif bigram_of(attr) is None:
                owned.append((attr, 0, row))
        for x, _, _ in owned:
            self.word_rows.setdefault(x, len(self.word_rows) + 1)
        self.table = np.zeros((len(self.word_rows) + 1, 1 + len(CONTEXT), len(labels)))
        for x, k, row in owned:
            self.table[self.word_rows[x], k] = self.weights[row]
        #: Whether a row has weights for what its word shows the neighbours (most have none).
        self.shown = self.table[:, 1:].any(axis=(1, 2))
        # Word pairs: (left, right) ``w=`` values -> rows of the pair's weights for the right and
        # the left word.
        self.pairs: dict[tuple[str, str], list[int]] = {}
        for attr, row in self.rows.items():
            if (pair := bigram_of(attr)) is not None:
                self.pairs.setdefault((pair[0][2:], pair[1][2:]), [0, 0])[pair[2]] = row
        self.trans = np.zeros((len(labels), len(labels)))
        for (a, b), w in transitions.items():
            self.trans[index[a], index[b]] = w
        #: ``trans_into[b, a]``: the weight of going from label a to label b.
        self.trans_into = np.ascontiguousarray(self.trans.T)
        self.features = features
        self.word_rows_of = word_rows(features, self.word_rows)
        self.offsets = np.array(CONTEXT, dtype=np.intp)
        #: word -> its row of ``_pool`` (summed scores as in :meth:`_add_words`); row -> ``w=`` value.
        self._rows: dict[str, int] = {}
        self._keys: list[str] = []
        self._pool = np.zeros((1024, 1 + len(CONTEXT), len(labels)))
        self._edges: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._lex: dict[str, tuple[tuple[int, ...], tuple[int, ...], int, int]] = {}

    def _words(self, words: list[str]) -> list[int]:
        """The row of ``_pool`` of each word (its own scores with the bias and those shown to each
        neighbour offset), cached per word type; the types not seen before are scored together.
        The cache is read once per word: it is large, and each read costs a memory access."""
        rows = self._rows
        found = list(map(rows.get, words))
        missing = list(compress(range(len(words)), map(is_, found, repeat(None))))
        if missing:
            new = list(dict.fromkeys(words[i] for i in missing))
            if len(rows) + len(new) > CACHE_LIMIT:  # a long-running process meets ever more rare words
                rows.clear()
                self._keys.clear()
                new, missing = list(dict.fromkeys(words)), range(len(words))
            self._add_words(new)
            for i in missing:
                found[i] = rows[words[i]]
        return found

    def _add_words(self, words: list[str]) -> None:
        """Cache the ``w=`` value and summed score vectors of new word types: each word's rows
        (zero row 0, bias, its features in order) added one after another (:func:`.sum_rows`)."""
        head = (0, self.word_rows["bias"])
        flat: list[int] = []
        ends = []
        for key, rows in map(self.word_rows_of, words):
            self._keys.append(key)
            flat += head
            flat += filter(None, rows)  # (no feature has row 0)
            ends.append(len(flat))
        start = len(self._rows)
        end = start + len(words)
        if end > len(self._pool):
            grown = np.zeros((max(end, 2 * len(self._pool)), *self._pool.shape[1:]))
            grown[:start] = self._pool[:start]
            self._pool = grown
        sum_rows(self.table, self.shown, np.array(flat, dtype=np.intp), np.array(ends, dtype=np.intp), self._pool,
                 start)
        self._rows.update(zip(words, range(start, end), strict=True))

    def scores(self, sentences: list[list[str]], matches: list[list[Match] | None]) -> tuple[np.ndarray, list[str]]:
        """Label scores (words x labels) of the words of all sentences, one after another, from
        their attributes alone; and each word's ``w=`` value (its folded spelling)."""
        rows = self._words(list(chain.from_iterable(sentences)))
        keys = list(map(self._keys.__getitem__, rows))
        at, extra = self._sentence_rows(sentences, matches, keys)
        return document_scores(self._pool, np.array(rows, dtype=np.intp), _lengths(sentences), self.offsets,
                               np.array(at, dtype=np.intp), np.array(extra, dtype=np.intp), self.weights), keys

    def _sentence_rows(self, sentences: list[list[str]], matches: list[list[Match] | None],
                       keys: list[str]) -> tuple[list[int], list[int]]:
        """(word index, weight row) of the sentence-dependent attributes of every word.

        Each word's rows come in the order :meth:`FeatureExtractor.sentence_extras` lists its
        attributes (edges, then lexicon labels by position, then word pairs: the one it ends, then
        the one it starts), so ``np.add.at`` sums them as before, to the last bit; words of other
        sentences may come in between."""
        starts = list(accumulate(map(len, sentences), initial=0))
        at: list[int] = []
        out: list[int] = []
        for start, words in zip(starts[:-1], sentences, strict=True):
            positions, rows = self._edge_rows(len(words))
            at += map(start.__add__, positions)
            out += rows
        for start, words, found in zip(starts[:-1], sentences, matches, strict=True):
            if found == []:  # no match: no label
                continue
            lex = self.features.lexicon_labels(words, found)
            n = len(words)
            for j in compress(range(n), lex):
                offsets, rows, last, first = self._lexicon_rows(lex[j])
                if j >= last and j - first < n:  # every word it reaches is in the sentence (most)
                    at += map((start + j).__sub__, offsets)
                    out += rows
                    continue
                for d, r in zip(offsets, rows, strict=True):
                    if 0 <= j - d < n:
                        at.append(start + j - d)
                        out.append(r)
        # word pairs over the whole document at once, except those across a sentence boundary
        pairs = list(map(self.pairs.get, pairwise(keys)))
        cut = set(starts)
        for i in compress(range(len(pairs)), pairs):
            if i + 1 not in cut:
                at += (i + 1, i)
                out += pairs[i]
        return at, out

    def _edge_rows(self, n: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(word indices, rows) of the sentence-edge attributes of an ``n``-word sentence."""
        hit = self._edges.get(n)
        if hit is None:
            extras = self.features.sentence_extras([""] * n, [None] * n, bigrams=False)
            found = [(i, r) for i, extra in extras.items() for a in extra if (r := self.rows.get(a)) is not None]
            hit = (tuple(i for i, _ in found), tuple(r for _, r in found))
            if n <= 512:
                self._edges[n] = hit
        return hit

    def _lexicon_rows(self, label: str) -> tuple[tuple[int, ...], tuple[int, ...], int, int]:
        """The offsets d and rows of what a word with lexicon ``label`` adds to the word d before it
        (d = 0: itself), in :meth:`FeatureExtractor.sentence_extras` order; and the largest and
        smallest offset (0 when none)."""
        hit = self._lex.get(label)
        if hit is None:
            names = [(0, f"lex={label}"), *((d, f"{d}:lex={label}") for d in CONTEXT)]
            found = [(d, r) for d, a in names if (r := self.rows.get(a)) is not None]
            offsets, rows = tuple(d for d, _ in found), tuple(r for _, r in found)
            hit = self._lex[label] = (offsets, rows, max(offsets, default=0), min(offsets, default=0))
        return hit

    def tag(self, words: list[str], matches: list[Match] | None = None) -> list[str]:
        """The best label sequence (the one crfsuite's tagger finds)."""
        return self.tag_many([words], [matches])[0]

    def tag_many(self, sentences: list[list[str]], matches: list[list[Match] | None]) -> list[list[str]]:
        """Best label sequences for many sentences (the document's scores, then one search)."""
        return self.tag_document(sentences, matches)[0]

    def tag_document(self, sentences: list[list[str]], matches: list[list[Match] | None]
                     ) -> tuple[list[list[str]], list[str]]:
        """:meth:`tag_many`'s label sequences, and the folded spelling of every word, in order
        (found on the way, from the cache: what a later pass over the document would fold again)."""
        if not any(sentences):
            return [[] for _ in sentences], []
        e, keys = self.scores(sentences, matches)
        paths = viterbi(e, _lengths(sentences), self.trans_into)
        names = list(map(self.labels.__getitem__, paths.tolist()))
        ends = list(accumulate(map(len, sentences)))
        return [names[end - len(words):end] for words, end in zip(sentences, ends, strict=True)], keys


def _lengths(sentences: list[list[str]]) -> np.ndarray:
    return np.fromiter(map(len, sentences), dtype=np.intp, count=len(sentences))
