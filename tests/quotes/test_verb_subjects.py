"""The subject written with a speech verb (khabar.quotes.verb_subjects): after the verb, on a
particle before it, and appositions after a comma that still name it."""

from __future__ import annotations

import pytest

from khabar.quotes.lexicon import key
from khabar.quotes.verb_subjects import relational

# (paragraph, speaker words): the subject after the verb before a noun-phrase content
SUBJECT_AFTER_VERB = [
    # a title, its definite qualifiers and an untagged name, then the content's construct
    ("وأكد المتحدث باسم الاستخبارات حسيب صديقي نبأ الوفاة.", "حسيب صديقي"),
    # the title alone names the speaker when the content follows it
    ("ونفى وزير الخارجية صحة الأنباء.", "وزير الخارجية"),
    # an unnamed source with its relational adjective
    ("ونفى مسؤول إسرائيلي صحة الأنباء.", None),
    # a definite subject ends before في (no relational adjective however it ends)
    ("ونفت الوزارة في بيان لها صحة الأنباء.", "الوزارة"),
    # a title, where it holds, and a person set off by commas: the person, and the content after
    ("نفى النائب بكتلة حركة نداء تونس، جلال غديرة، مساء السبت تصريحات سابقة للرئيس.", "جلال غديرة"),
    ('نفى رئيس كتلة "نداء تونس" بالبرلمان، سفيان طوبال، ما راج عن تقديم النواب استقالاتهم.', "سفيان طوبال"),
    # the person tagged after the body a spokesperson speaks for
    ("استنكر الناطق باسم الحزب الجمهوري عصام الشابي عدم دعوة حزبه.", "عصام الشابي"),
    # a body no tagger named, opened by a noun heading bodies: its construct and adjectives
    ("أعلنت وزارة الخدمة المدنية أسماء المتقدمين.", "وزارة الخدمة المدنية"),
    # ... not after a masculine verb, whose subject no noun in ة is: the ministry is the object
    ("انتقد وزارة الصحة بسبب التأخير.", None),
    # a family's name (آل and a definite word) is the subject; the plural after it is the object
    ("وطالب آل الشيخ الآباء بمتابعة أبنائهم.", "آل الشيخ"),
    ("ودعا آل الشيخ المسلمين إلى الالتزام بالصلاة.", "آل الشيخ"),
    # a title's construct is closed by its definite genitive: a place's or body's name, or a group
    # of people, after it is the verb's object, and no preposition is ever a name's word
    ("ودعا نائب الرئيس الغرب إلى مراجعة مواقفه الظالمة تجاه الآخرين.", "نائب الرئيس"),
    ("وطالب وزير الخارجية الأمم المتحدة بالتدخل لوقف الحرب.", "وزير الخارجية"),
    ("ودعا نائب الرئيس الشباب إلى العمل.", "نائب الرئيس"),
    # ... a relational adjective after the genitive is still the title's
    ("وأكد وزير الخارجية الأمريكي أن الحل سياسي.", "وزير الخارجية الأمريكي"),
    # a number or a year before the verb names no speaker; a share of those asked does
    ("ووقع الطرفان اتفاقا لمدة 3 سنوات (2017-2019) تعهدت من خلاله الحكومة على تمويل المشروع.", None),
    ("وقال 57% من الآباء إن أطفالهم يفضلون الكمبيوتر.", "57%"),
]

# (paragraphs, speaker words of the last quotation): a plural in ين right after the verb is its
# object (a subject would end in ون), so the speaker is the one named before; a word in ين that is
# no such plural (a time, a singular noun) stays the subject
PLURAL_OBJECTS = [
    # a participle's plural
    (["وقال الوزير إن الوضع صعب.", "ودعا المواطنين إلى الحذر."], "الوزير"),
    # the فاعل pattern's plural, with a relational adjective
    (["وقال الوزير إن الوضع صعب.", "ودعا الفاعلين الاقتصاديين إلى الاستثمار."], "الوزير"),
    # a relational plural, even when a nationality is tagged there
    (["وقال الوزير إن الوضع صعب.", "ودعا الليبيين إلى الحوار."], "الوزير"),
    # a definite title takes no genitive: the plural after it is the object
    (["ودعا الوزير المواطنين إلى الحذر."], "الوزير"),
    # in a headline the subject before the verb speaks
    (["تونس تدعو الليبيين إلى ضبط النفس"], "تونس"),
    # a singular noun in ين is the subject
    (["وأكد الوزير أن الوضع صعب.", "ويقلل النيكوتين من وصول الدم."], "النيكوتين"),
]

