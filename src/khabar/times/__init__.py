"""The ``times`` stage: time expressions with ISO values resolved against the publication date.

Detection (:mod:`~khabar.times.detect`) works on folded text and maps back to exact original
offsets; :mod:`~khabar.times.interpret` reads an expression's parts; :mod:`~khabar.times.resolve`
turns them into a value.  Without a publication date, relative expressions stay ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.arabic.fold import fold_word
from khabar.model import Article, TimeExpr
from khabar.times.detect import DAY_KINDS, Found, find
from khabar.times.headline import headline_weekdays_as_told
from khabar.times.interpret import BESIDE_CHARS, Parsed, clock_of, half_of_day, parse, shallow_copy
from khabar.times.lexicon import alternation, lexicon
from khabar.times.named_dates import named_date, occasion_day
from khabar.times.ranges import Expression, days_listed, link_ranges, share_clock_half
from khabar.times.resolve import (
    evening_stamp,
    hijri_month_day,
    is_vague,
    parse_published,
    range_end,
    reconcile_pair,
    resolve,
    same_as_named,
    stated_day,
)
from khabar.times.tense import clause_breaks
from khabar.times.weekdays import lists_on, night_into, second_of_pair, share_dual_direction


@dataclass
class Options:
    #: Keep expressions that no date could resolve (eras, frequencies, 'after some years').
    keep_vague: bool = False
    #: List each distinct expression (same words, same value) once in ``article.times``; every
    #: occurrence stays in ``annotations["time_mentions"]`` for later stages.
    distinct: bool = True


def analyse_text(text: str, published: str | None, last: str | None = None,
                 keep_vague: bool = False, names: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str | None]]:
    """(start, end, value) for every time expression in ``text``; ``last`` seeds آنذاك; ``names``
    are spans of names in ``text`` (read as no future verb: سيرغي is no سـ + verb)."""
    return [(e.start, e.end, e.value) for e in expressions(text, published, last, keep_vague, names)]


def expressions(text: str, published: str | None, last: str | None = None,
                keep_vague: bool = False, names: Sequence[tuple[int, int]] = (),
                detected: Sequence[tuple[Found, int, int, bool]] | None = None,
                hijri_months: bool = False) -> list[Expression]:
    """Every time expression in ``text`` with its value and, for a range, the value of its end;
    ``detected`` is what :func:`~khabar.times.detect.find` gave for ``text`` when already known
    (detection does not depend on the anchor: an article read again from another day reuses it);
    ``hijri_months``: the text's month under way is the Hijri one (:func:`writes_hijri_dates`)."""
    if detected is None:
        detected = find(text, names)
    try:
        return _resolved(text, parse_published(published), last, keep_vague, detected, hijri_months)
    except OverflowError:  # a stamp at the calendar's edge (0001-01-01, 9999-12-31: a placeholder)
        return _resolved(text, None, last, keep_vague, detected)  # unresolved, as with no stamp


#: A Hijri expression with a number in it: a day (19 رمضان) or a year (1436هـ), a date as written.
_NUMBERED = re.compile(r"\d")


def writes_hijri_dates(detected: Detected) -> bool:
    """Whether the article writes a Hijri date, a day or a year (6 شوال 1436هـ، 19 رمضان، العام
    1436هـ): its writer counts in Hijri months, and «15 من الشهر الجاري» is the Hijri month's 15th
    (Saudi papers); a Hijri month named alone (شهر رمضان) says nothing of the calendar."""
    return any(found.kind == "hijri" and _NUMBERED.search(found.text)
               for unit in detected.values() for found, *_ in unit)


