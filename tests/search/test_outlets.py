import pytest

from khabar.search.outlets import arabic_outlet_names, outlet_names


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
