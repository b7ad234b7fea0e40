"""The clitics segmentation splits off a word."""

from __future__ import annotations

from khabar.arabic.clitics import OBJECT_PRONOUNS, PROCLITICS


def test_object_pronouns_are_tried_longest_first() -> None:
    assert [len(p) for p in OBJECT_PRONOUNS] == sorted((len(p) for p in OBJECT_PRONOUNS), reverse=True)


def test_the_article_follows_its_prepositions_as_one_proclitic() -> None:
    """لل stands for ل + ال (للحكومة): one proclitic, beside ل and ال."""
    assert {"ل", "ال", "لل"} <= PROCLITICS
