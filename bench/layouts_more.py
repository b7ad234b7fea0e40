"""Twelve more page layouts, written after the analyser's rules as unseen layouts, then kept.

Print edition, Tunisian radio, Gulf e-paper (Arabic-Indic), minimal, byline-first, Hijri-only, Egyptian
portal, wire agency, Lebanese daily, Saudi (numeric Hijri), English-labelled and outlet-dated pages.
"""

from __future__ import annotations

import random

from page_builder import (
    EN_DAYS,
    EN_MONTHS,
    INDIC,
    LEVANTINE,
    MAGHREB_TN,
    MSA,
    WEEKDAYS,
    Builder,
    Layout,
    Page,
    Record,
    clock_time,
    hijri,
    msa,
)


def layout_print(record: Record, rng: random.Random) -> Page:
    """Print edition: issue line with a double-named month, section kicker, 'كتب ـ' byline, colon header."""
    b = Builder("print", record, rng)
    month = f"{LEVANTINE[b.day.month - 1]}/{MSA[b.day.month - 1]}"
    b.add(f"العدد {rng.randint(1000, 9999)} | {WEEKDAYS[b.day.weekday()]} {b.day.day} {month} {b.day.year}")
    b.add("", "محليات", "", b.page.headline, "")
    if b.deck():
        b.add(b.page.deck or "", "")
    if (byline := b.byline("كتب ـ ")) is not None:
        b.add(byline, "")
    b.add_paragraphs(rng.choice(["dash", "endash", None]))
    b.add("للمزيد من الأخبار:", *b.related(3, 6), "", "جميع الحقوق محفوظة لصحيفة الأفق")
    return b.done()


def layout_radio(record: Record, rng: random.Random) -> Page:
    """Tunisian radio site: wide-spaced menu, 'على الساعة' time, Latin share bar, tag strip, no header."""
    b = Builder("radio", record, rng)
    b.add("أخبار وطنية  |  جهوية  |  رياضة  |  ثقافة", "", b.page.headline)
    when = f"{rng.randint(8, 22)}:{rng.randint(10, 59)}"
    b.add(f"{WEEKDAYS[b.day.weekday()]}، {b.day.day} {MAGHREB_TN[b.day.month - 1]} {b.day.year} على الساعة {when}")
    b.add("Facebook | Twitter | Email", "")
    b.add(*b.body_lines(None))
    b.add("", "تونس | سياسة | اقتصاد", "", *b.related(4, 7), "", "Copyright Radio 2017")
    return b.done()


def layout_epaper(record: Record, rng: random.Random) -> Page:
    """Gulf e-paper: Arabic-Indic date, byline after the body, dashed links, app line after the footer."""
    b = Builder("epaper", record, rng)
    b.add(b.outlet(), b.page.headline)
    b.add("تاريخ النشر: " + msa(b.day, weekday=False, indic=True))
    if b.deck():
        b.add("", b.page.deck or "", "")
    b.add(*b.body_lines(rng.choice(["comma", "agency"])))
    if (byline := b.byline("المحرر: ")) is not None:
        b.add(byline)
    b.add("", "اقرأ أيضًا", *[f"- {r}" for r in b.related(3, 5)], "", "تابعونا على تويتر", "تطبيق الأفق")
    return b.done()


