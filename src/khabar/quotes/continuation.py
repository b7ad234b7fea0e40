"""Quotations that run on into the next paragraphs, and paragraphs that are a quotation alone.

    وقال الوزير: "لن نتراجع عن قرارنا،          a quotation left open at the end of a paragraph
    "ولن نقبل بأي شروط مسبقة".                   is reopened (or just goes on) in the next one

A content span cannot cross text units, so each paragraph piece is its own Quote sharing the
speaker, cue, channel and time of the quotation it continues, marked ``continues``.  A piece
continues while the quotation stays open; it ends at its closing mark.  A paragraph that is entirely a quotation,
right after a paragraph whose last statement was attributed, is that speaker's too (the
speaker is stated once, before a run of quoted paragraphs).
"""

from __future__ import annotations

from dataclasses import replace

from khabar.model import Quote
from khabar.quotes.clauses import trim_span
from khabar.quotes.marks import QuoteSpan, find_quotes

#: Closing marks that end a quotation reopened in no other way (a run-on paragraph).
_CLOSERS = "»”\"'’"
#: What may follow a quotation's closing mark when the quotation is the whole paragraph.
_TRAILING = set(".،,!?؟…:؛; \u200f\u200e")


def left_open(text: str, quote: Quote) -> bool:
    """``quote`` is a quotation whose opening mark is never closed in its paragraph ``text``."""
    if quote.kind not in ("direct", "mixed"):
        return False
    return any(not s.closed and s.depth == 0 and quote.start - 2 <= s.open < quote.end
               for s in find_quotes(text))


def continue_into(text: str, field: str, paragraph: int, previous: Quote) -> tuple[Quote, bool] | None:
    """The piece of a quotation left open in the paragraph before ``text``, and whether it is
    still open at the end of ``text``; None when ``text`` does not continue it."""
    lead = len(text) - len(text.lstrip())
    span = _opening_at(text, lead)
    if span is not None:  # reopened with a mark: « ... (» | end of paragraph)
        return _piece(text, field, paragraph, previous, span.inner, not span.closed, continues=True)
    close = _first_closing(text)
    if close is None:
        return None
    return _piece(text, field, paragraph, previous, (lead, close), False, continues=True)


def whole_quotation(text: str, field: str, paragraph: int, previous: Quote) -> tuple[Quote, bool] | None:
    """``text`` is one quotation from its first character to its last: ``previous``'s speaker
    says it.  Returns the piece and whether the quotation is left open."""
    lead = len(text) - len(text.lstrip())
    span = _opening_at(text, lead)
    if span is None:
        return None
    if span.closed and not set(text[span.close + 1:]) <= _TRAILING:
        return None  # "..."، قال X / "..." ثم ...: the paragraph goes on after the quotation
    return _piece(text, field, paragraph, previous, span.inner, not span.closed, continues=False)


def _opening_at(text: str, i: int) -> QuoteSpan | None:
    return next((s for s in find_quotes(text) if s.open == i and s.depth == 0), None)


def _first_closing(text: str) -> int | None:
    """Offset of the first mark in ``text`` when it closes (after a word, before a space,
    punctuation or the end) and no mark opened before it."""
    for i, ch in enumerate(text):
        if ch in "«“„‘":
            return None
        if ch in _CLOSERS:
            after = text[i + 1:i + 2]
            closes = i > 0 and not text[i - 1].isspace() and (not after or after.isspace() or after in _TRAILING)
            return i if closes else None
    return None


def _piece(text: str, field: str, paragraph: int, previous: Quote, span: tuple[int, int],
           still_open: bool, continues: bool) -> tuple[Quote, bool] | None:
    start, end = trim_span(text, *span)
    if end <= start or not any(ch.isalpha() for ch in text[start:end]):
        return None
    piece = replace(previous, kind="direct", content=text[start:end], field=field, paragraph=paragraph,
                    start=start, end=end, continues=continues)
    return piece, still_open
