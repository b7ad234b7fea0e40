"""HTML page families for bench_html.py written in the fourteenth session and first run unseen (marked
``7+`` in its table), rendered from records past line 12,000 of ant_multisource and saudinewsnet and
past line 9,500 of ant_jawharafm (no dev gold article), each a kind of page no earlier template imitates:

- microdata_theme: a WordPress news theme (Jannah/Sahifa-style) marked up with schema.org microdata
  and no ``<article>``, ``<main>`` or Open Graph: ``itemprop="headline"`` on the ``<h1>``, the date
  only in ``<meta itemprop="datePublished">`` (the page shows "منذ 3 سنوات"), the author as a
  microdata Person, views and comment counts, ``itemprop="articleBody"``, related posts with their
  dates, the comment form, a "most viewed" sidebar widget.
- bootstrap_brbr: a small site on a Bootstrap template: the title bar holds the site's name only,
  the headline is in ``og:title`` and an ``<h2>`` in a box head, the date a Font Awesome clock line
  in words, the text bare text nodes set apart by ``<br><br>`` in nested ``<div>`` s, related news
  as cards with ``<h4>`` titles, a "most read" column.
- infinite_scroll: an article page that has loaded the next article below it (infinite scroll):
  the first article complete with its related block, then a "next article" divider and a second
  ``<article>`` with its own headline, date, author and text. The truth is the first article.
- vbulletin: a news item reposted on a vBulletin forum: the thread's title in the navbar and the
  title bar (``headline - منتديات …``), the post's table with the poster's name, rank, join date
  and post count, the post's date ``dd-mm-yyyy, hh:mm PM``, the text in ``post_message`` with
  ``<br />`` lines, the source credit, the signature, two members' replies and "similar threads".
"""

from __future__ import annotations

import datetime as dt
import random
from functools import cache
from typing import Any

from layouts_fourteenth import fresh_records  # noqa: F401 (bench_html draws these families' records)
from layouts_html import SECTIONS, esc, paragraphs_html
from page_builder import WEEKDAYS, Record, msa, one_line, record_date, truth_body

REPLIES = [("نجم الشمال", "شكرا على الخبر والله يعطيك العافية"),
           ("ابو فهد", "الله يستر من القادم، متابعين معك أخي الكريم"),
           ("عاشق الوطن", "مشكور على النقل")]


def _menu() -> str:
    return "<ul class='menu'>" + "".join(f"<li><a href='/c/{i}'>{m}</a></li>" for i, m in enumerate(SECTIONS)) + "</ul>"


