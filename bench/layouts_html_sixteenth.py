"""HTML page families for bench_html.py written in the sixteenth session and first run unseen (marked
``9+`` in its table), rendered from records of lines 6,000-12,000 of ant_multisource and saudinewsnet
and lines 4,000-9,000 of ant_jawharafm (seed 1616, no dev gold article), each a kind of page no
earlier template imitates:

- next_shell: a script-rendered portal (Next.js) whose server sent the shell only: the header, a
  loading skeleton, the footer, the article as JSON in ``<script id="__NEXT_DATA__">`` (its
  ``pageProps``: title, excerpt, the text as HTML, the date, the author) and no JSON-LD; the title bar
  holds the headline and the site, or the site alone.
- ghost_post: a Ghost blog post (Casper theme): Open Graph and a JSON-LD ``Article`` without its
  text, ``article-title``, ``article-excerpt`` deck, the byline box with the author, the date and the
  reading time, ``gh-content`` with an image card and a bookmark card (another article's title,
  description and publisher) between the paragraphs, the subscribe box, "read more" post cards.
- gdocs_published: a statement written in Google Docs and "published to the web": the banner
  ("Published using Google Docs", "Report abuse"), the document's name and "Updated automatically
  every 5 minutes" over ``#contents``, where every paragraph is a ``<p class="c1">`` of spans with
  generated classes: the outlet's name, the headline as a ``title`` paragraph or an ``<h1>``, the date
  line, a ``بقلم`` line, empty spacer paragraphs, the text; the footer repeats the banner.
- archive_today: an archive.today (archive.ph) snapshot: the archive's header (saved from, the
  capture's English date, snapshot counts, screenshot and download links), its own Open Graph and
  ``article:published_time`` (the capture's time), the canonical of the snapshot, and the page
  flattened: no classes or ids, every element a ``<div>`` or ``<span>`` with inline styles, links
  rewritten to ``archive.ph/o/…``, the date in Arabic words, related links under a header.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from typing import Any

from layouts_html import SECTIONS, bar_title, esc, paragraphs_html, published_iso
from page_builder import EN_MONTHS_SHORT, msa

SITES = ["صحيفة الأفق", "بوابة المستقبل", "المرصد نيوز", "جريدة النهار الجديد"]
CAPTIONS = ["صورة أرشيفية من مكان الحدث", "جانب من اللقاء الذي جمع الطرفين", "لقطة عامة من موقع الفعالية"]
DESCRIPTIONS = ["تتواصل التطورات في هذا الملف منذ أسابيع وسط ترقب واسع لما ستسفر عنه المشاورات الجارية",
                "تقرير يرصد أبرز المحطات والأرقام التي رافقت هذا الحدث خلال الفترة الماضية",
                "قراءة في أسباب الأزمة وتداعياتها المحتملة على المنطقة في الأشهر المقبلة"]


def next_shell(t: Any) -> str:
    rng = random.Random(t.record.id)
    content = paragraphs_html(t)
    post = {"id": int(t.record.id[-5:], 16) if t.record.id[-5:].isalnum() else 1, "slug": f"news-{t.record.id[-6:]}",
            "title": t.headline, "excerpt": t.deck or "", "content": content, "publishedAt": published_iso(t),
            "category": {"name": rng.choice(SECTIONS)},
            "author": {"name": t.byline} if t.byline else None, "tags": ["أخبار", rng.choice(SECTIONS)]}
    data = {"props": {"pageProps": {"post": post, "settings": {"siteName": t.outlet}}, "__N_SSP": True},
            "page": "/news/[slug]", "query": {"slug": post["slug"]}, "buildId": "x7Gq2mVZ0pLw", "isFallback": False,
            "gssp": True, "locale": "ar", "locales": ["ar", "en"], "scriptLoader": []}
    title = bar_title(t, rng)
    menu = "".join(f'<li><a href="/category/{i}">{m}</a></li>' for i, m in enumerate(SECTIONS))
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charSet=\"utf-8\"/>"
            "<meta name=\"viewport\" content=\"width=device-width\"/>"
            f"<title>{title}</title><link rel=\"preload\" href=\"/_next/static/css/a1b2.css\" as=\"style\"/>"
            "<noscript data-n-css=\"\"></noscript></head><body><div id=\"__next\">"
            f"<header class=\"header_wrap__Q2p\"><a class=\"header_logo__k1\" href=\"/\"><img alt=\"{esc(t.outlet)}\" "
            f"src=\"/logo.svg\"/></a><nav><ul>{menu}</ul></nav><button>بحث</button></header>"
            "<main><div class=\"skeleton_article__Zp0\"><div class=\"skeleton_line__a\"></div>"
            "<div class=\"skeleton_line__a\"></div><div class=\"skeleton_image__b\"></div></div></main>"
            f"<footer class=\"footer_root__x\"><p>جميع الحقوق محفوظة © {t.day.year} {esc(t.outlet)}</p>"
            "<ul><li><a href=\"/about\">من نحن</a></li><li><a href=\"/contact\">اتصل بنا</a></li></ul></footer></div>"
            f"<script id=\"__NEXT_DATA__\" type=\"application/json\">{json.dumps(data, ensure_ascii=False)}</script>"
            "<script src=\"/_next/static/chunks/main-3f1a.js\" defer=\"\"></script></body></html>")


def ghost_post(t: Any) -> str:
    rng = random.Random(t.record.id)
    paragraphs = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    image = (f"<figure class=\"kg-card kg-image-card kg-card-hascaption\"><img src=\"/content/images/2018/01/a.jpg\" "
             f"class=\"kg-image\" alt loading=\"lazy\"><figcaption>{rng.choice(CAPTIONS)}</figcaption></figure>")
    bookmark = ""
    related = list(t.related)
    if related:
        site = rng.choice([s for s in SITES if s != t.outlet])
        bookmark = (f"<figure class=\"kg-card kg-bookmark-card\"><a class=\"kg-bookmark-container\" href=\"https://example.net/p/1\">"
                    f"<div class=\"kg-bookmark-content\"><div class=\"kg-bookmark-title\">{esc(related[0])}</div>"
                    f"<div class=\"kg-bookmark-description\">{rng.choice(DESCRIPTIONS)}</div>"
                    f"<div class=\"kg-bookmark-metadata\"><img class=\"kg-bookmark-icon\" src=\"/favicon.png\" alt>"
                    f"<span class=\"kg-bookmark-author\">{site}</span></div></div>"
                    f"<div class=\"kg-bookmark-thumbnail\"><img src=\"/t.jpg\" alt></div></a></figure>")
    paragraphs.insert(1, image)
    paragraphs.insert(min(3, len(paragraphs)), bookmark)
    cards = "".join(
        f"<article class=\"post-card post\"><a class=\"post-card-image-link\" href=\"/p{i}/\"><img class=\"post-card-image\" "
        f"src=\"/c/{i}.jpg\" alt></a><div class=\"post-card-content\"><a class=\"post-card-content-link\" href=\"/p{i}/\">"
        f"<header class=\"post-card-header\"><h2 class=\"post-card-title\">{esc(x)}</h2></header>"
        f"<div class=\"post-card-excerpt\">{rng.choice(DESCRIPTIONS)}</div></a><footer class=\"post-card-meta\">"
        f"<time class=\"post-card-meta-date\" datetime=\"{(t.day - dt.timedelta(days=i)).isoformat()}\">"
        f"{msa(t.day - dt.timedelta(days=i), weekday=False)}</time><span class=\"post-card-meta-length\">{i + 2} دقائق قراءة</span>"
        f"</footer></div></article>" for i, x in enumerate(related[1:], 1))
    ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": t.outlet},
          "author": {"@type": "Person", "name": t.byline or t.outlet}, "headline": t.headline, "url": t.canonical,
          "datePublished": published_iso(t), "dateModified": published_iso(t), "description": t.deck or t.body[0][:150],
          "mainEntityOfPage": t.canonical}
    deck = f"<p class=\"article-excerpt\">{esc(t.deck)}</p>" if t.deck else ""
    author = (f"<h4 class=\"author-name\"><a href=\"/author/a/\">{esc(t.byline)}</a></h4>" if t.byline else "")
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)}</title><link rel=\"canonical\" href=\"{t.canonical}\">"
            f"<meta property=\"og:site_name\" content=\"{esc(t.outlet)}\"><meta property=\"og:type\" content=\"article\">"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)}\">"
            f"<meta property=\"og:description\" content=\"{esc(ld['description'])}\">"
            f"<meta property=\"og:url\" content=\"{t.canonical}\">"
            f"<meta property=\"article:published_time\" content=\"{published_iso(t)}\">"
            f"<script type=\"application/ld+json\">{json.dumps(ld, ensure_ascii=False)}</script>"
            "<meta name=\"generator\" content=\"Ghost 5.2\"></head><body class=\"post-template\">"
            "<div class=\"viewport\"><header id=\"gh-head\" class=\"gh-head outer\"><div class=\"gh-head-inner inner\">"
            f"<a class=\"gh-head-logo\" href=\"/\">{esc(t.outlet)}</a><nav class=\"gh-head-menu\"><ul class=\"nav\">"
            + "".join(f"<li class=\"nav-{i}\"><a href=\"/tag/{i}/\">{m}</a></li>" for i, m in enumerate(SECTIONS[:4]))
            + "</ul></nav><div class=\"gh-head-actions\"><a href=\"#/portal/signin\">تسجيل الدخول</a>"
            "<a class=\"gh-head-button\" href=\"#/portal/signup\">اشترك</a></div></div></header>"
            "<div class=\"site-content\"><main id=\"site-main\" class=\"site-main\">"
            "<article class=\"article post\"><header class=\"article-header gh-canvas\">"
            f"<section class=\"article-tag post-card-tags\"><span class=\"post-card-primary-tag\"><a href=\"/tag/news/\">"
            f"{rng.choice(SECTIONS)}</a></span></section><h1 class=\"article-title\">{esc(t.headline)}</h1>{deck}"
            "<div class=\"article-byline\"><section class=\"article-byline-content\"><ul class=\"author-list\">"
            "<li class=\"author-list-item\"><a href=\"/author/a/\" class=\"author-avatar\"><img class=\"author-profile-image\" "
            f"src=\"/a.jpg\" alt></a></li></ul><div class=\"article-byline-meta\">{author}<div class=\"byline-meta-content\">"
            f"<time class=\"byline-meta-date\" datetime=\"{t.day.isoformat()}\">{msa(t.day, weekday=False)}</time>"
            f"<span class=\"byline-reading-time\"><span class=\"bull\">&bull;</span> {rng.randint(2, 9)} دقائق قراءة</span>"
            "</div></div></section></div></header>"
            f"<section class=\"gh-content gh-canvas\">{''.join(paragraphs)}</section></article>"
            "<section class=\"footer-cta outer\"><div class=\"inner\"><h2 class=\"footer-cta-title\">اشترك في "
            f"{esc(t.outlet)}</h2><a class=\"footer-cta-button\" href=\"#/portal\"><div class=\"footer-cta-input\">"
            "بريدك الإلكتروني</div><span>اشترك</span></a></div></section></main>"
            f"<aside class=\"read-more-wrap outer\"><div class=\"read-more inner\">{cards}</div></aside></div>"
            f"<footer class=\"site-footer outer\"><div class=\"inner\"><section class=\"copyright\"><a href=\"/\">"
            f"{esc(t.outlet)}</a> &copy; {t.day.year}</section><div class=\"gh-powered-by\"><a href=\"https://ghost.org/\">"
            "Powered by Ghost</a></div></div></footer></div></body></html>")


def gdocs_published(t: Any) -> str:
    rng = random.Random(t.record.id)
    name = rng.choice([t.headline, "بيان صحفي", f"خبر {t.day.day}-{t.day.month}-{t.day.year}", "مسودة نهائية"])

    def para(text: str, cls: str = "c1", span: str = "c0") -> str:
        return f"<p class=\"{cls}\"><span class=\"{span}\">{text}</span></p>"

    spacer = para("", "c1 c5", "c3")
    headline = (para(esc(t.headline), "c4 title", "c6") if rng.random() < 0.5
                else f"<h1 class=\"c7\" id=\"h.{t.record.id[-6:]}\"><span class=\"c6\">{esc(t.headline)}</span></h1>")
    byline = para(f"بقلم: {esc(t.byline)}", "c1", "c3") if t.byline else ""
    body = "".join(para(esc(p)) + (spacer if rng.random() < 0.3 else "") for p in t.paragraphs())
    style = (".lst-kix_list_1-0>li:before{content:\"\\0025cf  \"}.c0{color:#000000;font-weight:400;font-size:13pt;"
             "font-family:\"Arial\"}.c1{padding-top:0pt;padding-bottom:8pt;line-height:1.15;direction:rtl;text-align:right}"
             ".c3{font-size:11pt}.c4{padding-top:0pt;padding-bottom:3pt;text-align:center}.c6{font-size:26pt;font-weight:700}"
             ".c7{padding-top:20pt;text-align:center}.title{padding-top:0pt;font-size:26pt;padding-bottom:3pt}")
    banner = ("<div id=\"banners\"><div id=\"publish-banner\"><div id=\"publish-banner-inner\">"
              "<div class=\"publish-banner-text\">Published using Google Docs</div><a href=\"/abuse\">Report abuse</a>"
              "<a href=\"https://support.google.com/docs/\">Learn more</a></div></div></div>")
    return ("<!DOCTYPE html><html><head><meta content=\"text/html; charset=UTF-8\" http-equiv=\"content-type\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(name)}</title><link href=\"/static/document/client/css/3334165650-published_document_css_ltr.css\" "
            "rel=\"stylesheet\"><style>#header{padding-top:12px}#contents{max-width:800px}</style></head><body>"
            f"{banner}<div id=\"header\"><div id=\"title\">{esc(name)}</div><div id=\"interval\"><span>Updated automatically "
            "every 5 minutes</span></div></div><div id=\"contents\"><style type=\"text/css\">"
            f"{style}</style>" + para(esc(t.outlet), "c4", "c3") + spacer + headline
            + para(msa(t.day), "c1", "c3") + byline + spacer + body + spacer
            + "</div><div id=\"footer\"><div id=\"footer-inner\"><a href=\"https://docs.google.com/\">Published by Google Docs"
            "</a>–<a href=\"/abuse\">Report Abuse</a>–<span>Updated automatically every 5 minutes</span></div></div>"
            "<script nonce=\"x1\">DOCS_timing={}; _docs_flag_initialData={};</script></body></html>")


def archive_today(t: Any) -> str:
    rng = random.Random(t.record.id)
    captured = t.day + dt.timedelta(days=rng.randint(30, 900))
    stamp = f"{captured.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z"
    shown = f"{captured.day} {EN_MONTHS_SHORT[captured.month - 1]} {captured.year} {stamp[11:19]} UTC"
    key = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
    here = f"https://archive.ph/{key}"
    original = t.canonical

    def link(path: str, text: str) -> str:
        return (f"<a style=\"color:#1a0dab;text-decoration:none\" href=\"https://archive.ph/o/{key}/"
                f"{original.split('/news/')[0]}{path}\">{text}</a>")

    def div(inner: str, style: str = "display:block;margin:0 0 12px;font-size:17px;line-height:28px;") -> str:
        return f"<div style=\"{style}\">{inner}</div>"

    menu = " ".join(f"<span style=\"display:inline-block;padding:0 8px;\">{link(f'/c/{i}', m)}</span>"
                    for i, m in enumerate(SECTIONS))
    byline = div(f"<span style=\"font-weight:bold;\">{esc(t.byline)}</span>", "color:#666;font-size:14px;") if t.byline else ""
    body = "".join(div(esc(p)) for p in t.paragraphs())
    related = "".join(div(link(f"/news/{i}.html", esc(x)), "font-size:15px;margin:6px 0;") for i, x in enumerate(t.related, 40))
    header = ("<div style=\"position:relative;border-bottom:1px solid #ccc;background:#eee;font-family:Arial;font-size:12px\">"
              "<table style=\"width:100%\"><tr><td><a href=\"https://archive.ph/\">archive.today</a><br>webpage capture</td>"
              f"<td>Saved from<br><input type=\"text\" value=\"{original}\" style=\"width:500px\"></td>"
              "<td><a href=\"https://archive.ph/search/\">search</a></td></tr>"
              f"<tr><td></td><td><span>{shown}</span> <a href=\"https://archive.ph/{original}\">no other snapshots from this url</a>"
              f"</td><td></td></tr><tr><td></td><td><a href=\"https://archive.ph/{original.split('/')[2]}\">All snapshots</a> "
              f"from host {original.split('/')[2]}</td><td></td></tr>"
              "<tr><td></td><td><a href=\"#\">Webpage</a> <a href=\"#\">Screenshot</a></td>"
              "<td><a href=\"#\">share</a> <a href=\"#\">download .zip</a> <a href=\"#\">report bug or abuse</a>"
              " <a href=\"https://www.buymeacoffee.com/archive.today\">Buy me a coffee</a></td></tr></table></div>")
    return ("<!DOCTYPE html><html prefix=\"og: http://ogp.me/ns# article: http://ogp.me/ns/article#\"><head>"
            "<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-8\">"
            "<meta name=\"viewport\" content=\"width=1028\"><meta property=\"og:type\" content=\"article\">"
            f"<meta property=\"article:modified_time\" itemprop=\"dateModified\" content=\"{stamp}\">"
            f"<meta property=\"article:published_time\" itemprop=\"datePublished\" content=\"{stamp}\">"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)} - {esc(t.outlet)}\">"
            "<meta property=\"og:site_name\" content=\"archive.ph\">"
            f"<meta property=\"og:url\" content=\"{here}\"><link rel=\"canonical\" href=\"{here}\">"
            f"<link rel=\"bookmark\" href=\"http://archive.today/{captured:%Y.%m.%d}-{stamp[11:19].replace(':', '')}/{original}\">"
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title></head><body>{header}"
            "<div style=\"position:relative;min-height:100%;\"><div style=\"width:1028px;margin:0 auto;text-align:right;"
            "direction:rtl;font-family:Tahoma\">"
            + div(f"<span style=\"font-size:30px;font-weight:bold;\">{link('/', esc(t.outlet))}</span>", "padding:10px 0;")
            + div(menu, "background:#900;color:#fff;padding:6px;")
            + div(esc(t.headline), "font-size:28px;font-weight:bold;line-height:40px;margin:20px 0 8px;")
            + div(html.escape(msa(t.day)), "color:#888;font-size:13px;") + byline
            + div(f"<img style=\"width:700px\" src=\"https://archive.ph/{key}/a1.jpg\">", "margin:10px 0;")
            + body
            + (div("أخبار ذات صلة", "font-size:20px;font-weight:bold;border-bottom:2px solid #900;margin-top:24px;") + related
               if related else "")
            + div(f"جميع الحقوق محفوظة © {t.day.year} {esc(t.outlet)}", "color:#999;font-size:12px;margin-top:30px;")
            + "</div></div></body></html>")
