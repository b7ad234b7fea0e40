"""HTML pages through the structure stage: the main text without boilerplate (cookie banners,
comments, sidebars, captions, date lines), related lists kept, and the page's metadata in the
analyze output."""

from __future__ import annotations

import json
import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.ingest.html import article_from_html
from khabar.model import Article
from khabar.schema import validate_article
from khabar.structure import Options, run
from khabar.structure.data import read_rows
from khabar.structure.html import _pull_quotes, html_record

PARAGRAPHS = [
    "القاهرة - أعلنت وزارة الري اليوم الأحد بدء تشغيل محطة جديدة لمعالجة المياه في محافظة الجيزة بطاقة تصل إلى مليون متر مكعب يوميا.",
    "وقال وزير الري في بيان إن المحطة ستخدم نحو ثلاثة ملايين مواطن في القرى المحيطة، وإن تكلفتها بلغت ملياري جنيه.",
    "وأضاف أن الوزارة تعمل على إنشاء خمس محطات أخرى خلال العامين المقبلين ضمن خطة قومية لترشيد استهلاك المياه.",
    "من جهتهم، رحب سكان القرى بالمشروع، مؤكدين أن انقطاع المياه كان يمثل معاناة يومية لهم خلال فصل الصيف.",
]
RELATED = ["افتتاح أكبر محطة لتحلية مياه البحر في الساحل الشمالي", "الحكومة تقر خطة جديدة لتطوير شبكات الصرف الصحي",
           "ارتفاع منسوب مياه النيل مع بداية موسم الفيضان"]
LATEST = ["مباراة ودية بين المنتخبين الشهر المقبل", "انخفاض أسعار الذهب في التعاملات المسائية"]
COMMENTS = ["للأسف تأخر هذا المشروع سنوات طويلة وكان يجب أن ينفذ منذ زمن بعيد لخدمة أهالي القرى.",
            "شكرا للوزارة على هذا الإنجاز ونتمنى أن تصل المحطات الجديدة إلى قريتنا في أقرب وقت ممكن."]
COOKIE = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا، وباستمرارك في التصفح فإنك توافق على سياسة الخصوصية."
CAPTION = "جانب من افتتاح المحطة (أرشيف)"
HEADLINE = "تشغيل محطة جديدة لمعالجة المياه في الجيزة"
GRAPH = {"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "@id": "https://nile.example/#site", "name": "بوابة النيل"},
    {"@type": "Person", "@id": "https://nile.example/#a1", "name": "منى عبد الله"},
    {"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "2021-06-13T10:20:00+02:00",
     "dateModified": "2021-06-13T12:00:00+02:00", "inLanguage": "ar",
     "author": {"@id": "https://nile.example/#a1"}, "publisher": {"@id": "https://nile.example/#site"}}]}


def _li(items: list[str], prefix: str) -> str:
    return "".join(f'<li><a href="/{prefix}/{i}">{t}</a></li>' for i, t in enumerate(items))


def _body(style: str) -> str:
    """The article's paragraphs as sites set them: ``<p>``, ``<br>`` runs in nested divs, ``<font>``."""
    if style == "p":
        return "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    if style == "br":
        return (f"<div>{PARAGRAPHS[0]}<br><br>{PARAGRAPHS[1]}</div>"
                f'<div class="inline-photo"><img src="/i.jpg"><span>{CAPTION}</span></div>'
                f"<div><div>{PARAGRAPHS[2]}<br><br>{PARAGRAPHS[3]}</div></div>")
    return '<font face="Tahoma">' + "<br>\n<br>\n".join(PARAGRAPHS) + "</font>"


