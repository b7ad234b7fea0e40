"""Per-word cues the linker scans units with: readings, the type a word heads, the anaphor it is."""

import pytest

from khabar.entities.cues import anaphor_of, head_type, word_cues
from khabar.entities.keys import word_readings


@pytest.mark.parametrize("word, head, anaphor", [
    ("سجن", "FAC", None),
    ("وبسجن", "FAC", None),  # under its most stripped reading
    ("جامعة", "ORG", ("جامعه", "")),  # a head noun that is an anaphor too (الجامعة)
    ("الوزارة", None, ("وزاره", "")),
    ("والحكومة", None, ("حكومه", "")),
    ("قال", None, None),
])
def test_word_cues_give_readings_head_type_and_anaphor(word, head, anaphor):
    assert word_cues(word) == (word_readings(word), head, anaphor)
    assert (head_type(word), anaphor_of(word)) == (head, anaphor)
