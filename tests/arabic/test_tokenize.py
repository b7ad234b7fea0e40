import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.arabic import normalize_for_matching, tokenize
from khabar.arabic.tokenize import INVISIBLE_MARKS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال، ثم؛ هل؟", [("قال", "word"), ("،", "punct"), ("ثم", "word"), ("؛", "punct"), ("هل", "word"), ("؟", "punct")]),
        ("«نعم» “لا”", [("«", "punct"), ("نعم", "word"), ("»", "punct"), ("“", "punct"), ("لا", "word"), ("”", "punct")]),
        ("انتظر… ثم...", [("انتظر", "word"), ("…", "punct"), ("ثم", "word"), ("...", "punct")]),
        ("بلغ 106,78 و12.5%", [("بلغ", "word"), ("106,78", "number"), ("و", "word"), ("12.5%", "number")]),
        ("عام ٢٠١٧ في 14/11/2017", [("عام", "word"), ("٢٠١٧", "number"), ("في", "word"), ("14/11/2017", "number")]),
        ("الساعة 10:30", [("الساعة", "word"), ("10:30", "number")]),
        ("#جوني_هاليداي @khabar", [("#جوني_هاليداي", "hashtag"), ("@khabar", "hashtag")]),
        ("راجع https://example.com/a?b=1.", [("راجع", "word"), ("https://example.com/a?b=1", "url"), (".", "punct")]),
        ("راسلنا info@example.org", [("راسلنا", "word"), ("info@example.org", "email")]),
        ("وكالة AFP وiPhone", [("وكالة", "word"), ("AFP", "word"), ("وiPhone", "word")]),
        ("COVID19 al-Qaeda", [("COVID19", "word"), ("al-Qaeda", "word")]),
        ("مُحَمَّد الســلام", [("مُحَمَّد", "word"), ("الســلام", "word")]),
        # invisible marks: inside a word they stay in it, around words they are no token
        ("دونا\u200fلد \u200fترامب\u200f، ", [("دونا\u200fلد", "word"), ("ترامب", "word"), ("،", "punct")]),
        ("قال\u061c \u200eإن\u2066\u2069", [("قال", "word"), ("إن", "word")]),
        ("ال\u200cقدس \ufeffو\u200bغزة", [("ال\u200cقدس", "word"), ("و\u200bغزة", "word")]),
        # presentation forms (a PDF copy) are letters: one word each
        ("\ufeb3\ufee0\ufe8e\ufee1 \ufefb", [("\ufeb3\ufee0\ufe8e\ufee1", "word"), ("\ufefb", "word")]),
        ("کتاب فارسی ہے", [("کتاب", "word"), ("فارسی", "word"), ("ہے", "word")]),
    ],
)
def test_tokenize_table(text, expected):
    assert [(t.text, t.kind) for t in tokenize(text)] == expected


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("تــــرامب", "ترامب"),  # tatweel
        ("تْرَامْبُ", "ترامب"),  # diacritics
        ("ترا\u200fمب", "ترامب"),  # a direction mark inside the word
        ("ترا\u200cمب", "ترامب"),  # ZWNJ
        ("القاہرہ", "القاهره"),  # Urdu heh goal
        ("القاهرە", "القاهره"),  # Kurdish ae
        ("مصری", "مصري"),  # Farsi yeh
        ("کبیر", "كبير"),  # keheh
        ("\ufe97\ufeae\ufe8e\ufee3\ufe8e", "تراما"),  # presentation forms
        ("\ufefb\ufe91\ufeaa", "لابد"),  # lam-alef ligature
    ],
)
def test_variant_spellings_match_as_one_word(variant, plain):
    """A word as other sites spell or encode it is one token with the plain word's norm, and its
    offsets still slice the original."""
    text = f"قال {variant}، ثم"
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == ["قال", normalize_for_matching(plain), "،", "ثم"]
    assert text[tokens[1].start:tokens[1].end] == variant


def test_norm_is_for_matching_and_text_is_original():
    (tok,) = tokenize("أَحْمَد")
    assert tok.text == "أَحْمَد"
    assert tok.norm == "احمد"
    assert (tok.start, tok.end) == (0, 7)


ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئىة")
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")  # diacritics and tatweel
    + list("abcXYZé0123456789٠١٢٣٤٥٦٧٨٩")
    + list(" \n\t\u00a0.,،؛؟!…«»“”\"'()-_#@/:%٪\u200f\u200c\u200e\u061c\ufeff")
    + list("یکہە\ufeb3\ufee0\ufefb")  # Persian/Urdu letters, presentation forms
)


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=60))
def test_offsets_slice_the_original_and_cover_every_non_space(text):
    tokens = tokenize(text)
    covered = set()
    last_end = 0
    for tok in tokens:
        assert text[tok.start:tok.end] == tok.text
        assert tok.start >= last_end  # ordered, no overlap
        assert tok.text and not tok.text[0].isspace() and not tok.text[-1].isspace()
        last_end = tok.end
        covered.update(range(tok.start, tok.end))
    invisible = re.compile(f"[{INVISIBLE_MARKS}]")
    assert covered >= {i for i, ch in enumerate(text) if not ch.isspace() and not invisible.match(ch)}


@settings(max_examples=200, deadline=None)
@given(st.text(ALPHABET, max_size=60))
def test_norm_is_the_matching_form_of_the_text(text):
    for tok in tokenize(text):
        assert tok.norm == normalize_for_matching(tok.text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("قال", "word"), ("ـــ", "word"), ("ٱلله", "word"), ("#وسم", "hashtag"), ("#", "punct"), ("٣", "number")],
)
def test_kind_depends_on_the_token_alone(text, kind):
    """Kinds are cached per token string: the same string alone or in a sentence has one kind."""
    assert [t.kind for t in tokenize(text)] == [kind]
    assert [t.kind for t in tokenize(f"في {text} ثم") if t.text == text] == [kind]
