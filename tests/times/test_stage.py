"""Time expressions in short composed sentences: span text and resolved value."""

from __future__ import annotations

import pytest

from khabar.times import analyse_text, expressions

PUB = "2017-11-14"  # a Tuesday

CASES = [
    # weekdays: latest on or before publication; الماضي strictly before; المقبل strictly after
    ("قالت الوزارة الثلاثاء إن", PUB, "الثلاثاء", "2017-11-14"),
    ("وصل الوفد يوم الأحد إلى", PUB, "يوم الأحد", "2017-11-12"),
    ("التقى الوزير الجمعة الماضية نظيره", PUB, "الجمعة الماضية", "2017-11-10"),
    ("يبدأ الاجتماع الخميس المقبل في", PUB, "الخميس المقبل", "2017-11-16"),
    ("الثلاثاء الماضي", PUB, "الثلاثاء الماضي", "2017-11-07"),
    ("مساء الأحد", PUB, "مساء الأحد", "2017-11-12"),
    # day words
    ("وقال أمس إن", PUB, "أمس", "2017-11-13"),
    ("صرّح بالأمس", PUB, "الأمس", "2017-11-13"),
    ("أول أمس", PUB, "أول أمس", "2017-11-12"),
    ("ويعقد غدا اجتماعا", PUB, "غدا", "2017-11-15"),
    ("صباح اليوم", PUB, "صباح اليوم", "2017-11-14"),
    ("بعد غد السبت", "2016-10-13", "بعد غد السبت", "2016-10-15"),
    # periods
    ("الأسبوع الماضي", PUB, "الأسبوع الماضي", "2017-W45"),
    ("هذا الأسبوع", PUB, "هذا الأسبوع", "2017-W46"),
    ("الشهر المقبل", PUB, "الشهر المقبل", "2017-12"),
    ("العام الماضي", PUB, "العام الماضي", "2016"),
    ("السنة الجارية", PUB, "السنة الجارية", "2017"),
    ("النصف الثاني من العام الحالي", PUB, "النصف الثاني من العام الحالي", "2017"),
    # counted: digits, number words, duals
    ("منذ ثلاثة أيام", PUB, "منذ ثلاثة أيام", "2017-11-11"),
    ("قبل يومين", PUB, "قبل يومين", "2017-11-12"),
    ("قبل 3 أسابيع", PUB, "قبل 3 أسابيع", "2017-W43"),
    ("منذ ستة أشهر", PUB, "منذ ستة أشهر", "2017-05"),
    ("منذ سنتين", PUB, "منذ سنتين", "2015"),
    ("بعد نحو شهرين من الآن", PUB, "بعد نحو شهرين من الآن", "2018-01"),
    ("تعود القضية إلى ماقبل عامين", PUB, "ماقبل عامين", "2015"),  # ما glued to قبل
    ("ومابعد شهرين من الآن", PUB, "مابعد شهرين من الآن", "2018-01"),  # and to بعد: still ahead
    # absolute dates, all month families
    ("في 4 نوفمبر 2016", PUB, "4 نوفمبر 2016", "2016-11-04"),
    ("الرابع من أكتوبر تشرين الأول", PUB, "الرابع من أكتوبر تشرين الأول", "2017-10-04"),
    ("15 يوليو/ تموز عام 2016", PUB, "15 يوليو/ تموز عام 2016", "2016-07-15"),
    ("في 12 كانون الثاني 2015", PUB, "12 كانون الثاني 2015", "2015-01-12"),
    ("يوم 20 جويلية", "2016-10-13", "يوم 20 جويلية", "2016-07-20"),
    ("13 أوت الماضي", "2016-10-13", "13 أوت الماضي", "2016-08-13"),
    ("يوم 13 ماي 2016", PUB, "يوم 13 ماي 2016", "2016-05-13"),
    ("في ٢٠ فيفري ٢٠١٥", PUB, "٢٠ فيفري ٢٠١٥", "2015-02-20"),
    ("بتاريخ 29/12/2011", PUB, "بتاريخ 29/12/2011", "2011-12-29"),
    ("في 2015-03-07", PUB, "2015-03-07", "2015-03-07"),
    ("تموز (يوليو) الحالي", PUB, "تموز (يوليو) الحالي", "2017-07"),
    ("نهاية سبتمبر أيلول", PUB, "نهاية سبتمبر أيلول", "2017-09"),
    ("مطلع شباط/فبراير الماضي", PUB, "مطلع شباط/فبراير الماضي", "2017-02"),
    ("أواخر عام 2013", PUB, "أواخر عام 2013", "2013"),
    ("نهاية سبتمبر من السنة الماضية", PUB, "نهاية سبتمبر من السنة الماضية", "2016-09"),
    ("في عام 2017", PUB, "عام 2017", "2017"),
    ("بين عامي 2013 و2014.", PUB, "عامي 2013", "2013"),
    ("في19 تموز/يوليو", PUB, "19 تموز/يوليو", "2017-07-19"),
    # missing year: most recent past, unless the sentence speaks of the future or the day is near
    ("في 20 فبراير", PUB, "20 فبراير", "2017-02-20"),
    ("في 20 ديسمبر", PUB, "20 ديسمبر", "2017-12-20"),  # a few weeks ahead: the coming one
    ("في ديسمبر", PUB, "ديسمبر", "2017-12"),  # next month alone: the coming one
    ("في يناير", PUB, "يناير", "2017-01"),  # a month alone further ahead stays in the past
    ("أرجئت الجلسة إلى 18 ديسمبر", PUB, "18 ديسمبر", "2017-12-18"),
    # Hijri dates and الموافق pairs
    ("15 رمضان 1436 هـ", PUB, "15 رمضان 1436 هـ", "2015-07-02"),
    ("الخميس 15 رمضان 1436هـ الموافق 2 يوليو 2015", PUB,
     "الخميس 15 رمضان 1436هـ الموافق 2 يوليو 2015", "2015-07-02"),
    # decades
    ("في ثمانينات القرن الماضي", PUB, "ثمانينات القرن الماضي", "198X"),
]


