"""khabar.calendar_names: CLDR's Arabic weekday names as written, with الإثنين beside الاثنين."""

from __future__ import annotations

import pytest

from khabar.calendar_names import arabic_weekdays


@pytest.mark.parametrize(("name", "weekday"), [
    ("الاثنين", 0),  # CLDR's spelling
    ("الإثنين", 0),  # the hamza spelling pages use
    ("الثلاثاء", 1),
    ("الجمعة", 4),
    ("الأحد", 6),
])
def test_arabic_weekdays(name: str, weekday: int) -> None:
    assert arabic_weekdays()[name] == weekday


def test_every_weekday_named() -> None:
    assert set(arabic_weekdays().values()) == set(range(7))
