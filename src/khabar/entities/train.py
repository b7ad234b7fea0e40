"""``python -m khabar.entities.train`` (``make train-ner``): train the CRF on ANERcorp and score it.

Reads ``../shared/nlp/anercorp/ANERCorp.txt`` (research use; cite Benajiba et al. 2007), makes the
standard split (sentences cut after each run of ``.``; those holding the first 5/6 of the words
train, the rest — 25,008 words — test), trains python-crfsuite with the features of
:mod:`khabar.entities.features`, writes ``resources/ner.crfsuite`` and prints conlleval-style
test P/R/F1 per type and micro.

Two runs: a first model without corpus votes tags ../shared/corpora, whose per-word label counts
(``resources/autonames.tsv``, :mod:`khabar.entities.autonames`) become features of the second,
the committed one.  ``--self-training`` adds a run between them: a model trained with the votes
labels the corpora, and its confident sentences (:mod:`.selftrain`) join the train part of the
last run (``--labeller MODEL`` labels them with an existing model instead).  Not used for the
committed model: held-out 0.772 -> 0.776, test 0.763 against 0.765 for a plain retrain.

Then the neural tagger the CRF is ensembled with (:mod:`.train_neural`, the ``train`` extra):
word2vec vectors over the corpora (made once, kept in ``build/ner/``), then its two members on
the same train part (dilated convolutions with JAX, a BiLSTM with PyTorch: :mod:`.train_recurrent`),
written together to ``resources/ner_nn.npz``; the test part is scored for the CRF
alone and for the ensemble (:mod:`.ensemble`, what ``khabar tag`` runs).  ``--crf-only`` skips it.

``--holdout`` trains on the first 5/6 of the train part and scores the rest, for choosing
features and settings without the test part; its votes come from its own first model and go to a
temporary file (the committed votes were made by a model that saw the held-out slice: with them,
``--reuse-votes``, the held-out score is optimistic, 0.791 against 0.772 for the same features).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import TextIO

from khabar.entities.autonames import AUTONAMES_PATH, corpus_documents, count_tags, use_votes, write_autonames
from khabar.entities.neural import NN_PATH
from khabar.entities.tagger import MODEL_PATH, bio_spans
from khabar.entities.wordstats import CORPORA

ANERCORP = Path(__file__).resolve().parents[3].parent / "shared" / "nlp" / "anercorp" / "ANERCorp.txt"
PARAMS = {"c1": 0.03, "c2": 0.03, "max_iterations": 300, "feature.possible_transitions": True,
          "feature.possible_states": True}
#: word2vec vectors for the neural tagger: made once, kept out of the repository between runs.
VECTORS = Path(__file__).resolve().parents[3] / "build" / "ner" / "word2vec.kv"
#: The first model only votes over the corpora: fewer iterations do (its votes are counted, not used).
FIRST_ITERATIONS = 100

Sentence = list[tuple[str, str]]


def read_anercorp(path: Path = ANERCORP) -> list[Sentence]:
    """Sentences of (word, tag), cut after each run of '.' tokens."""
    sentences: list[Sentence] = []
    current: Sentence = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").rsplit(" ", 1)
            if len(parts) != 2 or not parts[0]:
                continue
            word, tag = parts
            tag = tag.strip() or "O"
            if current and current[-1][0] == "." and word != ".":
                sentences.append(current)
                current = []
            current.append((word, tag))
    if current:
        sentences.append(current)
    return sentences


def split(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Sentences holding the first 5/6 of the words train; the rest test."""
    total = sum(len(s) for s in sentences)
    cut, seen = len(sentences), 0
    for i, s in enumerate(sentences):
        if seen >= total * 5 / 6:
            cut = i
            break
        seen += len(s)
    return sentences[:cut], sentences[cut:]