def _resolved(text: str, anchor: dt.date | None, last: str | None, keep_vague: bool,
              detected: Sequence[tuple[Found, int, int, bool]], hijri_months: bool = False) -> list[Expression]:
    out = []
    anaphors = []
    for found, start, end, future in detected:
        if found.kind == "anaphor":
            anaphors.append(len(out))
            out.append(Expression(start, end, last))
            continue
        if found.kind == "same":  # العام نفسه، 20 من الشهر ذاته: of the time named last
            parsed = parse(found.kind, found.text)
            value = same_as_named(parsed, last)
            last = _antecedent(value, found.kind, found.text, last)
            out.append(Expression(start, end, value, parsed=parsed))
            continue
        if found.kind == "clock":  # a time of day with no day beside it: its sentence's day, if any, below
            out.append(Expression(start, end, None, clock=clock_of(found.text, found.after)))
            continue
        parsed = parse(found.kind, found.text)
        if days_listed(text, start, found.text, parsed):
            parsed.end_day = None  # يومي 7 و14 أكتوبر: two days, the first its value
        if is_vague(parsed) and not keep_vague:
            continue
        history = named_date(text, start, parsed)  # هجمات 11 سبتمبر: 2001-09-11
        unresolved = history is None and (_unresolved(text, start, parsed) or lists_on(text, start, parsed, out))
        value = None if unresolved else history or resolve(parsed, anchor, future)
        hijri_day = hijri_month_day(parsed, anchor) if hijri_months and not unresolved else None
        if hijri_day is not None and not (future and anchor is not None and hijri_day < anchor.isoformat()):
            value = hijri_day  # (not a Hijri day gone by in a sentence of the future: ستنطلق يوم 15 ...)
        if found.pair is not None and not (parsed.year and parsed.kind in ("date", "numeric")):
            # a Gregorian half without its own year (or a bare weekday): the Hijri half decides
            hijri = parse("hijri", found.pair.text)
            value = reconcile_pair(parsed, hijri, anchor) or resolve(hijri, anchor, future) or value
        value = _named_again(text, start, parsed, out) or _year_named_before(text, start, end, parsed, future, out, anchor) \
            or value
        value = _before_named(text, start, found.text, parsed, out) or night_into(text, start, parsed, value, anchor, out) \
            or second_of_pair(text, start, end, parsed, out) or value
        if value is not None and not future:
            value = _starting_from(text, start, parsed, anchor) or value
        yearly = _every_year_after(text, end, parsed)
        if yearly or _every_week_after(text, end, parsed):
            value = None  # (في 3 مايو من كل عام، يومي الخميس والجمعة من كل أسبوع: no one day)
        last = _antecedent(value, found.kind, found.text, last)
        clock = clock_of(found.clock, found.text) if found.clock else None
        share_dual_direction(text, start, found.text, parsed, value, out, anchor)
        out.append(Expression(start, end, value, range_end(parsed, value), parsed, future, clock, yearly))
    if anaphors:
        _anaphors_of_their_sentence(text, out, anaphors, anchor)
    _date_lone_clocks(text, out)
    share_clock_half(text, out)
    link_ranges(text, out, anchor)
    return out


def _anaphors_of_their_sentence(text: str, out: list[Expression], anaphors: list[int], anchor: dt.date | None) -> None:
    """An anaphor whose sentence names no time before it and one after it is that later time's
    (التي تبلغ آنذاك 40 عاما في غرفة فندق عام 2008: 2008, not the day before it the report was
    filed); and 'then' is never the stamp's day (آنذاك after الجمعة of the report: unresolved)."""
    today = anchor.isoformat() if anchor is not None else None
    at = set(anaphors)
    for i in anaphors:
        e = out[i]
        ends = [m.end() for m in _STOP_NOT_IN_NUMBER.finditer(text, 0, e.start)]
        opening = ends[-1] if ends else 0
        closing = _STOP_NOT_IN_NUMBER.search(text, e.end)
        closing_at = closing.start() if closing else len(text)
        if not any(k not in at and x.value is not None and x.start >= opening for k, x in enumerate(out[:i])):
            later = next((x for k, x in enumerate(out[i + 1:], i + 1) if k not in at and x.start < closing_at
                          and x.value is not None and x.value != today and _same_clause(text[e.end:x.start])), None)
            e.value = later.value if later is not None else e.value
        if e.value is not None and e.value == today:
            e.value = None


