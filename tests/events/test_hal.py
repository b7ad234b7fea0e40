"""Circumstantial (ḥāl) participles: Form I and feminine/plural forms are their lemma's verb."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.events.hal import bare_hal, hal_forms, hal_participles, hal_word, participle_shape
from khabar.events.lexicon import resource_rows

from .composed import coded_parties as coded


@pytest.mark.parametrize(("form", "lemma"), [(row[0].strip(), row[1].strip())
                                             for row in resource_rows("hal_participles.tsv")])
def test_every_listed_participle_is_its_lemmas_verb(form: str, lemma: str) -> None:
    toks = tokenize(f"قال الوزير إن الوضع خطير، {form} الحكومة إلى التحرك")
    found = hal_participles(toks)
    assert [(toks[i].text, pred.lemma, pred.kind) for i, pred in found.items()] == [(form, lemma, "V")]


@pytest.mark.parametrize(("text", "expected"), [
    # Form I masculine, also with tanween and و
    ("وندد الوزير بالهجوم، داعيًا الأمم المتحدة إلى التدخل", ["داعيًا"]),
    ("وندد الوزير بالهجوم وداعيا الأمم المتحدة إلى التدخل", ["وداعيا"]),
    # feminine and plural: derived from the masculine, only right after a comma
    ("رحبت الجامعة بالهدنة، مطالبة الحوثيين باحترامها", ["مطالبة"]),
    ("وأغلق المحتجون الطريق، داعين السلطات إلى التدخل", ["داعين"]),
    ("وتم احتجاز شخص ومطالبة عائلته بدفع فدية", []),  # a masdar in a list
    # a feminine with no comma: only with a definite object, and not Form III (its masdar)
    ("أغلقت الوزارة المكتب متهمة القادة بعدم التعاون", ["متهمة"]),
    ("وتظاهرت النساء منددة الاعتداءات", ["منددة"]),
    ("وأصبحت الفصائل متهمة بالفساد", []),  # an adjective
    ("وأيدت النقابة مطالبة العمال بالزيادة", []),  # a Form III masdar
    # a plural with no comma: only when its verb's ب/من/على/عن heads the next word
    ("وخرج المئات إلى الشوارع منددين بسياسة الحكومة", ["منددين"]),
    ("وتجمع الأهالي أمام البرلمان محذرين من القرار", ["محذرين"]),
    ("ووجود أشخاص داعين للفكر المتطرف", []),  # ل follows adjectives too
    ("وصوت 40 نائبا رافضين لذلك", []),
    ("ورفضت الحكومة مطالبة النقابة بالزيادة", []),
    # after a number or a preposition: a noun
    ("وهو واحد من 54 متهما يحاكمون", []),
    ("وجاء ذلك في مطالبة النقابة", []),
])
def test_participles_stand_after_a_clause(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[i].text for i in hal_participles(toks)] == expected


@pytest.mark.parametrize(("word", "hal", "shape"), [
    ("داعيا", True, False),
    ("مطالبين", True, False),
    ("ومحذرا", True, True),
    ("مطالبا", True, True),
    ("قال", False, False),
])
def test_hal_word_and_participle_shape(word: str, hal: bool, shape: bool) -> None:
    assert (hal_word(word), participle_shape(word)) == (hal, shape)


def test_forms_are_derived_from_the_masculine() -> None:
    forms = hal_forms()
    assert forms["داعية"] == ("دعا", True) and forms["داعين"] == ("دعا", True)
    assert forms["رافضين"] == ("رفض", True) and forms["وداعيا"] == ("دعا", False)


@pytest.mark.parametrize(("text", "event"), [
    # a feminine ḥāl with no comma is the subject's act, its object the target (not the party's adjective)
    ("أغلقت الوزارة المكتب متهمة القادة الفلسطينيين بعدم التعاون.", ("اتهم", "الوزارة", "القادة الفلسطينيين")),
    # a masculine ḥāl with no comma, its object or complement after it: the subject of a verb the
    # lexicon does not code does it
    ("واختتم الوزير الرسالة داعيا الحكومة إلى التحرك.", ("دعا", "الوزير", "الحكومة")),
    ("وأنهى الاتحاد الأوروبي اجتماعه داعيا إسرائيل إلى وقف الاستيطان.", ("دعا", "الاتحاد الأوروبي", "إسرائيل")),
    ("وتحدث الوزير عن الأزمة محذرا من تفاقمها.", ("حذر", "الوزير", None)),
])
def test_a_hal_without_a_comma_is_the_subjects_act(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "word"), [
    ("وكان المنتخب مطالبا بالفوز على الجزائر.", "مطالبا"),  # a copula's predicate
    ("وبات الوزير مطالبا بحل الأزمة.", "مطالبا"),
    ("ويعتبر نفسه داعيا للسلام.", "داعيا"),
    ("واتخذت الحكومة موقفا رافضا للمجازر.", "رافضا"),  # an adjective: ل follows adjectives too
    ("وبات المنتخب الفائز بالكأس مرتين مهددا بالخروج.", "مهددا"),  # the copula opens the clause
    ("وتسلمت السلطات مصريا متهما بخطف طائرة.", "متهما"),  # an indefinite accusative noun's adjective
])
def test_a_masculine_participle_without_its_complement_or_after_a_copula_opens_no_clause(text: str, word: str) -> None:
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.text == word)
    assert not bare_hal(toks, i, set())


def test_a_bare_hal_needs_a_complement() -> None:
    toks = tokenize("واختتم الوزير الرسالة داعيا الحكومة إلى التحرك.")
    i = next(k for k, t in enumerate(toks) if t.text == "داعيا")
    assert bare_hal(toks, i, set())
