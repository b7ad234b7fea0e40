"""The neural tagger's BiLSTM members in numpy: they are read (in order, float16 too), the mix averages
them, each looks ahead, they match PyTorch, and the committed model holds them (tiny models from
tiny_nn; normalisation and padding are tested over the tiny models in test_neural.py). Where PyTorch is
installed (the ``train`` extra), the numpy forward pass is checked against PyTorch's own."""

import numpy as np
import pytest

from khabar.entities.neural import MIX, NN_PATH, NeuralTagger, batch, forward, log_softmax, word_inputs
from khabar.entities.recurrent import PREFIX, member_prefix, split_members
from khabar.entities.recurrent import forward as recurrent_forward
from khabar.entities.train_neural import LABELS

from .tiny_nn import HIDDEN, INDICATORS, features, tiny_tagger


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> NeuralTagger:
    return tiny_tagger(tmp_path_factory.mktemp("nn"), bilstm=1)


@pytest.fixture(scope="module")
def three(tmp_path_factory) -> NeuralTagger:
    return tiny_tagger(tmp_path_factory.mktemp("nn"), bilstm=3)


def test_the_recurrent_member_is_read(tiny):
    (member,) = tiny.recurrent
    assert member["fw_wh"].shape == (HIDDEN, 4 * HIDDEN)
    assert not any(k.startswith("rnn") for k in tiny.params)


@pytest.mark.parametrize("k, prefix", [(0, "rnn_"), (1, "rnn1_"), (2, "rnn2_"), (10, "rnn10_")])
def test_member_prefixes(k, prefix):
    assert member_prefix(k) == prefix


def test_members_are_split_in_order():
    x = np.zeros(2, np.float16)
    conv, members = split_members({"out_w": x, "rnn10_out_b": x + 3, "rnn1_out_b": x + 1, "rnn_out_b": x,
                                   "rnn2_out_b": x + 2, "char_emb": x})
    assert sorted(conv) == ["char_emb", "out_w"]
    assert [float(m["out_b"][0]) for m in members] == [0.0, 1.0, 2.0, 3.0]
    assert all(m["out_b"].dtype == np.float32 for m in members)


def test_the_mix_averages_the_members(three):
    """Log-probs: the convolutions' and the BiLSTMs' mean, MIX to 1 - MIX, renormalised."""
    assert len(three.recurrent) == 3
    words = [["قال", "الرئيس", "في", "باريس"], ["رياض", "2024"]]
    b = batch([three.encoder.sentence(w, None) for w in words], 4)
    lengths = np.array([4, 2])
    conv = log_softmax(forward(three.params, b, lengths))
    lstm = [log_softmax(recurrent_forward(p, word_inputs(p, b), lengths)) for p in three.recurrent]
    assert not np.allclose(lstm[0], lstm[1])
    expected = log_softmax(MIX * conv + (1 - MIX) * np.mean(lstm, 0))
    got = three.log_probs(words, [None, None])
    assert np.allclose(got[0], expected[0], atol=1e-5)
    assert np.allclose(got[1], expected[1, :2], atol=1e-5)


def test_members_saved_as_float16_are_read(tmp_path):
    half = tiny_tagger(tmp_path, bilstm=2, dtype=np.float16)
    assert [m["fw_wx"].dtype for m in half.recurrent] == [np.float32, np.float32]
    (lp,) = half.log_probs([["قال", "الرئيس", "في", "باريس"]], [None])
    assert np.isfinite(lp).all()


def test_each_word_sees_the_words_after_it(tiny):
    """A BiLSTM: a later word changes an earlier word's probabilities."""
    (a,) = tiny.log_probs([["قال", "الرئيس", "في", "باريس"]], [None])
    (b,) = tiny.log_probs([["قال", "الرئيس", "في", "رياض"]], [None])
    assert not np.allclose(a[0], b[0])


def test_numpy_matches_pytorch(tiny):
    torch = pytest.importorskip("torch")
    from khabar.entities.train_recurrent import _module, tensors
    from khabar.entities.train_recurrent import export as export_recurrent

    emb = tiny.recurrent[0]["emb"]
    n_chars = len(tiny.encoder.chars) + 2
    model = _module(torch, emb, n_chars, len(INDICATORS), len(LABELS)).eval()
    weights = {k[len(PREFIX):]: x for k, x in export_recurrent(model.state_dict()).items()} | {"emb": emb}
    words = [["قال", "الرئيس", "في", "باريس"], ["رياض", "2024"]]
    b = batch([tiny.encoder.sentence(w, None) for w in words], 4)
    lengths = np.array([4, 2])
    ours = recurrent_forward(weights, word_inputs(weights, b), lengths)
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
def test_committed_model_holds_its_members(words, names):
    nn = NeuralTagger(features())
    assert len(nn.recurrent) >= 1
    (lp,) = nn.log_probs([words], [None])
    assert np.allclose(np.exp(lp).sum(1), 1.0, atol=1e-5)
    tags = [nn.labels[k] for k in lp.argmax(1)]
    assert {i: tags[i] for i in names} == names
