"""Text page families written in the twenty-second session as unseen layouts, measured at first
contact before any fix (marked ``16+`` in bench_structure.py), each a kind of text dump no earlier
family imitates, rendered from real corpus records read at bench time (``fresh_records``: records of
lines 1,000-19,898 of ant_multisource, 400-20,000 of saudinewsnet and 1,500-10,161 of ant_jawharafm,
drawn with seed 23807, never a dev gold article) with the truth of every field:

- org_capture: an article captured into an Emacs Org file: ``* headline`` with a tag, the
  ``:PROPERTIES:`` drawer (``:URL:``, ``:AUTHOR:``, ``:PUBLISHED: [2018-04-22 Sun]``, ``:CAPTURED:``
  with a later time stamp) closed by ``:END:``, then the text, a ``#+begin_quote`` block round the
  first paragraph.
- mastodon_toot: a news account's post on a Mastodon instance copied from the web view: the display
  name and ``@news@masto.example``, the headline, the text, the link card (domain and headline),
  ``Apr 22, 2018, 15:12`` with ``· Web``, the boosts and favourites counts and the reply box.
- url_dated_share: a reader's saved link shared as text: the headline, the article's address whose
  path holds the only date (``/2018/04/22/``), the text, ``Shared from`` the app.
- pdf_running_heads: a page-numbered PDF of the article turned to text: each page opens with the
  paper's running head (``صحيفة الأفق | العدد 4512``) and ends with ``- 2 -``; a form feed between
  pages, the date written once under the headline.
- outlook_reply: a news item forwarded in an Outlook reply chain: the reply's own text and
  signature, the ``________________________________`` rule, ``From:``/``Sent: Sunday, April 22,
  2018 3:12 PM``/``To:``/``Subject: FW: headline``, the item, and the mail's confidentiality notice.

The truth leaves drawers, post chrome, addresses, running heads and mail headers out of the body.
"""

from __future__ import annotations

import datetime as dt
import random

from page_builder import (
    EN_DAYS,
    EN_DAYS_SHORT,
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

DOMAINS = ["alofoq-news.com", "almostaqbal.net", "marsad24.info"]
APPS = ["Shared from Pocket", "Sent via Feedly", "تمت المشاركة من تطبيق الأخبار"]
PAPERS = ["صحيفة الأفق", "جريدة النهار الجديد", "المرصد اليومي"]


def fresh_records(n: int, seed: int = 23807) -> list[Record]:
    """n usable records of the session's fresh lines of the three corpora (2/5 ant_multisource, 2/5
    saudinewsnet, 1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH_LINES)


def _url(b: Builder, rng: random.Random) -> str:
    return f"https://www.{rng.choice(DOMAINS)}/{b.day:%Y/%m/%d}/news-{rng.randint(10**4, 10**5)}/"


def layout_org_capture(record: Record, rng: random.Random) -> Page:
    """An article captured into an Org file: heading, property drawer, the text in a quote block."""
    b = Builder("org_capture", record, rng)
    captured = b.day + dt.timedelta(days=rng.randint(1, 400))
    b.add(f"* {b.page.headline}  :news:", ":PROPERTIES:", f":URL: {_url(b, rng)}")
    if (name := b.plain_byline()) is not None:
        b.add(f":AUTHOR: {name}")
    b.add(f":PUBLISHED: [{b.day.isoformat()} {EN_DAYS_SHORT[b.day.weekday()]}]",
          f":CAPTURED: [{captured.isoformat()} {EN_DAYS_SHORT[captured.weekday()]} {rng.randint(10, 23)}:{rng.randint(10, 59)}]",
          ":END:", "")
    body = b.body_lines(rng.choice(["dash", None]))
    b.add("#+begin_quote", body[0], "#+end_quote", "")
    for paragraph in body[1:]:
        b.add(paragraph, "")
    return b.done()


def layout_mastodon_toot(record: Record, rng: random.Random) -> Page:
    """A news account's Mastodon post copied from the web view: handle, text, link card, counts."""
    b = Builder("mastodon_toot", record, rng)
    outlet = b.outlet()
    domain = rng.choice(DOMAINS)
    b.add(outlet, f"@news@{rng.choice(['masto.example', 'mastodon.social', 'arab.social'])}", "", b.page.headline, "")
    for paragraph in b.body_lines(rng.choice(["dash", "agency", None])):
        b.add(paragraph, "")
    b.add(domain, b.page.headline, "",
          f"{EN_MONTHS_SHORT[b.day.month - 1]} {b.day.day}, {b.day.year}, {rng.randint(0, 23):02d}:{rng.randint(10, 59)}"
          " · Web", "", f"{rng.randint(1, 90)} boosts", f"{rng.randint(1, 200)} favorites", "", "Reply to @news")
    return b.done()


def layout_url_dated_share(record: Record, rng: random.Random) -> Page:
    """A saved link shared as text: headline, the address whose path holds the date, the text, the app."""
    b = Builder("url_dated_share", record, rng)
    b.add(b.page.headline, _url(b, rng), "")
    b.add_paragraphs(rng.choice(["dash", "comma", None]))
    b.add(rng.choice(APPS))
    return b.done()


def layout_pdf_running_heads(record: Record, rng: random.Random) -> Page:
    """A PDF of the article turned to text: each page's running head, its number, a form feed."""
    b = Builder("pdf_running_heads", record, rng)
    paper = rng.choice(PAPERS)
    b.page.outlet = paper
    issue = rng.randint(1000, 9999)
    head = f"{paper} | العدد {issue}"
    b.add(head, "", b.page.headline, msa(b.day), "")
    if (name := b.plain_byline()) is not None:
        b.add(f"بقلم: {name}", "")
    body = b.body_lines(rng.choice(["dash", "agency", None]))
    per_page = rng.randint(2, 3)
    for k, paragraph in enumerate(body):
        if k and k % per_page == 0:
            b.add(f"- {k // per_page} -", "\f" + head, "")
        b.add(paragraph, "")
    b.add(f"- {len(body) // per_page + 1} -")
    return b.done()


def layout_outlook_reply(record: Record, rng: random.Random) -> Page:
    """A news item forwarded in an Outlook reply chain: reply, rule, headers, item, notice."""
    b = Builder("outlook_reply", record, rng)
    sender = rng.choice(PAPERS)
    b.page.outlet = sender
    hour, minute = rng.randint(1, 12), rng.randint(10, 59)
    sent = (f"{EN_DAYS[b.day.weekday()]}, {EN_MONTHS[b.day.month - 1]} {b.day.day}, {b.day.year} "
            f"{hour}:{minute} {rng.choice(['AM', 'PM'])}")
    b.add("للعلم والاطلاع", "", "مع التحية،", "م. خالد العمري", "إدارة الاتصال المؤسسي", "",
          "_" * 32, f"From: {sender} <news@{rng.choice(DOMAINS)}>", f"Sent: {sent}",
          "To: Media Team <media@example.org>", f"Subject: FW: {b.page.headline}", "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("This email and any attachments are confidential and intended solely for the addressee.",
          "هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط.")
    return b.done()


TWENTYTHIRD_LAYOUTS: dict[str, Layout] = {
    "org_capture": layout_org_capture,
    "mastodon_toot": layout_mastodon_toot,
    "url_dated_share": layout_url_dated_share,
    "pdf_running_heads": layout_pdf_running_heads,
    "outlook_reply": layout_outlook_reply,
}

if __name__ == "__main__":
    show_families(TWENTYTHIRD_LAYOUTS, fresh_records(5)[0])
