from __future__ import annotations

import pytest

from khabar.events.clitics import proclitic_length
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
