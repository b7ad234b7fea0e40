"""HTML page families for bench_html.py written in the twenty-sixth session and first run unseen
(marked ``19+`` in its table), rendered from records of lines 13,601-14,400 of ant_multisource and
saudinewsnet and 7,001-7,500 of ant_jawharafm (seed 26431, no dev gold article), each a kind of page no
earlier template imitates:

- aljazeera_html: Al Jazeera's article page: the ``site-header`` menu, ``article-header`` with the
  topics link, the ``<h1>`` and ``article__subhead``, ``article-dates`` with a screen-reader ``نشر في``
  and the day in numbers, the text in ``wysiwyg`` with a ``more-on`` box (``اقرأ أيضا``, the
  ``article-card`` links with ``list 1 of 4`` labels) between its paragraphs, ``article-source``
  (``المصدر : الجزيرة + وكالات``), a ``most-read`` list and the footer; the title bar
  ``headline | الأخبار | site``.
- youm7_html: an Egyptian daily's page in Youm7's markup: ``articleHeader`` with the ``<h1>``,
  ``writeBy`` (``كتب name``) and ``newsStory`` (the weekday date with its period), a captioned image, the text in
  ``articleBody``, the
  ``relatedNews`` block (``الموضوعات المتعلقة``) and a ``mostRead`` block.
"""

from __future__ import annotations

import random
from typing import Any

from layouts_html import esc
from page_builder import MSA, WEEKDAYS

MENU = ["الأخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "مدونات"]


def _menu() -> str:
    return "".join(f"<li class=\"menu__item\"><a href=\"/{k}/\">{m}</a></li>" for k, m in enumerate(MENU))


def aljazeera_html(t: Any) -> str:
    rng = random.Random(t.record.id)
    paragraphs = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    more = t.related
    box = ("<div class=\"more-on\"><h2 class=\"more-on__heading\">اقرأ أيضا</h2><ul class=\"more-on__list\">"
           + "".join(f"<li><span class=\"screen-reader-text\">list {k} of {len(more)}</span><article class=\"article-card\">"
                     f"<h3 class=\"article-card__title\"><a href=\"/news/{k}\"><span>{esc(x)}</span></a></h3></article></li>"
                     for k, x in enumerate(more, 1))
           + "<span class=\"screen-reader-text\">end of list</span></ul></div>")
    paragraphs.insert(min(2, len(paragraphs)), box)
    subhead = f"<p class=\"article__subhead\"><em>{esc(t.deck)}</em></p>" if t.deck else ""
    most = "".join(f"<li class=\"most-read__item\"><a href=\"/m/{k}\"><span>{esc(x)}</span></a></li>" for k, x in enumerate(t.ticker))
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} | الأخبار | {esc(t.outlet)}</title>"
            f"<link rel=\"canonical\" href=\"{t.canonical}\"><meta name=\"pageType\" content=\"Article\"></head><body>"
            f"<div class=\"site-header\"><a class=\"site-logo\" href=\"/\">{esc(t.outlet)}</a><ul class=\"menu\">{_menu()}</ul>"
            "<button class=\"site-header__search-trigger\">بحث</button></div>"
            "<main id=\"main-content-area\"><header class=\"article-header\"><div class=\"topics\">"
            "<a href=\"/news/\">الأخبار</a></div>"
            f"<h1>{esc(t.headline)}</h1>{subhead}</header>"
            "<div class=\"article-info-block\"><div class=\"article-dates\"><div class=\"date-simple\">"
            "<span class=\"screen-reader-text\">نشر في </span>"
            f"<span aria-hidden=\"true\">{t.day.day}/{t.day.month}/{t.day.year}</span></div></div>"
            "<div class=\"article-share\"><button>شارك</button></div></div>"
            f"<figure class=\"article-featured-image\"><img src=\"/wp-content/uploads/{rng.randint(1, 99)}.jpg\" alt=\"\">"
            "<figcaption>صورة أرشيفية (رويترز)</figcaption></figure>"
            f"<div class=\"wysiwyg wysiwyg--all-content\">{''.join(paragraphs)}"
            f"<p class=\"article-source\">المصدر : {esc(t.outlet)} + وكالات</p></div></main>"
            f"<aside class=\"most-read-container\"><h2>الأكثر قراءة</h2><ol class=\"most-read\">{most}</ol></aside>"
            f"<footer class=\"footer\"><p>© {t.day.year} شبكة {esc(t.outlet)} الإعلامية</p></footer></body></html>")


def youm7_html(t: Any) -> str:
    rng = random.Random(t.record.id)
    paragraphs = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    writer = f"<span class=\"writeBy\">كتب {esc(t.byline)}</span>" if t.byline else ""
    stamp = (f"{WEEKDAYS[t.day.weekday()]}، {t.day.day} {MSA[t.day.month - 1]} {t.day.year} "
             f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['ص', 'م'])}")
    related = "".join(f"<li><a href=\"/story/r{k}\">{esc(x)}</a></li>" for k, x in enumerate(t.related))
    most = "".join(f"<li><a href=\"/story/m{k}\">{esc(x)}</a></li>" for k, x in enumerate(t.ticker))
    return ("<!DOCTYPE html><html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title><link rel=\"canonical\" href=\"{t.canonical}\"></head><body>"
            f"<div id=\"header\"><a class=\"logo\" href=\"/\">{esc(t.outlet)}</a><ul class=\"mainMenu\">{_menu()}</ul></div>"
            "<div class=\"container\"><div class=\"articleCont\"><div class=\"articleHeader\">"
            "<div class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> <a href=\"/Section/1\">أخبار عاجلة</a></div>"
            f"<h1>{esc(t.headline)}</h1>{writer}<span class=\"newsStory\">{stamp}</span></div>"
            f"<div class=\"img-cont\"><img src=\"/images/{rng.randint(1, 99)}.jpg\" alt=\"{esc(t.headline)}\"><span>صورة أرشيفية</span></div>"
            f"<div id=\"articleBody\" class=\"articleBody\">{''.join(paragraphs)}</div>"
            f"<div class=\"relatedNews\"><h3>الموضوعات المتعلقة</h3><ul>{related}</ul></div>"
            "<div class=\"tags\"><a href=\"/Tags/1\">أخبار مصر</a> <a href=\"/Tags/2\">عاجل</a></div></div>"
            f"<div class=\"mostRead\"><h3>الأكثر قراءة</h3><ul>{most}</ul></div></div>"
            f"<div id=\"footer\">جميع الحقوق محفوظة لمؤسسة {esc(t.outlet)} © {t.day.year}</div></body></html>")
