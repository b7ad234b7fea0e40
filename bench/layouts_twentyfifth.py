"""Text page families written in the twenty-fourth session as unseen layouts, measured at first
contact before any fix (marked ``18+`` in bench_structure.py): conventions of Arabic outlets no earlier
family imitates, copied from the browser or an app, rendered from real corpus records read at bench time
(``fresh_records``: records of lines 14,401-15,200 of ant_multisource and saudinewsnet and 7,501-8,000 of
ant_jawharafm, drawn with seed 25217, never a dev gold article) with the truth of every field:

- prayer_widget: a Gulf daily's page under its widgets bar: the prayer times of the day, the weather and
  the currency rates, then the section, the headline, ``بقلم: name``, ``تاريخ النشر: 22/04/2018 - 10:22 ص``,
  the text, the print and share controls and a ``مواضيع ذات صلة`` block.
- paywall_teaser: a subscribers' page copied by a reader without a subscription: the headline, the lead, the
  writer and the date, the first two paragraphs, then the wall (``هذا المقال متاح للمشتركين فقط``, the offer,
  ``لديك حساب؟ تسجيل الدخول``). The body is what the page shows.
- news_app_share: the text a news app's share button makes: ``outlet | date`` over the headline, the text,
  ``لقراءة الخبر من المصدر:`` with its address and the app's download invitation.
- updated_first: a portal that shows ``آخر تحديث`` before ``تاريخ النشر`` (the later day first), the reading
  time, the views count and tag chips; the published day is the earlier one.
- wire_end_code: a Gulf or Levantine state agency's copy: ``كونا``/``بترا`` masthead, the number stamp
  (``22/04/2018 10:22:00``), the text opening on the agency's dateline with its numeric day (``الكويت -
  22 - 4 (كونا) --``), the closing ``(النهاية)`` and the editors' initials code (``ع ب / م ع``).
- kicker_label: a portal whose headline carries a kicker line above it (``خاص``, ``تقرير``, ``بالفيديو``
  with the outlet's name), the text closing on ``المصدر: outlet`` and a hashtag line.
- hijri_numeric: a government media centre's news page: ``تاريخ الخبر: 1439/08/06 هـ`` over ``الموافق:
  2018/04/22 م`` in year-first numbers, the text, the visits counter and an ``أخبار أخرى`` block.

The truth leaves widgets, walls, app invitations, counters, codes and chips out of the body.
"""

from __future__ import annotations

import random

from hijridate import Gregorian

from page_builder import (
    MSA,
    Builder,
    Layout,
    Page,
    Record,
    clock_time,
    corpus_records,
    msa,
    show_families,
)

