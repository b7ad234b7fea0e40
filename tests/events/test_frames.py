"""Prepositional frames (predicates.tsv flag f): a verb is its event only with its preposition."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.arabic.inflection import fold
from khabar.events import extract_events
from khabar.events.actors import Actor
from khabar.events.frames import governs, other_sense, other_senses, sense_contexts
from khabar.events.lexicon import load_lexicon
from khabar.events.predicates import find_triggers

from .composed import analyse, parties


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(lemma, source, target) of the sentence's events that are not statements."""
    return [parties(e) for e in extract_events(analyse(text)) if e.cameo != "010"]


def test_frame_verbs_are_flagged() -> None:
    flagged = {p.lemma for preds in load_lexicon().perfect.values() for p in preds if p.prep_frame}
    assert {"حقق", "سخر", "أثنى"} <= flagged
    assert "زار" not in flagged  # a transitive verb takes its object directly


@pytest.mark.parametrize(("word", "preps", "expected"), [
    ("في", ("في", "مع"), True),
    ("معهم", ("في", "مع"), True),  # the preposition with a pronoun
    ("فيها", ("في", "مع"), True),
    ("على", ("على",), True),  # folded: على → علي on both sides
    ("عليه", ("على",), True),
    ("بالهجوم", ("ب",), True),  # a one-letter preposition is a proclitic
    ("فوزا", ("في", "مع"), False),
    ("معرض", ("في", "مع"), False),  # مع + رض is no pronoun
    ("عن", ("على",), False),
    ("بعد", ("ب",), False),  # another particle opening with ب
    ("بعدما", ("ب",), False),
])
def test_governs(word: str, preps: tuple[str, ...], expected: bool) -> None:
    assert governs(word, tuple(fold(p) for p in preps)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # investigate: the preposition right after the verb or its subject
    ("حققت الشرطة مع المتظاهرين.", [("حقق", "الشرطة", "المتظاهرين")]),
    ("وحقق المدعي العام مع الوزير السابق.", [("حقق", "المدعي العام", "الوزير")]),
    ("حققت الشرطة أمس مع الصحفي.", [("حقق", "الشرطة", "الصحفي")]),  # a time word between
    # the subject's relative clause, set off by commas
    ("حقق الجيش الروسي، الذي دخل المدينة أمس، مع المتظاهرين.", [("حقق", "الجيش الروسي", "المتظاهرين")]),
    # a hashtag name in apposition, a name no stage tagged (the subject the arguments read)
    ("حقق المدعي العام #روبرت_مولر مع الوزير.", [("حقق", "المدعي العام", "الوزير")]),
    ('سخر "كيمل" من الرئيس الأمريكي.', [("سخر", "كيمل", "الرئيس الأمريكي")]),
    ("أثنى كيمل على الحكومة.", [("أثنى", "كيمل", "الحكومة")]),
    # achieve: a noun object comes first, whatever preposition follows it
    ("حقق الفريق فوزا كبيرا على منافسه.", []),
    ("حققت الشركة نموا مع شركائها.", []),
    ("حقق الوزير الكثير مع الحكومة.", []),
    ("يحقق الرئيس أرباحا مع شركائه.", []),
    # mock (سخر من) versus devote (سخر إمكاناته)
    ("سخر الرئيس من المعارضة.", [("سخر", "الرئيس", "المعارضة")]),
    ('وسخر المخرج على حسابه على "تويتر" من الرئيس.', [("سخر", "المخرج", "الرئيس")]),  # adjuncts between
    ("سخرت الحكومة إمكاناتها من أجل المواطنين.", []),
    ("سخرت الحكومة كل إمكاناتها للمتظاهرين.", []),
    # praise (أثنى على) versus dissuade (ثنى عن)
    ("أثنى الرئيس على الحكومة.", [("أثنى", "الرئيس", "الحكومة")]),
    ("وأثنى التلفزيون الروسي، الذي نقل الحفل، على الحكومة.", [("أثنى", "التلفزيون الروسي", "الحكومة")]),
    ("يثني الرئيس الحكومة عن قرارها.", []),
])
def test_frame_decides_the_reading(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert events(text) == expected


def test_other_senses_name_lexicon_lemmas() -> None:
    lex = load_lexicon()
    lemmas = {p.lemma for table in (lex.perfect, lex.imperfect, lex.nouns) for preds in table.values() for p in preds}
    assert other_senses()
    for lemma, objects in other_senses().items():
        assert lemma in lemmas and objects, lemma


@pytest.mark.parametrize(("text", "expected"), [
    # احتل with a rank is ranking, with a place occupying
    ("احتلت مصر المركز الأول في المسابقة.", []),
    ("واحتل المرتبة الثالثة الفريق المصري.", []),  # the object before the subject
    ("احتلت القوات الروسية المدينة.", [("احتل", "القوات الروسية", None)]),
    ("احتلت القوات الإسرائيلية الضفة الغربية.", [("احتل", "القوات الإسرائيلية", None)]),
    # خطف with an award or attention is winning it, with a person abducting
    ("خطف الممثل الأمريكي جائزة أفضل ممثل.", []),
    ("خطف مسلحون الصحفي الأمريكي.", [("خطف", "مسلحون", "الصحفي الأمريكي")]),
    # ... with a result in a match (a draw, a goal) scoring it, as a verb or a noun
    ("ويقود ميسي برشلونة لخطف تعادل ثمين من تشيلسي.", []),
    ("وخطف الريال هدف الفوز في الدقيقة الأخيرة.", []),
    # ... with death its subject, death took someone
    ("الفنانة التي خطفها الموت مساء أمس.", []),
    ("خطف الموت الفنان الشاب.", []),
    ("خطفت المتسابقة ألباب لجنة التحكيم.", []),
    # استهدف with a masdar or a figure is aiming at it, with a place or a party targeting it
    ("تستهدف الحكومة خفض العجز إلى ثلاثة بالمئة.", []),
    ("وتستهدف مصر إيرادات بنحو مليار جنيه.", []),
    ("استهدفت الطائرات الحربية مواقع المتمردين.", [("استهدف", "الطائرات الحربية", "المتمردين")]),
    ("الحكومة تستهدف أن يصل النمو إلى خمسة بالمئة.", []),
    # figures and levels aimed at (a relative's antecedent), a budget or a policy as the subject
    ("أقل من الأرقام التي تستهدفها الحكومة في الخطة.", []),
    ("نحو مستوى التمويل الذي تستهدفه الحكومة.", []),
    ("ينخفض التضخم نحو المستويات التي يستهدفها البنك المركزي.", []),
    ("وتستهدف الموازنة الجديدة ارتفاع الإيرادات.", []),
    ("وتستهدف هذه السياسة تخفيض الرسوم.", []),
    # تنظيم is also an organisation: no masdar listed
    ("استهدف تنظيم الدولة الإسلامية مبنى حكوميا.", [("استهدف", "تنظيم الدولة الإسلامية مبنى حكوميا", None)]),
    ("قال الجيش إنها كانت تستهدف جنوده.", [("استهدف", "الجيش", "جنوده")]),  # إنها، كانت: no noun before it
    # a relative's antecedent or a subject right before the verb
    ("اما المرتبة الأولى فاحتلتها مصر.", []),
    # أصاب with an illness or a feeling: it befell, no one attacked
    ("أصيب الفنان الراحل بالعمى.", []),
    ("غضب كبير أصاب أهالي المدينة.", []),
    ("أصاب مسلحون خمسة جنود بجروح.", [("أصاب", "مسلحون", "خمسة جنود")]),
    # طرد with مركزي is a centrifuge, with بريدي a parcel; with a person an expulsion
    ("طبق الباحثون تقنية طرد مركزي تسمح باستخراج المعادن.", []),
    ("وطردت الحكومة السفير الأمريكي.", [("طرد", "الحكومة", "السفير الأمريكي")]),
    # صادر/مصادرة (حجز، ضبط) with a seat or a level is booking or keeping in check; صادر عن is issued by
    ("سارع ثلاثة آلاف رجل لحجز مقاعدهم داخل المسرح.", []),
    ("لجأت الحكومة إلى إجراءات لضبط مستويات التضخم.", []),
    ("وجاء في بيان صادر عن وزراء الخارجية أنهم متمسكون بالحل.", []),
    ("صادرت السلطات أموال الشركة.", [("صادر", "السلطات", "الشركة")]),
    # احتل with a list is ranking
    ("واحتلت بريطانيا قائمة كبرى الدول المستثمرة.", []),
    # سيطر with a mood or talk as its subject: it prevails, no one takes control
    ("وتسيطر عليهم النزعة الذاتية.", []),
    ("سيطر حديث رفع أسعار التذاكر على الشارع المصري.", []),
    ("سيطر المسلحون على المدينة.", [("سيطر", "المسلحون", None)]),
    # طالب with a field of study is a student, not a demand
    ("وقدم طالب الطب البيطري، البالغ من العمر 23 عاماً، دروس رقص.", []),
    ("قدم طالب الطب البيطري دروس رقص.", []),
    ("واعتبر سعد، وهو طالب جامعي، أن المدينة جميلة.", []),
    ("طالب المحتجون الحكومة بالاستقالة.", [("طالب", "المحتجون", "الحكومة")]),
    # قتل time or boredom is passing it
    ("وهي تقتل الفراغ لديهم.", []),
    ("يمكن للشباب قتل الوقت في المدينة.", []),
    ("قتل المسلحون ثلاثة جنود.", [("قتل", "المسلحون", "ثلاثة جنود")]),
    # the penal code is no sanction
    ("وتنص المادة 534 من قانون العقوبات اللبناني على السجن.", []),
    # أحرق with oneself is a self-immolation, no attack on another
    ("أحرق الرجل نفسه أمام مقر الولاية.", []),
    ("أحرق متظاهرون مقر الحزب الحاكم.", [("أحرق", "متظاهرون", "الحزب")]),
    # ... a natural disaster or a derailment kills and hurts, no one assaults (sense_contexts.tsv)
    ("وأسفرت الفيضانات عن مقتل أكثر من 220 شخصا.", []),
    ("قتل 12 شخصا في زلزال ضرب المنطقة.", []),
    ("أصيب أكثر من 100 شخص بجروح نتيجة خروج قطار عن سكته.", []),
    ("أسفر حريق في إحدى الغابات عن مقتل 62 شخصا.", []),
    ("وأسفر الهجوم عن مقتل 20 شخصا.", [("مقتل", None, "20 شخصا")]),
    # ... a side dominating a match (sense_contexts.tsv)
    ("وفي الشوط الثاني، سيطر تشيلسي على مجريات اللعب.", []),
    ("بادر الفريق الفرنسي بالتسجيل من ضربة جزاء سددها غريزمان.", []),
    ("وتصدى حارس المرمى لضربة رأس سددها فيل جونز.", []),
    ("شنت الطائرات الحربية ضربات على مواقع المتمردين.", [("شن هجوما", "الطائرات الحربية", "المتمردين")]),
    # a shock befalls an economy; border control is no seizure
    ("الهزات المتتالية التي تصيب اقتصاد الدوحة.", []),
    ("يتطلب ذلك الحاجة لضبط الحدود في مكان ما.", []),
    # شن/بدأ an operation or a campaign of another kind is no attack
    ("بدأت السعودية بعدة عمليات خصخصة.", []),
    ("شنت وزارة الصحة حملة توعية بين المواطنين.", []),
    ("شن الجيش عملية عسكرية على مواقع المسلحين.", [("شن هجوما", "الجيش", "المسلحين")]),
    # بدأ starts an attack, but a bare operation it starts is a firm's or a process
    ("بدأت الشركة عملياتها في باكستان عام 2010.", []),
    ("وتعطلت عملية المصادقة بسبب خلافات.", []),
    ("بدأ الجيش هجوما على مواقع المسلحين.", [("بدأ هجوما", "الجيش", "المسلحين")]),
    # فجر with anger is sparking it
    ("فجر القرار غضبا شعبيا واسعا ضد الحكومة.", []),  # a subject no table knows
    ("فجر الوزير أزمة مع الحكومة.", []),
    ("فجر الانتحاري نفسه وسط المتظاهرين.", [("فجر", "الانتحاري", "المتظاهرين")]),
    # a facility receives flights, patients or voters; news and decisions are received: no meeting
    ("وتستقبل مراكز الاقتراع الناخبين العراقيين.", []),
    ("واستقبل المستشفى جثث ثلاثة أشخاص.", []),
    ("استقبل الرئيس التونسي وزير الخارجية الفرنسي.", [("استقبل", "الرئيس التونسي", "وزير الخارجية الفرنسي")]),
    # اقتحم a field or a market is entering it
    ("واقتحم اللاعب عالم الاحتراف في سن مبكرة.", []),
    # أضاف goals or points is scoring, no statement
    ("وسجل المهاجم الذي أضاف هدفين آخرين في الشوط الثاني.", []),
    # يدعون with an أن clause is يدّعون, claiming; with إلى, even إلى أن, calling
    ("ويدعون أن الحكومة فشلت في إدارة الأزمة.", []),
    ("ويدعون بأن المعارضة خسرت.", []),
    ("ودعت الحركة إلى أن تكون الانتخابات حرة.", [("دعا", "الحركة", None)]),
    ("ونشرت السفارة بيانا، داعية إلى ضرورة أن يتوخى الرعايا الحذر.", [("دعا", "السفارة", None)]),  # no أن past an adjunct
    # famine, drought or an epidemic threatens: no party's threat
    ("ويهدد شبح المجاعة ملايين اليمنيين.", []),
    ("وتهدد المجاعة ملايين الأشخاص في اليمن.", []),
    ("وهدد الحوثيون السفن في البحر الأحمر.", [("هدد", None, None)]),  # no stage named them here
])
def test_an_object_of_another_sense_makes_no_event(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    "وقال المسؤول إنهم يدعون إلى مقاطعة الانتخابات.",
    "وأكد المتحدث أنهم يدعون إلى الحوار.",
])
def test_a_complementiser_before_the_verb_is_no_object_of_its_other_sense(text: str) -> None:
    # إنهم opens the call's clause: the أن of a claim is read after the verb only
    assert "دعا" in [action for action, _, _ in events(text)]


