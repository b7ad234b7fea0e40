"""The events stage on composed Arabic sentences: category, CAMEO, source, target, negation."""

from __future__ import annotations

import pytest

from khabar.arabic.stage import Options as ArabicOptions
from khabar.arabic.stage import run as run_arabic
from khabar.events import Options, extract_events, run
from khabar.model import Article, Entity, Event, Mention, Place, Quote, Ref, Source, TimeExpr


def analyse(*body: str, headline: str | None = None) -> Article:
    article = Article(id="t", source=Source(kind="test"), headline=headline, body=list(body))
    return run_arabic(article, ArabicOptions())


def coded(text: str) -> list[Event]:
    """The non-statement events of one sentence."""
    return [e for e in extract_events(analyse(text)) if e.plover]


def text_of(ref: Ref | None) -> str | None:
    return ref.text if ref else None


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
    ("دعا الرئيس الفرنسي إيمانويل ماكرون إلى وقف إطلاق النار.", "REQUEST", "020", "إيمانويل ماكرون", None, False),
    ("طالب المتظاهرون الحكومة بالاستقالة.", "REQUEST", "100", "المتظاهرون", "الحكومة", False),
    # meetings and agreements
    ("التقى وزير الخارجية المصري سامح شكري نظيره الأردني في القاهرة.", "CONSULT", "040",
     "سامح شكري", "نظيره الأردني", False),
    ("وقعت مصر اتفاقا مع السودان للتعاون الاقتصادي.", "AGREE", "057", "مصر", "السودان", False),
    # aid
    ("قدمت السعودية مساعدات إنسانية إلى اليمن.", "AID", "070", "السعودية", "اليمن", False),
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

    # the nearest light-verb object decides the phrase: thanks, not the support named later
    ("أعرب البرلمان عن شكره للحكومة على دعمها المتواصل.", "SUPPORT", "051", "البرلمان", "حكومة", False),
    # a second subject coordinated with و is skipped before the object
    ("اتهمت مصر والسعودية قطر بدعم الإرهاب.", "ACCUSE", "112", "مصر", "قطر", False),
    # a reciprocal act's coordinated party is its target
    ("التقى وزير الخارجية المصري والسفير الأمريكي في القاهرة.", "CONSULT", "040", "وزير الخارجية المصري",
     "السفير الأمريكي", False),
]


def test_coordinated_subjects_each_act() -> None:
    sources = [text_of(e.source) for e in coded("اتهمت مصر والسعودية قطر بدعم الإرهاب.")]
    assert sources == ["مصر", "السعودية"]


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
    "وصدر ضده حكم بالسجن 4 سنوات.",  # a verdict noun, no على after it: no verb and no count of people
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


def test_entity_mentions_name_the_actor() -> None:
    text = "اتهم مسلحو داعش الجيش العراقي بقصف المدنيين."
    art = analyse(text)
    start = text.index("داعش")
    art.entities = [Entity(id="org:is", name="Islamic State", type="ORG",
                           mentions=[Mention("داعش", "body", 0, start, start + 4)])]
    event = next(e for e in extract_events(art) if e.cameo == "112")
    assert (event.source.text, event.source.entity, event.source.agent) == ("داعش", "org:is", "REB")
    assert event.target.text == "الجيش العراقي"


def test_time_place_claimant_and_offsets() -> None:
    text = "وقال الوزير إن الشرطة اعتقلت خمسة متظاهرين يوم الاثنين."
    art = analyse(text)
    t0 = text.index("يوم الاثنين")
    art.times = [TimeExpr("يوم الاثنين", "body", 0, t0, t0 + len("يوم الاثنين"), value="2020-01-06")]
    q0 = text.index("الشرطة")
    art.quotes = [Quote(cue="وقال", kind="indirect", content=text[q0:-1], field="body", paragraph=0,
                        start=q0, end=len(text) - 1, speaker=Ref("الوزير"))]
    art = run(art, Options())
    arrest = next(e for e in art.events if e.cameo == "173")
    assert arrest.when == "2020-01-06"
    assert text_of(arrest.claimed_by) == "الوزير"
    assert art.unit(arrest.field, arrest.paragraph)[arrest.start: arrest.end] == "اعتقلت"
    assert arrest.sentence == text
    assert (arrest.quad, arrest.goldstein) == (4, -7.0)


