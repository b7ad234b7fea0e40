"""News agencies and their short forms (:mod:`khabar.structure.agencies`)."""

from __future__ import annotations

import pytest

from khabar.structure.agencies import agency_name
from khabar.structure.data import read_rows


@pytest.mark.parametrize(("name", "form"), read_rows("agencies.tsv"))
def test_every_agency_form_names_its_agency(name: str, form: str) -> None:
    assert agency_name(form) == name
    assert agency_name(f"({form})") == name


@pytest.mark.parametrize(("form", "name"), [("أ.ف.ب", "AFP"), ("(ا ف ب)", "AFP"), ("د.ب.أ", "DPA"),
                                             ("أ. ش. أ", "MENA"), ("ابن", None), ("الوطن", None)])
def test_an_agency_s_letters_however_spaced_or_dotted(form: str, name: str | None) -> None:
    assert agency_name(form) == name