# (paragraphs, speaker words of the last quotation): the pronoun on لكن stands for the opening
# verb's subject, a definite noun agreeing with it
PARTICLE_SUBJECT = [
    (["وقالت الوزيرة إن الوضع جيد.", "وقضت المحكمة بسجن الرجل لكنها قالت إنه لن يبقى في السجن."], "المحكمة"),
]

# (paragraph, speaker words): a name set off by commas after the title still names the speaker
APPOSITIONS = [
    ("وقال المتحدث باسم البيت الأبيض، إيريك شولتز، إن الرئيس سيزور المنطقة.", "إيريك شولتز"),
    # the body a representative sits for, with عن, before the comma-set name
    ("قال النائب عن حزب صوت الفلاحين، فيصل التبيني، إن تونس تواجه الفساد.", "فيصل التبيني"),
    # a portfolio after ل is the title's, like a body (الوكيل المساعد لشؤون البيئة)
    ("وأكد الوكيل المساعد لشؤون البيئة الدكتور حاتم المطيري، أن الغرامة كبيرة.", "الدكتور حاتم المطيري"),
    # بين (also 'between') with a titled subject filling the words before its complementizer
    ("وبين الوكيل المساعد لشؤون البيئة الدكتور حاتم المطيري، أن الغرامة كبيرة.", "الدكتور حاتم المطيري"),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_AFTER_VERB + APPOSITIONS)
def test_subject_written_with_the_verb(analyse, text, expected):
    article = analyse([text])
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == [expected]


@pytest.mark.parametrize(("body", "expected"), PLURAL_OBJECTS)
def test_plural_in_yn_is_the_object(analyse, body, expected):
    speaker = analyse(body).quotes[-1].speaker
    assert (speaker.text if speaker else None) == expected


@pytest.mark.parametrize(("body", "expected"), PARTICLE_SUBJECT)
def test_subject_on_a_particle(analyse, body, expected):
    article = analyse(body)
    assert article.quotes[-1].speaker.text == expected


# (word, a relational adjective with the article as a subject's qualifiers are read): the article
# written on the word itself and a relational ending; not a word with a preposition or without the article
RELATIONAL = [("الأمريكية", True), ("المحليين", True), ("الحكومي", True), ("للأمريكية", False),
              ("أمريكي", False), ("الوزارة", False)]


@pytest.mark.parametrize(("word", "expected"), RELATIONAL)
def test_relational(word, expected):
    assert relational(key(word)) is expected


# (paragraphs, [(cue, speaker words or None, content), ...]): the hearer right after the verb
# (verb_subjects.hearer_end)
HEARERS = [
    # the hearer right after the verb (ل + a title, an office or a definite noun; ل apart; أمام) is
    # whom it was told: the speaker is the subject after it, else the one named before
    (["وقال الوزير إن العجز تراجع.", "وأكد للرئيس الأمريكي دوايت أيزنهاور أن الاتفاق قائم."],
     [("وقال", "الوزير", "العجز تراجع"), ("وأكد", "الوزير", "الاتفاق قائم")]),
    (["وقال للصحفيين وزير الداخلية إن الاتفاق قائم."], [("وقال", "وزير الداخلية", "الاتفاق قائم")]),
    (["وقال لوزير الخارجية الفرنسي رئيس الوزراء إن الاتفاق قائم."], [("وقال", "رئيس الوزراء", "الاتفاق قائم")]),
    (["وقال المدرب محمد حسن إن الفريق جاهز.", "وأكد للجمهور السعودي أنه سيعود قريبا."],
     [("وقال", "محمد حسن", "الفريق جاهز"), ("وأكد", "محمد حسن", "سيعود قريبا")]),
    (["وأكد أمام رئيس البرلمان وزير المالية أن الموازنة جاهزة."], [("وأكد", "وزير المالية", "الموازنة جاهزة")]),
    (["وقالت الوزيرة إن العجز تراجع.", "وكشفت للمرة الأولى أن الاتفاق قائم."],
     [("وقالت", "الوزيرة", "العجز تراجع"), ("وكشفت", "الوزيرة", "الاتفاق قائم")]),
]


