"""A place named as a part of another: X من ولاية Y, X التابعة لمدينة Y, X بولاية Y.

Local news places a quarter or a district inside its town or governorate (بمنطقة المنصورة من مدينة
القيروان، معتمدية الجم من ولاية المهدية): the part lies in the country of the whole, whatever bigger
town elsewhere has its name (المنصورة in Kairouan is no Mansoura in Egypt).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from khabar.arabic.fold import fold_word
from khabar.datafiles import tsv_rows
from khabar.model import Place
from khabar.places.gazetteer import RESOURCES, designator_feature
from khabar.places.match import Hit
from khabar.places.resolve import Choice


@lru_cache(maxsize=1)
def _links() -> dict[str, str]:
    """role -> a regex alternation of its links (``part_links.tsv``), each as written: its spaces any
    run of spaces, and a space after it unless it ends in - (joined to the next word: ب، التابعة ل)."""
    out: dict[str, list[str]] = {}
    for link, role in tsv_rows((RESOURCES / "part_links.tsv").read_text(encoding="utf-8")):
        joined = link.endswith("-")
        words = [re.escape(w) for w in link.removesuffix("-").split()]
        out.setdefault(role, []).append(r"\s+".join(words) + ("" if joined else r"\s+"))
    return {role: "|".join(links) for role, links in out.items()}


@lru_cache(maxsize=1)
def _part_of() -> re.Pattern[str]:
    """After a place: a part_of link (من، التابعة ل، ب), then a settlement designator (ولاية، مدينة،
    معتمدية …) and the whole's name. Group 1 is the link, group 2 the designator."""
    return re.compile(rf"\s*،?\s*({_links()['part_of']})(\w+)\s+")


@lru_cache(maxsize=1)
def _capital_of() -> re.Pattern[str]:
    """After a town: عاصمة and the whole it heads, named with its designator (مدينة زنجبار، عاصمة محافظة
    أبين: Yemen's Zinjibar, not Zanzibar); never a bare name, often a claim (القدس عاصمة إسرائيل)."""
    return re.compile(rf"\s*،?\s*(?:{_links()['capital_of']})")


_NEXT_WORD = re.compile(r"(\w+)\s+")
#: The designators that name a whole a part lies in: a town, a governorate, a province.
_WHOLES = frozenset({"city", "region"})


def whole_country(text: str, hit: Hit, unit_hits: Sequence[Hit], chosen: Mapping[Hit, Choice | None]) -> str | None:
    """The country of the place ``hit`` is said to lie in, or None. Only a part: a designated one
    (بمنطقة المنصورة من مدينة القيروان), or one joined by ب or التابعة ل (باركلاند بولاية فلوريدا), or
    the capital of a whole named after عاصمة (زنجبار، عاصمة محافظة أبين); a bare name before من is
    more often where someone comes from (وصل إلى دمشق من مدينة بيروت)."""
    m = _part_of().match(text, hit.end)
    if m is not None and designator_feature(fold_word(m.group(2))) in _WHOLES:
        if m.group(1).startswith("من") and hit.designator in (None, "country"):
            return None
        lo, hi, capital = m.start(1), m.end(), False
    elif (m := _capital_of().match(text, hit.end)) is not None \
            and (after := _NEXT_WORD.match(text, m.end())) is not None \
            and designator_feature(fold_word(after.group(1))) in _WHOLES:
        lo, hi, capital = m.start(), after.end(), True
    else:
        return None
    for whole in unit_hits:
        if lo <= whole.start <= hi and whole.end > hi:
            choice = chosen.get(whole)
            countries = {e.country for e in whole.readings}
            country = choice.entry.country if choice is not None else countries.pop() if len(countries) == 1 else None
            parts = {e.country for e in hit.readings}
            if country not in parts and (countries & parts or capital):
                return None  # (رداع بمحافظة البيضاء: the part tells which البيضاء, Yemen's, not the reverse;
                # a capital is a known town: سنندج، عاصمة محافظة كردستان is Iran's, whatever كردستان reads)
            return country
    return None


