"""Titles: which words are bare titles in construct; the office chains themselves are read through
find_actors in test_actors.py."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.events.titles import TITLE_CHAIN_REACH, bare_title


@pytest.mark.parametrize(("word", "expected"), [
    ("رئيس", True), ("وزيرة", True), ("حاكم", True),
    # with the article a title stands alone; a common noun is no title
    ("الرئيس", False), ("مجلس", False),
])
def test_a_bare_title_is_a_title_without_the_article(word: str, expected: bool) -> None:
    assert bare_title(tokenize(word)[0]) is expected


def test_the_chain_reach_passes_a_body_and_an_adjective() -> None:
    # الأمين العام للاتحاد العام التونسي للشغل، X: six words between the title and the name
    assert TITLE_CHAIN_REACH >= 7
