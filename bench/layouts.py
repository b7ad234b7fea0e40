"""Page layouts rendered in code: an article record (title, date, lead, author, text) becomes a
text-dump page in one of several site styles, with the truth of every page field known.

Used by bench/bench_structure.py on real ../shared/corpora records and by tests/structure on
records composed for the tests.  Each layout varies date format (ISO, Arabic weekday + MSA,
Levantine or Maghrebi month names, numeric, Arabic-Indic digits, Hijri with its Gregorian twin),
byline placement, datelines, menus, share/copyright furniture, related blocks with and without
headers, and pull quotes.  The month and weekday names here are written out on purpose rather
than taken from babel, so the bench does not check the analyser against its own tables.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

MSA = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
       "نوفمبر", "ديسمبر"]
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MAGHREB_TN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
              "نوفمبر", "ديسمبر"]
MAGHREB_MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
              "نونبر", "دجنبر"]
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
         "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
CITIES = ["القاهرة", "بيروت", "عمان", "الرباط", "تونس", "بغداد", "دمشق", "الرياض", "دبي", "الجزائر",
          "باريس", "لندن", "واشنطن", "موسكو", "الخرطوم", "غزة", "رام الله", "طرابلس"]
AGENCIES = ["رويترز", "أ ف ب", "د ب أ", "وكالات", "الأناضول"]
OUTLETS = ["صحيفة الأفق", "الشروق أونلاين", "بوابة المستقبل", "وكالة أنباء المشرق", "المرصد نيوز",
           "جريدة النهار الجديد", "قناة الغد"]
SHARE_BARS = ["شارك: فيسبوك | تويتر | واتساب", "فيسبوك تويتر واتساب تلغرام", "Facebook Twitter WhatsApp",
              "شارك الخبر", "طباعة | إرسال | تعليق"]
MENUS = ["الرئيسية | أخبار | سياسة | اقتصاد | رياضة | منوعات", "الرئيسية • محليات • عربي ودولي • رأي • فيديو",
         "الرئيسية > أخبار > سياسة", "أخبار   اقتصاد   رياضة   ثقافة   تكنولوجيا   اتصل بنا"]
COPYRIGHTS = ["© {y} جميع الحقوق محفوظة", "جميع الحقوق محفوظة لـ {o} {y}", "Copyright © {y} - All rights reserved",
              "الحقوق محفوظة © {o}"]

# Upstream trailers in the corpora that are not article text (BBC's app promotion and rule lines,
# France 24's agency credit): the truth leaves them out of the body.
_TRAILER = re.compile(r"^(?:-{5,}|يمكنكم استلام إشعارات.*|فرانس ?24 ?/.*)$")
_CNN_DATELINE = re.compile(r"^(?P<place>[^()\n]{2,60}?)\s*\(CNN\)\s*(?:--|[-–—])+\s*")
_READ_ALSO = re.compile(r"^(?:(?:اقرأ|إقرأ) (?:أيضا|أيضاً)|للمزيد)\s*:\s*(?P<title>.+)$")
_QUOTED = re.compile(r'"([^"\n]{12,90})"|«([^«»\n]{12,90})»')


@dataclass
class Record:
    """What a layout renders: the fields of a corpus record plus headlines of other articles."""

    id: str
    title: str
    date: str
    text: str
    lead: str = ""
    author: str = ""
    others: list[str] = field(default_factory=list)  # headlines usable as related links


@dataclass
class Page:
    layout: str
    text: str
    headline: str
    published: str
    body: list[str]
    deck: str | None = None
    dateline: str | None = None
    byline: str | None = None
    outlet: str | None = None
    pull_quotes: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)


def record_date(value: str) -> dt.date:
    """The calendar date of a record's ``date`` (ISO or RFC 2822)."""
    value = value.strip()
    if value[:4].isdigit():
        return dt.date.fromisoformat(value[:10])
    numeric = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)  # Jawhara FM: day first
    if numeric:
        return dt.date(int(numeric[3]), int(numeric[2]), int(numeric[1]))
    return email.utils.parsedate_to_datetime(value).date()


def one_line(text: str) -> str:
    return " ".join(text.split())


def truth_body(text: str) -> tuple[str | None, list[str], list[str]]:
    """(dateline already in the record's text, body paragraphs, related links in the text)."""
    paragraphs = [one_line(p) for p in text.split("\n")]
    paragraphs = [p for p in paragraphs if p and not _TRAILER.match(p)]
    links = [_READ_ALSO.match(p) for p in paragraphs]
    related = [m["title"] for m in links if m]
    paragraphs = [p for p, m in zip(paragraphs, links, strict=True) if not m]
    dateline = None
    if paragraphs:
        m = _CNN_DATELINE.match(paragraphs[0])
        if m and len(paragraphs[0]) > m.end():
            dateline, paragraphs[0] = m["place"].strip(), paragraphs[0][m.end():]
    return dateline, paragraphs, related


