"""Which line of a text dump is its headline (:mod:`khabar.structure.headline`): mastheads, bare names,
banners, foreign bars and title bars over it are passed over; a centred headline is joined; its
breaking label, site name and repeats are not its text."""

from __future__ import annotations

import textwrap

import pytest

from khabar.ingest import article_from_text
from khabar.model import Article
from khabar.structure import Options, analyse_page, run
from khabar.structure.data import read_rows
from khabar.structure.headline import without_breaking_label

from .test_layout import BODY, TOOLBAR_HEAD

PROSE_LINES = ("أعلنت الحكومة اليوم خطة جديدة لترشيد استهلاك المياه خلال أشهر الصيف في الأحياء السكنية.\n\n"
               "وقال وزير المياه إن المخزون الحالي يكفي حتى نهاية الصيف إذا التزم الجميع بالخطة.\n")
#: A headline and three paragraphs for a Word document's page (antiword's text).
DOC_HEAD = "افتتاح ثلاثة مستشفيات جديدة في الجنوب ضمن خطة لتحسين الخدمات"
DOC_PARAGRAPHS = [
    "أعلنت وزارة الصحة في بيان صدر مساء اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة "
    "استيعابية تبلغ ستمئة سرير، وذلك ضمن خطة لتحسين الخدمات الصحية المقدمة للمواطنين.",
    "وقال وزير الصحة خلال حفل الافتتاح إن الوزارة تعمل على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات "
    "الجديدة بكامل طاقتها قبل نهاية العام الجاري.",
]


def _analyse(text: str) -> Article:
    return run(article_from_text(text), Options())


def test_masthead_echoed_by_the_footer_is_the_outlet_not_the_headline() -> None:
    page = analyse_page(f"صوت الأمة\n\nالحكومة تعلن خطة للمياه\n2017-11-14\n\n{BODY}\n© 2017 صوت الأمة")
    assert (page.outlet, page.headline) == ("صوت الأمة", "الحكومة تعلن خطة للمياه")


def test_menu_separated_by_wide_spaces_is_not_the_headline() -> None:
    page = analyse_page(f"الرئيسية  أخبار مصر  عرب وعالم  رياضة  اقتصاد  فن\nالحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert page.furniture == ["الرئيسية أخبار مصر عرب وعالم رياضة اقتصاد فن"]


@pytest.mark.parametrize(("page_text", "headline", "outlet"), [
    (f"صوت المدينة\n14/11/2017\nالحكومة تعلن خطة جديدة لترشيد المياه في الصيف\n{BODY}",
     "الحكومة تعلن خطة جديدة لترشيد المياه في الصيف", "صوت المدينة"),
    (f"ليبيا ضربات موجعة\n14/11/2017\n{BODY}", "ليبيا ضربات موجعة", None),
    (f"ثقافة » أدب\nالحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}", "الحكومة تعلن خطة للمياه", None),
])
def test_masthead_over_the_date_and_breadcrumbs(page_text: str, headline: str, outlet: str | None) -> None:
    page = analyse_page(page_text)
    assert (page.headline, page.outlet) == (headline, outlet)


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


def test_the_headline_repeated_under_the_text_is_no_paragraph() -> None:
    page = analyse_page(f"صحيفة الأفق\n14 نوفمبر 2017 الساعة 10:24 ص ·\nالحكومة تعلن خطة للمياه\n\n{BODY}\n"
                        "ALOFOQ-NEWS.COM\nالحكومة تعلن خطة للمياه\n\n5.3 ألف\nأعجبني  تعليق  مشاركة\n")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert page.body == BODY.split("\n")[:2]


def test_page_proper_under_a_clipped_note_title_gives_the_date() -> None:
    page = ("الحكومة تعلن خطة للمياه | صحيفة الأفق\nالأحد، 29 أبريل 2018\n2:50 ص\n\n"
            "تم القص من: https://example.org/news/1.html\n\nالحكومة تعلن خطة للمياه\n\n14 مارس 2018\n\n" + BODY)
    fields = analyse_page(page)
    assert fields.headline == "الحكومة تعلن خطة للمياه"
    assert fields.published == "2018-03-14"
    assert fields.deck is None


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


def test_title_bar_repeating_the_headline_after_a_prefix_is_furniture() -> None:
    page = analyse_page(f"Yahoo Mail - Fwd: الحكومة تعلن خطة للمياه\n\nFrom: النشرة <news@example.com>\n"
                        f"Subject: الحكومة تعلن خطة للمياه\n\nالحكومة تعلن خطة للمياه\n\n{BODY}")
    assert page.headline == "الحكومة تعلن خطة للمياه" and len(page.body) == 2


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


@pytest.mark.parametrize("issue", ["صحيفة الأفق | العدد 1520", "المرصد اليومي | عدد: 7871", "Al-Ofoq | Issue No. 1520"])
def test_a_paper_s_numbered_issue_line_is_no_headline(issue: str) -> None:
    page = analyse_page(f"{issue}\n\nالحكومة تعلن خطة للمياه\nالثلاثاء 14 نوفمبر 2017\n\n{BODY}\n- 1 -\n")
    assert page.headline == "الحكومة تعلن خطة للمياه"


@pytest.mark.parametrize("masthead", ["سبوتنيك عربي", "الأناضول بالعربية"])
def test_a_masthead_opening_with_an_outlet_s_name_is_no_headline(masthead: str) -> None:
    page = analyse_page(f"{masthead}\n\nالحكومة تعلن خطة جديدة لترشيد المياه\n\n14/11/2017\n\n{BODY}")
    assert (page.headline, page.outlet) == ("الحكومة تعلن خطة جديدة لترشيد المياه", masthead)


@pytest.mark.parametrize("headline", ["الخليج تستعد للعاصفة", "اليوم العالمي للمياه"])
def test_a_short_headline_opening_with_an_outlet_s_name_stays_the_headline(headline: str) -> None:
    deck = "تتوقع الأرصاد الجوية أمطارا غزيرة ورياحا قوية على السواحل خلال الأيام المقبلة"
    page = analyse_page(f"{headline}\n{deck}\n\n{BODY}")
    assert (page.headline, page.outlet) == (headline, None)


@pytest.mark.parametrize(("page_text", "headline"), [
    (f"المركز الإعلامي\nالرئيسية / الأخبار\n\nالحس الغائب\n\n14/11/2017\n{BODY}", "الحس الغائب"),
    (f"بوابة الأفق\nالرئيسية > محليات\n\nالحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}", "الحكومة تعلن خطة للمياه"),
    # a breadcrumb over the headline, nothing over it
    (f"الرئيسية > محليات\nالحكومة تعلن خطة للمياه\n14/11/2017\n{BODY}", "الحكومة تعلن خطة للمياه"),
])
def test_a_site_s_name_over_its_breadcrumb_is_no_headline(page_text: str, headline: str) -> None:
    assert analyse_page(page_text).headline == headline
