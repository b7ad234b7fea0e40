"""A place named as a part of another: X من ولاية Y, X التابعة لمدينة Y, X بولاية Y.

Local news places a quarter or a district inside its town or governorate (بمنطقة المنصورة من مدينة
القيروان، معتمدية الجم من ولاية المهدية): the part lies in the country of the whole, whatever bigger
town elsewhere has its name (المنصورة in Kairouan is no Mansoura in Egypt).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from khabar.arabic.fold import fold_word
from khabar.places.gazetteer import designators
from khabar.places.match import Hit
from khabar.places.resolve import Choice

#: After a place: من, التابعة ل or ب, then a settlement designator (ولاية، مدينة، معتمدية …) and the
#: whole's name. Group 1 is the connecting word, group 2 the designator.
_PART_OF = re.compile(r"\s*،?\s*(من\s+|التابع[ةه]?\s+ل|ب)(\w+)\s+")
#: The designators that name a whole a part lies in: a town, a governorate, a province.
_WHOLES = frozenset({"city", "region"})


def whole_country(text: str, hit: Hit, unit_hits: Sequence[Hit], chosen: Mapping[Hit, Choice | None]) -> str | None:
    """The country of the place ``hit`` is said to lie in, or None. Only a part: a designated one
    (بمنطقة المنصورة من مدينة القيروان), or one joined by ب or التابعة ل (باركلاند بولاية فلوريدا); a
    bare name before من is more often where someone comes from (وصل إلى دمشق من مدينة بيروت)."""
    m = _PART_OF.match(text, hit.end)
    if m is None or designators().get(fold_word(m.group(2)), ("",))[0] not in _WHOLES:
        return None
    if m.group(1).startswith("من") and hit.designator in (None, "country"):
        return None
    for whole in unit_hits:
        if m.start(1) <= whole.start <= m.end() and whole.end > m.end():
            choice = chosen.get(whole)
            countries = {e.country for e in whole.readings}
            country = choice.entry.country if choice is not None else countries.pop() if len(countries) == 1 else None
            parts = {e.country for e in hit.readings}
            if country not in parts and countries & parts:
                return None  # (رداع بمحافظة البيضاء: the part tells which البيضاء, Yemen's, not the reverse)
            return country
    return None


def reading_in(hit: Hit, country: str) -> Choice | None:
    """The likeliest reading of ``hit`` in ``country``, or None when it has none there."""
    there = [e for e in hit.readings if e.country == country and e.feature != "country"]
    return Choice(max(there, key=lambda e: e.prior)) if there else None
