import random

import pytest

from khabar.arabic.frequent import format_table, frequent_segmentations
from khabar.arabic.segment import derive_segmentation, load, segment, stored_segmentation


@pytest.mark.parametrize(
    ("table", "text"),
    [
        ({"كتابها": "كتاب+ها"}, "كتاب+ها\n"),  # the word is its segments without '+'
        ({"للجنة": "ل+ال+جن+ة"}, "للجنة\tل+ال+جن+ة\n"),  # restored letters: the word is written out
        ({"يوم": "يوم", "أمس": "أمس"}, "أمس\nيوم\n"),  # sorted
    ],
)
def test_format_table(table, text):
    assert format_table(table) == text


def test_table_is_up_to_date_with_the_segmenter():
    """A sample of the stored table must be what the segmenter derives today: if this fails, run
    `make arabic-table`."""
    load()
    table = frequent_segmentations()
    assert len(table) > 100_000
    sample = random.Random(3).sample(sorted(table), 300)
    stale = [w for w in sample if stored_segmentation(w) is not None or derive_segmentation(w) != table[w]]
    assert stale == []


def test_segment_reads_the_table():
    word = next(w for w, seg in frequent_segmentations().items() if "+" in seg)
    assert segment(word) == frequent_segmentations()[word].split("+")


def test_table_holds_the_text_spelling_of_lam_alif_lam_words():
    """farasa's list spells ل + ال as لال; text spells it لل, and both are looked up."""
    table = frequent_segmentations()
    spelt = [w for w in table if w.startswith("لل")]
    assert sum(table[w].startswith("ل+ال+") for w in spelt) > 1000
