"""Text page families written in the twentieth session as unseen layouts, measured at first contact
before any fix (marked ``14+`` in bench_structure.py), each a kind of text dump no earlier family
imitates, rendered from real corpus records read at bench time (``fresh_records``: records of lines
1,000-19,898 of ant_multisource, 400-20,000 of saudinewsnet and 1,500-10,161 of ant_jawharafm, drawn
with seed 21347, never a dev gold article) with the truth of every field:

- linkedin_article: a LinkedIn article (Pulse) copied as text: the site's bar, the headline, the
  writer's name and role line, ``Published Apr 22, 2018``, ``+ Follow``, the text, the reactions
  and ``Like Comment Share`` bar, ``More articles by …`` over the writer's other headlines.
- reddit_post: a Reddit post in which a reader pasted a news item: the community (``r/arabs``),
  ``Posted by u/… 6 yr. ago``, the headline as the post's title, the source's date line, the
  text, ``المصدر: …``, the post's counters (``87% Upvoted``, ``1.2k comments``, ``Share Save``).
- discord_export: a news bot's message in a Discord channel exported by DiscordChatExporter as
  text: the ``====`` banner with ``Guild:``/``Channel:``, ``[22-Apr-18 03:12 PM] bot#0001`` (or
  ``[4/22/2018 3:12 PM]``), the headline in ``**…**``, the text, ``{Attachments}`` and
  ``{Reactions}`` blocks, sometimes a reader's one-line reply, ``Exported 2 message(s)``.
- wayback_text: a page of the Internet Archive's Wayback Machine copied with select-all: the
  toolbar (``INTERNET ARCHIVE``, the address, ``42 captures``, the capture range, the month and year
  strips, ``About this capture``, ``COLLECTED BY`` …), then the outlet's page (menu, headline, date,
  text, share bar), the capture a day or more after the article.
- teleprinter_wire: an agency wire as a newsroom's teleprinter spool holds it: ``ZCZC``, the
  header (``ARA0412 4 GEN /AFP-RW12``), the slug (``مصر-سياسة-انتخابات``), the headline, the text
  opening on ``القاهرة 22 نيسان/ابريل (ا ف ب) -``, the editors' initials, the stamp
  (``ا ف ب 221512 GMT APR 18``, or a received stamp ``22/04/2018 15:12`` over the header), ``NNNN``.
- gdoc_comments: a newsroom draft downloaded from Google Docs as plain text: a byte-order mark,
  the headline, ``إعداد: …``, the date, the text with the comments' anchors (``[a]``, ``[b]``) left
  at the ends of paragraphs, a rule of underscores and the comments (``[a]سارة: هل تأكدنا …``).

The truth leaves bars, counters, export banners, wire headers, anchors and comments out of the body.
"""

from __future__ import annotations

import datetime as dt
import random

from page_builder import (
    EN_MONTHS,
    EN_MONTHS_SHORT,
    FRESH_LINES,
    LEVANTINE,
    Builder,
    Layout,
    Page,
    Record,
    corpus_records,
    msa,
    show_families,
)

ROLES = ["Journalist at Al-Ofoq", "صحفي ومحرر أخبار", "Senior Editor | Middle East affairs", "كاتبة ومحللة سياسية"]
SUBREDDITS = ["r/arabs", "r/egypt", "r/saudiarabia", "r/Tunisia", "r/arabic"]
GUILDS = [("أخبار العرب", "عاجل"), ("Arab News Hub", "الأخبار"), ("مجتمع الأفق", "news-feed")]
REPLIES = ["الله يستر", "خبر مهم شكرا", "متى صار هذا؟", "👍"]
SLUGS = ["سياسة", "اقتصاد", "مجتمع", "امن", "دبلوماسية", "رياضة"]
WIRE_CITIES = [("القاهرة", "مصر"), ("بيروت", "لبنان"), ("عمان", "الاردن"), ("تونس", "تونس"), ("الرياض", "السعودية")]
INITIALS = ["ر ح/ع ش/ح س", "م ب/ص ك", "ع ح/ب ق", "ح ع/س ح/ح ح"]
EDITORS = [("سارة", "هل تأكدنا من هذا الرقم؟"), ("محمد علي", "يحتاج مصدرا ثانيا"), ("Editor", "اختصر هذه الفقرة"),
           ("ليلى", "الاسم بحاجة إلى تدقيق")]
#: Wire and Levantine double month names as AFP's Arabic desk writes them (``نيسان/ابريل``).
AFP_MSA = ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
           "ديسمبر"]


