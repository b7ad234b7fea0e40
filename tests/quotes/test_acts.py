"""An act declared or a thing made public as the whole object of أعلن/كشف is no quotation
(khabar.quotes.acts, the act_object class of resources/cues.tsv); a statement about it still is."""

from __future__ import annotations

import pytest

# (paragraph, [(cue, content), ...])
CASES = [
    # acts declared: mourning, an emergency, a curfew, a holiday, war
    (["أعلن النادي الحداد مدة ثلاثة أيام إثر وفاة رئيسه السابق."], []),
    (["وأعلنت السلطات حالة الطوارئ في المدينة منذ أمس."], []),
    (["أعلن الجيش حظر التجول في العاصمة."], []),
    (["أعلنت الحكومة عطلة رسمية يوم الأحد."], []),
    (["وأعلنت الجماعة الحرب على الحكومة."], []),
    # a paragraph ending in a bidi control after the object: no token ends after the content's
    # last character (a crash in the whole-corpus sweep)
    (["\u202bألمانيا النازية تعلن الحرب على الولايات المتحدة\u202c"], []),
    # things made public: a list, the results
    (["أعلن المدرب اليوم عن قائمة اللاعبين المدعوين للتربص."], []),
    (["أعلنت الوزارة النتائج النهائية للامتحان."], []),
    # a participle of announcing with the same object
    (["توفي الرئيس السابق للنادي، معلنا الحداد ثلاثة أيام."], []),
    # a statement after the act: the complementizer opens reported content
    (["أعلنت الحكومة حالة الطوارئ وأكدت أن الوضع تحت السيطرة."],
     [("وأكدت", "الوضع تحت السيطرة")]),
    (["أعلن الرئيس أن الحداد سيستمر ثلاثة أيام."], [("أعلن", "الحداد سيستمر ثلاثة أيام")]),
    # news announced is still a quotation
    (["أعلن الجيش مقتل 19 مسلحا في سيناء."], [("أعلن", "مقتل 19 مسلحا في سيناء")]),
    (["كشفت الوزارة تفاصيل الخطة الجديدة للنقل."], [("كشفت", "تفاصيل الخطة الجديدة للنقل")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_declared_act_is_no_quote(analyse, body: list[str], expected: list[tuple[str, str]]) -> None:
    article = analyse(body)
    assert [(q.cue, q.content) for q in article.quotes] == expected
