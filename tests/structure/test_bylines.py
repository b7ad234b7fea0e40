"""Byline lines and writers' roles (:mod:`khabar.structure.bylines`)."""

from __future__ import annotations

import pytest

from khabar.structure.bylines import byline_name
from khabar.structure.data import read_rows


@pytest.mark.parametrize(("prefix", "follow"), [r for r in read_rows("byline_prefixes.tsv")])
def test_every_byline_prefix(prefix: str, follow: str) -> None:
    assert byline_name(f"{prefix}: سارة الحسن") == "سارة الحسن"
    assert (byline_name(f"{prefix} سارة الحسن") == "سارة الحسن") == (follow == "space")
