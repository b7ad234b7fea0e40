"""Weekdays read beside the weekday before them: the morning a night runs into (ليل الاثنين
الثلاثاء), a weekday listed after a recurring one (أيام الاثنين والثلاثاء), a dual direction shared by
a pair (السبت والأحد القادمين), and the second of a pair (الثلاثاء والأربعاء: the day after the first's)."""

from __future__ import annotations

import datetime as dt
import re

from khabar.arabic.fold import fold_word
from khabar.times.interpret import Parsed, shallow_copy
from khabar.times.lexicon import lexicon
from khabar.times.ranges import Expression
from khabar.times.resolve import resolve


def _weekday_before(out: list[Expression]) -> Expression | None:
    """The expression read last in the unit when it is a weekday (its ``parsed`` there): what each
    rule here reads the weekday after it beside."""
    last = out[-1] if out else None
    return last if last is not None and last.parsed is not None and last.parsed.kind == "weekday" else None


def night_into(text: str, start: int, parsed: Parsed, value: str | None, anchor: dt.date | None,
                out: list[Expression]) -> str | None:
    """The weekday after a night of the day before (``night_into`` words: ليل الاثنين الثلاثاء، ليلة
    السبت إلى الأحد) is the morning that night runs into, the day after the night's own. Of the two
    readings that make them one night (the night's day and the next; the weekday's own day and the
    one before) the one whose morning lies nearer the publication wins, and sets the night's day too."""
    last = _weekday_before(out)
    if parsed.kind != "weekday" or parsed.relday is not None or parsed.direction is not None or last is None \
            or last.parsed.weekday is None or last.value is None or len(last.value) != 10 \
            or (last.parsed.weekday + 1) % 7 != parsed.weekday:
        return None
    lx = lexicon()
    between = fold_word(text[last.end:start]).split()
    night = fold_word(text[last.start:last.end]).rsplit(" ", 1)[0]
    if night not in lx.words["night_into"] or len(between) > 1 or (between and between[0] not in lx.words["range_to"]):
        return None
    day = dt.timedelta(days=1)
    morning = dt.date.fromisoformat(last.value) + day
    if value is not None and len(value) == 10 and anchor is not None \
            and abs((dt.date.fromisoformat(value) - anchor).days) < abs((morning - anchor).days):
        morning = dt.date.fromisoformat(value)  # (سيبدأ منتصف ليل الخميس الجمعة on a Friday: today's)
        last.value = (morning - day).isoformat()
    return morning.isoformat()


#: Between two weekdays of one list: و, a comma or both (أيام الاثنين والثلاثاء، السبت، والأحد); the
#: spaces after a comma are read with it, so a long run of spaces is not split two ways in turn.
_LIST_JOIN = re.compile(r"\s*(?:[،,]\s*)?و?")


def lists_on(text: str, start: int, parsed: Parsed, out: list[Expression]) -> bool:
    """A weekday listed right after a weekday of no value: أيام الاثنين والثلاثاء recur both."""
    last = _weekday_before(out)
    return parsed.kind == "weekday" and last is not None and last.value is None \
        and bool(_LIST_JOIN.fullmatch(text, last.end, start))


#: Between two weekdays that one dual direction after the second covers: و, spaces either side.
_PAIR_JOIN = re.compile(r"\s*و\s*")


def share_dual_direction(text: str, start: int, phrase: str, parsed: Parsed, value: str | None,
                          out: list[Expression], anchor: dt.date | None) -> None:
    """A weekday with a dual direction (يومي السبت والأحد القادمين، الثلاثاء والأربعاء الماضيين) gives
    it to the weekday before it, joined by و, that has none: the days before the second's ``value``
    when that day lies on the direction's side of the stamp, else the weekday with the direction."""
    last = _weekday_before(out)
    if parsed.kind != "weekday" or not parsed.direction or value is None \
            or anchor is None or last is None or last.parsed.direction is not None \
            or last.parsed.relday is not None or last.value is None or last.parsed.weekday is None \
            or parsed.weekday is None \
            or not _PAIR_JOIN.fullmatch(text, last.end, start) \
            or not (phrase.endswith("ين") or _after_dual_day(text, last.start)):
        return
    day = dt.date.fromisoformat(value) - dt.timedelta(days=(parsed.weekday - last.parsed.weekday) % 7)
    shared = shallow_copy(last.parsed)
    shared.direction = parsed.direction
    if (day > anchor) if parsed.direction > 0 else (day < anchor):
        last.value = day.isoformat()
    else:
        last.value = resolve(shared, anchor, last.future) or last.value
    last.parsed = shared


_WORD = re.compile(r"\w+")


def _after_dual_day(text: str, start: int) -> bool:
    """The pair opens with a ``dual_day`` word (يومي, two days; with a proclitic), the first word of its
    span or the word just before it: a singular direction after the second weekday covers both then
    (يومي الأربعاء و الخميس القادم)."""
    before = _WORD.findall(text, max(0, start - 15), start)[-1:]
    first = _WORD.findall(text, start, start + 12)[:1]
    duals = lexicon().words["dual_day"]
    return any(fold_word(w) in duals or fold_word(w)[1:] in duals for w in before + first)


#: Between the two weekdays of a pair: و or أو, spaces either side (الثلاثاء والأربعاء، الاثنين أو الثلاثاء).
_PAIR_OR = re.compile(r"\s*(?:و|او|أو)\s*")


def second_of_pair(text: str, start: int, end: int, parsed: Parsed, out: list[Expression]) -> str | None:
    """A weekday alone (one word) right after a dated weekday, joined by و or أو, is the first of its days after
    that one's: the pair names two days of one week (يزور القاهرة الثلاثاء والأربعاء told on a
    Thursday: the coming Tuesday and the Wednesday after it, not the Wednesday just past; زار
    الثلاثاء والأربعاء: the two days past). None when no such weekday stands before it."""
    last = _weekday_before(out)
    if parsed.kind != "weekday" or parsed.weekday is None or parsed.relday is not None \
            or parsed.direction is not None or last is None or last.parsed.weekday is None \
            or last.value is None or len(last.value) != 10 or last.parsed.weekday == parsed.weekday \
            or not _PAIR_OR.fullmatch(text, last.end, start) or len(_WORD.findall(text, start, end)) > 1:
        return None  # (a time of day of its own, ليل الجمعة وصباح يوم السبت: two times, read each alone)
    after = (parsed.weekday - last.parsed.weekday) % 7
    return (dt.date.fromisoformat(last.value) + dt.timedelta(days=after)).isoformat()
