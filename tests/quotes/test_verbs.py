"""Speech verbs: names after titles that no entity tags, impersonal present passives without a speaker."""

from __future__ import annotations

import pytest

# (paragraphs, [(cue, content, speaker words or None), ...])
TITLE_NAMES = [
    # title, body, untagged name, noun-phrase content: the name ends where a construct begins
    (["أكد المتحدث باسم الاستخبارات الأفغانية حسيب صديقي نبأ الوفاة.", "وقال إن الملا عمر توفي في باكستان."],
     [("أكد", "نبأ الوفاة", "حسيب صديقي"), ("وقال", "الملا عمر توفي في باكستان", "حسيب صديقي")]),
    # a family name with the article after the given name
    (["ونفى الناطق باسم الجيش تامر الرفاعي صحة الأنباء."], [("ونفى", "صحة الأنباء", "تامر الرفاعي")]),
    # no name between the title and the content: the title speaks
    (["ونفى وزير الخارجية صحة الأنباء."], [("ونفى", "صحة الأنباء", "وزير الخارجية")]),
    (["ونفى الناطق باسم الجيش صحة الأنباء."], [("ونفى", "صحة الأنباء", "الناطق باسم الجيش")]),
    # the name runs into the verb's complementizer, with the subject before or after the verb
    (["قال المتحدث باسم الوزارة أحمد حافظ إن الاجتماع تأجل."], [("قال", "الاجتماع تأجل", "أحمد حافظ")]),
    (["المتحدث باسم الوزارة أحمد حافظ قال إن الاجتماع تأجل."], [("قال", "الاجتماع تأجل", "أحمد حافظ")]),
    # the body after باسم ends with its adjectives: the verb's object is not part of the speaker
    (["واتهم متحدث باسم الجيش الحكومي المتمردين بالسعي للسيطرة على الأراضي."],
     [("واتهم", "المتمردين بالسعي للسيطرة على الأراضي", "متحدث باسم الجيش الحكومي")]),
    (["ونفى المتحدث باسم وزارة الخارجية الروسية صحة التقارير."],
     [("ونفى", "صحة التقارير", "المتحدث باسم وزارة الخارجية الروسية")]),
    # a name set off by commas after a title and its place qualifier
    (["ويقول مراسل الوكالة في أمريكا الشمالية، أحمد سعيد، إن البيان يحمل هجوما."],
     [("ويقول", "البيان يحمل هجوما", "أحمد سعيد")]),
    # a name whose first word is spelt like a preposition (علي / على) is no adjunct
    (["قال وزير المالية اللبناني علي حسن خليل إن الاجتماع تأجل."], [("قال", "الاجتماع تأجل", "علي حسن خليل")]),
    # a place qualifier with no name after it: the title speaks
    (["وقال مراسل الوكالة في القاهرة إن البيان يحمل هجوما."], [("وقال", "البيان يحمل هجوما", "مراسل الوكالة")]),
]


@pytest.mark.parametrize(("body", "expected"), TITLE_NAMES)
def test_names_after_titles(said, body, expected):
    assert said(body) == expected


PASSIVES = [
    # present passives are the author's asides
    (["ويقال إن الرئيس مريض."], []),
    # 'it is not ruled out' has no speaker, unless a subject follows the verb
    (["ولا يستبعد حصول انشقاقات كبيرة."], []),
    (["لا يستبعد مراقبون أن تنهار الهدنة."], [("يستبعد", "تنهار الهدنة", None)]),
    (["ومع ذلك لا يستبعد الأمريكيون احتمال نشوب اشتباك."], [("يستبعد", "احتمال نشوب اشتباك", "الأمريكيون")]),
]


@pytest.mark.parametrize(("body", "expected"), PASSIVES)
def test_passives_have_no_speaker(said, body, expected):
    assert said(body) == expected


