"""Whether the text line under the headline is a deck (a subtitle, a lead) or the first paragraph.

A deck needs a mark setting it apart: a head line (date, byline, outlet, credit, a rule, a sentence-long
pull quote) between it and the text, a dateline opening the next paragraph, the text repeating it (a lead
cut at a character count), a wider blank before a body set solid, or a subtitle's shape on a page whose
paragraphs are blank-separated."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from khabar.structure.data import norm
from khabar.structure.dateline import split_dateline
from khabar.structure.headline import ARABIC_LETTER
from khabar.structure.lines import (
    BYLINE,
    CREDIT,
    DATE,
    FURNITURE,
    OUTLET,
    PULL_QUOTE,
    TEXT,
    Line,
)
from khabar.structure.regions import is_prose
from khabar.structure.related import headline_like

#: Kinds whose presence between two text lines shows the first is the page head's deck.
_SEPARATING_KINDS = frozenset({DATE, BYLINE, OUTLET, CREDIT})
_SEPARATING_QUOTE_MIN_WORDS = 4
_PREFIX_MIN_CHARS = 30
_SUBTITLE_MIN_TEXTS = 3
_RULE = re.compile(r"^[-–—ـ_=~─━═]{3,}$")


def _repeats(first: str, following: str) -> bool:
    """Whether the text ``following`` opens with ``first`` (a deck that is the lead, cut short).

    Leads are cut at a character count, possibly inside a word and across a paragraph break, so
    the comparison ignores spacing and the last, possibly partial, word.
    """
    a = norm(first).rstrip(" .…")
    if len(a) < _PREFIX_MIN_CHARS:
        return False
    a = a.rsplit(" ", 1)[0]
    return norm(following).replace(" ", "").startswith(a.replace(" ", ""))


def _separates(line: Line) -> bool:
    """A head element: date, byline, outlet, credit, rule line, or a sentence-long pull quote.

    Short quoted lines are as often quoted subheadings of the body as pull quotes.
    """
    if line.kind == PULL_QUOTE:
        return (line.value or "").count(" ") + 1 >= _SEPARATING_QUOTE_MIN_WORDS
    if line.kind == FURNITURE:
        return bool(_RULE.match(line.text))  # a horizontal rule closes the page head
    return line.kind in _SEPARATING_KINDS


def _running_head(lines: list[Line], k: int, first: int) -> bool:
    """A head line set over a printed page's text (a PDF's, after its form feed, or the paper's line
    the page above showed already) parts two pages, not a deck from the body: a first page holding
    one paragraph ends over it."""
    line = lines[k]  # (a rule repeats as rules do: a front matter's closing one, no running head)
    return line.kind != FURNITURE and (line.after_break or any(above.text == line.text for above in lines[:first]))


def has_deck(lines: list[Line], texts: list[int]) -> bool:
    """Whether the first text line after the headline is a deck (rather than the first paragraph)."""
    if len(texts) < 2:
        return False
    c1, c2 = texts[0], texts[1]
    first, second = lines[c1].text, lines[c2].text
    if _subtitle(lines, texts):
        return True  # before the dateline test: a subtitle may open on a place ("المهدية : ...")
    if split_dateline(first) is not None:
        return False
    if any(_separates(lines[k]) and not _running_head(lines, k, c1) for k in range(c1 + 1, c2)):
        return True
    following = second
    for k in texts[2:]:  # a lead cut at a character count may run over several short paragraphs
        if len(following) >= len(first):
            break
        following += " " + lines[k].text
    if split_dateline(second) is not None or _repeats(first, following):
        return True
    # A blank line closes the head while the body's paragraphs follow one another directly; not
    # round a first paragraph opening on the body's own indent (a picture set under it: one of them).
    rest = texts[2:]
    indented = lines[c1].indent > 0 and lines[c1].indent == lines[c2].indent
    return bool(rest) and not indented and lines[c2].gap_before > max(lines[k].gap_before for k in rest)


def _subtitle(lines: list[Line], texts: list[int]) -> bool:
    """A short unpunctuated line set right under the headline (no blank between them) on a page
    whose paragraphs are all set apart by blank lines: a subtitle, the deck."""
    first = lines[texts[0]]
    return (len(texts) >= _SUBTITLE_MIN_TEXTS and first.gap_before == 0 and lines[texts[0] - 1].kind == TEXT
            and headline_like(first.text) and all(lines[k].gap_before > 0 for k in texts[1:]))


def mark_foreign_head_lines(lines: list[Line], head: int) -> None:
    """A line without an Arabic letter between the headline and the prose (a translated piece's
    original title, an English kicker) is neither deck nor paragraph of the Arabic article."""
    for line in lines[head + 1:]:
        if is_prose(line):
            return
        if line.kind == TEXT and not ARABIC_LETTER.search(line.text):
            line.kind = FURNITURE


_WORD = re.compile(r"[^\W_]+")
_COPY_MIN_WORDS = 6
_NEAR_COPY_RATIO = 0.9
_SAME_OPENING_WORDS = 3
_MARK_WORDS = 2


def copies_text(deck: str, body: list[str]) -> bool:
    """Whether a record's lead is a copy of the start of its text, no deck: the lead cut at a character
    count (possibly inside a word, across paragraphs), compared word by word without punctuation or
    hashtag marks, or opening on the text's first three words with a word or two dropped or changed
    after them (90% alike). A summary reworded (``الوزير يعلن …`` over ``أعلن الوزير …``) stays the deck."""
    words = _WORD.findall(norm(deck))
    if len(words) < _COPY_MIN_WORDS or not body:
        return False
    whole = words[:-1]  # the last word may be cut
    text = _WORD.findall(norm(" ".join(body[:3])))[:len(words) + 3 + _MARK_WORDS]
    for skip in range(_MARK_WORDS + 1):  # (past an agency's mark the text keeps: ``(CNN)-- …``)
        start = text[skip:skip + len(words)]
        if start[:len(whole)] == whole:
            return True
        if skip == 0 and whole[:_SAME_OPENING_WORDS] == start[:_SAME_OPENING_WORDS] and SequenceMatcher(
                None, whole, start, autojunk=False).ratio() >= _NEAR_COPY_RATIO:
            return True
    return False