def test_every_unit_is_read() -> None:
    art = analyse("اعتقلت الشرطة صحفيا.", headline="موسكو تتهم واشنطن بدعم الإرهاب")
    fields = {(e.field, e.cameo) for e in extract_events(art)}
    assert ("headline", "112") in fields and ("body", "173") in fields


def test_quotation_speakers_make_statements() -> None:
    text = "وأضاف الوزير أن المفاوضات مستمرة."
    art = analyse("قال الوزير إن الوضع هادئ.", text)
    start = text.index("المفاوضات")
    art.quotes = [Quote(cue="وأضاف", kind="indirect", content=text[start:-1], field="body", paragraph=1,
                        start=start, end=len(text) - 1, speaker=Ref("الوزير", entity="per:x"))]
    statements = [e for e in extract_events(art) if e.cameo == "010"]
    assert [(e.paragraph, text_of(e.source)) for e in statements] == [(0, "الوزير"), (1, "الوزير")]
    assert extract_events(art, Options(statements=False)) == []


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


def test_where_is_a_place_introduced_as_a_location() -> None:
    text = "هاجمت قوات التحالف بقيادة الولايات المتحدة مواقع المتمردين في إدلب."
    art = analyse(text)
    art.places = [Place(word, "body", 0, text.index(word), text.index(word) + len(word), name=name)
                  for word, name in (("الولايات المتحدة", "United States"), ("إدلب", "Idlib"))]
    event = next(e for e in extract_events(art) if e.cameo == "190")
    assert event.where == "Idlib"


def test_reported_events_are_claimed_by_the_reporter() -> None:
    event = coded("وقالت الوزارة إن الشرطة اعتقلت خمسة متظاهرين.")[0]
    assert (event.cameo, text_of(event.claimed_by)) == ("173", "الوزارة")
    assert coded("اعتقلت الشرطة خمسة متظاهرين.")[0].claimed_by is None


def test_statement_addressee_is_a_person_right_after_the_speaker() -> None:
    text = "وقال أردوغان لترامب إن القضاء مستقل."
    art = analyse(text)
    for name, eid in (("أردوغان", "per:e"), ("ترامب", "per:t")):
        start = text.index(name)
        art.entities.append(Entity(id=eid, name=name, type="PER",
                                   mentions=[Mention(name, "body", 0, start, start + len(name))]))
    statement = extract_events(art)[0]
    assert (statement.cameo, text_of(statement.source), text_of(statement.target)) == ("010", "أردوغان", "ترامب")


def test_participants_carry_the_resolved_entity_name() -> None:
    text = "اتهم الرئيس الأمريكي إيران بدعم الإرهاب."
    article = analyse(text)
    start = text.index("الرئيس الأمريكي")
    article.entities = [Entity(id="per:trump", name="Donald Trump", type="PER", mentions=[
        Mention(text="الرئيس الأمريكي", field="body", paragraph=0, start=start, end=start + len("الرئيس الأمريكي"))])]
    event = next(e for e in extract_events(article) if e.cameo == "112")
    assert event.source is not None and event.source.name == "Donald Trump"


def with_people(text: str, *names: str) -> Article:
    """An analysed sentence whose persons the entities stage would have named."""
    art = analyse(text)
    for n, name in enumerate(names):
        start = text.index(name)
        art.entities.append(Entity(id=f"per:{n}", name=name, type="PER",
                                   mentions=[Mention(name, "body", 0, start, start + len(name))]))
    return art


