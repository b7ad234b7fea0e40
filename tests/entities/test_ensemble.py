"""The CRF + neural ensemble: the neural log-probabilities as one more per-word score of the CRF."""

import numpy as np
import pytest

from khabar.entities.ensemble import NN_WEIGHTS, ensemble_document, ensemble_scores, label_weights
from khabar.entities.matcher import word_matches
from khabar.entities.neural import NN_PATH
from khabar.entities.tagger import MODEL_PATH, Tagger

needs_models = pytest.mark.skipif(not (MODEL_PATH.exists() and NN_PATH.exists()),
                                  reason="no trained CRF and neural tagger (make train-ner)")
SENTENCES = [
    ["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "."],
    ["وقال", "الأمين", "العام", "للأمم", "المتحدة", "أنطونيو", "غوتيريش", "في", "نيويورك", "."],
    [],
]


def test_scores_add_the_weighted_log_probabilities():
    crf = np.array([[1.0, -2.0], [0.5, 0.5]])
    nn = np.log(np.array([[0.5, 0.5], [0.1, 0.9]]))
    out = ensemble_scores(crf, nn, 0.5)
    assert np.allclose(out, crf + 0.5 * nn)
    assert out.flags.c_contiguous


def test_scores_weigh_each_label_by_its_own_weight():
    crf = np.zeros((1, 3))
    nn = np.log(np.array([[0.5, 0.25, 0.25]]))
    weights = label_weights(["O", "B-PERS", "I-MISC"], {"O": 2.0, "PERS": 1.0, "MISC": 0.0})
    assert weights.tolist() == [2.0, 1.0, 0.0]
    assert np.allclose(ensemble_scores(crf, nn, weights), [[2 * np.log(0.5), np.log(0.25), 0.0]])


def test_every_anercorp_label_has_a_weight():
    labels = ["O"] + [f"{p}-{t}" for t in ("PERS", "LOC", "ORG", "MISC") for p in "BI"]
    assert len(label_weights(labels, NN_WEIGHTS)) == len(labels)


class _Sure:
    """A stand-in neural tagger that is sure of one label everywhere."""

    def __init__(self, label: str, labels: list[str]) -> None:
        self.labels, self.label = labels, label

    def log_probs(self, sentences, matches):
        out = []
        for words in sentences:
            lp = np.full((len(words), len(self.labels)), np.log(1e-6))
            lp[:, self.labels.index(self.label)] = 0.0
            out.append(lp)
        return out


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained CRF (make train-ner)")
@pytest.mark.parametrize("weight, same_as_crf", [(0.0, True), (100.0, False)])
def test_weight_zero_is_the_crf_and_a_large_weight_follows_the_neural_tagger(weight, same_as_crf):
    tagger = Tagger()
    found = [word_matches(tagger.features.lex, w) for w in SENTENCES]
    crf, _ = tagger.decoder.tag_document(SENTENCES, found)
    tags, keys = ensemble_document(tagger.decoder, _Sure("O", tagger.decoder.labels), SENTENCES, found, weight)
    assert (tags == crf) == same_as_crf
    assert len(keys) == sum(map(len, SENTENCES))
    if not same_as_crf:
        assert all(t == "O" for ts in tags for t in ts)


@needs_models
@pytest.mark.parametrize("sentence, expected", [
    (0, [(3, 4, "PERS"), (6, 6, "LOC")]),
    (1, [(3, 4, "ORG"), (5, 6, "PERS"), (8, 8, "LOC")]),
])
def test_ensemble_tags(sentence, expected):
    from khabar.entities.tagger import bio_spans

    tags = Tagger().tag_many(SENTENCES, ensemble=True)
    assert bio_spans(tags[sentence]) == expected
    assert tags[2] == []


@needs_models
@pytest.mark.parametrize("model", ["crf", "ensemble"])
def test_stage_runs_either_model(model):
    from khabar.entities import Options, run
    from khabar.model import Article, Source

    art = Article(id="t", source=Source(kind="text"),
                  body=["وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش في نيويورك إن المحادثات مستمرة."])
    run(art, Options(model=model))
    found = {(m.text, e.type) for e in art.entities for m in e.mentions}
    assert {("أنطونيو غوتيريش", "PER"), ("نيويورك", "GPE")} <= found