def microdata_theme(t: Any) -> str:
    stamp = f"{t.day.isoformat()}T1{t.day.day % 10}:2{t.day.month % 10}:00+03:00"
    author = (f"<span class='post-meta-author' itemprop='author' itemscope itemtype='https://schema.org/Person'>"
              f"<i class='fa fa-user'></i><a href='/author/7/' itemprop='url'><span itemprop='name'>{esc(t.byline)}"
              f"</span></a></span> ") if t.byline else ""
    body = paragraphs_html(t)
    related = "".join(f"<div class='related-item'><div class='post-thumbnail'><a href='/{i}/'><img src='/t{i}.jpg'></a></div>"
                      f"<h3><a href='/{i}/' rel='bookmark'>{esc(h)}</a></h3><p class='post-meta'><span class='tie-date'>"
                      f"<i class='fa fa-clock-o'></i>منذ {i % 5 + 2} سنوات</span></p></div>" for i, h in enumerate(t.related, 3))
    viewed = "".join(f"<li><a href='/v{i}/'>{esc(h)}</a> <span class='tie-date'>منذ سنتين</span></li>"
                     for i, h in enumerate(t.ticker))
    return (f"<!DOCTYPE html><html dir='rtl' lang='ar'><head><meta charset='UTF-8'>"
            f"<title>{esc(t.headline)} | {esc(t.outlet)}</title>"
            f"<link rel='stylesheet' href='/wp-content/themes/sahifa/style.css'></head>"
            f"<body class='rtl post-template-default single single-post single-format-standard'>"
            f"<div class='wrapper-outer'><header id='theme-header' class='theme-header'><div class='header-content'>"
            f"<div class='logo'><h2><a href='/'>{esc(t.outlet)}</a></h2></div></div>"
            f"<nav id='main-nav'>{_menu()}</nav></header>"
            f"<div id='main-content' class='container'><div class='content'>"
            f"<div id='crumbs'><a href='/'>الرئيسية</a> <span class='delimiter'>/</span> <a href='/c/1'>أخبار</a>"
            f" <span class='delimiter'>/</span> <span class='current'>{esc(t.headline)}</span></div>"
            f"<div class='post-listing post-inner' itemscope itemtype='https://schema.org/NewsArticle'>"
            f"<meta itemprop='mainEntityOfPage' content='{esc(t.canonical)}'>"
            f"<div class='post-inner'><h1 class='name post-title entry-title' itemprop='headline'>"
            f"<span itemprop='name'>{esc(t.headline)}</span></h1>"
            f"<p class='post-meta'>{author}<span class='tie-date'><i class='fa fa-clock-o'></i>منذ 3 سنوات</span>"
            f"<meta itemprop='datePublished' content='{stamp}'><meta itemprop='dateModified' content='{stamp}'>"
            f" <span class='post-cats'><i class='fa fa-folder'></i><a href='/c/1' rel='category tag'>أخبار</a></span>"
            f" <span class='post-comments'><i class='fa fa-comments'></i><a href='#respond'>أضف تعليقا</a></span>"
            f" <span class='post-views'><i class='fa fa-eye'></i>{t.day.day * 91:,} مشاهدة</span></p>"
            f"<div class='clear'></div><div class='entry' itemprop='articleBody'>{body}</div>"
            f"<div class='share-post'><span class='share-text'>شاركها</span><ul class='flat-social'>"
            f"<li><a href='#' class='social-facebook'><span>فيسبوك</span></a></li>"
            f"<li><a href='#' class='social-twitter'><span>تويتر</span></a></li>"
            f"<li><a href='#' class='social-whatsapp'><span>واتساب</span></a></li></ul></div></div>"
            f"<span itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
            f"<meta itemprop='name' content='{esc(t.outlet)}'></span></div>"
            f"<section id='related_posts'><div class='block-head'><h3>مقالات ذات صلة</h3></div>"
            f"<div class='post-listing'>{related}</div></section>"
            f"<div id='comments'><div id='respond' class='comment-respond'><h3 id='reply-title'>اترك تعليقاً</h3>"
            f"<p class='comment-notes'>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p>"
            f"<p><label>التعليق</label><textarea name='comment'></textarea></p><p><input type='submit' value='إرسال التعليق'></p>"
            f"</div></div></div>"
            f"<aside id='sidebar'><div class='widget'><div class='widget-top'><h4>الأكثر مشاهدة</h4></div>"
            f"<div class='widget-container'><ul>{viewed}</ul></div></div></aside></div>"
            f"<footer id='theme-footer'><div class='footer-bottom'>© حقوق النشر {t.day.year}، جميع الحقوق محفوظة"
            f" | {esc(t.outlet)}</div></footer></div></body></html>")


