"""The events stage on composed Arabic sentences: category, CAMEO, source, target, negation."""

from __future__ import annotations

import pytest

from khabar.events import Options, extract_events
from khabar.model import Entity, Mention

from .composed import analyse, coded, text_of, with_people

# (sentence, PLOVER, CAMEO, source text, target text, negated)
CASES = [
    # accusations, criticism, denial
    ("اتهمت وزارة الخارجية الإيرانية الولايات المتحدة بدعم الإرهاب.", "ACCUSE", "112",
     "وزارة الخارجية الإيرانية", "الولايات المتحدة", False),
    ("انتقد رئيس الوزراء قرار البرلمان.", "ACCUSE", "111", "رئيس الوزراء", "البرلمان", False),
    ("ندد الاتحاد الأوروبي بالهجوم.", "ACCUSE", "111", "الاتحاد الأوروبي", None, False),
    ("نفى الجيش السوري الاتهامات.", "REJECT", "016", "الجيش السوري", None, False),
    # telling, ordering, dismissing, mocking
    ("وأمر القاضي الشرطة بإخلاء المبنى.", "REQUEST", "100", "القاضي", "الشرطة", False),
    ("أقال الرئيس التونسي وزير الداخلية.", "COERCE", "172", "الرئيس التونسي", "وزير الداخلية", False),
    ("واستهزأ الرئيس بخصومه.", "ACCUSE", "111", "الرئيس", "خصومه", False),
    ("وتهكم الوزير على المعارضة.", "ACCUSE", "111", "الوزير", "المعارضة", False),
    # appeals and demands
    # the place after a seat word says where the body is based: no party
    ("ودعت منظمة العفو الدولية ومقرها لندن إلى الإفراج عن المعتقلين.", "REQUEST", "020",
     "منظمة العفو الدولية", None, False),
    ("دعا الرئيس الفرنسي إيمانويل ماكرون إلى وقف إطلاق النار.", "REQUEST", "020", "إيمانويل ماكرون", None, False),
    ("طالب المتظاهرون الحكومة بالاستقالة.", "REQUEST", "100", "المتظاهرون", "الحكومة", False),
    # meetings and agreements
    ("التقى وزير الخارجية المصري سامح شكري نظيره الأردني في القاهرة.", "CONSULT", "040",
     "سامح شكري", "نظيره الأردني", False),
    ("وقعت مصر اتفاقا مع السودان للتعاون الاقتصادي.", "AGREE", "057", "مصر", "السودان", False),
    # discussing, consulting: with a party after مع
    ("وناقش وزير الخارجية مع نظيره الأردني الأوضاع في المنطقة.", "CONSULT", "040", "وزير الخارجية",
     "نظيره الأردني", False),
    ("وتشاور الرئيس هاتفيا مع العاهل الأردني.", "CONSULT", "040", "الرئيس", "العاهل الأردني", False),
    # aid
    ("قدمت السعودية مساعدات إنسانية إلى اليمن.", "AID", "070", "السعودية", "اليمن", False),
    # a merger with the other party after مع
    ("واندمج الحزب مع حركة النهضة.", "COOPERATE", "06", "الحزب", "حركة النهضة", False),
    # sums of money paid to a party
    ("ودفعت الشركة مبالغ مالية لجماعات مسلحة.", "AID", "070", "الشركة", "جماعات مسلحة", False),
    # protest
    ("تظاهر آلاف الطلاب في العاصمة ضد الحكومة.", "PROTEST", "141", "آلاف الطلاب", "الحكومة", False),
    ("نظم العمال وقفة احتجاجية أمام الوزارة.", "PROTEST", "141", "العمال", None, False),
    # arrests
    ("اعتقلت الشرطة التركية خمسة صحفيين.", "COERCE", "173", "الشرطة التركية", "خمسة صحفيين", False),
    # an agent phrase after the party makes a bare perfect passive (its party the victim), not a bare قصف
    ("واعتقل شاب على يد قوات الأمن.", "COERCE", "173", "قوات الأمن", "شاب", False),
    ("وقتل الجيش خمسة مسلحين في قصف على مواقعهم.", "ASSAULT", "180", "الجيش", "خمسة مسلحين", False),
    # a sentence handed down: with its penalty, the frame's على right after the verb or its subject
    ("وحكمت المحكمة على المتهم بالسجن.", "COERCE", "173", "المحكمة", "المتهم", False),
    ("وحكم على المتهم بالسجن عشر سنوات.", "COERCE", "173", None, "المتهم", False),
    # a court's sentence in the construct state after قضى ب
    ("وقضت المحكمة بتغريم الرجل.", "COERCE", "173", "المحكمة", "الرجل", False),
    # the subject after the pronoun of the verb's preposition (VPS)
    ("وحكمت عليه المحكمة بالسجن سبع سنوات.", "COERCE", "173", "المحكمة", None, False),
    ("وفرضت عليها الولايات المتحدة عقوبات.", "SANCTION", "163", "الولايات المتحدة", None, False),
    ("وسيطر عليها المسلحون أمس.", "ASSAULT", "192", "المسلحون", None, False),
    # a blacklisting, with the list named
    ("وأدرجت وزارة الخزانة الأمريكية الشركة في القائمة السوداء.", "SANCTION", "163", "وزارة الخزانة الأمريكية",
     "الشركة", False),
    ("وأدرجت الولايات المتحدة حزب الله على قائمة المنظمات الإرهابية.", "SANCTION", "163", "الولايات المتحدة",
     "حزب الله", False),
    # ثمّن (appreciate) opening its clause; elsewhere ثمن is 'the price of'
    ("وثمنت وزارة الخارجية موقف السعودية.", "SUPPORT", "051", "وزارة الخارجية", "السعودية", False),
    ("من جهتها، ثمنت الحكومة دور الاتحاد الأوروبي.", "SUPPORT", "051", "الحكومة", "الاتحاد الأوروبي", False),
    # دان (condemned) without its hamza, opening its clause; elsewhere the name Dan or فدان 'acre'
    ("ودانت وزارة الخارجية الهجوم على السفارة.", "ACCUSE", "111", "وزارة الخارجية", None, False),
    ("من جهته، دان وزير الإعلام التفجير.", "ACCUSE", "111", "وزير الإعلام", None, False),
    ("ودانت المحكمة سامي مراد بالتزوير.", "ACCUSE", "1121", "المحكمة", "سامي مراد", False),  # a conviction
    # a topic opened by أما is the subject of its ف clause (فقد too); أما is no inflected أم
    ("أما الرئيس فقد انتقد الحكومة.", "ACCUSE", "111", "الرئيس", "الحكومة", False),
    ("وأما وزير الخارجية فانتقد الحكومة.", "ACCUSE", "111", "وزير الخارجية", "الحكومة", False),
    ("أما الشرطة فاعتقلت خمسة أشخاص.", "COERCE", "173", "الشرطة", "خمسة أشخاص", False),
    # a counted nisba in the accusative (11-99) is people of that country
    ("واعتقلت الشرطة 14 إيرانيا.", "COERCE", "173", "الشرطة", "14 إيرانيا", False),
    ("وأوقفت السلطات 20 مغربيا في المطار.", "COERCE", "173", "السلطات", "20 مغربيا", False),
    ("ألقت قوات الأمن القبض على ثلاثة مسلحين.", "COERCE", "173", "قوات الأمن", "ثلاثة مسلحين", False),
    ("وخاض المقاتلون معارك عنيفة ضد المسلحين في المدينة.", "ASSAULT", "190", "المقاتلون", "المسلحين", False),
    # assaults and fighting
    ("شن الطيران الروسي غارات على مواقع المعارضة.", "ASSAULT", "190", "الطيران الروسي", "المعارضة", False),
    ("اشتبكت القوات الحكومية مع المتمردين في الشمال.", "ASSAULT", "190", "القوات الحكومية", "المتمردين", False),
    ("لم تهاجم القوات الإسرائيلية المتظاهرين.", "ASSAULT", "190", "القوات الإسرائيلية", "المتظاهرين", True),
    # sanctions, threats, rejection
    ("فرضت واشنطن عقوبات على روسيا.", "SANCTION", "163", "واشنطن", "روسيا", False),
    ("هددت كوريا الشمالية الولايات المتحدة.", "THREATEN", "130", "كوريا الشمالية", "الولايات المتحدة", False),
    ("رفضت الحكومة السودانية المقترح.", "REJECT", "120", "الحكومة السودانية", None, False),
    # shooting, rockets, raids, talks
    ("أطلقت حركة حماس صواريخ على إسرائيل.", "ASSAULT", "195", "حركة حماس", "إسرائيل", False),
    ("داهمت قوات الأمن منزل المشتبه به.", "COERCE", "171", "قوات الأمن", "المشتبه", False),
    ("تباحث وزير الخارجية السعودي مع نظيره المصري.", "CONSULT", "040", "وزير الخارجية السعودي",
     "نظيره المصري", False),
    ("شجبت الجامعة العربية الهجوم.", "ACCUSE", "111", "الجامعة العربية", None, False),
    # offer of cooperation, obstruction
    ("عرضت روسيا على تركيا التعاون في مكافحة الإرهاب.", "AGREE", "030", "روسيا", "تركيا", False),
    ("عرقل الجيش وصول المساعدات.", "COERCE", "17", "الجيش", None, False),
    # praise, defence, solidarity, apology
    ("أشاد الرئيس المصري بجهود الحكومة الأردنية.", "SUPPORT", "051", "الرئيس المصري", "الحكومة الأردنية", False),
    ("دافع وزير الخارجية عن الحكومة.", "SUPPORT", "051", "وزير الخارجية", "الحكومة", False),
    # an untagged name right before the charge introduced by بـ is the object
    ("اتهمت النيابة العامة سامي بالتزوير.", "ACCUSE", "112", "النيابة العامة", "سامي", False),
    ("اعتقلت قوات الأمن كريم بتهمة التهريب.", "COERCE", "173", "قوات الأمن", "كريم", False),
    ("أدانت المحكمة العليا سامي مراد بالتزوير.", "ACCUSE", "1121", "المحكمة العليا", "سامي مراد", False),  # a conviction (verdicts)
    # the owner of a praised or criticised thing, named in a relative clause with a resumptive pronoun
    ("أشاد الوزير بالمبادرة التي أطلقتها منظمة الصحة العالمية.", "SUPPORT", "051", "الوزير",
     "منظمة الصحة العالمية", False),
    ("أعرب الوزير عن تقديره للجهود التي بذلتها الحكومة المصرية.", "SUPPORT", "051", "الوزير",
     "الحكومة المصرية", False),
    ("انتقد الوزير الخطة التي أعلنتها الحكومة المصرية.", "ACCUSE", "111", "الوزير", "الحكومة المصرية", False),
    ("تضامنت النقابة مع العمال المضربين.", "SUPPORT", "051", "النقابة", "العمال", False),
    ("اعتذرت الشركة للحكومة.", "SUPPORT", "055", "الشركة", "حكومة", False),
    # opposition, reduced relations, suspension, freezing
    ("عارضت المعارضة الحكومة.", "REJECT", "120", "المعارضة", "الحكومة", False),
    ("سحبت السعودية سفيرها من كندا.", "SANCTION", "161", "السعودية", "كندا", False),
    ("جمدت الولايات المتحدة أرصدة الحكومة الفنزويلية.", "SANCTION", "16", "الولايات المتحدة",
     "الحكومة الفنزويلية", False),
    ("علق الاتحاد الأفريقي عضوية مالي.", "SANCTION", "16", "الاتحاد الأفريقي", "مالي", False),
    # arson by civilians is a violent protest
    ("أضرم المتظاهرون النار في مقر الحزب الحاكم.", "PROTEST", "145", "المتظاهرون", "الحزب", False),
    # the possessor at the end of a construct chain after the preposition is the target
    ("شكك الوزير في نزاهة المعارضة.", "ACCUSE", "111", "الوزير", "المعارضة", False),
    # an apposition between commas names the subject, and is skipped before the object
    ("انتقد المذيع الأمريكي، جون ستيوارت، قرار الرئيس.", "ACCUSE", "111", "جون ستيوارت", "الرئيس", False),
    ("انتقد الرئيس، دون ليمون، قرار الحكومة.", "ACCUSE", "111", "الرئيس", "الحكومة", False),
    # a title after a name and a comma describes the name, with or without a comma closing it
    ("حذر جون كيري، وزير الخارجية الأمريكي السابق، من الاتفاق.", "THREATEN", "130", "جون كيري", None, False),
    ("رفض جون كيري، المدير التنفيذي لمؤسسة كابو، الاتهامات.", "REJECT", "120", "جون كيري", None, False),
    ("أحرق متظاهرون غاضبون مقر الحزب الحاكم.", "PROTEST", "145", "متظاهرون غاضبون", "الحزب", False),

    # a title between commas describing a light verb's subject holds no target (لحزب الأمة)
    ("ووجه الوزير، الرئيس السابق لحزب الأمة، انتقادات حادة للحكومة.", "ACCUSE", "111", "الوزير", "حكومة",
     False),
    # the nearest light-verb object decides the phrase: thanks, not the support named later
    ("أعرب البرلمان عن شكره للحكومة على دعمها المتواصل.", "SUPPORT", "051", "البرلمان", "حكومة", False),
    # a second subject coordinated with و is skipped before the object
    ("اتهمت مصر والسعودية قطر بدعم الإرهاب.", "ACCUSE", "112", "مصر", "قطر", False),
    # a reciprocal act's coordinated party is its target
    ("التقى وزير الخارجية المصري والسفير الأمريكي في القاهرة.", "CONSULT", "040", "وزير الخارجية المصري",
     "السفير الأمريكي", False),
    # parties coordinated as an agreement's subject agree with each other
    ("وقعت الصين والولايات المتحدة اتفاقا تجاريا.", "AGREE", "057", "الصين", "الولايات المتحدة", False),
    ("ووقعت مصر والأردن اتفاقية للتعاون الاقتصادي.", "AGREE", "057", "مصر", "الأردن", False),
]