def magazine(style: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE} - بوابة النيل</title>'
        '<link rel="canonical" href="https://nile.example/news/2021/06/13/water-plant">'
        f'<script type="application/ld+json">{json.dumps(GRAPH, ensure_ascii=False)}</script></head><body>'
        f'<div class="cookie-banner"><p>{COOKIE}</p><button>موافق</button></div>'
        '<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/s">سياسة</a></li><li><a href="/e">اقتصاد</a>'
        '</li></ul></nav><span class="today">الثلاثاء 22 يونيو 2021</span></header>'
        '<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/n">أخبار</a></li></ol>'
        f'<main><article><h1>{HEADLINE}</h1><div class="meta"><span class="writer">منى عبد الله</span></div>'
        '<div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>'
        f'<figure><img src="/1.jpg"><figcaption>{CAPTION}</figcaption></figure>'
        f'<div class="article-body">{_body(style)}</div>'
        f'<div class="related-posts"><h3>مقالات ذات صلة</h3><ul>{_li(RELATED, "r")}</ul></div>'
        '<div id="comments"><h3>التعليقات (2)</h3>'
        + "".join(f'<div class="comment"><b>قارئ</b><p>{c}</p></div>' for c in COMMENTS)
        + '</div></article></main>'
        f'<aside class="sidebar"><h3>آخر الأخبار</h3><ul>{_li(LATEST, "l")}</ul></aside>'
        '<footer><p>© 2021 بوابة النيل. جميع الحقوق محفوظة.</p></footer></body></html>')


def _analysed(page: str) -> Article:
    return run(article_from_html(page), Options())


@pytest.mark.parametrize("style", ["p", "br", "font"])
def test_main_text_without_boilerplate(style: str) -> None:
    article = _analysed(magazine(style))
    assert article.dateline == "القاهرة"
    assert article.body == [PARAGRAPHS[0].removeprefix("القاهرة - "), *PARAGRAPHS[1:]]
    assert article.related == RELATED  # the sidebar's latest news are not related to the article


@pytest.mark.parametrize(("field", "expected"), [
    ("headline", HEADLINE),
    ("published", "2021-06-13T10:20:00+02:00"),
    ("modified", "2021-06-13T12:00:00+02:00"),
    ("language", "ar"),
    ("byline", "منى عبد الله"),  # a JSON-LD author given by reference
    ("outlet", "بوابة النيل"),  # the graph's WebSite
])
def test_metadata_fields(field: str, expected: str) -> None:
    assert getattr(_analysed(magazine("p")), field) == expected


def test_metadata_appears_in_the_analyze_output() -> None:
    out = _analysed(magazine("p")).to_dict()
    validate_article(out)
    assert out["source"]["canonical"] == "https://nile.example/news/2021/06/13/water-plant"
    assert (out["modified"], out["language"]) == ("2021-06-13T12:00:00+02:00", "ar")


def test_photo_caption_between_paragraphs_is_furniture() -> None:
    article = _analysed(magazine("br"))
    assert CAPTION not in " ".join(article.body)
    assert CAPTION in article.furniture


def test_date_line_in_the_text_is_furniture() -> None:
    page = ('<html><head><title>خبر</title></head><body><div id="right"><div class="news-title"><b>خبر</b></div>'
            '<div class="news-date">الأحد 13 يونيو 2021</div><div class="news-text">' + "<br><br>".join(PARAGRAPHS)
            + "</div></div></body></html>")
    article = _analysed(page)
    assert "الأحد 13 يونيو 2021" in article.furniture
    assert len(article.body) == len(PARAGRAPHS)


