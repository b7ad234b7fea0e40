"""Convictions (:mod:`khabar.events.verdicts`): أدان with a party and a charge after ب is a verdict."""

from __future__ import annotations

import pytest

from khabar.arabic.inflection import folded_bare
from khabar.events.lexicon import word_set

from .composed import coded, text_of

# (sentence, CAMEO, source, target)
CASES = [
    # a court convicts a party of a charge: 1121, the convicted its target
    ("وأدانت المحكمة 45 شخصا بقتل متظاهرين.", "1121", "المحكمة", "45 شخصا"),
    ("أدانت المحكمة الناشط بتهمة التحريض.", "1121", "المحكمة", "الناشط"),
    # the passive names nobody who convicts
    ("وأدين خان بانتهاك قانون الحياة البرية.", "1121", None, "خان"),
    ("وأدين خان (52 عاما) بانتهاك القانون.", "1121", None, "خان"),  # over a parenthesis
    # the noun: its genitive is the one convicted
    ("وندد الوزير بإدانة الصحفي بتهمة التجسس.", "1121", None, "الصحفي"),
    # a subject no table knows: the party after the verb and before the charge is the one convicted
    ("وأعلنت الوزارة أن محكمة استئناف طرابلس أدانت 45 شخصا بقتل متظاهرين.", "1121", None, "45 شخصا"),
    # دان, condemned without its hamza, convicts as أدان does: a judge
    ("ودان القاضي المتهم بالسرقة.", "1121", "القاضي", "المتهم"),
    # an indefinite court with a demonym spelt with ب or ف: the court convicts, no charge بريطانية
    ("أدانت محكمة بريطانية رجلا بتجنيد الأطفال.", "1121", "محكمة بريطانية", "رجلا"),
    ("أدانت محكمة فرنسية الشركة بتمويل الإرهاب.", "1121", "محكمة فرنسية", "الشركة"),
    # a court that condemns a party convicts it, even with no charge named
    ("وأدانت المحكمة الناشط أمس.", "1121", "المحكمة", "الناشط"),
    # a subject that is no court, judge or jury condemns a party for an act: no verdict
    ("ودانت الحكومة المسلحين بقتل المدنيين.", "111", "الحكومة", "المسلحين"),
    ("وأدانت الخارجية الأمريكية النظام بارتكاب جرائم حرب.", "111", "الخارجية الأمريكية", "النظام"),
    # a condemnation: a direct object with no charge, or a manner after ب
    ("وأدانت مصر الهجوم على الكنيسة.", "111", "مصر", None),
    ("أدانت الحكومة الاعتداء على الصحفي بشدة.", "111", "الحكومة", None),
]


@pytest.mark.parametrize(("text", "cameo", "source", "target"), CASES)
def test_verdict(text: str, cameo: str, source: str | None, target: str | None) -> None:
    event = [e for e in coded(text) if e.action in ("أدان", "دان", "تنديد")][-1]
    assert (event.cameo, text_of(event.source), text_of(event.target)) == (cameo, source, target)


@pytest.mark.parametrize("manner", ["بشدة", "بأشد العبارات", "بأقصى درجات الحزم", "بالإجماع", "بقوة"])
def test_a_manner_after_bi_keeps_the_condemnation(manner: str) -> None:
    assert folded_bare(manner.split()[0]) in word_set("condemn_manners", strip_article=True)
    events = [e for e in coded(f"وأدانت الحكومة المسلحين {manner} على الهجوم.") if e.action == "أدان"]
    assert events and all(e.cameo == "111" for e in events)


def test_the_verdict_nouns_are_convictions_with_a_charge() -> None:
    assert word_set("verdict_nouns")  # إدانة: the case of CASES read through the noun
    events = [e for e in coded("وندد الوزير بإدانة الصحفي بتهمة التجسس.") if e.cameo == "1121"]
    assert [text_of(e.target) for e in events] == ["الصحفي"]
