"""Detection context: future verbs that are names or nouns, أمس in idioms, ranges of counts."""

from __future__ import annotations

import pytest

from khabar.arabic.fold import fold
from khabar.times import analyse_text
from khabar.times.detect import find
from khabar.times.tense import future_context

PUB = "2018-02-23"  # a Friday


def values(text: str, names: list[tuple[int, int]] | None = None) -> list[tuple[str, str | None]]:
    return [(text[s:e], v) for s, e, v in analyse_text(text, PUB, names=names or ())]


def span_of(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a name that reads as سـ + imperfect verb is no future verb when the text names it
    ("وأوقف روبن سيميدو صباح الثلاثاء في منزله", "روبن سيميدو", "2018-02-20"),
    ("وقال وزير الخارجية سيرغي لافروف الاثنين إن", "سيرغي لافروف", "2018-02-19"),
    ("وانسحبت سيرينا من المباراة الأحد", "سيرينا", "2018-02-18"),
    # ... and without it the word still reads as a verb
    ("وأوقف روبن سيميدو صباح الثلاثاء في منزله", None, "2018-02-27"),
])
def test_names_are_no_future_verbs(text: str, name: str | None, expected: str) -> None:
    names = [span_of(text, name)] if name else []
    assert [v for _, v in values(text, names)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("وزعت وجبات ساخنة الخميس على الأسر", "2018-02-22"),  # an adjective in ة, not سـ + verb
    ("منيت بهزيمة ساحقة الأحد", "2018-02-18"),
    ("سيزور الوزير القاهرة الخميس", "2018-03-01"),  # a future verb still looks ahead
    ("ستعقد القمة يوم الثلاثاء", "2018-02-27"),
    ("خلال اجتماع مقرر الثلاثاء في برلين", "2018-02-27"),  # مقرر: scheduled
    # سا with a bare alif is a name or noun (سأ + verb keeps its hamza): no future
    ("ضم النادي المدافع من نادي ساوثامبتون في يناير", "2018-01"),
    ("وقال ساركوزي إنه التقى الرئيس الثلاثاء", "2018-02-20"),
    ("قال إنني سأزور القاهرة الثلاثاء", "2018-02-27"),  # سأ: the first person's future
])
def test_future_verbs_and_nouns(text: str, expected: str) -> None:
    assert [v for _, v in values(text)] == [expected]


def test_future_context_reads_the_words_before() -> None:
    text = "قال إنه سيزور بغداد الخميس"
    f = fold(text)
    assert future_context(f, text, text.index("الخميس"))
    assert not future_context(f, text, text.index("سيزور"))


@pytest.mark.parametrize("text", [
    "وإيران بأمس الحاجة إليها",  # أمس الحاجة: in utmost need
    "فنحن في أمس الحاجة لمثل هذه القرارات",
    "بعدما لامس الخام أدنى مستوى",  # لامس: touched
    "تزايد الاهتمام بكرة القدم وأبيدوا عن بكرة أبيهم",  # ب + كرة (a ball), no colloquial 'tomorrow'
])
def test_yesterday_in_idioms_is_none(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال أمس إن", [("أمس", "2018-02-22")]),
    ("وصل بالأمس", [("الأمس", "2018-02-22")]),
    ("مساء أمس الخميس", [("مساء أمس الخميس", "2018-02-22")]),
])
def test_yesterday_still_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("يتراوح دخله ما بين 2000 إلى 2500 ريال شهرياً", []),  # a range of amounts
    ("ارتفع عدد الزوار من 1500 إلى 2000 شخص", []),  # amounts: the first is no plausible year
    ("انخفض عددهم من 2020 إلى 1990 شخصا", []),  # amounts: the second end comes first
    ("بين 1800 - 2200 دولار", []),
    ("ارتفعت من 13 ميغاوات في 2013 إلى 213 ميغاوات", [("2013", "2013")]),  # 213 is a value
    ("خلال حروب البلقان بين 1912-13", [("1912", "1912")]),  # a year's last digits
    # two plausible years, the second later: a span of years, though a noun follows
    ("نما الاقتصاد بين 2017 و2020 بنسبة", [("2017", "2017"), ("2020", "2020")]),
])
def test_bare_number_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_find_passes_names_to_the_future_check() -> None:
    text = "سيرغي الثلاثاء"
    (_, _, _, future), = find(text)
    (_, _, _, named), = find(text, [(0, 5)])
    assert future and not named


