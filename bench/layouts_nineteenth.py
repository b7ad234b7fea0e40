"""Text page families written in the nineteenth session as unseen layouts, measured at first contact
before any fix (marked ``12+`` in bench_structure.py), each a kind of text dump no earlier family
imitates, rendered from real corpus records read at bench time (``fresh_records``: records of lines
1,000-19,898 of ant_multisource, 400-20,000 of saudinewsnet and 1,500-10,161 of ant_jawharafm, drawn
with seed 19457, never a dev gold article) with the truth of every field:

- lexis_export: an article downloaded as text from a news database (LexisNexis Academic's or Nexis
  Uni's "download as text"), the form press-research corpora of Arabic papers are kept in: either the
  old block (``1 of 25 DOCUMENTS`` centred, the paper, ``April 22, 2018 Sunday``, the headline, the
  ``BYLINE:``/``SECTION:``/``LENGTH: 512 words``/``DATELINE:`` fields, the text, ``LOAD-DATE:`` a
  later day, ``LANGUAGE: ARABIC``, the paper's copyright) or Nexis Uni's (the headline first, the
  paper, the date, ``Copyright``, ``Section: …; Length: … words``, ``Byline:``, ``Body``, the text,
  ``Load-Date:``, ``End of Document``).
- factiva_export: an article as Factiva prints or e-mails it: the headline, the writer, ``512 words``,
  ``22 April 2018``, the paper, its source code (``ALHAYA``), ``Arabic``, the copyright line, the text,
  and ``Document ALHAYA0020180422ee4m0000b`` under it.
- chronology: an explainer's timeline ("the story so far"): the headline, an opening paragraph, then
  the text's paragraphs as dated entries (``12 مارس 2011: …``, days before the page's own, oldest
  first, some bulleted), the page's date either under the headline or only at its foot
  (``تاريخ النشر: …``).
- intl_broadcaster: the Arabic page of an international broadcaster copied as text, in one of three
  house styles: France 24's (the section, the headline, the deck, ``نشرت في: 22/04/2018 - 15:12`` and
  ``آخر تحديث:`` a later day, a photo credit, a reading time, the text, ``فرانس24/ أ ف ب``), DW's (the
  headline, the deck, the text, the editors' initials and agencies ``ع.ش/ ح.ز (رويترز، د ب أ)``, then
  ``التاريخ 22.04.2018``, keywords and ``ننصح بقراءة`` over related headlines) or RT's (the headline,
  ``22.04.2018 | 15:12 GMT``, the text with ``اقرأ المزيد`` and a related headline set between its
  paragraphs, ``المصدر: RT + وكالات``).

The truth leaves database fields, copyright, document numbers, credits and trailers out of the body.
"""

from __future__ import annotations

import datetime as dt
import random

from page_builder import (
    EN_DAYS,
    EN_MONTHS,
    FRESH_LINES,
    MSA,
    Builder,
    Layout,
    Page,
    Record,
    clock_time,
    corpus_records,
    msa,
    show_families,
)

SECTIONS = ["أخبار", "محليات", "عربي ودولي", "اقتصاد", "الصفحة الأولى"]
F24_SECTIONS = ["الشرق الأوسط", "أفريقيا", "أوروبا", "اقتصاد", "فرنسا"]
_MARKS = "\"':،,.«»()؟?!"
INITIALS = ["ع.ش/ ح.ز", "م.س/ ع.ج", "ص.ش/ ع.غ", "ه.د/ خ.س"]
CREDITS = ["(رويترز، د ب أ)", "(أ ف ب، رويترز)", "(د ب أ)", "(أ ف ب، أ ب، رويترز)"]


