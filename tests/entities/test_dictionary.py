import pytest

from khabar.entities.dictionary import dictionary, dictionary_features, lexeme_candidates, shape_features
from khabar.entities.keys import fold

needs_dictionary = pytest.mark.skipif(not dictionary()[0], reason="arramooz-pysqlite is not installed")


@needs_dictionary
@pytest.mark.parametrize("word, expected", [
    ("الحكومة", ["az=lex"]),  # a noun with its article
    ("والمنظمات", ["az=lex"]),  # clitic and plural ending stripped
    ("ويقول", ["az=lex"]),  # an imperfective verb
    ("لافروف", ["az=nolex"]),  # a foreign surname no dictionary knows
    ("ستيفانوفيتش", ["az=nolex"]),
    ("شيراك", ["az=prop", "az=nolex"]),  # a proper noun of the frequency list only
    ("محمد", ["az=both", "az=lex"]),  # a name that is also a word
    ("في", []),  # too short to say
])
def test_dictionary_features(word: str, expected: list[str]) -> None:
    assert dictionary_features(fold(word)) == expected


@pytest.mark.parametrize("word, expected", [
    ("ميدفيديف", ["sh=4/3"]),  # after م: د ف د ف consonants, ي ي ي long vowels
    ("ساركوزي", ["sh=3/3", "sh=vowelly"]),  # half its letters after the first are vowels
    ("شوارزنيغر", ["sh=5/3", "sh=vv"]),  # و ا in a row
    ("الاستقلال", ["sh=5/1"]),  # the stem without its article: an Arabic word, few long vowels
    ("بوتين", ["sh=2/1"]),  # the most stripped reading (ب read as a clitic) is the stem counted
    ("قال", []),  # under four letters
    ("Putin", []),  # not Arabic letters
])
def test_shape_features(word: str, expected: list[str]) -> None:
    assert shape_features(fold(word)) == expected


def test_name_like_endings_stripped_only_off_long_words() -> None:
    assert "بوت" not in lexeme_candidates(["بوتين"])  # بوتين is no plural of بوت
    assert "معلم" in lexeme_candidates(["معلمين"])