# (paragraph, cues): a verb's spelling right after a preposition is its verbal noun, no cue
NOUN_AFTER_PREPOSITION = [
    ("ويأتي هذا الإعلان قبل يوم من نقل السفارة من تل أبيب إلى القدس.", []),
    ("وجاء التأخير نزولا عند طلب القنوات المالكة لحقوق البث.", []),
    ("وقال الوزير إن الوضع صعب.", ["وقال"]),
    # after a verb of taking place (completion_verb) the spelling is the verbal noun, its subject
    ("وتحيط السلطات القضية بتكتم ولم يتم كشف الاتهامات الموجهة إليه.", []),
    ("وتم اتهامه بالتورط في الأحداث.", []),
    ("وقال الوزير إنه سيتم نقل السفارة قريبا.", ["وقال"]),
]


@pytest.mark.parametrize(("text", "cues"), NOUN_AFTER_PREPOSITION)
def test_verbal_noun_after_preposition(analyse, text, cues):
    assert [q.cue for q in analyse([text]).quotes] == cues


# (paragraph, [(cue, content)]): present forms also read as the passive (تُعتبر 'is considered') with a
# noun-phrase content report no one's view, unless a person, body or unnamed source is their subject
PASSIVE_PRESENT = [
    ("وقالت إن تونس تعتبر رائدة في مجال حماية حقوق المرأة.",
     [("وقالت", "تونس تعتبر رائدة في مجال حماية حقوق المرأة")]),
    ("ويعتبر جهازا مؤقتا يجب نزعه بعد ستة أشهر.", []),
    ("فيما تعتبر تل أبيب أكبر مصدر للتكنولوجيا العسكرية.", []),
    ("كان يرى العالم بمنظور بصري وجمالي.", []),
    ("ويعتبر الخبراء هذه الخطوة مهمة للاقتصاد.", [("ويعتبر", "هذه الخطوة مهمة للاقتصاد")]),
    ("ويعتبر الوزير أن الخطوة مهمة.", [("ويعتبر", "الخطوة مهمة")]),
    # a body before the verb and an indefinite noun after it: 'is considered a partner'
    ("يذكر أن الشركة تعتبر شريكا رئيسيا في دعم المهرجانات.", []),
    # a view of the object pronoun's noun that no one named holds
    ("فإنهم لا يعتبرونها جرما.", []),
    # 'one of' or a superlative right after the subject is the passive's predicate (cues.tsv considered_predicate)
    ("وتعتبر رواية الكاتب من أهم الروايات العربية.", []),
    ("كما يعتبر الشاعر الراحل أحد رواد القصيدة الحديثة.", []),
    ("ويعتبر الملعب أكبر ملاعب القارة.", []),
    # ... not with a complementizer after it, nor after an object
    ("ويرى الوزير من الضروري أن تستمر المفاوضات.", [("ويرى", "من الضروري أن تستمر المفاوضات")]),
    ("ويعتبر الخبراء هذه الخطوة أحد أهم الإصلاحات.", [("ويعتبر", "هذه الخطوة أحد أهم الإصلاحات")]),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_PRESENT)
def test_passive_reading_of_present_forms(analyse, text, expected):
    assert [(q.cue, q.content) for q in analyse([text]).quotes] == expected


# (paragraphs, [(cue, speaker words or None, content), ...]): an impersonal phrase (يذكر أن، يعتقد
# أن) with a pronoun on its complementizer is still no one's statement, not the one named before's;
# with a subject between verb and complementizer it is that subject's
IMPERSONAL_WITH_PRONOUN = [
    (["وقال الوزير إن العجز تراجع.", "يذكر أنه تم اليوم اختطاف طائرة."], [("وقال", "الوزير", "العجز تراجع")]),
    (["وقال الرئيس إن الاتفاق قائم.", "ويعتقد أنها من نوع ميغ 21."], [("وقال", "الرئيس", "الاتفاق قائم")]),
    (["وقالت الوزيرة إن الوضع صعب.", "وأوقفت الشرطة مسلحين يعتقد أنهم من التنظيم."],
     [("وقالت", "الوزيرة", "الوضع صعب")]),
    (["ويذكر المدير أنه سيستقيل."], [("ويذكر", "المدير", "سيستقيل")]),
    # with بأن as with أن
    (["وقال المدرب إن الفريق جاهز.", "يذكر بأن الفريق لعب المواجهة بكامل نجومه."],
     [("وقال", "المدرب", "الفريق جاهز")]),
]


