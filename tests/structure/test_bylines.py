"""Byline lines and writers' roles (:mod:`khabar.structure.bylines`)."""

from __future__ import annotations

import pytest

from khabar.structure.bylines import byline_name, is_identifier
from khabar.structure.data import read_rows


@pytest.mark.parametrize(("prefix", "follow"), [r for r in read_rows("byline_prefixes.tsv")])
def test_every_byline_prefix(prefix: str, follow: str) -> None:
    assert byline_name(f"{prefix}: سارة الحسن") == "سارة الحسن"
    assert (byline_name(f"{prefix} سارة الحسن") == "سارة الحسن") == (follow == "space")


@pytest.mark.parametrize(("text", "expected"), [
    ("37a2dd6d-f52a-452d-a2fb-13ce3282f026", True),
    ("75B10396-07F6-4E38-8217-EBF8770508B2", True),
    ("10423", True),
    ("a3f9-77", True),
    ("cafe", False),  # hex letters with no digit: a word
    ("CNN", False),
    ("فرانس 24", False),
    ("سارة الحسن", False),
])
def test_is_identifier(text: str, expected: bool) -> None:
    assert is_identifier(text) is expected
