"""Exact Viterbi decoding of the trained CRF without building crfsuite item sequences.

crfsuite scores a label sequence as the sum, over words, of the weights of each word's
attributes for its label, plus the label-to-label transition weights.  A word's own attributes
and what it shows its neighbours depend on the word alone, so their weights are summed once per
word type into a score vector over labels; a sentence then costs a few vector additions per word
instead of ~30 attribute strings handed to crfsuite.

Most words are plainly not names: when a word's O score beats every other label by more than
any transitions around it could make up, every best path has O there, and the sentence falls
apart into short independent stretches that alone need the Viterbi search.
"""

from __future__ import annotations

import numpy as np

from khabar.entities.features import CONTEXT, FeatureExtractor, context_features
from khabar.entities.matcher import Match


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
        self.trans = np.zeros((len(labels), len(labels)))
        for (a, b), w in transitions.items():
            self.trans[index[a], index[b]] = w
        # Least a switch to O at one word can gain through its two transitions (<= 0 bounds an
        # absent neighbour at a sentence edge too).
        t = self.trans
        into = np.minimum(0.0, (t[:, [self.o]] - t).min(axis=0))
        out_of = np.minimum(0.0, (t[[self.o], :] - t).min(axis=1))
        self.switch_bound = into + out_of
        self.switch_bound[self.o] = np.inf
        self.features = features
        self._cache: dict[str, tuple[str, np.ndarray, dict[int, np.ndarray]]] = {}

    def _word(self, w: str) -> tuple[str, np.ndarray, dict[int, np.ndarray]]:
        """(``w=`` feature, own score vector with the bias, vectors shown to each neighbour)."""
        hit = self._cache.get(w)
        if hit is None:
            feats = self.features.word_features(w)
            groups = [["bias", *feats], *context_features(feats).values()]
            rows, starts = [], []
            for g in groups:
                starts.append(len(rows))
                rows.append(0)  # the zero row: no group sums over nothing
                rows += [r for a in g if (r := self.rows.get(a)) is not None]
            sums = np.add.reduceat(self.weights[rows], starts)
            hit = (feats[0], sums[0], dict(zip(CONTEXT, sums[1:], strict=True)))
            self._cache[w] = hit
        return hit

    def scores(self, words: list[str], matches: list[Match] | None = None) -> np.ndarray:
        """Per-word label scores (n x labels) from the attributes alone."""
        parts = [self._word(w) for w in words]
        extras = self.features.sentence_extras([p[0] for p in parts],
                                               self.features.lexicon_labels(words, matches))
        n = len(words)
        e = np.array([p[1] for p in parts])
        for d in CONTEXT:
            if n > abs(d):
                ctx = np.array([p[2][d] for p in parts])
                if d > 0:
                    e[:n - d] += ctx[d:]
                else:
                    e[-d:] += ctx[:n + d]
        rows, weights = self.rows, self.weights
        for i, extra in enumerate(extras):
            hits = [r for a in extra if (r := rows.get(a)) is not None]
            if hits:
                e[i] += weights[hits].sum(axis=0)
        return e

    def tag(self, words: list[str], matches: list[Match] | None = None) -> list[str]:
        """The best label sequence (the one crfsuite's tagger finds)."""
        if not words:
            return []
        e = self.scores(words, matches)
        margin = e[:, [self.o]] - e + self.switch_bound
        free = ~(margin > 0).all(axis=1)
        out = [self.o] * len(words)
        i, n = 0, len(words)
        while i < n:
            if not free[i]:
                i += 1
                continue
            j = i
            while j < n and free[j]:
                j += 1
            out[i:j] = self._viterbi(e, i, j)
            i = j
        return [self.labels[k] for k in out]

    def _viterbi(self, e: np.ndarray, first: int, last: int) -> list[int]:
        """Best labels for words [first, last) given O just outside (where there is a word)."""
        t = self.trans
        score = e[first] + (t[self.o] if first > 0 else 0.0)
        back = []
        for i in range(first + 1, last):
            cand = score[:, None] + t
            best = cand.argmax(axis=0)
            back.append(best)
            score = cand[best, np.arange(len(score))] + e[i]
        if last < len(e):
            score = score + t[:, self.o]
        k = int(score.argmax())
        path = [k]
        for best in reversed(back):
            k = int(best[k])
            path.append(k)
        return path[::-1]
