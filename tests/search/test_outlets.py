import pytest

from khabar.datafiles import resource_text, tsv_rows
from khabar.search.outlets import (
    _outlet_rows,
    arabic_outlet_names,
    outlet_names,
    shown_outlet,
    shown_outlet_names,
)


def test_the_arabic_outlet_names_table_names_path_parts():
    names = arabic_outlet_names()
    assert names["سكاي نيوز عربيه"] == {"skynews"} and names["الشرق الاوسط"] == {"aawsat"}
    assert all(outlets and all(o == o.casefold() and "/" not in o for o in outlets) for outlets in names.values())


STORED = ["ant/SkyNews", "saudinewsnet/alriyadh", "saudinewsnet/aawsat", "ant/CNN"]


@pytest.mark.parametrize("typed, outlets", [
    ("ant/CNN", ["ant/CNN"]),  # as stored
    ("skynews", ["ant/SkyNews"]),  # one part of the path, any case
    ("saudinewsnet", ["saudinewsnet/alriyadh", "saudinewsnet/aawsat"]),  # a collection: all its papers
    ("الرياض", ["saudinewsnet/alriyadh"]),  # its Arabic name
    ("nowhere", ["nowhere"]),  # none stored: itself, which keeps no article
])
def test_an_outlet_typed_names_the_stored_outlets(typed, outlets):
    assert outlet_names(STORED, typed) == outlets


@pytest.mark.parametrize("stored, shown", [
    ("ant/France24", ("فرانس 24", "France 24")),  # a broadcaster stored by its path: its Arabic name, English beside
    ("ant/SkyNews", ("سكاي نيوز عربية", "Sky News Arabia")),
    ("saudinewsnet/alriyadh", ("الرياض", "saudinewsnet/alriyadh")),  # no English name known: the path beside
    ("العربية.نت", ("العربية.نت", None)),  # a printed name as it is
    ("somewhere/unknown", ("somewhere/unknown", None)),  # no name known: the path itself
    (None, ("", None)),
])
def test_an_outlet_stored_by_its_path_is_shown_by_its_name(stored, shown):
    assert shown_outlet(stored) == shown


def test_a_shown_name_is_one_of_the_structure_stages_outlet_names():
    """One spelling of an outlet across the project: what the pages show is what structure reads."""
    structure = {name for kind, name, *_ in tsv_rows(resource_text("khabar.structure", "outlets.tsv")) if kind == "name"}
    shown = shown_outlet_names()
    assert len(shown) >= 6
    for arabic, english in shown.values():
        assert arabic in structure and (english is None or english in structure)


def test_each_outlet_has_one_shown_name():
    rows = [row[1].casefold() for row in _outlet_rows() if len(row) > 2]
    assert len(rows) == len(set(rows))
