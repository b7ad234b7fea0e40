"""What each line of a text dump is, on its own: furniture, date, byline, outlet, related header,
pull quote, a credit line combining some of these, or article text.

What a line names is read by its own module: a byline (:mod:`khabar.structure.bylines`), a credit
(:mod:`khabar.structure.credits`), an outlet (:mod:`khabar.structure.outlets`), a related block's header
(:mod:`khabar.structure.related_headers`). Position decides the rest (which text line is the headline,
the deck, the body, the related block): that is :mod:`khabar.structure.layout`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from khabar.structure.bylines import (
    byline_name,
)
from khabar.structure.credits import credit_parts, role_byline
from khabar.structure.dates import DateLine, parse_date_line
from khabar.structure.furniture import (
    clean_spaces,
    has_nbsp_entity,
    is_furniture,
    is_related_furniture_header,
    spaced_line,
)
from khabar.structure.markup import (
    chat_message,
    comment_letters,
    has_link_notes,
    is_comment_note,
    is_image,
    is_link_note,
    is_quoted_blank,
    is_stand_in,
    is_underline,
    leading_address,
    link_list,
    plain,
    without_addresses,
    without_bbcode,
    without_comment_marks,
    without_link_numbers,
    without_note_marks,
)
from khabar.structure.outlets import (
    is_outlet,
    is_outlet_credit,
    labelled_outlet,
)
from khabar.structure.related_headers import related_header
from khabar.structure.stamps import stamp_date

FURNITURE, DATE, BYLINE, OUTLET, RELATED_HEADER, RELATED_ITEM, PULL_QUOTE, CREDIT, TEXT = (
    "furniture", "date", "byline", "outlet", "related_header", "related_item", "pull_quote", "credit", "text",
)
#: Kinds of the short lines that belong to a page's or an item's head (beside its headline) rather
#: than to its text: the date, byline, credit and outlet.
HEAD_KINDS = frozenset({DATE, BYLINE, CREDIT, OUTLET})

_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co"})
_QUOTE_PAIRS = {'"': '"', "'": "'", "«": "»", "“": "”", "‘": "’", "„": "“"}
_PULL_QUOTE_MAX_WORDS = 20
_COUNTER_SPLIT = re.compile(r"\s*[|•·]\s*|\s{2,}|\t")


_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits on


@dataclass
class Line:
    text: str
    kind: str
    gap_before: int = 0  # blank (or no-break-space) lines just before it
    indent: int = 0  # spaces opening the line as copied (a column's paragraphs may open on an indent)
    spaced: str | None = None  # the line with its runs of spaces (menus separate items by them)
    dropped: int = 0  # characters reading dropped from the line as cut (a text browser's link numbers)
    lead: int = 0  # of those, the address the line opened with as cut: its first word for the wrapper
    after_break: bool = False  # the first line after a page break (a form feed)
    full_end: bool = False  # a wrapped paragraph whose last line as cut is full: the text may go on
    date: DateLine | None = None
    value: str | None = None  # byline name, outlet, pull-quote content, related headline
    parts: dict[str, str] = field(default_factory=dict)  # a credit line's date/byline/outlet/place


def split_lines(raw: str) -> tuple[list[Line], list[str]]:
    """Non-blank lines of a page (spaces cleaned, Markdown marks dropped) and the furniture seen on
    the way (``&nbsp;``, Markdown images)."""
    lines: list[Line] = []
    extra: list[str] = []
    gap = 0
    if (links := link_list(raw)) is not None:  # a text browser's dump: its links' addresses close it
        extra.append(raw[links:].strip())
        raw = raw[:links]
    # A page break (pdftotext's form feed) parts two paragraphs and no more: the blanks around it
    # are no wider gap closing the page head (a deck) when a page ends under the first paragraph.
    breaks, page_break = "\f" in raw, False
    notes = has_link_notes(raw)  # a converter's plain text: links marked [n], their addresses at the foot
    comments = comment_letters(without_bbcode(raw))  # a word processor's text: comments anchored [a], listed at the foot
    raw = raw.removeprefix("\ufeff")  # a byte-order mark read as text
    for original in raw.splitlines(keepends=True) if breaks else raw.splitlines():
        ends_page = breaks and original.endswith("\f")
        if breaks:
            original = original.rstrip(_LINE_ENDS)
        copied, dropped = original, len(original)
        if links is not None:
            original = without_link_numbers(original)
        lead = leading_address(original)
        if lead:  # the line as cut opened on the address: its indent is the address's, not the space after it
            original = original[:len(original) - len(original.lstrip(" \t"))] + without_addresses(original).lstrip(" \t")
        else:
            original = without_addresses(original)
        if "[/" in original:  # a forum post's BBCode source: the line as the forum shows it
            original = without_bbcode(original)
        if notes:
            if is_link_note(original):
                extra.append(original.strip())
                continue
            original = without_note_marks(original)
        if comments:
            if is_comment_note(original, comments):
                extra.append(original.strip())
                continue
            original = without_comment_marks(original, comments)
        dropped -= len(original)
        text = clean_spaces(original)
        if has_nbsp_entity(original) and "&nbsp;" not in extra:
            extra.append("&nbsp;")
        if text and is_quoted_blank(text):  # a quoted message's paragraph break
            extra.append(text)
            text = ""
        if not text and dropped:  # a line that was only a link's address: no blank either
            extra.append(clean_spaces(copied))
            continue
        if not text:
            gap += 1
            page_break = page_break or ends_page
            continue
        if is_image(text) or is_stand_in(text):  # a Markdown image, a text browser's [IMG]: no blank either
            extra.append(text)
            continue
        if not gap and lines and is_underline(text, lines[-1].text):  # a plain-text heading's underline
            extra.append(text)
            continue
        if (message := chat_message(text, original)) is not None:  # a chat export: the stamp dates the message
            stamp, sender, text = message
            lines.append(Line(text=stamp, kind=TEXT, gap_before=gap))
            extra.append(sender)
            gap, original = 0, text
            if not text:  # the message is under its header
                continue
        text = plain(text)
        spaced = spaced_line(original)
        indent = len(original) - len(original.lstrip(" \t\u00a0"))
        lines.append(Line(text=text, kind=TEXT, gap_before=min(gap, 1) if page_break else gap, indent=indent,
                          spaced=spaced if spaced != text else None, dropped=dropped, lead=lead,
                          after_break=page_break))
        gap, page_break = 0, ends_page
    return lines, extra


def without_symbols(text: str) -> str:
    """``text`` without the pictographs it opens with (``🔴``, ``📌``, ``▪``; not ``©``): pages
    pasted from messaging channels lead their lines with them."""
    k = 0
    while k < len(text) and (text[k] >= "\u2000" and unicodedata.category(text[k]) in _SYMBOL_CATEGORIES
                             or text[k] in " \ufe0f"):
        k += 1
    return text[k:] if k < len(text) else text


def classify(line: Line) -> Line:
    """Set ``line.kind`` (and its value) from the line's own text (without leading pictographs)."""
    text = without_symbols(line.text)
    parts = credit_parts(text)
    if (named := labelled_outlet(text)) is not None:
        line.kind, line.value = OUTLET, named
    elif parts is not None and "date" in parts:
        # before furniture: "بقلم فلان · 14 مايو 2019 · 5 دقائق للقراءة" is no strip of tags
        line.kind, line.parts = CREDIT, parts
    elif is_furniture(text, line.spaced) or text[0] in "([" and is_outlet_credit(text):
        # "(رويترز)" alone on a line: a photo's credit, not the page's outlet
        line.kind = RELATED_HEADER if is_related_furniture_header(text) else FURNITURE
        if (date := _counted_date(line.spaced or text)) is not None:
            line.kind, line.date = DATE, date
    elif (date := parse_date_line(text) or stamp_date(text)) is not None:
        line.kind, line.date = DATE, date
    elif (related := related_header(text)) is not None:
        line.kind = RELATED_ITEM if related else RELATED_HEADER
        line.value = related or None
    elif (name := byline_name(text) or role_byline(text)) is not None:
        line.kind, line.value = BYLINE, name
    elif parts is not None:
        line.kind, line.parts = CREDIT, parts
    elif (quote := pull_quote(text)) is not None:
        line.kind, line.value = PULL_QUOTE, quote
    elif is_outlet(text):
        line.kind, line.value = OUTLET, text
    return line


def _counted_date(text: str) -> DateLine | None:
    """The date of a date line that a counter shares (``07-25-2015 01:05 AM   عدد القراءات: 4409``,
    ``14 مايو 2019 | 1.2 ألف مشاهدة``): one part between bars or wide spaces a date, the others furniture."""
    if not any(ch.isdigit() for ch in text):
        return None
    parts = [part for part in _COUNTER_SPLIT.split(text) if part.strip()]
    if len(parts) < 2:
        return None
    dates = [date for part in parts if (date := parse_date_line(part.strip())) is not None]
    if len(dates) != 1 or sum(is_furniture(part.strip()) for part in parts) != len(parts) - 1:
        return None
    return dates[0]


def pull_quote(text: str) -> str | None:
    """The content of a short line wholly inside one pair of quotation marks."""
    text = text.rstrip(".،")  # «...». — the full stop outside the closing mark
    close = _QUOTE_PAIRS.get(text[:1])
    if close is None or len(text) < 4 or text[-1] != close:
        return None
    inner = text[1:-1].strip()
    if not inner or text[:1] in inner or close in inner or inner.count(" ") >= _PULL_QUOTE_MAX_WORDS:
        return None
    return inner


