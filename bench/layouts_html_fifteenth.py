"""HTML page families for bench_html.py written in the fifteenth session and first run unseen (marked
``8+`` in its table), rendered from records past line 16,000 of ant_multisource and saudinewsnet and
lines 9,000-10,161 of ant_jawharafm (seed 15, no dev gold article), each a kind of page no earlier
template imitates:

- word_html: a statement saved as a web page by a word processor (Word's "filtered HTML"): Office
  namespaces, ``ProgId``/``Generator`` metas, document properties in a conditional comment, a style
  block, a title bar holding the document's title property (a label or nothing), every paragraph a
  ``<p class=MsoNormal>`` with ``<span lang=AR-SA>`` and ``<o:p>`` runs: the letterhead, the date line
  ``التاريخ:``, empty spacer paragraphs, the headline as a centred bold 16pt paragraph, the text,
  ``-انتهى-``.
- aspnet_webforms: a 2000s ASP.NET agency page: ``<form id=aspnetForm>``, view state, the title bar
  "تفاصيل الخبر - site", the fields in ``<span id="ctl00_ContentPlaceHolder1_lbl…">`` cells of a
  layout table (a numeric date with the clock and ص/م, the text as ``<br /><br />`` lines), a
  GridView of related news (title link, date), print/send links, hit counter.
- instant_article: a Facebook Instant Article document: ``op:markup_version``, the header's cover
  figure, ``<h1>``, ``<h2>`` deck, ``op-kicker``, ``<address>`` author, ``op-published`` /
  ``op-modified`` times, paragraphs with an ``op-ad`` figure, the footer's credits and
  ``op-related-articles`` list, the tracker figure.
- photo_gallery: a portal's photo album: title bar "بالصور | headline | site", the date as
  ``نشر في: dd-mm-yyyy | hh:mm``, the text, then the album: slides each with a counter ``n / N``,
  the photo, a caption paragraph and the photographer's credit, thumbnails, "other albums" cards
  with their photo counts.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from layouts_fifteenth import fresh_records  # noqa: F401 (bench_html draws these families' records)
from layouts_html import SECTIONS, esc, paragraphs_html
from page_builder import msa

CAPTIONS = ["جانب من الفعاليات التي شهدتها المدينة صباح اليوم بحضور عدد من المسؤولين",
            "لقطة عامة من موقع الحدث حيث تجمع المواطنون منذ ساعات الصباح الأولى",
            "عدد من المشاركين خلال الجلسة الافتتاحية للفعالية",
            "صورة تظهر حجم الإقبال الكبير على المكان",
            "المسؤولون يتفقدون سير العمل في الموقع",
            "مواطنون يتابعون تطورات الأحداث عن قرب"]
PHOTOGRAPHERS = ["تصوير: أحمد سمير", "تصوير: محمد العلي", "عدسة: سامي حداد"]


def _mso(text: str, style: str = "font-size:13.0pt;font-family:\"Simplified Arabic\"", align: str = "",
         bold: bool = False) -> str:
    """A paragraph as Word's HTML writes it (an RTL MsoNormal paragraph, an Arabic span, an o:p run)."""
    span = f"<span lang=AR-SA style='{style}'>{text}<o:p></o:p></span>"
    if bold:
        span = f"<b>{span}</b>"
    attrs = f" align={align}" if align else ""
    css = f"text-align:{align}" if align else "text-align:justify;text-justify:kashida;text-kashida:0%"
    return f"<p class=MsoNormal{attrs} dir=RTL style='{css}'>{span}</p>\n"


def word_html(t: Any) -> str:
    rng = random.Random(t.record.id)
    empty = _mso("<o:p>&nbsp;</o:p>")
    title = rng.choice(["بيان صحفي", "", "خبر صحفي"])
    created = f"{t.day.isoformat()}T0{t.day.day % 9}:1{t.day.month % 9}:00Z"
    body = "".join(_mso(esc(p)) for p in t.paragraphs())
    return (f"<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            f"xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            f"<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n<meta name=ProgId content=Word.Document>\n"
            f"<meta name=Generator content=\"Microsoft Word 15\">\n<meta name=Originator content=\"Microsoft Word 15\">\n"
            f"<title>{title}</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>user</o:Author>\n"
            f"  <o:LastAuthor>PR-Office</o:LastAuthor>\n  <o:Revision>3</o:Revision>\n  <o:Created>{created}</o:Created>\n"
            f"  <o:Pages>1</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
            f"<style>\n<!--\n /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;"
            f"text-align:right;direction:rtl;font-size:12.0pt;font-family:\"Times New Roman\",serif;}}\n"
            f"@page WordSection1\n\t{{size:595.3pt 841.9pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}\n"
            f"div.WordSection1\n\t{{page:WordSection1;}}\n-->\n</style>\n</head>\n"
            f"<body lang=EN-US style='tab-interval:36.0pt'>\n<div class=WordSection1 dir=RTL>\n"
            + _mso(esc(t.outlet), "font-size:16.0pt;font-family:\"Simplified Arabic\"", "center", bold=True)
            + _mso("إدارة الإعلام والعلاقات العامة", align="center")
            + empty
            + _mso(f"التاريخ: {t.day.day}/{t.day.month}/{t.day.year}م", align="left")
            + empty + empty
            + _mso(esc(t.headline), "font-size:16.0pt;font-family:\"Simplified Arabic\"", "center", bold=True)
            + empty + body + empty
            + _mso("-انتهى-", align="center")
            + "</div>\n</body>\n</html>\n")


