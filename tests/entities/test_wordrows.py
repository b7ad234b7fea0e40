"""A word's rows found by WordRows are those of the features FeatureExtractor names, in order."""

import pytest

from khabar.entities.features import FeatureExtractor
from khabar.entities.tagger import MODEL_PATH, default_tagger
from khabar.entities.wordrows import WordRows, word_rows

WORDS = [
    "قال", "الرئيس", "وبالرياض", "للأمم", "فرانس", "بيروت", "ماكرون", "إيمانويل", "والمستشفيات",
    "AFP", "Reuters", "covid19", "٢٠٢٤", "2024", "،", ".", "...", "«", "الـعراق", "ال", "وال", "لل",
    "e-mail@x.com", "#غزة", "قزحيا", "x",
]


@pytest.fixture(scope="module")
def extractor():
    return FeatureExtractor()


def _expected(extractor, row_of, word):
    feats = extractor.word_features(word)
    return feats[0][2:], [row_of[x] for x in feats if x in row_of]


def _rows(rows_of, word):
    key, rows = rows_of.word(word)
    return key, [r for r in rows if r is not None]


def test_words_with_votes_and_classes_are_covered(extractor):
    assert any(extractor.word_features(w)[-1] != "oov" for w in WORDS)  # classed words
    assert any(x.startswith("ag") for w in WORDS for x in extractor.word_features(w))  # corpus votes


@pytest.mark.parametrize("keep_every", [1, 2, 3])
def test_rows_follow_the_features_when_the_model_knows_some_of_them(extractor, keep_every):
    names = list(dict.fromkeys(x for w in WORDS for x in extractor.word_features(w)))
    row_of = {x: i + 1 for i, x in enumerate(names) if i % keep_every == 0}
    rows_of = WordRows(extractor, row_of)
    for word in WORDS:
        assert _rows(rows_of, word) == _expected(extractor, row_of, word), word


def test_a_word_with_votes_takes_none_of_its_stems(extractor):
    word = next(w for w in WORDS if any(x.startswith("ag=") for x in extractor.word_features(w)))
    row_of = {x: i + 1 for i, x in enumerate(extractor.word_features(word)) if not x.startswith("ag=")}
    assert _rows(WordRows(extractor, row_of), word) == _expected(extractor, row_of, word)


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained model (make train-ner)")
def test_rows_follow_the_features_in_the_models_row_space():
    tagger = default_tagger()
    row_of = tagger.decoder.word_rows
    rows_of = WordRows(tagger.features, row_of)
    for word in WORDS:
        assert _rows(rows_of, word) == _expected(tagger.features, row_of, word), word


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained model (make train-ner)")
def test_the_decoder_finds_rows_the_fast_way_with_the_committed_model():
    assert getattr(default_tagger().decoder.word_rows_of, "__func__", None) is WordRows.word


def test_an_extractor_with_a_feature_wordrows_lacks_gets_the_spelled_out_rows(extractor, monkeypatch):
    names = list(dict.fromkeys(x for w in WORDS for x in extractor.word_features(w)))
    row_of = {x: i + 1 for i, x in enumerate([*names, "new"])}
    assert word_rows(extractor, row_of).__func__ is WordRows.word
    spelled = extractor.word_features
    monkeypatch.setattr(extractor, "word_features", lambda w: [*spelled(w), "new"])  # a feature added later
    rows_of = word_rows(extractor, row_of)
    assert getattr(rows_of, "__func__", None) is not WordRows.word
    assert rows_of("بيروت") == ("بيروت", [row_of[x] for x in spelled("بيروت")] + [row_of["new"]])


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained model (make train-ner)")
def test_name_likeness_by_rows_is_the_sum_over_the_spelled_out_features():
    tagger = default_tagger()
    for word in WORDS:
        expected = sum(tagger._person_weights.get(a, 0.0) for a in tagger.features.word_features(word))
        assert tagger._name_likeness(word) == expected, word
