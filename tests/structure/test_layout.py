"""Whole pages: every layout of bench/layouts.py on composed records, the example pages, the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.ingest import article_from_text
from khabar.model import Article
from khabar.structure import Options, analyse_page, run
from khabar.structure.related import headline_like

from .composed import LAYOUTS, RECORDS, ROOT, UNSEEN_LAYOUTS, Page, render

EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "000_d38ce0d4f4cf5e4f.txt"
EXAMPLE_PAGES = {"portal": "t-water-2019", "levantine": "t-festival-2018", "maghreb": "t-port-2020",
                 "gulf": "t-flood-2021"}


def _analyse(text: str) -> Article:
    return run(article_from_text(text), Options())


def _assert_page(article: Article, page: Page) -> None:
    assert article.headline == page.headline
    assert (article.published or "")[:10] == page.published
    assert article.deck == page.deck
    assert article.dateline == page.dateline
    assert article.byline == page.byline
    assert article.body == page.body
    assert article.related == page.related
    assert article.pull_quotes == page.pull_quotes


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.id)
def test_layouts_on_composed_records(layout: str, record) -> None:
    page = render(record, layout)
    _assert_page(_analyse(page.text), page)


@pytest.mark.parametrize("layout", sorted(UNSEEN_LAYOUTS))
@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.id)
def test_browser_copied_layouts_on_composed_records(layout: str, record) -> None:
    import random

    page = UNSEEN_LAYOUTS[layout](record, random.Random(f"0:{layout}:{record.id}"))
    _assert_page(_analyse(page.text), page)


def test_at_least_six_layouts() -> None:
    assert len(LAYOUTS) >= 6


@pytest.mark.parametrize(("layout", "record_id"), sorted(EXAMPLE_PAGES.items()))
def test_example_pages_are_rendered_layouts_and_read_back(layout: str, record_id: str) -> None:
    record = next(r for r in RECORDS if r.id == record_id)
    page = render(record, layout)
    text = (EXAMPLES / f"structure_{layout}.txt").read_text(encoding="utf-8")
    assert text == page.text  # regenerate the example if a layout changes
    _assert_page(_analyse(text), page)


def test_seed_page() -> None:
    article = _analyse(SEED.read_text(encoding="utf-8"))
    assert article.published == "2017-11-14"
    assert article.headline == "موسكو تتهم أميركا بعرقلة استهداف الدولة الإسلامية في البوكمال"
    assert article.deck.startswith("الدفاع الروسية تقول إن واشنطن")
    assert article.outlet == "ميدل ايست أونلاين"
    assert article.pull_quotes == ["الولايات المتحدة تتظاهر بقتال الإرهاب"]
    assert article.dateline == "موسكو"
    assert article.body[0].startswith("قالت وزارة الدفاع الروسية الثلاثاء")
    assert len(article.body) == 13
    assert len(article.related) == 20 and article.related[-1].startswith("عون يدافع")
    assert article.furniture == [">>"]


def test_related_block_needs_three_lines_or_a_header() -> None:
    body = "قال الوزير إن الخطة ستطبق من الشهر المقبل في كل المحافظات دون استثناء.\n\n"
    page = analyse_page("عنوان الخبر هنا\n\n" + body * 2 + "\n\nخبر قصير أول\nخبر قصير ثان\n")
    assert page.related == []
    page = analyse_page("عنوان الخبر هنا\n\n" + body * 2 + "أخبار ذات صلة\nخبر قصير أول\nخبر قصير ثان\n")
    assert page.related == ["خبر قصير أول", "خبر قصير ثان"]


def test_wider_gap_separates_a_short_last_paragraph_from_related() -> None:
    text = ("عنوان الخبر هنا\n\nقال الوزير إن الخطة ستطبق من الشهر المقبل في كل المحافظات.\n\n"
            "وتعد الخطة الأولى من نوعها\n\n\n\nخبر أول عن الطقس\n\nخبر ثان عن الأسعار\n\nخبر ثالث عن الرياضة\n")
    page = analyse_page(text)
    assert page.body[-1] == "وتعد الخطة الأولى من نوعها"
    assert page.related == ["خبر أول عن الطقس", "خبر ثان عن الأسعار", "خبر ثالث عن الرياضة"]


def test_quoted_subheading_in_body_stays_body() -> None:
    text = ("عنوان الخبر هنا\n\nقال الوزير إن الخطة ستطبق من الشهر المقبل.\n\n\"تحديات كبيرة\"\n\n"
            "وأضاف أن \"تحديات كبيرة\" تنتظر الحكومة في تطبيقها.\n")
    page = analyse_page(text)
    assert page.pull_quotes == []
    assert page.body[1] == "\"تحديات كبيرة\""


@pytest.mark.parametrize(("text", "expected"), [
    ("فرنسا تقر موازنة تعكس عددا من وعود ماكرون", True),
    ("هل تنجح خطة الحكومة في خفض البطالة؟", True),
    ("تفاصيل جريمة قتل في المدينة..", True),
    ("وقال الوزير إن الخطة ستطبق.", False),
    ("ثانياً :", False),
    ("مفرد", False),
])
def test_headline_like(text: str, expected: bool) -> None:
    assert headline_like(text) is expected


def test_empty_or_furniture_only_page() -> None:
    page = analyse_page("الرئيسية | أخبار | سياسة\n>>\n")
    assert page.headline is None and page.body == [] and page.furniture == ["الرئيسية | أخبار | سياسة", ">>"]


def test_dateline_option_off_keeps_the_paragraph_whole() -> None:
    article = run(article_from_text(SEED.read_text(encoding="utf-8")), Options(datelines=False))
    assert article.dateline is None
    assert article.body[0].startswith("موسكو - قالت")


def test_examples_dir_has_pages_in_several_layouts() -> None:
    pages = sorted(Path(EXAMPLES).glob("structure_*.txt"))
    assert len(pages) >= 3


BODY = "أعلنت الحكومة اليوم الثلاثاء خطة جديدة لترشيد استهلاك المياه خلال أشهر الصيف.\nوقال الوزير إن المخزون يكفي.\n"


def test_footer_after_related_links_is_furniture() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}اقرأ أيضا\n- خبر أول عن الطقس\n"
                        "- خبر ثان عن الأسعار - 13/11/2017\nتابعونا على تويتر\nتطبيق الأفق\n")
    assert page.related == ["خبر أول عن الطقس", "خبر ثان عن الأسعار"]
    assert page.body == BODY.split("\n")[:2]
    assert "تطبيق الأفق" in page.furniture


@pytest.mark.parametrize("top", [
    "الأكثر قراءة\nخبر أول عن الطقس\nخبر ثان عن الأسعار\nخبر ثالث عن الرياضة\n",
    "الأكثر قراءة\n\nخبر أول عن الطقس\nخبر ثان عن الأسعار\nخبر ثالث عن الرياضة\n\n\n",
])
def test_related_block_above_the_headline(top: str) -> None:
    page = analyse_page(f"{top}الحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert page.related == ["خبر أول عن الطقس", "خبر ثان عن الأسعار", "خبر ثالث عن الرياضة"]


def test_unknown_header_with_colon_over_numbered_links() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n\n{BODY}\nتدوينات ذات صلة:\n"
                        "1- خبر أول عن الطقس\n2- خبر ثان عن الأسعار\n3- خبر ثالث عن الرياضة\n")
    assert page.related == ["خبر أول عن الطقس", "خبر ثان عن الأسعار", "خبر ثالث عن الرياضة"]
    assert "تدوينات ذات صلة:" in page.furniture


def test_durations_beside_related_videos_stay_out_of_the_links() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}\nفيديوهات ذات صلة\n03:12\nخبر أول عن الطقس\n"
                        "01:45\nخبر ثان عن الأسعار\n")
    assert page.related == ["خبر أول عن الطقس", "خبر ثان عن الأسعار"]
    assert page.body == BODY.split("\n")[:2]


def test_sources_and_ages_under_aggregated_links_stay_out_of_the_links() -> None:
    page = analyse_page(f"صحيفة الأفق · 14 نوفمبر 2017\nالحكومة تعلن خطة للمياه\n\n{BODY}\nأخبار ذات صلة\n"
                        "خبر أول عن الطقس\nقناة الغد · منذ 3 ساعات\nخبر ثان عن الأسعار\nالمرصد نيوز · منذ ساعتين\n")
    assert page.related == ["خبر أول عن الطقس", "خبر ثان عن الأسعار"]
    assert (page.headline, page.published, page.byline) == ("الحكومة تعلن خطة للمياه", "2017-11-14", None)
    assert page.body == BODY.split("\n")[:2]


@pytest.mark.parametrize(("stamp", "other", "lead", "published"), [
    ("04-05-2018 03:12 PM", "04-03-2018", "", "2018-05-04"),  # nothing tells: day first
    ("04-05-2018 03:12 PM", "03-30-2018", "", "2018-04-05"),  # another date, month first
    ("04-05-2018 03:12 PM", "30-04-2018", "", "2018-05-04"),  # another date, day first
    ("04-05-2018 03:12 PM", "04-03-2018", "أعلنت الحكومة اليوم الخميس", "2018-04-05"),  # 5 April is a Thursday
    ("04-05-2018 03:12 PM", "04-03-2018", "أعلنت الحكومة اليوم الجمعة", "2018-05-04"),  # 4 May a Friday
    ("04-05-2018 03:12 PM", "04-03-2018", "أعلنت الحكومة أمس السبت", "2018-05-04"),  # not today's weekday
    ("04-05-2018 03:12 م", "03-30-2018", "أعلنت الحكومة اليوم الجمعة", "2018-04-05"),  # the dates outweigh it
])
def test_numeric_date_both_parts_under_13_in_the_pages_order(stamp: str, other: str, lead: str,
                                                             published: str) -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n{stamp}\n\n{lead} {BODY}\nأخبار أخرى\n\n"
                        f"افتتاح معرض الكتاب في العاصمة\n{other}\nارتفاع أسعار الخضر في الأسواق\n{other}\n")
    assert page.published == published


@pytest.mark.parametrize(("opening", "sign_off", "agency"), [
    ("الخرطوم - سونا : ", "سونا", "سونا"),  # a name no table knows, credited after the place, signing off
    ("الخرطوم (سونا) - ", "- سونا -", "سونا"),  # the agency the dateline credits, between dashes
    ("الخرطوم - (سونا) - ", "(سونا)", "سونا"),
])
def test_agency_signing_the_text_off_is_furniture(opening: str, sign_off: str, agency: str) -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n2017-11-14\n\n{opening}{BODY}\n{sign_off}\n")
    assert (page.dateline, page.agency) == ("الخرطوم", agency)
    assert page.body == [line for line in BODY.splitlines() if line] and sign_off in page.furniture


def test_a_sentence_after_the_place_stays_without_a_sign_off() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n2017-11-14\n\nبيروت - الحكومة: {BODY}\nوزارة الإعلام\n")
    assert page.body[0].startswith("الحكومة: أعلنت") and page.agency is None


TOOLBAR_HEAD = "الحكومة تعلن خطة جديدة لترشيد المياه"


def test_a_writer_s_name_over_an_english_role_line() -> None:
    page = analyse_page(f"{TOOLBAR_HEAD}\n\nسارة الحسن\nJournalist at Al-Ofoq\nPublished Mar 12, 2023\n\n{BODY}")
    assert (page.byline, page.deck, page.published) == ("سارة الحسن", None, "2023-03-12")


def test_a_teleprinter_wire() -> None:
    body = BODY.splitlines()
    page = analyse_page(f"ZCZC\nARA0412 4 GEN /AFP-RW12\nمصر-سياسة-مياه\n{TOOLBAR_HEAD}\n"
                        f"القاهرة 12 آذار/مارس (ا ف ب) - {body[0]}\n{body[1]}\n\nر ح/ع ش\n"
                        "ا ف ب 121512 GMT MAR 23\nNNNN\n")
    assert (page.headline, page.published, page.dateline) == (TOOLBAR_HEAD, "2023-03-12", "القاهرة")
    assert page.body == body

