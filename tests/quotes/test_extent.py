"""Where a speaker phrase ends (khabar.quotes.extent)."""

from __future__ import annotations

import pytest

# (paragraph, speaker words): a noun with a possessive right after a definite subject is the verb's
# object, not part of the subject — unless joined by و, a qualifier of the subject, or a relative's verb
OBJECT_PRONOUNS = [
    ("وبرر القضاة قرارهم بأن المواجهة أرجئت إلى أيلول.", "القضاة"),
    ("أكد الجانبان حرصهما على بذل كافة الجهود لتعزيز الأمن.", "الجانبان"),
    ("وقال القادة أنفسهم إن الحوار مستمر.", "القادة أنفسهم"),
    ('وقال السفير الفلسطيني بالقاهرة ومندوبها الدائم بالجامعة العربية دياب اللوح "لا بد من قرارات عملية".',
     "دياب اللوح"),
    # a noun with ب and a pronoun (باسمه، بنفسها) says how the subject spoke: the subject ends before it
    ("وأعرب الملك باسمه واسم شعب وحكومة السعودية عن أصدق التهاني.", "الملك"),
    ("وأكدت الوزيرة بنفسها أن البرنامج سيبدأ قريبا.", "الوزيرة"),
    # ... not a definite noun with ب whose ه is its own (بالمياه، بالله): the phrase goes on
    ("اعلن المدير العام للديوان الوطني للمياه المعدنية والاستشفاء بالمياه أن الاستهلاك ارتفع.",
     "المدير العام للديوان الوطني للمياه المعدنية والاستشفاء بالمياه"),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_PRONOUNS)
def test_object_with_pronoun_ends_subject(analyse, text, expected):
    article = analyse([text])
    assert [q.speaker.text if q.speaker else None for q in article.quotes][:1] == [expected]