#: Punctuation that ends a clause between an anaphor and a later time.
_CLAUSE_MARK = re.compile(r"[،,؛;:«»\"()]")


@lru_cache(maxsize=1)
def _anaphor_breaks() -> frozenset[str]:
    """The clause breaks (detect's) and the ``range_to`` words, joined once."""
    return clause_breaks() | lexicon().words["range_to"]


def _same_clause(between: str) -> bool:
    """The words between an anaphor and a later time leave them in one clause: no punctuation, no
    word opening another clause (وتأجل، حتى، بعد: a later event's time is no antecedent)."""
    if _CLAUSE_MARK.search(between):
        return False
    breaks = _anaphor_breaks()
    words = fold_word(between).split()
    return not any(w in breaks or (w.startswith("و") and len(w) > 3) for w in words)


def _antecedent(value: str | None, kind: str | None, phrase: str, last: str | None) -> str | None:
    """What an anaphor after the expression ``phrase`` points back to: its value, unless it has none
    or a ``now`` word ends it (حاليا، حتى الآن), 'then' being no 'now' (آنذاك، وقتها take the last
    time named before it); ``last`` otherwise."""
    if value is None:
        return last
    if kind == "relday":
        words = fold_word(phrase).split()
        if any(words[-len(now.split()):] == now.split() for now in lexicon().words["now"]):
            return last  # (a now phrase may be two words: الوقت الحالي)
    return value


#: The word before an expression, past any opening quote and a يوم of the weekday's own:
#: ثورة "14 جانفي", لثورة 17 فبراير, كل يوم الجمعة.
_WORD_BEFORE = re.compile(r"(\w+)[\s\"«“']*(?:يوم\s+)?$")
#: The clitics a word before an expression may carry: و، ف، ب، ل، ك, and ال (الثورة، لأحداث، وبذكرى).
_CLITIC = re.compile(r"^[وف]?[بلك]?(?:ال)?")


def _unresolved(text: str, start: int, parsed: Parsed) -> bool:
    """The expression at ``start`` names no day of the calendar around the publication, so its
    value stays unknown: a day and month (or a month) with no year or direction after an
    ``occasion`` noun is a day of history (ثورة 14 جانفي، هجمات 11 سبتمبر، ذكرى 25 يناير), and a
    weekday after a ``weekday_habit`` word recurs (أيام السبت، كل يوم الجمعة)."""
    if parsed.hijri or parsed.year or parsed.direction is not None or parsed.year_direction is not None:
        return False
    if parsed.kind in ("date", "month"):
        cls = "occasion"
    elif parsed.kind == "weekday" and parsed.relday is None:
        cls = "weekday_habit"
    else:
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word, words = fold_word(m.group(1)), lexicon().words[cls]
    return word in words or _CLITIC.sub("", word) in words


#: Ends a sentence between a date and a weekday after it: a stop after a year's digits too (2017. وغادر).
_STOP_NOT_BEFORE_DIGIT = re.compile(r"[.!?؟](?!\d)|\n")


def _named_again(text: str, start: int, parsed: Parsed, out: list[Expression]) -> str | None:
    """A bare weekday that a date earlier in its sentence names too is that date's day (يوم الخميس
    25 ماي 2017 على الساعة 19 و44 دقيقة بالتوقيت العالمي أي يوم الخميس على الساعة الثامنة ليلا)."""
    if parsed.kind != "weekday" or parsed.relday is not None or parsed.direction is not None:
        return None
    for e in reversed(out):
        if e.parsed is not None and e.parsed.weekday == parsed.weekday and e.parsed.kind != "weekday" \
                and e.value is not None and len(e.value) == 10 and _STOP_NOT_BEFORE_DIGIT.search(text, e.end, start) is None:
            return e.value
    return None


