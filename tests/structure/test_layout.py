"""Whole pages: every layout of bench/layouts.py on composed records, the example pages, the seed."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from khabar.ingest import article_from_text
from khabar.model import Article
from khabar.structure import Options, analyse_page, run
from khabar.structure.data import read_rows
from khabar.structure.layout import without_breaking_label
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


def test_masthead_echoed_by_the_footer_is_the_outlet_not_the_headline() -> None:
    page = analyse_page(f"صوت الأمة\n\nالحكومة تعلن خطة للمياه\n2017-11-14\n\n{BODY}\n© 2017 صوت الأمة")
    assert (page.outlet, page.headline) == ("صوت الأمة", "الحكومة تعلن خطة للمياه")


def test_short_head_line_with_a_date_and_a_byline() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\nنشر في 14 نوفمبر 2017 بواسطة سارة الحسن\n\n{BODY}")
    assert (page.published, page.byline, page.deck) == ("2017-11-14", "سارة الحسن", None)
    assert len(page.body) == 2


def test_deck_with_a_date_in_it_stays_a_deck() -> None:
    deck = "الحكومة تقول إن الخطة التي أقرت يوم 14 نوفمبر 2017 ستطبق في كل المحافظات دون استثناء هذا الصيف"
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n{deck}\nبقلم: سارة الحسن\n\n{BODY}")
    assert page.deck == deck and page.published is None


def test_bare_author_name_beside_the_date_is_the_byline() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\nسارة الحسن\n14/11/2017\n\n{BODY}")
    assert (page.byline, page.published, page.deck) == ("سارة الحسن", "2017-11-14", None)


def test_footer_after_related_links_is_furniture() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}اقرأ أيضا\n- خبر أول عن الطقس\n"
                        "- خبر ثان عن الأسعار - 13/11/2017\nتابعونا على تويتر\nتطبيق الأفق\n")
    assert page.related == ["خبر أول عن الطقس", "خبر ثان عن الأسعار"]
    assert page.body == BODY.split("\n")[:2]
    assert "تطبيق الأفق" in page.furniture


def test_byline_word_without_colon_beside_the_date_and_wire_credits_at_the_foot() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\nكتب محمد أحمد\n14/11/2017\n\n{BODY}"
                        "(إعداد سارة الحسن للنشرة العربية - تحرير مراد بن علي)\n")
    assert (page.byline, page.published) == ("محمد أحمد", "2017-11-14")
    assert page.body == BODY.split("\n")[:2]
    assert page.furniture == ["(إعداد سارة الحسن للنشرة العربية - تحرير مراد بن علي)"]


def test_menu_separated_by_wide_spaces_is_not_the_headline() -> None:
    page = analyse_page(f"الرئيسية  أخبار مصر  عرب وعالم  رياضة  اقتصاد  فن\nالحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert page.furniture == ["الرئيسية أخبار مصر عرب وعالم رياضة اقتصاد فن"]


@pytest.mark.parametrize("top", [
    "الأكثر قراءة\nخبر أول عن الطقس\nخبر ثان عن الأسعار\nخبر ثالث عن الرياضة\n",
    "الأكثر قراءة\n\nخبر أول عن الطقس\nخبر ثان عن الأسعار\nخبر ثالث عن الرياضة\n\n\n",
])
def test_related_block_above_the_headline(top: str) -> None:
    page = analyse_page(f"{top}الحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert page.related == ["خبر أول عن الطقس", "خبر ثان عن الأسعار", "خبر ثالث عن الرياضة"]


@pytest.mark.parametrize(("page_text", "headline", "outlet"), [
    (f"صوت المدينة\n14/11/2017\nالحكومة تعلن خطة جديدة لترشيد المياه في الصيف\n{BODY}",
     "الحكومة تعلن خطة جديدة لترشيد المياه في الصيف", "صوت المدينة"),
    (f"ليبيا ضربات موجعة\n14/11/2017\n{BODY}", "ليبيا ضربات موجعة", None),
    (f"ثقافة » أدب\nالحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}", "الحكومة تعلن خطة للمياه", None),
])
def test_masthead_over_the_date_and_breadcrumbs(page_text: str, headline: str, outlet: str | None) -> None:
    page = analyse_page(page_text)
    assert (page.headline, page.outlet) == (headline, outlet)


def test_unknown_header_with_colon_over_numbered_links() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n14/11/2017\n\n{BODY}\nتدوينات ذات صلة:\n"
                        "1- خبر أول عن الطقس\n2- خبر ثان عن الأسعار\n3- خبر ثالث عن الرياضة\n")
    assert page.related == ["خبر أول عن الطقس", "خبر ثان عن الأسعار", "خبر ثالث عن الرياضة"]
    assert "تدوينات ذات صلة:" in page.furniture


@pytest.mark.parametrize(("title", "headline", "outlet"), [
    ("الحكومة تعلن خطة للمياه | سكاي نيوز عربية", "الحكومة تعلن خطة للمياه", "سكاي نيوز عربية"),
    ("ليبيا ضربات موجعة - العربية.نت", "ليبيا ضربات موجعة", "العربية.نت"),
    ("ترامب - كيم: قمة ثانية في الربيع", "ترامب - كيم: قمة ثانية في الربيع", None),
])
def test_site_name_after_the_title(title: str, headline: str, outlet: str | None) -> None:
    page = analyse_page(f"{title}\n14/11/2017\n{BODY}")
    assert (page.headline, page.outlet, len(page.body)) == (headline, outlet, 2)


def test_single_words_above_the_headline_are_labels() -> None:
    page = analyse_page(f"القائمة\nالحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    page = analyse_page(f"تصفح\nالحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert "تصفح" in page.furniture


PROSE_LINES = ("أعلنت الحكومة اليوم خطة جديدة لترشيد استهلاك المياه خلال أشهر الصيف في الأحياء السكنية.\n\n"
               "وقال وزير المياه إن المخزون الحالي يكفي حتى نهاية الصيف إذا التزم الجميع بالخطة.\n")


def test_a_feed_footer_repeating_the_headline_makes_it_no_masthead() -> None:
    page = ("طقس اليوم الثلاثاء\nhttps://example.org/?p=1\nTue, 14 Feb 2017 02:11:00 +0300\n\n" + PROSE_LINES
            + "\nظهرت المقالة طقس اليوم الثلاثاء أولاً على قناة الغد.\n")
    article = _analyse(page)
    assert (article.headline, article.published) == ("طقس اليوم الثلاثاء", "2017-02-14")
    assert len(article.body) == 2


def test_a_short_line_opening_with_the_credited_outlet_is_the_masthead() -> None:
    page = ("هسبريس من المغرب\n\nطقس اليوم الثلاثاء\n\nهسبريس - سارة الحسن\nالثلاثاء 14 فبراير 2017 - 10:20\n\n"
            + PROSE_LINES)
    article = _analyse(page)
    assert (article.headline, article.byline, article.outlet) == ("طقس اليوم الثلاثاء", "سارة الحسن", "هسبريس من المغرب")


@pytest.mark.parametrize("label", [r[0] for r in read_rows("breaking_labels.txt")])
def test_a_breaking_label_before_a_separator_leaves_the_headline(label: str) -> None:
    headline = "وزير الخارجية يصل إلى الرياض في زيارة رسمية"
    assert without_breaking_label(f"{label} | {headline}") == headline
    assert without_breaking_label(f"{label.upper()}: {headline}") == headline
    assert without_breaking_label(f"{label} {headline}") == f"{label} {headline}"  # no separator: its words


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


def test_the_headline_repeated_under_the_text_is_no_paragraph() -> None:
    page = analyse_page(f"صحيفة الأفق\n14 نوفمبر 2017 الساعة 10:24 ص ·\nالحكومة تعلن خطة للمياه\n\n{BODY}\n"
                        "ALOFOQ-NEWS.COM\nالحكومة تعلن خطة للمياه\n\n5.3 ألف\nأعجبني  تعليق  مشاركة\n")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert page.body == BODY.split("\n")[:2]


def test_text_after_the_end_mark_is_no_paragraph() -> None:
    page = analyse_page(f"بيان صحفي\nللنشر الفوري\n\nالحكومة تعلن خطة للمياه\n\n14/11/2017\n\n{BODY}\n-انتهى-\n\n"
                        "نبذة عن الشركة\nتأسست الشركة عام 1998 وهي من أبرز المؤسسات في المنطقة.\n\n"
                        "للتواصل الإعلامي:\nسارة الحسن\n")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert page.body == BODY.split("\n")[:2]


def test_a_line_without_arabic_letters_under_the_headline_is_no_deck() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n\nترجمة: سارة الحسن\nالمصدر: الغارديان\n"
                        f"What comes next for the region\n14/11/2017\n\n{BODY}")
    assert (page.deck, page.byline) == (None, "سارة الحسن")
    assert page.body == BODY.split("\n")[:2]


def test_page_proper_under_a_clipped_note_title_gives_the_date() -> None:
    page = ("الحكومة تعلن خطة للمياه | صحيفة الأفق\nالأحد، 29 أبريل 2018\n2:50 ص\n\n"
            "تم القص من: https://example.org/news/1.html\n\nالحكومة تعلن خطة للمياه\n\n14 مارس 2018\n\n" + BODY)
    fields = analyse_page(page)
    assert fields.headline == "الحكومة تعلن خطة للمياه"
    assert fields.published == "2018-03-14"
    assert fields.deck is None


def test_paragraph_cut_by_a_page_break_is_read_whole() -> None:
    words = ("وقال وزير المياه في مؤتمر صحفي عقده اليوم إن المخزون الحالي من المياه يكفي حتى نهاية فصل الصيف "
             "إذا التزم الجميع بالترشيد وأضاف أن الوزارة ستعلن خطة جديدة لترشيد الاستهلاك خلال الأسبوع المقبل "
             "بالتعاون مع البلديات والشركات الكبرى في المدن الرئيسية.")
    lines = textwrap.wrap(words, 44)
    first = "\n".join(lines[:3])
    rest = "\n".join(lines[3:])
    other = "\n".join(textwrap.wrap("وأوضح أن الخطة تشمل حملات توعية في المدارس والمساجد ووسائل الإعلام المحلية كافة.", 44))
    page = (f"صحيفة الأفق - العدد 1234\n\n14 مارس 2018\n\nالحكومة تعلن خطة للمياه\n\n{other}\n\n{first}\n\n3\n\n"
            f"\fصحيفة الأفق - العدد 1234\n\n14 مارس 2018\n\n{rest}\n\n4\n\f")
    fields = analyse_page(page)
    assert words in fields.body


#: A headline and three paragraphs for a Word document's page (antiword's text).
DOC_HEAD = "افتتاح ثلاثة مستشفيات جديدة في الجنوب ضمن خطة لتحسين الخدمات"
DOC_PARAGRAPHS = [
    "أعلنت وزارة الصحة في بيان صدر مساء اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة "
    "استيعابية تبلغ ستمئة سرير، وذلك ضمن خطة لتحسين الخدمات الصحية المقدمة للمواطنين.",
    "وقال وزير الصحة خلال حفل الافتتاح إن الوزارة تعمل على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات "
    "الجديدة بكامل طاقتها قبل نهاية العام الجاري.",
]


@pytest.mark.parametrize(("second", "expected"), [
    ("المستشفيات في الجنوب", DOC_HEAD + " المستشفيات في الجنوب"),
    ("2023", DOC_HEAD + " 2023"),  # a bare year ends it
])
def test_headline_centred_over_two_lines_is_one(second: str, expected: str) -> None:
    """A Word document through antiword: the headline centred over two lines, the rest under it."""
    centred = [" " * ((76 - len(line)) // 2) + line for line in ("صحيفة الأفق", DOC_HEAD, second, "الأحد 12 مارس 2023")]
    body = ["     " + "\n".join(textwrap.wrap(p, 76)) for p in DOC_PARAGRAPHS]
    page = analyse_page("\n".join(["[pic]", "", centred[0], "", centred[1], centred[2], "", centred[3], "",
                                   "\n\n".join(body)]) + "\n")
    assert (page.headline, page.published, page.deck) == (expected, "2023-03-12", None)
    assert page.body == DOC_PARAGRAPHS


def test_centred_headline_over_an_indented_paragraph_stays_whole() -> None:
    """A headline set on an indent over a paragraph's first line (not centred under it) is not joined."""
    page = analyse_page("\n".join(["    " + DOC_HEAD, "  " + DOC_PARAGRAPHS[0], "", DOC_PARAGRAPHS[1]]) + "\n")
    assert page.headline == DOC_HEAD


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


