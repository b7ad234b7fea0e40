"""Turning a :class:`Parsed` expression into an ISO value, relative to the publication date."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.hijri import umm_al_qura_day
from khabar.times.interpret import Parsed

if TYPE_CHECKING:
    from hijridate import Hijri

_RFC = re.compile(r"^[A-Za-z]{3},")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_YMD = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=64)  # every unit of an article asks for the same stamp
def parse_published(value: str | None) -> dt.date | None:
    """The calendar date of a publication stamp (ISO, RFC 2822 or day/month/year), as written."""
    if not value:
        return None
    value = value.strip()
    m = _YMD.match(value)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DMY.match(value)
    if m:
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    stamp = _rfc_stamp(value)
    return stamp.date() if stamp is not None else None


def _rfc_stamp(value: str) -> dt.datetime | None:
    """The date and time of an RFC 2822 stamp (``Sat, 14 Jul 2018 22:28:33 GMT``), None for another form."""
    if not _RFC.match(value):
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift(anchor: dt.date, unit: str, n: int) -> str:
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return iso_week(anchor + dt.timedelta(weeks=n))
    if unit == "month":
        y, m = add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}"
    return f"{anchor.year + n:04d}"


#: A day and month without a year up to this many days after publication is the coming one: news
#: names near future dates without a year, and dates almost a year old with one.
SOON_DAYS = 62


def _soon(p: Parsed, anchor: dt.date) -> bool:
    if not p.day:
        # a month alone (في سبتمبر، منتصف مايو) is the coming one when it is the next month: news
        # names next month without a year, and the one eleven months back with الماضي or a year
        return p.month == add_months(anchor.year, anchor.month, 1)[1]
    if p.modifier:
        return False
    day = _safe_date(anchor.year, p.month or 1, p.day)
    if day is not None and day <= anchor:  # its next coming may be next year's (20 جانفي in December)
        day = _safe_date(anchor.year + 1, p.month or 1, p.day)
    return day is not None and 0 < (day - anchor).days <= SOON_DAYS


def _infer_year(p: Parsed, anchor: dt.date, future: bool) -> int:
    """The year of a day-month or month without one: the most recent past unless told otherwise."""
    if p.year_direction is not None:
        return anchor.year + p.year_direction
    direction = p.direction
    if direction == 0:
        return anchor.year
    if direction is None:
        direction = 1 if future or _soon(p, anchor) else -1
        strict = False
    else:
        strict = True
    here = (p.month or 1, p.day or 0)
    now = (anchor.month, anchor.day if p.day else 0)
    if direction < 0:  # (the one before the last, قبل الماضي, a year before that)
        return (anchor.year if (here < now if strict else here <= now) else anchor.year - 1) + direction + 1
    return anchor.year if (here > now if strict else here >= now) else anchor.year + 1


def _year_of_weekday(p: Parsed, guess: int) -> int:
    """With a weekday beside a day and month (الجمعة 22 حزيران), the year in which they agree."""
    for year in (guess, guess + 1, guess - 1):
        day = _safe_date(year, p.month or 1, p.day or 1)
        if day is not None and day.weekday() == p.weekday:
            return year
    return guess


#: How many days a publication stamp may be later than the day its text calls اليوم.
LATE_STAMP_DAYS = 4


def _relative_day(p: Parsed, anchor: dt.date) -> dt.date:
    """أمس، اليوم، غدا from the anchor; with a weekday beside it (اليوم الخميس، يوم غد الثلاثاء),
    the day of that weekday from four days before to two after: the text's weekday outweighs a
    stamp a few days off, mostly late (a crawl time, a late upload, a time zone)."""
    day = anchor + dt.timedelta(days=p.relday or 0)
    if p.weekday is None:
        return day
    day += dt.timedelta(days=(p.weekday - day.weekday() + LATE_STAMP_DAYS) % 7 - LATE_STAMP_DAYS)
    if (p.relday or 0) <= 0 and day > anchor:
        day -= dt.timedelta(weeks=1)  # today or yesterday is never after the stamp
    return day


#: From this hour of its own clock on, a stamp may lie a day before the text's today (see :func:`stated_day`).
EVENING_HOUR = 18
_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}):\d{2}")


def evening_stamp(value: str | None) -> bool:
    """Whether a publication stamp (ISO or RFC 2822) reads ``EVENING_HOUR`` or later on its own clock."""
    if not value:
        return False
    value = value.strip()
    m = _CLOCK.match(value)
    if m:
        return int(m.group(1)) >= EVENING_HOUR
    stamp = _rfc_stamp(value)
    return stamp is not None and stamp.hour >= EVENING_HOUR


def stated_day(readings: Iterable[tuple[Parsed, str | None]], anchor: dt.date | None,
               evening: bool = False) -> dt.date | None:
    """The day the text says it was written when the stamp is up to ``LATE_STAMP_DAYS`` later:
    every relative day with a weekday (اليوم الأربعاء، أمس الثلاثاء، غدا الخميس) names the same
    day as today.  A crawl time (SaudiNewsNet stamps the crawl, hours or days after the story)
    then moves every other اليوم and أمس of the article to the text's own day.  An ``evening`` stamp
    (:func:`evening_stamp`: 23:11 GMT, an edition put online the night before, a time zone east of the
    stamp's) may also lie a day before the text's today: its weekday one day after the stamp's, which
    :func:`_relative_day` put a week back (today is never after the stamp), is the stamp's next day."""
    days = {dt.date.fromisoformat(value) - dt.timedelta(days=p.relday)
            for p, value in readings
            if p.kind == "relday" and p.weekday is not None and p.relday is not None
            and value is not None and len(value) == 10}
    if anchor is None or len(days) != 1:
        return None
    day = days.pop()
    if evening and (anchor - day).days in (-1, 6):
        return anchor + dt.timedelta(days=1)
    return day if 0 < (anchor - day).days <= LATE_STAMP_DAYS else None


def _weekday(p: Parsed, anchor: dt.date, future: bool) -> str:
    assert p.weekday is not None
    back = (anchor.weekday() - p.weekday) % 7
    if p.direction == 1 or (p.direction is None and future):
        ahead = (p.weekday - anchor.weekday()) % 7
        if p.direction == 1 and ahead == 0:
            ahead = 7
        return (anchor + dt.timedelta(days=ahead)).isoformat()
    if p.direction is not None and p.direction < 0 and back == 0:
        back = 7
    weeks = -p.direction - 1 if p.direction is not None and p.direction < -1 else 0  # (الأحد قبل الماضي)
    return (anchor - dt.timedelta(days=back + 7 * weeks)).isoformat()


def tabular_hijri(year: int, month: int, day: int) -> dt.date | None:
    """The arithmetic (tabular) Islamic calendar: a day or so off Umm al-Qura, any year."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        return None
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return dt.date.fromordinal(jdn - 1721425)


def _umm_al_qura(day: dt.date) -> Hijri | None:
    """The Hijri date of ``day``, or None outside hijridate's Umm al-Qura tables (1924-2077): a
    number read as a year (شهر رمضان 1587 زيارة: a count) must not stop the article's analysis."""
    from hijridate import Gregorian

    try:
        return Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return None


def _hijri_year(p: Parsed, anchor: dt.date, future: bool) -> int | None:
    """The Hijri year of a day-month or month without one.  A direction decides first (شوال
    الجاري this year's, رمضان المقبل the next, الماضي the last); else the year under way when the
    date has begun, else the coming one when the sentence speaks of the future or it begins within
    ``SOON_DAYS`` (رمضان in Sha'ban is the coming Ramadan), else the past one."""
    now = _umm_al_qura(anchor)
    if now is None:
        return None
    if p.direction == 0:  # شوال الجاري
        return now.year
    here, today = (p.month or 1, p.day or 0), (now.month, now.day if p.day else 0)
    if p.direction is not None and p.direction > 0:  # رمضان المقبل: strictly after today
        return now.year if here > today else now.year + 1
    if p.direction is not None:  # ذي الحجة الماضي: strictly before today (قبل الماضي: a year before)
        return (now.year if here < today else now.year - 1) + p.direction + 1
    if (p.month or 1, p.day or 1) <= (now.month, now.day):
        return now.year
    start = _hijri_to_gregorian(now.year, p.month or 1, p.day or 1)
    soon = start is not None and (start - anchor).days <= SOON_DAYS
    return now.year if future or soon else now.year - 1


def _hijri_year_in(gregorian_year: int, month: int, day: int) -> int | None:
    """The Hijri year whose ``month``/``day`` falls in ``gregorian_year`` (the first, when two do)."""
    new_year = _umm_al_qura(dt.date(gregorian_year, 1, 1)) if 1 <= gregorian_year <= 9999 else None
    if new_year is None:
        return None
    first = new_year.year
    for year in (first, first + 1):
        day_of = _hijri_to_gregorian(year, month, day)
        if day_of is not None and day_of.year == gregorian_year:
            return year
    return first


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    # Umm al-Qura's tables cover 1343-1500 AH only: the tabular calendar past them.
    return umm_al_qura_day(year, month, day) or tabular_hijri(year, month, day)


#: The middle of a Hijri year (of 354 days): 15 Jumada al-Akhira.
_MID_MONTH, _MID_DAY = 6, 15


#: How many days a Hijri date with its weekday may lie off the Umm al-Qura tables' day and still
#: be read as that weekday's date (the month began a day earlier or later where it was written).
HIJRI_SIGHTING_DAYS = 1


def _hijri_year_value(year: int) -> str | None:
    """A Hijri year alone: the Gregorian year most of it falls in (1436 هـ: 2015)."""
    middle = _hijri_to_gregorian(year, _MID_MONTH, _MID_DAY)
    return f"{middle.year:04d}" if middle is not None else None


def _hijri(p: Parsed, anchor: dt.date | None, future: bool = False) -> str | None:
    year = p.year
    if year is None and p.gregorian_year is not None and p.month is not None:
        year = _hijri_year_in(p.gregorian_year, p.month, p.day or 1)
    if year is None:
        if anchor is None or p.month is None:
            return None
        year = _hijri_year(p, anchor, future)
    if year is None:
        return None
    if p.month is None:
        return _hijri_year_value(year)
    # (a month's value is the Gregorian month of the day its modifier points at: منتصف رمضان)
    greg = _hijri_to_gregorian(year, p.month, p.day or p.modifier_day or 1)
    if greg is None:
        return None
    if p.day:
        if p.weekday is not None:  # its weekday beside it decides a day either way: months begin by
            # sighting, a day off the Umm al-Qura tables in many countries (يوم الأربعاء 9 ذي الحجة 1436)
            off = (p.weekday - greg.weekday() + 3) % 7 - 3
            greg += dt.timedelta(days=off if abs(off) <= HIJRI_SIGHTING_DAYS else 0)
        return greg.isoformat()
    return f"{greg.year:04d}-{greg.month:02d}"


def _calendar(p: Parsed, anchor: dt.date | None, future: bool) -> str | None:
    if p.month is None:
        return f"{p.year:04d}" if p.year else None
    year = p.year
    if year is None:
        if anchor is None:
            return None
        year = _infer_year(p, anchor, future)
        if p.weekday is not None and p.day:
            year = _year_of_weekday(p, year)
    if p.day and not p.modifier:
        day = _safe_date(year, p.month, p.day)
        return day.isoformat() if day else None
    return f"{year:04d}-{p.month:02d}"


def _period(p: Parsed, anchor: dt.date) -> str | None:
    if p.period is None:
        return None
    direction = p.direction if p.direction is not None else 0
    if p.modifier and p.period == "week":
        return iso_week(anchor + dt.timedelta(weeks=direction))
    return _shift(anchor, p.period, direction)


#: The months a season covers after its first: three in all (winter: December to February).
_SEASON_MONTHS = 2


def _season(p: Parsed, anchor: dt.date) -> str | None:
    """The first month of the season ``p`` names: the last one over before the stamp's month
    (الصيف الماضي in August is last year's), the next one to begin after it (الصيف المقبل in
    July is next year's), or the one under way, else the next (الصيف الحالي، هذا الصيف)."""
    if p.season is None:
        return None
    now = anchor.year * 12 + anchor.month - 1
    starts = [year * 12 + p.season - 1 for year in range(anchor.year - 2, anchor.year + 2)]
    if p.direction is not None and p.direction < 0:
        start = max(s for s in starts if s + _SEASON_MONTHS < now)
    elif p.direction:
        start = min(s for s in starts if s > now)
    else:
        start = next((s for s in starts if s <= now <= s + _SEASON_MONTHS), min(s for s in starts if s > now))
    return f"{start // 12:04d}-{start % 12 + 1:02d}"


def _decade(p: Parsed, anchor: dt.date | None) -> str | None:
    if p.decade is None:
        return None
    if p.century in ("العشرين",) or (p.century in ("الماضي", "المنصرم") and anchor and anchor.year >= 2000):
        return f"19{p.decade}X"
    if p.century == "الحالي" and anchor:
        return f"{anchor.year // 100}{p.decade}X"
    return f"19{p.decade}X" if p.century is None else None


def is_vague(p: Parsed) -> bool:
    """Expressions no publication date could resolve: eras, frequencies, 'after some years'."""
    if p.kind in ("era", "frequency", "range"):
        return True
    return p.kind == "ago" and (p.count is None or (p.sign > 0 and not p.from_now))


def same_as_named(p: Parsed, last: str | None) -> str | None:
    """The year, month, week or day of the month a ``same`` expression names, that of ``last``, the
    time the text named last (في 2013 ... نهاية العام نفسه: 2013; في مارس 2016 ... 20 من الشهر ذاته:
    2016-03-20); None when it names no such unit (العام نفسه after a decade, الشهر نفسه after a year)."""
    if last is None or not last[:4].isdigit():
        return None
    if p.period == "year":
        return last[:4]
    if p.period == "day":  # في اليوم نفسه: a day named last, else none (after a month or year)
        return last if len(last) == 10 else None
    if p.period == "week" and "W" in last:
        return last
    if p.period == "week" and len(last) == 10:
        return iso_week(dt.date.fromisoformat(last))
    if p.period != "month" or len(last) < 7 or not last[5:7].isdigit():
        return None
    if p.day is None:
        return last[:7]
    day = _safe_date(int(last[:4]), int(last[5:7]), p.day)
    return day.isoformat() if day is not None else None


def resolve(p: Parsed, anchor: dt.date | None, future: bool = False) -> str | None:
    """The ISO value of ``p``; None when it needs a publication date that is missing."""
    if p.kind in ("era", "frequency", "range", "anaphor"):
        return None
    if p.kind == "decade":
        return _decade(p, anchor)
    if p.hijri:
        return _hijri(p, anchor, future)
    if p.month is not None or (p.year and p.kind in ("year", "date", "month", "numeric")):
        return _calendar(p, anchor, future)
    if anchor is None:
        return None
    if p.kind == "season":
        return _season(p, anchor)
    if p.kind == "monthday":
        y, m = add_months(anchor.year, anchor.month, p.direction or 0)
        day = _safe_date(y, m, p.day or 0) if p.day else None
        return day.isoformat() if day else None
    if p.kind == "ago":
        if p.count is None or p.unit is None or (p.sign > 0 and not p.from_now):
            return None
        return _shift(anchor, p.unit, p.sign * p.count)
    if p.relday is not None:
        return _relative_day(p, anchor).isoformat()
    if p.weekday is not None:
        return _weekday(p, anchor, future)
    if p.kind == "period" and p.period is not None:
        return _period(p, anchor)
    if p.year_direction is not None:
        return f"{anchor.year + p.year_direction:04d}"
    return None


def hijri_month_day(p: Parsed, anchor: dt.date | None) -> str | None:
    """A day of the current (or next, or last) month (15 من الشهر الجاري) read in the Hijri
    calendar: in an article that writes its dates in Hijri, the month under way is the Hijri one
    (the 27th of the month, told on 15 Shawwal, is 27 Shawwal)."""
    if p.kind != "monthday" or not p.day or anchor is None:
        return None
    now = _umm_al_qura(anchor)
    if now is None:
        return None
    months = now.year * 12 + now.month - 1 + (p.direction or 0)
    day = _hijri_to_gregorian(months // 12, months % 12 + 1, p.day)
    return day.isoformat() if day is not None else None


def range_end(p: Parsed, value: str | None) -> str | None:
    """The last day or year of a range written as one expression (3 - 5 مارس، 1936 - 1939), from
    the value of its first: the same number of days on, whatever the calendar it was written in;
    None for a last day its Gregorian month does not have."""
    if value is None:
        return None
    if p.end_day and p.day and len(value) == 10:
        first = dt.date.fromisoformat(value)
        last = first + dt.timedelta(days=p.end_day - p.day)
        # a Gregorian month holds both days (29 - 30 فبراير is a slip, not 1 March); a Hijri range
        # may run into the next Gregorian month (1 - 3 رمضان)
        return last.isoformat() if p.hijri or last.month == first.month else None
    if p.end_year and len(value) == 4:
        return _hijri_year_value(p.end_year) if p.hijri else f"{p.end_year:04d}"
    if p.kind == "season" and len(value) == 7:
        year, month = add_months(int(value[:4]), int(value[5:]), _SEASON_MONTHS)
        return f"{year:04d}-{month:02d}"
    return None


def reconcile_pair(greg: Parsed, hijri: Parsed, anchor: dt.date | None) -> str | None:
    """The date of a 'Hijri الموافق Gregorian' pair when the Gregorian half has no year of its own:
    the year in which both halves name the same day, or, when the Hijri half is a bare year (its day
    and month read apart), the year in which the Gregorian day falls in that Hijri year."""
    if greg.month is None or greg.day is None or anchor is None or (hijri.month is None and hijri.year is None):
        return None
    years = [anchor.year, anchor.year + 1, anchor.year - 1]
    if hijri.year is not None:  # (a Hijri year of its own dates the pair whatever the stamp: 6 شوال 1405هـ
        # الموافق 24 يونيو is 1985's; the Gregorian years around its Hijri day)
        near = _hijri_to_gregorian(hijri.year, hijri.month or 1, hijri.day or 1)
        years = [near.year, near.year + 1, near.year - 1] if near is not None else years
    for year in years:
        day = _safe_date(year, greg.month, greg.day)
        if day is None:
            continue
        h = _umm_al_qura(day)
        if h is None:
            continue
        if hijri.month is None:
            if h.year == hijri.year:
                return day.isoformat()
        elif h.month == hijri.month and (hijri.day is None or abs(h.day - hijri.day) <= 1):
            return day.isoformat()
    return None
