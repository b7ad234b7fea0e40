"""Eight page families written in the tenth session as unseen layouts, each a kind of page the
other families do not imitate, rendered from real corpus records with the truth of every field:

- hard_wrap: a text dump hard-wrapped at 62-78 characters (``fmt``/e-mail style): every paragraph,
  the headline too, cut into lines mid-sentence; paragraphs are set apart by blank lines.
- bare_name: the reporter's name alone on the page's first line, then the headline, a date line
  and the text (no ``بقلم``/``كتب`` word anywhere).
- plain_deck: a subtitle set directly under the headline with nothing to tell it from the text
  but its place and its length; the date sits at the foot (``نشر في …``).
- bilingual_nav: an English-Arabic portal: mixed menus (``Home | أخبار | Sport``), a language
  switch, an English breadcrumb, ``Published``/``Updated`` stamps in English, English share and
  newsletter prompts.
- live_blog: a live page: an ``مباشر`` label, a "last updated" stamp, then time-stamped entries
  (a clock line, then the entry's paragraph), ``تحديث``/pinned markers.
- tweet_box: an article with an embedded tweet copied as text (the tweet, a ``pic.twitter.com``
  link, the ``— name (@handle) date`` line) and a "quote box" (``اقتباس`` label) between its
  paragraphs.
- gallery: a photo gallery: a counter (``1 / 9``, ``صورة 2 من 9``) over each caption, photo credits,
  an intro made of the article's paragraphs.
- pdf_column: a newspaper page through pdftotext: a narrow column (34-46 characters) with no blank
  lines, paragraphs ending on a short line (or opening on an indent), a running head with the
  issue number, page numbers and a form feed between pages.

Then three more, written after the fixes the eight prompted and first run unseen too (``+++``):

- markdown: a reader-mode copy saved as Markdown: ``# headline``, ``> deck``, ``**date**``,
  ``*by name*``, paragraphs, ``## اقرأ أيضا`` and ``- [title](url)`` links, an image line.
- email_digest: a news item forwarded by e-mail: ``From:``/``Date:``/``Subject:`` headers, the
  headline as subject, the body, a signature and an unsubscribe footer.
- forum_repost: a news item reposted on a forum: thread title, poster and post date, a
  ``اقتباس`` label, the article, ``المصدر: outlet`` and the poster's signature under a rule.

The truth leaves clocks, tweets, captions, counters and running heads out of the body.
"""

from __future__ import annotations

import random
import textwrap

from page_builder import (
    EN_DAYS,
    EN_DAYS_SHORT,
    EN_MONTHS,
    EN_MONTHS_SHORT,
    Builder,
    Layout,
    Page,
    Record,
    msa,
    one_line,
)

CAPTIONS = ["جانب من الاجتماع الذي عقد في مقر الوزارة صباح اليوم", "صورة تظهر حجم الدمار في الحي",
            "مواطنون ينتظرون أمام أحد المراكز", "لقطة عامة للمكان قبل بدء الفعالية",
            "المشاركون في الجلسة الافتتاحية", "أطفال يلعبون في ساحة المدرسة بعد إعادة فتحها",
            "عناصر من الدفاع المدني في موقع الحادث", "وفد رسمي لدى وصوله إلى المطار"]
TWEET = ["نتابع باهتمام بالغ تطورات الوضع ونؤكد دعمنا الكامل لكل الجهود المبذولة",
         "شكرا لكل من ساهم في إنجاح هذا اليوم، والقادم أفضل بإذن الله",
         "بيان مهم بعد قليل حول آخر المستجدات، تابعونا"]
HANDLES = [("وزارة الخارجية", "MofaNews"), ("محمد العلي", "m_alali"), ("المركز الإعلامي", "MediaCenter")]


def layout_hard_wrap(record: Record, rng: random.Random) -> Page:
    """Every line cut at a fixed width; paragraphs blank-separated."""
    b = Builder("hard_wrap", record, rng)
    width = rng.randint(62, 78)
    b.add(*textwrap.wrap(b.page.headline, width), "", msa(b.day), "")
    if (name := b.plain_byline("-–|./()")) is not None:
        b.add(f"بقلم: {name}", "")
    for paragraph in b.body_lines(rng.choice(["dash", "agency", None])):
        b.add(*textwrap.wrap(paragraph, width), "")
    b.add("---", "جميع الحقوق محفوظة")
    return b.done()