@pytest.mark.parametrize(("text", "names", "cameo", "source", "target"), [
    # a descriptive phrase before a name: the person acts
    ("انتقدت الممثلة البريطانية جودي دينش قرار المخرج ريدلي سكوت.", ("جودي دينش", "ريدلي سكوت"), "111",
     "جودي دينش", "ريدلي سكوت"),
    # an occupation noun whose person is named a few words later: the person is the target
    ("أعربت الوزيرة عن تأييدها للاعب كرة السلة الأمريكي ليبرون جيمس.", ("ليبرون جيمس",), "051",
     "الوزيرة", "ليبرون جيمس"),
    # a rejected request: its submitter is the target; طلباً with tanween is the noun, not a request made
    ("رفضت المحكمة طلباً ثانيا بإخلاء السبيل تقدم به المفكر الإسلامي طارق رمضان.", ("طارق رمضان",), "120",
     "المحكمة", "طارق رمضان"),
    # a possessed patient noun: "him" is the last person named before it
    ("وبعد الاتهامات التي وجهت لسبيسي، أعلنت نتفليكس استبعاده من المسلسل.", ("سبيسي", "نتفليكس"), "16",
     "نتفليكس", "سبيسي"),
    # a rival is a participant
    ("من جانبه، شكر ماكرون غريمته على هجومها الكلامي.", ("ماكرون",), "051", "ماكرون", "غريمته"),
    # عبر عن شكره: thanks
    ("وعبر الوزير في بيان عن شكره للحكومة.", (), "051", "الوزير", "حكومة"),
    # a counterpart named after the word is the person
    ("هنأ الرئيس الأمريكي نظيره الروسي فلاديمير بوتين على فوزه.", ("فلاديمير بوتين",), "051",
     "الرئيس الأمريكي", "فلاديمير بوتين"),
    # an untagged title before a person between commas: the person acts
    ("أجرى العاهل الأردني، الملك سامي مراد، اتصالا هاتفيا مع الرئيس المصري.", ("الملك سامي مراد",), "040",
     "الملك سامي مراد", "الرئيس المصري"),
    ("أجرت الممثلة البريطانية، جين أوستن، محادثات مع الوزير.", ("جين أوستن",), "040", "جين أوستن", "الوزير"),
    # an untagged submitter named after a title and its adjective; لإ opens no name
    ("رفضت المحكمة طلبا قدمته الممثلة الأمريكية جين أوستن لإلغاء الحكم.", (), "120", "المحكمة", "جين أوستن"),
    # a title with the article after a named subject is another person, the object
    ("هنأ بوتين الرئيس السوري على فوزه.", ("بوتين",), "051", "بوتين", "الرئيس السوري"),
    # a definite institution does not govern the person after it: the person is the object
    ("اعتقلت الشرطة فرانك بتهمة التهريب.", ("فرانك",), "173", "الشرطة", "فرانك"),
    ("أدانت المحكمة سامي مراد بالتزوير.", ("سامي مراد",), "1121", "المحكمة", "سامي مراد"),
    # a name set off by a comma after a named subject is the object; of coordinated names, the first
    ("هنأ الرئيس الغاني جون ماهاما، سامي وكريم على فوزهما.", ("جون ماهاما",), "051", "جون ماهاما", "سامي"),
    ("انتقد الرئيس الغاني جون ماهاما، كوفي على تصريحاته.", ("جون ماهاما",), "111", "جون ماهاما", "كوفي"),
    # a title phrase before a name between commas: the named person acts
    ("هنأ رجل الأعمال السعودي، الأمير الوليد بن طلال، الحكومة السعودية على نجاحها.", ("الأمير الوليد بن طلال",),
     "051", "الأمير الوليد بن طلال", "الحكومة السعودية"),
])
def test_named_persons_take_the_place_of_their_titles(text: str, names: tuple[str, ...], cameo: str,
                                                     source: str, target: str) -> None:
    event = next(e for e in extract_events(with_people(text, *names)) if e.cameo == cameo)
    assert (text_of(event.source), text_of(event.target)) == (source, target)


def test_a_confirmed_fate_names_the_statement_target() -> None:
    text = "أكد كل من الجيش والشرطة وفاة الملا محمد عمر."
    statements = [e for e in extract_events(with_people(text, "الملا محمد عمر")) if e.cameo == "010"]
    assert [(text_of(e.source), text_of(e.target)) for e in statements] == [
        ("الجيش", "الملا محمد عمر"), ("الشرطة", "الملا محمد عمر")]


@pytest.mark.parametrize(("text", "target"), [
    ("وقال الوزير إن الجيش هاجم مواقع المتمردين.", "الجيش"),  # a hostile act reported: about its doer
    ("وقال الوزير إن الشرطة اعتقلت خمسة متظاهرين.", None),  # arrests by one's own forces are not
    ("وقال الوزير إن الحكومة وقعت اتفاقا مع المعارضة.", None),  # nor cooperation
])
def test_statement_about_the_doer_of_a_reported_hostile_act(text: str, target: str | None) -> None:
    statement = next(e for e in extract_events(analyse(text)) if e.cameo == "010")
    assert text_of(statement.target) == target


