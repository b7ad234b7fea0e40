"""Exact Viterbi decoding of the trained CRF without building crfsuite item sequences.

crfsuite scores a label sequence as the sum, over words, of the weights of each word's
attributes for its label, plus the label-to-label transition weights.  A word's own attributes
and what it shows its neighbours depend on the word alone, so their weights are summed once per
word type into a score vector over labels; a sentence then costs a few vector additions per word
instead of ~30 attribute strings handed to crfsuite.

The Viterbi search runs over all sentences of a document at once (numpy over sentences, a
Python step per word position), so its cost follows the longest sentence, not the word count.
"""

from __future__ import annotations

import numpy as np

from khabar.entities.features import CONTEXT, FeatureExtractor, bigram_of, shown_features
from khabar.entities.matcher import Match

_OFFSET_NAMES = {str(d) for d in CONTEXT}
#: Word types whose scores are kept (about 0.5 KB each).
CACHE_LIMIT = 200_000


class Decoder:
    def __init__(self, labels: list[str], state: dict[tuple[str, str], float],
                 transitions: dict[tuple[str, str], float], features: FeatureExtractor) -> None:
        self.labels = labels
        index = {lab: i for i, lab in enumerate(labels)}
        self.o = index["O"]
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
        # Word pairs: (left, right) -> rows of the pair's weights for the right and the left word.
        self.pairs: dict[tuple[str, str], list[int]] = {}
        for attr, row in self.rows.items():
            if (pair := bigram_of(attr)) is not None:
                self.pairs.setdefault(pair[:2], [0, 0])[pair[2]] = row
        self.pair_lefts = frozenset(left for left, _ in self.pairs)
        self.trans = np.zeros((len(labels), len(labels)))
        for (a, b), w in transitions.items():
            self.trans[index[a], index[b]] = w
        #: ``trans_into[b, a]``: the weight of going from label a to label b.
        self.trans_into = np.ascontiguousarray(self.trans.T)
        self.features = features
        #: word -> (its ``w=`` feature, its row of ``_pool``: summed scores as in :meth:`_add_words`).
        self._cache: dict[str, tuple[str, int]] = {}
        self._pool = np.zeros((1024, 1 + len(CONTEXT), len(labels)))
        self._edges: dict[int, list[tuple[int, int]]] = {}
        self._lex: dict[str, list[tuple[int, int]]] = {}

    def _words(self, words: list[str]) -> list[tuple[str, int]]:
        """(``w=`` feature, row of ``_pool`` holding its own scores with the bias and those shown
        to each neighbour offset) of each word, cached per word type; the types not seen before
        are scored together."""
        cache = self._cache
        new = [w for w in dict.fromkeys(words) if w not in cache]
        if new:
            if len(cache) + len(new) > CACHE_LIMIT:  # a long-running process meets ever more rare words
                cache.clear()
                new = list(dict.fromkeys(words))
            self._add_words(new)
        return [cache[w] for w in words]

    def _add_words(self, words: list[str]) -> None:
        """Cache the ``w=`` feature and summed score vectors of new word types, in one numpy
        gather: each word's rows (zero row 0, bias, its features in order) padded with row 0 and
        added one after another along the row axis."""
        rows = self.word_rows
        head = [0, rows["bias"]]
        keys, picked = [], []
        for w in words:
            feats = self.features.word_features(w)
            keys.append(feats[0])
            picked.append(head + [r for a in feats if (r := rows.get(a)) is not None])
        index = np.zeros((len(words), max(map(len, picked))), dtype=np.intp)
        for i, r in enumerate(picked):
            index[i, :len(r)] = r
        start = len(self._cache)
        end = start + len(words)
        if end > len(self._pool):
            grown = np.zeros((max(end, 2 * len(self._pool)), *self._pool.shape[1:]))
            grown[:start] = self._pool[:start]
            self._pool = grown
        self._pool[start:end] = self.table[index].sum(axis=1)
        self._cache.update(zip(words, zip(keys, range(start, end), strict=True), strict=True))

    def scores(self, sentences: list[list[str]], matches: list[list[Match] | None]) -> np.ndarray:
        """Label scores (words x labels) of the words of all sentences, one after another, from
        their attributes alone (numpy over the whole document)."""
        parts = self._words([w for words in sentences for w in words])
        both = self._pool[[p[1] for p in parts]]  # words x (own, shown at each offset) x labels
        e = both[:, 0].copy()
        lengths = np.array([len(words) for words in sentences])
        pos = np.arange(len(parts)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        size = np.repeat(lengths, lengths)
        n = len(parts)
        for k, d in enumerate(CONTEXT, start=1):
            if n > abs(d):  # a neighbour in the same sentence
                if d > 0:
                    e[:n - d] += both[d:, k] * (pos[:n - d] + d < size[:n - d])[:, None]
                else:
                    e[-d:] += both[:n + d, k] * (pos[-d:] + d >= 0)[:, None]
        at, rows = self._sentence_rows(sentences, matches, [p[0] for p in parts])
        if at:
            np.add.at(e, at, self.weights[rows])
        return e

    def _sentence_rows(self, sentences: list[list[str]], matches: list[list[Match] | None],
                       keys: list[str]) -> tuple[list[int], list[int]]:
        """(word index, weight row) of the sentence-dependent attributes of every word.

        Each word's rows come in the order :meth:`FeatureExtractor.sentence_extras` lists its
        attributes (edges, then lexicon labels by position, then word pairs), so ``np.add.at``
        sums them as before, to the last bit."""
        pairs, lefts = self.pairs, self.pair_lefts
        at: list[int] = []
        out: list[int] = []
        start = 0
        for words, found in zip(sentences, matches, strict=True):
            n = len(words)
            for i, r in self._edge_rows(n):
                at.append(start + i)
                out.append(r)
            lex = self.features.lexicon_labels(words, found)
            if any(lex):
                for j, label in enumerate(lex):
                    if label:
                        for d, r in self._lexicon_rows(label):
                            if 0 <= j - d < n:
                                at.append(start + j - d)
                                out.append(r)
            here = keys[start:start + n]
            for i in [i for i, k in enumerate(here[:-1]) if k in lefts]:
                if (pair := pairs.get((here[i], here[i + 1]))) is not None:
                    at += [start + i + 1, start + i]
                    out += pair
            start += n
        return at, out

    def _edge_rows(self, n: int) -> list[tuple[int, int]]:
        """(word index, row) of the sentence-edge attributes of an ``n``-word sentence."""
        hit = self._edges.get(n)
        if hit is None:
            extras = self.features.sentence_extras([""] * n, [None] * n, bigrams=False)
            hit = [(i, r) for i, extra in extras.items() for a in extra if (r := self.rows.get(a)) is not None]
            if n <= 512:
                self._edges[n] = hit
        return hit

    def _lexicon_rows(self, label: str) -> list[tuple[int, int]]:
        """(offset d, row) of what a word with lexicon ``label`` adds to the word d before it
        (d = 0: itself), in :meth:`FeatureExtractor.sentence_extras` order."""
        hit = self._lex.get(label)
        if hit is None:
            names = [(0, f"lex={label}"), *((d, f"{d}:lex={label}") for d in CONTEXT)]
            hit = self._lex[label] = [(d, r) for d, a in names if (r := self.rows.get(a)) is not None]
        return hit

    def tag(self, words: list[str], matches: list[Match] | None = None) -> list[str]:
        """The best label sequence (the one crfsuite's tagger finds)."""
        return self.tag_many([words], [matches])[0]

    def tag_many(self, sentences: list[list[str]], matches: list[list[Match] | None]) -> list[list[str]]:
        """Best label sequences for many sentences, searched side by side (numpy over sentences)."""
        out: list[list[str]] = [[] for _ in sentences]
        if not any(sentences):
            return out
        e = self.scores(sentences, matches)
        lengths = [len(s) for s in sentences]
        order = sorted((i for i, n in enumerate(lengths) if n), key=lambda i: -lengths[i])
        slot = np.empty(len(sentences), dtype=np.intp)
        slot[order] = np.arange(len(order))
        sorted_lengths = [lengths[i] for i in order]
        counts = np.asarray(lengths)
        pos = np.arange(len(e)) - np.repeat(np.cumsum(counts) - counts, counts)
        padded = np.zeros((len(order), sorted_lengths[0], len(self.labels)))
        padded[np.repeat(slot, counts), pos] = e
        paths = self._viterbi(padded, sorted_lengths).tolist()
        for i in order:
            out[i] = [self.labels[k] for k in paths[slot[i]][:lengths[i]]]
        return out

    def _viterbi(self, e: np.ndarray, lengths: list[int]) -> np.ndarray:
        """Best label indices for sentences of scores ``e`` (sentences x words x labels), longest
        first with their ``lengths``: at word i only the sentences longer than i take part.

        A step adds the transitions into each label from every previous label, takes the argmax
        and reads the maximum back at that index (one gather: ``max`` costs more), so scores,
        ties (first index wins) and paths are those of the textbook recursion."""
        n, k = len(lengths), len(self.labels)
        active = np.searchsorted(-np.asarray(lengths), -np.arange(1, lengths[0] + 1), side="right").tolist()
        back = np.zeros((lengths[0], n, k), dtype=np.intp)  # word x sentence x label
        by_word = e.transpose(1, 0, 2)
        score = e[:, 0].copy()
        cand = np.empty((n, k, k))  # sentence x label x previous label
        flat = cand.reshape(-1)
        offsets = np.arange(n * k).reshape(n, k) * k
        picked = np.empty((n, k), dtype=np.intp)
        m = -1
        for i in range(1, lengths[0]):
            if active[i] != m:
                m = active[i]
                c, s, off, at = cand[:m], score[:m], offsets[:m], picked[:m]
                s_prev = s[:, None, :]
            np.add(s_prev, self.trans_into, out=c)
            best = back[i, :m]
            c.argmax(axis=2, out=best)
            np.add(off, best, out=at)
            np.add(flat.take(at), by_word[i, :m], out=s)
        paths = np.zeros(e.shape[:2], dtype=np.intp)
        ends = np.asarray(lengths) - 1
        rows = np.arange(n)
        paths[rows, ends] = score.argmax(axis=1)
        for i in range(lengths[0] - 1, 0, -1):
            m = active[i]
            paths[:m, i - 1] = back[i, rows[:m], paths[:m, i]]
        return paths
