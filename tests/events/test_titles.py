"""Titles: which words are bare titles in construct; the office chains themselves are read through
find_actors in test_actors.py."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.events import extract_events
from khabar.events.titles import TITLE_CHAIN_REACH, bare_title, genitive_chain_end

from .composed import coded_parties, statement_parties, text_of, with_people


@pytest.mark.parametrize(("word", "expected"), [
    ("رئيس", True), ("وزيرة", True), ("حاكم", True),
    # with the article a title stands alone; a common noun is no title
    ("الرئيس", False), ("مجلس", False),
])
def test_a_bare_title_is_a_title_without_the_article(word: str, expected: bool) -> None:
    assert bare_title(tokenize(word)[0]) is expected


def test_the_chain_reach_passes_a_body_and_an_adjective() -> None:
    # الأمين العام للاتحاد العام التونسي للشغل، X: six words between the title and the name
    assert TITLE_CHAIN_REACH >= 7


@pytest.mark.parametrize(("text", "end"), [
    ("مدير مكتب وزير الخارجية إن", 4),  # bare nouns and a title, ended by a definite noun
    ("رئيس ديوان الرئاسة إن", 3),
    ("وزير خارجيته أكد", 2),  # a possessed noun ends the chain
    ("رئيس حكومتهم أكد", 2),
    ("مدير مياه الشرب إن", 3),  # ه after ا is the word's own: the chain runs on to its definite noun
    ("مدير اتجاه السير إن", 3),
    ("رئيس الوزراء", 1),  # no bare noun after the title: no chain
    ("مدير مكتب قال", 1),  # no definite noun ends it
])
def test_the_genitive_chain_a_bare_title_governs(text: str, end: int) -> None:
    assert genitive_chain_end(tokenize(text), 1) == end


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال مدير مكتب وزير الخارجية إن الزيارة تأجلت.", "مدير مكتب وزير الخارجية"),
    ("وقالت رئيسة ديوان الوزارة إن الزيارة تأجلت.", "رئيسة ديوان الوزارة"),
])
def test_a_bare_title_governs_its_genitive_chain(text: str, speaker: str) -> None:
    assert speaker in {source for _, source, _ in statement_parties(text)}


def test_an_aside_after_a_titles_body_does_not_hide_the_person_named_after_it() -> None:
    text = "وندد زعيم حزب الرابطة (يمين متشدد) ماتيو سالفيني بقرار الحكومة."
    events = extract_events(with_people(text, "ماتيو سالفيني"))
    assert [text_of(e.source) for e in events] == ["ماتيو سالفيني"]


@pytest.mark.parametrize(("text", "event"), [
    # a bare plural office governs its genitive chain, with the definite adjective ending it
    ("وطالب وزراء داخلية دول الاتحاد الأوروبي الحكومة اليونانية بتشديد الرقابة.",
     ("طالب", "وزراء داخلية دول الاتحاد الأوروبي", "الحكومة اليونانية")),
    ("وانتقد وزراء دفاع دول الحلف الحكومة السورية.", ("انتقد", "وزراء دفاع دول الحلف", "الحكومة السورية")),
])
def test_a_bare_plural_title_governs_its_genitive_chain(text: str, event: tuple[str, str, str]) -> None:
    assert coded_parties(text) == [event]


def test_a_meeting_of_plural_office_holders_among_themselves_has_no_counterpart() -> None:
    assert coded_parties("التقى وزراء داخلية دول الاتحاد الأوروبي الخميس في اجتماع غير رسمي.") == []
