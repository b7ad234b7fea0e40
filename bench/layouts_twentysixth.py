"""Text page families written in the twenty-sixth session as unseen layouts, measured at first
contact before any fix (marked ``19+`` in bench_structure.py): the pages of Arabic outlets no earlier
family imitates, copied from the browser, rendered from real corpus records read at bench time
(``fresh_records``: records of lines 13,601-14,400 of ant_multisource and saudinewsnet and 7,001-7,500 of
ant_jawharafm, drawn with seed 26431, never a dev gold article) with the truth of every field:

- aljazeera_net: Al Jazeera's page: the site's name and the section path, the headline, the lead, the
  day in numbers (``22/4/2018``) over ``آخر تحديث: 23/4/2018 10:22 (مكة المكرمة)``, the text with an
  ``اقرأ أيضا`` block of four links set after its second paragraph (each under its ``list 1 of 4``,
  then ``end of list``, as the screen-reader labels copy), and the closing ``المصدر :
  الجزيرة + وكالات``.
- asharq_awsat: Asharq Al-Awsat's page: the section, the headline, the lead, the issue line (``الأحد - 6
  شعبان 1439 هـ - 22 أبريل 2018 مـ رقم العدد [ 14390]``), then the credit on a line of its own: ``لندن:
  name`` or ``لندن: «الشرق الأوسط»`` (place and writer, or place and the paper).
- ahram_gate: Al-Ahram's portal: the site and its menu, the headline, the writer's name alone on a line,
  ``22-4-2018 | 10:22``, the text, a numbered ``الأكثر قراءة`` list of the site's other headlines.
- youm7: Youm7's page: the site, the headline, ``كتب name`` and the date with its period
  (``الأحد، 22 أبريل 2018 10:22 ص``), the text, ``الموضوعات المتعلقة`` and its links.
- alquds_credit: Al-Quds Al-Arabi's page: the headline, the day written with dashes (``22 - أبريل -
  2018``), ``حجم الخط``, the text opening on ``لندن- «القدس العربي»:`` or ``الناصرة – «القدس العربي» –
  name:`` (place, the paper's name quoted, the writer).
- enab_credit: Enab Baladi's page: the section, the headline, ``22/04/2018``, the credit line ``عنب بلدي –
  إدلب`` (outlet – place) or ``عنب بلدي – خاص`` over the text, and a tag line.
- arabi21: Arabi21's page: the headline, ``عربي21- name`` and the date with ``بتوقيت غرينتش``, the text,
  ``الأكثر قراءة`` with the site's other headlines.

The truth leaves menus, issue lines, credits, tags and counters out of the body; a closing related or
most-read list is the page's related links, the inline ``اقرأ أيضا`` block too.
"""

from __future__ import annotations

import random

from hijridate import Gregorian