#: How far (characters) before a day or month without a year the year its sentence named may stand.
YEAR_CARRY_REACH = 200
#: A year this many years or more before the stamp is the story's own past (a history told): it dates
#: the yearless days after it; a nearer one does so only with a ``same_year`` phrase after the day.
HISTORY_YEARS = 10


@lru_cache(maxsize=1)
def _same_year() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:من\s+)?{alternation(lexicon().words['same_year'])}(?!\w)")


@lru_cache(maxsize=1)
def _every_year() -> re.Pattern[str]:
    return re.compile(rf"[\s)]*(?:من\s+)?{alternation(lexicon().words['every_year'])}(?!\w)")


#: How many days before the stamp a weekday after a ``starting_from`` word may be and still be the past
#: one (فرض رسوم اعتبارا من الجمعة, told on a Sunday: that Friday).
STARTED_DAYS = 2


@lru_cache(maxsize=1)
def _starting() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)[وف]?{alternation(lexicon().words['starting_from'])}\s+من\s+(?:يوم\s+)?$")


def _starting_from(text: str, start: int, parsed: Parsed, anchor: dt.date | None) -> str | None:
    """A bare weekday after a ``starting_from`` word and من (اعتبارا من الأحد، ابتداء من يوم الخميس) is
    the day something starts from: the coming one, unless it is the stamp's day or up to
    ``STARTED_DAYS`` before (دخلت الخطوة حيز التنفيذ اعتبارا من يوم الاثنين, told on a Tuesday:
    already in force), whatever past verb announced it (أعلنت إسرائيل السبت إغلاق المعبر ابتداء من
    الأحد: the next day)."""
    if anchor is None or parsed.kind != "weekday" or parsed.weekday is None or parsed.relday is not None \
            or parsed.direction is not None:
        return None
    if _starting().search(fold_word(text[max(0, start - 40):start])) is None:
        return None
    back = (anchor.weekday() - parsed.weekday) % 7
    return None if back <= STARTED_DAYS else (anchor + dt.timedelta(days=7 - back)).isoformat()


def _every_year_after(text: str, end: int, parsed: Parsed) -> bool:
    """Whether an ``every_year`` phrase follows a day and month or a month (Hijri too) with no year
    of its own ending at ``end`` (3 مايو من كل عام، 14 رمضان من كل عام): a day that comes back each year."""
    return parsed.kind in ("date", "month", "hijri") and not parsed.year \
        and _every_year().match(fold_word(text[end:end + 30])) is not None


@lru_cache(maxsize=1)
def _every_week() -> re.Pattern[str]:
    """Weekdays joined by و (يوم between allowed), then an ``every_week`` phrase (من between allowed)."""
    days = alternation(lexicon().weekdays)
    return re.compile(rf"(?:\s*(?:[،,]\s*)?و\s*(?:يوم\s+)?{days}(?!\w))*\s*(?:من\s+)?"
                      rf"{alternation(lexicon().words['every_week'])}(?!\w)")


def _every_week_after(text: str, end: int, parsed: Parsed) -> bool:
    """Whether an ``every_week`` phrase follows a bare weekday ending at ``end``, or the weekdays listed
    with it (يومي الخميس والجمعة من كل أسبوع، يوم الإثنين من كل أسبوع): a day that comes back each week."""
    return parsed.kind == "weekday" and parsed.relday is None and parsed.direction is None \
        and _every_week().match(fold_word(text[end:end + 60])) is not None


def _same_year_after(text: str, end: int) -> bool:
    """Whether a ``same_year`` phrase follows the expression ending at ``end`` (من نفس العام)."""
    return _same_year().match(fold_word(text[end:end + 30])) is not None


