"""Well-known days of history named by a day and month without a year (هجمات 11 سبتمبر، ثورة 25
يناير): ``resources/named_dates.tsv``, read when the noun that makes the day an event stands right
before it."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from khabar.arabic.fold import fold_word
from khabar.datafiles import tsv_records
from khabar.times.interpret import Parsed
from khabar.times.lexicon import lexicon

RESOURCES = Path(__file__).parent / "resources"

#: The word before an expression, past an opening quote or the article glued to the day (هجمات "11
#: سبتمبر"، هجمات الـ11 من سبتمبر).
_WORD_BEFORE = re.compile(r"(\w+)[\s\"«“']*(?:الـ\s*|ال)?$")
#: The same, past a first day and month joined by و: the noun of a pair (ثورتي 25 يناير و30 يونيو).
_NOUN_OF_PAIR = re.compile(r"(\w+)[\s\"«“']*\d{1,2}\s+[^\W\d]+(?:\s*/\s*[^\W\d]+)?\s*و\s*$")
#: The clitics a noun may carry: و، ف، ب، ل، ك, and ال (الثورة، لهجمات، ولثورة).
_CLITIC = re.compile(r"^[وف]?[بلك]?(?:ال)?")


@lru_cache(maxsize=1)
def named_dates() -> dict[tuple[int, int], tuple[str, frozenset[str]]]:
    """(month, day) -> (ISO date, the folded nouns that make it that day)."""
    table = tsv_records((RESOURCES / "named_dates.tsv").read_text(encoding="utf-8"))
    out = {}
    for row in table:
        date = str(row["date"])
        nouns = frozenset(fold_word(n.strip()) for n in str(row["nouns"]).split(","))
        out[(int(date[5:7]), int(date[8:10]))] = (date, nouns)
    return out


def _yearless_day(parsed: Parsed) -> bool:
    """A Gregorian day and month with no year, no range and no count (11 سبتمبر, not 11 سبتمبر 2001)."""
    return parsed.kind == "date" and not parsed.hijri and not parsed.year and parsed.direction is None \
        and parsed.end_day is None and parsed.month is not None and parsed.day is not None


def named_date(text: str, start: int, parsed: Parsed) -> str | None:
    """The date of history a yearless day and month at ``start`` names after its noun, else None."""
    if not _yearless_day(parsed):
        return None
    row = named_dates().get((parsed.month, parsed.day))
    if row is None:
        return None
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is not None and fold_word(m.group(1)) == "و":
        m = _NOUN_OF_PAIR.search(text, max(0, start - 50), start)
    if m is None:
        return None
    return row[0] if any(w in row[1] for w in _noun_forms(m)) else None


def occasion_day(text: str, start: int, parsed: Parsed) -> bool:
    """A yearless day and month at ``start`` right after an ``occasion`` noun that is no
    ``commemoration`` (هجمات 12 أغسطس، ثورة 14 جانفي; not ذكرى 11 سبتمبر): a day of history."""
    if not _yearless_day(parsed):
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    words = lexicon().words
    return any(w in words["occasion"] and w not in words["commemoration"] for w in _noun_forms(m))


def _noun_forms(m: re.Match[str]) -> tuple[str, str]:
    """The folded word a match of the word before found, as written and without its clitics."""
    word = fold_word(m.group(1))
    return word, _CLITIC.sub("", word)

