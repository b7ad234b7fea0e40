"""HTML page families for bench_html.py written in the twenty-second session and first run unseen
(marked ``16+`` in its table), rendered from records of lines 1,000-19,898 of ant_multisource,
400-20,000 of saudinewsnet and 1,500-10,161 of ant_jawharafm (seed 23807, no dev gold article), each
a kind of page no earlier template imitates:

- jannah_theme: an Arabic WordPress news theme (Jannah): the top bar's date of the day in Hijri and
  Gregorian, the breaking-news ticker, breadcrumbs, ``entry-header`` with the category, the
  headline, ``post-meta`` (the author, the date as ``22 أبريل، 2018``, views and reading time), the
  text in ``entry-content``, the tags, ``مقالات ذات صلة`` as ``related-item`` cards.
- old_reddit: a self post on old.reddit.com quoting a news item: ``headline : r/arabs``, the
  subreddit's side bar, the post's title link, ``submitted 3 hours ago by`` a user with a ``<time
  datetime>``, the text in the ``usertext-body``, the comments' count and two readers' comments.
- fb_mbasic: a news page's post on mbasic.facebook.com: ``title`` with the page's name, the page's
  name in the story's header, ``<abbr>`` with ``April 22, 2018 at 3:12 PM``, the headline and the
  text in the story's paragraphs, the link's card, ``Like · React · Comment · Share`` and comments.
- hugo_papermod: a Hugo static site (PaperMod theme): ``post-header`` with the breadcrumbs, the
  ``post-title``, the ``post-meta`` (``<span title='2018-04-22 00:00:00 +0000 UTC'>April 22,
  2018</span>·2 min·`` the author), a table of contents, the text in ``post-content``, the tags and
  the ``paginav`` with ``« Prev`` and ``Next »`` posts' titles, the share buttons.
"""

from __future__ import annotations

import random
from typing import Any

from layouts_html import esc
from page_builder import EN_MONTHS, HIJRI, MSA

USERS = ["throwaway_news", "abu_khalid88", "Levant_reader", "sandstorm_7"]
COMMENTS = ["هل هناك مصدر آخر؟", "خبر مهم، شكرا للمشاركة", "انتظروا التفاصيل قبل الحكم"]


def _en(day: Any) -> str:
    return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def jannah_theme(t: Any) -> str:
    rng = random.Random(t.record.id)
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in t.paragraphs())
    author = (f"<span class=\"meta-author\"><a href=\"/author/{rng.randint(1, 40)}\" class=\"author-name tie-icon\""
              f" title=\"{esc(t.byline)}\">{esc(t.byline)}</a></span>" if t.byline else "")
    related = "".join(f"<div class=\"related-item\"><a href=\"/{k}\" class=\"post-thumb\"><img src=\"/t{k}.jpg\"></a>"
                      f"<h3 class=\"post-title\"><a href=\"/{k}\">{esc(x)}</a></h3><div class=\"post-meta\">"
                      f"<span class=\"date meta-item tie-icon\">{rng.randint(2, 9)} يوم مضت</span></div></div>"
                      for k, x in enumerate(t.related))
    ticker = "".join(f"<li><a href=\"/b{k}\">{esc(x)}</a></li>" for k, x in enumerate(t.ticker))
    hijri = f"{rng.randint(1, 29)} {rng.choice(HIJRI)} 1439"
    return ("<!DOCTYPE html><html dir=\"rtl\" lang=\"ar\"><head><meta charset=\"UTF-8\">"
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title><meta property=\"og:type\" content=\"article\">"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)}\"><link rel=\"canonical\" href=\"{t.canonical}\">"
            "</head><body id=\"tie-body\" class=\"rtl post-template-default single single-post\"><div id=\"tie-container\">"
            f"<div id=\"top-nav\"><div class=\"topbar-today-date\">{esc(hijri)} هـ - {esc(t.shown_day)}</div>"
            "<ul class=\"components\"><li><a href=\"/login\">تسجيل الدخول</a></li></ul></div>"
            f"<header id=\"theme-header\"><div class=\"logo\"><a href=\"/\">{esc(t.outlet)}</a></div><nav id=\"main-nav\">"
            "<a href=\"/\">الرئيسية</a><a href=\"/c/politics\">سياسة</a><a href=\"/c/economy\">اقتصاد</a></nav></header>"
            f"<div class=\"breaking\"><span class=\"breaking-title\">عاجل</span><ul id=\"breaking-news-in-header\">{ticker}</ul></div>"
            "<div id=\"content\"><div class=\"main-content\"><article id=\"the-post\" class=\"post-content\">"
            "<header class=\"entry-header-outer\"><nav id=\"breadcrumb\"><a href=\"/\">الرئيسية</a><em>/</em>"
            "<a href=\"/c/news\">أخبار</a></nav><div class=\"entry-header\"><span class=\"post-cat-wrap\">"
            f"<a class=\"post-cat\" href=\"/c/news\">أخبار</a></span><h1 class=\"post-title entry-title\">{esc(t.headline)}</h1>"
            f"<div class=\"post-meta\">{author}<span class=\"date meta-item tie-icon\">{t.day.day} {MSA[t.day.month - 1]}، "
            f"{t.day.year}</span><span class=\"meta-views meta-item\">{rng.randint(50, 9000)}</span>"
            f"<span class=\"meta-reading-time meta-item\">{rng.randint(1, 5)} دقائق</span></div></div></header>"
            f"<div class=\"entry-content entry clearfix\">{paragraphs}</div><div class=\"post-bottom-meta post-tags\">"
            "<span>الوسوم</span><a href=\"/tag/a\">أخبار</a><a href=\"/tag/b\">متابعات</a></div>"
            "<div class=\"share-links\"><a>فيسبوك</a><a>تويتر</a><a>واتساب</a></div></article>"
            f"<div id=\"related-posts\"><div class=\"mag-box-title\"><h3>مقالات ذات صلة</h3></div>{related}</div>"
            f"</div></div><footer id=\"footer\"><p>جميع الحقوق محفوظة لـ {esc(t.outlet)} © {t.day.year}</p></footer>"
            "</div></body></html>")


