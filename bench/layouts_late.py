"""Twelve late page layouts: the last rounds of unseen checks, kept once the analyser read them.

Magazine, Moroccan portal, blog engine, Arabic-Indic d/m/yyyy with 'م', share-bar masthead, Algerian
daily with a Hijri twin, 'GMT+3' stamp with an unknown-place dateline, weekday with commas, ruled
plain page, menu lines one per line, dotted Arabic-Indic date, masthead with a Levantine date.
"""

from __future__ import annotations

import random

from page_builder import (
    CITIES,
    INDIC,
    LEVANTINE,
    MAGHREB_MA,
    MAGHREB_TN,
    MSA,
    WEEKDAYS,
    Builder,
    Layout,
    Page,
    Record,
    hijri,
    msa,
    one_line,
)


def layout_magazine(record: Record, rng: random.Random) -> Page:
    """Magazine: masthead the footer repeats, section breadcrumb, 'بقلم · date · reading time', '* * *'."""
    b = Builder("magazine", record, rng)
    b.add("مجلة الأفق الثقافية", "ثقافة » أدب", "", b.page.headline, "")
    if b.deck():
        b.add(b.page.deck or "", "")
    byline = b.byline("بقلم ")
    credit = f"{msa(b.day, weekday=False)} · {rng.randint(2, 9)} دقائق للقراءة"
    b.add(f"{byline} · {credit}" if byline else credit, "")
    quote = b.pull_quote(min_words=6)
    b.add_paragraphs(None)
    if quote:
        b.add(f"“{quote}”", "")
    b.add("* * *", "", "قد يعجبك أيضا", "", *[x for r in b.related(3, 4) for x in (r, "")], "© مجلة الأفق الثقافية")
    return b.done()


def layout_moroccan_portal(record: Record, rng: random.Random) -> Page:
    """Moroccan portal: '... بريس' masthead over the date, 'city:' dateline, comment prompt."""
    b = Builder("moroccan_portal", record, rng)
    when = f"{rng.randint(8, 23)}:{rng.randint(10, 59)}"
    b.add("هبة بريس", f"{WEEKDAYS[b.day.weekday()]} {b.day.day} {MAGHREB_MA[b.day.month - 1]} {b.day.year} - {when}", "")
    b.add(b.page.headline, "")
    body = b.body_lines(None)
    if b.page.dateline is None:
        b.page.dateline = rng.choice(CITIES)
        body[0] = f"{b.page.dateline}: {body[0]}"
    for p in body:
        b.add(p, "")
    b.add("مقالات ذات صلة", *b.related(3, 5), "", "أضف تعليقك", "")
    return b.done()


def layout_blog_engine(record: Record, rng: random.Random) -> Page:
    """Blog engine: 'نشر بتاريخ ISO بواسطة فلان', hashtag tags, unknown colon header over numbered links."""
    b = Builder("blog_engine", record, rng)
    b.add(b.page.headline)
    author = one_line(record.author)
    named = bool(author) and len(author.split()) <= 3 and "-" not in author
    if named:
        b.page.byline = author
    stamp = f"{b.day.year}-{b.day.month:02d}-{b.day.day:02d}"
    b.add(f"نشر بتاريخ {stamp}" + (f" بواسطة {author}" if named else ""))
    b.add("", *b.body_lines(rng.choice(["dash", "agency", "comma"])), "")
    b.add("الوسوم: " + " ".join("#" + w for w in b.page.headline.split()[:3]), "", "تدوينات ذات صلة:")
    b.add(*[f"{i + 1}- {r}" for i, r in enumerate(b.related(3, 4))])
    return b.done()


def layout_indic_slash(record: Record, rng: random.Random) -> Page:
    """Arabic-Indic d/m/yyyy with 'م', head pull quote, headerless links after '* * *'."""
    b = Builder("indic_slash", record, rng)
    b.add(b.page.headline, "", f"{b.day.day}/{b.day.month}/{b.day.year}م".translate(INDIC), "")
    if (byline := b.byline("بقلم: ")) is not None:
        b.add(byline, "")
    if (quote := b.pull_quote()) is not None:
        b.add(f'"{quote}"', "")
    b.add_paragraphs(rng.choice(["comma", "dash"]))
    b.add("* * *", "", *[x for r in b.related(4, 6) for x in (r, "")])
    return b.done()


