"""Text page families written in the seventeenth session as unseen layouts, measured at first contact
before any fix (marked ``10+`` in bench_structure.py), each a kind of text dump no earlier family
imitates, rendered from real corpus records read at bench time (``fresh_records``: records of lines
12,000-19,898 of ant_multisource, 12,000-20,000 of saudinewsnet and 9,000-10,161 of ant_jawharafm,
drawn with seed 17171, never a dev gold article) with the truth of every field:

- browser_text: a page saved by a browser as "Text Files" (Firefox's plain-text serialiser, as
  Thunderbird writes an HTML mail as text): every link's text followed by its address in angle
  brackets (``الرئيسية <https://…/>``), list items as ``  * item``, the menu one item a line, the
  post meta as a list (section, date, writer), a link inside a paragraph, the paragraphs either as
  long lines or wrapped at 72 columns, a related list of linked titles, the share links and footer.
- setext_plain: a plain-text newsletter or a converter's plain output (pandoc ``-t plain``-style):
  the outlet and the headline underlined with ``=`` as long as they are, section heads with ``-``,
  footnote link marks (``[1]``) in the text and the numbered addresses closing the page.
- podcast_episode: a news podcast's episode page copied as text: the show's name, the episode's
  number, the title, the date with the duration, a player's controls and the listening platforms,
  ``عن الحلقة`` over the show notes (the article), chapter marks (``03:12 …``), the host's credit and
  other episodes each with its date and duration.
- antiword_doc: a statement or article sent as a Word ``.doc`` and turned to text by antiword or
  catdoc: ``[pic]`` where the logo and the photo were, the outlet, headline and date centred with
  leading spaces, the paragraphs wrapped at 76 columns with a first-line indent, a table as ``|``
  cells, the document's footer.

A later round (marked ``10++``), written after the rules the first prompted were in, on the same draw:

- w3m_dump: a page dumped by w3m at 80 columns: the logo and the photo as their alt text in brackets,
  the menu on one line with the search field and button, rules of box-drawing bars (``━``), the
  section over the headline, the date and time with the writer on one line, the paragraphs wrapped at
  80, a share line of bracketed buttons, related titles as ``  • title`` (wrapped on a hanging indent).

The truth leaves addresses, link marks, rules, players, chapters and pictures out of the body.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap

from page_builder import (
    MENUS,
    Builder,
    Layout,
    Page,
    Record,
    corpus_records,
    msa,
    show_families,
)

#: The lines of each corpus the fresh records are drawn from (earlier sessions read others).
FRESH_LINES = {"ant_multisource": (12_000, 19_898), "saudinewsnet": (12_000, 20_000), "ant_jawharafm": (9_000, 10_161)}
DOMAINS = ["www.alofoq-news.com", "almostaqbal.net", "www.marsad24.info", "annahar-aljadid.org"]
SECTIONS = [("محليات", "local"), ("سياسة", "politics"), ("اقتصاد", "economy"), ("عربي ودولي", "world")]
SHOWS = ["البودكاست اليومي", "نشرة الصباح الصوتية", "حديث الساعة", "موجز الأسبوع"]
HOSTS = [("تقديم: ", "سارة الخطيب"), ("تقديم وإعداد: ", "أحمد ناصر"), ("مع ", "هدى منصور")]
PLATFORMS = ["Apple Podcasts", "Spotify", "Google Podcasts", "أنغامي", "SoundCloud"]
CHAPTERS = ["المقدمة", "خلفية القضية", "ماذا قال المسؤولون", "ردود الفعل", "الخلاصة"]


def fresh_records(n: int, seed: int = 17171) -> list[Record]:
    """n usable records of the fresh lines of the three corpora (2/5 ant_multisource, 2/5 saudinewsnet,
    1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH_LINES)


def _slug(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))