def test_coordinated_subjects_each_act() -> None:
    sources = [text_of(e.source) for e in coded("اتهمت مصر والسعودية قطر بدعم الإرهاب.")]
    assert sources == ["مصر", "السعودية"]


def test_an_agreement_has_no_second_mention_of_its_party_as_target() -> None:
    events = coded("ووقع وزير الخارجية الفلسطيني رياض المالكي والمالكي اتفاقية.")
    assert all(text_of(e.target) not in ("المالكي", "رياض المالكي") for e in events)


def test_a_request_is_not_aimed_at_its_own_maker() -> None:
    assert [text_of(e.target) for e in coded("وكانت مصر تطالب بإطلاق سراحها.")] == [None]


def test_coordinated_parties_of_an_agreement_make_one_event() -> None:
    assert [(text_of(e.source), text_of(e.target)) for e in coded("ووقعت مصر والأردن اتفاقية للتعاون.")] == [
        ("مصر", "الأردن")]


def test_an_oblique_plural_is_not_a_second_subject() -> None:
    events = coded("هاجمت القوات الحكومية والمتمردين.")
    assert [text_of(e.source) for e in events] == ["القوات الحكومية"]


@pytest.mark.parametrize(("sentence", "source"), [
    ("أخبر وزير الخارجية الصحفيين أن الحكومة ستستقيل.", "وزير الخارجية"),
    ("وأبلغ الوزير نظيره الفرنسي بالقرار.", "الوزير"),
])
def test_telling_is_a_statement(sentence: str, source: str) -> None:
    events = [e for e in extract_events(analyse(sentence)) if e.cameo == "010"]
    assert [text_of(e.source) for e in events] == [source]


