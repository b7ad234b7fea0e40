"""Related-headline blocks and the page footer below them.

Related headlines are short lines without closing punctuation: after a header (``اقرأ أيضاً``,
``أخبار ذات صلة`` ...), as ``اقرأ أيضاً: headline`` lines anywhere, or as a trailing run of at
least three such lines after the body — set apart by a wider blank gap when the page has one.
Short lines after the block (an app name, a slogan) are footer furniture.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import norm, read_rows
from khabar.structure.dates import parse_date_line
from khabar.structure.furniture import is_furniture
from khabar.structure.lines import (
    CREDIT,
    DATE,
    FURNITURE,
    HEAD_KINDS,
    RELATED_HEADER,
    RELATED_ITEM,
    TEXT,
    Line,
)
from khabar.structure.related_headers import related_header

_FOOTER_MAX_WORDS = 5
_HEADER_MAX_WORDS = 6
_RELATED_MIN_RUN = 3
_RELATED_MAX_WORDS = 20
_LINK_META_MAX_WORDS = 4
_SOURCE_META_MAX_WORDS = 8  # "بوابة المستقبل · منذ 3 ساعات" under a link


def headline_like(text: str) -> bool:
    """Short and without closing punctuation: how headlines (and related links) are written.

    A single full stop or a colon ends a sentence; an ellipsis (``..``) ends a cut headline.
    """
    words = text.count(" ") + 1
    if not 2 <= words <= _RELATED_MAX_WORDS:
        return False
    if text.endswith(".") and not text.endswith(".."):
        return False
    return not text.endswith((":", "،", ",", "؛", ";"))


_RELATIVE_TIME = re.compile(r"(?:^|\s)منذ\s")
_RANK = re.compile(r"^\d{1,2}[.)-]?$")
_META_SEPARATOR = re.compile(r"\s*[·•|]\s*")  # between a card's date and its duration or reading time
_BULLET = re.compile(r"^(?:[•·\-–—*>»›◦▪■●○◆►✓]+|\d{1,2}[.)-])\s*")
_TRAILING_DATE = re.compile(r"\s*(?:[|•·\-–—]\s*|\()\s*[^|•·()]{4,40}\)?\s*$")


def related_title(text: str) -> str:
    """A related headline without its list bullet and a trailing date (``عنوان - 14/11/2017``)."""
    text = _BULLET.sub("", text, count=1)
    m = _TRAILING_DATE.search(text)
    if m and m.start() > 0 and parse_date_line(m.group().strip(" |•·-–—()")) is not None:
        text = text[: m.start()]
    return text.strip()


def _short_text(text: str) -> bool:
    return text.count(" ") < _RELATED_MAX_WORDS and headline_like(text)


def _short(line: Line) -> bool:
    return line.kind == TEXT and line.text.count(" ") < _RELATED_MAX_WORDS


def mark_related(lines: list[Line], start: int) -> None:
    """Mark related headlines from ``start`` on: after a header, and a trailing headerless run."""
    i = start
    while i < len(lines):
        if lines[i].kind == RELATED_HEADER or _link_over_headline(lines, i):
            lines[i].kind = RELATED_HEADER
            j = i + 1
            # After a header even a line that reads as a credit ("headline - 14/11/2017") is a link;
            # a number on a line of its own ("1") ranks the link after it.
            while j < len(lines) and (lines[j].kind in (TEXT, CREDIT) and _short_text(lines[j].text)
                                      or _RANK.match(lines[j].text) and j + 1 < len(lines)
                                      or _link_meta(lines, j) or _card_count(lines, j)):
                if _dated_meta(lines, j) or lines[j].kind == DATE:
                    lines[j].kind = FURNITURE  # a card's date (and reading time) beside its link
                elif lines[j].kind != FURNITURE:
                    lines[j].kind, lines[j].value = RELATED_ITEM, related_title(lines[j].text)
                j += 1
            i = j
        else:
            i += 1
    end = len(lines)
    while end > start and lines[end - 1].kind == FURNITURE:
        end -= 1
    first = _trailing_run(lines, start, end)
    if first is not None and first > 0 and _announces_list(lines[first - 1]):
        first = None  # the article's own list (a table's rows) after the sentence announcing it
    if first is not None:
        if _unknown_header(lines[first]):
            lines[first].kind = RELATED_HEADER
            first += 1
        for ln in lines[first:end]:
            ln.kind, ln.value = RELATED_ITEM, related_title(ln.text)
        if _unknown_header(lines[first - 1]):
            lines[first - 1].kind = RELATED_HEADER


def _link_over_headline(lines: list[Line], i: int) -> bool:
    """A "read more" or "next article" link, furniture on its own line (under a teaser), heads a
    related block when a headline hangs right under it, no blank between: RT's ``اقرأ المزيد`` over
    the link set between the paragraphs, France 24's ``المقال التالي`` over the next article's."""
    if lines[i].kind != FURNITURE or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return (below.kind == TEXT and not below.gap_before and _short_text(below.text)
            and related_header(lines[i].text) == "")


def _dated_meta(lines: list[Line], j: int) -> bool:
    """A credit of a date and a counter, reading time or duration (``6 min read·Apr 20, 2018``, an
    episode's ``8 أغسطس 2018 · 31 دقيقة``) right under a link of the block (a link's own date after its title stays a link)."""
    line = lines[j]
    return (line.kind == CREDIT and not line.gap_before and set(line.parts) <= {"date"}
            and lines[j - 1].kind == RELATED_ITEM
            and (is_furniture(related_title(line.text))  # the date after the reading time
                 or all(parse_date_line(part) or is_furniture(part) for part in _META_SEPARATOR.split(line.text))))


def _card_count(lines: list[Line], j: int) -> bool:
    """A card's counter (claps, likes) under the date and reading time under its link."""
    return (lines[j].kind == FURNITURE and not lines[j].gap_before and lines[j].text.replace(",", "").isdigit()
            and j >= 2 and lines[j - 1].kind == FURNITURE and lines[j - 2].kind == RELATED_ITEM)


