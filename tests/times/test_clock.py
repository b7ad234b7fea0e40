"""Clock times: الساعة N, alone (value null) or beside the day it sets the hour of."""

from __future__ import annotations

import pytest

from khabar.times import expressions
from khabar.times.fold import fold_word
from khabar.times.interpret import clock_of

PUB = "2017-03-02"  # a Thursday


def read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[e.start:e.end], e.value, e.clock) for e in expressions(text, PUB)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع الانفجار في الساعة العاشرة صباحا", [("الساعة العاشرة صباحا", None, "10:00")]),
    ("على الساعة الثالثة فجرا من يوم الأحد 27 يوليو 2008، حيث",
     [("الساعة الثالثة فجرا من يوم الأحد 27 يوليو 2008", "2008-07-27", "03:00")]),
    ("من الساعة السابعة من صباح يوم الأربعاء 1 مارس 2017",
     [("الساعة السابعة من صباح يوم الأربعاء 1 مارس 2017", "2017-03-01", "07:00")]),  # the day's صباح
    ("تظاهروا مساء اليوم الخميس على الساعة الثامنة", [("مساء اليوم الخميس على الساعة الثامنة", PUB, "20:00")]),
    ("في حدود الساعة السابعة مساء من يوم أمس", [("الساعة السابعة مساء من يوم أمس", "2017-03-01", "19:00")]),
    ("حتى الساعة 17,00 (بالتوقيت المحلي) من السادس من مارس",
     [("الساعة 17,00 (بالتوقيت المحلي) من السادس من مارس", "2017-03-06", "17:00")]),
    ("يعقد غدا الساعة العاشرة والنصف", [("غدا الساعة العاشرة والنصف", "2017-03-03", "10:30")]),
    ("مرت ساعة على الحادث", []),  # a duration, no clock
])
def test_clock_expressions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert read(text) == expected


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
