"""Eight more page templates for bench_html.py, modelled on what Arabic news sites serve today.

``magazine`` and ``broadcaster`` were written first and tuned against; the others came in pairs,
each written after the fixes the pair before prompted and first run unseen.  First-contact figures
(100 pages each; khabar, trafilatura in brackets):

- regional: body token F1 0.981 (0.950), paragraph F1 0.832, author 0.982, outlet 0.000;
  amp: 1.000 on every field.
- opinion: body token F1 0.960 (0.942), paragraph F1 0.893; nextjs: author 0.000, the rest 1.000.
- breaking: body token F1 0.996 (0.982), paragraph F1 0.990, related 0.998; archive: body token
  F1 1.000 (0.992), paragraph F1 0.999.

- magazine: a Bootstrap-style portal. Cookie banner, top bar with the day's date, nav with
  sub-menus, leaderboard ad, breadcrumb, category label, post meta (writer, date, views), share
  buttons, a lead photo with caption, a body whose paragraphs are split by ``<br>`` and nested
  divs with an inline photo and an in-article ad between them, tags, related cards (thumbnail, a
  headline, "منذ ساعات"), a comment section with readers' comments and a comment form, a sidebar
  with "most read" and "latest news" widgets and a newsletter box, a footer with an about text.
  Metadata: JSON-LD NewsArticle (datePublished, dateModified, author list, publisher, inLanguage),
  ``<link rel=canonical>``.
- broadcaster: a TV channel's site. ``<main>`` with the article in ``<div>`` text blocks, a video
  player placeholder, a "topics" list, an "also on the channel" carousel under an aria-label, a
  live-coverage sidebar whose items carry a one-line summary. Metadata: ``<meta itemprop>``
  datePublished/dateModified, Dublin Core (DC.title, DC.creator, DC.date.issued), og:url only.
- regional (first pair): an older regional daily. ``<font>`` and ``<center>``, the body in one
  ``<td>``-free div with ``<br>`` paragraphs and ``<b>`` openings, "بقلم:" byline in a plain div,
  no date metadata (the date only in the article URL, ``/2018/03/07/``, and in the page text),
  a cookie banner, a long reader-comments thread (names, dates, multi-sentence comments), a
  "أخبار متعلقة" list and a "latest news" marquee.
- amp (first pair): an AMP page. ``<html ⚡>``, amp-img and amp-ad, an accordion sidebar, a JSON-LD
  ``@graph`` (WebSite, BreadcrumbList, NewsArticle with an author list), ``<time datetime>``,
  canonical to the non-AMP page, a "شاهد أيضاً" list of cards, a footer menu.
- opinion, nextjs (second pair) and breaking, archive (third pair): see their docstrings.
"""

from __future__ import annotations

import json
from typing import Any

from layouts_html import esc, paragraphs_html

