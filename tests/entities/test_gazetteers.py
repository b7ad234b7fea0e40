"""Gazetteer entries: the Arabic name shown for a town."""

import pytest

from khabar.entities.gazetteers import usual_spelling
from khabar.entities.keys import fold


@pytest.mark.parametrize("names, used, expected", [
    # the first spelling whose every word the corpora use, whatever order geonames lists them in
    (["لس آنجلس", "لوس أنجلوس"], ["لوس", "أنجلوس"], "لوس أنجلوس"),
    (["مارساي", "مرسيليا"], ["مرسيليا"], "مرسيليا"),
    # none attested: the first
    (["آلباسته", "ألباسيتي"], ["قال"], "آلباسته"),
])
def test_usual_spelling(names, used, expected):
    assert usual_spelling(names, {fold(w): () for w in used}) == expected
