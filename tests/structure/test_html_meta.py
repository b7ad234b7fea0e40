"""Machine-readable page metadata: publication and modification times, language, canonical address,
JSON-LD objects (article types first, @graph members, @id references), dates in the URL path."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from khabar.structure.html_meta import canonical, json_ld, language, modified, published, url_date

BODY = "<body><article><h1>عنوان الخبر</h1><p>نص الخبر الأول في الصفحة.</p></article></body>"


def page(head: str, body: str = BODY, html_attrs: str = "") -> HTMLParser:
    return HTMLParser(f"<!DOCTYPE html><html{html_attrs}><head><meta charset='utf-8'>{head}</head>{body}</html>")


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


@pytest.mark.parametrize(("head", "body", "expected"), [
    ('<meta property="article:published_time" content="2017-05-14T10:00:00+03:00">', BODY, "2017-05-14T10:00:00+03:00"),
    ('<meta itemprop="datePublished" content="2018-02-01">', BODY, "2018-02-01"),
    ('<meta name="DC.date.issued" content="2019-07-09T08:30:00Z">', BODY, "2019-07-09T08:30:00+00:00"),
    ('<meta name="dcterms.issued" content="2016-03-02">', BODY, "2016-03-02"),
    ('<meta name="pubdate" content="20160302">', BODY, "2016-03-02"),
    ('<meta name="pubdate" content="20161302">', BODY, None),  # no 13th month
    (ld({"@type": "NewsArticle", "datePublished": "2020-11-03T21:40:00+02:00"}), BODY, "2020-11-03T21:40:00+02:00"),
    # A @graph's WebPage date is older than the article's own: the article type wins.
    (ld({"@graph": [{"@type": "WebPage", "datePublished": "2010-01-01"},
                    {"@type": "NewsArticle", "datePublished": "2021-04-05"}]}), BODY, "2021-04-05"),
    ("", '<body><p>نص</p><time datetime="2015-08-30T12:00:00+01:00">30 أغسطس</time></body>',
     "2015-08-30T12:00:00+01:00"),
    # A time element marked as the modification is no publication date.
    ("", '<body><time itemprop="dateModified" datetime="2015-09-01">1</time>'
         '<span class="date">الأحد 30 أغسطس 2015</span></body>', "2015-08-30"),
    ('<link rel="canonical" href="https://news.example/world/2017/05/14/story-slug">', BODY, "2017-05-14"),
    ("", '<body><span class="post-date">الثلاثاء 14 نوفمبر 2017</span><p>نص</p></body>', "2017-11-14"),
    ('<meta property="article:published_time" content="ليس تاريخا">', BODY, None),
    # An age shown with the date as its tooltip (an aggregator's, a forum's relative time).
    ("", '<body><p>نص</p><time title="2018-04-02">منذ 3 ساعات</time></body>', "2018-04-02"),
    ("", '<body><p>نص</p><time title="الاثنين 2 أبريل 2018">منذ 3 ساعات</time></body>', "2018-04-02"),
    ("", '<body><p>نص</p><time title="عرض التاريخ">منذ 3 ساعات</time></body>', None),
    # a page's property rows: the day the copy was made (Created) is passed over for the publication's
    ("", '<body><div role="row"><div><span>Created</span></div><div>July 5, 2019 11:23 PM</div></div>'
         '<div role="row"><div><span>Published</span></div><div>June 13, 2021</div></div></body>', "2021-06-13"),
    ("", '<body><table><tr><th>تاريخ الإنشاء</th><td><span>5/7/2019</span></td></tr>'
         '<tr><th>تاريخ النشر</th><td>13/6/2021</td></tr></table></body>', "2021-06-13"),
    ("", '<body><div><span>Last edited time</span><span>July 5, 2019</span></div></body>', "2019-07-05"),
    ("", '<body><div><span>القاهرة</span><span>13/6/2021</span></div><p>5/7/2019</p></body>', "2021-06-13"),
])
def test_publication_time(head: str, body: str, expected: str | None) -> None:
    tree = page(head, body)
    urls = tuple(node.attributes.get("href") for node in tree.css("link[rel=canonical]"))
    assert published(tree, json_ld(tree), urls) == expected


@pytest.mark.parametrize("article_time", [
    '<article><h1>عنوان</h1><time datetime="2019-03-04T10:00:00+02:00">4 مارس</time><p>نص</p></article>',
    '<div><time class="entry-date published" datetime="2019-03-04T10:00:00+02:00">4 مارس</time></div>',
    '<div><time pubdate datetime="2019-03-04T10:00:00+02:00">4 مارس</time></div>',
])
def test_the_article_time_beats_a_ticker_time_before_it(article_time: str) -> None:
    ticker = '<header><ul><li><time datetime="2019-03-09T08:00:00+02:00">08:00</time> خبر آخر</li></ul></header>'
    tree = page("", f"<body>{ticker}{article_time}</body>")
    assert published(tree, []) == "2019-03-04T10:00:00+02:00"


def test_address_date_comes_before_a_date_shown_as_text() -> None:
    """A header showing the day's date (the page was served later) loses to the article's address."""
    tree = page("", '<body><div class="date">الجمعة 27 أبريل 2018</div><p>نص</p></body>')
    assert published(tree, [], ("https://news.example/2018/04/22/x",)) == "2018-04-22"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://a.example/news/2017/05/14/slug", "2017-05-14"),
    ("https://a.example/2017/5/4/slug", "2017-05-04"),
    ("https://a.example/2017-05-04-slug", "2017-05-04"),
    ("https://a.example/a/20170514/x.html", "2017-05-14"),
    ("https://a.example/2017/13/14/slug", None),  # no 13th month
    ("https://a.example/2019/02/30/x", None),  # no such day
    ("https://a.example/id/2017123456", None),  # an article number, not a date
    ("https://2017.example/x", None),  # the host is not the path
    ("https://a.example/2017/05/", None),  # a month archive
    (None, None),
])
def test_url_date(url: str | None, expected: str | None) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize(("head", "expected"), [
    ('<meta property="article:modified_time" content="2017-05-15T08:00:00+03:00">', "2017-05-15T08:00:00+03:00"),
    ('<meta property="og:updated_time" content="2017-05-16">', "2017-05-16"),
    ('<meta itemprop="dateModified" content="2017-05-17">', "2017-05-17"),
    (ld({"@type": "NewsArticle", "datePublished": "2017-05-14", "dateModified": "2017-05-18T09:00:00Z"}),
     "2017-05-18T09:00:00+00:00"),
    ('<meta property="article:published_time" content="2017-05-14">', None),
])
def test_modification_time(head: str, expected: str | None) -> None:
    tree = page(head)
    assert modified(tree, json_ld(tree)) == expected


@pytest.mark.parametrize(("head", "attrs", "expected"), [
    ("", ' lang="ar"', "ar"),
    ("", ' lang="ar-EG" dir="rtl"', "ar-EG"),
    ('<meta http-equiv="Content-Language" content="ar-SA">', "", "ar-SA"),
    (ld({"@type": "NewsArticle", "inLanguage": "ar"}), "", "ar"),
    ('<meta property="og:locale" content="ar_AR">', "", "ar-AR"),
    ("", ' lang="not a tag!"', None),
    ("", "", None),
])
def test_language(head: str, attrs: str, expected: str | None) -> None:
    tree = page(head, html_attrs=attrs)
    assert language(tree, json_ld(tree)) == expected


@pytest.mark.parametrize(("head", "expected"), [
    ('<link rel="canonical" href="https://a.example/n/1"><meta property="og:url" content="https://a.example/og">',
     "https://a.example/n/1"),
    ('<meta property="og:url" content="https://a.example/og">', "https://a.example/og"),
    (ld({"@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": "https://a.example/ld"}}),
     "https://a.example/ld"),
    (ld({"@type": "NewsArticle", "mainEntityOfPage": "https://a.example/ld2"}), "https://a.example/ld2"),
    ('<link rel="canonical" href="/relative/path">', None),  # not an address on its own
    # microdata: the article's mainEntityOfPage as a meta's content, a link's href or a WebPage's itemid
    ('<meta itemprop="mainEntityOfPage" content="https://a.example/md">', "https://a.example/md"),
    ('<link itemprop="mainEntityOfPage" href="https://a.example/md2">', "https://a.example/md2"),
    ('<meta itemscope itemprop="mainEntityOfPage" itemtype="https://schema.org/WebPage" itemid="https://a.example/md3">',
     "https://a.example/md3"),
    ('<meta itemprop="mainEntityOfPage" content="/n/1">', None),
])
def test_canonical_address(head: str, expected: str | None) -> None:
    tree = page(head)
    assert canonical(tree, json_ld(tree)) == expected


def test_json_ld_resolves_references_and_puts_the_article_first() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "بوابة المستقبل"},
        {"@type": "Person", "@id": "#p1", "name": "ليلى حسن"},
        {"@type": ["NewsArticle"], "headline": "عنوان", "author": {"@id": "#p1"}, "publisher": {"@id": "#site"}}]}
    items = json_ld(page(ld(graph) + '<script type="application/ld+json">{broken</script>'))
    first = items[0]
    assert first["headline"] == "عنوان"
    assert first["author"] == [{"@type": "Person", "@id": "#p1", "name": "ليلى حسن"}]
    assert first["publisher"][0]["name"] == "بوابة المستقبل"


def test_a_json_ld_block_spelling_a_lone_surrogate_is_dropped_alone() -> None:
    """An escape like \\ud800 decodes to no text that UTF-8 or the store can hold: that block goes,
    the page's other blocks stay."""
    bad = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "\\ud800 عنوان"}</script>'
    paired = ld({"@type": "WebSite", "name": "موقع \U0001f600"}).replace("\U0001f600", "\\ud83d\\ude00")
    items = json_ld(page(bad + ld({"@type": "NewsArticle", "datePublished": "2024-03-04T10:00:00Z"}) + paired))
    assert items == [{"@type": "NewsArticle", "datePublished": "2024-03-04T10:00:00Z"},
                     {"@type": "WebSite", "name": "موقع \U0001f600"}]


def test_a_json_ld_block_nested_past_the_recursion_limit_is_dropped_alone() -> None:
    deep = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    assert json_ld(page(deep + ld({"@type": "NewsArticle", "headline": "عنوان"}))) == [
        {"@type": "NewsArticle", "headline": "عنوان"}]
