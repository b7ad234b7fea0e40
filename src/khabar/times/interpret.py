"""Reading the parts of a detected time expression (folded text) into a :class:`Parsed`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from khabar.times.lexicon import Lexicon, alternation, lexicon
from khabar.times.patterns import BARE_DAYS, UNMARKED_HIJRI_YEAR

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_HIJRI_YEAR = re.compile(r"(?<!\d)(1[234]\d\d)(?!\d)")
#: A year of the Hijri century after عام with no mark (منذ عام 1428), as the hijri pattern finds it.
_UNMARKED_HIJRI_YEAR = re.compile(UNMARKED_HIJRI_YEAR)
_DAY = re.compile(r"(?<![\d/\-.])([0-3]?\d)(?![\d/\-.])")
#: A day before a slash and a Hijri month name (10/ رجب/ 1438), the name and year blanked out.
_SLASHED_DAY = re.compile(r"(?<!\d)([0-3]?\d)\s*/\s+/")
_NUM_DMY = re.compile(r"(?<!\d)([0-3]?\d)\s*([/\-.])\s*([01]?\d)\s*\2\s*(\d{4}|\d\d)(?!\d)")
_NUM_HIJRI = re.compile(r"(?<!\d)([0-3]?\d)\s*[/\-]\s*([01]?\d)\s*[/\-]\s*(1[34]\d\d)(?!\d)")
_NUM_HIJRI_YMD = re.compile(r"(?<!\d)(1[34]\d\d)\s*[/\-]\s*([01]?\d)\s*[/\-]\s*([0-3]?\d)(?!\d)")
_NUM_YMD = re.compile(r"(?<!\d)(\d{4})\s*([/\-.])\s*([01]?\d)\s*\2\s*([0-3]?\d)(?!\d)")
_COUNT = re.compile(r"(?<!\d)(\d{1,3})(?!\d)")
_WORD = re.compile(r"\w+")
#: اليوم or الليلة in a ``same`` expression (في اليوم نفسه): the day the text named last.
BARE_DAY = re.compile(rf"(?<!\w){alternation(BARE_DAYS)}(?!\w)")


@lru_cache(maxsize=1)
def _day_range() -> re.Pattern[str]:
    """Two days of one month joined into a range, a dash, و or a ``range_to`` word between (3 - 5،
    3 إلى 5، 10 وحتى 16، يومي 3 و4: the days from one to the other), and the days listed with و
    between them (group 2: أيام 25 و26 و27)."""
    words = alternation(lexicon().words["range_to"])
    return re.compile(rf"(?<![\d/\-.])([0-3]?\d)((?:\s*و\s*[0-3]?\d(?![\d/\-.]))*)"
                      rf"\s*(?:[-–]|و|و?(?:{words}))\s*([0-3]?\d)(?![\d/\-.])")


@dataclass
class Parsed:
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relday: int | None = None
    direction: int | None = None  # after a month or weekday: الماضي -1, المقبل +1, الجاري 0
    year_direction: int | None = None  # العام الماضي / من هذا العام
    period: str | None = None
    count: int | None = None
    unit: str | None = None
    sign: int = -1  # منذ/قبل -1, بعد +1
    from_now: bool = False
    modifier: bool = False
    hijri: bool = False
    gregorian_year: int | None = None  # a Hijri month with a Gregorian year: رمضان 2019
    decade: int | None = None
    century: str | None = None
    end_day: int | None = None  # the last day of a range of days: 3 - 5 مارس، من 3 إلى 5 مارس
    end_year: int | None = None  # the last year of a span of years: 1936 - 1939
    season: int | None = None  # a season's first month: الصيف الماضي 6
    modifier_day: int | None = None  # the day of a month its modifier points at: منتصف رمضان 15


@lru_cache(maxsize=32)  # one per lexicon class
def _phrase_regex(phrases: frozenset[str]) -> re.Pattern[str]:
    # a digit may stand glued on either side: في مايو2016, 24فيفري (a year or a day glued to its month)
    return re.compile(rf"(?<![^\W\d])(?:ال)?{alternation(phrases)}(?![^\W\d])")


#: id of a lexicon table -> (the table, its regex): tables live as long as the lexicon, and keying
#: by identity spares building and hashing a frozenset of the table's keys at every lookup.
_REGEX_BY_TABLE: dict[int, tuple[dict[str, int] | dict[str, str], re.Pattern[str]]] = {}


def _table_regex(phrases: dict[str, int] | dict[str, str]) -> re.Pattern[str]:
    known = _REGEX_BY_TABLE.get(id(phrases))
    if known is None or known[0] is not phrases:
        known = _REGEX_BY_TABLE[id(phrases)] = (phrases, _phrase_regex(frozenset(phrases)))
    return known[1]


def _find(phrases: dict[str, int] | dict[str, str], text: str) -> tuple[str, object, int] | None:
    if not phrases:
        return None
    m = _table_regex(phrases).search(text)
    if not m:
        return None
    key = m.group().strip()
    value = phrases.get(key, phrases.get(key[2:] if key.startswith("ال") else key))
    return key, value, m.start()


def _blank(text: str, key: str) -> str:
    return text.replace(key, " " * len(key), 1)


def _read_direction(lx: Lexicon, text: str, p: Parsed) -> str:
    year_rel = re.search(rf"(?:العام|السنه)\s+({alternation(lx.directions)})(?!\w)", text)
    if year_rel:
        p.year_direction = lx.directions[year_rel.group(1)]
        text = text[: year_rel.start()] + " " * len(year_rel.group()) + text[year_rel.end():]
    elif re.search(r"(?:هذا\s+العام|هذه\s+السنه)", text) and p.kind not in ("period",):
        p.year_direction = 0
    found = _find(lx.directions, text)
    if found:
        p.direction = int(found[1])  # type: ignore[call-overload]
    return text


def _read_numeric(text: str, p: Parsed) -> None:
    m = _NUM_DMY.search(text)
    if m:
        year = int(m.group(4))
        p.day, p.month, p.year = int(m.group(1)), int(m.group(3)), year + 2000 if year < 100 else year
        return
    m = _NUM_YMD.search(text)
    if m:
        p.year, p.month, p.day = int(m.group(1)), int(m.group(3)), int(m.group(4))


def _read_calendar(lx: Lexicon, text: str, p: Parsed) -> str:
    found = _find(lx.months, text)
    if found:
        p.month = int(found[1])  # type: ignore[call-overload]
        while found:  # blank every month name so ordinals such as الثاني are not read twice
            text = _blank(text, found[0])
            found = _find(lx.months, text)
    numeric = _NUM_HIJRI.search(text)
    if numeric and p.month is None:
        p.hijri, p.day, p.month, p.year = True, int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
        return text
    numeric = _NUM_HIJRI_YMD.search(text)
    if numeric and p.month is None:
        p.hijri, p.year, p.month, p.day = True, int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
        return text
    hijri = _find(lx.hijri_months, text)
    if hijri and p.month is None:
        p.hijri, p.month = True, int(hijri[1])  # type: ignore[call-overload]
        text = _blank(text, hijri[0])
    if re.search(r"(?:\d|\s)(?:هـ|ه|هجري|هجريه)(?!\w)", text) or _UNMARKED_HIJRI_YEAR.fullmatch(text.strip()):
        p.hijri = True
    years = (_HIJRI_YEAR if p.hijri else _YEAR).findall(text)
    if years:
        p.year = int(years[0])
        if (p.kind == "year" or p.hijri and p.month is None) and len(years) > 1 and int(years[1]) > p.year:
            p.end_year = int(years[1])  # one span: 1936 - 1939; 1436/1437هـ, a school or fiscal year
        text = text.replace(years[0], " " * len(years[0]), 1)
    elif p.hijri and _YEAR.search(text):
        found = _YEAR.search(text)
        p.gregorian_year = int(found.group(1))  # type: ignore[union-attr]
        text = text.replace(found.group(1), " " * 4, 1)  # type: ignore[union-attr]
    days = _day_range().search(text)
    day = _DAY.search(text)
    if days and p.month is not None and 1 <= int(days.group(1)) < int(days.group(3)) <= 31:
        p.day, p.end_day = int(days.group(1)), int(days.group(3))
        listed = [p.day, *map(int, re.findall(r"\d+", days.group(2))), p.end_day]
        if len(listed) > 2 and any(b != a + 1 for a, b in pairwise(listed)):
            p.end_day = None  # a list of days (أيام 4 و5 و8 و21 ديسمبر): the first, no span over the rest
    elif day and p.month is not None and 1 <= int(day.group(1)) <= 31:
        p.day = int(day.group(1))
    elif p.hijri and p.month is not None and (slashed := _SLASHED_DAY.search(text)):
        p.day = int(slashed.group(1))  # 10/ رجب/ 1438
    elif p.month is not None:
        ordinal = re.search(rf"({alternation(lx.ordinals)})\s+(?:من(?!\w)|لشهر)", text)  # (الرابع عشر لشهر يونيو)
        if ordinal:
            p.day = lx.ordinals[ordinal.group(1)]
        elif re.search(r"(?<!\w)(?:اول|غره)\s+(?:من\s+)?(?:شهر\s+)?(?=\s)", text):
            p.day = 1  # أول يناير، غرة شوال: the first of the month
    return text


def _read_ago(lx: Lexicon, text: str, p: Parsed) -> None:
    p.sign = 1 if text.startswith(("بعد", "مابعد")) else -1
    p.from_now = bool(re.search(r"من\s+الان$", text))
    words = _WORD.findall(text)
    for w in reversed(words):
        if w in lx.units:
            p.unit, p.count = lx.units[w]
            break
    count = _COUNT.search(text)
    if count:
        p.count = int(count.group(1))
    else:
        number = _find(lx.numbers, text)
        if number:
            p.count = int(number[1])  # type: ignore[call-overload]


def parse(kind: str, text: str) -> Parsed:
    """The parts of a detected expression; ``text`` is its folded form.  A copy of a cached reading:
    news repeats its time expressions (اليوم، العام الماضي), and the caller may change the copy."""
    return shallow_copy(_parse(kind, text))


def shallow_copy(parsed: Parsed) -> Parsed:
    """What ``copy.copy`` makes of a reading (a new object holding the same attribute values), without
    its general protocol (``__reduce_ex__``, a reconstructor): several times faster."""
    new = Parsed.__new__(Parsed)
    new.__dict__.update(parsed.__dict__)
    return new


@lru_cache(maxsize=8192)
def _parse(kind: str, text: str) -> Parsed:
    lx = lexicon()
    p = Parsed(kind)
    if kind == "ago":
        _read_ago(lx, text, p)
        return p
    if kind == "monthday":
        direction = _find(lx.directions, text)
        p.direction = int(direction[1]) if direction else 0  # type: ignore[call-overload]
        day = _COUNT.search(text)
        ordinal = re.match(rf"(?:يوم\s+)?({alternation(lx.ordinals)})\s+من", text)
        p.day = int(day.group(1)) if day else (lx.ordinals[ordinal.group(1)] if ordinal else None)
        return p
    if kind == "same":  # the unit, and a day of the month when one is named (20 من الشهر نفسه)
        period, day = _find(lx.periods, text), _COUNT.search(text)
        ordinal = re.match(rf"(?:يوم\s+)?({alternation(lx.ordinals)})\s+من", text)
        p.period = str(period[1]) if period else ("day" if BARE_DAY.search(text) else None)
        p.day = int(day.group(1)) if day else (lx.ordinals[ordinal.group(1)] if ordinal else None)
        return p
    if kind == "season":
        season, direction = _find(lx.seasons, text), _find(lx.directions, text)
        p.season = int(season[1]) if season else None  # type: ignore[call-overload]
        p.direction = int(direction[1]) if direction else 0  # type: ignore[call-overload]
        return p
    if kind == "decade":
        found = _find(lx.decades, text)
        p.decade = int(found[1]) if found else None  # type: ignore[call-overload]
        century = re.search(r"القرن\s+(\w+)", text)
        p.century = century.group(1) if century else None
        return p
    p.modifier = bool(re.match(rf"(?:{alternation(lx.words['modifier'])}|النصف|الربع)(?!\w)", text))
    modifier = re.match(rf"{alternation(lx.modifier_days)}(?!\w)", text)
    p.modifier_day = lx.modifier_days[modifier.group()] if modifier else None
    text = _read_direction(lx, text, p)
    if kind == "numeric":
        _read_numeric(text, p)
    text = _read_calendar(lx, text, p) if kind != "numeric" else text
    weekday = _find(lx.weekdays, text)
    if weekday:
        p.weekday = int(weekday[1])  # type: ignore[call-overload]
    relday = _find(lx.reldays, text)
    if relday and kind in ("relday", "date", "numeric", "weekday"):
        p.relday = int(relday[1])  # type: ignore[call-overload]
    elif re.search(r"(?:حد|حتي)\s+اللحظه", text):
        p.relday = 0
    period = _find(lx.periods, text)
    if period and kind == "period":
        p.period = str(period[1])
    return p


_CLOCK_MINUTES = re.compile(r"و\s*([0-5]?\d)\s+(?:دقيقه|دقائق|دق(?!\w))")
#: How far into the words beside a clock (a day expression, or what follows a clock alone) its
#: half of the day may be read: a period word opening them (صباح يوم ...، بعد الزوال).
BESIDE_CHARS = 12
_CLOCK_DIGITS = re.compile(r"(?:الساعه\s+)?([0-2]?\d)(?:\s*[:.,،٫]\s*([0-5]\d))?")


@lru_cache(maxsize=1024)
def clock_of(text: str, beside: str = "") -> str | None:
    """"HH:MM" of a folded clock expression (الساعه العاشره والنصف صباحا: 10:30), its half of the
    day from its own period word, else one opening ``beside``: the day expression it stands beside
    (الساعه السابعه من صباح يوم الاربعاء: 07:00) or, for a clock alone, the words right after it
    (الساعه الثانيه بعد الزوال الجمعه); None for an hour past 24."""
    lx = lexicon()
    digits = _CLOCK_DIGITS.match(text)
    minute = 0
    if digits:
        hour, minute = int(digits.group(1)), int(digits.group(2) or 0)
    else:
        word = _find(lx.clock_hours, text)
        if word is None:
            return None
        hour = int(word[1])  # type: ignore[call-overload]
    extra = _find(lx.clock_minutes, text)
    counted = _CLOCK_MINUTES.search(text)
    if counted:  # الساعة الثامنة و27 دقيقة
        minute = int(counted.group(1))
    elif extra is not None:
        minute += int(extra[1])  # type: ignore[call-overload]
        if minute < 0:
            hour, minute = hour - 1, minute + 60
    period = _find(lx.clock_periods, text) or _find(lx.clock_periods, beside[:BESIDE_CHARS])
    hour = _on_24_hours(hour, str(period[1]) if period else None)
    return f"{hour:02d}:{minute:02d}" if 0 <= hour < 24 else None


def half_of_day(words: str) -> tuple[str, int] | None:
    """The half of the day a ``clock_period`` word in folded ``words`` names (am, pm, noon, night)
    and where that word starts; None when none does."""
    found = _find(lexicon().clock_periods, words)
    return (str(found[1]), found[2]) if found is not None else None


def _on_24_hours(hour: int, period: str | None) -> int:
    """The hour on a 24-hour clock: pm adds 12 to 1-11; noon adds it to 1-5 (الواحدة ظهرا 13:00);
    night to 6-11 (العاشرة ليلا 22:00), and its 12 is midnight; am's 12 is midnight too."""
    if hour > 12 or period is None:
        return 0 if hour == 24 else hour
    if period == "pm" or (period == "noon" and hour < 6) or (period == "night" and 6 <= hour < 12):
        return hour + 12 if hour < 12 else 12
    if hour == 12 and period in ("am", "night"):
        return 0
    return hour
