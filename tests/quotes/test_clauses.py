"""A contrast word (لكن) with a subject and a speech verb of its own after it opens another
statement: the earlier verb's content ends before it, its complementizer is the later verb's,
and the later verb's subject is the one after لكن."""

from __future__ import annotations

import pytest

# (paragraph, [(cue, speaker words or None, content), ...])
CASES = [
    ("وبرر فريق الدفاع عن الموقوف طلبه بحالته الصحية، لكن خبيرة طبية أكدت أن وضعه يسمح بإبقائه في السجن.",
     [("وبرر", "فريق الدفاع", "عن الموقوف طلبه بحالته الصحية"),
      ("أكدت", None, "وضعه يسمح بإبقائه في السجن")]),
    ("وقال الوزير إن الوضع صعب لكن الرئيس أكد أن الحوار مستمر.",
     [("وقال", "الوزير", "الوضع صعب"), ("أكد", "الرئيس", "الحوار مستمر")]),
    ("وبدأت الأعمال عام 2011، لكن وسائل إعلام محلية تقول إن نصف الأعمال فقط أنجز.",
     [("تقول", "وسائل إعلام محلية", "نصف الأعمال فقط أنجز")]),
    # a time after لكن, no subject: the verb is impersonal and the content goes on
    ("وأكد الطبيب أنه تم استئصال الورم لكن بعد العملية تبين أن هناك حاجة لدم إضافي.",
     [("وأكد", "الطبيب", "تم استئصال الورم لكن بعد العملية تبين أن هناك حاجة لدم إضافي")]),
    # a pronoun on لكن after a comma and a speech verb opening its own content: the same speaker's
    # new statement (أن, a preposition and أن, a quotation), not more of the first one's content
    ("وقال الوزير إن الوضع صعب، لكنه أضاف أن الحكومة ستتدخل.",
     [("وقال", "الوزير", "الوضع صعب"), ("أضاف", "الوزير", "الحكومة ستتدخل")]),
    ("وقالت الوزيرة إن الوضع صعب، ولكنها أشارت إلى أن الحكومة ستتدخل.",
     [("وقالت", "الوزيرة", "الوضع صعب"), ("أشارت", "الوزيرة", "الحكومة ستتدخل")]),
    ('وقال المتحدث إنه يرفض التعليق، لكنه قال "من المؤكد أن شيئا ما سيحدث".',
     [("وقال", "المتحدث", "يرفض التعليق"), ("قال", "المتحدث", "من المؤكد أن شيئا ما سيحدث")]),
    # no comma before it, or no content of its own after the verb: the content goes on
    ("وقال الوزير إن الحكومة ستتدخل لكنها ستنتظر نتائج التحقيق.",
     [("وقال", "الوزير", "الحكومة ستتدخل لكنها ستنتظر نتائج التحقيق")]),
    # إلا أن after a comma: a speech verb right after its pronoun (the same speaker's new statement)
    # or after a short subject (another's) ends the content; any other clause is the speaker's contrast
    ("وقالت الوزيرة إن الوضع صعب، إلا أنها أكدت أن الحكومة ستتدخل.",
     [("وقالت", "الوزيرة", "الوضع صعب"), ("أكدت", "الوزيرة", "الحكومة ستتدخل")]),
    ("وقال الوزير إن القرصنة شملت حساب المؤسس، إلا أن الناطق باسم الشركة نفى هذا الأمر.",
     [("وقال", "الوزير", "القرصنة شملت حساب المؤسس"), ("نفى", "الناطق باسم الشركة", "هذا الأمر")]),
    ("وقال الوزير إن الوضع صعب، إلا أنه سيتحسن قريبا.",
     [("وقال", "الوزير", "الوضع صعب، إلا أنه سيتحسن قريبا")]),
    ("وقال الوزير إن الوضع صعب، إلا أن الحكومة تعمل على حله.",
     [("وقال", "الوزير", "الوضع صعب، إلا أن الحكومة تعمل على حله")]),
    ("وأوضح الوزير أنه رغم النجاحات الهامة، إلا أن بلاده تعتقد أن الحرب مستمرة.",
     [("وأوضح", "الوزير", "رغم النجاحات الهامة، إلا أن بلاده تعتقد أن الحرب مستمرة")]),
    # 'despite' before the first verb is the writer's: إلا أن still opens the agent's statement
    ("ورغم توقيع النادي مع اللاعب، فإن رئيس النادي نفى أن يكون قد وقع، إلا أن وكيل اللاعب أكد أن التصريحات غير صادقة.",
     [("نفى", "رئيس النادي", "يكون قد وقع"), ("أكد", "وكيل اللاعب", "التصريحات غير صادقة")]),
    # 'he believes' after a particle carrying his pronoun: not the impersonal يعتقد أن 'it is believed'
    ("وقال الوزير إن الوضع صعب، لكنه يعتقد أن الحكومة ستتدخل.",
     [("وقال", "الوزير", "الوضع صعب"), ("يعتقد", "الوزير", "الحكومة ستتدخل")]),
    ("وقال الوزير إن الوضع صعب، إلا أنه يعتقد أن الحكومة ستتدخل.",
     [("وقال", "الوزير", "الوضع صعب"), ("يعتقد", "الوزير", "الحكومة ستتدخل")]),
    ("وقال المدير إن الأسعار مرتفعة، إلا أن هذه الأرقام تعتبر متوسطة بشكل عام.",  # 'are considered'
     [("وقال", "المدير", "الأسعار مرتفعة، إلا أن هذه الأرقام تعتبر متوسطة بشكل عام")]),
    # what the speaker left unsaid, a denied speech verb or a withheld word after the pronoun: the writer's remark
    ("وأكد المنتج أن الفنان وصل إلى المدينة، إلا أنه لم يفصح عن سبب الزيارة.",
     [("وأكد", "المنتج", "الفنان وصل إلى المدينة")]),
    ("وأكد المنتج أن الفنان وصل إلى المدينة، إلا أنه تجاهل الرد على الأسئلة.",
     [("وأكد", "المنتج", "الفنان وصل إلى المدينة")]),
    # the speaker's verb with its own preposition after the pronoun: a new statement
    ("وقالت الوزيرة إن الوضع صعب، إلا أنها أعربت عن تفاؤلها بالمستقبل.",
     [("وقالت", "الوزيرة", "الوضع صعب"), ("أعربت", "الوزيرة", "تفاؤلها بالمستقبل")]),
    # a subject headed by a title or an unnamed source may be longer, with its qualifiers
    ("وقال الوزير إن القرصنة شملت حساب المؤسس، إلا أن الناطق الرسمي باسم شركة الاتصالات نفى هذا الأمر.",
     [("وقال", "الوزير", "القرصنة شملت حساب المؤسس"),
      ("نفى", "الناطق الرسمي باسم شركة الاتصالات", "هذا الأمر")]),
    ("وقال الوزير إن المدينة هادئة، إلا أن مسؤولا عسكريا في الجيش قال إن الاشتباكات مستمرة.",
     [("وقال", "الوزير", "المدينة هادئة"), ("قال", None, "الاشتباكات مستمرة")]),
    ("وقال الوزير إن المدينة هادئة، إلا أن مسؤولا عسكريا في جيش حفتر قال إن الاشتباكات مستمرة.",
     [("وقال", "الوزير", "المدينة هادئة"), ("قال", None, "الاشتباكات مستمرة")]),
    # not a subject that names no one: the speaker's contrast goes on
    ("وقال الوزير إن الأسعار مرتفعة، إلا أن الوضع في أسواق المدينة الكبرى يؤكد أن الطلب قوي.",
     [("وقال", "الوزير", "الأسعار مرتفعة، إلا أن الوضع في أسواق المدينة الكبرى يؤكد أن الطلب قوي")]),
]