def old_reddit(t: Any) -> str:
    rng = random.Random(t.record.id)
    user = rng.choice(USERS)
    stamp = f"{t.day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:00+00:00"
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in t.paragraphs())
    comments = "".join(f"<div class=\"thing comment\"><div class=\"entry\"><p class=\"tagline\"><a class=\"author\">"
                       f"{u}</a><span class=\"score\">{rng.randint(1, 40)} points</span><time datetime=\"{stamp}\">"
                       f"{rng.randint(1, 5)} hours ago</time></p><div class=\"usertext-body\"><div class=\"md\"><p>{esc(c)}"
                       "</p></div></div></div></div>" for u, c in zip(USERS[1:3], rng.sample(COMMENTS, 2), strict=True))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
            f"<title>{esc(t.headline)} : arabs</title><meta property=\"og:site_name\" content=\"reddit\">"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)} • r/arabs\"></head><body class=\"listing-page\">"
            "<div id=\"header\"><a href=\"/\">reddit</a><span class=\"pagename\"><a href=\"/r/arabs/\">arabs</a></span>"
            "<ul class=\"tabmenu\"><li><a>comments</a></li><li><a>other discussions</a></li></ul></div>"
            "<div class=\"side\"><div class=\"titlebox\"><h1><a href=\"/r/arabs/\">arabs</a></h1>"
            "<span class=\"subscribers\">75,120 readers</span><div class=\"md\"><p>مجتمع للنقاش في شؤون العالم العربي</p>"
            "</div></div></div><div class=\"content\" role=\"main\"><div class=\"sitetable linklisting\">"
            "<div class=\"thing link self\"><div class=\"entry\"><p class=\"title\"><a class=\"title\""
            f" href=\"/r/arabs/comments/{rng.randint(10**5, 10**6):x}/\">{esc(t.headline)}</a>"
            "<span class=\"domain\">(self.arabs)</span></p><p class=\"tagline\">submitted <time"
            f" datetime=\"{stamp}\">{rng.randint(2, 11)} hours ago</time> by <a class=\"author\">{user}</a></p>"
            f"<div class=\"expando\"><form class=\"usertext\"><div class=\"usertext-body\"><div class=\"md\">{paragraphs}"
            f"<p>المصدر: <a href=\"{t.canonical}\">{esc(t.outlet)}</a></p></div></div></form></div>"
            f"<ul class=\"flat-list buttons\"><li><a class=\"comments\">{rng.randint(3, 90)} comments</a></li>"
            "<li><a>share</a></li><li><a>save</a></li><li><a>report</a></li></ul></div></div></div>"
            f"<div class=\"commentarea\"><div class=\"panestack-title\"><span class=\"title\">all {rng.randint(3, 90)}"
            f" comments</span></div>{comments}</div></div></body></html>")