MENU = ["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "فن وثقافة", "تكنولوجيا", "مقالات الرأي"]
SUBMENU = ["مصر", "الخليج", "المغرب العربي", "الشام"]
SHARE = ["فيسبوك", "تويتر", "واتساب", "تلغرام", "لينكدإن", "نسخ الرابط"]
COOKIE = ("نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا وتحليل حركة الزيارات وتخصيص "
          "الإعلانات، وباستمرارك في تصفح الموقع فإنك توافق على سياسة الخصوصية وشروط الاستخدام.")
ABOUT = ("موقع إخباري مستقل يقدم تغطية شاملة للأحداث المحلية والعربية والدولية على مدار الساعة، "
         "ويلتزم بالمهنية والدقة في نقل الخبر.")
#: Readers' comments: prose of sentence length, as on real comment threads.
COMMENTS = [
    ("أبو محمد", "للأسف هذا ما كنا نحذر منه منذ سنوات ولم يسمعنا أحد، والمسؤولون يتحملون النتيجة كاملة."),
    ("سارة من عمان", "شكرا على التغطية المميزة، لكن كنت أتمنى أن يتضمن التقرير آراء المواطنين المتضررين أيضا."),
    ("مواطن غيور", "الكلام جميل على الورق لكن التنفيذ على أرض الواقع شيء آخر تماما، ننتظر الأفعال لا الأقوال."),
    ("خالد العلي", "نرجو من الصحيفة متابعة هذا الموضوع ونشر التطورات أولا بأول لأن الناس تريد أن تعرف الحقيقة."),
    ("أم يوسف", "الله يحفظ البلاد والعباد، والمهم أن تصل المساعدات لمستحقيها بدون واسطة أو تأخير."),
]
CAPTIONS = ["صورة أرشيفية من مكان الحدث (رويترز)", "جانب من الاجتماع - أرشيف", "لقطة من موقع الحدث (أ ف ب)"]


def _ld(data: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _comments(count: int) -> str:
    items = "".join(f'<li class="comment"><div class="comment-author"><b>{esc(name)}</b></div>'
                    f'<div class="comment-date">منذ {i + 2} ساعات</div><div class="comment-body"><p>{esc(text)}</p></div>'
                    '<a href="#" class="reply">رد</a></li>' for i, (name, text) in enumerate(COMMENTS[:count]))
    return (f'<div id="comments" class="comments-section"><h3>التعليقات ({count})</h3><ul class="comment-list">{items}</ul>'
            '<form class="comment-form"><h4>أضف تعليقك</h4><input placeholder="الاسم">'
            '<textarea placeholder="اكتب تعليقك هنا"></textarea><button>إرسال</button></form></div>')


def _menu() -> str:
    subs = "".join(f'<li><a href="/arab/{i}">{s}</a></li>' for i, s in enumerate(SUBMENU))
    items = "".join(f'<li><a href="/section/{i}">{m}</a>' + (f'<ul class="sub-menu">{subs}</ul>' if i == 2 else "")
                    + "</li>" for i, m in enumerate(MENU))
    return f'<nav class="main-menu"><ul>{items}</ul></nav>'


def _share(cls: str = "share-buttons") -> str:
    return f'<div class="{cls}"><span>شارك:</span>' + "".join(f'<a href="#" title="{s}">{s}</a>' for s in SHARE) + "</div>"


def _paragraph_runs(paragraphs: list[str], size: int) -> list[list[str]]:
    return [paragraphs[i:i + size] for i in range(0, len(paragraphs), size)]


def magazine(t: Any) -> str:
    published, modified = f"{t.day.isoformat()}T14:20:00+03:00", f"{t.day.isoformat()}T16:05:00+03:00"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t.headline,
          "datePublished": published, "dateModified": modified, "inLanguage": "ar",
          "mainEntityOfPage": {"@type": "WebPage", "@id": t.canonical},
          "publisher": {"@type": "Organization", "name": t.outlet, "logo": {"@type": "ImageObject", "url": "/logo.png"}}}
    if t.byline:
        ld["author"] = [{"@type": "Person", "name": t.byline}]
    runs = _paragraph_runs(t.paragraphs(), 2)
    blocks = ["<br><br>".join(esc(p) for p in run) for run in runs]
    inline = (f'<div class="inline-image"><img src="/img/2.jpg" alt=""><span class="img-caption">{esc(CAPTIONS[1])}'
              '</span></div>')
    ad = '<div class="ad ad-inarticle"><ins class="adsbygoogle" data-ad-slot="123"></ins><small>إعلان</small></div>'
    body = f"<div>{blocks[0]}</div>"
    for i, block in enumerate(blocks[1:]):
        body += (inline if i == 0 else ad if i == 1 else "") + f"<div><div>{block}</div></div>"
    cards = "".join(f'<div class="col-4"><div class="card"><a href="/news/{i}"><img src="/t/{i}.jpg" alt=""></a>'
                    f'<h4 class="card-title"><a href="/news/{i}">{esc(x)}</a></h4><span class="time">منذ {i + 1} ساعات</span>'
                    "</div></div>" for i, x in enumerate(t.related))
    most = "".join(f'<li><span class="num">{i + 1}</span><a href="/m/{i}">{esc(x)}</a></li>' for i, x in enumerate(t.ticker))
    latest = "".join(f'<li><a href="/l/{i}">{esc(x)}</a><time>{10 + i}:{15 + i}</time></li>' for i, x in enumerate(t.latest))
    byline = f'<span class="writer">كتب: {esc(t.byline)}</span>' if t.byline else ""
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(t.headline)} - {esc(t.outlet)}'
        f'</title><link rel="canonical" href="{t.canonical}"><meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(t.headline)}"><link rel="stylesheet" href="/css/bootstrap.rtl.css">'
        f'{_ld(ld)}<script async src="https://ads.example/gpt.js"></script></head><body class="single-post">'
        f'<div id="cookie-notice" class="cookie-banner"><p>{esc(COOKIE)}</p><button>موافق</button>'
        '<a href="/privacy">سياسة الخصوصية</a></div>'
        f'<header class="site-header"><div class="top-bar"><span class="today">{t.shown_day}</span>'
        '<a href="/login">تسجيل الدخول</a> <a href="/subscribe">اشترك الآن</a></div>'
        f'<div class="logo"><a href="/">{esc(t.outlet)}</a></div>{_menu()}</header>'
        '<div class="ad ad-leaderboard"><small>إعلان</small><ins class="adsbygoogle"></ins></div>'
        '<div class="container"><div class="row"><div class="col-md-8">'
        '<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/section/2">عربي ودولي</a></li>'
        f'<li class="active">{esc(t.headline[:40])}...</li></ol><div class="post">'
        f'<div class="post-header"><a class="category" href="/section/2">عربي ودولي</a><h1 class="post-title">{esc(t.headline)}'
        f'</h1><div class="post-meta">{byline}<span class="post-date">{t.shown_day}</span>'
        '<span class="views">1,284 مشاهدة</span></div></div>'
        f'{_share()}<div class="post-image"><img src="/img/1.jpg" alt=""><p class="caption">{esc(CAPTIONS[0])}</p></div>'
        f'<div class="post-body"><div class="text">{body}</div></div>'
        '<div class="post-tags"><span>الكلمات المفتاحية:</span> <a href="/tag/1">سياسة</a> <a href="/tag/2">العالم العربي</a></div>'
        f'{_share("share-buttons bottom")}<div class="related-posts"><h3 class="block-title">مقالات ذات صلة</h3>'
        f'<div class="row">{cards}</div></div>{_comments(4)}</div></div>'
        '<div class="col-md-4"><aside class="sidebar">'
        f'<div class="widget"><h3 class="widget-title">الأكثر قراءة</h3><ul>{most}</ul></div>'
        f'<div class="widget"><h3 class="widget-title">آخر الأخبار</h3><ul>{latest}</ul></div>'
        '<div class="widget newsletter"><h3>النشرة البريدية</h3><p>اشترك ليصلك ملخص أهم الأخبار يوميا</p>'
        '<input type="email"><button>اشتراك</button></div></aside></div></div></div>'
        f'<footer class="site-footer"><div class="row"><div class="col"><h4>عن الموقع</h4><p>{esc(ABOUT)}</p></div>'
        '<div class="col"><h4>أقسام</h4><ul>' + "".join(f'<li><a href="/section/{i}">{m}</a></li>' for i, m in enumerate(MENU))
        + '</ul></div><div class="col"><h4>تابعنا</h4><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">يوتيوب</a></div>'
        f'</div><p class="copyright">© {t.day.year} {esc(t.outlet)}. جميع الحقوق محفوظة.</p></footer></body></html>')