# (paragraph, [(cue, speaker words or None, content), ...]): علي inside a person's name is spelt like
# على, the verb's preposition, once ى is read as ي: it opens no content there
NAMES_WITH_ALI = [
    ("أكد الوزير خلال لقائه بالسفير محمد علي الشيحي أن فرنسا شريك استراتيجي.",
     [("أكد", "الوزير", "فرنسا شريك استراتيجي")]),
    ("وأكد علي عبدالكريم أحد الأصوات المهمة في الأغنية أنه سعيد بعودة الحفلات.",
     [("وأكد", "علي عبدالكريم", "سعيد بعودة الحفلات")]),
    ("وشدد الوزير علي ضرورة التنسيق.", [("وشدد", "الوزير", "ضرورة التنسيق")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_WITH_ALI)
def test_ali_in_a_name_is_no_preposition(spoken, text, expected):
    assert spoken([text]) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_contrast_opens_another_statement(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, content), ...]): a participle with its own preposition after it (or after an
# adjunct) opens another statement even with no comma; a cue that is one only with its preposition
# (عبر عن، قلل من) is another word without it and ends nothing
PREPOSITIONS = [
    ("وأضافت الوزيرة أن الحوار مستمر مشددة على ضرورة احترام القانون.",
     [("وأضافت", "الحوار مستمر"), ("مشددة", "ضرورة احترام القانون")]),
    ("وقال المدير إن الفريق جاهز، مشددا في الوقت نفسه على أن المباراة صعبة.",
     [("وقال", "الفريق جاهز"), ("مشددا", "المباراة صعبة")]),
    ("وأوضح المدير أن الشركة توزع مواد غذائية وطبية عبر البحر والجو.",
     [("وأوضح", "الشركة توزع مواد غذائية وطبية عبر البحر والجو")]),
    ("وأكد الطبيب أن الغبار يضعف نمو الشجرة ويقلل انتاجها.",
     [("وأكد", "الغبار يضعف نمو الشجرة ويقلل انتاجها")]),
    # حيث before a plain speech verb opens its statement: the content before ends there, not a word early
    ("وأفاد المدير أن الوزارة نظمت اجتماعا بحضور لجنة الحج والعمرة حيث طالب الوزير المجتمعين بإبداء مرئياتهم.",
     [("وأفاد", "الوزارة نظمت اجتماعا بحضور لجنة الحج والعمرة"), ("طالب", "المجتمعين بإبداء مرئياتهم")]),
    # a conjoined cue with an object pronoun and no complementizer is another verb (ونقلها 'moved it')
    ("وأشار المدير إلى أن الإجراءات لم تستكمل وتم تكفينها ونقلها إلى غرفة الكشف.",
     [("وأشار", "الإجراءات لم تستكمل وتم تكفينها ونقلها إلى غرفة الكشف")]),
]


# (paragraph, [(cue, content), ...]): و + a word + a speech verb opens a new statement, but not
# after content that is only definite words: the و-word joins the content's subject
CONJOINED = [
    ('وأعلن المدير أن المسؤولين الروس والسوريين "أبلغوا الفريق أن هناك قضايا معلقة".',
     [("وأعلن", 'المسؤولين الروس والسوريين "أبلغوا الفريق أن هناك قضايا معلقة"')]),
    ("وقال الوزير إن الوضع صعب ولافروف ينفي ذلك.", [("وقال", "الوضع صعب"), ("ينفي", "ذلك")]),
]


@pytest.mark.parametrize(("text", "expected"), CONJOINED)
def test_conjoined_subject_keeps_content(analyse, text, expected):
    article = analyse([text])
    assert [(q.cue, q.content) for q in article.quotes] == expected


@pytest.mark.parametrize(("text", "expected"), PREPOSITIONS)
def test_cue_preposition_decides_statement(analyse, text, expected):
    article = analyse([text])
    assert [(q.cue, q.content) for q in article.quotes] == expected



@pytest.mark.parametrize("text", ["المدير ينفي الاعتداء على أستاذة ويوضح", "الوزارة تقطع الغاز عن المصانع وتحذّر",
                                  "وقال الوزير إن الحوار مستمر والعمرة"])
def test_a_unit_ending_on_a_conjoined_word_is_read(analyse, text):
    # the last token is a و-word with nothing after it: the joined-speaker test must not look past it
    article = analyse([text])
    assert all(q.content in text for q in article.quotes)  # analysed, not an IndexError


# (paragraph, [(cue, speaker words or None, content), ...]): و written apart from a speech verb whose
# own content opens close after it starts a new statement, as وأضاف does; without one the verb is the content's
DETACHED_AND = [
    ("قال الوزير إن المفاوضات مستمرة و أضاف أن الجولة المقبلة في القاهرة.",
     [("قال", "الوزير", "المفاوضات مستمرة"), ("أضاف", "الوزير", "الجولة المقبلة في القاهرة")]),
    ("وقال الوزير إن الأسعار ارتفعت و قال المتحدث إن الوضع مستقر.",
     [("وقال", "الوزير", "الأسعار ارتفعت"), ("قال", "المتحدث", "الوضع مستقر")]),
    ("قال المدرب إن العابدي هو من هاتفه و أبلغ باستعداد المدرب.",
     [("قال", "المدرب", "العابدي هو من هاتفه و أبلغ باستعداد المدرب")]),
]


@pytest.mark.parametrize(("text", "expected"), DETACHED_AND)
def test_detached_and_before_a_speech_verb(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, speaker words or None, content), ...]): a complementizer after a comma, or a
# colon, ending a long aside on the subject still opens the verb's content past the usual reach
FAR_OPENERS = [
    ("وقال البروفسور مارتن كلاين، مدير معهد علوم الجينات التجريبي في مركز «هلموت» الألماني في ميونيخ "
     "الذي أشرف على البحث الجديد والذي اخترع مبدأ إنشاء «عيادة طبية للفئران» قبل عشر سنوات، إن النتائج "
     "أصبحت بحوزة جميع الباحثين.",
     [("وقال", "البروفسور مارتن كلاين", "النتائج أصبحت بحوزة جميع الباحثين")]),
    ("قال زاكروس هيوا، عضو هيئة العلاقات في منظومة المجتمع الديمقراطي الكردستاني، في اتصال هاتفي مع "
     "الصحيفة من جبال قنديل المعقل الرئيسي للحزب في شمال البلاد، أمس: «تركيا وضعت خطة لحرب شاملة».",
     [("قال", "زاكروس هيوا", "تركيا وضعت خطة لحرب شاملة")]),
    # a clause boundary before the far complementizer: it is that clause's, not the verb's
    ("وأعلن الجيش مقتل عشرين مسلحا في اشتباكات عنيفة جرت قرب الحدود الشمالية للبلاد خلال ساعات الليل "
     "الماضي بعد هجوم واسع شنه المسلحون على مواقع عسكرية عدة، فيما قال مصدر طبي في المستشفى الميداني، إن "
     "عدد الجرحى كبير.",
     [("وأعلن", "الجيش", "مقتل عشرين مسلحا في اشتباكات عنيفة جرت قرب الحدود الشمالية للبلاد خلال ساعات "
       "الليل الماضي بعد هجوم واسع شنه المسلحون على مواقع عسكرية عدة"),
      ("قال", None, "عدد الجرحى كبير")]),
]