@pytest.mark.parametrize(("body", "expected"), HEARERS)
def test_hearer_after_the_verb(spoken, body, expected):
    found = spoken(body)
    assert found == expected


# (verb_subjects.time_end) a time written right after the verb (اليوم الثلاثاء، مساء أمس الأحد)
# stands before its subject: the speaker is the subject after it, and the one named before only
# when none follows
TIMES_BEFORE_SUBJECT = [
    (["وقال الوزير إن العجز تراجع.", "وأعلن اليوم الثلاثاء حزب النهضة أنه سيشارك في الانتخابات."],
     [("وقال", "الوزير", "العجز تراجع"), ("وأعلن", "حزب النهضة", "سيشارك في الانتخابات")]),
    (["وقال مساء أمس الأحد الناطق باسم الحكومة إن الوضع مستقر."],
     [("وقال", "الناطق باسم الحكومة", "الوضع مستقر")]),
    # a time, then whom it was told, then the subject
    (["وقال اليوم للصحفيين وزير الداخلية إن الأمن مستتب."], [("وقال", "وزير الداخلية", "الأمن مستتب")]),
    # no subject after the time: the one named before
    (["وقال الوزير إن العجز تراجع.", "وأكد الثلاثاء أن الاتفاق قائم."],
     [("وقال", "الوزير", "العجز تراجع"), ("وأكد", "الوزير", "الاتفاق قائم")]),
    # words after the time that name no one, with no content right after them: the object
    (["وقال الوزير إن العجز تراجع.", "وأعلن هذا الأسبوع خطة تقشف جديدة، في حين رأى خبراء أن العجز كبير."],
     [("وقال", "الوزير", "العجز تراجع"), ("وأعلن", "الوزير", "خطة تقشف جديدة"), ("رأى", None, "العجز كبير")]),
]


@pytest.mark.parametrize(("body", "expected"), TIMES_BEFORE_SUBJECT)
def test_time_before_the_subject(spoken, body, expected):
    found = spoken(body)
    assert found == expected


# (paragraph, speaker words): a title's holder named after the qualifiers that ended its phrase
# speaks (late_holder_end); not a person tied to something else (خلال لقائه بـ، مع نظيره) or named
# after another title among the qualifiers
LATE_HOLDERS = [
    ("وقال السفير البريطاني لدى الأمم المتحدة ماثيو رايكروفت إن الاتفاق قائم.", "ماثيو رايكروفت"),
    ("قال مندوب السياحة بسوسة فؤاد الواد إن الموسم واعد.", "فؤاد الواد"),
    ("يكشف ضابط ليبي كان يعمل في مخابرات معمر القذافي أن الخطة قديمة.", "ضابط"),
    ("غردت المطربة بلقيس لتهنئ زميلتها شيرين عبد الوهاب، وتمنت لها أن تنجح.", "بلقيس"),
    ("وعبر وزير الثقافة خلال لقائه بالفخراني عن سعادته بالعمل.", "وزير الثقافة"),
    ("وأكد وزير الخارجية الألماني خلال مؤتمر صحفي مع نظيره القطري الشيخ محمد بن عبد الرحمن آل ثاني، أن "
     "الحوار ضروري.", "وزير الخارجية الألماني"),
    ("أكد مستشار لحملة المرشح الجمهوري لانتخابات الرئاسة الأمريكية دونالد ترامب أمس الأحد أن الحملة قوية.",
     "مستشار"),
]


@pytest.mark.parametrize(("text", "speaker"), LATE_HOLDERS)
def test_title_holder_named_after_qualifiers(analyse, text, speaker):
    assert [q.speaker.text if q.speaker else None for q in analyse([text]).quotes][:1] == [speaker]


