"""Train the neural tagger of :mod:`.neural` with JAX (the ``train`` extra) and export it to numpy.

Two steps, each skipped when its output exists (``make train-ner`` can be stopped and rerun):

1. word2vec (gensim, skip-gram, 100 dimensions, one thread) over the folded words of
   ../shared/corpora (ANT corpus: Apache-2.0, cite Chouigui et al.; SaudiNewsNet: CC BY-NC-SA
   4.0, research use); the vectors of the most frequent words are kept.
2. The tagger on ANERcorp's train part (research use; cite Benajiba et al. 2007), Adam, a fixed
   number of epochs (chosen on the held-out slice); the weights go to ``resources/ner_nn.npz``.

JAX runs on one CPU thread (the flags below are set before it is imported).  The settings were
chosen on the held-out slice (``train --holdout``): the neural tagger alone reaches micro-F1
0.68 after 10 epochs and 0.70-0.71 from 13 on; the ensemble gains more with 30 epochs (0.788)
than with 14 (0.784).  A BiLSTM in place of the convolutions trained ten times slower here.
Not adopted: frozen states of a context language model (ELMo-like: causal dilated convolutions
reading the words before and after each word, trained in 22 min over the corpora to predict the
word's vector by negative sampling) as extra inputs lift the tagger alone by ~0.01-0.02 (0.699 and
0.719 -> 0.723 and 0.720 over two seeds) but the ensemble by only ~0.003 (best weight 0.788 and
0.791 -> 0.793 and 0.793; mean over weights 0.5-1.0 and seeds 0.789 -> 0.791), within seed noise.
"""

from __future__ import annotations

import os
import sys
import time
import zlib
from pathlib import Path

import numpy as np

from khabar.entities.features import FeatureExtractor
from khabar.entities.neural import DILATIONS, MAX_CHARS, Encoder, batch, indicator_names, word_key
from khabar.entities.train_recurrent import MEMBERS, train_members

#: Words kept from the word2vec vocabulary (by corpus frequency): the exported table's size.
VOCAB = 60_000
DIM = 100
HIDDEN = 128
CHAR_DIM, CHAR_FILTERS = 24, 64
DROPOUT = 0.5
EPOCHS = 30
LEARNING_RATE = 2e-3
#: Words per batch (sentences of similar length are batched together).
BATCH_WORDS = 1200
SEED = 13


def word_vectors(corpus: Path, out: Path) -> None:
    """word2vec over the corpora's folded words (one thread), saved to ``out`` (gensim KeyedVectors)."""
    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence

    from khabar.arabic import tokenize
    from khabar.entities.wordstats import corpus_texts

    text = out.with_suffix(".txt")
    with open(text, "w", encoding="utf-8") as fh:
        for article in corpus_texts(corpus, limit=10**9):
            for line in article.split("\n"):
                if words := [word_key(t.text) for t in tokenize(line)]:
                    fh.write(" ".join(words) + "\n")
    model = Word2Vec(LineSentence(str(text)), vector_size=DIM, window=5, min_count=3, sg=1, negative=5,
                     workers=1, epochs=5, sample=1e-4, seed=SEED, hashfxn=_stable_hash)
    model.wv.save(str(out))
    text.unlink()


def _stable_hash(text: str) -> int:
    """word2vec seeds each word's first vector with this: Python's own ``hash`` of a string changes
    from one process to the next (the committed vectors were made with it, so a rerun matches them
    in score, not bit for bit)."""
    return zlib.crc32(text.encode("utf-8"))


def embedding_table(vectors: Path, n: int = VOCAB) -> tuple[list[str], np.ndarray]:
    """The ``n`` most frequent words and their vectors (row 0: unknown, zeros), scaled to unit RMS."""
    from gensim.models import KeyedVectors

    kv = KeyedVectors.load(str(vectors))
    words = list(kv.index_to_key[:n])
    table = np.zeros((len(words) + 1, kv.vector_size), dtype=np.float32)
    table[1:] = kv.vectors[:len(words)]
    table /= np.sqrt((table[1:] ** 2).mean())
    return words, table


LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
#: Padded sentence lengths: one compiled training step per length.
LENGTHS = (16, 32, 64, 128, 256, 512, 1024)

Sentence = list[tuple[str, str]]


def _jax():
    """JAX on one thread (the machine is shared)."""
    os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")
    import jax
    import jax.numpy as jnp

    return jax, jnp


