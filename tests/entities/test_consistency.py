"""The second search: a word's label scores hear how the first search tagged its other occurrences."""

import numpy as np
import pytest

from khabar.entities.consistency import TYPES, label_columns, second_pass, type_shares
from khabar.entities.keys import fold

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]


def shares(words: list[str], tags: list[str]) -> list[dict[str, float]]:
    out = type_shares([fold(w) for w in words], tags)
    return [{t: v for t, v in zip(TYPES, row, strict=True) if v} for row in out.tolist()]


@pytest.mark.parametrize("words, tags, expected", [
    # each occurrence hears the others, never itself: two people and a miss
    (["جيتس", "قال", "جيتس", "جيتس"], ["B-PERS", "O", "B-PERS", "O"],
     [{"PERS": 0.5}, {}, {"PERS": 0.5}, {"PERS": 1.0}]),
    # the types of the others, shared out
    (["هيوستون", "هيوستون", "هيوستون"], ["B-LOC", "B-PERS", "B-LOC"],
     [{"PERS": 0.5, "LOC": 0.5}, {"LOC": 1.0}, {"PERS": 0.5, "LOC": 0.5}]),
    # the words of a longer name count one by one, B- or I-
    (["بيل", "جيتس", "جيتس"], ["B-PERS", "I-PERS", "O"], [{}, {}, {"PERS": 1.0}]),
    # a word never tagged a name, a word seen once: nothing
    (["الرئيس", "الرئيس", "أنرون"], ["O", "O", "B-ORG"], [{}, {}, {}]),
    # short words and stopwords carry no evidence
    (["في", "في", "قال", "قال"], ["B-LOC", "O", "B-PERS", "O"], [{}, {}, {}, {}]),
    # spellings folded: أنرون and انرون are one word
    (["أنرون", "انرون"], ["B-ORG", "O"], [{}, {"ORG": 1.0}]),
])
def test_type_shares_of_the_other_occurrences(words, tags, expected):
    assert shares(words, tags) == expected


def test_label_columns_give_each_label_its_type():
    cols = label_columns(LABELS)
    assert cols.shape == (len(LABELS), len(TYPES))
    assert cols[0].tolist() == [0, 0, 0, 0]  # O
    assert cols[LABELS.index("I-ORG")].tolist() == [0, 0, 1, 0]


def _search(e: np.ndarray) -> list[list[str]]:
    """A stand-in search without transitions: each word's best label, one sentence."""
    return [[LABELS[i] for i in e.argmax(axis=1)]]


@pytest.mark.parametrize("first, weight, expected", [
    # the miss hears the two people and turns: O's lead of 1.5 is less than 2.0 x 1.0
    ([["B-PERS", "O", "B-PERS", "O"]], 2.0, ["B-PERS", "O", "B-PERS", "B-PERS"]),
    # a smaller weight keeps it
    ([["B-PERS", "O", "B-PERS", "O"]], 1.0, ["B-PERS", "O", "B-PERS", "O"]),
    # weight 0 (the CRF alone): the first tags as they are
    ([["B-PERS", "O", "B-PERS", "O"]], 0.0, ["B-PERS", "O", "B-PERS", "O"]),
])
def test_second_pass_adds_the_shares_to_the_scores(first, weight, expected):
    words = [fold(w) for w in ["جيتس", "قال", "جيتس", "جيتس"]]
    scores = np.zeros((4, len(LABELS)))
    scores[[0, 2], LABELS.index("B-PERS")] = 1.0
    scores[[1, 3], LABELS.index("O")] = 1.5
    assert second_pass(scores, LABELS, words, first, weight, _search) == [expected]


def test_second_pass_without_any_name_searches_once():
    def fail(e):
        raise AssertionError("searched again")

    first = [["O", "O"]]
    assert second_pass(np.zeros((2, len(LABELS))), LABELS, ["قال", "قال"], first, 2.0, fail) is first