def bootstrap_brbr(t: Any) -> str:
    day = t.day
    when = f"{WEEKDAYS[day.weekday()]}، {msa(day, weekday=False)} - {(day.day % 12) + 1}:{day.month + 10} ص"
    text = "<br><br>\n".join(esc(p) for p in t.paragraphs())
    related = "".join(f"<div class='col-sm-4'><div class='card'><a href='/news/{i}'><img class='card-img-top' src='/i/{i}.jpg'>"
                      f"<div class='card-body'><h4 class='card-title'>{esc(h)}</h4></div></a></div></div>"
                      for i, h in enumerate(t.related, 700))
    most = "".join(f"<div class='media'><span class='num'>{k}</span><div class='media-body'><a href='/m/{k}'>{esc(h)}</a>"
                   f"</div></div>" for k, h in enumerate(t.ticker, 1))
    author = f"<div class='writer'><i class='fa fa-pencil'></i> {esc(t.byline)}</div>" if t.byline else ""
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<meta property='og:title' content='{esc(t.headline)}'>"
            f"<meta property='og:image' content='/i/main.jpg'><title>{esc(t.outlet)}</title>"
            f"<link rel='stylesheet' href='/css/bootstrap.rtl.min.css'></head><body>"
            f"<div class='top-bar'><div class='container'><span>{t.shown_day}</span></div></div>"
            f"<nav class='navbar navbar-expand-lg'><a class='navbar-brand' href='/'>{esc(t.outlet)}</a>{_menu()}</nav>"
            f"<div class='container'><div class='row'><div class='col-md-8'><div class='box'>"
            f"<div class='box-head'><h2>{esc(t.headline)}</h2></div><div class='box-body'>"
            f"<div class='date'><i class='fa fa-clock-o'></i> {when}</div>{author}"
            f"<div class='img'><img src='/i/main.jpg' class='img-fluid'></div>"
            f"<div class='txt'><div class='txt-inner'>\n{text}\n</div></div>"
            f"<div class='share'><a href='#'><i class='fa fa-facebook'></i></a> <a href='#'><i class='fa fa-twitter'></i></a></div>"
            f"</div></div><div class='box'><div class='box-head'><h3>أخبار ذات صلة</h3></div>"
            f"<div class='row'>{related}</div></div></div>"
            f"<div class='col-md-4'><div class='box'><div class='box-head'><h3>الأكثر قراءة</h3></div>{most}</div></div>"
            f"</div></div><footer class='footer'><div class='container'>جميع الحقوق محفوظة © {esc(t.outlet)} {day.year}"
            f"</div></footer></body></html>")


@cache
def _next_pool() -> tuple[Record, ...]:
    """Records to load as the next article under the first (another draw of the fresh part)."""
    return tuple(fresh_records(40, seed=141))


def _article(headline: str, day: dt.date, author: str | None, paragraphs: list[str], slug: str) -> str:
    byline = f"<span class='author'>بقلم: <a href='/writer/{slug}'>{esc(author)}</a></span> " if author else ""
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return (f"<header class='article-header'><h1 class='article-title'>{esc(headline)}</h1>"
            f"<div class='article-meta'>{byline}<time datetime='{day.isoformat()}T09:00:00+03:00'>"
            f"{msa(day, weekday=False)}</time></div></header><div class='article-body'>{body}</div>")


def infinite_scroll(t: Any) -> str:
    pool = [r for r in _next_pool() if r.id != t.record.id]
    nxt = random.Random(t.record.id).choice(pool)
    _, nxt_body, _ = truth_body(nxt.text)
    nxt_title = one_line(nxt.title)
    nxt_author = one_line(nxt.author) or None
    related = "".join(f"<li><a href='/a/{i}'>{esc(h)}</a></li>" for i, h in enumerate(t.related, 60))
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title>"
            f"<meta property='og:title' content='{esc(t.headline)}'>"
            f"<meta property='og:site_name' content='{esc(t.outlet)}'>"
            f"<link rel='canonical' href='{esc(t.canonical)}'></head><body>"
            f"<header class='site-header'><a class='logo' href='/'>{esc(t.outlet)}</a>{_menu()}</header>"
            f"<main id='infinite-container'>"
            f"<article class='post' data-url='{esc(t.canonical)}'>"
            f"{_article(t.headline, t.day, t.byline, t.paragraphs(), 'a')}"
            f"<div class='tags'><a href='/tag/1'>{SECTIONS[1]}</a></div>"
            f"<aside class='related'><h3>اقرأ أيضا</h3><ul>{related}</ul></aside></article>"
            f"<div class='next-article-divider'><span>المقال التالي</span></div>"
            f"<article class='post' data-url='/news/{nxt.id}'>"
            f"{_article(nxt_title, record_date(nxt.date), nxt_author, nxt_body, 'b')}</article>"
            f"<div class='infinite-loader'>جار تحميل المزيد...</div></main>"
            f"<footer>© {t.day.year} {esc(t.outlet)}</footer></body></html>")


