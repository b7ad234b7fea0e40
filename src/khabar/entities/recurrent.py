"""The neural tagger's second member, a BiLSTM, run in numpy (trained with PyTorch by
:mod:`.train_recurrent`).

It reads the same word inputs as the dilated convolutions of :mod:`.neural` (the frozen word2vec
vectors of each word and its stem, the indicator flags, a character CNN of its own), and a
bidirectional LSTM (one layer) reads the sentence, each word seeing all the others.  Its weights
sit in ``ner_nn.npz`` beside the convolutions', each name prefixed ``rnn_`` (:data:`PREFIX`; a
further BiLSTM trained with another seed ``rnn1_``, ``rnn2_``, ...); :class:`.neural.NeuralTagger`
mixes the members' label probabilities.
"""

from __future__ import annotations

import re

import numpy as np

#: The prefix of the first BiLSTM's weights in ``ner_nn.npz``; the next ones are ``rnn1_``, ``rnn2_``
#: ... (:func:`member_prefix`).
PREFIX = "rnn_"
_MEMBER = re.compile(r"rnn(\d*)_")


def member_prefix(k: int) -> str:
    """The prefix of the ``k``-th BiLSTM's weights (from 0)."""
    return PREFIX if k == 0 else f"rnn{k}_"


def split_members(params: dict[str, np.ndarray]) -> tuple[dict[str, np.ndarray], list[dict[str, np.ndarray]]]:
    """The weights of a saved model as the convolutions' and each BiLSTM's in order (names without
    their prefix, as float32: a BiLSTM's may be saved as float16)."""
    rest: dict[str, np.ndarray] = {}
    members: dict[int, dict[str, np.ndarray]] = {}
    for name, x in params.items():
        if m := _MEMBER.match(name):
            members.setdefault(int(m[1] or 0), {})[name[m.end():]] = x.astype(np.float32)
        else:
            rest[name] = x
    return rest, [members[k] for k in sorted(members)]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def lstm_direction(x: np.ndarray, mask: np.ndarray, wx: np.ndarray, wh: np.ndarray, b: np.ndarray,
                   reverse: bool) -> np.ndarray:
    """One direction of the LSTM over ``x`` (batch x length x D) with PyTorch's gate order (input,
    forget, cell, output): batch x length x H, zero past each sentence's end.  The state stays at
    zero over padding, so the backward direction starts at each sentence's own last word."""
    bsz, t, _ = x.shape
    gates_x = x @ wx + b  # every step's input part at once; only the recurrent part is sequential
    h = np.zeros((bsz, wh.shape[0]), np.float32)
    c = np.zeros_like(h)
    out = np.zeros((bsz, t, wh.shape[0]), np.float32)
    for s in range(t - 1, -1, -1) if reverse else range(t):
        i, f, g, o = np.split(gates_x[:, s] + h @ wh, 4, axis=1)
        m = mask[:, s, None]
        c = np.where(m, _sigmoid(f) * c + _sigmoid(i) * np.tanh(g), c)
        h = np.where(m, _sigmoid(o) * np.tanh(c), h)
        out[:, s] = h * m
    return out


def forward(p: dict[str, np.ndarray], x: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Label logits (batch x length x labels) from the word inputs ``x`` (batch x length x D) and
    the BiLSTM's weights ``p`` (their names without :data:`PREFIX`)."""
    mask = np.arange(x.shape[1])[None, :] < lengths[:, None]
    h = np.concatenate([lstm_direction(x, mask, p["fw_wx"], p["fw_wh"], p["fw_b"], reverse=False),
                        lstm_direction(x, mask, p["bw_wx"], p["bw_wh"], p["bw_b"], reverse=True)], -1)
    return h @ p["out_w"] + p["out_b"]
