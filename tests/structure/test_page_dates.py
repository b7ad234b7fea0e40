"""The page's date among a text dump's date lines (structure/page_dates.py): the article's date line,
a top bar's date passed over, a date in a credit line, and a wire's place-and-date line."""

from __future__ import annotations

import pytest

from khabar.structure.lines import RELATED_ITEM, TEXT, Line, classify
from khabar.structure.page_dates import credit, date_in_credits, published, wire_place

HEAD = "افتتاح ثلاثة مستشفيات جديدة في الجنوب"
P1 = "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير."
P2 = "وقال الوزير إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها."


def _lines(*texts: str) -> list[Line]:
    return [classify(Line(text, TEXT)) for text in texts]


@pytest.mark.parametrize(("texts", "head", "date"), [
    pytest.param((HEAD, "نشر في 20 أبريل 2018", P1), 0, "2018-04-20", id="labelled_date_under_the_headline"),
    # an unlabelled date over the headline is the top bar's when the headline has its own under it
    pytest.param(("22/04/2018", HEAD, "نشر في 20 أبريل 2018", P1), 1, "2018-04-20", id="top_bar_date_passed_over"),
    pytest.param(("22/04/2018", HEAD, P1), 1, "2018-04-22", id="top_bar_date_alone"),
    pytest.param((HEAD, "الأحد 22 أبريل 2018 - سارة الحسن", P1), 0, "2018-04-22", id="credit_line_date"),
    pytest.param((HEAD, P1, P2), 0, None, id="no_date"),
    # an ambiguous numeric date with a Latin AM/PM time: month first, as English (US) stamps are set
    pytest.param(("3/5/2018 10:42 AM", HEAD, P1), 1, "2018-03-05", id="twelve_hour_clock_month_first"),
    pytest.param(("3/5/2018 10:42", HEAD, P1), 1, "2018-05-03", id="day_first_without_it"),
])
def test_published(texts: tuple[str, ...], head: int, date: str | None) -> None:
    assert published(_lines(*texts), head)[0] == date


def test_credit_part() -> None:
    lines = _lines(HEAD, "الأحد 22 أبريل 2018 - سارة الحسن", P1)
    assert (credit(lines, "date"), credit(lines, "credit"), credit(lines, "outlet")) == (
        "2018-04-22", "سارة الحسن", None)


@pytest.mark.parametrize(("texts", "related", "date"), [
    pytest.param((HEAD, P1, P2, "نشر في 14 نوفمبر 2017 بواسطة سارة الحسن"), (), "2017-11-14", id="credit_after_body"),
    pytest.param((HEAD, P1, P2, "14 نوفمبر 2017 مستشفى جديد في الشمال"), (3,), None, id="related_link_date"),
])
def test_date_in_credits(texts: tuple[str, ...], related: tuple[int, ...], date: str | None) -> None:
    lines = _lines(*texts)
    for k in related:
        lines[k].kind = RELATED_ITEM
    assert date_in_credits(lines, [1, 2], None) == date


@pytest.mark.parametrize(("text", "place"), [
    ("عمان 3 شوال 1439 هـ الموافق 17 يونيو 2018 م بترا", "عمان"),  # closed by the agency's code
    ("الأحد 22 أبريل 2018 - سارة الحسن", None),
])
def test_wire_place(text: str, place: str | None) -> None:
    assert wire_place(_lines(text)) == place
