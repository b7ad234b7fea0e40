"""A person's span run on leftwards over the given name the tagger left out (علي | القحطاني,
وفيصل | العلوي without its و), not over a preposition, a verb, a title or another name's word."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.bodies import Span
from khabar.entities.givennames import (
    given_names,
    glued_to_given_name,
    is_given_name,
    listed_given_name,
    with_given_names,
    written_key,
)
from khabar.entities.matcher import lexicon


def _likeness(word: str) -> float:
    return 5.0 if word in {"توم", "كايلي"} else 0.0


@pytest.mark.parametrize(("text", "span", "words", "clitic"), [
    # a listed given name (علي, written with ي)
    ("ثم تحدث المدير علي القحطاني عن الرؤية", (4, 4), "علي القحطاني", 0),
    # a farasa or curated name word the tagger scores as a first name
    ("وكانت كايلي جينر نجمة", (2, 2), "كايلي جينر", 0),
    ("استقال توم واتسون أمس", (2, 2), "توم واتسون", 0),
    # two given names at most
    ("قال محمد علي الغامدي إن", (3, 3), "محمد علي الغامدي", 0),
    # و glued to a given name joins without the و; nothing before it does
    ("وأشكر فهد المغير وفيصل العلوي", (4, 4), "فيصل العلوي", 1),
    ("شارك محمد وفيصل العلوي", (3, 3), "فيصل العلوي", 1),
    # a span opening with و continues a list: the word before it is no given name of it
    ("الفائزين سعد ومراد بوريكي", (2, 3), "ومراد بوريكي", 0),
    # the preposition على folds like علي but is no name
    ("ردا على القحطاني في", (2, 2), "القحطاني", 0),
    # a title, a word with the article, a finite verb, an unlisted word the tagger scores low
    ("قال أمير لوصيف", (2, 2), "لوصيف", 0),
    ("قال المدرب القحطاني", (2, 2), "القحطاني", 0),
    ("أكد القحطاني", (1, 1), "القحطاني", 0),
    ("صرح بيلكن غولن", (2, 2), "غولن", 0),
])
def test_with_given_names(text: str, span: tuple[int, int], words: str, clitic: int) -> None:
    tokens = tokenize(text)
    out = with_given_names([Span(*span, "PER")], tokens, [], _likeness)
    sp = out[0]
    assert text[tokens[sp.first].start + sp.clitic:tokens[sp.last].end] == words
    assert sp.clitic == clitic


def test_word_in_another_span_or_match_is_not_taken() -> None:
    # a list of names (the surname of the one before), a country before a name
    tokens = tokenize("الفنانان هشام ماجد محمد سعد")
    spans = [Span(1, 2, "PER"), Span(4, 4, "PER")]
    assert with_given_names(spans, tokens, [], _likeness)[1] == Span(3, 4, "PER")
    tokens = tokenize("الممثلان هشام سعيد خالد")
    spans = [Span(1, 2, "PER"), Span(3, 3, "PER")]
    assert with_given_names(spans, tokens, [], _likeness)[1] == Span(3, 3, "PER")
    # the tagger's lone given name before the given name taken opens the same name
    tokens = tokenize("افتتاحها الفنان محمد علي كمون بعرض")
    spans = [Span(2, 2, "PER"), Span(4, 4, "PER")]
    assert with_given_names(spans, tokens, [], _likeness) == [Span(2, 4, "PER")]
    tokens = tokenize("وزير خارجية كوبا برونو رودريغيز")
    matches = lexicon().find(tokens)
    assert with_given_names([Span(3, 4, "PER")], tokens, matches, lambda w: 9.0) == [Span(3, 4, "PER")]


def test_other_types_and_no_tagger() -> None:
    tokens = tokenize("زار محمد الرياض")
    assert with_given_names([Span(2, 2, "GPE")], tokens, [], _likeness) == [Span(2, 2, "GPE")]
    assert with_given_names([Span(2, 2, "PER")], tokens, [], None) == [Span(2, 2, "PER")]


@pytest.mark.parametrize(("word", "listed"), [
    ("علي", True), ("على", False), ("أحمد", True), ("احمد", True), ("فاطمة", True),
    ("أمير", False), ("سلطان", False), ("أمين", False),
    ("تامر", True), ("نزيهة", True),  # the tagger left them in a title before the family name
])
def test_given_names_list(word: str, listed: bool) -> None:
    assert (written_key(word) in given_names()) is listed


@pytest.mark.parametrize("word, glued", [
    ("وسامر", True), ("ومهند", True), ("ووسام", True),  # و before a listed given name
    ("وليد", False), ("وائل", False),  # listed themselves: no conjunction
    ("وسام", False),  # سام is no listed given name
    ("سامر", False),  # no و
])
def test_glued_to_given_name(word: str, glued: bool) -> None:
    assert glued_to_given_name(word) is glued


@pytest.mark.parametrize("word, listed", [
    ("وسام", True), ("وليد", True),  # a listed given name as written: no و to cut off
    ("وسامر", False), ("سام", False),
])
def test_listed_given_name(word: str, listed: bool) -> None:
    assert listed_given_name(word) is listed


@pytest.mark.parametrize(("word", "expected"), [
    ("علي", True),  # listed, though a stop word too
    ("كايلي", True),  # a people-list name word the tagger scores as a first name
    ("القحطاني", False),  # the article
    ("أمير", False),  # a title opener
    ("لوصيف", False),  # unlisted, scored low
])
def test_is_given_name(word, expected):
    """What roles.RoleReader.name_lead backs over before a person (الزعيم السوفياتي جوزف | ستالين)."""
    assert is_given_name(word, _likeness) is expected