def usable(record: Record) -> bool:
    """Records a page can be made of: a title, a date, and at least two paragraphs of text."""
    _, body, _ = truth_body(record.text)
    return bool(one_line(record.title)) and len(body) >= 2 and len(set(body)) == len(body)


class _Builder:
    """Collects the lines of a page and the truth of its fields."""

    def __init__(self, layout: str, record: Record, rng: random.Random):
        self.rng = rng
        self.record = record
        self.day = record_date(record.date)
        preset, body, self.in_text = truth_body(record.text)
        self.page = Page(layout, "", one_line(record.title), self.day.isoformat(), body, dateline=preset,
                         related=list(self.in_text))
        self.lines: list[str] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def deck(self) -> str | None:
        lead = one_line(self.record.lead)
        if lead and lead not in self.page.body and lead != self.page.headline:
            self.page.deck = lead
        return self.page.deck

    def byline(self, label: str = "") -> str | None:
        author = one_line(self.record.author)
        if not author:
            return None
        self.page.byline = author
        return f"{label}{author}"

    def outlet(self) -> str:
        self.page.outlet = self.rng.choice(OUTLETS)
        return self.page.outlet

    def body_lines(self, dateline_style: str | None) -> list[str]:
        """Body paragraphs, the first one opened by a dateline in ``dateline_style`` if any."""
        body = list(self.page.body)
        # Related links the record's text holds stay in the text, after its first paragraph.
        body[1:1] = [f"للمزيد: {title}" for title in self.in_text]
        if self.page.dateline is not None:  # the record's text has its own dateline: keep it
            body[0] = f"{self.page.dateline} (CNN)-- {body[0]}"
        elif dateline_style:
            city = self.rng.choice(CITIES)
            agency = self.rng.choice(AGENCIES)
            opening = {"dash": f"{city} - ", "agency": f"{city} ({agency}) - ", "comma": f"{city}، ",
                       "colon": f"{city}: ", "endash": f"{city} – "}[dateline_style]
            self.page.dateline = city
            body[0] = opening + body[0]
        return body

    def pull_quote(self, min_words: int = 3) -> str | None:
        """A quotation from the body to repeat as a pull quote (sentence-long when set in the body)."""
        for paragraph in self.page.body:
            m = _QUOTED.search(paragraph)
            if m:
                quote = (m[1] or m[2]).strip()
                if min_words <= len(quote.split()) <= 14 and not any(c in quote for c in "\"'«»“”"):
                    self.page.pull_quotes = [quote]
                    return quote
        return None

    def related(self, low: int = 3, high: int = 8) -> list[str]:
        pool = [one_line(t) for t in self.record.others if one_line(t) and one_line(t) != self.page.headline]
        picked = pool[: self.rng.randint(low, high)]
        self.page.related = self.in_text + picked
        return picked

    def done(self, gap: str = "\n") -> Page:
        self.page.text = gap.join(self.lines) + "\n"
        return self.page


def _msa(day: dt.date, weekday: bool = True, indic: bool = False) -> str:
    text = f"{day.day} {MSA[day.month - 1]} {day.year}"
    text = f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text
    return text.translate(INDIC) if indic else text


def _hijri(day: dt.date) -> str:
    from hijridate import Gregorian

    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return f"{h.day} {HIJRI[h.month - 1]} {h.year} هـ"


def layout_classic(record: Record, rng: random.Random) -> Page:
    """The seed's style: ISO 'First Published' line, deck, outlet, pull quote, headerless related."""
    b = _Builder("classic", record, rng)
    b.add(f"First Published: {b.day.isoformat()}", "", b.page.headline, "", "\u00a0", "")
    if b.deck():
        b.add(b.page.deck or "", "", "\u00a0", "")
    b.add(b.outlet(), "")
    if (quote := b.pull_quote()) is not None:
        b.add(f"'{quote}'", "")
    for p in b.body_lines("dash"):
        b.add(p, "")
    b.add("\u00a0", "")
    for r in b.related(5, 12):
        b.add(r, "")
    b.add("", "\u00a0", ">>")
    return b.done()


