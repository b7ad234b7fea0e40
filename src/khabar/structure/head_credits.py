"""Who and what the page head credits under the headline: dated credit lines, a reporter's bare
name beside the date, the agency or reporter a credit line names."""

from __future__ import annotations

import re

from khabar.model import PageFields
from khabar.structure.bylines import byline_name
from khabar.structure.data import norm
from khabar.structure.dateline import known_places
from khabar.structure.dates import (
    find_dates,
    parse_date_line,
)
from khabar.structure.furniture import is_forum_meta
from khabar.structure.headline import (
    BARE_NAME_MAX_WORDS,
    NAME_STOPS,
)
from khabar.structure.lines import BYLINE, CREDIT, DATE, FURNITURE, TEXT, Line
from khabar.structure.page_dates import (
    CREDIT_DATE_MAX_WORDS,
    HEAD_LINES,
    credit,
)
from khabar.structure.record_credit import split_credit
from khabar.structure.regions import is_prose

_CREDIT_DATE_MAX_OTHER_WORDS = 6
_PLACE_DASH_NAME = re.compile(r"(?P<place>[^-–—ـ]+?)\s+[-–—ـ]+\s+(?P<name>[^-–—ـ]+)")
_CREDIT_PARAGRAPH_MAX_WORDS = 8  # a credit set as the text's first paragraph is short
_POSTER_META_LINES = 3  # lines under a forum poster's name where the post's meta (counters, buttons) sits


def mark_dated_credits(lines: list[Line], head: int) -> None:
    """A short head line holding a date among a few words (``نشر في 14 نوفمبر 2017 بواسطة فلان``):
    not after two paragraphs of prose, where a line holding a date is the text's (a paragraph's first
    line, cut there by a page break)."""
    prose = 0
    for k in range(head + 1, min(len(lines), head + 1 + HEAD_LINES)):
        line = lines[k]
        if prose >= 2:
            return
        prose += is_prose(line)
        if line.kind != TEXT or line.text.count(" ") >= CREDIT_DATE_MAX_WORDS:
            continue
        if not any(ch.isdigit() for ch in line.text):
            continue
        key = norm(line.text)
        found = find_dates(key)
        if not found:
            continue
        start, end, value = found[0]
        if (key[:start] + " " + key[end:]).count(" ") > _CREDIT_DATE_MAX_OTHER_WORDS + 1:
            continue  # a sentence that mentions a date
        line.kind, line.parts = CREDIT, {"date": value}
        words = line.text.split()
        for i in range(len(words)):
            name = byline_name(" ".join(words[i:]))
            if name and not find_dates(norm(name)):
                line.parts["byline"] = name
                break
        else:
            if name := _bare_name_before_date(words):
                line.parts["byline"] = name


def _bare_name_before_date(words: list[str]) -> str | None:
    """The plain name a post's meta line opens with, before its date (``سارة الحسن 14 مايو 2019``)."""
    for size in range(BARE_NAME_MAX_WORDS, 1, -1):
        name = " ".join(words[:size])
        if (len(words) > size and not any(ch.isdigit() or ch in NAME_STOPS for ch in name)
                and parse_date_line(" ".join(words[size:])) is not None):
            return name
    return None


def mark_bare_bylines(lines: list[Line], head: int) -> None:
    """A bare name next to a date line in the page head is the byline (``سارة الحسن`` / date)."""
    for k in range(head + 1, min(len(lines), head + 1 + HEAD_LINES)):
        line = lines[k]
        if (line.kind != TEXT or not 0 < line.text.count(" ") < BARE_NAME_MAX_WORDS
                or any(ch.isdigit() for ch in line.text) or line.text[-1] in ".؟?!:،,\"'»”"):
            continue
        neighbours = (lines[k - 1].kind if k - 1 > head else None, lines[k + 1].kind if k + 1 < len(lines) else None)
        if any(is_forum_meta(ln.text) for ln in lines[k + 1:k + 1 + _POSTER_META_LINES]):
            line.kind = FURNITURE  # a forum poster's name over the post's meta, not the article's author
        elif DATE in neighbours or CREDIT in neighbours:
            # "كتب محمد أحمد": a byline word without its colon still opens the line
            line.kind, line.value = BYLINE, byline_name(line.text, loose=True) or _after_place(line.text) or line.text


def _after_place(text: str) -> str | None:
    """The name after the place a reporter files from (``بغداد ــ سارة الحسن``, the dash a run of
    kashidas or any dash between spaces), else None."""
    m = _PLACE_DASH_NAME.fullmatch(text)
    return m["name"] if m and norm(m["place"]) in known_places() else None


def first_value(lines: list[Line], kind: str) -> str | None:
    return next((ln.value for ln in lines if ln.kind == kind and ln.value), None)


def credited(lines: list[Line], head: int) -> str | None:
    """What a dated credit under the headline credits (an agency, as records name their author),
    unless it is the site whose name heads the page (``صحيفة الأفق - النشرة اليومية`` over the
    headline, ``صحيفة الأفق / 2 Jul 2018``: the site's own stamp on its copy, no writer)."""
    name = credit(lines[head + 1:], "credit")
    if name and any(norm(line.text).startswith(norm(name)) for line in lines[:head]):
        return None
    return name


def outlet_credit_name(lines: list[Line]) -> str | None:
    """The name an outlet credits under the headline (``هسبريس - سارة الحسن``): its reporter."""
    return next((ln.parts["name"] for ln in lines if ln.kind == CREDIT and {"outlet", "name"} <= ln.parts.keys()), None)


def take_credit_paragraph(page: PageFields) -> None:
    """A short first paragraph that is a credit line naming the place reported from and the paper, its
    writer or an agency (``لندن: سارة الحسن``, ``دبي: «الشرق الأوسط»``, ``عنب بلدي – إدلب``): the
    dateline, the byline (a person, never the paper), the outlet and the agency, not a paragraph."""
    if page.dateline or len(page.body) < 2 or page.body[0].count(" ") >= _CREDIT_PARAGRAPH_MAX_WORDS:
        return
    found = split_credit(page.body[0].rstrip(" :"))
    if found is None or found.place is None or not (found.outlet or found.agency or found.byline):
        return
    page.furniture.append(page.body.pop(0))
    page.dateline, page.agency = found.place, found.agency
    page.outlet = page.outlet or found.outlet
    if found.byline not in (found.outlet, found.agency):
        page.byline = page.byline or found.byline
