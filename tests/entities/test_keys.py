import pytest

from khabar.entities.keys import KeyMaker, alias_key, fold, readings


@pytest.mark.parametrize("word, key", [("الأمم", "امم"), ("المتحدة", "متحده"), ("إيران", "ايران")])
def test_alias_key(word, key):
    assert alias_key(word) == key


@pytest.mark.parametrize("word, reading", [("وبالرياض", "رياض"), ("للأمم", "امم"), ("ولبنان", "لبنان")])
def test_readings(word, reading):
    assert reading in readings(fold(word))


@pytest.mark.parametrize("word, vocab, key, trimmed", [
    ("وبالرياض", {"رياض"}, "رياض", 2),
    ("وزارة", {"وزاره"}, "وزاره", 0),
    ("للأمم", {"امم"}, "امم", 0),
    ("لبنان", {"لبنان"}, "لبنان", 0),
])
def test_keymaker(word, vocab, key, trimmed):
    km = KeyMaker(frozenset(vocab))
    assert km.key(word) == key
    assert km.proclitic_length(word) == trimmed
