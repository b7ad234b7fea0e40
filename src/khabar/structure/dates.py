"""Publication dates: date lines of pages and the ``date`` values of records, to ISO 8601.

Month names come from CLDR through babel (MSA/Egyptian ``ar``, Levantine/Iraqi ``ar_SY`` ...,
Maghrebi ``ar_TN``/``ar_DZ``/``ar_MA``, Mauritanian ``ar_MR``, and English) plus the spelling
variants in ``resources/months.tsv``; Hijri-only dates are converted with hijridate.  All matching
runs on :func:`~khabar.structure.resources.norm` text, so Arabic-Indic digits and hamza/ta-marbuta
spellings need no variants of their own.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.calendar_names import arabic_weekdays
from khabar.hijri import umm_al_qura_day
from khabar.structure.data import norm, read_rows

_CLDR_LOCALES = ("ar", "ar_EG", "ar_SY", "ar_LB", "ar_IQ", "ar_JO", "ar_TN", "ar_DZ", "ar_MA", "ar_MR", "en")


@dataclass(frozen=True)
class DateLine:
    """A line that is (essentially) a date: ``kind`` is ``published`` or ``updated``."""

    value: str
    kind: str


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Normalised month name → month number, Gregorian calendar."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for locale in _CLDR_LOCALES:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                if len(name) >= 2:
                    names[norm(name).rstrip(".")] = number
    for number, name in read_rows("months.tsv"):
        names[norm(name)] = int(number)
    return names


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    from babel.dates import get_day_names

    names = set()
    for locale in ("ar", "en"):
        for width in ("wide", "abbreviated"):
            names.update(norm(n).rstrip(".") for n in get_day_names(width, locale=locale).values())
    # "يوم الاثنين" and the form with hamza below are common on pages.
    names.update({"يوم", "الاثنين", "الإثنين", "اثنين"})
    return frozenset(norm(n) for n in names)


@lru_cache(maxsize=1)
def _hijri_months() -> dict[str, int]:
    return {norm(name): int(number) for number, name in read_rows("hijri_months.tsv")}


def _alternation(names: object) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    month = f"(?:{_alternation(month_names())})"
    hijri = f"(?:{_alternation(_hijri_months())})"
    time = r"(?:[Tt ]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(z|gmt|utc|[+-]\d{2}:?\d{2})?)"
    return {
        "iso": re.compile(rf"(?<!\d)(\d{{4}})-(\d{{1,2}})-(\d{{1,2}})(?!\d){time}?"),
        "ymd": re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)"),
        "dmy": re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)"),
        # 14 نوفمبر 2017 · 14 تشرين الثاني (نوفمبر) 2017 · 13 أغسطس/آب 2018 · 14 من شباط، 2017
        "d_month_y": re.compile(
            rf"(?<!\d)(\d{{1,2}})\s*[-/.]?\s*(?:من\s+)?({month})\.?(?:\s*[/(\-–]\s*{month}\s*\)?)?\s*[,،\-/.]?\s*(?:عام\s+)?(\d{{4}})(?!\d)"
        ),
        # November 14, 2017 · نوفمبر 14، 2017 · August 12th, 2018 (Slack's day divider: an ordinal)
        "month_d_y": re.compile(
            rf"(?<![\w])({month})\.?(?:\s*/\s*{month})?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*[,،]?\s*(\d{{4}})(?!\d)"
        ),
        # 6 شعبان 1439 هـ · 6 من شعبان 1439 هـ (Egyptian pages set من between the day and the month)
        "hijri": re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({hijri})\s*(\d{{4}})\s*(?:هـ|ه)?(?![\w])"),
        # 1439/3/25هـ — a numeric Hijri date says so by its year and its mark
        # a chat export's message stamp, day first with a two-digit year: "[22.04.18 13:51]"
        "chat": re.compile(r"\[(\d{1,2})[./](\d{1,2})[./](\d{2})[ ,]+\d{1,2}:\d{2}(?::\d{2})?\]"),
        "hijri_ymd": re.compile(r"(?<!\d)(1[34]\d\d)[/.-](\d{1,2})[/.-](\d{1,2})\s*(?:هـ|ه)"),
        "hijri_dmy": re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](1[34]\d\d)\s*(?:هـ|ه)"),
    }


@lru_cache(maxsize=1)
def _today_weekday() -> re.Pattern[str]:
    """``اليوم الأحد``: the weekday a report names as today (normalised text)."""
    names = "|".join(sorted(_weekday_numbers()))
    return re.compile(rf"(?<!\w)اليوم\s+({names})(?!\w)")


@lru_cache(maxsize=1)
def _weekday_numbers() -> dict[str, int]:
    """Normalised Arabic weekday names -> Python weekday (Monday = 0)."""
    return {norm(name): number for name, number in arabic_weekdays().items()}


def ambiguous_readings(text: str) -> dict[str, dt.date] | None:
    """The day-first (``dmy``) and month-first (``mdy``) readings of the one numeric date of ``text``
    whose parts could both be the month (``04-05-2018``); None without one, or when they agree."""
    found = [m for m in _patterns()["dmy"].finditer(norm(text)) if int(m[1]) <= 12 and int(m[2]) <= 12]
    if len(found) != 1 or found[0][1].lstrip("0") == found[0][2].lstrip("0"):
        return None
    m = found[0]
    dmy, mdy = _date(int(m[3]), int(m[2]), int(m[1])), _date(int(m[3]), int(m[1]), int(m[2]))
    return {"dmy": dmy, "mdy": mdy} if dmy and mdy else None


def page_date_order(texts: list[str], readings: dict[str, dt.date], lead: str) -> str | None:
    """``dmy`` or ``mdy``: how a page orders an ambiguous numeric date (``readings``), told by its
    other numeric dates (``texts``) when one has a part over 12 (``22-04-2018``, ``04-22-2018``), else
    by the weekday the report under it (``lead``, its opening) names as today (``اليوم الأحد``) when it
    is one reading's only; None when nothing tells, or the evidence disagrees.  In the corpora's
    records with a day and month both 12 or less, today's weekday in the text's first 1,000
    characters named the record's date's weekday and not the swapped one's 1,923 times, the reverse 10."""
    orders = set()
    for text in texts:
        if any(ch.isdigit() for ch in text):
            for m in _patterns()["dmy"].finditer(norm(text)):
                first, second = int(m[1]), int(m[2])
                if (first > 12) != (second > 12) and max(first, second) <= 31:
                    orders.add("dmy" if first > 12 else "mdy")
    if not orders:
        numbers = _weekday_numbers()
        named = {numbers[name] for name in _today_weekday().findall(norm(lead))} if "اليوم" in lead else set()
        orders = {order for order, day in readings.items() if day.weekday() in named}
    return orders.pop() if len(orders) == 1 else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _offset(zone: str | None) -> str:
    if not zone:
        return ""
    zone = zone.lower()
    if zone in ("z", "gmt", "utc"):
        return "+00:00"
    return zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"