def layout_browser_text(record: Record, rng: random.Random) -> Page:
    """A page saved by a browser as text: links followed by their addresses, list items as ``*``."""
    b = Builder("browser_text", record, rng)
    domain = rng.choice(DOMAINS)
    site = f"https://{domain}"
    outlet = b.outlet()
    b.add("تخطى إلى المحتوى <#content>", "")
    b.add(f"  * الرئيسية <{site}/>", *[f"  * {name} <{site}/{slug}/>" for name, slug in SECTIONS], "")
    b.add(f"{outlet} <{site}/>", "", b.page.headline, "")
    section, slug = rng.choice(SECTIONS)
    meta = [f"  * {section} <{site}/{slug}/>", f"  * {msa(b.day)}"]
    if (name := b.plain_byline("-–|./():«»")) is not None:
        meta.append(f"  * {name} <{site}/author/{_slug(rng)}/>")
    b.add(*meta, "")
    wrap = rng.random() < 0.5
    for k, paragraph in enumerate(b.body_lines(rng.choice(["dash", "agency", None]))):
        if k == 1 and len(paragraph.split()) > 8:  # a linked word inside a paragraph, its address after it
            words = paragraph.split()
            at = rng.randint(2, len(words) - 3)
            paragraph = " ".join(words[:at] + [f"{words[at]} <{site}/tag/{_slug(rng)}/>"] + words[at + 1:])
        b.add(paragraph, "")
    b.add("شارك:", f"  * فيسبوك <https://www.facebook.com/sharer.php?u={site}/{_slug(rng)}>",
          f"  * تويتر <https://twitter.com/intent/tweet?url={site}/{_slug(rng)}>", "")
    b.add("اقرأ أيضاً", "", *[f"  * {title} <{site}/news/{_slug(rng)}.html>" for title in b.related(3, 6)], "")
    b.add(f"© {b.day.year} {outlet}. جميع الحقوق محفوظة.", f"  * من نحن <{site}/about/>",
          f"  * اتصل بنا <{site}/contact/>")
    if wrap:  # the serialiser wraps every line at 72 columns, list items on a hanging indent; an address is never cut
        b.lines = [part for line in b.lines for part in (textwrap.wrap(
            line, 72, subsequent_indent="    " if line.startswith("  * ") else "", break_long_words=False,
            break_on_hyphens=False) or [""])]
    return b.done()


def layout_setext_plain(record: Record, rng: random.Random) -> Page:
    """A plain-text newsletter or converter output: setext-underlined heads, footnote link marks."""
    b = Builder("setext_plain", record, rng)
    domain = rng.choice(DOMAINS)
    outlet = b.outlet()
    links: list[str] = []
    width = rng.choice([66, 70, 72])

    def mark(path: str) -> str:
        links.append(f"https://{domain}/{path}")
        return f"[{len(links)}]"

    if rng.random() < 0.5:
        b.add(outlet, "=" * len(outlet), "")
    else:
        b.page.outlet = None
    b.add(b.page.headline, "=" * min(len(b.page.headline), width), "")
    name = b.plain_byline("-–|./():«»")
    byline = f"بقلم: {name}" if name else None
    if byline is not None and rng.random() < 0.5:  # one credit line: writer and date
        b.add(f"{byline} - {msa(b.day)}", "")
    else:
        b.add(*([byline] if byline else []), msa(b.day), "")
    if b.deck():
        b.add(b.page.deck, "")
    for k, paragraph in enumerate(b.body_lines(rng.choice(["dash", "colon", None]))):
        if k == 0:
            mark(f"news/{_slug(rng)}")  # the headline's own link, listed first
        shown = paragraph + (f" {mark('tag/' + _slug(rng))}" if k == 1 else "")
        b.add(*textwrap.wrap(shown, width), "")
    head = rng.choice(["اقرأ أيضاً", "أخبار ذات صلة"])
    b.add(head, "-" * len(head), "")
    for title in b.related(3, 5):
        b.add(f"  * {title} {mark('news/' + _slug(rng))}")
    b.add("", "-" * 40, "", *[f"[{k}] {url}" for k, url in enumerate(links, 1)])
    return b.done()


def _duration(rng: random.Random) -> str:
    return f"{rng.randint(12, 48)}:{rng.randint(10, 59)}"