def broadcaster(t: Any) -> str:
    published, modified = f"{t.day.isoformat()}T07:45:00Z", f"{t.day.isoformat()}T11:30:00Z"
    blocks = "".join(f'<div class="article-text-block"><p>{esc(p)}</p></div>' for p in t.paragraphs())
    carousel = "".join(f'<li class="promo"><a href="/v/{i}"><img src="/p/{i}.jpg" alt=""><span class="promo-title">'
                       f'{esc(x)}</span></a></li>' for i, x in enumerate(t.related))
    live = "".join(f'<li class="live-item"><time>{8 + i}:0{i}</time><a href="/live/{i}">{esc(x)}</a></li>'
                   for i, x in enumerate(t.latest))
    creator = f'<meta name="DC.creator" content="{esc(t.byline)}">' if t.byline else ""
    author = f'<div class="author-box"><span>إعداد: </span><strong>{esc(t.byline)}</strong></div>' if t.byline else ""
    return (
        '<!DOCTYPE html><html lang="ar-AE" dir="rtl"><head><meta charset="utf-8">'
        f'<title>{esc(t.headline)} | {esc(t.outlet)}</title><meta property="og:url" content="{t.canonical}">'
        f'<meta name="DC.title" content="{esc(t.headline)}">{creator}'
        f'<meta name="DC.date.issued" content="{published}">'
        f'<meta itemprop="datePublished" content="{published}"><meta itemprop="dateModified" content="{modified}">'
        f'<meta property="og:site_name" content="{esc(t.outlet)}">'
        '<script>window.__INITIAL_STATE__={"page":"article","ads":true};</script></head><body>'
        '<a class="skip-link" href="#main">انتقل إلى المحتوى الرئيسي</a>'
        f'<header role="banner"><div class="brand">{esc(t.outlet)}</div>{_menu()}'
        '<div class="live-button"><a href="/live">البث المباشر</a></div></header>'
        '<main id="main"><div class="article-container">'
        f'<div class="article-header"><h1 class="article-title">{esc(t.headline)}</h1>'
        f'<div class="article-dates"><span>نشر في {t.shown_day}</span> <span>آخر تحديث {t.shown_day}</span></div>'
        f'{author}</div>'
        '<div class="video-player" data-video-id="98765"><div class="player-placeholder">'
        f'<button class="play">تشغيل الفيديو</button><p class="video-caption">{esc(CAPTIONS[2])}</p></div></div>'
        f'<div class="article-body">{blocks}</div>'
        '<div class="topics"><h2>مواضيع</h2><ul><li><a href="/t/1">سياسة</a></li><li><a href="/t/2">الشرق الأوسط</a></li>'
        '</ul></div>'
        f'{_share("social-share")}</div>'
        f'<section aria-label="قد يعجبك أيضا" class="carousel"><h2>قد يعجبك أيضا</h2><ul>{carousel}</ul></section>'
        f'<aside class="live-coverage"><h2>تغطية مباشرة</h2><ul>{live}</ul></aside></main>'
        '<footer role="contentinfo"><ul class="footer-links"><li><a href="/about">من نحن</a></li>'
        '<li><a href="/terms">شروط الاستخدام</a></li><li><a href="/privacy">الخصوصية</a></li>'
        f'<li><a href="/contact">اتصل بنا</a></li></ul><p>© {t.day.year} {esc(t.outlet)}</p></footer></body></html>')


