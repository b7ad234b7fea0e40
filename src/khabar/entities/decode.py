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

from khabar.entities.features import CONTEXT, FeatureExtractor, shown_features
from khabar.entities.matcher import Match

_OFFSET_NAMES = {str(d) for d in CONTEXT}


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
        # What a word shows its neighbours: feature x -> row of ``shown_weights``, the weights of
        # "d:x" for each offset d (one per row of CONTEXT); row 0 is all zeros.
        self.shown: dict[str, int] = {}
        for attr in self.rows:
            d, sep, x = attr.partition(":")
            if sep and d in _OFFSET_NAMES and x in shown_features(x):
                self.shown.setdefault(x, len(self.shown) + 1)
        self.shown_weights = np.zeros((len(self.shown) + 1, len(CONTEXT), len(labels)))
        for x, r in self.shown.items():
            for k, d in enumerate(CONTEXT):
                if (row := self.rows.get(f"{d}:{x}")) is not None:
                    self.shown_weights[r, k] = self.weights[row]
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
        self._cache: dict[str, tuple[str, np.ndarray, np.ndarray]] = {}

    def _word(self, w: str) -> tuple[str, np.ndarray, np.ndarray]:
        """(``w=`` feature, own score vector with the bias, vectors shown to each neighbour)."""
        hit = self._cache.get(w)
        if hit is None:
            feats = self.features.word_features(w)
            rows, shown = self.rows, self.shown
            own = self.weights[[0, rows["bias"], *[r for a in feats if (r := rows.get(a)) is not None]]]
            ctx = self.shown_weights[[0, *[r for a in feats if (r := shown.get(a)) is not None]]]
            hit = (feats[0], own.sum(axis=0), ctx.sum(axis=0))
            self._cache[w] = hit
        return hit

    def scores(self, words: list[str], matches: list[Match] | None = None) -> np.ndarray:
        """Per-word label scores (n x labels) from the attributes alone."""
        parts = [self._word(w) for w in words]
        extras = self.features.sentence_extras([p[0] for p in parts],
                                               self.features.lexicon_labels(words, matches))
        n = len(words)
        e = np.array([p[1] for p in parts])
        shown = np.array([p[2] for p in parts])
        for k, d in enumerate(CONTEXT):
            if n > abs(d):
                ctx = shown[:, k]
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
