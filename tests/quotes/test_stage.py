"""Quotations in short composed paragraphs: cue, kind, content, speaker words and channel."""

from __future__ import annotations

import pytest

from khabar.quotes import Options, run


def _speaker_words(quote) -> str | None:
    return quote.speaker.text if quote.speaker else None


# (paragraphs, [(cue, kind, content, speaker words or None, via words or None), ...])
CASES = [
    # indirect speech after a verb, subject after it, time in the attribution
    (["قالت الوزارة الثلاثاء إن الوضع مستقر في المدينة."],
     [("قالت", "indirect", "الوضع مستقر في المدينة", "الوزارة", None)]),
    # the clause ends at ، فيما; the second clause is its own statement
    (["قال الوزير إن المفاوضات مستمرة، فيما نفى المتحدث باسم الحركة وجود أي اتفاق."],
     [("قال", "indirect", "المفاوضات مستمرة", "الوزير", None),
      ("نفى", "indirect", "وجود أي اتفاق", "المتحدث باسم الحركة", None)]),
    # direct quotation after the verb; implicit subject of وأضافت takes the last feminine speaker
    (["قالت الوزارة إن الهجوم فشل.", 'وأضافت "لن نسمح بتكرار ما حدث في المدينة".'],
     [("قالت", "indirect", "الهجوم فشل", "الوزارة", None),
      ("وأضافت", "direct", "لن نسمح بتكرار ما حدث في المدينة", "الوزارة", None)]),
    # implicit subject agrees in gender: وأضاف skips the feminine speaker
    (["قال الوزير إن الاتفاق قريب.", "وقالت الوزارة إن الموعد لم يحدد.", "وأضاف أن الجولة المقبلة في القاهرة."],
     [("قال", "indirect", "الاتفاق قريب", "الوزير", None),
      ("وقالت", "indirect", "الموعد لم يحدد", "الوزارة", None),
      ("وأضاف", "indirect", "الجولة المقبلة في القاهرة", "الوزير", None)]),
    # mixed: reported content holding quoted words
    (['وقال الوزير إن الحريق يمثل "مخططا لضرب البلد".'],
     [("وقال", "mixed", 'الحريق يمثل "مخططا لضرب البلد"', "الوزير", None)]),
    # participle after a comma: the sentence's speaker
    (["أكد الوزير أن الاقتصاد سيتعافى، مشيرا إلى أن الصادرات ارتفعت."],
     [("أكد", "indirect", "الاقتصاد سيتعافى", "الوزير", None),
      ("مشيرا", "indirect", "الصادرات ارتفعت", "الوزير", None)]),
    # noun-phrase content after a denial verb, preposition opening the content
    (["وشدد الوزير على ضرورة التعاون بين البلدين."],
     [("وشدد", "indirect", "ضرورة التعاون بين البلدين", "الوزير", None)]),
    # channel: نقلت وكالة X عن Y قوله
    (["نقلت وكالة الأنباء عن وزير الخارجية قوله إن بلاده لن تتراجع."],
     [("قوله", "indirect", "بلاده لن تتراجع", "وزير الخارجية", "وكالة الأنباء")]),
    # statement with its owner and a relaying channel
    (['وجاء في بيان للوزارة ونقلته وسائل إعلام محلية "نرفض هذه الاتهامات جملة وتفصيلا".'],
     [("وجاء في بيان", "direct", "نرفض هذه الاتهامات جملة وتفصيلا", "الوزارة", "وسائل إعلام محلية")]),
    # a later البيان speaks for the statement's owner
    (['وجاء في بيان للوزارة "نرفض هذه الاتهامات جملة وتفصيلا".', "وشدد البيان على أن الجيش مستعد."],
     [("وجاء في بيان", "direct", "نرفض هذه الاتهامات جملة وتفصيلا", "الوزارة", None),
      ("وشدد البيان", "indirect", "الجيش مستعد", "الوزارة", None)]),
    # 'according to' after the content
    (["اقتحم محتجون مبنى القنصلية، وفقا لبيان صادر عن الشرطة المحلية."],
     [("وفقا لبيان صادر عن", "indirect", "اقتحم محتجون مبنى القنصلية", "الشرطة المحلية", None)]),
    # 'according to' before the content
    (["وحسب مصادر مطلعة فإن المفاوضات توقفت."],
     [("وحسب", "indirect", "المفاوضات توقفت", None, None)]),
    # unnamed sources have no speaker
    (["وقال مسؤولون إن بعض الصناديق احترقت."],
     [("وقال", "indirect", "بعض الصناديق احترقت", None, None)]),
    # a quotation followed by its verb
    (['"لن نتراجع عن قرارنا أبدا"، قال الوزير.'],
     [("قال", "direct", "لن نتراجع عن قرارنا أبدا", "الوزير", None)]),
    # an adverb of manner between the quotation and its verb
    (['"لن نتراجع عن قرارنا أبدا"، هكذا قال الوزير للصحفيين.'],
     [("قال", "direct", "لن نتراجع عن قرارنا أبدا", "الوزير", None)]),
    # a reporter named only in a credit line is not the article's first person: no one speaks
    (["عبدالرحمن الشهري – عسير", "وأكدت أن الانتحاري كان في منتصف المسجد."],
     [("وأكدت", "indirect", "الانتحاري كان في منتصف المسجد", None, None)]),
    # a person named in a sentence is, though only once
    (["زار عبدالرحمن الشهري المسجد.", "وأكد أن الانتحاري كان في منتصف المسجد."],
     [("وأكد", "indirect", "الانتحاري كان في منتصف المسجد", "عبدالرحمن الشهري", None)]),
    # a relaying verb and the verbal noun قول in construct with the speaker: the name after it speaks
    (["ونقلت وكالة الأنباء قول وزير الخارجية إن بلاده لن تتراجع."],
     [("ونقلت", "indirect", "بلاده لن تتراجع", "وزير الخارجية", "وكالة الأنباء")]),
    # an outlet's name in marks is no content: the quotation after the colon is
    (['ونقلت صحيفة "لا جازيتا ديلو سبورت" الإيطالية قول سامر :" كل ما يقال حول ماريو هو ثرثرة".'],
     [("ونقلت", "direct", "كل ما يقال حول ماريو هو ثرثرة", "سامر", 'صحيفة "لا جازيتا ديلو سبورت" الإيطالية')]),
    # a channel after the speaker: لـ + media
    (["وقال الناطق باسم الشرطة لوكالة الأنباء إن النيران اشتعلت في المخزن."],
     [("وقال", "indirect", "النيران اشتعلت في المخزن", "الناطق باسم الشرطة", "وكالة الأنباء")]),
    # a topic before its verb: أما X فـ...
    (["أما الحكومة فتنفي وجود أي اتفاق."],
     [("فتنفي", "indirect", "وجود أي اتفاق", "الحكومة", None)]),
    # a passive verb (damma written on its first letter) with a noun: its subject, nothing said
    (["كُشفت في العلن تفاصيل العلاقة."], []),
    # the author's own voice (first person) is no report
    (["ندعو الجميع إلى المشاركة في الانتخابات."], []),
    # idioms are no speech: لفت النظر
    (["لفت الحادث النظر إلى ضعف الإجراءات."], []),
    # impersonal يذكر أن and subordinate بعد أن are no quotations
    (["يذكر أن الانتخابات جرت في مايو.", "وصل الوفد بعد أن انتهى الاجتماع."], []),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_body_quotes(analyse, body: list[str], expected: list[tuple]) -> None:
    article = analyse(body)
    got = [(q.cue, q.kind, q.content, _speaker_words(q), q.via.text if q.via else None) for q in article.quotes]
    assert got == expected
    for q in article.quotes:
        assert article.unit(q.field, q.paragraph)[q.start:q.end] == q.content


def test_headline_and_deck(analyse) -> None:
    article = analyse(["وقع الحادث في المدينة."], headline="الوزير: لا تراجع عن الإصلاحات",
                      deck="الوزارة تقول إن الإصلاحات مستمرة ولافروف ينفي وجود خلاف.")
    got = [(q.field, q.cue, q.content) for q in article.quotes]
    assert got == [("headline", ":", "لا تراجع عن الإصلاحات"),
                   ("deck", "تقول", "الإصلاحات مستمرة"),
                   ("deck", "ينفي", "وجود خلاف")]
    assert article.quotes[1].speaker.text == "الوزارة"


# (headline, speaker words, channel words, content): X للعربية: / X لـ"العربية.نت": — X speaks to the
# outlet; the mark inside the quoted outlet name neither ends the speaker nor counts as a word
HEADLINE_OUTLETS = [
    ("وزير الخارجية للعربية: لن نقبل بالتدخل", "وزير الخارجية", "للعربية", "لن نقبل بالتدخل"),
    ('مسؤول يمني لـ"العربية.نت": الحوثيون يخرقون الهدنة', None, "العربية.نت", "الحوثيون يخرقون الهدنة"),
    ("مصادر أفغانية لـ«الشرق الأوسط»: طالبان تتقدم", None, "الشرق الأوسط", "طالبان تتقدم"),
    # ل glued to a name is whom the words are addressed to, neither speaker nor channel
    ("خبراء لترامب: سياساتك تعيدنا للكساد العظيم", None, None, "سياساتك تعيدنا للكساد العظيم"),
    ("روحاني لترامب: لا تلعب بذيل الأسد", "روحاني", None, "لا تلعب بذيل الأسد"),
    # ... and ل glued to a group of people (للشباب); a title alone speaks (المفتي، سيناتور)
    ("المفتي للشباب: ابتعدوا عن الفتن", "المفتي", None, "ابتعدوا عن الفتن"),
    ("سيناتور لـCNN: مهاجمة سوريا خطأ كبير", "سيناتور", None, "مهاجمة سوريا خطأ كبير"),
]


@pytest.mark.parametrize(("headline", "speaker", "via", "content"), HEADLINE_OUTLETS)
def test_headline_speaker_to_outlet(analyse, headline, speaker, via, content) -> None:
    article = analyse(["وقع الحادث في المدينة."], headline=headline)
    assert [(_speaker_words(q), q.via.text if q.via else None, q.content) for q in article.quotes] \
        == [(speaker, via, content)]


def test_when_from_attribution_clause(analyse) -> None:
    article = analyse(["قالت الوزارة الثلاثاء إن الوضع مستقر.",
                       "ونقلت الوكالة عن الوزير قوله الثلاثاء إن المفاوضات مستمرة."])
    assert [q.when for q in article.quotes] == ["2017-11-14", "2017-11-14"]
    assert analyse(["قال الوزير إن الوضع مستقر."]).quotes[0].when is None


def test_speaker_linked_to_entity(analyse) -> None:
    article = analyse(["وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تتراجع."])
    quote = article.quotes[0]
    entity = next(e for e in article.entities if e.id == quote.speaker.entity)
    assert entity.type == "PER"
    assert any("لافروف" in m.text for m in entity.mentions)


def test_lead_copy_deck_adds_nothing(analyse) -> None:
    body = ["قالت الوزارة إن الوضع مستقر في المدينة بعد الهجوم."]
    article = analyse(body, deck="قالت الوزارة إن الوضع مستقر في المدينة بعد الهجوم.")
    assert [q.field for q in article.quotes] == ["body"]
    article = run(analyse(body, deck=body[0]), Options(skip_lead_copies=False))
    assert [q.field for q in article.quotes] == ["deck", "body"]


# (paragraphs, speaker words of the last quotation): words that name no one (a lone word with a plural
# pronoun, words holding a clause's function word) keep their quotation but are not remembered, so a
# later verb without a subject takes the speaker named before
PLAIN_WORD_SPEAKERS = [
    (["قال الوزير إن الوضع جيد.", "ونوه بضرورة فضحهم وكشف خفاياهم لأنهم دعاة ضلال.", "وأضاف أن الحل قريب."],
     "الوزير"),
    # a lone noun may name one (a whistleblower), and a definite noun does (الوزيرة)
    (["قال الوزير إن الوضع جيد.", "وقال واشٍ، عمل مع الشركة، إنه جمع البيانات.", "وأضاف أن الحل قريب."], "واشٍ"),
    (["قال الوزير إن الوضع جيد.", "وقالت الوزيرة إن الحل قريب.", "وأضافت أن الحوار مستمر."], "الوزيرة"),
]


@pytest.mark.parametrize(("body", "expected"), PLAIN_WORD_SPEAKERS)
def test_plain_words_are_not_remembered(analyse, body, expected) -> None:
    assert _speaker_words(analyse(body).quotes[-1]) == expected


# a participle goes on with the statement just before it in its sentence: its speaker, not the
# words opening the sentence (a medium that could not reach anyone, a title set off before the name)
PARTICIPLE_AFTER_A_STATEMENT = [
    (['ولم تتمكن «الشرق الأوسط» من الحصول على رد رسمي، إلا أن المصدر يقول إن فرنسا «تطارد المتطرفين»، '
      "مشيرا إلى أن لديها قاعدة قريبة."], [None, None]),
    (["وقال مدير عام الامتحانات بوزارة التربية، عمر الولباني في تصريح إعلامي إن الورقة أصبحت مضاعفة، "
      "مبينا أنه تم افراد روزنامة لكل امتحان."], ["عمر الولباني", "عمر الولباني"]),
    # a feminine participle after a feminine speaker
    (["وقالت الوزيرة سلمى اللومي إن الموسم ناجح، مشيرة إلى أن العائدات ارتفعت."], ["سلمى اللومي", "سلمى اللومي"]),
    # a plural participle after an unnamed group written after its verb (singular before its subject)
    (["وقال الرئيس ماكرون إن الوضع صعب.", "واعترف قادة العالم بأن أهم الأسباب هو الانبعاثات، مؤكدين ضرورة التصدي لها."],
     ["ماكرون", "قادة العالم", "قادة العالم"]),
    # but not after one named person
    (["وقال المحتجون إن الوضع صعب.", "وقال الرئيس ماكرون إن الأسباب معروفة، مؤكدين ضرورة التصدي لها."],
     ["المحتجون", "ماكرون", "المحتجون"]),
]


@pytest.mark.parametrize(("body", "expected"), PARTICIPLE_AFTER_A_STATEMENT)
def test_participle_goes_on_with_the_statement_before(analyse, body, expected) -> None:
    assert [_speaker_words(q) for q in analyse(body).quotes] == expected


# لأن is 'because', never a complementizer: the content is what the verb governs, not the reason after it
BECAUSE = [
    ("وطالب المدرب بإحالة الحكم إلى محكمة رياضية لأنه تغاضى عن ركلة جزاء.", "بإحالة الحكم"),
    ("وتنتقد النقابات تخصيص مدخل لهذه الفئة لأنها تؤدي إلى طوابير.", "تخصيص مدخل"),
]


@pytest.mark.parametrize(("text", "opening"), BECAUSE)
def test_because_opens_no_content(analyse, text, opening) -> None:
    (quote,) = analyse([text]).quotes
    assert quote.content.startswith(opening)


# the source after عن of a relaying verb speaks whatever its gender: the verb agrees with the channel
RELAYED_SOURCES = [
    ('ونقل موقع كورة عن صحيفة "توتو سبورت" الإيطالية أن برشلونة يراقب اللاعب.', 'صحيفة "توتو سبورت" الإيطالية'),
    ("ونقلت وكالة رويترز عن الوزير أن الاتفاق قريب.", "الوزير"),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED_SOURCES)
def test_relayed_source_speaks(analyse, text, expected) -> None:
    assert [_speaker_words(q) for q in analyse([text]).quotes] == [expected]


# (paragraphs, speaker words of each quotation): a verb whose subject is never written takes the
# article's first person only once that person is named, not one the story names later
FIRST_PERSON_ONCE_NAMED = [
    (["أعلن، الأربعاء، عن وفاة اللاعب السابق لنادي برشلونة.",
      "وكان الرئيس الأمريكي دونالد ترامب قد زار النادي عام 2017."], [None]),
    (["زار الرئيس الأمريكي دونالد ترامب النادي عام 2017.", "وأعلن، الأربعاء، عن دعمه للفريق."],
     ["دونالد ترامب"]),
]


@pytest.mark.parametrize(("body", "expected"), FIRST_PERSON_ONCE_NAMED)
def test_first_person_only_once_named(analyse, body, expected) -> None:
    assert [_speaker_words(q) for q in analyse(body).quotes] == expected



# (paragraph, [(cue, negated)]): a cue denied by the particle right before it is kept, marked
# negated, as the events stage marks a denied statement; a denial inside the content is none
DENIED = [
    ("ولم يؤكد الوزير أن الحكومة ستدعم المزارعين.", [("يؤكد", True)]),
    ("وقال مصدر مطلع إن الحكومة ستتدخل. لكن الوزارة لم تعلن أنها ستتدخل.", [("وقال", False), ("تعلن", True)]),
    ("وأكد الوزير أن الحكومة لا تدعم المزارعين.", [("وأكد", False)]),
]


@pytest.mark.parametrize(("text", "expected"), DENIED)
def test_denied_cue_is_marked(analyse, text, expected) -> None:
    assert [(q.cue, q.negated) for q in analyse([text]).quotes] == expected