@pytest.mark.parametrize(("text", "expected"), [
    ("يتحول الوفد اليوم إلى فرنسا", [("اليوم", "2018-02-23")]),  # إلى is no adjective of the day
    ("تختتم اليوم المرحلة الأولى من البطولة", [("اليوم", "2018-02-23")]),  # a definite noun: today
    ("أعلنت السلطات اليوم الإفراج عن 13 موقوفا", [("اليوم", "2018-02-23")]),
    ("في اليوم العالمي للمرأة", []),  # a nisba adjective: the day
    ("في اليوم التالي للحادث", []),
    ("منذ اليوم الأول", []),
    ("منذ ذلك اليوم إلى الآن", []),  # that day, not today; إلى الآن: so far
    ("وقالت إنها ستفعل ذلك اليوم الجمعة", [("اليوم الجمعة", "2018-02-23")]),  # ذلك: the object
])
def test_today_before_a_definite_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("خلال الشهر الفارط", [("الشهر الفارط", "2018-01")]),  # Tunisian: the past month
    ("في نهاية الأسبوع الفارط", [("نهاية الأسبوع الفارط", "2018-W07")]),
    ("خلال السنة المنقضية", [("السنة المنقضية", "2017")]),
    ("إلى موفى أكتوبر 2015", [("موفى أكتوبر 2015", "2015-10")]),  # موفى: the end of
])
def test_maghrebi_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("من الرابع عشر لشهر يونيو إلى الخامس عشر من شهر يوليو", [("الرابع عشر لشهر يونيو", "2017-06-14"),
                                                          ("الخامس عشر من شهر يوليو", "2017-07-15")]),
])
def test_ordinal_days_of_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قصف مدفعي الليلة الماضية شرق رفح", [("الليلة الماضية", "2018-02-22")]),  # last night
    ("سرقة خلال الليلة الفاصلة بين يومي 18 و19 فيفري", [("18 و19 فيفري", "2018-02-18")]),
    ("غنى في حفلة الليلة الحجازية", []),  # a nisba adjective: a night, not tonight
    ("وبعد تلك الليلة خرج من بغداد", []),  # that night
    ("يقدم عرضه الليلة في المسرح", [("الليلة", "2018-02-23")]),  # tonight
])
def test_the_night(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a present-tense verb of the clause: the coming weekday (PUB is a Friday)
    ("يتوجه الناخبون إلى الاقتراع السبت", "2018-02-24"),
    ("يتوجه الناخبون إلى صناديق الاقتراع العامة السبت", "2018-02-17"),  # too far: no clause verb
    ("يتوجه السبت الناخبون إلى صناديق الاقتراع", "2018-02-24"),
    ("ويفترض أن يجري التصويت الثلاثاء", "2018-02-27"),
    ("تستضيف إسطنبول الجمعة قمة إسلامية", "2018-02-23"),  # the day itself: today
    ("وتتجه الأنظار السبت إلى المباراة", "2018-02-24"),
    ("تحتضن العاصمة يوم الاثنين الاجتماع الوزاري", "2018-02-26"),  # form VIII in ت: تفتعل
    ("وتنعقد القمة السبت في الرياض", "2018-02-24"),  # form VII in ت: تنفعل
    ("وتنتقل إلى غرفة عادية يوم السبت", "2018-02-24"),
    # ... and none when the clause says otherwise
    ("ولم يعلق النادي حتى مساء الاثنين", "2018-02-19"),  # لم + imperfect: a past
    ("يحتشدون قرب الحدود بعد احتجاجات الاثنين", "2018-02-19"),  # بعد starts another time
    ("يذكر أن الوزير زار بغداد الاثنين", "2018-02-19"),  # أن starts another clause
    ("وقتل خمسة أشخاص بجروح يومي الاثنين", "2018-02-19"),  # يومي is no verb
    ("دخل فيلمان المسابقة الأحد", "2018-02-18"),  # فيلمان is no ف + verb
    ("ويعتبر الاثنين الأكثر دموية", "2018-02-19"),  # a copula, not a plan
    ("تضمن بيان صادر الخميس", "2018-02-22"),  # a perfect in ت
    ("تنازل اللاعب عن حقه الخميس", "2018-02-22"),  # a form VI perfect in تن
    ("تنظيم الحفل الخميس", "2018-02-22"),  # a form II masdar in تن
    ("تفتيش المنازل الخميس", "2018-02-22"),  # ... and in ت?ت
    # a weekday set off by commas is an aside of its clause
    ("يلتقي الرئيس، الأحد، نظيره الفرنسي", "2018-02-25"),
    ("وقال الرئيس، الأحد، إن", "2018-02-18"),
    ("يلتقي الرئيس نظيره، الأحد.", "2018-02-18"),  # a comma before only: a clause of its own
    # ... and the present verb right after the aside opens its clause
    ("وبعد يوم بلا مباريات، الأحد، تنطلق لقاءات الدور الثاني", "2018-02-25"),
    ("وأعلنت الحكومة، الأحد، تمديد الحظر", "2018-02-18"),  # a masdar after it: no verb
    ("وفي بيان صدر، الأحد، قتل ثلاثة", "2018-02-18"),  # a perfect after it
    # a preposition of a place adjunct is not counted in the verb's reach
    ("قداس يقام في كنيسة القديسين في لندن الأحد", "2018-02-25"),
    ("قداس يقام بكنيسة القديس بولس وسط العاصمة لندن الأحد", "2018-02-18"),  # five words back
])
def test_weekday_after_a_present_verb(text: str, expected: str) -> None:
    assert [v for _, v in values(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("ظهر الانسجام بين الاثنين خلال الحفل", []),  # between the two
    ("لا مقارنة بين الاثنين", []),
    ("وكلا الاثنين رفض", []),
    # a weekday joined to it makes it Monday, one end of the two days (الليلة الفاصلة بين الاثنين والثلاثاء)
    ("وصل الوفد بين الاثنين والثلاثاء", [("الاثنين", "2018-02-19"), ("الثلاثاء", "2018-02-20")]),
    ("وصل الوفد الاثنين", [("الاثنين", "2018-02-19")]),
    # after a definite dual or plural, the numeral agreeing with it; after بيد, in the hands of the two
    ("وانهاء اجراءات المتوفين الاثنين الموجودين في المستشفى", []),
    ("عصمة الطلاق بيد الإثنين وليس الرجل فقط", []),
    ("يلتقي الطرفان يوم الاثنين", [("يوم الاثنين", "2018-02-26")]),
    ("اجتماع وزراء المالية في دول مجموعة العشرين الاثنين", [("الاثنين", "2018-02-19")]),  # a ten
])
def test_the_two_is_no_monday(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("كان يتحدث للصحفيين في واشنطن يوم الجمعة", "2018-02-23"),  # كان + imperfect: a past
    ("وكان ترامب يؤكد حتى الخميس", "2018-02-22"),
    ("يتحدث الوزير للصحفيين الأحد", "2018-02-25"),
])
def test_kana_before_the_present_verb_makes_it_past(text: str, expected: str) -> None:
    assert [v for _, v in values(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a condition opening its clause: what may happen is to come (stamp Friday 2018-02-23)
    ("ويتأهل الفريق في حال خسارة منافسه أمام ضيفه الأحد", "2018-02-25"),
    ("وإذا وافق البرلمان الثلاثاء فسيدخل القانون حيز التنفيذ", "2018-02-27"),
    ("ولا يعرف ما إذا كان البرلمان وافق الثلاثاء", "2018-02-20"),  # whether: no condition
    ("لو وافق البرلمان الثلاثاء لدخل القانون حيز التنفيذ", "2018-02-20"),  # would have: a past
])
def test_a_condition_before_a_bare_weekday_makes_it_the_coming_one(text: str, expected: str) -> None:
    assert [v for _, v in values(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a count of units before another event is no time before publication
    ("وذلك قبل أسبوعين من بدء الدراسة", []),
    ("ويأتي هذا الإعلان قبل يوم من نقل السفارة", []),
    ("وجاءت التعيينات قبل أقل من شهرين على موعد تجديد العقوبات", []),  # على/عن + an event noun
    ("وأعلن ذلك قبل أسبوع عن انطلاق الموسم", []),
    ("قتل قبل يومين على يد مسلحين", [("قبل يومين", "2018-02-21")]),  # على يد: by, no event
    ("قبل يومين", [("قبل يومين", "2018-02-21")]),
    ("بعد نحو شهرين من الآن", [("بعد نحو شهرين من الآن", "2018-04")]),
    # غد with a time of day or a weekday is tomorrow; alone it is 'the future'
    ("سنقوم بذلك صباح غد في الساعة العاشرة", [("صباح غد في الساعة العاشرة", "2018-02-24")]),  # with its clock
    ("اجتماع طارئ صباح غد السبت", [("صباح غد السبت", "2018-02-24")]),
    ("للانطلاق نحو غد أفضل", []),
    # the night as a unit of price, no tonight
    ("تكلفة الليلة الواحدة لا تتجاوز 10 دولارات", []),
    # a scheduled event looks ahead
    ("قبل الانتخابات المقررة في يونيو", [("يونيو", "2018-06")]),
    # a numeric date with its Gregorian mark م, paired with the Hijri date
    ("يوم الثلاثاء 19 / 10 / 1436هـ الموافق 4 / 8 / 2015م. وعقد",
     [("يوم الثلاثاء 19 / 10 / 1436هـ الموافق 4 / 8 / 2015م", "2015-08-04")]),
    # a closing parenthesis that no opening one in the date matches is the sentence's
    ("جريدة الوطن (بتاريخ 23/9/2012).", [("بتاريخ 23/9/2012", "2012-09-23")]),
])
def test_small_detection_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتنتج المملكة 9,9 مليون برميل في اليوم منذ مطلع العام", [("مطلع العام", "2018")]),  # a rate
    ("ينادي إلى الصلاة ثلاث مرات في اليوم.", []),
    ("يتجهون إلى القبلة خمس مرات في اليوم والليلة.", []),  # the rate's day and night
    ("سجلت الشرطة خمس حوادث في اليوم والليلة الماضية", [("الليلة الماضية", "2018-02-22")]),
    ("المشي لثلث ساعة في اليوم يفيد", []),
    ("وقال الوزير في اليوم ذاته إن", [("اليوم ذاته", None)]),  # the day named last: none here
    ("وقال الوزير في تصريح اليوم إن", [("اليوم", "2018-02-23")]),
])
def test_per_day_is_no_today(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count before في الساعة: a rate, per hour, no clock
    ("يمكن رؤية من 50 إلى 100 شهاب في الساعة الواحدة", []),
    ("وتبدأ المباراة في الساعة الواحدة يوم الخميس", [("الساعة الواحدة يوم الخميس", "2018-03-01")]),
])
def test_per_hour_is_no_clock(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an anaphor word with an ordinal or a unit after it is a noun (its day), no 'then'
    ("زار الأمير لندن في 2015 والتقى في يومها الأول رئيسة الوزراء", [("2015", "2015")]),
    ("زار الوفد فرنسا في 2015 أما باريس فيومها يومان", [("2015", "2015")]),
    ("زار الأمير لندن في 2015 والتقى وقتها رئيسة الوزراء", [("2015", "2015"), ("وقتها", "2015")]),
    ("انتخب البرلمان في 2009 لولاية تستمر حينئذ أربعة أعوام", [("2009", "2009"), ("حينئذ", "2009")]),  # a count
])
def test_an_anaphor_word_as_a_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_coast_is_no_future_verb() -> None:
    assert values("اعترضت مقاتلتان طائرتين قبالة ساحل آلاسكا الجمعة") == [("الجمعة", "2018-02-23")]