def _year_named_before(text: str, start: int, end: int, parsed: Parsed, future: bool, out: list[Expression],
                       anchor: dt.date | None) -> str | None:
    """A day and month, or a month, with no year, direction or future verb after a bare year that
    sets the time of its sentence earlier on (``setting_year``; not after the publication's) is of
    that year: أصدر القرار عام 1981 ثم اغتيل يوم 14 أكتوبر (1981-10-14), not the last 14 October.
    Dates that took the year the same way pass it on (عام 1981 ... في 14 أكتوبر و20 نوفمبر); any
    other expression between stops it. A year less than ``HISTORY_YEARS`` back does so only when a
    ``same_year`` phrase follows the day (اعتقل في 2011 ثم في 9 أبريل من نفس العام)."""
    if parsed.kind not in ("date", "month") or future or anchor is None or parsed.year or parsed.hijri \
            or parsed.direction is not None or parsed.year_direction is not None:
        return None
    after = start  # (the start of the first expression the year would pass on to)
    for e in reversed(out):
        if e.parsed is None:  # a lone clock
            continue
        if start - e.end > YEAR_CARRY_REACH or _STOP_NOT_BEFORE_DIGIT.search(text, e.end, start) is not None:
            return None
        p = e.parsed
        if p.kind in ("date", "month") and p.year is None and not p.hijri and p.direction is None \
                and p.year_direction is None:
            after = e.start
            continue  # (a date before it without a year: the year before both decides)
        if p.kind != "year" or p.hijri or p.year is None or p.end_year is not None or p.year > anchor.year \
                or not _sets_the_year(text, e.start) or _joined(text[e.end:after]):
            return None
        if p.year > anchor.year - HISTORY_YEARS and not _same_year_after(text, end):
            return None  # (the accord signed in 2015 ... by 12 May: a recent year may only qualify a noun)
        dated = shallow_copy(parsed)
        dated.year = p.year  # (p.end_year is None: a span of years sets none)
        return resolve(dated, anchor, future)
    return None


def _sets_the_year(text: str, start: int) -> bool:
    """Whether the bare year at ``start`` is the time its sentence tells of: a ``setting_year`` word
    opens it or stands right before it (عام 1981، في 2011), not منذ 1991، منذ عام 1991 or 2016/2015,
    which only measure from it."""
    lx = lexicon()
    words = lx.words["setting_year"]
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    before = {fold_word(m.group(1)), _CLITIC.sub("", fold_word(m.group(1)))} if m is not None else set()
    if before & words:
        return True
    first = fold_word(text[start:start + 8]).split()[:1]
    # (عام opening it sets the time unless a word measuring from it stands before: منذ عام 1991، قبل عام 2011)
    return bool(first and first[0] in words) and not before & (lx.words["present_break"] | lx.words["range_to"])


def _joined(gap: str) -> bool:
    """Whether ``gap`` between two expressions holds only what joins a list or a range (و، إلى، حتى, a
    dash, brackets): بين يونيو 2014 ويناير is a span into the next year, no January of 2014."""
    lx = lexicon()
    return all(w == "و" or w in lx.words["range_to"] or _CLITIC.sub("", w) in lx.words["range_to"]
               for w in _GAP_WORD.findall(fold_word(gap)))


#: A word between two expressions; a conjunction glued to the next one's word is read with it.
_GAP_WORD = re.compile(r"\w+")


def _before_named(text: str, start: int, folded: str, parsed: Parsed, out: list[Expression]) -> str | None:
    """A year or month called the one *before* (``previous`` words: العام السابق، الشهر السابق) is the
    one before the last time its sentence named, not before the publication's (في 2017 سجلت 32 نقطة
    مقابل 34 العام السابق: 2016; في يناير بعد انخفاضها في الشهر السابق: December)."""
    if parsed.kind != "period" or folded.split()[-1] not in lexicon().words["previous"]:
        return None
    by_year = parsed.year_direction == -1 and parsed.period is None
    if not by_year and not (parsed.period == "month" and parsed.direction == -1):
        return None
    for e in reversed(out):
        if _STOP_NOT_IN_NUMBER.search(text, e.end, start) is not None:
            return None
        v = e.value
        if v is None or not v[:4].isdigit() or fold_word(text[e.start:e.end].split()[-1]) in lexicon().words["previous"]:
            continue  # (a month before the month before is no reading: both count from the month named)
        if by_year:
            return f"{int(v[:4]) - 1:04d}"
        if len(v) >= 7 and v[5:7].isdigit():
            year, month = int(v[:4]), int(v[5:7])
            return f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}"
    return None


