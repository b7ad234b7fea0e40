"""The neural tagger's BiLSTM member in numpy: label probabilities, padding, and the committed model.

A small randomly initialised model is built here (no PyTorch needed); where PyTorch is installed
(the ``train`` extra), the numpy forward pass is checked against PyTorch's own."""

from functools import lru_cache

import numpy as np
import pytest

from khabar.entities.features import FeatureExtractor
from khabar.entities.neural import NN_PATH, NeuralTagger, batch, word_inputs
from khabar.entities.recurrent import PREFIX, forward
from khabar.entities.train_neural import LABELS, export, init_params, save

VOCAB = ["قال", "رياض", "باريس", "الرئيس", "0000"]
INDICATORS = ["digit", "lex=B-GPE", "lex=B-ORG", "lex=I-ORG"]
HIDDEN, CHAR_DIM, FILTERS, DIM = 8, 24, 64, 100


@lru_cache(maxsize=1)
def _features() -> FeatureExtractor:
    return FeatureExtractor()


def _recurrent_weights(rng: np.random.Generator, n_chars: int) -> dict[str, np.ndarray]:
    d = 2 * DIM + FILTERS + len(INDICATORS)
    shapes = {"char_emb": (n_chars, CHAR_DIM), "char_conv": (3 * CHAR_DIM, FILTERS), "char_bias": (FILTERS,),
              "out_w": (2 * HIDDEN, len(LABELS)), "out_b": (len(LABELS),)}
    for side in ("fw", "bw"):
        shapes |= {f"{side}_wx": (d, 4 * HIDDEN), f"{side}_wh": (HIDDEN, 4 * HIDDEN), f"{side}_b": (4 * HIDDEN,)}
    return {PREFIX + k: (rng.standard_normal(s) * 0.3).astype(np.float32) for k, s in shapes.items()}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> NeuralTagger:
    chars = sorted({c for w in VOCAB for c in w})
    rng = np.random.default_rng(0)
    params = init_params(rng, len(chars), len(INDICATORS), len(LABELS))
    emb = rng.standard_normal((len(VOCAB) + 1, DIM)).astype(np.float32)
    meta = {"vocab": np.array(VOCAB), "chars": np.array(chars), "indicators": np.array(INDICATORS),
            "labels": np.array(LABELS)}
    path = tmp_path_factory.mktemp("nn") / "nn.npz"
    save(export(params, emb, meta) | _recurrent_weights(rng, len(chars) + 2), path)
    return NeuralTagger(_features(), path)


def test_the_recurrent_member_is_read(tiny):
    assert tiny.recurrent["fw_wh"].shape == (HIDDEN, 4 * HIDDEN)
    assert not any(k.startswith(PREFIX) for k in tiny.params)


@pytest.mark.parametrize("words", [
    ["قال", "الرئيس", "في", "باريس"],
    ["وصل"],
    ["الرئيس", "الفرنسي", "في", "رياض", "2024", "."],
])
def test_log_probs_are_normalised(tiny, words):
    (lp,) = tiny.log_probs([words], [None])
    assert lp.shape == (len(words), len(LABELS))
    assert np.allclose(np.exp(lp).sum(1), 1.0, atol=1e-5)


def test_padding_changes_nothing(tiny):
    """The backward direction starts at each sentence's own last word, not at the padding's."""
    short = ["وصل", "الرئيس", "إلى", "باريس"]
    longer = ["قال", "الرئيس", "الفرنسي", "في", "باريس", "إن", "المحادثات", "مثمرة", "جدا", "."]
    (alone,) = tiny.log_probs([short], [None])
    together = tiny.log_probs([longer, short, []], [None, None, None])
    assert np.allclose(alone, together[1], atol=1e-5)
    assert together[2].shape == (0, len(LABELS))


def test_each_word_sees_the_words_after_it(tiny):
    """A BiLSTM: a later word changes an earlier word's probabilities."""
    (a,) = tiny.log_probs([["قال", "الرئيس", "في", "باريس"]], [None])
    (b,) = tiny.log_probs([["قال", "الرئيس", "في", "رياض"]], [None])
    assert not np.allclose(a[0], b[0])


def test_numpy_matches_pytorch(tiny):
    torch = pytest.importorskip("torch")
    from khabar.entities.train_recurrent import _module, tensors
    from khabar.entities.train_recurrent import export as export_recurrent

    emb = tiny.recurrent["emb"]
    n_chars = len(tiny.encoder.chars) + 2
    model = _module(torch, emb, n_chars, len(INDICATORS), len(LABELS)).eval()
    weights = {k[len(PREFIX):]: x for k, x in export_recurrent(model.state_dict()).items()} | {"emb": emb}
    words = [["قال", "الرئيس", "في", "باريس"], ["رياض", "2024"]]
    b = batch([tiny.encoder.sentence(w, None) for w in words], 4)
    lengths = np.array([4, 2])
    ours = forward(weights, word_inputs(weights, b), lengths)
    with torch.no_grad():
        theirs = model(tensors(torch, b), torch.from_numpy(lengths)).numpy()
    assert np.allclose(ours[0], theirs[0], atol=1e-4)
    assert np.allclose(ours[1, :2], theirs[1, :2], atol=1e-4)


@pytest.mark.skipif(not NN_PATH.exists(), reason="no trained neural tagger (make train-ner)")
@pytest.mark.parametrize("words, names", [
    (["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "."],
     {3: "B-PERS", 4: "I-PERS", 6: "B-LOC"}),
    (["وصل", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "إلى", "القاهرة", "."],
     {4: "B-PERS", 5: "I-PERS", 7: "B-LOC"}),
])
def test_committed_model_holds_both_members(words, names):
    nn = NeuralTagger(_features())
    assert nn.recurrent
    (lp,) = nn.log_probs([words], [None])
    assert np.allclose(np.exp(lp).sum(1), 1.0, atol=1e-5)
    tags = [nn.labels[k] for k in lp.argmax(1)]
    assert {i: tags[i] for i in names} == names
