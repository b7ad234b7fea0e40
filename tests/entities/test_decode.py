"""The numpy Viterbi decoder finds the label sequences crfsuite's own tagger finds."""

import pytest

from khabar.entities import decode
from khabar.entities.keys import fold
from khabar.entities.tagger import MODEL_PATH, Tagger, propagate

TEXTS = [
    "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستدعم الأمم المتحدة .",
    "التقى وزير الخارجية سامح شكري نظيره الأردني أيمن الصفدي في عمان .",
    "أعلنت شركة أرامكو السعودية عن أرباحها .",
    ".",
    "",
    "وصل محمد",
    "وأكد المتحدث باسم منظمة الصحة العالمية أن الوضع في غزة خطير جدا وأن المستشفيات تعمل فوق طاقتها",
]


SENTENCES = [text.split() for text in TEXTS]


@pytest.fixture(scope="module")
def tagger():
    return Tagger()


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained model (make train-ner)")
def test_decoder_matches_crfsuite_sentence_by_sentence_and_as_a_document(tagger):
    expected = [tagger.crf.tag(tagger.features.sentence(s)) if s else [] for s in SENTENCES]
    assert [tagger.decoder.tag(s) for s in SENTENCES] == expected
    assert tagger.decoder.tag_many(SENTENCES, [None] * len(SENTENCES)) == expected
    assert any(t != "O" for tags in expected for t in tags)  # the sentences do hold names


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained model (make train-ner)")
def test_decoder_tags_the_same_when_its_word_cache_overflows(monkeypatch):
    expected = Tagger().decoder.tag_many(SENTENCES, [None] * len(SENTENCES))
    monkeypatch.setattr(decode, "CACHE_LIMIT", 8)  # emptied again and again within one document
    decoder = Tagger().decoder
    assert decoder.tag_many(SENTENCES, [None] * len(SENTENCES)) == expected
    assert decoder.tag_many(SENTENCES[::-1], [None] * len(SENTENCES)) == expected[::-1]
    decoder.tag_many([["زار", "الوفد", "عمان"]], [None])  # new words: the cache starts again
    assert set(decoder._rows) == {"زار", "الوفد", "عمان"}


@pytest.mark.parametrize("sentences, tags, expected", [
    # a word tagged a person twice and missed once is a person there too
    ([["شكري", "قال"], ["قال", "شكري"], ["قال", "شكري"]],
     [["B-PERS", "O"], ["O", "B-PERS"], ["O", "O"]],
     [["B-PERS", "O"], ["O", "B-PERS"], ["O", "B-PERS"]]),
    # empty sentences between occurrences change nothing
    ([["شكري", "قال"], [], ["قال", "شكري"], [], ["قال", "شكري"]],
     [["B-PERS", "O"], [], ["O", "B-PERS"], [], ["O", "O"]],
     [["B-PERS", "O"], [], ["O", "B-PERS"], [], ["O", "B-PERS"]]),
    # a name once against three misses: left alone
    ([["شكري", "قال"], ["قال", "شكري"], ["شكري", "قال"], ["شكري"]],
     [["B-PERS", "O"], ["O", "O"], ["O", "O"], ["O"]],
     [["B-PERS", "O"], ["O", "O"], ["O", "O"], ["O"]]),
])
def test_propagate_follows_the_majority_nearby(sentences, tags, expected):
    assert propagate(sentences, tags) == expected
    folded = [fold(w) for s in sentences for w in s]
    assert propagate(sentences, tags, folded=folded) == expected  # the words' folds given


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained model (make train-ner)")
def test_tag_document_gives_the_tags_and_every_words_fold(tagger):
    tags, folded = tagger.decoder.tag_document(SENTENCES, [None] * len(SENTENCES))
    assert tags == tagger.decoder.tag_many(SENTENCES, [None] * len(SENTENCES))
    assert folded == [fold(w) for s in SENTENCES for w in s]
    assert tagger.decoder.tag_document([[], []], [None, None]) == ([[], []], [])