# (paragraphs, (cue, speaker words, content) of the last quotation): names joined by و after the verb
# are its subject, an adverb in tanween before the content's preposition says how, and a time right
# after the verb, marked by the times stage in another paragraph only, comes before the subject
SUBJECT_BEFORE_NOUN_CONTENT = [
    (["ورحبت باريس ولندن رسمياً بتعاونهما في ضبط تدفق المهاجرين."],
     ("ورحبت", "باريس", "بتعاونهما في ضبط تدفق المهاجرين")),
    (["أعلن الإعلام السوري الرسمي الثلاثاء عن دخول المحققين.",
      "أعلن الثلاثاء الإعلام السوري الرسمي عن دخول محققي المنظمة إلى مدينة دوما."],
     ("أعلن", "الإعلام السوري الرسمي", "عن دخول محققي المنظمة إلى مدينة دوما")),
    # a body's name takes its relational adjectives; a person's name does not
    (["أعلن الإعلام السوري الرسمي عن دخول المحققين."], ("أعلن", "الإعلام السوري الرسمي", "عن دخول المحققين")),
    (["وصف هنيدي النادي بالمتألق."], ("وصف", "هنيدي", "النادي بالمتألق")),
    (['وطالبت منظمة "كافي" الحقوقية وزارة الداخلية بالتحقيق.'],
     ("وطالبت", 'منظمة "كافي" الحقوقية', "وزارة الداخلية بالتحقيق")),
    # an indefinite noun in tanween is the content itself, not an adverb
    (["وتوقع ترمب تقدماً كبيراً على الصعيد التجاري."], ("وتوقع", "ترمب", "تقدماً كبيراً على الصعيد التجاري")),
    # after a comma, a word that opens no aside (no adjunct, preposition, time, title or name) opens the content
    (["وأعلنت السعودية ومصر والإمارات، قطع علاقاتها الدبلوماسية مع دولة قطر، بعد الضجة الأخيرة."],
     ("وأعلنت", "السعودية", "قطع علاقاتها الدبلوماسية مع دولة قطر، بعد الضجة الأخيرة")),
    # a relative clause, a definite noun in apposition, an adverbial with من or an utterance issued at a
    # time, set off or standing after the subject, is no content
    (["وأشار بلاتر، الذي يشغل المنصب منذ 1998، في مؤتمره الصحافي، إلى أنه سيعود إلى مهنته."],
     ("وأشار", "بلاتر", "سيعود إلى مهنته")),
    (["أعلنت شركة الديار القطرية، الذراع العقارية لجهاز قطر للاستثمار، عن بيع حصة في شركة فيوليا."],
     ("أعلنت", "شركة الديار القطرية", "عن بيع حصة في شركة فيوليا")),
    (["وانتقد نواب مغاربة، من جديد، رداءة ما تقدمه قنوات التلفزيون."],
     ("وانتقد", "نواب مغاربة", "رداءة ما تقدمه قنوات التلفزيون")),
    # a nationality after the head qualifies the title before a name: the name is the body's, not the content
    (["أكدت إدارة الرئيس الأمريكي دونالد ترامب الاثنين إغلاق المكتب في واشنطن."],
     ("أكدت", "إدارة الرئيس الأمريكي دونالد ترامب", "إغلاق المكتب في واشنطن")),
    (["أعلنت وزارة الثقافة في بلاغ صادر اليوم الإثنين عن تعيين مدير جديد للمكتبة."],
     ("أعلنت", "وزارة الثقافة", "عن تعيين مدير جديد للمكتبة")),
    # a definite noun joined by و after the subject is the subject's (a body's name, or a second
    # subject): the noun-phrase content never opens with و
    (["أعلنت وزارة شؤون الشباب والرياضة في بلاغ لها عن فتح مناظرات خارجية."],
     ("أعلنت", "وزارة شؤون الشباب والرياضة", "عن فتح مناظرات خارجية")),
    (["ودعت النقابات والجمعيات المهنية الحكومة إلى سحب مشروع القانون."],
     ("ودعت", "النقابات والجمعيات المهنية", "الحكومة إلى سحب مشروع القانون")),
    (["أعلن المتحدث باسم وزارة العمل والتنمية الاجتماعية توفير آلاف الوظائف."],
     ("أعلن", "المتحدث باسم وزارة العمل والتنمية الاجتماعية", "توفير آلاف الوظائف")),
    # a relative pronoun with و opens a clause, no noun joined to the subject
    (["ويؤكد الخبراء والذين درسوا الملف ضرورة الإصلاح."], ("ويؤكد", None, "والذين درسوا الملف ضرورة الإصلاح")),
    (["وطلبت الخدمات والتسهيلات التي يرغبون فيها توفير المعدات."],
     ("وطلبت", "الخدمات والتسهيلات", "التي يرغبون فيها توفير المعدات")),
    # a title in apposition right after the person's name, closed by a comma, is the subject's: the
    # content opens after the comma (not with the title)
    (["أكد خالد الرميحي الرئيس التنفيذي لمجلس التنمية الاقتصادية، نمو اقتصاد بلاده بنسبة كبيرة."],
     ("أكد", "خالد الرميحي", "نمو اقتصاد بلاده بنسبة كبيرة")),
    (["توقعت علياء ممدوح كبير الاقتصاديين في شركة بلتون، رفع أسعار البنزين في مصر."],
     ("توقعت", "علياء ممدوح", "رفع أسعار البنزين في مصر")),
    # ... not when a verb or a purpose follows the comma: the content was before it
    (["فيما أكد فادي إسماعيل مدير الإنتاج في الشركة صحة الأنباء المتداولة، وقال إنهم في مرحلة الكتابة."],
     ("وقال", "فادي إسماعيل", "في مرحلة الكتابة")),
]