def test_a_line_holding_a_date_after_two_paragraphs_is_the_texts() -> None:
    """Not a head credit line: a paragraph's first line, cut there by a page break."""
    prose = ("أعلنت الحكومة اليوم خطة جديدة لترشيد استهلاك المياه خلال أشهر الصيف المقبلة في جميع المدن",
             "وقال الوزير في مؤتمر صحفي إن المخزون الحالي يكفي لتلبية حاجات السكان حتى نهاية العام الجاري")
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n2018-05-05\n\n{prose[0]}.\n\n{prose[1]}.\n\n"
                        "وكان الوزير تولى منصبه في 14 أيار/مايو 2017 خلفا\n\n13\n\n\fلسلفه الذي استقال.\n")
    assert page.published == "2018-05-05"
    assert any(paragraph.startswith("وكان الوزير تولى منصبه") for paragraph in page.body)


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


def test_title_bar_repeating_the_headline_after_a_prefix_is_furniture() -> None:
    page = analyse_page(f"Yahoo Mail - Fwd: الحكومة تعلن خطة للمياه\n\nFrom: النشرة <news@example.com>\n"
                        f"Subject: الحكومة تعلن خطة للمياه\n\nالحكومة تعلن خطة للمياه\n\n{BODY}")
    assert page.headline == "الحكومة تعلن خطة للمياه" and len(page.body) == 2