def test_an_ordered_act_is_the_order_givers() -> None:
    events = {e.action: e for e in coded("أمرت السلطات التركية باعتقال 271 جنديا.")}
    assert text_of(events["أمر"].source) == "السلطات التركية"
    assert text_of(events["اعتقال"].source) == "السلطات التركية"


@pytest.mark.parametrize("sentence", [
    "وقال إن هذا أمر طبيعي في ظل الظروف.",  # أمر, a matter: no order without its ب complement
    "وهو أمر بالغ الأهمية للحكومة.",
    "ويبلغ عدد السكان مليون نسمة.",  # يبلغ reaches: أبلغ is read in the perfect only
])
def test_nouns_and_homographs_are_no_order_or_statement(sentence: str) -> None:
    assert [e.action for e in extract_events(analyse(sentence))] == []


@pytest.mark.parametrize(("sentence", "plover", "cameo", "source", "target", "negated"), CASES)
def test_composed_sentence(sentence: str, plover: str, cameo: str, source: str, target: str | None,
                           negated: bool) -> None:
    events = [e for e in coded(sentence) if e.cameo == cameo]
    assert events, f"no {cameo} event in {[(e.cameo, e.action) for e in coded(sentence)]}"
    event = events[0]
    assert event.plover == plover
    assert text_of(event.source) == source
    assert text_of(event.target) == target
    assert event.negated is negated