@pytest.mark.parametrize(("text", "published", "expected_text", "expected_value"), CASES)
def test_expression_and_value(text: str, published: str, expected_text: str, expected_value: str) -> None:
    found = [(text[s:e], v) for s, e, v in analyse_text(text, published)]
    assert (expected_text, expected_value) in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("ويتوقع أن يكتمل المشروع 2030.", ["2030"]),  # a plausible modern year stands alone
    ("في إطار رؤية 2030.", []),  # a plan's name (vision_head)
    ("خلال الفترة 1936 - 1939 وقع", ["1936"]),  # a span of years is one expression
    ("القرارات 1696 و1737 و1747", []),  # resolution numbers, not years
    ("ارتفع المؤشر إلى 1574.44 نقطة", []),  # a decimal
    ("قرار الوزير رقم (2000) بتاريخ", []),  # a number after رقم
    ("في 1348هجري", ["1929"]),  # a Hijri year alone
])
def test_bare_numbers(text: str, expected: list[str]) -> None:
    assert [v for _, _, v in analyse_text(text, PUB)] == expected


@pytest.mark.parametrize("text", [
    "مارس الرئيس ضغوطا على الحكومة",  # مارس the verb, not March
    "قتل 2000 شخص في الهجوم",  # a count, not a year
    "نيسان تطلق سيارة جديدة",  # a brand, not April
])
def test_no_false_expression(text: str) -> None:
    assert analyse_text(text, PUB) == []


def test_relative_values_stay_none_without_publication_date() -> None:
    assert [v for _, _, v in analyse_text("قال أمس إن الثلاثاء المقبل", None)] == [None, None]


def test_anaphor_takes_last_resolved_time() -> None:
    text = "في الرابع من أكتوبر قال المتحدث آنذاك إن"
    values = [v for _, _, v in analyse_text(text, PUB)]
    assert values == ["2017-10-04", "2017-10-04"]


