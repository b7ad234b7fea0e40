import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.arabic import normalize_for_display, normalize_for_matching
from khabar.arabic.normalize import bare_letter_table, has_tanwin, norm_keys, plain_letters, word_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مُحَمَّدٌ", "محمد"),  # diacritics
        ("الســـلام", "السلام"),  # tatweel
        ("أحمد إبراهيم آمن ٱلله", "احمد ابراهيم امن الله"),  # alef forms
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("٢٠١٧ ۱۳۹۶", "2017 1396"),  # Arabic-Indic and Persian digits
        ("١٠٦٫٧٨ ١٬٠٠٠ ٥٪", "106.78 1,000 5%"),  # Arabic separators and percent
        ("\u200fالقدس\u200e\u200b", "القدس"),  # bidi marks and zero-width space
        ("\ufeb3\ufee0\ufe8e\ufee1", "سلام"),  # presentation forms through NFKC
        ("کتاب فارسی", "كتاب فارسي"),  # Persian keheh and yeh
        ("القاہرہ القاهرە", "القاهره القاهره"),  # Urdu heh goal, Kurdish ae
        ("ا\u061cلقدس", "القدس"),  # Arabic letter mark
        ("\ufefb\ufef5", "لالا"),  # lam-alef ligatures
        ("مدرسة", "مدرسة"),  # ta marbuta kept by default
    ],
)
def test_normalize_for_matching(text, expected):
    assert normalize_for_matching(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مُؤَسَّسَةٌ", "مؤسسة"),  # marks dropped, hamza seat and ة kept
        ("مستشفى", "مستشفى"),  # ى kept
        ("القاہرہ کبیر", "القاهره كبير"),  # Persian/Urdu letters as Arabic ones
        ("الرئيـــس", "الرئيس"),  # tatweel
        ("الر\u200fئ\u200cيس\u061c", "الرئيس"),  # invisible marks
        ("\ufe8d\ufedf\ufeae\ufe8b\ufef4\ufeb2", "الرئيس"),  # presentation forms
    ],
)
def test_plain_letters(text, expected):
    assert plain_letters(text) == expected


def test_ta_marbuta_on_request():
    assert normalize_for_matching("المدرسة الجديدة", ta_marbuta=True) == "المدرسه الجديده"


# (standard spelling, as Egyptian sites write it: ه for ة, ى for ي)
SITE_SPELLINGS = [
    ("المتحدثة", "المتحدثه"),
    ("القاهرة", "القاهره"),
    ("مصري", "مصرى"),
    ("قائلة", "قائله"),
    ("نفى", "نفي"),
]


@pytest.mark.parametrize(("standard", "site"), SITE_SPELLINGS)
def test_word_key_is_one_for_both_spellings(standard: str, site: str) -> None:
    assert word_key(standard) == word_key(site)
    assert word_key(word_key(site)) == word_key(site)
    # a token's norm keys as its text
    assert norm_keys([normalize_for_matching(standard), normalize_for_matching(site)]) == [word_key(site)] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  قال   الرئيس\u00a0 ", "قال الرئيس"),
        ("الســلام", "السلام"),
        ("\u202bنص\u202c", "نص"),
        ("أحمد مُحمّد", "أحمد مُحمّد"),  # display keeps hamza and diacritics
    ],
)
def test_normalize_for_display(text, expected):
    assert normalize_for_display(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(list("أإآٱىةابت\u064e\u0651\u0640٢٣۴ \u200f\ufefb")), max_size=30))
def test_matching_normalisation_is_idempotent(text):
    once = normalize_for_matching(text)
    assert normalize_for_matching(once) == once


@pytest.mark.parametrize("word", ["أعلنت", "إسرائيل", "آلاف", "مستشفى", "الحكومة", "مسؤول", "رئيس", "قال"])
def test_bare_letter_table_folds_a_bare_word_like_the_fold_itself(word: str) -> None:
    def fold(text: str) -> str:
        return normalize_for_matching(text, ta_marbuta=True).replace("ؤ", "و")

    table = bare_letter_table(fold)
    assert word.translate(table) == fold(word)
    assert ord("ق") not in table  # only the letters the fold changes


@pytest.mark.parametrize(("word", "marked"), [
    ("موتًا", True), ("مآسٍ", True), ("فيلٌ", True), ("عُمان", False), ("محمّد", False), ("الأسد", False),
])
def test_has_tanwin(word: str, marked: bool) -> None:
    assert has_tanwin(word) is marked