def fb_mbasic(t: Any) -> str:
    rng = random.Random(t.record.id)
    hour, minute = rng.randint(1, 12), rng.randint(10, 59)
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in t.paragraphs())
    comments = "".join(f"<div class=\"comment\"><h3><a>{u}</a></h3><div>{esc(c)}</div><abbr>{rng.randint(1, 9)} hrs</abbr>"
                       "<a>Like</a> · <a>Reply</a></div>" for u, c in zip(["Ali Hassan", "Mona Adel"],
                                                                         rng.sample(COMMENTS, 2), strict=True))
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.outlet)} - {esc(t.headline[:60])}</title><meta name=\"referrer\" content=\"origin-when-crossorigin\">"
            "</head><body><div id=\"viewport\"><div id=\"header\"><a href=\"/home.php\">facebook</a><form><input name=\"query\">"
            "</form></div><div id=\"objects_container\"><div id=\"root\" role=\"main\"><div class=\"story\" data-ft=\"{}\">"
            f"<header><h3><strong><a href=\"/page\">{esc(t.outlet)}</a></strong></h3><div><abbr>{_en(t.day)} at "
            f"{hour}:{minute} {rng.choice(['AM', 'PM'])}</abbr> · <span>Public</span></div></header>"
            f"<div class=\"story-body\"><p>{esc(t.headline)}</p>{paragraphs}</div>"
            f"<a class=\"link-card\" href=\"{t.canonical}\"><h3>{esc(t.headline)}</h3><span>{t.canonical.split('/')[2]}</span></a>"
            f"<footer><div><a>{rng.randint(10, 900)} reactions</a> · <a>{rng.randint(1, 80)} comments</a></div>"
            "<div><a>Like</a> · <a>React</a> · <a>Comment</a> · <a>Share</a></div></footer></div>"
            f"<div class=\"comments\">{comments}<a>View more comments…</a></div></div></div>"
            "<div id=\"footer\"><a>Log In</a><a>Sign Up</a><span>Meta © 2024</span></div></div></body></html>")


def hugo_papermod(t: Any) -> str:
    rng = random.Random(t.record.id)
    parts = t.paragraphs()
    half = max(1, len(parts) // 2)
    content = ("".join(f"<p>{esc(p)}</p>" for p in parts[:half]) + "<h2 id=\"details\">التفاصيل</h2>"
               + "".join(f"<p>{esc(p)}</p>" for p in parts[half:]))
    author = f"&nbsp;·&nbsp;{esc(t.byline)}" if t.byline else ""
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(t.headline)} | {esc(t.outlet)}</title><meta name=\"generator\" content=\"Hugo 0.111.3\">"
            f"<meta property=\"og:title\" content=\"{esc(t.headline)}\"><meta property=\"og:type\" content=\"article\">"
            f"<meta property=\"article:published_time\" content=\"{t.day.isoformat()}T00:00:00+00:00\">"
            f"<link rel=\"canonical\" href=\"{t.canonical}\"></head><body class=\"list\" id=\"top\">"
            f"<header class=\"header\"><nav class=\"nav\"><div class=\"logo\"><a href=\"/\">{esc(t.outlet)}</a></div>"
            "<ul id=\"menu\"><li><a href=\"/posts/\"><span>المقالات</span></a></li><li><a href=\"/tags/\"><span>الوسوم</span>"
            "</a></li><li><a href=\"/search/\"><span>بحث</span></a></li></ul></nav></header><main class=\"main\">"
            "<article class=\"post-single\"><header class=\"post-header\"><div class=\"breadcrumbs\"><a href=\"/\">الرئيسية</a>"
            f"&nbsp;»&nbsp;<a href=\"/posts/\">المقالات</a></div><h1 class=\"post-title\">{esc(t.headline)}</h1>"
            f"<div class=\"post-meta\"><span title='{t.day.isoformat()} 00:00:00 +0000 UTC'>{_en(t.day)}</span>&nbsp;·&nbsp;"
            f"{rng.randint(1, 5)} min{author}</div></header><div class=\"toc\"><details><summary><span class=\"details\">"
            "جدول المحتويات</span></summary><div class=\"inner\"><ul><li><a href=\"#details\">التفاصيل</a></li></ul>"
            f"</div></details></div><div class=\"post-content\">{content}</div><footer class=\"post-footer\">"
            "<ul class=\"post-tags\"><li><a href=\"/tags/news/\">أخبار</a></li></ul><nav class=\"paginav\">"
            f"<a class=\"prev\" href=\"/posts/p/\"><span class=\"title\">« Prev</span><br><span>{esc(t.ticker[0])}</span></a>"
            f"<a class=\"next\" href=\"/posts/n/\"><span class=\"title\">Next »</span><br><span>{esc(t.ticker[1])}</span></a>"
            "</nav><div class=\"share-buttons\"><a aria-label=\"share on x\">x</a><a aria-label=\"share on whatsapp\">w</a>"
            f"</div></footer></article></main><footer class=\"footer\"><span>© {t.day.year} {esc(t.outlet)}</span>"
            "<span>Powered by Hugo &amp; PaperMod</span></footer></body></html>")