def test_sense_contexts_name_lexicon_lemmas() -> None:
    lex = load_lexicon()
    lemmas = {p.lemma for table in (lex.perfect, lex.imperfect, lex.nouns) for preds in table.values() for p in preds}
    codes = [code for by_code in sense_contexts().values() for code in by_code]
    assert None in codes and any(codes)
    for lemma, by_code in sense_contexts().items():
        assert lemma in lemmas, lemma
        for code, phrases in by_code.items():
            assert phrases and (code is None or load_lexicon().info(code).quad), lemma


@pytest.mark.parametrize(("text", "expected"), [
    # a traffic accident or a fire anywhere in the sentence: hurt or killed in a mishap, no assault
    ("لقي 4 أشخاص حتفهم وأصيب ثلاثة آخرون إثر حادث تصادم على الطريق.", []),
    ("أصيب سبعة أشخاص في حريق شقة سكنية.", []),
    ("قتل شخصان في حادث سير على الطريق السريع.", []),
    ("أصيب سائق بجروح بعد انقلاب سيارته على الطريق.", []),
    # an attack stays one; انقلاب alone is a coup, no mishap
    ("أصاب مسلحون ثلاثة جنود بجروح في هجوم على الحاجز.", [("أصاب", "مسلحون", "ثلاثة جنود")]),
    ("قتل مسلحون خمسة جنود بعد انقلاب عسكري.", [("قتل", "مسلحون", "خمسة جنود")]),
    # حذر as the adjective of a calm or a hope is caution, no warning
    ("هدوء حذر يسود شوارع المدينة.", []),
    ("وتبدي الحكومة حذرا شديدا حيال المفاوضات.", []),
    # أمر the noun: an order issued, a fait accompli
    ("وأضافت الوزارة أن القاضي أصدر أمره بإلزام الشركة بتسديد ما عليها.", []),
    ("وصدر أمر ملكي بإعفاء وزير الصحة.", []),
    ("وقال إن هذا أمر مرعب بسبب انعدام العناية الطبية.", []),
    ("وأمرت المحكمة بالإفراج عن المتهمين.", [("أمر", "المحكمة", None)]),
])
def test_a_mishap_in_the_sentence_makes_no_assault(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert events(text) == expected


def test_the_word_right_after_the_verb_is_read_even_if_taken_for_its_subject() -> None:
    """An object the arguments took for an untagged name (وتستهدف طرح ...: طرح read as a name)."""
    text = "وتستهدف طرح تلك الشركات خلال عامين"
    toks = tokenize(text)
    trig = find_triggers(toks)[0]
    subject = Actor(1, 1, toks[1].start, toks[1].end, toks[1].text)
    assert other_sense(toks, [], trig, set(), subject)


@pytest.mark.parametrize(("text", "cameo"), [
    # an attack on social media or a sharp one is criticism (111), not an assault
    ("هاجمت الفنانة زميلتها على حسابها عبر إنستغرام.", "111"),
    ("شن الشاعر المصري هجوماً حاداً على الفنان محمد رمضان.", "111"),
    ("قررت إغلاق الحساب بسبب هجوم الجمهور عليها عبر تويتر.", "111"),
    ("هاجمت القوات الروسية مواقع المسلحين.", "190"),
])
def test_a_context_code_recodes_the_event(text: str, cameo: str) -> None:
    article = analyse(text)
    assert [e.cameo for e in extract_events(article) if e.cameo != "010"] == [cameo]


@pytest.mark.parametrize(("text", "expected"), [
    # the object after a long adjunct: aiming at a surplus, no attack
    ("وقال الوزير إن الحكومة تستهدف على مدى السنوات الثلاث المقبلة تحقيق فائض أولي.", []),
    # a preposition with a pronoun is the whole adjunct: the ranking follows its subject
    ("احتلت فيه عائلة العروس صدارة الأخبار.", []),
    # the object after a subject that is a noun chain ending in a name
    ("ويستهدف صندوق استثمارات الحكومة استثمار 50 مليار دولار.", []),
    # an adjunct after the name is no object: ضبط الحدود is border control, بالحدود a place
    ("ضبط فرع وزارة العمل بالحدود الشمالية 34 مخالفا.", [("صادر", None, "وزارة العمل")]),
    # an attack's target after an adjunct stays an attack
    ("استهدفت الطائرات في ريف حلب مواقع المسلحين.", [("استهدف", "الطائرات", "المسلحين")]),  # aircraft: an agent
    # a feeling with its complement before the verb prevails; an army takes control
    ("لكن الخوف من الفشل يسيطر عليك.", []),
    ("يسيطر الجيش على المدينة.", [("سيطر", "الجيش", None)]),
])
def test_an_object_or_subject_past_adjuncts_makes_another_verb(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a derived verbal noun as the object is an act aimed at (masdar_patterns: تفعيل, استفعال)
    ("ويستهدف المؤشر الأولي تقديم تقديرات دقيقة.", []),  # تفعيل, after a subject no table knows
    ("إذ تستهدف الجمعية دائما تطوير برامجها.", []),
    ("وتستهدف الشركة استيعاب الخريجين الجدد.", []),  # استفعال
    # not a party, nor a name: the attack stays
    ("واستهدف الجيش المسلحين.", [("استهدف", "الجيش", "المسلحين")]),
    ("واستهدف المسلحون تجمعا للجنود.", [("استهدف", "المسلحون", None)]),
    # a verbal noun right after the verb is its subject: the blasts targeted
    ("استهدف تفجيران انتحاريان اليوم مركزين أمنيين.", [("استهدف", None, "انتحاريان"), ("تفجير", "انتحاريان", None)]),
])
def test_a_verbal_noun_object_is_aimed_at(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the head of a relative's antecedent past a possessed noun and a bracket (ANTECEDENT_REACH)
    ("وستفتح الجائزة بمساريها (الحفظ والتدبر) التي تستهدف طلاب المنطقة.", []),
    # an imperfect describing the indefinite noun before it: its head a few words back
    ("وأطلقت الوزارة برنامجا تدريبيا جديدا يستهدف الطلاب.", []),
    ("وتنظم الوزارة دورة تدريبية تستهدف المعلمين.", []),
    # armed men are no prize: the attack stays
    ("والمسلحون في المدينة يستهدفون المدنيين.", [("استهدف", None, "المدنيين")]),
    # a perfect is no describing imperfect, and the described phrase ends at its head (عمليات, not تنفيذ)
    ("وهاجم المسلحون كابل عقب تنفيذ عمليات تفجيرية تستهدف عدة مواقع حكومية.",
     [("هاجم", "المسلحون", None), ("استهدف", None, "عدة مواقع")]),
])
def test_the_head_of_a_described_noun_phrase_decides_the_sense(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert events(text) == expected


def test_masdar_classes_are_read() -> None:
    from khabar.events.frames import _MASDAR_AIMS, _masdar
    assert {"استهدف"} == _MASDAR_AIMS
    assert _masdar("تطوير") and _masdar("استقطاب")
    assert not _masdar("اجتماع") and not _masdar("مستشفى")


@pytest.mark.parametrize(("text", "expected"), [
    # a legal appeal against a result, a decision or a will, or before a court: no stabbing
    ("طعن منافسه الرئيسي في النتائج.", []),
    ("طعنت الشركة على القرار أمام المحكمة.", []),
    ("وقد طعنت لورا وأخوها بهذه الوصية أمام القضاء.", []),
    # a stabbing stays one
    ("طعن شاب رجلا بسكين في الرقبة.", [("طعن", None, "رجلا")]),
])
def test_an_appeal_is_no_stabbing(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # إيقاف holding someone is an arrest (Maghrebi news)
    ("وتمكنت الوحدات الأمنية من إيقاف شخص مفتش عنه.", [("إيقاف", "الوحدات الأمنية", "شخص")]),
    # stopping a thing holds no one; a suspension from work or for matches is a penalty, no arrest
    ("وقررت الحكومة إيقاف العمل بالقرار.", []),
    ("وقررت الجامعة إيقاف اللاعب ثلاث مباريات.", []),
    ("وقررت الإدارة إيقاف الموظف عن العمل.", []),
    # the verb أوقف: stopping an activity, a service or fighting holds no one (other_senses.tsv)
    ("وأوقفت الشركة إنتاج الهاتف.", []),
    ("وأوقفت الحكومة التعامل مع الشركة.", []),
    ("وأحبطت الوحدات الأمنية عملية تهريب وأوقفت خمسة أشخاص.", [("أوقف", "الوحدات الأمنية", "خمسة أشخاص")]),
    ("وقالت إسرائيل إنها ستوقف ما وصفته بالتحصينات.", []),
    ("وأوقفت قوات الأمن خمسة أشخاص خلال عملية مداهمة.", [("أوقف", "قوات الأمن", "خمسة أشخاص")]),
])
def test_a_stop_is_an_arrest_only_of_someone_held(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # الاحتفاظ ب a party is custody (Maghrebi news); keeping a title or a right is not
    ("وأذنت النيابة العمومية بالاحتفاظ بالمتهمين.", [("الاحتفاظ", "النيابة العمومية", "المتهمين")]),
    ("ونجح الفريق في الاحتفاظ باللقب.", []),
    ("ويحق للمواطن الاحتفاظ بجنسيته.", []),
])
def test_custody_is_an_arrest_of_a_party(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize("phrase", sense_contexts()["إيقاف"][None])
def test_each_suspension_context_makes_no_arrest(phrase: tuple[str, ...]) -> None:
    assert events(f"وقررت الجامعة إيقاف اللاعب {' '.join(phrase)}.") == []


def test_rows_of_one_lemma_add_up(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = {"other_senses.tsv": [["احتل", "المركز", "ranked"], ["احتل", "الصدارة", "topped"]],
            "sense_contexts.tsv": [["أصاب", "حادث سير", "accident"], ["أصاب", "حريق", "fire"],
                                   ["هاجم", "تويتر", "online", "111"], ["هاجم", "حادا", "sharply", "111"]]}
    monkeypatch.setattr("khabar.events.frames.resource_rows", rows.__getitem__)
    other_senses.cache_clear()
    sense_contexts.cache_clear()
    try:
        assert len(other_senses()["احتل"]) == 2
        assert len(sense_contexts()["أصاب"][None]) == 2
        assert len(sense_contexts()["هاجم"]["111"]) == 2 and None not in sense_contexts()["هاجم"]
    finally:
        other_senses.cache_clear()
        sense_contexts.cache_clear()


@pytest.mark.parametrize(("text", "expected"), [
    # a feeling as object after a subject with a plural relational adjective and a place
    ("أصيب المسؤولون الحكوميون في بكين بالذعر.", []),
    # the ambiguous تحقق: Form II (investigates) with its preposition, Form V (verified, achieved) without
    ("وتحقق الشرطة مع المتهم.", [("حقق", "الشرطة", "المتهم")]),
    ("وتحقق الفريق من صحة الخبر.", []),
    ("تحقق الهدف الذي وضعته الحكومة.", []),
])
def test_the_complement_after_a_subject_and_its_adjectives_decides(text: str, expected: list) -> None:
    assert events(text) == expected
