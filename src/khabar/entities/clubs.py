"""Clubs named after their city or with a common word (برشلونة, الهلال "the crescent", الاتحاد
"the union"): such a form names the club only where the text speaks of sport.

``clubs.tsv`` lists these forms apart (its ``cued`` column); the lexicon matches them as entries
of kind ``cued`` (ranked after every other reading of the same words) and resolves them with
:func:`with_clubs` in every :meth:`~khabar.entities.matcher.Lexicon.find`: in the tokens searched
(a paragraph for the stage, a sentence for the tagger) holding at least ``MIN_CUES`` distinct sport
words (``sports_cues.txt``: مباراة, الدوري, لاعب, مدرب ...) such a match is the club, unless the
same words also name something other than a place; elsewhere the cued reading is dropped.  So the
stage, the tagger's lexicon features (in training too) and the layer after it all see one
reading.  A longer name always wins (الهلال الأحمر stays the Red Crescent).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.arabic import Token
from khabar.entities.keys import alias_key, word_readings
from khabar.entities.lexicon import Entry, word_list

if TYPE_CHECKING:  # the matcher imports this module
    from khabar.entities.matcher import Match

#: Distinct sport words a unit needs before a cued form names a club.
MIN_CUES = 2
_PLACE_KINDS = ("country", "capital", "city")


@lru_cache(maxsize=1)
def sport_words() -> frozenset[str]:
    return frozenset(alias_key(w) for w in word_list("sports_cues"))


def speaks_of_sport(tokens: Sequence[Token]) -> bool:
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


def club_of(m: Match) -> Entry | None:
    """The club a match's cued reading names, when nothing but places competes with it."""
    cued = m.entries[-1]
    if cued.kind != "cued" or not all(_is_place(e) for e in m.entries[:-1]):
        return None
    return replace(cued, kind="named", type="ORG")


def with_clubs(tokens: Sequence[Token], matches: list[Match]) -> list[Match]:
    """``matches`` with their cued readings resolved: the club where the tokens speak of sport,
    dropped elsewhere."""
    if not any(m.entries[-1].kind == "cued" for m in matches):
        return matches
    sport = speaks_of_sport(tokens)
    out = []
    for m in matches:
        if m.entries[-1].kind != "cued":
            out.append(m)
        elif sport and (club := club_of(m)) is not None:
            out.append(replace(m, entries=(club,)))
        elif len(m.entries) > 1:
            out.append(replace(m, entries=m.entries[:-1]))
    return out


def _is_place(entry: Entry) -> bool:
    return entry.kind in _PLACE_KINDS or entry.type in ("GPE", "LOC")
