"""Text page families written in the thirteenth session as unseen layouts, measured at first contact
before any fix (marked ``6+`` in bench_structure.py), each a kind of text dump no earlier family
imitates, rendered from real corpus records read at bench time (``fresh_records`` of
layouts_twelfth with another seed, records past line 1,000 of the three corpora, never a dev gold
article) with the truth of every field:

- lynx_dump: a page through ``lynx -dump``: numbered links (``[12]الرئيسية``), ``[IMG]`` marks,
  paragraphs wrapped at 79 columns and indented three spaces, a related list of numbered links as
  bullets, and the ``References`` list of the links' addresses at the foot.
- app_aggregator: a news app's copy (Nabd-style): the app's name and tabs, the source outlet and
  date on one line (``outlet · date``) over the headline, the text, "read it at the source", then
  related items, each a headline over its ``outlet · منذ 3 ساعات`` line.
- key_points: a broadcaster's page with a "key points" box (``أبرز النقاط`` + bullets repeating
  sentences of the text) between the date and the text, published and updated stamps on one line.
- select_all: a modern site copied with select-all: skip links (Arabic and English), menu and
  search buttons, the headline, the writer's name alone under it, the date, a reading time, an
  audio player and font buttons, ``إعلان`` between paragraphs, a "follow us on Google News" prompt
  and a "you may also like" block.

The truth leaves links' numbers, addresses, boxes, buttons and prompts out of the body.

Second round (marked ``6++``), written after the first round's fixes and measured at first contact
too, on another draw of records past line 1,000 (``second_round_records``):

- wikinews: a Wikinews-style article copied as text: the wiki's tagline, the headline, the date
  alone as the text's first line, the text, "related news" links, a "sources" list (each outlet,
  the story's title in guillemets, the date), "share" links and a categories line.
- pdf_two_column: a newspaper page through ``pdftotext -layout``: the headline centred over two
  columns set side by side on the same lines (the right one first, as Arabic reads), a page
  header with the paper's name, issue number and date, the page number at the foot.
"""

from __future__ import annotations

import random
import textwrap

from layouts_twelfth import fresh_records as _fresh
from page_builder import MSA, Builder, Layout, Page, Record, clock_time, msa, show_families

APPS = ["نبض", "أخبار العرب", "خبرني"]
KEY_POINTS = ["أبرز النقاط", "باختصار", "نقاط رئيسية", "ملخص الخبر"]
SKIP = [("تخطى إلى المحتوى", "Skip to content"), ("انتقل إلى المحتوى الرئيسي", "Skip to main content")]
FOLLOW = ["تابعونا على Google News", "تابعوا آخر الأخبار عبر قناتنا على تلغرام", "تابعنا على واتساب"]
DOMAINS = ["alofoq-news.com", "almostaqbal.net", "marsad24.info", "annahar-aljadid.org"]


def fresh_records(n: int) -> list[Record]:
    """Records past line 1,000 of the three corpora, no dev gold article (another draw than the twelfth's)."""
    return _fresh(n, seed=13)


def second_round_records(n: int) -> list[Record]:
    """Records past line 1,000 of the three corpora, no dev gold article, another draw again."""
    return _fresh(n, seed=14)


def _wrapped(text: str, width: int = 79, indent: str = "   ") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent)


def layout_lynx_dump(record: Record, rng: random.Random) -> Page:
    """A page through ``lynx -dump``: numbered links, wrapped indented paragraphs, References."""
    b = Builder("lynx_dump", record, rng)
    outlet = b.outlet()
    domain = rng.choice(DOMAINS)
    menu = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "اتصل بنا"]
    links = [f"https://www.{domain}/"] + [f"https://www.{domain}/c/{k}" for k in range(1, len(menu) + 1)]
    b.add("   " + " ".join(f"[{k}]{m}" for k, m in enumerate(menu, 1)), "", f"   [{len(menu) + 1}]{outlet}", "")
    b.add(b.page.headline, "", f"   {msa(b.day)}", "")
    if (line := b.byline("بقلم: ")) is not None:
        b.add(f"   {line}", "")
    b.add("   [IMG]", "")
    for paragraph in b.body_lines(rng.choice(["dash", "agency", None])):
        b.add(*_wrapped(paragraph), "")
    header = rng.choice(["اقرأ أيضا", "أخبار ذات صلة"])
    start = len(links) + 1
    related = b.related(3, 5)
    b.add(f"   {header}", "")
    for k, title in enumerate(related, start):  # a list item wraps on a hanging indent
        b.add(*textwrap.wrap(f"[{k}]{title}", 79, initial_indent="     * ", subsequent_indent="       "))
    b.add("")
    links += [f"https://www.{domain}/news/{rng.randint(1000, 99999)}" for _ in related]
    b.add(f"   © {b.day.year} {outlet}. جميع الحقوق محفوظة", "", "References", "")
    b.add(*[f"   {k}. {url}" for k, url in enumerate(links, 1)])
    return b.done()