def layout_minimal(record: Record, rng: random.Random) -> Page:
    """Headline, d/m/yyyy date, blank-separated paragraphs, colon header and blank-separated links."""
    b = Builder("minimal", record, rng)
    b.add(b.page.headline, "", f"{b.day.day}/{b.day.month}/{b.day.year}", "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("أخبار ذات صلة:", "", *[x for r in b.related(3, 6) for x in (r, "")])
    return b.done()


def layout_byline_first(record: Record, rng: random.Random) -> Page:
    """Byline above the headline, Levantine date in Arabic-Indic digits after the deck, '>>' rule."""
    b = Builder("byline_first", record, rng)
    if (byline := b.byline("بقلم: ")) is not None:
        b.add(byline)
    b.add(b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    date = f"{WEEKDAYS[b.day.weekday()]}، {b.day.day} {LEVANTINE[b.day.month - 1]} {b.day.year}"
    b.add(date.translate(INDIC))
    b.add(*b.body_lines(rng.choice(["comma", None])))
    b.add("", ">>", "", *b.related(3, 5), "", "جميع الحقوق محفوظة")
    return b.done()


def layout_hijri_only(record: Record, rng: random.Random) -> Page:
    """Hijri date alone, dash-separated breadcrumb, rule under the deck, '»' bullets."""
    b = Builder("hijri_only", record, rng)
    b.add("الرئيسية - محليات - أخبار", b.page.headline, hijri(b.day))
    if b.deck():
        b.add(b.page.deck or "", "——————")
    b.add(*b.body_lines(rng.choice(["agency", None])))
    b.add("إقرأ أيضاً:", *[f"» {r}" for r in b.related(2, 4)], "طباعة", "")
    return b.done()


def layout_egypt(record: Record, rng: random.Random) -> Page:
    """Egyptian portal: menu with unknown sections, 'كتب فلان' without colon, time before the date."""
    b = Builder("egypt", record, rng)
    b.add("الرئيسية  أخبار مصر  عرب وعالم  رياضة  اقتصاد  فن", "", b.page.headline)
    if (author := b.plain_byline("-–|.")) is not None:
        b.add(f"كتب {author}")
    when = f"{clock_time(rng)} م"
    date = msa(b.day)
    b.add(f"{when} {date}".translate(INDIC) if rng.random() < 0.5 else f"{date} {when}")
    b.add("", "شارك", "")
    b.add(*b.body_lines(rng.choice(["dash", None])))
    b.add("", "اقرأ أيضا", *b.related(3, 6), "", "جميع الحقوق محفوظة لـ الموقع")
    return b.done()


def layout_agency(record: Record, rng: random.Random) -> Page:
    """Wire agency: date / time / relative time, '(رويترز) -' dateline, credits in parentheses."""
    b = Builder("agency", record, rng)
    b.add(b.page.headline, "")
    b.add(f"{msa(b.day, weekday=False)} / {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
          f" / منذ {rng.randint(2, 9)} ساعات", "")
    b.add_paragraphs("agency")
    b.add("(إعداد محمد علي للنشرة العربية - تحرير سارة أحمد)", "", "موضوعات ذات صلة", *b.related(3, 5))
    return b.done()


def layout_lebanon(record: Record, rng: random.Random) -> Page:
    """Lebanese daily: date with dashes and Levantine month before the headline, font controls, source line."""
    b = Builder("lebanon", record, rng)
    b.add(b.outlet(), "سياسة|اقتصاد|رياضة", "")
    b.add(f"{b.day.day}-{LEVANTINE[b.day.month - 1]}-{b.day.year} | {rng.randint(10, 23)}:{rng.randint(10, 59)}")
    b.add(b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    b.add("A A A", "")
    b.add_paragraphs(rng.choice(["endash", "comma"]))
    b.add(f"المصدر: {b.page.outlet}", "", "قد يهمك أيضا", *[f"■ {r}" for r in b.related(3, 5)])
    return b.done()


def layout_saudi(record: Record, rng: random.Random) -> Page:
    """Saudi site: numeric Hijri and Gregorian dates, 'updated ... ago' line, decorated header."""
    from hijridate import Gregorian

    b = Builder("saudi", record, rng)
    h = Gregorian(b.day.year, b.day.month, b.day.day).to_hijri()
    b.add(b.page.headline)
    b.add(f"{WEEKDAYS[b.day.weekday()]} {h.year}/{h.month}/{h.day}هـ - {b.day.year}/{b.day.month}/{b.day.day}م")
    b.add(f"آخر تحديث منذ {rng.randint(2, 50)} دقائق")
    if b.deck():
        b.add(b.page.deck or "")
    b.add("———", *b.body_lines(rng.choice(["comma", None])))
    b.add("----- اقرأ أيضا -----", *b.related(3, 5), "اخترنا لكم")
    return b.done()


def layout_english(record: Record, rng: random.Random) -> Page:
    """English-labelled page: Latin breadcrumb, English weekday date, 'By' byline, 'Related' header."""
    b = Builder("english", record, rng)
    b.add("Home | News | Middle East", b.page.headline)
    b.add(f"{EN_DAYS[b.day.weekday()]} {b.day.day} {EN_MONTHS[b.day.month - 1]} {b.day.year}")
    if (byline := b.byline("By ")) is not None:
        b.add(byline)
    if b.deck():
        b.add("", b.page.deck or "", "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("Related", *b.related(3, 5), "", "© 2018 Example Media. All rights reserved.")
    return b.done()


def layout_outlet_dated(record: Record, rng: random.Random) -> Page:
    """Masthead and date on one line above the headline, 'تابع أيضا:' header."""
    b = Builder("outlet_dated", record, rng)
    date = msa(b.day)
    b.add(f"{b.outlet()} - {date}", "", b.page.headline, "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("تابع أيضا:", "", *[x for r in b.related(3, 5) for x in (r, "")])
    return b.done()


MORE_LAYOUTS: dict[str, Layout] = {
    "print": layout_print,
    "radio": layout_radio,
    "epaper": layout_epaper,
    "minimal": layout_minimal,
    "byline_first": layout_byline_first,
    "hijri_only": layout_hijri_only,
    "egypt": layout_egypt,
    "agency": layout_agency,
    "lebanon": layout_lebanon,
    "saudi": layout_saudi,
    "english": layout_english,
    "outlet_dated": layout_outlet_dated,
}