def fresh_records(n: int, seed: int = 21347) -> list[Record]:
    """n usable records of the session's fresh lines of the three corpora (2/5 ant_multisource, 2/5
    saudinewsnet, 1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH_LINES)


def _en(day: dt.date) -> str:
    return f"{EN_MONTHS_SHORT[day.month - 1]} {day.day}, {day.year}"


def layout_linkedin_article(record: Record, rng: random.Random) -> Page:
    """A LinkedIn article copied as text: the writer's box, Published date, reactions, More articles by."""
    b = Builder("linkedin_article", record, rng)
    name = b.plain_byline("-–|./():«»") or rng.choice(["Ahmed Saleh", "منى خالد"])
    b.page.byline = name
    b.add("LinkedIn", "Home   My Network   Jobs   Messaging   Notifications", "", b.page.headline, "",
          name, rng.choice(ROLES), f"Published {_en(b.day)}", "+ Follow", "")
    b.add_paragraphs(rng.choice(["dash", None, None]))
    b.add(f"{rng.randint(5, 400)}", f"{rng.randint(1, 40)} Comments", "Like   Comment   Share", "",
          f"More articles by {name}", "")
    for title in b.related(3, 4):
        b.add(title, f"{EN_MONTHS_SHORT[rng.randint(0, 11)]} {rng.randint(1, 28)}, {b.day.year}", "")
    b.add("See all articles", "", "© 2024 LinkedIn Corporation")
    return b.done()


def layout_reddit_post(record: Record, rng: random.Random) -> Page:
    """A Reddit post whose reader pasted a news item: community, poster, title, date line, text, counters."""
    b = Builder("reddit_post", record, rng)
    outlet = b.outlet()
    years = max(1, 2024 - b.day.year)
    b.add(rng.choice(SUBREDDITS), f"Posted by u/{rng.choice(['desk_reader', 'nile_news', 'abu_omar_88'])}"
          f" {years} yr. ago", "", b.page.headline, "", rng.choice(["News", "أخبار", "سياسة"]), "",
          rng.choice([msa(b.day), f"نشر في {msa(b.day, weekday=False)}", f"{b.day.day}/{b.day.month}/{b.day.year}"]), "")
    b.add_paragraphs(rng.choice(["dash", "comma", None]))
    b.page.outlet = outlet
    b.add(f"المصدر: {outlet}", "", f"{rng.randint(60, 99)}% Upvoted", "",
          f"{rng.randint(2, 300)} comments   Share   Save   Hide   Report", "",
          "Sort by: best", "")
    return b.done()


def _discord_stamp(day: dt.date, hour: int, minute: int, rng: random.Random) -> str:
    half = "PM" if hour >= 12 else "AM"
    h12 = (hour - 1) % 12 + 1
    if rng.random() < 0.5:
        return f"[{day.day:02d}-{EN_MONTHS_SHORT[day.month - 1]}-{day.year % 100:02d} {h12:02d}:{minute:02d} {half}]"
    return f"[{day.month}/{day.day}/{day.year} {h12}:{minute:02d} {half}]"


def layout_discord_export(record: Record, rng: random.Random) -> Page:
    """A news bot's message in a Discord channel, exported by DiscordChatExporter as plain text."""
    b = Builder("discord_export", record, rng)
    guild, channel = rng.choice(GUILDS)
    hour, minute = rng.randint(6, 22), rng.randint(0, 50)
    rule = "=" * 62
    b.add(rule, f"Guild: {guild}", f"Channel: الأخبار / {channel}", rule, "",
          f"{_discord_stamp(b.day, hour, minute, rng)} NewsBot#0001", f"**{b.page.headline}**")
    for paragraph in b.body_lines(rng.choice(["dash", None])):
        b.add(paragraph)
    b.add("", "{Attachments}", f"https://cdn.discordapp.com/attachments/{rng.randint(10**17, 10**18)}/photo.jpg", "",
          "{Reactions}", f"👍 ({rng.randint(1, 40)}) 😢 ({rng.randint(1, 9)})", "")
    count = 1
    if rng.random() < 0.5:
        count = 2
        b.add(f"{_discord_stamp(b.day, hour, minute + 5, rng)} reader#{rng.randint(1000, 9999)}",
              rng.choice(REPLIES), "")
    b.add(rule, f"Exported {count} message(s)", rule)
    return b.done()