def aspnet_webforms(t: Any) -> str:
    day = t.day
    hour = day.day % 12 + 1
    stamp = f"{day.day:02d}/{day.month:02d}/{day.year} {hour:02d}:{day.month + 10}:00 {'ص' if day.day % 2 else 'م'}"
    cp = "ctl00_ContentPlaceHolder1"
    body = "<br /><br />".join(esc(p) for p in t.paragraphs())
    rows = "".join(f"<tr><td><a id='{cp}_gvRelated_ctl{k:02d}_hlTitle' href='NewsDetails.aspx?NewsID={5000 + k}'>"
                   f"{esc(h)}</a></td><td>{(day - dt.timedelta(days=k)).strftime('%d/%m/%Y')}</td></tr>"
                   for k, h in enumerate(t.related, 2))
    menu = "".join(f"<li><a href='Section.aspx?id={i}'>{m}</a></li>" for i, m in enumerate(SECTIONS))
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            f"<html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"rtl\"><head><title>\n\tتفاصيل الخبر - {esc(t.outlet)}\n"
            f"</title><link href=\"App_Themes/Default/style.css\" type=\"text/css\" rel=\"stylesheet\" /></head>\n<body>\n"
            f"<form name=\"aspnetForm\" method=\"post\" action=\"NewsDetails.aspx?NewsID={t.record.id[-6:]}\" id=\"aspnetForm\">\n"
            f"<div><input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\"/wEPDwUKLTk2MzQ1NjcxOA9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUM\" /></div>\n"
            "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\n"
            "function __doPostBack(eventTarget, eventArgument) { theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }\n"
            "//]]>\n</script>\n"
            f"<div id=\"ctl00_divHeader\"><a id=\"ctl00_hlLogo\" href=\"Default.aspx\"><img src=\"images/logo.png\" "
            f"alt=\"{esc(t.outlet)}\" /></a><ul id=\"ctl00_ulMenu\">{menu}</ul></div>\n"
            f"<div id=\"{cp}_pnlNews\"><table width=\"100%\" cellpadding=\"4\">"
            f"<tr><td class=\"NewsTitle\"><span id=\"{cp}_lblTitle\">{esc(t.headline)}</span></td></tr>"
            f"<tr><td class=\"NewsDate\"><span id=\"{cp}_lblDate\">{stamp}</span></td></tr>"
            f"<tr><td><img id=\"{cp}_imgNews\" src=\"NewsImages/{t.record.id[-6:]}.jpg\" style=\"border-width:0px;\" /></td></tr>"
            f"<tr><td class=\"NewsBody\"><span id=\"{cp}_lblDetails\">{body}</span></td></tr></table>\n"
            f"<div class=\"tools\"><a id=\"{cp}_lbPrint\" href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbPrint','')\">"
            f"طباعة</a> | <a id=\"{cp}_lbSend\" href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbSend','')\">"
            f"إرسال لصديق</a> | عدد القراءات: <span id=\"{cp}_lblHits\">{day.day * 53}</span></div>\n"
            f"<div class=\"RelatedNews\"><span id=\"{cp}_lblRelated\" class=\"SubTitle\">أخبار ذات صلة</span>"
            f"<table id=\"{cp}_gvRelated\" cellspacing=\"0\" rules=\"all\" border=\"1\" style=\"border-collapse:collapse;\">"
            f"{rows}</table></div></div>\n"
            f"<div id=\"ctl00_divFooter\">جميع الحقوق محفوظة © {day.year} {esc(t.outlet)} - تصميم وتطوير إدارة تقنية المعلومات</div>\n"
            "<div><input type=\"hidden\" name=\"__EVENTVALIDATION\" id=\"__EVENTVALIDATION\" value=\"/wEWBAKc9Lu7BQ\" /></div>"
            "</form>\n</body>\n</html>\n")


