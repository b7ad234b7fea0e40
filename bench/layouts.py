"""Page layouts rendered in code: an article record (title, date, lead, author, text) becomes a
text-dump page in one of several site styles, with the truth of every page field known.

Used by bench/bench_structure.py on real ../shared/corpora records and by tests/structure on
records composed for the tests.  The layouts vary date format (ISO, Arabic weekday + MSA,
Levantine or Maghrebi month names, numeric, Arabic-Indic digits, Hijri with its Gregorian twin),
byline placement, datelines, menus, share/copyright furniture, related blocks with and without
headers, and pull quotes.  The ten here were written with the analyser; those of
bench/layouts_more.py and bench/layouts_late.py were written afterwards, as unseen layouts, and
then kept.
"""

from __future__ import annotations

import random

from layouts_late import LATE_LAYOUTS
from layouts_more import MORE_LAYOUTS
from page_builder import (
    AGENCIES,
    CITIES,
    COPYRIGHTS,
    INDIC,
    LEVANTINE,
    MAGHREB_MA,
    MAGHREB_TN,
    MENUS,
    MSA,
    SHARE_BARS,
    WEEKDAYS,
    Builder,
    Layout,
    Page,
    Record,
    hijri,
    msa,
    one_line,
    usable,
)

__all__ = ["LAYOUTS", "AGENCIES", "Page", "Record", "render", "usable"]


def layout_classic(record: Record, rng: random.Random) -> Page:
    """The seed's style: ISO 'First Published' line, deck, outlet, pull quote, headerless related."""
    b = Builder("classic", record, rng)
    b.add(f"First Published: {b.day.isoformat()}", "", b.page.headline, "", "\u00a0", "")
    if b.deck():
        b.add(b.page.deck or "", "", "\u00a0", "")
    b.add(b.outlet(), "")
    if (quote := b.pull_quote()) is not None:
        b.add(f"'{quote}'", "")
    b.add_paragraphs("dash")
    b.add("\u00a0", "")
    for r in b.related(5, 12):
        b.add(r, "")
    b.add("", "\u00a0", ">>")
    return b.done()


