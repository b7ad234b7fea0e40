"""Speakers a phrase names (khabar.quotes.speakers): relayed and unnamed sources."""

from __future__ import annotations

import pytest

# (paragraph, (cue, speaker words or None, via words or None))
RELAYED = [
    # a relaying verb with عن and a complementizer: the source speaks, the relayer is the channel
    ("ونقلت وكالة الأنباء الرسمية عن الرئيس أن الانتخابات ستجرى في موعدها.",
     ("ونقلت", "الرئيس", "وكالة الأنباء الرسمية")),
    # an unnamed source keeps no name, whatever its country
    ("ونقلت رويترز عن مسؤول إسرائيلي قوله إن الأنباء غير صحيحة.", ("قوله", None, "رويترز")),
    ("وقال دبلوماسي غربي إن القرار نهائي.", ("وقال", None, None)),
    # the words kept as its name are the source's head and its country: still unnamed
    ("وذكر مصدر امني مسؤول بمنطقة الأمن انه تم حجز أسلحة.", ("وذكر", None, None)),
    # a named office keeps its words
    ("وقال وزير الخارجية الإسرائيلي إن القرار نهائي.", ("وقال", "وزير الخارجية الإسرائيلي", None)),
    # an unnamed source placed by في before its verb, a person in the genitive there: still unnamed
    ("ووصل الوزير إلى المدينة، لكن مسؤولا أمنيا في جيش حفتر قال إن الوضع هادئ.", ("قال", None, None)),
    # a title placed by في keeps the holder named after it
    ("وقالت مفوضة التجارة في الاتحاد الأوروبي سيسيليا مالمستروم إن القرار سيئ.",
     ("وقالت", "سيسيليا مالمستروم", None)),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED)
def test_relayed_and_unnamed_sources(analyse, text, expected):
    (quote,) = analyse([text]).quotes
    assert (quote.cue, quote.speaker.text if quote.speaker else None, quote.via.text if quote.via else None) == expected


# (paragraphs, speaker words of each quotation): a document not named before speaks for the owner
# written with it, or for itself when none is; later verbs without a subject are not its words
DOCUMENTS = [
    # the noun in construct with it
    (["وقالت المفوضية الأوروبية إن الرسوم غير قانونية.", "ويشير بيان المفوضية إلى أن الآلية ستبدأ."],
     ["المفوضية الأوروبية", "المفوضية الأوروبية"]),
    # a body after ل, tagged or not (its ل dropped), and a later التقرير is the same document
    (['كشف تقرير لوكالة "موديز" أن الديون كبيرة.', "وأضاف التقرير أن النمو بطيء."], ["موديز", "موديز"]),
    (["وقال بيان للنيابة الإدارية إنها تلقت بلاغا."], ["النيابة الإدارية"]),
    # ... also when the tagger took the ل into the body's mention (للخارجية → الخارجية)
    (["وأكد بيان للخارجية الأمريكية أن الوزير سيسافر."], ["الخارجية الأمريكية"]),
    # after صادر عن
    (["أشار تقرير صادر عن المكتب التجاري المصري إلى أن الصادرات تنوعت."], ["المكتب التجاري المصري"]),
    # no owner: the document itself, not the speaker named before, and not remembered for وأضاف
    (["وقال الوزير إن الوضع صعب.", "وقال بيان حكومي إن الاستثمار سيرتفع.", "وأضاف أن الحكومة ستتحرك."],
     ["الوزير", "بيان حكومي", "الوزير"]),
    # an adjective spelt with a leading ال is no construct
    (["وكشفت رسالة إلكترونية مسربة أن الوضع صعب."], ["رسالة إلكترونية مسربة"]),
]


@pytest.mark.parametrize(("body", "expected"), DOCUMENTS)
def test_documents_speak_for_their_owner(analyse, body, expected):
    assert [q.speaker.text if q.speaker else None for q in analyse(body).quotes] == expected


def test_no_verb_heads_a_speaker(analyse):
    """A phrase opening with a finite verb (وأكدت، وخرجت أقاويل) is a clause, never a speaker:
    the speaker named before says it (khabar.arabic.verbs.is_finite_verb)."""
    article = analyse(["وقالت الفنانة نانسي عجرم إن الحفل ناجح.",
                       "وعند سؤالها عن الإشاعة نفتها وأكدت أنها لم تسمع بها.",
                       "وخرجت أقاويل تشير إلى أن الحفل ألغي."])
    speakers = [q.speaker.text for q in article.quotes if q.speaker]
    assert speakers[:2] == ["نانسي عجرم", "نانسي عجرم"]
    assert not any(s.startswith(("وأكدت", "وخرجت")) for s in speakers)


# (paragraphs, speaker words of each quotation): 'the same source' is whoever spoke last, named or not
SAME_SOURCE = [
    (["قال رئيس الاتحاد الجهوي عبد الرزاق كرشان إن الإضراب متواصل.", 'وأضاف ذات المصدر انه "وقع اعتقال بحارة".',
      "وأكد نفس المصدر أن الوضع متوتر.", "وأوضح المصدر نفسه أن الأمن تدخل."],
     ["عبد الرزاق كرشان"] * 4),
    (["وقال مصدر أمني إن التحقيق جار.", "وأضاف المصدر ذاته أن المتهمين أوقفوا."], [None, None]),
]


