"""HTML page families for bench_html.py written in the seventeenth session and first run unseen (marked
``10+`` in its table), rendered from records of lines 12,000-19,898 of ant_multisource, 12,000-20,000 of
saudinewsnet and 9,000-10,161 of ant_jawharafm (seed 17171, no dev gold article), each a kind of page no
earlier template imitates:

- nuxt_payload: a Nuxt 3 portal whose article component renders on the client only: the header, a
  loading skeleton, the footer, and the data fetched on the server in ``<script type="application/json"
  id="__NUXT_DATA__">`` in Nuxt's flattened form (devalue: one array, every object's values and every
  list's items indices into it, ``["ShallowReactive", 1]`` wrappers); the title bar holds the site, or
  the headline and the site.
- elementor: a WordPress page built with Elementor Pro's theme builder: nested ``elementor-section`` /
  ``elementor-column`` / ``elementor-widget`` divs, the headline in an ``elementor-heading-title``, the
  post info as an icon list (author, the date in words, the time, "no comments"), the text in the
  ``theme-post-content`` widget, share buttons, the previous/next post navigation with those posts'
  titles, a "you may also like" posts widget (title, date); Yoast's Open Graph with the title bar
  ``headline - site``.
- amp_story: a Google Web Story (``<amp-story>``): the cover page with the headline and the writer, every
  paragraph a page of its own over a full-bleed picture with its credit, a "read the full story" call
  to action (``amp-story-page-outlink``), the story's JSON-LD, and a last page of links to other stories.
- mediawiki: a Wikinews article (MediaWiki skin): ``firstHeading``, the site's tagline, the date line as
  ``<strong class="published">``, an infobox of related news, the text in ``mw-parser-output``, a
  sources section with edit links, categories, the sidebar's portlets and the "last edited" footer.

A later round (marked ``10++``), written after the first round's rules were in, on the same draw:

- telegraph: a Telegraph (telegra.ph) page, where Arabic news channels on Telegram post their articles
  for Instant View: the header's ``<h1>`` and ``<address>`` (the channel's or writer's name linked,
  ``<time datetime>`` with the date in English words), the editor's own copy of the headline and the
  name opening the article, the paragraphs with a figure and its caption, the channel's "follow us"
  line, a list of linked other stories under a bold "read also", the edit/publish buttons and the
  "report content" footer; the title bar ``headline – Telegraph``, Open Graph's ``article:author``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

from layouts_html import SECTIONS, bar_title, esc, paragraphs_html, published_iso
from page_builder import msa

CREDITS = ["(رويترز)", "(أ ف ب)", "(غيتي)", "(الأناضول)"]


def _devalue(root: Any) -> list[Any]:
    """``root`` as devalue flattens it (Nuxt 3's payload): one list whose first item is the root, every
    object's values and list's items given as indices of that list."""
    out: list[Any] = []

    def put(value: Any) -> int:
        at = len(out)
        out.append(None)
        if isinstance(value, dict):
            out[at] = {key: put(item) for key, item in value.items()}
        elif isinstance(value, list):
            out[at] = [put(item) for item in value]
        else:
            out[at] = value
        return at

    put(root)
    return out


def nuxt_payload(t: Any) -> str:
    rng = random.Random(t.record.id)
    slug = f"news-{t.record.id[-6:]}"
    article = {"id": rng.randint(1000, 99999), "slug": slug, "title": t.headline, "summary": t.deck or "",
               "body": paragraphs_html(t), "published_at": published_iso(t),
               "category": {"id": 3, "name": rng.choice(SECTIONS)},
               "writer": {"id": 7, "name": t.byline} if t.byline else None, "tags": [{"name": rng.choice(SECTIONS)}]}
    payload = _devalue({"data": {f"article-{slug}": article, "site-settings": {"site_name": t.outlet}},
                        "state": {}, "once": [], "_errors": {}, "serverRendered": True, "path": f"/news/{slug}"})
    payload.insert(0, ["ShallowReactive", 1])  # the reactive wrapper over the root: indices shift by one
    payload = [payload[0]] + [_shift(item) for item in payload[1:]]
    title = bar_title(t, rng)
    menu = "".join(f'<li><a href="/category/{i}" class="">{m}</a></li>' for i, m in enumerate(SECTIONS))
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\" data-capo=\"\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{title}</title><link rel=\"stylesheet\" href=\"/_nuxt/entry.a1b2c3.css\">"
            "<link rel=\"modulepreload\" as=\"script\" crossorigin href=\"/_nuxt/entry.d4e5f6.js\"></head><body>"
            "<div id=\"__nuxt\"><div class=\"layout-default\"><header class=\"site-header\">"
            f"<a href=\"/\" class=\"logo router-link-active\"><img src=\"/logo.svg\" alt=\"{esc(t.outlet)}\"></a>"
            f"<nav><ul>{menu}</ul></nav><button class=\"search-btn\">بحث</button></header>"
            "<main class=\"container\"><!--[--><div class=\"article-skeleton animate-pulse\"><div class=\"h-8 bg-gray-200\">"
            "</div><div class=\"h-4 bg-gray-200\"></div><div class=\"h-64 bg-gray-200\"></div></div><!--]--></main>"
            f"<footer class=\"site-footer\"><p>© {t.day.year} {esc(t.outlet)}. جميع الحقوق محفوظة</p>"
            "<ul><li><a href=\"/about\">من نحن</a></li><li><a href=\"/privacy\">سياسة الخصوصية</a></li></ul></footer>"
            "</div></div><div id=\"teleports\"></div>"
            "<script type=\"application/json\" data-nuxt-data=\"nuxt-app\" data-ssr=\"true\" id=\"__NUXT_DATA__\">"
            f"{json.dumps(payload, ensure_ascii=False)}</script>"
            "<script>window.__NUXT__={};window.__NUXT__.config={public:{},app:{baseURL:\"/\",buildAssetsDir:\"/_nuxt/\","
            "cdnURL:\"\"}}</script><script type=\"module\" src=\"/_nuxt/entry.d4e5f6.js\" crossorigin></script>"
            "</body></html>")


def _shift(item: Any) -> Any:
    """An item of a devalue list with its indices moved one on (a wrapper took index 0)."""
    if isinstance(item, dict):
        return {key: index + 1 for key, index in item.items()}
    if isinstance(item, list):
        return [index + 1 for index in item]
    return item


def _widget(kind: str, inner: str, k: int) -> str:
    return (f"<div class=\"elementor-element elementor-element-{k:07x} elementor-widget elementor-widget-{kind}\" "
            f"data-id=\"{k:07x}\" data-element_type=\"widget\" data-widget_type=\"{kind}.default\">"
            f"<div class=\"elementor-widget-container\">{inner}</div></div>")


def _section(inner: str, k: int) -> str:
    return (f"<section class=\"elementor-section elementor-top-section elementor-element elementor-element-{k:07x} "
            f"elementor-section-boxed\" data-id=\"{k:07x}\" data-element_type=\"section\"><div class=\"elementor-container "
            f"elementor-column-gap-default\"><div class=\"elementor-column elementor-col-100 elementor-top-column "
            f"elementor-element\" data-element_type=\"column\"><div class=\"elementor-widget-wrap elementor-element-populated\">"
            f"{inner}</div></div></div></section>")


AR_MONTHS_WP = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
                "ديسمبر"]


def elementor(t: Any) -> str:
    rng = random.Random(t.record.id)
    day = f"{AR_MONTHS_WP[t.day.month - 1]} {t.day.day}, {t.day.year}"  # WordPress's "F j, Y" in Arabic
    clock = f"{rng.randint(1, 11)}:{rng.randint(10, 59)} {rng.choice(['ص', 'م'])}"
    items = []
    if t.byline:
        items.append(("author", f"<a href=\"/author/w{rng.randint(1, 9)}/\">{esc(t.byline)}</a>"))
    items += [("date", f"<a href=\"/{t.day:%Y/%m/%d}/\">{day}</a>"), ("time", clock), ("comments", "لا توجد تعليقات")]
    info = ("<ul class=\"elementor-inline-items elementor-icon-list-items elementor-post-info\">"
            + "".join(f"<li class=\"elementor-icon-list-item elementor-repeater-item-{k} elementor-inline-item\" "
                      f"itemprop=\"{kind}\"><span class=\"elementor-icon-list-icon\"><i aria-hidden=\"true\" "
                      f"class=\"fas fa-{kind}\"></i></span><span class=\"elementor-icon-list-text elementor-post-info__item "
                      f"elementor-post-info__item--type-{kind}\">{text}</span></li>" for k, (kind, text) in enumerate(items))
            + "</ul>")
    body = paragraphs_html(t)
    others = list(t.latest)
    navigation = ("<div class=\"elementor-post-navigation\"><div class=\"elementor-post-navigation__prev "
                  f"elementor-post-navigation__link\"><a href=\"/p/{rng.randint(10, 99)}/\" rel=\"prev\"><span class=\""
                  f"post-navigation__prev--label\">السابق</span><span class=\"post-navigation__prev--title\">{esc(others[0])}"
                  "</span></a></div><div class=\"elementor-post-navigation__next elementor-post-navigation__link\">"
                  f"<a href=\"/p/{rng.randint(100, 999)}/\" rel=\"next\"><span class=\"post-navigation__next--label\">التالي"
                  f"</span><span class=\"post-navigation__next--title\">{esc(others[1])}</span></a></div></div>")
    posts = "".join(
        f"<article class=\"elementor-post elementor-grid-item post-{i} post type-post status-publish\"><a class=\""
        f"elementor-post__thumbnail__link\" href=\"/p/{i}/\"><div class=\"elementor-post__thumbnail\"><img src=\"/t{i}.jpg\">"
        f"</div></a><div class=\"elementor-post__text\"><h3 class=\"elementor-post__title\"><a href=\"/p/{i}/\">{esc(x)}</a>"
        f"</h3><div class=\"elementor-post__meta-data\"><span class=\"elementor-post-date\">"
        f"{AR_MONTHS_WP[(t.day - dt.timedelta(days=i)).month - 1]} {(t.day - dt.timedelta(days=i)).day}, "
        f"{(t.day - dt.timedelta(days=i)).year}</span></div></div></article>" for i, x in enumerate(t.related, 1))
    share = ("<div class=\"elementor-grid\">" + "".join(
        f"<div class=\"elementor-grid-item\"><div class=\"elementor-share-btn elementor-share-btn_{n}\" role=\"button\">"
        f"<span class=\"elementor-share-btn__text\"><span class=\"elementor-share-btn__title\">{label}</span></span></div></div>"
        for n, label in [("facebook", "فيسبوك"), ("twitter", "تويتر"), ("whatsapp", "واتساب")]) + "</div>")
    content = _section(
        _widget("theme-post-title", f"<h1 class=\"elementor-heading-title elementor-size-default\">{esc(t.headline)}</h1>", 1)
        + _widget("post-info", info, 2)
        + _widget("theme-post-featured-image", "<img width=\"800\" height=\"450\" src=\"/wp-content/uploads/a.jpg\" "
                  "class=\"attachment-large size-large wp-post-image\" alt=\"\" loading=\"lazy\">", 3)
        + _widget("theme-post-content", body, 4) + _widget("share-buttons", share, 5)
        + _widget("post-navigation", navigation, 6), 10)
    related = _section(
        _widget("heading", "<h2 class=\"elementor-heading-title elementor-size-default\">قد يعجبك أيضاً</h2>", 7)
        + _widget("posts", f"<div class=\"elementor-posts-container elementor-posts elementor-grid\">{posts}</div>", 8), 11)
    menu = "".join(f"<li class=\"menu-item\"><a href=\"/c/{i}/\" class=\"elementor-item\">{m}</a></li>"
                   for i, m in enumerate(SECTIONS))
    header = _section(_widget("theme-site-logo", f"<a href=\"/\"><img src=\"/logo.png\" alt=\"{esc(t.outlet)}\"></a>", 20)
                      + _widget("nav-menu", f"<nav class=\"elementor-nav-menu--main\"><ul class=\"elementor-nav-menu\">"
                                f"{menu}</ul></nav>", 21), 12)
    footer = _section(_widget("text-editor", f"<p>جميع الحقوق محفوظة © {t.day.year} {esc(t.outlet)}</p>", 22), 13)
    yoast = ""
    if rng.random() < 0.6:
        yoast = (f"<meta property=\"og:locale\" content=\"ar_AR\"><meta property=\"og:type\" content=\"article\">"
                 f"<meta property=\"og:title\" content=\"{esc(t.headline)} - {esc(t.outlet)}\">"
                 f"<meta property=\"og:url\" content=\"{t.canonical}\"><meta property=\"og:site_name\" content=\"{esc(t.outlet)}\">"
                 f"<meta property=\"article:published_time\" content=\"{published_iso(t)}\">")
    return ("<!doctype html><html dir=\"rtl\" lang=\"ar\"><head><meta charset=\"UTF-8\">"
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title><link rel=\"canonical\" href=\"{t.canonical}\">{yoast}"
            "<meta name=\"generator\" content=\"Elementor 3.6.5; features: e_dom_optimization; settings: css_print_method-external\">"
            "<link rel=\"stylesheet\" id=\"elementor-frontend-css\" href=\"/wp-content/plugins/elementor/assets/css/frontend-lite-rtl.min.css\">"
            "</head><body class=\"post-template-default single single-post rtl elementor-default elementor-template-full-width "
            "elementor-kit-5\"><div data-elementor-type=\"header\" data-elementor-id=\"41\" class=\"elementor elementor-41 "
            f"elementor-location-header\">{header}</div><div data-elementor-type=\"single-post\" data-elementor-id=\"88\" "
            f"class=\"elementor elementor-88 elementor-location-single post-{rng.randint(100, 9999)} post type-post\">"
            f"{content}{related}</div><div data-elementor-type=\"footer\" data-elementor-id=\"52\" class=\"elementor "
            f"elementor-52 elementor-location-footer\">{footer}</div></body></html>")


def amp_story(t: Any) -> str:
    rng = random.Random(t.record.id)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t.headline, "datePublished": published_iso(t),
          "dateModified": published_iso(t), "mainEntityOfPage": t.canonical,
          "publisher": {"@type": "Organization", "name": t.outlet, "logo": {"@type": "ImageObject", "url": "/logo.png"}},
          "image": ["/story/cover.jpg"]}
    if t.byline:
        ld["author"] = {"@type": "Person", "name": t.byline}

    def page(k: int, inner: str) -> str:
        return (f"<amp-story-page id=\"page-{k}\" auto-advance-after=\"7s\"><amp-story-grid-layer template=\"fill\">"
                f"<amp-img src=\"/story/{k}.jpg\" width=\"720\" height=\"1280\" layout=\"responsive\" alt=\"\"></amp-img>"
                f"</amp-story-grid-layer><amp-story-grid-layer template=\"vertical\" class=\"bottom\">{inner}"
                "</amp-story-grid-layer></amp-story-page>")

    cover = page(0, f"<h1 class=\"title\">{esc(t.headline)}</h1>"
                    + (f"<p class=\"byline\">{esc(t.byline)}</p>" if t.byline else "")
                    + f"<p class=\"date\">{msa(t.day, weekday=False)}</p>")
    pages = "".join(page(k, f"<p class=\"text\">{esc(p)}</p><span class=\"credit\">{rng.choice(CREDITS)}</span>")
                    for k, p in enumerate(t.paragraphs(), 1))
    outlink = ("<amp-story-page id=\"last\"><amp-story-grid-layer template=\"vertical\"><h2>قصص أخرى</h2>"
               + "".join(f"<a class=\"story-link\" href=\"/stories/{i}/\">{esc(x)}</a>" for i, x in enumerate(t.related, 1))
               + "</amp-story-grid-layer><amp-story-page-outlink layout=\"nodisplay\"><a href=\""
               f"{t.canonical}\">اقرأ القصة كاملة</a></amp-story-page-outlink></amp-story-page>")
    return ("<!doctype html><html amp lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            "<script async src=\"https://cdn.ampproject.org/v0.js\"></script>"
            "<script async custom-element=\"amp-story\" src=\"https://cdn.ampproject.org/v0/amp-story-1.0.js\"></script>"
            f"<title>{esc(t.headline)}</title><link rel=\"canonical\" href=\"{t.canonical}\">"
            "<meta name=\"viewport\" content=\"width=device-width,minimum-scale=1,initial-scale=1\">"
            f"<script type=\"application/ld+json\">{json.dumps(ld, ensure_ascii=False)}</script>"
            "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
            "<style amp-custom>.title{font-size:32px}.text{font-size:20px}</style></head><body>"
            f"<amp-story standalone title=\"{esc(t.headline)}\" publisher=\"{esc(t.outlet)}\" "
            "publisher-logo-src=\"/logo.png\" poster-portrait-src=\"/story/cover.jpg\">"
            f"{cover}{pages}{outlink}</amp-story></body></html>")


def mediawiki(t: Any) -> str:
    rng = random.Random(t.record.id)
    site = "ويكي الأخبار"
    edited = t.day + dt.timedelta(days=rng.randint(1, 40))
    related = "".join(f"<li><a href=\"/wiki/{esc(x.replace(' ', '_'))}\" title=\"{esc(x)}\">{esc(x)}</a></li>"
                      for x in t.related)
    infobox = (f"<table class=\"infobox\" style=\"float:left;width:250px\"><tbody><tr><th>أخبار ذات صلة</th></tr>"
               f"<tr><td><ul>{related}</ul></td></tr></tbody></table>" if related else "")
    sources = "".join(f"<li><span class=\"sourceTemplate\">{esc(o)}. «{esc(x)}» — <i>{msa(t.day, weekday=False)}</i>"
                      "</span></li>" for o, x in [(rng.choice(["رويترز", "الجزيرة نت", "بي بي سي عربي"]), t.headline)])
    body = "".join(f"<p>{esc(p)}\n</p>" for p in t.paragraphs())
    portlets = "".join(f"<li id=\"n-{i}\"><a href=\"/wiki/{i}\">{m}</a></li>" for i, m in enumerate(
        ["الصفحة الرئيسية", "أحداث جارية", "أخبار عشوائية", "اكتب خبرا", "ساعد", "تبرع"]))
    published = (f"<p><strong class=\"published\"><span id=\"publishDate\" class=\"value-title\" "
                 f"title=\"{t.day.isoformat()}\"></span>{msa(t.day)}</strong>\n</p>")
    return ("<!DOCTYPE html><html class=\"client-nojs\" lang=\"ar\" dir=\"rtl\"><head><meta charset=\"UTF-8\">"
            f"<title>{esc(t.headline)} - {site}</title>"
            "<meta name=\"generator\" content=\"MediaWiki 1.31.0-wmf.26\">"
            f"<link rel=\"canonical\" href=\"https://ar.wikinews.org/wiki/{esc(t.headline.replace(' ', '_'))}\">"
            "</head><body class=\"mediawiki rtl sitedir-rtl mw-hide-empty-elt ns-0 ns-subject page-Main rootpage skin-vector\">"
            "<div id=\"mw-page-base\" class=\"noprint\"></div><div id=\"content\" class=\"mw-body\" role=\"main\">"
            f"<h1 id=\"firstHeading\" class=\"firstHeading\" lang=\"ar\">{esc(t.headline)}</h1>"
            f"<div id=\"bodyContent\" class=\"mw-body-content\"><div id=\"siteSub\" class=\"noprint\">من {site}، المصدر "
            "الإخباري الحر</div><div id=\"contentSub\"></div><div id=\"jump-to-nav\" class=\"mw-jump\">اذهب إلى: "
            "<a href=\"#mw-head\">تصفح</a>، <a href=\"#p-search\">بحث</a></div>"
            f"<div id=\"mw-content-text\" lang=\"ar\" dir=\"rtl\" class=\"mw-content-rtl\"><div class=\"mw-parser-output\">"
            f"{published}{infobox}{body}"
            "<h2><span class=\"mw-headline\" id=\"مصادر\">مصادر</span><span class=\"mw-editsection\"><span "
            "class=\"mw-editsection-bracket\">[</span><a href=\"?action=edit&amp;section=1\">تعديل</a><span "
            f"class=\"mw-editsection-bracket\">]</span></span></h2><ul>{sources}</ul></div></div>"
            "<div id=\"catlinks\" class=\"catlinks\"><div id=\"mw-normal-catlinks\"><a href=\"/wiki/تصنيف\">تصنيفات</a>: "
            f"<ul><li><a href=\"/wiki/c1\">{rng.choice(SECTIONS)}</a></li><li><a href=\"/wiki/c2\">"
            f"{msa(t.day, weekday=False)}</a></li><li><a href=\"/wiki/c3\">منشور</a></li></ul></div></div></div></div>"
            "<div id=\"mw-navigation\"><div id=\"mw-head\"><div id=\"p-personal\"><ul><li><a href=\"/login\">تسجيل الدخول"
            "</a></li></ul></div><div id=\"p-views\"><ul><li><a href=\"#\">اقرأ</a></li><li><a href=\"?action=edit\">عدل</a>"
            "</li><li><a href=\"?action=history\">تاريخ</a></li></ul></div></div><div id=\"mw-panel\"><div class=\"portal\" "
            f"id=\"p-navigation\"><h3>تصفح</h3><div class=\"body\"><ul>{portlets}</ul></div></div></div></div>"
            f"<div id=\"footer\" role=\"contentinfo\"><ul id=\"footer-info\"><li id=\"footer-info-lastmod\">آخر تعديل لهذه الصفحة "
            f"كان يوم {edited.day} {msa(edited, weekday=False).split(' ', 1)[1]}، الساعة 10:12.</li><li id=\"footer-info-copyright\">"
            "النصوص متاحة بموجب رخصة المشاع الإبداعي نسب المصنف 2.5</li></ul></div></body></html>")


_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]


def telegraph(t: Any) -> str:
    rng = random.Random(t.record.id)
    author = t.byline or rng.choice(["قناة الأفق الإخبارية", "أخبار المستقبل", "مرصد 24"])
    stamp = f"{t.day.isoformat()}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+0000"
    shown = f"{_EN_MONTHS[t.day.month - 1]} {t.day.day}, {t.day.year}"
    body = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    figure = (f"<figure><img src=\"/file/{t.record.id[-8:]}.jpg\"><figcaption>{esc(t.headline.split()[0])} "
              f"{rng.choice(CREDITS)}</figcaption></figure>")
    body.insert(min(1, len(body)), figure)
    related = "".join(f"<li><a href=\"https://telegra.ph/{k}-{t.day:%m-%d}\">{esc(x)}</a></li>"
                      for k, x in enumerate(t.related))
    more = (f"<p><strong>{rng.choice(['اقرأ أيضاً:', 'أخبار ذات صلة:'])}</strong></p><ul>{related}</ul>"
            if related else "")
    channel = f"https://t.me/{rng.choice(['alofoq_news', 'mostaqbal24', 'marsad_24'])}"
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} – Telegraph</title><meta name=\"format-detection\" content=\"telephone=no\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0, minimum-scale=1.0\">"
            f"<meta property=\"og:type\" content=\"article\"><meta property=\"og:title\" content=\"{esc(t.headline)}\">"
            f"<meta property=\"og:description\" content=\"{esc(t.body[0][:150])}...\">"
            "<meta property=\"og:site_name\" content=\"Telegraph\">"
            f"<meta property=\"article:published_time\" content=\"{stamp}\">"
            f"<meta property=\"article:author\" content=\"{esc(author)}\">"
            f"<link rel=\"canonical\" href=\"{t.canonical}\"><link href=\"/css/core.min.css\" rel=\"stylesheet\">"
            "</head><body><div class=\"tl_page_wrap\"><div class=\"tl_page\"><main class=\"tl_article\">"
            f"<header class=\"tl_article_header\" dir=\"auto\"><h1 dir=\"auto\">{esc(t.headline)}</h1>"
            f"<address dir=\"auto\"><a rel=\"author\" href=\"{channel}\" target=\"_blank\">{esc(author)}</a>"
            f"<time datetime=\"{stamp}\">{shown}</time></address></header>"
            "<article id=\"_tl_editor\" class=\"tl_article_content\">"
            f"<h1>{esc(t.headline)}<br></h1><address>{esc(author)}<br></address>{''.join(body)}"
            f"<p>تابعونا على تلغرام: <a href=\"{channel}\">{channel}</a></p>{more}</article>"
            "<div id=\"_tl_link_tooltip\" class=\"tl_link_tooltip\"></div>"
            "<div id=\"_tl_tooltip\" class=\"tl_tooltip\"><div class=\"buttons\"></div></div>"
            "<aside class=\"tl_article_buttons\"><div class=\"account account_top\"></div>"
            "<button id=\"_edit_button\" class=\"button edit_button\">Edit</button>"
            "<button id=\"_publish_button\" class=\"button publish_button\">Publish</button>"
            "<div class=\"account account_bottom\"></div><div id=\"_error_msg\" class=\"error_msg\"></div></aside>"
            "</main></div><div class=\"tl_page_footer\"><div id=\"_report_button\" class=\"tl_page_footer_report_button\">"
            "Report content on this page</div></div></div>"
            "<script src=\"/js/jquery.min.js\"></script><script src=\"/js/core.min.js\"></script>"
            "<script>var T={\"apiUrl\":\"https:\\/\\/edit.telegra.ph\",\"datetime\":"
            f"{rng.randint(1500000000, 1600000000)},\"pageId\":\"{t.record.id[-12:]}\"}};initPage();</script>"
            "</body></html>")
