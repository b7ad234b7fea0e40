"""Clause-level helpers of the events stage."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.arabic.inflection import fold
from khabar.events import extract_events
from khabar.events.discourse import sentence_time_tokens
from khabar.events.lexicon import word_set
from khabar.model import Article, Source, TimeExpr

from .composed import analyse, parties, statement_parties

TEXT = "التقى الوزير يوم الاثنين الماضي السفير. وغادر مساء الثلاثاء."


def _time(text: str, field: str = "body", paragraph: int = 0) -> TimeExpr:
    start = TEXT.index(text)
    return TimeExpr(text, field, paragraph, start, start + len(text))


@pytest.mark.parametrize(("times", "expected"), [
    ([], []),
    ([_time("يوم الاثنين الماضي")], ["يوم", "الاثنين", "الماضي"]),
    ([_time("الاثنين"), _time("الثلاثاء")], ["الاثنين"]),  # the second time is in the next sentence
    ([_time("يوم الاثنين", paragraph=1)], []),  # another paragraph's time
    ([_time("يوم الاثنين", field="headline")], []),
])
def test_time_tokens_are_the_sentence_tokens_starting_in_a_time(times: list[TimeExpr], expected: list[str]) -> None:
    article = Article(id="t", source=Source(kind="test"), body=[TEXT, TEXT], times=times)
    first = [t for t in tokenize(TEXT) if t.end <= TEXT.index(".") + 1]
    assert [first[k].text for k in sorted(sentence_time_tokens(article, "body", 0, first))] == expected


@pytest.mark.parametrize(("text", "event"), [
    # after إنه/أنها the pronoun is the subject: the actor after the verb is its object
    ("قال الوزير إنه التقى السفير الأمريكي في القاهرة.", ("التقى", "الوزير", "السفير الأمريكي")),
    ("أعلنت الشرطة أنها اعتقلت ثلاثة مشتبه بهم.", ("اعتقل", "الشرطة", "ثلاثة مشتبه بهم")),
    # with an auxiliary between
    ("أكدت الحكومة أنها لن تهاجم المتظاهرين.", ("هاجم", "الحكومة", "المتظاهرين")),
    # a passive keeps its reading: the count is the victim, no doer
    ("قال المرصد إنه قتل 5 مدنيين في الغارة.", ("قتل", None, "5 مدنيين")),
    # a participle in the accusative shares the sentence's subject: the actor after it is its object
    ("أكد الوزير أن الخطة ناجحة، مطالبا الدول الأوروبية بتوفير ضمانات.", ("طالب", "الوزير", "الدول الأوروبية")),
])
def test_the_pronoun_after_that_is_the_subject(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in _coded(text)


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [parties(e) for e in extract_events(analyse(text)) if e.cameo != "010"]


@pytest.mark.parametrize(("text", "event"), [
    # a first-person verb opening the quotation: the speaker acts
    ('وقال الأمين العام: "أدين بشكل قاطع هذه الخطوات".', ("أدان", "الأمين العام", None)),
    ('وقال المتحدث: "ندين بشدة الهجوم على المدنيين".', ("أدان", "المتحدث", None)),
    # the party after a first-person verb is its object, never its subject
    ("وقال الوزير: «نرفض التدخل التركي».", ("رفض", "الوزير", "التدخل التركي")),
])
def test_a_first_person_verb_opening_a_quotation_is_the_speakers(text: str, event: tuple) -> None:
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # further into what is said, a first-person verb's person prefix is its subject: the party after
    # it is its object, the speaker the doer
    ('وقال الوزير: "نحن ندعو كوفي عنان إلى التدخل".', ("دعا", "الوزير", "كوفي عنان")),
    ('وأضاف الرئيس "آخر ما نحتاجه الرد. أحث الحكومات على ضبط النفس".', ("حث", "الرئيس", "الحكومات")),
    ("هل نقاطع المسلسلات التركية؟", ("قاطع", None, "المسلسلات التركية")),
    # a passive spelt as a first person (أصيب) is no one's act: the party after it undergoes it
    ("قتل 18 جنديا وأصيب آخرون.", ("أصاب", None, "آخرون")),
])
def test_the_party_after_a_first_person_verb_is_its_object(text: str, event: tuple) -> None:
    assert event in _coded(text)


def test_a_third_person_verb_in_a_quotation_keeps_its_own_subject() -> None:
    assert ("رفض", "الوزير", "التدخل التركي") not in _coded("وقال الوزير: «يرفض الجيش التدخل التركي».")


@pytest.mark.parametrize(("text", "action", "speaker"), [
    # after a closing mark: a perfect of its own subject
    ('قالت الشرطة إنها طردت ناشطين و"فوضويين" اعتصموا في المنطقة.', "اعتصم", "الشرطة"),
    ('وقال المتظاهرون: "أوقفوا الحرب".', "أوقف", "المتظاهرون"),  # an imperative
])
def test_only_a_first_person_imperfect_after_an_opening_mark_is_the_speakers(text: str, action: str,
                                                                             speaker: str) -> None:
    assert (action, speaker) not in [(a, source) for a, source, _ in _coded(text)]


@pytest.mark.parametrize(("text", "event"), [
    # the subject of a verb of deciding or intending does the event noun after it
    ("قررت الحكومة منع استيراد السيارات.", ("منع", "الحكومة", None)),  # VSO
    ("وأوضح أن الغرفة الوطنية تتجه نحو منع العمل بالنظام القديم.", ("منع", "الغرفة الوطنية", None)),  # SVO
    ("الحكومة تعتزم اعتقال المعارضين.", ("اعتقال", "الحكومة", "المعارضين")),
    # its complement is a masdar, even when spelt like a verb (حظر, not حَظَرَ with the party as subject)
    ("قررت المحكمة حظر الحزب.", ("منع", "المحكمة", "الحزب")),
    # a subject of two words between the verb and the noun; a link word before the noun
    ("قررت وزارة الداخلية منع استيراد السيارات.", ("منع", "وزارة الداخلية", None)),
    ("تتجه الحكومة نحو منع استيراد السيارات.", ("منع", "الحكومة", None)),
])
def test_a_verb_of_deciding_lends_its_subject_to_the_event_noun_after_it(text: str, event: tuple) -> None:
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # a verb before its subject is singular: a plural verb's subject is its suffix, the actor after it its object
    ("وطالبوا الحكومة بفتح تحقيق في الحادث.", ("طالب", None, "الحكومة")),
    ("وأيدوا الحكومة الجديدة.", ("أيد", None, "الحكومة")),
    ("وطالب المتظاهرون بالإصلاح، واتهموا الحكومة بالفساد.", ("اتهم", "المتظاهرون", "الحكومة")),
    # a plural subject before the verb still does it
    ("وقال المتظاهرون إنهم يطالبون الحكومة بالاستقالة.", ("طالب", "المتظاهرون", "الحكومة")),
])
def test_the_actor_after_a_plural_verb_is_its_object(text: str, event: tuple) -> None:
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # the possessor of a patient noun (منعها، إقصاءه، اعتقاله) undergoes it: the topic does not do it
    ("وأضافت الناشطة أن الشرطة حاولت منعها من السفر.", ("منع", "الناشطة", None)),
    ("وأكد الحزب أنه يرفض إقصاءه من الحكومة.", ("استبعد", "الحزب", None)),
])
def test_the_possessor_of_a_patient_noun_is_not_its_source(text: str, wrong: tuple) -> None:
    assert wrong not in _coded(text)


def test_a_form_iv_perfect_opening_a_quotation_keeps_its_subject() -> None:
    # أعرب is also the first person of its imperfect: the subject after it is its own
    text = 'وأضاف المتحدث: "أعرب الرئيس ترامب عن تقديره للإحاطة".'
    assert ("أعرب عن شكر", "ترامب") in [(a, s) for a, s, _ in _coded(text)]


@pytest.mark.parametrize(("text", "event"), [
    # an act an appeal or a demand asks of its addressee has not happened: the request is aimed at
    # the addressee, and no release is coded (neither the asker's nor the addressee's)
    ("وطالبت واشنطن أنقرة بإطلاق سراح القس.", ("طالب", "واشنطن", "أنقرة")),
    ("ودعت المنظمة السلطات إلى إطلاق سراح الصحفيين.", ("دعا", "المنظمة", "السلطات")),
    ("وحثت المنظمة السلطات على إطلاق سراح الصحفيين.", ("حث", "المنظمة", "السلطات")),
])
def test_an_act_asked_of_an_addressee_is_no_event(text: str, event: tuple[str, str, str]) -> None:
    assert _coded(text) == [event]


@pytest.mark.parametrize("link", sorted(word_set("request_links")))
def test_each_request_link_leads_to_the_act_asked(link: str) -> None:
    assert _coded(f"ودعت المنظمة السلطات {link} إطلاق سراح الصحفيين.") == [("دعا", "المنظمة", "السلطات")]


def test_whose_release_is_asked_is_not_the_one_asking() -> None:
    # دعا ترامب إلى إطلاق سراحه: "his" is someone named before, never the asking subject
    assert all(target != "ترامب" for _, _, target in _coded("ودعا الرئيس ترامب إلى إطلاق سراحه."))


@pytest.mark.parametrize(("name", "word"), [
    ("that_particles", "بأن"),
    ("pronoun_that", "إنها"),
    ("that_pronoun_endings", "ها"),
    ("that_auxiliaries", "يكون"),
    ("clause_auxiliaries", "سوف"),
    ("pronoun_companions", "معه"),
    ("temporal_links", "عقب"),
    ("fates", "مقتل"),
])
def test_discourse_word_classes_hold_their_words(name: str, word: str) -> None:
    assert fold(word) in word_set(name)


@pytest.mark.parametrize(("text", "event"), [
    # a coordinated light verb shares the subject of the verb whose object stands before it
    ("وحاصرت قوات الأمن عددا من الإرهابيين بالحي، وألقت القبض على بعضهم.", ("ألقى القبض", "قوات الأمن", None)),
])
def test_a_coordinated_verb_shares_the_subject_not_the_object(text: str,
                                                              event: tuple[str, str | None, str | None]) -> None:
    assert event in _coded(text)


def test_a_dropped_subject_that_disagrees_with_the_topic_is_a_party_not_a_place() -> None:
    from khabar.events.actors import Actor
    from khabar.events.discourse import _agreeing
    university = Actor(0, 1, 0, 10, "جامعة ويتشيتا", entity_type="ORG")
    officer = Actor(3, 3, 20, 26, "الرقيب", agent="COP")
    state = Actor(5, 5, 30, 36, "كانساس", entity="gpe:kansas", agent="GOV", entity_type="GPE")
    history = [(university, "f"), (officer, "m"), (state, "m")]
    # يفيد is masculine, the university feminine: the officer, not the state he was in
    assert _agreeing(university, history, "m") is officer


@pytest.mark.parametrize(("text", "event"), [
    # a circumstantial participle is done by its clause's main verb's subject: the nearest reporting verb
    ("قال الوزير إن الجيش قصف مواقع المتمردين، مضيفا أن العملية مستمرة.", ("أضاف", "الوزير", None)),
    ("قالت السفيرة إن الاتفاق جيد، وأكد الوزير أن الخطر باق، مضيفا أن الجيش مستعد.", ("أضاف", "الوزير", None)),
])
def test_a_participle_shares_the_main_verbs_subject(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in statement_parties(text)


def test_a_participle_after_a_relative_clause_is_the_first_verbs() -> None:
    events = _coded("أدان الوزير الهجوم الذي نفذه المسلحون، مطالبا الحكومة بالتحقيق.")
    assert ("طالب", "الوزير", "الحكومة") in events


@pytest.mark.parametrize(("text", "event"), [
    # no coded verb before it: the sentence's first party that agrees, not the one named before
    ("وقالت السفيرة إن الاتفاق جيد. وتمنى الوزير النجاح للمفاوضات، مشيرا إلى أهمية الحوار.",
     ("أشار", "الوزير", None)),
    # a party in the object's place is none (أكد ... استمرار الفنان: the artist does not add)
    ("وقال السفير إن الاتفاق جيد. وتمنت المخرجة استمرار الفنان في التصوير، محذرة من الفشل.",
     ("حذر", "المخرجة", None)),
    ("وقال الوزير إن الخطة ناجحة. وتمنت الحكومة النجاح للمفاوضات، محذرة من الفشل.", ("حذر", "الحكومة", None)),
    # a party inside a reported clause is not the participle's: the topic stays
    ("وقال الوزير إن الخطة ناجحة. وأوضح أن القرار الذي اتخذته الحكومة مهم، مشيرا إلى أهمية الحوار.",
     ("أشار", "الوزير", None)),
])
def test_a_participle_with_no_verb_before_is_the_sentences_first_party(
        text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in _coded(text) + statement_parties(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a reported clause with a subject of its own after a bare أن/إن: the speaker does not do its verb
    ("وأفادت الشرطة أن المهاجمين أطلقوا النار على المارة.", ("أطلق النار", "الشرطة", None)),
    ("وقال المتحدث إن المسلحين فرضوا حظر التجول.", ("فرض حظر التجول", "المتحدث", None)),
])
def test_a_that_clause_with_its_own_subject_takes_no_earlier_actor(text: str, wrong: tuple) -> None:
    assert wrong not in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # a pronoun after أن, or a subject the topic owns (بلاده), is still the topic
    ("وأكدت الوزارة أنها فرضت حظر التجول.", ("فرض حظر التجول", "الوزارة", None)),
    ("قال رئيس الوزراء إن بلاده أبرمت اتفاقا مع جارتها.", ("أبرم اتفاقا", "رئيس الوزراء", None)),
])
def test_a_that_clause_of_the_topic_keeps_it(text: str, event: tuple) -> None:
    assert event in _coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # a speech verb coordinated after a reported clause goes on with the speaker, not with the
    # party named in what was said
    ("وقال الوزير إن الجيش قصف المواقع، وأضاف أن العملية مستمرة.", ("أضاف", "الوزير", None)),
    ("وقالت الوزارة إن الشرطة اعتقلت المشتبه به، وأضافت أن التحقيق مستمر.", ("أضاف", "الوزارة", None)),
    ("وقال المتحدث إن الحكومة رفضت الاتفاق، وأشار إلى أن المفاوضات توقفت.", ("أشار", "المتحدث", None)),
    # a speech verb inside the reported clause was said: the speaker before it goes on
    ("وقال رئيس الحزب إن الوزير أكد دعم المشروع، وأضاف أن التمويل جاهز.", ("أضاف", "رئيس الحزب", None)),
])
def test_a_coordinated_speech_verb_keeps_the_speaker(text: str, event: tuple) -> None:
    assert event in statement_parties(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a coordinated speech verb with no speaker named takes no party of the reported clause
    ("وقال إن رجال الشرطة يتناولون الأرز، وأشار إلى أن القادة يراقبون الوضع.", ("أشار", "الشرطة", None)),
])
def test_a_coordinated_speech_verb_takes_no_party_of_what_was_said(text: str, wrong: tuple) -> None:
    assert wrong not in statement_parties(text)


@pytest.mark.parametrize(("one", "other", "same"), [
    ('منظمة "العفو الدولية', "العفو الدولية", True),  # a phrase holding the quoted name: one party
    ("منظمة «أطباء بلا حدود»", "أطباء بلا حدود", True),
    ("المفوضية", "مفوضية الأمم المتحدة", True),
    ('منظمة "العفو الدولية', "الحكومة", False),
])
def test_a_party_named_in_quotation_marks_is_the_phrase_holding_it(one: str, other: str, same: bool) -> None:
    from khabar.events.actors import Actor
    from khabar.events.discourse import _same_party
    assert _same_party(Actor(0, 0, 0, len(one), one), Actor(2, 2, 0, len(other), other)) is same


@pytest.mark.parametrize(("text", "event"), [
    # a verb whose first letter is ف (فجر، فرض) is no ف + verb: no topic is carried to it
    ("قالت الشرطة إن جنديين قتلا عندما فجر مسلحون عبوة ناسفة.", ("فجر", "مسلحون", None)),
])
def test_a_verbs_own_first_letter_is_no_conjunction(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in _coded(text)


def test_a_relative_clause_on_an_event_takes_no_topic_as_doer() -> None:
    # الهجوم الذي استهدف صحيفة: the attack targets the paper, the minister who condemns it does not
    events = _coded("وندد الوزير بالهجوم الذي استهدف صحيفة محلية.")
    assert ("استهدف", None, "صحيفة محلية") in events


def test_who_announces_a_death_did_not_kill() -> None:
    # أعلن التنظيم مقتل...: the group announces, the killing is no one's named (اعتقال stays the army's)
    assert ("مقتل", None, "نجل زعيمه") in _coded("الحركة تعلن مقتل نجل زعيمه")
    assert ("اعتقال", "الجيش", "ثلاثة مسلحين") in _coded("وأعلن الجيش اعتقال ثلاثة مسلحين.")


def test_the_one_killed_is_not_the_killer() -> None:
    from khabar.events import extract_events

    from .composed import parties, with_people
    text = "وأكد مسؤول أن أبو بكر البغدادي الذي أعلن مقتله مرات عدة ما زال حيا."
    events = [parties(e) for e in extract_events(with_people(text, "أبو بكر البغدادي"))]
    assert ("مقتل", None, "أبو بكر البغدادي") in events
