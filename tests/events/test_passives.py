"""Passive readings of undiacritised perfects (khabar.events.passives)."""

from __future__ import annotations

import pytest

from .composed import coded_parties as coded


@pytest.mark.parametrize(("text", "event"), [
    # a relative clause's perfect with a preposition or an agent phrase after it: the antecedent underwent it
    ("وزار الوزير أسر الجنود الذين قتلوا في الهجوم.", ("قتل", None, "الجنود")),
    ("وقال الرئيس إن المتظاهرين الذين اعتقلوا خلال المظاهرات سيطلق سراحهم.", ("اعتقل", None, "المتظاهرين")),
    ("وعثر على جثة الصحفي الذي اختطف على يد مسلحين.", ("خطف", "مسلحين", "الصحفي")),
    # an object after it: the antecedent did it
    ("واعتقلت الشرطة الرجل الذي قتل زوجته.", ("قتل", "الرجل", None)),
    ("وأشاد الوزير بالشرطة التي اعتقلت ثلاثة مشتبه بهم.", ("اعتقل", "الشرطة", "ثلاثة مشتبه بهم")),
])
def test_a_relative_clauses_perfect_with_no_object_is_passive(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)
