from __future__ import annotations

import pytest

from khabar.arabic.inflection import folded_bare
from khabar.events.clitics import (
    conjoins_known_word,
    glued_conjunction,
    proclitic_length,
    table_proclitic,
    word_proclitics,
)
from khabar.model import Entity, Mention


@pytest.mark.parametrize(("text", "skip"), [
    ("لشركة فيس بوك", 1),  # ل before an agent noun the table knows without it
    ("ولبنان", 1),  # و before a country
    ("لبنان", 0),  # the lam belongs to the name
    ("وزارة الدفاع", 0),  # the waw belongs to the word
    ("بالولايات المتحدة", 1),  # ب before the article
    ("للمواطنين", 2),  # ل + ال with its alif elided: both lams go
    ("بِالجيش", 2),  # a diacritic on the clitic goes with it
    ("\ufe91\ufe8e\ufedf\ufe9f\ufef4\ufeb6", 1),  # ﺑﺎﻟﺠﻴﺶ: a PDF copy's presentation forms, one letter each
    ("\ufefb\ufee3\ufeae\ufe83\ufe93", 0),  # ﻻﻣﺮﺃﺓ: ل + ا in one ligature, no slice starts on امرأة
])
def test_proclitic_length_of_a_phrase(text: str, skip: int) -> None:
    assert proclitic_length(text) == skip


@pytest.mark.parametrize(("text", "skip"), [
    ("لجيري لي", 1),  # the entity is named جيري لي elsewhere
    ("لين", 0),  # a letter of the name stays
])
def test_proclitic_length_of_a_mention(text: str, skip: int) -> None:
    ent = Entity(id="per:x", name="x", type="PER", name_ar="جيري لي",
                 mentions=[Mention("لين", "body", 0, 0, 3)])
    assert proclitic_length(text, ent) == skip


@pytest.mark.parametrize(("word", "letters"), [
    ("لصحيفة", "ل"),  # a preposition before a table noun
    ("للتجارة", "لل"),  # ل + the article with its alif elided
    ("بالمعارضة", "بال"),
    ("وجنود", "و"),
    ("وزارة", ""),  # the و is the noun's own (the table writes it)
    ("بوزارة", "ب"),  # a preposition before a noun that owns its first letter
    ("لجنة", ""),
    ("جنود", ""),
])
def test_table_proclitic(word: str, letters: str) -> None:
    assert table_proclitic(word, folded_bare(word)) == letters


@pytest.mark.parametrize(("word", "n"), [
    ("وقاعدة", 1),  # قاعدة is the commoner word
    ("وحدة", 0),  # وحدة is commoner than حدة: a word of its own
    ("قاعدة", 0),
    ("جوية", 0),  # no proclitic letter
    ("وبقاعدة", 2),  # و then ب
])
def test_word_proclitics(word: str, n: int) -> None:
    assert word_proclitics(word, frozenset("وفب")) == n


@pytest.mark.parametrize(("word", "n"), [
    ("ولافروف", 1),  # the corpora write لافروف, never ولافروف
    ("وترامب", 1),
    ("وثائق", 0),  # documents: the و is a letter of the word
    ("وليد", 0),  # a name that starts with و
    ("وثيقة", 0),
    ("لافروف", 0),  # no conjunction letter
])
def test_glued_conjunction(word: str, n: int) -> None:
    assert glued_conjunction(word) == n


@pytest.mark.parametrize(("word", "conjoined"), [
    ("وأسفر", True),  # the corpora write أسفر more often
    ("وجمعية", True),
    ("ووتش", False),  # a rare name: its rest is no known word
    ("وثائق", False),  # the و is the word's own
    ("أسفر", False),
])
def test_conjoins_known_word(word: str, conjoined: bool) -> None:
    assert conjoins_known_word(word) is conjoined