def regional(t: Any) -> str:
    body = "<br>\n<br>\n".join((f"<b>{esc(p)}</b>" if i == 0 else esc(p)) for i, p in enumerate(t.paragraphs()))
    related = "".join(f'<div class="item"><img src="/b.gif"> <a href="/news.php?id={900 + i}">{esc(x)}</a></div>'
                      for i, x in enumerate(t.related))
    comments = "".join(
        f'<div class="cmt"><div class="cmt-head"><font color="#990000"><b>{esc(name)}</b></font> - {t.shown_day}</div>'
        f'<div class="cmt-text">{esc(text)}</div></div>' for name, text in COMMENTS)
    marquee = " ••• ".join(f'<a href="/news.php?id={700 + i}">{esc(x)}</a>' for i, x in enumerate(t.latest))
    byline = f'<div class="kateb">بقلم: {esc(t.byline)}</div>' if t.byline else ""
    return (
        '<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<title>{esc(t.outlet)} | {esc(t.headline)}</title><meta property="og:title" content="{esc(t.headline)}">'
        f'<link rel="canonical" href="{t.canonical}"><link href="/style.css" rel="stylesheet"></head>'
        '<body bgcolor="#ffffff"><div id="cookies"><span>'
        f'{esc(COOKIE)}</span> <a href="#" onclick="hide()">أوافق</a></div>'
        f'<center><div id="header"><img src="/logo.gif" alt="{esc(t.outlet)}"><div class="date">{t.shown_day}</div></div>'
        '<div id="menu">' + " | ".join(f'<a href="/cat.php?id={i}">{m}</a>' for i, m in enumerate(MENU)) + "</div>"
        f'<div id="marquee"><b>آخر الأخبار:</b> <marquee direction="right">{marquee}</marquee></div></center>'
        '<div id="wrapper"><div id="right">'
        f'<div class="news-title"><font size="5"><b>{esc(t.headline)}</b></font></div>'
        f'{byline}<div class="news-date">{t.shown_day}</div>'
        f'<div class="news-img"><img src="/up/1.jpg" width="400"><br><font size="2">{esc(CAPTIONS[0])}</font></div>'
        f'<div class="news-text"><font face="Tahoma" size="3">{body}</font></div>'
        '<div class="tools"><a href="#">طباعة</a> | <a href="#">أرسل لصديق</a> | <a href="#">تعليق</a></div>'
        f'<div class="more"><div class="more-head">أخبار متعلقة</div>{related}</div>'
        f'<div class="comments"><div class="comments-head">تعليقات القراء ({len(COMMENTS)})</div>{comments}'
        '<div class="note">التعليقات المنشورة تعبر عن رأي أصحابها ولا تعبر بالضرورة عن رأي الصحيفة</div></div></div>'
        '<div id="left"><div class="box"><div class="box-head">استطلاع الرأي</div>'
        '<p>هل تؤيد القرارات الحكومية الأخيرة؟</p><input type="radio"> نعم <input type="radio"> لا</div>'
        '<div class="box"><div class="box-head">الطقس</div><p>القاهرة 24° - الإسكندرية 21°</p></div></div></div>'
        f'<div id="footer"><font size="2">جميع الحقوق محفوظة © {esc(t.outlet)} {t.day.year} - تصميم وبرمجة شركة الويب'
        '</font></div></body></html>')


