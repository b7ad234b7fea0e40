"""An HTML page's markup bounded before parsing: a page within the bound is read as it is; a larger
one loses what shows no text (comments, styles, SVG, script code, long attribute values) before it is
cut, and the cut is noted."""

from __future__ import annotations

import pytest

from khabar.ingest.html import article_from_html
from khabar.structure import Options, run
from khabar.structure.html_size import MAX_ATTRIBUTE_CHARS, MAX_HTML_CHARS, bounded_markup

HEADLINE = "افتتاح جسر جديد فوق النهر في المدينة"
PARAGRAPH = "قال رئيس البلدية إن الجسر الجديد سيختصر زمن الرحلة بين ضفتي النهر إلى النصف، وإن العمل فيه استمر ثلاث سنوات."
BULK = "A" * (MAX_HTML_CHARS + 10)


def _page(head: str = "", before: str = "", paragraph: str = f"<p>{PARAGRAPH}</p>") -> str:
    return (f"<html><head><title>{HEADLINE}</title>{head}</head><body><article><h1>{HEADLINE}</h1>"
            f"{before}{paragraph}</article></body></html>")


def test_a_page_within_the_bound_is_read_as_it_is() -> None:
    page = _page(head="<style>.a{color:red}</style><!-- تعليق -->")
    assert bounded_markup(page).html == page and bounded_markup(page).note is None


@pytest.mark.parametrize(("what", "page"), [
    ("a data image in an attribute", _page(paragraph=f'<p data-src="data:image/png;base64,{BULK}">{PARAGRAPH}</p>')),
    ("any long attribute value", _page(paragraph=f"<p data-x='{BULK}'>{PARAGRAPH}</p>")),
    ("inlined fonts in a style", _page(head=f"<style>@font-face{{src:url(data:font/woff2;base64,{BULK})}}</style>")),
    ("a comment", _page(before=f"<!-- {BULK} -->")),
    ("inline SVG", _page(before=f'<svg><path d="{BULK}"/></svg>')),
    ("script code", _page(head=f"<script>var blob = '{BULK}';</script>")),
])
def test_what_shows_no_text_goes_before_the_cut(what: str, page: str) -> None:
    bounded = bounded_markup(page)
    assert bounded.note is None and len(bounded.html) < 1000, what
    assert PARAGRAPH in bounded.html and HEADLINE in bounded.html


@pytest.mark.parametrize("script", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "' + HEADLINE + '"}</script>',
    '<script id="__NEXT_DATA__" type="application/json">{"props": {"title": "' + HEADLINE + '"}}</script>',
    '<script>window.__INITIAL_STATE__ = {"title": "' + HEADLINE + '"};</script>',
])
def test_scripts_holding_the_page_state_are_kept(script: str) -> None:
    page = _page(head=script + f"<style>{BULK}</style>")
    assert script in bounded_markup(page).html


def test_a_short_attribute_value_is_kept() -> None:
    value = "ب" * (MAX_ATTRIBUTE_CHARS - 1)
    page = _page(paragraph=f'<p title="{value}">{PARAGRAPH}</p>', before=f"<style>{BULK}</style>")
    assert value in bounded_markup(page).html


def test_a_page_of_text_past_the_bound_is_cut_before_a_tag_and_noted() -> None:
    paragraphs = f"<p>{PARAGRAPH}</p>" * (MAX_HTML_CHARS // len(PARAGRAPH) + 10)
    page = _page(paragraph=paragraphs)
    bounded = bounded_markup(page)
    assert len(bounded.html) <= MAX_HTML_CHARS and bounded.html.endswith("</p>")
    assert bounded.note == f"html cut at {len(bounded.html):,} characters (of {len(page):,})"


def test_an_article_after_a_huge_attribute_keeps_its_paragraph() -> None:
    article = run(article_from_html(_page(paragraph=f'<p data-x="{BULK}">{PARAGRAPH}</p>')), Options())
    assert article.body == [PARAGRAPH] and article.headline == HEADLINE and article.source.repairs == []


def test_the_cut_is_noted_among_the_article_repairs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("khabar.structure.html_size.MAX_HTML_CHARS", 2_000)
    page = _page(paragraph=f"<p>{PARAGRAPH}</p>" * 40)
    article = run(article_from_html(page), Options())
    assert article.body[0] == PARAGRAPH and len(article.body) < 40
    assert article.source.repairs == [f"html cut at {len(bounded_markup(page).html):,} characters (of {len(page):,})"]
