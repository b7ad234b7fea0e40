"""A small neural name tagger, run in numpy: per-word label probabilities to ensemble with the CRF.

Dilated convolutions (as Strubell et al.'s ID-CNN; an LSTM was too slow to train with JAX on the
shared CPU) over, per word, a word2vec vector of its folded spelling and one of its clitic-stripped
stem (vectors trained on ../shared/corpora, kept frozen), a character CNN over its spelling, and
indicator features the CRF computes anyway (gazetteers, curated lexicon labels, corpus votes,
script marks); a softmax per word over ANERcorp's labels.  It is trained with JAX by
:mod:`.train_neural` (``make train-ner``), which writes ``resources/ner_nn.npz``; tagging needs
numpy only.  :mod:`.ensemble` combines its probabilities with the CRF's marginals.

A second member, a BiLSTM over the same inputs (:mod:`.recurrent`, trained with PyTorch), sits in
the same file when trained; the tagger's label probabilities are then the two members'
renormalised geometric mean (:data:`MIX`).  With several BiLSTMs (``rnn_``, ``rnn1_``, ...: one per
seed) their mean log-probability is the BiLSTM side of that mix.  On the held-out slice the CRF with the convolutions
scored 0.800, with the BiLSTM 0.805 and 0.800 (two seeds), with both 0.807 and 0.804.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from khabar.entities.features import FeatureExtractor
from khabar.entities.keys import WordCache, fold, readings
from khabar.entities.matcher import Match
from khabar.entities.recurrent import forward as recurrent_forward
from khabar.entities.recurrent import split_members

NN_PATH = Path(__file__).parent / "resources" / "ner_nn.npz"
#: Characters of a word the character CNN reads (longer words are cut: their ends are clitics).
MAX_CHARS = 16
#: Sentences run together by :meth:`NeuralTagger.log_probs`.
CHUNK = 32
#: Feature prefixes of :meth:`.FeatureExtractor.word_features` that become indicator inputs.
INDICATOR_PREFIXES = ("art", "latin", "caps", "digit", "punct", "stop", "gz_", "nt_", "ag=", "ags=")
_DIGITS = re.compile("[0-9٠-٩]")
#: The dilations of the convolution layers (each word sees 1 + 2 + 4 = 7 words either side).
DILATIONS = (1, 2, 4)
#: The convolutions' share of the log-probabilities when the BiLSTM is there (the BiLSTM has the
#: rest): 0.4-0.6 scored alike on the held-out slice.
MIX = 0.5


def word_key(word: str) -> str:
    """The word vectors' key: folded spelling, digits as 0."""
    return _DIGITS.sub("0", fold(word))


def stem_key(word: str) -> str:
    f = fold(word)
    return _DIGITS.sub("0", readings(f)[-1] if f else f)


class Encoder:
    """Word -> model inputs (vector rows, character ids, indicator flags), cached per word type."""

    def __init__(self, vocab: list[str], chars: list[str], indicators: list[str], features: FeatureExtractor) -> None:
        self.vocab = {w: i + 1 for i, w in enumerate(vocab)}  # row 0: unknown
        self.chars = {c: i + 2 for i, c in enumerate(chars)}  # 0: padding, 1: unknown
        self.indicators = {x: i for i, x in enumerate(indicators)}
        self.features = features
        self._cache = WordCache(self._word, 200_000)

    def _word(self, w: str) -> tuple[int, int, np.ndarray, np.ndarray]:
        chars = np.zeros(MAX_CHARS, dtype=np.int32)
        folded = fold(w)[:MAX_CHARS]
        chars[:len(folded)] = [self.chars.get(c, 1) for c in folded]
        flags = [i for x in self.features.word_features(w) if (i := self.indicators.get(x)) is not None]
        return (self.vocab.get(word_key(w), 0), self.vocab.get(stem_key(w), 0), chars,
                np.array(flags, dtype=np.int32))

    def sentence(self, words: list[str], matches: list[Match] | None) -> dict[str, np.ndarray]:
        """Inputs of one sentence: ``word``, ``stem`` (n), ``chars`` (n x MAX_CHARS), ``ind`` (n x K)."""
        n = len(words)
        info = [self._cache[w] for w in words]
        ind = np.zeros((n, len(self.indicators)), dtype=np.float32)
        for i, (_, _, _, flags) in enumerate(info):
            ind[i, flags] = 1.0
        for i, label in enumerate(self.features.lexicon_labels(words, matches)):
            if label and (j := self.indicators.get(f"lex={label}")) is not None:
                ind[i, j] = 1.0
        return {"word": np.array([x[0] for x in info], dtype=np.int32),
                "stem": np.array([x[1] for x in info], dtype=np.int32),
                "chars": np.stack([x[2] for x in info]) if n else np.zeros((0, MAX_CHARS), dtype=np.int32),
                "ind": ind}


def indicator_names(features: FeatureExtractor, sentences: list[list[str]]) -> list[str]:
    """The indicator inputs the training sentences show (word flags, and lexicon labels)."""
    seen: set[str] = set()
    for words in sentences:
        for w in words:
            seen.update(x for x in features.word_features(w) if x.startswith(INDICATOR_PREFIXES))
        seen.update(f"lex={label}" for label in features.lexicon_labels(words) if label)
    return sorted(seen)