def amp(t: Any) -> str:
    published = f"{t.day.isoformat()}T19:10:00+02:00"
    article: dict[str, Any] = {"@type": "NewsArticle", "headline": t.headline, "datePublished": published,
                               "dateModified": published, "inLanguage": "ar",
                               "publisher": {"@id": "https://example.org/#org"}}
    if t.byline:
        article["author"] = [{"@type": "Person", "name": t.byline}]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://example.org/#site", "name": t.outlet},
        {"@type": "Organization", "@id": "https://example.org/#org", "name": t.outlet},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "الرئيسية"},
                                                        {"@type": "ListItem", "position": 2, "name": "أخبار"}]},
        article]}
    paragraphs = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    ad = '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/ar"><div placeholder>إعلان</div></amp-ad>'
    paragraphs.insert(min(2, len(paragraphs)), ad)
    cards = "".join(f'<a class="card" href="/amp/{i}"><amp-img src="/c/{i}.jpg" width="120" height="80"></amp-img>'
                    f'<h3>{esc(x)}</h3></a>' for i, x in enumerate(t.related))
    byline = f'<address class="author">{esc(t.byline)}</address>' if t.byline else ""
    sections = "".join(f'<li><a href="/amp/s/{i}">{m}</a></li>' for i, m in enumerate(MENU))
    return (
        f'<!doctype html><html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(t.headline)}</title>'
        f'<link rel="canonical" href="{t.canonical}"><meta name="viewport" content="width=device-width">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{font-family:sans-serif}'
        f'</style>{_ld(ld)}</head><body>'
        '<amp-sidebar id="menu" layout="nodisplay" side="right"><amp-accordion><section><h4>الأقسام</h4>'
        f'<ul>{sections}</ul></section></amp-accordion></amp-sidebar>'
        f'<header class="amp-header"><button on="tap:menu.toggle">القائمة</button><a href="/">{esc(t.outlet)}</a></header>'
        f'<article class="amp-article"><h1>{esc(t.headline)}</h1><div class="meta">{byline}'
        f'<time datetime="{published}">{t.shown_day}</time></div>'
        f'<figure><amp-img src="/i/1.jpg" width="600" height="400" layout="responsive"></amp-img><figcaption>'
        f'{esc(CAPTIONS[1])}</figcaption></figure><div class="amp-body">{"".join(paragraphs)}</div>'
        '<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>'
        f'</article><section class="amp-more"><h2>شاهد أيضاً</h2><div class="cards">{cards}</div></section>'
        f'<footer class="amp-footer"><ul>{sections}</ul><p>© {t.day.year} {esc(t.outlet)}</p>'
        f'<a href="{t.canonical}">عرض النسخة الكاملة</a></footer></body></html>')