@pytest.mark.parametrize(("body", "expected"), IMPERSONAL_WITH_PRONOUN)
def test_impersonal_with_pronoun(spoken, body, expected):
    found = spoken(body)
    assert found == expected


# (paragraphs, [(cue, speaker words or None, content), ...]): 'saying' after a verb of going on
SAYING_AFTER_GOING_ON = [
    # the imperfect of قال after a verb of going on is part of the cue
    (["وقال الوزير إن الاتحاد مستعد.", 'ومضى يقول "ما زال أمامنا بضعة أيام لاتخاذ الخطوات".'],
     [("وقال", "الوزير", "الاتحاد مستعد"), ("ومضى يقول", "الوزير", "ما زال أمامنا بضعة أيام لاتخاذ الخطوات")]),
    # after a verb of saying, the verbal noun with the speaker's pronoun marks the content: no subject
    (["وقال المرسوم إن اللجنة ستعمل.", "وأضاف قوله إنه سيكون من مهام اللجنة إبداء الرأي."],
     [("وقال", "المرسوم", "اللجنة ستعمل"), ("وأضاف قوله", "المرسوم", "سيكون من مهام اللجنة إبداء الرأي")]),
    (["وقال الوزير إن الوضع صعب.", "وتابع بقوله: الحكومة ستتدخل قريبا جدا."],
     [("وقال", "الوزير", "الوضع صعب"), ("وتابع بقوله", "الوزير", "الحكومة ستتدخل قريبا جدا")]),
    (["وقالت الكاتبة إن المدينة صغيرة.", "ووصفتها بقولها: مدينة لا يصل إليها أحد قط."],
     [("وقالت", "الكاتبة", "المدينة صغيرة"), ("ووصفتها بقولها", "الكاتبة", "مدينة لا يصل إليها أحد قط")]),
]


@pytest.mark.parametrize(("body", "expected"), SAYING_AFTER_GOING_ON)
def test_saying_after_a_verb_of_going_on(spoken, body, expected):
    found = spoken(body)
    assert found == expected


