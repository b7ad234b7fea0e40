"""A country's name after a word for a city is its capital of the same name (مدينة الكويت: Kuwait
City, مدينة تونس: Tunis), where the capital is named after the country (``countries.tsv``: a
capital with no Arabic alias of its own, or one spelt as the country).

The word for a capital and a nationality adjective with no capital's name after them name that
capital (:func:`described_capitals`: في العاصمة السعودية أمس is Riyadh; العاصمة الفرنسية باريس leaves
the name to say it)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from khabar.arabic import Token
from khabar.entities.keys import fold, strip_article, word_readings
from khabar.entities.lexicon import Entry, country_entries, country_rows
from khabar.entities.matcher import Match
from khabar.towns import designator_rows

#: Features of the shared designators (:func:`khabar.towns.designator_rows`) that name a city.
CITY_FEATURES = frozenset({"city"})


@lru_cache(maxsize=1)
def city_nouns() -> frozenset[str]:
    """Folded words for a city without the article (مدينة, بلدة)."""
    return frozenset(strip_article(fold(w)) for w, feature, _ in designator_rows() if feature in CITY_FEATURES)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code -> the English name of its capital, for the capitals named as their country: no
    Arabic alias of their own in ``countries.tsv``, or one of the country's aliases (مدينة سورية is a
    Syrian town, not Damascus)."""
    return {row["iso2"]: row["capital"] for row in country_rows() if row["capital"] and row["iso2"]
            and (not row["capital_ar"] or set(_aliases(row["capital_ar"])) & set(_aliases(row["aliases"])))}


def _aliases(cell: str) -> list[str]:
    return [a for a in cell.split("|") if a]


def capital_named_as(entry: Entry, word_before: str) -> Entry | None:
    """The capital the country ``entry`` names after ``word_before``, a word for a city, perhaps
    after a proclitic (مدينة الكويت, بمدينة تونس; not المدينة), or None."""
    if entry.kind != "country" or not entry.country or city_nouns().isdisjoint(word_readings(word_before)) \
            or strip_article(fold(word_before)) != fold(word_before) and fold(word_before).startswith("ال"):
        return None
    capital = _capitals().get(entry.country)
    if capital is None:
        return None
    return replace(entry, name=capital, kind="capital", wikidata=None)


#: The word for a capital, with the article and perhaps a proclitic (العاصمة, بالعاصمة), folded.
CAPITAL_NOUNS = frozenset({"العاصمه", "بالعاصمه", "والعاصمه", "وبالعاصمه", "فالعاصمه"})
#: Punctuation that may stand between the phrase and the capital's name (العاصمة البريطانية، لندن).
_NAME_COMMAS = frozenset({"،", ","})
#: Marks that open a name after the phrase (العاصمة القطرية «الدوحة», العاصمة البرازيلية "برازيليا").
_NAME_OPENERS = frozenset({'"', "«", "“", "("})


@lru_cache(maxsize=1)
def capital_entries() -> dict[str, Entry]:
    """Country code -> the lexicon entry of its capital, for the capitals with an Arabic name."""
    out: dict[str, Entry] = {}
    for _, entry in country_entries():
        if entry.kind == "capital" and entry.country and entry.name_ar:
            out.setdefault(entry.country, entry)
    return out


def described_capitals(matches: list[Match], tokens: list[Token]) -> list[Match]:
    """The matches with each nationality adjective right after the word for a capital (العاصمة
    السعودية), with no name after it (nor after a comma), read with that word as the country's
    capital: one match of the capital over both words."""
    out = []
    starts = {m.first for m in matches}
    for m in matches:
        k = m.first - 1
        if m.first == m.last and k >= 0 and tokens[k].kind == "word" and fold(tokens[k].text) in CAPITAL_NOUNS \
                and fold(tokens[m.first].text).startswith("ال") and fold(tokens[m.first].text).endswith("يه") \
                and any(e.kind == "demonym" for e in m.entries) and not _name_follows(m.last, tokens, starts):
            capital = capital_entries().get(next(e.country for e in m.entries if e.kind == "demonym") or "")
            if capital is not None:
                m = Match(k, m.last, (capital,))
        out.append(m)
    return out


def _name_follows(last: int, tokens: list[Token], starts: set[int]) -> bool:
    """A lexicon match opens right after token ``last``, or after a comma there; or a quoted name
    follows (العاصمة البرازيلية "برازيليا")."""
    k = last + 1
    if k < len(tokens) and tokens[k].text in _NAME_OPENERS:
        return True
    if k < len(tokens) and tokens[k].text in _NAME_COMMAS:
        k += 1
    return k in starts
