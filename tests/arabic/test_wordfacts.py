"""The per-word fact layer: one computation per distinct token text, scans visit flagged tokens."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.arabic.wordfacts import flagged, word_facts


def _fact_counting(calls: list[str]):
    @word_facts(100)
    def long_word(text: str) -> bool:
        calls.append(text)
        return len(text) >= 5

    return long_word


@pytest.mark.parametrize(("text", "expected"), [
    ("قال الرئيس إن المفاوضات مستمرة", ["الرئيس", "المفاوضات", "مستمرة"]),
    ("في القاهرة في القاهرة", ["القاهرة", "القاهرة"]),
    ("من هو؟", []),
])
def test_flagged_visits_the_tokens_whose_fact_is_set(text: str, expected: list[str]) -> None:
    fact = _fact_counting([])
    assert [token.text for token, _ in flagged(tokenize(text), fact)] == expected


def test_a_fact_is_computed_once_per_distinct_text() -> None:
    calls: list[str] = []
    fact = _fact_counting(calls)
    tokens = tokenize("في القاهرة في القاهرة")
    list(flagged(tokens, fact))
    list(flagged(tokens, fact))
    assert sorted(calls) == ["القاهرة", "في"]


def test_flagged_yields_the_fact_with_the_token() -> None:
    @word_facts(10)
    def first_letter(text: str) -> str:
        return text[0] if text.startswith("م") else ""

    assert [(t.start, f) for t, f in flagged(tokenize("من مصر"), first_letter)] == [(0, "م"), (3, "م")]
