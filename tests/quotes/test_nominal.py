"""'According to' a source after the content: a person named between commas after the source's
title is the source (حسب بيان المتحدث العسكري، العقيد فلان،); another adjunct after the comma is not."""

from __future__ import annotations

import pytest

# (paragraph, (cue, speaker words or None))
APPOSITIONS = [
    ("احتفلت القوات البحرية بتدشين أول فرقاطة محلية الصنع، حسب بيان المتحدث العسكري المصري، "
     "عقيد أركان حرب تامر الرفاعي، في صفحته على موقع فيسبوك، الجمعة.", ("حسب بيان", "تامر الرفاعي")),
    ("استقال رئيس فريق التفتيش الجمعة من منصبه، بحسب ما قاله متحدث باسمها، دون الكشف عن السبب.",
     ("بحسب ما قاله", "متحدث باسمها")),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_according_to_apposition(analyse, text, expected):
    article = analyse([text])
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in article.quotes] == [expected]


# (headline, speaker words or None when the words before the colon are a topic)
HEADLINES = [
    ("عصام الشابي: حكومة الشاهد حكومة انقاذ", "عصام الشابي"),
    # an indefinite title heading its body or country (مدرب، مستشار، قادة)
    ("مدرب المنتخب: عازمون على الفوز في المباراة القادمة", "مدرب المنتخب"),
    ("مستشار الأمن القومي: الوضع في المنطقة خطير", "مستشار الأمن القومي"),
    ("قادة الاتحاد الأوروبي: روسيا وراء الهجوم", "قادة الاتحاد الأوروبي"),
    # a word for the person before the name: a definite noun, an agent noun in م, a relation
    ("الأديب إبراهيم الكوني: ليبيا سيئة الحظ", "إبراهيم الكوني"),
    ("والد الشهيد الشاجري: أرواحنا فداء للوطن", "والد الشهيد الشاجري"),
    # a verbal noun or another topic head before the name, or a preposition after the first word
    ("ترشيح يوسف الشاهد لرئاسة الحكومة : موقف الحزب الجمهوري", None),
    ("محاور مع فهد العرابي الحارثي: المجتمع وتحديات التغيير", None),
    # من and a place after the speaker say where it was said
    ("قائد القيادة المركزية الأمريكية من الكويت: تهديدان أمنيان في المنطقة", "قائد القيادة المركزية الأمريكية"),
    # من X إلى Y: a letter from X; من X without إلى is a rubric, من بين 'among'
    ("من أوباما إلى ترامب: احذر من الصين", "أوباما"),
    ("من الميدان: العمل الصحافي في أفغانستان مغامرة", None),
    ("من بينهم طفل: غرق 3 لاجئين سوريين", None),
    # a label alone before the colon (headline_label), a part number of a series
    ("شاهد : ثعبان ضخم يفاجئ عمال بناء", None),
    ("صحيفة تنشر مذكرات الفنانة (6): أزمة الضابط شقيق زوجي", None),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINES)
def test_headline_colon_speaker(analyse, headline, expected):
    article = analyse(["نص الخبر."], headline=headline)
    found = [q.speaker.text if q.speaker else None for q in article.quotes if q.cue == ":"]
    assert found == ([expected] if expected else [])


# (paragraphs, [(cue, speaker words or None, content), ...]): 'according to what' X said
ACCORDING_TO_WHAT = [
    # source_prep + ما + verb: the verb's subject is the source of what the sentence says
    (["وصل الوزير إلى بكين الأحد، بحسب ما أعلنته السفارة الأميركية في بكين."],
     [("بحسب ما أعلنته", "السفارة الأميركية", "وصل الوزير إلى بكين الأحد")]),
    (["وأرسلت القوات تعزيزات إلى المدينة، وفقا لما أعلنه التحالف العسكري في اليمن."],
     [("وفقا لما أعلنه", "التحالف العسكري", "وأرسلت القوات تعزيزات إلى المدينة")]),
    (["استقال رئيس الفريق الجمعة، بحسب ما قاله متحدث باسمها، دون الكشف عن السبب."],
     [("بحسب ما قاله", "متحدث باسمها", "استقال رئيس الفريق الجمعة")]),
    # وذلك after the comma resumes the sentence before the source
    (["وصل الوزير إلى بكين الأحد، وذلك حسبما قالت السفارة الأميركية في بكين."],
     [("حسبما قالت", "السفارة الأميركية", "وصل الوزير إلى بكين الأحد")]),
    # ... unless a complementizer after it opens the verb's own content
    (["نسمع كثيرا عن الطلاق، وحسبما تقول الباحثة فإن ثلثي حالات الطلاق تقع في السنة الأولى."],
     [("تقول", "الباحثة", "ثلثي حالات الطلاق تقع في السنة الأولى")]),
    # ... and what an agency relayed names a channel only, as ونقلته وسائل إعلام does
    (["ووقعت الحكومة اتفاقية للدعم المالي، وفقا لما نقلته وكالة الأنباء الرسمية."], []),
]


