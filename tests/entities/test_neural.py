"""The neural tagger's numpy side: word keys, inputs, and a forward pass that padding does not change,
with the convolutional member alone and with BiLSTM members beside it (tiny models from tiny_nn)."""

import numpy as np
import pytest

from khabar.entities.neural import NN_PATH, NeuralTagger, stem_key, word_key
from khabar.entities.train_neural import LABELS

from .tiny_nn import INDICATORS, features, tiny_tagger


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> NeuralTagger:
    return tiny_tagger(tmp_path_factory.mktemp("nn"), bilstm=0)


@pytest.fixture(scope="module", params=[0, 1, 3], ids=["convolutions", "with-bilstm", "with-three-bilstms"])
def either(request, tmp_path_factory) -> NeuralTagger:
    """The tiny models: what holds for the tagger holds with or without BiLSTM members."""
    return tiny_tagger(tmp_path_factory.mktemp("nn"), bilstm=request.param)


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


@pytest.mark.parametrize("words", [
    ["قال", "الرئيس", "في", "باريس"],
    ["وصل"],
    ["الرئيس", "الفرنسي", "في", "رياض", "2024", "."],
])
def test_log_probs_are_normalised(either, words):
    (lp,) = either.log_probs([words], [None])
    assert lp.shape == (len(words), len(LABELS))
    assert np.allclose(np.exp(lp).sum(1), 1.0, atol=1e-5)


def test_padding_changes_nothing(either):
    """The BiLSTM's backward direction starts at each sentence's own last word, not at the padding's."""
    short = ["وصل", "الرئيس", "إلى", "باريس"]
    longer = ["قال", "الرئيس", "الفرنسي", "في", "باريس", "إن", "المحادثات", "مثمرة", "جدا", "."]
    (alone,) = either.log_probs([short], [None])
    together = either.log_probs([longer, short, []], [None, None, None])
    assert np.allclose(alone, together[1], atol=1e-5)
    assert together[2].shape == (0, len(LABELS))


@pytest.mark.skipif(not NN_PATH.exists(), reason="no trained neural tagger (make train-ner)")
def test_committed_model_loads_and_knows_the_labels():
    nn = NeuralTagger(features())
    assert sorted(nn.labels) == sorted(LABELS)
    (lp,) = nn.log_probs([["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "."]], [None])
    tags = [nn.labels[k] for k in lp.argmax(1)]
    assert tags[3:5] == ["B-PERS", "I-PERS"]
    assert tags[6] == "B-LOC"
