import pytest

# (paragraph, content): في and an utterance after the subject (في تصريح إعلامي، في بيان لها) say how
# it was said; the content follows them
STATEMENT_ADJUNCTS = [
    ("ونفت الوزارة في بيان لها صحة الأنباء.", "صحة الأنباء"),
    ("واستنكر الحزب في تصريح إعلامي عدم دعوته إلى الاجتماع.", "عدم دعوته إلى الاجتماع"),
    # في before anything else may open the content
    ("وأكد الوزير في المؤتمر ضرورة الحوار.", "في المؤتمر ضرورة الحوار"),
    # ... and the clause naming the statement's publisher goes with it
    ("وأكدت تونس في بيان أصدرته وزارة الشؤون الخارجية عن تضامنها الكامل مع الحكومة.",
     "عن تضامنها الكامل مع الحكومة"),
    # a phrase between commas that opens with عن is the content, not an aside
    ("أعلن الجيش في بيان السبت، عن مقتل 45 عنصرا من التنظيم، في غارات جوية.",
     "عن مقتل 45 عنصرا من التنظيم، في غارات جوية"),
    # 'in the same statement', 'in the statement itself', also with the subject before the verb
    ("عصام الشابي دعا في نفس التصريح الحكومة إلى احترام الاتفاق.", "الحكومة إلى احترام الاتفاق"),
    ("ونفى الحزب في البيان ذاته صحة الأنباء.", "صحة الأنباء"),
    # the statement with its owner's pronoun (ة written ت before it)
    ("ودعا المبعوث في بيانه الحكومة إلى احترام الاتفاق.", "الحكومة إلى احترام الاتفاق"),
    ("وطالبت الوزيرة في تصريحاتها الشركات بخفض الأسعار.", "الشركات بخفض الأسعار"),
    ("ونفى الحزب في رسالته صحة الأنباء.", "صحة الأنباء"),
    # a defined noun with a pronoun is no such phrase: في opens the content
    ("وأكد الوزير في مؤتمره ضرورة الحوار.", "في مؤتمره ضرورة الحوار"),
]


@pytest.mark.parametrize(("text", "content"), STATEMENT_ADJUNCTS)
def test_statement_adjunct_before_content(analyse, text, content):
    assert [q.content for q in analyse([text]).quotes] == [content]


# (paragraph, content): an aside between commas, a time or a relational adverb between the subject
# and the content is stepped over
ASIDES = [
    ("قال أردوغان، في تصريحات نقلتها وكالة الأناضول، إن بلاده لن تتراجع.", "بلاده لن تتراجع"),
    ("ورحبت باريس رسمياً بتعاونهما في التحقيق.", "بتعاونهما في التحقيق"),
]


@pytest.mark.parametrize(("text", "content"), ASIDES)
def test_adjuncts_before_content(analyse, text, content):
    assert [q.content for q in analyse([text]).quotes] == [content]


# (paragraph, [(cue, speaker words or None, content), ...]): في and a phrase ending with a time, or a
# time phrase of cues.tsv (time_adjunct), say when it was said: the noun-phrase content follows it
TIME_PHRASES = [
    ("وكانت الشركة قد أعلنت في وقت سابق من هذا العام عن أول استثمار لها.",
     [("أعلنت", "الشركة", "عن أول استثمار لها")]),
    ("وأعلنت الوزارة في وقت سابق عن إصابة عشرة أشخاص.", [("وأعلنت", "الوزارة", "عن إصابة عشرة أشخاص")]),
    ("وقد أعلنت الشركة في تشرين الثاني/نوفمبر تغيير شكل التطبيق.",
     [("أعلنت", "الشركة", "تغيير شكل التطبيق")]),
    ("أعلن الوزراء في ختام اجتماعهم السبت عن خيبتهم من القرار.", [("أعلن", "الوزراء", "عن خيبتهم من القرار")]),
    ("ونفى الوزير في الوقت ذاته وجود أي خلاف.", [("ونفى", "الوزير", "وجود أي خلاف")]),
    ("وأعلنت الحكومة في نهاية الأسبوع الماضي إغلاق المعبر.", [("وأعلنت", "الحكومة", "إغلاق المعبر")]),
    # a time further from في is the content's
    ("ونفى الوزير في اجتماع الحكومة وقوع انفجار يوم الأحد.",
     [("ونفى", "الوزير", "في اجتماع الحكومة وقوع انفجار يوم الأحد")]),
    ("ونفى الوزير في اجتماع وقوع انفجار يوم الأحد في المدينة.",
     [("ونفى", "الوزير", "في اجتماع وقوع انفجار يوم الأحد في المدينة")]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_PHRASES)
def test_time_phrase_before_content(spoken, text, expected):
    assert spoken([text]) == expected
