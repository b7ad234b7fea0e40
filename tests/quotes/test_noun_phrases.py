"""Noun phrases around a cue: relative clauses on a speaker, quantities of a group as subjects,
and participles that are adjectives (cues.tsv classes relative_clause, quantity, approximate,
adjective_lead)."""

from __future__ import annotations

import pytest

from khabar.quotes.lexicon import class_keys, key

# (paragraph, [(cue, speaker words or None, content), ...])
CASES = [
    # relative_clause: the clause qualifies the body the spokesperson speaks for; no name in it speaks
    ("وقال متحدث باسم التيار الذي يقوده مقتدى الصدر إن الحكومة ستتشكل قريبا.",
     [("وقال", "متحدث باسم التيار", "الحكومة ستتشكل قريبا")]),
    ("وقال بطل المسلسل الذي يعرض حاليا إن الصفحات لا تمثله.",
     [("وقال", "بطل المسلسل", "الصفحات لا تمثله")]),
    # ... and after a verb whose content may be a noun phrase, the clause is the subject's, not the object's
    ("وكشف الممثل السوري أويس مخللاتي الذي عرف بشخصية صخر أن هناك مفاجآت عديدة.",
     [("وكشف", "أويس مخللاتي", "هناك مفاجآت عديدة")]),
    # a decision or document: its clause names the issuer, who is the source
    ("ووفقا للقرار الذي أصدره رئيس الوزراء إبراهيم محلب، فإن حالة الطوارئ تفرض في المنطقة.",
     [("ووفقا", "إبراهيم محلب", "فإن حالة الطوارئ تفرض في المنطقة")]),
    # publish_verb: a statement or document whose clause names its publisher speaks for it
    ("وذكر التقرير الذي أصدرته منظمة العفو الدولية أن السجون مكتظة.",
     [("وذكر", "منظمة العفو الدولية", "السجون مكتظة")]),
    ("وذكر البيان الذي أصدرته الوزارة أن الاجتماع ناجح.", [("وذكر", "الوزارة", "الاجتماع ناجح")]),
    ("وأضاف البيان الذي وزعه الحزب أن الانتخابات مزورة.", [("وأضاف", "الحزب", "الانتخابات مزورة")]),
    ("وجاء في البيان الذي نشره الجيش أن القوات قتلت ثلاثة مسلحين.",
     [("وجاء في البيان", "الجيش", "القوات قتلت ثلاثة مسلحين")]),
    # ... an indefinite document takes no relative pronoun; its verb carries the document's pronoun
    ("كشف استطلاع أجرته منصة دوبيزل أن 60% من المالكين باعوا سياراتهم.",
     [("كشف", "منصة دوبيزل", "60% من المالكين باعوا سياراتهم")]),
    # ... a medium as publisher is in the clause, not a channel after the speaker
    ("وقال التقرير الذي نشرته صحيفة الغارديان إن الحكومة تخفي الأرقام.",
     [("وقال", "صحيفة الغارديان", "الحكومة تخفي الأرقام")]),
    ("وكشف استطلاع آخر أجراه معهد غالوب أن الثقة تراجعت.", [("وكشف", "معهد غالوب", "الثقة تراجعت")]),
    # ... and after 'according to' the document and its verb lead to the source
    ("أحيى الصينيون ذكرى وفاة الأديب، وفق تقرير نشرته صحيفة الشرق الأوسط.",
     [("وفق تقرير نشرته", "صحيفة الشرق الأوسط", "أحيى الصينيون ذكرى وفاة الأديب")]),
    # ... not a bare verb after it (نشر: also 'publication'), nor a clause whose verb issues nothing:
    # the document, with no owner named, speaks itself
    ("وذكر تقرير نشر الأسبوع الماضي أن البطالة ارتفعت.", [("وذكر تقرير", "تقرير", "البطالة ارتفعت")]),
    ("وذكر التقرير الذي اطلعت عليه الصحيفة أن البطالة ارتفعت.",
     [("وذكر التقرير", None, "البطالة ارتفعت")]),
    # ... that clause is no part of the speaker: the statement speaks for whoever issued it before
    ("وقالت منظمة العفو الدولية في تقرير إن السجون مكتظة. وتابع التقرير الذي استند إلى شهادات عديدة "
     "أن التعذيب منتشر.",
     [("وقالت", "منظمة العفو الدولية", "السجون مكتظة"), ("وتابع التقرير", "منظمة العفو الدولية", "التعذيب منتشر")]),
    # ... and an indefinite document showing something reports it (أظهر), its clause no cue
    ("أظهرت دراسة نشرت أمس أن الشباب يفضلون العمل الحر.", [("أظهرت دراسة", "دراسة", "الشباب يفضلون العمل الحر")]),
    ("وأظهر اللاعب مهارة عالية.", []),
    # quantity: a percentage or a proportion with the group it counts is the subject
    ("بينما توقع 28% من المستطلعين أن يحصلوا على إذن.",
     [("توقع", "28% من المستطلعين", "يحصلوا على إذن")]),
    ("وقال أكثر من الربع إنهم سيشاهدون المباريات سرا.",
     [("وقال", "أكثر من الربع", "سيشاهدون المباريات سرا")]),
    ("وقال ثلث المستطلعين إن الأسعار مرتفعة.", [("وقال", "ثلث المستطلعين", "الأسعار مرتفعة")]),
    ("بينما توقع 28% مغادرة العمل باكرا.", [("توقع", "28%", "مغادرة العمل باكرا")]),
    # approximate: نحو before the number belongs to the quantity
    ("وقال نحو 40 في المئة من المشاركين إنهم لا يدخرون.",
     [("وقال", "نحو 40 في المئة من المشاركين", "لا يدخرون")]),
    # من before a noun that is no group opens what the warning is about
    ("وحذر 28% من ارتفاع الأسعار.", [("وحذر", "28%", "ارتفاع الأسعار")]),
    # adjective_lead: after غير a participle is an adjective; it neither cues nor ends content
    ("وقال الوزير إن الأنباء غير مؤكدة بأن الاتفاق انهار.",
     [("وقال", "الوزير", "الأنباء غير مؤكدة بأن الاتفاق انهار")]),
    ("وانتشرت توقعات غير مبررة بأن يتجاوز الدولار 20 جنيها.", []),
    # joined by و to an accusative adjective, the participle is one more adjective
    ("وكان النقاش منطقياً ومبرراً يسعى لمصلحة الفريق.", []),
    # ... while after a comma it still introduces what was justified or confirmed
    ("وقال النائب إنه رفض القانون، مبرراً رفضه بعدة أسباب.",
     [("وقال", "النائب", "رفض القانون"), ("مبرراً", "النائب", "رفضه بعدة أسباب")]),
    ("وقال الوزير إن الوضع جيد، ومؤكدا أن الاقتصاد سيتعافى.",
     [("وقال", "الوزير", "الوضع جيد"), ("ومؤكدا", "الوزير", "الاقتصاد سيتعافى")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_noun_phrases(spoken, paragraph, expected):
    found = spoken([paragraph])
    assert found == expected


@pytest.mark.parametrize(("cls", "word"), [
    ("relative_clause", "الذي"), ("relative_clause", "التي"), ("relative_clause", "الذين"),
    ("quantity", "غالبية"), ("quantity", "معظم"), ("quantity", "نصف"),
    ("approximate", "حوالي"), ("adjective_lead", "غير"),
    ("publish_verb", "نشر"), ("publish_verb", "أصدر"), ("publish_verb", "وزع"), ("publish_verb", "أجرت"),
])
def test_classes_listed(cls, word):
    assert key(word) in class_keys(cls)


def test_a_proportion_with_the_group_pronoun_is_the_subject(analyse):
    # أغلبهم: the proportion carries its group as a pronoun; the content follows it
    body = ["وتفاعل المستخدمون مع نبأ القبض على المدون، واستنكر أغلبهم القبض عليه."]
    quote = analyse(body).quotes[-1]
    assert (quote.speaker.text if quote.speaker else None, quote.content) == ("أغلبهم", "القبض عليه")
