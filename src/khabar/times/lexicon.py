"""The time lexicon: ``resources/lexicon.tsv`` (the project's own) plus CLDR month and day names.

Every phrase is stored folded (see :mod:`khabar.arabic.fold`) so patterns and look-ups agree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.arabic.fold import fold_word
from khabar.calendar_names import arabic_weekdays
from khabar.datafiles import tsv_rows

RESOURCES = Path(__file__).parent / "resources"
#: CLDR locales whose month names appear in Arabic news: MSA, Levantine/Iraqi, Maghrebi, Moroccan.
MONTH_LOCALES = ("ar", "ar_SY", "ar_IQ", "ar_TN", "ar_DZ", "ar_MA")


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]  # folded Gregorian month name -> 1..12
    months_needing_context: frozenset[str]
    #: month names as written (not folded: أب is 'father', آب August) that alone are another word
    not_month_spellings: frozenset[str]
    #: words as written (madda kept) that fold like a relative day but are a name (آلان, Alan: not الآن)
    not_relday_spellings: frozenset[str]
    hijri_months: dict[str, int]
    weekdays: dict[str, int]  # folded day name -> Python weekday (Monday = 0)
    numbers: dict[str, int]  # cardinal words
    ordinals: dict[str, int]
    units: dict[str, tuple[str, int | None]]  # unit word -> (day|week|month|year, count or None)
    reldays: dict[str, int]
    periods: dict[str, str]
    directions: dict[str, int]
    words: dict[str, frozenset[str]]  # plain word classes: anaphor, modifier, time_of_day, ...
    decades: dict[str, int]
    clock_hours: dict[str, int]  # الساعة العاشرة -> 10
    clock_minutes: dict[str, int]  # والنصف -> 30, إلا ربعا -> -15
    clock_periods: dict[str, str]  # صباحا -> am, مساء -> pm, ظهرا -> noon, ليلا -> night
    seasons: dict[str, int]  # صيف -> 6: a season's first month
    modifier_days: dict[str, int]  # منتصف -> 15: the day of a Hijri month a modifier points at


def _folded_rows(table: list[list[str]]) -> dict[str, list[tuple[str, str]]]:
    """(folded phrase, value) of each row of the table, by class."""
    rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cls, phrase, *rest in table:
        rows[cls].append((fold_word(phrase), rest[0] if rest else ""))
    return rows


def _unfolded(table: list[list[str]], cls: str) -> list[str]:
    """The phrases of one class as written: the few classes whose hamza or madda tells words apart."""
    return [phrase for c, phrase, *_ in table if c == cls]


def _cldr_months() -> dict[str, int]:
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for loc in MONTH_LOCALES:
        for number, name in get_month_names("wide", locale=loc).items():
            out[fold_word(name)] = number
    return out


def _unit(value: str) -> tuple[str, int | None]:
    unit, _, count = value.partition(":")
    return unit, int(count) if count else None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    table = tsv_rows((RESOURCES / "lexicon.tsv").read_text(encoding="utf-8"))
    rows = _folded_rows(table)
    months = _cldr_months()
    months.update({p: int(v) for p, v in rows["month"]})
    plain = ("anaphor", "modifier", "time_of_day", "future_marker", "trigger", "era", "frequency", "day_adjective",
             "past_aux", "marker_negation", "hijri_epithet", "present_break", "not_present_verb",
             "past_particle", "two_before", "count_word", "count_before", "year_before", "after_year", "previous", "general_title", "night_into", "not_future_stem",
             "range_from", "range_between", "range_to", "weekday_place", "date_place", "media_head", "age_noun",
             "part_noun", "range_unit", "clock_lead", "bare_clock_lead",
             "clause_break", "delivery", "setting_year", "same_year", "every_year", "starting_from", "same_day_before", "same_day_after", "weekday_habit", "every_week", "occasion", "commemoration", "now",
             "event_counted", "fixture", "fixture_past", "fixture_ahead", "fixture_relative", "when_opener",
             "whether", "dual_day", "fixture_holder", "adjunct_preposition", "brand_month", "brand_head", "brand_tail", "same_as_named", "same_before",
             "condition_ahead", "condition_noun_link", "deadline_before",
             "until_now", "vision_head", "since_superlative", "at_least")
    return Lexicon(
        months=months,
        months_needing_context=frozenset(p for p, _ in rows["month_needs_context"]),
        not_month_spellings=frozenset(_unfolded(table, "not_month_spelling")),
        not_relday_spellings=frozenset(_unfolded(table, "not_relday_spelling")),
        hijri_months={p: int(v) for p, v in rows["hijri_month"]},
        weekdays={fold_word(name): number for name, number in arabic_weekdays().items()},
        numbers={p: int(v) for p, v in rows["cardinal"]},
        ordinals={p: int(v) for p, v in rows["ordinal"]},
        units={p: _unit(v) for p, v in rows["unit"]},
        reldays={p: int(v) for p, v in rows["relday"]},
        periods={p: v for p, v in rows["period"]},
        directions={p: int(v) for p, v in rows["direction"]},
        words={cls: frozenset(p for p, _ in rows[cls]) for cls in plain},
        decades={p: int(v) for p, v in rows["decade"]},
        clock_hours={p: int(v) for p, v in rows["clock_hour"]},
        clock_minutes={p: int(v) for p, v in rows["clock_minutes"]},
        clock_periods={p: v for p, v in rows["clock_period"]},
        seasons={p: int(v) for p, v in rows["season"]},
        modifier_days={p: int(v) for p, v in rows["modifier_day"]},
    )


def alternation(phrases: object) -> str:
    """A regex alternation of folded phrases, longest first, spaces matching any whitespace."""
    return _alternation(frozenset(phrases))  # type: ignore[arg-type]


@lru_cache(maxsize=256)  # interpretation asks for the same few word classes for every expression
def _alternation(phrases: frozenset[str]) -> str:
    items = sorted(phrases, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in items) + ")"
