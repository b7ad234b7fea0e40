"""HTML page families for bench_html.py written in the twenty-first session and first run unseen
(marked ``15+`` in its table), rendered from records of lines 1,000-19,898 of ant_multisource,
400-20,000 of saudinewsnet and 1,500-10,161 of ant_jawharafm (seed 22619, no dev gold article), each
a kind of page no earlier template imitates:

- notion_site: an article clipped into Notion and shared as a public page (``notion.site``): the
  title bar holds the headline alone, ``og:site_name`` Notion, the top bar's breadcrumbs and ``Get
  Notion free``, the page title block, the properties (``Created`` with the clip's time, ``Author``,
  ``Source``, ``Published`` written out in English, ``Tags``), the text as ``notion-text-block``
  divs whose leaves are ``contenteditable`` divs, an image block.
- squarespace_blog: a Squarespace site's blog post: ``headline — site`` in the title bar and
  ``og:title``, ``itemprop`` author and ``datePublished`` metadata, the site header, ``BlogItem``
  markup (``BlogItem-meta`` with the date as ``4/22/18`` and the author, ``BlogItem-title``), the
  text in ``sqs-block-html`` blocks with an image block and its caption between them, a share bar,
  the previous and next posts' titles under ``Previous``/``Next``.
- discourse_topic: a Discourse forum topic as a crawler (no script) sees it: ``headline - news -
  forum``, the ``DiscussionForumPosting`` microdata, the category, the first post (the poster's
  handle, ``datePublished``, the news item pasted with its source line), the likes, a reader's reply
  (position 2) with its own date, and ``Related topics``' titles with their reply counts.
- linkedin_pulse: a LinkedIn article's public page: ``headline | LinkedIn``, ``og:type`` article
  and no date metadata, the sign-in bar, the ``pulse-title`` headline, the writer's card (name, role,
  ``Published Apr 22, 2018``, ``+ Follow``), the text, reactions and comments counts, ``More
  articles by`` the writer over their other headlines, ``Others also viewed``, the footer.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from layouts_html import esc
from page_builder import EN_MONTHS, EN_MONTHS_SHORT

ROLES = ["Journalist at Al-Ofoq", "صحفي ومحرر أخبار", "Senior Editor | Middle East affairs", "كاتبة ومحللة سياسية"]
HANDLES = ["news_desk", "abu_omar", "sara.k", "mod_team"]
REPLIES = ["شكرا على النقل", "هل من مصدر آخر يؤكد هذا الخبر؟", "متابعين معكم"]


def _en(day: Any) -> str:
    return f"{EN_MONTHS_SHORT[day.month - 1]} {day.day}, {day.year}"


def _uuid(rng: random.Random) -> str:
    return f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-{rng.getrandbits(16):04x}-{rng.getrandbits(48):012x}"


def notion_site(t: Any) -> str:
    rng = random.Random(t.record.id)
    clipped = t.day + dt.timedelta(days=rng.randint(20, 900))
    blocks = "".join(f"<div data-block-id=\"{_uuid(rng)}\" class=\"notion-selectable notion-text-block\"><div>"
                     f"<div class=\"notranslate\" spellcheck=\"true\" placeholder=\" \" data-content-editable-leaf=\"true\""
                     f" contenteditable=\"false\">{esc(p)}</div></div></div>" for p in t.paragraphs())
    image = (f"<div data-block-id=\"{_uuid(rng)}\" class=\"notion-selectable notion-image-block\"><div><img"
             f" src=\"https://www.notion.so/image/https%3A%2F%2Fcdn.example%2F{rng.randint(100, 999)}.jpg\"></div></div>")
    props = [("Created", f"{EN_MONTHS[clipped.month - 1]} {clipped.day}, {clipped.year} {rng.randint(1, 12)}:"
                         f"{rng.randint(10, 59)} PM"),
             ("Source", t.canonical), ("Published", f"{EN_MONTHS[t.day.month - 1]} {t.day.day}, {t.day.year}"),
             ("Tags", "أخبار")]
    if t.byline:
        props.insert(1, ("Author", t.byline))
    rows = "".join(f"<div class=\"notion-collection-property\" role=\"row\"><div class=\"notion-property-name\">"
                   f"<span>{esc(k)}</span></div><div class=\"notion-property-value\">{esc(v)}</div></div>"
                   for k, v in props)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)}</title><meta property=\"og:site_name\" content=\"Notion\">"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)}\"><meta name=\"description\""
            " content=\"Built with Notion, the all-in-one connected workspace with publishing capabilities.\">"
            "<script src=\"/_assets/app.js\"></script></head><body class=\"notion-body\"><div id=\"notion-app\">"
            "<div class=\"notion-app-inner notion-light-theme\"><div class=\"notion-frame\"><div class=\"notion-topbar\">"
            f"<div role=\"button\">مقالات محفوظة</div><span>/</span><div role=\"button\">{esc(t.headline)}</div>"
            "<div role=\"button\">Get Notion free</div></div><div class=\"notion-scroller\">"
            f"<div class=\"notion-page-block\"><h1 class=\"notranslate\" contenteditable=\"false\">{esc(t.headline)}</h1></div>"
            f"<div class=\"notion-page-details\">{rows}</div><div class=\"notion-page-content\">"
            f"{image}{blocks}</div></div></div></div></div></body></html>")


def squarespace_blog(t: Any) -> str:
    rng = random.Random(t.record.id)
    stamp = f"{t.day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:00+0300"
    parts = t.paragraphs()
    cut = max(1, len(parts) // 2)
    first = "".join(f"<p>{esc(p)}</p>" for p in parts[:cut])
    rest = "".join(f"<p>{esc(p)}</p>" for p in parts[cut:])
    author = (f"<span class=\"BlogItem-meta-item blog-author-name\"><a href=\"/blog?author=1\">{esc(t.byline)}</a></span>"
              if t.byline else "")
    meta_author = f"<meta itemprop=\"author\" content=\"{esc(t.byline)}\">" if t.byline else ""
    return ("<!doctype html><html xmlns:og=\"http://opengraphprotocol.org/schema/\" lang=\"ar\"><head>"
            f"<meta charset=\"utf-8\"><title>{esc(t.headline)} — {esc(t.outlet)}</title>"
            f"<meta property=\"og:site_name\" content=\"{esc(t.outlet)}\"><meta property=\"og:title\""
            f" content=\"{esc(t.headline)} — {esc(t.outlet)}\"><meta property=\"og:type\" content=\"article\">"
            f"<meta itemprop=\"name\" content=\"{esc(t.headline)} — {esc(t.outlet)}\">{meta_author}"
            f"<meta itemprop=\"datePublished\" content=\"{stamp}\"><meta itemprop=\"headline\" content=\"{esc(t.headline)}\">"
            "<!-- This is Squarespace. --></head><body class=\"collection-type-blog view-item\"><div id=\"siteWrapper\">"
            f"<header class=\"Header\"><div class=\"Header-branding\"><a href=\"/\">{esc(t.outlet)}</a></div>"
            "<nav class=\"Header-nav\"><a href=\"/\">الرئيسية</a><a href=\"/blog\">المدونة</a><a href=\"/about\">من نحن</a>"
            "</nav></header><main class=\"Main\"><article class=\"BlogItem hentry\" data-item-id=\"5ad\">"
            "<div class=\"BlogItem-meta\"><time class=\"BlogItem-meta-item dt-published date-highlight\""
            f" datetime=\"{t.day.isoformat()}\">{t.day.month}/{t.day.day}/{t.day.year % 100:02d}</time>{author}</div>"
            f"<h1 class=\"BlogItem-title\" data-content-field=\"title\">{esc(t.headline)}</h1>"
            "<div class=\"sqs-layout sqs-grid-12 columns-12\" data-type=\"item\"><div class=\"row sqs-row\">"
            f"<div class=\"sqs-block html-block sqs-block-html\"><div class=\"sqs-block-content\">{first}</div></div>"
            "<div class=\"sqs-block image-block sqs-block-image\"><div class=\"sqs-block-content\"><figure>"
            f"<img src=\"https://images.squarespace-cdn.com/{rng.randint(10**5, 10**6)}.jpg\"><figcaption"
            " class=\"image-caption-wrapper\"><p>صورة من الأرشيف</p></figcaption></figure></div></div>"
            f"<div class=\"sqs-block html-block sqs-block-html\"><div class=\"sqs-block-content\">{rest}</div></div>"
            "</div></div><div class=\"BlogItem-share\"><span>Facebook</span><span>Twitter</span><span>LinkedIn</span>"
            "</div><div class=\"BlogItem-pagination\"><a class=\"BlogItem-pagination-link--prev\" href=\"/blog/a\">"
            "<div class=\"BlogItem-pagination-link-label\">Previous</div>"
            f"<h2 class=\"BlogItem-pagination-link-title\">{esc(t.ticker[0])}</h2></a>"
            "<a class=\"BlogItem-pagination-link--next\" href=\"/blog/b\"><div class=\"BlogItem-pagination-link-label\">"
            f"Next</div><h2 class=\"BlogItem-pagination-link-title\">{esc(t.ticker[1])}</h2></a></div></article></main>"
            f"<footer class=\"Footer\"><p>© {t.day.year} {esc(t.outlet)}</p><p>Powered by Squarespace</p></footer>"
            "</div></body></html>")


def discourse_topic(t: Any) -> str:
    rng = random.Random(t.record.id)
    handle = rng.choice(HANDLES)
    stamp = f"{t.day.isoformat()}T{rng.randint(0, 20):02d}:{rng.randint(10, 59)}:00Z"
    reply_day = t.day + dt.timedelta(days=rng.randint(0, 3))
    shown = f"{EN_MONTHS[t.day.month - 1]} {t.day.day}, {t.day.year}, {rng.randint(1, 11)}:{rng.randint(10, 59)}pm"
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in t.paragraphs())
    topics = "".join(f"<tr><td><a href=\"/t/{k}\" class=\"title\">{esc(x)}</a></td><td><span class=\"posts\">"
                     f"{rng.randint(1, 40)}</span></td></tr>" for k, x in enumerate(t.related, 200))
    return ("<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} - أخبار - منتدى {esc(t.outlet)}</title>"
            f"<meta property=\"og:site_name\" content=\"منتدى {esc(t.outlet)}\"><meta property=\"og:title\""
            f" content=\"{esc(t.headline)}\"><link rel=\"canonical\" href=\"{t.canonical}\">"
            "<meta name=\"generator\" content=\"Discourse 2.0.0\"></head><body><header><a href=\"/\">"
            f"<img alt=\"منتدى {esc(t.outlet)}\" src=\"/logo.png\"></a></header><div id=\"main-outlet\">"
            f"<div id=\"topic-title\"><h1><a href=\"/t/slug/{rng.randint(100, 999)}\">{esc(t.headline)}</a></h1>"
            "<div class=\"topic-category\"><span class=\"category-name\">أخبار</span></div></div>"
            "<div itemscope itemtype=\"http://schema.org/DiscussionForumPosting\" class=\"topic-body crawler-post\">"
            f"<div class=\"crawler-post-meta\"><span class=\"creator\" itemprop=\"author\"><a href=\"/u/{handle}\">"
            f"<span itemprop=\"name\">{handle}</span></a></span><span class=\"crawler-post-infos\"><time"
            f" itemprop=\"datePublished\" datetime=\"{stamp}\" class=\"post-time\">{shown}</time>"
            f"<meta itemprop=\"headline\" content=\"{esc(t.headline)}\"><span itemprop=\"position\">1</span></span></div>"
            f"<div class=\"post\" itemprop=\"articleBody\">{paragraphs}<p>المصدر: <a href=\"{t.canonical}\">"
            f"{esc(t.outlet)}</a></p></div><div itemprop=\"interactionStatistic\"><span class=\"post-likes\">"
            f"{rng.randint(1, 30)} Likes</span></div></div>"
            "<div itemscope itemtype=\"http://schema.org/DiscussionForumPosting\" class=\"topic-body crawler-post\">"
            "<div class=\"crawler-post-meta\"><span class=\"creator\" itemprop=\"author\"><a href=\"/u/reader\">"
            "<span itemprop=\"name\">reader_42</span></a></span><span class=\"crawler-post-infos\"><time"
            f" itemprop=\"datePublished\" datetime=\"{reply_day.isoformat()}T22:10:00Z\" class=\"post-time\">"
            f"{EN_MONTHS[reply_day.month - 1]} {reply_day.day}, {reply_day.year}, 10:10pm</time>"
            "<span itemprop=\"position\">2</span></span></div>"
            f"<div class=\"post\" itemprop=\"articleBody\"><p>{esc(rng.choice(REPLIES))}</p></div></div>"
            f"<div id=\"related-topics\"><h3>Related topics</h3><table><thead><tr><th>Topic</th><th>Replies</th></tr>"
            f"</thead><tbody>{topics}</tbody></table></div></div><footer class=\"noscript-footer-nav\">"
            "<a href=\"/\">Home</a><a href=\"/categories\">Categories</a><a href=\"/guidelines\">FAQ/Guidelines</a>"
            "<a href=\"/tos\">Terms of Service</a><a href=\"/privacy\">Privacy Policy</a>"
            "<p>Powered by <a href=\"https://www.discourse.org\">Discourse</a>, best viewed with JavaScript enabled</p>"
            "</footer></body></html>")


def linkedin_pulse(t: Any) -> str:
    rng = random.Random(t.record.id)
    writer = t.byline or "Ahmed Saleh"
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in t.paragraphs())
    more = "".join(f"<li class=\"more-articles__card\"><a href=\"/pulse/{k}\"><h3 class=\"base-main-card__title\">"
                   f"{esc(x)}</h3><div class=\"base-main-card__metadata\">{EN_MONTHS_SHORT[rng.randint(0, 11)]} "
                   f"{rng.randint(1, 28)}, {t.day.year}</div></a></li>" for k, x in enumerate(t.related))
    viewed = "".join(f"<li><a href=\"/pulse/v{k}\"><h3>{esc(x)}</h3><span>{rng.randint(2, 90)}</span></a></li>"
                     for k, x in enumerate(t.ticker))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} | LinkedIn</title><meta property=\"og:title\" content=\"{esc(t.headline)}\">"
            "<meta property=\"og:type\" content=\"article\"><meta property=\"og:site_name\" content=\"LinkedIn\">"
            f"<link rel=\"canonical\" href=\"{t.canonical}\"></head><body><header class=\"nav\"><a href=\"/\">LinkedIn</a>"
            "<a href=\"/pub/dir\">People</a><a href=\"/learning\">Learning</a><a href=\"/jobs\">Jobs</a>"
            "<a href=\"/signup\">Join now</a><a href=\"/login\">Sign in</a></header><main><section class=\"core-rail\">"
            f"<h1 class=\"pulse-title\">{esc(t.headline)}</h1><div class=\"publisher-author-card\">"
            f"<h3 class=\"base-main-card__title\">{esc(writer)}</h3><h4 class=\"base-main-card__subtitle\">"
            f"{esc(rng.choice(ROLES))}</h4><div class=\"base-main-card__metadata\"><time>Published {_en(t.day)}</time>"
            "</div><a class=\"follow\">+ Follow</a></div><div class=\"article-main__content\""
            f" data-test-id=\"article-content-blocks\"><div class=\"article-content__body\">{paragraphs}</div></div>"
            f"<div class=\"social-action-bar\"><span>{rng.randint(5, 400)}</span><span>{rng.randint(1, 40)} Comments</span>"
            "<button>Like</button><button>Comment</button><button>Share</button></div></section>"
            f"<section class=\"more-articles\"><h2>More articles by {esc(writer)}</h2><ul>{more}</ul>"
            "<a>See all articles</a></section><section class=\"right-rail\"><h2>Others also viewed</h2>"
            f"<ul>{viewed}</ul></section></main><footer><span>© 2024</span><a>About</a><a>Accessibility</a>"
            "<a>User Agreement</a><a>Privacy Policy</a><a>Cookie Policy</a><a>Copyright Policy</a></footer></body></html>")
