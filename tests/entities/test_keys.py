import pytest

from khabar.entities.keys import (
    KeyMaker,
    WordCache,
    alias_key,
    fold,
    proclitics_before,
    readings,
    word_readings,
    written_length,
)


@pytest.mark.parametrize("word, key", [("الأمم", "امم"), ("المتحدة", "متحده"), ("إيران", "ايران")])
def test_alias_key(word, key):
    assert alias_key(word) == key


@pytest.mark.parametrize("word, folded", [
    ("أحمد", "احمد"), ("مدرسة", "مدرسه"), ("مسؤول", "مسوول"), ("رئيس", "رييس"), ("مصطفى", "مصطفي"),
    ("آمال", "امال"),
    # not bare letters: the general path (marks, tatweel, digits, Latin, quotes) gives the same keys
    ("أَحْمَد", "احمد"), ("مدرســة", "مدرسه"), ("٢٠١٧", "2017"), ("COVID", "covid"), ("«فارس»", "فارس"),
    # the Latin comma, semicolon and question mark a Latin keyboard types are the Arabic ones
    (",", "،"), (";", "؛"), ("?", "؟"), ("،", "،"), ("1,5", "1,5"),
])
def test_fold(word, folded):
    assert fold(word) == folded


@pytest.mark.parametrize("word, expected", [
    ("الرياض", ["رياض"]), ("مصر", ["مصر"]),  # no proclitic letter: the one reading
    ("وبالرياض", ["وبالرياض", "بالرياض", "رياض"]), ("للأمم", ["للامم", "امم", "لامم"]),
])
def test_readings_least_stripped_first(word, expected):
    assert readings(fold(word)) == expected


@pytest.mark.parametrize("word, reading", [("وبالرياض", "رياض"), ("للأمم", "امم"), ("ولبنان", "لبنان")])
def test_readings(word, reading):
    assert reading in readings(fold(word))


@pytest.mark.parametrize("word, vocab, key, trimmed", [
    ("وبالرياض", {"رياض"}, "رياض", 2),
    ("وزارة", {"وزاره"}, "وزاره", 0),
    ("للأمم", {"امم"}, "امم", 0),
    ("لبنان", {"لبنان"}, "لبنان", 0),
    # a name in ل loses و, ب ... like any other (the mention is لبنان) ...
    ("ولبنان", {"لبنان"}, "لبنان", 1),
    ("بلندن", {"لندن"}, "لندن", 1),
    # ... but a word in لل stays whole: ل + ال (للاعب) cannot be told from ل + a name in ل (للبنان)
    ("للاعب", {"لاعب"}, "لاعب", 0),
    ("للبنان", {"لبنان"}, "لبنان", 0),
    # a proclitic with its mark, or as a PDF copy's presentation form, is cut with the same slice
    ("وَلبنان", {"لبنان"}, "لبنان", 2),
    ("\ufeed\ufedf\ufe92\ufee8\ufe8e\ufee5", {"لبنان"}, "لبنان", 1),  # ﻭﻟﺒﻨﺎﻥ
    ("\ufe91\ufe8e\ufedf\ufeae\ufef3\ufe8e\ufebd", {"رياض"}, "رياض", 1),  # ﺑﺎﻟﺮﻳﺎﺽ
    # ل + أ in one lam-alef ligature: no slice starts on ألمانيا
    ("\ufef7\ufedf\ufee4\ufe8e\ufee7\ufef4\ufe8e", {"مانيا"}, "مانيا", 0),  # ﻷﻟﻤﺎﻧﻴﺎ
])
def test_keymaker(word, vocab, key, trimmed):
    km = KeyMaker(frozenset(vocab))
    assert km.key(word) == key
    assert km.proclitic_length(word) == trimmed


@pytest.mark.parametrize("word, vocab, heads, key, trimmed", [
    # a word that opens a name is read whole before a stripped reading (بكين is not ب + كين)
    ("بكين", {"بكين", "كين"}, {"بكين", "كين"}, "بكين", 0),
    ("ببكين", {"بكين", "كين"}, {"بكين", "كين"}, "بكين", 1),
    ("وائل", {"وايل", "ايل"}, {"وايل"}, "وايل", 0),  # keys are folded (ئ → ي)
    # with no name opening as written, the most stripped known reading as before
    ("وسوريا", {"وسوريا", "سوريا"}, {"سوريا"}, "سوريا", 1),
    ("بكين", {"كين"}, {"كين"}, "كين", 1),
])
def test_keymaker_prefers_a_reading_that_opens_a_name(word, vocab, heads, key, trimmed):
    km = KeyMaker(frozenset(vocab), frozenset(heads))
    assert km.key(word) == key
    assert km.proclitic_length(word) == trimmed


def test_word_cache_computes_each_word_once_and_stays_bounded():
    calls = []

    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    cache = WordCache(length, limit=2)
    assert [cache[w] for w in ("وزارة", "وزارة", "لبنان")] == [5, 5, 5]
    assert calls == ["وزارة", "لبنان"]
    assert cache["الرياض"] == 6 and len(cache) == 1  # full: emptied before the third word


@pytest.mark.parametrize("words, keys", [
    (["وبالرياض", "وزارة", "،", "للأمم"], ["رياض", "وزاره", "،", "امم"]),
    ([], []),
])
def test_keymaker_keys_equal_key_per_word(words, keys):
    km = KeyMaker(frozenset({"رياض", "وزاره", "امم"}))
    assert km.keys(words) == keys == [km.key(w) for w in words]


@pytest.mark.parametrize("word, expected", [
    ("#ترمب", ["ترمب"]),  # a one-word hashtag reads as its word
    ("#الرياض", ["رياض"]),
    ("#جوني_هاليداي", ["#جوني_هاليداي"]),  # words joined by _ are no one alias token
])
def test_hashtag_readings(word, expected):
    assert word_readings(word) == expected


@pytest.mark.parametrize(("word", "letters", "length"), [
    ("وتل", 1, 1),
    ("وَتل", 1, 2),  # the fatha goes with its و
    ("لـتل", 1, 2),  # and the tatweel with its ل
    ("وبـِتل", 2, 4),
    ("و\u200cتل", 1, 2),  # a zero-width mark too
    ("\ufeed\ufe97\ufede", 1, 1),  # ﻭﺗﻞ: presentation forms, one letter each
    ("\ufef7\ufedf\ufee4", 1, 0),  # ﻷﻟﻢ: the ligature holds ل and أ, no cut after ل
])
def test_written_length(word: str, letters: int, length: int) -> None:
    assert written_length(word, letters) == length


@pytest.mark.parametrize(("word", "key", "length"), [
    ("وبورخس", "بورخس", 1),
    ("لحبري", "حبري", 1),
    ("والبيشي", "بيشي", 1),  # the article stays with the name
    ("وَشادي", "شادي", 2),  # the fatha goes with its و
    ("بورخس", "بورخس", 0),  # the reading is the whole word
    ("للبنان", "لبنان", 0),  # لل: no slice told from ل + ال
])
def test_proclitics_before(word: str, key: str, length: int) -> None:
    assert proclitics_before(word, key) == length
