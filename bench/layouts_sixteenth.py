"""Text page families written in the sixteenth session as unseen layouts, measured at first contact
before any fix (marked ``9+`` in bench_structure.py), each a kind of text dump no earlier family
imitates, rendered from real corpus records read at bench time (``fresh_records``: records of lines
6,000-12,000 of ant_multisource and saudinewsnet and lines 4,000-9,000 of ant_jawharafm, drawn with
seed 1616, never a dev gold article) with the truth of every field:

- quoted_reply: a news e-mail answered or forwarded from a mail client: the sender's own note, then
  either a reply's attribution line (``في الثلاثاء، 13 مارس 2018 في 10:22 ص، كتب …:``) over the
  message quoted with ``> `` and hard-wrapped at 72 columns (blank quoted lines ``>``), or Outlook's
  Arabic forward block (``-----الرسالة الأصلية-----``, ``من:``, ``تاريخ الإرسال:`` a later day,
  ``إلى:``, ``الموضوع:``) over the message as sent.
- pdfminer_pdf: a newspaper page through pdfminer (``pdf2txt``): every text box a block of lines cut at
  the box's width with a blank line after it, the page's running head, page number and footer as boxes
  of their own, and a page break (form feed) falling inside a paragraph, whose lines go on after the
  next page's head.
- medium_post: a post on a Medium-style blogging platform copied with select-all: the headline, the
  subtitle, the writer's name, ``·`` and ``Follow``, ``Published in`` the publication, ``n min read``
  and an English date (``Mar 12, 2018``), clap and response counts, the text, ``--``, the counts
  again, ``Written by`` the writer, followers, then "more from" cards (title, ``4 min read·date``).
- note_clip: an article clipped into a notes app (OneNote, Evernote): the page's title bar as the
  note's title, the day and time the note was taken (a later day), ``Clipped from:`` / ``تم القص من:``
  and the address, then the clipped page (outlet, headline, date, writer, text, related links).

The truth leaves mail headers and quote marks, running heads, counters, the clipping stamp and
platform buttons out of the body.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap

from page_builder import (
    EN_MONTHS_SHORT,
    MENUS,
    SHARE_BARS,
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

#: The lines of each corpus the fresh records are drawn from (earlier sessions read others).
FRESH_LINES = {"ant_multisource": (6_000, 12_000), "saudinewsnet": (6_000, 12_000), "ant_jawharafm": (4_000, 9_000)}
SENDERS = [("النشرة الإخبارية", "news@alofoq-news.com"), ("خدمة الأخبار العاجلة", "alerts@almostaqbal.net"),
           ("Marsad24 Newsletter", "newsletter@marsad24.info")]
FRIENDS = [("سامي", "sami.k@gmail.com"), ("هدى منصور", "huda.m@outlook.com"), ("أبو خالد", "abukhaled@yahoo.com")]
NOTES = ["للاطلاع", "شوفوا هالخبر", "مرسل للعلم والاطلاع، مع التحية", "هل قرأت هذا؟ أرسلته لك للأهمية"]
PUBLICATIONS = ["مدونة الأفق", "نحو المستقبل", "مرصد الأخبار"]
DOMAINS = ["www.alofoq-news.com", "almostaqbal.net", "www.marsad24.info"]


def fresh_records(n: int, seed: int = 1616) -> list[Record]:
    """n usable records of the fresh lines of the three corpora (2/5 ant_multisource, 2/5 saudinewsnet,
    1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH_LINES)


def _ar_clock(rng: random.Random) -> str:
    return f"{clock_time(rng)} {rng.choice(['ص', 'م'])}"


def layout_quoted_reply(record: Record, rng: random.Random) -> Page:
    """A news e-mail replied to (quoted with ``>``, wrapped) or forwarded from Outlook in Arabic."""
    b = Builder("quoted_reply", record, rng)
    sender, address = rng.choice(SENDERS)
    friend, friend_address = rng.choice(FRIENDS)
    later = b.day + dt.timedelta(days=rng.randint(1, 6))
    b.add(rng.choice(NOTES), "", friend, "")
    paragraphs = b.body_lines(rng.choice(["dash", "agency", None]))
    if rng.random() < 0.5:  # a reply: attribution line, every line of the message quoted and wrapped
        b.add(f"في {WEEKDAYS[later.weekday()]}، {later.day} {msa(later, weekday=False).split(' ', 1)[1]} في "
              f"{_ar_clock(rng)}، كتب {sender} <{address}>:", "")
        quoted = [b.page.headline, msa(b.day), ""]
        for paragraph in paragraphs:
            quoted += textwrap.wrap(paragraph, 70) + [""]
        b.add(*[f"> {line}" if line else ">" for line in quoted[:-1]])
    else:  # Outlook's forward block in Arabic
        b.add("-----الرسالة الأصلية-----", f"من: {sender} [mailto:{address}]",
              f"تاريخ الإرسال: {WEEKDAYS[later.weekday()]}، {later.day} {msa(later, weekday=False).split(' ', 1)[1]}"
              f" {_ar_clock(rng)}", f"إلى: {friend_address}", f"الموضوع: {b.page.headline}", "",
              b.page.headline, msa(b.day), "")
        for paragraph in paragraphs:
            b.add(paragraph, "")
    return b.done()


