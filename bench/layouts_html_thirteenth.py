"""HTML page families for bench_html.py written in the thirteenth session and first run unseen (marked
``6+`` in its table), rendered from records past line 1,000 of the three corpora (no dev gold
article), each a kind of page no earlier template imitates:

- blogger: a Blogspot post: the blog's name in ``<h1>``, the post's date in a ``date-header`` over
  the post, its title in an ``<h3 class="post-title">``, ``<br />``-separated text, the footer's
  "posted by" line with the author and the time, labels, share buttons, the pager, "no comments",
  a popular-posts gadget and the archive's counts. The title bar is "blog: title".
- joomla: a Joomla 3 article: breadcrumbs ("أنت هنا:"), an ``<h2 itemprop="headline">``, the
  ``article-info`` list (author, category, a publication date in words with a double month name,
  hits), the text, prev/next pager, a related-items module.
- telegram_post: a Telegram channel post's web view (``t.me/channel/123?embed=1``): the channel's
  name as owner, the message text (the headline in bold, ``<br/>`` paragraphs, a link at the end),
  views and a ``<time datetime>``; the title bar "channel – Telegram".
- wayback: a Wayback Machine capture: the archive's toolbar (URL box, capture counts, an English
  capture date range, month/year calendar, "about this capture"), the page itself with links
  rewritten under ``/web/…/``, the date in Arabic words only, the archive's closing comment.
- mobile_lazy: a mobile (``m.``) page: menu and search buttons, the date as ``dd/mm/yyyy hh:mm``,
  a lazy image, the first paragraphs shown and the rest in a hidden block behind a "continue
  reading" button, an ad slot, "more news" cards each with a relative time, the app links.

Second round (marked ``6++``), written after the first round's fixes and measured at first contact
too, on another draw of records past line 1,000 (``second_round_records``):

- live_blog: a live coverage page: a "live" badge, the headline, "coverage:" and the writer, a
  last-updated line, then the updates newest first, each an ``<article>`` with its ``<time
  datetime>`` and clock time, a "pinned" key-event list of the times, share links per update,
  a "load more" button and related coverage.
- paywall: a subscriber-only article: the outlet's header with a "subscribe" button, the headline,
  the writer, the date in words, the first paragraphs only, then the paywall box (exclusive for
  subscribers, the offer, a list of a subscription's benefits, "already a subscriber? log in"),
  the "most read" list. The truth body is the paragraphs the page shows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from layouts_html import SECTIONS, esc, paragraphs_html
from layouts_thirteenth import fresh_records, second_round_records  # noqa: F401 (bench_html draws these families' records)
from page_builder import EN_MONTHS_SHORT, LEVANTINE, MSA, WEEKDAYS, msa


def blogger(t: Any) -> str:
    blog = t.outlet
    stamp = f"{t.day.isoformat()}T10:{t.day.day + 10:02d}:00+03:00"
    body = "<br />\n<br />\n".join(esc(p) for p in t.paragraphs())
    author = (f"<span class='post-author vcard'>مرسلة بواسطة <span class='fn' itemprop='author'>"
              f"<a class='g-profile' href='https://www.blogger.com/profile/1'><span itemprop='name'>{esc(t.byline)}"
              f"</span></a></span></span>") if t.byline else ""
    popular = "".join(f"<li><div class='item-title'><a href='/p/{i}.html'>{esc(h)}</a></div></li>"
                      for i, h in enumerate(t.ticker))
    return (f"<!DOCTYPE html><html dir='rtl' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'>"
            f"<head><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>"
            f"<meta content='blogger' name='generator'/><title>{esc(blog)}: {esc(t.headline)}</title>"
            f"<link rel='alternate' type='application/atom+xml' title='{esc(blog)} - Atom' href='/feeds/posts/default'/>"
            f"</head><body><div class='navbar section' id='navbar'><div class='widget Navbar'>"
            f"<iframe src='https://www.blogger.com/navbar.g'></iframe></div></div>"
            f"<div class='header-outer'><div class='Header widget'><h1 class='title'><a href='/'>{esc(blog)}</a></h1>"
            f"<p class='description'><span>مدونة إخبارية مستقلة تتابع الأحداث لحظة بلحظة</span></p></div></div>"
            f"<div class='main-outer'><div class='Blog widget' id='Blog1'><div class='blog-posts hfeed'>"
            f"<div class='date-outer'><h2 class='date-header'><span>{WEEKDAYS[t.day.weekday()]}، {msa(t.day, weekday=False)}"
            f"</span></h2><div class='date-posts'><div class='post-outer'><div class='post hentry' itemprop='blogPost'>"
            f"<a name='7312'></a><h3 class='post-title entry-title' itemprop='name'>{esc(t.headline)}</h3>"
            f"<div class='post-header'></div><div class='post-body entry-content' id='post-body-7312' itemprop='description articleBody'>"
            f"{body}<br />\n<div style='clear: both;'></div></div>"
            f"<div class='post-footer'><div class='post-footer-line post-footer-line-1'>{author} "
            f"<span class='post-timestamp'>في <a class='timestamp-link' href='/p.html' rel='bookmark'>"
            f"<abbr class='published' itemprop='datePublished' title='{stamp}'>10:{t.day.day + 10:02d} ص</abbr></a></span>"
            f" <span class='post-comment-link'><a class='comment-link' href='#comments'>ليست هناك تعليقات:</a></span>"
            f"<div class='post-share-buttons goog-inline-block'><a class='share-button sb-email' href='#'>"
            f"<span class='share-button-link-text'>إرسال بالبريد الإلكتروني</span></a>"
            f"<a class='share-button sb-blog' href='#'><span class='share-button-link-text'>BlogThis!</span></a>"
            f"<a class='share-button sb-twitter' href='#'><span class='share-button-link-text'>‏المشاركة على X</span></a>"
            f"<a class='share-button sb-facebook' href='#'><span class='share-button-link-text'>‏المشاركة في Facebook</span></a>"
            f"</div></div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>التسميات: "
            f"<a href='/search/label/x' rel='tag'>أخبار</a>, <a href='/search/label/y' rel='tag'>سياسة</a></span></div>"
            f"</div></div></div></div></div></div>"
            f"<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' "
            f"href='/n.html'>رسالة أحدث</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' "
            f"href='/o.html'>رسالة أقدم</a></span><a class='home-link' href='/'>الصفحة الرئيسية</a></div>"
            f"<div class='post-feeds'>الاشتراك في: <a href='/feeds/1/comments/default'>تعليقات الرسالة (Atom)</a></div>"
            f"<div class='comments' id='comments'><h4>ليست هناك تعليقات:</h4><p class='comment-footer'>"
            f"<a href='#'>إرسال تعليق</a></p></div></div></div>"
            f"<div class='sidebar section' id='sidebar'><div class='widget PopularPosts'><h2>المشاركات الشائعة</h2>"
            f"<div class='widget-content popular-posts'><ul>{popular}</ul></div></div>"
            f"<div class='widget BlogArchive'><h2>أرشيف المدونة</h2><ul class='hierarchy'><li><a class='toggle'>►</a> "
            f"<a class='post-count-link' href='/{t.day.year}/'>{t.day.year}</a> <span class='post-count'>(214)</span></li>"
            f"<li><a class='toggle'>►</a> <a class='post-count-link' href='/{t.day.year - 1}/'>{t.day.year - 1}</a> "
            f"<span class='post-count'>(388)</span></li></ul></div></div>"
            f"<div class='footer-outer'>يتم التشغيل بواسطة <a href='https://www.blogger.com'>Blogger</a>.</div></body></html>")


def joomla(t: Any) -> str:
    iso = f"{t.day.isoformat()}T08:{t.day.day + 10:02d}:00+02:00"
    month = f"{LEVANTINE[t.day.month - 1]}/{MSA[t.day.month - 1]}"
    body = paragraphs_html(t)
    author = (f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">كتب بواسطة: '
              f'<span itemprop="name">{esc(t.byline)}</span></dd>') if t.byline else ""
    related = "".join(f'<li><a href="/index.php/news/{i}-item">{esc(x)}</a></li>' for i, x in enumerate(t.related, 40))
    menu = "".join(f'<li class="item-{i}"><a href="/index.php/c{i}">{m}</a></li>' for i, m in enumerate(SECTIONS, 101))
    return (f'<!DOCTYPE html><html lang="ar-aa" dir="rtl"><head><meta charset="utf-8">'
            f'<meta name="description" content="موقع إخباري عربي مستقل يقدم آخر الأخبار والتقارير">'
            f'<meta name="generator" content="Joomla! - Open Source Content Management">'
            f"<title>{esc(t.headline)}</title><link href=\"/templates/protostar/favicon.ico\" rel=\"shortcut icon\">"
            f"</head><body class=\"site com_content view-article no-layout no-task itemid-101\">"
            f'<div class="body"><div class="container"><header class="header"><a class="brand pull-right" href="/">'
            f'<span class="site-title">{esc(t.outlet)}</span></a><div class="header-search pull-left">'
            f'<input name="searchword" placeholder="بحث ..."></div></header>'
            f'<nav class="navigation"><ul class="nav menu nav-pills mod-list">{menu}</ul></nav>'
            f'<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
            f'<li>أنت هنا: &#160;</li><li><a href="/" class="pathway">الرئيسية</a><span class="divider"> » </span></li>'
            f'<li><a href="/index.php/news" class="pathway">أخبار</a><span class="divider"> » </span></li>'
            f'<li class="active"><span>{esc(t.headline)}</span></li></ul></div>'
            f'<main id="content" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article">'
            f'<meta itemprop="inLanguage" content="ar-AA"><div class="page-header"><h2 itemprop="headline">'
            f"{esc(t.headline)}</h2></div>"
            f'<dl class="article-info muted"><dt class="article-info-term">التفاصيل</dt>{author}'
            f'<dd class="category-name">التصنيف: <a href="/index.php/news" itemprop="genre">أخبار</a></dd>'
            f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso}" itemprop="datePublished">نشر بتاريخ: {t.day.day} {month} {t.day.year}</time></dd>'
            f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{t.day.day * 37}">الزيارات: {t.day.day * 37}</dd></dl>'
            f'<div itemprop="articleBody">{body}</div>'
            f'<ul class="pager pagenav"><li class="previous"><a href="/p" rel="prev">السابق</a></li>'
            f'<li class="next"><a href="/n" rel="next">التالي</a></li></ul></div></main>'
            f'<div id="aside" class="span3"><div class="moduletable"><h3>مقالات ذات صلة</h3>'
            f'<ul class="relateditems mod-list">{related}</ul></div></div></div></div>'
            f'<footer class="footer"><p class="pull-right"><a href="#top" id="back-top">العودة للأعلى</a></p>'
            f"<p>&copy; {t.day.year} {esc(t.outlet)}</p></footer></body></html>")


def telegram_post(t: Any) -> str:
    channel = t.outlet
    handle = f"channel{t.day.day}{t.day.month}"
    text = "<br/><br/>".join(esc(p) for p in t.paragraphs())
    stamp = f"{t.day.isoformat()}T0{t.day.day % 10}:{t.day.day + 10:02d}:41+00:00"
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(channel)} – Telegram</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f'<link href="https://telegram.org/css/widget-frame.css" rel="stylesheet"></head>'
            f'<body class="widget_frame_base tgme_widget body_widget_post emoji_image nodark">'
            f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" '
            f'data-post="{handle}/{t.day.day * 97}" data-view="eyJjIjotMTAwMTA"><div class="tgme_widget_message_user">'
            f'<a href="https://t.me/{handle}"><i class="tgme_widget_message_user_photo bgcolor0" data-content="ص">'
            f'<img src="https://cdn4.telesco.pe/file/x.jpg"></i></a></div><div class="tgme_widget_message_bubble">'
            f'<i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="11px" height="20px"></svg></i>'
            f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" '
            f'href="https://t.me/{handle}"><span dir="auto">{esc(channel)}</span></a></div>'
            f'<a class="tgme_widget_message_photo_wrap" href="https://t.me/{handle}/{t.day.day * 97}" '
            f"style=\"width:800px;background-image:url('https://cdn4.telesco.pe/file/y.jpg')\"></a>"
            f'<div class="tgme_widget_message_text js-message_text" dir="auto"><b>{esc(t.headline)}</b><br/><br/>'
            f'{text}<br/><br/>🔗 <a href="{esc(t.canonical)}" target="_blank" rel="noopener">{esc(t.canonical)}</a></div>'
            f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info '
            f'short js-message_info"><span class="tgme_widget_message_views">{t.day.day}.{t.day.month}K</span>'
            f'<span class="copyonly"> views</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" '
            f'href="https://t.me/{handle}/{t.day.day * 97}"><time datetime="{stamp}" class="time">'
            f"0{t.day.day % 10}:{t.day.day + 10:02d}</time></a></span></div></div></div></div></div>"
            f'<div class="tgme_widget_message_link_preview">اعرض في تيليجرام</div></body></html>')


def wayback(t: Any) -> str:
    taken = t.day + dt.timedelta(days=t.rng.randint(1, 60))
    first, last = taken - dt.timedelta(days=300), taken + dt.timedelta(days=500)
    stamp = f"{taken:%Y%m%d}0{t.day.day % 10}2512"
    url = t.canonical
    prefix = f"/web/{stamp}/"
    body = paragraphs_html(t)
    related = "".join(f'<li><a href="{prefix}{esc(url)}?r={i}">{esc(x)}</a></li>' for i, x in enumerate(t.related))
    author = f'<div class="author">{esc(t.byline)}</div>' if t.byline else ""

    def en(day: dt.date) -> str:
        return f"{day.day:02d} {EN_MONTHS_SHORT[day.month - 1]} {day.year}"

    months = "".join(f"<td class='c'><a href='#'>{EN_MONTHS_SHORT[(taken.month + k - 2) % 12].upper()}</a></td>"
                     for k in range(3))
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><script src="//archive.org/includes/athena.js" '
            f'type="text/javascript"></script><script type="text/javascript">window.addEventListener("DOMContentLoaded",'
            f'function(){{__wm.bt(725,27,25,2,"web","{esc(url)}","{stamp}",1996,"/_static/",["/_static/css/banner-styles.css"]);}});'
            f'</script><link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />'
            f"<!-- End Wayback Rewrite JS Include -->"
            f'<meta charset="utf-8"><title>{esc(t.headline)} | {esc(t.outlet)}</title>'
            f'<link rel="stylesheet" href="{prefix}cs_/https://www.example.org/style.css"></head><body>'
            f"<!-- BEGIN WAYBACK TOOLBAR INSERT -->"
            f'<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"><div id="wm-ipp" style="position:fixed;">'
            f'<div id="wm-ipp-inside"><div id="wm-logo" style="float:left;"><a href="/web/" title="Wayback Machine home page">'
            f'Wayback Machine</a></div><div class="c"><div class="u" style="position:relative;"><form target="_top" '
            f'method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" '
            f'value="{esc(url)}" onfocus="this.focus();this.select();" /></form></div>'
            f'<div class="n"><table><tr class="m"><td class="b" nowrap="nowrap"><a href="#">{en(first)}</a></td>'
            f'{months}<td class="f"><a href="#">{en(last)}</a></td></tr><tr class="d"><td class="b"></td>'
            f'<td class="c" style="width:36px;"><div id="wm-graph-anchor"></div>{taken.day}</td></tr>'
            f'<tr class="y"><td>{taken.year - 1}</td><td>{taken.year}</td><td>{taken.year + 1}</td></tr></table></div>'
            f'<div class="r"><div id="wm-btns"><a href="#" id="wm-expand" title="Show/hide details">About this capture</a>'
            f'</div></div><div class="s"><div id="wm-nav-captures"><a class="t" href="/web/*/{esc(url)}">'
            f"{t.day.day * 3 + 7} captures</a><div class=\"r\">{en(first)} - {en(last)}</div></div></div></div>"
            f'<div id="wm-capinfo" style="border-top:1px solid #777;display:none;">COLLECTED BY'
            f"<div>Organization: Internet Archive</div><div>The Internet Archive discovers and captures web pages "
            f"through many different web crawls.</div><div>TIMESTAMPS</div></div></div></div>"
            f"<!-- END WAYBACK TOOLBAR INSERT -->"
            f'<div class="site"><header><a href="{prefix}https://www.example.org/">{esc(t.outlet)}</a><ul>'
            + "".join(f'<li><a href="{prefix}https://www.example.org/c/{i}">{m}</a></li>' for i, m in enumerate(SECTIONS))
            + f'</ul></header><div class="article"><h1>{esc(t.headline)}</h1>{author}'
            f'<span class="date">{msa(t.day, weekday=False)}</span><div class="content">{body}</div>'
            f'<div class="related"><h3>أخبار ذات صلة</h3><ul>{related}</ul></div></div>'
            f"<footer>© {t.day.year} {esc(t.outlet)}</footer></div>"
            f"<!--\n     FILE ARCHIVED ON {taken:%H:%M:%S} {EN_MONTHS_SHORT[taken.month - 1]} {taken.day}, {taken.year} "
            f"AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 08:12:44 Mar 03, 2024.\n-->"
            f"</body></html>")


def mobile_lazy(t: Any) -> str:
    paragraphs = t.paragraphs()
    shown, rest = paragraphs[:2], paragraphs[2:]
    body = "".join(f"<p>{esc(p)}</p>" for p in shown)
    if rest:
        body += ('<div class="m-ad" data-ad-slot="m_article_2"><span>إعلان</span></div>'
                 '<div class="m-rest" id="m-rest" hidden>' + "".join(f"<p>{esc(p)}</p>" for p in rest) + "</div>"
                 '<button class="m-more" onclick="document.getElementById(\'m-rest\').hidden=false">تابع القراءة</button>')
    cards = "".join(f'<a class="m-card" href="/n/{i}"><img class="lazy" data-src="/img/{i}.jpg" '
                    f'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><span class="m-card-title">{esc(x)}</span>'
                    f'<span class="m-card-time">منذ {i % 9 + 2} ساعات</span></a>' for i, x in enumerate(t.related, 1))
    canonical = t.canonical
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="canonical" href="{esc(canonical)}"><title>{esc(t.headline)} - {esc(t.outlet)}</title>'
            f'<meta property="og:title" content="{esc(t.headline)}"></head><body class="m">'
            f'<div class="m-header"><button class="m-menu" aria-label="القائمة">☰</button>'
            f'<a class="m-logo" href="/">{esc(t.outlet)}</a><button class="m-search" aria-label="بحث">بحث</button></div>'
            f'<div class="m-article"><h1 class="m-title">{esc(t.headline)}</h1><div class="m-meta">'
            f'<span class="m-date">{t.day.day:02d}/{t.day.month:02d}/{t.day.year} {t.day.day % 12 + 1:02d}:15</span></div>'
            f'<div class="m-img"><img class="lazy" data-src="/img/main.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
            f'alt="{esc(t.headline)}"></div><div class="m-body">{body}</div>'
            f'<div class="m-share"><a href="whatsapp://send">واتساب</a><a href="#">فيسبوك</a><a href="#">تويتر</a></div></div>'
            f'<div class="m-related"><div class="m-related-title">المزيد من الأخبار</div>{cards}</div>'
            f'<div class="m-footer"><a href="{esc(canonical)}">النسخة الكاملة</a> | <a href="#">تطبيق أندرويد</a> | '
            f'<a href="#">تطبيق آيفون</a><p>© {t.day.year} {esc(t.outlet)}</p></div></body></html>')


def live_blog(t: Any) -> str:
    paragraphs = t.paragraphs()
    times = [(9 + k) % 24 for k in range(len(paragraphs))]
    entries = "".join(
        f'<article class="liveblog-entry" id="update-{k}"><header><time class="entry-time" '
        f'datetime="{t.day.isoformat()}T{hour:02d}:{(k * 7) % 60:02d}:00+03:00">{hour:02d}:{(k * 7) % 60:02d}</time>'
        f'</header><div class="entry-content"><p>{esc(p)}</p></div><div class="entry-share">'
        f'<a href="#update-{k}">نسخ الرابط</a> <a href="#">تويتر</a></div></article>'
        for k, (p, hour) in reversed(list(enumerate(zip(paragraphs, times, strict=True)))))
    pinned = "".join(f'<li><a href="#update-{k}">{h:02d}:{(k * 7) % 60:02d}</a></li>' for k, h in enumerate(times[:3]))
    author = f'<div class="live-author">تغطية: <a href="/author/1">{esc(t.byline)}</a></div>' if t.byline else ""
    related = "".join(f'<li><a href="/live/{i}">{esc(x)}</a></li>' for i, x in enumerate(t.related, 1))
    last = times[-1]
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>مباشر | {esc(t.headline)} | {esc(t.outlet)}</title></head><body>"
            f'<header class="site-header"><a class="logo" href="/">{esc(t.outlet)}</a><nav>'
            + "".join(f'<a href="/c/{i}">{m}</a>' for i, m in enumerate(SECTIONS)) +
            f'</nav></header><main><div class="live-header"><span class="live-badge">مباشر</span>'
            f'<h1 class="live-title">{esc(t.headline)}</h1>{author}'
            f'<div class="live-updated">آخر تحديث: {msa(t.day, weekday=False)} - {last:02d}:{((len(times) - 1) * 7) % 60:02d}'
            f'</div></div><aside class="key-events"><h2>أبرز الأحداث</h2><ul>{pinned}</ul></aside>'
            f'<section class="liveblog-feed">{entries}</section>'
            f'<button class="load-more">تحميل المزيد من التحديثات</button></main>'
            f'<aside class="related-live"><h3>تغطيات ذات صلة</h3><ul>{related}</ul></aside>'
            f"<footer>© {t.day.year} {esc(t.outlet)}</footer></body></html>")


def paywall(t: Any) -> str:
    t.body = t.body[:2]  # the page shows the first paragraphs only: that is its body
    body = paragraphs_html(t)
    author = f'<a class="byline" rel="author" href="/writers/7">{esc(t.byline)}</a>' if t.byline else ""
    most_read = "".join(f'<li><a href="/a/{i}">{esc(h)}</a></li>' for i, h in enumerate(t.ticker, 1))
    perks = ["وصول غير محدود إلى جميع المقالات", "النسخة الرقمية من الصحيفة يوميا", "نشرات بريدية حصرية",
             "تصفح بلا إعلانات"]
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title></head><body>"
            f'<header><a class="brand" href="/">{esc(t.outlet)}</a><a class="btn-subscribe" href="/subscribe">'
            f'اشترك</a><a class="login" href="/login">تسجيل الدخول</a></header>'
            f'<main><article class="story"><span class="premium-label">للمشتركين</span>'
            f'<h1 class="story-headline">{esc(t.headline)}</h1><div class="story-meta">{author}'
            f'<span class="story-date">{msa(t.day)}</span></div>'
            f'<div class="story-body">{body}</div>'
            f'<div class="paywall" id="paywall"><h2>هذا المقال حصري للمشتركين</h2>'
            f"<p>اشترك الآن واحصل على الشهر الأول بدولار واحد فقط، ثم {t.day.day + 5} دولارا شهريا. "
            f"يمكنك الإلغاء في أي وقت.</p><ul class=\"perks\">" + "".join(f"<li>{p}</li>" for p in perks) +
            f'</ul><a class="btn" href="/subscribe?src=paywall">اشترك الآن</a>'
            f'<p class="paywall-login">لديك اشتراك بالفعل؟ <a href="/login">سجل الدخول</a></p></div></article>'
            f'<aside class="most-read"><h3>الأكثر قراءة</h3><ol>{most_read}</ol></aside></main>'
            f"<footer>© {t.day.year} {esc(t.outlet)} - جميع الحقوق محفوظة</footer></body></html>")