def instant_article(t: Any) -> str:
    iso = f"{t.day.isoformat()}T09:{t.day.day + 10:02d}:00+03:00"
    later = t.day + dt.timedelta(days=1)
    paragraphs = [f"<p>{esc(p)}</p>" for p in t.paragraphs()]
    paragraphs.insert(min(2, len(paragraphs)), "<figure class=\"op-ad\"><iframe width=\"300\" height=\"250\" "
                      "style=\"border:0; margin:0;\" src=\"https://www.facebook.com/adnw_request?placement=1\"></iframe></figure>")
    deck = f"<h2>{esc(t.deck)}</h2>" if t.deck else ""
    author = f"<address><a>{esc(t.byline)}</a></address>" if t.byline else ""
    related = "".join(f"<li><a href=\"https://{t.canonical.split('/')[2]}/news/{i}.html\">{esc(h)}</a></li>"
                      for i, h in enumerate(t.related, 900))
    return ("<!doctype html><html lang=\"ar\" prefix=\"op: http://media.facebook.com/op#\"><head><meta charset=\"utf-8\">"
            f"<link rel=\"canonical\" href=\"{esc(t.canonical)}\"><meta property=\"op:markup_version\" content=\"v1.0\">"
            "<meta property=\"fb:article_style\" content=\"default\"></head><body><article><header>"
            "<figure><img src=\"https://cdn.example.org/cover.jpg\"><figcaption>صورة أرشيفية</figcaption></figure>"
            f"<h1>{esc(t.headline)}</h1>{deck}<h3 class=\"op-kicker\">أخبار</h3>{author}"
            f"<time class=\"op-published\" datetime=\"{iso}\">{msa(t.day, weekday=False)}</time>"
            f"<time class=\"op-modified\" dateTime=\"{later.isoformat()}T10:00:00+03:00\">{msa(later, weekday=False)}</time>"
            f"</header>{''.join(paragraphs)}<footer><aside>{esc(t.outlet)}</aside><small>© {t.day.year} {esc(t.outlet)}"
            f"</small><ul class=\"op-related-articles\" title=\"أخبار ذات صلة\">{related}</ul></footer></article>"
            "<figure class=\"op-tracker\"><iframe><script>var _analytics = 1;</script></iframe></figure></body></html>")


def photo_gallery(t: Any) -> str:
    rng = random.Random(t.record.id)
    day = t.day
    count = rng.randint(4, 7)
    captions = rng.sample(CAPTIONS, min(count, len(CAPTIONS)))
    slides = "".join(f"<div class='slide'><span class='counter'>{k} / {len(captions)}</span>"
                     f"<img src='/gallery/{t.record.id[-5:]}/{k}.jpg' alt=''>"
                     f"<p class='caption'>{esc(c)}</p><span class='credit'>{rng.choice(PHOTOGRAPHERS)}</span></div>"
                     for k, c in enumerate(captions, 1))
    thumbs = "".join(f"<li><img src='/gallery/{t.record.id[-5:]}/{k}_t.jpg'></li>" for k in range(1, len(captions) + 1))
    albums = "".join(f"<div class='album-card'><a href='/gallery/{i}'><img src='/g/{i}.jpg'><h4>{esc(h)}</h4></a>"
                     f"<span class='count'>({rng.randint(5, 30)} صورة)</span></div>" for i, h in enumerate(t.related, 300))
    body = paragraphs_html(t)
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<title>بالصور | {esc(t.headline)} | {esc(t.outlet)}</title>"
            f"<meta name='viewport' content='width=device-width'></head><body>"
            f"<header><a class='logo' href='/'>{esc(t.outlet)}</a><nav><ul>"
            + "".join(f"<li><a href='/c/{i}'>{m}</a></li>" for i, m in enumerate(SECTIONS))
            + "</ul></nav></header><div class='page gallery-page'><div class='section-label'>ألبوم الصور</div>"
            f"<h1 class='gallery-title'>{esc(t.headline)}</h1>"
            f"<div class='meta'>نشر في: {day.day:02d}-{day.month:02d}-{day.year} | {day.day % 12 + 1}:{day.month + 10}"
            f" <span class='views'>{day.day * 71} مشاهدة</span></div>"
            f"<div class='gallery-intro'>{body}</div>"
            f"<div class='gallery'>{slides}</div><ul class='thumbs'>{thumbs}</ul>"
            f"<div class='share'><a href='#'>فيسبوك</a> <a href='#'>تويتر</a> <a href='#'>واتساب</a></div>"
            f"<section class='more-albums'><h3>ألبومات أخرى</h3>{albums}</section></div>"
            f"<footer>جميع الحقوق محفوظة © {day.year} {esc(t.outlet)}</footer></body></html>")
