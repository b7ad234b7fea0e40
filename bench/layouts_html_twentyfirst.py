"""HTML page families for bench_html.py written in the twentieth session and first run unseen (marked
``14+`` in its table), rendered from records of lines 1,000-19,898 of ant_multisource, 400-20,000 of
saudinewsnet and 1,500-10,161 of ant_jawharafm (seed 21347, no dev gold article), each a kind of page
no earlier template imitates:

- medium_story: a story on Medium: ``headline | by Name | Medium`` title bar, ``og:title``,
  ``article:published_time``, the ``storyTitle`` headline and ``pw-subtitle-paragraph`` deck, the
  writer's name with a Follow button, ``4 min read · Apr 22, 2018``, Listen/Share, paragraphs marked
  ``data-selectable-paragraph``, claps and responses counts, ``Written by``, followers, and ``More
  from Name`` over the writer's other stories.
- wix_blog: a Wix site's blog post: ``og:title`` and ``og:site_name`` only (no date metadata), the
  ``data-hook`` markup (``post-title``, ``user-name``, ``time-ago`` holding the date written out,
  ``time-to-read``), the rich-content viewer's paragraphs (``dir="auto"`` spans), view and comment
  counters, and ``مشاركات حديثة`` over the site's recent posts with their view counts.
- gov_portal: a ministry's news item on a SharePoint portal: the ministry's name alone in the title
  bar, the ribbon, ``أنت هنا:`` breadcrumbs, an ``English`` switch, the headline in ``news-title``,
  ``التاريخ: 22/04/2018``, paragraphs as ``<div>`` with zero-width-space spacers in
  ``ms-rtestate-field``, a print/share bar, ``أخبار ذات صلة``, the footer's policy links.
- hentry_static: a static site generator's post (Hugo, Jekyll) marked with microformats2:
  ``h-entry``, ``p-name``, ``dt-published`` (English date shown, ISO in ``datetime``),
  ``p-author h-card``, a reading time, ``e-content``, tags, the previous/next posts' titles
  (``« …``, ``… »``), ``Powered by Hugo``; ``headline · site`` title bar, a canonical link.
"""

from __future__ import annotations

import json
import random
from typing import Any

from layouts_html import esc, paragraphs_html
from page_builder import EN_MONTHS_SHORT, msa

MINISTRIES = ["وزارة الصحة", "وزارة الداخلية", "وزارة التربية والتعليم", "وزارة الخارجية"]


def _en(day: Any) -> str:
    return f"{EN_MONTHS_SHORT[day.month - 1]} {day.day}, {day.year}"


def medium_story(t: Any) -> str:
    rng = random.Random(t.record.id)
    writer = t.byline or "Ahmed Saleh"
    stamp = f"{t.day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:00.000Z"
    deck = f"<h2 class=\"pw-subtitle-paragraph\">{esc(t.deck)}</h2>" if t.deck else ""
    paragraphs = "".join(f"<p id=\"{rng.randint(1000, 9999):x}\" class=\"pw-post-body-paragraph\" data-selectable-paragraph=\"\">"
                         f"{esc(p)}</p>" for p in t.paragraphs())
    cards = "".join(f"<div class=\"card\"><a href=\"/@w/{rng.randint(10**6, 10**7):x}\"><h2>{esc(x)}</h2></a>"
                    f"<span>{rng.randint(2, 9)} min read</span></div>" for x in t.related)
    return ("<!doctype html><html lang=\"ar\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} | by {esc(writer)} | Medium</title>"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)}\"><meta property=\"og:site_name\" content=\"Medium\">"
            f"<meta name=\"author\" content=\"{esc(writer)}\"><meta property=\"article:published_time\" content=\"{stamp}\">"
            f"<link rel=\"canonical\" href=\"{t.canonical}\"></head><body><div id=\"root\">"
            "<div class=\"nav\"><a href=\"/\">Medium</a><a href=\"/m/signin\">Open in app</a><a>Sign up</a><a>Sign in</a>"
            "<a href=\"/new-story\">Write</a></div><article><div><section><div class=\"pw-post\">"
            f"<h1 data-testid=\"storyTitle\" class=\"pw-post-title\">{esc(t.headline)}</h1>{deck}"
            f"<div class=\"author\"><a data-testid=\"authorName\" href=\"/@w\">{esc(writer)}</a><span> · </span>"
            f"<button>Follow</button></div><div><span data-testid=\"storyReadTime\">{rng.randint(2, 9)} min read</span>"
            f"<span> · </span><span data-testid=\"storyPublishDate\">{_en(t.day)}</span></div>"
            "<div class=\"actions\"><button>Listen</button><button>Share</button></div>"
            f"{paragraphs}</div></section></article>"
            f"<div class=\"claps\"><button>{rng.randint(5, 900)}</button><button>{rng.randint(0, 30)}</button></div>"
            f"<div class=\"written\"><h2>Written by {esc(writer)}</h2><span>{rng.randint(10, 5000)} Followers</span>"
            f"<button>Follow</button></div><div class=\"more\"><h2>More from {esc(writer)}</h2>{cards}</div>"
            "<footer><a>Help</a><a>Status</a><a>About</a><a>Careers</a><a>Blog</a><a>Privacy</a><a>Terms</a>"
            "</footer></div></body></html>")