#: Ends a sentence: a full stop with no digit on either side (no decimal or clock separator, 12.30), ! ? ؟
#: or a line break. A stop right after digits (2017. وغادر) ends none here; _STOP_NOT_BEFORE_DIGIT counts it.
_STOP_NOT_IN_NUMBER = re.compile(r"(?<!\d)[.!?؟](?!\d)|\n")
#: How far (characters) from a lone clock the day its sentence names may stand.
CLOCK_DAY_REACH = 120


def _date_lone_clocks(text: str, out: list[Expression]) -> None:
    """A clock with no day beside it takes the day its sentence names, within ``CLOCK_DAY_REACH``
    of it (اليوم الأربعاء ... وتنطلق المباراة على الساعة الثامنة), when that is the only day named there:
    a sentence of several days is a timetable (من الاثنين إلى الخميس من الساعة الثامنة، ويوم
    الجمعة من الساعة الثامنة) or a span, whose clocks name no one day."""
    now = lexicon().words["now"]
    days = [e for e in out if e.parsed is not None and e.parsed.kind in DAY_KINDS
            and (e.value is None or len(e.value) == 10)  # (None: a day that recurs, أيام السبت)
            and fold_word(text[e.start:e.end]) not in now]  # (حاليا: at present, no day named)
    clocks = [e for e in out if e.parsed is None and e.clock is not None and e.value is None]
    if not days or not clocks:
        return
    ends = [m.start() for m in _STOP_NOT_IN_NUMBER.finditer(text)]  # (once: searching each gap was cubic)
    for e in clocks:
        same = [d for d in days if not _ends_between(text, ends, min(d.end, e.end), max(d.start, e.start))]
        near = any(min(abs(d.start - e.end), abs(e.start - d.end)) <= CLOCK_DAY_REACH for d in same)
        if near and len({d.value for d in same}) == 1:
            e.value = same[0].value
            e.clock = _clock_in_days_half(text, e, same)


def _clock_in_days_half(text: str, clock: Expression, days: list[Expression]) -> str | None:
    """A lone clock with no half of the day of its own (nor right after it), in a sentence whose
    day opens with one (الليلة، مساء اليوم: يواجه الإفريقي الليلة ... بداية من الساعة العاشرة), is in
    that half (22:00), read as beside that day; days opening with different halves leave it as read."""
    if clock.clock is None or half_of_day(fold_word(text[clock.start:clock.end + BESIDE_CHARS])) is not None:
        return clock.clock
    halves = {}
    for d in days:
        words = fold_word(text[d.start:d.end])
        found = half_of_day(words[:BESIDE_CHARS])
        if found is not None and found[1] == 0:
            halves[found[0]] = words
    if len(halves) != 1:
        return clock.clock
    return clock_of(fold_word(text[clock.start:clock.end]), next(iter(halves.values()))) or clock.clock


def _ends_between(text: str, ends: list[int], lo: int, hi: int) -> bool:
    """Whether a sentence ends in ``text[lo:hi]``, as ``_STOP_NOT_IN_NUMBER.search(text, lo, hi)`` tells:
    an end of the whole text's (``ends``, ascending) before ``hi - 1``, or a mark at ``hi - 1``, read
    as where the text stops (a full stop right before the next expression's digit)."""
    if lo >= hi:
        return False
    i = bisect_left(ends, lo)
    return i < len(ends) and ends[i] < hi - 1 or _STOP_NOT_IN_NUMBER.search(text, hi - 1, hi) is not None


Detected = dict[tuple[str, int], list[tuple[Found, int, int, bool]]]


