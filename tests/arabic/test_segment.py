import pytest

from khabar.arabic.segment import (
    _article_then_lexicon,
    _chain_then_lexicon,
    _with_pronoun,
    core,
    segment,
    segment_line,
    stem,
)
from khabar.arabic.verb_rules import correct_verbs


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والتلفزيون", ["و", "ال", "تلفزيون"]),
        ("ثقافة", ["ثقاف", "ة"]),
        ("ترشيحاتها", ["ترشيح", "ات", "ها"]),
        ("للحكومة", ["ل", "ال", "حكوم", "ة"]),
        ("بالمدرسة", ["ب", "ال", "مدرس", "ة"]),
        ("كتبوا", ["كتب", "وا"]),
        ("مُحَمَّد", ["محمد"]),  # diacritics dropped
        ("Paris", ["Paris"]),  # non-Arabic whole
        ("ــــ", ["ــــ"]),  # tatweel only: itself
        ("بالمستشفياتالمركزيةوالفرعية", ["بالمستشفياتالمركزيةوالفرعية"]),  # over 20 letters: whole
    ],
)
def test_segment_table(word, expected):
    assert segment(word) == expected


@pytest.mark.parametrize(
    "variant",
    [
        "وَالتِّلْفِزْيُونُ",  # diacritics
        "والتلفـــزيون",  # tatweel
        "والتلف\u200fزيون",  # a direction mark inside
        "وال\u200cتلفزيون",  # ZWNJ
        "\ufeed\ufe8d\ufedf\ufe98\ufee0\ufed4\ufeb0\ufef3\ufeee\ufee5",  # presentation forms
    ],
)
def test_variants_segment_as_the_plain_word(variant):
    """A word as other sites spell or encode it segments as the plain word does."""
    assert segment(variant) == ["و", "ال", "تلفزيون"]


@pytest.mark.parametrize(
    ("variant", "plain"),
    [("بالقاہرة", "بالقاهرة"), ("بالکویت", "بالكويت"), ("الرئیس", "الرئيس"), ("\ufefb\ufe91\ufeaa", "لابد")],
)
def test_persian_letters_and_ligatures_segment_as_arabic(variant, plain):
    assert segment(variant) == segment(plain)


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        (["و", "ال", "تلفزيون"], "تلفزيون"),
        (["ترشيح", "ات", "ها"], "ترشيح"),
        (["ل", "ال", "حكوم", "ة"], "حكوم"),
        (["ال"], "ال"),  # a lone clitic is its own core
        (["ها"], "ها"),
    ],
)
def test_core_table(segments, expected):
    assert core(segments) == expected


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("الحكومة", "حكومات", "وحكومتها"), True),
        (("المدرسة", "مدارس"), False),  # broken plurals are other stems
        (("أحمد", "احمد"), True),  # normalised for matching
    ],
)
def test_stem_conflation(words, same):
    stems = {stem(w) for w in words}
    assert (len(stems) == 1) is same


@pytest.mark.parametrize(
    ("line", "stems", "expected"),
    [
        ("والتلفزيون ترشيحاتها", False, "و+ال+تلفزيون ترشيح+ات+ها"),
        ("والتلفزيون ترشيحاتها", True, "تلفزيون ترشيح"),
        ("الحكومة، 3،4 AFP", False, "ال+حكوم+ة+، 3،4 AFP"),
        ("", False, ""),
    ],
)
def test_segment_line(line, stems, expected):
    assert segment_line(line, stems=stems) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبالتلفزيونات", "و+ب+ال+تلفزيون+ات"),  # chain + lexicon word
        ("وللمستشفيات", "و+ل+ال+مستشفي+ات"),  # لل chain restores ال
        ("وبحكومتهما", "و+ب+حكوم+ت+هما"),  # chain + lexicon word + pronoun, ة spelt ت
        ("فبمدرستكم", "ف+ب+مدرس+ت+كم"),
    ],
)
def test_chain_then_lexicon(word, expected):
    assert _chain_then_lexicon(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("مستشفياتهم", "مستشفي+ات+هم"),
        ("سيارتكما", "سيار+ت+كما"),
        ("عسكري", None),  # ي is not read as a pronoun (nisba), and the word is short
    ],
)
def test_with_pronoun(word, expected):
    assert _with_pronoun(word) == expected


def test_weak_clitic_yields_to_a_more_frequent_whole_word():
    assert _chain_then_lexicon("كواكب") is None  # planets, not ك+واكب
    assert segment("كواكب") == ["كواكب"]


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        (["سيقتلونها"], ["س", "يقتل", "ون", "ها"]),  # future, subject suffix, object pronoun
        (["و", "سنقاضيه"], ["و", "س", "نقاضي", "ه"]),
        (["يستعملون"], ["يستعمل", "ون"]),
        (["ف", "يتناولان"], ["ف", "يتناول", "ان"]),
        (["ال", "تلفزيون"], ["ال", "تلفزيون"]),  # after the article: a noun, untouched
        (["ب", "سياراتهم"], ["ب", "سياراتهم"]),  # a noun proclitic: not a verb
        (["يوم"], ["يوم"]),
    ],
)
def test_correct_verbs(segments, expected):
    assert correct_verbs(segments) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والمزارعون", "و+ال+مزارع+ون"),
        ("الاستهلاكي", "ال+استهلاكي"),  # nisba ي stays with the article
        ("التقى", None),  # too short for this reading
    ],
)
def test_article_then_lexicon(word, expected):
    assert _article_then_lexicon(word) == expected


def test_analyse_tokens_matches_segment_and_stem():
    from khabar.arabic import tokenize
    from khabar.arabic.segment import analyse_tokens

    tokens = tokenize("والتلفزيون، 12 ترشيحاتها AFP")
    assert analyse_tokens(tokens) == [
        (tuple(segment(t.text)), stem(t.text)) if t.kind == "word" else ((t.text,), t.text) for t in tokens
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("التقى", ["التقى"]),  # form VIII verb of a ل-initial root: not the article
        ("والتقى", ["و", "التقى"]),  # with a proclitic chain
        ("فالتزمت", ["ف", "التزم", "ت"]),
    ],
)
def test_curated_exceptions(word, expected):
    assert segment(word) == expected


def test_every_exception_entry_rejoins_to_its_word():
    from khabar.arabic.segment import exceptions

    for word, segments in exceptions().items():
        assert segments.replace("+", "") == word
