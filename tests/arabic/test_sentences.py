import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.arabic import split_sentences
from khabar.arabic.sentences import abbreviations, sentences_of, web_suffixes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ذهب إلى السوق. ثم عاد.", ["ذهب إلى السوق.", "ثم عاد."]),
        ("هل انتهى؟ نعم! ربما… لا.", ["هل انتهى؟", "نعم!", "ربما…", "لا."]),
        ("ماذا؟! حقاً.", ["ماذا؟!", "حقاً."]),
        # quotations stay together, the sentence ends after the closing quote
        ("قال: «لن نتراجع. أبداً». ثم غادر.", ["قال: «لن نتراجع. أبداً».", "ثم غادر."]),
        ("وأضاف “هذا خطأ. كبير” ومضى.", ["وأضاف “هذا خطأ. كبير” ومضى."]),
        ('وقال "انتهى الأمر." ثم صمت.', ['وقال "انتهى الأمر."', "ثم صمت."]),
        # abbreviations
        ("التقى د. أحمد بالوزير.", ["التقى د. أحمد بالوزير."]),
        ("أفادت أ.ف.ب. أن الوضع هادئ.", ["أفادت أ.ف.ب. أن الوضع هادئ."]),
        ("ولد عام 1950 م. في القاهرة.", ["ولد عام 1950 م. في القاهرة."]),
        ("في عام 1438 هـ. تأسست الجمعية.", ["في عام 1438 هـ. تأسست الجمعية."]),
        ("كتب وصحف إلخ. وغيرها.", ["كتب وصحف إلخ. وغيرها."]),
        ("Dr. Smith arrived.", ["Dr. Smith arrived."]),
        # numbers and dates
        ("بلغت 12.5 في المئة. ثم ارتفعت.", ["بلغت 12.5 في المئة.", "ثم ارتفعت."]),
        ("في 14.11.2017 وقع الحادث.", ["في 14.11.2017 وقع الحادث."]),
        ("1. البند الأول.", ["1. البند الأول."]),
        # closing brackets stay with their sentence; line breaks end sentences
        ("انتهت الحرب (أ.ف.ب). وبدأ السلام", ["انتهت الحرب (أ.ف.ب).", "وبدأ السلام"]),
        ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
        # an unclosed quote does not swallow the paragraph
        ("قال «لا شيء. ثم مضى.", ["قال «لا شيء.", "ثم مضى."]),
        ("   ", []),
        # stray punctuation stays with its sentence
        ("انتهى الأمر. . ثم بدأ.", ["انتهى الأمر. .", "ثم بدأ."]),
        ("ساعدونا.. !! ثم صمتوا", ["ساعدونا.. !!", "ثم صمتوا"]),
    ],
)
def test_sentences_table(text, expected):
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full stop glued to the next sentence ends the first one
        ("وصل الوفد الآن.وحسب المصدر فإنه باق", ["وصل الوفد الآن.", "وحسب المصدر فإنه باق"]),
        ("زار البلد الشهر الماضي.وقال إنه سعيد", ["زار البلد الشهر الماضي.", "وقال إنه سعيد"]),
        ("انتهى الاجتماع.كما تقرر التأجيل", ["انتهى الاجتماع.", "كما تقرر التأجيل"]),
        ("وصل الوفد (أ.ف.ب).وقال الوزير", ["وصل الوفد (أ.ف.ب).", "وقال الوزير"]),
        ('دعا إلى "الهدوء".وقال الوزير', ['دعا إلى "الهدوء".', "وقال الوزير"]),
        # web addresses and outlet names
        ("نشر موقع العربية.نت الخبر", ["نشر موقع العربية.نت الخبر"]),
        ("نشر موقع سوق.كوم الخبر", ["نشر موقع سوق.كوم الخبر"]),
        ("نشر موقع www.example.com الخبر", ["نشر موقع www.example.com الخبر"]),
        ("نشر موقع المدينة.net الخبر", ["نشر موقع المدينة.net الخبر"]),
        # numbers, initials, dotted acronyms, lexicon abbreviations and ellipses
        ("بلغت النسبة 3.5 في المئة", ["بلغت النسبة 3.5 في المئة"]),
        ("قال أ.د محمد إن", ["قال أ.د محمد إن"]),
        ("قال د.محمد إن", ["قال د.محمد إن"]),
        ("قال معهد جي.اف.كيه الذي", ["قال معهد جي.اف.كيه الذي"]),
        ("توقعت بي.دبليو.سي نموا", ["توقعت بي.دبليو.سي نموا"]),
        ("كتب وصحف إلخ.وغيرها", ["كتب وصحف إلخ.وغيرها"]),
        ("ثم صمت...وقال", ["ثم صمت...وقال"]),
    ],
)
def test_glued_full_stop(text, expected):
    assert sentences_of(text) == expected


def test_glued_full_stop_offsets():
    text = "وصل الآن.وحسب المصدر"
    assert split_sentences(text) == [(0, 9), (9, 20)]


@pytest.mark.parametrize("entry", ["نت", "كوم"])
def test_web_suffix_lexicon_entries(entry):
    assert entry in web_suffixes()


def test_spans_slice_the_original():
    text = "  أولاً. ثانياً؟  "
    assert split_sentences(text) == [(2, 8), (9, 16)]


@pytest.mark.parametrize("entry", ["إلخ", "هـ", "Dr", "ص.ب"])
def test_abbreviation_lexicon_entries(entry):
    assert entry in abbreviations()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ابتسمد 0123.،؟!…«»\"\n") + ["د.", "أ.ف.ب", "12.5"]), max_size=60).map("".join))
def test_spans_are_ordered_trimmed_and_cover_all_text(text):
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert not text[last:start].strip()  # nothing but space between sentences
        last = end
    assert not text[last:].strip()