@pytest.mark.parametrize(("body", "expected"), SUBJECT_BEFORE_NOUN_CONTENT)
def test_subject_before_noun_content(spoken, body, expected):
    assert spoken(body)[-1] == expected


def test_unnamed_subject_after_time_before_content_preposition(analyse):
    # a time, then words naming no one, then إلى أن: those words are the subject, not the one named before
    body = ["وقال الكاتب إن الحقيقة واضحة. ولمحت حينذاك إحدى المجلات إلى أن الطلاق قريب."]
    quote = analyse(body).quotes[-1]
    assert (quote.cue, quote.speaker.text if quote.speaker else None) == ("ولمحت", "إحدى المجلات")


# (paragraph, [(cue, speaker words or None, content), ...]): فيه/فيها after a verb in a clause on a
# noun (في وقت، الوقت الذي) stands for that noun; the subject is written after it (verb_subjects.resumptive_end),
# and the sentence's own verb after a comma ends the content
RESUMPTIVE = [
    ("وتأتي هذه الأنباء في وقت يصر فيه مسؤولو النادي على أن اللاعب لن يغادر.",
     [("يصر", "مسؤولو النادي", "اللاعب لن يغادر")]),
    ("جاء ذلك في الوقت الذي يؤكد فيه وزير الخارجية أن الحل سياسي.", [("يؤكد", "وزير الخارجية", "الحل سياسي")]),
    ("ويأتي ذلك في وقت قالت فيه الحكومة إن الوضع مستقر.", [("قالت", "الحكومة", "الوضع مستقر")]),
    ("ويأتي ذلك في وقت قال فيه مسؤول أمني إن الجيش سيتسلم المدينة.", [("قال", None, "الجيش سيتسلم المدينة")]),
    ("ففي الوقت الذي رأى فيه الفريق الأول أن القرار صائب، رأى آخرون أنه خطأ.",
     [("رأى", "الفريق الأول", "القرار صائب"), ("رأى", None, "خطأ")]),
    # a noun-phrase object after the pronoun: the document's publisher speaks, as before
    ("وأصدر الجيش بيانا أكد فيه خلو المنطقة من المسلحين.", [("أكد", "الجيش", "خلو المنطقة من المسلحين")]),
    ("وأصدرت الوزارة بيانا قالت فيه إن الحرب انتهت.", [("قالت", "الوزارة", "الحرب انتهت")]),
]


@pytest.mark.parametrize(("text", "expected"), RESUMPTIVE)
def test_subject_after_the_resumptive_pronoun(spoken, text, expected):
    found = spoken([text])
    assert found == expected