def layout_portal(record: Record, rng: random.Random) -> Page:
    """A news portal: menu and breadcrumb, MSA weekday date with time, byline, share bar, 'اقرأ أيضاً'."""
    b = _Builder("portal", record, rng)
    b.add(rng.choice(MENUS), "الرئيسية > أخبار", b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    b.add(f"{_msa(b.day)} - {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
    if (byline := b.byline(rng.choice(["بقلم: ", "كتب - ", "بقلم "]))) is not None:
        b.add(byline)
    b.add(rng.choice(SHARE_BARS))
    b.add(*b.body_lines(rng.choice(["agency", "dash", None])))
    b.add(rng.choice(["اقرأ أيضاً", "اقرأ أيضا:", "إقرأ أيضاً"]), *b.related())
    b.add(rng.choice(SHARE_BARS), rng.choice(COPYRIGHTS).format(y=b.day.year, o="الموقع"))
    return b.done()


def layout_levantine(record: Record, rng: random.Random) -> Page:
    """A Levantine daily: masthead, Levantine month names, comma dateline, guillemet pull quote mid-body."""
    b = _Builder("levantine", record, rng)
    month = LEVANTINE[b.day.month - 1]
    date = rng.choice([f"{WEEKDAYS[b.day.weekday()]}، {b.day.day} {month} {b.day.year}",
                       f"{b.day.day} {month} ({MSA[b.day.month - 1]}) {b.day.year}"])
    b.add(b.outlet(), "", b.page.headline, "")
    if b.deck():
        b.add(b.page.deck or "", "")
    b.add(f"نشر في: {date}", "")
    body = b.body_lines(rng.choice(["comma", "endash"]))
    quote = b.pull_quote(min_words=6)
    for i, p in enumerate(body):
        b.add(p, "")
        if i == 1 and quote:
            b.add(f"«{quote}»", "")
    b.add("أخبار ذات صلة", "", *[f"{r}\n" for r in b.related()])
    b.add(rng.choice(COPYRIGHTS).format(y=b.day.year, o=b.page.outlet))
    return b.done()


def layout_maghreb(record: Record, rng: random.Random) -> Page:
    """A Maghrebi site: Tunisian/Moroccan month names, byline at the end, tags, link line, headerless related."""
    b = _Builder("maghreb", record, rng)
    months = rng.choice([MAGHREB_TN, MAGHREB_MA])
    b.add(rng.choice(MENUS), b.page.headline)
    b.add(f"{b.day.day} {months[b.day.month - 1]} {b.day.year} | {rng.randint(8, 22)}:{rng.randint(10, 59)}")
    b.add(rng.choice(SHARE_BARS))
    b.add(*b.body_lines(rng.choice(["colon", "dash", None])))
    if (byline := b.byline("كتب: ")) is not None:
        b.add(byline)
    b.add("الكلمات المفتاحية: " + "، ".join(b.page.headline.split()[:3]), "رابط الخبر: https://example.org/a/1")
    b.add("&nbsp;", *b.related(3, 6), "جميع الحقوق محفوظة")
    return b.done()


def layout_numeric(record: Record, rng: random.Random) -> Page:
    """Arabic-Indic digits: numeric dd/mm/yyyy date in a 'author | date' credit line, slider, 'اقرأ المزيد'."""
    b = _Builder("numeric", record, rng)
    digits = f"{b.day.day:02d}/{b.day.month:02d}/{b.day.year}"
    date = digits.translate(INDIC) if rng.random() < 0.7 else digits
    b.add(b.page.headline, "")
    author = b.byline()
    b.add(f"{author} | {date}" if author else f"تاريخ النشر: {date}", "")
    if b.deck():
        b.add(b.page.deck or "", "")
    b.add("السابق التالي", "")
    b.add(*b.body_lines(rng.choice(["agency", None])))
    b.add("", rng.choice(["اقرأ المزيد", "مواضيع ذات صلة:", "شاهد أيضاً"]), *b.related(), "")
    b.add("تابعونا على تويتر", "&nbsp;")
    return b.done()


def layout_gulf(record: Record, rng: random.Random) -> Page:
    """A Gulf paper: Hijri date with its Gregorian twin, deck repeated as the lead, inline 'اقرأ أيضاً'."""
    b = _Builder("gulf", record, rng)
    b.add(b.page.headline)
    b.add(f"{WEEKDAYS[b.day.weekday()]} {_hijri(b.day)} - الموافق {_msa(b.day, False, rng.random() < 0.5)} م")
    body = b.body_lines(None)
    lead = one_line(record.lead)
    if lead and body[0].startswith(lead[:40]) and lead != body[0]:
        b.page.deck = lead  # the lead, cut short, then the article again from its start
        b.add(lead)
    related = b.related(2, 4)
    for i, p in enumerate(body):
        b.add(p)
        if i == 1 and related:
            b.add(f"اقرأ أيضاً: {related[0]}")
    b.add(*[f"اقرأ أيضا: {r}" for r in related[1:]])
    b.add("// انتهى //", rng.choice(SHARE_BARS))
    return b.done()


def layout_moroccan(record: Record, rng: random.Random) -> Page:
    """A wire-style page: date first (Moroccan months), place - outlet credit line, curly-quote pull quote."""
    b = _Builder("moroccan", record, rng)
    b.add(f"{b.day.day} {MAGHREB_MA[b.day.month - 1]} {b.day.year}", "", b.page.headline, "")
    outlet = b.outlet()
    city = rng.choice(CITIES)
    b.add(f"{city} - {outlet}", "")
    if b.deck():
        b.add(b.page.deck or "", "")
    if (quote := b.pull_quote()) is not None:
        b.add(f"“{quote}”", "")
    for p in b.body_lines(None):
        b.add(p, "")
    b.add("مواضيع ذات صلة", "", *b.related(), "", "جميع الحقوق محفوظة © " + str(b.day.year))
    return b.done()


def layout_wire(record: Record, rng: random.Random) -> Page:
    """A wire desk: English/Arabic masthead, labelled byline, 'city - agency:' dateline, date at the foot."""
    b = _Builder("wire", record, rng)
    b.add(rng.choice(["Sky News Arabia", "العربي الجديد", "BBC عربي", "وكالة أنباء المشرق"]), "", b.page.headline, "")
    if (byline := b.byline(rng.choice(["إعداد: ", "By ", "بواسطة "]))) is not None:
        b.add(byline, "")
    if b.deck():
        b.add(b.page.deck or "", "")
    body = b.body_lines(None)
    if b.page.dateline is None:
        b.page.dateline = rng.choice(CITIES)
        body[0] = f"{b.page.dateline} - {rng.choice(['أ ش أ', 'واس', 'قنا', 'رويترز'])}: {body[0]}"
    for p in body:
        b.add(p, "")
    b.add(f"تاريخ النشر: {b.day.day:02d}.{b.day.month:02d}.{b.day.year} - {rng.randint(0, 23)}:{rng.randint(10, 59)}")
    b.add(f"عدد القراءات: {rng.randint(10, 9999)}", "شارك هذا الخبر", "")
    b.add("الأكثر قراءة", *[f"{i + 1}. {r}" for i, r in enumerate(b.related(3, 5))])
    return b.done()


def layout_blog(record: Record, rng: random.Random) -> Page:
    """A blog: breadcrumb, deck under the headline, bare author name beside an English-order date, bullets."""
    b = _Builder("blog", record, rng)
    b.add("الرئيسية » " + rng.choice(["ثقافة", "سياسة", "اقتصاد"]), b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    author = one_line(record.author)
    if 2 <= len(author.split()) <= 3 and not any(c in author for c in "-–|.") and not author[-1].isdigit():
        b.page.byline = author
        b.add(author)
    b.add(f"{MSA[b.day.month - 1]} {b.day.day}، {b.day.year}", "", "صورة: أرشيفية", "")
    for p in b.body_lines(rng.choice(["comma", None])):
        b.add(p, "")
    b.add("الوسوم: سياسة | اقتصاد | مجتمع", "مقالات ذات صلة", *[f"• {r}" for r in b.related(3, 6)])
    b.add("", f"© {b.day.year} المدونة")
    return b.done()


def layout_amp(record: Record, rng: random.Random) -> Page:
    """A mobile page: update line first, date after the deck, pull quote deep in the body, dated links."""
    b = _Builder("amp", record, rng)
    stamp = f"{WEEKDAYS[b.day.weekday()]} {b.day.day} {MSA[b.day.month - 1]} {b.day.year} - 10:20 بتوقيت غرينتش"
    b.add(b.outlet(), f"آخر تحديث: {stamp}", b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    iso = f"نشر في: {b.day.isoformat()}"
    b.add(iso.translate(INDIC) if rng.random() < 0.5 else iso)
    body = b.body_lines(rng.choice(["agency", "dash"]))
    quote = b.pull_quote(min_words=6) if len(body) > 3 else None
    for i, p in enumerate(body):
        b.add(p)
        if i == 2 and quote:
            b.add(f"«{quote}»")
    b.add("أخبار متعلقة", *[f"{r} - {b.day.day}/{b.day.month}/{b.day.year}" for r in b.related(3, 5)])
    b.add(f"© {b.page.outlet} {b.day.year}")
    return b.done()


LAYOUTS: dict[str, Callable[[Record, random.Random], Page]] = {
    "classic": layout_classic,
    "portal": layout_portal,
    "levantine": layout_levantine,
    "maghreb": layout_maghreb,
    "numeric": layout_numeric,
    "gulf": layout_gulf,
    "moroccan": layout_moroccan,
    "wire": layout_wire,
    "blog": layout_blog,
    "amp": layout_amp,
}


def render(record: Record, layout: str, seed: int = 0) -> Page:
    """Render ``record`` in ``layout``; the same seed gives the same page."""
    return LAYOUTS[layout](record, random.Random(f"{seed}:{layout}:{record.id}"))