@pytest.mark.parametrize(("body", "expected"), SAME_SOURCE)
def test_the_same_source_spoke_last(analyse, body, expected):
    assert [q.speaker.text if q.speaker else None for q in analyse(body).quotes] == expected


def test_a_name_after_a_body_noun_names_the_body(analyse):
    # بمكتب إرشاد الحافلات: a name a tagger may read as a person's heads the office's name; the
    # person named after the title's qualifiers speaks
    text = "وأوضح نائب المدير العام بمكتب إرشاد الحافلات بالمدينة المنورة مروان بن عبدالعزيز خاشقجي أن الخطة جاهزة."
    quote = analyse([text]).quotes[0]
    assert quote.speaker is not None and quote.speaker.text == "مروان بن عبدالعزيز خاشقجي"


# (paragraph, speaker words): a title's name may follow it between commas, but a phrase between
# commas opening with 'according to', an adjunct or a preposition is an aside, never the name
TITLE_ASIDES = [
    ("وشدد الوزير، وفق بلاغ صادر عن وزارة التكوين، على ضرورة التنسيق مع السفارة.", "الوزير"),
    ("وأكد الوزير، حسب بلاغ للوزارة، أن التنسيق ضروري.", "الوزير"),
    ("وقال المتحدث باسم الوزارة، محمد علي، إن التنسيق ضروري.", "محمد علي"),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_ASIDES)
def test_an_aside_after_a_title_is_no_name(analyse, text, expected):
    (quote,) = analyse([text]).quotes
    assert quote.speaker is not None and quote.speaker.text == expected


# (paragraph, [(cue, speaker words or None, content), ...]): the name after 'is called' (يدعى/تدعى)
# is the speaker's, up to the first mark; the words before it only say who the named one is
NAMED_BY_NAMING = [
    ("وقال أحد المصلين ويدعى سامر الخطيب إن الخطبة طالت.", [("وقال", "سامر الخطيب", "الخطبة طالت")]),
    ("وقالت امرأة تدعى مريم إن ابنها فقد.", [("وقالت", "مريم", "ابنها فقد")]),
    ('وصرح أحد المزارعين ويدعى جميل الحداد "الموسم سيئ هذا العام بسبب الجفاف".', [("وصرح", "جميل الحداد", "الموسم سيئ هذا العام بسبب الجفاف")]),
    ('ونقلت الوكالة عن طالب يدعى كريم، جاء من بعيد، قوله: "أريد أن أتكلم".',
     [("قوله", "كريم", "أريد أن أتكلم")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BY_NAMING)
def test_name_after_naming_speaks(spoken, text, expected):
    assert spoken([text]) == expected


def test_the_speaker_is_not_its_own_channel(analyse):
    """The body a document's ل names speaks through the document, not through itself as an outlet
    (لرويترز stays a channel)."""
    quotes = analyse(["وأكد بيان للخارجية الأمريكية أن الوزير سيسافر.", "وقال الوزير لرويترز إن الاتفاق قريب."]).quotes
    assert [q.via.text if q.via else None for q in quotes] == [None, "رويترز"]


# a body in construct with a person (office_body): the body speaks, not the person
PERSONS_BODIES = [
    ("وقالت إدارة الرئيس الأمريكي دونالد ترامب إن المكتب سيغلق.", "إدارة الرئيس الأمريكي دونالد ترامب"),
    ("وقال مكتب رئيس الوزراء بنيامين نتنياهو إن الزيارة ألغيت.", "مكتب رئيس الوزراء بنيامين نتنياهو"),
    ('وقالت حركة "نور الدين زنكي" إنها قتلت عشرين عنصرا.', 'حركة "نور الدين زنكي"'),
    # a title heads the phrase: the person holds it and speaks
    ("وقال مدير مكتب الرئيس محمود عباس إن الاجتماع ألغي.", "محمود عباس"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), PERSONS_BODIES)
def test_a_persons_body_speaks(analyse, paragraph, speaker):
    assert [q.speaker.text if q.speaker else None for q in analyse([paragraph]).quotes] == [speaker]


# (paragraph, speaker words or None): a count or proportion heading a group of people named by
# what they are speaks (cues.tsv quantity: عدد، مجموعة، كثير، عشرات); a group of unnamed sources
# (المسؤولين، الناشطين) stays unnamed
COUNTED_GROUPS = [
    ("وعبر عدد من اليمنيين عن شكرهم للمملكة.", "عدد من اليمنيين"),
    ("وقال بعض المحتجين إن القرار ظالم.", "بعض المحتجين"),
    ("وعبرت مجموعة من اليمنيين عن شكرهم للمملكة.", "مجموعة من اليمنيين"),
    ("وأكد كثير من المواطنين أن الخدمة تحسنت.", "كثير من المواطنين"),
    ("وقال عشرات المحتجين إن القرار ظالم.", "عشرات المحتجين"),
    ("وأكد عدد من المسؤولين أن القرار نهائي.", None),
]


@pytest.mark.parametrize(("paragraph", "speaker"), COUNTED_GROUPS)
def test_a_counted_group_of_people_speaks(said, paragraph, speaker):
    assert [s for _, _, s in said([paragraph])] == [speaker]
