"""Credit lines split into their parts (:mod:`khabar.structure.credits`)."""

from __future__ import annotations

import pytest

from khabar.structure.credits import credit_parts, role_byline
from khabar.structure.data import read_rows


@pytest.mark.parametrize("text", ["18 Aug 2015 - 10 Jul 2018", "12 مارس 2023 - 14 مارس 2023"])
def test_a_range_of_dates_is_no_credit(text: str) -> None:
    assert credit_parts(text) is None


@pytest.mark.parametrize("client", [r[0] for r in read_rows("posting_clients.txt")])
def test_the_app_a_post_was_sent_from_credits_no_one(client: str) -> None:
    assert credit_parts(f"May 18, 2018, 17:41 · {client}") == {"date": "2018-05-18"}


def test_credit_line_parts() -> None:
    assert credit_parts("لندن - العربية.نت | 14/05/2018") == {
        "place": "لندن", "outlet": "العربية.نت", "date": "2018-05-14", "credit": "لندن - العربية.نت"}
    parts = credit_parts("سارة الحسن | 14/05/2018")
    assert parts == {"name": "سارة الحسن", "date": "2018-05-14", "credit": "سارة الحسن"}
    assert credit_parts("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس") == {
        "date": "2015-08-10", "place": "الرياض"}
    assert credit_parts("الرياض - أحمد الشمالي") is None
    assert credit_parts("الرياض - أحمد الشمالي", strict=False) == {"place": "الرياض", "name": "أحمد الشمالي"}
    assert credit_parts("ترامب - كيم: قمة ثانية في الربيع") is None


@pytest.mark.parametrize("role", [r[0] for r in read_rows("byline_roles.txt")])
def test_every_byline_role_names_the_reporter_before_it(role: str) -> None:
    assert role_byline(f"سارة الحسن - {role} في عمان") == "سارة الحسن"
    assert role_byline(f"الرياض - {role}") is None  # one word: a place, no name


@pytest.mark.parametrize(("text", "expected"), [
    # the time the date is set with, on a writer's line (w3m's dump of a post's meta)
    ("الثلاثاء 11 أغسطس 2015 - 12:28 | بقلم: رقية الهويريني", {"date": "2015-08-11", "byline": "رقية الهويريني"}),
    # no writer: a date line with its weekday and time, no credit
    ("الأحد - 22 أبريل 2018 | 8:58", None),
])
def test_credit_with_a_time(text: str, expected: dict[str, str] | None) -> None:
    assert credit_parts(text) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("عين اليوم – متابعات", {"outlet": "عين اليوم"}),  # a desk credits no person
    ("عين اليوم - سارة الحسن", {"outlet": "عين اليوم", "name": "سارة الحسن"}),
])
def test_a_desk_in_a_credit_line_is_no_name(line: str, expected: dict[str, str]) -> None:
    parts = credit_parts(line) or {}
    assert {k: v for k, v in parts.items() if k in ("outlet", "byline", "name")} == expected
