"""One event per fact: a lead (the deck) that repeats the body's opening gives the same events twice.

News pages and agency feeds set the first sentence or paragraph of the story above it as its lead,
whole or cut short (``... أكد البنك المركزي التونسي في``): read twice, each of its facts counts twice.
A deck event is dropped when the body holds the same predicate (code and lemma) among the same words
(:func:`lead_repeat`); the body's reading is kept, since the body gives the sentence whole, and takes
a target only the deck's reading found (:func:`drop_lead_repeats`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from khabar.arabic.inflection import fold
from khabar.model import Article, Event, Ref

#: Words on each side of a deck predicate that make up its context; the body's context is read
#: REPEAT_SLACK words wider on each side, for a word the lead leaves out (في بلاغ، أمس).
REPEAT_CONTEXT = 5
REPEAT_SLACK = 3
#: Share of the deck context's words the body context must hold to be the same fact (a lead is
#: mostly the body's own words; its own wording of the fact, تفرض for فرضت, shares fewer).
REPEAT_SHARE = 0.6
_WORD = re.compile(r"\w+")
#: A sentence end before the predicate: the context stops there (leads run two sentences together,
#: ``2018.وأضاف``, so the sentence the events stage read may be longer than the fact).
_SENTENCE_END = re.compile(r"[.!?؟؛\n]")


def _context(text: str, start: int, end: int, reach: int) -> list[str]:
    """The folded words of the predicate at [start, end) with ``reach`` words each side of it,
    not before the last sentence end before it."""
    before = _words(_SENTENCE_END.split(text[:start])[-1])[-reach:] if reach else []
    return before + _words(text[start:end]) + _words(text[end:])[:reach]


def _words(text: str) -> list[str]:
    """The folded words of ``text``, folded before the split: ``\\w`` does not match a diacritic, so
    an unfolded قَالَ would read as three words."""
    return _WORD.findall(fold(text))


def lead_repeat(article: Article, event: Event, body_events: list[Event],
                contexts: dict[int, set[str]] | None = None) -> Event | None:
    """The body event the deck event repeats: the same code and lemma, with at least REPEAT_SHARE of
    the deck's context words in the body's (the best such), else None. ``contexts`` keeps each body
    event's context words by its index in ``body_events``, read once for all the deck's events."""
    if event.field != "deck" or not article.deck:
        return None
    words = _context(article.deck, event.start, event.end, REPEAT_CONTEXT)
    contexts = {} if contexts is None else contexts
    best, share = None, REPEAT_SHARE
    for i, other in enumerate(body_events):
        if other.cameo != event.cameo or other.action != event.action:
            continue
        around = contexts.get(i)
        if around is None:
            around = contexts[i] = set(_context(article.body[other.paragraph], other.start, other.end,
                                                REPEAT_CONTEXT + REPEAT_SLACK))
        held = sum(w in around for w in words) / len(words)
        if held >= share:
            best, share = other, held
    return best


def drop_lead_repeats(article: Article, events: list[Event]) -> list[Event]:
    """The events less those of the deck that repeat the body's (:func:`lead_repeat`); the body event
    takes a target only the deck's reading found (a statement about the act it reports is matched
    to that act by its claimant's words, which the body may spell shorter: قرقاش for أنور قرقاش)."""
    if not article.deck or not article.body:
        return events
    body_events = [e for e in events if e.field == "body"]
    contexts: dict[int, set[str]] = {}
    kept = []
    for event in events:
        repeated = lead_repeat(article, event, body_events, contexts)
        if repeated is None:
            kept.append(event)
        elif repeated.target is None and event.target is not None and not same_ref(event.target, repeated.source):
            repeated.target = replace(event.target)
    return kept


def same_ref(ref: Ref, other: Ref | None) -> bool:
    """Whether two participants are one party (its words, or its entity)."""
    return other is not None and (ref.text == other.text or (ref.entity is not None and ref.entity == other.entity))
