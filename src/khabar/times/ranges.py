"""Ranges written as two expressions: 'من X إلى Y', 'من X وحتى Y', 'بين X و Y'.

The first end keeps its own value and takes the second's as its ``value_end``; a first end
without a year of its own (من 15 يونيو وحتى 15 سبتمبر 2015، من 30 نوفمبر وحتى 2 ديسمبر المقبلين)
takes the year of the second, as does the first of two joined by و alone (في مايو ويونيو 1999), a
list, not a range.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from khabar.arabic.fold import fold_word
from khabar.times.interpret import Parsed, clock_of, half_of_day, shallow_copy
from khabar.times.lexicon import lexicon
from khabar.times.resolve import resolve

#: What stands between the two ends: a dash or a range_to word (إلى، حتى، لغاية) after من، منذ or بين,
#: or و after بين.
_DASHES = frozenset("-–")
_WORD = re.compile(r"\w+")
#: A word of letters or a number: digits glued to a word are a word of their own (بين العامين2011:
#: بين العامين, the digits glued to the dual).
TOKEN = re.compile(r"\d+|[^\W\d]+")
#: The kinds a range joins: dates, months, years and weekdays (من الاثنين إلى الخميس).
_CALENDAR = frozenset({"date", "month", "numeric", "hijri", "year", "weekday"})


#: Two days of one month joined by و alone (folded): يومي 7 و14 أكتوبر.
_TWO_DAYS = re.compile(r"(?<!\d)([0-3]?\d)\s*و\s*([0-3]?\d)(?!\d)")


def days_listed(text: str, start: int, folded: str, parsed: Parsed) -> bool:
    """Whether the two days of a date joined by و alone are two days, not a span: not next to each
    other, and no بين before them (يومي 7 و14 أكتوبر: the 7th and the 14th, not the week between;
    بين 11 و14 فبراير and يومي 20 و21 مارس span their days)."""
    pair = _TWO_DAYS.search(folded)
    if parsed.end_day is None or parsed.day is None or pair is None or parsed.end_day - parsed.day <= 1 \
            or (int(pair.group(1)), int(pair.group(2))) != (parsed.day, parsed.end_day):
        return False
    before = _WORD.findall(text[max(0, start - 20):start])
    return not before or fold_word(before[-1]) not in lexicon().words["range_between"]


@dataclass
class Expression:
    """One time expression of a unit while ranges are read: original span, value, parts."""

    start: int
    end: int
    value: str | None
    value_end: str | None = None
    parsed: Parsed | None = None
    future: bool = False
    clock: str | None = None  # "HH:MM" the expression states
    yearly: bool = False  # a day that comes back each year (3 مايو من كل عام): no value


def range_opener(text: str, start: int) -> str:
    """The folded word before ``start`` (من، بين), its conjunction left off; a dual naming the
    ends' unit is passed over (بين شهري ديسمبر ويناير: بين)."""
    words = TOKEN.findall(fold_word(text[max(0, start - 30):start]))
    if len(words) > 1 and words[-1] in lexicon().words["range_unit"]:
        words.pop()
    word = words[-1] if words else ""
    if word[:1] not in ("و", "ف"):
        return word
    # (a three-letter word after و/ف keeps it, but for an opener: فمن عام 1966 إلى 1981)
    lx = lexicon()
    return word[1:] if len(word) > 3 or word[1:] in lx.words["range_from"] or word[1:] in lx.words["range_between"] \
        else word


def _joined(text: str, first: Expression, second: Expression) -> bool:
    """Whether the text between the two reads as one range from the first to the second."""
    between = fold_word(text[first.end:second.start])
    opener = range_opener(text, first.start)
    words = lexicon().words
    word = between.strip()
    if word in _DASHES or word.removeprefix("و") in words["range_to"]:
        return opener in words["range_from"]
    return word == "و" and opener in words["range_between"]


def _with_year_of(first: Parsed, second: Parsed, value: str) -> Parsed | None:
    """``first`` given the year of the second end (its ``value``) when it has none of its own: the
    same year, or the one before when its month comes later (من 20 ديسمبر إلى 5 يناير 2015)."""
    if first.year is not None or first.year_direction is not None or first.month is None or second.month is None:
        return None
    if first.hijri or second.hijri or first.kind not in ("date", "month") or (first.direction is not None):
        return None
    copy = shallow_copy(first)
    later = (first.month, first.day or 0) > (second.month, second.day or 0)
    copy.year = int(value[:4]) - 1 if later else int(value[:4])
    return copy


def _not_before(start: str, end: str) -> bool:
    """ISO values of two granularities compared on what both give (2015-06 and 2015-09-15)."""
    n = min(len(start), len(end))
    return start[:n] <= end[:n]


def link_ranges(text: str, found: list[Expression], anchor: dt.date | None) -> None:
    """Give the first end of every range in ``found`` (one unit's expressions, in order) the value
    of the second as its ``value_end``, in place."""
    for first, second in zip(found, found[1:], strict=False):
        if second.yearly and first.parsed is not None and first.parsed.kind in ("date", "month", "hijri") \
                and not first.parsed.year and _joined(text, first, second):
            first.value = None  # (ما بين فبراير ومايو من كل سنة: every year's, as its end)
            continue
        if first.parsed is None or second.parsed is None or second.value is None:
            continue
        if first.parsed.kind not in _CALENDAR or second.parsed.kind not in _CALENDAR:
            continue
        if not _joined(text, first, second):
            if second.parsed.year is not None and fold_word(text[first.end:second.start]).strip() == "و":
                # a list of two sharing the second's year: في مايو ويونيو 1999، في 3 يناير و5 فبراير 2014
                listed = _with_year_of(first.parsed, second.parsed, second.value)
                first.value = (resolve(listed, anchor, first.future) or first.value) if listed else first.value
            continue
        dated = _with_year_of(first.parsed, second.parsed, second.value)
        if dated is not None:
            first.value = resolve(dated, anchor, first.future) or first.value
        if first.value is not None and _not_before(first.value, second.value) and first.value_end is None:
            first.value_end = second.value


def share_clock_half(text: str, found: list[Expression]) -> None:
    """The first clock of a range with no half of the day of its own takes the second's when its hour
    is not after the second's (من الساعة السادسة وحتى العاشرة مساء: 18:00, not 06:00; من الساعة الثامنة
    وحتى الثانية عشرة ليلا: 20:00); an hour after it is of the other half and stays as read (من الساعة
    التاسعة حتى الثالثة بعد الظهر: 09:00)."""
    for first, second in zip(found, found[1:], strict=False):
        if first.clock is None or second.clock is None or not _joined(text, first, second):
            continue
        own = fold_word(text[first.start:first.end])
        if half_of_day(own) is not None or clock_of(own) != first.clock:
            continue  # (a half of its own, or one its sentence's day gave it)
        words = fold_word(text[second.start:second.end])
        half = half_of_day(words)
        if half is None or int(first.clock[:2]) > (int(second.clock[:2]) % 12 or 12):
            continue
        first.clock = clock_of(own, words[half[1]:]) or first.clock