TOOLBAR_HEAD = "الحكومة تعلن خطة جديدة لترشيد المياه"


@pytest.mark.parametrize("bar", [
    "LinkedIn\nHome   My Network   Jobs   Messaging   Notifications\n",  # a network's bar
    "INTERNET ARCHIVE\nWayback Machine\n42 captures\n18 Aug 2015 - 10 Jul 2018\nJUL  AUG  SEP\n18\n"
    "2014  2015  2016\nsuccess\nfail\nAbout this capture\nCOLLECTED BY\n",  # an archive's toolbar, longer than six lines
    "ZCZC\nARA0412 4 GEN /AFP-RW12\n",  # a wire's header
    "r/arabs\nPosted by u/desk_reader 6 yr. ago\n",
])
def test_lines_in_other_letters_over_an_arabic_headline_are_furniture(bar: str) -> None:
    page = analyse_page(f"{bar}\n{TOOLBAR_HEAD}\n\nالأحد 12 مارس 2023\n\n{BODY}")
    assert (page.headline, page.published) == (TOOLBAR_HEAD, "2023-03-12")
    assert page.body == [line for line in BODY.splitlines() if line]


def test_a_quoted_arabic_headline_under_a_foreign_bar() -> None:
    page = analyse_page(f"Home   My Network   Jobs\n\n«{TOOLBAR_HEAD}»\n\nالأحد 12 مارس 2023\n\n{BODY}")
    assert page.headline == f"«{TOOLBAR_HEAD}»"


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

