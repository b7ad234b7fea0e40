import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.arabic import normalize_for_matching, tokenize


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
    ],
)
def test_tokenize_table(text, expected):
    assert [(t.text, t.kind) for t in tokenize(text)] == expected


def test_norm_is_for_matching_and_text_is_original():
    (tok,) = tokenize("أَحْمَد")
    assert tok.text == "أَحْمَد"
    assert tok.norm == "احمد"
    assert (tok.start, tok.end) == (0, 7)


ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئىة")
    + list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")  # diacritics and tatweel
    + list("abcXYZé0123456789٠١٢٣٤٥٦٧٨٩")
    + list(" \n\t\u00a0.,،؛؟!…«»“”\"'()-_#@/:%٪\u200f\u200c")
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
    assert covered >= {i for i, ch in enumerate(text) if not ch.isspace()}


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
