"""Predicate finding: only word tokens are predicates, whatever other tokens' text reads as."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.conditions import condition_words
from khabar.events.lexicon import word_set
from khabar.events.predicates import NEGATORS, find_triggers, unshadowed
from khabar.model import Article, Source
from khabar.pipeline import build_pipeline

from .composed import coded_parties


@pytest.mark.parametrize(("text", "expected"), [
    ("اعتقلت الشرطة المتظاهرين", ["اعتقلت"]),
    ("اعتقلت الشرطة المتظاهرين #اعتقال", ["اعتقلت"]),  # a hashtag is no predicate
    ("#اعتقال المتظاهرين", []),
    ("قالت الوزارة إن الجيش قصف المواقع", ["قالت", "قصف"]),
])
def test_triggers_are_words(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[t.first].text for t in find_triggers(toks)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # adverb: a tanween adverb is no ḥāl participle of استقبل; the participle stays one
    ("وأكد الوزير أنه سيزور المدينة مستقبلاً", ["وأكد", "سيزور"]),
    ("قال الوزير منددا بالهجوم", ["قال", "منددا", "بالهجوم"]),
    # noun_pattern: موقفا is a position, not مُوقِفًا (أوقف)
    ("اتخذت الحكومة موقفا واضحا من الأزمة", []),
    # noun: رأي is an opinion, not رأى
    ("كان للوزير رأي آخر في الاتفاق", []),
    ("ورأى الوزير أن الاتفاق مهم", ["ورأى"]),
    # function: هنا is here, not هنأ
    ("نحن هنا باقون في المدينة", []),
    ("هنأ الرئيس الفائزين", ["هنأ"]),
    # not_predicates: ادعوا is ادّعوا (claimed) or an imperative (pray), not a party's call; أدعو still calls
    ("وقال إن المسلحين ادعوا أنهم من الشرطة", ["وقال"]),
    ("وقال: ادعوا له بالرحمة", ["وقال"]),
    ("وقال: أدعو الحكومة إلى الحوار", ["وقال", "أدعو"]),
    # imperfect_governors: after لم/لن a verb is an imperfect, never a perfect (تعهده: be used to it)
    ("وهي خطوة لم تعهده المنطقة", []),
    ("ولم تتعهد الحكومة بالإصلاح", ["تتعهد"]),
    ("ولن يزور الرئيس فرنسا", ["يزور"]),
])
def test_common_words_spelt_like_verb_forms_are_no_triggers(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[t.first].text for t in find_triggers(toks)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural noun with a possessive is not a ة noun with the accusative alif (مصادرة+ا)
    ("نقلت الصحيفة عن مصادرها أن الاجتماع تأجل", ["الاجتماع"]),
    ("أعلنت الشرطة مصادرتها الأسلحة", ["أعلنت", "مصادرتها"]),
    # no possessive after the article: الاجتماعي is an adjective, not اجتماع+ي
    ("انتشر الفيديو على مواقع التواصل الاجتماعي", []),
    # a final ة is no possessive ه: قبضة (grip) is not قبض+ه
    ("حررت القوات المدينة من قبضة المسلحين", []),
])
def test_noun_readings_respect_article_and_ta_marbuta(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[t.first].text for t in find_triggers(toks)] == expected


@pytest.mark.parametrize(("text", "span", "trigger"), [
    # a time expression: فجر يوم الأحد is dawn, not فجّر (detonated)
    ("قصفت الطائرات مواقع المسلحين فجر يوم الأحد", "فجر يوم الأحد", "فجر"),
    # names: لاري كودلو is not لأرى (رأى); اتفاقية حظر الأسلحة names no ban
    ("قال المستشار لاري كودلو إن المحادثات ستستمر", "لاري كودلو", "لاري"),
    ("انضمت فلسطين إلى اتفاقية حظر الأسلحة الكيميائية", "اتفاقية حظر الأسلحة الكيميائية", "حظر"),
])
def test_no_predicate_inside_a_name_or_a_time(text: str, span: str, trigger: str) -> None:
    toks = tokenize(text)
    found = find_triggers(toks)
    assert trigger in [toks[t.first].text for t in found]  # read as a predicate when nothing marks the span
    start = text.index(span)
    kept = unshadowed(found, toks, [(start, start + len(span))])
    assert trigger not in [toks[t.first].text for t in kept]
    assert len(kept) == len(found) - 1  # the others stay


@pytest.mark.parametrize(("text", "expected"), [
    # a word that is an agent noun as written, with a possessive, owns its و: وزارته is his ministry,
    # not و+زارته (and she visited him)
    ("وقال الوزير إن وزارته تراقب الأسواق", ["وقال"]),
    ("وأكد الوزير أن وزارتها اتفقت مع الشرطة", ["وأكد", "اتفقت"]),
    ("وزارتهم تراقب الأسواق", []),
    # the conjunction before a verb stays one
    ("وزارت الوزيرة المدينة", ["وزارت"]),
    ("وزار الرئيس المدينة", ["وزار"]),
    # without its و the word is the verb with an object: visited him / her / them, not وزارة
    ("زاره الرئيس في المستشفى", ["زاره"]),
    ("زارها وزير الخارجية الأسبوع الماضي", ["زارها"]),
    ("زارهم رئيس الوزراء في منازلهم", ["زارهم"]),
])
def test_nouns_own_their_waw(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[t.first].text for t in find_triggers(toks)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # day_parts before days: a time, not the verb spelt like it (فجر الخميس is not فجّر)
    ("قصفت الطائرات فجر الخميس مواقع المتمردين", ["قصفت"]),
    ("وقعت الضربات فجر اليوم", ["الضربات"]),
    # the verb: no day name follows
    ("فجر رجلان عبوة ناسفة", ["فجر"]),
    ("وفجر الانتحاري نفسه أمس", ["وفجر"]),
])
def test_a_part_of_the_day_before_a_day_is_no_verb(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[t.first].text for t in find_triggers(toks)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وسجل البرنامج 300 طالب عمل هذا العام", []),  # a number counts the noun after it: job seekers
    ("وأوقفت الشرطة 12 شخصا", ["وأوقفت"]),
    ("توفي 7 وأصيب 30 من الركاب", ["وأصيب"]),  # a conjunction after a number opens a clause
    ("وفي 2014 قتل 20 شخصا", ["قتل"]),  # a year: the verb after it stays
    ("وفي ٢٠١٤ قتل 20 شخصا", ["قتل"]),
    ("وفي الساعة 10 قصفت الطائرات المدينة", ["قصفت"]),  # a number naming an hour counts nothing
    ("وفي يوم 5 هاجم مسلحون القرية", ["هاجم"]),
    ("وكان القرار 2254 طالب بوقف القتال", ["طالب"]),
    ("وفي الدقيقة 85 هاجم اللاعبون الحكم", ["هاجم"]),
    ("واستقبلت الجامعة 40 طالب منحة", ["واستقبلت"]),  # a number after no such noun still counts: no طالب
])
def test_a_word_counted_by_a_number_is_no_verb(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[t.first].text for t in find_triggers(toks)] == expected


@pytest.fixture(scope="module")
def events_of():
    """The events of a text through the whole pipeline (entities included)."""
    pipeline = build_pipeline(["events"])
    runners = [r for s, r in zip(pipeline.stages, pipeline.runners, strict=True) if s.name != "structure"]

    def go(text: str) -> list[str]:
        article = Article(id="t", source=Source("text"), published="2015-07-28", body=[text])
        for stage_run, options in runners:
            article = stage_run(article, options)
        return [e.cameo for e in article.events]

    return go


@pytest.mark.parametrize(("text", "cameo"), [
    # a militia or an operation named with a verb-like word is an entity mention, no predicate
    ("قال وزير العدل إن محاكمة رموز النظام في ظل سيطرة قوات فجر ليبيا على العاصمة أمر غير قانوني.", "183"),
    ("انسحبت قوات فجر ليبيا من المطار.", "183"),
    ("أصدرت محكمة في طرابلس التي تسيطر عليها ميليشيات فجر ليبيا حكما.", "183"),
])
def test_a_verb_like_word_in_a_curated_name_is_no_predicate(events_of, text: str, cameo: str) -> None:
    assert cameo not in events_of(text)


def test_the_verb_outside_a_name_stays_a_predicate(events_of) -> None:
    assert "183" in events_of("فجر انتحاري نفسه في سوق ببغداد.")


@pytest.mark.parametrize(("text", "expected"), [
    # event_frames: a scene or an incident of killing names it; it is no act of the sentence's actors
    ("مشهد قتل في الدراما المصرية يثير غضب الجمهور", []),
    ("وتحقق في واقعة قتل الأسد السلطات", []),
    ("قتل مسلحون ثلاثة جنود", ["قتل"]),
])
def test_a_verb_looking_noun_after_an_event_frame_is_no_predicate(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[t.first].text for t in find_triggers(toks) if t.pred.lemma == "قتل"] == expected


def _lemmas(text: str) -> list[str]:
    return [t.pred.lemma for t in find_triggers(tokenize(text))]


@pytest.mark.parametrize(("text", "lemma"), [
    # an act a conditional supposes is not reported: إذا، لو، في حال، ما إذا
    ("إذا هاجم الجيش المدينة فسيرد المسلحون.", "هاجم"),
    ("وإذا رفضت الحكومة الطلب فإن الأزمة ستتفاقم.", "رفض"),
    ("لو اعتقلت الشرطة الناشط لاندلعت احتجاجات.", "اعتقل"),
    ("وفي حال فرضت واشنطن عقوبات جديدة سترد أنقرة.", "فرض عقوبات"),
    ("ولم يتضح ما إذا كان الجيش قد قصف المدينة.", "قصف"),
    ("إذا كنت عدوا وطعنت شخصا بسكين فعليك الاعتذار.", "طعن"),
])
def test_a_supposed_act_is_no_trigger(text: str, lemma: str) -> None:
    assert lemma not in _lemmas(text)


@pytest.mark.parametrize("privative", sorted(word_set("privatives")))
def test_an_act_after_a_privative_did_not_take_place(privative: str) -> None:
    # دون ذكر تفاصيل، عدم تهديد أمن إسرائيل، دون أن يجتمعوا: without it, it is reported
    assert "ذكر" not in _lemmas(f"وقالت الشرطة إنها تتعامل مع حادث أمني {privative} ذكر تفاصيل.")
    assert "اجتمع" not in _lemmas(f"رفضت الغرفة الطلب {privative} أن يجتمعوا مع الجمعية.")
    assert "اجتمع" in _lemmas("رفضت الغرفة الطلب بعد أن اجتمعوا مع الجمعية.")


@pytest.mark.parametrize(("clitic", "particle"), [(c, p) for c in ("", "و", "ف") for p in condition_words("particle")])
def test_a_condition_particle_supposes_the_act(clitic: str, particle: str) -> None:
    assert "فرض عقوبات" not in _lemmas(f"{clitic}{particle} فرضت واشنطن عقوبات جديدة سترد أنقرة.")


@pytest.mark.parametrize(("link", "noun"), [(link, noun) for link in sorted(word_set("condition_noun_links"))
                                            for noun in condition_words("noun")])
def test_a_condition_noun_after_its_link_supposes_the_act(link: str, noun: str) -> None:
    assert "فرض عقوبات" not in _lemmas(f"{link} {noun} فرضت واشنطن عقوبات جديدة سترد أنقرة.")
    assert "فرض عقوبات" in _lemmas("فرضت واشنطن عقوبات جديدة.")


@pytest.mark.parametrize(("text", "lemma"), [
    # the same acts reported; لو before أن is concessive; حالة is a state (في حالة تأهب); speech is the quotation's
    ("هاجم الجيش المدينة.", "هاجم"),
    ("ولو أنه انتقد الحكومة بشدة فقد صوت لصالحها.", "انتقد"),
    ("والسلطات في حالة تأهب منذ هجمات مسلحة شهدتها العاصمة.", "هجوم"),
    ("إذا قال الوزير ذلك فهو مخطئ.", "قال"),
])
def test_a_reported_act_stays_a_trigger(text: str, lemma: str) -> None:
    assert lemma in _lemmas(text)


@pytest.mark.parametrize(("text", "expected"), [
    # إطلاق سراح is a release only with its object: إطلاق alone is a launch, a firing or a start
    ("أعلنت السلطات إطلاق سراح الناشط.", ["أعلن", "إطلاق سراح"]),
    ("وطالبت المنظمة بإطلاق سراح الصحفيين.", ["طالب", "إطلاق سراح"]),
    ("أعلنت الشركة إطلاق خدمة جديدة.", ["أعلن"]),
])
def test_a_noun_phrase_predicate_needs_its_object(text: str, expected: list[str]) -> None:
    assert _lemmas(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an imperfect of opinion with nothing reported in its clause says how something is regarded
    ("ويعتبر الفنان حسين الجسمي من أهم الأصوات في الخليج.", []),
    ("وتعتبر القناة ممر الشحن البحري الأسرع.", []),
    # with a that-clause, a quotation or a colon it reports an opinion; the perfect is an act of saying
    ("ويعتبر الوزير أن القرار خاطئ.", ["اعتبر"]),
    ('وتعتبر المنظمة: "هذا انتهاك".', ["اعتبر"]),
    ("واعتبر الوزير الخطوة خاطئة.", ["اعتبر"]),
    # a country or a definite agent regarding something named next holds a view
    ("تعتبر أنقرة الوحدات الكردية فرعا لحزب العمال.", ["اعتبر"]),
    ("وتعتبر إسرائيل إيران أكثر أعدائها خطورة.", ["اعتبر"]),
    ("فيما تعتبر الحكومة المشروع أولوية.", ["اعتبر"]),
    # a predicate after the one regarded: one of, an elative, an ordinal; a subject before the verb
    ("وتعتبر بكين أحد أهم المستوردين للنفط.", []),
    ("ويعتبر الجيش من أقوى الجيوش.", []),
    ("وتعتبر القاهرة الأكبر بين المدن.", []),
    ("وأكد أن بنك الزيتونة يعتبر البنك المؤهل.", ["أكد"]),
])
def test_an_imperfect_of_opinion_reports_only_with_its_content(text: str, expected: list[str]) -> None:
    assert _lemmas(text) == expected


@pytest.mark.parametrize("word", sorted(word_set("demonstratives")))
def test_a_view_holder_may_regard_a_demonstrative_phrase(word: str) -> None:
    assert _lemmas(f"إذ تعتبر بكين {word} الجزيرة جزءا منها.") == ["اعتبر"]


@pytest.mark.parametrize(("text", "negated"), [
    ("لم يهاجم الجيش المدينة", True),
    ("ما هاجم الجيش المدينة", True),  # ما opening the clause negates
    ("قال الوزير، وما هاجم الجيش المدينة", True),
    # after a word ما is the relative: وفق ما أعلن، عادة ما توجه
    ("قصف الطيران المطار وفق ما أعلنت دمشق", False),
    ("وعادة ما تتهم دمشق إسرائيل", False),
])
def test_ma_negates_only_at_a_clause_start(text: str, negated: bool) -> None:
    toks = tokenize(text)
    last = find_triggers(toks)[-1]
    assert last.negated is negated


@pytest.mark.parametrize("word", sorted(word_set("relative_ma")))
def test_a_relative_ma_is_a_negator_only_at_a_clause_start(word: str) -> None:
    assert word in NEGATORS
    assert find_triggers(tokenize(f"{word} هاجم الجيش المدينة"))[-1].negated
    assert not find_triggers(tokenize(f"وأكد الوزير {word} هاجم الجيش المدينة"))[-1].negated


@pytest.mark.parametrize(("text", "expected"), [
    # a verb is never followed by an indefinite demonym: the word is the noun it describes
    ("لقي طالب سعودي مبتعث مصرعه داخل الجامعة", []),
    ("والقرضاوي داعية مصري يعيش في قطر", []),
    # before a definite word the demonym is a name, or the subject; an event noun keeps its doer
    ("وقال تركي المشيقح إنه خارج المنافسة", ["وقال"]),
    ("وطالب سعودي بالإفراج عن المعتقلين", ["وطالب", "بالإفراج"]),
    ("قصف روسي على مواقع التنظيم", ["قصف"]),
])
def test_a_verb_form_before_an_indefinite_demonym_is_a_noun(text: str, expected: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[t.first].text for t in find_triggers(toks)] == expected


@pytest.mark.parametrize(("text", "kinds"), [
    # a word with a noun reading right after تم/جرى is the masdar of the passive
    ("وتم ضبط عدد من الطلاب", ["N"]),
    ("ويتم رفض الطلبات", ["N"]),
    # a verb opening its clause stays one
    ("ضبطت الشرطة عددا من الطلاب", ["V"]),
])
def test_a_masdar_follows_a_passive_auxiliary(text: str, kinds: list[str]) -> None:
    assert [t.pred.kind for t in find_triggers(tokenize(text))] == kinds


@pytest.mark.parametrize(("text", "negated"), [
    ("قصفت الطائرات البلدة، ما تسبب بمقتل 20 مدنيا", {"قصفت": False, "بمقتل": False}),  # ما of result: which
    ("وما قصفت الطائرات البلدة", {"قصفت": True}),  # ما opening a clause negates
])
def test_ma_before_a_verb_of_result_is_no_negation(text: str, negated: dict[str, bool]) -> None:
    toks = tokenize(text)
    assert {toks[t.first].text: t.negated for t in find_triggers(toks)} == negated


@pytest.mark.parametrize(("text", "expected"), [
    # a warrant issued against a party is an arrest's legal act (173), the court its source
    ("أصدرت المحكمة مذكرة توقيف بحق الوزير السابق", [("أصدر مذكرة توقيف", "المحكمة", "الوزير")]),
    ("أصدرت ألمانيا مذكرة توقيف دولية بحق مدير المخابرات",
     [("أصدر مذكرة توقيف", "ألمانيا", "مدير المخابرات")]),
    ("يصدر القضاء مذكرات اعتقال بحق المتهمين", [("أصدر مذكرة توقيف", "القضاء", "المتهمين")]),
    # a memo against no one, another thing issued: no warrant
    ("أصدرت الوزارة مذكرة تفسيرية حول القانون", []),
    ("أصدرت الحكومة بيانا بحق المعارضين", []),
])
def test_a_warrant_needs_the_party_it_is_issued_against(text: str, expected: list) -> None:
    assert coded_parties(text) == expected


@pytest.mark.parametrize(("text", "events"), [
    # أمضى (Maghrebi: signed) an agreement with a party after مع is 057
    ("وأمضى وزير الخارجية مع نظيره الألماني اتفاقية تعاون.", [("أمضى اتفاقا", "وزير الخارجية", "نظيره الألماني")]),
    ("أمضت الوزارة على مذكرة تفاهم مع البنك الدولي.", [("أمضى اتفاقا", "الوزارة", "البنك الدولي")]),
    # a contract (عقدا, also a decade) and time spent are no agreement; neither is one without its party
    ("أمضى اللاعب عقدا مع النادي لمدة موسمين.", []),
    ("أمضى الوزير ثلاثة أسابيع في الخارج.", []),
    ("أمضت النقابة اتفاقا للزيادة في الأجور.", []),
])
def test_a_signed_agreement_needs_its_party(text: str, events: list[tuple[str, str | None, str | None]]) -> None:
    assert coded_parties(text) == events


def _declined(text: str) -> list[tuple[str, str, bool, str | None]]:
    from khabar.events import extract_events

    from .composed import analyse, text_of
    return [(e.action, e.cameo, e.negated, text_of(e.source)) for e in extract_events(analyse(text)) if e.cameo == "011"]


@pytest.mark.parametrize(("text", "events"), [
    # not commenting (flag x) is declining to comment, 011, an act of its own and not a negated one
    ("ولم يعلق البيت الأبيض على التقرير.", [("علق على", "011", False, "البيت الأبيض")]),
    ("لم تعلق وزارة الخارجية بعد على الاتهامات.", [("علق على", "011", False, "وزارة الخارجية")]),
    # a comment made, and a relative ما, are no such act; a negated suspension stays a negated suspension
    ("وعلق الوزير على القرار قائلا إنه مهم.", []),
    ("وهو ما علق عليه الرئيس بقوله.", []),
    ("ولم تعلق الحكومة عضوية الحزب.", []),
])
def test_not_commenting_declines_to_comment(text: str, events: list[tuple[str, str, bool, str | None]]) -> None:
    assert _declined(text) == events


@pytest.mark.parametrize(("text", "events"), [
    # refusing to comment (the light verb رفض with the definite التعليق) declines to comment, 011
    ("ورفض البيت الأبيض التعليق على التقرير.", [("رفض التعليق", "011", False, "البيت الأبيض")]),
    ("ويرفض متحدث باسم الوزارة التعليق.", [("رفض التعليق", "011", False, "متحدث باسم الوزارة")]),
    # a suspension (تعليق in construct) refused is a rejection, no declining
    ("رفضت النقابة تعليق الدراسة.", []),
])
def test_refusing_to_comment_declines_to_comment(text: str, events: list[tuple[str, str, bool, str | None]]) -> None:
    assert _declined(text) == events