def _link_meta(lines: list[Line], j: int) -> bool:
    """A video's duration, a date, a counter or a source and relative time set on its own line
    beside a link of the block (``03:12`` over each related video's title, ``قناة الغد · منذ 3
    ساعات`` under each item of an aggregator's list): a link after it (a blank may open the card: an
    episode's number over its title) or, with no blank before it, just over it."""
    meta = lines[j].text
    if lines[j].kind not in (FURNITURE, DATE):
        return False
    # Over its link the meta may open a card set apart by a blank (an episode's number over its title).
    if not lines[j].gap_before and lines[j - 1].kind == RELATED_ITEM and (
            lines[j].kind == DATE or _RELATIVE_TIME.search(meta)):
        return meta.count(" ") < _SOURCE_META_MAX_WORDS  # the link's date or source and age, under it
    return (meta.count(" ") < _LINK_META_MAX_WORDS and any(ch.isdigit() for ch in meta) and j + 1 < len(lines)
            and lines[j + 1].gap_before == 0 and lines[j + 1].kind in (TEXT, CREDIT)
            and _short_text(lines[j + 1].text))


def _unknown_header(line: Line) -> bool:
    """A short text line ending in a colon over a block of links ("عناوين اليوم:")."""
    return line.kind == TEXT and line.text.endswith(":") and line.text.count(" ") < _HEADER_MAX_WORDS


def _announces_list(line: Line) -> bool:
    """A sentence of the text ending in a colon (``وفيما يلي الأسماء العشرة التي تم التعاقد معها:``):
    the lines after it are the list or table it announces, not a block of links; a colon line as
    short as a header (``عناوين اليوم:``) may head links, and so may a sentence naming what links
    are (``يمكنكم الاطلاع على الأخبار التالية:``)."""
    if line.kind != TEXT or not line.text.rstrip().endswith((":", "：")) or line.text.count(" ") < _HEADER_MAX_WORDS:
        return False
    return not any(word.removeprefix("و").removeprefix("ال") in _link_nouns() for word in norm(line.text).split())