@pytest.mark.parametrize(("text", "expected"), [
    # a future verb opening the clause, farther back than the six words read before any expression
    ("وسيزور الرئيس الفرنسي إيمانويل ماكرون العاصمة اللبنانية بيروت في مايو", "2018-05"),
    ("ومن المقرر أن تعقد الجولة المقبلة من المفاوضات بين الطرفين في العاصمة العمانية مسقط يوم 20 مايو",
     "2018-05-20"),
    # ... not across a word starting another clause or time, nor after كان, nor across a comma
    ("سيزور لبنان بعد أن التقى الرئيس اللبناني ميشال عون في العاصمة بيروت في مايو", "2017-05"),
    ("كان سيزور الرئيس الفرنسي إيمانويل ماكرون العاصمة اللبنانية بيروت في مايو", "2017-05"),
    ("وسيزور الرئيس الفرنسي إيمانويل ماكرون، الذي تولى الحكم في مايو", "2017-05"),
    ("وستساعد نتائج التحقيق في رسم صورة حقيقية لما حدث في السابع من يونيو", "2017-06-07"),
    # a bare weekday too (PUB is a Friday)
    ("ومن المقرر أن يبحث الوزير الوضع في المنطقة مع نظيره الروسي في العاصمة موسكو يوم الثلاثاء", "2018-02-27"),
    ("وبحث الوزير الوضع في المنطقة مع نظيره الروسي في العاصمة موسكو يوم الثلاثاء", "2018-02-20"),
])
def test_a_future_clause_makes_a_month_the_coming_one(text: str, expected: str) -> None:
    assert values(text)[-1][1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أشار إلى تخصيص مكتب بين عامي 1960 و1980 لدراسة الظاهرة", [("عامي 1960", "1960"), ("1980", "1980")]),
    ("بمرور ما بين 3000 و3500 شخص يوميا", []),  # counts, not years
    ("ارتفعت الأسعار في 2013 و2014", [("2013", "2013"), ("2014", "2014")]),
    ("الاهتمام الذي يوليه المسؤولون للقطاع", []),  # يوليه: 'gives it', a verb
])
def test_bare_years_and_months_in_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_pair_of_hijri_years_after_a_slash_is_one_expression() -> None:
    # (1436 / 1437هـ: the academic year, both years; a lone one keeps no space before it)
    assert values("قبل بداية العام الدراسي 1436 / 1437هـ، حرصا") == [("بداية العام", "2018"), ("1436 / 1437هـ", "2015")]
    assert values("قبل بداية العام الدراسي 2015 / 1437هـ، حرصا") == [("بداية العام", "2018"), ("2015", "2015"),
                                                                    ("1437هـ", "2016")]


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday right after a fixture noun: the coming one in a preview (PUB is a Friday)
    ("ويستدعي المدرب جميع اللاعبين المتاحين لمباراة الاثنين أمام بيتيس", "2018-02-26"),
    ("لن يتردد المدرب في إشراك اللاعب في مباراة الأحد", "2018-02-25"),
    ("قبل مواجهة الثلاثاء.. من هو صاحب الكفة الراجحة", "2018-02-27"),
    # a fixture ahead of someone (لدينا مباراة، أمامنا مواجهة), the weekday later in its sentence
    ("وقال المدرب: لدينا مباراة الثلاثاء ويجب أن نركز", "2018-02-27"),
    ("وأضاف: أمامنا مباراة صعبة علينا خوضها الأحد", "2018-02-25"),
    ("وكان لدينا مباراة الثلاثاء خسرناها", "2018-02-20"),
    # ... and the last one when it was played
    ("وحدثت الواقعة بعد مباراة الأربعاء التي خسرها الفريق", "2018-02-21"),
    # (وبعد: و + بعد, whose ب is no clitic)
    ("ويستعد الفريق للقاء الأهلي وبعد مباراة الأربعاء يسافر اللاعبون", "2018-02-21"),
    ("لم يظهر الفريق بمظهر مطمئن في مباراة الاثنين التي أقيمت في روستوف", "2018-02-19"),
    ("واعتمدت اللاعبة في مباراة الثلاثاء على إرسالها الأول", "2018-02-20"),
])
def test_a_fixture_weekday(text: str, expected: str) -> None:
    assert [v for _, v in values(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # بحلول 'by': a bare year after it is a year, a distant target too and whatever word follows
    ("ستتحول المدينة إلى مركز للطاقة النظيفة بحلول 2050، كما أعلنت الحكومة", [("2050", "2050")]),
    ("يهدف البرنامج إلى خفض الدين بحلول 2021 من مستواه الحالي", [("2021", "2021")]),
    ("وصلت الأسعار بحلول 500 ريال", []),  # no year: a count
])
def test_a_year_after_by(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'so far' is a span up to now, no time of its own; الآن alone is now
    ("لم تتبن أي جهة الهجوم حتى الآن", []),
    ("لم يتم لحد الآن تحديد هوية الضحايا", []),
    ("وقالت إنها لم تستوعب إلى حدّ الآن ما حصل", []),
    ("لم يعلن حتى اللحظة عن موعد الانتخابات", []),
    ("ويقيم اللاعب الآن في باريس", [("الآن", "2018-02-23")]),
    ("سيعود بعد شهرين من الآن", [("بعد شهرين من الآن", "2018-04")]),
    # a plan named by its year (رؤية 2030): no year; a year word before the number is one
    ("في إطار رؤية 2030 الطموحة", []),
    ("وأشاد بمشاريع لرؤية السعودية 2030.", []),
    ("وفق الرؤية السعودية لعام 2030", [("لعام 2030", "2030")]),
])
def test_so_far_and_a_plan_name_no_time(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # منذ + a count after a record's elative is how long the record stands, no time
    ("وهو أقل مستوى له منذ ثلاثة أشهر.", []),
    ("تراجع المؤشر إلى أدنى منذ 8 أشهر، وفق البيانات", []),
    ("أقوى زلزال يضرب المنطقة منذ قرابة 40 عاما", []),
    # ... a date after منذ stays, and so does منذ + a count dating an event
    ("سجل أدنى مستوى منذ 2010", [("2010", "2010")]),
    ("واعتمدت هذه القواعد منذ سنتين", [("منذ سنتين", "2016")]),
    # منذ + 'more than' a count: for at least that long, no time; قبل أكثر من still dates an event
    ("وقالت إن الحادثة معروفة منذ أكثر من عامين.", []),
    ("ولم يتم القبض عليه منذ ما يزيد عن 40 عاما.", []),
    ("وتوفي قبل أكثر من عامين", [("قبل أكثر من عامين", "2016")]),
])
def test_since_after_a_superlative(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values(text) == expected