class NeuralTagger:
    """The exported model: ``log_probs`` of ANERcorp labels per word of each sentence."""

    def __init__(self, features: FeatureExtractor, path: Path = NN_PATH) -> None:
        with np.load(path, allow_pickle=False) as z:
            params = {k: z[k] for k in z.files if k not in ("vocab", "chars", "indicators", "labels")}
            self.labels = [str(x) for x in z["labels"]]
            self.encoder = Encoder([str(x) for x in z["vocab"]], [str(x) for x in z["chars"]],
                                   [str(x) for x in z["indicators"]], features)
        emb = params.pop("emb").astype(np.float32)
        convolutional, members = split_members(params)
        self.params = convolutional | {"emb": emb}
        #: Each BiLSTM's weights (names without the prefix; their word inputs share the vectors), if trained.
        self.recurrent = [member | {"emb": emb} for member in members]

    def log_probs(self, sentences: list[list[str]], matches: list[list[Match] | None]) -> list[np.ndarray]:
        """Per sentence, words x labels log-probabilities (in ``self.labels`` order); sentences of
        similar length are run together (little padding, bounded memory)."""
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        out: list[np.ndarray] = [np.zeros((0, len(self.labels)), np.float32)] * len(sentences)
        for k in range(0, len(order), CHUNK):
            ids = [i for i in order[k:k + CHUNK] if sentences[i]]
            if not ids:
                continue
            inputs = [self.encoder.sentence(sentences[i], matches[i]) for i in ids]
            lengths = np.array([len(sentences[i]) for i in ids], dtype=np.int64)
            b = batch(inputs, int(lengths.max()))
            logp = log_softmax(forward(self.params, b, lengths))
            if self.recurrent:
                logp = log_softmax(MIX * logp + (1 - MIX) * self.recurrent_log_probs(b, lengths))
            for i, lp, n in zip(ids, logp, lengths, strict=True):
                out[i] = lp[:n]
        return out

    def recurrent_log_probs(self, b: dict[str, np.ndarray], lengths: np.ndarray) -> np.ndarray:
        """The BiLSTMs' mean log-probabilities over a batch (their geometric mean, unnormalised)."""
        return np.mean([log_softmax(recurrent_forward(p, word_inputs(p, b), lengths)) for p in self.recurrent], 0)


def log_softmax(logits: np.ndarray) -> np.ndarray:
    top = logits.max(-1, keepdims=True)
    return logits - top - np.log(np.exp(logits - top).sum(-1, keepdims=True))


def batch(inputs: list[dict[str, np.ndarray]], length: int) -> dict[str, np.ndarray]:
    """Sentences' inputs padded to ``length`` and stacked (batch x length x ...)."""
    out = {}
    for key in ("word", "stem", "chars", "ind"):
        first = inputs[0][key]
        arr = np.zeros((len(inputs), length, *first.shape[1:]), dtype=first.dtype)
        for i, x in enumerate(inputs):
            arr[i, :len(x[key])] = x[key]
        out[key] = arr
    return out


def word_inputs(p: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> np.ndarray:
    """Per word: vectors of the word and its stem, character CNN, indicators (batch x length x D)."""
    emb = p["emb"]
    chars = p["char_emb"][b["chars"]]  # B x T x C x E
    bsz, t, c, e = chars.shape
    padded = np.concatenate([np.zeros((bsz, t, 1, e), chars.dtype), chars, np.zeros((bsz, t, 1, e), chars.dtype)], 2)
    windows = np.concatenate([padded[:, :, k:k + c] for k in range(3)], -1)  # B x T x C x 3E
    conv = np.tanh(windows @ p["char_conv"] + p["char_bias"])
    n_chars = (b["chars"] > 0).sum(-1, keepdims=True)  # B x T x 1
    mask = np.arange(c)[None, None, :] < np.maximum(n_chars, 1)
    pooled = np.where(mask[..., None], conv, -np.inf).max(2)
    return np.concatenate([emb[b["word"]], emb[b["stem"]], pooled, b["ind"]], -1).astype(np.float32)


def shifted(h: np.ndarray, d: int) -> np.ndarray:
    """``h`` (batch x length x D) moved ``d`` words along the length (zeros shifted in)."""
    out = np.zeros_like(h)
    if d > 0:
        out[:, d:] = h[:, :-d]
    else:
        out[:, :d] = h[:, -d:]
    return out


def forward(p: dict[str, np.ndarray], b: dict[str, np.ndarray], lengths: np.ndarray) -> np.ndarray:
    """Label logits (batch x length x labels): a projection of the word inputs, then residual
    dilated convolutions over the sentence (each word sees the words ``d`` before and after it),
    zero outside the sentence."""
    x = word_inputs(p, b)
    mask = (np.arange(x.shape[1])[None, :] < lengths[:, None]).astype(np.float32)[..., None]
    h = np.maximum(x @ p["proj_w"] + p["proj_b"], 0) * mask
    for k, d in enumerate(DILATIONS):
        window = np.concatenate([shifted(h, d), h, shifted(h, -d)], -1)
        h = h + np.maximum(window @ p[f"conv{k}_w"] + p[f"conv{k}_b"], 0) * mask
    return h @ p["out_w"] + p["out_b"]
