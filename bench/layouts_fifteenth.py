"""Text page families written in the fifteenth session as unseen layouts, measured at first contact
before any fix (marked ``8+`` in bench_structure.py), each a kind of text dump no earlier family
imitates, rendered from real corpus records read at bench time (``fresh_records``: records past line
16,000 of ant_multisource and saudinewsnet and lines 9,000-10,161 of ant_jawharafm, drawn with seed
15, never a dev gold article) with the truth of every field:

- instagram_post: a news account's Instagram post copied from the web: the account's handle and
  "follow", the handle again and "verified" over the caption (a pictograph and the headline, the
  paragraphs, a run of dot lines, the hashtags), then the post's age, the comment count, the likes,
  the date, the comment box.
- official_statement: a ministry's statement typed in a word processor and copied as text: the
  basmala, the letterhead (state, ministry, department), reference number and dated lines
  (``الرقم:``, ``التاريخ:`` with the Hijri twin under it), the title, the text with the document's
  page footer (address, phone, ``الصفحة 1 من 2``) between two paragraphs, the closing formula (a
  paragraph of the text, as the corpus records keep it) and the signing office.
- ocr_page: a newspaper page through OCR: the running head (issue, date, page number, section), the
  headline, then the article's lines cut at the column's width, justified with kashidas
  (``ـــ``), a "continued on page n" jump, the next page's running head and a "continued from"
  line with the headline's first words, then the rest.
- tv_transcript: a broadcaster's transcript of a TV report: channel, programme menu, headline,
  correspondent, date, ``نص التقرير``, then each paragraph under a timecode (``00:01:12``) and a
  speaker label line (``المراسل:``, ``المذيعة:``), sound cues (``[موسيقى]``) between them.

The truth leaves handles, counters, letterheads, running heads, jumps, timecodes and labels out of the
body (kashidas are no difference: the bench compares without them).
"""

from __future__ import annotations

import random
import textwrap

from layouts_twelfth import fresh_records as twelfth_records
from page_builder import WEEKDAYS, Builder, Layout, Page, Record, clock_time, hijri, msa, show_families

#: Where the fresh part of each corpus starts (earlier sessions read the records above these lines).
FRESH_FROM = {"ant_multisource": 16_000, "saudinewsnet": 16_000, "ant_jawharafm": 9_000}
HANDLES = ["alofoqnews", "almostaqbal.net", "marsad24", "annahar_jadid"]
HASHTAGS = ["#أخبار", "#عاجل", "#السعودية", "#مصر", "#اقتصاد", "#الأردن", "#تونس", "#رياضة"]
STATES = [("المملكة الأردنية الهاشمية", "وزارة الداخلية", "مديرية الإعلام والاتصال"),
          ("دولة الكويت", "وزارة الصحة", "إدارة العلاقات العامة"),
          ("الجمهورية التونسية", "وزارة الشؤون الاجتماعية", "خلية الإعلام والاتصال"),
          ("المملكة العربية السعودية", "وزارة التعليم", "الإدارة العامة للإعلام")]
SECTIONS = ["محليات", "اقتصاد", "عربي ودولي", "قضايا", "رياضة"]
SPEAKERS = ["المراسل:", "المذيعة:", "المراسلة:", "المذيع:", "صوت المراسل:"]
CUES = ["[موسيقى]", "[فاصل موسيقي]", "(مؤثرات صوتية)"]
CHANNELS = ["قناة الغد", "قناة المستقبل الإخبارية", "تلفزيون الأفق"]


