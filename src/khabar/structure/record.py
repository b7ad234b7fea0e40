"""JSON Lines records: the record's own fields are taken as given; its ``text`` is still read for
furniture (upstream clutter, link tails, promotion lines), related blocks and a dateline, and its
``date`` is normalised to ISO 8601.
"""

from __future__ import annotations

import json
import re

from khabar.model import PageFields
from khabar.structure.bylines import byline_name
from khabar.structure.credits import credit_parts
from khabar.structure.data import norm
from khabar.structure.dateline import known_places, take_dateline
from khabar.structure.dates import normalise_date
from khabar.structure.furniture import (
    clean_spaces,
    is_furniture,
    is_tag_line,
    split_inline_tail,
    split_leading_slider,
)
from khabar.structure.lines import split_lines
from khabar.structure.outlets import is_outlet_credit
from khabar.structure.record_credit import Credit, split_credit
from khabar.structure.related import headline_like, related_title
from khabar.structure.related_headers import related_header
from khabar.structure.wrap import SENTENCE_END, WIDEST_LINE, unwrap

#: A credit line opening a record's text (``عين اليوم – الرياض``) is this short.
_CREDIT_LINE_MAX_WORDS = 14
_MASTHEAD_MAX_WORDS = 3
_NAME_WITH_PLACE = re.compile(r"^([^\d()،,:.-]+?) \(([^()\d]+)\)$")
_MASTHEAD_MARKS = frozenset(".,،:؛;!?؟-–—|/()«»\"")
_GLUED_CREDIT_MAX_WORDS = 6
#: A dash with no space on one side at least ("الاسم-المكان", "الاسم- المكان").
_GLUED_DASH = re.compile(r"\S[-–—]|[-–—]\S")
_DASH = re.compile(r"\s*([-–—])\s*")
_WRAPPED_MIN_LINES = 6
#: A run of SUB characters (\x1a) with the spaces around it: the mark a lossy converter left for the
#: bullet glyph opening a paragraph, a question or a photo's caption (saudinewsnet's 2015 texts, run
#: into one line): a paragraph break.
_SUB_MARKS = re.compile(r"[ \t\u00a0]*\x1a+[ \t\u00a0]*")
_CAPTION_MAX_WORDS = 20  # a longer closing paragraph without a full stop is the text's (an answer signed off)
_SUB_OPENING = "\x1a"  # a line a SUB mark opened keeps one, for :func:`_take_marked_captions`
_WRAPPED_KEPT_SHARE = 0.6  # at most this share of a wrapped text's lines stay lines of their own once joined


