"""Page kinds first met as unseen layouts in the tenth session: live blogs (clock lines), galleries
(photo counters over captions, photo credits), embedded tweets, subtitles under the headline,
bilingual chrome, and script-rendered HTML pages whose article is only in JSON-LD."""

from __future__ import annotations

import json

import pytest

from khabar.structure import analyse_page
from khabar.structure.furniture import is_furniture
from khabar.structure.html import html_record
from khabar.structure.regions import label_kind
from khabar.structure.related_headers import related_header

P1 = "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير."
P2 = "وقال الوزير إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها."
P3 = "وأضاف أن الحكومة رصدت ميزانية إضافية لقطاع الصحة هذا العام تشمل شراء أجهزة طبية حديثة."
HEAD = "افتتاح ثلاثة مستشفيات جديدة في الجنوب"


@pytest.mark.parametrize("line", ["14:05", "الساعة 18:59", "20:15 بتوقيت غرينتش", "09:30 ص بتوقيت مكة المكرمة",
                                  "تحديث", "مباشر", "Live",
                                  "نتابع تطورات الوضع pic.twitter.com/AbC123",
                                  "بيان مهم بعد قليل https://t.co/x1Y2z3",
                                  "— وزارة الخارجية (@MofaNews) March 3, 2019",
                                  "Subscribe to our newsletter", "* نقلاً عن الرؤية الإماراتية",
                                  "*نقلا عن الرياضية السعودية"])
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Login / تسجيل الدخول", "English | عربي", "Sign in", "Newsletter",
                                  "منتدى الأخبار العامة > الأخبار العربية"])
def test_bilingual_menus_and_forum_breadcrumbs(line: str) -> None:
    assert is_furniture(line)


def test_breadcrumb_of_an_item_that_folds_to_nothing() -> None:
    assert not is_furniture("ـ > أخبار العالم")
    page = analyse_page(f"{HEAD}\n\nـ > أخبار\n\n{P1}\n\n{P2}\n")  # (it raised IndexError)
    assert (page.headline, page.body[-2:]) == (HEAD, [P1, P2])


@pytest.mark.parametrize("line", ["وصل الوزير عند الساعة 14:05 إلى المطار وكان في استقباله عدد من المسؤولين",
                                  "تحديث المناهج الدراسية في المدارس الحكومية"])
