"""The subject written before its speech verb (khabar.quotes.fronted): SV order, كان + subject +
verb, appositions between commas, a clause opened by لكن or by أن after a connective."""

from __future__ import annotations

import pytest

# (paragraph, (cue, speaker words)): the speaker stands before the verb
FRONTED = [
    ("وزارة الدفاع الروسية تقول إن القصف توقف.", ("تقول", "وزارة الدفاع الروسية")),
    ("وكانت الوزارة أعلنت أن المعبر سيفتح.", ("أعلنت", "الوزارة")),  # كان + subject + verb
    # an apposition between commas is stepped back over to the name it describes
    ("وكان الوزير، سيرغي لافروف، أعلن أن المحادثات مستمرة.", ("أعلن", "سيرغي لافروف")),
    ("لكن الرئيس أكد أن الاتفاق قائم.", ("أكد", "الرئيس")),  # لكن opens a clause with its own subject
    ("على الرغم من أن المنظمة أقرت بأن الوضع صعب.", ("أقرت", "المنظمة")),  # the subject follows أن
    # a verb with و opens its clause: its subject follows it
    ("وقال الوزير إن المحادثات مستمرة.", ("وقال", "الوزير")),
    # adjuncts (لذا، تبعا، خلاله) are no subject: the narrator's, or the one named before, speaks
    ("وللبطولة أهمية خاصة، ولذا أعتقد أن الحديث عن عدم أهميتها غير منطقي.", ("أعتقد", None)),
    ("وعقدت الوزيرة سلمى اللومي مؤتمرا صحفيا وأصرت خلاله على موقف بلادها.", ("وأصرت", "سلمى اللومي")),
    # a connective of consequence is no subject: the subject follows the verb
    ("ولهذا أعلنت الحكومة الأميركية أنها ستطور الشبكة.", ("أعلنت", "الحكومة الأميركية")),
    ("وبالتالي أعلن الحكم أن الهدف صحيح.", ("أعلن", "الحكم")),
    # 'in turn' between the subject and its verb: the words before it are the subject
    ("رئيس البرلمان بدوره أكد أن الحوار مستمر.", ("أكد", "رئيس البرلمان")),
    ("الوزارة بدورها أعلنت أن المعبر سيفتح.", ("أعلنت", "الوزارة")),
]

# (paragraphs, speaker words of the last quotation): في right after an unnamed source's head places it
# (مسؤول في الإدارة المحلية): the fronted subject is that unnamed source, not the one named before
UNNAMED_FRONTED = [
    (["وصرح قائد الشرطة، كريسبوس موتالي، أن خمسة أشخاص قتلوا.",
      "وكان مسؤول في الإدارة المحلية ذكر أن الهجوم لم يسفر عن ضحايا."], None),
    (["وقال الوزير محمد علي إن الوضع هادئ.", "وكان مصدر في الوزارة قال إن الحادث عرضي."], None),
    # a definite participle with its preposition qualifies the source's head (المصدر المطلع على الملف)
    (["وقال الوزير محمد علي إن الوضع هادئ.", "ولكن المصدر المطلع على الملف أكد أن الحادث عرضي."], None),
]

# (paragraph, (speaker words, content)): a subject opening the sentence before a verb with no conjunction
# speaks, a country too; the noun after the verb is its object, where a preposition opens the content
SENTENCE_OPENING_SUBJECT = [
    ("روسيا تحذر الولايات المتحدة من تنفيذ عمل عسكري", ("روسيا", "الولايات المتحدة من تنفيذ عمل عسكري")),
    ("الرئيس المصري يطالب المجتمع الدولي بالتدخل: الوضع خطير", ("الرئيس المصري", "الوضع خطير")),
    ("وحول التدخل الإيراني قال سعيد الخطيب إن القرار ليس بيد النظام.", ("سعيد الخطيب", "القرار ليس بيد النظام")),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_OPENING_SUBJECT)
def test_sentence_opening_subject(analyse, text, expected):
    quote = analyse([text]).quotes[0]
    assert (quote.speaker.text if quote.speaker else None, quote.content) == expected