def _iso_match(m: re.Match[str]) -> str | None:
    day = _date(int(m[1]), int(m[2]), int(m[3]))
    if day is None:
        return None
    if m[4] is None or m[7] is None:  # a datetime without an offset keeps only its date
        return day.isoformat()
    seconds = int(m[6] or 0)
    return f"{day.isoformat()}T{int(m[4]):02d}:{m[5]}:{seconds:02d}{_offset(m[7])}"


def _from_match(kind: str, m: re.Match[str]) -> str | None:
    if kind == "iso":
        return _iso_match(m)
    if kind == "ymd":
        day = _date(int(m[1]), int(m[2]), int(m[3]))
    elif kind == "dmy":
        first, second = int(m[1]), int(m[2])
        # Arabic pages write day first; a "month" above 12 means the page wrote month first (when
        # both parts could be the month, the page's other dates may tell: page_date_order).
        day = _date(int(m[3]), first, second) if second > 12 else _date(int(m[3]), second, first)
    elif kind == "d_month_y":
        day = _date(int(m[3]), month_names()[m[2].rstrip(".")], int(m[1]))
    elif kind == "month_d_y":
        day = _date(int(m[3]), month_names()[m[1].rstrip(".")], int(m[2]))
    elif kind == "chat":
        day = _date(2000 + int(m[3]), int(m[2]), int(m[1]))
    elif kind == "hijri_ymd":
        day = umm_al_qura_day(int(m[1]), int(m[2]), int(m[3]))
    elif kind == "hijri_dmy":
        day = umm_al_qura_day(int(m[3]), int(m[2]), int(m[1]))
    else:  # hijri
        day = umm_al_qura_day(int(m[3]), _hijri_months()[m[2]], int(m[1]))
    return day.isoformat() if day else None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO value) of every full date in normalised ``text``, Gregorian before Hijri."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns().items():
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _from_match(kind, m)
            if value:
                found.append((m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    return found


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, str], ...]:
    rows = [(norm(label), kind) for kind, label in read_rows("date_labels.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


def date_label(line: str) -> str | None:
    """The kind (``published``/``updated``/``copied``) of the label opening a date line, None without one."""
    text = norm(line)
    return next((kind for label, kind in _labels() if text.startswith(label)), None)


# What may surround a date on a date line besides the date itself, once normalised.
_FILLER = re.compile(
    # a label or time zone in parentheses ("(آخر تحديث)", "(مكة المكرمة)"), before the lone brackets below
    r"\([^()\d]{2,30}\)|"
    r"\b(?:\d{1,2}:\d{2}(?::\d{2})?|(?:علي |في )?الساعه|ساعه|الموافق ل|الموافق|بتوقيت(?: [^\s\d]+){0,2}|توقيت|"
    r"صباحا|مساء|ص|م|هـ|ه|am|pm|gmt|utc|z|on|at)\b|[+-]\d{2}:?\d{2}|[|•·*,،:؛.\-–—/()\[\]]"
    # a print edition's issue number beside its date: "رقم العدد [14228]"
    r"|(?:رقم\s+)?العدد\s*[\[(]?\s*\d+\s*[\])]?"
)


def parse_date_line(line: str, max_words: int = 16) -> DateLine | None:
    """The date of a line that holds nothing but a date (with label, weekday, time, Hijri twin)."""
    if len(line) > 160 or not any(ch.isdigit() for ch in line):
        return None
    text = norm(line)
    if len(text.split()) > max_words:
        return None
    kind = "published"
    for label, label_kind in _labels():
        if text.startswith(label):
            text, kind = text[len(label):], label_kind
            break
    dates = find_dates(text)
    if not dates:
        return None
    rest = text
    for start, end, _ in sorted(dates, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = _FILLER.sub(" ", rest)
    if any(word not in weekday_names() for word in rest.split()):
        return _labelled_stamps(text, dates, kind)
    return DateLine(dates[0][2], kind)


def _labelled_stamps(text: str, dates: list[tuple[int, int, str]], kind: str) -> DateLine | None:
    """The published date of a line holding two labelled stamps (``نشر في: 9 أغسطس 2018 - 12:46 |
    آخر تحديث: 10 أغسطس 2018``): between the dates stand only a label, fillers and weekdays; a
    date without a label of its own (a Hijri twin) is of the kind before it."""
    kinds: list[tuple[str, str]] = []
    end = 0
    for start, stop, value in sorted(dates):
        words = _FILLER.sub(" ", text[end:start]).split()
        label = " ".join(w for w in words if w not in weekday_names())
        if label:
            kind = next((k for name, k in _labels() if name == label), "")
            if not kind:
                return None
        kinds.append((kind, value))
        end = stop
    if len(kinds) < 2 or any(w not in weekday_names() for w in _FILLER.sub(" ", text[end:]).split()):
        return None
    kind, value = next((stamp for stamp in kinds if stamp[0] == "published"), kinds[0])
    return DateLine(value, kind)


_ISO_VALUE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$"
)


def normalise_date(value: str | None) -> str | None:
    """A record's date as ISO: RFC 2822 and ISO datetimes keep time and offset, dates stay dates.

    ``Fri, 16 Feb 2018 22:08:10 +0400`` → ``2018-02-16T22:08:10+04:00``; ``2015-07-21 02:51:32``
    → ``2015-07-21T02:51:32``; Arabic date strings go through :func:`find_dates`.
    """
    if not value:
        return None
    value = value.strip()
    m = _ISO_VALUE.match(value)
    if m:
        if m[4] is None:
            return f"{m[1]}-{m[2]}-{m[3]}"
        zone = _offset(m[7]) if m[7] else ""
        return f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6] or '00'}{zone}"
    if value[:1].isalpha() and "," in value[:5] or value[:2].isdigit() and value[-5:-4] in "+-":
        try:
            return email.utils.parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError):
            pass
    found = find_dates(norm(value))
    return found[0][2] if found else value
