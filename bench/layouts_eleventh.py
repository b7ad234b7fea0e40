"""Page families written in the eleventh session as unseen layouts, measured at first contact
before any fix (text pages marked ``4+`` in bench_structure.py, HTML pages ``4+`` in bench_html.py),
each a kind of page no earlier family imitates, rendered from real corpus records (read at bench
time) with the truth of every field:

Text pages:

- wire_service: a news agency wire as its site prints it: the agency's name, a category slug, a
  dateline that carries the Hijri and Gregorian date and the agency's code
  (``الرياض 12 ربيع الأول 1440 هـ الموافق 20 نوفمبر 2018 م واس``), the closing ``// انتهى //``,
  editors' initials and a transmission time.
- telegram_export: a messaging channel's export: ``[20.11.18 14:32] channel name:`` then the
  message: the headline behind a pictograph, the paragraphs, hashtags, a view counter and the
  channel's link.
- google_cache: a search engine's cached copy: the cache banner with the (later) day the copy
  was taken, the "full version / text only" links, then the page (outlet, menu, headline, date,
  byline, body, related).
- comments_below: an article with readers' comments under it: a "share your opinion" prompt, then
  each comment as the reader's name, "منذ 3 ساعات", the comment, and reply/like buttons.
- newsletter: a newsletter e-mail: the "view in browser" line, the issue line with the day, a
  greeting, the article, "اقرأ المزيد", then "أيضاً في النشرة" headlines and the unsubscribe foot.
- print_text: a print-friendly page copied as text: a "print version" label, the outlet, print
  and close buttons, the headline, labelled date and writer lines, the body, the article's address
  and a "printed from" foot.
- data_table: an article with a data table copied between its paragraphs (a header row and rows
  of names and figures, cells separated by tabs or bars); the truth leaves the table out.
- amp_copy: an AMP page copied from a phone: a close button, the outlet, a relative time and the
  date, advertisement labels between paragraphs, an inline "اقرأ أيضا" link, a "back to top" foot.

HTML pages:

- feed_item: an RSS item as a feed reader shows it: the headline as a link, "outlet · date" meta,
  the item's content (paragraphs), a "view original" link; no metadata in the head.
- br_body: a legacy portal whose body is one cell of ``<br>``-separated lines, a data table among
  them, the headline in a bold span, a ``dd-mm-yyyy`` date, other headlines in a side box.
- cached_page: a search engine's cached copy of an article page: the cache banner (with the day
  the copy was taken) above the page's own markup (og metadata, ``<article>``, related list).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from layouts_html import esc, paragraphs_html
from page_builder import EN_MONTHS_SHORT, MSA, Builder, Layout, Page, Record, hijri, msa

AGENCY_CODES = [("وكالة الأنباء السعودية", "واس", "الرياض"), ("وكالة الأنباء القطرية", "قنا", "الدوحة"),
                ("وكالة الأنباء الأردنية", "بترا", "عمان"), ("وكالة أنباء الإمارات", "وام", "أبوظبي")]
CHANNELS = ["أخبار العالم العاجلة", "قناة الحدث اليوم", "المرصد | أخبار"]
COMMENTERS = ["أبو خالد", "سامي", "ابن البلد", "مها"]
COMMENT_TEXTS = ["الله يستر على البلد وأهله، والله المستعان على ما يجري.",
                 "هذا الكلام نسمعه كل سنة ولا شيء يتغير على أرض الواقع للأسف.",
                 "شكرا على التغطية الممتازة، نتمنى المزيد من التفاصيل قريبا.",
                 "أين المسؤولون من كل هذا؟ الناس تعبت من الوعود."]
TABLE_HEAD = ["المحافظة", "العدد", "النسبة"]
TABLE_ROWS = [("القاهرة", "1240", "32%"), ("الجيزة", "860", "22%"), ("الإسكندرية", "610", "16%"),
              ("أسيوط", "300", "8%"), ("سوهاج", "275", "7%")]
OUTLETS = ["صحيفة الأفق", "بوابة المستقبل", "المرصد نيوز", "جريدة النهار الجديد"]
DOMAINS = ["alofoq-news.com", "almostaqbal.net", "marsad24.info"]


def _url(b: Builder) -> str:
    return f"https://www.{b.rng.choice(DOMAINS)}/news/{b.day:%Y/%m/%d}/{b.record.id}"


def layout_wire_service(record: Record, rng: random.Random) -> Page:
    """An agency wire: the dateline carries the agency's code and a dual date."""
    b = Builder("wire_service", record, rng)
    agency, code, city = rng.choice(AGENCY_CODES)
    b.page.outlet = agency
    b.add(agency, rng.choice(["سياسي / عام", "اقتصادي / دولي", "محلي / عام"]), "", b.page.headline, "")
    body = b.body_lines(None)
    stamp = f"{city} {hijri(b.day)} الموافق {b.day.day:02d} {MSA[b.day.month - 1]} {b.day.year} م {code}"
    if b.page.dateline is not None:  # the record's text has its own dateline: the stamp stands alone
        b.add(stamp)
    else:
        b.page.dateline = city
        if rng.random() < 0.5:
            body[0] = f"{stamp} {body[0]}"
        else:
            b.add(stamp)
    for paragraph in body:
        b.add(paragraph, "")
    b.add(rng.choice(["// انتهى //", "/ انتهى /"]), f"{rng.randint(10, 23)}:{rng.randint(10, 59)} ت م",
          rng.choice(["ع ا / م ع", "س ع / ح ن"]))
    return b.done()


