"""Text page families written in the twenty-first session as unseen layouts, measured at first
contact before any fix (marked ``15+`` in bench_structure.py), each a kind of text dump no earlier
family imitates, rendered from real corpus records read at bench time (``fresh_records``: records of
lines 1,000-19,898 of ant_multisource, 400-20,000 of saudinewsnet and 1,500-10,161 of ant_jawharafm,
drawn with seed 22619, never a dev gold article) with the truth of every field:

- obsidian_clip: an article saved by Obsidian's web clipper: a YAML front matter (``title:``,
  ``source:``, ``author:`` as a list of ``[[name]]`` links, ``published:``, ``created:``,
  ``description:``, ``tags:``) between ``---`` rules, then the text in Markdown with an image line.
- slack_share: a news bot's post in a Slack channel copied from the app: the channel, the day's
  divider (``Sunday, April 22nd, 2018``), ``NewsBot  APP  3:12 PM``, the headline, the outlet, the
  text, ``(edited)``, reactions (``:+1: 3``), ``2 replies`` and ``Last reply 3 hours ago``.
- bbcode_post: a forum post's BBCode source as a poster writes it: ``[center][size=5][b]…``
  headline, an ``[img]`` line, the date in ``[b]…[/b]``, the text, the source as a ``[url=…]``
  link, ``[size=1]منقول[/size]``.
- proquest_export: a newspaper article exported from ProQuest as text: the report's header and
  table of contents, ``Document 1 of 1``, the headline, ``Author:``, ``Publication info:``,
  ``ProQuest document link``, ``Full text:`` opening the first paragraph, then the record's fields
  (``Publication title:``, ``Publication date: Apr 22, 2018``, ``ProQuest document ID:`` …).
- apple_mail_forward: a news mail forwarded from an iPhone: the forwarder's note and ``Sent from my
  iPhone``, ``Begin forwarded message:``, the headers (``Subject:`` the headline, ``Date: 22 April
  2018 at 15:12:44 GMT+3``), sometimes the headline again, the text, the newsletter's unsubscribe foot.
- youtube_watch: a YouTube watch page copied with select-all: ``Skip navigation``, the player's
  time, the video's title, the channel with its subscribers, ``Subscribe``, the buttons, ``12,345
  views  Apr 22, 2018``, the description, hashtags, ``Show less``, the transcript box, the comments'
  count, ``Sort by`` and ``Add a comment...``.

The truth leaves front matter, app chrome, BBCode tags, database fields, mail headers and player
buttons out of the body.
"""

from __future__ import annotations

import datetime as dt
import random