def fresh_records(n: int, seed: int = 19457) -> list[Record]:
    """n usable records of the session's fresh lines of the three corpora (2/5 ant_multisource, 2/5
    saudinewsnet, 1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH_LINES)


def _en_long(day: dt.date) -> str:
    return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year} {EN_DAYS[day.weekday()]}"


def _words(b: Builder) -> int:
    return sum(len(p.split()) for p in b.page.body)


def layout_lexis_export(record: Record, rng: random.Random) -> Page:
    """A news database's text download (LexisNexis Academic's block, or Nexis Uni's)."""
    b = Builder("lexis_export", record, rng)
    outlet = b.outlet()
    later = b.day + dt.timedelta(days=rng.randint(1, 6))
    name = b.plain_byline("-–|./():«»") if rng.random() < 0.6 else None
    section = f"{rng.choice(SECTIONS)}; Pg. {rng.randint(1, 24)}"
    if rng.random() < 0.5:  # LexisNexis Academic
        b.add(f"{' ' * 30}{rng.randint(1, 25)} of {rng.randint(25, 200)} DOCUMENTS", "",
              f"{' ' * 30}{outlet}", "", f"{' ' * 28}{_en_long(b.day)}", "", b.page.headline, "")
        if name:
            b.add(f"BYLINE: {name}", "")
        b.add(f"SECTION: {section}", "", f"LENGTH: {_words(b)} words", "")
        body = list(b.page.body)
        if b.page.dateline is None and rng.random() < 0.5:
            b.page.dateline = rng.choice(["القاهرة", "بيروت", "الرياض", "عمان"])
            b.add(f"DATELINE: {b.page.dateline}", "")
        else:
            body = b.body_lines(rng.choice(["dash", None]))
        for paragraph in body:
            b.add(paragraph, "")
        b.add(f"LOAD-DATE: {EN_MONTHS[later.month - 1]} {later.day}, {later.year}", "", "LANGUAGE: ARABIC", "",
              "PUBLICATION-TYPE: Newspaper", "", f"{' ' * 20}Copyright {b.day.year} {outlet} All Rights Reserved")
        return b.done()
    b.add(b.page.headline, "", outlet, f"{_en_long(b.day)}", "",
          f"Copyright {b.day.year} {outlet} All Rights Reserved", "", f"Section: {section}; Length: {_words(b)} words")
    if name:
        b.add(f"Byline: {name}")
    b.add("", "Body", "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add(f"Load-Date: {EN_MONTHS[later.month - 1]} {later.day}, {later.year}", "", "End of Document")
    return b.done()


def layout_factiva_export(record: Record, rng: random.Random) -> Page:
    """An article as Factiva prints it: fields under the headline, a document number under the text."""
    b = Builder("factiva_export", record, rng)
    outlet = b.outlet()
    code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6))
    b.add(b.page.headline, "")
    if rng.random() < 0.6 and (name := b.plain_byline("-–|./():«»")) is not None:
        b.add(name)
    b.add(f"{_words(b)} words", f"{b.day.day} {EN_MONTHS[b.day.month - 1]} {b.day.year}", outlet, code, "Arabic",
          f"Copyright {b.day.year} {outlet}. All Rights Reserved.", "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    serial = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
    b.add(f"Document {code}00{b.day:%Y%m%d}e{serial}0000b", "")
    return b.done()


def layout_chronology(record: Record, rng: random.Random) -> Page:
    """A timeline: an opening paragraph, then the text as dated entries oldest first; the page's date
    under the headline or only at its foot."""
    b = Builder("chronology", record, rng)
    outlet = b.outlet()
    b.add(outlet, rng.choice(["الرئيسية | أخبار | تقارير | ملفات", "الرئيسية • ملفات • تسلسل زمني"]), "",
          b.page.headline, "")
    at_foot = rng.random() < 0.5
    if not at_foot:
        b.add(f"{msa(b.day)} - {clock_time(rng)}", "")
    paragraphs = b.body_lines(rng.choice(["dash", None]))
    b.add(paragraphs[0], "")
    # The entries' days: oldest first, all before the page's own day.
    days = sorted(b.day - dt.timedelta(days=rng.randint(30, 3000)) for _ in paragraphs[1:])
    bullet = rng.choice(["", "- ", "• "])
    entries = []
    for day, paragraph in zip(days, paragraphs[1:], strict=True):
        if paragraph.startswith(("للمزيد: ", "رابط")):  # a link line of the text, no entry of the timeline
            b.add(paragraph, "")
            continue
        stamp = rng.choice([f"{day.day} {MSA[day.month - 1]} {day.year}", f"{MSA[day.month - 1]} {day.year}"])
        entry = f"{bullet}{stamp}: {paragraph}"  # the bullet is the entry's, as the page writes it
        entries.append(entry)
        b.add(entry, "")
    b.page.body = [b.page.body[0], *entries]  # the first paragraph without its dateline
    if at_foot:
        b.add(f"{rng.choice(['تاريخ النشر', 'نشر بتاريخ', 'نشر في'])}: {msa(b.day, weekday=False)}", "")
    b.add(rng.choice(["شارك: فيسبوك | تويتر | واتساب", "طباعة | إرسال"]), f"© {b.day.year} {outlet}")
    return b.done()


def layout_intl_broadcaster(record: Record, rng: random.Random) -> Page:
    """An international broadcaster's Arabic page copied as text, in France 24's, DW's or RT's style."""
    b = Builder("intl_broadcaster", record, rng)
    style = rng.choice(["f24", "dw", "rt"])
    if style == "f24":
        later = b.day + dt.timedelta(days=rng.randint(0, 2))
        b.add("فرانس 24", "الرئيسية   الشرق الأوسط   أفريقيا   العالم   اقتصاد   رياضة   ثقافة", "",
              rng.choice(F24_SECTIONS), "", b.page.headline, "")
        if b.deck():
            b.add(b.page.deck, "")
        b.add(f"نشرت في: {b.day:%d/%m/%Y} - {rng.randint(0, 23):02d}:{rng.randint(10, 59)}"
              f"  آخر تحديث: {later:%d/%m/%Y} - {rng.randint(0, 23):02d}:{rng.randint(10, 59)}", "",
              f"صورة أرشيفية. © {rng.choice(['رويترز', 'أ ف ب'])}", f"{rng.randint(2, 6)} دقائق", "")
        b.add_paragraphs(None)
        b.add(rng.choice(["فرانس24/ أ ف ب", "فرانس24/ رويترز", "فرانس 24"]), "")
        b.add("المقال التالي", *b.related(1, 2))
        return b.done()
    if style == "dw":
        b.add("DW", "موضوعات   العالم العربي   ألمانيا   العالم   ثقافة ومجتمع", "", b.page.headline, "")
        if b.deck():
            b.add(b.page.deck, "")
        b.add_paragraphs(None)
        b.add(f"{rng.choice(INITIALS)} {rng.choice(CREDITS)}", "", f"التاريخ {b.day:%d.%m.%Y}",
              f"الكلمات المفتاحية {' ، '.join(w.strip(_MARKS) for w in b.page.headline.split()[:3])}", "", "ننصح بقراءة", "")
        for title in b.related(2, 4):
            b.add(title, "")
        b.add("© 2024 Deutsche Welle | حماية البيانات | الطباعة")
        return b.done()
    b.add("RT Arabic", "أخبار   العالم العربي   الشرق الأوسط   اقتصاد   رياضة   فيديو", "", b.page.headline, "",
          f"{b.day:%d.%m.%Y} | {rng.randint(0, 23):02d}:{rng.randint(10, 59)} GMT", "")
    paragraphs = b.body_lines(rng.choice(["agency", None]))
    related = b.related(1, 1)
    for k, paragraph in enumerate(paragraphs):
        b.add(paragraph, "")
        if k == min(1, len(paragraphs) - 1):
            b.add("اقرأ المزيد", *related, "")
    b.add(rng.choice(["المصدر: RT + وكالات", "المصدر: وكالات", "المصدر: RT"]), "",
          "تابعوا RT على")
    return b.done()


NINETEENTH_LAYOUTS: dict[str, Layout] = {
    "lexis_export": layout_lexis_export,
    "factiva_export": layout_factiva_export,
    "chronology": layout_chronology,
    "intl_broadcaster": layout_intl_broadcaster,
}

if __name__ == "__main__":
    show_families(NINETEENTH_LAYOUTS, fresh_records(5)[0])