def test_a_quoted_speaker_is_the_topic_of_later_dropped_subjects() -> None:
    text = "وأضاف والد الطفل أن حالة ابنه خطيرة. وناشد وزارة الصحة بالتدخل."
    art = analyse(text)
    art.quotes = [Quote(cue="أضاف", kind="indirect", content="حالة ابنه خطيرة", field="body", paragraph=0,
                        start=text.index("حالة"), end=text.index("خطيرة") + len("خطيرة"), speaker=Ref(text="والد الطفل"))]
    appeal = next(e for e in extract_events(art) if e.cameo == "020")
    assert (text_of(appeal.source), text_of(appeal.target)) == ("والد الطفل", "وزارة الصحة")


@pytest.mark.parametrize("text", [
    # the topic's head noun again with the article is the topic itself, the subject, not the one appealed to
    "أعلنت مفوضية الأمم المتحدة السامية لشؤون اللاجئين أن آلاف اللاجئين عادوا. ودعت المفوضية إلى توفير ممر آمن.",
    "أعلنت وزارة الصحة المصرية أن الوضع مستقر. وناشدت الوزارة بتوفير اللقاحات.",
])
def test_the_topic_named_again_after_the_verb_is_its_subject(text: str) -> None:
    appeal = next(e for e in extract_events(analyse(text)) if e.cameo.startswith("02"))
    assert appeal.target is None and appeal.source is not None


def test_a_damma_marked_passive_takes_no_topic_as_doer() -> None:
    text = "وقال الوزير إن الاقتصاد ينمو. وكانت العقوبات رفعت بموجب اتفاق وُقع عام 2016."
    signings = [e for e in extract_events(analyse(text)) if e.cameo == "057"]
    assert all(e.source is None for e in signings)


def test_a_quoted_speaker_named_again_as_the_subject_is_not_its_own_target() -> None:
    text = "وانتقد نواب مغاربة، من جديد، رداءة البرامج."
    art = with_people(text)
    start = text.index("مغاربة")
    art.entities = [Entity(id="norp:ma", name="Moroccans", type="NORP",
                           mentions=[Mention("مغاربة", "body", 0, start, start + len("مغاربة"))])]
    art.quotes = [Quote(cue="انتقد", kind="indirect", content="رداءة البرامج", field="body", paragraph=0,
                        start=text.index("رداءة"), end=len(text) - 1, speaker=Ref(text="نواب مغاربة"))]
    criticism = next(e for e in extract_events(art) if e.cameo == "111")
    assert criticism.target is None and text_of(criticism.source) in ("مغاربة", "نواب مغاربة")


@pytest.mark.parametrize("text", [
    "وانتقدت الممثلة جين أوستن القرار.",
    "انتقدت الممثلة البريطانية جين أوستن القرار.",
])
def test_a_person_after_an_unlisted_title_is_the_subject_of_the_verb_before(text: str) -> None:
    event = next(e for e in extract_events(with_people(text, "جين أوستن")) if e.cameo == "111")
    assert (text_of(event.source), text_of(event.target)) == ("جين أوستن", None)


@pytest.mark.parametrize("after", ["", " وكانت الأجواء هادئة في المدينة."])
def test_a_pronoun_reaches_an_actor_of_an_earlier_sentence_without_predicate(after: str) -> None:
    """Actors of a sentence with no predicate still serve later sentences; a predicate-less sentence
    after the last event changes nothing."""
    events = coded("وصلت المنظمة الدولية إلى المدينة أمس. واتهمتها الحكومة بالتحيز." + after)
    assert [(e.cameo, text_of(e.source), text_of(e.target)) for e in events] == [
        ("112", "الحكومة", "المنظمة الدولية")]


@pytest.mark.parametrize(("text", "name", "cameo"), [
    # a headline-style subject before an imperfect verb, which the entities stage knows
    ("الوزارة تتهم واشنطن ولافروف ينفي ضمان الانسحاب", "لافروف", "016"),
])
def test_a_subject_read_from_the_words_keeps_its_entity(text: str, name: str, cameo: str) -> None:
    art = with_people(text, name)
    event = next(e for e in extract_events(art) if e.cameo == cameo)
    assert event.source is not None and event.source.entity == "per:0"


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


class _Counted(list):
    """A list that counts how often it is read through."""

    reads = 0

    def __iter__(self):
        type(self).reads += 1
        return super().__iter__()