def layout_share_masthead(record: Record, rng: random.Random) -> Page:
    """Masthead with share links, dotted dates for published and updated, long header phrase."""
    b = Builder("share_masthead", record, rng)
    b.add(b.outlet() + " | فيسبوك | تويتر", b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    dotted = f"{b.day.day:02d}.{b.day.month:02d}.{b.day.year}"
    b.add(f"نُشر في {dotted}", f"آخر تحديث {dotted} {rng.randint(10, 23)}:{rng.randint(10, 59)}")
    b.add(*b.body_lines(rng.choice(["agency", None])))
    b.add("", "مواضيع ذات صلة بهذا الخبر", *b.related(3, 5))
    return b.done()


def layout_algerian(record: Record, rng: random.Random) -> Page:
    """Algerian daily: Maghrebi month with 'الموافق لـ' Hijri twin, 'بقلم' after the deck, '»' links."""
    b = Builder("algerian", record, rng)
    b.add("الرئيسية > الوطن", "", b.page.headline, "")
    day = f"{WEEKDAYS[b.day.weekday()]} {b.day.day} {MAGHREB_TN[b.day.month - 1]} {b.day.year}"
    b.add(f"{day} الموافق لـ {hijri(b.day)}", "")
    if b.deck():
        b.add(b.page.deck or "", "")
    if (byline := b.byline("بقلم ")) is not None:
        b.add(byline, "")
    b.add_paragraphs(rng.choice(["colon", None]))
    b.add("اقرأ أيضا", "", *[x for r in b.related(3, 5) for x in (f"» {r}", "")], "جميع الحقوق محفوظة © الموقع")
    return b.done()


def layout_gmt_stamp(record: Record, rng: random.Random) -> Page:
    """Login bar, ISO stamp with 'GMT+3', '(خاص)' dateline, ad label, tag list, definite header."""
    b = Builder("gmt_stamp", record, rng)
    b.add("تسجيل الدخول | اشترك", "بحث", "", b.page.headline)
    b.add(f"{b.day.year}-{b.day.month:02d}-{b.day.day:02d} {rng.randint(10, 23)}:{rng.randint(10, 59)} GMT+3")
    if b.deck():
        b.add("", b.page.deck or "", "")
    body = b.body_lines(None)
    if b.page.dateline is None:
        b.page.dateline = rng.choice(CITIES)
        body[0] = f"{b.page.dateline} (خاص) - {body[0]}"
    b.add(*body)
    b.add("", "إعلان", "", "اقرأ المزيد عن:", "سياسة، اقتصاد", "", "الأخبار ذات الصلة", *b.related(3, 5))
    return b.done()


def layout_comma_weekday(record: Record, rng: random.Random) -> Page:
    """Weekday, day month, year with commas; 'كتبت:' byline; share line; 'موضوعات متعلقة'."""
    b = Builder("comma_weekday", record, rng)
    b.add(f"{WEEKDAYS[b.day.weekday()]}, {b.day.day} {MSA[b.day.month - 1]}, {b.day.year}", "", b.page.headline, "")
    if (byline := b.byline("كتبت: ")) is not None:
        b.add(byline, "")
    if b.deck():
        b.add(b.page.deck or "", "")
    b.add("مشاركة", "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("شارك المقال على: فيسبوك - تويتر - واتساب", "", "موضوعات متعلقة", "")
    b.add(*[x for r in b.related(3, 5) for x in (r, "")])
    return b.done()


def layout_ruled(record: Record, rng: random.Random) -> Page:
    """Plain page ruled with '=': labelled Levantine date, links between rules."""
    b = Builder("ruled", record, rng)
    rule = "=" * 30
    b.add(b.page.headline, rule, f"التاريخ: {b.day.day} {LEVANTINE[b.day.month - 1]} {b.day.year}", "")
    b.add_paragraphs(rng.choice(["comma", "colon", None]))
    b.add(rule, *b.related(3, 5), rule)
    return b.done()


def layout_stacked_menu(record: Record, rng: random.Random) -> Page:
    """Menu one item per line, deck before a Moroccan date with weekday, 'الكاتب:' byline, footer menu."""
    b = Builder("stacked_menu", record, rng)
    b.add("القائمة", "الرئيسية", "أخبار العالم", "", b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    when = f"{rng.randint(8, 22)}:{rng.randint(10, 59)}"
    b.add(f"{WEEKDAYS[b.day.weekday()]} - {b.day.day} {MAGHREB_MA[b.day.month - 1]} {b.day.year} | {when}")
    if (byline := b.byline("الكاتب: ")) is not None:
        b.add(byline)
    b.add("")
    b.add_paragraphs(rng.choice(["agency", "comma", None]))
    b.add("كلمات مفتاحية: " + "، ".join(b.page.headline.split()[:3]), "", "قد يعجبك أيضا:", *b.related(3, 5))
    b.add("", "الرئيسية | من نحن | اتصل بنا")
    return b.done()


def layout_dotted_indic(record: Record, rng: random.Random) -> Page:
    """Dotted Arabic-Indic date first, pull quote deep in the body, rule and 'قصص أخرى' links."""
    b = Builder("dotted_indic", record, rng)
    b.add(f"{b.day.day}.{b.day.month}.{b.day.year}".translate(INDIC), b.page.headline, "")
    body = b.body_lines(rng.choice(["dash", "endash", None]))
    quote = b.pull_quote(min_words=6) if len(body) > 4 else None
    for i, p in enumerate(body):
        b.add(p, "")
        if i == 3 and quote:
            b.add(f"«{quote}»", "")
    b.add("________", "قصص أخرى", *[f"- {r}" for r in b.related(3, 6)])
    return b.done()


def layout_masthead_levantine(record: Record, rng: random.Random) -> Page:
    """Masthead, headline, Levantine date, deck, single-newline body, follow line over headerless links."""
    b = Builder("masthead_levantine", record, rng)
    b.add(b.outlet(), "", b.page.headline, f"{b.day.day} {LEVANTINE[b.day.month - 1]} {b.day.year}", "")
    if b.deck():
        b.add(b.page.deck or "", "")
    b.add(*b.body_lines(None))
    b.add("", "تابعونا على فيسبوك وتويتر", "", *b.related(3, 5))
    return b.done()


LATE_LAYOUTS: dict[str, Layout] = {
    "magazine": layout_magazine,
    "moroccan_portal": layout_moroccan_portal,
    "blog_engine": layout_blog_engine,
    "indic_slash": layout_indic_slash,
    "share_masthead": layout_share_masthead,
    "algerian": layout_algerian,
    "gmt_stamp": layout_gmt_stamp,
    "comma_weekday": layout_comma_weekday,
    "ruled": layout_ruled,
    "stacked_menu": layout_stacked_menu,
    "dotted_indic": layout_dotted_indic,
    "masthead_levantine": layout_masthead_levantine,
}
