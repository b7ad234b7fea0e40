"""HTML page families for bench_html.py written in the nineteenth session's second round and first run
unseen (marked ``13+`` in its table), rendered from records of lines 1,000-19,898 of ant_multisource, 400-20,000 of
saudinewsnet and 1,500-10,161 of ant_jawharafm (seed 20611, no dev gold article), each a kind of page no
earlier template imitates:

- opinion_column: a columnist's page on a news site: ``article:author`` holding the writer's profile
  address (a Facebook page, as many Arabic sites set it), ``article:published_time``, the section
  ``مقالات الرأي``, an author box before the headline (the writer's photo, name as a link to their
  archive, a one-line bio), the headline, the date written out, the text, the site's disclaimer
  (``الآراء الواردة في المقال تعبر عن رأي كاتبها ...``), and ``مقالات أخرى للكاتب`` over the
  writer's other columns.
- wp_amp: a WordPress site's AMP page in the AMP plugin's classic template (``amp-wp-header``,
  ``amp-wp-title``, the byline in ``amp-wp-author``, the date only as a ``<time datetime>`` whose
  text is relative (``منذ 6 سنوات``), ``amp-wp-article-content``, the category and tags in the
  article's footer, a comments link, ``العودة إلى الأعلى``), JSON-LD on half the pages, the title bar
  ``headline – site``; no related block.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

from layouts_html import esc, paragraphs_html
from page_builder import msa

BIOS = ["كاتب وصحفي", "كاتبة وباحثة في الشؤون السياسية", "أكاديمي ومحلل اقتصادي", "إعلامي وكاتب رأي"]
DISCLAIMERS = ["الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة رأي الموقع",
               "المقالات المنشورة تعبر عن آراء كتابها فقط"]


def opinion_column(t: Any) -> str:
    rng = random.Random(t.record.id)
    writer = t.byline
    handle = f"profile{rng.randint(1000, 9999)}"
    author_meta = f"<meta property=\"article:author\" content=\"https://www.facebook.com/{handle}\">"
    box = ""
    if writer:
        box = (f"<div class=\"author-box\"><img src=\"/writers/{handle}.jpg\" alt=\"{esc(writer)}\">"
               f"<div class=\"author-info\"><a class=\"author-name\" href=\"/writers/{handle}\">{esc(writer)}</a>"
               f"<p class=\"author-bio\">{rng.choice(BIOS)}</p></div></div>")
    cards = "".join(f"<li><a href=\"/opinion/{rng.randint(10**4, 10**5)}\">{esc(x)}</a></li>" for x in t.related)
    deck = f"<p class=\"excerpt\">{esc(t.deck)}</p>" if t.deck else ""
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} | {esc(t.outlet)}</title><link rel=\"canonical\" href=\"{t.canonical}\">"
            f"<meta property=\"og:type\" content=\"article\"><meta property=\"og:site_name\" content=\"{esc(t.outlet)}\">"
            f"<meta property=\"article:published_time\" content=\"{t.day.isoformat()}T{rng.randint(0, 23):02d}:15:00+03:00\">"
            f"{author_meta}<meta property=\"article:section\" content=\"مقالات الرأي\"></head><body>"
            f"<header><a class=\"logo\" href=\"/\">{esc(t.outlet)}</a><nav>"
            + "".join(f"<a href=\"/c/{i}\">{m}</a>" for i, m in enumerate(["الرئيسية", "أخبار", "مقالات الرأي", "اقتصاد"]))
            + "</nav></header><main><div class=\"section-title\">مقالات الرأي</div>"
            f"{box}<h1 class=\"post-title\">{esc(t.headline)}</h1>{deck}"
            f"<div class=\"post-date\">{msa(t.day)}</div>"
            f"<div class=\"post-content\">{paragraphs_html(t)}</div>"
            f"<div class=\"disclaimer\">{rng.choice(DISCLAIMERS)}</div>"
            f"<section class=\"more-by-author\"><h3>مقالات أخرى للكاتب</h3><ul>{cards}</ul></section></main>"
            f"<footer>جميع الحقوق محفوظة © {t.day.year} {esc(t.outlet)}</footer></body></html>")


def _years_ago(day: dt.date) -> str:
    years = max(1, 2024 - day.year)
    return {1: "منذ سنة", 2: "منذ سنتين"}.get(years, f"منذ {years} سنوات")


def wp_amp(t: Any) -> str:
    rng = random.Random(t.record.id)
    stamp = f"{t.day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:00+00:00"
    ld = ""
    if rng.random() < 0.5:
        data = {"@context": "http://schema.org", "publisher": {"@type": "Organization", "name": t.outlet},
                "@type": "BlogPosting", "mainEntityOfPage": t.canonical, "headline": t.headline,
                "datePublished": stamp, "dateModified": stamp}
        if t.byline:
            data["author"] = {"@type": "Person", "name": t.byline}
        ld = f"<script type=\"application/ld+json\">{json.dumps(data, ensure_ascii=False)}</script>"
    byline = (f"<div class=\"amp-wp-meta amp-wp-byline\"><amp-img src=\"/avatar.png\" width=\"24\" height=\"24\">"
              f"</amp-img><span class=\"amp-wp-author author vcard\">{esc(t.byline)}</span></div>") if t.byline else ""
    tags = "، ".join(f"<a href=\"/tag/{k}\" rel=\"tag\">{esc(w)}</a>" for k, w in enumerate(t.headline.split()[:3]))
    return ("<!doctype html><html amp lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} &#8211; {esc(t.outlet)}</title><link rel=\"canonical\" href=\"{t.canonical}\">"
            f"{ld}<style amp-custom>.amp-wp-header{{background:#0a3d62}}</style></head><body class=\"\">"
            f"<header id=\"top\" class=\"amp-wp-header\"><div><a href=\"/?amp\">{esc(t.outlet)}</a></div></header>"
            "<article class=\"amp-wp-article\"><header class=\"amp-wp-article-header\">"
            f"<h1 class=\"amp-wp-title\">{esc(t.headline)}</h1>{byline}"
            f"<div class=\"amp-wp-meta amp-wp-posted-on\"><time datetime=\"{stamp}\">{_years_ago(t.day)}</time></div>"
            "</header><figure class=\"amp-wp-article-featured-image wp-caption\"><amp-img src=\"/f.jpg\" width=\"640\""
            " height=\"360\" layout=\"intrinsic\"></amp-img></figure>"
            f"<div class=\"amp-wp-article-content\">{paragraphs_html(t)}</div>"
            "<footer class=\"amp-wp-article-footer\"><div class=\"amp-wp-meta amp-wp-tax-category\">"
            f"التصنيفات: <a href=\"/category/news\">أخبار</a></div><div class=\"amp-wp-meta amp-wp-tax-tag\">"
            f"الوسوم: {tags}</div><div class=\"amp-wp-meta amp-wp-comments-link\"><a href=\"{t.canonical}#respond\">"
            "اترك تعليقاً</a></div></footer></article>"
            f"<footer class=\"amp-wp-footer\"><div><h2>{esc(t.outlet)}</h2><a href=\"#top\" class=\"back-to-top\">"
            "العودة إلى الأعلى</a></div></footer></body></html>")
