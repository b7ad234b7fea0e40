"""Parts of a country named by a direction and its nisba adjective: الشمال السوري، الجنوب اللبناني.

The adjectives come from the entities stage's country lexicon (its ``demonym_ar`` column), so both
stages agree on which adjective means which country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.arabic.fold import fold, fold_word
from khabar.places.match import NEXT_WORD, in_idiom

_DIRECTIONS = {"الشمال": "Northern", "الجنوب": "Southern", "الشرق": "Eastern", "الغرب": "Western",
               "الوسط": "Central", "الساحل": "Coastal"}


def _country_nisbas() -> list[tuple[dict[str, str], str]]:
    """(country row, its first nisba adjective) of the entities stage's country lexicon, for the
    countries whose adjective is a nisba (ends in ي); none without the entities stage."""
    try:
        from khabar.entities.lexicon import country_rows
    except ImportError:  # the entities stage is optional for places
        return []
    return [(row, adjective) for row in country_rows()
            for adjective in (row.get("demonym_ar") or "").split("|")[:1] if adjective.endswith("ي")]


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, tuple[str, str]]:
    """Folded adjective with ال (both genders) -> (iso2, English country name)."""
    return {"ال" + fold_word(form): (row["iso2"], row["name"])
            for row, adjective in _country_nisbas() for form in (adjective, adjective[:-1] + "ية")}


@lru_cache(maxsize=1)
def _folded_directions() -> dict[str, str]:
    return {fold_word(k): v for k, v in _DIRECTIONS.items()}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    adjectives = _adjectives()
    if not adjectives:
        return None
    directions = "|".join(fold_word(d) for d in _DIRECTIONS)
    names = "|".join(sorted((re.escape(a) for a in adjectives), key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وفب]?(?:ل)?(?P<x>(?P<d>{directions})\s+(?P<a>{names}))(?!\w)")


def find_country_parts(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, iso2, English name, direction) for each 'direction + adjective' mention."""
    pattern = _pattern()
    if pattern is None:
        return []
    f = fold(text)
    folded_directions = _folded_directions()
    if not any(d in f.text for d in folded_directions):
        return []  # every match holds a direction word: most units have none, and skip the regex
    out = []
    for m in pattern.finditer(f.text):
        if in_idiom(m.group("d"), f.text, m.start("x"), m.end("d")):
            continue  # لاعب خط الوسط البرازيلي: a playing position (idioms.tsv), no part of Brazil
        iso, name = _adjectives()[m.group("a")]
        start, end = f.span(m.start("x"), m.end("x"))
        out.append((start, end, iso, name, folded_directions[m.group("d")]))
    return out


#: A word that may be a definite nisba adjective: ال after one clitic at most (و، ف، ب), ending in ي or ية.
_NISBA_WORD = re.compile(r"(?<!\w)[وفب]?ال\w*(?:ي|ية|يه)(?!\w)")


def nisba_countries(texts: list[str]) -> set[str]:
    """The countries (iso2) whose definite nisba adjective the texts hold (الرسام الهولندي: NL,
    السويسري: CH), with و, ف or ب before it: an article speaking of a country's people or bodies
    speaks of the country, as when it names it."""
    adjectives = _adjectives()
    out = set()
    for text in texts:
        for word in _NISBA_WORD.findall(text):  # (the regex sorts the words in C: half the time of a loop)
            word = fold_word(word)
            found = adjectives.get(word) or (adjectives.get(word[1:]) if word[0] in "وفب" else None)
            if found is not None:
                out.add(found[0])
    return out


def nisba_country(text: str, end: int) -> str | None:
    """The country (iso2) whose nisba adjective stands right after ``end`` (بيروجيا الإيطالية: IT,
    برونو التشيكية: CZ), else None."""
    m = NEXT_WORD.match(text, end)
    found = _adjectives().get(fold_word(m.group(1))) if m is not None else None
    return found[0] if found is not None else None


@lru_cache(maxsize=1)
def _definite_adjectives() -> dict[str, str]:
    """Folded definite nisba adjective, every word with ال, masculine or feminine -> iso2: الأردنية،
    الكورية الجنوبية (a two-word demonym agrees word by word)."""
    nisbas = _country_nisbas()
    if not nisbas:
        return {}
    from khabar.entities.lexicon import demonym_forms

    return {" ".join("ال" + fold_word(w) for w in form.split()): row["iso2"]
            for row, adjective in nisbas for form in demonym_forms(adjective)[:2]}  # (masculine, feminine)


#: The capital, then its nisba (one or two words) right before a name: العاصمة الأردنية عمان،
#: بالعاصمة الكورية الجنوبية سول (group 1: the adjective, folded).
_CAPITAL_NISBA = re.compile(r"(?:^|\s)[وفبل]?(?:العاصمه|لعاصمه)\s+(ال\w+(?:\s+ال\w+)?)\s+$")


def capital_nisba_country(text: str, start: int) -> str | None:
    """The country (iso2) whose capital the words right before ``start`` call the name after them:
    العاصمة + the country's nisba (العاصمة اليونانية أثينا: GR), else None."""
    m = _CAPITAL_NISBA.search(fold(text[max(0, start - 60):start]).text)
    if m is None:
        return None
    words = m.group(1).split()
    adjectives = _definite_adjectives()
    # (two words: a two-word demonym, الكورية الجنوبية, else the first alone is the nisba: العاصمة
    # الفرنسية باريس; and never a second adjective after it, العاصمة المصرية الجديدة X)
    return adjectives.get(" ".join(words)) or (adjectives.get(words[0]) if len(words) == 1 else None)


def masculine_nisba_after(text: str, end: int) -> bool:
    """A country's masculine nisba stands right after ``end`` (ميلان الإيطالي، العين الإماراتي): the
    adjective of a club or a man, since a city takes the feminine one (ميلانو الإيطالية)."""
    m = NEXT_WORD.match(text, end)
    word = fold_word(m.group(1)) if m is not None else ""
    return word.endswith("ي") and word in _adjectives()


#: العاصمة and a nisba of one or two words, with the clitics before it (بالعاصمة الفرنسية، للعاصمة).
_CAPITAL_PHRASE = re.compile(r"(?<!\w)(?:[وف]?(?:بال|لل|ال))عاصم[ةه]\s+(ال\w+)(?:\s+(ال\w+))?")


def capital_phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, iso2) of each «العاصمة + a country's nisba» in ``text`` (العاصمة الفرنسية: Paris;
    بالعاصمة الكورية الجنوبية), the mention of that country's capital; a two-word demonym whole,
    else the first adjective alone (العاصمة الفرنسية الجديدة is not read)."""
    if "عاصم" not in text:
        return []
    adjectives = _definite_adjectives()
    out = []
    for m in _CAPITAL_PHRASE.finditer(text):
        first = fold_word(m.group(1))
        pair = f"{first} {fold_word(m.group(2))}" if m.group(2) else None
        if pair is not None and pair in adjectives:
            out.append((m.start(), m.end(2), adjectives[pair]))
        elif first in adjectives and (m.group(2) is None or not _NISBA_LIKE.search(fold_word(m.group(2)))):
            out.append((m.start(), m.end(1), adjectives[first]))
    return out


#: A second adjective after the nisba (العاصمة المصرية الإدارية، الكورية الجنوبية): the phrase is
#: read only as a two-word demonym.
_NISBA_LIKE = re.compile(r"يه?$")
