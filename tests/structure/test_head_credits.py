"""Who the page head credits under the headline (:mod:`khabar.structure.head_credits`): dated credit
lines, a bare name beside the date."""

from __future__ import annotations

import pytest

from khabar.structure import analyse_page

from .test_layout import BODY


def test_short_head_line_with_a_date_and_a_byline() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\nنشر في 14 نوفمبر 2017 بواسطة سارة الحسن\n\n{BODY}")
    assert (page.published, page.byline, page.deck) == ("2017-11-14", "سارة الحسن", None)
    assert len(page.body) == 2


def test_bare_author_name_beside_the_date_is_the_byline() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\nسارة الحسن\n14/11/2017\n\n{BODY}")
    assert (page.byline, page.published, page.deck) == ("سارة الحسن", "2017-11-14", None)


def test_byline_word_without_colon_beside_the_date_and_wire_credits_at_the_foot() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\nكتب محمد أحمد\n14/11/2017\n\n{BODY}"
                        "(إعداد سارة الحسن للنشرة العربية - تحرير مراد بن علي)\n")
    assert (page.byline, page.published) == ("محمد أحمد", "2017-11-14")
    assert page.body == BODY.split("\n")[:2]
    assert page.furniture == ["(إعداد سارة الحسن للنشرة العربية - تحرير مراد بن علي)"]


def test_a_line_holding_a_date_after_two_paragraphs_is_the_texts() -> None:
    """Not a head credit line: a paragraph's first line, cut there by a page break."""
    prose = ("أعلنت الحكومة اليوم خطة جديدة لترشيد استهلاك المياه خلال أشهر الصيف المقبلة في جميع المدن",
             "وقال الوزير في مؤتمر صحفي إن المخزون الحالي يكفي لتلبية حاجات السكان حتى نهاية العام الجاري")
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n2018-05-05\n\n{prose[0]}.\n\n{prose[1]}.\n\n"
                        "وكان الوزير تولى منصبه في 14 أيار/مايو 2017 خلفا\n\n13\n\n\fلسلفه الذي استقال.\n")
    assert page.published == "2018-05-05"
    assert any(paragraph.startswith("وكان الوزير تولى منصبه") for paragraph in page.body)


@pytest.mark.parametrize(("credit", "byline"), [
    ("بغداد ــ سارة الحسن", "سارة الحسن"),  # the place a reporter files from, a kashida dash
    ("القاهرة - سارة الحسن", "سارة الحسن"),
    ("سارة الحسن", "سارة الحسن"),
])
def test_a_reporter_s_name_after_the_place_beside_the_date_is_the_byline(credit: str, byline: str) -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n{credit}\n\n{BODY}")
    assert page.byline == byline


@pytest.mark.parametrize(("credit", "fields"), [
    # place and paper, paper and place, set over the text as its first paragraph
    ("دبي: «الشرق الأوسط»", ("دبي", "الشرق الأوسط")),
    ("عنب بلدي – إدلب", ("إدلب", "عنب بلدي")),
])
def test_a_credit_line_over_the_text_gives_the_dateline_and_outlet(credit: str, fields: tuple[str | None, str | None]) -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n\n{credit}\n{BODY}")
    assert (page.dateline, page.outlet) == fields
    assert page.byline not in ("الشرق الأوسط", "عنب بلدي")  # the paper credited is no byline
    assert page.body[0].startswith("أعلنت")