def record_text(raw: str) -> str:
    """The ``text`` of a raw JSON line ('' when there is none)."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError:
        return ""
    text = record.get("text") if isinstance(record, dict) else None
    return text if isinstance(text, str) else ""


def analyse_record_text(text: str, date: str | None = None, author: str | None = None) -> PageFields:
    """Body, related, furniture and dateline of a record's text; its date as ISO.  The record's
    ``author``, a credit line the text opens with again, is cut off the text."""
    out = PageFields(published=normalise_date(date))
    in_related = False
    marked: set[int] = set()  # the body paragraphs a SUB mark opened
    for original in _paragraph_lines(text):
        if original.startswith(_SUB_OPENING):
            original = original[1:]
            marked.add(len(out.body))
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
    _take_marked_captions(out, marked)
    if out.body and is_tag_line(out.body[-1]):
        out.furniture.append(out.body.pop())
    _take_repeated_credit(out, author)
    _take_opening_credit(out)
    take_dateline(out)
    return out


def _take_marked_captions(out: PageFields, marked: set[int]) -> None:
    """The paragraphs closing the text that a SUB mark opened and that end no sentence: the captions of
    the photos the page set after the text (``من احتفالات أهالي المدينة``), not its paragraphs."""
    while (len(out.body) > 1 and len(out.body) - 1 in marked and not out.body[-1].endswith(SENTENCE_END)
           and out.body[-1].count(" ") < _CAPTION_MAX_WORDS):
        out.furniture.append(out.body.pop())


_MIN_WORDS_AFTER_CREDIT = 3


def _take_repeated_credit(out: PageFields, author: str | None) -> None:
    """Cut the record's author off the first paragraph when the text opens with it again as a credit
    (``فلان- سبق- الرياض: أعلنت ...`` under that author): a credit line's parts, then a colon or a
    dash (or the author's own colon) before the text."""
    words = author.split() if author else []
    if not words or not out.body or split_credit(author or "") is None:
        return
    opening = re.match(r"\s*" + r"\s*".join(map(re.escape, words)), out.body[0])
    if opening is None:
        return
    after = re.match(r"\s*[:：\-–—]\s*|\s+" if words[-1][-1] in ":：" else r"\s*[:：\-–—]\s*", out.body[0][opening.end():])
    rest = out.body[0][opening.end() + after.end():] if after else ""
    if len(rest.split()) >= _MIN_WORDS_AFTER_CREDIT:
        out.furniture.append(out.body[0][:opening.end()].strip())
        out.body[0] = rest


def _paragraph_lines(text: str) -> list[str]:
    """The text's lines; a hard-wrapped text's (an e-mail, a PDF's column, ``fmt`` output stored as a
    record) joined back into the paragraphs they were cut from; a run of SUB marks parts paragraphs."""
    text = _SUB_MARKS.sub("\n" + _SUB_OPENING, text)
    originals = text.splitlines()
    if len(originals) < _WRAPPED_MIN_LINES or max(map(len, originals)) > WIDEST_LINE:  # never cut at a wrapping width
        return originals
    filled = [line.rstrip() for line in originals if line.strip()]
    if sum(line.endswith(SENTENCE_END) for line in filled) > _WRAPPED_KEPT_SHARE * len(filled):
        return originals  # (the test below, first on the raw lines: most records' lines are paragraphs)
    lines, _ = split_lines(text)
    if not lines:
        return originals
    joined = unwrap(lines)
    # A record's paragraphs are often a sentence each, as long as a wrapped line, and verses are
    # lines of one length too: only a text most of whose lines go on in the next one (cut
    # mid-sentence), and whose joined paragraphs end as sentences do, was wrapped.
    ends = sum(line.text.endswith(SENTENCE_END) for line in lines)
    paragraphs = [line.text for line in joined]
    if (len(joined) > _WRAPPED_KEPT_SHARE * len(lines) or ends > _WRAPPED_KEPT_SHARE * len(lines)
            or 2 * sum(p.endswith(SENTENCE_END) for p in paragraphs) < len(paragraphs)):
        return originals
    return paragraphs


def _take_opening_credit(out: PageFields) -> None:
    """Move a short credit line opening the text (place/outlet/author) out of the body; a masthead
    over it (an outlet's short name over a labelled byline, ``بقلم: فلان``: a statement typed in a
    word processor or a document published to the web) goes first, to the outlet."""
    masthead = None
    if len(out.body) > 2 and _is_masthead(out.body[0]) and byline_name(out.body[1]) is not None:
        masthead = out.body.pop(0)
        out.furniture.append(masthead)
        out.outlet = out.outlet or masthead
    if len(out.body) < 2 or out.body[0].count(" ") >= _CREDIT_LINE_MAX_WORDS:
        return
    first = out.body[0]
    name = byline_name(first)
    credit = split_credit(first) if name is None else None
    if credit is not None:
        parts = _credit_line(credit)
    else:
        parts = credit_parts(first, strict=False) if name is None else {"byline": name}
        parts = parts or _glued_credit(first) or _name_with_place(first)
    if not parts:
        return
    out.body.pop(0)
    out.byline = parts.get("byline") or parts.get("name")
    out.outlet = parts.get("outlet") or out.outlet
    out.dateline = parts.get("place")
    out.agency = parts.get("agency")
    out.furniture.append(first)
    if not out.published and parts.get("date"):
        out.published = parts["date"]


def _name_with_place(line: str) -> dict[str, str] | None:
    """A reporter's name with the place reported from in parentheses (``حازم المطيري (الرياض)``, as
    Saudi dailies sign): the name is the byline, the place the dateline."""
    m = _NAME_WITH_PLACE.match(line)
    if m is None or not 2 <= len(m[1].split()) <= 4 or norm(m[2].strip()) not in known_places():
        return None
    return {"byline": m[1].strip(), "place": m[2].strip()}


def _credit_line(credit: Credit) -> dict[str, str] | None:
    """The parts of a credit line naming a person, an outlet or an agency (``سارة الحسن – عسير``,
    ``سارة الحسن – متابعات``, ``سارة الحسن ـ عين اليوم``: :func:`split_credit`); places alone
    (``جدة - عسير``) are no credit."""
    if not (credit.byline or credit.outlet or credit.agency):
        return None
    parts = {"byline": credit.byline, "outlet": credit.outlet, "place": credit.place, "agency": credit.agency}
    return {key: value for key, value in parts.items() if value}


def _is_masthead(line: str) -> bool:
    """A name of at most three words without a figure or punctuation (no sentence, date or credit)."""
    return line.count(" ") < _MASTHEAD_MAX_WORDS and not any(ch.isdigit() or ch in _MASTHEAD_MARKS for ch in line)


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
