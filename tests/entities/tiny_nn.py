"""A small randomly initialised neural tagger, with or without BiLSTM members, for the tests of
neural.py and recurrent.py: the plumbing is tested whatever the committed weights are, and neither
JAX nor PyTorch is needed to build it."""

from functools import lru_cache
from pathlib import Path

import numpy as np

from khabar.entities.features import FeatureExtractor
from khabar.entities.neural import NeuralTagger
from khabar.entities.recurrent import member_prefix
from khabar.entities.train_neural import LABELS, export, init_params, save

VOCAB = ["قال", "رياض", "باريس", "الرئيس", "0000"]
INDICATORS = ["digit", "lex=B-GPE", "lex=B-ORG", "lex=I-ORG"]
HIDDEN, CHAR_DIM, FILTERS, DIM = 8, 24, 64, 100


@lru_cache(maxsize=1)
def features() -> FeatureExtractor:
    return FeatureExtractor()


def _recurrent_weights(rng: np.random.Generator, n_chars: int, prefix: str) -> dict[str, np.ndarray]:
    d = 2 * DIM + FILTERS + len(INDICATORS)
    shapes = {"char_emb": (n_chars, CHAR_DIM), "char_conv": (3 * CHAR_DIM, FILTERS), "char_bias": (FILTERS,),
              "out_w": (2 * HIDDEN, len(LABELS)), "out_b": (len(LABELS),)}
    for side in ("fw", "bw"):
        shapes |= {f"{side}_wx": (d, 4 * HIDDEN), f"{side}_wh": (HIDDEN, 4 * HIDDEN), f"{side}_b": (4 * HIDDEN,)}
    return {prefix + k: (rng.standard_normal(s) * 0.3).astype(np.float32) for k, s in shapes.items()}


def tiny_tagger(directory: Path, bilstm: int, dtype: type = np.float32) -> NeuralTagger:
    """The convolutional member alone, or with ``bilstm`` BiLSTM members beside it (their weights
    saved as ``dtype``), saved under directory and read back."""
    chars = sorted({c for w in VOCAB for c in w})
    rng = np.random.default_rng(0)
    params = init_params(rng, len(chars), len(INDICATORS), len(LABELS))
    emb = rng.standard_normal((len(VOCAB) + 1, DIM)).astype(np.float32)
    meta = {"vocab": np.array(VOCAB), "chars": np.array(chars), "indicators": np.array(INDICATORS),
            "labels": np.array(LABELS)}
    weights = export(params, emb, meta)
    for k in range(bilstm):
        weights |= {name: x.astype(dtype) for name, x in _recurrent_weights(rng, len(chars) + 2, member_prefix(k)).items()}
    path = directory / "nn.npz"
    save(weights, path)
    return NeuralTagger(features(), path)
