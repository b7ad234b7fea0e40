"""Page building for the layout renderers: a corpus record, the page it becomes, its known truth.

``Builder`` collects the lines of a page while it records the truth of every field; the layouts in
bench/layouts*.py use it.  The month and weekday names here are written out
on purpose rather than taken from babel, so the bench does not check the analyser against its own
tables.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import json
import random
import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from corpus_lines import CORPORA, dev_ids

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
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS_SHORT = [month[:3] for month in EN_MONTHS]  # as RFC 2822 dates write them
EN_DAYS_SHORT = [day[:3] for day in EN_DAYS]
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
# France 24's agency credit, Al Arabiya's opinion disclaimer and "reprinted from" credit, "click
# here" prompts): the truth leaves them out of the body.
_TRAILER = re.compile(r"^(?:-{5,}|يمكنكم استلام إشعارات.*|فرانس ?24 ?/.*|\*+ ?جميع المقالات المنشورة تمثل رأي .*"
                      r"|\* ?(?:نقلا|نقلاً) عن .{2,40}|.{0,60}اضغط هنا\.*)$")
_CNN_DATELINE = re.compile(r"^(?P<place>[^()\n]{2,60}?)\s*\(CNN\)\s*(?:--|[-–—])+\s*")
_READ_ALSO = re.compile(
    r"^(?:(?:اقرأ|إقرأ|أقرأ) (?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|للمزيد|قد يهمك (?:أيضا|ايضا)|شاهد أيضا)\s*[:|\-]\s*(?P<title>.+)$"
)
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


#: A page layout: renders a record into a page, its variant drawn from the random generator.
Layout = Callable[[Record, random.Random], Page]


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


def plain_author(record: Record, reject: str = "-–|./") -> str | None:
    """The author as a plain name (two or three words, none of the marks in ``reject``, no closing
    digit), or None."""
    author = one_line(record.author)
    if 2 <= len(author.split()) <= 3 and not any(c in author for c in reject) and not author[-1].isdigit():
        return author
    return None


def usable(record: Record) -> bool:
    """Records a page can be made of: a title, a date, and at least two paragraphs of text."""
    _, body, _ = truth_body(record.text)
    return bool(one_line(record.title)) and len(body) >= 2 and len(set(body)) == len(body)


def corpus_pool(name: str, start: int = 0, end: int | None = None) -> list[dict]:
    """The records of lines ``start`` to ``end`` (counted from 0; None: the last) of one corpus."""
    with gzip.open(CORPORA / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [json.loads(line) for k, line in enumerate(fh) if start <= k and (end is None or k < end)]


def draw_records(rng: random.Random, pools: list[list[dict]], shares: Sequence[int],
                 excluded: AbstractSet[str] = frozenset()) -> list[Record]:
    """``share`` usable records of each pool (a title, a date, paragraphs) in ``rng``'s order, none
    whose id is ``excluded``, each with 12 headlines of the pools' records for related blocks."""
    titles = [r["title"] for pool in pools for r in pool if r.get("title")]
    out: list[Record] = []
    for pool, share in zip(pools, shares, strict=True):
        picked = 0
        for raw in rng.sample(pool, len(pool)):
            if picked == share:
                break
            if raw.get("id") in excluded:
                continue
            rec = Record(raw["id"], raw.get("title") or "", raw.get("date") or "", raw.get("text") or "",
                         raw.get("lead") or "", raw.get("author") or "", rng.sample(titles, 12))
            if rec.date and usable(rec):
                out.append(rec)
                picked += 1
    return out


#: The lines of each corpus the unseen families of the eighteenth session and later are rendered
#: from, each session drawing with a seed of its own (:func:`corpus_records` leaves dev gold
#: articles out).
FRESH_LINES = {"ant_multisource": (1_000, 19_898), "saudinewsnet": (400, 20_000), "ant_jawharafm": (1_500, 10_161)}


def corpus_records(n: int, seed: int, lines: Mapping[str, tuple[int, int | None]]) -> list[Record]:
    """n usable records of the given lines of the three corpora (``{corpus: (first, end or None)}``,
    2/5 ant_multisource, 2/5 saudinewsnet, 1/5 Jawhara FM in that order), none a dev gold article,
    drawn with ``seed``, with other titles for related blocks: the fresh records of the layout
    families written as unseen layouts."""
    rng = random.Random(seed)
    dev = dev_ids()
    pools = [corpus_pool(name, start, end) for name, (start, end) in lines.items()]
    return draw_records(rng, pools, (n - 3 * (n // 5), n // 5 * 2, n // 5), dev)


class Builder:
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

    def plain_byline(self, reject: str = "-–|./") -> str | None:
        """The author as a plain name (:func:`plain_author`), recorded as the byline, or None."""
        name = plain_author(self.record, reject)
        if name is not None:
            self.page.byline = name
        return name

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

    def add_paragraphs(self, dateline_style: str | None) -> None:
        """The body paragraphs (``body_lines``), each followed by a blank line, as most layouts set them."""
        for paragraph in self.body_lines(dateline_style):
            self.add(paragraph, "")

    def add_paragraphs_with_inset(self, paragraphs: list[str], inset: list[str]) -> None:
        """The paragraphs, each followed by a blank line, with ``inset`` (a table, a tweet, an advert
        set between paragraphs) and a blank line after the first."""
        for k, paragraph in enumerate(paragraphs):
            self.add(paragraph, "")
            if k == 0:
                self.add(*inset, "")

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


def msa(day: dt.date, weekday: bool = True, indic: bool = False) -> str:
    text = f"{day.day} {MSA[day.month - 1]} {day.year}"
    text = f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text
    return text.translate(INDIC) if indic else text


def clock_time(rng: random.Random) -> str:
    """A time of day as pages write it, on a 12-hour clock without its period (3:45)."""
    return f"{rng.randint(1, 12)}:{rng.randint(10, 59)}"


def hijri(day: dt.date) -> str:
    from hijridate import Gregorian

    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return f"{h.day} {HIJRI[h.month - 1]} {h.year} هـ"


def show_families(layouts: dict[str, Layout], record: Record) -> None:
    """Print one page of each layout family with its truth: a family file's quick look (``python bench/layouts_x.py``)."""
    for name, make in layouts.items():
        page = make(record, random.Random(name))
        print(f"===== {name}\n{page.text}\n-- truth: {page.headline!r} {page.published} {page.byline!r} "
              f"{page.outlet!r} {[one_line(r) for r in page.related]}")
