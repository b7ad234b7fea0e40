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