def layout_bare_name(record: Record, rng: random.Random) -> Page:
    """The reporter's name alone on the first line, over the headline."""
    b = Builder("bare_name", record, rng)
    if (name := b.plain_byline("-–|./()")) is not None:
        b.add(name, "")
    clock = f"{rng.randint(8, 23)}:{rng.randint(10, 59)}"
    b.add(b.page.headline, "", f"{b.day.day}/{b.day.month}/{b.day.year} {clock}", "")
    b.add_paragraphs(rng.choice(["dash", "comma", None]))
    return b.done()


def layout_plain_deck(record: Record, rng: random.Random) -> Page:
    """A subtitle right under the headline (no blank between them), then blank-separated paragraphs,
    the date at the foot."""
    b = Builder("plain_deck", record, rng)
    subtitle = next((one_line(t) for t in record.others if 5 <= len(one_line(t).split()) <= 16
                     and one_line(t) != b.page.headline), None)
    b.add(b.page.headline)
    if subtitle is not None:
        b.page.deck = subtitle
        b.add(subtitle)
    b.add("")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add(f"نشر في {msa(b.day, weekday=False)}")
    return b.done()


def layout_bilingual_nav(record: Record, rng: random.Random) -> Page:
    """English-Arabic portal chrome around an Arabic article."""
    b = Builder("bilingual_nav", record, rng)
    en_day = f"{b.day.day} {EN_MONTHS[b.day.month - 1]} {b.day.year}"
    b.add("English | عربي", "Home | أخبار | Sport | رياضة | Business | اقتصاد", "Login / تسجيل الدخول",
          "Home > Middle East > الشرق الأوسط", "", b.page.headline, "")
    b.add(rng.choice([f"Published: {en_day}", f"Published {EN_DAYS[b.day.weekday()]}, {en_day} 10:24 GMT"]))
    b.add(f"Updated: {en_day} 14:05 GMT", "")
    if (name := b.plain_byline("-–|./()")) is not None:
        b.add(f"By {name}" if rng.random() < 0.5 else f"بقلم: {name}", "")
    b.add("Share | Facebook | Twitter | واتساب", "")
    b.add_paragraphs(rng.choice(["agency", "dash", None]))
    b.add("Subscribe to our newsletter", "اشترك في النشرة البريدية", "", "Related | ذات صلة",
          *b.related(3, 5), "", "© All rights reserved | جميع الحقوق محفوظة")
    return b.done()


def layout_live_blog(record: Record, rng: random.Random) -> Page:
    """A live page: time-stamped entries, newest first, each a clock line then a paragraph."""
    b = Builder("live_blog", record, rng)
    b.add("مباشر", "", b.page.headline, "", f"آخر تحديث: {msa(b.day)}", "")
    hour, minute = rng.randint(14, 22), rng.randint(0, 59)
    for k, paragraph in enumerate(b.body_lines(None)):
        stamp = rng.choice([f"{hour:02d}:{minute:02d}", f"{hour:02d}:{minute:02d} بتوقيت غرينتش",
                            f"الساعة {hour:02d}:{minute:02d}", f"منذ {k * 10 + 5} دقيقة"])
        if k == 0 and rng.random() < 0.5:
            b.add("تحديث", "")
        b.add(stamp, paragraph, "")
        minute -= rng.randint(5, 20)
        if minute < 0:
            hour, minute = hour - 1, minute + 60
    b.add("تابعوا التغطية المباشرة", "")
    return b.done()


def layout_tweet_box(record: Record, rng: random.Random) -> Page:
    """An embedded tweet and a quote box between the paragraphs."""
    b = Builder("tweet_box", record, rng)
    b.add(b.page.headline, "", msa(b.day), "")
    body = b.body_lines(rng.choice(["dash", None]))
    author, handle = rng.choice(HANDLES)
    code = "".join(rng.choice("abcdefghijkLMNOPQ0123456789") for _ in range(10))
    tweet_text = rng.choice(TWEET)
    day = f"{EN_MONTHS[b.day.month - 1]} {b.day.day}, {b.day.year}"
    tweet = [f"{tweet_text} pic.twitter.com/{code}" if rng.random() < 0.5 else f"{tweet_text} https://t.co/{code}",
             f"— {author} (@{handle}) {day}"]
    b.add_paragraphs_with_inset(body, tweet)
    return b.done()