def layout_portal(record: Record, rng: random.Random) -> Page:
    """A news portal: menu and breadcrumb, MSA weekday date with time, byline, share bar, 'اقرأ أيضاً'."""
    b = Builder("portal", record, rng)
    b.add(rng.choice(MENUS), "الرئيسية > أخبار", b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    b.add(f"{msa(b.day)} - {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
    if (byline := b.byline(rng.choice(["بقلم: ", "كتب - ", "بقلم "]))) is not None:
        b.add(byline)
    b.add(rng.choice(SHARE_BARS))
    b.add(*b.body_lines(rng.choice(["agency", "dash", None])))
    b.add(rng.choice(["اقرأ أيضاً", "اقرأ أيضا:", "إقرأ أيضاً"]), *b.related())
    b.add(rng.choice(SHARE_BARS), rng.choice(COPYRIGHTS).format(y=b.day.year, o="الموقع"))
    return b.done()


def layout_levantine(record: Record, rng: random.Random) -> Page:
    """A Levantine daily: masthead, Levantine month names, comma dateline, guillemet pull quote mid-body."""
    b = Builder("levantine", record, rng)
    month = LEVANTINE[b.day.month - 1]
    date = rng.choice([f"{WEEKDAYS[b.day.weekday()]}، {b.day.day} {month} {b.day.year}",
                       f"{b.day.day} {month} ({MSA[b.day.month - 1]}) {b.day.year}"])
    b.add(b.outlet(), "", b.page.headline, "")
    if b.deck():
        b.add(b.page.deck or "", "")
    b.add(f"نشر في: {date}", "")
    body = b.body_lines(rng.choice(["comma", "endash"]))
    quote = b.pull_quote(min_words=6)
    for i, p in enumerate(body):
        b.add(p, "")
        if i == 1 and quote:
            b.add(f"«{quote}»", "")
    b.add("أخبار ذات صلة", "", *[f"{r}\n" for r in b.related()])
    b.add(rng.choice(COPYRIGHTS).format(y=b.day.year, o=b.page.outlet))
    return b.done()


def layout_maghreb(record: Record, rng: random.Random) -> Page:
    """A Maghrebi site: Tunisian/Moroccan month names, byline at the end, tags, link line, headerless related."""
    b = Builder("maghreb", record, rng)
    months = rng.choice([MAGHREB_TN, MAGHREB_MA])
    b.add(rng.choice(MENUS), b.page.headline)
    b.add(f"{b.day.day} {months[b.day.month - 1]} {b.day.year} | {rng.randint(8, 22)}:{rng.randint(10, 59)}")
    b.add(rng.choice(SHARE_BARS))
    b.add(*b.body_lines(rng.choice(["colon", "dash", None])))
    if (byline := b.byline("كتب: ")) is not None:
        b.add(byline)
    b.add("الكلمات المفتاحية: " + "، ".join(b.page.headline.split()[:3]), "رابط الخبر: https://example.org/a/1")
    b.add("&nbsp;", *b.related(3, 6), "جميع الحقوق محفوظة")
    return b.done()


def layout_numeric(record: Record, rng: random.Random) -> Page:
    """Arabic-Indic digits: numeric dd/mm/yyyy date in a 'author | date' credit line, slider, 'اقرأ المزيد'."""
    b = Builder("numeric", record, rng)
    digits = f"{b.day.day:02d}/{b.day.month:02d}/{b.day.year}"
    date = digits.translate(INDIC) if rng.random() < 0.7 else digits
    b.add(b.page.headline, "")
    author = b.byline()
    b.add(f"{author} | {date}" if author else f"تاريخ النشر: {date}", "")
    if b.deck():
        b.add(b.page.deck or "", "")
    b.add("السابق التالي", "")
    b.add(*b.body_lines(rng.choice(["agency", None])))
    b.add("", rng.choice(["اقرأ المزيد", "مواضيع ذات صلة:", "شاهد أيضاً"]), *b.related(), "")
    b.add("تابعونا على تويتر", "&nbsp;")
    return b.done()


def layout_gulf(record: Record, rng: random.Random) -> Page:
    """A Gulf paper: Hijri date with its Gregorian twin, deck repeated as the lead, inline 'اقرأ أيضاً'."""
    b = Builder("gulf", record, rng)
    b.add(b.page.headline)
    b.add(f"{WEEKDAYS[b.day.weekday()]} {hijri(b.day)} - الموافق {msa(b.day, False, rng.random() < 0.5)} م")
    body = b.body_lines(None)
    lead = one_line(record.lead)
    if lead and body[0].startswith(lead[:40]) and lead != body[0]:
        b.page.deck = lead  # the lead, cut short, then the article again from its start
        b.add(lead)
    related = b.related(2, 4)
    for i, p in enumerate(body):
        b.add(p)
        if i == 1 and related:
            b.add(f"اقرأ أيضاً: {related[0]}")
    b.add(*[f"اقرأ أيضا: {r}" for r in related[1:]])
    b.add("// انتهى //", rng.choice(SHARE_BARS))
    return b.done()


def layout_moroccan(record: Record, rng: random.Random) -> Page:
    """A wire-style page: date first (Moroccan months), place - outlet credit line, curly-quote pull quote."""
    b = Builder("moroccan", record, rng)
    b.add(f"{b.day.day} {MAGHREB_MA[b.day.month - 1]} {b.day.year}", "", b.page.headline, "")
    outlet = b.outlet()
    city = rng.choice(CITIES)
    b.add(f"{city} - {outlet}", "")
    if b.page.dateline is None:  # the credit names the place reported from: the dateline
        b.page.dateline = city
    if b.deck():
        b.add(b.page.deck or "", "")
    if (quote := b.pull_quote()) is not None:
        b.add(f"“{quote}”", "")
    b.add_paragraphs(None)
    b.add("مواضيع ذات صلة", "", *b.related(), "", "جميع الحقوق محفوظة © " + str(b.day.year))
    return b.done()


def layout_wire(record: Record, rng: random.Random) -> Page:
    """A wire desk: English/Arabic masthead, labelled byline, 'city - agency:' dateline, date at the foot."""
    b = Builder("wire", record, rng)
    b.add(rng.choice(["Sky News Arabia", "العربي الجديد", "BBC عربي", "وكالة أنباء المشرق"]), "", b.page.headline, "")
    if (byline := b.byline(rng.choice(["إعداد: ", "By ", "بواسطة "]))) is not None:
        b.add(byline, "")
    if b.deck():
        b.add(b.page.deck or "", "")
    body = b.body_lines(None)
    if b.page.dateline is None:
        b.page.dateline = rng.choice(CITIES)
        body[0] = f"{b.page.dateline} - {rng.choice(['أ ش أ', 'واس', 'قنا', 'رويترز'])}: {body[0]}"
    for p in body:
        b.add(p, "")
    b.add(f"تاريخ النشر: {b.day.day:02d}.{b.day.month:02d}.{b.day.year} - {rng.randint(0, 23)}:{rng.randint(10, 59)}")
    b.add(f"عدد القراءات: {rng.randint(10, 9999)}", "شارك هذا الخبر", "")
    b.add("الأكثر قراءة", *[f"{i + 1}. {r}" for i, r in enumerate(b.related(3, 5))])
    return b.done()


def layout_blog(record: Record, rng: random.Random) -> Page:
    """A blog: breadcrumb, deck under the headline, bare author name beside an English-order date, bullets."""
    b = Builder("blog", record, rng)
    b.add("الرئيسية » " + rng.choice(["ثقافة", "سياسة", "اقتصاد"]), b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    author = one_line(record.author)
    if 2 <= len(author.split()) <= 3 and not any(c in author for c in "-–|.") and not author[-1].isdigit():
        b.page.byline = author
        b.add(author)
    b.add(f"{MSA[b.day.month - 1]} {b.day.day}، {b.day.year}", "", "صورة: أرشيفية", "")
    b.add_paragraphs(rng.choice(["comma", None]))
    b.add("الوسوم: سياسة | اقتصاد | مجتمع", "مقالات ذات صلة", *[f"• {r}" for r in b.related(3, 6)])
    b.add("", f"© {b.day.year} المدونة")
    return b.done()


def layout_amp(record: Record, rng: random.Random) -> Page:
    """A mobile page: update line first, date after the deck, pull quote deep in the body, dated links."""
    b = Builder("amp", record, rng)
    stamp = f"{msa(b.day)} - 10:20 بتوقيت غرينتش"
    b.add(b.outlet(), f"آخر تحديث: {stamp}", b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    iso = f"نشر في: {b.day.isoformat()}"
    b.add(iso.translate(INDIC) if rng.random() < 0.5 else iso)
    body = b.body_lines(rng.choice(["agency", "dash"]))
    quote = b.pull_quote(min_words=6) if len(body) > 3 else None
    for i, p in enumerate(body):
        b.add(p)
        if i == 2 and quote:
            b.add(f"«{quote}»")
    b.add("أخبار متعلقة", *[f"{r} - {b.day.day}/{b.day.month}/{b.day.year}" for r in b.related(3, 5)])
    b.add(f"© {b.page.outlet} {b.day.year}")
    return b.done()


LAYOUTS: dict[str, Layout] = {
    "classic": layout_classic,
    "portal": layout_portal,
    "levantine": layout_levantine,
    "maghreb": layout_maghreb,
    "numeric": layout_numeric,
    "gulf": layout_gulf,
    "moroccan": layout_moroccan,
    "wire": layout_wire,
    "blog": layout_blog,
    "amp": layout_amp,
    **MORE_LAYOUTS,
    **LATE_LAYOUTS,
}


def render(record: Record, layout: str, seed: int = 0) -> Page:
    """Render ``record`` in ``layout``; the same seed gives the same page."""
    return LAYOUTS[layout](record, random.Random(f"{seed}:{layout}:{record.id}"))
