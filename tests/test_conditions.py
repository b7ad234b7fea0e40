"""The shared list of words opening a condition (``khabar.conditions``) that the events and times
stages read."""

from __future__ import annotations

import pytest

from khabar.conditions import KINDS, RESOURCES, condition_words
from khabar.datafiles import tsv_rows


@pytest.mark.parametrize(("kind", "word"), [
    ("particle", "إذا"),  # إذا انسحبت أمريكا: wherever it stands
    ("particle", "لولا"),
    ("noun", "حال"),  # only after a preposition: في حال رفضت
])
def test_condition_words_give_each_kind_as_written(kind: str, word: str) -> None:
    assert word in condition_words(kind)


def test_a_noun_is_no_particle() -> None:
    assert "حال" not in condition_words("particle")


def test_every_row_names_a_known_kind() -> None:
    # (a row of another kind would be read by neither stage)
    rows = tsv_rows((RESOURCES / "conditionals.tsv").read_text(encoding="utf-8"))
    assert rows and all(len(row) == 2 and row[1] in KINDS for row in rows)


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(KeyError):
        condition_words("adverb")