def init_params(rng: np.random.Generator, n_chars: int, n_ind: int, n_labels: int) -> dict[str, np.ndarray]:
    def glorot(*shape: int) -> np.ndarray:
        fan = shape[0] + shape[-1]
        return rng.uniform(-1, 1, shape).astype(np.float32) * np.float32(np.sqrt(6 / fan))

    d = 2 * DIM + CHAR_FILTERS + n_ind
    p = {"char_emb": (rng.standard_normal((n_chars + 2, CHAR_DIM)) * 0.3).astype(np.float32),
         "char_conv": glorot(3 * CHAR_DIM, CHAR_FILTERS), "char_bias": np.zeros(CHAR_FILTERS, np.float32),
         "out_w": glorot(HIDDEN, n_labels), "out_b": np.zeros(n_labels, np.float32),
         "proj_w": glorot(d, HIDDEN), "proj_b": np.zeros(HIDDEN, np.float32)}
    for k in range(len(DILATIONS)):
        p[f"conv{k}_w"] = glorot(3 * HIDDEN, HIDDEN) * np.float32(0.5)  # residual layers start small
        p[f"conv{k}_b"] = np.zeros(HIDDEN, np.float32)
    return p


def _model(jax, jnp):
    """The training loss and the jitted Adam step (the JAX twin of :func:`.neural.forward`)."""
    def shifted(h, d):
        pad = jnp.zeros((h.shape[0], abs(d), h.shape[2]), h.dtype)
        return jnp.concatenate([pad, h[:, :-d]], 1) if d > 0 else jnp.concatenate([h[:, -d:], pad], 1)

    def logits(p, emb, b, lengths, key):
        chars = p["char_emb"][b["chars"]]
        bsz, t, c, e = chars.shape
        pad = jnp.zeros((bsz, t, 1, e), chars.dtype)
        padded = jnp.concatenate([pad, chars, pad], 2)
        windows = jnp.concatenate([padded[:, :, k:k + c] for k in range(3)], -1)
        conv = jnp.tanh(windows @ p["char_conv"] + p["char_bias"])
        n_chars = (b["chars"] > 0).sum(-1, keepdims=True)
        cmask = jnp.arange(c)[None, None, :] < jnp.maximum(n_chars, 1)
        pooled = jnp.where(cmask[..., None], conv, -jnp.inf).max(2)
        x = jnp.concatenate([emb[b["word"]], emb[b["stem"]], pooled, b["ind"]], -1)
        k1, k2 = jax.random.split(key)
        x = x * jax.random.bernoulli(k1, 1 - DROPOUT, x.shape) / (1 - DROPOUT)
        mask = (jnp.arange(t)[None, :] < lengths[:, None]).astype(x.dtype)
        h = jax.nn.relu(x @ p["proj_w"] + p["proj_b"]) * mask[..., None]
        for k, d in enumerate(DILATIONS):
            window = jnp.concatenate([shifted(h, d), h, shifted(h, -d)], -1)
            h = h + jax.nn.relu(window @ p[f"conv{k}_w"] + p[f"conv{k}_b"]) * mask[..., None]
        h = h * jax.random.bernoulli(k2, 1 - DROPOUT, h.shape) / (1 - DROPOUT)
        return h @ p["out_w"] + p["out_b"], mask

    def loss(p, emb, b, lengths, gold, key):
        out, mask = logits(p, emb, b, lengths, key)
        logp = jax.nn.log_softmax(out)
        nll = -jnp.take_along_axis(logp, gold[..., None], -1)[..., 0]
        return (nll * mask).sum() / jnp.maximum(mask.sum(), 1)

    @jax.jit
    def step(p, m, v, i, emb, b, lengths, gold, key):
        value, g = jax.value_and_grad(loss)(p, emb, b, lengths, gold, key)
        norm = jnp.sqrt(sum((x ** 2).sum() for x in jax.tree_util.tree_leaves(g)))
        scale = jnp.minimum(1.0, 5.0 / (norm + 1e-6))  # clip the gradient norm at 5
        g = jax.tree_util.tree_map(lambda x: x * scale, g)
        m = jax.tree_util.tree_map(lambda a, x: 0.9 * a + 0.1 * x, m, g)
        v = jax.tree_util.tree_map(lambda a, x: 0.999 * a + 0.001 * x * x, v, g)
        lr = LEARNING_RATE * jnp.sqrt(1 - 0.999 ** i) / (1 - 0.9 ** i)
        p = jax.tree_util.tree_map(lambda w, a, s: w - lr * a / (jnp.sqrt(s) + 1e-8), p, m, v)
        return p, m, v, value

    return step


def _padded_length(n: int) -> int:
    return next(t for t in LENGTHS if t >= n)


