"""Speech verbs in relative clauses: the antecedent speaks when it is a person or body."""

from __future__ import annotations

import pytest

# (paragraphs, [(cue, content, speaker words or None), ...])
RELATIVES = [
    # a person or body named before the relative pronoun is its speech verb's subject, and the
    # report is kept inside the quotation that holds it; it ends before the next noun's clause
    (["وكشفت الصحيفة عن أزمة بين واشنطن التي كانت تطالب بإطلاق سراحه وأنقرة التي كانت ترفض الإفراج عنه."],
     [("وكشفت", "أزمة بين واشنطن التي كانت تطالب بإطلاق سراحه وأنقرة التي كانت ترفض الإفراج عنه", "الصحيفة"),
      ("تطالب", "بإطلاق سراحه", "واشنطن")]),
    # ... or at a comma
    (["وقال الوزير إن ترامب الذي كان يطالب بإطلاق سراحه، والرئيس التركي اتفقا."],
     [("وقال", "ترامب الذي كان يطالب بإطلاق سراحه، والرئيس التركي اتفقا", "الوزير"),
      ("يطالب", "بإطلاق سراحه", "ترامب")]),
    # a verb with its own subject in a relative clause: its content ends where the sentence goes
    # on after a comma (و and an adjunct, a finite verb, a new relative), not with a noun after و
    (["وأطلق سراحه بعد تقرير المستشفى والذي أكد فيه الطبيب المعالج أن حالته مستقرة، وفي يوم الجريمة لاحظت أسرته سلوكه."],
     [("أكد", "حالته مستقرة", "الطبيب المعالج")]),
    (["في الوقت الذي قال فيه الوزير إنه تم تشكيل لجنة، إضافة إلى النقباء، وإزالة أي أثر سلبي."],
     [("قال", "تم تشكيل لجنة، إضافة إلى النقباء، وإزالة أي أثر سلبي", "الوزير")]),
    # an object pronoun stands for the antecedent: it is no subject
    (["ويشكو التجار من السوق الصينية التي يعتبرونها غير عادلة."], []),
    # an antecedent that is no person or body says nothing
    (["وتحدث عن القرار الذي أعلن أن الحدود مغلقة."], []),
    # ما with من or ب ('which') opens a clause on the sentence before: it shows, no one says
    (["وأبرمت شركة أبل صفقة بقيمة مليار دولار مما يشير إلى ازدهار أنشطة الدمج."], []),
    (["وارتفع مؤشر المشتريات مما يشير إلى أن الاقتصاد بدأ يتعافى."], []),
    (["واستقال رئيس النادي بما يؤكد تفاقم الأزمة."], []),
    # a place 'considered one of' states no view (cues.tsv considered_predicate)
    (["وزار الوفد محافظة السويداء التي تعتبر إحدى أكبر مدن الجنوب."], []),
]


@pytest.mark.parametrize(("body", "expected"), RELATIVES)
def test_relative_clause_reports(said, body, expected):
    assert said(body) == expected


# (paragraph, [(cue, speaker words), ...]): a place is no antecedent of الذين, but التي may stand for a country
PLACE_ANTECEDENT = [
    ("ومن بين من ظهروا في القائمة طلبة باركلاند في فلوريدا الذين يطالبون بإصلاح قوانين الأسلحة.", []),
    ("ولاقت الخطوة غضبا في قطر التي اتهمت جيرانها بالرغبة في تضييق الخناق عليها.", [("اتهمت", "قطر")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_ANTECEDENT)
def test_place_antecedent(analyse, text, expected):
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in analyse([text]).quotes] == expected
