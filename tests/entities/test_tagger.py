"""The CRF tagger's plumbing: BIO spans, CoNLL in/out, the ANERcorp split and scoring."""

import pytest

from khabar.arabic import split_sentences, tokenize
from khabar.entities.tagger import MODEL_PATH, _sentence_ranges, bio_spans, split_coordinated, tag_conll
from khabar.entities.train import evaluate, read_anercorp, split


@pytest.mark.parametrize("tags, spans", [
    (["B-PERS", "I-PERS", "O", "B-LOC"], [(0, 1, "PERS"), (3, 3, "LOC")]),
    (["I-ORG", "I-ORG", "B-ORG"], [(0, 1, "ORG"), (2, 2, "ORG")]),  # I- without B- opens a span
    (["B-PERS", "I-LOC"], [(0, 0, "PERS"), (1, 1, "LOC")]),
    (["O", "O"], []),
])
def test_bio_spans(tags, spans):
    assert bio_spans(tags) == spans


@pytest.mark.parametrize("text, ranges", [
    ("قال الوزير. ثم غادر القاعة!", [(0, 3), (3, 7)]),
    ("وصل محمد", [(0, 2)]),
    ("", []),
])
def test_sentence_ranges_cut_tokens_at_sentence_ends(text, ranges):
    assert _sentence_ranges(tokenize(text), split_sentences(text)) == ranges


def test_sentence_ranges_without_sentences_take_the_whole_unit():
    assert _sentence_ranges(tokenize("وصل محمد ."), None) == [(0, 3)]


@pytest.mark.parametrize("sentences, ranges", [
    ([(0, 10)], [(0, 3)]),  # one sentence over every token
    ([(0, 3)], [(0, 1), (1, 3)]),  # one sentence the last tokens lie after: they are one more
])
def test_sentence_ranges_of_one_sentence(sentences, ranges):
    assert _sentence_ranges(tokenize("وصل محمد ."), sentences) == ranges


def test_evaluate_exact_span_and_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    scores = evaluate(gold, pred)
    assert scores["LOC"][2] == 1.0
    assert scores["PERS"][2] == 0.0
    assert scores["micro"][:2] == (0.5, 0.5)


def test_split_cuts_after_runs_of_dots(tmp_path):
    path = tmp_path / "c.txt"
    words = [("أ", "O"), (".", "O"), (".", "O"), ("ب", "B-LOC"), (".", "O")] + [("ج", "O")] * 6 + [
        (".", "O"), ("د", "B-PERS"), ("ه", "O")]
    path.write_text("".join(f"{w} {t}\n" for w, t in words), encoding="utf-8")
    sentences = read_anercorp(path)
    assert [len(s) for s in sentences] == [3, 2, 7, 2]
    train, test = split(sentences)
    assert sum(map(len, train)) + sum(map(len, test)) == len(words)
    assert test == [[("د", "B-PERS"), ("ه", "O")]]


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained model (make train-ner)")
def test_tag_conll_keeps_sentences_and_tokens():
    lines = ["قال", "الرئيس", "باراك", "أوباما", "", "وصل", "إلى", "باريس", ""]
    out = list(tag_conll(lines))
    assert [line.split("\t")[0] for line in out] == lines
    tags = [line.split("\t")[1] for line in out if line]
    assert set(tags) <= {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}
    assert tags[-1] == "B-LOC"


@pytest.mark.parametrize("words, tags, expected", [
    # two people glued by و: the second opens a name, as ANERcorp tags them
    ("راديك وفريدل فازا", ["B-PERS", "I-PERS", "O"], ["B-PERS", "B-PERS", "O"]),
    ("زار مدريد وبرشلونة", ["O", "B-LOC", "I-LOC"], ["O", "B-LOC", "B-LOC"]),
    # و + a letter that mostly continues one name: left alone
    ("سعد بن أبي وقاص", ["B-PERS", "I-PERS", "I-PERS", "I-PERS"], ["B-PERS", "I-PERS", "I-PERS", "I-PERS"]),
    ("أوبرا وينفري", ["B-PERS", "I-PERS"], ["B-PERS", "I-PERS"]),
    ("بوب وودورد", ["B-PERS", "I-PERS"], ["B-PERS", "I-PERS"]),
    # organisations hold و in their own names
    ("حركة العدل والمساواة", ["B-ORG", "I-ORG", "I-ORG"], ["B-ORG", "I-ORG", "I-ORG"]),
    # only a word inside a span: a name opening on و stays as tagged
    ("وفريدل فاز", ["B-PERS", "O"], ["B-PERS", "O"]),
    ("و محمد", ["B-PERS", "I-PERS"], ["B-PERS", "I-PERS"]),
])
def test_split_coordinated(words, tags, expected):
    assert split_coordinated(words.split(), tags) == expected


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained model (make train-ner)")
def test_tag_conll_reads_a_word_without_glued_punctuation():
    plain = list(tag_conll(["وصل", "إلى", "كابول", "."], ensemble=False))
    glued = list(tag_conll(["وصل", "إلى", "كابول؛", "."], ensemble=False))
    assert glued[2] == "كابول؛\t" + plain[2].split("\t")[1]
    assert plain[2].endswith("B-LOC")