def wix_blog(t: Any) -> str:
    rng = random.Random(t.record.id)
    paragraphs = "".join(f"<p class=\"mm8Nw _1j-51\" dir=\"auto\" id=\"viewer-{rng.randint(10**4, 10**5):x}\">"
                         f"<span class=\"_2PHJq\">{esc(p)}</span></p>" for p in t.paragraphs())
    writer = (f"<span data-hook=\"user-name\" class=\"tQ0Q1A user-name\">{esc(t.byline)}</span>"
              if t.byline else "<span data-hook=\"user-name\">Admin</span>")
    recent = "".join(f"<div data-hook=\"post-list-item\"><a href=\"/post/{k}\"><div data-hook=\"post-title\">"
                     f"<p>{esc(h)}</p></div></a><div><span>{rng.randint(0, 90)} مشاهدة</span>"
                     f"<span>{rng.randint(0, 5)} تعليق</span></div></div>" for k, h in enumerate(t.ticker))
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)}</title><meta property=\"og:title\" content=\"{esc(t.headline)}\">"
            f"<meta property=\"og:site_name\" content=\"{esc(t.outlet)}\"><meta name=\"generator\" content=\"Wix.com Website Builder\">"
            "<script>var wixBiSession={};</script></head><body><div id=\"SITE_CONTAINER\"><header id=\"SITE_HEADER\">"
            f"<div class=\"font_0\"><p>{esc(t.outlet)}</p></div><nav><a>الرئيسية</a><a>المدونة</a><a>من نحن</a>"
            "<a>اتصل بنا</a></nav></header><main id=\"PAGES_CONTAINER\"><article data-hook=\"post\">"
            f"<div data-hook=\"post-header\"><div>{writer}<ul><li><span data-hook=\"time-ago\" class=\"post-metadata__date\""
            f" title=\"{msa(t.day, weekday=False)}\">{msa(t.day, weekday=False)}</span></li><li>"
            f"<span data-hook=\"time-to-read\">قراءة لمدة {rng.randint(1, 6)} دقائق</span></li></ul></div></div>"
            f"<h1 data-hook=\"post-title\" class=\"blog-post-title-font\">{esc(t.headline)}</h1>"
            f"<div data-hook=\"post-description\"><div data-id=\"rich-content-viewer\">{paragraphs}</div></div>"
            f"<div data-hook=\"post-footer\"><span data-hook=\"view-count\">{rng.randint(3, 400)} مشاهدة</span>"
            f"<span data-hook=\"comment-count\">{rng.randint(0, 9)} تعليق</span><span data-hook=\"like-button\">"
            f"{rng.randint(0, 20)}</span></div></article><section data-hook=\"recent-posts\"><h2>مشاركات حديثة</h2>"
            f"<a href=\"/blog\">عرض الكل</a>{recent}</section></main><footer id=\"SITE_FOOTER\"><p>© {t.day.year} "
            f"{esc(t.outlet)}. Proudly created with Wix.com</p></footer></div></body></html>")