@pytest.mark.parametrize(("sentence", "target"), [
    ("قتل خمسة مدنيين في قصف على المدينة.", "خمسة مدنيين"),
    ("اعتقل عشرات المحتجين أمس.", "عشرات المحتجين"),
    # a masdar after تم/جرى is the news, not background (without an agent phrase too)
    ("وتم القبض على 14 شخصا في المدينة.", "14 شخصا"),
    ("وجرى اعتقال المتهم في المطار.", "المتهم"),
    ("كما تم إيقاف 88 مهاجرا في الجنوب.", "88 مهاجرا"),
    # a definite number word after the verb: the ones counted before undergo it
    ("واعتقل الخمسة في المطار.", "الخمسة"),
    ("واحتجز الاثنان يوم الخميس الماضي.", "الاثنان"),
])
def test_passive_has_no_source(sentence: str, target: str) -> None:
    event = coded(sentence)[0]
    assert event.source is None
    assert text_of(event.target) == target


@pytest.mark.parametrize(("sentence", "cameo", "source", "target"), [
    ("أعلن الجيش اللبناني اعتقال ثلاثة مسلحين.", "173", "الجيش اللبناني", "ثلاثة مسلحين"),
    ("وقال المرصد إن هجمات التنظيم على قوات النظام تصاعدت.", "190", "التنظيم", "قوات النظام"),
    ("أدان الوزير اعتقال الشرطة للناشط.", "173", "الشرطة", "ناشط"),
])
def test_nominal_events(sentence: str, cameo: str, source: str, target: str) -> None:
    event = next(e for e in coded(sentence) if e.cameo == cameo)
    assert text_of(event.source) == source
    assert target in text_of(event.target)