def holdout(train_set: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """The train part split again the same way (5/6 : 1/6): for choosing features and settings
    without looking at the test part."""
    return split(train_set)


def evaluate(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """conlleval-style exact span+type P/R/F1 per type and ``micro``."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out = {}
    for t in sorted(set(n_gold) | set(n_pred)) + ["micro"]:
        a = sum(tp.values()) if t == "micro" else tp[t]
        ng = sum(n_gold.values()) if t == "micro" else n_gold[t]
        npred = sum(n_pred.values()) if t == "micro" else n_pred[t]
        p = a / npred if npred else 0.0
        r = a / ng if ng else 0.0
        out[t] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, ng)
    return out


def print_scores(scores: dict[str, tuple[float, float, float, int]], file: TextIO = sys.stdout) -> None:
    print(f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}", file=file)
    for t, (p, r, f, n) in scores.items():
        print(f"{t:6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}", file=file)


def train(train_set: list[Sentence], model: Path = MODEL_PATH, params: dict | None = None,
          autonames: bool = True) -> None:
    import pycrfsuite

    from khabar.entities.features import FeatureExtractor

    fx = FeatureExtractor(autonames=autonames)
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in train_set:
        trainer.append(fx.sentence([w for w, _ in s]), [t for _, t in s])
    trainer.set_params(params or PARAMS)
    trainer.train(str(model))


def build_autonames(model: Path, corpora: Path = CORPORA, path: Path = AUTONAMES_PATH) -> int:
    """Tag the corpora with ``model`` and write their per-word votes to ``path`` (see :mod:`.autonames`)."""
    from khabar.entities.tagger import Tagger

    return write_autonames(count_tags(Tagger(model), corpus_documents(corpora)), path)


def test_scores(test_set: list[Sentence], model: Path = MODEL_PATH,
                neural: Path | None = None) -> dict[str, tuple[float, float, float, int]]:
    """Scores of the CRF, or with ``neural`` of the ensemble (:mod:`.ensemble`)."""
    from khabar.entities.tagger import Tagger, conll_tags

    tagger = Tagger(model, neural or NN_PATH)
    gold = [[t for _, t in s] for s in test_set]
    pred = conll_tags(tagger, [[w for w, _ in s] for s in test_set], ensemble=neural is not None)  # as `khabar tag`
    return evaluate(gold, pred)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m khabar.entities.train", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ANERCORP)
    ap.add_argument("--model", type=Path, default=MODEL_PATH)
    ap.add_argument("--corpora", type=Path, default=CORPORA, help="unlabelled news for the corpus votes")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"], help="L1 regularisation")
    ap.add_argument("--c2", type=float, default=PARAMS["c2"], help="L2 regularisation")
    ap.add_argument("--reuse-votes", action="store_true",
                    help="one training run: keep the existing corpus votes (resources/autonames.tsv)")
    ap.add_argument("--holdout", action="store_true",
                    help="train on the first 5/6 of the train part and score the rest (not the test part)")
    ap.add_argument("--self-training", action="store_true",
                    help="add confidently tagged corpus sentences to the train part (see khabar.entities.selftrain)")
    ap.add_argument("--labeller", type=Path, help="tag the self-training sentences with this model")
    ap.add_argument("--neural", type=Path, default=NN_PATH, help="where the neural tagger of the ensemble goes")
    ap.add_argument("--vectors", type=Path, default=VECTORS,
                    help="word2vec vectors for the neural tagger (made from --corpora when missing)")
    ap.add_argument("--crf-only", action="store_true", help="train the CRF alone, not the neural tagger")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"ANERcorp not found at {args.data}", file=sys.stderr)
        return 1
    train_set, test_set = split(read_anercorp(args.data))
    if args.holdout:
        train_set, test_set = holdout(train_set)
    print(f"train {sum(map(len, train_set))} words, test {sum(map(len, test_set))} words", file=sys.stderr)
    params = {**PARAMS, "c1": args.c1, "c2": args.c2}
    with tempfile.TemporaryDirectory() as tmp:
        votes = Path(tmp) / "autonames.tsv" if args.holdout else AUTONAMES_PATH
        if args.reuse_votes or not args.corpora.is_dir():
            why = "" if args.reuse_votes else f"no corpora at {args.corpora}: "
            seen = " (they saw the held-out slice: the score is optimistic)" if args.holdout else ""
            print(f"{why}the existing corpus votes are used{seen}", file=sys.stderr)
        else:
            make_votes(train_set, args.corpora, votes, params)
        extra = [] if not args.self_training or not args.corpora.is_dir() else self_training(
            train_set, args.corpora, args.labeller or Path(tmp) / "labeller.crfsuite", params)
        t = time.time()
        train(train_set + extra, args.model, params)
        print(f"trained in {time.time() - t:.0f} s -> {args.model}", file=sys.stderr)
        print("== CRF")
        print_scores(test_scores(test_set, args.model))
        if not args.crf_only:
            from khabar.entities.train_neural import train_neural

            neural = Path(tmp) / "ner_nn.npz" if args.holdout and args.neural == NN_PATH else args.neural
            train_neural(train_set, args.corpora, args.vectors, neural)
            print("== ensemble (CRF + neural)")
            print_scores(test_scores(test_set, args.model, neural))
    use_votes(AUTONAMES_PATH)
    return 0


def make_votes(train_set: list[Sentence], corpora: Path, votes: Path, params: dict) -> None:
    """The first run: a model without votes, trained on ``train_set``, tags ``corpora``; its votes
    go to ``votes``, which the features read from then on."""
    t = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "first.crfsuite"
        train(train_set, first, {**params, "max_iterations": FIRST_ITERATIONS}, autonames=False)
        n = build_autonames(first, corpora, votes)
    use_votes(votes)
    print(f"first model and corpus votes for {n} words in {time.time() - t:.0f} s", file=sys.stderr)


def self_training(train_set: list[Sentence], corpora: Path, labeller: Path, params: dict) -> list[Sentence]:
    """Confidently tagged corpus sentences (:mod:`.selftrain`) from ``labeller``, trained on
    ``train_set`` first when it does not exist."""
    from khabar.entities.selftrain import confident_sentences, interleaved_documents
    from khabar.entities.tagger import Tagger

    t = time.time()
    if not labeller.exists():
        train(train_set, labeller, params)
    extra = confident_sentences(Tagger(labeller), interleaved_documents(corpora))
    print(f"self-training: {len(extra)} sentences, {sum(map(len, extra))} words, {time.time() - t:.0f} s",
          file=sys.stderr)
    return extra


if __name__ == "__main__":
    sys.exit(main())