def _detect(article: Article) -> Detected:
    """Each text unit's expressions as found, before any anchor resolves them; none inside the name
    of an organisation (المصري اليوم, حركة 20 فبراير: a newspaper, a movement, no day), nor past the
    first word of a person's name (محمد الخميس, لويجي دي مايو: a family name, no Thursday or May)."""
    names = article.annotations.get("entity_mentions", {})
    detected = {}
    for field, paragraph, text in article.units():
        spans = names.get((field, paragraph), ())
        bodies = [(s, e) for s, e, _, kind in spans if kind == "ORG"]
        persons = [(s, e) for s, e, _, kind in spans if kind == "PER"]
        detected[(field, paragraph)] = [
            (found, start, end, future) for found, start, end, future in find(text, [(s, e) for s, e, *_ in spans])
            if not any(s <= start and end <= e for s, e in bodies)
            and not any(s < start and end <= e for s, e in persons)]  # (آنذاك opening a name: an overrun)
    return detected


def _same_date_again(e: Expression, dated: dict[tuple[int, int], str]) -> None:
    """A day and month the article named before with a direction (انتخابات يوم 26 فبراير
    شباط القادم) is the same day when named again bare (عند اختيار رئيس جديد يوم 26 فبراير), in any
    paragraph: the article's own date for it, not a new guess from the stamp; ``dated`` gathers those."""
    p = e.parsed
    if p is None or p.kind != "date" or p.hijri or p.month is None or p.day is None or p.end_day is not None \
            or e.value is None or len(e.value) != 10:
        return
    if p.direction is not None:  # (a year may be an earlier one's: ذكرى 30 يونيو 2013 ... في 30 يونيو)
        dated.setdefault((p.month, p.day), e.value)
    elif (p.month, p.day) in dated and p.year_direction is None:
        e.value = dated[(p.month, p.day)]


def _read(article: Article, published: str | None, options: Options,
          detected: Detected) -> tuple[list[TimeExpr], list[Expression]]:
    """Every time expression of the article, as mentions and as readings, against ``published``."""
    last: str | None = None
    mentions, readings = [], []
    dated: dict[tuple[int, int], str] = {}  # (month, day) -> the day an earlier mention gave its year
    hijri_months = writes_hijri_dates(detected)
    occasions: list[int] = []  # readings of a day of history with no year (أحداث 21 أغسطس)
    full: dict[tuple[int, int], str] = {}  # (month, day) -> the date a mention with its own year gave it
    for field, paragraph, text in article.units():
        for e in expressions(text, published, last, options.keep_vague, detected=detected[(field, paragraph)],
                             hijri_months=hijri_months):
            _same_date_again(e, dated)
            if e.value is None and e.parsed is not None and occasion_day(text, e.start, e.parsed):
                occasions.append(len(readings))  # (its year from a fuller mention, below)
            elif e.parsed is not None and e.parsed.year and not e.parsed.hijri and e.value and len(e.value) == 10:
                full.setdefault((int(e.value[5:7]), int(e.value[8:10])), e.value)
            last = _antecedent(e.value, e.parsed.kind if e.parsed is not None else None, text[e.start:e.end], last)
            readings.append(e)
            mentions.append(TimeExpr(text=text[e.start:e.end], field=field, paragraph=paragraph,
                                     start=e.start, end=e.end, value=e.value, value_end=e.value_end,
                                     clock=e.clock))
    for i in occasions:  # أحداث 21 أغسطس ... في 21 أغسطس عام 2011: 2011-08-21, the fuller mention's year
        day = (readings[i].parsed.month, readings[i].parsed.day)  # type: ignore[union-attr]
        readings[i].value = mentions[i].value = full.get(day)
    return mentions, readings


#: How many months ahead of the stamp a month read as to come (من المرجح أن يرفع الفائدة في سبتمبر) may
#: lie and still give its reading to the article's other bare mentions of it, read as the last one.
NEAR_MONTHS = 6


def _bare_month_or_day(e: Expression) -> bool:
    """A month, or a day and month, with no year, direction or Hijri calendar, and a value."""
    p = e.parsed
    return p is not None and p.kind in ("month", "date") and not p.hijri and p.year is None \
        and p.direction is None and p.year_direction is None and p.end_day is None and e.value is not None


