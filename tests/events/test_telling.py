"""The one told by a verb of telling (أبلغ، أخبر): events/telling.py, through the events stage."""

from __future__ import annotations

import pytest

from .composed import statement_parties


@pytest.mark.parametrize(("text", "event"), [
    # the one told is the object, before what is told; with two parties the first tells
    ("وأبلغ الوزير الصحافيين أن الحكومة ستستقيل.", ("أبلغ", "الوزير", "الصحافيين")),
    ("أخبرت الشرطة السكان بأن الطريق مغلق.", ("أخبر", "الشرطة", "السكان")),
    # one party after the verb is the one told: the teller is the subject before the verb
    ("وقال مسؤول إن الاتفاق قريب، ومتحدث أخبر الصحافيين أن الموعد لم يحدد.", ("أخبر", "متحدث", "الصحافيين")),
])
def test_the_one_told_is_the_target(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in statement_parties(text)


@pytest.mark.parametrize(("text", "event"), [
    # a party inside an aside set off by commas is not the one told
    ("وأبلغ الوزير، في أول لقاء له منذ تعيينه نائبا للرئيس، الصحافيين أن الخطة جاهزة.",
     ("أبلغ", "الوزير", "الصحافيين")),
    # a relational adjective of a noun (المؤتمر الصحفي، مؤتمرا صحفيا) is no party: no one is named told
    ("وأبلغ الوزير المؤتمر الصحفي أن الخطة جاهزة.", ("أبلغ", "الوزير", None)),
    ("وأبلغ الوزير مؤتمرا صحفيا مع السفير أن الخطة جاهزة.", ("أبلغ", "الوزير", None)),
    # an aside closed before what is told (بأنه): the party after its closing comma is told
    ("وأبلغ الوزير، الذي وصل أمس إلى العاصمة، السفير بأنه سيغادر.", ("أبلغ", "الوزير", "السفير")),
])
def test_the_one_told_is_no_word_of_an_aside_or_a_phrase(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in statement_parties(text)


@pytest.mark.parametrize("text", [
    "حسم اللاعب موقفه وأخبر بايرن ميونيخ\n\nقال المدرب إن الفريق جاهز.",
    "وأخبر بايرن ميونيخ",
])
def test_a_party_ending_the_unit_after_a_telling_verb(text: str) -> None:
    # a headline that stops at the one told (.. وأخبر بايرن ميونيخ): nothing after the party to read
    from khabar.analysis import analyze_text

    events = analyze_text(text).events
    assert all(e.action != "أخبر" or (e.target is None or e.target.text == "بايرن ميونيخ") for e in events)


def test_a_pronoun_teller_is_the_topic_not_the_one_told() -> None:
    # وأبلغ الصحافيين أن: "he told the journalists"; the journalists are no speaker
    events = statement_parties("قال الوزير إن الوضع مستقر. وأبلغ الصحافيين أن الحدود مغلقة.")
    assert ("أبلغ", "الوزير", "الصحافيين") in events