@pytest.mark.parametrize("sentence", [
    "ويناقش المنتدى في أولى جلساته قضايا تطوير القطاع.",  # a discussion with no party after مع
    "وهي قضية يناقشها البرلمان مع الحكومة.",  # discussing it (flag i): a topic, no party discussed with
    "وتتظاهر الحكومة بمكافحة الفساد.",  # تظاهر بـ: pretend, not protest
    "قال الوزير إن الاقتصاد ينمو.",  # a statement only
    "توقفت المفاوضات بين الطرفين.",  # توقف is not أوقف
    "ارتفعت أسعار النفط في الأسواق العالمية.",
    "وأكدت الصحيفة بشكل قاطع أن اللاعب سيرحل.",  # قاطع: decisive, not a boycott
    "وأعلن الحزب عن تضامن مع أهالي المدينة.",  # a solidarity noun, not the verb
    "جمد الرئيس المكلف تشكيل فريقه.",  # freezing one's own work is no sanction
    "قدم الوزير طلباً إلى الحكومة.",  # طلباً: a noun with tanween, not the verb طلب
    "اجتمعت الفنانة بصديقتها نادية الجندي في الساحل.",  # صديقتها is no construct head: no one met the army
    "وقد دافعت الشركة عن نفسها علنا.",  # a verbal act directed at oneself
    "وتكمن نقطة الخلاف في طلب الحكومة بإرجاع الأموال.",  # no verb after a preposition: طلب is a noun
    "وحكم عليه بالفشل.",  # حكم على without a penalty: judged, doomed
    "ودفعت الحكومة ثمن سياساتها.",  # ثمن after a verb: the price, no praise
    "وأدرجت الوزارة بندا جديدا في الميزانية.",  # أدرج without a blacklist: an item added
    "وهي مناطق تسيطر عليها الجماعة المسلحة.",  # an occupation in the imperfect: a standing state
    "وتأهل الفريق إلى الدور ثمن النهائي.",  # the round of sixteen
    "وزرع المزارعون ألف فدان من القمح.",  # فدان after a number: an acre, no condemnation
    "وزرع المزارعون 150 فدانا من القمح.",  # acres in the accusative, after digits
    "قالت هيئة الغابات إن الحريق اتسع من 500 فدان إلى 3500 فدان.",  # a number counts the word after it
    "وشاركت في الحفل الفرقة الوطنية، ودانا الحلبي.",  # the name Dana opening its clause, no dual of دان
    "وزار الوزير مدينة «ودان» في الجنوب.",  # a word alone in quotation marks: the town, no condemnation
    "وصدر ضده حكم بالسجن 4 سنوات.",  # a verdict noun, no على after it: no verb and no count of people
    "وقضى الرجل خمس سنوات بالسجن.",  # قضى with time spent: no sentence
    "ودفع المشجعون مبالغ باهظة مقابل التذاكر.",  # a price for a thing, no party paid
    "ولم يستطع اللاعب أن يندمج مع الفريق.",  # fitting in with a team: no second party named
])
def test_no_coded_event(sentence: str) -> None:
    assert coded(sentence) == []


def test_negation_by_denial_complement() -> None:
    events = coded("نفى الجيش السوري أن يكون قد قصف المدينة.")
    assault = next(e for e in events if e.cameo == "195")
    assert assault.negated
    assert text_of(assault.source) == "الجيش السوري"


def test_statement_needs_speaker_and_can_be_switched_off() -> None:
    art = analyse("أكدت الوزارة أن الوضع مستقر.")
    assert [e.cameo for e in extract_events(art)] == ["010"]
    assert extract_events(art, Options(statements=False)) == []
    assert extract_events(analyse("وأضاف أن الوضع مستقر.")) == []


def test_actor_types_and_countries() -> None:
    event = coded("اتهمت القوات السورية مسلحي المعارضة بقصف المدينة.")[0]
    assert (event.source.agent, event.source.country) == ("MIL", "SY")
    assert event.target.agent == "REB"


