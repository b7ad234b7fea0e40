"""A lead repeating the body's opening codes each fact once (khabar.events.repeats)."""

from __future__ import annotations

import pytest

from khabar.arabic.stage import Options as ArabicOptions
from khabar.arabic.stage import run as run_arabic
from khabar.events import extract_events
from khabar.model import Article, Source

from .composed import parties

OPENING = "اعتقلت الشرطة الفرنسية ثلاثة أشخاص في مدينة ليون يوم الأحد بعد هجوم على مسجد."


def _events(deck: str, *body: str) -> list[tuple[str, str, str | None, str | None]]:
    """(field, action, source, target) of the events of an article with this lead and body."""
    article = run_arabic(Article(id="t", source=Source(kind="test"), deck=deck, body=list(body)), ArabicOptions())
    return [(e.field, *parties(e)) for e in extract_events(article)]


@pytest.mark.parametrize(("deck", "expected"), [
    # the lead is the body's first sentence, whole or cut short: the body's events only
    (OPENING, [("body", "اعتقل", "الشرطة الفرنسية", "ثلاثة أشخاص")]),
    ("اعتقلت الشرطة الفرنسية ثلاثة أشخاص في مدينة ليون يوم", [("body", "اعتقل", "الشرطة الفرنسية", "ثلاثة أشخاص")]),
    # a lead in the outlet's own few words of the same fact: a word left out, one added
    ("اعتقلت الشرطة الفرنسية أمس ثلاثة أشخاص في ليون بعد هجوم",
     [("body", "اعتقل", "الشرطة الفرنسية", "ثلاثة أشخاص")]),
    # a fact of its own: kept, before the body's
    ("أدان الرئيس الفرنسي الهجوم على المسجد.",
     [("deck", "أدان", "الرئيس الفرنسي", None), ("body", "اعتقل", "الشرطة الفرنسية", "ثلاثة أشخاص")]),
    # the same predicate about another fact: kept
    ("اعتقلت الشرطة الإسبانية خمسة مهاجرين قرب الحدود مع المغرب.",
     [("deck", "اعتقل", "الشرطة الإسبانية", "خمسة مهاجرين"), ("body", "اعتقل", "الشرطة الفرنسية", "ثلاثة أشخاص")]),
])
def test_lead_repeating_the_body_is_read_once(deck: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert _events(deck, OPENING) == expected


def test_repeat_found_later_in_the_body() -> None:
    # the body may open on a paragraph the lead leaves out (a dateline line, a summary)
    events = _events(OPENING, "وقال المتحدث باسم الشرطة إن التحقيق مستمر.", OPENING)
    assert [(field, action) for field, action, *_ in events] == [("body", "قال"), ("body", "اعتقل")]



def test_repeat_found_whatever_the_diacritics() -> None:
    # a voweled word is one word (\w does not match a diacritic): a lead voweled where the body
    # is not (or the other way round) repeats it all the same
    voweled = "اعْتَقَلَتِ الشُّرْطَةُ الفَرَنْسِيَّةُ ثَلاثَةَ أَشْخَاصٍ فِي مَدِينَةِ لِيُون يَوْمَ الأَحَدِ بَعْدَ هُجُومٍ عَلَى مَسْجِدٍ."
    assert [field for field, *_ in _events(voweled, OPENING)] == ["body"]
    assert [field for field, *_ in _events(OPENING, voweled)] == ["body"]