def layout_wayback_text(record: Record, rng: random.Random) -> Page:
    """A Wayback Machine capture copied with select-all: the archive's toolbar over the outlet's page."""
    b = Builder("wayback_text", record, rng)
    outlet = b.outlet()
    captured = b.day + dt.timedelta(days=rng.randint(1, 40))
    later = captured + dt.timedelta(days=rng.randint(300, 1200))
    stamp = f"{captured:%Y%m%d}{rng.randint(0, 23):02d}{rng.randint(10, 59)}{rng.randint(10, 59)}"
    address = f"https://www.alofoq-news.com/news/{b.day:%Y/%m/%d}/{rng.randint(10**5, 10**6)}.html"
    months = [EN_MONTHS[(captured.month + k) % 12][:3].upper() for k in (-2, -1, 0)]
    b.add("The Wayback Machine - " f"https://web.archive.org/web/{stamp}/{address}", "", "INTERNET ARCHIVE",
          "Wayback Machine", address, f"{rng.randint(3, 90)} captures",
          f"{captured.day:02d} {EN_MONTHS_SHORT[captured.month - 1]} {captured.year} - "
          f"{later.day:02d} {EN_MONTHS_SHORT[later.month - 1]} {later.year}",
          "  ".join(months), f"{captured.day:02d}", f"{captured.year - 1}  {captured.year}  {captured.year + 1}",
          "success", "fail", "About this capture", "COLLECTED BY", "Collection: Common Crawl", "TIMESTAMPS", "",
          outlet, "الرئيسية | أخبار | سياسة | اقتصاد | رياضة", "", b.page.headline, "")
    if rng.random() < 0.5:
        b.add(msa(b.day), "")
    else:
        b.add(f"نشر في: {b.day.day:02d}/{b.day.month:02d}/{b.day.year} - {rng.randint(1, 12)}:{rng.randint(10, 59)}", "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("شارك: فيسبوك | تويتر | واتساب", "", f"© {b.day.year} {outlet}")
    return b.done()


def layout_teleprinter_wire(record: Record, rng: random.Random) -> Page:
    """An AFP Arabic wire as a teleprinter spool holds it, between ZCZC and NNNN."""
    b = Builder("teleprinter_wire", record, rng)
    city, country = rng.choice(WIRE_CITIES)
    hour, minute = rng.randint(0, 23), rng.randint(10, 59)
    received = rng.random() < 0.5
    if received:
        b.add(f"{b.day.day:02d}/{b.day.month:02d}/{b.day.year} {hour:02d}:{minute}")
    b.add("ZCZC", f"ARA{rng.randint(100, 999):04d} {rng.randint(3, 4)} GEN /AFP-{rng.choice(['RW', 'TX', 'LT'])}"
          f"{rng.randint(10, 99)}", f"{country}-{rng.choice(SLUGS)}-{rng.choice(SLUGS)}", b.page.headline)
    body = b.body_lines(None)
    if b.page.dateline is None:
        b.page.dateline = city
        body[0] = f"{city} {b.day.day} {LEVANTINE[b.day.month - 1]}/{AFP_MSA[b.day.month - 1]} (ا ف ب) - {body[0]}"
    b.add(*body, "", rng.choice(INITIALS))
    if not received:
        b.add(f"ا ف ب {b.day.day:02d}{hour:02d}{minute} GMT {EN_MONTHS_SHORT[b.day.month - 1].upper()} {b.day.year % 100:02d}")
    b.add("NNNN")
    return b.done()


def layout_gdoc_comments(record: Record, rng: random.Random) -> Page:
    """A newsroom draft downloaded from Google Docs as plain text, with its comments' anchors and list."""
    b = Builder("gdoc_comments", record, rng)
    b.add("\ufeff" + b.page.headline)
    if (name := b.plain_byline("-–|./():«»")) is not None:
        b.add(f"إعداد: {name}")
    b.add(rng.choice([msa(b.day, weekday=False), f"{b.day.day}/{b.day.month}/{b.day.year}"]), "")
    body = b.body_lines(rng.choice(["dash", None]))
    letters = "abcdefgh"
    picked = sorted(rng.sample(range(len(body)), min(len(body), rng.randint(1, 3))))
    for k, paragraph in enumerate(body):
        anchor = f"[{letters[picked.index(k)]}]" if k in picked else ""
        b.add(paragraph + anchor, "")
    b.add("________________", "")
    for n in range(len(picked)):
        who, note = rng.choice(EDITORS)
        b.add(f"[{letters[n]}]{who}: {note}")
    return b.done()


TWENTYFIRST_LAYOUTS: dict[str, Layout] = {
    "linkedin_article": layout_linkedin_article,
    "reddit_post": layout_reddit_post,
    "discord_export": layout_discord_export,
    "wayback_text": layout_wayback_text,
    "teleprinter_wire": layout_teleprinter_wire,
    "gdoc_comments": layout_gdoc_comments,
}

if __name__ == "__main__":
    show_families(TWENTYFIRST_LAYOUTS, fresh_records(5)[0])