@pytest.mark.parametrize(("text", "expected"), [
    # an anaphor answering a condition, beside an imperfect or future verb: 'in that case', no time
    ("في عام 2008 وقع الهجوم. وإذا انسحب الجيش فهو حينئذ يحتاج إلى دعم", ["2008"]),
    ("قال الوزير الثلاثاء: لو أغلقت المدارس فإن المعلمين سيضطرون حينها للبقاء في منازلهم", ["2017-11-14"]),
    # ... beside a perfect, a past 'then'; and ما إذا is 'whether'
    ("سبق لها ذلك في عام 2014 عندما طرحت مجموعة، قالت حينها إنها راضية", ["2014", "2014"]),
    ("سافر إلى الأردن العام الماضي، لمعرفة ما إذا كان اتصل حينها بمتطرفين", ["2016", "2016"]),
])
def test_an_anaphor_answering_a_condition(text: str, expected: list[str | None]) -> None:
    assert [v for _, _, v in analyse_text(text, PUB)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a time named later in the anaphor's sentence, none before it there: that time (PUB 2017-11-14)
    ("قالت الصحيفة الثلاثاء. وهاجم المرأة التي تبلغ آنذاك 40 عاما في غرفة فندق عام 2008.",
     ["2017-11-14", "2008", "2008"]),
    # ... but not past a comma or a word opening another clause (a later event's time)
    ("طرح الفكرة عام 1501. لكن الظروف لم تسمح بذلك في ذلك الوقت وتأجل المشروع حتى سنة 1798.",
     ["1501", "1501", "1798"]),
    ("في مارس 2015 مرضت. وقال زوجها وقتها إنها مصابة، تعرضت لها قبل عامين", ["2015-03", "2015-03", "2015"]),
    ("انسحب الجيش عام 2008 وكان حينها ضعيفا", ["2008", "2008"]),  # one before it: that one
    ("في عام 2008 وقع الهجوم. وكان الجيش حينها ضعيفا", ["2008", "2008"]),  # the sentence before
    # 'then' is never the stamp's own day
    ("أعلن الوزير اليوم أن الجيش كان حينها قد انسحب", ["2017-11-14", None]),
])
def test_anaphor_of_its_sentence(text: str, expected: list[str | None]) -> None:
    assert [v for _, _, v in analyse_text(text, PUB)] == expected


def test_offsets_slice_original_text_with_diacritics() -> None:
    text = "وَصَلَ أَمْسِ إلى القاهرة"
    (start, end, value), = analyse_text(text, PUB)
    assert text[start:end] == "أَمْسِ" and value == "2017-11-13"


@pytest.mark.parametrize(("text", "expected_text", "expected_value"), [
    ("في الـ15 من الشهر الجاري", "الـ15 من الشهر الجاري", "2017-11-15"),
    ("يوم 20 من الشهر الماضي", "يوم 20 من الشهر الماضي", "2017-10-20"),
    ("منذ مطلع العام", "مطلع العام", "2017"),
    ("الربع الثالث من العام", "الربع الثالث من العام", "2017"),
    ("الجمعة 22 حزيران / يونيو", "الجمعة 22 حزيران / يونيو", "2018-06-22"),  # the weekday fixes the year
    ("الجمعة الموافق 2 / 9 / 1436هـ", "الجمعة الموافق 2 / 9 / 1436هـ", "2015-06-19"),
    ("في غرة مارس", "غرة مارس", "2017-03-01"),
])
def test_more_forms(text: str, expected_text: str, expected_value: str) -> None:
    published = "2018-06-08" if "حزيران" in text else "2015-07-22" if "1436" in text else PUB
    found = [(text[s:e], v) for s, e, v in analyse_text(text, published)]
    assert (expected_text, expected_value) in found, found


@pytest.mark.parametrize("text", ["في اليوم الأول للمعسكر", "عندما يأتي اليوم الذي", "في اللحظة التي"])
def test_day_words_that_are_not_today(text: str) -> None:
    assert analyse_text(text, PUB) == []


def test_hijri_outside_umm_al_qura_tables_uses_the_tabular_calendar() -> None:
    assert [v for _, _, v in analyse_text("عام 1320 هجري", PUB)] == ["1902"]
    assert [v for _, _, v in analyse_text("15 رمضان 1300 هـ", PUB)] == ["1883-07-20"]


