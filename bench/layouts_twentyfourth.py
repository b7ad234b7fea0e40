"""Text page families written in the twenty-third session as unseen layouts, measured at first
contact before any fix (marked ``17+`` in bench_structure.py): the conventions of Arabic outlets no
earlier family imitates, copied from the browser with select-all, rendered from real corpus records read
at bench time (``fresh_records``: records of lines 15,201-16,000 of ant_multisource and saudinewsnet and
8,001-8,500 of ant_jawharafm, drawn with seed 24113, never a dev gold article) with the truth of every field:

- slash_wire: a Turkish state agency's Arabic page: masthead and breadcrumb, headline, the lead as a
  deck, the date as ``22.04.2018`` with its time, the text opening ``إسطنبول/ سارة الحسن/ الأناضول``
  (place, reporter and agency parted by slashes), a photo credit line, the subscribers' notice.
- outlet_from_place: a London portal's page: the headline, the writer's name, a date line closing on
  ``GMT``, the text opening ``إيلاف من لندن:`` (the outlet from the place), share counts, a ``مواضيع قد
  تهمك`` block of links, a comments heading with the readers' comments.
- dotted_stamp: a news agency's Arabic site: ``10:22 22.04.2018 (محدثة 11:40 22.04.2018)``, the
  ``الحصول على رابط مختصر`` button, a photo with its ``© Sputnik . name`` credit, the text, a follow prompt.
- egyptian_gate: a Cairo portal: a dual-calendar date with ``من`` (``الأحد 22 من أبريل 2018 | 6 من
  شعبان 1439 هـ``), ``كتبت: name``, font-size and print controls, a photo caption with ``تصوير:``, an
  in-text ``اقرأ أيضًا:`` link, then the comment form (name, e-mail, comment, send) and ``لا توجد تعليقات``.
- gulf_colon_credit: a Gulf daily: a bilingual date bar (``Sunday 22 April 2018 | الأحد 6 شعبان 1439``),
  the headline, ``دبي: name`` on its own line over the text, a caption ``(تصوير: name)``, share buttons
  and the print edition's page (``الصفحة: 12``).

The truth leaves mastheads, controls, captions, credits, counters and comment forms out of the body.
"""

from __future__ import annotations

import random

from hijridate import Gregorian

from page_builder import (
    EN_DAYS,
    EN_MONTHS,
    HIJRI,
    MSA,
    WEEKDAYS,
    Builder,
    Layout,
    Page,
    Record,
    corpus_records,
    hijri,
    msa,
    show_families,
)

#: The session's fresh lines of the three corpora (first, end).
FRESH = {"ant_multisource": (15_200, 16_000), "saudinewsnet": (15_200, 16_000), "ant_jawharafm": (8_000, 8_500)}
CITIES = ["إسطنبول", "أنقرة", "القاهرة", "بيروت", "الرباط", "تونس", "الدوحة", "عمان", "بغداد"]
CAPTIONS = ["جانب من الاجتماع", "صورة أرشيفية", "من موقع الحادث", "خلال المؤتمر الصحفي", "مشهد عام للمدينة"]
PHOTOGRAPHERS = ["سارة الحسن", "محمد العلي", "ليلى منصور", "أحمد بن سالم"]
COMMENTERS = ["أبو خالد", "مواطن غيور", "سامي من الرباط", "قارئ"]
COMMENTS = ["كلام في الصميم ونتمنى أن يتحقق ذلك قريبا.", "للأسف لا جديد في الموضوع، نفس الوعود كل مرة.",
            "شكرا على التغطية الممتازة والمفصلة."]


def fresh_records(n: int, seed: int = 24113) -> list[Record]:
    """n usable records of the session's fresh lines (2/5 ant_multisource, 2/5 saudinewsnet, 1/5
    Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH)


def _dotted(b: Builder, rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(10, 59)} {b.day:%d.%m.%Y}"


def layout_slash_wire(record: Record, rng: random.Random) -> Page:
    """A state agency's Arabic page: the text opens on place/reporter/agency parted by slashes."""
    b = Builder("slash_wire", record, rng)
    b.add("وكالة الأناضول", "الرئيسية | الدول العربية | سياسة", "", b.page.headline, "")
    if (deck := b.deck()) is not None:
        b.add(deck, "")
    b.add(f"{b.day:%d.%m.%Y}", "")
    body = list(b.body_lines(None))
    city = rng.choice(CITIES)
    name = b.plain_byline()
    b.page.dateline = city
    body[0] = (f"{city}/ {name}/ الأناضول" if name else f"{city}/ الأناضول") + " " + body[0]
    b.add(f"الصورة: {rng.choice(CAPTIONS)} - الأناضول", "")
    for paragraph in body:
        b.add(paragraph, "")
    b.add("يُنشر على موقع الوكالة جزء من الأخبار المقدمة للمشتركين بشكل ملخص، يرجى التواصل معنا لخيارات الاشتراك.")
    return b.done()


