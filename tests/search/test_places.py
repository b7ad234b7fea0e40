import pytest

from khabar.search.analyzer import folded_core
from khabar.search.places import HEADER, adjective_terms, derive_place_terms, place_terms


@pytest.mark.parametrize("core, listed", [
    ("رياض", True),   # الرياض: a city named by a noun with the article
    ("قايم", True),   # القائم: hamza seat folded as the analyzer folds it
    ("سعودي", False),  # السعودية: a name with its own feminine ending
    ("امار", False),  # الإمارات: a name with its own plural ending
    ("كردي", False),  # الكردي: a nisba (its feminine is the same adjective)
    ("حكوم", False),  # no place
    ("سلط", False),  # السلط: also the plural of السلطة (Tunisia's السلط الأمنية), left out by hand
    ("قصير", False),  # القصير: an adjective, left out by hand (a -line): قصيرة is the same word
])
def test_place_terms_entry_classes(core, listed):
    assert (core in place_terms()) is listed


def test_the_file_is_what_the_gazetteer_derives():
    # After a gazetteer change: python -c 'from khabar.search.places import main; main()' > the file
    assert place_terms() | adjective_terms() == frozenset(derive_place_terms(folded_core))
    assert not place_terms() & adjective_terms()
    assert all(line.startswith("# ") for line in HEADER.splitlines())