def layout_gallery(record: Record, rng: random.Random) -> Page:
    """A photo gallery: the article's text as the intro, then numbered captions with credits."""
    b = Builder("gallery", record, rng)
    b.add("صور", "", b.page.headline, "", msa(b.day), "")
    b.add_paragraphs(None)
    count = rng.randint(4, 8)
    for k in range(count):
        counter = rng.choice([f"{k + 1} / {count}", f"صورة {k + 1} من {count}", f"{k + 1} من {count}"])
        b.add(counter, CAPTIONS[k], rng.choice(["(رويترز)", "تصوير: أحمد سالم", "(أ ف ب)", "المصدر: وكالات"]), "")
    return b.done()


def layout_pdf_column(record: Record, rng: random.Random) -> Page:
    """A newspaper column through pdftotext: narrow lines, no blank lines, running heads."""
    b = Builder("pdf_column", record, rng)
    width = rng.randint(34, 46)
    indent = rng.random() < 0.5
    issue = rng.randint(1000, 9999)
    running = f"{msa(b.day)} - العدد {issue}"
    b.add(running, "سياسة", "")
    b.add(*textwrap.wrap(b.page.headline, width + 10))
    for k, paragraph in enumerate(b.body_lines(rng.choice(["dash", "colon", None]))):
        lines = textwrap.wrap(paragraph, width)
        if indent:
            lines[0] = "  " + lines[0]
        b.add(*lines)
        if k == 1:
            b.add(str(rng.randint(2, 24)), "\f" + running)
    return b.done()


def layout_markdown(record: Record, rng: random.Random) -> Page:
    """A reader-mode Markdown export."""
    b = Builder("markdown", record, rng)
    b.add(f"# {b.page.headline}", "")
    if b.deck():
        b.add(f"> {b.page.deck}", "")
    b.add(f"**{msa(b.day)}**", "")
    if (name := b.plain_byline("-–|./()")) is not None:
        b.add(f"*بقلم {name}*", "")
    b.add(f"![صورة](https://example.org/img/{rng.randint(100, 999)}.jpg)", "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("## اقرأ أيضا", "", *[f"- [{r}](https://example.org/n/{k})" for k, r in enumerate(b.related(3, 5))])
    return b.done()


def layout_email_digest(record: Record, rng: random.Random) -> Page:
    """A news item forwarded by e-mail."""
    b = Builder("email_digest", record, rng)
    en_day = f"{EN_DAYS_SHORT[b.day.weekday()]}, {b.day.day} {EN_MONTHS_SHORT[b.day.month - 1]} {b.day.year} 08:{rng.randint(10, 59)}:00 +0300"
    b.add("---------- Forwarded message ---------", "From: النشرة الإخبارية <news@example.org>", f"Date: {en_day}",
          f"Subject: {b.page.headline}", "To: <reader@example.org>", "", b.page.headline, "")
    b.add_paragraphs(rng.choice(["agency", None]))
    b.add("--", "فريق التحرير", "لإلغاء الاشتراك في النشرة اضغط هنا")
    return b.done()


def layout_forum_repost(record: Record, rng: random.Random) -> Page:
    """A news item reposted on a forum."""
    b = Builder("forum_repost", record, rng)
    poster = rng.choice(["ابو فهد", "عاشق الوطن", "نجم الشمال"])
    b.add("منتدى الأخبار العامة > الأخبار العربية", "", b.page.headline, "",
          f"{poster}", f"{b.day.day}-{b.day.month:02d}-{b.day.year}, {rng.randint(1, 12):02d}:{rng.randint(10, 59)} PM",
          f"عدد المشاركات: {rng.randint(10, 9000)}", "", "اقتباس:", "")
    b.add_paragraphs(rng.choice(["dash", "comma", None]))
    b.add(f"المصدر: {rng.choice(['الشرق الأوسط', 'العربية نت', 'سكاي نيوز عربية'])}", "", "__________________",
          "اللهم اغفر لي ولوالدي", "", "رد مع اقتباس")
    return b.done()


LATER_LAYOUTS: dict[str, Layout] = {
    "markdown": layout_markdown,
    "email_digest": layout_email_digest,
    "forum_repost": layout_forum_repost,
}

FRESH_LAYOUTS: dict[str, Layout] = {
    "hard_wrap": layout_hard_wrap,
    "bare_name": layout_bare_name,
    "plain_deck": layout_plain_deck,
    "bilingual_nav": layout_bilingual_nav,
    "live_blog": layout_live_blog,
    "tweet_box": layout_tweet_box,
    "gallery": layout_gallery,
    "pdf_column": layout_pdf_column,
}