# (paragraphs, speaker words of the last quotation): أما X، فقال / أما X، apposition، فقال: the topic's
# noun past the commas is the subject, not the one named before; a topic with a preposition names no one
COMMA_TOPIC = [
    (["وقال سعيد الخطيب إن الحوار مستمر.",
      "أما خلف داهود، عضو المكتب التنفيذي للهيئة، فقال إن الحل سياسي."], "خلف داهود"),
    (["وقال سعيد الخطيب إن الحوار مستمر.", "أما جبر الشوفي، فيشير إلى أن النظام تغير."], "جبر الشوفي"),
    (["وقال سعيد الخطيب إن الحوار مستمر.", "أما عن الحب وشؤون القلب، فقال إن الصدق أهم."], "سعيد الخطيب"),
]


@pytest.mark.parametrize(("body", "expected"), COMMA_TOPIC)
def test_topic_before_commas(analyse, body, expected):
    quote = analyse(body).quotes[-1]
    assert (quote.speaker.text if quote.speaker else None) == expected


@pytest.mark.parametrize(("body", "expected"), UNNAMED_FRONTED)
def test_unnamed_source_placed_with_fi(analyse, body, expected):
    quote = analyse(body).quotes[-1]
    assert (quote.speaker.text if quote.speaker else None) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_subject_before_its_verb(analyse, text, expected):
    article = analyse([text])
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in article.quotes] == [expected]


# (paragraph, (cue, speaker words, content)): a verb with فيه after a document its sentence's publishing
# verb issued speaks for the publisher, past a time set off by commas and the document's adjective
DOCUMENT_PUBLISHER = [
    ("أصدر النائب العام المصري بياناً، الأربعاء، أكد فيه خلو جسدي السائحين من أي عنف.",
     ("أكد", "النائب العام المصري", "خلو جسدي السائحين من أي عنف")),
    ("وأصدرت الوزارة بلاغا توضيحيا أكدت فيه أن اللاعب باق.", ("أكدت", "الوزارة", "اللاعب باق")),
    # plural documents with their adjective; the subject ends before when they were issued
    ("أصدرت الهيئة في الخامس من يونيو بيانات متزامنة أعلنت فيها قطع العلاقات مع الشركة.",
     ("أعلنت", "الهيئة", "قطع العلاقات مع الشركة")),
    # no publishing verb: an indefinite document with its owner after ل speaks for that owner
    ("وجاءت الرسالة بعد تقرير لصحيفة الوطن، ذكر فيه أن المفاوضات توقفت.",
     ("ذكر", "صحيفة الوطن", "المفاوضات توقفت")),
    # what the publishing verb issued need not be a statement noun (حصيلة، مقطع فيديو); أورد publishes
    ("أورد المرصد الوطني حصيلة جديدة لضحايا النزاع، أشار فيها إلى مقتل ألف شخص.",
     ("أشار", "المرصد الوطني", "مقتل ألف شخص")),
    ("ونشرت الممثلة في مايو الماضي مقطع فيديو على حسابها تم تداوله على نطاق واسع، تتهم فيه الشركة بالنصب.",
     ("تتهم", "الممثلة", "الشركة بالنصب")),
    # the document right after the publishing verb: the publisher is that verb's subject written
    # before it, and the publishing verb reports nothing itself (not نشر تغريدة, speaker تغريدة)
    ("وكان الرئيس الأمريكي قد نشر تغريدة قال فيها إن الحرب انتهت.", ("قال", "الرئيس الأمريكي", "الحرب انتهت")),
]


# (paragraphs, (cue, speaker words, content) of the last quote): a document right after a publishing
# verb with no subject written: the one named before published it (not وأصدرت بيانا as the speaker)
UNWRITTEN_PUBLISHER = [
    (["أعلنت الحكومة الليبية الترحيب بالاتفاق.", "وأصدرت بيانا قالت فيه إنه خطوة على الطريق الصحيح."],
     ("قالت", "الحكومة الليبية", "خطوة على الطريق الصحيح")),
]


@pytest.mark.parametrize(("body", "expected"), UNWRITTEN_PUBLISHER)
def test_unwritten_publisher(spoken, body, expected):
    assert spoken(body)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_PUBLISHER)
def test_document_publisher_speaks(spoken, text, expected):
    assert spoken([text]) == [expected]
