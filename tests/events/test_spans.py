"""Actor spans: a count before people joins them, with or without a partitive من."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.events.actors import find_actors
from khabar.model import Article, Source


def actor_texts(text: str) -> list[str]:
    art = Article(id="t", source=Source(kind="test"), body=[text])
    return [a.text for a in find_actors(art, "body", 0, tokenize(text), text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("تظاهر ثلاثة مسلحين", "ثلاثة مسلحين"),
    ("تظاهر مئات من العمال", "مئات من العمال"),  # a partitive count
    ("تظاهر المئات من الطلبة", "المئات من الطلبة"),  # a count of the counts class with the article
    ("اعتقلت الشرطة عددا من المتظاهرين", "عددا من المتظاهرين"),  # in the accusative
    ("قتل 12 من الجنود", "12 من الجنود"),
    ("طلبت الحكومة اليوم الأحد من جنود قطريين", "جنود قطريين"),  # a day is no count
])
def test_a_count_joins_the_people_it_counts(text: str, expected: str) -> None:
    assert expected in actor_texts(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("اعتقلت الشرطة أكثر من 20 شخصا", "أكثر من 20 شخصا"),
    ("اعتقلت الشرطة أزيد من 20 شخصا", "أزيد من 20 شخصا"),
    ("اعتقلت الشرطة أقل من 20 شخصا", "أقل من 20 شخصا"),
    ("اعتقلت الشرطة ما يزيد على 20 شخصا", "ما يزيد على 20 شخصا"),
    ("اعتقلت الشرطة ما لا يقل عن 20 شخصا", "ما لا يقل عن 20 شخصا"),
])
def test_a_bound_before_a_count_joins_it(text: str, expected: str) -> None:
    """words.tsv count_bounds, one row per entry."""
    assert expected in actor_texts(text)


def test_a_bound_before_no_count_joins_nothing() -> None:
    assert not any(text.startswith("أكثر") for text in actor_texts("اعتقلت الشرطة أكثر من المتظاهرين"))


@pytest.mark.parametrize(("text", "expected"), [
    ("رفضت أعلى محكمة في البلاد الطعن", "أعلى محكمة"),  # a superlative heads the indefinite body noun after it
    ("وقالت أكبر نقابة إن", "أكبر نقابة"),
])
def test_a_superlative_joins_the_indefinite_body_after_it(text: str, expected: str) -> None:
    assert expected in actor_texts(text)


def test_a_superlative_before_a_definite_body_stays_out() -> None:
    assert "أكبر الشرطة" not in actor_texts("وقالت أكبر الشرطة إن")