def test_every_unit_is_read() -> None:
    art = analyse("اعتقلت الشرطة صحفيا.", headline="موسكو تتهم واشنطن بدعم الإرهاب")
    fields = {(e.field, e.cameo) for e in extract_events(art)}
    assert ("headline", "112") in fields and ("body", "173") in fields


@pytest.mark.parametrize(("sentence", "cameo", "source", "target"), [
    # a relative clause hangs on its antecedent: object with an object pronoun, else subject
    ("وأدان الوزير حركة حماس التي تتهمها الشرطة بالتحريض.", "112", "الشرطة", "حركة حماس"),
    ("انتقد الوزير الحكومة التي رفضت المقترح.", "120", "الحكومة", None),
    # a light verb's object heading a relative clause before it
    ("ونفى الجيش الاتهامات التي وجهتها المنظمة إلى الشرطة.", "112", "المنظمة", "الشرطة"),
    # a coordinated verb shares its clause's subject
    ("أحبطت وحدات الأمن عملية تهريب وأوقفت خمسة أشخاص.", "173", "الأمن", "خمسة أشخاص"),
    # an adverbial masdar is its clause subject's act
    ("أغلق التجار محلاتهم احتجاجا على الضرائب.", "141", "التجار", None),
    # a reaction to another party's act is aimed at that party
    ("نددت الحكومة بهجمات المتمردين.", "111", "الحكومة", "المتمردين"),
    ("وندد الرئيس بالغارات الإسرائيلية على غزة.", "111", "الرئيس", "الإسرائيلية"),
])
def test_clause_structure(sentence: str, cameo: str, source: str, target: str | None) -> None:
    event = next(e for e in coded(sentence) if e.cameo == cameo)
    assert text_of(event.source) == source
    assert text_of(event.target) == target


@pytest.mark.parametrize("sentence", [
    "وأثارت أنباء احتجاز المتهمين موجة سخرية.",  # an event noun modifying another noun
    "بعد مقتلها في حادث سيارة.",  # a victim in a time phrase
    "ووصفت الجريمة بأنها جريمة قتل إرهابية.",  # جريمة قتل names a crime
    "زار الوزير المدينة.",  # a visit needs a second party
])
def test_background_is_not_an_event(sentence: str) -> None:
    assert coded(sentence) == []


@pytest.mark.parametrize(("sentence", "cameo", "source"), [
    ("اقتحم المتظاهرون القنصلية الإيرانية.", "145", "المتظاهرون"),  # civilians storming: a riot
    ("اقتحمت القوات الإسرائيلية المخيم.", "190", "القوات الإسرائيلية"),  # forces storming: an assault
    ("وشهدت المدينة احتجاجات واسعة.", "141", None),  # an event with no named participant
    ("ضبطت الشرطة مواطنا يهرب المخدرات.", "173", "الشرطة"),  # seizing a person is an arrest
])
def test_context_dependent_codes(sentence: str, cameo: str, source: str | None) -> None:
    event = next(e for e in coded(sentence) if e.cameo == cameo)
    assert text_of(event.source) == source


def test_meeting_with_a_pronoun_party_is_kept() -> None:
    assert [e.cameo for e in coded("والتقى الوزير معه في القاهرة.")] == ["040"]


def test_reported_events_are_claimed_by_the_reporter() -> None:
    event = coded("وقالت الوزارة إن الشرطة اعتقلت خمسة متظاهرين.")[0]
    assert (event.cameo, text_of(event.claimed_by)) == ("173", "الوزارة")
    assert coded("اعتقلت الشرطة خمسة متظاهرين.")[0].claimed_by is None


@pytest.mark.parametrize(("text", "target"), [
    ("وقال الوزير إن الجيش هاجم مواقع المتمردين.", "الجيش"),  # a hostile act reported: about its doer
    ("وقال الوزير إن الشرطة اعتقلت خمسة متظاهرين.", None),  # arrests by one's own forces are not
    ("وقال الوزير إن الحكومة وقعت اتفاقا مع المعارضة.", None),  # nor cooperation
])
def test_statement_about_the_doer_of_a_reported_hostile_act(text: str, target: str | None) -> None:
    statement = next(e for e in extract_events(analyse(text)) if e.cameo == "010")
    assert text_of(statement.target) == target


def test_speakers_that_end_the_sentence_have_no_addressee() -> None:
    # the conjoined speakers are the last words: nothing after them to address or confirm
    statements = [e for e in extract_events(analyse("أكد كل من الجيش والشرطة")) if e.cameo == "010"]
    assert [(text_of(e.source), e.target) for e in statements] == [("الجيش", None), ("الشرطة", None)]