def layout_app_aggregator(record: Record, rng: random.Random) -> Page:
    """A news app's copy: ``outlet · date`` over the headline, related items with their sources."""
    b = Builder("app_aggregator", record, rng)
    outlet = b.outlet()
    b.add(rng.choice(APPS), "الرئيسية  عاجل  المصادر  حسابي", "",
          f"{outlet} · {msa(b.day, weekday=False)}", b.page.headline, "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("اقرأ الخبر من المصدر", "أضف تعليقك", "", "أخبار ذات صلة")
    sources = ["المرصد نيوز", "قناة الغد", "الشروق أونلاين", "بوابة المستقبل"]
    for title in b.related(3, 4):
        b.add(title, f"{rng.choice(sources)} · منذ {rng.randint(2, 11)} ساعات")
    return b.done()


def layout_key_points(record: Record, rng: random.Random) -> Page:
    """A "key points" box of bullets repeating sentences of the text, between the date and the text."""
    b = Builder("key_points", record, rng)
    b.add("الرئيسية  |  أخبار  |  العالم  |  اقتصاد  |  رياضة", "", b.page.headline, "")
    later = b.day.day + 1 if b.day.day < 28 else b.day.day
    b.add(f"نشر في: {msa(b.day, weekday=False)} - {clock_time(rng)}  |  "
          f"آخر تحديث: {later} {MSA[b.day.month - 1]} {b.day.year}", "")
    # The box sums up the story in a few words a point (the opening words of paragraphs stand in).
    points = [" ".join(p.split()[: rng.randint(8, 13)]) for p in b.page.body[1:] if len(p.split()) > 16][:3]
    if points:
        b.add(rng.choice(KEY_POINTS), *[f"• {p}" for p in points], "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("مواضيع ذات صلة", *b.related(3, 5))
    return b.done()


def layout_select_all(record: Record, rng: random.Random) -> Page:
    """A modern site copied with select-all: skip links, reading time, audio player, ads, prompts."""
    b = Builder("select_all", record, rng)
    outlet = b.outlet()
    arabic, latin = rng.choice(SKIP)
    b.add(arabic, latin, "القائمة", "بحث", outlet, "", b.page.headline, "")
    if (name := b.plain_byline("-–|./():«»")) is not None:
        b.add(name)
    b.add(f"{msa(b.day, weekday=False)} - {clock_time(rng)}",
          rng.choice(["دقيقتان للقراءة", f"{rng.randint(3, 9)} دقائق قراءة", "وقت القراءة: 4 دقائق"]),
          "استمع إلى المقال", f"00:00 / 0{rng.randint(1, 6)}:{rng.randint(10, 59)}", "A+ A-", "")
    for k, paragraph in enumerate(b.body_lines(rng.choice(["dash", "comma", None]))):
        b.add(paragraph, "")
        if k in (0, 2):
            b.add(rng.choice(["إعلان", "Advertisement", "- إعلان -"]), "")
    b.add(rng.choice(FOLLOW), "", "قد يعجبك أيضا", *b.related(3, 4), "", "جميع الحقوق محفوظة")
    return b.done()


def layout_wikinews(record: Record, rng: random.Random) -> Page:
    """A Wikinews-style article: tagline, headline, the date as the first line, sources, categories."""
    b = Builder("wikinews", record, rng)
    b.add("من ويكي الأخبار، المصدر الإخباري الحر", "", b.page.headline, "", "[تعديل]", "")
    b.add(msa(b.day), "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("أخبار ذات صلة", *[f"* {title}" for title in b.related(2, 4)], "")
    sources = ["رويترز", "بي بي سي عربي", "فرانس 24", "الجزيرة نت", "سكاي نيوز عربية"]
    b.add("مصادر", *[f"* {src}. «{b.page.headline}» — {msa(b.day, weekday=False)}"
                     for src in rng.sample(sources, rng.randint(1, 3))], "")
    b.add("شارك هذا الخبر:", "فيسبوك  تويتر  بريد إلكتروني", "",
          f"تصنيفات: {rng.choice(['الشرق الأوسط', 'سياسة', 'اقتصاد'])} | {rng.choice(['أخبار عاجلة', 'منشور'])}")
    return b.done()


def layout_pdf_two_column(record: Record, rng: random.Random) -> Page:
    """``pdftotext -layout`` of a two-column newspaper page: columns side by side on the same lines."""
    b = Builder("pdf_two_column", record, rng)
    outlet = b.outlet()
    issue = rng.randint(1200, 19999)
    b.add(f"{outlet}          العدد {issue}          {msa(b.day)}", "")
    b.add(b.page.headline.center(90).rstrip(), "")
    if (name := b.plain_byline()) is not None:
        b.add(f"{name}".center(90).rstrip(), "")
    width = rng.randint(38, 44)
    lines: list[str] = []
    for paragraph in b.body_lines(rng.choice(["dash", None])):
        lines += textwrap.wrap(paragraph, width) + [""]
    half = (len(lines) + 1) // 2
    right, left = lines[:half], lines[half:] + [""] * (2 * half - len(lines))
    gap = " " * rng.randint(6, 10)
    b.add(*[f"{r:<{width}}{gap}{l_}".rstrip() for r, l_ in zip(right, left, strict=True)])
    b.add("", str(rng.randint(2, 24)).center(90).rstrip())
    return b.done()


THIRTEENTH_LAYOUTS: dict[str, Layout] = {
    "lynx_dump": layout_lynx_dump,
    "app_aggregator": layout_app_aggregator,
    "key_points": layout_key_points,
    "select_all": layout_select_all,
}

#: The second round, written after the first round's fixes and measured at first contact (``6++``).
LATER_THIRTEENTH_LAYOUTS: dict[str, Layout] = {
    "wikinews": layout_wikinews,
    "pdf_two_column": layout_pdf_two_column,
}


if __name__ == "__main__":  # a quick look at one page of each family: python bench/layouts_thirteenth.py
    show_families({**THIRTEENTH_LAYOUTS, **LATER_THIRTEENTH_LAYOUTS}, fresh_records(5)[0])
