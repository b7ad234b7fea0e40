"""Weekdays read beside the weekday before them (khabar.times.weekdays)."""

from __future__ import annotations

import pytest

from khabar.times import analyse_text

PUB = "2018-03-15"  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    # the second of a pair is the first of its days after the first's: one week's two days
    ("يزور الرئيس القاهرة الثلاثاء والأربعاء", ["2018-03-20", "2018-03-21"]),
    ("زار الرئيس القاهرة الثلاثاء والأربعاء", ["2018-03-13", "2018-03-14"]),
    ("يلتقي الوزير نظيره الاثنين أو الثلاثاء", ["2018-03-19", "2018-03-20"]),
    ("يلعب المنتخب مبارياته السبت والأحد والاثنين", ["2018-03-17", "2018-03-18", "2018-03-19"]),
    # a direction of its own decides (الثلاثاء الماضي), and a weekday apart from the first is none of a pair
    ("يزور القاهرة الثلاثاء وكان قد زار عمان الأربعاء الماضي", ["2018-03-20", "2018-03-14"]),
])
def test_the_second_weekday_of_a_pair_follows_the_first(text: str, expected: list[str]) -> None:
    assert [v for _, _, v in analyse_text(text, PUB)] == expected
