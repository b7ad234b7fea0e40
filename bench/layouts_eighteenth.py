"""Text page families written in the eighteenth session as unseen layouts, measured at first contact
before any fix (marked ``11+`` in bench_structure.py), each a kind of text dump no earlier family
imitates, rendered from real corpus records read at bench time (``fresh_records``: records of lines
1,000-19,898 of ant_multisource, 400-20,000 of saudinewsnet and 1,500-10,161 of ant_jawharafm, drawn
with seed 18443, never a dev gold article) with the truth of every field:

- feed_mail: an RSS-to-e-mail digest of a site's feed (FeedBurner's or FeedBlitz's e-mail
  subscription): the feed's name, the item's headline, ``Posted: 22 Apr 2018 03:12 AM PDT`` (or
  FeedBlitz's ``outlet / 22 Apr 2018 03:12 AM`` with ``by`` and the writer), the item's text, ``Read
  more »``, FeedBlitz's ``More Recent Articles`` list of the feed's other items, and the service's
  unsubscribe foot with its postal address.
- sudan_portal: a Sudanese portal on an old PHP CMS copied from the browser (alrakoba-style): the
  site's name, a menu, the section, the headline, a US-ordered stamp ``04-22-2018 03:12 PM``
  (month first, the clock's AM/PM in English), the reads counter, the text opening on ``city: ``, the
  send/print/save links, a comment counter, other news of the section under ``أخبار أخرى``.
- msn_syndication: an article a portal syndicates to MSN (Microsoft Start) copied as text: MSN's
  bar and menu, ``مقدم من`` and the source outlet, the headline, the date as Windows writes Arabic
  numeric dates (right-to-left marks around each part: ``‏22‏/04‏/2018``), a photo's credit
  (``© مقدم من …``), the text, ``المزيد من`` the outlet over its other headlines, the feedback
  prompt and Microsoft's footer.
- screenshot_ocr: a news app's article shared as phone screenshots and read back by OCR: each
  screenshot opens with the status bar (clock, network, battery) and the app's top bar, and
  closes with its tab bar; the headline set over two or three lines at the screen's width, the outlet
  and date under it, the paragraphs cut at the screen's width (32-40 characters), blank-separated,
  and a paragraph going on over the next screenshot's bars.

The truth leaves feed and mail chrome, counters, credits, bars and the service's foot out of the body.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap

from page_builder import (
    EN_MONTHS_SHORT,
    FRESH_LINES,
    Builder,
    Layout,
    Page,
    Record,
    corpus_records,
    msa,
    show_families,
)

DOMAINS = ["www.alofoq-news.com", "almostaqbal.net", "www.marsad24.info", "annahar-aljadid.org"]
SUDAN_MENU = ["الرئيسية", "أخبار السودان", "أخبار السياسة", "اقتصاد", "مقالات وآراء", "رياضة", "منوعات"]
SUDAN_SECTIONS = ["أخبار السودان", "أخبار السياسة", "أخبار وتقارير", "اقتصاد"]
CITIES = ["الخرطوم", "أم درمان", "بورتسودان", "الخرطوم بحري", "القاهرة", "جوبا"]
MSN_MENU = "الأخبار   الطقس   الرياضة   المال   الترفيه   نمط الحياة   الصحة"
APP_TABS = ["الرئيسية   الأقسام   عاجل   فيديو   المزيد", "الرئيسية  |  الأقسام  |  المحفوظات  |  حسابي"]


def fresh_records(n: int, seed: int = 18443) -> list[Record]:
    """n usable records of the session's fresh lines of the three corpora (2/5 ant_multisource, 2/5
    saudinewsnet, 1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH_LINES)