def layout_podcast_episode(record: Record, rng: random.Random) -> Page:
    """A news podcast's episode page: show, episode number, player, platforms, show notes, chapters."""
    b = Builder("podcast_episode", record, rng)
    outlet = b.outlet()
    show = rng.choice(SHOWS)
    number = rng.randint(3, 240)
    length = _duration(rng)
    b.add(f"{outlet} | بودكاست", rng.choice(MENUS), "", show, f"الحلقة {number}", b.page.headline,
          f"{msa(b.day, weekday=False)} · {length.split(':')[0]} دقيقة", "", "تشغيل", f"00:00 / {length}",
          "1x", "", "استمع على: " + " | ".join(rng.sample(PLATFORMS, 3)), "", "عن الحلقة", "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add("محاور الحلقة:")
    minute = 0
    for chapter in CHAPTERS[: rng.randint(3, 5)]:
        b.add(f"{minute:02d}:{rng.randint(10, 59)} {chapter}")
        minute += rng.randint(2, 9)
    label, host = rng.choice(HOSTS)
    b.page.byline = host  # the presenter signs the episode
    b.add("", label + host, "", "حلقات أخرى", "")
    for k, title in enumerate(b.related(3, 5)):
        other = b.day - dt.timedelta(days=7 * (k + 1))
        b.add(f"الحلقة {number - k - 1}", title, f"{msa(other, weekday=False)} · {rng.randint(12, 48)} دقيقة", "")
    b.add(f"© {b.day.year} {outlet}")
    return b.done()


def layout_antiword_doc(record: Record, rng: random.Random) -> Page:
    """A ``.doc`` through antiword/catdoc: ``[pic]`` marks, centred heads, wrapped indented paragraphs."""
    b = Builder("antiword_doc", record, rng)
    outlet = b.outlet()
    width = 76

    def centred(text: str) -> list[str]:
        return [" " * max(0, (width - len(line)) // 2) + line for line in textwrap.wrap(text, width - 10)]

    b.add("[pic]", "", *centred(outlet), "", *centred(b.page.headline), "", *centred(msa(b.day)), "")
    if (byline := b.byline("كتب: ")) is not None:
        b.add(byline, "")
    paragraphs = b.body_lines(rng.choice(["dash", "agency", "comma", None]))
    for k, paragraph in enumerate(paragraphs):
        b.add(*textwrap.wrap(paragraph, width, initial_indent="     "), "")
        if k == 0 and len(paragraphs) > 2 and rng.random() < 0.5:
            b.add("[pic]", "")
        if k == 1 and rng.random() < 0.4:
            b.add("|البند          |القيمة     |", "|المرحلة الأولى   |12          |", "|المرحلة الثانية  |18          |",
                  "|المجموع         |30          |", "")
    b.add("", *centred(f"{outlet} - جميع الحقوق محفوظة"), "")
    return b.done()


def layout_w3m_dump(record: Record, rng: random.Random) -> Page:
    """A page dumped by w3m (``w3m -dump``, 80 columns): no link addresses, pictures as their alt text
    in brackets, a form's field and button, rules of box-drawing bars, list items on a bullet •."""
    b = Builder("w3m_dump", record, rng)
    outlet = b.outlet()
    rule = "━" * rng.choice([40, 78, 80])
    menu = "  ".join(name for name, _ in SECTIONS)
    b.add(f"[{outlet}]", f"الرئيسية  {menu}  فيديو  [                    ] [بحث]", rule, "")
    section, _ = rng.choice(SECTIONS)
    b.add(f"{section} > {msa(b.day).split()[0]}" if rng.random() < 0.3 else section, "", b.page.headline, "")
    stamp = f"{msa(b.day)} - {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"
    name = b.plain_byline("-–|./():«»")
    b.add(f"{stamp} | بقلم: {name}" if name else stamp, "")
    if b.deck():
        b.add(*textwrap.wrap(b.page.deck, 80), "")
    b.add(f"[{rng.choice(['صورة', 'الصورة الرئيسية', 'image'])}]", "")
    for paragraph in b.body_lines(rng.choice(["dash", "agency", None])):
        b.add(*textwrap.wrap(paragraph, 80), "")
    b.add("شارك: [فيسبوك] [تويتر] [واتساب] [طباعة]", "", rule, "")
    b.add(rng.choice(["أخبار ذات صلة", "اقرأ أيضاً", "مواضيع مرتبطة"]), "",
          *[line for title in b.related(3, 6) for line in textwrap.wrap(f"  • {title}", 80, subsequent_indent="    ")], "")
    b.add(rule, f"© {b.day.year} {outlet} - جميع الحقوق محفوظة", "من نحن  اتصل بنا  سياسة الخصوصية")
    return b.done()


#: The families this session's second round wrote after the rules of the first were in (marked ``10++``).
LATER_SEVENTEENTH_LAYOUTS: dict[str, Layout] = {"w3m_dump": layout_w3m_dump}

SEVENTEENTH_LAYOUTS: dict[str, Layout] = {
    "browser_text": layout_browser_text,
    "setext_plain": layout_setext_plain,
    "podcast_episode": layout_podcast_episode,
    "antiword_doc": layout_antiword_doc,
}

if __name__ == "__main__":
    show_families({**SEVENTEENTH_LAYOUTS, **LATER_SEVENTEENTH_LAYOUTS}, fresh_records(5)[0])