from page_builder import (
    EN_DAYS,
    EN_MONTHS,
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

CHANNELS = ["#أخبار-المنطقة", "#news-feed", "#الأخبار_العاجلة", "#press-monitor"]
REACTIONS = [":+1: 3", ":eyes: 2", "👍 4", ":newspaper: 1"]
PUBLICATIONS = [("صحيفة الأفق", "London"), ("جريدة النهار الجديد", "Beirut"), ("المرصد نيوز", "Cairo")]
SENDERS = [("صحيفة الأفق", "newsletter@alofoq-news.com"), ("بوابة المستقبل", "news@almostaqbal.net"),
           ("المرصد نيوز", "daily@marsad24.info")]
NOTES = ["شوف هذا الخبر", "للاطلاع", "FYI", "مهم"]


def fresh_records(n: int, seed: int = 22619) -> list[Record]:
    """n usable records of the session's fresh lines of the three corpora (2/5 ant_multisource, 2/5
    saudinewsnet, 1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH_LINES)


def _en(day: dt.date) -> str:
    return f"{EN_MONTHS_SHORT[day.month - 1]} {day.day}, {day.year}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _yaml_quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def layout_obsidian_clip(record: Record, rng: random.Random) -> Page:
    """An article saved by Obsidian's web clipper: YAML front matter, then the text in Markdown."""
    b = Builder("obsidian_clip", record, rng)
    source = f"https://www.alofoq-news.com/news/{b.day:%Y/%m/%d}/{rng.randint(10**5, 10**6)}.html"
    created = b.day + dt.timedelta(days=rng.randint(30, 2000))
    b.add("---", f"title: {_yaml_quoted(b.page.headline)}", f"source: {_yaml_quoted(source)}")
    if (name := b.plain_byline("-–|./():«»[]\"")) is not None:
        b.add("author:", f'  - "[[{name}]]"')
    else:
        b.add("author:")
    deck = b.deck()
    description = deck if deck else b.page.body[0][:150]
    b.add(f"published: {b.day.isoformat()}", f"created: {created.isoformat()}",
          f"description: {_yaml_quoted(description)}", "tags:", '  - "clippings"', "---", "")
    for k, paragraph in enumerate(b.body_lines(rng.choice(["dash", None]))):
        b.add(paragraph, "")
        if k == 0 and rng.random() < 0.6:
            b.add(f"![](https://www.alofoq-news.com/uploads/{b.day:%Y/%m}/{rng.randint(100, 999)}.jpg)", "")
    return b.done()


def layout_slack_share(record: Record, rng: random.Random) -> Page:
    """A news bot's post in a Slack channel copied from the app, with its reactions and replies."""
    b = Builder("slack_share", record, rng)
    outlet = b.outlet()
    hour, minute = rng.randint(1, 12), rng.randint(10, 59)
    divider = f"{EN_DAYS[b.day.weekday()]}, {EN_MONTHS[b.day.month - 1]} {_ordinal(b.day.day)}"
    if rng.random() < 0.7:
        divider += f", {b.day.year}"
    b.add(rng.choice(CHANNELS), f"{rng.randint(3, 80)} members", "", divider, "",
          f"NewsBot  APP  {hour}:{minute} {rng.choice(['AM', 'PM'])}", b.page.headline, outlet)
    for paragraph in b.body_lines(rng.choice(["dash", "agency", None])):
        b.add(paragraph)
    b.add("(edited)", rng.choice(REACTIONS))
    if rng.random() < 0.6:
        b.add(f"{rng.randint(2, 9)} replies", f"Last reply {rng.randint(2, 20)} hours ago")
    b.add("", f"Message {rng.choice(CHANNELS)}")
    return b.done()


def layout_bbcode_post(record: Record, rng: random.Random) -> Page:
    """A forum post's BBCode source: centred headline, an image, the date, the text, the source link."""
    b = Builder("bbcode_post", record, rng)
    outlet = b.outlet()
    colour = rng.choice(["#003399", "red", "DarkGreen"])
    b.add(f"[center][size=5][b][color={colour}]{b.page.headline}[/color][/b][/size][/center]",
          f"[center][img]https://i.imgur.com/{rng.randint(10**6, 10**7):x}.jpg[/img][/center]", "",
          rng.choice([f"[b]{msa(b.day)}[/b]", f"[i]{b.day.day}/{b.day.month}/{b.day.year}[/i]"]), "")
    for paragraph in b.body_lines(rng.choice(["dash", "comma", None])):
        b.add(rng.choice([paragraph, f"[size=4]{paragraph}[/size]"]), "")
    b.page.outlet = outlet
    b.add(f"[url=https://www.alofoq-news.com/news/{rng.randint(10**4, 10**5)}]المصدر: {outlet}[/url]", "",
          "[size=1]منقول[/size]")
    return b.done()


def layout_proquest_export(record: Record, rng: random.Random) -> Page:
    """A newspaper article exported from ProQuest as text: report header, the document, its fields."""
    b = Builder("proquest_export", record, rng)
    paper, city = rng.choice(PUBLICATIONS)
    b.page.outlet = paper
    rule = "_" * 60
    later = b.day + dt.timedelta(days=rng.randint(1, 4))
    doc_id = rng.randint(10**9, 10**10)
    b.add("Report Information from ProQuest", f"{EN_MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)} 2024 10:{rng.randint(10, 59)}",
          rule, "", "Table of contents", f"1. {b.page.headline}", rule, "", "Document 1 of 1", "", b.page.headline, "")
    if (name := b.plain_byline()) is not None:
        b.add(f"Author: {name}", "")
    page = rng.randint(1, 24)
    b.add(f"Publication info: {paper}; {city} [{city}]. {b.day.day:02d} {EN_MONTHS_SHORT[b.day.month - 1]} {b.day.year}: {page}.",
          "", "ProQuest document link", "")
    body = b.body_lines(rng.choice(["dash", "agency", None]))
    body[0] = f"Full text: {body[0]}"
    for paragraph in body:
        b.add(paragraph, "")
    b.add(f"Publication title: {paper}", f"First page: {page}", f"Publication year: {b.day.year}",
          f"Publication date: {_en(b.day)}", f"Publisher: {paper}", f"Place of publication: {city}",
          "Source type: Newspapers", "Language of publication: Arabic", "Document type: News",
          f"ProQuest document ID: {doc_id}", f"Document URL: https://search.proquest.com/docview/{doc_id}?accountid=12345",
          f"Copyright: Copyright {paper} {_en(b.day)}", f"Last updated: {later.isoformat()}",
          "Database: ProQuest Central", "", rule, "Contact ProQuest",
          "Copyright © 2024 ProQuest LLC. All rights reserved. - Terms and Conditions")
    return b.done()


def layout_apple_mail_forward(record: Record, rng: random.Random) -> Page:
    """A news mail forwarded from an iPhone: note, Sent from my iPhone, Begin forwarded message, headers."""
    b = Builder("apple_mail_forward", record, rng)
    sender, address = rng.choice(SENDERS)
    b.page.outlet = sender
    hour, minute, second = rng.randint(0, 23), rng.randint(10, 59), rng.randint(10, 59)
    b.add(rng.choice(NOTES), "", "Sent from my iPhone", "", "Begin forwarded message:", "",
          f"From: {sender} <{address}>",
          f"Date: {b.day.day} {EN_MONTHS[b.day.month - 1]} {b.day.year} at {hour:02d}:{minute}:{second} GMT+3",
          "To: me@example.com", f"Subject: {b.page.headline}",
          f"Reply-To: {address}", "")
    if rng.random() < 0.5:
        b.add(b.page.headline, "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add(f"لإلغاء الاشتراك في نشرة {sender} اضغط هنا", f"© {b.day.year} {sender}")
    return b.done()


def layout_youtube_watch(record: Record, rng: random.Random) -> Page:
    """A YouTube watch page copied with select-all: player, title, channel, views and date, description."""
    b = Builder("youtube_watch", record, rng)
    outlet = b.outlet()
    subs = f"{rng.randint(1, 900)}.{rng.randint(1, 9)}K subscribers"
    length = f"{rng.randint(1, 12)}:{rng.randint(10, 59)}"
    b.add("Skip navigation", "Search", "Sign in", "", f"0:00 / {length}", "", b.page.headline, "", outlet, subs,
          "Subscribe", "", f"{rng.randint(10, 900)}", "Share", "Download", "Clip", "Save", "",
          f"{rng.randint(1000, 90000):,} views  {_en(b.day)}")
    for paragraph in b.body_lines(rng.choice(["dash", None])):
        b.add(paragraph)
    words = [w for w in b.page.headline.split() if len(w) > 3][:3]
    b.add(" ".join(f"#{w}" for w in words), "Show less", "", "Transcript", "Follow along using the transcript.",
          "Show transcript", "", outlet, subs, "Videos", "About", "", f"{rng.randint(2, 300)} Comments", "Sort by",
          "Add a comment...")
    return b.done()


TWENTYSECOND_LAYOUTS: dict[str, Layout] = {
    "obsidian_clip": layout_obsidian_clip,
    "slack_share": layout_slack_share,
    "bbcode_post": layout_bbcode_post,
    "proquest_export": layout_proquest_export,
    "apple_mail_forward": layout_apple_mail_forward,
    "youtube_watch": layout_youtube_watch,
}

if __name__ == "__main__":
    show_families(TWENTYSECOND_LAYOUTS, fresh_records(5)[0])