@pytest.mark.parametrize(("sentence", "source", "target"), [
    # a ḥāl participle after a statement: the speaker demands of the party after it
    ("وقال الوزير إن الوضع خطير، داعيا الحكومة إلى التحرك.", "الوزير", "الحكومة"),
    ("واعتبرت الخارجية أن المطالب مرفوضة، مطالبة واشنطن بتقديم تنازلات.", "الخارجية", "واشنطن"),
])
def test_hal_participle_requests(sentence: str, source: str, target: str) -> None:
    requests = [e for e in coded(sentence) if e.plover == "REQUEST"]
    assert [(text_of(e.source), text_of(e.target)) for e in requests] == [(source, target)]


@pytest.mark.parametrize(("sentence", "source", "target"), [
    # a preposition's pronoun refers back to the antecedent: the subject follows it
    ("وأعلن البرلمان الذي تسيطر عليه المعارضة أن التضخم ارتفع.", "المعارضة", "البرلمان"),
    ("ومنعت الحكومة الشركات التي تسيطر عليها الصين من الاستحواذ.", "الصين", "الشركات"),
])
def test_relative_clause_with_a_resumptive_preposition(sentence: str, source: str, target: str) -> None:
    found = [e for e in coded(sentence) if e.action == "سيطر"]
    assert [(text_of(e.source), text_of(e.target)) for e in found] == [(source, target)]


@pytest.mark.parametrize(("text", "speaker"), [
    # a definite noun no lexicon knows, right before what it says, is the speaker
    ("وأضاف البيان أن الحكومة فشلت في إدارة الأزمة.", "البيان"),
    ('وأشار الموقع إلى أن المنفذ قتل.', "الموقع"),
    # not before a prepositional complement: the noun is what a dropped subject affirms
    ("وأكد الالتزام بالحلول السياسية.", None),
])
def test_an_unlisted_definite_noun_before_what_it_says_is_the_speaker(text: str, speaker: str | None) -> None:
    statements = [e for e in extract_events(analyse(text)) if e.cameo == "010"]
    assert [text_of(e.source) for e in statements][:1] == ([speaker] if speaker else [])


def test_only_a_pointing_verb_has_its_speaker_before_ila() -> None:
    statements = [e for e in extract_events(analyse("وأكد الحاجة إلى تعديل القانون.")) if e.cameo == "010"]
    assert all(text_of(e.source) != "الحاجة" for e in statements)
    statements = [e for e in extract_events(analyse("ولفت الانتباه إلى خطورة الوضع.")) if e.cameo == "010"]
    assert all(text_of(e.source) != "الانتباه" for e in statements)  # (pointing_objects)


@pytest.mark.parametrize(("text", "source"), [
    # a victim noun that a verb of bringing about (result_verbs) has as its result: the act's doer
    ("أسفر هجوم لتنظيم داعش عن مقتل 20 جنديا.", "تنظيم"),
    ("وأسفرت الغارات الإسرائيلية على البلدة أمس عن مقتل 20 شخصا.", "الإسرائيلية"),
    ("وشنت الطائرات الحربية غارات أدت إلى مقتل 7 مدنيين.", "الطائرات الحربية"),
    # past the relative clause the act heads
    ("وقالت المصادر إن الغارات الجوية التركية التي شنت في ذلك التاريخ، أسفرت عن مقتل 5 من قادة التنظيم.",
     "التركية"),
    # no doer named for the act: none for its result; an adjective typing the act is no doer
    ("وأسفر انفجار في السوق عن مقتل 15 شخصا.", None),
    ("وأسفر هجوم مسلح على الحاجز عن مقتل شرطي.", None),
])
def test_the_result_of_an_act_of_force_is_its_doers(text: str, source: str | None) -> None:
    killing = next(e for e in coded(text) if e.action == "مقتل")
    assert text_of(killing.source) == source


@pytest.mark.parametrize("link", ["عن", "إلى", "في"])
def test_each_result_link_leads_to_the_result(link: str) -> None:
    # result_links: the preposition after أسفر/أدى/تسبب before the result the act's doer does
    killing = next(e for e in coded(f"وشنت الطائرات الحربية غارات أسفرت {link} مقتل 7 مدنيين.") if e.action == "مقتل")
    assert text_of(killing.source) == "الطائرات الحربية"


def test_a_passive_auxiliary_after_a_separate_conjunction_is_no_name() -> None:
    # (a Maghrebi spelling: و تم) تم is no one's name, so nobody opens the investigation
    events = extract_events(analyse("وقال الوزير إنه و تم فتح تحقيق في الحادث."))
    assert all(text_of(e.source) != "تم" for e in events)


