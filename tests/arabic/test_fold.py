import pytest

from khabar.arabic.fold import fold, fold_word, fold_words_at_once
from khabar.arabic.normalize import normalize_for_matching


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت إيران يوم الخميس", "اعلنت ايران يوم الخميس"),  # alef forms
        ("القاهرة مستشفى", "القاهره مستشفي"),  # ة → ه, ى → ي
        ("القاهره مستشفي", "القاهره مستشفي"),  # the Egyptian spelling folds the same
        ("الخمیس کانون القاہرہ القاهرە", "الخميس كانون القاهره القاهره"),  # Persian/Urdu letters
        ("١٢ ۱۲ 12", "12 12 12"),  # Arabic-Indic and Persian digits
        ("يوم\u00a0الخميس\u202f12\u2009مايو\u3000", "يوم الخميس 12 مايو "),  # Unicode spaces
        ("الخمــــيس", "الخميس"),  # tatweel
        ("الخَمِيسِ", "الخميس"),  # diacritics
        ("الخ\u200fميس \u200eيوم\u061c \u200bأمس\ufeff \u2066الأحد\u2069", "الخميس يوم امس الاحد"),  # invisibles
        ("\ufe8d\ufedf\ufea8\ufee4\ufef4\ufeb2", "الخميس"),  # presentation forms
        ("\ufefb \ufef7", "لا لا"),  # lam-alef ligatures: two letters each
    ],
)
def test_fold(text, expected):
    assert fold(text).text == expected
    assert fold_word(text) == expected


@pytest.mark.parametrize(
    ("text", "word", "original"),
    [
        ("قال يوم الخمــيس إن", "الخميس", "الخمــيس"),
        ("قال يوم الخَمِيسِ إن", "الخميس", "الخَمِيس"),  # marks after the end stay out of a word
        ("قال يوم الخ\u200fميس إن", "الخميس", "الخ\u200fميس"),
        ("قال يوم الخمیس إن", "الخميس", "الخمیس"),
        ("قال ﻳﻮﻡ \ufe8d\ufedf\ufea8\ufee4\ufef4\ufeb2 إن", "الخميس", "\ufe8d\ufedf\ufea8\ufee4\ufef4\ufeb2"),
        ("\ufefb\ufe91\ufeaa من القاهرة", "لابد", "\ufefb\ufe91\ufeaa"),  # a ligature opening the match
        ("في ١٢\u202fمايو", "12 مايو", "١٢\u202fمايو"),
    ],
)
def test_spans_slice_the_original(text, word, original):
    """A match in the folded text maps back onto an exact slice of the original."""
    f = fold(text)
    start = f.text.index(word)
    s, e = f.span(start, start + len(word))
    assert text[s:e].rstrip("\u064e\u064f\u0650\u0652") == original


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الخَمِيسِ", "الخميس"),  # marks go in both folds
        ("\u200fالخميس\u2069", "الخميس"),  # invisibles too
        ("الخميس ۞", "الخميس ۞"),  # a visible sign of the Arabic block (rub el hizb) stays in both
        ("آية ۝١", "ايه ۝1"),  # the end-of-ayah sign too
    ],
)
def test_fold_drops_the_marks_matching_drops(text, expected):
    """The offset-keeping fold and the matching fold agree on which characters are marks."""
    assert fold(text).text == expected
    assert normalize_for_matching(text, ta_marbuta=True) == expected


@pytest.mark.parametrize("text", [
    "وصل إلى مطارِ القاهرةِ الدولي",  # short words, diacritics
    "قال الوزير إن الحكومة ستبني مستشفى جديدا في المدينة خلال عامين مقبلين",  # a long unit
    "سافر إلى بيروت في ٢٠٢٠ عبر مطارها",  # Arabic-Indic digits
    "نقل الجرحى إلى مستشفـــى الرازي",  # tatweel
])
def test_fold_words_at_once_folds_every_word_as_fold_word(text):
    assert fold_words_at_once(text).split() == [fold_word(w) for w in text.split()]


def test_fold_words_at_once_declines_a_presentation_form():
    assert fold_words_at_once("وصل إلى \ufefb\u0645\u0627\u0631") is None