from page_builder import (
    CITIES,
    HIJRI,
    MSA,
    WEEKDAYS,
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
FRESH = {"ant_multisource": (13_600, 14_400), "saudinewsnet": (13_600, 14_400), "ant_jawharafm": (7_000, 7_500)}
SECTIONS = ["سياسة", "اقتصاد", "العالم العربي", "رياضة", "ثقافة", "تقارير"]


def fresh_records(n: int, seed: int = 26431) -> list[Record]:
    """n usable records of the session's fresh lines (2/5 ant_multisource, 2/5 saudinewsnet, 1/5
    Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH)


def layout_aljazeera_net(record: Record, rng: random.Random) -> Page:
    """Numeric day over the update stamp; an inline اقرأ أيضا block of links; المصدر : الجزيرة + وكالات."""
    b = Builder("aljazeera_net", record, rng)
    b.add("الجزيرة نت", f"الأخبار | {rng.choice(SECTIONS)}", "", b.page.headline, "")
    if (deck := b.deck()) is not None:
        b.add(deck, "")
    later = b.day.day + 1 if b.day.day < 28 else b.day.day
    b.add(f"{b.day.day}/{b.day.month}/{b.day.year}",
          f"آخر تحديث: {later}/{b.day.month}/{b.day.year} {rng.randint(0, 23):02d}:{rng.randint(10, 59)} (مكة المكرمة)", "")
    body = b.body_lines(None)
    links = b.related(4, 4)
    for k, paragraph in enumerate(body):
        b.add(paragraph, "")
        if k == 1:
            b.add("اقرأ أيضا", "")
            for n, link in enumerate(links, 1):
                b.add(f"list {n} of {len(links)}", link)
            b.add("end of list", "")
    if len(body) < 2:
        b.page.related = list(b.in_text)
    b.add(f"المصدر : {rng.choice(['الجزيرة + وكالات', 'الجزيرة', 'وكالات', 'الجزيرة + رويترز'])}")
    return b.done()


def layout_asharq_awsat(record: Record, rng: random.Random) -> Page:
    """The issue line with Hijri and Gregorian days and the issue number; ``place: writer`` on its own line."""
    b = Builder("asharq_awsat", record, rng)
    h = Gregorian(b.day.year, b.day.month, b.day.day).to_hijri()
    b.add("الشرق الأوسط", rng.choice(SECTIONS), "", b.page.headline, "")
    if (deck := b.deck()) is not None:
        b.add(deck, "")
    b.add(f"{WEEKDAYS[b.day.weekday()]} - {h.day} {HIJRI[h.month - 1]} {h.year} هـ - {b.day.day} "
          f"{MSA[b.day.month - 1]} {b.day.year} مـ رقم العدد [ {rng.randint(13000, 15000)}]", "")
    body = b.body_lines(None)
    if b.page.dateline is None:
        city = rng.choice(CITIES)
        b.page.dateline = city
        name = b.plain_byline()
        b.add(f"{city}: {name}" if name else f"{city}: «الشرق الأوسط»")
    for paragraph in body:
        b.add(paragraph, "")
    return b.done()


def layout_ahram_gate(record: Record, rng: random.Random) -> Page:
    """The writer's name alone on a line, ``22-4-2018 | 10:22``, a numbered most-read list."""
    b = Builder("ahram_gate", record, rng)
    b.add("بوابة الأهرام", "الرئيسية  مصر  عربي وعالمي  اقتصاد  رياضة  فن", "", b.page.headline, "")
    if (name := b.plain_byline()) is not None:
        b.add(name)
    b.add(f"{b.day.day}-{b.day.month}-{b.day.year} | {rng.randint(0, 23):02d}:{rng.randint(10, 59)}", "")
    b.add_paragraphs(None)
    b.add("الأكثر قراءة", *(f"{k}. {x}" for k, x in enumerate(b.related(4, 6), 1)))
    return b.done()


def layout_youm7(record: Record, rng: random.Random) -> Page:
    """``كتب name`` over a weekday date with its period, الموضوعات المتعلقة."""
    b = Builder("youm7", record, rng)
    b.add("اليوم السابع", "", b.page.headline, "")
    if (name := b.plain_byline()) is not None:
        b.add(f"كتب {name}")
    b.add(f"{WEEKDAYS[b.day.weekday()]}، {b.day.day} {MSA[b.day.month - 1]} {b.day.year} {clock_time(rng)} "
          f"{rng.choice(['ص', 'م'])}", "")
    b.add_paragraphs(None)
    b.add("الموضوعات المتعلقة", "", *b.related(3, 5))
    return b.done()


def layout_alquds_credit(record: Record, rng: random.Random) -> Page:
    """The text opening on ``place- «القدس العربي»:``, with the writer after the paper's name."""
    b = Builder("alquds_credit", record, rng)
    b.add("القدس العربي", "", b.page.headline, "", f"{b.day.day} - {MSA[b.day.month - 1]} - {b.day.year}",
          "حجم الخط", "")
    body = b.body_lines(None)
    if b.page.dateline is None:
        city = rng.choice(CITIES)
        b.page.dateline = city
        dash = rng.choice(["-", " –", " -"])
        name = b.plain_byline()
        body[0] = (f"{city}{dash} «القدس العربي» – {name}: " if name else f"{city}{dash} «القدس العربي»: ") + body[0]
    for paragraph in body:
        b.add(paragraph, "")
    b.add("اشترك في قائمتنا البريدية")
    return b.done()


def layout_enab_credit(record: Record, rng: random.Random) -> Page:
    """``عنب بلدي – place`` (outlet and dateline) or ``عنب بلدي – خاص`` on a line over the text, tags."""
    b = Builder("enab_credit", record, rng)
    b.page.outlet = "عنب بلدي"
    b.add("عنب بلدي", rng.choice(SECTIONS), "", b.page.headline, "", f"{b.day:%d/%m/%Y}", "")
    body = b.body_lines(None)
    if b.page.dateline is None:
        if rng.random() < 0.7:
            city = rng.choice(CITIES)
            b.page.dateline = city
            b.add(f"عنب بلدي – {city}")
        else:
            b.add("عنب بلدي – خاص")
    for paragraph in body:
        b.add(paragraph, "")
    words = [w for w in b.page.headline.split() if len(w) > 3][:3]
    b.add("  ".join(words), "", "مقالات متعلقة", *b.related(3, 4))
    return b.done()


def layout_arabi21(record: Record, rng: random.Random) -> Page:
    """``عربي21- name`` and a GMT date under the headline; a most-read list."""
    b = Builder("arabi21", record, rng)
    b.add("عربي21", "", b.page.headline, "")
    name = b.plain_byline()
    b.add(f"عربي21- {name}" if name else "عربي21")
    b.add(f"{WEEKDAYS[b.day.weekday()]}، {msa(b.day, weekday=False)} {clock_time(rng)} {rng.choice(['ص', 'م'])} بتوقيت غرينتش",
          "")
    b.add_paragraphs(None)
    b.add("الأكثر قراءة", *b.related(3, 5))
    return b.done()


TWENTYSIXTH_LAYOUTS: dict[str, Layout] = {
    "aljazeera_net": layout_aljazeera_net,
    "asharq_awsat": layout_asharq_awsat,
    "ahram_gate": layout_ahram_gate,
    "youm7": layout_youm7,
    "alquds_credit": layout_alquds_credit,
    "enab_credit": layout_enab_credit,
    "arabi21": layout_arabi21,
}

if __name__ == "__main__":
    show_families(TWENTYSIXTH_LAYOUTS, fresh_records(5)[0])