@pytest.mark.parametrize(("body", "expected"), ACCORDING_TO_WHAT)
def test_according_to_what_was_said(spoken, body, expected):
    found = spoken(body)
    assert found == expected


# (paragraph, [(cue, speaker words or None, content)]): 'as X said' closing a sentence after a comma
AS_SAID = [
    ("وقتل ثلاثة أشخاص في الهجوم، كما قال المرصد السوري لحقوق الإنسان.",
     [("كما قال", "المرصد السوري لحقوق الإنسان", "وقتل ثلاثة أشخاص في الهجوم")]),
    ("لكن هذا تغير الآن، كما تقول الصحيفة.", [("كما تقول", "الصحيفة", "لكن هذا تغير الآن")]),
    ("رفضت المحكمة الطلب، كما قالت الخميس مصادر قضائية.", [("كما قالت", None, "رفضت المحكمة الطلب")]),
    # a saying is no speaker; an aside inside the sentence, or كما 'also' with its own content
    ("تحول إلى تمثال من الشمع، كما يقول المثل الفرنسي.", []),
    ("والحكومة تقنن البحث عن الذهب، كما تروي بعض الحكايات من هناك.", []),
    ("وقتل ثلاثة أشخاص، كما أكدت بعض المصادر.", [("كما أكدت", None, "وقتل ثلاثة أشخاص")]),
    ("العواصم التي وقعت، كما قال المتشددون بفخر، في يد طهران.", []),
    ("ووجه اللاعبون انتقاداتهم للحكم، كما اعتبر مدرب المكسيك أن الحكم جامل الفريق.",
     [("اعتبر", "مدرب المكسيك", "الحكم جامل الفريق")]),
    ("وأشار الوزير إلى أن الوضع صعب، كما أوضح، في مقابلة، أن الحكومة ستتدخل.",
     [("وأشار", "الوزير", "الوضع صعب"), ("أوضح", "الوزير", "الحكومة ستتدخل")]),
]


@pytest.mark.parametrize(("text", "expected"), AS_SAID)
def test_as_said_after_the_sentence(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, speaker words, content)]): an indefinite statement's publisher, the subject of the
# publishing verb right after it, owns what 'came in' it
STATEMENT_PUBLISHERS = [
    ("وجاء في بيان أصدرته وزارة الخارجية أن الوضع مستقر.", [("وجاء في بيان", "وزارة الخارجية", "الوضع مستقر")]),
    ("وجاء في دراسة أجرتها جامعة هارفارد أن النوم مفيد.", [("وجاء في دراسة", "جامعة هارفارد", "النوم مفيد")]),
    ("وجاء في بيان لوزارة الخارجية أن الوضع مستقر.", [("وجاء في بيان", "وزارة الخارجية", "الوضع مستقر")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_PUBLISHERS)
def test_statement_publisher_owns_it(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraphs, (speaker words or None, content) of the first quotation): after 'according to what'
# and its verb, the preposition with the pronoun standing for ما is no word of the source
SOURCE_RESUMPTIVE = [
    # an unnamed source: no speaker (before, the pronoun made it a named phrase)
    (["وتم حجز شاحنتين، بحسب ما أفاد به مصدر أمني."], (None, "وتم حجز شاحنتين")),
    # a title with إليه
    (["وتم حجز شاحنتين، وفق ما أشار إليه الوزير."], ("الوزير", "وتم حجز شاحنتين")),
]


@pytest.mark.parametrize(("body", "expected"), SOURCE_RESUMPTIVE)
def test_source_after_resumptive_pronoun(spoken, body, expected):
    cue, speaker, content = spoken(body)[0]
    assert (speaker, content) == expected


# (paragraph, [(cue, speaker words or None, content)]): 'according to what came in a statement of X'
# after the content: an indefinite statement noun heads its issuer (ورد في: not رد 'reply')
CAME_IN_STATEMENT = [
    ("وارتفعت الأسعار بنسبة عشرة بالمئة، وفق ما جاء في بيان للوزارة.",
     [("وفق ما جاء في بيان", "الوزارة", "وارتفعت الأسعار بنسبة عشرة بالمئة")]),
    ("وقتل ثلاثة أشخاص في الهجوم، حسبما ورد في بلاغ للشرطة.",
     [("حسبما ورد في بلاغ", "الشرطة", "وقتل ثلاثة أشخاص في الهجوم")]),
    ("وأغلقت المدارس يومين، بحسب ما ورد في بيان وزارة التربية.",
     [("بحسب ما ورد في بيان", "وزارة التربية", "وأغلقت المدارس يومين")]),
    # a definite statement noun and its adjective, or no statement noun: no source named
    ("وارتفعت الأسعار بنسبة عشرة بالمئة، وفق ما جاء في الإحصائيات الرسمية.", []),
    ("وأقيم الحفل في المدينة، حسبما جاء في برنامج المهرجان.", []),
]


@pytest.mark.parametrize(("text", "expected"), CAME_IN_STATEMENT)
def test_according_to_what_came_in_a_statement(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, speaker words or None, content)]): 'according to' right after a quotation's closing
# mark with no comma: the quotation is the source's words; not 'in his words' (حسب تعبيره), a quoted name or
# short term (fewer than three words), nor a conjoined 'according to' opening a new sentence
AFTER_QUOTATION = [
    ('"ارتفع عدد القتلى إلى عشرة أشخاص" بحسب ما أعلنت وزارة الصحة.',
     [("بحسب ما أعلنت", "وزارة الصحة", "ارتفع عدد القتلى إلى عشرة أشخاص")]),
    ('وتعيش المدينة "وضعا إنسانيا صعبا للغاية" وفق المرصد السوري.',
     [("وفق", "المرصد السوري", "وضعا إنسانيا صعبا للغاية")]),
    ('"ارتفع عدد القتلى إلى عشرة أشخاص" وفق ما جاء في بيان للهيئة.',
     [("وفق ما جاء في بيان", "الهيئة", "ارتفع عدد القتلى إلى عشرة أشخاص")]),
    # the statement itself as source (حسب نص البيان) names no one
    ('"ارتفع عدد القتلى إلى عشرة أشخاص" بحسب نص البيان.', []),
    ('وقال الوزير إن "الحكومة لن تتراجع عن قرارها" حسب تعبيره.',
     [("وقال", "الوزير", '"الحكومة لن تتراجع عن قرارها" حسب تعبيره')]),
    ('وكانت المداهمة "عملية انتقامية ضد المحتجين" حسب قولها.', []),
    ('وعرض الفيلم "نيكي" حسبما أعلن المكتب في ثلاث مدن.', []),
    ('"سنواصل العمل من أجل السلام". وبحسب الوزارة، فإن الاتفاق مهم.', []),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_QUOTATION)