def layout_pdfminer_pdf(record: Record, rng: random.Random) -> Page:
    """A newspaper page through pdfminer: boxes set apart by blank lines, a page break inside a paragraph."""
    b = Builder("pdfminer_pdf", record, rng)
    outlet = b.outlet()
    width = rng.randint(44, 72)
    issue = rng.randint(1000, 9999)
    first = rng.randint(2, 14)
    section = rng.choice(["محليات", "اقتصاد", "عربي ودولي", "رياضة"])

    def head(page: int) -> list[str]:
        return [f"{outlet} - العدد {issue}", "", f"{msa(b.day)}", "", section, ""]

    b.add(*head(first))
    b.add(*textwrap.wrap(b.page.headline, width + 6), "")
    if (name := b.plain_byline("-–|./():«»")) is not None:
        b.add(f"كتب: {name}", "")
    paragraphs = b.body_lines(rng.choice(["dash", "colon", None]))
    split = min(len(paragraphs) - 1, rng.randint(1, 3))
    for k, paragraph in enumerate(paragraphs):
        lines = textwrap.wrap(paragraph, width)
        if k == split and len(lines) >= 2:  # the page ends inside this paragraph
            cut = rng.randint(1, len(lines) - 1)
            b.add(*lines[:cut], "", str(first), "", rng.choice(DOMAINS), "", "\f" + head(first + 1)[0],
                  *head(first + 1)[1:], *lines[cut:], "")
        else:
            b.add(*lines, "")
    b.add(str(first + 1), "", "\f")
    return b.done()


def _en_date(day: dt.date) -> str:
    return f"{EN_MONTHS_SHORT[day.month - 1]} {day.day}, {day.year}"


def layout_medium_post(record: Record, rng: random.Random) -> Page:
    """A blogging platform's post (Medium-style) copied with select-all."""
    b = Builder("medium_post", record, rng)
    b.add(b.page.headline)
    if b.deck():
        b.add(b.page.deck)
    name = b.plain_byline("-–|./():«»") or rng.choice(["سارة الخطيب", "Ahmad Nasser"])
    if b.page.byline is None:
        b.page.byline = name
    claps, responses = f"{rng.randint(1, 900)}", f"{rng.randint(1, 40)}"
    publication = rng.choice(PUBLICATIONS)
    b.add(name, "·", "Follow", f"Published in {publication}", "·", f"{rng.randint(2, 12)} min read", "·",
          _en_date(b.day), claps, responses, "", "Listen", "", "Share", "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("--", claps, responses, "", f"Written by {name}", f"{rng.randint(20, 5000)} Followers", "·",
          f"Writer for {publication}", "", f"More from {name} and {publication}", "")
    for k, title in enumerate(b.related(2, 4)):
        b.add(name, title, f"{rng.randint(2, 9)} min read·{_en_date(b.day - dt.timedelta(days=3 * k + 2))}",
              f"{rng.randint(1, 300)}", "")
    b.add(f"See all from {name}", "", "Help", "Status", "About", "Careers", "Blog", "Privacy", "Terms")
    return b.done()


def layout_note_clip(record: Record, rng: random.Random) -> Page:
    """An article clipped into a notes app: the note's title, taken date and source address, then the page."""
    b = Builder("note_clip", record, rng)
    outlet = b.outlet()
    domain = rng.choice(DOMAINS)
    taken = b.day + dt.timedelta(days=rng.randint(1, 60))
    b.add(f"{b.page.headline} | {outlet}")
    if rng.random() < 0.5:  # OneNote: the day and the time under the title, "clipped from" in the UI's language
        b.add(f"{WEEKDAYS[taken.weekday()]}، {taken.day} {msa(taken, weekday=False).split(' ', 1)[1]}",
              _ar_clock(rng), "", rng.choice(["تم القص من:", "Clipped from:"])
              + f" https://{domain}/news/{b.day:%Y/%m/%d}/{record.id[-6:]}.html", "")
    else:  # Evernote's text copy: source line and the created stamp
        b.add("", f"Source: https://{domain}/article/{record.id[-6:]}",
              f"Created: {taken.day}/{taken.month}/{taken.year} {rng.randint(0, 23):02d}:{rng.randint(10, 59)}", "")
    b.add(rng.choice(MENUS), "", b.page.headline, "", msa(b.day), "")
    if (byline := b.byline("بقلم: ")) is not None:
        b.add(byline, "")
    b.add(rng.choice(SHARE_BARS), "")
    b.add_paragraphs(rng.choice(["dash", "agency", "comma", None]))
    b.add("اقرأ أيضاً", *b.related(3, 5), "", f"جميع الحقوق محفوظة © {b.day.year} {outlet}")
    return b.done()


SIXTEENTH_LAYOUTS: dict[str, Layout] = {
    "quoted_reply": layout_quoted_reply,
    "pdfminer_pdf": layout_pdfminer_pdf,
    "medium_post": layout_medium_post,
    "note_clip": layout_note_clip,
}

if __name__ == "__main__":
    show_families(SIXTEENTH_LAYOUTS, fresh_records(5)[0])
