"""Passives and relaying verbs: no speaker, or the source after عن, or the verbal noun's own, with
its complementizer or its own object."""

from __future__ import annotations

import pytest

# (paragraphs, [(cue, content, speaker words or None), ...])
RELAYED = [
    # a passive spelled unlike any active form reports with no speaker, even after a named one
    (["وقال الوزير إن الوضع هادئ.", "وقيل إن الاجتماع تأجل."],
     [("وقال", "الوضع هادئ", "الوزير"), ("وقيل", "الاجتماع تأجل", None)]),
    (["وأفيد بأن الطريق مغلق."], [("وأفيد", "الطريق مغلق", None)]),
    (["وأشير إلى أن المفاوضات توقفت."], [("وأشير", "المفاوضات توقفت", None)]),
    # a relaying verb with عن and no subject: the source after عن speaks
    (["ونقل عن الوزير أن الهجوم أحبط."], [("ونقل", "الهجوم أحبط", "الوزير")]),
    (["ونقل عن مصدر أمني أن الهجوم أحبط."], [("ونقل", "الهجوم أحبط", None)]),
    # ... unless a verbal noun names the source's words
    (["ونقل عن الوزير قوله إن الهجوم أحبط."], [("قوله", "الهجوم أحبط", "الوزير")]),
]


@pytest.mark.parametrize(("body", "expected"), RELAYED)
def test_passives_and_relayed_sources(said, body, expected):
    assert said(body) == expected


# a relayed verbal noun with its own preposition or noun-phrase object (نقلت الوكالة عن X تأكيده على ...)
# (paragraphs, [(cue, content, speaker words or None, via words or None), ...])
NOUN_OBJECTS = [
    # the verb's own preposition opens the content
    (["ونقلت وكالة الأنباء عن الوزير تأكيده على دعم الدولة للمشروع."],
     [("تأكيده", "دعم الدولة للمشروع", "الوزير", "وكالة الأنباء")]),
    # ... also past an adjunct phrase closed by a comma
    (["ونقلت الوكالة عن الوزير تأكيده في كلمة ألقاها بالخرطوم خلال ندوة الشباب، على دعم الدولة للحوار."],
     [("تأكيده", "دعم الدولة للحوار", "الوزير", "الوكالة")]),
    # a verb taking a noun phrase: the words right after its noun
    (["ونقلت الصحيفة عن الوزير نفيه وجود أي اتفاق مع الشركة."],
     [("نفيه", "وجود أي اتفاق مع الشركة", "الوزير", "الصحيفة")]),
    # another verbal noun of the source's words ends the content and is its own quotation
    (['ونقلت الوكالة عن قائد الشرطة تأكيده اعتقال المتهم وقوله "لقد اعترف بكل التهم الموجهة إليه".'],
     [("تأكيده", "اعتقال المتهم", "قائد الشرطة", "الوكالة"),
      ("وقوله", "لقد اعترف بكل التهم الموجهة إليه", "قائد الشرطة", "الوكالة")]),
    # a time between the relaying verb and عن is no channel; unnamed sources name no speaker
    (["وكانت الصحيفة قد نقلت في وقت سابق عن مصادر عسكرية تأكيدها وجود خبراء أجانب في المدينة."],
     [("تأكيدها", "وجود خبراء أجانب في المدينة", None, None)]),
    # a complementizer after the noun: as before
    (["ونقلت الوكالة عن الوزير قوله إن الحكومة ستدعم المشروع."],
     [("قوله", "الحكومة ستدعم المشروع", "الوزير", "الوكالة")]),
]


@pytest.mark.parametrize(("body", "expected"), NOUN_OBJECTS)
def test_relayed_verbal_nouns(analyse, body, expected):
    article = analyse(body)
    assert [(q.cue, q.content, q.speaker.text if q.speaker else None, q.via.text if q.via else None)
            for q in article.quotes] == expected


# (paragraphs, [(cue, speaker words or None), ...])
SOURCES = [
    # 'these sources' are the unnamed sources named before, not the person they quoted
    (["نقلت مصادر عراقية عن وزير الداخلية اتهامه لبعض القادة بإثارة الشارع.",
      "وقالت هذه المصادر إن الوزير هاجم نائب الرئيس."],
     [("اتهامه", "وزير الداخلية"), ("وقالت", None)]),
]


@pytest.mark.parametrize(("body", "expected"), SOURCES)
def test_demonstrated_sources(analyse, body, expected):
    article = analyse(body)
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in article.quotes] == expected