def _en_clock(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"


def layout_feed_mail(record: Record, rng: random.Random) -> Page:
    """An RSS-to-e-mail digest (FeedBurner's or FeedBlitz's): the feed item, then the service's foot."""
    b = Builder("feed_mail", record, rng)
    outlet = b.outlet()
    stamp = f"{b.day.day} {EN_MONTHS_SHORT[b.day.month - 1]} {b.day.year} {_en_clock(rng)}"
    rule = "-" * rng.choice([60, 72])
    if rng.random() < 0.5:  # FeedBurner
        b.add(outlet, rule, "", b.page.headline, f"Posted: {stamp} PDT", "")
        b.add_paragraphs(rng.choice(["dash", "agency", None]))
        b.add(rule, f"You are subscribed to email updates from {outlet}.",
              "To stop receiving these emails, you may unsubscribe now.", "Email delivery powered by Google", "",
              "Google, 1600 Amphitheatre Parkway, Mountain View, CA 94043, United States")
        return b.done()
    b.add(f"{outlet} - {rng.choice(['آخر الأخبار', 'النشرة اليومية', 'Daily Digest'])}", "", b.page.headline, "")
    meta = f"{outlet} / {stamp}"
    if rng.random() < 0.5 and (name := b.plain_byline("-–|./():«»")) is not None:
        meta += f" by {name}"
    b.add(meta, "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("Read more »", "", "More Recent Articles", "", *[f"  * {title}" for title in b.related(3, 6)], "")
    b.add(f'Click here to safely unsubscribe from "{outlet}."',
          "Click here to view mailing archives, here to change your preferences, or here to subscribe",
          "Safely Unsubscribe • Archives • Preferences • Contact • Subscribe • Privacy", "",
          "FeedBlitz, LLC, 365 Boston Post Rd, Suite 123, Sudbury, MA 01776, USA")
    return b.done()


def layout_sudan_portal(record: Record, rng: random.Random) -> Page:
    """A Sudanese portal on an old PHP CMS: month-first stamp with AM/PM, reads counter, 'other news'."""
    b = Builder("sudan_portal", record, rng)
    outlet = b.outlet()
    b.add(outlet, " | ".join(SUDAN_MENU), "", rng.choice(SUDAN_SECTIONS), "", b.page.headline, "")
    stamp = f"{b.day.month:02d}-{b.day.day:02d}-{b.day.year} {_en_clock(rng)}"
    b.add(stamp if rng.random() < 0.6 else f"{stamp}   عدد القراءات: {rng.randint(120, 9000)}", "")
    if b.deck() and rng.random() < 0.5:
        b.add(b.page.deck, "")
    else:
        b.page.deck = None
    for paragraph in b.body_lines(rng.choice(["colon", "colon", "dash", None])):
        b.add(paragraph, "")
    b.add("أرسل لصديق | طباعة | حفظ", f"التعليقات ({rng.randint(0, 40)}) | أضف تعليق", "")
    b.add(rng.choice(["أخبار أخرى", "أخبار أخرى في القسم", "المزيد من الأخبار"]), "")
    for title in b.related(3, 6):
        other = b.day - dt.timedelta(days=rng.randint(0, 3))
        b.add(title, f"{other.month:02d}-{other.day:02d}-{other.year}")
    b.add("", f"جميع الحقوق محفوظة © {outlet} {b.day.year}")
    return b.done()


def _windows_date(day: dt.date) -> str:
    """A numeric date as Windows writes it in Arabic: a right-to-left mark before each part."""
    return f"\u200f{day.day:02d}\u200f/{day.month:02d}\u200f/{day.year}"


def layout_msn_syndication(record: Record, rng: random.Random) -> Page:
    """An article syndicated to MSN: 'مقدم من outlet', the date with RLM marks, 'المزيد من outlet'."""
    b = Builder("msn_syndication", record, rng)
    outlet = b.outlet()
    b.add("MSN", "", MSN_MENU, "", f"مقدم من {outlet}" if rng.random() < 0.5 else f"{outlet}\nمقدم من {outlet}", "")
    b.add(b.page.headline, "")
    clock = f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['ص', 'م'])}"
    b.add(f"{_windows_date(b.day)} {clock}" if rng.random() < 0.6 else _windows_date(b.day), "")
    b.add(f"© مقدم من {outlet}", "")
    b.add_paragraphs(rng.choice(["dash", "agency", "comma", None]))
    b.add(f"المزيد من {outlet}", "")
    for title in b.related(3, 5):
        b.add(title, "")
    b.add("هل كانت هذه المعلومات مفيدة؟", "نعم   لا", "", f"© {b.day.year} Microsoft   الخصوصية وملفات تعريف الارتباط"
          "   شروط الاستخدام   إعلان")
    return b.done()


def layout_screenshot_ocr(record: Record, rng: random.Random) -> Page:
    """Phone screenshots of a news app read back by OCR: status, top and tab bars around each shot."""
    b = Builder("screenshot_ocr", record, rng)
    outlet = b.outlet()
    width = rng.randint(32, 40)
    clock = f"{rng.randint(7, 23)}:{rng.randint(10, 59)}"
    status = rng.choice([f"{clock} ◀ .ıll 4G {rng.randint(12, 99)}%", f"{clock}   LTE   {rng.randint(12, 99)}%",
                         f"{rng.randint(12, 99)}% 4G {clock}"])
    top = rng.choice([f"← {outlet}", f"< رجوع   {outlet}", f"{outlet}   ⋮"])
    tabs = rng.choice(APP_TABS)
    b.add(status, top, "", *textwrap.wrap(b.page.headline, width), "", f"{outlet} · {msa(b.day, weekday=False)}", "")
    budget = rng.randint(14, 22)  # the lines a screenshot holds
    used = 0
    for paragraph in b.body_lines(rng.choice(["dash", "agency", None])):
        for line in textwrap.wrap(paragraph, width):
            if used == budget:  # the next screenshot: its bars over the rest
                b.add(tabs, "", status, top, "")
                used = 0
            b.add(line)
            used += 1
        b.add("")
    b.add(tabs)
    return b.done()


EIGHTEENTH_LAYOUTS: dict[str, Layout] = {
    "feed_mail": layout_feed_mail,
    "sudan_portal": layout_sudan_portal,
    "msn_syndication": layout_msn_syndication,
    "screenshot_ocr": layout_screenshot_ocr,
}

if __name__ == "__main__":
    show_families(EIGHTEENTH_LAYOUTS, fresh_records(5)[0])
