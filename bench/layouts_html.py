"""Four HTML page families for bench_html.py written in the ninth session and first run unseen
(marked ``+`` in its table), modelled on CMSs and page kinds the other templates do not imitate:

- drupal: a Drupal 8 article node. ``node--type-article`` markup, a "submitted" line with the
  author and a ``yyyy/mm/dd - hh:mm`` date (no date metadata), body paragraphs in
  ``field--name-body``, an image field with its caption, taxonomy tags, a "محتوى ذو صلة" views
  block, the comment form ("أضف تعليقا جديدا") and readers' comments in unmarked divs.
- amp_inline: an AMP story page whose "اقرأ أيضا" links sit inside the body as one-link
  paragraphs, with amp-img captions, an amp-ad, share buttons and a JSON-LD NewsArticle.
- print_view: a print-friendly page (``window.print()``): the outlet as text, the headline, a
  labelled publication date, a "بقلم:" byline, ``<br>``-separated paragraphs, the address and a
  later print date at the foot.
- comments_thread: a Maghrebi portal whose readers' comments sit under a bare heading
  ("تعليقات الزوار (3)") in divs whose classes name nothing (transliterated), each comment a
  sentence or two; og metadata, a caption credit, a "الأكثر قراءة" list.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from typing import Any

COMMENTS = [
    ("أبو محمد", "للأسف هذا ما كنا نحذر منه منذ سنوات ولم يسمعنا أحد، والمسؤولون يتحملون النتيجة كاملة."),
    ("مواطن", "الكلام جميل على الورق لكن التنفيذ على أرض الواقع شيء آخر تماما، ننتظر الأفعال لا الأقوال."),
    ("خالد", "نرجو متابعة هذا الموضوع ونشر التطورات أولا بأول لأن الناس تريد أن تعرف الحقيقة كاملة."),
]
MENU = ["الرئيسية", "سياسة", "مجتمع", "اقتصاد", "رياضة", "فن"]
#: The section menu of the later HTML families (thirteenth to fifteenth sessions).
SECTIONS = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "منوعات"]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs_html(t: Any) -> str:
    """The page's body paragraphs, each a ``<p>``."""
    return "".join(f"<p>{esc(p)}</p>" for p in t.paragraphs())


def published_iso(t: Any) -> str:
    """The page's publication stamp as ISO 8601, at an hour and minute the date decides (+03:00)."""
    return f"{t.day.isoformat()}T{t.day.day % 12 + 8:02d}:{t.day.month + 20}:00+03:00"


def bar_title(t: Any, rng: random.Random) -> str:
    """A script-rendered shell's title bar: the headline and the outlet, or the outlet alone (a coin flip
    of ``rng``: the shell's server may not know the article)."""
    return f"{esc(t.headline)} | {esc(t.outlet)}" if rng.random() < 0.5 else esc(t.outlet)


def _menu() -> str:
    return "<ul>" + "".join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU)) + "</ul>"


def _comments(cls: str) -> str:
    return "".join(f'<div class="{cls}"><div class="{cls}-n">{esc(n)}</div><div class="{cls}-d">منذ 3 ساعات</div>'
                   f'<div class="{cls}-t">{esc(c)}</div></div>' for n, c in COMMENTS)


def drupal(t: Any) -> str:
    stamp = f"{t.day.year}/{t.day.month:02d}/{t.day.day:02d} - 10:{t.day.day + 10:02d}"
    author = f'<span class="field--name-uid"><a href="/user/7">{esc(t.byline)}</a></span> في ' if t.byline else ""
    body = paragraphs_html(t)
    related = "".join(f'<div class="views-row"><a href="/node/{i}" hreflang="ar">{esc(x)}</a></div>'
                      for i, x in enumerate(t.related, 500))
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f'<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">'
            f'<meta property="og:site_name" content="{esc(t.outlet)}">'
            f'<meta property="og:title" content="{esc(t.headline)} | {esc(t.outlet)}">'
            f"<title>{esc(t.headline)} | {esc(t.outlet)}</title></head><body class=\"path-node page-node-type-article\">"
            f'<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="site-branding">'
            f'<a href="/" rel="home">{esc(t.outlet)}</a></div><nav role="navigation">{_menu()}</nav></header>'
            f'<main role="main"><div class="region region-content"><article role="article" class="node node--type-article">'
            f'<h1 class="page-title"><span class="field--name-title">{esc(t.headline)}</span></h1>'
            f'<div class="node__meta"><span class="node__submitted">{author}{stamp}</span></div>'
            f'<div class="field field--name-field-image"><img src="/sites/default/files/a.jpg" alt="">'
            f'<div class="field--name-field-image-caption">صورة أرشيفية من مكان الحدث</div></div>'
            f'<div class="clearfix text-formatted field field--name-body">{body}</div>'
            f'<div class="field field--name-field-tags"><div class="field__label">الوسوم</div>'
            f'<div class="field__items"><div class="field__item"><a href="/t/1">سياسة</a></div></div></div>'
            f'</article><div class="block block-views"><h2>محتوى ذو صلة</h2><div class="view-content">{related}'
            f'</div></div><section><h2>أضف تعليقا جديدا</h2><form><textarea></textarea><input type="submit" '
            f'value="حفظ"></form>{_comments("c")}</section></div></main>'
            f'<footer role="contentinfo"><p>جميع الحقوق محفوظة © {t.day.year} {esc(t.outlet)}</p></footer>'
            f"</div></body></html>")


