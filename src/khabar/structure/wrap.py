"""Hard-wrapped text dumps: lines cut at a fixed width (``fmt``, e-mail, a PDF's column through
pdftotext) joined back into the paragraphs they were cut from.

A page is wrapped when most of its lines are nearly as long as its longest usual line and that
width is narrow (at most ~110 characters: no paragraph of a news page is that short so often).
Then a line joins the one before it when its first word would not have fitted on the one before
(which is why a wrapper cut there) and nothing sets them apart: no blank line, no indent opening
the new line, no date or byline line. A paragraph's last line is left alone unless the next
paragraph's first word would not have fitted on it, so a column set without blank lines between
its paragraphs comes apart too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from khabar.structure.bylines import byline_name
from khabar.structure.data import norm
from khabar.structure.dateline import IN_WORD_KASHIDAS, known_places, split_dateline
from khabar.structure.dates import parse_date_line
from khabar.structure.furniture import is_furniture
from khabar.structure.lines import Line

_MIN_LINES = 6
_MIN_WIDTH, _MAX_WIDTH = 28, 110
_WIDTH_QUANTILE = 0.9
_WIDTH_STEP = 3  # lengths this close above the quantile, one after the other, still show the width
_FULL_SHARE = 0.4  # of the lines of some length that are full, for the page to be wrapped
_SOME_LENGTH = 20  # shorter lines (dates, menus, a paragraph's last words) say nothing of the width
_MAX_LONGER_SHARE = 0.05  # of the lines longer than the width (a wrapped page has almost none)
_MAX_LONGER = 3  # or this many: a headline set wider than the column
_WIDEST = 1.6  # times the width: a headline across two columns, at most
_MIN_JOINS = 3
_JOIN_SHARE = 0.5  # of the full lines that the next line continues: a wrapped paragraph's lines all do
_OVER_WIDTH = 2  # characters a line may pass the width by and still be one of the column's
_FIT_TOLERANCE = 2  # the width read off the page may fall short of the one the text was cut at
_MIN_PARAGRAPH_ENDS = 2  # lines ending a sentence, as a wrapped paragraph's last line does
SENTENCE_END = (".", "؟", "?", "!", ":", '"', "»", "”", ")")
#: The longest line a wrapped text may hold: a headline set across two columns of the widest width.
WIDEST_LINE = round(_MAX_WIDTH * _WIDEST)
#: A numbered or bulleted item opens its own line, as a list sets it, not a wrapper's cut.
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[•·▪●■◦*])\s")
_RULE = re.compile(r"[-–—ـ_=~*─━═]{3,}")
_KASHIDA = "\u0640"  # tatweel
_HEAD_MIN_WORDS = 2  # a running head has more words than numbers alone (a contact line "الهاتف: +971 …" has one)
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBER = re.compile(r"\d+")
_FULL_STOPS = (".", "!", "?", "؟")  # a sentence's close: no running head ends so
_RUNNING_MIN_SPACES = 2  # a running head has words enough not to be a paragraph's repeated last word


def _columns(line: Line) -> int:
    """The columns a line took as the wrapper cut it: marks reading dropped count, kashidas do not
    (a justified column stretches its lines with them: an OCR'd newspaper's lines pass the width)."""
    return _length(line.text) + line.dropped


def _length(text: str) -> int:
    """A text's length without the kashidas stretching its words (a tatweel run standing alone
    between spaces is a dash, and counts)."""
    if _KASHIDA not in text:
        return len(text)
    return len(text) - sum(len(run) for run in IN_WORD_KASHIDAS.findall(text))


def _slack(width: int) -> int:
    """How much shorter than the width a full line may be (the word that did not fit), for telling a
    wrapped page by its lines' lengths."""
    return max(10, width // 5)


def wrap_width(lines: list[Line]) -> int | None:
    """The width the page's lines were cut at, or None for a page that is not hard-wrapped."""
    return _wrap_width(lines, _running_heads(lines))


def _wrap_width(lines: list[Line], running: frozenset[str]) -> int | None:
    if len(lines) < _MIN_LINES:
        return None
    lengths = sorted(_columns(ln) for ln in lines if not _is_running(ln.text, running))
    if not lengths:
        return None
    width = lengths[int(_WIDTH_QUANTILE * (len(lengths) - 1))]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    # Up the cluster of full lines, by the lines a paragraph goes on after (cut there): not to a wider
    # headline standing apart over its blank, nor to a list item left as long as it is.
    for n in sorted(_columns(a) for a, b in zip(lines, lines[1:], strict=False)
                    if not b.gap_before and not _LIST_ITEM.match(a.text) and not _is_running(a.text, running)):
        if width < n <= width + _WIDTH_STEP:
            width = n
    if lengths[-1] > _WIDEST * width and _left_whole(lines, _WIDEST * width):
        return None  # a paragraph left whole: the page is not cut at that width
    full = sum(width - _slack(width) <= n <= width for n in lengths)
    # A list item ends where the item does, short of the width (a menu, links): it says nothing of it.
    some = sum(_columns(ln) >= _SOME_LENGTH for ln in lines
               if not _is_running(ln.text, running) and not _LIST_ITEM.match(ln.text))
    longer = len(lengths) - bisect_right(lengths, width)
    if full < _FULL_SHARE * some or longer > max(_MAX_LONGER, _MAX_LONGER_SHARE * len(lengths)):
        return None
    if sum(ln.text.endswith(SENTENCE_END) for ln in lines) < _MIN_PARAGRAPH_ENDS:
        return None  # short lines none of which ends a sentence: a list of headlines, a menu
    joins = sum(1 for a, b in zip(lines, lines[1:], strict=False) if _cut_before(a, b, width))
    return width if joins >= max(_MIN_JOINS, _JOIN_SHARE * full) else None


def _left_whole(lines: list[Line], widest: float) -> bool:
    """Whether a line longer than ``widest`` is a paragraph left whole: one that ends a sentence or
    runs on into the next line, or more than a few. A headline set across the page stands apart
    between blanks, without a full stop, over a column cut far narrower (a newspaper page's OCR)."""
    wide = [k for k, ln in enumerate(lines) if _columns(ln) > widest]
    return len(wide) > _MAX_LONGER or any(
        lines[k].text.endswith(SENTENCE_END) or k + 1 < len(lines) and not lines[k + 1].gap_before
        or k and not lines[k].gap_before for k in wide)


def _cut_before(last: Line, line: Line, width: int) -> bool:
    """Whether ``line`` opens with the word that did not fit on ``last`` (as a wrapper cuts)."""
    if line.gap_before:
        return False
    first = line.text.split(" ", 1)[0]
    # A line hanging under a list item's text is the item's rest: a new item opens on its bullet.
    if line.indent > last.indent:
        return _hangs_under(last, line)
    # A paragraph's first line set on an indent (a word processor's, antiword's) had that much less room.
    indent = last.indent - line.indent
    # A line opening on a link's address (dropped as read) was cut before the address, not its next word.
    return indent + _columns(last) + 1 + (line.lead or _length(first)) > width - _FIT_TOLERANCE


def _hangs_under(last: Line, line: Line) -> bool:
    """A list item's next line, set on a hanging indent under the item's text (``* title`` over
    ``  rest``), as a text browser wraps a list."""
    item = _LIST_ITEM.match(last.text)
    return item is not None and line.indent == last.indent + item.end()


def _continues(last: Line, line: Line, width: int, running: frozenset[str], ended: bool) -> bool:
    """Whether ``line`` is the rest of the paragraph whose last line so far is ``last``; ``ended``:
    that paragraph could end there (a line ending a sentence, or the page's head).

    A line longer than the width was set at another measure (a headline across columns): only a
    short last line continues it. A line the page repeats is a running head.
    """
    if (_is_running(last.text, running) or _is_running(line.text, running) or _LIST_ITEM.match(line.text)
            or _RULE.fullmatch(line.text) or _RULE.fullmatch(last.text)):
        return False  # (a rule of dashes or box-drawing bars closes what is over it: no word of it)
    if _columns(last) > width + max(_OVER_WIDTH, width // 10):
        # Set wider: its own continuation is a short last line, never a full line of the column.
        return bool(not line.gap_before and len(line.text) < width - _slack(width)
                    and parse_date_line(line.text) is None)
    if not _cut_before(last, line, width):
        return False
    # A head line under a full headline: the date or byline the page sets on its own line; a
    # line opening on a dateline after one that may end a paragraph is the next paragraph's first.
    return (parse_date_line(line.text) is None and byline_name(line.text) is None
            and not (ended and _opens_paragraph(line.text)))


def _opens_paragraph(text: str) -> bool:
    """A dateline of a known place with a dash, colon or agency (``باريس: ...``, ``القاهرة (رويترز)
    - ...``) opens the line: a place after a comma, or a name before a colon, may as well be the
    middle of a sentence."""
    found = split_dateline(text)
    return (found is not None and text.startswith(found[0]) and text[len(found[0]):].lstrip()[:1] not in "،,"
            and norm(found[0].split("،")[0]) in known_places())


def _running_head(text: str) -> bool:
    """A line that may be a page's running head when the page repeats it: a few words with a
    number (the issue, the date, the page), not a paragraph's last words that happen to recur, nor a
    sentence (``بلغ عدد الإصابات 120 حالة.`` and ``… 45 حالة.``: a list's items, written alike)."""
    return (len(text) <= WIDEST_LINE and text.count(" ") >= _RUNNING_MIN_SPACES
            and _NUMBER.search(text) is not None and not text.rstrip("»”\")'").endswith(_FULL_STOPS))


def _is_running(text: str, running: frozenset[str]) -> bool:
    return bool(running) and _running_key(text) in running


def _running_key(text: str) -> str:
    """A running head's text with its numbers folded: each printed page sets its own page number."""
    return _NUMBER.sub("#", text)


def numbered_heads(lines: list[Line]) -> frozenset[str]:
    """Lines a page repeats with other numbers in them (a printed page's running head, each with its
    page number): never the article's text, nor its headline (a headline repeated is the same); and
    a numbered line repeated the same that opens more pages (the first line, or one after a form
    feed) than it stands elsewhere (the paper's name and issue number over each page of a PDF: a
    headline repeated opens no printed page, and a subheading the text repeats opens a page only by chance)."""
    seen: dict[str, set[str]] = {}
    for ln in lines:
        if _running_head(ln.text) and len(_WORD.findall(ln.text)) > _HEAD_MIN_WORDS:
            seen.setdefault(_running_key(ln.text), set()).add(ln.text)
    tops = Counter(ln.text for k, ln in enumerate(lines) if k == 0 or ln.after_break)
    counts = Counter(ln.text for ln in lines)
    page_tops = {text for text, n in tops.items() if counts[text] > 1 and n > counts[text] - n and _running_head(text)}
    return frozenset([text for texts in seen.values() if len(texts) > 1 for text in texts] + sorted(page_tops))


def _running_heads(lines: list[Line]) -> frozenset[str]:
    """The running heads a page repeats (by :func:`_running_key`): set at the page's measure, not
    the column's, they say nothing of the width the text was cut at."""
    heads = Counter(_running_key(ln.text) for ln in lines if _running_head(ln.text))
    # A furniture line the page repeats as it is (an app's tab bar under each screenshot): a bar, no text.
    bars = Counter(ln.text for ln in lines if not _NUMBER.search(ln.text))
    repeated = {ln.text: ln.spaced for ln in lines if bars[ln.text] > 1}
    return frozenset([key for key, n in heads.items() if n > 1]
                     + [text for text, spaced in repeated.items() if is_furniture(text, spaced)])


def unwrap(lines: list[Line], width: int | None = None) -> list[Line]:
    """The page's lines with hard-wrapped paragraphs joined (the lines as they are when not wrapped);
    ``width``: the one the lines are known to be cut at (a page's columns), else read off the page."""
    running = _running_heads(lines)
    width = width or _wrap_width(lines, running)
    if width is None:
        return lines
    out = [lines[0]]
    # The last line as cut of each paragraph: the last one decides whether the next line continues it.
    tails = [lines[0]]
    joined = False
    for line in lines[1:]:
        # Before the page's first join stands its head (a headline may end without a full stop).
        ended = not joined or tails[-1].text.endswith(SENTENCE_END)
        if _continues(tails[-1], line, width, running, ended):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {line.text}", spaced=None)
            tails[-1] = line
            joined = True
        else:
            out.append(line)
            tails.append(line)
    # A paragraph whose last line is full may go on where the next page's text begins.
    return [replace(line, full_end=True) if _columns(tail) >= width - _slack(width) else line
            for line, tail in zip(out, tails, strict=True)]
