"""Predicate finding: only word tokens are predicates, whatever other tokens' text reads as."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.events.predicates import find_triggers


@pytest.mark.parametrize(("text", "expected"), [
    ("اعتقلت الشرطة المتظاهرين", ["اعتقلت"]),
    ("اعتقلت الشرطة المتظاهرين #اعتقال", ["اعتقلت"]),  # a hashtag is no predicate
    ("#اعتقال المتظاهرين", []),
    ("قالت الوزارة إن الجيش قصف المواقع", ["قالت", "قصف"]),
])
def test_triggers_are_words(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[t.first].text for t in find_triggers(toks)] == expected