@lru_cache(maxsize=1)
def _link_nouns() -> frozenset[str]:
    """What a block of links is made of (``related_header_parts.tsv``'s nouns: أخبار، مقالات، روابط)."""
    return frozenset(norm(word) for kind, word in read_rows("related_header_parts.tsv") if kind == "noun")


def mark_top_related(lines: list[Line]) -> None:
    """A related block above the headline ("الأكثر قراءة" and its links at the top of the page).

    Its links end at a wider blank gap, or before a line that a date, byline or credit follows:
    that line is the headline.
    """
    header = next((i for i, ln in enumerate(lines) if ln.kind in (RELATED_HEADER, TEXT)), None)
    if header is None or lines[header].kind != RELATED_HEADER:
        return
    j = header + 1
    first_gap = lines[j].gap_before if j < len(lines) else 0
    while j < len(lines) and lines[j].kind == TEXT and _short_text(lines[j].text):
        if j > header + 1 and lines[j].gap_before > first_gap:
            break
        if j + 1 < len(lines) and lines[j + 1].kind in HEAD_KINDS:
            break
        lines[j].kind, lines[j].value = RELATED_ITEM, related_title(lines[j].text)
        j += 1


def _trailing_run(lines: list[Line], start: int, end: int) -> int | None:
    """Start of a headerless block of related headlines ending at ``end``, if there is one.

    The block is a run of short lines, mostly without closing punctuation, after the body.  Pages
    set it apart with more blank space than paragraphs get; without that, the block is the longest
    run of strictly headline-like lines (a short, unpunctuated last paragraph then stays body only
    when the page spaces it like the body).  After a body of short unpunctuated lines (a poem)
    there is no such block: the last lines are more of the same.
    """
    first = end
    while first > start and _short(lines[first - 1]):
        first -= 1
    gaps = sorted(ln.gap_before for ln in lines[start:end] if ln.kind == TEXT) or [0]
    usual = gaps[len(gaps) // 2]  # the page's usual space between paragraphs
    wide = [k for k in range(first, end) if lines[k].gap_before > usual]
    if wide and any(ln.kind == TEXT for ln in lines[start:wide[0]]):
        first = wide[0]
        like = sum(headline_like(ln.text) for ln in lines[first:end])
        if end - first >= _RELATED_MIN_RUN and like >= 0.6 * (end - first) and _prose_before(lines, start, first):
            return first
    first = end
    while first > start and _short(lines[first - 1]) and headline_like(lines[first - 1].text):
        first -= 1
    if end - first >= _RELATED_MIN_RUN and _prose_before(lines, start, first):
        return first
    return None


def _prose_before(lines: list[Line], start: int, first: int) -> bool:
    """Whether there is text before a run of headline-like lines, at least half of it written
    otherwise (long or punctuated): a body of paragraphs, not the verses of a poem."""
    texts = [ln for ln in lines[start:first] if ln.kind == TEXT]
    return bool(texts) and sum(not headline_like(ln.text) for ln in texts) * 2 >= len(texts)


def mark_footer(lines: list[Line]) -> None:
    """Short lines after the related block and the furniture that closes a page are furniture too.

    (An app name, a site slogan: once related links have ended the article, nothing after them is
    body text.)
    """
    k = len(lines)
    while k > 0 and (lines[k - 1].kind == FURNITURE
                     or lines[k - 1].kind == TEXT and lines[k - 1].text.count(" ") < _FOOTER_MAX_WORDS):
        k -= 1
    if k > 0 and lines[k - 1].kind in (RELATED_ITEM, RELATED_HEADER):
        for line in lines[k:]:
            line.kind = FURNITURE