@pytest.mark.parametrize(("stamp", "body", "expected"), [
    # a crawl stamp a day late: the text's 'today Wednesday' moves every today and yesterday
    ("2015-08-06T01:50:45", ["لقي عامل مصرعه ظهر اليوم", "تلقى المركز بلاغا ظهر اليوم الأربعاء", "وقال أمس"],
     ["2015-08-05", "2015-08-05", "2015-08-04"]),
    ("2015-07-31T04:22:48", ["هبطت الأسهم اليوم الاثنين", "وأظهرت البيانات يوم الجمعة"],
     ["2015-07-27", "2015-07-24"]),
    # no weekday beside today, or two that disagree, or a stamp on the day itself: the stamp stays
    ("2015-08-06T01:50:45", ["لقي عامل مصرعه ظهر اليوم"], ["2015-08-06"]),
    ("2015-08-06T01:50:45", ["اليوم الأربعاء", "اليوم الثلاثاء", "وقال أمس"],
     ["2015-08-05", "2015-08-04", "2015-08-05"]),
    ("2015-08-05T10:00:00", ["اليوم الأربعاء", "وقال أمس"], ["2015-08-05", "2015-08-04"]),
    # an evening stamp a day before the text's today (an edition online the night before, a time zone)
    ("2018-07-14T23:11:48+00:00", ["تنطلق المباراة النهائية اليوم الأحد", "وقال المدرب أمس"],
     ["2018-07-15", "2018-07-14"]),
    ("Sat, 14 Jul 2018 22:28:33 GMT", ["ينعقد صباح اليوم الأحد الاجتماع"], ["2018-07-15"]),
    ("2018-07-14T19:03:32", ["أمس السبت", "ويخوض اللاعب دور 16 عصر اليوم"], ["2018-07-14", "2018-07-15"]),
    # a morning stamp: today is never after it (last week's Sunday, as before)
    ("2018-07-14T10:48:00+01:00", ["تم صباح اليوم الأحد استلام الحافلات"], ["2018-07-08"]),
])
def test_the_texts_own_day_outweighs_a_late_stamp(stamp: str, body: list[str], expected: list[str]) -> None:
    from khabar.model import Article, Source
    from khabar.times import Options, run

    article = Article(id="x", source=Source(kind="jsonl"), published=stamp, body=body)
    run(article, Options(distinct=False))
    assert [t.value for t in article.times] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("صيف هذا العام 1436هـ", "2015"),  # 1436 AH runs from October 2014 to October 2015
    ("تأسست الجمعية عام 1409هـ", "1989"),
    # a year of the Hijri century after عام needs no mark: no Gregorian year of news lies there
    ("تبنت الإمارة المبادرة منذ عام 1428 لتنشيط السياحة", "2007"),
    ("وفي العام 1436 بدأ المشروع", "2015"),
    ("حكم عليه في مايو2016 وفقا للادعاء", "2016-05"),  # a year glued to its month
    ("انطلقت الاحتجاجات يوم 24فيفري 2015 في العاصمة", "2015-02-24"),  # a day glued to its month
    ("وصل الوفد منذ 3مارس الماضي", "2015-03-03"),
    ("عقد الاجتماع يوم 12أغسطس", "2015-08-12"),
])
def test_hijri_years_and_glued_years(text: str, expected: str) -> None:
    assert [v for _, _, v in analyse_text(text, "2015-08-06")][-1] == expected


@pytest.mark.parametrize("text", [
    "بنيت القلعة عام 1450م على التل",  # marked Gregorian
    "بنيت القلعة منذ عام 1450م",  # nor a year ago: the year is named by its number
    "سقطت القسطنطينية عام 1453",  # past the Hijri century's news years
    "سجلت المبيعات عام 1436/1437 ارتفاعا",  # a pair, no mark: left alone
])
def test_a_year_in_the_hijri_century_marked_otherwise_is_no_hijri_year(text: str) -> None:
    assert analyse_text(text, "2015-08-06") == []


# Clock times: الساعة N, alone (value null) or beside the day it sets the hour of.
CLOCK_PUB = "2017-03-02"  # a Thursday


