"""Agent phrases: which words may belong to a name (the name a title or group head takes after it)."""

from __future__ import annotations

import pytest

from khabar.events import extract_events
from khabar.events.agent_phrases import is_name

from .composed import text_of, with_people


@pytest.mark.parametrize(("word", "name"), [
    ("وتستدعي", False), ("يستنكر", False), ("وتتوقع", False), ("نستطيع", False),
    ("يوسف", True), ("تامر", True), ("نتنياهو", True), ("ويليام", True),
])
def test_a_derived_form_imperfect_verb_is_not_a_name(word: str, name: bool) -> None:
    assert is_name(word) is name


@pytest.mark.parametrize(("word", "name"), [
    # a function word after و or ف is no name (ولم تعلن أي جهة: ولم is not who announced)
    ("ولم", False), ("ولكن", False), ("وهو", False), ("وهي", False), ("فهو", False), ("وقد", False),
    # names that open with و stay names
    ("وليد", True), ("وائل", True),
])
def test_a_function_word_after_a_conjunction_is_not_a_name(word: str, name: bool) -> None:
    assert is_name(word) is name


@pytest.mark.parametrize("word", ["بشكل", "بصورة", "بطريقة"])
def test_a_manner_adverbial_is_no_name(word: str) -> None:
    assert not is_name(word)  # نفى بشكل قاطع: no one called بشكل denies


@pytest.mark.parametrize(("word", "name"), [
    # a function word of three letters or more after a glued preposition is no name (وكان بذلك يشير)
    ("بذلك", False), ("بحيث", False), ("بغير", False), ("بدون", False),
    # names that open with those letters stay names
    ("بلال", True), ("كريم", True), ("كمال", True),
])
def test_a_function_word_after_a_preposition_is_not_a_name(word: str, name: bool) -> None:
    assert is_name(word) is name


@pytest.mark.parametrize(("word", "name"), [
    # a Form V perfect after a conjunction is no name (اتصل برئيس الوزراء الكندي وتحدث معه)
    ("وتحدث", False), ("وتعهد", False), ("فتقدم", False),
    # names after و with ت and a long vowel stay names
    ("وتامر", True), ("وتركي", True), ("وترامب", True),
])
def test_a_form_v_perfect_after_a_conjunction_is_not_a_name(word: str, name: bool) -> None:
    assert is_name(word) is name


@pytest.mark.parametrize(("text", "target"), [
    # after a group head and its adjective, a word after و is a second verb, no part of a name
    ("وندد الوزير بالهجوم الذي استهدف صحيفة محلية وأسفر عن مقتل صحفيين.", "صحيفة محلية"),
])
def test_a_conjoined_known_word_ends_a_group_name(text: str, target: str) -> None:
    from .composed import coded_parties
    assert ("استهدف", target) in {(action, t) for action, _, t in coded_parties(text)}


def test_a_name_right_after_its_group_head_may_open_with_waw() -> None:
    from .composed import statement_parties
    assert ("أعلن", "وكالة وادا", None) in statement_parties("وأعلنت وكالة وادا أن الفحص إيجابي.")


@pytest.mark.parametrize(("text", "name", "source", "target"), [
    # a person named after a definite title or person noun and its adjectives is who acts
    ("دعا الناشط السياسي محمود البارودي إلى التظاهر", "محمود البارودي", "محمود البارودي", None),
    ("هاجم البرلماني المصري مصطفى بكري الحكومة", "مصطفى بكري", "مصطفى بكري", "الحكومة"),
    ("انتقد الصحفي البريطاني روبرت فيسك الحكومة", "روبرت فيسك", "روبرت فيسك", "الحكومة"),
    ("انتقدت الناشطة السعودية هناء الظفيري الحكومة", "هناء الظفيري", "هناء الظفيري", "الحكومة"),
    ("انتقدت الناشطة هناء الظفيري الحكومة", "هناء الظفيري", "هناء الظفيري", "الحكومة"),
    ("انتقدت المتحدثة باسم الخارجية الأمريكية هيذر نويرت الحكومة", "هيذر نويرت", "هيذر نويرت", "الحكومة"),
    # a body, a dual or the opposition (listed, no woman) before a person: the person is its object
    ("اتهمت المعارضة السورية بشار الأسد بقتل المدنيين", "بشار الأسد", "المعارضة السورية", "بشار الأسد"),
    ("اتهمت المعارضة بشار الأسد بقتل المدنيين", "بشار الأسد", "المعارضة", "بشار الأسد"),
    ("انتقدت الحكومة المصرية محمد مرسي", "محمد مرسي", "الحكومة المصرية", "محمد مرسي"),
    ("قصف الجيش السوري محمد علي", "محمد علي", "الجيش السوري", "محمد علي"),
])
def test_a_person_named_after_a_person_noun_and_its_adjectives_is_the_party(
        text: str, name: str, source: str, target: str | None) -> None:
    events = [e for e in extract_events(with_people(text, name)) if e.plover]
    assert [(text_of(e.source), text_of(e.target)) for e in events] == [(source, target)]
