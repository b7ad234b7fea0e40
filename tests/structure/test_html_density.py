"""The densest block of prose: a second reading of the main text, for short articles beside
heavier boxes and pages trafilatura finds nothing in."""

from __future__ import annotations

import pytest
import trafilatura
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from khabar.ingest.html import article_from_html
from khabar.structure import Options, run
from khabar.structure.html_density import densest_text

SHORT = ["أعلنت وزارة الداخلية اليوم الكشف عن مخزن للأسلحة في منطقة حدودية جنوب البلاد بعد عملية أمنية.",
         "ويحتوي المخزن على :"]
BOX = "هل تؤيد القرارات الحكومية الأخيرة بشأن رفع أسعار الوقود؟"


@pytest.mark.parametrize(("markup", "expected"), [
    # paragraphs split by <br> in a font run, a poll box beside them
    ('<div id="main"><div class="news-text"><b>{0}</b><br><br>{1}</div></div>'
     '<div class="box"><p>{box}</p><input type="radio"> نعم</div>', SHORT),
    # <p> paragraphs; an in-text link's words stay, a list of headline links does not
    ('<div class="story"><p>{0}</p><p>{1} <a href="/t">سلاح</a></p>'
     '<ul><li><a href="/n/1">عنوان خبر آخر عن الموضوع نفسه في المنطقة</a></li></ul></div>'
     '<div class="comments"><p>{box}</p><p>{box}</p></div>', [SHORT[0], SHORT[1] + " سلاح"]),
])
def test_densest_block(markup: str, expected: list[str]) -> None:
    tree = HTMLParser(f"<html><body>{markup.format(*SHORT, box=BOX)}</body></html>")
    assert densest_text(tree).split("\n") == expected


def test_page_without_prose_gives_nothing() -> None:
    assert densest_text(HTMLParser('<html><body><a href="/">الرئيسية</a><div>نعم</div></body></html>')) == ""


def test_short_article_beside_a_heavier_box_is_the_body() -> None:
    paragraphs = SHORT
    page = ('<html><head><title>كشف مخزن أسلحة</title></head><body><div id="wrap"><div id="right">'
            '<div class="news-title"><b>كشف مخزن أسلحة</b></div><div class="news-text">'
            + "<br><br>".join(paragraphs) + '</div></div><div id="left"><div class="box"><div class="box-head">'
            f'استطلاع الرأي</div><p>{BOX}</p><input type="radio"> نعم <input type="radio"> لا</div><div class="box">'
            '<div class="box-head">الطقس</div><p>القاهرة 24° - الإسكندرية 21°</p></div></div></div></body></html>')
    trafilatura_text = trafilatura.bare_extraction(page, favor_precision=True, fast=False).text
    assert SHORT[0] not in trafilatura_text  # the case this reading is for: trafilatura takes the boxes
    article = run(article_from_html(page), Options())
    assert article.body == paragraphs


LEAD = "أعلنت وزارة الري اليوم الأحد بدء تشغيل محطة جديدة لمعالجة المياه في محافظة الجيزة بطاقة كبيرة."
BODY = ["وقال وزير الري في بيان إن المحطة ستخدم نحو ثلاثة ملايين مواطن في القرى المحيطة بالمحطة الجديدة.",
        "وأضاف أن الوزارة تعمل على إنشاء خمس محطات أخرى خلال العامين المقبلين ضمن خطة قومية شاملة.",
        "من جهتهم، رحب سكان القرى بالمشروع، مؤكدين أن انقطاع المياه كان يمثل معاناة يومية لهم في الصيف."]
NOTE = "كاتب وصحفي متخصص في الشؤون السياسية والاقتصادية عمل مراسلا في عدة عواصم عربية لسنوات طويلة."


def test_lead_set_apart_before_the_body_is_put_back_first() -> None:
    page = ('<html><head><title>محطة مياه</title></head><body><div class="article"><h1>محطة مياه</h1>'
            f'<div class="article-lead"><strong>{LEAD}</strong></div><div class="img"><img src="/x.jpg"></div>'
            f'<div class="article-text">{"".join(f"<p>{p}</p>" for p in BODY)}</div>'
            f'<div class="about">{NOTE}</div></div></body></html>')
    assert LEAD not in (trafilatura.bare_extraction(page, favor_precision=True, fast=False).text or "")
    article = run(article_from_html(page), Options())
    assert article.body == [LEAD, *BODY]  # and the unmarked note after the body is not taken in


def test_densest_block_with_its_lead() -> None:
    tree = HTMLParser(f'<html><body><h1>عنوان</h1><div class="lead"><b>{LEAD}</b></div>'
                      f'<div class="body">{"".join(f"<p>{p}</p>" for p in BODY)}</div></body></html>')
    assert densest_text(tree).split("\n") == [LEAD, *BODY]


def test_a_form_around_the_whole_page_is_no_boilerplate() -> None:
    """ASP.NET WebForms wrap the page in one ``<form>``: its text is the page's; a form inside the
    page's blocks (a search box, a comment form) stays boilerplate."""
    page = f"<html><body><form id='aspnetForm'><div id='news'><span>{SHORT[0]}</span></div></form></body></html>"
    assert densest_text(HTMLParser(page)) == SHORT[0]
    page = (f"<html><body><div id='news'><span>{SHORT[0]}</span></div>"
            f"<div><form class='poll'><p>{BOX} {BOX}</p></form></div></body></html>")
    assert densest_text(HTMLParser(page)) == SHORT[0]
