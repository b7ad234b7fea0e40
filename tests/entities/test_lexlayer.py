"""The curated-lexicon layer after the CRF: what it fills (organisations, MISC names, people), what it
leaves to the tagger."""

import pytest

from khabar.entities.lexlayer import LAYER_TYPES, fill
from khabar.entities.matcher import lexicon, word_matches
from khabar.entities.tagger import MODEL_PATH, tag_conll


def layer(sentence: str, tags: list[str] | None = None, types: tuple[str, ...] = ("ORG", "MISC")) -> list[str]:
    words = sentence.split()
    return fill(tags or ["O"] * len(words), words, word_matches(lexicon(), words), types)


@pytest.mark.parametrize("sentence, expected", [
    # curated organisations the tagger left O: whole name, ANERcorp's ORG
    ("وقعت شركة فودافون عقدا", ["O", "O", "B-ORG", "O"]),
    ("فاز ريال مدريد أمس", ["O", "B-ORG", "I-ORG", "O"]),
    ("ذكرت CNN الخبر", ["O", "B-ORG", "O"]),
    ("قال وحزب الليكود", ["O", "B-ORG", "I-ORG"]),
    # currencies, religions, prizes: MISC
    ("بلغ مليون دولار", ["O", "O", "B-MISC"]),
    ("نال جائزة نوبل للسلام", ["O", "O", "B-MISC", "O"]),
    ("أطلقوا صواريخ كورنيت", ["O", "B-MISC", "I-MISC"]),
    # state bodies and events: ANERcorp mostly leaves them O
    ("قال الجيش الإسرائيلي", ["O", "O", "O"]),
    ("خلال كأس العالم", ["O", "O", "O"]),
    # a gazetteer place is the tagger's business
    ("زار لبنان", ["O", "O"]),
])
def test_fills_untagged_curated_names(sentence, expected):
    assert layer(sentence) == expected


def test_keeps_what_the_tagger_tagged():
    tags = ["O", "B-PERS", "I-PERS", "O"]
    assert layer("فاز ريال مدريد أمس", tags) == tags


@pytest.mark.parametrize("sentence, expected", [
    # a curated person the tagger left O is PERS, whole name
    ("قال هاكان فيدان إن", ["O", "B-PERS", "I-PERS", "O"]),
    ("وصرح مبابي أمس", ["O", "B-PERS", "O"]),
    # the honorific an alias opens with stays outside, as ANERcorp tags it
    ("استقبل الملك الحسين بن طلال الوفد", ["O", "O", "B-PERS", "I-PERS", "I-PERS", "O"]),
    ("وقال والشيخ يوسف القرضاوي", ["O", "O", "B-PERS", "I-PERS"]),
])
def test_fills_untagged_people(sentence, expected):
    assert layer(sentence, types=LAYER_TYPES) == expected


def test_keeps_the_taggers_reading_of_a_person():
    tags = ["O", "B-LOC", "I-LOC", "O"]
    assert layer("قال هاكان فيدان إن", tags, LAYER_TYPES) == tags


@pytest.mark.parametrize("sentence, tags, expected", [
    # a misc table's name of several words the tagger read exactly as a body or a place is MISC
    ("منفذ يو إس بي جديد", ["O", "B-ORG", "I-ORG", "I-ORG", "O"], ["O", "B-MISC", "I-MISC", "I-MISC", "O"]),
    ("شبكة واي فاي سريعة", ["O", "B-LOC", "I-LOC", "O"], ["O", "B-MISC", "I-MISC", "O"]),
    # not a span that runs on past it, nor a one-word name (the tagger's reading of الدولار stays)
    ("منفذ يو إس بي سامسونغ", ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]),
    ("ارتفع الدولار أمس", ["O", "B-ORG", "O"], ["O", "B-ORG", "O"]),
])
def test_a_misc_name_the_tagger_read_as_a_name_is_misc(sentence, tags, expected):
    assert layer(sentence, tags) == expected


def test_types_choose_what_is_filled():
    assert layer("بلغ مليون دولار", types=("ORG",)) == ["O", "O", "O"]
    assert layer("فاز ريال مدريد", types=()) == ["O", "O", "O"]


@pytest.mark.parametrize("sentence, tags, expected", [
    # a city named club where the sentence speaks of sport: the club, even over the tagger's LOC
    ("فاز برشلونة في مباراة الدوري", ["O", "B-LOC", "O", "O", "O"], ["O", "B-ORG", "O", "O", "O"]),
    ("قال مدرب الهلال إن اللاعبين جاهزون", None, ["O", "O", "B-ORG", "O", "O", "O"]),
    # no sport: the city stays a place and الهلال a crescent
    ("وصل الوفد إلى برشلونة", ["O", "O", "O", "B-LOC"], ["O", "O", "O", "B-LOC"]),
    ("ظهر الهلال في السماء", None, ["O", "O", "O", "O"]),
])
def test_clubs_named_after_cities(sentence, tags, expected):
    assert layer(sentence, tags) == expected


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="no trained model (make train-ner)")
@pytest.mark.parametrize("words", [["ارتفع", "البيتكوين", "أمس"], ["وقعت", "شركة", "فودافون", "عقدا"]])
def test_tag_conll_runs_the_layer(words):
    tags = [line.split("\t")[1] for line in tag_conll([*words, ""]) if line]
    assert tags[-2] != "O"  # the curated name is tagged whatever the CRF made of it