# -- written after the figures above were final, and first run unseen --------------------------------

BIO = ("كاتب وصحفي متخصص في الشؤون السياسية والاقتصادية، عمل مراسلا في عدة عواصم عربية، "
       "وله مقالات منشورة في عدد من الصحف والمجلات.")
COLUMNISTS = [("أحمد سالم", "عن الإصلاح الذي ننتظره"), ("هدى منصور", "المدينة التي لا تنام"),
              ("يوسف الكردي", "أسئلة ما بعد الانتخابات")]


def opinion(t: Any) -> str:
    """An opinion column: an author box with a bio, a pull quote, "more by the author", a
    Facebook comments placeholder, a columnists sidebar."""
    author = t.byline or "هيئة التحرير"
    published = f"{t.day.isoformat()}T05:00:00+03:00"
    paragraphs = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    first = t.paragraphs()[0].split()
    if len(first) > 14:
        quote = " ".join(first[:10])
        paragraphs.insert(2, f'<blockquote class="pullquote"><p>{esc(quote)}</p></blockquote>')
    more = "".join(f'<li><a href="/opinion/{i}">{esc(x)}</a><span class="d">{t.shown_day}</span></li>'
                   for i, x in enumerate(t.related))
    writers = "".join(f'<li><img src="/w/{i}.jpg"><a href="/writer/{i}"><strong>{n}</strong><br>{c}</a></li>'
                      for i, (n, c) in enumerate(COLUMNISTS))
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(t.headline)} | مقالات الرأي'
        f' | {esc(t.outlet)}</title><meta name="author" content="{esc(author)}">'
        f'<meta property="og:site_name" content="{esc(t.outlet)}"><meta property="og:url" content="{t.canonical}">'
        f'<meta property="og:type" content="article"></head><body><div class="site">'
        f'<header class="masthead"><a class="brand" href="/">{esc(t.outlet)}</a>{_menu()}</header>'
        '<div class="layout"><div class="primary"><article class="opinion">'
        f'<div class="section-label"><a href="/opinion">مقالات الرأي</a></div><h1 class="headline">{esc(t.headline)}</h1>'
        f'<div class="author-card"><img src="/a.jpg" alt=""><div class="author-info"><a class="author-name" href="/writer/9">'
        f'{esc(author)}</a><p class="author-bio">{esc(BIO)}</p></div></div>'
        f'<div class="dates"><time pubdate datetime="{published}">{t.day.day} {t.day.month}/{t.day.year}</time></div>'
        f'<div class="column-body">{"".join(paragraphs)}</div>'
        f'<p class="disclaimer">المقالات المنشورة تعبر عن رأي كتابها ولا تعكس بالضرورة موقف {esc(t.outlet)}</p>'
        f'{_share("share-tools")}</article>'
        f'<div class="author-more"><h3>مقالات أخرى للكاتب</h3><ul>{more}</ul></div>'
        '<div class="fb-comments-wrap"><h3>تعليقات فيسبوك</h3><div class="fb-comments" data-href="x" data-numposts="5">'
        '</div></div></div>'
        f'<div class="secondary"><h3>كتاب الرأي</h3><ul class="writers">{writers}</ul></div></div>'
        f'<footer class="bottom"><p>{esc(ABOUT)}</p><p>© {t.day.year}</p></footer></div></body></html>')


