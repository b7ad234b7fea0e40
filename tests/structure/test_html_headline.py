"""The headline a page sets as no heading: a title-named element or the bold/large line over the body."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from khabar.structure.html import html_record
from khabar.structure.html_headline import prominent_headline

BODY = "أعلنت الوزارة اليوم عن خطة جديدة لتطوير المدارس في المناطق الريفية خلال العام المقبل."
MAIN = f"المكتب الإعلامي\nافتتاح مدارس جديدة في الريف\n{BODY}"


def _p(text: str, style: str = "font-size:13pt", bold: bool = False) -> str:
    span = f"<span style='{style}'>{text}</span>"
    return f"<p class=MsoNormal>{'<b>' + span + '</b>' if bold else span}</p>"


WORD = ("<html><head><title>بيان صحفي</title></head><body><div class=WordSection1>"
        + _p("المكتب الإعلامي", "font-size:16pt", bold=True) + _p("<o:p>&nbsp;</o:p>")
        + _p("التاريخ: 12/3/2018م") + _p("افتتاح مدارس جديدة في الريف", "font-size:16pt", bold=True)
        + _p("<o:p>&nbsp;</o:p>") + _p(BODY) + "</div></body></html>")
LARGE = WORD.replace("<b>", "").replace("</b>", "")
WIRE = WORD.replace(_p("<o:p>&nbsp;</o:p>") + _p(BODY),
                    _p("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس") + _p(BODY))
WEBFORMS = ("<html><head><title>تفاصيل الخبر - صحيفة الأفق</title></head><body><form id=aspnetForm>"
            "<table><tr><td class=NewsTitle><span id=ctl00_lblTitle>افتتاح مدارس جديدة في الريف</span></td></tr>"
            "<tr><td class=NewsDate><span>12/03/2018 10:15:00 ص</span></td></tr>"
            f"<tr><td class=NewsBody><span id=ctl00_lblDetails>{BODY}<br /><br />{BODY}</span></td></tr></table>"
            "<div id=footer>جميع الحقوق محفوظة © 2018 صحيفة الأفق</div></form></body></html>")
SPEAKER = WORD.replace(_p("<o:p>&nbsp;</o:p>") + _p(BODY), _p("وزير التعليم") + _p(BODY))
PLAIN = WORD.replace("font-size:16pt", "font-size:13pt").replace("<b>", "").replace("</b>", "")
SUBTITLE = WEBFORMS.replace("NewsTitle", "SubTitle").replace("lblTitle", "lblSub")


@pytest.mark.parametrize(("page", "main", "expected"), [
    (WORD, MAIN, "افتتاح مدارس جديدة في الريف"),  # bold and large, over the body: not the masthead
    (LARGE, MAIN, "افتتاح مدارس جديدة في الريف"),  # large only
    (WIRE, MAIN, "افتتاح مدارس جديدة في الريف"),  # a wire's place-and-date line between them
    (SPEAKER, MAIN, "افتتاح مدارس جديدة في الريف"),  # a short plain line (a speaker's name) between them
    (WEBFORMS, BODY, "افتتاح مدارس جديدة في الريف"),  # a label named as the title
    (PLAIN, MAIN, None),  # set as the text is: nothing stands out
    (SUBTITLE, BODY, None),  # a subtitle is no title
    (WORD, "افتتاح مدارس جديدة في الريف", None),  # no prose: no body to stand over
])
def test_prominent_headline(page: str, main: str, expected: str | None) -> None:
    assert prominent_headline(HTMLParser(page), main, "بيان صحفي") == expected


@pytest.mark.parametrize(("page", "title", "outlet"), [
    (WORD, "افتتاح مدارس جديدة في الريف", "المكتب الإعلامي"),  # the masthead over the headline
    (WEBFORMS, "افتتاح مدارس جديدة في الريف", "صحيفة الأفق"),  # the bar's part the footer names again
])
def test_record_of_a_page_without_headings(page: str, title: str, outlet: str) -> None:
    record = html_record(page)
    assert (record["title"], record["source"]) == (title, outlet)
    assert record["text"].split("\n")[0].startswith(BODY[:20])
