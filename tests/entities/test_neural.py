"""The neural tagger's numpy side: word keys, inputs, and a forward pass that padding does not change.

A small randomly initialised model is built here (no JAX needed), so the plumbing is tested
whatever the committed weights are."""

from functools import lru_cache

import numpy as np
import pytest

from khabar.entities.features import FeatureExtractor
from khabar.entities.neural import NN_PATH, NeuralTagger, stem_key, word_key
from khabar.entities.train_neural import LABELS, export, init_params, save

VOCAB = ["قال", "رياض", "باريس", "الرئيس", "0000"]
INDICATORS = ["digit", "lex=B-GPE", "lex=B-ORG", "lex=I-ORG"]


@lru_cache(maxsize=1)
def _features() -> FeatureExtractor:
    return FeatureExtractor()


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> NeuralTagger:
    chars = sorted({c for w in VOCAB for c in w})
    params = init_params(np.random.default_rng(0), len(chars), len(INDICATORS), len(LABELS))
    emb = np.random.default_rng(1).standard_normal((len(VOCAB) + 1, 100)).astype(np.float32)
    meta = {"vocab": np.array(VOCAB), "chars": np.array(chars), "indicators": np.array(INDICATORS),
            "labels": np.array(LABELS)}
    path = tmp_path_factory.mktemp("nn") / "nn.npz"
    save(export(params, emb, meta), path)
    return NeuralTagger(_features(), path)


@pytest.mark.parametrize("word, key, stem", [
    ("وبالرياض", "وبالرياض", "رياض"),
    ("للأمم", "للامم", "لامم"),
    ("٢٠٢٤", "0000", "0000"),
    ("إيمانويل", "ايمانويل", "ايمانويل"),
])
def test_word_and_stem_keys(word, key, stem):
    assert (word_key(word), stem_key(word)) == (key, stem)


@pytest.mark.parametrize("word, row, stem_row", [
    ("قال", 1, 1),
    ("وبالرياض", 0, 2),  # the word is unknown, its stem is not
    ("عام2024", 0, 0),
])
def test_vector_rows(tiny, word, row, stem_row):
    x = tiny.encoder.sentence([word], [])
    assert (int(x["word"][0]), int(x["stem"][0])) == (row, stem_row)


def test_indicators_hold_lexicon_labels_and_marks(tiny):
    x = tiny.encoder.sentence(["قال", "الأمين", "العام", "للأمم", "المتحدة", "في", "باريس", "2024"], None)
    on = {(i, INDICATORS[j]) for i, j in zip(*np.nonzero(x["ind"]), strict=True)}
    assert {(3, "lex=B-ORG"), (4, "lex=I-ORG"), (6, "lex=B-GPE"), (7, "digit")} <= on
    assert not any(i == 0 for i, _ in on)


def test_log_probs_are_normalised(tiny):
    (lp,) = tiny.log_probs([["قال", "الرئيس", "في", "باريس"]], [None])
    assert lp.shape == (4, len(LABELS))
    assert np.allclose(np.exp(lp).sum(1), 1.0, atol=1e-5)


def test_padding_changes_nothing(tiny):
    short = ["وصل", "الرئيس", "إلى", "باريس"]
    longer = ["قال", "الرئيس", "الفرنسي", "في", "باريس", "إن", "المحادثات", "مثمرة", "جدا", "."]
    (alone,) = tiny.log_probs([short], [None])
    together = tiny.log_probs([longer, short, []], [None, None, None])
    assert np.allclose(alone, together[1], atol=1e-5)
    assert together[2].shape == (0, len(LABELS))


@pytest.mark.skipif(not NN_PATH.exists(), reason="no trained neural tagger (make train-ner)")
def test_committed_model_loads_and_knows_the_labels():
    nn = NeuralTagger(_features())
    assert sorted(nn.labels) == sorted(LABELS)
    (lp,) = nn.log_probs([["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "."]], [None])
    tags = [nn.labels[k] for k in lp.argmax(1)]
    assert tags[3:5] == ["B-PERS", "I-PERS"]
    assert tags[6] == "B-LOC"