def test_we_in_a_quotation_are_its_speaker_not_a_party_named_before() -> None:
    """A first-person verb's subject is 'we': a party named earlier in the same quotation is not it
    (لا أرى أن حرب اليمن مستنقع، فنحن نقدم ...), the quotation's speaker is."""
    from khabar.model import Article, Source
    from khabar.pipeline import build_pipeline

    pipeline = build_pipeline(["events"])
    article = Article(id="t", source=Source("text"), published="2015-07-28", body=[
        'وقال وزير الخارجية السعودي عادل الجبير: "لا أرى أن حرب اليمن مستنقع، فنحن نقدم مساعدات للشعب اليمني".'])
    for stage, (stage_run, options) in zip(pipeline.stages, pipeline.runners, strict=True):
        if stage.name != "structure":  # a composed body, no page
            article = stage_run(article, options)
    aid = [e for e in article.events if e.cameo == "070"]
    assert [e.source.text if e.source else None for e in aid] == ["عادل الجبير"]


def test_a_body_introduced_with_its_seat_is_the_subject() -> None:
    events = [e for e in extract_events(analyse("وذكرت الشرطة أن الرجل كسر النوافذ. ودعت المنظمة ومقرها لندن إلى تحقيق."))
              if e.cameo == "020"]
    assert [(text_of(e.source), text_of(e.target)) for e in events] == [("المنظمة", None)]


@pytest.mark.parametrize(("sentence", "target"), [
    # a bare title's genitive chain up to the comma closing it describes the person before it
    ("وانتقد أحمد علي مفتي عام مصر ورئيس هيئة العلماء، الحكومة المصرية.", "الحكومة المصرية"),
])
def test_a_bare_title_after_a_name_describes_it_up_to_its_comma(sentence: str, target: str) -> None:
    events = [e for e in extract_events(with_people(sentence, "أحمد علي")) if e.cameo == "111"]
    assert [text_of(e.target) for e in events] == [target]


def test_an_object_pronoun_is_never_the_doer_again() -> None:
    text = "وصل حسن نصر الله إلى بيروت. ثم وجه إليه نصر الله اتهامات."
    art = analyse(text)
    first = text.index("حسن نصر الله")
    second = text.index("نصر الله", first + 12)
    art.entities.append(Entity(id="per:0", name="حسن نصر الله", type="PER", mentions=[
        Mention("حسن نصر الله", "body", 0, first, first + 12), Mention("نصر الله", "body", 0, second, second + 8)]))
    assert [(text_of(e.source), text_of(e.target)) for e in extract_events(art) if e.cameo == "112"] == [
        ("نصر الله", None)]


def test_a_person_subject_ending_the_sentence_has_no_title_after_it() -> None:
    art = with_people("وانتقده أحمد علي", "أحمد علي")
    assert [text_of(e.source) for e in extract_events(art) if e.cameo == "111"] == ["أحمد علي"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the act an appeal or a demand asks for has not happened; the request is aimed at its party
    ("ودعا الرئيس إلى فرض عقوبات على إيران.", [("دعا", "الرئيس", "إيران")]),
    ("وطالب الوزير الشرطة باعتقال المتهمين.", [("طالب", "الوزير", "الشرطة")]),
    ("ودعا الوزير إلى حوار بين مصر والسودان.", [("دعا", "الوزير", "مصر")]),
    # an order is carried out by the one who gives it
    ("وأمرت السلطات التركية باعتقال 271 جنديا.", [("أمر", "السلطات التركية", None),
                                                  ("اعتقال", "السلطات التركية", "271 جنديا")]),
    # an act further on, after punctuation, is no act asked for
    ("ودعا الرئيس إلى الهدوء، وفرضت الحكومة عقوبات على إيران.", [("دعا", "الرئيس", None),
                                                                 ("فرض عقوبات", "الحكومة", "إيران")]),
])
def test_a_requested_act_is_no_event(sentence: str, expected: list) -> None:
    assert [(e.action, text_of(e.source), text_of(e.target)) for e in coded(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # each party joined by و to the target is a target too, one event each
    ("وفرضت الولايات المتحدة عقوبات على إيران وروسيا.", [("الولايات المتحدة", "إيران"), ("الولايات المتحدة", "روسيا")]),
    ("واتهمت مصر قطر وتركيا بدعم الإرهاب.", [("مصر", "قطر"), ("مصر", "تركيا")]),
])
def test_coordinated_targets_each_undergo_the_act(sentence: str, expected: list) -> None:
    assert [(text_of(e.source), text_of(e.target)) for e in coded(sentence)] == expected

