"""What the word just before a name says about it: a locative word (في، من، إلى), a designator
(ولاية، مدينة), the head of a body named after its seat (غرفة، بلدية).  The places stage and its
readers of names inside other names (:mod:`khabar.places.inside_names`) ask it."""

from __future__ import annotations

import re

from khabar.arabic.fold import fold_word
from khabar.places.gazetteer import designator_feature, seat_heads
from khabar.places.match import is_locative

_WORDS = re.compile(r"\w+")


def folded_words_before(text: str, start: int) -> list[str]:
    """The folded words of the 20 characters before ``start``."""
    return _WORDS.findall(fold_word(text[max(0, start - 20):start]))


def after_space(text: str, start: int) -> bool:
    """A space (or no-break space) stands just before ``start``."""
    return text[max(0, start - 1):start] in (" ", "\u00a0")


def after_locative(text: str, start: int) -> bool:
    """A locative word (في، من، إلى) stands just before ``start``: في ولاية سيناء is the region."""
    before = folded_words_before(text, start)
    return bool(before) and is_locative(before[-1])


def after_seat_head(text: str, start: int) -> bool:
    """The word before ``start`` heads a body named after its seat (غرفة حفر الباطن, ببلدية تبوك;
    ``seat_heads.txt``): the place is the body's place, and a place of the text too, kept inside
    the body's name and taken wherever the article names it as a place elsewhere (محافظة حفر الباطن)."""
    before = text[max(0, start - 20):start].split()
    if not before or not after_space(text, start):
        return False
    word = fold_word(before[-1])
    return any(word[n:] in seat_heads() for n in range(3) if len(word) - n >= 3)


def designator_before(text: str, start: int) -> str | None:
    """The feature of a designator word (ولاية، مدينة، شمال; ``designators.tsv``) standing just
    before ``start``, with or without a clitic (بولاية), else None."""
    before = folded_words_before(text, start)
    if not before or not after_space(text, start):
        return None
    word = before[-1]
    found = designator_feature(word) or (designator_feature(word[1:]) if word[:1] in "وفبل" else "")
    return found or None