# (paragraphs, [(cue, speaker words or None, content), ...]): 'by saying' (بالقول، بقوله) after a verb
# that is no speech verb opens what its subject said; the subject is the first person or body the
# sentence names outside a prepositional phrase, else the speaker tracked before
BY_SAYING = [
    (["وعلق ألبرايت بقوله: «عندما وصل الخبراء لم يجدوا شيئا هناك»."],
     [("بقوله", "ألبرايت", "عندما وصل الخبراء لم يجدوا شيئا هناك")]),
    (['واختتم غيتس رده على أسئلة المشاركين، بالقول: "أنا متفائل جدا بالمستقبل".'],
     [("بالقول", "غيتس", "أنا متفائل جدا بالمستقبل")]),
    (["وردّت وزارة التجارة الصينية على ذلك بقولها إن القرار لا أساس له."],
     [("بقولها", "وزارة التجارة الصينية", "القرار لا أساس له")]),
    (["وقال جوكينيت إن الخطوة جيدة.", "ويختتم بقوله إن الخيارات تنحسر أمام الحكومات."],
     [("وقال", "جوكينيت", "الخطوة جيدة"), ("بقوله", "جوكينيت", "الخيارات تنحسر أمام الحكومات")]),
    # a name after a preposition (للفنانة الراحلة X) is not the subject
    (["وقال المغني إن الحفل جميل.", "وغنى للفنانة الراحلة وردة ثم ختم بالقول: شكرا لكم جميعا على الحضور."],
     [("وقال", "المغني", "الحفل جميل"), ("بالقول", "المغني", "شكرا لكم جميعا على الحضور")]),
    # no colon, complementizer or quotation after it: 'by word' (بالقول أو بالكتابة) says nothing
    (["ويعاقب بالسجن كل من رمى أفرادا بالكفر سواء بالقول أو بالكتابة."], []),
    # the subject written after the verb, named by no tagger, over the one tracked before
    (["وقال المغني إن الحفل جميل.", 'وغنت للفنانة الراحلة وردة، بحسب ما أكدته وعد بقولها: "أود تكريم الفنانة الكبيرة".'],
     [("وقال", "المغني", "الحفل جميل"), ("بقولها", "وعد", "أود تكريم الفنانة الكبيرة")]),
    (["وفي حين يعلق جبر الشوفي، العضو القيادي في المعارضة، بالقول: «إن ما حدث عدوان صارخ»، شدد الوزير على أنها حادثة فردية."],
     [("بالقول", "جبر الشوفي", "إن ما حدث عدوان صارخ"), ("شدد", "الوزير", "حادثة فردية")]),
    # a quotation it opens ends at its closing mark: the words after it are the writer's
    (['وعلق ألبرايت بقوله إن "الوضع صعب جدا على الجميع"، معبرا عن أمله في الحوار.'],
     [("بقوله", "ألبرايت", '"الوضع صعب جدا على الجميع"'), ("معبرا", "ألبرايت", "أمله في الحوار")]),
    # but a word right after the mark goes on with the sentence the quotation is in
    (['وعلق ألبرايت بقوله إنها "أكبر قوة في المنطقة" منذ سنوات طويلة.'],
     [("بقوله", "ألبرايت", '"أكبر قوة في المنطقة" منذ سنوات طويلة')]),
    # the verb's own subject, not who spoke before it in the sentence (وهو ما أكد عليه أيضا X بقوله)
    (['ونقل عن المغني قوله إن الحفل جميل، وهو ما أكد عليه أيضا ألبرايت بقوله: "الحفل رائع حقا".'],
     [("قوله", "المغني", "الحفل جميل"), ("بقوله", "ألبرايت", "الحفل رائع حقا")]),
    # a pronoun subject (وهو يخاطب) or a relative's verb with none written after it (الذي علق عليها):
    # the person named last before the pronoun, not the sentence's first name nor the one tracked
    (['وبعد أن رفعت الحكومة الأردنية الضرائب ظهر رئيس المجلس فيصل الفايز وهو يخاطب إحدى المتظاهرات بالقول "إن الإضراب حق لكم".'],
     [("بالقول", "فيصل الفايز", "إن الإضراب حق لكم")]),
    (["وقال المغني إن الحفل جميل.", "وكان من الحضور توني بلير، رئيس شركة «ليبرتي» بلندن، الذي علق عليها بقوله إن رمضان مهم لكل المحلات."],
     [("وقال", "المغني", "الحفل جميل"), ("بقوله", "توني بلير", "رمضان مهم لكل المحلات")]),
]


@pytest.mark.parametrize(("body", "expected"), BY_SAYING)
def test_by_saying_after_any_verb(spoken, body, expected):
    assert spoken(body) == expected