@pytest.mark.parametrize(("bar", "outlet"), [
    (f"بوابة النيل | {HEADLINE}", "بوابة النيل"),
    (f"{HEADLINE} - بوابة النيل", "بوابة النيل"),
    (HEADLINE, None),
])
def test_site_name_from_the_title_bar_beside_an_og_title(bar: str, outlet: str | None) -> None:
    page = (f'<html><head><title>{bar}</title><meta property="og:title" content="{HEADLINE}"></head><body>'
            f'<h1>{HEADLINE}</h1>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>")
    article = _analysed(page)
    assert (article.headline, article.outlet) == (HEADLINE, outlet)


@pytest.mark.parametrize(("bar", "outlet"), [
    (f"مباشر | {HEADLINE} | بوابة النيل", "بوابة النيل"),  # a label opens the bar, the site closes it
    (f"فيديو - {HEADLINE} - بوابة النيل", "بوابة النيل"),
    (f"بوابة النيل | {HEADLINE}", "بوابة النيل"),
])
def test_site_name_closing_a_title_bar_a_label_opens(bar: str, outlet: str) -> None:
    page = (f'<html><head><title>{bar}</title></head><body><span class="badge">مباشر</span>'
            f'<h1>{HEADLINE}</h1>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>")
    article = _analysed(page)
    assert (article.headline, article.outlet) == (HEADLINE, outlet)


def test_a_blog_post_under_the_blog_name() -> None:
    """A Blogspot page: the blog's name in <h1>, the post's title in <h3>, the bar "blog: title"."""
    page = (f"<html><head><title>مدونة النيل: {HEADLINE}</title></head><body><h1 class='title'><a href='/'>مدونة النيل"
            f"</a></h1><h2 class='date-header'><span>الأحد، 13 يونيو 2021</span></h2><h3 class='post-title'>{HEADLINE}</h3>"
            "<div class='post-body'>" + "<br /><br />".join(PARAGRAPHS) + "</div><div class='post-footer'>"
            "<span class='post-author vcard'>مرسلة بواسطة <span class='fn'>منى عبد الله</span></span></div></body></html>")
    article = _analysed(page)
    assert (article.headline, article.outlet, article.byline) == (HEADLINE, "مدونة النيل", "منى عبد الله")


#: Paragraphs long enough for the extractor to keep a short page's <br>-separated text.
_LONGER = [f"{p} {q}" for p, q in zip(PARAGRAPHS, PARAGRAPHS[1:] + PARAGRAPHS[:1], strict=True)]


def test_a_channel_post_names_its_channel_not_the_platform() -> None:
    """A Telegram post's web view: "channel – Telegram" in the bar, the headline a bold run over the text."""
    page = ("<html><head><title>بوابة النيل – Telegram</title></head><body><div class='tgme_widget_message'>"
            "<div class='tgme_widget_message_author'><a class='owner'><span>بوابة النيل</span></a></div>"
            f"<div class='tgme_widget_message_text'><b>{HEADLINE}</b><br/><br/>" + "<br/><br/>".join(_LONGER)
            + '</div><time datetime="2021-06-13T10:20:00+00:00">10:20</time></div></body></html>')
    article = _analysed(page)
    assert (article.headline, article.outlet, article.published[:10]) == (HEADLINE, "بوابة النيل", "2021-06-13")


@pytest.mark.parametrize("platform", [name for kind, name in read_rows("outlets.tsv") if kind == "platform"])
def test_a_platform_is_no_outlet(platform: str) -> None:
    page = (f'<html><head><title>{HEADLINE}</title><meta property="og:site_name" content="{platform}"></head><body>'
            f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>")
    assert _analysed(page).outlet is None


@pytest.mark.parametrize("link", [name for kind, name in read_rows("outlets.tsv") if kind == "source_link"])
@pytest.mark.parametrize(("credit", "outlet"), [
    ('<a class="source-name" href="/source/12">بوابة النيل</a><span class="time">منذ ساعتين</span>', "بوابة النيل"),
    ("<p>المصدر: بوابة النيل</p>", "بوابة النيل"),
    ('<a class="source-name" href="/source/12">أحمد</a>', "نبض"),  # no outlet's name: the site stays
])
def test_an_aggregator_credits_the_source_outlet(link: str, credit: str, outlet: str) -> None:
    page = (f'<html><head><title>{HEADLINE}</title><meta property="og:site_name" content="نبض"></head><body>'
            f'<div class="source-bar">{credit}</div><h1>{HEADLINE}</h1>' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + f'<a href="https://example.com/news/1.html">{link}</a></body></html>')
    assert _analysed(page).outlet == outlet


def test_a_source_class_without_a_link_to_the_source_keeps_the_site() -> None:
    page = (f'<html><head><title>{HEADLINE}</title><meta property="og:site_name" content="نبض"></head><body>'
            f'<div class="source-bar"><a class="source-name">بوابة النيل</a></div><h1>{HEADLINE}</h1>'
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>")
    assert _analysed(page).outlet == "نبض"


@pytest.mark.parametrize(("logo", "outlet"), [
    ('<a class="brand" href="/"><span class="site-title">بوابة النيل</span></a>', "بوابة النيل"),
    ('<a href="/">الرئيسية</a>', None),  # a menu's home item names no site
])
def test_the_logo_link_to_the_home_page_names_the_site(logo: str, outlet: str | None) -> None:
    page = (f"<html><head><title>{HEADLINE}</title></head><body><header>{logo}</header><h2>{HEADLINE}</h2>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body></html>")
    assert _analysed(page).outlet == outlet


@pytest.mark.parametrize("media", ['<img src="/p.jpg">', '<iframe src="https://video.example/embed/1"></iframe>',
                                   '<video src="/v.mp4"></video>'])
def test_caption_of_an_image_or_embedded_player_is_furniture(media: str) -> None:
    caption = "فيديو: لحظة افتتاح المحطة"
    page = (f'<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>'
            f'<div class="part">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])}</div>'
            f'<div class="media">{media}<p>{caption}</p></div>'
            f'<div class="part">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])}</div></article></body></html>')
    article = _analysed(page)
    assert caption not in article.body
    assert len(article.body) == len(PARAGRAPHS)


def _column(extra: str, author_markup: str = "") -> str:
    body = [f"<p>{p}</p>" for p in PARAGRAPHS]
    body.insert(2, extra)
    return (f'<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{author_markup}'
            f'<div class="column">{"".join(body)}</div></article></body></html>')


@pytest.mark.parametrize(("extra", "pull_quotes"), [
    # an excerpt of a paragraph set large: a pull quote, not a paragraph
    ('<blockquote class="pull"><p>المحطة ستخدم نحو ثلاثة ملايين مواطن في القرى المحيطة</p></blockquote>',
     ["المحطة ستخدم نحو ثلاثة ملايين مواطن في القرى المحيطة"]),
    # a short subheading that a paragraph also holds stays in the text
    ("<h3>خطة قومية</h3>", []),
])
def test_pull_quote_repeating_a_paragraph(extra: str, pull_quotes: list[str]) -> None:
    article = _analysed(_column(extra))
    assert article.pull_quotes == pull_quotes
    assert [p for p in article.body if p != "خطة قومية"] == [PARAGRAPHS[0].removeprefix("القاهرة - "), *PARAGRAPHS[1:]]


@pytest.mark.parametrize("markup", [
    '<div class="Byline_root__x7"><span>بواسطة</span> <a href="/a/1">منى عبد الله</a></div>',
    # a writer's card: the name its heading, the role, the date and the follow button under it
    '<div class="publisher-author-card"><h3>منى عبد الله</h3><h4>Senior Editor | Middle East</h4>'
    '<div><time>Published Jun 13, 2021</time></div><a class="follow">+ Follow</a></div>',
    '<span class="writer">كتب: منى عبد الله</span>',
    '<div class="article-reporter">منى عبد الله</div>',
])
def test_byline_shown_in_a_classed_element_without_its_label(markup: str) -> None:
    assert _analysed(_column("", markup)).byline == "منى عبد الله"


def test_disclaimer_under_a_column_is_furniture() -> None:
    note = "<p>المقالات المنشورة تعبر عن رأي كتابها ولا تعكس بالضرورة موقف الصحيفة</p>"
    article = _analysed(_column("").replace("</div></article>", f"{note}</div></article>"))
    assert len(article.body) == len(PARAGRAPHS)
    assert any("تعبر عن رأي كتابها" in line for line in article.furniture)


@pytest.mark.parametrize("page", [
    '<html class="cookie-consent"><body class="cookie">التعليقات<p>نص</p></body></html>',
    "<html><body>التعليقات</body></html>",
    '<html lang=""><head><script type="application/ld+json">{"@id": "a", "@type": "NewsArticle", "author": {"@id": "a"},'
    ' "publisher": [{"@id": "a"}], "mainEntityOfPage": ["x"], "inLanguage": {"name": "ar"}, "dateModified": [1]}'
    "</script></head><body><p>نص</p></body></html>",
    '<html><body><div class="cookie">' + "<div>" * 50 + "نص" + "</div>" * 50 + "</div>"
    '<blockquote class="twitter-tweet"></blockquote><h2>اقرأ أيضا</h2><a href="x">خبر</a></body></html>',
])
def test_odd_markup_in_the_new_readers_gives_an_article(page: str) -> None:
    out = _analysed(page).to_dict()
    validate_article(out)
    assert out["published"] is None and out["modified"] is None and out["language"] is None


def _print_view() -> str:
    body = "<br><br>".join(PARAGRAPHS)
    return ('<html><head><meta charset="utf-8"><title>بوابة النيل - نسخة للطباعة</title></head>'
            f'<body onload="window.print()"><div class="logo">بوابة النيل</div><h2>{HEADLINE}</h2>'
            "<div>تاريخ النشر: 13/6/2021</div><div>بقلم: منى عبد الله</div>"
            f'<div id="print-content">{body}</div><div>تاريخ الطباعة: 20/8/2021</div>'
            '<a href="javascript:window.close()">إغلاق النافذة</a></body></html>')


def test_print_view_headline_is_its_heading_and_the_bar_names_the_site() -> None:
    article = _analysed(_print_view())
    assert (article.headline, article.outlet, article.published) == (HEADLINE, "بوابة النيل", "2021-06-13")
    assert article.body == [PARAGRAPHS[0].removeprefix("القاهرة - "), *PARAGRAPHS[1:]]
    assert "تاريخ الطباعة: 20/8/2021" in article.furniture


@pytest.mark.parametrize(("facts", "byline"), [
    ("<ul class='smallList'><li><strong>التاريخ</strong> 13.06.2021</li><li><strong>الكاتب</strong> منى عبد الله</li></ul>",
     "منى عبد الله"),
    ("<dl><dt>التاريخ</dt><dd>13.06.2021</dd><dt>الكاتب</dt><dd>منى عبد الله</dd></dl>", "منى عبد الله"),
    ("<ul><li><strong>التاريخ</strong> 13.06.2021</li><li><strong>الكلمات المفتاحية</strong> مصر</li></ul>", None),
    # a grid's rows (a Notion page's properties), a table's header cell before its value
    ("<div role='row'><div><span>Author</span></div><div>منى عبد الله</div></div>"
     "<div role='row'><div><span>Tags</span></div><div>أخبار</div></div>", "منى عبد الله"),
    ("<table><tr><th>الكاتب</th><td>منى عبد الله</td></tr></table>", "منى عبد الله"),
])
def test_writer_in_a_list_of_labelled_facts(facts: str, byline: str | None) -> None:
    page = (f"<html><head><title>{HEADLINE} | DW | 13.06.2021</title></head><body><h1>{HEADLINE}</h1>"
            f"<div class='longText'>{_body('p')}</div>{facts}</body></html>")
    assert _analysed(page).byline == byline


def test_post_meta_line_gives_author_and_date_without_metadata() -> None:
    page = (f"<html><head><title>{HEADLINE} | بوابة النيل</title></head><body><article><h1>{HEADLINE}</h1>"
            '<div class="node__submitted"><a href="/user/7">منى عبد الله</a> في 2021/06/13 - 10:20</div>'
            f'<div class="field--name-body">{_body("p")}</div></article>'
            f'<div class="block-views"><h2>محتوى ذو صلة</h2><div>{_li(RELATED, "n")}</div></div></body></html>')
    article = _analysed(page)
    assert (article.byline, article.published) == ("منى عبد الله", "2021-06-13")
    assert article.related == RELATED


@pytest.mark.parametrize(("meta_line", "byline"), [
    # a static blog's post-meta: the date, the reading time, the writer
    ("<span title='2021-06-13'>June 13, 2021</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;منى عبد الله", "منى عبد الله"),
    ("منى عبد الله · 5 min read · Jun 13, 2021", "منى عبد الله"),
    ("13 يونيو 2021 | 3 دقائق قراءة | منى عبد الله", "منى عبد الله"),
    # a date and a section's name alone: no reading time or counter, so no writer
    ("13 يونيو 2021 · أخبار محلية", None),
    # a city beside the date and a counter: the story's place or section, no writer
    ("13 يونيو 2021 · 5 تعليقات · دبي", None),
])
def test_the_writer_on_a_post_meta_line_of_date_and_reading_time(meta_line: str, byline: str | None) -> None:
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><header><h1>{HEADLINE}</h1>"
            f'<div class="post-meta">{meta_line}</div></header><div class="post-content">{_body("p")}</div>'
            "</article></body></html>")
    assert _analysed(page).byline == byline


@pytest.mark.parametrize("joiner", [r[0] for r in read_rows("name_date_joiners.txt")])
def test_a_byline_ends_before_the_word_joining_it_to_its_date(joiner: str) -> None:
    page = (f'<html><body><article><h1>وزير الخارجية يصل إلى الرياض</h1><div class="author">سارة الحسن {joiner} '
            '2017/11/12</div><p>وصل وزير الخارجية إلى الرياض اليوم في زيارة رسمية يلتقي خلالها عددا من المسؤولين '
            'في المملكة.</p></article></body></html>')
    assert html_record(page)["author"] == "سارة الحسن"


def _pull_quotes_pairwise(text: str) -> tuple[str, list[str]]:
    """The definition _pull_quotes keeps, line against line (quadratic: for reference only)."""
    from khabar.structure.html import _EXCERPT_MIN_MORE_WORDS, _PULL_QUOTE_MIN_WORDS
    from khabar.structure.html_meta import clean

    lines = [clean(line) or "" for line in text.split("\n")]
    repeated = {i for i, line in enumerate(lines) if len(line.split()) >= _PULL_QUOTE_MIN_WORDS
                and any(line in other and len(other.split()) >= len(line.split()) + _EXCERPT_MIN_MORE_WORDS
                        for other in lines)}
    return ("\n".join(line for i, line in enumerate(text.split("\n")) if i not in repeated),
            [lines[i] for i in sorted(repeated)])


_WORDS = ["المحطة", "ستخدم", "نحو", "ثلاثة", "ملايين", "مواطن", "في", "القرى", "المحيطة", "وقال", "الوزير"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join), max_size=12))
def test_pull_quotes_are_the_lines_a_longer_line_holds(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert _pull_quotes(text) == _pull_quotes_pairwise(text)


def test_pull_quotes_of_a_long_page_cost_a_fraction_of_the_pairwise_test() -> None:
    """3,000 paragraphs of 8 to 60 words: searching the longer lines at once costs under half the
    CPU of testing each line against each other one (about a fifth here; the page of 1,000 real
    paragraphs took 12 s before).  Both timed in this process, so a loaded machine slows both."""
    rng = random.Random(7)
    vocabulary = ["".join(rng.choice("ابتثجحخدذرسشصضطظعغفقكلمنهوي") for _ in range(rng.randint(2, 8)))
                  for _ in range(3000)]
    paragraphs = [" ".join(rng.choice(vocabulary) for _ in range(8 + i % 53)) for i in range(3000)]
    excerpt = " ".join(paragraphs[1234].split()[2:10])
    text = "\n".join([*paragraphs[:1500], excerpt, *paragraphs[1500:]])
    start = time.process_time()
    assert _pull_quotes(text)[1] == [excerpt]
    joined = time.process_time() - start
    start = time.process_time()
    assert _pull_quotes_pairwise(text)[1] == [excerpt]
    assert joined < (time.process_time() - start) / 2


LEAD = "بدأت روسيا أكبر مناورات حربية تجريها منذ سقوط الاتحاد السوفيتي"
ARTICLE = ("<html><head><title>{title}</title></head><body><article><header><h1>مناورات روسية قرب الصين</h1>"
           "{under}</header><p>" + LEAD + " قرب حدودها مع الصين، حيث حشدت 300 ألف جندي.</p>"
           "<p>وأجرت الصين وروسيا تدريبات مشتركة من قبل في مناطق عدة خلال الأعوام الماضية.</p></article></body></html>")


@pytest.mark.parametrize(("under", "deck"), [
    (f"<h2>{LEAD}</h2>", LEAD),  # the first paragraph repeats it: still the deck, the paragraph stays
    ("\n <h2 class='subtitle'>تدريبات واسعة بمشاركة ثلاثمائة ألف جندي</h2>", "تدريبات واسعة بمشاركة ثلاثمائة ألف جندي"),
    ("<h2>أخبار ذات صلة</h2>", None),  # a short heading: a section's
    (f"<time>2018</time><h2>{LEAD}</h2>", None),  # not right under the headline
    ("<h3 class='subtitle'>تدريبات واسعة بمشاركة ثلاثمائة ألف جندي</h3>", "تدريبات واسعة بمشاركة ثلاثمائة ألف جندي"),
])
def test_subtitle_under_the_headline_is_the_deck(under: str, deck: str | None) -> None:
    record = html_record(ARTICLE.format(title="مناورات روسية قرب الصين", under=under))
    assert record["lead"] == deck
    assert record["text"].startswith(LEAD)


SUBTITLE = "تدريبات واسعة بمشاركة ثلاثمائة ألف جندي قرب الحدود"
EPAPER = ("<html><head><title>مناورات روسية قرب الصين</title>{description}</head><body><div class='art'>"
          "<h1>مناورات روسية قرب الصين</h1>{under}<div class='art-text'><p>" + LEAD
          + " قرب حدودها مع الصين، حيث حشدت 300 ألف جندي.</p><p>وأجرت الصين وروسيا تدريبات مشتركة من قبل في مناطق"
          " عدة خلال الأعوام الماضية.</p></div></div></body></html>")


def test_subtitle_the_first_paragraph_repeats_stays_in_the_text() -> None:
    page = EPAPER.format(description="", under=f"<h2>{SUBTITLE}</h2>").replace("<p>", f"<p>{SUBTITLE}</p><p>", 1)
    record = html_record(page)
    assert record["lead"] == SUBTITLE
    assert record["text"].startswith(SUBTITLE)


@pytest.mark.parametrize(("description", "under", "deck"), [
    # the description only repeats the text's opening: the subtitle the page shows is the deck
    (f"<meta name='description' content='{LEAD} قرب حدودها'>", f"<h2>{SUBTITLE}</h2>", SUBTITLE),
    (f"<meta name='description' content='{LEAD} قرب حدودها مع الصين، حيث حشدت 300 ألف جندي.'>",
     f"<h2>{SUBTITLE}</h2>", SUBTITLE),
    # without a subtitle a description cut from the text at a word stays the deck (a lead cut from the text)
    (f"<meta name='description' content='{LEAD} قرب حدودها'>", "", f"{LEAD} قرب حدودها"),
    # an automatic excerpt, cut inside a word or closed by an ellipsis, is none
    (f"<meta name='description' content='{LEAD} قرب حدو'>", "", None),
    (f"<meta name='description' content='{LEAD} قرب حدودها…'>", "", None),
    (f"<meta name='description' content='{LEAD} قرب حدودها [&amp;hellip;]'>", "", None),
])
def test_subtitle_over_a_description_repeating_the_text(description: str, under: str, deck: str | None) -> None:
    record = html_record(EPAPER.format(description=description, under=under))
    assert record["lead"] == deck
    assert record["text"].startswith(LEAD)  # the subtitle is no paragraph


def test_subtitle_under_the_headline_below_a_newsletter_name() -> None:
    """A Substack post: the publication's name in an ``<h1>`` over the post's own ``<h1>`` and subtitle."""
    page = ARTICLE.format(title="مناورات روسية قرب الصين", under="<h3 class='subtitle'>تدريبات واسعة بمشاركة "
                          "ثلاثمائة ألف جندي</h3>").replace("<body>", "<body><h1 class='navbar-title'>نشرة الأفق</h1>")
    assert html_record(page)["lead"] == "تدريبات واسعة بمشاركة ثلاثمائة ألف جندي"


@pytest.mark.parametrize(("foot", "outlet"), [
    ("Copyright © 2018 صحيفة الأفق, All rights reserved.", "صحيفة الأفق"),  # a newsletter's foot
    ("جميع الحقوق محفوظة لـ بوابة المستقبل 2019", "بوابة المستقبل"),
    ("© 2018 جميع الحقوق محفوظة", None),  # no owner named
    ("© PressReader. All rights reserved. Copyright © 2018 صحيفة الأفق", "صحيفة الأفق"),  # the host's, the paper's
    ("© 2018 أحمد سالم", None),  # a person, no outlet
])
def test_copyright_notice_names_the_site(foot: str, outlet: str | None) -> None:
    page = ARTICLE.format(title="مناورات روسية قرب الصين", under="").replace("</body>", f"<footer><p>{foot}</p></footer></body>")
    assert html_record(page)["source"] == outlet


def test_reader_view_credits_name_the_writer() -> None:
    page = ARTICLE.format(title="مناورات روسية قرب الصين", under="").replace(
        "<body>", "<body><div class='header reader-header'><a class='domain reader-domain' href='/'>alofoq.com</a>"
        "<div class='credits reader-credits'>سارة الحسن</div></div>")
    assert html_record(page)["author"] == "سارة الحسن"


def test_writers_name_under_the_headline_is_no_paragraph() -> None:
    """A telegra.ph page: the article opens with its own copy of the headline and the writer's name
    in an ``<address>``; the name is the byline, not the first paragraph."""
    paragraphs = ["أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير.",
                  "وقال الوزير إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها."]
    page = ("<html><head><title>افتتاح ثلاثة مستشفيات جديدة – Telegraph</title>"
            "<meta property=\"article:author\" content=\"قناة الأفق\"></head><body><main class=\"tl_article\">"
            "<header><h1>افتتاح ثلاثة مستشفيات جديدة</h1><address><a rel=\"author\" href=\"https://t.me/x\">"
            "قناة الأفق</a><time datetime=\"2023-03-12T10:00:00+0000\">March 12, 2023</time></address></header>"
            "<article class=\"tl_article_content\"><h1>افتتاح ثلاثة مستشفيات جديدة<br></h1><address>قناة الأفق<br>"
            f"</address>{''.join(f'<p>{p}</p>' for p in paragraphs)}</article></main></body></html>")
    record = html_record(page)
    assert record["author"] == "قناة الأفق"
    assert record["text"].split("\n")[0] == paragraphs[0]


@pytest.mark.parametrize(("markup", "byline"), [
    # an author box: the name's link and the bio are parts of one element classed as the author's
    ('<div class="author-box"><img src="/w.jpg"><div class="author-info"><a class="author-name" href="/w">منى عبد الله'
     '</a><p class="author-bio">كاتبة وباحثة</p></div></div>', "منى عبد الله"),
    # several writers' links of one class: the byline names them all
    ('<div class="authors"><a class="author" href="/a">منى عبد الله</a> و <a class="author" href="/b">سامي علي</a></div>',
     "منى عبد الله و سامي علي"),
])
def test_author_box_gives_the_name_alone(markup: str, byline: str) -> None:
    assert _analysed(_column("", markup)).byline == byline


DECK = "الحكومة تقول إن الخطة ستطبق في كل المحافظات هذا الصيف"


@pytest.mark.parametrize("word", [r[0] for r in read_rows("standfirst_classes.txt")])
def test_paragraph_classed_as_a_standfirst_under_the_headline_is_the_deck(word: str) -> None:
    page = (f'<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>'
            f'<p class="post-{word}">{DECK}</p><div class="content">{_body("p")}</div></article></body></html>')
    article = _analysed(page)
    assert article.deck == DECK and DECK not in article.body


def test_paragraph_classed_as_the_lead_under_the_headline_stays_body() -> None:
    page = (f'<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>'
            f'<p class="lead">{DECK}</p><div class="content">{_body("p")}</div></article></body></html>')
    article = _analysed(page)
    assert article.deck is None and article.body[0] == DECK


@pytest.mark.parametrize("page", [
    "<html><head><meta charset='utf-8'></head><body>   </body></html>",
    "<!doctype html><html><head><script>var t = 'قال الوزير إن الاجتماع انتهى';</script></head><body>"
    "<script>document.write('قال الوزير إن الاجتماع انتهى')</script><noscript><img src='/pixel.gif'></noscript>"
    "</body></html>",
    "<html><head><title>عنوان الصفحة</title></head><body><img><video></video><iframe></iframe><figcaption></figcaption>"
    "<!-- تعليق --> &nbsp;</body></html>",
])
def test_a_page_without_text_is_an_error_not_an_empty_article(page: str) -> None:
    with pytest.raises(ValueError, match=r"no text: the page shows none \(an empty body, or all of its words inside"):
        run(article_from_html(page), Options())