def layout_telegram_export(record: Record, rng: random.Random) -> Page:
    """A channel export: a stamp and the channel's name, then the message."""
    b = Builder("telegram_export", record, rng)
    channel = rng.choice(CHANNELS)
    stamp = f"[{b.day.day:02d}.{b.day.month:02d}.{b.day.year % 100:02d} {rng.randint(10, 23)}:{rng.randint(10, 59)}]"
    b.add(f"{stamp} {channel}:", f"{rng.choice(['🔴', '⚡️', '📌'])} {b.page.headline}", "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add(rng.choice(["#عاجل #أخبار", "#سياسة #متابعات"]), f"👁 {rng.randint(2, 90)}.{rng.randint(1, 9)}K",
          f"t.me/{rng.choice(['news_now', 'alhadath_today', 'marsad'])}")
    return b.done()


def layout_google_cache(record: Record, rng: random.Random) -> Page:
    """A cached copy: the banner's day is the day the copy was taken, not the article's."""
    b = Builder("google_cache", record, rng)
    taken = b.day + dt.timedelta(days=rng.randint(2, 40))
    outlet = b.outlet()
    b.add(f"هذه هي النسخة المخبأة من Google لـ {_url(b)}. وهي لقطة للصفحة كما ظهرت في "
          f"{taken.day} {EN_MONTHS_SHORT[taken.month - 1]} {taken.year} 10:{rng.randint(10, 59)}:12 GMT.",
          "ربما تكون الصفحة الحالية قد تغيرت في الوقت نفسه. مزيد من المعلومات.",
          "النسخة الكاملة  النسخة النصية فقط  عرض المصدر",
          "تلميح: لكي تعثر بسرعة على مصطلح البحث في هذه الصفحة، اضغط على Ctrl+F.", "", outlet,
          "الرئيسية | أخبار | سياسة | اقتصاد | رياضة", "", b.page.headline, "", msa(b.day), "")
    if (line := b.byline("بقلم: ")) is not None:
        b.add(line, "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("اقرأ أيضا", *b.related(3, 5))
    return b.done()


def layout_comments_below(record: Record, rng: random.Random) -> Page:
    """Readers' comments under the article, each a name, a relative time, the text and buttons."""
    b = Builder("comments_below", record, rng)
    b.add(b.page.headline, "", msa(b.day), "")
    b.add_paragraphs(rng.choice(["dash", "comma", None]))
    b.add(rng.choice(["شارك برأيك", "أضف تعليقك", "آراء القراء"]), "")
    for name, text in zip(COMMENTERS[: rng.randint(2, 4)], COMMENT_TEXTS, strict=False):
        b.add(name, f"منذ {rng.randint(2, 11)} ساعات", text, "رد  إبلاغ", f"أعجبني ({rng.randint(0, 40)})", "")
    return b.done()


def layout_newsletter(record: Record, rng: random.Random) -> Page:
    """A newsletter e-mail carrying the article."""
    b = Builder("newsletter", record, rng)
    outlet = b.outlet()
    b.add("إذا لم تظهر هذه الرسالة بشكل صحيح، اضغط هنا لعرضها في المتصفح", "",
          f"النشرة اليومية من {outlet} | {msa(b.day)}", "", rng.choice(["صباح الخير،", "مرحبا بكم،"]),
          "إليكم أبرز ما في نشرة اليوم:", "", b.page.headline, "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("اقرأ المزيد ←", "", "أيضاً في النشرة:", *b.related(3, 4), "",
          "أنت تتلقى هذه الرسالة لأنك مشترك في نشرتنا البريدية.", "إلغاء الاشتراك | تعديل التفضيلات")
    return b.done()


def layout_print_text(record: Record, rng: random.Random) -> Page:
    """A print-friendly page copied as text."""
    b = Builder("print_text", record, rng)
    outlet = b.outlet()
    url = _url(b)
    b.add(rng.choice(["نسخة للطباعة", "نسخة قابلة للطباعة"]), outlet, "طباعة | إغلاق النافذة", "", b.page.headline, "",
          f"تاريخ النشر: {b.day.isoformat()} {rng.randint(8, 23):02d}:{rng.randint(10, 59)}")
    if (line := b.byline("الكاتب: ")) is not None:
        b.add(line)
    b.add("")
    b.add_paragraphs(rng.choice(["dash", "colon", None]))
    b.add(f"رابط المقال: {url}", f"تمت الطباعة من موقع {outlet}")
    return b.done()


def layout_data_table(record: Record, rng: random.Random) -> Page:
    """A data table copied between the article's paragraphs."""
    b = Builder("data_table", record, rng)
    b.add(b.page.headline, "", msa(b.day), "")
    sep = rng.choice(["\t", " | "])
    rows = [sep.join(TABLE_HEAD)] + [sep.join(r) for r in TABLE_ROWS[: rng.randint(3, 5)]]
    b.add_paragraphs_with_inset(b.body_lines(rng.choice(["dash", None])), rows)
    return b.done()


def layout_amp_copy(record: Record, rng: random.Random) -> Page:
    """An AMP page copied from a phone."""
    b = Builder("amp_copy", record, rng)
    outlet = b.outlet()
    b.add("×", outlet, "", b.page.headline, "", f"منذ {rng.randint(2, 9)} ساعات", msa(b.day, weekday=False), "")
    related = b.related(1, 1)
    b.add_paragraphs_with_inset(b.body_lines(rng.choice(["dash", "agency", None])),
                                ["إعلان", "", f"اقرأ أيضا: {related[0]}"])
    b.add("العودة إلى الأعلى", f"© {b.day.year} {outlet}")
    return b.done()


ELEVENTH_LAYOUTS: dict[str, Layout] = {
    "wire_service": layout_wire_service,
    "telegram_export": layout_telegram_export,
    "google_cache": layout_google_cache,
    "comments_below": layout_comments_below,
    "newsletter": layout_newsletter,
    "print_text": layout_print_text,
    "data_table": layout_data_table,
    "amp_copy": layout_amp_copy,
}


# ---- HTML pages (bench_html.py's Truth: headline, day, deck, byline, outlet, related, paragraphs())


def feed_item(t: Any) -> str:
    body = paragraphs_html(t)
    day = f"{t.day.day} {EN_MONTHS_SHORT[t.day.month - 1]} {t.day.year}"
    return (f'<html><head><meta charset="utf-8"><title>{esc(t.outlet)} - قارئ الأخبار</title></head><body>'
            f'<div class="reader"><div class="feeds"><a href="#">كل الخلاصات</a> <a href="#">المفضلة</a></div>'
            f'<div class="entry"><h2 class="entry-title"><a href="{esc(t.canonical)}">{esc(t.headline)}</a></h2>'
            f'<div class="entry-meta">{esc(t.outlet)} · {day}</div>'
            f'<div class="entry-content">{body}</div>'
            f'<a class="entry-link" href="{esc(t.canonical)}">عرض المقال الأصلي</a></div></div></body></html>')


def br_body(t: Any) -> str:
    lines = t.paragraphs()
    table = ("<table border=1><tr><td>المحافظة</td><td>العدد</td></tr>"
             + "".join(f"<tr><td>{n}</td><td>{c}</td></tr>" for n, c, _ in TABLE_ROWS[:3]) + "</table>")
    body = "<br><br>".join(esc(p) for p in lines[:1]) + "<br><br>" + table + "<br>" + "<br><br>".join(
        esc(p) for p in lines[1:])
    side = "".join(f'<a href="/n/{i}">{esc(h)}</a><br>' for i, h in enumerate(t.related, 300))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f"<title>{esc(t.outlet)}</title></head><body><table width=100%><tr>"
            f'<td width=70%><span class="title"><b>{esc(t.headline)}</b></span><br>'
            f'<font size=1>{t.day.day:02d}-{t.day.month:02d}-{t.day.year}</font><br><br>'
            f"<font size=3>{body}</font></td>"
            f'<td width=30%><b>أخبار ذات صلة</b><br>{side}</td></tr></table>'
            f"<center>جميع الحقوق محفوظة {esc(t.outlet)}</center></body></html>")