def batches(encoded: list[tuple[dict, np.ndarray]], rng: np.random.Generator) -> list[tuple[dict, np.ndarray, np.ndarray]]:
    """Shuffled batches of sentences of similar length, padded to a few fixed shapes."""
    by_length: dict[int, list[int]] = {}
    for i, (x, _) in enumerate(encoded):
        by_length.setdefault(_padded_length(len(x["word"])), []).append(i)
    out = []
    for t, ids in by_length.items():
        ids = list(rng.permutation(ids))
        size = max(1, BATCH_WORDS // t)
        for k in range(0, len(ids), size):
            chunk = [encoded[i] for i in ids[k:k + size]]
            filler = [chunk[0]] * (size - len(chunk))  # a fixed batch shape; filler has length 0
            b = batch([x for x, _ in chunk + filler], t)
            gold = np.zeros((size, t), np.int32)
            lengths = np.zeros(size, np.int32)
            for j, (_, g) in enumerate(chunk):
                gold[j, :len(g)] = g
                lengths[j] = len(g)
            out.append((b, lengths, gold))
    return [out[i] for i in rng.permutation(len(out))]


def train_model(train_set: list[Sentence], features: FeatureExtractor, vectors: Path, epochs: int = EPOCHS,
                dev_set: list[Sentence] | None = None, snapshots: Path | None = None) -> dict[str, np.ndarray]:
    """The trained model as the arrays :class:`.neural.NeuralTagger` reads (per-epoch held-out F1
    printed when ``dev_set`` is given; each epoch's model saved in ``snapshots`` when given: the
    model after N epochs is the one a run of N epochs makes)."""
    jax, jnp = _jax()
    vocab, emb = embedding_table(vectors)
    sentences = [[w for w, _ in s] for s in train_set]
    chars = sorted({c for s in sentences for w in s for c in word_key(w)[:MAX_CHARS]})
    indicators = indicator_names(features, sentences)
    encoder = Encoder(vocab, chars, indicators, features)
    label_index = {x: i for i, x in enumerate(LABELS)}
    encoded = [(encoder.sentence(ws, None), np.array([label_index[t] for _, t in s], np.int32))
               for ws, s in zip(sentences, train_set, strict=True)]
    rng = np.random.default_rng(SEED)
    params = init_params(rng, len(chars), len(indicators), len(LABELS))
    meta = {"vocab": np.array(vocab), "chars": np.array(chars), "indicators": np.array(indicators),
            "labels": np.array(LABELS)}
    p = jax.tree_util.tree_map(jnp.asarray, params)
    m = jax.tree_util.tree_map(jnp.zeros_like, p)
    v = jax.tree_util.tree_map(jnp.zeros_like, p)
    step = _model(jax, jnp)
    key = jax.random.PRNGKey(SEED)
    emb_j = jnp.asarray(emb)
    i = 0
    for epoch in range(1, epochs + 1):
        t, total = time.time(), 0.0
        for b, lengths, gold in batches(encoded, rng):
            i += 1
            key, sub = jax.random.split(key)
            p, m, v, value = step(p, m, v, i, emb_j, b, lengths, gold, sub)
            total += float(value)
        note = ""
        if dev_set is not None:
            note = f", held-out F1 {dev_f1(export(p, emb, meta), features, dev_set):.3f}"
        print(f"epoch {epoch}: loss {total:.1f}, {time.time() - t:.0f} s{note}", file=sys.stderr, flush=True)
        if snapshots is not None:
            save(export(p, emb, meta), snapshots / f"epoch{epoch}.npz")
    return export(p, emb, meta)


def export(p: dict, emb: np.ndarray, meta: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    out = {k: np.asarray(x, dtype=np.float32) for k, x in p.items()}
    return {**out, "emb": emb.astype(np.float16), **meta}


def save(model: dict[str, np.ndarray], path: Path) -> None:
    np.savez_compressed(path, **model)


def dev_f1(model: dict[str, np.ndarray], features: FeatureExtractor, dev_set: list[Sentence]) -> float:
    """Micro-F1 of the model's own best label per word (no CRF) on ``dev_set``."""
    import tempfile

    from khabar.entities.neural import NeuralTagger
    from khabar.entities.train import evaluate

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "nn.npz"
        save(model, path)
        nn = NeuralTagger(features, path)
    sentences = [[w for w, _ in s] for s in dev_set]
    pred = [[nn.labels[k] for k in lp.argmax(-1)] for lp in nn.log_probs(sentences, [None] * len(sentences))]
    return evaluate([[t for _, t in s] for s in dev_set], pred)["micro"][2]


def train_neural(train_set: list[Sentence], corpora: Path, vectors: Path, out: Path,
                 dev_set: list[Sentence] | None = None) -> None:
    """Word vectors (made once: ``vectors`` is kept between runs), then the tagger's members (the
    convolutions, then the BiLSTMs of :mod:`.train_recurrent`), saved together to ``out``; the
    features are the CRF's, with the corpus votes in use."""
    t = time.time()
    if not vectors.exists():
        vectors.parent.mkdir(parents=True, exist_ok=True)
        word_vectors(corpora, vectors)
        print(f"word vectors in {time.time() - t:.0f} s -> {vectors}", file=sys.stderr)
    features = FeatureExtractor()
    model = train_model(train_set, features, vectors, dev_set=dev_set)
    save(model | train_members(train_set, model, features), out)
    print(f"neural tagger (convolutions and {len(MEMBERS)} BiLSTMs) in {time.time() - t:.0f} s -> {out}", file=sys.stderr)
