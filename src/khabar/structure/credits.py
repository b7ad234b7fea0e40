"""Credit lines combining a page head's parts (``بقلم فلان | 14/11/2017``, ``أبوظبي - سكاي نيوز عربية``,
``سارة الحسن - مراسلة الصحيفة``) split into them."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.bylines import (
    NAME_MAX_WORDS,
    NOT_IN_NAMES,
    byline_name,
    opens_with_role,
)
from khabar.structure.data import norm, read_set
from khabar.structure.dateline import known_places
from khabar.structure.dates import parse_date_line
from khabar.structure.outlets import (
    is_outlet,
)
from khabar.structure.record_credit import is_desk

_CREDIT_MAX_WORDS = 14


_CREDIT_SEGMENT_WORDS = 4


_CREDIT_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[-–—/]\s+")


def role_byline(text: str) -> str | None:
    """The name of ``name - role`` (``سارة الحسن - مراسلة الصحيفة``): a reporter's role after a
    bare name of two to four words."""
    segments = [s.strip() for s in _CREDIT_SPLIT.split(text) if s.strip()]
    if len(segments) != 2 or text.count(" ") >= _CREDIT_MAX_WORDS:
        return None
    name, role = segments
    if not 2 <= name.count(" ") + 1 <= NAME_MAX_WORDS or any(ch.isdigit() or ch in NOT_IN_NAMES for ch in name):
        return None
    return name if opens_with_role(norm(role).split()) else None


_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:ص|م|am|pm))?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _posting_clients() -> frozenset[str]:
    """Apps a social post is sent from (resources/posting_clients.txt)."""
    return read_set("posting_clients.txt")


def credit_parts(text: str, strict: bool = True) -> dict[str, str] | None:
    """A credit line (``بقلم فلان | 14/11/2017``, ``أبوظبي - سكاي نيوز عربية``) split into its parts.

    ``strict`` asks for a date, byline or outlet among the parts; without it a place and a name
    (``الرياض - أحمد الشمالي``) are enough, for the opening line of a record's text.
    """
    if text.count(" ") >= _CREDIT_MAX_WORDS:
        return None
    segments = [s.strip() for s in _CREDIT_SPLIT.split(text) if s.strip()]
    if len(segments) < 2:
        return _place_and_date(text)
    parts: dict[str, str] = {}
    for seg in segments:
        if (date := parse_date_line(seg)) is not None:
            if "date" in parts:
                return None  # a range of dates (an archive's captures, a fair's days) credits nothing
            parts["date"] = date.value
        elif (name := byline_name(seg)) is not None:
            parts.setdefault("byline", name)
        elif seg.count(" ") >= _CREDIT_SEGMENT_WORDS or seg[-1] in ".؟?!:":
            return None  # a phrase or a sentence: this is text, not a credit line
        elif seg.count(" ") < 3 and norm(seg) in known_places() and "place" not in parts:
            parts["place"] = seg  # before outlets: cities also name newspapers (الرياض)
        elif is_outlet(seg):
            parts.setdefault("outlet", seg)
        elif norm(seg) in _posting_clients():
            continue  # the app a post was sent from ("May 18, 2018, 17:41 · Web") credits no one
        elif _CLOCK.fullmatch(seg) and any(byline_name(other) is not None for other in segments):
            continue  # the time the date is set with, on a writer's line ("14 مايو 2019 - 12:28 | بقلم فلان")
        elif any(ch in NOT_IN_NAMES for ch in seg):
            return None  # "رانيري : حلمي مات - 17/6/2018" is a dated headline
        elif is_desk(norm(seg)):
            continue  # a desk or a kind of copy ("عين اليوم – متابعات") credits no person
        elif not any(ch.isdigit() for ch in seg):  # ids and codes in a credit are skipped
            parts.setdefault("name", seg)
    if not parts.keys() & ({"date", "byline", "outlet"} if strict else {"date", "byline", "outlet", "place"}):
        return None
    if "date" in parts and "byline" not in parts and len(parts) > 1:
        # "author | date": what is credited is the line without its date (an outlet credited
        # there is both the outlet and the byline, as in records whose author is an agency).
        credit = text.replace(date_segment, " ") if (date_segment := _date_segment(segments)) else text
        parts["credit"] = " ".join(credit.split()).strip(" |•·-–—/")
    return parts


def _place_and_date(text: str) -> dict[str, str] | None:
    """A wire credit without separators: ``الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس``."""
    if not any(ch.isdigit() for ch in text):
        return None
    words = text.split()
    for size in (2, 1):
        place = " ".join(words[:size])
        if len(words) > size and norm(place) in known_places():
            date = parse_date_line(" ".join(words[size:]).rsplit(" ", 1)[0])
            date = date or parse_date_line(" ".join(words[size:]))
            if date is not None:
                return {"date": date.value, "place": place}
    return None


def _date_segment(segments: list[str]) -> str | None:
    return next((seg for seg in segments if parse_date_line(seg) is not None), None)
