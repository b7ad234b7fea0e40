"""Channels: the outlet or medium a speaker's words went through (لرويترز، في تصريحات نقلتها
وكالة X، في مقابلة مع إذاعة X، لـ"العربية.نت")."""

from __future__ import annotations

from khabar.quotes.context import Unit
from khabar.quotes.extent import channel_start, phrase_end
from khabar.quotes.lexicon import in_class
from khabar.quotes.names import lam_apart


def channel_phrase(unit: Unit, start: int, stop: int) -> tuple[int, int] | None:
    """Char span of a channel named between a speaker and the content: لرويترز، في تصريحات
    نقلتها وكالة X، في مقابلة مع إذاعة X."""
    j = start
    while j < stop:
        k = unit.bare(j)
        if channel_start(unit, j):
            if lam_apart(unit, j):
                return _apart_channel(unit, j + 1, stop)
            end = phrase_end(unit, j + 1, stop) if j + 1 < stop else j + 1
            # لرويترز → رويترز; للعربية keeps its letters, as ل has taken the article's alif
            skip = 0 if unit.keys[j].startswith("لل") else 1
            return unit.tokens[j].start + skip, unit.tokens[end - 1].end
        if in_class("channel_verb", unit.keys[j]) or k == "مع" or (
                k.startswith("ل") and in_class("media_noun", k[1:])):
            first = j + 1
            if first < stop:
                end = phrase_end(unit, first, stop)
                if end > first:
                    start_char = unit.tokens[first].start
                    if k.startswith("ل") and k != "مع":
                        start_char = unit.tokens[j].start + 1
                        first = j
                    return start_char, unit.tokens[end - 1].end
        j += 1
    return None


def _apart_channel(unit: Unit, first: int, stop: int) -> tuple[int, int] | None:
    """Char span of the channel after ل written apart: a quoted name whole (لـ"العربية.نت"),
    else the words up to the phrase's end."""
    if first >= stop:
        return None
    span = unit.opens_quote(first)
    if span is not None:
        return span.inner
    end = phrase_end(unit, first, stop)
    return (unit.tokens[first].start, unit.tokens[end - 1].end) if end > first else None
