"""Targets in prepositional phrases: an addressee after من, the owner of a site, a that-clause."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.arabic.inflection import fold
from khabar.events import extract_events
from khabar.events.arguments import _resumptive_prep
from khabar.events.lexicon import word_set

from .composed import analyse, text_of
from .composed import coded_parties as coded


@pytest.mark.parametrize(("text", "event"), [
    # a noun marked feminine right after a masculine singular verb is its object (a feminine subject
    # would take حثت، تتهم), with or without the verb's و
    ("وحث السلطات على التحقيق في الأمر.", ("حث", None, "السلطات")),
    ("يتهم الحكومة بقمع المتظاهرين.", ("اتهم", None, "الحكومة")),
    ("واتهم القوات الحكومية بقصف المدنيين.", ("اتهم", None, "القوات الحكومية")),
    # its subject is then the clause's topic
    ("قال وزير الخارجية إن الوضع مستقر، إذ حث السلطات على التحقيق في الأمر.", ("حث", "وزير الخارجية", "السلطات")),
    # a feminine verb agrees with it, and a noun in ة naming men takes a masculine verb
    ("واتهمت الشرطة المتظاهرين بالتخريب.", ("اتهم", "الشرطة", "المتظاهرين")),
    ("واتهم القادة الحكومة بالتقصير.", ("اتهم", "القادة", "الحكومة")),
])
def test_a_noun_the_verb_does_not_agree_with_is_no_subject(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize("noun", sorted(word_set("masculine_ta_marbuta")))
def test_a_noun_in_ta_naming_men_is_a_masculine_subject(noun: str) -> None:
    written = noun[:-1] + "ة"  # the class is read folded (ة → ه)
    assert ("اتهم", "ال" + written, "الحكومة") in coded(f"واتهم ال{written} الحكومة بالتقصير.")


@pytest.mark.parametrize(("text", "event"), [
    # a common noun in the object case after an active verb is its object, not its subject
    ("استهدف مسلحون جنودا قرب الحدود.", ("استهدف", "مسلحون", "جنودا")),
    ("استهدف هجوم جنودا قرب الحدود.", ("استهدف", None, "جنودا")),
    ("ودعا المتظاهرين إلى التعاون مع الحكومة.", ("دعا", None, "المتظاهرين")),
    # a possessive in alif and a foreign name in -ين stay subjects
    ("وقتل زوجها جنديا.", ("قتل", "زوجها", "جنديا")),
    ("ودافع واينستين عن عمل الممثلة.", ("دافع", "واينستين", "عمل")),
])
def test_a_noun_in_the_object_case_is_no_subject(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # a light verb's object between its subject and its noun, past a relative clause on the subject
    ("وحمّلت الحكومة إيران مسؤولية الهجوم.", ("حمل مسؤولية", "الحكومة", "إيران")),
    ("وحمّل الوزير، الذي زار الموقع، المتمردين مسؤولية الهجوم.", ("حمل مسؤولية", "الوزير", "المتمردين")),
    ("وقال إن الحكومة ستحمل المتمردين مباشرة مسؤولية الهجوم.", ("حمل مسؤولية", "الحكومة", "المتمردين")),
    # a count of people before a plural perfect with no object underwent it
    ("وقالت الشرطة إن خمسة أشخاص قتلوا في الهجوم.", ("قتل", None, "خمسة أشخاص")),
    ("وقالت الشرطة إن خمسة مسلحين قتلوا جنديين.", ("قتل", "خمسة مسلحين", "جنديين")),
    # so do people reported with a masculine plural and no object; a body's ت does it
    ("وقال الضابط إن الجنود قتلوا حين انفجرت العبوة.", ("قتل", None, "الجنود")),
    ("وأكد المتحدث أن المتظاهرين اعتقلوا في الساحة.", ("اعتقل", None, "المتظاهرين")),
    ("وقالت الوزارة إن الشرطة اعتقلت في الساحة.", ("اعتقل", "الشرطة", None)),
    # a country after a definite title is its object, not its name or its genitive
    ("حمّل الرئيس إيران مسؤولية الهجوم.", ("حمل مسؤولية", "الرئيس", "إيران")),
])
def test_an_object_before_a_light_noun_and_a_counted_subject_that_underwent(
        text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # a perfect of كان (past_auxiliaries) opens the clause before its subject, or follows the subject
    ("من جانب آخر، كانت تركيا قد حذرت فرنسا من تكرار الخطأ.", ("حذر", "تركيا", "فرنسا")),
    ("، كانت الشرطة قد اعتقلت المتهم.", ("اعتقل", "الشرطة", "المتهم")),
    ("كان الرئيس قد التقى نظيره الروسي.", ("التقى", "الرئيس", "نظيره الروسي")),
    ("وقال إن الجيش كان قد قصف المدينة.", ("قصف", "الجيش", None)),
    # the subject written again after the verb is no object of it
    ("وقد كانت السلطات قد اعتقلته السلطات في سجن إيوين.", ("اعتقل", "السلطات", None)),
    # a country's name in alif before a manner is the subject, not an accusative object
    ("أدانت فرنسا بشدة الهجوم.", ("أدان", "فرنسا", None)),
    ("أدانت روسيا بشدة الهجوم.", ("أدان", "روسيا", None)),
    # a bare body noun governs the body named after it, not a word after a preposition
    ("وأمرت نيابة أمن الدولة بحبس المتهمين.", ("أمر", "نيابة أمن الدولة", "المتهمين")),
    ("حيث قتل عناصره زوجها وأهلها.", ("قتل", "عناصره", "زوجها")),
    # an indefinite person noun after إن before a bare perfect with no object underwent it
    ("قالت الوزارة إن ضابط شرطة قتل في الانفجار.", ("قتل", None, "ضابط شرطة")),
    ("وقالت مصادر أمنية إن مسلحين استهدفوا سيارة أجرة.", ("استهدف", "مسلحين", None)),
])
def test_a_subject_after_or_before_kana(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # the one a demand is made of (طالب من X)
    ("طالب الفلسطينيون من المحكمة الجنائية الدولية فتح تحقيق.", ("طالب", "الفلسطينيون", "المحكمة الجنائية الدولية")),
    # a partitive من after a count is no addressee
    ("وطالب عدد من النواب بإقالة الوزير.", ("طالب", "عدد من النواب", None)),
    # the owner of a site, past تابعة (مواقع تابعة لـX)
    ("قصفت الطائرات الروسية مواقع تابعة للمعارضة السورية.", ("قصف", "الطائرات الروسية", "معارضة السورية")),
    # a that-clause holds its own verb's parties
    ("طالب الجانب الإندونيسي بأن تكون عملية الاستقدام من إندونيسيا عبر مراحل.", ("طالب", "الجانب الإندونيسي", None)),
    # "each of" between the preposition and its parties: the first of them (كل من X و Y)
    ("وفرضت واشنطن عقوبات على كل من إيران وروسيا.", ("فرض عقوبات", "واشنطن", "إيران")),
    ("وأشاد الوزير بكل من السعودية والإمارات.", ("أشاد", "الوزير", "السعودية")),
    # a party ending in كل before من is no "each" (الهياكل: structures)
    ("وطلبت الهياكل النقابية من الحكومة التدخل.", ("طلب", "الهياكل النقابية", "الحكومة")),
    # بكل (function words) names no one after a title
    ("وأشاد الوزير بكل من ساهم في إنجاح الحدث.", ("أشاد", "الوزير", None)),
])
def test_prepositional_targets(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # an oblique dual or plural after a verb with no subject is what it acts on (a subject would be
    # سيدتان): the women were seized, they seize nothing
    ("الجمارك: ضبط سيدتين حاولتا تهريب حبوب.", ("صادر", None, "سيدتين")),
    ("ضبط مواطنين يبيعون الألعاب النارية.", ("صادر", None, "مواطنين")),
    # with the police named the seized stay the target
    ("ضبطت الجمارك سيدتين في المطار.", ("صادر", "الجمارك", "سيدتين")),
])
def test_an_oblique_noun_after_a_passive_verb_is_its_target(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # a subject right before its verb opens its clause after فإن / ولكن
    ("وبحسب الصحف فإن الرئيس الإيطالي طلب من الحكومة ضمانات.", ("طلب", "الرئيس الإيطالي", "الحكومة")),
    ("ولا يزال الموقع تحت إشراف الأردن، ولكن قوات الأمن الإسرائيلية تسيطر على مداخله.",
     ("سيطر", "قوات الأمن الإسرائيلية", None)),
])
def test_a_subject_opening_its_clause_after_a_conjunction_of_that(text: str, event: tuple) -> None:
    assert event in coded(text)


def test_a_passive_spelt_as_such_takes_any_party_after_it_as_its_victim() -> None:
    assert ("أصاب", None, "الجنود الأمريكيون") in coded("أصيب الجنود الأمريكيون بجروح في الهجوم.")
    assert ("أصاب", "الجيش", "ثلاثة مسلحين") in coded("أصاب الجيش ثلاثة مسلحين.")


@pytest.mark.parametrize(("text", "event"), [
    # a verb after و opens a clause of its own: the actor before it belongs to the clause before
    ("قتل شخص وأصيب أربعة آخرون في عملية طعن.", ("أصاب", None, "أربعة آخرون")),  # a count in words
    ("وقعت مصر والسعودية اتفاقا.", ("وقع اتفاقا", "مصر", "السعودية")),  # و of وقع is the verb's own
    ("الجيش السوري قصف المدينة.", ("قصف", "الجيش السوري", None)),
])
def test_a_conjoined_verb_takes_no_subject_from_before_the_conjunction(text: str, event: tuple) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "target"), [
    ("قتل سبعة أشخاص وأصيب حوالي 20 آخرين بجروح.", "حوالي 20 آخرين"),  # a count in words and figures
    ("قتل ثلاثة أشخاص وأصيب اثنان حين انفجرت قنبلة.", "اثنان"),
])
def test_the_victims_of_a_spelt_passive_counted_in_words(text: str, target: str) -> None:
    assert ("أصاب", None, target) in coded(text)


def test_a_count_of_times_is_no_victim() -> None:
    assert not any(t == "أربع مرات" for _, _, t in coded("وأصيب أربع مرات منذ آذار."))


@pytest.mark.parametrize(("text", "event"), [
    # flag v: the party after من gives, the subject receives
    ("تلقت الحكومة اليمنية دعما ماليا من السعودية.", ("تلقى مساعدات", "السعودية", "الحكومة اليمنية")),
    ("يتلقى الجيش السوري مساعدات عسكرية من روسيا.", ("تلقى مساعدات", "روسيا", "الجيش السوري")),
])
def test_a_receiving_verb_has_the_giver_as_its_source(text: str, event: tuple) -> None:
    assert event in coded(text)


def test_what_is_received_must_be_aid() -> None:
    assert coded("حصل اللاعب على جائزة من الاتحاد.") == []


def test_aid_received_from_no_named_giver_is_no_event() -> None:
    assert coded("وحصلت مليون أسرة على دعم تجاوز 900 ريال.") == []


def test_a_subject_after_amma_is_answered_by_fa() -> None:
    assert ("طالب", "وكالة وادا", "محكمة") in coded("أما وكالة وادا، فتطالب محكمة كاس بتمديد العقوبة.")


@pytest.mark.parametrize("relative", sorted(word_set("relatives")))
def test_a_relative_pronoun_makes_its_antecedent_the_object(relative: str) -> None:
    # وصل الناشط الذي تتهمه الحكومة: the government accuses the activist
    events = coded(f"وصل الناشط {relative} تتهمه الحكومة بالتحريض.")
    assert [(source, target.split()[0]) for _, source, target in events] == [("الحكومة", "الناشط")]


@pytest.mark.parametrize("auxiliary", sorted(word_set("relative_auxiliaries")))
def test_an_auxiliary_may_stand_between_the_relative_and_its_verb(auxiliary: str) -> None:
    assert coded(f"وصل الناشط الذي {auxiliary} تتهمه الحكومة بالتحريض.") == [("اتهم", "الحكومة", "الناشط")]


@pytest.mark.parametrize("pronoun", sorted(word_set("object_pronouns")))
def test_an_object_pronoun_points_to_the_antecedent(pronoun: str) -> None:
    assert coded(f"وصل الناشط الذي تتهم{pronoun} الحكومة بالتحريض.") == [("اتهم", "الحكومة", "الناشط")]


@pytest.mark.parametrize("written", ["إليه", "عليها", "لهم", "بهما", "منهن", "فيه", "عنها", "معهم"])
def test_a_resumptive_preposition_is_read_with_its_pronoun(written: str) -> None:
    # every preposition of resumptive_preps and pronoun of resumptive_pronouns is among these
    prep = _resumptive_prep(tokenize(written), 0)
    assert prep in word_set("resumptive_preps") and fold(written).startswith(prep)
    assert fold(written)[len(prep):] in word_set("resumptive_pronouns")


@pytest.mark.parametrize("word", ["إلى", "عليك", "الحكومة"])
def test_a_word_without_a_resumptive_pronoun_is_none(word: str) -> None:
    assert _resumptive_prep(tokenize(word), 0) is None


@pytest.mark.parametrize("word", ["مرة", "مرات"])
def test_a_count_of_times_is_no_count_of_people(word: str) -> None:
    assert fold(word) in word_set("counted_times")
    assert all(word not in (target or "") for _, _, target in coded(f"أصيب 4 {word} في المباراة."))


@pytest.mark.parametrize("link", sorted(word_set("effort_links")))
def test_who_manages_an_act_does_it(link: str) -> None:
    assert ("اعتقال", "الشرطة", "المتهم") in coded(f"وتمكنت الشرطة {link} اعتقال المتهم.")


@pytest.mark.parametrize("text", ["ورد الوزير على اعتقال الناشط.", "وعلق المدرب على استبعاد اللاعب."])
def test_who_answers_an_act_does_not_do_it(text: str) -> None:
    # على heads a complement whose act is another party's
    assert all(source is None for _, source, _ in coded(text))


@pytest.mark.parametrize(("text", "event"), [
    # a demonym typing the event noun that is a verb's subject names the verb's source
    ("واستهدف القصف الإسرائيلي مؤخرا أهدافا إيرانية.", ("استهدف", "الإسرائيلي", None)),
    # a relative clause on an event typed by an adjective is the event's; its pronoun is someone before
    # (a nisba that is also an agent noun, الإرهابي, types the act and names nobody: phrases.typing_adjective)
    ("وتمكنت الدورية من صد الهجوم الإرهابي الذي استهدفها.", ("استهدف", None, "الدورية")),
    # a relative clause on an event noun: the event acts, the party after the verb is its object
    ("وأدان الوزير الهجوم الذي استهدف الجنود.", ("استهدف", None, "الجنود")),
    ("وندد بالغارات الروسية التي استهدفت المدنيين.", ("استهدف", "الروسية", "المدنيين")),
    ("وأدان الوزير الهجوم الإرهابي الجبان الذي استهدف دورية للجيش.", ("استهدف", None, "دورية")),
    ("وأدان الوزير الهجوم الإرهابي على الكنيسة.", ("أدان", "الوزير", None)),  # the attack: nobody named
    # ... unless the party after it with ل is named: that party did it
    ("وأدان الوزير الهجوم الإرهابي للمسلحين على الكنيسة.", ("هجوم", "مسلحين", None)),
])
def test_an_adjective_of_an_event_noun_names_its_doer(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "action", "source"), [
    # an indefinite noun after a preposition is the subject of the bare relative clause after it
    ("وأشاد الوزير بجنود هاجموا مواقع المتمردين.", "هاجم", "جنود"),
    ("وقتل الجيش مسلحين هاجموا القاعدة.", "هاجم", "مسلحين"),
    # not a definite one (لجنود الجيش), nor when the clause names its own subject
    ("وأشاد الوزير بجنود الجيش هاجموا مواقع المتمردين.", "هاجم", None),
    ("وأشاد الوزير بجنود هاجمهم المتمردون.", "هاجم", "المتمردون"),
])
def test_a_bare_relative_clause_describes_the_noun_before_it(text: str, action: str, source: str | None) -> None:
    assert [e[1] for e in coded(text) if e[0] == action] == [source]


@pytest.mark.parametrize(("text", "event"), [
    # a count after a bare masculine perfect is what it was done to
    ("وقتل أربعة من الجنود في الهجوم.", ("قتل", None, "أربعة من الجنود")),
    # but a second count makes it the active verb's object
    ("وقتل أربعة مسلحين 67 شخصا في هجوم.", ("قتل", "أربعة مسلحين", "67 شخصا")),
    # a verb spelt only as a passive has the subject before it as its victim
    ("وقال إن ثلاثة جنود أصيبوا بجروح.", ("أصاب", None, "ثلاثة جنود")),
])
def test_counted_and_spelt_passives(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # a light verb in a relative clause takes no subject from before its antecedent
    ("هاجم الجيش الفصائل في المدن التي شهدت الاحتجاجات.", ("شهد احتجاجات", None, None)),
    ("وهي الحكومة التي وقعت اتفاقا مع المتمردين.", ("وقع اتفاقا", "الحكومة", "المتمردين")),
])
def test_a_light_verb_in_a_relative_clause_is_its_antecedents(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # an SVO subject described by a relative clause between it and its verb
    ("وقالت الحكومة إن القوات التي دخلت المدينة أمس قصفت مواقع المتمردين.", ("قصف", "القوات", "المتمردين")),
    ("وأكد أن المسلحين الذين اقتحموا القرية اختطفوا عشرة مدنيين.", ("خطف", "المسلحين", "عشرة مدنيين")),
])
def test_a_subject_past_its_relative_clause(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "action", "not_source"), [
    # a bare perfect is also a masdar: the relative clause's antecedent does not do it
    ("وذكروا أن المدنيين الذين قتلوا نتيجة قصف القوات بلغوا المئات.", "قصف", "المدنيين"),
    # a clause opened after the relative clause has its own subject after its verb
    ("وأخرجهم عناصر الأمن الذين دخلوا القاعة بعد أن أمرت رئيسة البرلمان بطردهم.", "أمر", "عناصر الأمن"),
])
def test_no_subject_past_a_relative_clause(text: str, action: str, not_source: str) -> None:
    assert all(source != not_source for act, source, _ in coded(text) if act == action)


@pytest.mark.parametrize(("text", "source"), [
    # the outlet a reporting verb is said to stands between it and its subject
    ("وقال لـ«عكاظ» مدير الشرطة إن الحادث وقع أمس.", "مدير الشرطة"),
    ('وأكدت لـ "الحياة" مصادر مطلعة أن الحادث وقع.', "مصادر مطلعة"),
    ("وأكد مدير الشرطة لـ«عكاظ» أن الحادث وقع.", "مدير الشرطة"),
])
def test_a_reporting_verb_said_to_an_outlet_has_its_subject_after(text: str, source: str) -> None:
    article = analyse(text)
    assert [e.source.text if e.source else None for e in extract_events(article)] == [source]


@pytest.mark.parametrize(("text", "event"), [
    # a title set off by dashes describes the name before it: the object comes after it
    ("وانتقد الوزير – رئيس الحزب – الحكومة بشدة.", ("انتقد", "الوزير", "الحكومة")),
    ("وثمن الأمير -رئيس مجلس إدارة الجمعية- جهود الشركة.", ("ثمن", "الأمير", "الشركة")),
])
def test_a_title_between_dashes_is_no_object(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


def test_a_superlative_after_a_title_is_no_name_of_its_holder() -> None:
    """words.tsv elatives: أكبر (also a name, Akbar) heading an apposition to the title."""
    sources = [source for _, source, _ in coded("وانتقد زعيم حزب الشعب الجمهوري أكبر أحزاب المعارضة الحكومة.")]
    assert sources == ["زعيم حزب الشعب الجمهوري"]


@pytest.mark.parametrize(("text", "party"), [
    # a quotation opening after the speech verb that runs on past a party: the party is said of
    ('وأضافت "الشعب الأفغاني يستحق سلاما دائما".', "الشعب الأفغاني"),
    ('وقال "المدرب كان مذهلا في المباراة الأخيرة".', "المدرب"),
    ("وقال: «إن الولايات المتحدة تدعم العراق».", "الولايات المتحدة"),
])
def test_a_party_opening_a_quotation_after_the_speech_verb_is_no_speaker(text: str, party: str) -> None:
    statements = [e for e in extract_events(analyse(text)) if e.cameo == "010"]
    assert party not in [text_of(e.source) for e in statements]


@pytest.mark.parametrize(("text", "speaker"), [
    # a quoted name closes right after it, at most QUOTED_NAME_TAIL tokens on
    ('وقال "القرشي": "أحيل جميع المخالفين إلى الجهات المختصة".', "القرشي"),
    ('واعتبر "حزب التحرير - تونس"، أن نظام الحكم سيظل.', "حزب التحرير"),
])
def test_a_quoted_name_after_the_speech_verb_is_its_speaker(text: str, speaker: str) -> None:
    statements = [e for e in extract_events(analyse(text)) if e.cameo == "010"]
    assert [text_of(e.source) for e in statements] == [speaker]
