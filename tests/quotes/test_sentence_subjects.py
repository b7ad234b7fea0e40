"""The subject of the verb opening a cue's sentence speaks for a participle or a conjoined verb
(khabar.quotes.sentence_subjects), when it agrees with the verb."""

from __future__ import annotations

import pytest

# (paragraphs, [(cue, speaker words or None), ...])
CASES = [
    # a speech verb without content opens the sentence: its titled subject says what the participle
    # introduces, not the speaker named before
    (["وقال الرئيس إن الوضع جيد.",
      'وعلق مفوض العدل في الاتحاد على الإجراءات قائلا: "القواعد الجديدة ستعيد السيطرة للمواطنين".'],
     [("وقال", "الرئيس"), ("قائلا", "مفوض العدل")]),
    # the opening verb has its content: the participle keeps its speaker
    (["وقال الرئيس إن الوضع جيد، مؤكدا أن الاقتصاد سيتعافى."], [("وقال", "الرئيس"), ("مؤكدا", "الرئيس")]),
    # no subject written after the opening verb: the speaker tracked before
    (["وقال الوزير إن الوضع جيد.", "وأكد أن التعاون مستمر، لافتا إلى أن اللقاءات مفيدة."],
     [("وقال", "الوزير"), ("وأكد", "الوزير"), ("لافتا", "الوزير")]),
    # the pronoun on لكن stands for the opening verb's subject, not for a name between them
    (["وقالت الوزيرة إن الوضع جيد.", "وقضت المحكمة بسجن الرجل لثلاث سنوات لكنها قالت إنه لن يبقى في السجن."],
     [("وقالت", "الوزيرة"), ("قالت", "المحكمة")]),
    # a body named in what the opening verb says (أوضح أن اللجنة ...) is not the participle's subject,
    # and a conjunction written apart (و أوضح) does not hide the opening verb
    (["وقال وزير الصحة إن الوضع مستقر.",
      "و أوضح أن اللجنة الوطنية لمكافحة الأوبئة تتابع الحالات مؤكدا أن المستشفيات جاهزة."],
     [("وقال", "وزير الصحة"), ("أوضح", "وزير الصحة"), ("مؤكدا", "وزير الصحة")]),
    # ... but after غير أن the subject follows
    (["غير أن كمال العيادي لم يحضر الاجتماع، واصفا إياه بأنه شكلي."], [("واصفا", "كمال العيادي")]),
    # أما X، فقال: the topic before the comma is the subject; أما عن X is a topic, not a speaker
    (["قال المدرب إن الفريق جاهز.", "أما صحيفة الغارديان، فأشارت إلى أن المفاوضات مستمرة."],
     [("قال", "المدرب"), ("فأشارت", "صحيفة الغارديان")]),
    (["قال الرئيس إن الوضع جيد.", "أما عن الحرب، فقال إنها انتهت."], [("قال", "الرئيس"), ("فقال", "الرئيس")]),
    # a topic opened by a preposition (وبخصوص، حول) runs to its comma however long; the subject follows
    (["وقال محمد الصحبي إن الحزب قوي.",
      "وبخصوص عودة الهاشمي الحامدي إلى الساحة في المرحلة المقبلة، قال الصحبي إنه لم يغادرها، مضيفا أنه باق."],
     [("وقال", "محمد الصحبي"), ("قال", "محمد الصحبي"), ("مضيفا", "محمد الصحبي")]),
    # an adverb after the verb (رداً على سؤال) or a conjunction before it (ثم) is no speaker
    (["قالت الوزيرة إن الوضع جيد.", "وقالت رداً على سؤال إن الحكومة ستتحرك."],
     [("قالت", "الوزيرة"), ("وقالت", "الوزيرة")]),
    (["قالت المعلمة إن التلاميذ جيدون.", "ثم اقترحت علي أن أبدأ بالقراءة."],
     [("قالت", "المعلمة"), ("اقترحت", "المعلمة")]),
    # a person named between commas after the description that opens the subject is its holder
    (["كشف الشيخ حمدان بن محمد أن الاستثمار نما.",
      'حدد ولي العهد السعودي، الأمير محمد بن سلمان، موعد طرح الشركة، مشددا على أن "الخطة ستمضي قدما".'],
     [("كشف", "الشيخ حمدان بن محمد"), ("مشددا", "الأمير محمد بن سلمان")]),
    # a masculine verb has no body in ة as subject: the body after it is its object, the subject unwritten
    (["وقال رئيس الجمعية إن المعاقين مهمشون.", "وطالب الهيئة العامة للسياحة والآثار بالنظر في وضع المنشآت."],
     [("وقال", "رئيس الجمعية"), ("وطالب", "رئيس الجمعية")]),
    (["وقال رئيس الجمعية إن المعاقين مهمشون.", "وطالبت الهيئة العامة للسياحة والآثار بالنظر في وضع المنشآت."],
     [("وقال", "رئيس الجمعية"), ("وطالبت", "الهيئة العامة للسياحة والآثار")]),
    # ... but a quoted name has another head (تنظيم), and a man's title may end in ة
    (['تنظيم "الدولة الإسلامية" يعلن مسؤوليته عن الهجوم'], [("يعلن", "الدولة الإسلامية")]),
    (["وقال الداعية إن الصيام عبادة."], [("وقال", "الداعية")]),
    # a spokesperson of a body is not the one who spoke before for the same body under other words
    (["وقال متحدث باسم الجيش الحكومي إن المتمردين هاجموا المواقع.",
      "لكن متحدثا باسم الجيش الشعبي لتحرير السودان قال إن المتمردين شنوا هجمات منسقة."],
     [("وقال", "متحدث باسم الجيش الحكومي"), ("قال", "متحدثا باسم الجيش الشعبي لتحرير السودان")]),
    # ... when they agree: لكنها cannot stand for الرئيس
    (["وقالت الوزيرة إن الوضع جيد.", "ورفض الرئيس الطلب لكنها أكدت أن الحوار مستمر."],
     [("وقالت", "الوزيرة"), ("أكدت", "الوزيرة")]),
    # a comma after the opening verb's subject is no lead-in (من جانبه،): the subject stays, not a
    # body named in what it said
    (["وقالت مية الجريبي، إن الحزب الجمهوري يعيش لحظة مفصلية، مضيفة أن الحزب يمر بفترة انتعاشة."],
     [("وقالت", "مية الجريبي"), ("مضيفة", "مية الجريبي")]),
    (["من جانبه، قال وزير الخارجية إن الوضع صعب، مضيفا أن الحل سياسي."],
     [("قال", "وزير الخارجية"), ("مضيفا", "وزير الخارجية")]),
    # a plural verb whose subject was never named is not the article's first person
    (["اتفق سياسيون أردنيون على أهمية زيارة الأمير محمد بن سلمان.",
      "واعتبروا في تصريحات صحفية أن دور المملكة مهم."], [("واعتبروا", None)]),
    (["زار الرئيس عبد الفتاح السيسي المدينة.", "وأكد أن المشروع مهم."], [("وأكد", "عبد الفتاح السيسي")]),
    # a feminine verb has no body headed by a masculine singular noun as subject: the object, the
    # subject being the one written before (استنكرت الرابطة ... ودعت المكتب الجامعي إلى)
    (["استنكرت الرابطة ما جد من أحداث في الملعب ودعت المكتب الجامعي لكرة القدم إلى توضيح المسألة."],
     [("استنكرت", "الرابطة"), ("ودعت", "الرابطة")]),
    # a country or city right after a feminine verb opening the sentence is its subject
    (["قال الرئيس إن الوضع جيد.",
      'من جهتها، دانت دمشق فرض العقوبات على طهران واعتبرت أنها "غير مشروعة".'],
     [("قال", "الرئيس"), ("واعتبرت", "دمشق")]),
    # ... not after a preposition (وفي دمشق قالت الوزيرة)
    (["قالت الوزيرة إن الوضع جيد.", "وفي دمشق قالت المتحدثة إن الوضع هادئ."],
     [("قالت", "الوزيرة"), ("قالت", "المتحدثة")]),
    # a subject written before its verb (SV, as headlines are): a name, or with a feminine verb a
    # place, or a title, speaks for the verbs conjoined after it
    (["قال الرئيس إن الوضع جيد.", 'دمشق تعتبر العقوبات "غير مشروعة" وتؤكد أن تضامنها كامل مع طهران.'],
     [("قال", "الرئيس"), ("وتؤكد", "دمشق")]),
    (["قال ترامب إن الوضع جيد.", "وزير الخارجية يزور موسكو ويؤكد أن العلاقات قوية."],
     [("قال", "ترامب"), ("ويؤكد", "وزير الخارجية")]),
    # a name right after a preposition is the opening verb's complement, not its subject
    (["قال الوزير إن الوضع صعب.", 'وتوجه إلى السلطات الفرنسية بالشكر الجزيل على التعاون، قائلا: "شكرا لكم".'],
     [("قال", "الوزير"), ("قائلا", "الوزير")]),
    (["قال المدرب إن الفريق جاهز.", "كما توجه إلى السلطات الفرنسية معتبرا أن الوضع خطير."],
     [("قال", "المدرب"), ("معتبرا", "المدرب")]),
    # a comma after the person a verb opens with starts an apposition, not a lead-in: the body named
    # in it is not the subject
    (["ووجه محمد العتيبي، الرئيس التنفيذي لنادي الهلال، انتقادات حادة للاتحاد قائلا إن القرار ظالم."],
     [("قائلا", "محمد العتيبي")]),
    # a participle opening a sentence goes on with the statement of the sentence before
    (["وأعلن الوزير خطة جديدة للنقل. مشيدا بما حققته الوزارة من إنجازات."],
     [("وأعلن", "الوزير"), ("مشيدا", "الوزير")]),
    (["وقال المدير إن المشروع تأخر. مبينا أن العمل سيستأنف قريبا."], [("وقال", "المدير"), ("مبينا", "المدير")]),
    # ... as does a verb with no subject written: the named subject of the sentence before speaks,
    # not the speaker tracked before it
    (["وقال أحمد إن الوضع جيد.", "ودانت وزارة الخارجية الأحداث. وقالت إن العنف مرفوض."],
     [("وقال", "أحمد"), ("وقالت", "وزارة الخارجية")]),
    # the object of that sentence's speech verb is no part of its subject
    (["وقالت سارة إن الوضع جيد.", "وأعلن الوزير محمد العتيبي حالة الطوارئ. وقال في بيان إن الفيضانات خطيرة."],
     [("وقالت", "سارة"), ("وقال", "محمد العتيبي")]),
    # a participle in a sentence opened by no verb and subject takes the subject of the nearest clause
    # verb before it (حيث قدم الوزير), not the speaker tracked before
    (["وقالت المديرة إن البنك مستعد للدعم.",
      "كما تم التطرق إلى الصعوبات الاقتصادية حيث قدم الوزير برنامج الحكومة، مشددا على أهمية الاستثمار."],
     [("وقالت", "المديرة"), ("مشددا", "الوزير")]),
    # ... never a verb in a relative clause (التي تمر بها البلاد): the speaker tracked before
    (["وقال الوزير إن الوضع صعب.", "كما تم التطرق إلى الصعوبات التي تمر بها البلاد، مشددا على أهمية الإصلاح."],
     [("وقال", "الوزير"), ("مشددا", "الوزير")]),
    # a verb with no subject opening a sentence goes on with the one who acted in the sentence before,
    # the subject of its last verb when the opening one does not agree (ويقع المجلس ... وقررت الوزارة)
    (["قالت المتحدثة باسم المستشفى إن المريض توفي.",
      "ويقع المجلس تحت ضغط متزايد وقررت وزارة الداخلية السماح بإجراء استجوابات. وقالت أيضا إنها ستبدأ احتجاز مواطنين."],
     [("قالت", "المتحدثة باسم المستشفى"), ("وقالت", "وزارة الداخلية")]),
    # ... in the paragraph before too, the opening verb's subject first (وكان X قد فكر ...، والتقى الرئيس
    # الروسي: the object of the later verb is no subject)
    (["وقال مستشار الأمن القومي جون بولتون إن الإدارة أخذت إجراءات.",
      "وكان دونالد ترامب قد فكر بتخفيف العقوبات، والتقى الرئيس الروسي فلاديمير بوتين.",
      "ودعا بشكل متكرر إلى وقف التحقيق."],
     [("وقال", "جون بولتون"), ("ودعا", "دونالد ترامب")]),
    # ... but not across a sentence holding a statement, nor to a subject of the other gender
    (["قالت الوزيرة إن الاتفاق قريب.", "ووصل الرئيس إلى المدينة. وأضافت أن الجولة المقبلة في القاهرة."],
     [("قالت", "الوزيرة"), ("وأضافت", "الوزيرة")]),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_participle_speakers(analyse, body, expected):
    article = analyse(body)
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in article.quotes] == expected
