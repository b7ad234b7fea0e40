"""The linker's filters of matches and spans (khabar.entities.filters; tagger off)."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.builder import Builder
from khabar.entities.linking import UnitLinker
from khabar.entities.matcher import lexicon


@pytest.mark.parametrize("word, seldom", [
    ("تقنية", True), ("نجوم", True),  # read as a name in few of many corpus occurrences
    ("تايمز", False), ("الريف", False),  # mostly names to the corpus tagger
    ("قواميس", False),  # too few occurrences to say
])
def test_seldom_a_name(word, seldom):
    text = f"قال إن {word} كبيرة"
    linker = UnitLinker(Builder(), lexicon(), ("body", 0), text, tokenize(text))
    assert linker.seldom_a_name(2) is seldom