def layout_outlet_from_place(record: Record, rng: random.Random) -> Page:
    """A portal whose text opens ``outlet من place:``; share counts, links, readers' comments."""
    b = Builder("outlet_from_place", record, rng)
    b.add("إيلاف", "أخبار | اقتصاد | ثقافة | رياضة | صحة", "", b.page.headline, "")
    if (name := b.plain_byline()) is not None:
        b.add(name)
    b.add(f"{msa(b.day)} - {rng.randint(0, 23):02d}:{rng.randint(10, 59)} GMT", "")
    body = list(b.body_lines(None))
    city = rng.choice(CITIES)
    b.page.dateline = city
    body[0] = f"إيلاف من {city}: {body[0]}"
    for paragraph in body:
        b.add(paragraph, "")
    b.add(f"{rng.randint(2, 90)} مشاركة", "", "مواضيع قد تهمك :")
    b.add(*b.related(3, 5))
    b.add("", f"التعليقات ({len(COMMENTS)})", "")
    for who, text in zip(COMMENTERS, COMMENTS, strict=False):
        b.add(who, text, "")
    return b.done()


def layout_dotted_stamp(record: Record, rng: random.Random) -> Page:
    """An agency's Arabic site: dotted date stamps with an update, a short-link button, a photo credit."""
    b = Builder("dotted_stamp", record, rng)
    b.add("سبوتنيك عربي", "", b.page.headline, "")
    stamp = _dotted(b, rng)
    b.add(f"{stamp} (محدثة {_dotted(b, rng)})", "الحصول على رابط مختصر", "")
    b.add(rng.choice(CAPTIONS), f"© Sputnik . {rng.choice(PHOTOGRAPHERS)}", "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("تابعوا سبوتنيك على تلغرام", "", "الوسوم:", "أخبار العالم", "سياسة")
    return b.done()


def layout_egyptian_gate(record: Record, rng: random.Random) -> Page:
    """A Cairo portal: a dual-calendar date with من, a كتبت byline, controls, a caption, a comment form."""
    b = Builder("egyptian_gate", record, rng)
    h = Gregorian(b.day.year, b.day.month, b.day.day).to_hijri()
    b.add("بوابة المستقبل", "الرئيسية » أخبار مصر", "", b.page.headline, "")
    if (name := b.plain_byline()) is not None:
        b.add(f"{rng.choice(['كتبت', 'كتب'])}: {name}")
    gregorian = f"{WEEKDAYS[b.day.weekday()]} {b.day.day} من {MSA[b.day.month - 1]} {b.day.year}"
    b.add(f"{gregorian} | {h.day} من {HIJRI[h.month - 1]} {h.year} هـ", "حجم الخط: أ+ أ-  طباعة", "")
    body = b.body_lines(rng.choice(["dash", None]))
    b.add(body[0], "", f"{rng.choice(CAPTIONS)} - تصوير: {rng.choice(PHOTOGRAPHERS)}", "")
    link = b.related(1, 1)
    b.page.related = b.in_text + link
    for k, paragraph in enumerate(body[1:]):
        b.add(paragraph, "")
        if k == 0 and link:
            b.add(f"اقرأ أيضًا: {link[0]}", "")
    b.add("شارك بتعليقك", "الاسم", "البريد الإلكتروني", "التعليق", "إرسال", "", "تعليقات القراء", "لا توجد تعليقات")
    return b.done()


def layout_gulf_colon_credit(record: Record, rng: random.Random) -> Page:
    """A Gulf daily: bilingual date bar, headline, ``place: name`` over the text, caption, print page."""
    b = Builder("gulf_colon_credit", record, rng)
    english = f"{EN_DAYS[b.day.weekday()]} {b.day.day} {EN_MONTHS[b.day.month - 1]} {b.day.year}"
    b.add(f"{english} | {msa(b.day).split(' ', 1)[0]} {hijri(b.day)}", "الخليج", "", b.page.headline, "")
    if (name := b.plain_byline()) is not None:
        b.add(f"{rng.choice(CITIES)}: {name}", "")
    b.add(f"{rng.choice(CAPTIONS)} (تصوير: {rng.choice(PHOTOGRAPHERS)})", "")
    b.add_paragraphs(None)
    b.add("مشاركة:  فيسبوك  تويتر  واتساب  البريد", f"الصفحة: {rng.randint(2, 40)}")
    return b.done()


TWENTYFOURTH_LAYOUTS: dict[str, Layout] = {
    "slash_wire": layout_slash_wire,
    "outlet_from_place": layout_outlet_from_place,
    "dotted_stamp": layout_dotted_stamp,
    "egyptian_gate": layout_egyptian_gate,
    "gulf_colon_credit": layout_gulf_colon_credit,
}

if __name__ == "__main__":
    show_families(TWENTYFOURTH_LAYOUTS, fresh_records(5)[0])
