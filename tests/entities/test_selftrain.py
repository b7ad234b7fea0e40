"""Self-training sentences: which corpus sentences a tagger's confident labels add to the train part."""

import gzip
import json

import pytest

from khabar.entities import selftrain
from khabar.entities.selftrain import confident_sentences, interleaved_documents, keeps

LONG = ["قال", "الرئيس", "إن", "الحكومة", "ستعقد", "اجتماعا", "غدا"]


@pytest.mark.parametrize(("words", "tags", "expected"), [
    (LONG, ["O"] * 6 + ["B-LOC"], True),
    (LONG, ["O"] * 7, False),  # no name: nothing to learn
    (LONG[:4], ["B-PERS"] + ["O"] * 3, False),  # too short
    (["1", "-", "2", "(", ")", "بيروت"], ["O"] * 5 + ["B-LOC"], False),  # hardly any words
])
def test_keeps(words, tags, expected):
    assert keeps(words, tags) is expected


def _corpus(tmp_path, name, titles):
    with gzip.open(tmp_path / name, "wt", encoding="utf-8") as fh:
        for t in titles:
            fh.write(json.dumps({"title": t, "text": ""}, ensure_ascii=False) + "\n")


def test_interleaved_documents_take_files_in_turn_and_every_other_article(tmp_path):
    _corpus(tmp_path, "a.jsonl.gz", ["عمان", "دمشق", "بيروت"])
    _corpus(tmp_path, "b.jsonl.gz", ["القاهرة", "الرباط"])
    docs = [d[0][0] for d in interleaved_documents(tmp_path)]
    assert docs == ["عمان", "دمشق", "بيروت"]  # a1 b1 a2 b2 a3 in turn: the 1st, 3rd and 5th


class _Crf:
    def __init__(self, probabilities):
        self.probabilities = probabilities
        self.words = None

    def set(self, feats):
        self.words = feats

    def tag(self):
        return ["O"] * len(self.words)

    def probability(self, tags):
        return self.probabilities[self.words[0]]


class _Features:
    def sentence(self, words):
        return words


class _Tagger:
    """Tags words that start with ب as LOC; the CRF is sure of sentences opening with قال."""

    def __init__(self):
        self.crf = _Crf({"قال": 0.95, "ثم": 0.5})
        self.features = _Features()

    def tag_many(self, sentences):
        return [["B-LOC" if w.startswith("ب") else "O" for w in s] for s in sentences]


def test_confident_sentences_keep_sure_sentences_with_names_until_enough_words(monkeypatch):
    monkeypatch.setattr(selftrain, "MIN_LENGTH", 2)
    sure = ["قال", "إنه", "زار", "بيروت"]
    unsure = ["ثم", "زار", "بغداد", "أمس"]
    nameless = ["قال", "إنه", "عاد", "أمس"]
    docs = iter([[sure, unsure, nameless], [sure, sure]])
    out = confident_sentences(_Tagger(), docs, n_words=8)
    assert out == [list(zip(sure, ["O", "O", "O", "B-LOC"], strict=True))] * 2
