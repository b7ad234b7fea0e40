"""The neural tagger's second member, a BiLSTM, run in numpy (trained with PyTorch by
:mod:`.train_recurrent`).

It reads the same word inputs as the dilated convolutions of :mod:`.neural` (the frozen word2vec
vectors of each word and its stem, the indicator flags, a character CNN of its own), and a
bidirectional LSTM (one layer) reads the sentence, each word seeing all the others.  Its weights
sit in ``ner_nn.npz`` beside the convolutions', each name prefixed ``rnn_``
(:data:`PREFIX`); :class:`.neural.NeuralTagger` mixes the two members' label probabilities.
"""

from __future__ import annotations

import numpy as np

#: The prefix of the BiLSTM's weights in ``ner_nn.npz``.
PREFIX = "rnn_"


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