def _one_reading_ahead(mentions: list[TimeExpr], readings: list[Expression], anchor: dt.date | None) -> None:
    """A bare month (or day and month) that a mention reads as to come by its future context, up to
    ``NEAR_MONTHS`` ahead of the stamp, is that one wherever else the article names it bare: a
    headline or a second mention with no future word of its own (الكويت: إقرار الضريبة قد يتم في
    أكتوبر over متوقعا أن يتم ذلك خلال دور الانعقاد الذي يبدأ في أكتوبر) was read as the last one, a
    year before. ``mentions`` and ``readings`` are aligned, one per expression."""
    if anchor is None:
        return
    here = anchor.year * 12 + anchor.month
    ahead: dict[tuple[int | None, int | None], str] = {}
    for e in readings:
        if e.future and _bare_month_or_day(e) and e.value is not None and len(e.value) >= 7:  # a month at least
            ahead_by = int(e.value[:4]) * 12 + int(e.value[5:7]) - here
            if 0 < ahead_by <= NEAR_MONTHS:
                ahead.setdefault((e.parsed.month, e.parsed.day), e.value)  # type: ignore[union-attr]
    if not ahead:
        return
    for i, (mention, e) in enumerate(zip(mentions, readings, strict=True)):
        coming = _coming(ahead, e.parsed) if _bare_month_or_day(e) else None  # type: ignore[arg-type]
        if coming is not None and not e.future and e.value == f"{int(coming[:4]) - 1}{coming[4:]}" \
                and not _tells_the_past(mentions, readings, i, f"{anchor.year:04d}-{anchor.month:02d}"):
            e.value = mention.value = coming


def _coming(ahead: dict[tuple[int | None, int | None], str], parsed: Parsed) -> str | None:
    """The reading to come of a bare month or day and month: its own, else for a day the year of its
    month's (الانتخابات المقررة في يونيو ... مبكرة في 24 يونيو: that June's 24th)."""
    own = ahead.get((parsed.month, parsed.day))
    month = ahead.get((parsed.month, None)) if parsed.day is not None else None
    return own or (f"{month}-{parsed.day:02d}" if month is not None else None)


def _tells_the_past(mentions: list[TimeExpr], readings: list[Expression], i: int, this_month: str) -> bool:
    """Whether the last month or day its paragraph named before mention ``i`` lies before the stamp's
    month: a story of the past told month by month (شهدت المفاوضات قفزة في تشرين الثاني/نوفمبر ...
    لكن في كانون الاول/ديسمبر افترق المفاوضون: last December, whatever the article says is to come)."""
    unit = (mentions[i].field, mentions[i].paragraph)
    for mention, e in zip(reversed(mentions[:i]), reversed(readings[:i]), strict=True):
        if (mention.field, mention.paragraph) != unit:
            return False
        if e.parsed is not None and e.parsed.kind in ("month", "date", "numeric") and e.value is not None:
            return e.value[:7] < this_month
    return False


def run(article: Article, options: Options) -> Article:
    detected = _detect(article)
    mentions, readings = _read(article, article.published, options, detected)
    published = parse_published(article.published)
    stated = stated_day([(e.parsed, e.value) for e in readings if e.parsed is not None], published,
                        evening_stamp(article.published))
    if stated is not None:  # a late stamp (a crawl time) or an evening one: the text's own day is the anchor
        mentions, readings = _read(article, stated.isoformat(), options, detected)
    _one_reading_ahead(mentions, readings, stated or published)
    headline_weekdays_as_told(article, mentions, readings)
    article.annotations["time_mentions"] = mentions
    if options.distinct:
        seen: set[tuple[str, str | None, str | None]] = set()
        distinct = []
        for t in mentions:
            key = (fold_word(t.text), t.value, t.value_end)
            if key not in seen:
                seen.add(key)
                distinct.append(t)
        mentions = distinct
    article.times = mentions
    return article
