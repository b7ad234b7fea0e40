"""Clubs named after their city or with a common word (برشلونة, الهلال "the crescent", الاتحاد
"the union"): such a form names the club only where the text speaks of sport.

``clubs.tsv`` lists these forms apart (its ``cued`` column); they are matched by their own small
lexicon, and only in a text unit (a paragraph, or a sentence for the tagger) holding at least
``MIN_CUES`` distinct sport words (``sports_cues.txt``: مباراة, الدوري, لاعب, مدرب ...).  There a
cued club replaces the place matches it covers (برشلونة the city becomes FC Barcelona); it never
overrides another name (الهلال الأحمر stays the Red Crescent).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.arabic import Token
from khabar.entities.keys import alias_key, word_readings
from khabar.entities.lexicon import Entry, club_cued_entries, word_list
from khabar.entities.matcher import Lexicon, Match

#: Distinct sport words a unit needs before a cued form names a club.
MIN_CUES = 2
_PLACE_KINDS = ("country", "capital", "city")


@lru_cache(maxsize=1)
def cued_lexicon() -> Lexicon:
    return Lexicon(club_cued_entries())


@lru_cache(maxsize=1)
def sport_words() -> frozenset[str]:
    return frozenset(alias_key(w) for w in word_list("sports_cues"))


def speaks_of_sport(tokens: list[Token]) -> bool:
    """At least ``MIN_CUES`` distinct sport words among the tokens (any clitic reading)."""
    cues = sport_words()
    seen: set[str] = set()
    for t in tokens:
        hit = cues.intersection(word_readings(t.text))
        if hit:
            seen |= hit
            if len(seen) >= MIN_CUES:
                return True
    return False


def with_clubs(tokens: list[Token], matches: list[Match]) -> list[Match]:
    """``matches`` with the cued club names of a unit that speaks of sport put in."""
    cued = cued_lexicon().find(tokens)
    if not cued or not speaks_of_sport(tokens):
        return matches
    out = list(matches)
    for c in cued:
        overlapping = [m for m in out if m.first <= c.last and c.first <= m.last]
        if all(_is_place(m.entry) and c.first <= m.first and m.last <= c.last for m in overlapping):
            out = [m for m in out if m not in overlapping] + [c]
    return sorted(out, key=lambda m: m.first)


def _is_place(entry: Entry) -> bool:
    return entry.kind in _PLACE_KINDS or entry.type in ("GPE", "LOC")
