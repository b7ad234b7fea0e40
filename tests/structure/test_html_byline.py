"""The writer an HTML page shows (:mod:`khabar.structure.html_byline`): here, an element of its own
holding a byline's word and a name, the last reader asked."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from khabar.structure.html_byline import labelled_author, page_author


@pytest.mark.parametrize(("header", "expected"), [
    ('<span class="writeBy">كتب سارة الحسن</span>', "سارة الحسن"),  # no colon: the element sets it apart
    ('<div class="x">كتبت: منى عبد الله</div>', "منى عبد الله"),
    ('<span class="x">بقلم سارة الحسن في 2018/04/22</span>', "سارة الحسن"),  # the date after it is no name
    ('<span class="x">كتب الوزير رسالة مطولة إلى رئيس الحكومة يشرح فيها أسباب استقالته من المنصب</span>', None),
    ('<span class="x">أخبار مصر</span>', None),
    ('<div class="x"><p>كتب سارة الحسن</p><p>نص الخبر</p></div>', None),  # a block of paragraphs, no line of its own
    ('<span class="x">كتب <a href="/writers/7">سارة الحسن</a></span>', "سارة الحسن"),  # a link to the writer's page
    # a related story's card: its link, then its writer
    ('<div class="card"><a href="/news/2">الحكومة ترفع أسعار الوقود</a><span>كتب سارة الحسن</span></div>', None),
])
def test_an_element_holding_a_byline_line_names_the_writer(header: str, expected: str | None) -> None:
    page = f"<html><body><h1>الحكومة تعلن خطة للمياه</h1>{header}<p>أعلنت الحكومة اليوم خطة جديدة.</p></body></html>"
    assert labelled_author(HTMLParser(page)) == expected


@pytest.mark.parametrize(("author", "expected"), [
    # the Newspaper theme's: the label and a dash in elements of their own beside the name's link
    ('<div class="td-post-author-name"><div class="td-author-by">بواسطة</div> <a href="/author/s/">سارة الحسن</a>'
     '<div class="td-author-line"> - </div></div>', "سارة الحسن"),
    # an author box: the name over the writer's bio, each in an element of its own
    ('<div class="author-box"><span class="author-name">سارة الحسن</span><p class="author-bio">صحفية تكتب عن الاقتصاد</p></div>',
     "سارة الحسن"),
])
def test_a_label_in_an_element_of_its_own_is_no_writer(author: str, expected: str) -> None:
    page = f"<html><body><h1>الحكومة تعلن خطة للمياه</h1>{author}<p>أعلنت الحكومة اليوم خطة جديدة.</p></body></html>"
    assert page_author(HTMLParser(page), []) == expected


def test_the_parent_s_links_are_counted_only_for_a_byline_shaped_element(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counting a parent's links for every element was quadratic on a page of thousands of cards."""
    from khabar.structure import html_byline

    asked: list[str] = []
    real = html_byline._beside_a_link
    monkeypatch.setattr(html_byline, "_beside_a_link", lambda node: asked.append(node.text()) or real(node))
    cards = "".join(f"<div><span>تعليق رقم {i}</span><a href='/u/{i}'>رابط</a></div>" for i in range(50))
    page = f"<html><body><h1>الحكومة تعلن خطة للمياه</h1><div>{cards}</div><div class='meta'><span>كتب سارة الحسن</span></div></body></html>"
    assert labelled_author(HTMLParser(page)) == "سارة الحسن"
    assert set(asked) == {"كتب سارة الحسن"}  # the line's element and its box, never a card
