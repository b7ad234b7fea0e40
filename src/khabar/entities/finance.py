"""Banks, exchanges and companies named after a country (:func:`names_a_country_body`): the
construct form of a body's head, a country and, closing the name, relational adjectives (بنك قطر
العربي, صندوق قطر السيادي) make one body, and so do a bank's or an exchange's head and the country
alone (بورصة الكويت, مصرف لبنان: ``country_body_heads.txt``).  Elsewhere a head before a country
leaves the country a place (منتخب مصر, فريق قطر), as :meth:`BodyFinder.with_head` reads it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.entities.cues import HEAD_TYPE, READINGS, heads_apart_from_places
from khabar.entities.keys import fold
from khabar.entities.lexicon import folded_word_list
from khabar.entities.matcher import Match

if TYPE_CHECKING:
    from khabar.entities.bodies import BodyFinder


def names_a_country_body(finder: BodyFinder, first: int, last: int, item: object) -> bool:
    """The country of Match ``item`` (tokens ``first`` to ``last``, written with no proclitic) follows
    the construct form of a body's head (not an office or district head: مكتب قطر) and is one body's
    name with it: the head is a bank's or an exchange's, or a relational adjective follows the
    country and agrees with the head (بنك تونس العربي الدولي; not the article's clause: منتخب مصر الذي)."""
    head = first - 1
    if not isinstance(item, Match) or item.entry.kind != "country" or head < 0 or head in finder.covered:
        return False
    toks = finder.tokens
    if toks[head].kind != "word" or HEAD_TYPE(finder.cues[head]) != "ORG" or finder.is_definite(head) \
            or finder.lex.keys.proclitic_length(toks[first].text):
        return False
    readings = READINGS(finder.cues[head])
    if not heads_apart_from_places().isdisjoint(readings):
        return False
    return not folded_word_list("country_body_heads").isdisjoint(readings) \
        or last + 1 < len(toks) and finder.is_body_adjective(last + 1) and _agree(finder.texts[head], finder.texts[last + 1])


def _agree(head: str, adjective: str) -> bool:
    """The adjective qualifies the head, not the country between them: both feminine (in ة) or both
    not (صندوق قطر السيادي; in اتحاد ألمانيا الغربية the adjective is the country's: West Germany)."""
    return fold(head).endswith("ه") == fold(adjective).endswith("ه")