@pytest.mark.parametrize(("text", "expected"), FAR_OPENERS)
def test_far_opener_after_a_long_aside(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, content), ...]): a short quotation away from the verb followed by a
# complementizer is a title or name; the complementizer opens the content
QUOTED_TITLES = [
    ('وأضاف الوزير خلال ندوة دولية حول "الإرهاب في المنطقة الإفريقية" أن الإرهاب ظاهرة عالمية.',
     [("وأضاف", "الإرهاب ظاهرة عالمية")]),
    ('وقال المدير "سنواصل العمل على تحسين الخدمات للجميع".',
     [("وقال", "سنواصل العمل على تحسين الخدمات للجميع")]),
    # right after a work's noun (كتابه، بعنوان) a quotation is the work's title: a colon, complementizer
    # or the verb's preposition right after it opens the content, however long the title
    ('ويذكر الكاتب في كتابه "جنكيز خان وصناعة العالم الحديث": إن جنكيز خان لم يبن قصرا لنفسه.',
     [("ويذكر", "إن جنكيز خان لم يبن قصرا لنفسه")]),
    ('وأشارت الوكالة في تقريرها بعنوان "تحليل سنوي للتصنيف الائتماني لحكومة الإمارات مع نظرة مستقرة"'
     " إلى أن الإمارات تتمتع ببنية تحتية عالية.", [("وأشارت", "الإمارات تتمتع ببنية تحتية عالية")]),
    ('وكتب الوزير في كتاب "سنوات الجمر" أن الحرب كانت خطأ.', [("وكتب", "الحرب كانت خطأ")]),
    ('وكتب الوزير في تغريدة "سنواصل العمل على تحسين الخدمات".', [("وكتب", "سنواصل العمل على تحسين الخدمات")]),
    # 'whether' (فيما إذا) ends nothing
    ("وطالب النواب الوزير بالتحقيق فيما إذا كانت المعلومات قد سربت.",
     [("وطالب", "الوزير بالتحقيق فيما إذا كانت المعلومات قد سربت")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_TITLES)
def test_quoted_title_before_the_complementizer(analyse, text, expected):
    article = analyse([text])
    assert [(q.cue, q.content) for q in article.quotes] == expected


# (paragraph, content): a colon after the complementizer opens the words and is none of them
COLON_AFTER_COMPLEMENTIZER = [
    ('وقالت المديرة التنفيذية للمنظمة إن: "هناك حاجة ملحة لدخول قوافل المساعدات."',
     '"هناك حاجة ملحة لدخول قوافل المساعدات."'),
    ("وقال الوزير إنه: الوضع خطير جدا في المدينة.", "الوضع خطير جدا في المدينة"),
]


@pytest.mark.parametrize(("text", "expected"), COLON_AFTER_COMPLEMENTIZER)
def test_colon_after_complementizer(analyse, text, expected):
    assert [q.content for q in analyse([text]).quotes] == [expected]


# (paragraph, content of the participle's quotation): an adjunct phrase after a participle (in an
# interview with X, in this context,) says where or how it was said; the content opens after the
# participle's own preposition and its complementizer
ADJUNCT_PHRASES = [
    ('وقال الوزير إن الوضع صعب، مشيرا في مقابلة مع "العربية" إلى أن التعديل جاء متأخرا.', "التعديل جاء متأخرا"),
    ("وقال الوزير إن الوضع صعب، لافتا في هذا السياق، إلى أنه وقع تكييف التدريبات.", "وقع تكييف التدريبات"),
    ("وقال الوزير إن الوضع صعب، مشيرا في تغريدات على موقع «تويتر» إلى أن الفتن تفكك البلد.", "الفتن تفكك البلد"),
    # no complementizer after the preposition: the noun phrase after it is the content
    ("وقال الوزير إن الوضع صعب، مشددا في كلمته على ضرورة الحوار.", "ضرورة الحوار"),
]


@pytest.mark.parametrize(("text", "expected"), ADJUNCT_PHRASES)
def test_participle_content_past_an_adjunct_phrase(analyse, text, expected):
    assert analyse([text]).quotes[-1].content == expected


# (paragraph, [(cue, speaker words or None, content), ...]): the preposition a noun of replying governs
# (في رده على، ردا على، في تعليقه على; cues.tsv reply_noun) says what was answered; the verb's own comes after
REPLY_NOUNS = [
    ("وأكد الوزير، في رده على أسئلة النواب، على أن الميزانية كافية.",
     [("وأكد", "الوزير", "الميزانية كافية")]),
    ("وشدد المدرب ردا على سؤال حول الإصابات على أن الفريق جاهز.",
     [("وشدد", "المدرب", "الفريق جاهز")]),
    ("وأكد الوزير في تعليقه على القرار على ضرورة الحوار.",
     [("وأكد", "الوزير", "ضرورة الحوار")]),
    # a noun that is no reply keeps the verb's preposition after it (شدد في كلمته على)
    ("وشدد الوزير في كلمته على أن الحوار ضروري.", [("وشدد", "الوزير", "الحوار ضروري")]),
    # a reply is على or عن something: أشار إلى after في تعليقه is the verb's own
    ("ويشير الوزير في تعليقه إلى الحادثة الأخيرة.", [("ويشير", "الوزير", "الحادثة الأخيرة")]),
]


@pytest.mark.parametrize(("text", "expected"), REPLY_NOUNS)
def test_reply_noun_keeps_its_preposition(spoken, text, expected):
    found = spoken([text])
    assert found == expected


# (paragraph, [(cue, speaker words, content), ...]): a participle of the speaker's next act that no
# cue lists (act_participle: متمنيا، سائلا، مستشهدا) ends the content after a comma, and opens none
NEXT_ACTS = [
    ("وأكد الأمير أنه نال شهادة العز والكرامة، سائلاً الله تعالى أن يتقبله من الشهداء.",
     [("وأكد", "الأمير", "نال شهادة العز والكرامة")]),
    ("وقال المخرج إن كل شخص سينال حظه في هذا الموسم، مستشهدا بما حدث مع مسلسل آخر.",
     [("وقال", "المخرج", "كل شخص سينال حظه في هذا الموسم")]),
    ("وأوضح الناطق أن اللجان رصدت مخالفات، مشددا على اتخاذ الإجراءات، مهيباً بالمراجعين إبلاغ القسم.",
     [("وأوضح", "الناطق", "اللجان رصدت مخالفات"), ("مشددا", "الناطق", "اتخاذ الإجراءات")]),
    # without its comma it is no new clause
    ("وأكد الوزير أن المؤتمر ناجح ومتمنيا للجميع التوفيق.",
     [("وأكد", "الوزير", "المؤتمر ناجح ومتمنيا للجميع التوفيق")]),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_ACTS)
def test_next_act_ends_content(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, speaker words or None, content), ...]): after a comma, the writer's 'which'
# before a speech verb carrying its object pronoun and followed by its subject (writer_relative) is
# another's answer to the clause and ends the content; otherwise the speaker's clause goes on
WRITER_RELATIVES = [
    ("وقال المعارض إن الحكومة زورت الانتخابات، وهو ما نفته الحكومة.",
     [("وقال", "المعارض", "الحكومة زورت الانتخابات")]),
    ("وقال المعارض إن الحكومة زورت الانتخابات، وهو ما نفاه الوزير.",
     [("وقال", "المعارض", "الحكومة زورت الانتخابات")]),
    ("وقالت الوزيرة إن القوات دخلت المدينة، وهذا ما تنفيه السلطات.",
     [("وقالت", "الوزيرة", "القوات دخلت المدينة")]),
    ("وقال الوزير إن الأسعار ارتفعت، وهو ما يعني أن التضخم سيزيد.",
     [("وقال", "الوزير", "الأسعار ارتفعت، وهو ما يعني أن التضخم سيزيد")]),
    # no subject written after the verb: the view is the speaker's own
    ("وقال الوزير إن الوزارة قررت دعم النقل، وهو ما اعتبره عاملا سيثقل كاهل الفقراء.",
     [("وقال", "الوزير", "الوزارة قررت دعم النقل، وهو ما اعتبره عاملا سيثقل كاهل الفقراء")]),
    ("وأعلن فهمي أنه اعتذر عن المنصب، وهو ما أرجعه إلى انشغاله الشديد.",
     [("وأعلن", "فهمي", "اعتذر عن المنصب، وهو ما أرجعه إلى انشغاله الشديد")]),
    # a time after the verb has the article but is no subject: the speaker's own earlier word
    ("وقال الوزير إن الحكومة ستخفض الضرائب، وهو ما أعلنه الشهر الماضي.",
     [("وقال", "الوزير", "الحكومة ستخفض الضرائب، وهو ما أعلنه الشهر الماضي")]),
    ("وقال الوزير إن الحكومة ستخفض الضرائب، وهو ما أكده اليوم في مؤتمر صحفي.",
     [("وقال", "الوزير", "الحكومة ستخفض الضرائب، وهو ما أكده اليوم في مؤتمر صحفي")]),
]


