import pytest

from khabar.search.analyzer import strip_proclitics, term, term_spans, terms


@pytest.mark.parametrize("word", ["انسحاب", "الانسحاب", "والانسحاب", "بانسحاب", "للانسحاب", "فالانسحاب",
                                  "وبالانسحاب", "كالانسحاب", "ولانسحاب", "الإنسحاب", "الانْسِحاب"])
def test_clitic_forms_share_the_bare_words_term(word):
    assert term(word) == term("انسحاب")


@pytest.mark.parametrize("word", ["بيان", "لبنان", "وزير", "كتاب", "بلد", "فلسطين", "الله"])
@pytest.mark.parametrize("clitics", ["و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "وب", "ول"])
def test_words_starting_with_clitic_letters_stay_consistent(word, clitics):
    assert term(clitics + word) == term(word)


@pytest.mark.parametrize("a, b", [
    ("أميركا", "أمريكا"), ("الأمريكية", "الأميركية"), ("لأمريكا", "أميركا"), ("ترمب", "ترامب"),
    ("إسرائيل", "اسرائيل"), ("الحكومة", "الحكومه"), ("مستشفى", "مستشفي"), ("يونيه", "يونيو"),
])
def test_spelling_variants_unify(a, b):
    assert term(a) == term(b)


@pytest.mark.parametrize("a, b", [("انسحاب", "سحب"), ("وزير", "وزارة"), ("بلد", "لد")])
def test_different_words_stay_apart(a, b):
    assert term(a) != term(b)


def test_short_words_keep_their_letters():
    assert strip_proclitics("ولد") == "ولد"
    assert strip_proclitics("بلد") == "بلد"


def test_term_spans_slice_the_original_text():
    text = "قال الوزيرُ: «والانسحابُ قريب» — Trump_2017!"
    for t, start, end in term_spans(text):
        assert text[start:end].strip() == text[start:end]
        assert term(text[start:end]) == t
    assert [t for t, _, _ in term_spans(text)] == terms(text)
    assert term("Trump") == "trump"
