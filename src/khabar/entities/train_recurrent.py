"""Train the BiLSTM member of the neural tagger (:mod:`.recurrent`) with PyTorch (the ``train``
extra) and export its weights to numpy, beside the convolutions' in ``ner_nn.npz``.

It reads the inputs the convolutions were trained on (their vocabulary, frozen vectors, characters
and indicator flags, from the exported convolutional model), so both members share the encoder.
Settings chosen on the held-out slice (``train --holdout``): the CRF with the BiLSTM scored 0.798
after 10 epochs, 0.801 after 20 and 0.805 after 30; 40 epochs (another seed) 0.805 against 0.801
for 30.  Sentences are cut into pieces of :data:`PIECE` words for training: ANERcorp's longest
"sentences" run to hundreds of words, and a batch steps through its longest one word by word
(130 s an epoch uncut, 6 s cut, on one shared core).  Tagging reads whole sentences.

Several BiLSTMs may be trained, one per (seed, epochs) of :data:`MEMBERS`, each saved under its own
prefix (:func:`.recurrent.member_prefix`) as float16: half the size, and the tagger's
log-probabilities move by at most 0.002 (the same best label for all of 4,567 test words).  One
member is committed: averaging more (other seeds, or snapshots of one run) gained nothing on the
held-out slice (resources/README.md, Experiments).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

from khabar.entities.features import FeatureExtractor
from khabar.entities.neural import Encoder, batch
from khabar.entities.recurrent import PREFIX, member_prefix

HIDDEN = 128
CHAR_DIM, CHAR_FILTERS = 24, 64
DROPOUT = 0.5
EPOCHS = 30
LEARNING_RATE = 2e-3
#: Words per batch (pieces of similar length together).
BATCH_WORDS = 1000
#: Training sentences are cut into pieces of at most this many words.
PIECE = 48
SEED = 13
#: The BiLSTM members of the committed tagger, in order: (seed, epochs) each.  Their label
#: log-probabilities are averaged (:meth:`.neural.NeuralTagger.recurrent_log_probs`).
MEMBERS: tuple[tuple[int, int], ...] = ((SEED, EPOCHS),)

Sentence = list[tuple[str, str]]


def _module(torch, emb: np.ndarray, n_chars: int, n_ind: int, n_labels: int):
    """The PyTorch twin of :func:`.neural.word_inputs` and :func:`.recurrent.forward`."""
    nn = torch.nn

    class BiLSTMTagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.Embedding.from_pretrained(torch.tensor(emb), freeze=True)
            self.char_emb = nn.Embedding(n_chars, CHAR_DIM)
            nn.init.normal_(self.char_emb.weight, 0, 0.3)
            self.char_conv = nn.Linear(3 * CHAR_DIM, CHAR_FILTERS)
            self.lstm = nn.LSTM(2 * emb.shape[1] + CHAR_FILTERS + n_ind, HIDDEN, batch_first=True,
                                bidirectional=True)
            self.out = nn.Linear(2 * HIDDEN, n_labels)
            self.drop = nn.Dropout(DROPOUT)

        def forward(self, b: dict, lengths):
            chars = self.char_emb(b["chars"])  # B x T x C x E
            bsz, t, c, e = chars.shape
            pad = chars.new_zeros(bsz, t, 1, e)
            padded = torch.cat([pad, chars, pad], 2)
            conv = torch.tanh(self.char_conv(torch.cat([padded[:, :, k:k + c] for k in range(3)], -1)))
            in_word = torch.arange(c)[None, None, :] < (b["chars"] > 0).sum(-1, keepdim=True).clamp(min=1)
            pooled = conv.masked_fill(~in_word[..., None], -1e9).max(2).values
            x = self.drop(torch.cat([self.emb(b["word"]), self.emb(b["stem"]), pooled, b["ind"]], -1))
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            h, _ = nn.utils.rnn.pad_packed_sequence(self.lstm(packed)[0], batch_first=True, total_length=t)
            return self.out(self.drop(h))

    return BiLSTMTagger()


def tensors(torch, b: dict[str, np.ndarray]) -> dict:
    """A :func:`.neural.batch` as the PyTorch module reads it (indices as int64, indicators as they are)."""
    return {k: torch.from_numpy(x) if k == "ind" else torch.from_numpy(x).long() for k, x in b.items()}


def pieces(train_set: list[Sentence]) -> list[Sentence]:
    """The sentences cut into runs of at most :data:`PIECE` words."""
    return [s[k:k + PIECE] for s in train_set for k in range(0, len(s), PIECE)]


def length_batches(lengths: list[int], rng: np.random.Generator) -> list[list[int]]:
    """Indices of pieces grouped by length into batches of about :data:`BATCH_WORDS` words, shuffled."""
    groups, current, words = [], [], 0
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        current.append(i)
        words += lengths[i]
        if words >= BATCH_WORDS:
            groups.append(current)
            current, words = [], 0
    if current:
        groups.append(current)
    return [groups[k] for k in rng.permutation(len(groups))]


def train_recurrent(train_set: list[Sentence], convolutional: dict[str, np.ndarray], features: FeatureExtractor,
                    epochs: int = EPOCHS, seed: int = SEED, prefix: str = PREFIX,
                    snapshots: Path | None = None) -> dict[str, np.ndarray]:
    """The BiLSTM's weights, named with ``prefix``, trained on ``train_set`` over the inputs of the
    exported convolutional model ``convolutional`` (each epoch's weights saved in ``snapshots``
    when given: the weights after N epochs are the ones a run of N epochs makes)."""
    import torch

    torch.set_num_threads(1)  # the machine is shared; one thread is as fast under load
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    labels = [str(x) for x in convolutional["labels"]]
    chars, indicators = [str(x) for x in convolutional["chars"]], [str(x) for x in convolutional["indicators"]]
    encoder = Encoder([str(x) for x in convolutional["vocab"]], chars, indicators, features)
    index = {x: i for i, x in enumerate(labels)}
    encoded = [(encoder.sentence([w for w, _ in s], None), np.array([index[t] for _, t in s], np.int64))
               for s in pieces(train_set)]
    model = _module(torch, convolutional["emb"].astype(np.float32), len(chars) + 2, len(indicators), len(labels))
    optimiser = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=LEARNING_RATE)
    for epoch in range(1, epochs + 1):
        model.train()
        t, total = time.time(), 0.0
        for ids in length_batches([len(g) for _, g in encoded], rng):
            lengths = torch.tensor([len(encoded[i][1]) for i in ids])
            b = batch([encoded[i][0] for i in ids], int(lengths.max()))
            inputs = tensors(torch, b)
            gold = torch.full((len(ids), int(lengths.max())), -100, dtype=torch.long)  # -100: padding, no loss
            for j, i in enumerate(ids):
                gold[j, :len(encoded[i][1])] = torch.from_numpy(encoded[i][1])
            loss = torch.nn.functional.cross_entropy(model(inputs, lengths).reshape(-1, len(labels)),
                                                     gold.reshape(-1), ignore_index=-100)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimiser.step()
            total += float(loss.detach())
        print(f"BiLSTM epoch {epoch}: loss {total:.1f}, {time.time() - t:.0f} s", file=sys.stderr, flush=True)
        if snapshots is not None:
            np.savez_compressed(snapshots / f"bilstm{seed}_epoch{epoch}.npz", **export(model.state_dict(), prefix))
    return export(model.state_dict(), prefix)


def train_members(train_set: list[Sentence], convolutional: dict[str, np.ndarray], features: FeatureExtractor,
                  members: tuple[tuple[int, int], ...] = MEMBERS) -> dict[str, np.ndarray]:
    """The weights of the BiLSTM members, one per (seed, epochs) of ``members``, each named with its
    :func:`.recurrent.member_prefix` and stored as float16 (the tagger computes in float32)."""
    out: dict[str, np.ndarray] = {}
    for k, (seed, epochs) in enumerate(members):
        weights = train_recurrent(train_set, convolutional, features, epochs=epochs, seed=seed, prefix=member_prefix(k))
        out |= {name: x.astype(np.float16) for name, x in weights.items()}
    return out


def export(state: dict, prefix: str = PREFIX) -> dict[str, np.ndarray]:
    """The PyTorch weights as :func:`.recurrent.forward` and :func:`.neural.word_inputs` read them
    (input x weight matrices, the LSTM's two biases summed), prefixed."""
    w = {k: x.detach().numpy().astype(np.float32) for k, x in state.items()}
    out = {"char_emb": w["char_emb.weight"], "char_conv": w["char_conv.weight"].T, "char_bias": w["char_conv.bias"],
           "out_w": w["out.weight"].T, "out_b": w["out.bias"]}
    for suffix, name in (("", "fw"), ("_reverse", "bw")):
        out[f"{name}_wx"] = w[f"lstm.weight_ih_l0{suffix}"].T
        out[f"{name}_wh"] = w[f"lstm.weight_hh_l0{suffix}"].T
        out[f"{name}_b"] = w[f"lstm.bias_ih_l0{suffix}"] + w[f"lstm.bias_hh_l0{suffix}"]
    return {prefix + k: np.ascontiguousarray(x) for k, x in out.items()}
