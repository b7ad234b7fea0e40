"""HTML pages: read by ingest (suffix, stdin sniffing, charsets, bad files), fields from the markup
taken as given by the structure stage, the main text analysed like a record's."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from khabar.ingest import InputError, article_from_raw, iter_inputs
from khabar.model import Article
from khabar.structure import Options, run
from khabar.structure.html import html_record

NAV = ('<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li>'
       '<li><a href="/e">اقتصاد</a></li><li><a href="/s">رياضة</a></li></ul></nav></header>')
SHARE = '<div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>'
FOOTER = '<footer><p>© 2021 جميع الحقوق محفوظة</p><a href="/about">من نحن</a> <a href="/c">اتصل بنا</a></footer>'
SCRIPT = '<script>var slot = "top"; function ad() { return "نص إعلاني لا يظهر"; }</script>'
P1 = ("التقى وزير الخارجية اليوم الاثنين نظيره الفرنسي في العاصمة باريس، وبحث معه العلاقات الثنائية "
      "بين البلدين وسبل تطويرها في مختلف المجالات.")
P2 = ('وقال الوزير في مؤتمر صحفي مشترك إن "المباحثات كانت مثمرة وبناءة"، مضيفا أن البلدين اتفقا على '
      "تشكيل لجنة مشتركة لمتابعة تنفيذ الاتفاقيات الموقعة.")
P3 = ("من جهته، أكد الوزير الفرنسي دعم بلاده لجهود التهدئة في المنطقة، مشيرا إلى أهمية الحوار السياسي "
      "لحل الأزمات العالقة بين دول الجوار.")
RELATED = ["الرئيس يستقبل وفدا برلمانيا أوروبيا لبحث ملف الهجرة", "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية",
           "انطلاق فعاليات معرض الكتاب الدولي بمشاركة واسعة"]
LINKS = "".join(f'<li><a href="/n/{i}">{t}</a></li>' for i, t in enumerate(RELATED))

#: Open Graph, article:published_time, a headed related section, nav, share bar, scripts, footer.
PORTAL = (
    '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
    "<title>وزير الخارجية يلتقي نظيره الفرنسي | صحيفة الأفق</title>"
    '<meta property="og:title" content="وزير الخارجية يلتقي نظيره الفرنسي">'
    '<meta property="og:site_name" content="صحيفة الأفق">'
    '<meta property="og:url" content="https://alofoq.example/news/2021/03/15/og">'
    '<link rel="canonical" href="https://alofoq.example/news/minister-paris">'
    '<meta name="description" content="بحث الجانبان سبل تعزيز التعاون الاقتصادي والأوضاع في المنطقة.">'
    '<meta property="article:published_time" content="2021-03-15T10:30:00+02:00">'
    f'<meta name="author" content="العربية.نت - وكالات">{SCRIPT}</head><body>{NAV}<main><article>'
    f"<h1>وزير الخارجية يلتقي نظيره الفرنسي</h1>{SHARE}"
    f'<div class="article-body"><p>باريس - {P1}</p><p>{P2}</p>{SCRIPT}<p>{P3}</p></div>'
    '<div class="tags">وسوم: <a href="/t/1">فرنسا</a> <a href="/t/2">دبلوماسية</a></div>'
    f'<section class="box"><h3>اقرأ أيضاً</h3><ul>{LINKS}</ul></section>'
    f"</article></main>{FOOTER}</body></html>")

#: No metadata at all: the outlet in the title bar, the date written out in Arabic, an <h4> header.
LEGACY = (
    "<html><head><title>المرصد نيوز - انطلاق موسم الحصاد في سهول الجنوب</title></head><body>"
    f'<table><tr><td>الرئيسية | أخبار | رياضة | اتصل بنا</td></tr></table>{SCRIPT}'
    '<div id="content"><h2 class="title">انطلاق موسم الحصاد في سهول الجنوب</h2>'
    '<span class="date">الثلاثاء 14 نوفمبر 2017</span>'
    f'<div class="text"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>'
    f'<h4>أخبار ذات صلة</h4><ul>{LINKS}</ul></div>'
    '<div class="copy">Copyright © 2017 - All rights reserved</div></body></html>')

#: JSON-LD only (a @graph with the article), paragraphs split by <br>, related marked by its class.
CMS = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    "<title>اتفاق على هدنة إنسانية في المدينة</title>"
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", '
    '"name": "بوابة المستقبل"}, {"@type": "NewsArticle", "headline": "اتفاق على هدنة إنسانية في المدينة", '
    '"datePublished": "2019-06-02T21:40:00Z", "author": [{"@type": "Person", "name": "ليلى حسن"}]}]}</script>'
    f'</head><body>{NAV}<div class="main"><h1 class="post-title">اتفاق على هدنة إنسانية في المدينة</h1>'
    f'<div class="post-content">{P1}<br><br>{P2}<br><br>{P3}</div>{SHARE}'
    f'<div class="related-posts"><ul>{LINKS}</ul></div></div>{FOOTER}</body></html>')


def _analysed(page: str, url: str | None = None) -> Article:
    [article] = iter_inputs(["-"], stdin=io.StringIO(page))
    article.source.url = url or article.source.url
    return run(article, Options())


@pytest.mark.parametrize(("page", "field", "expected"), [
    (PORTAL, "headline", "وزير الخارجية يلتقي نظيره الفرنسي"),
    (PORTAL, "published", "2021-03-15T10:30:00+02:00"),
    (PORTAL, "byline", "العربية.نت - وكالات"),  # as given: trafilatura would drop the dot
    (PORTAL, "outlet", "صحيفة الأفق"),
    (PORTAL, "deck", "بحث الجانبان سبل تعزيز التعاون الاقتصادي والأوضاع في المنطقة."),
    (PORTAL, "dateline", "باريس"),
    (LEGACY, "headline", "انطلاق موسم الحصاد في سهول الجنوب"),
    (LEGACY, "published", "2017-11-14"),
    (LEGACY, "byline", None),
    (CMS, "headline", "اتفاق على هدنة إنسانية في المدينة"),
    (CMS, "published", "2019-06-02T21:40:00+00:00"),
    (CMS, "byline", "ليلى حسن"),
])
def test_page_fields_from_markup(page: str, field: str, expected: str | None) -> None:
    assert getattr(_analysed(page), field) == expected


@pytest.mark.parametrize("page", [PORTAL, LEGACY, CMS], ids=["portal", "legacy", "cms"])
def test_body_is_the_main_text_without_menus_shares_scripts(page: str) -> None:
    article = _analysed(page)
    assert article.body == [P1, P2, P3]
    assert article.related == RELATED
    everything = " ".join([*article.body, *article.related, article.headline or ""])
    assert "إعلاني" not in everything and "فيسبوك" not in everything and "الرئيسية" not in everything


def test_raw_page_is_kept_verbatim_and_reanalysable() -> None:
    article = _analysed(PORTAL)
    assert article.raw == PORTAL
    assert article.source.kind == "html"
    again = run(article_from_raw(article.raw, {"kind": "html", "url": None}), Options())
    assert (again.id, again.body, again.headline) == (article.id, article.body, article.headline)


def test_source_url_is_the_canonical_link_unless_the_input_gives_one() -> None:
    assert _analysed(PORTAL).source.url == "https://alofoq.example/news/minister-paris"
    assert _analysed(PORTAL, url="https://crawl.example/x").source.url == "https://crawl.example/x"


def test_links_inside_the_text_and_unmarked_lists_are_not_related() -> None:
    page = CMS.replace('class="related-posts"', 'class="box"')  # a list of links nothing names related
    assert html_record(page)["related"] == []
    assert _analysed(page).body == [P1, P2, P3]


def test_html_file_suffixes_gzip_and_forced_format(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PORTAL, encoding="utf-8")
    (tmp_path / "b.htm.gz").write_bytes(gzip.compress(LEGACY.encode("utf-8")))
    (tmp_path / "c.txt").write_text(CMS, encoding="utf-8")
    found = list(iter_inputs([str(tmp_path)]))
    assert [a.source.kind for a in found] == ["html", "html", "text"]
    assert found[1].raw == LEGACY
    [forced] = iter_inputs([str(tmp_path / "c.txt")], input_format="html")
    assert forced.source.kind == "html"


@pytest.mark.parametrize("opening", ["<!DOCTYPE html>", "<html>", "\n\n  <!doctype HTML>"])
def test_stdin_page_is_recognised_by_its_first_bytes(opening: str) -> None:
    [article] = iter_inputs(["-"], stdin=io.BytesIO((opening + PORTAL.split(">", 1)[1]).encode("utf-8")))
    assert article.source.kind == "html"


def test_declared_legacy_charset_decodes(tmp_path: Path) -> None:
    page = LEGACY.replace("<head>", '<head><meta charset="windows-1256">')
    path = tmp_path / "old.html"
    path.write_bytes(page.encode("cp1256"))
    [article] = iter_inputs([str(path)])
    assert run(article, Options()).headline == "انطلاق موسم الحصاد في سهول الجنوب"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty input"),
    (b"  \n ", "empty input"),
    (b"<html>\x00\x01\x02\x00" * 50, "binary data (NUL bytes), not text"),
])
def test_bad_html_file_is_one_error_line_and_the_batch_goes_on(tmp_path: Path, data: bytes, reason: str) -> None:
    bad, good = tmp_path / "bad.html", tmp_path / "good.html"
    bad.write_bytes(data)
    good.write_text(CMS, encoding="utf-8")
    items = list(iter_inputs([str(bad), str(good)]))
    assert [str(i) for i in items if isinstance(i, InputError)] == [f"{bad}: {reason}"]
    assert items[-1].raw == CMS


def test_page_without_main_text_has_no_body() -> None:
    article = _analysed("<html><head><title>صفحة فارغة</title></head><body>" + NAV + "</body></html>")
    assert article.body == []


#: No semantic markup: the headline (with a colon) only in the title bar and an anonymous div, a bare
#: numeric date, paragraphs as divs.
SOUP = (
    '<html><head><meta charset="utf-8"><title>المنستير : افتتاح مهرجان الأغنية الشعبية</title></head><body>'
    '<div class="c1"><a href="/">الرئيسية</a> <a href="/x">أخبار</a></div>'
    '<div class="c2"><div class="c3">المنستير : افتتاح مهرجان الأغنية الشعبية</div><div class="c4">14/11/2017</div>'
    f'<div class="c6"><div class="c7">{P1}</div><div class="c7">{P2}</div><div class="c7">{P3}</div></div>'
    '<div class="c8"><div class="c3">مواضيع ذات صلة</div>'
    + "".join(f'<div class="c9"><a href="/n/{i}">{t}</a></div>' for i, t in enumerate(RELATED))
    + '</div></div><div class="c11">© 2017</div></body></html>')


def test_page_without_semantic_markup() -> None:
    article = _analysed(SOUP)
    assert article.headline == "المنستير : افتتاح مهرجان الأغنية الشعبية"  # not cut at the colon
    assert article.published == "2017-11-14"
    assert article.body == [P1, P2, P3]
    assert article.related == RELATED


@pytest.mark.parametrize(("bar", "headline"), [
    ("عنوان الخبر الرئيسي | صحيفة الأفق", "عنوان الخبر الرئيسي"),
    ("صحيفة الأفق - عنوان الخبر الرئيسي", "عنوان الخبر الرئيسي"),
    ("عنوان الخبر: تفاصيل جديدة", "عنوان الخبر: تفاصيل جديدة"),
])
def test_title_bar_loses_the_site_name_only(bar: str, headline: str) -> None:
    page = (f'<html><head><title>{bar}</title><meta property="og:site_name" content="صحيفة الأفق"></head>'
            f'<body><div class="logo">صحيفة الأفق</div><div>{headline}</div><div class="x">{P1}</div></body></html>')
    assert html_record(page)["title"] == headline


@pytest.mark.parametrize("text", ["<< عاجل: انفجار في الميناء\nتفاصيل الخبر هنا.", "< عاجل\nنص الخبر."])
def test_stdin_text_opening_with_angle_marks_stays_text(text: str) -> None:
    [article] = iter_inputs(["-"], stdin=io.StringIO(text))
    assert article.source.kind == "stdin"


def test_oversized_page_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("khabar.ingest.html.MAX_HTML_BYTES", 1000)
    path = tmp_path / "big.html"
    path.write_text(PORTAL, encoding="utf-8")
    assert [str(i) for i in iter_inputs([str(path)])] == [f"{path}: page too large (> 1,000 bytes; the cap is set with --max-size)"]


def test_site_wide_description_is_no_deck() -> None:
    page = PORTAL.replace("بحث الجانبان سبل تعزيز التعاون الاقتصادي والأوضاع في المنطقة.",
                          "موقع إخباري يقدم تغطية شاملة ومتواصلة لكافة المستجدات")
    assert html_record(page)["lead"] is None
    assert html_record(PORTAL)["lead"] == "بحث الجانبان سبل تعزيز التعاون الاقتصادي والأوضاع في المنطقة."


def test_og_title_with_the_site_name_is_cut_to_the_shown_headline() -> None:
    page = PORTAL.replace('content="وزير الخارجية يلتقي نظيره الفرنسي"',
                          'content="وزير الخارجية يلتقي نظيره الفرنسي - الأفق نيوز"')
    assert html_record(page)["title"] == "وزير الخارجية يلتقي نظيره الفرنسي"


@pytest.mark.parametrize(("markup", "byline"), [
    ('<a rel="author" href="/a/1">ليلى حسن</a>', "ليلى حسن"),
    ('<span class="article-author">بقلم: ليلى حسن</span>', "ليلى حسن"),
    ('<div class="byline">كتب سامي الخطيب</div>', "سامي الخطيب"),
])
def test_byline_shown_on_the_page(markup: str, byline: str) -> None:
    page = SOUP.replace('<div class="c4">', f"{markup}<div class=\"c4\">")
    assert html_record(page)["author"] == byline


@pytest.mark.parametrize("page", [
    "<html>", "<!DOCTYPE html>", "<html><body><frameset><frame src=x></frameset></body></html>",
    "<html><head><script type='application/ld+json'>[1, {\"@graph\": 5}, {\"author\": [null, 3]}]</script>"
    "<meta property='article:published_time' content='not a date'></head><body><p>نص</p></body></html>",
    "<html><head><script type='application/ld+json'>{\"datePublished\": 7, \"headline\": 5}</script>"
    "<title></title><meta property='og:title' content=''></head><body><h1></h1></body></html>",
    "<table>" * 300 + "<p>نص</p>",
])
def test_odd_markup_gives_a_record_not_an_exception(page: str) -> None:
    record = html_record(page)
    assert set(record) == {"title", "date", "author", "lead", "source", "url", "text", "related", "modified",
                           "language", "canonical", "furniture", "pull_quotes"}
    assert record["date"] is None and record["title"] is None


@pytest.mark.parametrize(("head", "shown", "published"), [
    ('<meta name="date" content="2021-03-20"><meta property="article:published_time" content="2021-03-15">', "",
     "2021-03-15"),
    ('<meta itemprop="datePublished" content="2020-02-01T08:00:00+03:00">', "", "2020-02-01T08:00:00+03:00"),
    ("", '<span class="date">آخر تحديث: 20 مارس 2021</span><span class="date">15 مارس 2021</span>', "2021-03-15"),
    ("", '<span class="date">آخر تحديث: 20 مارس 2021</span>', "2021-03-20"),
])
def test_publication_date_is_preferred_to_other_dates(head: str, shown: str, published: str) -> None:
    page = f"<html><head>{head}</head><body><h1>عنوان الخبر هنا</h1>{shown}<p>{P1}</p><p>{P2}</p></body></html>"
    assert html_record(page)["date"] == published


def test_utf8_page_with_a_stale_legacy_declaration_decodes_as_utf8(tmp_path: Path) -> None:
    page = LEGACY.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    path = tmp_path / "moved.html"
    path.write_bytes(page.encode("utf-8"))
    [article] = iter_inputs([str(path)])
    assert article.raw == page


def test_title_bar_with_a_colon_and_the_site_gives_headline_and_outlet() -> None:
    headline = "قفصة : إيقاف عنصر مطلوب للعدالة"
    page = (f"<html><head><title>{headline} &#8211; المرصد نيوز</title></head><body>"
            f'<p class="site-title">المرصد نيوز</p><h1 class="entry-title">{headline}</h1>'
            f'<div class="entry-content"><p>{P1}</p><p>{P2}</p></div></body></html>')
    record = html_record(page)
    assert (record["title"], record["source"]) == (headline, "المرصد نيوز")


def test_related_items_may_carry_dates_and_sections() -> None:
    items = "".join(f'<div class="post"><h4><a href="/r/{i}">{t}</a></h4><p>14 نوفمبر 2017</p><p>في "أخبار"</p></div>'
                    for i, t in enumerate(["رانيري : حلمي مات", "طقس الجمعة"]))
    page = SOUP.replace('<div class="c11">', f'<div id="jp-relatedposts"><h3><em>ذات صلة</em></h3>{items}</div><div class="c11">')
    assert html_record(page)["related"] == [*RELATED, "رانيري : حلمي مات", "طقس الجمعة"]


def test_short_headline_beats_a_longer_site_name_by_being_a_heading() -> None:
    page = ("<html><head><title>طقس اليوم الثلاثاء &#8211; جريدة النهار الجديد</title></head><body>"
            '<p class="site-title">جريدة النهار الجديد</p><h1>طقس اليوم الثلاثاء</h1>'
            f"<div><p>{P1}</p><p>{P2}</p></div></body></html>")
    record = html_record(page)
    assert (record["title"], record["source"]) == ("طقس اليوم الثلاثاء", "جريدة النهار الجديد")


def test_page_laid_out_in_nested_tables() -> None:
    rows = "".join(f'<tr><td>&raquo;</td><td><a href="/n/{i}">{t}</a></td></tr>' for i, t in enumerate(RELATED))
    page = ("<html><head><title>وكالة الأنباء :: انطلاق موسم الحصاد في سهول الجنوب</title></head><body>"
            '<table width="980"><tr><td>الرئيسية | أخبار | رياضة</td></tr><tr><td><table>'
            '<tr><td class="newsTitle"><b>انطلاق موسم الحصاد في سهول الجنوب</b></td></tr>'
            '<tr><td class="small">الأحد 12/3/2018</td></tr>'
            f'<tr><td class="newsBody">{P1}<br/><br/>{P2}<br/><br/>{P3}</td></tr>'
            f'<tr><td><b>أخبار أخرى</b></td></tr><tr><td><table>{rows}</table></td></tr>'
            "</table></td></tr></table></body></html>")
    article = _analysed(page)
    assert (article.headline, article.published, article.outlet) == (
        "انطلاق موسم الحصاد في سهول الجنوب", "2018-03-12", "وكالة الأنباء")
    assert article.body == [P1, P2, P3]
    assert article.related == RELATED
    assert article.raw == page  # tables are rewritten for extraction only


def test_data_table_inside_an_article_is_no_layout() -> None:
    table = "<table><tr><th>المحافظة</th><th>الإنتاج</th></tr><tr><td>الشمال</td><td>120 طنا</td></tr></table>"
    record = html_record(PORTAL.replace(f"<p>{P3}</p>", f"<p>{P3}</p>{table}"))
    assert "120 طنا" not in record["text"] and P3 in record["text"]


SIMPLE = ('<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>افتتاح مستشفى</title></head><body>'
          '<article><h1>افتتاح مستشفى في المدينة</h1><p>أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد يضم مئتي سرير.</p>'
          '<p>وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة.</p></article></body></html>')


@pytest.mark.parametrize(("garble", "label"), [
    (lambda page: page.encode("utf-8").decode("latin-1"), "mojibake utf-8/latin-1"),
    (lambda page: page.encode("utf-8").decode("cp1256"), "mojibake utf-8/windows-1256"),
])
def test_a_page_served_double_encoded_is_taken_back_before_its_markup_is_read(
        tmp_path: Path, garble: object, label: str) -> None:
    """UTF-8 read as Latin-1 and written again: 'م' is 'Ù' and U+0085, a C1 control that was whitespace
    by the time the paragraphs were repaired, so half the letters stayed garbled."""
    path = tmp_path / "page.html"
    path.write_bytes(garble(SIMPLE).encode("utf-8"))  # type: ignore[operator]
    [article] = iter_inputs([str(path)])
    assert article.source.repairs == [f"decoded twice: {label} undone in the page"]
    analysed = run(article, Options())
    assert (analysed.headline, analysed.body) == ("افتتاح مستشفى في المدينة", [
        "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد يضم مئتي سرير.",
        "وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة."])
    stored = analysed.to_dict(include_raw=True)
    again = run(article_from_raw(stored["raw"], stored["source"], stored["id"]), Options())
    assert again.to_dict() == analysed.to_dict()