# (paragraph, [(speaker words, content)]): a quotation a preposition governs after the object of a
# verb of calling or accusing is inside its noun-phrase content, object included; a plural verb has
# its subject in its suffix, so the noun after it is the object; 'in his statement' ends the subject
GOVERNED_QUOTATIONS = [
    ('ودعت الحكومة النواب إلى "التكيف مع الواقع الجديد" والى التصويت على الإجراءات.',
     [("الحكومة", 'النواب إلى "التكيف مع الواقع الجديد" والى التصويت على الإجراءات')]),
    ('وطالب الحزب الحكومة بـ"الاستقالة الفورية من مهامها" وبحل البرلمان.',
     [("الحزب", 'الحكومة بـ"الاستقالة الفورية من مهامها" وبحل البرلمان')]),
    ('وقال المحتجون إن الوضع صعب. كما حثوا المجتمع الدولي على "الامتناع عن توفير الأسلحة للأطراف".',
     [("المحتجون", "الوضع صعب"), ("المحتجون", 'المجتمع الدولي على "الامتناع عن توفير الأسلحة للأطراف"')]),
    ('ودعا المبعوث الدولي في بيانه الحكومة إلى "بذل ما تستطيعه للاستجابة إلى مطالب الناس".',
     [("المبعوث الدولي", 'الحكومة إلى "بذل ما تستطيعه للاستجابة إلى مطالب الناس"')]),
    # an apposition between two commas describes the subject; the object after it opens the content
    ("وحث الأمير خالد الفيصل، أمير منطقة مكة المكرمة، المواطنين على التعاون مع الجهات الأمنية.",
     [("الأمير خالد الفيصل", "المواطنين على التعاون مع الجهات الأمنية")]),
    ("وطالب الوزير محمد العلي، رئيس اللجنة، الحكومة بإعادة النظر في القرار.",
     [("محمد العلي", "الحكومة بإعادة النظر في القرار")]),
    # the quotation right after the verb's own preposition stays the content (أشار إلى "...")
    ('وأشار الوزير إلى "أن الحكومة ماضية في الإصلاحات الكبرى".',
     [("الوزير", "أن الحكومة ماضية في الإصلاحات الكبرى")]),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED_QUOTATIONS)
def test_quotation_governed_inside_content(analyse, text, expected):
    article = analyse([text])
    assert [(q.speaker.text if q.speaker else None, q.content) for q in article.quotes] == expected


# (paragraphs, [(cue, speaker words or None, content), ...]): a denied verb whose subject names no one
# (أي جهة، أحد) reports nothing; a denied verb with a subject is still read as before
DENIED_BY_NOBODY = [
    (["وقالت الوكالة إن ستة أشخاص قتلوا. ولم تعلن أي جهة مسؤوليتها عن الحادث."],
     [("وقالت", "الوكالة", "ستة أشخاص قتلوا")]),
    (["ولم يعلن حتى الآن أحد مسؤوليته عن الهجوم."], []),
]


@pytest.mark.parametrize(("body", "expected"), DENIED_BY_NOBODY)
def test_denied_by_nobody(spoken, body, expected):
    found = spoken(body)
    assert found == expected