def _article_reads(paragraphs: int) -> int:
    """How often the events stage reads the article's quotations, times, places and an entity's
    mentions through, for a page repeating one paragraph with a quotation, a time, a place and a
    name with a proclitic (ولافروف) in each."""
    sentence = "وقال وزير الخارجية أمس في باريس إن الجيش قصف مواقع المتمردين ولافروف."
    article = analyse(*[sentence] * paragraphs)
    cue, day, city = sentence.index("وقال"), sentence.index("أمس"), sentence.index("باريس")
    speaker = Ref(text="وزير الخارجية")
    content = sentence.index("الجيش")
    article.quotes = _Counted(Quote(cue="وقال", kind="indirect", content=sentence[content:-1], field="body",
                                    paragraph=n, start=content, end=len(sentence) - 1, speaker=speaker)
                              for n in range(paragraphs))
    article.times = _Counted(TimeExpr(text="أمس", field="body", paragraph=n, start=day, end=day + 3,
                                      value="2020-03-11") for n in range(paragraphs))
    article.places = _Counted(Place(text="باريس", field="body", paragraph=n, start=city, end=city + 5,
                                    name="Paris", country="FR", feature="city") for n in range(paragraphs))
    name = sentence.index("ولافروف")
    article.entities = [Entity(id="per:l", name="Lavrov", type="PER", name_ar="لافروف", mentions=_Counted(
        Mention(text="ولافروف", field="body", paragraph=n, start=name, end=name + 7) for n in range(paragraphs)))]
    assert cue == 0
    _Counted.reads = 0
    events = extract_events(article)
    assert any(e.where == "Paris" and e.claimed_by for e in events)  # the per-unit lookups found them
    return _Counted.reads


def test_a_long_page_reads_its_quotations_times_places_and_names_a_fixed_number_of_times() -> None:
    # a 1,000-paragraph page once took minutes: each event scanned every quotation and time
    # of the article, each actor every place and each mention its entity's every other mention;
    # counting reads (not the clock) shows the cost does not grow with the page
    assert _article_reads(40) == _article_reads(20)


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


def test_a_report_that_speaks_is_no_topic_for_later_acts() -> None:
    text = "وأضاف البيان أن الوضع مستقر. وألقى القبض على ثلاثة مسلحين."
    arrest = next(e for e in extract_events(analyse(text)) if e.cameo == "173")
    assert text_of(arrest.source) != "البيان"


def test_only_a_pointing_verb_has_its_speaker_before_ila() -> None:
    statements = [e for e in extract_events(analyse("وأكد الحاجة إلى تعديل القانون.")) if e.cameo == "010"]
    assert all(text_of(e.source) != "الحاجة" for e in statements)
    statements = [e for e in extract_events(analyse("ولفت الانتباه إلى خطورة الوضع.")) if e.cameo == "010"]
    assert all(text_of(e.source) != "الانتباه" for e in statements)  # (pointing_objects)


def test_a_statement_that_speaks_leaves_its_quotation_to_the_issuer() -> None:
    text = "وأضاف البيان أن الجيش قتل إرهابيا."
    art = analyse(text)
    art.quotes = [Quote(cue="أضاف", kind="indirect", content="الجيش قتل إرهابيا", field="body", paragraph=0,
                        start=text.index("الجيش"), end=len(text) - 1,
                        speaker=Ref(text="وزارة الدفاع الجزائرية", agent="GOV", country="DZ"))]
    added = [e for e in extract_events(art) if e.cameo == "010"]
    assert [text_of(e.source) for e in added] == ["وزارة الدفاع الجزائرية"]
    statements = [e for e in extract_events(analyse('لا يسعني أن أقول إلا "الحمد لله".')) if e.cameo == "010"]
    assert all(text_of(e.source) != "إلا" for e in statements)


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


def test_a_party_of_a_direct_quotation_is_no_topic_after_it() -> None:
    # the attackers are the topic inside the minister's words only: he is who stresses after them
    text = 'وقال الوزير: "إن المسلحين هاجموا القرية أمس". وأكد أن الحكومة ستعوض السكان.'
    art = analyse(text)
    content = "إن المسلحين هاجموا القرية أمس"
    start = text.index(content)
    art.quotes = [Quote(cue="قال", kind="direct", content=content, field="body", paragraph=0, start=start,
                        end=start + len(content), speaker=Ref(text="الوزير", agent="GOV"))]
    sources = {e.action: text_of(e.source) for e in extract_events(art)}
    assert sources["هاجم"] == "المسلحين"
    assert sources["أكد"] == "الوزير"