#: The session's fresh lines of the three corpora (first, end).
FRESH = {"ant_multisource": (14_400, 15_200), "saudinewsnet": (14_400, 15_200), "ant_jawharafm": (7_500, 8_000)}
GULF_CITIES = ["الدوحة", "دبي", "أبوظبي", "الرياض", "المنامة", "مسقط"]
SECTIONS = ["محليات", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة وفنون"]
APP_NAMES = ["تطبيق نبأ", "تطبيق خبرك", "تطبيق المصادر"]
KICKERS = ["خاص", "تقرير", "بالفيديو", "حصري", "متابعة"]
#: State agencies: (name, short name, capital, the date in the dateline as the agency writes it).
WIRES = [("وكالة الأنباء الكويتية", "كونا", "الكويت"), ("وكالة الأنباء الأردنية", "بترا", "عمان"),
         ("وكالة الأنباء القطرية", "قنا", "الدوحة")]
EDITOR_CODES = ["ع ب / م ع", "س ه / ر ج", "م ص / ا ق"]


def fresh_records(n: int, seed: int = 25217) -> list[Record]:
    """n usable records of the session's fresh lines (2/5 ant_multisource, 2/5 saudinewsnet, 1/5
    Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH)


def _prayers(rng: random.Random) -> str:
    names = ["الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء"]
    hours = [3, 5, 11, 3, 6, 7]
    return "  ".join(f"{name} {hour}:{rng.randint(10, 59)}" for name, hour in zip(names, hours, strict=True))


def layout_prayer_widget(record: Record, rng: random.Random) -> Page:
    """A Gulf daily under its widgets bar (prayer times, weather, rates); بقلم byline, numeric date."""
    b = Builder("prayer_widget", record, rng)
    b.add(f"مواقيت الصلاة - {rng.choice(GULF_CITIES)}", _prayers(rng),
          f"الطقس {rng.randint(24, 44)}° مشمس", f"الدولار {rng.uniform(3.5, 3.8):.3f}  اليورو {rng.uniform(4.0, 4.6):.3f}",
          "", rng.choice(SECTIONS), b.page.headline, "")
    if (name := b.plain_byline()) is not None:
        b.add(f"بقلم: {name}")
    b.add(f"تاريخ النشر: {b.day:%d/%m/%Y} - {clock_time(rng)} {rng.choice(['ص', 'م'])}", "")
    b.add_paragraphs(rng.choice(["colon", None]))
    b.add("طباعة  |  إرسال لصديق  |  حفظ", "", "مواضيع ذات صلة", *b.related(3, 5))
    return b.done()


def layout_paywall_teaser(record: Record, rng: random.Random) -> Page:
    """A subscribers' page without a subscription: the lead, two paragraphs, then the wall."""
    b = Builder("paywall_teaser", record, rng)
    b.add(b.page.headline, "")
    if (deck := b.deck()) is not None:
        b.add(deck, "")
    if (name := b.plain_byline()) is not None:
        b.add(name)
    b.add(msa(b.day), "")
    shown = b.body_lines(None)[:2]
    b.page.body = [p for p in b.page.body if p in shown or any(p in s for s in shown)]
    b.page.related = [r for r in b.page.related if f"للمزيد: {r}" in shown]
    for paragraph in shown:
        b.add(paragraph, "")
    b.add(rng.choice(["هذا المقال متاح للمشتركين فقط", "تابع القراءة باشتراكك"]),
          "اشترك الآن واحصل على الشهر الأول مجانا", "اشترك الآن", "لديك حساب؟ تسجيل الدخول")
    return b.done()


def layout_news_app_share(record: Record, rng: random.Random) -> Page:
    """A news app's share text: outlet and date over the headline, the source's address, the app invitation."""
    b = Builder("news_app_share", record, rng)
    outlet = b.outlet()
    b.add(f"{outlet} | {msa(b.day, weekday=False)}", b.page.headline, "")
    b.add_paragraphs(rng.choice(["dash", None]))
    app = rng.choice(APP_NAMES)
    b.add("لقراءة الخبر من المصدر:", f"https://www.example-news.com/article/{rng.randint(10000, 99999)}", "",
          f"تمت المشاركة من {app}، حمّله مجانا: https://app.example.com")
    return b.done()


def layout_updated_first(record: Record, rng: random.Random) -> Page:
    """A portal showing the update before the publication date, reading time, views and tag chips."""
    b = Builder("updated_first", record, rng)
    later = b.day.day + rng.randint(1, 2) if b.day.day < 27 else b.day.day
    b.add("الرئيسية > " + rng.choice(SECTIONS), "", b.page.headline, "")
    b.add(f"آخر تحديث: {later} {MSA[b.day.month - 1]} {b.day.year} - {clock_time(rng)}",
          f"تاريخ النشر: {msa(b.day, weekday=False)} - {clock_time(rng)}",
          f"وقت القراءة: {rng.randint(2, 7)} دقائق  |  المشاهدات: {rng.randint(100, 9999):,}", "A+  A-", "")
    b.add_paragraphs(rng.choice(["dash", "comma", None]))
    words = sorted({w.strip(':،,."«»') for w in b.page.body[0].split()}, key=len, reverse=True)[:3]
    b.add("الوسوم", *words, "")  # tags: the opening paragraph's longest words stand in for its names
    return b.done()


def layout_wire_end_code(record: Record, rng: random.Random) -> Page:
    """A state agency's copy: number stamp, dateline with a numeric day, (النهاية) and editors' code."""
    b = Builder("wire_end_code", record, rng)
    name, short, capital = rng.choice(WIRES)
    b.page.outlet = name
    b.add(name, f"{b.day:%d/%m/%Y} {rng.randint(0, 23):02d}:{rng.randint(10, 59)}:00", "", b.page.headline, "")
    body = b.body_lines(None)
    if b.page.dateline is None:
        b.page.dateline = capital
        body[0] = rng.choice([f"{capital} - {b.day.day} - {b.day.month} ({short}) -- ",
                              f"{capital} {b.day.day} {MSA[b.day.month - 1]} ({short}) - "]) + body[0]
    for paragraph in body:
        b.add(paragraph, "")
    b.add("(النهاية)", rng.choice(EDITOR_CODES), "")
    return b.done()


def layout_kicker_label(record: Record, rng: random.Random) -> Page:
    """A kicker line above the headline, the text closing on المصدر: outlet, a hashtag line."""
    b = Builder("kicker_label", record, rng)
    outlet = b.outlet()
    kicker = rng.choice(KICKERS)
    b.add(outlet, "", f"{kicker} - {outlet}" if kicker == "خاص" else kicker, b.page.headline, "",
          f"{msa(b.day)} {clock_time(rng)}", "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    words = [w for w in b.page.headline.split() if len(w) > 3][:3]
    b.add(f"المصدر: {outlet}", "", " ".join(f"#{w}" for w in words))
    return b.done()


def layout_hijri_numeric(record: Record, rng: random.Random) -> Page:
    """A government media centre: year-first numeric Hijri and Gregorian dates, a visits counter."""
    b = Builder("hijri_numeric", record, rng)
    h = Gregorian(b.day.year, b.day.month, b.day.day).to_hijri()
    b.add("المركز الإعلامي", "الرئيسية / الأخبار", "", b.page.headline, "",
          f"تاريخ الخبر: {h.year}/{h.month:02d}/{h.day:02d} هـ", f"الموافق: {b.day:%Y/%m/%d} م", "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("مشاركة الخبر", f"عدد الزيارات: {rng.randint(100, 9999)}", "", "أخبار أخرى", *b.related(3, 4))
    return b.done()


TWENTYFIFTH_LAYOUTS: dict[str, Layout] = {
    "prayer_widget": layout_prayer_widget,
    "paywall_teaser": layout_paywall_teaser,
    "news_app_share": layout_news_app_share,
    "updated_first": layout_updated_first,
    "wire_end_code": layout_wire_end_code,
    "kicker_label": layout_kicker_label,
    "hijri_numeric": layout_hijri_numeric,
}

if __name__ == "__main__":
    show_families(TWENTYFIFTH_LAYOUTS, fresh_records(5)[0])
