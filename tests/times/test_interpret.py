"""Readings of detected time expressions: cached, handed out as independent copies."""

from __future__ import annotations

import copy

import pytest

from khabar.arabic.fold import fold_word
from khabar.times.interpret import Parsed, clock_of, parse, shallow_copy


@pytest.mark.parametrize("parsed", [
    Parsed("date", year=2017, month=11, day=14), Parsed("ago", count=3, unit="day", sign=1), Parsed("weekday"),
])
def test_shallow_copy_is_copy_copy(parsed: Parsed) -> None:
    made = shallow_copy(parsed)
    assert made == parsed and made is not parsed
    assert vars(made) == vars(copy.copy(parsed))


@pytest.mark.parametrize(("kind", "text"), [("relday", "اليوم"), ("period", "العام الماضي"), ("year", "عام 2017")])
def test_a_changed_reading_leaves_the_cached_one_alone(kind: str, text: str) -> None:
    first = parse(kind, text)
    expected = copy.copy(first)
    first.year, first.direction = 1999, 5
    assert parse(kind, text) == expected


@pytest.mark.parametrize(("hour", "number"), [
    ("الواحدة", 1), ("العاشرة", 10), ("الحادية عشرة", 11), ("الثانية عشرة", 12),
])
def test_clock_hours(hour: str, number: int) -> None:
    assert clock_of(fold_word(f"الساعة {hour}")) == f"{number:02d}:00"


@pytest.mark.parametrize(("text", "clock"), [
    ("الساعة العاشرة صباحا", "10:00"), ("الساعة العاشرة مساء", "22:00"), ("الساعة العاشرة ليلا", "22:00"),
    ("الساعة الثانية عشرة ليلا", "00:00"), ("الساعة الثانية ليلا", "02:00"), ("الساعة الواحدة ظهرا", "13:00"),
    ("الساعة الثانية عشرة ظهرا", "12:00"), ("الساعة التاسعة إلا ربعا", "08:45"), ("الساعة 10:30", "10:30"),
    ("الساعة 25", None),
])
def test_clock_values(text: str, clock: str | None) -> None:
    assert clock_of(fold_word(text)) == clock