def gov_portal(t: Any) -> str:
    rng = random.Random(t.record.id)
    ministry = rng.choice(MINISTRIES)
    spacer = "<div>&#8203;</div>"
    paragraphs = spacer.join(f"<div>{esc(p)}</div>" for p in t.paragraphs())
    links = "".join(f"<li><a href=\"/ar/MediaCenter/News/Pages/{rng.randint(100, 999)}.aspx\">{esc(x)}</a></li>"
                    for x in t.related)
    return ("<!DOCTYPE html><html dir=\"rtl\" lang=\"ar-SA\"><head><meta http-equiv=\"X-UA-Compatible\" content=\"IE=10\">"
            f"<title>\r\n\t{ministry} - الأخبار\r\n</title><link rel=\"stylesheet\" href=\"/_layouts/15/1025/styles/corev15.css\">"
            "</head><body><div id=\"s4-ribbonrow\"><span>تصفح</span><span>صفحة</span></div><div id=\"s4-workspace\">"
            f"<div class=\"header\"><a href=\"/ar\"><img alt=\"{ministry}\" src=\"/logo.png\"></a>"
            "<div class=\"lang\"><a href=\"/en\">English</a></div><ul class=\"top-nav\"><li>عن الوزارة</li>"
            "<li>الخدمات الإلكترونية</li><li>المركز الإعلامي</li><li>تواصل معنا</li></ul></div>"
            "<div class=\"ms-breadcrumb\">أنت هنا: <a href=\"/ar\">الرئيسية</a> &gt; <a>المركز الإعلامي</a> &gt; "
            "<a>الأخبار</a></div><div class=\"news-details\">"
            f"<div class=\"news-title\"><h2>{esc(t.headline)}</h2></div>"
            f"<div class=\"news-date\">التاريخ: {t.day.day:02d}/{t.day.month:02d}/{t.day.year}</div>"
            f"<div class=\"news-image\"><img alt=\"{esc(t.headline)}\" src=\"/PublishingImages/{rng.randint(1, 999)}.jpg\"></div>"
            f"<div class=\"ms-rtestate-field\">{paragraphs}</div>"
            "<div class=\"news-share\"><a>طباعة</a> | <a>إرسال لصديق</a> | <a>مشاركة</a></div></div>"
            f"<div class=\"related-news\"><h3>أخبار ذات صلة</h3><ul>{links}</ul></div>"
            "<div class=\"footer\"><a>سياسة الخصوصية</a> | <a>شروط الاستخدام</a> | <a>خريطة الموقع</a> | "
            f"<a>إمكانية الوصول</a><p>جميع الحقوق محفوظة © {t.day.year} {ministry}</p></div></div></body></html>")


def hentry_static(t: Any) -> str:
    rng = random.Random(t.record.id)
    stamp = f"{t.day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:00+03:00"
    author = (f" • <span class=\"p-author h-card\">{esc(t.byline)}</span>") if t.byline else ""
    tags = "".join(f"<li><a class=\"p-category\" href=\"/tags/{k}/\">#{esc(w)}</a></li>"
                   for k, w in enumerate(t.headline.split()[:3]))
    feed = json.dumps({"version": "https://jsonfeed.org/version/1"})
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} · {esc(t.outlet)}</title><meta name=\"generator\" content=\"Hugo 0.40.1\">"
            f"<link rel=\"canonical\" href=\"{t.canonical}\"><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/index.xml\">"
            f"<script type=\"application/feed+json\">{feed}</script></head><body>"
            f"<header class=\"site-header\"><a class=\"site-title\" href=\"/\">{esc(t.outlet)}</a><nav><a href=\"/about/\">"
            "عن المدونة</a><a href=\"/posts/\">الأرشيف</a><a href=\"/index.xml\">RSS</a></nav></header><main>"
            f"<article class=\"h-entry\"><header><h1 class=\"p-name post-title\">{esc(t.headline)}</h1>"
            f"<p class=\"post-meta\"><time class=\"dt-published\" datetime=\"{stamp}\">{_en(t.day)}</time>{author}"
            f" • {rng.randint(2, 8)} دقائق قراءة</p></header><div class=\"e-content post-content\">{paragraphs_html(t)}</div>"
            f"<footer><ul class=\"tags\">{tags}</ul></footer><nav class=\"post-nav\">"
            f"<a class=\"prev\" href=\"/posts/a/\">« {esc(t.ticker[0])}</a><a class=\"next\" href=\"/posts/b/\">"
            f"{esc(t.ticker[1])} »</a></nav></article></main><footer class=\"site-footer\">© {t.day.year} "
            f"{esc(t.outlet)} · Powered by <a href=\"https://gohugo.io\">Hugo</a></footer></body></html>")