def amp_inline(t: Any) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t.headline,
          "datePublished": f"{t.day.isoformat()}T08:00:00+03:00",
          "publisher": {"@type": "Organization", "name": t.outlet}, "mainEntityOfPage": t.canonical}
    if t.byline:
        ld["author"] = [{"@type": "Person", "name": t.byline}]
    paragraphs = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    for k, title in enumerate(t.related):
        at = min(len(paragraphs), 1 + 2 * k)
        paragraphs.insert(at, f'<p><strong>اقرأ أيضا: </strong><a href="/amp/{k}">{esc(title)}</a></p>')
    paragraphs.insert(1, '<figure><amp-img src="/i.jpg" width="640" height="360" layout="responsive"></amp-img>'
                         "<figcaption>لقطة من موقع الحدث (أ ف ب)</figcaption></figure>")
    paragraphs.insert(3, '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/a"></amp-ad>')
    share = "".join(f'<amp-social-share type="{s}"></amp-social-share>' for s in ("facebook", "twitter", "whatsapp"))
    return (f'<!doctype html><html amp lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f'<link rel="canonical" href="{t.canonical}"><title>{esc(t.headline)}</title>'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>'
            f'<header class="amp-header"><a href="/">{esc(t.outlet)}</a></header><article>'
            f'<h1 class="amp-title">{esc(t.headline)}</h1><div class="amp-meta">{share}</div>'
            f'<div class="amp-body">{"".join(paragraphs)}</div></article>'
            f'<footer><a href="/">الموقع الكامل</a> © {t.day.year}</footer></body></html>')


def print_view(t: Any) -> str:
    printed = t.day + dt.timedelta(days=40)
    byline = f"<div>بقلم: {esc(t.byline)}</div>" if t.byline else ""
    body = "<br><br>".join(esc(p) for p in t.paragraphs())
    return (f'<html><head><meta charset="utf-8"><title>{esc(t.outlet)} - نسخة للطباعة</title></head>'
            f'<body onload="window.print()"><div class="print-logo">{esc(t.outlet)}</div><hr>'
            f"<h2>{esc(t.headline)}</h2><div>تاريخ النشر: {t.day.day}/{t.day.month}/{t.day.year}</div>{byline}<hr>"
            f'<div id="print-content">{body}</div><hr>'
            f"<div>رابط المقال: {t.canonical}</div>"
            f"<div>تاريخ الطباعة: {printed.day}/{printed.month}/{printed.year}</div>"
            f'<a href="javascript:window.close()">إغلاق النافذة</a></body></html>')


def comments_thread(t: Any) -> str:
    meta = (f'<meta property="og:title" content="{esc(t.headline)}">'
            f'<meta property="og:site_name" content="{esc(t.outlet)}">'
            f'<meta property="article:published_time" content="{t.day.isoformat()}T14:20:00+01:00">')
    author = f'<div class="kateb">{esc(t.byline)}</div>' if t.byline else ""
    body = paragraphs_html(t)
    ranked = "".join(f"<li><span>{k + 1}</span><a href='/m/{k}'>{esc(x)}</a></li>" for k, x in enumerate(t.ticker))
    return (f'<html lang="ar"><head><meta charset="utf-8"><title>{esc(t.headline)}</title>{meta}</head><body>'
            f'<div class="ra2s">{_menu()}</div><div class="madmoun"><h1>{esc(t.headline)}</h1>{author}'
            f'<div class="sora"><img src="/s.jpg"><span>صورة: {esc(t.outlet)}</span></div>'
            f'<div class="nass">{body}</div></div>'
            f'<div class="ta3li9at"><h3>تعليقات الزوار ({len(COMMENTS)})</h3>{_comments("ta3li9")}'
            f'<div class="dif">أضف تعليقك</div><textarea></textarea></div>'
            f'<div class="jaded"><h3>الأكثر قراءة</h3><ol>{ranked}</ol></div>'
            f'<div class="asfal">© {t.day.year} {esc(t.outlet)}</div></body></html>')