# (paragraph, [(cue, content), ...]): a participle that is also an adverb (مجددا 'again') needs its object
# right after it; before a comma or an adjunct it says nothing
PARTICIPLE_OBJECT = [
    ("وتحدث الوزير عن المشاريع، مجددا تأكيد البلاد أهمية وجود سعر عادل للنفط.",
     [("مجددا", "تأكيد البلاد أهمية وجود سعر عادل للنفط")]),
    ("وشوهدت الموديل بيلا حديد وصديقها المغني ويكند، مجدداً بعد قطيعة طويلة.", []),
    ("حمل وزير الدفاع موشيه يعالون، مجددا، القيادي في حماس المسؤولية عن الخلايا.", []),
    # another participle keeps its content after an adjunct, and finds its complementizer past it
    ("وأشار المدرب إلى التدريبات، مؤكدا في الوقت ذاته أنه خطط لإجراء المباريات.",
     [("وأشار", "التدريبات"), ("مؤكدا", "خطط لإجراء المباريات")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_OBJECT)
def test_participle_needs_its_object(analyse, text, expected):
    assert [(q.cue, q.content) for q in analyse([text]).quotes] == expected


# (paragraph, [(cue, speaker words or None, content), ...]): لفت الانتباه/النظر is an idiom, no speech,
# unless a preposition and a complementizer follow it ('drew attention to the fact that'); its object
# is no part of the subject
ATTENTION_DRAWN = [
    ("لفت الحادث انتباه المارة في الشارع.", []),
    ("ولفتت الوزيرة الانتباه إلى أن الأسعار ارتفعت.", [("ولفتت", "الوزيرة", "الأسعار ارتفعت")]),
    ("قال الوزير إن الأسعار مرتفعة، ولفت الانتباه إلى أن الطلب تراجع.",
     [("قال", "الوزير", "الأسعار مرتفعة"), ("ولفت", "الوزير", "الطلب تراجع")]),
]


@pytest.mark.parametrize(("text", "expected"), ATTENTION_DRAWN)
def test_attention_drawn_to_a_clause(spoken, text, expected):
    assert spoken([text]) == expected


# verbs of adding, making clear and giving a reason report only what a complementizer opens (زاد
# also 'increased': وزاد الطين بلة أن is 'made things worse')
REPORTED_WITH_COMPLEMENTIZER = [
    ("وقال الوزير إن الخطة جاهزة. وأبان أن الموعد قريب.",
     [("وقال", "الوزير", "الخطة جاهزة"), ("وأبان", "الوزير", "الموعد قريب")]),
    ("وزاد المتحدث أن الحكومة ستعمل على الملف.", [("وزاد", "المتحدث", "الحكومة ستعمل على الملف")]),
    ("وزاد الطين بلة أن الشركة رفضت الدفع.", []),
    ("وزاد عدد الزوار بعد أن افتتح المعرض.", []),
    ("وانسحب اللاعب من المباراة متعللا بأن الحكم ظلمه.", [("متعللا", "اللاعب", "الحكم ظلمه")]),
    ("وعللت الشركة قرارها بأن الموعد لا يناسبها.", [("وعللت", "الشركة", "الموعد لا يناسبها")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_WITH_COMPLEMENTIZER)
def test_reported_with_complementizer(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraphs, (cue, speaker words or None, content) of the last quotation): the word right after
# a verb is whom it addresses, no subject written, so the speaker is the one named before
ADDRESSEE_FIRST = [
    # a plural in ين before the verb's own preposition and its complementizer
    (["وقال الوزير إن الوضع صعب.", "وحذر المتسوقين من أنهم سيواجهون ارتفاعا في الأسعار."],
     ("وحذر", "الوزير", "المتسوقين من أنهم سيواجهون ارتفاعا في الأسعار")),
    # a group of people after a verb of urging, before its preposition (and a complementizer)
    (["وقال الوزير إن الوضع صعب.", "ودعا الشباب إلى الاستفادة من المهرجانات."],
     ("ودعا", "الوزير", "الشباب إلى الاستفادة من المهرجانات")),
    (["وقال الوزير إن الوضع صعب.", "وحث الجميع على التعاون."], ("وحث", "الوزير", "الجميع على التعاون")),
    (["وقالت الشرطة إن الوضع خطير.", "ودعت الأهالي إلى أن يلزموا منازلهم."],
     ("ودعت", "الشرطة", "الأهالي إلى أن يلزموا منازلهم")),
    # a masculine noun with its masculine adjective after a feminine verb of calling on someone
    (["وقالت الوزارة إن الوضع خطير.", "وحثت المجتمع الدولي على عدم نسيان المدينة."],
     ("وحثت", "الوزارة", "المجتمع الدولي على عدم نسيان المدينة")),
    # ... not a time after it: the body before the verb speaks
    (["وكانت هيئة أسواق المال حذرت الشهر الماضي من الاستثمار في العملات."],
     ("حذرت", "هيئة أسواق المال", "الاستثمار في العملات")),
    # a group that speaks as often as it is urged, and a demand (not urging): the group speaks
    (["وطالب الأهالي بتوفير الماء."], ("وطالب", "الأهالي", "بتوفير الماء")),
    # a feminine speaker with a masculine title, after a verb of saying: the subject
    (["وقالت الرئيس التنفيذي للشركة ماري بارا إن المبيعات ارتفعت."],
     ("وقالت", "ماري بارا", "المبيعات ارتفعت")),
]


@pytest.mark.parametrize(("body", "expected"), ADDRESSEE_FIRST)
def test_addressee_right_after_the_verb(spoken, body, expected):
    assert spoken(body)[-1] == expected
