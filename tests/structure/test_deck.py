"""Whether the line under the headline is a deck or the first paragraph (:mod:`khabar.structure.deck`)."""

from __future__ import annotations

import pytest

from khabar.structure import analyse_page

from .test_layout import BODY


def test_deck_with_a_date_in_it_stays_a_deck() -> None:
    deck = "الحكومة تقول إن الخطة التي أقرت يوم 14 نوفمبر 2017 ستطبق في كل المحافظات دون استثناء هذا الصيف"
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n{deck}\nبقلم: سارة الحسن\n\n{BODY}")
    assert page.deck == deck and page.published is None


def test_a_line_without_arabic_letters_under_the_headline_is_no_deck() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n\nترجمة: سارة الحسن\nالمصدر: الغارديان\n"
                        f"What comes next for the region\n14/11/2017\n\n{BODY}")
    assert (page.deck, page.byline) == (None, "سارة الحسن")
    assert page.body == BODY.split("\n")[:2]


@pytest.mark.parametrize(("indent", "deck"), [("     ", None), ("", "first")])
def test_a_first_paragraph_on_the_bodys_indent_over_a_picture_is_no_deck(indent: str, deck: str | None) -> None:
    """A Word document through antiword: a picture's [pic] under the first paragraph parts it from
    the rest by more blanks, yet it opens on the paragraphs' own indent."""
    first = "أعلنت الحكومة اليوم خطة جديدة لترشيد استهلاك المياه خلال أشهر الصيف المقبلة."
    rest = ["وقال الوزير إن المخزون الحالي يكفي لتلبية حاجات السكان حتى نهاية العام.",
            "وأضاف أن الوزارة ستراقب الاستهلاك في المدن الكبرى كل أسبوع.",
            "ودعا المواطنين إلى الترشيد في أوقات الذروة خلال الصيف."]
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n\n{indent}{first}\n\n[pic]\n\n"
                        + "\n".join(f"     {p}" for p in rest) + "\n")
    assert page.deck == (first if deck else None)


FIRST = "أعلنت الحكومة اليوم خطة جديدة لترشيد استهلاك المياه خلال أشهر الصيف المقبلة في المدن."
REST = ["وقال الوزير إن المخزون الحالي يكفي لتلبية حاجات السكان حتى نهاية العام الجاري.",
        "وأضاف أن الوزارة ستراقب الاستهلاك في المدن الكبرى كل أسبوع خلال الصيف."]


@pytest.mark.parametrize(("running_head", "deck"), [
    ("صحيفة الأفق | العدد 1520", None),  # the paper's head over each printed page
    ("صحيفة الأفق - 14/11/2017", None),
    ("", None),
])
def test_a_printed_first_page_holding_one_paragraph_gives_no_deck(running_head: str, deck: str | None) -> None:
    top = f"{running_head}\n\n" if running_head else ""
    page = analyse_page(f"{top}الحكومة تعلن خطة للمياه\nالثلاثاء 14 نوفمبر 2017\n\n{FIRST}\n\n- 1 -\n"
                        f"\f{running_head}\n\n{REST[0]}\n\n{REST[1]}\n\n- 2 -\n")
    assert (page.headline, page.deck) == ("الحكومة تعلن خطة للمياه", deck)
    assert page.body == [FIRST, *REST]


def test_a_credit_line_under_the_first_line_still_sets_a_deck_apart() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n\n{FIRST}\n\nصحيفة الأفق - 14/11/2017\n\n{REST[0]}\n\n{REST[1]}\n")
    assert page.deck == FIRST and page.body == REST


_FIRST = "أعلنت وزارة الصحة اليوم الأحد عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال العام المقبل."


@pytest.mark.parametrize(("lead", "copied"), [
    (_FIRST[:70], True),  # the lead cut at a character count, inside a word
    (_FIRST, True),
    ("أعلنت وزارة الصحة اليوم الأحد، عن افتتاح ثلاثة مستشفيات جديدة في المحافظات", True),  # a comma added
    ("أعلنت وزارة الصحة الأحد عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال العام", True),  # a word dropped
    ("وزارة الصحة تعلن اليوم الأحد عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية", False),  # reworded: a deck
    ("الوزارة تفتتح ثلاثة مستشفيات في الجنوب وتعد بتحسين الخدمات الصحية للسكان", False),  # a summary: a deck
    ("ثلاثة مستشفيات جديدة في الجنوب", False),  # too short to tell
])
def test_a_lead_copying_the_text_s_start_is_no_deck(lead: str, copied: bool) -> None:
    from khabar.structure.deck import copies_text

    assert copies_text(lead, [_FIRST, "وقال الوزير إن العمل سيبدأ قريبا."]) is copied
    if lead.startswith(_FIRST[:70]):  # past the agency's mark the text keeps
        assert copies_text(lead, [f"(CNN)-- {_FIRST}"])


@pytest.mark.parametrize(("lead", "deck"), [
    (_FIRST[:80], None),
    ("الوزارة تفتتح ثلاثة مستشفيات في الجنوب وتعد بتحسين الخدمات الصحية للسكان",
     "الوزارة تفتتح ثلاثة مستشفيات في الجنوب وتعد بتحسين الخدمات الصحية للسكان"),
])
def test_a_record_s_lead_is_its_deck_unless_it_copies_the_text(lead: str, deck: str | None) -> None:
    import json

    from khabar.ingest import article_from_record
    from khabar.structure import Options, run

    record = {"id": "r1", "title": "افتتاح مستشفيات", "lead": lead, "text": f"القاهرة - {_FIRST}\nوقال الوزير إن العمل سيبدأ."}
    article = run(article_from_record(record, json.dumps(record, ensure_ascii=False)), Options())
    assert (article.deck, article.dateline) == (deck, "القاهرة")

