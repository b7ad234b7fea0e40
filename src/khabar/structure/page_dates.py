"""The page's date among the date lines of a text dump: which one is the article's, and the date
(and place) a credit line or a wire's dateline carries when no date line is the article's own.

Split out of :mod:`khabar.structure.layout`, which reads the page's other fields.
"""

from __future__ import annotations

import re

from khabar.model import PageFields
from khabar.structure.data import norm
from khabar.structure.dates import ambiguous_readings, date_label, find_dates, page_date_order
from khabar.structure.lines import CREDIT, DATE, RELATED_ITEM, Line
from khabar.structure.outlets import is_outlet

HEAD_LINES = 8  # lines after the headline where the page head (byline, date) may sit
CREDIT_DATE_MAX_WORDS = 16
_LEAD_CHARS = 1000  # the opening of the report under a date line, where it names today's weekday


def credit(lines: list[Line], key: str) -> str | None:
    """The ``key`` part (date, outlet, byline, place) of the first credit line that has one."""
    return next((ln.parts[key] for ln in lines if ln.kind == CREDIT and key in ln.parts), None)


def published(lines: list[Line], head: int, reopened: int | None = None) -> tuple[str | None, list[str]]:
    """(the article's date, the page's other date lines): the first published-kind date line,
    passing over the copy's own date above a repeat of the headline and a top bar's date over it."""
    dates = [ln for ln in lines if ln.kind == DATE and ln.date]
    chosen = next((ln for ln in dates if ln.date and ln.date.kind == "published"), None)
    if reopened is not None and chosen is not None and lines.index(chosen) < reopened:
        # The page proper begins at the headline's repeat: a date above it is the copy's (the day a
        # note was clipped), one under it the article's.
        chosen = next((ln for ln in lines[reopened:] if ln.kind == DATE and ln.date and ln.date.kind == "published"),
                      chosen)
    if chosen is not None and lines.index(chosen) < head and not date_label(chosen.text):
        # An unlabelled date over the headline is the top bar's (the day the page was seen) when
        # the headline has a date of its own just under it.
        under = lines[head + 1:head + 1 + HEAD_LINES]
        dated = next((ln for ln in under if ln.kind == DATE and ln.date and ln.date.kind == "published"), None)
        if dated is None and (credited := credit(under, "date")):
            return credited, [ln.text for ln in dates]
        chosen = dated or chosen
    if chosen is None:
        credited = credit(lines, "date")
        if credited:
            return credited, [ln.text for ln in dates]
        chosen = dates[0] if dates else None
    others = [ln.text for ln in dates if ln is not chosen]
    if chosen is None or chosen.date is None:
        return None, others
    value = chosen.date.value
    # Both parts of its numeric date could be the month (04-05-2018): the page's other dates may tell its order.
    if ((readings := ambiguous_readings(chosen.text)) and value in {day.isoformat() for day in readings.values()}
            and (order := page_date_order([ln.text for ln in lines if ln is not chosen], readings,
                                          "\n".join(ln.text for ln in lines[lines.index(chosen) + 1:])[:_LEAD_CHARS])
                 or _clock_order(chosen.text))):
        value = readings[order].isoformat()
    return value, others


#: A numeric date with slashes and a time on a 12-hour clock marked in Latin letters (``3/5/2018 10:42 AM``).
_SLASHED_TWELVE_HOUR = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s?[AaPp][Mm]\b")


def _clock_order(text: str) -> str | None:
    """``mdy`` for an ambiguous slashed date set with a Latin AM/PM time (``3/5/2018 10:42 AM``): the
    English (US) locale's stamp (``M/d/yyyy h:mm tt``) as chat exporters and mail clients write it,
    month first; None otherwise (a dashed one, ``04-05-2018 03:12 PM``, keeps the day first)."""
    return "mdy" if _SLASHED_TWELVE_HOUR.search(text) else None


def date_in_credits(lines: list[Line], body: list[int], deck: str | None) -> str | None:
    """A date inside a short line around the body (``نشر في 14 نوفمبر 2017 بواسطة فلان``)."""
    first, last = (body[0], body[-1]) if body else (len(lines), -1)
    for k, line in enumerate(lines):
        if first <= k <= last or line.kind == RELATED_ITEM or line.text == deck:
            continue
        if line.text.count(" ") < CREDIT_DATE_MAX_WORDS and any(ch.isdigit() for ch in line.text):
            found = find_dates(norm(line.text))
            if found:
                return found[0][2]
    return None


def date_in_dateline(page: PageFields, lines: list[Line], body: list[int]) -> str | None:
    """The date a wire's dateline carries (``الرياض 19 ذو الحجة 1439 هـ الموافق 30 أغسطس 2018 م واس``)."""
    if page.dateline is None or not body or not page.body:
        return None
    opening = lines[body[0]].text
    if not opening.endswith(page.body[0]):
        return None
    found = find_dates(norm(opening[:len(opening) - len(page.body[0])]))
    return found[0][2] if found else None


def wire_place(head_lines: list[Line]) -> str | None:
    """The place of a wire's place-and-date line set over the text (``عمان 3 شوال 1439 هـ الموافق 17
    يونيو 2018 م بترا``), or of an outlet's credit naming the place and nothing else (``عنب بلدي –
    إدلب``): the dateline, on a line of its own."""
    return next((ln.parts["place"] for ln in head_lines if ln.kind == CREDIT and (
        set(ln.parts) == {"date", "place"} and is_outlet(ln.text.rsplit(" ", 1)[-1])  # closed by the agency's code
        or set(ln.parts) == {"outlet", "place"})), None)