def read_clocks(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[e.start:e.end], e.value, e.clock) for e in expressions(text, CLOCK_PUB)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع الانفجار في الساعة العاشرة صباحا", [("الساعة العاشرة صباحا", None, "10:00")]),
    ("على الساعة الثالثة فجرا من يوم الأحد 27 يوليو 2008، حيث",
     [("الساعة الثالثة فجرا من يوم الأحد 27 يوليو 2008", "2008-07-27", "03:00")]),
    ("من الساعة السابعة من صباح يوم الأربعاء 1 مارس 2017",
     [("الساعة السابعة من صباح يوم الأربعاء 1 مارس 2017", "2017-03-01", "07:00")]),  # the day's صباح
    ("تظاهروا مساء اليوم الخميس على الساعة الثامنة", [("مساء اليوم الخميس على الساعة الثامنة", CLOCK_PUB, "20:00")]),
    ("في حدود الساعة السابعة مساء من يوم أمس", [("الساعة السابعة مساء من يوم أمس", "2017-03-01", "19:00")]),
    ("حتى الساعة 17,00 (بالتوقيت المحلي) من السادس من مارس",
     [("الساعة 17,00 (بالتوقيت المحلي) من السادس من مارس", "2017-03-06", "17:00")]),
    ("يعقد غدا الساعة العاشرة والنصف", [("غدا الساعة العاشرة والنصف", "2017-03-03", "10:30")]),
    ("مرت ساعة على الحادث", []),  # a duration, no clock
    # an hour in words without الساعة: a preposition before it, a period word after it
    ("وفتحت مراكز الاقتراع عند السابعة صباحا", [("السابعة صباحا", None, "07:00")]),
    ("تنطلق المباراة عند الثامنة مساء اليوم", [("الثامنة مساء اليوم", CLOCK_PUB, "20:00")]),
    ("بدأ الإضراب منذ التاسعة من صباح يوم الأربعاء",
     [("التاسعة من صباح يوم الأربعاء", "2017-03-01", "09:00")]),
    ("وتقام المباراة الثانية مساء اليوم", [("مساء اليوم", CLOCK_PUB, None)]),  # the second match
    ("في الثامنة فقط", []),  # no period word: an ordinal (the eighth), no clock
    # a range's first clock with no half of its own takes the second's, unless its hour is after it
    ("من الساعة السادسة وحتى العاشرة مساء",
     [("الساعة السادسة", None, "18:00"), ("العاشرة مساء", None, "22:00")]),
    ("من الساعة التاسعة حتى الثالثة بعد الظهر",
     [("الساعة التاسعة", None, "09:00"), ("الثالثة بعد الظهر", None, "15:00")]),
    ("الساعة السادسة ثم العاشرة مساء", [("الساعة السادسة", None, "06:00")]),  # no range
    # a range's second end is a clock without الساعة, its hour in digits or in words with no half
    ("تفتح القاعة بين الساعة 8 و10", [("الساعة 8", None, "08:00"), ("10", None, "10:00")]),
    ("يفتح المتحف من الساعة 3 إلى 5 مساء", [("الساعة 3", None, "15:00"), ("5 مساء", None, "17:00")]),
    ("من الساعة الثامنة وحتى العاشرة", [("الساعة الثامنة", None, "08:00"), ("العاشرة", None, "10:00")]),
    ("يعمل المكتب من الساعة 8 حتى 14.", [("الساعة 8", None, "08:00"), ("14", None, "14:00")]),
    ("انتظرنا بين الساعة 8 و10 أيام", [("الساعة 8", None, "08:00")]),  # a count of days
    ("حضر الساعة الثامنة و10 لاعبين", [("الساعة الثامنة", None, "08:00")]),  # no range opener
    ("من الساعة 8 إلى 10.5 مليون", [("الساعة 8", None, "08:00")]),  # a decimal, no hour
    # two clocks listed with و: the second needs a half of the day of its own
    ("تفتح المدارس في السابعة صباحا والثالثة مساء", [("السابعة صباحا", None, "07:00"), ("الثالثة مساء", None, "15:00")]),
    ("تجرى الأولى في الخامسة مساء والثانية في السابعة مساء",
     [("الخامسة مساء", None, "17:00"), ("السابعة مساء", None, "19:00")]),  # the second match, no clock
])
def test_clock_expressions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert read_clocks(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clock alone takes the day its sentence names, when it names one
    ("يلتقي الفريقان اليوم الخميس في رادس وتنطلق المباراة على الساعة الثامنة مساء",
     [("اليوم الخميس", CLOCK_PUB, None), ("الساعة الثامنة مساء", CLOCK_PUB, "20:00")]),
    ("تنطلق المباراة على الساعة الثامنة مساء وذلك يوم الأحد المقبل",
     [("الساعة الثامنة مساء", "2017-03-05", "20:00"), ("يوم الأحد المقبل", "2017-03-05", None)]),
    # another sentence's day is not its day (a dot between; 12.30 is no full stop)
    ("اجتمع الوزير أمس بنظيره. وفي الساعة العاشرة صباحا بدأ الاجتماع",
     [("أمس", "2017-03-01", None), ("الساعة العاشرة صباحا", None, "10:00")]),
    ("بلغ السعر 12.30 دينارا أمس قبل الساعة العاشرة صباحا",
     [("أمس", "2017-03-01", None), ("الساعة العاشرة صباحا", "2017-03-01", "10:00")]),
    ("نشر التقرير في عام 2016 عند الساعة العاشرة", [("عام 2016", "2016", None), ("الساعة العاشرة", None, "10:00")]),
    # a timetable of several days, or a span, names no one day
    ("تفتح المكاتب من الاثنين إلى الخميس من الساعة الثامنة صباحا ويوم الجمعة من الساعة التاسعة",
     [("الاثنين", "2017-02-27", None), ("الخميس", CLOCK_PUB, None), ("الساعة الثامنة صباحا", None, "08:00"),
      ("يوم الجمعة", "2017-02-24", None), ("الساعة التاسعة", None, "09:00")]),
])
def test_a_lone_clock_takes_its_sentences_day(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert read_clocks(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lone clock with no half of the day of its own takes the half its sentence's day opens with
    ("يواجه النادي الإفريقي الليلة فريق الفتح بداية من الساعة العاشرة",
     [("الليلة", CLOCK_PUB, None), ("الساعة العاشرة", CLOCK_PUB, "22:00")]),
    ("يلتقي الفريقان مساء اليوم في رادس وتنطلق المباراة على الساعة الثامنة",
     [("مساء اليوم", CLOCK_PUB, None), ("الساعة الثامنة", CLOCK_PUB, "20:00")]),
    ("اجتمع صباح اليوم بالوزير وانتهى اللقاء الساعة العاشرة",
     [("صباح اليوم", CLOCK_PUB, None), ("الساعة العاشرة", CLOCK_PUB, "10:00")]),
    # its own half, or a day naming none, leaves it as written
    ("يواجه الإفريقي الليلة فريق الفتح بداية من الساعة العاشرة صباحا",
     [("الليلة", CLOCK_PUB, None), ("الساعة العاشرة صباحا", CLOCK_PUB, "10:00")]),
    ("يلتقي الفريقان اليوم في رادس وتنطلق المباراة على الساعة الثامنة",
     [("اليوم", CLOCK_PUB, None), ("الساعة الثامنة", CLOCK_PUB, "08:00")]),
])
def test_a_lone_clock_takes_the_half_of_its_sentences_day(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert read_clocks(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare weekday a date of its sentence names too is that date's day
    ("يحدث الاقتران يوم الاثنين 6 مارس 2017 على الساعة 10 بالتوقيت العالمي أي يوم الاثنين على الساعة 11",
     ["2017-03-06", "2017-03-06"]),
    ("وصل الوفد يوم الاثنين 6 مارس 2017. وغادر يوم الاثنين", ["2017-03-06", "2017-02-27"]),  # another sentence
])
def test_a_weekday_named_again_is_its_dates_day(text: str, expected: list[str]) -> None:
    assert [v for _, v, _ in read_clocks(text)] == expected


