"""JSON Lines records: the record's own fields are taken as given; its ``text`` is still read for
furniture (upstream clutter, link tails, promotion lines), related blocks and a dateline, and its
``date`` is normalised to ISO 8601.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from khabar.structure.data import norm
from khabar.structure.dateline import known_places, split_dateline
from khabar.structure.dates import normalise_date
from khabar.structure.furniture import (
    clean_spaces,
    is_furniture,
    is_tag_line,
    split_inline_tail,
    split_leading_slider,
)
from khabar.structure.lines import byline_name, credit_parts, is_outlet_credit, related_header
from khabar.structure.related import headline_like, related_title

#: A credit line opening a record's text (``عين اليوم – الرياض``) is this short.
_CREDIT_LINE_MAX_WORDS = 14
_GLUED_CREDIT_MAX_WORDS = 6
#: A dash with no space on one side at least ("الاسم-المكان", "الاسم- المكان").
_GLUED_DASH = re.compile(r"\S[-–—]|[-–—]\S")
_DASH = re.compile(r"\s*([-–—])\s*")


@dataclass
class RecordFields:
    published: str | None = None
    byline: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    agency: str | None = None
    body: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


def record_text(raw: str) -> str:
    """The ``text`` of a raw JSON line ('' when there is none)."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError:
        return ""
    text = record.get("text") if isinstance(record, dict) else None
    return text if isinstance(text, str) else ""


def analyse_record_text(text: str, date: str | None = None) -> RecordFields:
    """Body, related, furniture and dateline of a record's text; its date as ISO."""
    out = RecordFields(published=normalise_date(date))
    in_related = False
    for original in text.splitlines():
        line = clean_spaces(original)
        slider, line = split_leading_slider(line)
        if slider:
            out.furniture.append(slider)
        if not line:
            continue
        if is_furniture(line, original):
            out.furniture.append(line)
            in_related = False
            continue
        related = related_header(line)
        if related is not None:
            if related:
                out.related.append(related)
            else:
                out.furniture.append(line)
                in_related = True
            continue
        if in_related and headline_like(line):
            out.related.append(related_title(line))
            continue
        in_related = False
        if out.body and is_outlet_credit(line):  # "فرانس24/ أ ف ب" after the text: agencies credited
            out.furniture.append(line)
            continue
        paragraph, tail = split_inline_tail(line)
        if tail:
            out.furniture.append(tail)
        if paragraph and tail and is_furniture(paragraph):  # "// يتبع //" before the tags
            out.furniture.append(paragraph)
        elif paragraph:
            out.body.append(paragraph)
    if out.body and is_tag_line(out.body[-1]):
        out.furniture.append(out.body.pop())
    _take_opening_credit(out)
    if out.body:
        found = split_dateline(out.body[0])
        if found:
            out.dateline, out.body[0], out.agency = found
    return out


def _take_opening_credit(out: RecordFields) -> None:
    """Move a short credit line opening the text (place/outlet/author) out of the body."""
    if len(out.body) < 2 or out.body[0].count(" ") >= _CREDIT_LINE_MAX_WORDS:
        return
    first = out.body[0]
    name = byline_name(first)
    parts = credit_parts(first, strict=False) if name is None else {"byline": name}
    parts = parts or _glued_credit(first)
    if not parts:
        return
    out.body.pop(0)
    out.byline = parts.get("byline") or parts.get("name")
    out.outlet = parts.get("outlet")
    out.dateline = parts.get("place")
    out.furniture.append(first)
    if not out.published and parts.get("date"):
        out.published = parts["date"]


def _glued_credit(line: str) -> dict[str, str] | None:
    """A reporter's name glued by a dash to an outlet or a place (``أميرة المولد-عين اليوم``,
    ``حامد القرشي- مكة المكرمة``): the name is two or three words naming no place."""
    if line.count(" ") >= _GLUED_CREDIT_MAX_WORDS or not _GLUED_DASH.search(line):
        return None
    parts = credit_parts(_DASH.sub(r" \1 ", line), strict=False)
    if not parts or not parts.keys() & {"outlet", "place"} or "name" not in parts:
        return None
    name = parts["name"].split()
    if not 2 <= len(name) <= 3 or any(w in known_places() or "ال" + w in known_places() for w in map(norm, name)):
        return None
    return parts