# an unnamed group's field after في is the subject's, not the content's (the preposition the verb
# takes opens its noun-phrase content, as with a named subject); في and an utterance says how
GROUP_FIELD = [
    ("دعا مختصون في المركبات إلى فحص السيارات قبل السفر.", [("دعا", None, "إلى فحص السيارات قبل السفر")]),
    ("وحذر خبراء في الشؤون الاقتصادية من ارتفاع الأسعار.", [("وحذر", None, "ارتفاع الأسعار")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_FIELD)
def test_unnamed_group_field(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, speaker words or None, content), ...]): a definite title heads no genitive, so
# a noun after it that is no adjective agreeing with it opens the verb's object: a body or place, or
# a noun in ة or ات after a masculine title; adjectives agree or are relational
TITLE_OBJECTS = [
    ("واتهم الوزير المعارضة بالتآمر على الدولة.", [("واتهم", "الوزير", "المعارضة بالتآمر على الدولة")]),
    ("ودعا الرئيس الحكومة إلى الاستقالة.", [("ودعا", "الرئيس", "الحكومة إلى الاستقالة")]),
    ("ودعا الرئيس السابق الحكومة الحالية إلى الاستقالة.",
     [("ودعا", "الرئيس السابق", "الحكومة الحالية إلى الاستقالة")]),
    ("وطالب الوزير الشركات بدفع الضرائب.", [("وطالب", "الوزير", "الشركات بدفع الضرائب")]),
    ("ودعا الأمين العام الأمم المتحدة إلى التدخل.", [("ودعا", "الأمين العام", "الأمم المتحدة إلى التدخل")]),
    # adjectives of the title stay in the subject
    ("وطالب الرئيس الفرنسي بوقف القتال.", [("وطالب", "الرئيس الفرنسي", "بوقف القتال")]),
    ("ودعا الوزير الأول إلى التهدئة.", [("ودعا", "الوزير الأول", "إلى التهدئة")]),
    ("وطالبت الوزيرة الفرنسية بوقف القتال.", [("وطالبت", "الوزيرة الفرنسية", "بوقف القتال")]),
    # a place's relational adjectives end the speaker's words where the verb's object begins
    ("وتتهم الرياض الحوثيين باستخدام الميناء.", [("وتتهم", "الرياض", "الحوثيين باستخدام الميناء")]),
    ("ونفت روسيا الاتحادية الاتهامات.", [("ونفت", "روسيا الاتحادية", "الاتهامات")]),
    # a group of people qualifies no noun (people_object), before the verb's preposition too
    ("ودعا المحافظ الأهالي إلى الحذر.", [("ودعا", "المحافظ", "الأهالي إلى الحذر")]),
    ("وحذرت الشرطة الناس من الاقتراب.", [("وحذرت", "الشرطة", "الناس من الاقتراب")]),
    ("وحث العميد الغرير الجميع على الالتزام.", [("وحث", "العميد الغرير", "الجميع على الالتزام")]),
    # a plural in ات takes adjectives in ة as a feminine title does; the plural in ين is the object
    ("وحذرت السلطات المحلية المواطنين من الاقتراب.",
     [("وحذرت", "السلطات المحلية", "المواطنين من الاقتراب")]),
    # a definite head's qualifiers are definite: a word with a pronoun is the object
    ("ودعا المدرب لاعبيه إلى القتال.", [("ودعا", "المدرب", "لاعبيه إلى القتال")]),
    # a derived verb's verbal noun qualifies no title (not a relational adjective, a time or التابعة)
    ("وطالب الوزير الإفراج عن المعتقلين.", [("وطالب", "الوزير", "الإفراج عن المعتقلين")]),
    ("وأكد الوزير الاستمرار في الإصلاحات.", [("وأكد", "الوزير", "الاستمرار في الإصلاحات")]),
    ("وقال المتحدث الإقليمي إن الوضع صعب.", [("وقال", "المتحدث الإقليمي", "الوضع صعب")]),
    ("وأعلن الرئيس الإثنين أن الوضع صعب.", [("وأعلن", "الرئيس", "الوضع صعب")]),
    # إلى and على (keyed الي، علي) are no relational adjectives
    ("ودعا الوزير إلى ضرورة الحذر.", [("ودعا", "الوزير", "إلى ضرورة الحذر")]),
    ("وحث الوزير على ضرورة الالتزام بالقوانين.", [("وحث", "الوزير", "على ضرورة الالتزام بالقوانين")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_OBJECTS)
def test_object_after_a_definite_title(spoken, text, expected):
    assert spoken([text]) == expected