def test_no_time_inside_an_organisations_name() -> None:
    from khabar.model import Article, Source
    from khabar.times import Options, run

    text = "نقلت صحيفة المصري اليوم عن الوزير اليوم"
    article = Article(id="x", source=Source(kind="jsonl"), published=PUB, body=[text])
    org = text.index("المصري اليوم")
    article.annotations["entity_mentions"] = {("body", 0): [(org, org + len("المصري اليوم"), "E1", "ORG")]}
    run(article, Options(distinct=False))
    assert [(t.start, t.value) for t in article.times] == [(text.rindex("اليوم"), PUB)]


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("سجل اللاعب محمد الخميس هدفين", "محمد الخميس", []),  # a family name, no Thursday
    ("التقى الوزير لويجي دي مايو بالسفير", "لويجي دي مايو", []),
    ("وصل الجمعة أحمد سالم إلى الرياض", "أحمد سالم", ["2017-11-10"]),  # a weekday before the name stays
    ("الجمعة أحمد سالم", "الجمعة أحمد سالم", ["2017-11-10"]),  # a name overrun from its first word
])
def test_no_time_past_the_first_word_of_a_persons_name(text: str, person: str, expected: list[str]) -> None:
    from khabar.model import Article, Source
    from khabar.times import Options, run

    article = Article(id="x", source=Source(kind="jsonl"), published=PUB, body=[text])
    at = text.index(person)
    article.annotations["entity_mentions"] = {("body", 0): [(at, at + len(person), "E1", "PER")]}
    run(article, Options(distinct=False))
    assert [t.value for t in article.times] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("قال أمس إن", "0001-01-01", [("أمس", None)]),
    ("صرح اليوم الثلاثاء بأن", "0001-01-01", [("اليوم الثلاثاء", None)]),
    ("أعلن منذ ستة أسابيع أن", "0001-02-01", [("منذ ستة أسابيع", None)]),
    ("يصل غدا السبت إلى", "9999-12-31", [("غدا السبت", None)]),
    ("يبدأ الأسبوع المقبل في", "9999-12-28", [("الأسبوع المقبل", None)]),
])
def test_a_stamp_at_the_calendars_edge_leaves_times_unresolved(text: str, published: str,
                                                               expected: list[tuple[str, None]]) -> None:
    """A record dated 0001-01-01 or 9999-12-31 (a placeholder) whose relative times would fall
    outside the calendar: the times stay unresolved instead of failing the article's analysis."""
    assert [(text[s:e], v) for s, e, v in analyse_text(text, published)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2017-03-15 is a Wednesday: a dual direction after the second weekday covers the first too
    ("تخوض الأندية يومي السبت و الأحد القادمين مباريات الإياب", ["2017-03-18", "2017-03-19"]),
    ("جرت الانتخابات يومي الثلاثاء والأربعاء الماضيين", ["2017-03-07", "2017-03-08"]),
    ("تعقد اللجنة اجتماعين الاثنين والثلاثاء المقبلين", ["2017-03-20", "2017-03-21"]),
])
def test_a_dual_direction_covers_both_weekdays(text: str, expected: list[str]) -> None:
    assert [e.value for e in expressions(text, "2017-03-15")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after يومي (two days) a singular direction after the second weekday covers the first too
    # (2017-03-17 is a Friday)
    ("تقرر برمجة الجولة الأخيرة على دفعتين يومي الاربعاء و الخميس القادم", ["2017-03-22", "2017-03-23"]),
    ("جرت المباريات يومي السبت والأحد الماضي", ["2017-03-11", "2017-03-12"]),
])
def test_a_direction_after_a_pair_of_days_covers_both(text: str, expected: list[str]) -> None:
    assert [e.value for e in expressions(text, "2017-03-17")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day and month, or a month, with no year after an explicit year of its sentence is of that year
    ("وأصدر القرار عام 1981 ثم اغتيل يوم 14 أكتوبر", ["1981", "1981-10-14"]),
    ("وفي 1991 اغتيل في 14 أكتوبر و20 نوفمبر", ["1991", "1991-10-14", "1991-11-20"]),
    # a recent year only with a same_year phrase after the day: it may qualify a noun (المبرم عام 2015)
    ("اعتقل في العام 2011 ثم اعتقل مجددا في 9 أبريل من نفس العام", ["2011", "2011-04-09"]),
    ("الاتفاق المبرم عام 2015 مع اقتراب موعد 12 نوفمبر", ["2015", "2017-11-12"]),
    ("دخلت الحرب في 1914 بجانب ألمانيا في شهر أكتوبر", ["1914", "1914-10"]),
    # ... not across a sentence end, with a direction, a future verb, or as the end of a span
    ("انتهى ذلك عام 1981. ويحتفل الناس في 14 أكتوبر", ["1981", "2017-10-14"]),
    ("تأسست عام 1981 وتوسعت في أكتوبر الماضي", ["1981", "2017-10"]),
    ("تأسست عام 1981 وستفتتح فرعا في ديسمبر", ["1981", "2017-12"]),
    ("تراجعت الأسعار بين يونيو 2014 ويناير", ["2014-06", "2017-01"]),  # (no January of 2014)
])
def test_a_day_after_a_year_of_its_sentence_is_of_that_year(text: str, expected: list[str]) -> None:
    assert [e.value for e in expressions(text, PUB)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a day and month named with a direction is the same day when named bare later, in any paragraph
    (["تجرى الانتخابات يوم 26 فبراير شباط القادم", "وسيترك منصبه عند اختيار رئيس جديد يوم 26 فبراير"],
     ["2016-02-26", "2016-02-26"]),
    # a year does not carry so: an anniversary's year is another day's (ذكرى ثورة 30 يونيو 2013)
    (["في ذكرى ثورة 30 يونيو 2013", "ونفذت الهجمات في 30 يونيو"], ["2013-06-30", "2015-06-30"]),
    (["وقع الحادث يوم 26 فبراير", "تجرى الانتخابات يوم 26 فبراير القادم"], ["2015-02-26", "2016-02-26"]),
])
def test_a_date_named_again_is_the_same_day(body: list[str], expected: list[str]) -> None:
    from khabar.model import Article, Source
    from khabar.times import Options, run

    article = Article(id="x", source=Source(kind="jsonl"), published="2015-08-03T19:53:53", body=body)
    run(article, Options(distinct=False))
    assert [t.value for t in article.times] == expected


