from collections import Counter

import pytest

from khabar.entities.autonames import (
    count_tags,
    document_sentences,
    share_features,
    voted_whole,
    write_autonames,
)


@pytest.mark.parametrize(("n", "counts", "expected"), [
    (10, [0, 0, 9, 0], ("ag=ORG:hi",)),
    (10, [0, 5, 3, 0], ("ag=LOC:lo", "ag=ORG:lo")),
    (10, [6, 0, 0, 1], ("ag=PERS:hi",)),
    (10, [1, 1, 1, 1], ()),
])
def test_share_features(n, counts, expected):
    assert share_features(n, counts) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قال الرئيس. وأضاف", [["قال", "الرئيس", "."], ["وأضاف"]]),
    ("زار بيروت\nثم عاد", [["زار", "بيروت"], ["ثم", "عاد"]]),
    ("فاز بنفيكا (2-1).", [["فاز", "بنفيكا", "(", "2", "-", "1", ")", "."]]),
])
def test_document_sentences(text, expected):
    assert document_sentences(text) == expected


class _Decoder:
    """Tags every word starting with ب as ORG, the rest O."""

    def tag_many(self, sentences, matches):
        return [["B-ORG" if w.startswith("ب") else "O" for w in s] for s in sentences]


class _Tagger:
    decoder = _Decoder()


def test_count_tags_folds_and_counts_per_type():
    counts = count_tags(_Tagger(), iter([[["بنفيكا", "فاز"]], [["بنفيكا"], ["وفاز"]]]))
    assert counts["بنفيكا"] == Counter({"ORG": 2})
    assert counts["فاز"] == Counter({"O": 1})


def test_write_autonames_keeps_words_tagged_a_name(tmp_path):
    path = tmp_path / "votes.tsv"
    rows = write_autonames({"بنفيكا": Counter({"ORG": 3, "O": 1}), "فاز": Counter({"O": 9}),
                            "نادر": Counter({"PERS": 1})}, path)
    assert rows == 1
    assert path.read_text(encoding="utf-8").splitlines()[1] == "بنفيكا\t4\t0\t0\t3\t0"


@pytest.mark.parametrize(("word", "expected"), [
    ("البنك", ["ag=ORG:hi"]),
    ("والبنك", ["ags=ORG:hi"]),  # the clitic-stripped word's votes, told apart
    ("فاز", []),
])
def test_votes_become_word_features(monkeypatch, word, expected):
    import khabar.entities.features as features

    monkeypatch.setattr(features, "autoname_features", lambda: {"البنك": ("ag=ORG:hi",), "بنك": ("ag=ORG:hi",)})
    feats = features.FeatureExtractor().word_features(word)
    assert [f for f in feats if f.startswith("ag")] == expected
    assert not [f for f in features.FeatureExtractor(autonames=False).word_features(word) if f.startswith("ag")]


def test_use_votes_reads_another_file_and_back(tmp_path):
    from khabar.entities import autonames

    committed = autonames.AUTONAMES_PATH
    path = tmp_path / "votes.tsv"
    write_autonames({"بنفيكا": Counter({"ORG": 3})}, path)
    try:
        autonames.use_votes(path)
        assert autonames.autoname_features() == {"بنفيكا": ("ag=ORG:hi",)}
    finally:
        autonames.use_votes(committed)
    assert autonames.autoname_features() != {"بنفيكا": ("ag=ORG:hi",)}


@pytest.mark.parametrize("word, n, whole", [
    ("فريد", 1, True), ("بسام", 1, True), ("وليد", 1, True),
    ("وسليم", 1, False), ("وعمر", 1, False),  # the tagger's own و slips do not outvote the name
])
def test_voted_whole(word, n, whole):
    assert voted_whole(word, n) is whole