def test_text_lines_with_clock_or_label_words(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(("line", "kind"), [("3 / 9", "caption"), ("صورة 2 من 9", "caption"), ("1 من 4", "caption"),
                                            ("2023 / 2024 / 2025", None)])
def test_photo_counters_label_captions(line: str, kind: str | None) -> None:
    assert label_kind(line) == kind


def test_live_blog_entries() -> None:
    page = analyse_page(f"مباشر\n\n{HEAD}\n\nآخر تحديث: الأحد 12 مارس 2023\n\nتحديث\n\n"
                        f"18:40\n{P1}\n\nالساعة 18:20\n{P2}\n\n17:55 بتوقيت غرينتش\n{P3}\n")
    assert (page.headline, page.published, page.byline) == (HEAD, "2023-03-12", None)
    assert page.body == [P1, P2, P3]


def test_gallery_captions_and_credits() -> None:
    captions = "".join(f"{n} / 3\nصورة تظهر المستشفى الجديد من الداخل رقم {n}\n(رويترز)\n\n" for n in (1, 2, 3))
    page = analyse_page(f"صور\n\n{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\n{P2}\n\n{captions}")
    assert page.body == [P1, P2]


def test_embedded_tweet() -> None:
    tweet = "نتابع باهتمام افتتاح المستشفيات الجديدة pic.twitter.com/AbC123\n— وزارة الصحة (@MOH) March 12, 2023"
    page = analyse_page(f"{HEAD}\n\nالأحد 12 مارس 2023\n\n{P1}\n\n{tweet}\n\n{P2}\n\n{P3}\n")
    assert page.body == [P1, P2, P3]


def test_subtitle_right_under_the_headline_is_the_deck() -> None:
    subtitle = "الوزارة تعد بتوفير الكوادر قبل نهاية العام"
    page = analyse_page(f"{HEAD}\n{subtitle}\n\n{P1}\n\n{P2}\n\n{P3}\n\nنشر في 12 مارس 2023\n")
    assert (page.deck, page.body) == (subtitle, [P1, P2, P3])


def test_subtitle_opening_on_a_place_keeps_it() -> None:
    subtitle = "المهدية : حجز معدات صيد في عملية أمنية"
    page = analyse_page(f"{HEAD}\n{subtitle}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert (page.deck, page.dateline, page.body) == (subtitle, None, [P1, P2, P3])


def test_first_paragraph_under_the_headline_stays_body() -> None:
    page = analyse_page(f"{HEAD}\n{P1}\n\n{P2}\n\n{P3}\n")
    assert (page.deck, page.body) == (None, [P1, P2, P3])


@pytest.mark.parametrize("line", ["Related | ذات صلة", "ذات صلة - Related"])
def test_header_in_two_languages(line: str) -> None:
    assert related_header(line) == ""


def _shell(body: str | None) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEAD,
          "datePublished": "2023-03-12T10:00:00+03:00", "description": "الوزارة تعد بتوفير الكوادر"}
    if body is not None:
        ld["articleBody"] = body
    return (f'<html><head><title>{HEAD} - موقع</title><script type="application/ld+json">'
            f"{json.dumps(ld, ensure_ascii=False)}</script></head><body><div id=\"root\"><p>"
            f"{' '.join(P1.split()[:8])}… <a href=\"#\">اقرأ المزيد</a></p></div></body></html>")


def test_json_ld_article_body_stands_in_for_an_app_shell() -> None:
    record = html_record(_shell(f"{P1}\n{P2}\n{P3}"))
    assert record["text"].split("\n") == [P1, P2, P3]
    assert record["lead"] == "الوزارة تعد بتوفير الكوادر"


def test_page_text_kept_without_article_body() -> None:
    assert P2 not in html_record(_shell(None))["text"]


# -- Page kinds first met as unseen layouts in the eleventh session: agency wires, channel exports,
# cached copies, newsletters, print views copied as text, data tables, pages without headings.

@pytest.mark.parametrize("line", ["/ انتهى /", "11:50 ت م", "ع ا / م ع", "طباعة | إغلاق النافذة", "رد  إبلاغ",
                                  "العودة إلى الأعلى", "إلغاء الاشتراك | تعديل التفضيلات",
                                  "إذا لم تظهر هذه الرسالة بشكل صحيح، اضغط هنا لعرضها في المتصفح",
                                  "أنت تتلقى هذه الرسالة لأنك مشترك في نشرتنا البريدية.",
                                  "تمت الطباعة من موقع الأفق", "النسخة الكاملة  النسخة النصية فقط  عرض المصدر",
                                  "t.me/akhbar_now", "82.5K", "سياسي / عام"])
def test_wire_newsletter_and_print_furniture(line: str) -> None:
    assert is_furniture(line, line)


@pytest.mark.parametrize("line", ["وقال الوزير: نعمل على توفير الكوادر | والأجهزة", "المرحلة الثانية من المشروع"])
def test_text_is_no_button_row(line: str) -> None:
    assert not is_furniture(line, line)


WIRE = (f"وكالة الأنباء الأردنية\nمحلي / عام\n\n{HEAD}\n\n"
        f"عمان 3 شوال 1439 هـ الموافق 17 يونيو 2018 م بترا {P1}\n\n{P2}\n\n// انتهى //\n11:50 ت م\nس ع / ح ن\n")
WIRE_OWN_LINE = WIRE.replace("م بترا أعلنت", "م بترا\nأعلنت")


@pytest.mark.parametrize("text", [WIRE, WIRE_OWN_LINE])
def test_agency_wire_dated_dateline(text: str) -> None:
    page = analyse_page(text)
    assert (page.headline, page.published, page.dateline) == (HEAD, "2018-06-17", "عمان")
    assert page.body == [P1, P2]


def test_channel_export_stamp_gives_the_date_and_is_no_headline() -> None:
    page = analyse_page(f"[22.04.18 13:51] أخبار العالم العاجلة:\n🔴 {HEAD}\n\n{P1}\n\n{P2}\n\n#عاجل #أخبار\n👁 82.5K\n"
                        "t.me/akhbar_now\n")
    assert (page.headline, page.published, page.body) == (HEAD, "2018-04-22", [P1, P2])


def test_cache_banner_and_newsletter_greeting_are_no_headline() -> None:
    cached = analyse_page("هذه هي النسخة المخبأة من Google لـ https://example.org/n/1. وهي لقطة للصفحة كما ظهرت في "
                          "25 Apr 2018 10:50:12 GMT.\nالنسخة الكاملة  النسخة النصية فقط  عرض المصدر\n\n"
                          f"{HEAD}\n\nالأحد 22 أبريل 2018\n\n{P1}\n\n{P2}\n")
    assert (cached.headline, cached.published, cached.body) == (HEAD, "2018-04-22", [P1, P2])
    letter = analyse_page("النشرة اليومية من الأفق | الأحد 22 أبريل 2018\n\nمرحبا بكم،\nإليكم أبرز ما في نشرة اليوم:\n\n"
                          f"{HEAD}\n\n{P1}\n\n{P2}\n\nأيضاً في النشرة:\nعنوان خبر آخر في النشرة\nعنوان خبر ثالث هنا\n")
    assert (letter.headline, letter.published, letter.body) == (HEAD, "2018-04-22", [P1, P2])
    assert letter.related == ["عنوان خبر آخر في النشرة", "عنوان خبر ثالث هنا"]


@pytest.mark.parametrize("header", [
    "صحيفة الأفق          العدد 15204          الأحد 22 أبريل 2018",  # pdftotext -layout's page header
    "الأحد 22 أبريل 2018     صحيفة الأفق",
    "صحيفة الأفق | العدد 15204 | الأحد 22 أبريل 2018",
])
def test_a_page_header_of_name_issue_and_date_is_no_headline(header: str) -> None:
    page = analyse_page(f"{header}\n\n              {HEAD}\n\n{P1}\n\n{P2}\n")
    assert (page.headline, page.published) == (HEAD, "2018-04-22")


def test_a_headline_with_a_wide_gap_but_no_date_stays_the_headline() -> None:
    page = analyse_page(f"افتتاح ثلاثة مستشفيات     جديدة في الجنوب\n\nالأحد 22 أبريل 2018\n\n{P1}\n\n{P2}\n")
    assert page.headline == HEAD


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_data_table_rows_are_no_paragraphs(sep: str) -> None:
    table = "\n".join(sep.join(row) for row in [("المحافظة", "العدد", "النسبة"), ("القاهرة", "1240", "32%"),
                                                   ("الجيزة", "860", "22%")])
    page = analyse_page(f"{HEAD}\n\nالأحد 22 أبريل 2018\n\n{P1}\n\n{table}\n\n{P2}\n\n{P3}\n")
    assert page.body == [P1, P2, P3]


def test_title_bar_of_the_site_over_a_page_without_headings() -> None:
    body = "<br><br>".join([P1, P2, P3])
    record = html_record(f"<html><head><title>صحيفة الأفق</title></head><body><table><tr><td>"
                         f"<span><b>{HEAD}</b></span><br><font>22-04-2018</font><br><br>{body}</td>"
                         "<td><b>أخبار ذات صلة</b><br><a href='/n/1'>عنوان خبر آخر في الموقع</a><br>"
                         "<a href='/n/2'>عنوان خبر ثالث في الموقع</a></td></tr></table></body></html>")
    assert (record["title"], record["source"], record["date"]) == (HEAD, "صحيفة الأفق", "2018-04-22")
    assert record["related"] == ["عنوان خبر آخر في الموقع", "عنوان خبر ثالث في الموقع"]


def test_a_forum_posters_name_over_the_post_meta_is_no_byline() -> None:
    page = analyse_page(f"منتدى الأخبار العامة > الأخبار العربية\n\n{HEAD}\n\nعاشق الوطن\n12-03-2018, 05:23 PM\n"
                        f"عدد المشاركات: 52\n\nاقتباس:\n\n{P1}\n\n{P2}\n")
    assert (page.headline, page.byline, page.body) == (HEAD, None, [P1, P2])
    reporter = analyse_page(f"{HEAD}\n\nسارة الحسن\n12-03-2018\n\n{P1}\n\n{P2}\n")
    assert reporter.byline == "سارة الحسن"


def test_a_date_line_opening_with_a_weekday_that_names_a_town_gives_no_dateline() -> None:
    page = analyse_page(f"{HEAD}\n\nالخميس 30 أغسطس 2018\n\n{P1}\n\n{P2}\n")
    assert (page.published, page.dateline) == ("2018-08-30", None)


@pytest.mark.parametrize(("top", "byline"), [
    ("سارة الحسن", "سارة الحسن"),  # a given name, then a family name
    ("محمد عبد الله", "محمد عبد الله"),
    ("خالد الجناحي", "خالد الجناحي"),  # a rare family name: no votes either way
])
def test_a_reporters_bare_name_over_the_headline_is_the_byline(top: str, byline: str) -> None:
    page = analyse_page(f"{top}\n\n{HEAD}\n\n{P1}\n\n{P2}\n\nنشر في 14 مايو 2019\n")
    assert (page.headline, page.byline) == (HEAD, byline)


@pytest.mark.parametrize("top", ["محمد يتألق", "محمد صلاح يسجل هدفين", "عرب وعالم"])
def test_a_short_line_that_is_no_name_is_no_byline(top: str) -> None:
    assert analyse_page(f"{top}\n\n{HEAD}\n\n{P1}\n\n{P2}\n").byline is None