@pytest.mark.parametrize(("headline", "body", "expected"), [
    # a bare month a future word reads as to come, a few months ahead: the same month wherever else named bare
    ("الضريبة قد تطبق في أكتوبر", ["ومن المرجح أن يرفع البنك الفائدة في أكتوبر", "وتبدأ الدورة في أكتوبر"],
     ["2015-10", "2015-10", "2015-10"]),
    # a day of that month named bare takes its year
    ("", ["ومن المقرر أن تجرى الانتخابات في أكتوبر", "أعلن الرئيس تنظيم الانتخابات في 25 أكتوبر"],
     ["2015-10", "2015-10-25"]),
    # a paragraph telling the past month by month keeps last year's
    ("", ["ومن المرجح أن يوقع الاتفاق في ديسمبر", "تقدمت المفاوضات في نوفمبر لكن في ديسمبر افترق المفاوضون"],
     ["2015-12", "2014-11", "2014-12"]),
    # a month more than six months ahead gives nothing; nor does a bare month with no future word
    ("", ["ومن المرجح أن يوقع الاتفاق في مارس", "وقع الاتفاق في مارس"], ["2016-03", "2015-03"]),
    ("", ["وقع الاتفاق في أكتوبر", "وأعلن الاتفاق في أكتوبر"], ["2014-10", "2014-10"]),
])
def test_a_month_to_come_is_one_reading_per_story(headline: str, body: list[str], expected: list[str]) -> None:
    from khabar.model import Article, Source
    from khabar.times import Options, run

    article = Article(id="x", source=Source(kind="jsonl"), published="2015-08-03T19:53:53", headline=headline or None,
                      body=body)
    run(article, Options(distinct=False))
    assert [t.value for t in article.times] == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # an article writing a Hijri date counts the month under way in Hijri: 27 Shawwal 1436 (told on
    # 17 Shawwal, 2 August 2015), the 4th of the next month, Dhu al-Qa'dah
    (["تنطلق الجادة (1436هـ - 2015م) في الـ 27 من الشهر الجاري"], "2015-08-12"),
    (["يبدأ التسجيل في 6 شوال 1436هـ", "وتنطلق الجادة في الـ 27 من الشهر الجاري"], "2015-08-12"),
    (["بدأ التسجيل في 19 رمضان", "وينتهي في الرابع من الشهر المقبل"], "2015-08-19"),
    # ... unless that day is gone by in a sentence of the future (15 Shawwal was 31 July)
    (["يبدأ التسجيل في 6 شوال 1436هـ", "وستنطلق المسابقة يوم 15 من الشهر الحالي"], "2015-08-15"),
    # ... one naming a Hijri month without a day or year, or none, the Gregorian one
    (["خلال شهر رمضان المبارك", "وتنطلق الجادة في الـ 27 من الشهر الجاري"], "2015-08-27"),
    (["تنطلق الجادة في الـ 27 من الشهر الجاري"], "2015-08-27"),
])
def test_a_day_of_the_month_under_way_in_the_articles_calendar(paragraphs: list[str], expected: str) -> None:
    from khabar.model import Article, Source
    from khabar.times import Options, run

    article = Article(id="t", source=Source(kind="text"), body=paragraphs, published="2015-08-02")
    assert run(article, Options()).times[-1].value == expected