def cached_page(t: Any) -> str:
    taken = t.day + dt.timedelta(days=t.rng.randint(2, 40))
    body = paragraphs_html(t)
    banner = (f'<div style="background:#fff;border:1px solid #ccc"><div>هذه هي النسخة المخبأة من Google لـ '
              f'<a href="{esc(t.canonical)}">{esc(t.canonical)}</a>. وهي لقطة للصفحة كما ظهرت في '
              f"{taken.day} {EN_MONTHS_SHORT[taken.month - 1]} {taken.year} 10:20:12 GMT.</div>"
              f"<div>ربما تكون الصفحة الحالية قد تغيرت في الوقت نفسه.</div>"
              f'<div><a href="#">النسخة الكاملة</a> <a href="#">النسخة النصية فقط</a> <a href="#">عرض المصدر</a></div>'
              f"</div>")
    byline = f'<span class="author">{esc(t.byline)}</span>' if t.byline else ""
    related = "".join(f'<li><a href="/n/{i}">{esc(h)}</a></li>' for i, h in enumerate(t.related, 10))
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><base href="{esc(t.canonical)}">'
            f'<meta property="og:title" content="{esc(t.headline)}">'
            f'<meta property="og:site_name" content="{esc(t.outlet)}">'
            f"<title>{esc(t.headline)} - {esc(t.outlet)}</title></head><body>{banner}"
            f'<header><a class="logo" href="/">{esc(t.outlet)}</a></header><main><article>'
            f'<h1>{esc(t.headline)}</h1><div class="meta">{byline} <time>{msa(t.day)}</time></div>'
            f'<div class="content">{body}</div></article>'
            f'<section class="related"><h3>اقرأ أيضاً</h3><ul>{related}</ul></section></main>'
            f"<footer>© {t.day.year} {esc(t.outlet)}</footer></body></html>")
