"""A paragraph a page break cuts (a PDF's text, a screenshot series) read whole."""

from __future__ import annotations

from khabar.structure.lines import (
    FURNITURE,
    TEXT,
    Line,
)
from khabar.structure.wrap import SENTENCE_END

_CUT_MIN_WORDS = 6  # a shorter line ending no sentence is a subheading, not a paragraph a page cut


def join_across_pages(lines: list[Line], head: int) -> None:
    """A paragraph a page break cuts (a PDF's text: its last line on one page, the rest after the
    next page's head and number) is read whole: a wrapped paragraph whose last line is full and
    ends no sentence, then only furniture and a page break, then text. A furniture line the page
    showed before (a screenshot's status and top bars, a running head without a form feed) breaks
    the page as a form feed does."""
    last, broke = None, False
    seen = {line.text for line in lines[:head + 1] if line.kind == FURNITURE}
    k = head + 1
    while k < len(lines):
        line = lines[k]
        broke = broke or line.after_break
        if line.kind == FURNITURE:
            broke = broke or line.text in seen
            seen.add(line.text)
        if line.kind != TEXT:
            k += 1
            continue
        if (broke and last is not None and k > last + 1 and lines[last].full_end
                and lines[last].text.count(" ") + 1 >= _CUT_MIN_WORDS and not lines[last].text.endswith(SENTENCE_END)):
            lines[last].text = f"{lines[last].text} {line.text}"
            del lines[k]
        else:
            last, k = k, k + 1
        broke = False