#: Between a settlement and the region or country it lies in, joined by ب: spaces, maybe a comma.
_BEFORE_BI = re.compile(r"\s*،?\s*")
#: Settlement designators (قرية، بلدة، مدينة، مخيم) whose place a ب-joined whole right after it tells.
_SETTLEMENTS = frozenset({"city", "camp"})
#: What that whole is: a region (الضفة الغربية، قطاع غزة), a state or a country.
_AREAS = frozenset({"region", "state", "country"})


def settlement_country(text: str, hit: Hit, unit_hits: Sequence[Hit],
                       chosen: Mapping[Hit, Choice | None]) -> str | None:
    """The country of the region or country written right after a designated settlement with ب
    attached (قرية دوما بالضفة الغربية: the West Bank village, no Douma in Syria; مدينة رام الله،
    بالضفة الغربية), or None: the settlement lies there, whichever town elsewhere has its name."""
    if hit.designator not in _SETTLEMENTS:
        return None
    at = _BEFORE_BI.match(text, hit.end).end()
    for whole in unit_hits:
        if whole.start == at and whole.in_bi and (choice := chosen.get(whole)) is not None \
                and choice.part is None and choice.entry.feature in _AREAS:
            return choice.entry.country
    return None


def reading_in(hit: Hit, country: str) -> Choice | None:
    """The likeliest reading of ``hit`` in ``country``, or None when it has none there."""
    there = [e for e in hit.readings if e.country == country and e.feature != "country"]
    return Choice(max(there, key=lambda e: e.prior)) if there else None


@lru_cache(maxsize=1)
def _in_whole() -> re.Pattern[str]:
    """Between a name the gazetteer lacks and the known place it lies in: spaces (a part named with
    its clitic: تفتناز بمحافظة إدلب), or an in_whole link (في، قرب، بالقرب من، بجوار، عاصمة) and maybe
    a far one (أقصى: فوتوكول في أقصى شمال الكاميرون، ماليه عاصمة المالديف), then direction words the
    place leaves out (سروج بجنوب شرقي تركيا: the place is شرقي تركيا). Nothing else: فوتوكول الحدودية
    مع نيجيريا is no part of Nigeria."""
    links = _links()
    return re.compile(rf"\s+(?:(?:{links['in_whole']})(?:{links['far']})?)?")


#: A comma only before a part of a country (عبرا، جنوب لبنان).
_BEFORE_PART = re.compile(r"\s*،\s*")


def _directions_only(words: str) -> bool:
    """Every word is a direction designator (شمال، جنوبي), the first maybe with ب (بجنوب)."""
    for i, word in enumerate(fold_word(words).split()):
        if designator_feature(word) != "part" and not (i == 0 and word[:1] == "ب"
                                                       and designator_feature(word[1:]) == "part"):
            return False
    return True


def unknown_whole_country(text: str, end: int, known: Sequence[Place]) -> str | None:
    """The country of the known place a name the gazetteer lacks, ending at ``end``, is said to lie
    in (حي ليفانت في إسطنبول، بلدة سروج بجنوب شرقي تركيا: Turkey, whatever the article's main
    country), or None. ``known``: the unit's resolved places, in text order."""
    for place in known:
        if place.start < end or place.country is None or place.feature == "unknown":
            continue
        joint = _in_whole().match(text, end, place.start)
        if joint is not None and _directions_only(text[joint.end():place.start]) and (
                text[end:place.start].strip() or place.feature == "region" or text.startswith("ب", place.start)):
            return place.country  # (a bare town right after it may be the rest of its name:
            # بيسكارا دل تورنتو, read بيسكارادبل تورنتو, is no part of Toronto)
        if place.feature == "region" and _BEFORE_PART.fullmatch(text, end, place.start):
            return place.country
        return None  # (only the first place after it)
    return None