def test_according_to_after_a_quotation(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, (participle, its speaker words or None)): a participle right after the comma ending
# 'according to what X said' goes on with X, not with the sentence's subject
SOURCE_GOES_ON = [
    ("حذرت الحكومة من التصعيد، بحسب ما نشرته صحيفة الغارديان، مشيرة إلى رسالة وجهها الوزير.",
     ("مشيرة", "صحيفة الغارديان")),
    ("رحل المخرج أحمد سالم عن 86 عاما، بحسب ما أعلنه المتحدث باسم العائلة، مشيرا إلى أنه توفي في المستشفى.",
     ("مشيرا", "المتحدث باسم العائلة")),
    # an unnamed source: no speaker
    ("قتل ثلاثة أشخاص في الهجوم، بحسب ما أفاد به مصدر أمني، مضيفا أن التحقيق جار.", ("مضيفا", None)),
    # not after what is no one's words (وفق ما هو متاح), nor a masculine participle after a source in ة
    ("وقال المهندس سامي إن الدراسة مستمرة وفق ما هو متاح، مشيرا إلى أن النتائج قريبة.", ("مشيرا", "المهندس سامي")),
    ('وقال الوزير بحسب ما نقلت عنه قناة الإخبارية "وصول قوات إلى الجزيرة"، مضيفا أن وجودها للتدريب.',
     ("مضيفا", "الوزير")),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_GOES_ON)
def test_participle_after_according_to_what_was_said(spoken, text, expected):
    found = [(cue, speaker) for cue, speaker, _ in spoken([text]) if cue == expected[0]]
    assert found == [expected]


# (paragraph, [(cue, speaker words or None, content), ...]): a verb that reports only with a
# complementizer (nominal c: أوصى) reports with one; without one it leaves 'according to' the sentence
RECOMMENDING = [
    (["وأوصت اللجنة بأن يتم تعويض الضحايا."], [("وأوصت", "اللجنة", "يتم تعويض الضحايا")]),
    (["وأوصى الراحل بثلث ماله للفقراء."], []),
    (["أوصت الوزارة المكتب الرئاسي بتغيير الطائرة القديمة، وفق ما ذكرت وكالة يونهاب."],
     [("وفق ما ذكرت", "وكالة يونهاب", "أوصت الوزارة المكتب الرئاسي بتغيير الطائرة القديمة")]),
]


@pytest.mark.parametrize(("body", "expected"), RECOMMENDING)
def test_complementizer_only_verbs(spoken, body, expected):
    assert spoken(body) == expected