def nextjs(t: Any) -> str:
    """A React (Next.js) portal: hashed CSS-module class names, the article repeated as JSON in
    ``__NEXT_DATA__``, a trending bar of headlines, an inline "read also" card between paragraphs,
    "more news" cards under the article."""
    published = f"{t.day.isoformat()}T13:45:00+03:00"
    cls = {"p": "styles_paragraph__k2Xq9", "body": "ArticleBody_content__3fQ1z", "card": "Card_root__Vb8p1"}
    paragraphs = [f'<div class="{cls["p"]}"><p>{esc(p)}</p></div>' for p in t.paragraphs()]
    inline = (f'<div class="InlineRelated_box__Zr5aA"><span class="InlineRelated_label__q1">اقرأ أيضاً</span>'
              f'<a href="/article/1"><img src="/c/1.jpg" alt=""><span>{esc(t.related[0])}</span></a></div>') if t.related else ""
    paragraphs.insert(min(2, len(paragraphs)), inline)
    cards = "".join(f'<div class="{cls["card"]}"><a href="/article/{i}"><img src="/c/{i}.jpg" alt="">'
                    f'<h3 class="Card_title__8s">{esc(x)}</h3></a><span class="Card_meta__p0">منذ {i + 2} ساعات</span></div>'
                    for i, x in enumerate(t.related[1:], 2))
    trending = "".join(f'<a class="Trending_item__m3" href="/t/{i}">{esc(x)}</a>' for i, x in enumerate(t.latest))
    data = {"props": {"pageProps": {"article": {"title": t.headline, "body": "\n".join(t.paragraphs()),
                                                "publishedAt": published}}}}
    author = (f'<div class="Byline_root__x7"><span class="Byline_by__a">بواسطة</span> <a href="/author/1">'
              f'{esc(t.byline)}</a></div>') if t.byline else ""
    return (
        f'<!DOCTYPE html><html lang="ar-SA" dir="rtl"><head><meta charset="utf-8"><title>{esc(t.headline)} | {esc(t.outlet)}'
        f'</title><meta property="og:title" content="{esc(t.headline)}"><meta property="og:site_name" content="{esc(t.outlet)}">'
        f'<meta property="article:published_time" content="{published}"><link rel="canonical" href="{t.canonical}">'
        '<link rel="preload" href="/_next/static/chunks/main.js" as="script"></head><body><div id="__next">'
        f'<header class="Header_root__1a"><a href="/">{esc(t.outlet)}</a>{_menu()}</header>'
        f'<div class="Trending_bar__9z"><span>الأكثر تداولاً الآن:</span>{trending}</div>'
        f'<main class="Layout_main__7t"><div class="Article_root__2b"><h1 class="Article_title__c4">{esc(t.headline)}</h1>'
        f'{author}<time class="Article_date__d5" dateTime="{published}">{t.shown_day}</time>'
        f'<div class="Article_media__e6"><img src="/m.jpg" alt=""><span class="Article_caption__f7">{esc(CAPTIONS[2])}</span>'
        f'</div><div class="{cls["body"]}">{"".join(paragraphs)}</div></div>'
        f'<section class="MoreNews_root__g8"><h2 class="MoreNews_title__h9">المزيد من الأخبار</h2>'
        f'<div class="MoreNews_grid__i0">{cards}</div></section></main>'
        f'<footer class="Footer_root__j1"><p>© {t.day.year} {esc(t.outlet)}</p></footer></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
        '</body></html>')


# -- a third pair, written after the fixes the second pair prompted, and first run unseen ----------

UPDATES = ["الدفاع المدني يعلن السيطرة على حريق اندلع في مستودع بالمنطقة الصناعية دون إصابات",
           "وزارة الصحة تسجل ارتفاعا في عدد الإصابات اليومية وتدعو المواطنين إلى الالتزام بالإجراءات",
           "البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة على التوالي هذا العام",
           "الأرصاد الجوية تتوقع أمطارا رعدية على المناطق الشمالية مع انخفاض ملموس في درجات الحرارة"]


