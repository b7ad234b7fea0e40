"""The CRF and the neural tagger together: the neural tagger's label log-probabilities, weighted,
join the CRF's per-word label scores, and the CRF's own search (its transitions keep the BIO
sequences valid) finds the best tags.

On the held-out slice of ANERcorp's train part (``python -m khabar.entities.train --holdout``)
the CRF alone scores micro-F1 0.770, the neural tagger alone 0.699, the ensemble 0.788 (weights
0.5 to 1.0 all give 0.787-0.788).  Adding the neural scores to the CRF's, which keeps the CRF's
transition weights, did better there than averaging the two taggers' per-word probabilities
under BIO constraints (the CRF's marginals are nearly all 0 or 1): 0.784 against 0.780 with a
shorter-trained neural tagger.

The weight differs by label (:data:`NN_WEIGHTS`), chosen on the held-out slice with a neural tagger
trained on the rest of the train part: one weight of 0.5 for all gave 0.783 there, 0.75 0.787;
0.75 for the name labels, 0.25 for MISC (the neural tagger's weakest type) and 1.25 for O gave
0.791 (0.789-0.791 around it: 0.6-0.9 for the names, 1.0-1.5 for O).  A heavier O weighs the
neural tagger's doubt that a word is outside any name against O: recall rises (0.754 -> 0.772)
for a little precision (0.813 -> 0.812).

The neural tagger now mixes two members (dilated convolutions and a BiLSTM, :mod:`.neural`); the
weights were kept: on the held-out slice the mix gained 0.004-0.007 over the convolutions alone
with them, and scaling both members up (0.7 each, unnormalised) lost up to 0.004.
"""

from __future__ import annotations

from itertools import accumulate
from typing import TYPE_CHECKING

import numpy as np

from khabar.entities.kernels import viterbi

if TYPE_CHECKING:
    from khabar.entities.decode import Decoder
    from khabar.entities.matcher import Match
    from khabar.entities.neural import NeuralTagger

#: How much the neural tagger's log-probabilities weigh against the CRF's scores, by label type
#: (B- and I- alike; "O" for O).
NN_WEIGHTS: dict[str, float] = {"O": 1.25, "PERS": 0.75, "LOC": 0.75, "ORG": 0.75, "MISC": 0.25}


def label_weights(labels: list[str], weights: dict[str, float]) -> np.ndarray:
    """The weight of each label of ``labels`` (B-PERS and I-PERS: ``weights["PERS"]``)."""
    return np.array([weights[label.partition("-")[2] or label] for label in labels])


def ensemble_scores(crf: np.ndarray, nn_log: np.ndarray, weight: float | np.ndarray) -> np.ndarray:
    """The per-word label scores searched: the CRF's plus ``weight`` (one, or one per label) times
    the neural log-probs."""
    return np.ascontiguousarray(crf + weight * nn_log)


def ensemble_document(decoder: Decoder, nn: NeuralTagger, sentences: list[list[str]],
                      matches: list[list[Match] | None], weight: float | dict[str, float] | None = None
                      ) -> tuple[list[list[str]], list[str]]:
    """:meth:`.Decoder.tag_document` with the neural tagger's scores added: label sequences, and
    the folded spelling of every word.  ``weight``: one for every label, or one per label type
    (:data:`NN_WEIGHTS` when None)."""
    if not any(sentences):
        return [[] for _ in sentences], []
    e, keys = decoder.scores(sentences, matches)
    lengths = np.fromiter(map(len, sentences), dtype=np.intp, count=len(sentences))
    order = [nn.labels.index(x) for x in decoder.labels]
    nn_log = np.concatenate(nn.log_probs(sentences, matches))[:, order].astype(np.float64)
    if weight is None or isinstance(weight, dict):
        weight = label_weights(decoder.labels, weight or NN_WEIGHTS)
    paths = viterbi(ensemble_scores(e, nn_log, weight), lengths, decoder.trans_into)
    names = list(map(decoder.labels.__getitem__, paths.tolist()))
    ends = list(accumulate(lengths.tolist()))
    return [names[end - n:end] for n, end in zip(lengths.tolist(), ends, strict=True)], keys
