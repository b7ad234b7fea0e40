"""The neural tagger's BiLSTM member in numpy: it is read, it looks ahead, it matches PyTorch, and the
committed model holds it (a tiny model from tiny_nn; normalisation and padding are tested over both tiny
models in test_neural.py). Where PyTorch is installed (the ``train`` extra), the numpy forward pass is
checked against PyTorch's own."""

import numpy as np
import pytest

from khabar.entities.neural import NN_PATH, NeuralTagger, batch, word_inputs
from khabar.entities.recurrent import PREFIX, forward
from khabar.entities.train_neural import LABELS

from .tiny_nn import HIDDEN, INDICATORS, features, tiny_tagger


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> NeuralTagger:
    return tiny_tagger(tmp_path_factory.mktemp("nn"), bilstm=True)


def test_the_recurrent_member_is_read(tiny):
    assert tiny.recurrent["fw_wh"].shape == (HIDDEN, 4 * HIDDEN)
    assert not any(k.startswith(PREFIX) for k in tiny.params)


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
    nn = NeuralTagger(features())
    assert nn.recurrent
    (lp,) = nn.log_probs([words], [None])
    assert np.allclose(np.exp(lp).sum(1), 1.0, atol=1e-5)
    tags = [nn.labels[k] for k in lp.argmax(1)]
    assert {i: tags[i] for i in names} == names