def fresh_records(n: int, seed: int = 15) -> list[Record]:
    """n usable records from the fresh part of the three corpora (2/5 ant_multisource, 2/5
    saudinewsnet, 1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return twelfth_records(n, seed, FRESH_FROM)


def layout_instagram_post(record: Record, rng: random.Random) -> Page:
    """An Instagram post copied from the web: handle, caption, hashtags, counters, date."""
    b = Builder("instagram_post", record, rng)
    handle = rng.choice(HANDLES)
    b.add(handle, "متابعة", "", handle, "موثّق", f"{rng.choice(['🔴', '📌', '⭕️'])} {b.page.headline}", "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add(".", ".", " ".join(rng.sample(HASHTAGS, 4)), "",
          f"{rng.randint(2, 6)} أيام", f"عرض جميع التعليقات البالغ عددها {rng.randint(12, 400)}",
          f"أعجب بها {rng.randint(1, 9)},{rng.randint(100, 999)} شخصًا",
          msa(b.day, weekday=False), "أضف تعليقًا...", "نشر")
    return b.done()


def layout_official_statement(record: Record, rng: random.Random) -> Page:
    """A ministry's statement from a word processor: letterhead, reference and date, page footer."""
    b = Builder("official_statement", record, rng)
    state, ministry, office = rng.choice(STATES)
    body = b.body_lines(rng.choice(["colon", None]))
    footer = [f"العنوان: شارع الملك عبدالله - ص.ب {rng.randint(100, 9999)}   هاتف: {rng.randint(2, 6)}"
              f"{rng.randint(100, 999)}{rng.randint(1000, 9999)}   فاكس: {rng.randint(2, 6)}{rng.randint(1000000, 9999999)}",
              "الصفحة 1 من 2"]
    b.add("بسم الله الرحمن الرحيم", "", state, ministry, office, "",
          f"الرقم: {rng.randint(1, 30)}/{rng.randint(1, 9)}/{rng.randint(1000, 9999)}",
          f"التاريخ: {b.day.day:02d}/{b.day.month:02d}/{b.day.year} م", f"الموافق: {hijri(b.day)}", "",
          b.page.headline, "")
    half = max(1, len(body) // 2)
    for k, paragraph in enumerate(body):
        if k == half:
            b.add(*footer, "\f", "")
        b.add(paragraph, "")
    closing = rng.choice(["والله ولي التوفيق", "وتفضلوا بقبول فائق الاحترام والتقدير"])
    b.page.body.append(closing)  # the statement's last words, kept as a paragraph as the corpus records keep them
    b.add(closing, "", office, ministry, "", footer[0], "الصفحة 2 من 2")
    return b.done()


def _kashida(line: str, rng: random.Random) -> str:
    """A justified line as OCR reads it: one word stretched with kashidas between two joining letters."""
    words = line.split(" ")
    joining = "بتثجحخسشصضطظعغفقكلمنهي"
    for k in rng.sample(range(len(words)), len(words)):
        word = words[k]
        spots = [i for i in range(1, len(word)) if word[i - 1] in joining and word[i] in joining + "اأإآدذرزوةىء"]
        if spots:
            i = rng.choice(spots)
            words[k] = word[:i] + "ـ" * rng.randint(2, 4) + word[i:]
            break
    return " ".join(words)


def layout_ocr_page(record: Record, rng: random.Random) -> Page:
    """A newspaper page through OCR: running heads, narrow justified lines, a jump to another page."""
    b = Builder("ocr_page", record, rng)
    outlet = b.outlet()
    issue = rng.randint(1000, 9999)
    first, second = rng.randint(2, 9), rng.randint(10, 24)
    section = rng.choice(SECTIONS)

    def head(page: int) -> str:
        return f"{msa(b.day)} - العدد {issue}    {page}    {section}"

    b.add(head(first), outlet, "", b.page.headline, "")
    width = rng.randint(38, 50)
    body = b.body_lines(rng.choice(["dash", "agency", None]))
    jump = max(1, len(body) // 2)
    blank = rng.random() < 0.5
    for k, paragraph in enumerate(body):
        if k == jump:
            b.add(f"التتمة ص {second}", "", "\f" + head(second), "",
                  f"تتمة المنشور ص {first}: " + " ".join(b.page.headline.split()[:4]) + "...", "")
        lines = textwrap.wrap(paragraph, width)
        b.add(*[_kashida(line, rng) if i < len(lines) - 1 and rng.random() < 0.4 else line
                for i, line in enumerate(lines)])
        if blank:
            b.add("")
    return b.done()


def layout_tv_transcript(record: Record, rng: random.Random) -> Page:
    """A TV report's transcript: timecodes and speaker labels over the paragraphs, sound cues."""
    b = Builder("tv_transcript", record, rng)
    channel = rng.choice(CHANNELS)
    b.page.outlet = channel
    b.add(channel, "الرئيسية | البرامج | نشرات الأخبار | تقارير | البث المباشر", "", b.page.headline, "")
    if (name := b.plain_byline("-–|./():«»")) is not None:
        b.add(f"تقرير: {name}")
    b.add(f"{WEEKDAYS[b.day.weekday()]} {b.day.day}/{b.day.month}/{b.day.year} - {clock_time(rng)}", "",
          "نص التقرير:", "")
    seconds = rng.randint(3, 20)
    for k, paragraph in enumerate(b.body_lines(None)):
        if k and rng.random() < 0.3:
            b.add(rng.choice(CUES), "")
        b.add(f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}", rng.choice(SPEAKERS), paragraph, "")
        seconds += rng.randint(15, 70)
    b.add("شاهد أيضاً", *b.related(3, 4))
    return b.done()


FIFTEENTH_LAYOUTS: dict[str, Layout] = {
    "instagram_post": layout_instagram_post,
    "official_statement": layout_official_statement,
    "ocr_page": layout_ocr_page,
    "tv_transcript": layout_tv_transcript,
}


if __name__ == "__main__":  # a quick look at one page of each family: python bench/layouts_fifteenth.py
    show_families(FIFTEENTH_LAYOUTS, fresh_records(5)[0])