def vbulletin(t: Any) -> str:
    day = t.day
    stamp = f"{day.day:02d}-{day.month:02d}-{day.year}, {day.month % 12 + 1:02d}:{day.day + 10} PM"
    body = "<br />\n<br />\n".join(esc(p) for p in t.paragraphs())
    later = day + dt.timedelta(days=1)
    replies = "".join(
        f"<table class='tborder' id='post{90 + k}'><tr><td class='thead'>{later.day:02d}-{later.month:02d}-{later.year}, "
        f"0{k + 1}:15 AM <a href='#post{90 + k}'>#{k + 2}</a></td></tr><tr><td class='alt2'>"
        f"<a class='bigusername' href='/member.php?u={k}'>{name}</a><div class='smallfont'>عضو نشيط</div></td>"
        f"<td class='alt1'><div id='post_message_{90 + k}'>{esc(text)}</div></td></tr></table>"
        for k, (name, text) in enumerate(REPLIES[:2]))
    similar = "".join(f"<tr><td class='alt1'><a href='/showthread.php?t={i}'>{esc(h)}</a></td>"
                      f"<td class='alt2'>{REPLIES[i % 3][0]}</td><td class='alt1'>{i % 7 + 1}</td></tr>"
                      for i, h in enumerate(t.related, 4100))
    return (f"<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN'><html dir='rtl' lang='ar'><head>"
            f"<meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
            f"<meta name='generator' content='vBulletin 3.8.7'><title>{esc(t.headline)} - منتديات النخبة</title>"
            f"</head><body><table class='tborder' width='100%'><tr><td class='alt1'><a href='index.php'>"
            f"<img src='images/logo.gif' alt='منتديات النخبة'></a></td></tr></table>"
            f"<table class='tborder'><tr><td class='alt1'><span class='navbar'><a href='index.php'>منتديات النخبة</a></span>"
            f" &gt; <span class='navbar'><a href='forumdisplay.php?f=5'>الأخبار العربية والعالمية</a></span></td></tr>"
            f"<tr><td class='navbar'><strong>{esc(t.headline)}</strong></td></tr></table>"
            f"<div class='smallfont'>مرحباً بك في منتديات النخبة. <a href='register.php'>التسجيل</a></div>"
            f"<table class='tborder' id='post88'><tr><td class='thead'><a name='post88'></a>{stamp}"
            f" <a href='showpost.php?p=88'>#1</a></td></tr><tr><td class='alt2' width='175'>"
            f"<a class='bigusername' href='member.php?u=3'>صقر الجنوب</a><div class='smallfont'>مشرف قسم الأخبار</div>"
            f"<div class='smallfont'><div>تاريخ التسجيل: Mar 2011</div><div>المشاركات: 12,408</div></div></td>"
            f"<td class='alt1' id='td_post_88'><div class='smallfont'><strong>{esc(t.headline)}</strong></div>"
            f"<hr style='color:#ddd' size='1'><div id='post_message_88'>{body}<br />\n<br />\n"
            f"المصدر: {esc(t.outlet)}</div>"
            f"<div>__________________<br />اللهم صل وسلم على نبينا محمد</div></td></tr>"
            f"<tr><td class='alt2'><a href='newreply.php?do=newreply&p=88'>رد مع اقتباس</a></td></tr></table>"
            f"{replies}"
            f"<table class='tborder'><tr><td class='tcat' colspan='3'>المواضيع المتشابهه</td></tr>"
            f"<tr><td class='thead'>الموضوع</td><td class='thead'>كاتب الموضوع</td><td class='thead'>الردود</td></tr>"
            f"{similar}</table>"
            f"<div class='smallfont' align='center'>الساعة الآن 11:40 PM</div>"
            f"<div class='smallfont' align='center'>Powered by vBulletin® Copyright ©2000 - {day.year}</div></body></html>")