def breaking(t: Any) -> str:
    """A breaking-news page: a red "عاجل" strip, the article (often short) with a video embed, and
    a long timeline of the day's updates, each a sentence with its time, beside it."""
    published = f"{t.day.isoformat()}T{8 + t.day.day % 10:02d}:05:00+02:00"
    body = paragraphs_html(t)
    timeline = "".join(f'<li class="upd"><span class="hour">{9 + i}:{10 + 7 * i}</span><p>{esc(u)}</p></li>'
                       for i, u in enumerate(UPDATES))
    related = "".join(f'<li><a href="/n/{i}">{esc(x)}</a></li>' for i, x in enumerate(t.related))
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عاجل | {esc(t.headline)}</title>'
        f'<meta property="og:title" content="{esc(t.headline)}"><meta name="twitter:site" content="@news">'
        f'<meta itemprop="datePublished" content="{published}"><link rel="canonical" href="{t.canonical}">'
        f'<meta property="og:site_name" content="{esc(t.outlet)}"></head><body>'
        f'<div class="urgent-strip"><b>عاجل</b> <a href="/u/1">{esc(t.latest[0])}</a></div>'
        f'<header id="hdr"><a href="/">{esc(t.outlet)}</a>{_menu()}</header><div id="page"><div id="story">'
        f'<h1>{esc(t.headline)}</h1><p class="meta">آخر تحديث: {t.shown_day}</p>'
        '<div class="embed-video"><iframe src="https://player.example/v/1" allowfullscreen></iframe>'
        '<p>فيديو: مشاهد من موقع الحدث</p></div>'
        f'<div id="story-body">{body}</div><div id="more-links"><h2>روابط ذات صلة</h2><ul>{related}</ul></div></div>'
        f'<div id="timeline"><h2>تغطية مستمرة</h2><ol>{timeline}</ol></div></div>'
        f'<div id="copyright">© {t.day.year} {esc(t.outlet)}</div></body></html>')


def archive(t: Any) -> str:
    """An archived article from an older CMS: ``<p align=justify>`` paragraphs in a ``<span>``, the
    headline in a classed cell-like div, a reads counter, "المصدر" line, related headlines as a
    ``<select>`` menu and as a list under "مواضيع ذات صلة", print/send tools, no metadata."""
    day = f"{t.day.year}/{t.day.month:02d}/{t.day.day:02d}"
    body = "".join(f'<p align="justify">{esc(p)}</p>' for p in t.paragraphs())
    options = "".join(f'<option value="/a/{i}">{esc(x)}</option>' for i, x in enumerate(t.related))
    links = "".join(f'&raquo; <a href="/article.asp?id={500 + i}">{esc(x)}</a><br>' for i, x in enumerate(t.related))
    source = f'<div class="source">المصدر: {esc(t.byline)}</div>' if t.byline else ""
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(t.outlet)} - '
        f'{esc(t.headline)}</title></head><body topmargin="0"><div id="banner"><img src="/banner.gif"></div>'
        '<div id="nav">' + " - ".join(f'<a href="/sec.asp?id={i}">{m}</a>' for i, m in enumerate(MENU)) + "</div>"
        f'<div id="main"><div class="title">{esc(t.headline)}</div><div class="info">تاريخ النشر: {day} | '
        f'عدد القراءات: {1000 + t.day.day * 37}</div><span class="txt">{body}</span>{source}'
        '<div class="tools"><a href="#">طباعة</a> | <a href="#">إرسال لصديق</a> | <a href="#">حفظ</a></div>'
        f'<div class="related"><b>مواضيع ذات صلة</b><br>{links}</div>'
        f'<form><select name="jump"><option>-- اختر موضوعا --</option>{options}</select></form></div>'
        f'<div id="bottom">جميع الحقوق محفوظة - {esc(t.outlet)} {t.day.year}</div></body></html>')
