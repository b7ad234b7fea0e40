"""Clause-level helpers of the events stage."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.events.discourse import _time_tokens
from khabar.model import Article, Source, TimeExpr

TEXT = "التقى الوزير يوم الاثنين الماضي السفير. وغادر مساء الثلاثاء."


def _time(text: str, field: str = "body", paragraph: int = 0) -> TimeExpr:
    start = TEXT.index(text)
    return TimeExpr(text, field, paragraph, start, start + len(text))


@pytest.mark.parametrize(("times", "expected"), [
    ([], []),
    ([_time("يوم الاثنين الماضي")], ["يوم", "الاثنين", "الماضي"]),
    ([_time("الاثنين"), _time("الثلاثاء")], ["الاثنين"]),  # the second time is in the next sentence
    ([_time("يوم الاثنين", paragraph=1)], []),  # another paragraph's time
    ([_time("يوم الاثنين", field="headline")], []),
])
def test_time_tokens_are_the_sentence_tokens_starting_in_a_time(times: list[TimeExpr], expected: list[str]) -> None:
    article = Article(id="t", source=Source(kind="test"), body=[TEXT, TEXT], times=times)
    first = [t for t in tokenize(TEXT) if t.end <= TEXT.index(".") + 1]
    assert [first[k].text for k in sorted(_time_tokens(article, "body", 0, first))] == expected
