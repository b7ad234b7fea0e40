"""Readings of detected time expressions: cached, handed out as independent copies."""

from __future__ import annotations

import copy

import pytest

from khabar.times.interpret import Parsed, parse, shallow_copy


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
