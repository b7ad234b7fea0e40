"""The speakers named so far (khabar.quotes.tracker): the last one whose gender agrees, one named
by a head noun, one linked to an entity."""

from __future__ import annotations

import pytest

from khabar.model import Ref
from khabar.quotes.lexicon import ANY, FEM, MASC, PLURAL
from khabar.quotes.tracker import Speaker, Tracker


def _tracker() -> Tracker:
    tracker = Tracker()
    tracker.remember(Speaker(Ref(text="الوزير", entity="per:a"), MASC, "وزير"))
    tracker.remember(Speaker(Ref(text="الوزيرة"), FEM, "وزيره"))
    return tracker


# (gender asked, speaker words): the last speaker whose gender agrees
LAST = [(MASC, "الوزير"), (FEM, "الوزيرة"), (ANY, "الوزيرة")]


@pytest.mark.parametrize(("gender", "expected"), LAST)
def test_last_speaker_that_agrees(gender: str, expected: str) -> None:
    assert _tracker().last(gender).ref.text == expected


@pytest.mark.parametrize(("head", "expected"), [("وزير", "الوزير"), ("وزيره", "الوزيرة"), ("سفير", None)])
def test_speaker_by_head_noun(head: str, expected: str | None) -> None:
    found = _tracker().by_head(head)
    assert (found.ref.text if found else None) == expected


def test_speaker_by_entity_and_remembered_once() -> None:
    tracker = _tracker()
    first = tracker.by_entity("per:a")
    tracker.remember(first)
    assert tracker.history[-1] is first and len(tracker.history) == 2
    assert tracker.by_entity("per:b") is None


def test_plural_verb_takes_no_single_speaker() -> None:
    # وطالبوا after only singular speakers: a group never named, not the last minister
    assert _tracker().last(PLURAL) is None
    tracker = _tracker()
    tracker.remember(Speaker(Ref(text="المحتجون"), PLURAL, "محتجون"))
    assert tracker.last(PLURAL).ref.text == "المحتجون"
    tracker = _tracker()
    tracker.remember(Speaker(Ref(text="موقعو البيان"), MASC, "موقعو بيان"))
    assert tracker.last(PLURAL).ref.text == "موقعو البيان"  # a plural in construct, its ن dropped
    tracker.remember(Speaker(Ref(text="عضو المجلس"), MASC, "عضو مجلس"))
    assert tracker.last(PLURAL).ref.text == "موقعو البيان"  # عضو is one member
    # a tagged person, whatever gender the verb naming them had, is no plural verb's subject
    tracker = _tracker()
    tracker.remember(Speaker(Ref(text="الوزراء العرب"), ANY, "وزراء عرب"))
    tracker.remember(Speaker(Ref(text="عادل الجبير", entity="per:adel-al-jubeir"), ANY, "عادل جبير"))
    assert tracker.last(PLURAL).ref.text == "الوزراء العرب"
    assert tracker.last(MASC).ref.text == "عادل الجبير"


# (words it was named by, words of a later phrase, words after): each word once, the first kept first
@pytest.mark.parametrize("words, added, expected", [
    ("وزير خارجيه", "وزير", "وزير خارجيه"),
    ("وزير", "وزير خارجيه خارجيه", "وزير خارجيه"),
    ("", "متحدث باسم", "متحدث باسم"),
    ("طبيب", "", "طبيب"),
])
def test_words_of_a_later_phrase_join_each_once(words: str, added: str, expected: str) -> None:
    speaker = Speaker(Ref(text="x"), ANY, words)
    speaker.add_words(added)
    assert speaker.words == expected


def test_a_speaker_named_a_thousand_times_keeps_its_words_short() -> None:
    # a page repeating one sentence named its speaker again in every paragraph: the words grew with the
    # page, and every head-noun lookup split them again (quadratic)
    speaker = Speaker(Ref(text="الحكومة"), FEM, "حكومه")
    for _ in range(1000):
        speaker.add_words("حكومه")
    assert speaker.words == "حكومه"

