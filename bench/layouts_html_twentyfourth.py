"""HTML page families for bench_html.py written in the twenty-third session and first run unseen
(marked ``17+`` in its table), rendered from records of lines 15,201-16,000 of ant_multisource and
saudinewsnet and 8,001-8,500 of ant_jawharafm (seed 24113, no dev gold article), each a kind of page no
earlier template imitates:

- singlefile_save: an Arabic news page a reader saved whole as one file (SingleFile, "Save page WE"): the
  saver's comment with the address and the day it was saved, ``<style>`` blocks holding the site's fonts
  as ``data:`` addresses (1.6 MB of base64), the photos inlined as ``data:`` images, then the article
  (``<h1>``, ``<time>``, the writer, the text, a figure with its caption, the related box). The page is
  larger than the markup read (1,500,000 characters) before its article begins.
- cairo_portal: an Egyptian portal: ``articleHeader`` with the headline, ``كتب name`` and the date as
  ``الأحد، 22 أبريل 2018 10:20 ص``, the photo's caption, the text with ``اقرأ أيضًا..`` links set as
  paragraphs between its own, ``أخبار متعلقة``, and the comments area (its heading, a form, two readers'
  comments with their names and dates).
"""

from __future__ import annotations

import random
from typing import Any

from layouts_html import esc
from page_builder import MSA, WEEKDAYS

#: Base64 of the size a site's two web fonts and a photo take inlined (characters).
FONT_CHARS = 800_000
PHOTO_CHARS = 120_000
READERS = ["أبو خالد", "مواطن مصري", "سامي"]
COMMENTS = ["كلام في الصميم ونتمنى أن يتحقق ذلك قريبا.", "للأسف لا جديد في الموضوع، نفس الوعود كل مرة."]


def _blob(rng: random.Random, size: int) -> str:
    """Base64-like characters of ``size``: what a saver inlines for a font or a photo."""
    chunk = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(64))
    return (chunk * (size // 64 + 1))[:size]


def singlefile_save(t: Any) -> str:
    rng = random.Random(t.record.id)
    fonts = "".join(f"@font-face{{font-family:f{k};src:url(data:font/woff2;base64,{_blob(rng, FONT_CHARS)}) format('woff2')}}"
                    for k in range(2))
    photo = f"data:image/jpeg;base64,{_blob(rng, PHOTO_CHARS)}"
    paragraphs = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    paragraphs[1:1] = [f"<figure><img src=\"{photo}\" alt=\"\"><figcaption>صورة أرشيفية</figcaption></figure>"]
    author = f"<span class=\"author\">{esc(t.byline)}</span>" if t.byline else ""
    related = "".join(f"<li><a href=\"/n/{k}\"><img src=\"{photo[:200]}\">{esc(x)}</a></li>" for k, x in enumerate(t.related))
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><!--\n Page saved with SingleFile \n url: "
            f"{t.canonical} \n saved date: Sun Apr 22 2018 15:12:00 GMT+0300\n--><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} | {esc(t.outlet)}</title><style>{fonts}</style>"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)}\"><link rel=\"canonical\" href=\"{t.canonical}\">"
            "<style>body{font-family:f0}.related li{display:block}</style></head><body>"
            f"<header><a href=\"/\" class=\"logo\"><img src=\"{photo[:3000]}\" alt=\"{esc(t.outlet)}\"></a><nav>"
            "<a href=\"/\">الرئيسية</a><a href=\"/c/1\">أخبار</a><a href=\"/c/2\">رياضة</a></nav></header>"
            f"<main><article><h1>{esc(t.headline)}</h1><div class=\"meta\">{author}"
            f"<time datetime=\"{t.day.isoformat()}T10:20:00+03:00\">{t.day.day} {MSA[t.day.month - 1]} {t.day.year}</time></div>"
            f"<div class=\"article-body\">{''.join(paragraphs)}</div></article>"
            f"<aside class=\"related\"><h3>اقرأ أيضا</h3><ul>{related}</ul></aside></main>"
            f"<footer><p>© {t.day.year} {esc(t.outlet)}. جميع الحقوق محفوظة</p></footer></body></html>")


def cairo_portal(t: Any) -> str:
    rng = random.Random(t.record.id)
    shown = f"{WEEKDAYS[t.day.weekday()]}، {t.day.day} {MSA[t.day.month - 1]} {t.day.year} {rng.randint(1, 12)}:{rng.randint(10, 59)} ص"
    links = t.related[:2]
    paragraphs = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    for k, title in enumerate(links):
        paragraphs.insert(2 + 2 * k, f"<p><strong>اقرأ أيضًا..</strong> <a href=\"/story/{k}\">{esc(title)}</a></p>")
    byline = f"<span class=\"writeBy\">كتب {esc(t.byline)}</span>" if t.byline else ""
    others = "".join(f"<li><a href=\"/story/{k + 10}\">{esc(x)}</a></li>" for k, x in enumerate(t.related[2:]))
    comments = "".join(f"<div class=\"comment\"><span class=\"name\">{esc(who)}</span><span class=\"date\">{esc(shown)}</span>"
                       f"<p>{esc(text)}</p></div>" for who, text in zip(READERS, COMMENTS, strict=False))
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title><link rel=\"canonical\" href=\"{t.canonical}\"></head><body>"
            f"<div class=\"header\"><a href=\"/\" class=\"logo\">{esc(t.outlet)}</a><ul class=\"menu\"><li><a href=\"/\">الرئيسية</a></li>"
            "<li><a href=\"/s/1\">أخبار مصر</a></li><li><a href=\"/s/2\">حوادث</a></li></ul></div>"
            f"<div class=\"articleCont\"><div class=\"articleHeader\"><h1>{esc(t.headline)}</h1>{byline}"
            f"<span class=\"newsStoryDate\">{esc(shown)}</span></div><div class=\"img-cont\"><img src=\"/img/1.jpg\">"
            "<span class=\"caption\">صورة أرشيفية</span></div>"
            f"<div id=\"articleBody\" class=\"articleBody\">{''.join(paragraphs)}</div>"
            f"<div class=\"relatedNews\"><h2>أخبار متعلقة</h2><ul>{others}</ul></div>"
            "<div class=\"commentsArea\"><h3>أضف تعليق</h3><form><input name=\"name\" placeholder=\"الاسم\">"
            "<input name=\"email\" placeholder=\"البريد الإلكتروني\"><textarea placeholder=\"التعليق\"></textarea>"
            f"<button>إرسال</button></form>{comments}</div></div>"
            f"<div class=\"footer\">جميع الحقوق محفوظة لـ {esc(t.outlet)} {t.day.year}</div></body></html>")