# (paragraph, speaker words): وهو / وهي after the subject opens an aside on it, not more of its name
ASIDES = [
    ("وقال عوديد فرايد وهو رئيس جماعة بارزة إن الهجوم لن يردع المنظمين.", "عوديد فرايد"),
    ("وأشارت سلمى وهي المسؤولة عن الدراسة إلى أن التمويل متاح.", "سلمى"),
    # an indefinite plural in ون right after the verb is its subject (the object would end in ين),
    # an unnamed source: no speaker
    ("وانتقد مغردون قرار الوزارة.", None),
    ("دعا مختصون الحكومة إلى خفض الضرائب.", None),
    ("ويقول تربويون مصريون إن ظاهرة الغش تعود إلى عدة أسباب.", None),
    # ضمن 'as part of' (an adjunct) says where it was said, no more of the subject
    ("وقال المتخصصون ضمن أعمال حملة التوعية إن الصيانة الدورية مهمة.", "المتخصصون"),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_aside_after_subject(analyse, text, expected):
    assert [q.speaker.text if q.speaker else None for q in analyse([text]).quotes][:1] == [expected]


# (paragraphs, [(cue, speaker words or None, content), ...]): a clause word before the verb (حيث، هل), a topic
# (فيما يتعلق بـ), a phrase of manner, a hearer (لهم، للصحفيين، لي), a channel or a preposition opening the
# content ends the speaker phrase or is none
NO_SPEAKER_WORDS = [
    # ب on a definite noun or a demonstrative right after the verb is a phrase of manner, no subject
    (["وقال الوزير إن الوضع صعب.", "وشدد بالمناسبة على أن الوضع لا يحتمل مزيدا من الاحتقان."],
     [("وقال", "الوزير", "الوضع صعب"), ("وشدد", "الوزير", "الوضع لا يحتمل مزيدا من الاحتقان")]),
    (["وقال الوزير إن الوضع صعب.", "وقال بهذا الصدد إن الحوار مستمر."],
     [("وقال", "الوزير", "الوضع صعب"), ("وقال", "الوزير", "الحوار مستمر")]),
    # verb_lead: حيث before the verb is no subject; the speaker is the one named before
    (["وتحدثت الممثلة هند صبري عن خلافها مع زميلتها، حيث أكدت أن نقاشا وقع بينهما."],
     [("أكدت", "هند صبري", "نقاشا وقع بينهما")]),
    # not_boundary: فيما يتعلق بـ X is a topic; the subject follows the verb
    (["وفيما يتعلق بالجانب التنظيمي، أكد رئيس اللجنة أن الاستعدادات اكتملت."],
     [("أكد", "رئيس اللجنة", "الاستعدادات اكتملت")]),
    # adjunct: a preposition with a pronoun names the hearer, not the speaker
    (["وقال المدرب محمد حسن إن الفريق جاهز.", "وقال لهم إن المباراة صعبة."],
     [("وقال", "محمد حسن", "الفريق جاهز"), ("وقال", "محمد حسن", "المباراة صعبة")]),
    # ... and so does the press or audience after the verb: the speaker is the one named before
    (["وقال وزير المالية إن العجز تراجع.", "وأضاف للصحافيين إن الموازنة جاهزة."],
     [("وقال", "وزير المالية", "العجز تراجع"), ("وأضاف", "وزير المالية", "الموازنة جاهزة")]),
    (["وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن اللقاء مفيد."],
     [("وقال", "ديمتري بيسكوف", "اللقاء مفيد")]),
    # ... a channel after ل is none: the speaker before it stays
    (["وقال وزير الخارجية لرويترز إن الاتفاق قائم."], [("وقال", "وزير الخارجية", "الاتفاق قائم")]),
    # ... منه after طلب is whom it was asked of, not what was asked
    (["وطلبت الفنانة هند من زوجها أن يحضر.", "وطلبت منه أن يكون شاهدا."],
     [("وطلبت", "الفنانة هند", "يحضر"), ("وطلبت", "الفنانة هند", "يكون شاهدا")]),
    # لي before a complementizer is 'to me'; before a name word it is the name Li
    (["وقالت المعلمة هند إن الطفل ذكي.", "ثم قالت لي إن المدرسة جيدة."],
     [("وقالت", "المعلمة هند", "الطفل ذكي"), ("قالت", "المعلمة هند", "المدرسة جيدة")]),
    (["وقال رئيس الوزراء الصيني لي كه شيانغ إن الاقتصاد قوي."], [("وقال", "لي كه شيانغ", "الاقتصاد قوي")]),
    # إلى opens what is called for; its key (الي) is no definite subject
    (["وقالت الوزيرة إن الوضع صعب.", "وتدعو إلى الحوار بين الأطراف."],
     [("وقالت", "الوزيرة", "الوضع صعب"), ("وتدعو", "الوزيرة", "إلى الحوار بين الأطراف")]),
    # verb_lead هل: a question word is no subject
    (["هل يعلن المدرب أحمد حسن اعتزاله خلال أيام"], [("يعلن", "أحمد حسن", "اعتزاله خلال أيام")]),
    # a phrase of manner (بشكل، بصورة) after the verb is no subject: the speaker is the one named before
    (["وقال المطرب حسام حبيب إن الحفل ناجح.", 'ونفى بشكل قاطع لـ"الجريدة" أن يكون قد تزوج.'],
     [("وقال", "حسام حبيب", "الحفل ناجح"), ("ونفى", "حسام حبيب", "يكون قد تزوج")]),
    (["أعلن الفنان السويدي بشكل مفاجئ توقفه عن تقديم العروض."],
     [("أعلن", "الفنان السويدي", "توقفه عن تقديم العروض")]),
    # verb_lead هكذا 'thus': no subject before the verb; the subject is written after it
    (["هكذا يرى المدرب أحمد حسن مستقبل الفريق بعد الهزيمة"], [("يرى", "أحمد حسن", "مستقبل الفريق بعد الهزيمة")]),
    # a speech verb's participle right after the verb is the manner of saying, not its subject
    # (وتابع شارحا); a feminine one in ة may begin a name instead (مشيرة خطاب); مغردون is a subject
    (["قال محمد العلي إن الوضع صعب.", 'وتابع شارحا: "الهدف رفع مستوى الوظائف".'],
     [("قال", "محمد العلي", "الوضع صعب"), ("وتابع", "محمد العلي", "الهدف رفع مستوى الوظائف")]),
    (["قالت منى العلي إن الوضع صعب.", 'وتابعت موضحة: "الهدف رفع مستوى الوظائف".'],
     [("قالت", "منى العلي", "الوضع صعب"), ("وتابعت", "منى العلي", "الهدف رفع مستوى الوظائف")]),
    (["وقالت مشيرة خطاب إن الوضع صعب."], [("وقالت", "مشيرة خطاب", "الوضع صعب")]),
    (["قال محمد العلي إن الوضع صعب.", "وقال مغردون إن الصورة مزيفة."],  # an unnamed subject: no speaker
     [("قال", "محمد العلي", "الوضع صعب"), ("وقال", None, "الصورة مزيفة")]),
]


@pytest.mark.parametrize(("body", "expected"), NO_SPEAKER_WORDS)
def test_words_that_are_no_speaker(spoken, body, expected):
    found = spoken(body)
    assert found == expected


def test_no_verb_after_clause_word(analyse):
    """ثم/حيث followed by a verb: the verb and its object (أعاد تغريدة، تكن التوقعات) name no speaker."""
    article = analyse(["وقال الخبير محمد حسن إن التضخم تراجع.",
                       "وفاجأت الأرقام الأسواق، حيث لم تكن التوقعات تشير إلى ذلك."])
    assert {q.speaker.text for q in article.quotes if q.speaker} == {"محمد حسن"}


# (paragraph, speaker words): a noun whose own first letter is ل (lam_noun) is no hearer, so the
# subject or the title's body goes on through it
LAM_NOUNS = [
    ("وقالت لجنة الانتخابات إن النتائج ستعلن غدا.", "لجنة الانتخابات"),
    ("وقال لاعب الفريق إن النتائج ستعلن غدا.", "لاعب الفريق"),
    ("قال رئيس لجنة الخطة والموازنة بمجلس النواب، حسين عيسى، إن النتائج ستعلن غدا.", "حسين عيسى"),
]


@pytest.mark.parametrize(("text", "speaker"), LAM_NOUNS)
def test_lam_noun_is_no_hearer(analyse, text, speaker):
    assert [q.speaker.text if q.speaker else None for q in analyse([text]).quotes] == [speaker]


# (paragraph, speaker words): 'according to' after the subject names its source, not more of its name
SOURCES = [
    ("أكد موقع فووت ميركاتو وفقا لبعض المصادر أن اللاعب يرغب في الرحيل.", "موقع فووت ميركاتو"),
    ("وذكرت صحيفة الغارديان نقلا عن مسؤولين أن المفاوضات توقفت.", "صحيفة الغارديان"),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source_after_subject(analyse, text, expected):
    assert [q.speaker.text if q.speaker else None for q in analyse([text]).quotes][:1] == [expected]


# (paragraph, [(cue, speaker words or None, content), ...]): a quotation opening with a
# complementizer is what was said, never part of the subject's name; a time adverb is no subject
SUBJECT_STOPS = [
    ('وتابعت الوزارة "أن المصرف شريك في الخطة".', [("وتابعت", "الوزارة", "أن المصرف شريك في الخطة")]),
    ('وقالت صحيفة "الأيام" إن الوزير استقال.', [("وقالت", 'صحيفة "الأيام"', "الوزير استقال")]),
    ("وأغلقت تركيا الحدود وصرحت بعدها أن المعبر سيفتح غدا.", [("وصرحت", "تركيا", "المعبر سيفتح غدا")]),
    # مع أن 'although' opens the writer's concession, no reported words
    ("ورحبت الحكومة بالقرار، مع أن الأسعار ما زالت مرتفعة.",
     [("ورحبت", "الحكومة", "بالقرار، مع أن الأسعار ما زالت مرتفعة")]),
    # an indefinite message noun is the object of the verb the sentence opens with, no word of its subject
    ("ووجه مفتي البلاد نداء للشباب بالابتعاد عن الفتن، مشددا على أن الوطن أمانة.",
     [("مشددا", "مفتي البلاد", "الوطن أمانة")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_STOPS)
def test_subject_stops(spoken, text, expected):
    assert spoken([text]) == expected


# (paragraph, [(cue, speaker words or None, content), ...]): an unnamed source placed in a body
# stays unnamed, unless a person is named right after the body: that person holds the post
PLACED_SOURCES = [
    ("وقالت المسؤولة في منظمة العفو الدولية سارة حسن إن التحقيق مستمر.",
     [("وقالت", "سارة حسن", "التحقيق مستمر")]),
    ("وقال مسؤول في وزارة الداخلية محمد العلي إن الوضع هادئ.", [("وقال", "محمد العلي", "الوضع هادئ")]),
    ("وقال مسؤول في وزارة الداخلية إن الوضع هادئ.", [("وقال", None, "الوضع هادئ")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_SOURCES)
def test_person_named_after_a_placed_source(spoken, text, expected):
    assert spoken([text]) == expected