@pytest.mark.parametrize(("text", "expected"), WRITER_RELATIVES)
def test_writer_relative_ends_content(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, speaker words, content)]): the verb's own preposition before a platform or an
# account says where the words were posted, not what they were (أكد على، ردت على)
POSTED_ON = [
    ("وأكد الوزير عبر حسابه على تويتر أن الحكومة ستدعم المزارعين.",
     [("وأكد", "الوزير", "الحكومة ستدعم المزارعين")]),
    ("وأكد الوزير على صفحته الرسمية أن الحكومة ستدعم المزارعين.",
     [("وأكد", "الوزير", "الحكومة ستدعم المزارعين")]),
    ("وأكد اللاعب عبر حسابه الشخصي على شبكة \"تويتر\" يوم الأحد، أنه سيبقى مع فريقه.",
     [("وأكد", "اللاعب", "سيبقى مع فريقه")]),
    # a site that is no platform is what was stressed
    ("وأكد الوزير على موقع مصر الاستراتيجي في المنطقة.",
     [("وأكد", "الوزير", "موقع مصر الاستراتيجي في المنطقة")]),
]


@pytest.mark.parametrize(("text", "expected"), POSTED_ON)
def test_preposition_before_a_platform(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, speaker words, content)]): a short quotation after the comma closing the
# speaker's apposition, ending the sentence, is what the verb reports; a short one inside the
# sentence stays a name or quoted words
CLOSING_QUOTATION = [
    ('وقال محمد العتيبي، رئيس النادي، "نحن فخورون".', [("وقال", "محمد العتيبي", '"نحن فخورون"')]),
    ('وقال الوزير إن الشركة، التي تملك "دار الفنون"، تأسست قبل عامين.',
     [("وقال", "الوزير", 'الشركة، التي تملك "دار الفنون"، تأسست قبل عامين')]),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_QUOTATION)
def test_closing_quotation_after_apposition(spoken, text, expected):
    assert spoken([text]) == expected
