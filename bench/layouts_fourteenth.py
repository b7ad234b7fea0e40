"""Text page families written in the fourteenth session as unseen layouts, measured at first contact
before any fix (marked ``7+`` in bench_structure.py), each a kind of text dump no earlier family
imitates, rendered from real corpus records read at bench time (``fresh_records``: records past line
12,000 of ant_multisource and saudinewsnet and past line 9,500 of ant_jawharafm, never a dev gold
article) with the truth of every field:

- tweet_thread: a news account's thread copied from X: the account's name and handle, then each
  tweet a paragraph closed by its ``k/n`` counter (the first the headline), a ``date · hh:mm``
  stamp and the counts of replies, reposts and likes under the first, "show replies" at the end.
- labelled_form: a newsroom CMS form copied as text: labelled fields ``العنوان:``, ``العنوان
  الفرعي:``, ``القسم:``, ``الكاتب:``, ``تاريخ النشر:`` (ISO), then ``النص:`` over the paragraphs,
  then ``الكلمات المفتاحية:`` and ``الحالة: منشور``.
- chrome_print: a page printed to PDF by a browser and copied as text: each printed page opens
  with the print stamp (a later ``dd/mm/yyyy, hh:mm``) and the title bar ``headline | outlet``
  and closes with the page's address and ``k/n``; the page breaks fall between paragraphs.
- headline_repeat: a portal whose CMS repeats the headline as the text's first paragraph: menu,
  headline, ``date - hh:mm``, share line, the headline again, the text, ``أخبار متعلقة``.

The truth leaves counters, stamps, labels, print heads and the repeated headline out of the body.
"""

from __future__ import annotations

import random

from layouts_twelfth import fresh_records as twelfth_records
from page_builder import Builder, Layout, Page, Record, clock_time, msa, show_families

#: Where the fresh part of each corpus starts (earlier sessions read the records above these lines).
FRESH_FROM = {"ant_multisource": 12_000, "saudinewsnet": 12_000, "ant_jawharafm": 9_500}
DOMAINS = ["alofoq-news.com", "almostaqbal.net", "marsad24.info", "annahar-aljadid.org"]
HANDLES = ["AlofoqNews", "Mostaqbal_Net", "Marsad24", "NaharJadid"]
SECTIONS = ["سياسة", "محليات", "اقتصاد", "عربي ودولي", "منوعات"]


def fresh_records(n: int, seed: int = 14) -> list[Record]:
    """n usable records from the fresh part of the three corpora (2/5 ant_multisource, 2/5
    saudinewsnet, 1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return twelfth_records(n, seed, FRESH_FROM)


def layout_tweet_thread(record: Record, rng: random.Random) -> Page:
    """A thread copied from X: each tweet a paragraph closed by its ``k/n`` counter."""
    b = Builder("tweet_thread", record, rng)
    outlet = b.outlet()
    handle = rng.choice(HANDLES)
    body = b.body_lines(None)
    total = len(body) + 1
    b.add(outlet, f"@{handle}", "", f"{b.page.headline} {1}/{total}", "",
          f"{clock_time(rng)} م · {msa(b.day, weekday=False)}", "",
          f"{rng.randint(2, 90)} ردود  {rng.randint(5, 400)} إعادة نشر  {rng.randint(10, 999)} إعجاب", "")
    for k, paragraph in enumerate(body, 2):
        b.add(f"{paragraph} {k}/{total}", "")
    b.add("عرض الردود", "اكتشف المزيد")
    return b.done()


def layout_labelled_form(record: Record, rng: random.Random) -> Page:
    """A newsroom CMS form copied as text: one labelled field a line, then the text under ``النص:``."""
    b = Builder("labelled_form", record, rng)
    b.add(f"العنوان: {b.page.headline}")
    if b.deck():
        b.add(f"العنوان الفرعي: {b.page.deck}")
    b.add(f"القسم: {rng.choice(SECTIONS)}")
    if (line := b.byline("الكاتب: ")) is not None:
        b.add(line)
    b.add(f"تاريخ النشر: {b.day.isoformat()} {rng.randint(8, 23):02d}:{rng.randint(10, 59)}", "", "النص:")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add(f"الكلمات المفتاحية: {rng.choice(SECTIONS)}، {rng.choice(SECTIONS)}", "الحالة: منشور")
    return b.done()


def layout_chrome_print(record: Record, rng: random.Random) -> Page:
    """A page printed to PDF by a browser: the print stamp and title bar over each page, the address
    and page number under it, page breaks between paragraphs."""
    b = Builder("chrome_print", record, rng)
    outlet = b.outlet()
    printed = f"{min(b.day.day + rng.randint(1, 3), 28):02d}/{b.day.month:02d}/{b.day.year}, {clock_time(rng)}"
    head = f"{printed}    {b.page.headline} | {outlet}"
    url = f"https://www.{rng.choice(DOMAINS)}/news/{rng.randint(10000, 999999)}"
    body = b.body_lines(rng.choice(["dash", "agency", None]))
    pages = 1 + (len(body) > 3) + (len(body) > 7)
    cuts = {len(body) * k // pages for k in range(1, pages)}
    b.add(head, "", outlet, "الرئيسية  أخبار  سياسة  اقتصاد  رياضة", "", b.page.headline, "", msa(b.day), "")
    page = 1
    for k, paragraph in enumerate(body):
        if k in cuts:
            b.add(f"{url}    {page}/{pages}", "\f" + head, "")
            page += 1
        b.add(paragraph, "")
    b.add(f"{url}    {page}/{pages}")
    return b.done()


def layout_headline_repeat(record: Record, rng: random.Random) -> Page:
    """A portal whose CMS repeats the headline as the text's first paragraph."""
    b = Builder("headline_repeat", record, rng)
    b.add("الرئيسية | أخبار | محليات | اقتصاد | رياضة", "", b.page.headline, "",
          f"{msa(b.day, weekday=False)} - {clock_time(rng)}", "شارك: فيسبوك تويتر واتساب", "", b.page.headline, "")
    b.add_paragraphs(rng.choice(["dash", "comma", None]))
    b.add("أخبار متعلقة", *b.related(3, 5))
    return b.done()


FOURTEENTH_LAYOUTS: dict[str, Layout] = {
    "tweet_thread": layout_tweet_thread,
    "labelled_form": layout_labelled_form,
    "chrome_print": layout_chrome_print,
    "headline_repeat": layout_headline_repeat,
}


if __name__ == "__main__":  # a quick look at one page of each family: python bench/layouts_fourteenth.py
    show_families(FOURTEENTH_LAYOUTS, fresh_records(5)[0])
