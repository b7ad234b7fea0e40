"""One test per class of the time lexicon (resources/lexicon.tsv), driven by the file itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from khabar.conditions import condition_words
from khabar.datafiles import tsv_rows
from khabar.times import analyse_text, expressions
from khabar.times.lexicon import lexicon

ROWS = tsv_rows((Path(__file__).resolve().parents[2] / "src/khabar/times/resources/lexicon.tsv")
                .read_text(encoding="utf-8"))


def rows(cls: str) -> list[tuple[str, str]]:
    return [(r[1], r[2] if len(r) > 2 else "") for r in ROWS if r[0] == cls]


def values(text: str, published: str | None = "2016-06-15") -> list[str | None]:
    return [v for _, _, v in analyse_text(text, published)]


@pytest.mark.parametrize(("name", "month"), rows("month"))
def test_month_spellings(name: str, month: str) -> None:
    assert values(f"في 15 {name} 2014") == [f"2014-{int(month):02d}-15"]


@pytest.mark.parametrize(("name", "_"), rows("month_needs_context"))
def test_ambiguous_month_names_need_context(name: str, _: str) -> None:
    assert values(f"وقال {name} كلمة") == []
    assert values(f"في شهر {name} 2014")[0].startswith("2014-")


@pytest.mark.parametrize(("name", "month"), rows("hijri_month"))
def test_hijri_months(name: str, month: str) -> None:
    from hijridate import Hijri

    assert values(f"1 {name} 1436 هـ") == [Hijri(1436, int(month), 1).to_gregorian().isoformat()]


@pytest.mark.parametrize(("word", "number"), [r for r in rows("cardinal") if 2 < int(r[1]) <= 10])
def test_number_words(word: str, number: str) -> None:
    expected = (dt.date(2016, 6, 15) - dt.timedelta(days=int(number))).isoformat()
    assert values(f"منذ {word} أيام") == [expected]


@pytest.mark.parametrize(("word", "day"), rows("ordinal"))
def test_ordinal_days(word: str, day: str) -> None:
    assert values(f"{word} من يناير 2014") == [f"2014-01-{int(day):02d}"]


@pytest.mark.parametrize(("word", "unit"), rows("unit"))
def test_units(word: str, unit: str) -> None:
    kind, _, count = unit.partition(":")
    phrase = f"منذ {word}" if count else f"منذ 3 {word}"
    value = values(phrase)[0]
    assert value is not None and len(value) == {"day": 10, "week": 8, "month": 7, "year": 4}[kind]


@pytest.mark.parametrize(("word", "offset"), rows("relday"))
def test_relative_days(word: str, offset: str) -> None:
    expected = (dt.date(2016, 6, 15) + dt.timedelta(days=int(offset))).isoformat()
    time_of_day = "صباح " if word == "غد" else ""  # غد alone is 'the future'
    assert values(f"وقال {time_of_day}{word} إن") == [expected]


@pytest.mark.parametrize(("word", "offset"), rows("direction"))
def test_directions(word: str, offset: str) -> None:
    period = "السنة" if word.endswith("ة") else "العام"
    assert values(f"{period} {word}") == [str(2016 + int(offset))]


@pytest.mark.parametrize(("word", "_"), rows("anaphor"))
def test_anaphors(word: str, _: str) -> None:
    assert values(f"في 4 يناير 2014 قال {word} إن") == ["2014-01-04", "2014-01-04"]


@pytest.mark.parametrize("word", [w for w, _ in rows("when_opener")] + list(condition_words("particle")))
def test_an_anaphor_after_a_condition_is_no_time(word: str) -> None:
    assert values(f"في 4 يناير 2014 قال الوزير إنه {word} انسحب الجيش فسنعود حينها إلى المدينة") == ["2014-01-04"]


@pytest.mark.parametrize(("word", "_"), rows("condition_ahead"))
def test_a_condition_particle_makes_a_bare_weekday_the_coming_one(word: str, _: str) -> None:
    assert values(f"و{word} وافق البرلمان الثلاثاء فسيدخل القانون حيز التنفيذ") == ["2016-06-21"]


@pytest.mark.parametrize(("word", "_"), rows("condition_noun_link"))
def test_a_condition_noun_after_its_link_makes_a_bare_weekday_the_coming_one(word: str, _: str) -> None:
    noun = f"{word}حال" if len(word) == 1 else f"{word} حال"  # (ب is a proclitic: بحال)
    assert values(f"ويتأهل الفريق {noun} خسارة منافسه أمام ضيفه الثلاثاء") == ["2016-06-21"]


@pytest.mark.parametrize(("word", "_"), rows("whether"))
def test_a_condition_after_whether_is_none(word: str, _: str) -> None:
    # (ما إذا: whether; the anaphor is the past 'then' of the year before it)
    assert values(f"في 4 يناير 2014 سأل الوزير {word} إذا كان الجيش يعود حينها إلى المدينة") == ["2014-01-04"] * 2


@pytest.mark.parametrize(("word", "_"), rows("fixture_holder"))
def test_a_fixture_held_is_ahead(word: str, _: str) -> None:
    # 2016-06-15 is a Wednesday: the coming Tuesday, not the one just past
    assert values(f"وقال المدرب: {word} مباراة الثلاثاء") == ["2016-06-21"]


@pytest.mark.parametrize(("word", "_"), rows("adjunct_preposition"))
def test_a_place_adjuncts_preposition_is_not_counted_in_the_verbs_reach(word: str, _: str) -> None:
    # 2016-06-15 is a Wednesday: four words and two prepositions back, the coming Thursday
    assert values(f"يقام الحفل {word} قاعة {word} المدينة الخميس") == ["2016-06-16"]


@pytest.mark.parametrize(("word", "_"), rows("dual_day"))
def test_a_direction_after_a_pair_of_days_covers_both(word: str, _: str) -> None:
    assert values(f"تقرر برمجة الجولة {word} الجمعة والسبت القادم") == ["2016-06-17", "2016-06-18"]


@pytest.mark.parametrize(("word", "_"), [r for r in rows("modifier") if r[0] not in ("خلال", "طيلة", "غضون")])
def test_modifiers_give_month_granularity(word: str, _: str) -> None:
    assert values(f"{word} مارس 2014") == ["2014-03"]


@pytest.mark.parametrize(("word", "_"), rows("day_adjective"))
def test_day_adjectives_make_the_day_no_today(word: str, _: str) -> None:
    # (اليوم نفسه names the day named last: none here, and never today)
    expected = [None] if word in rows_words("same_as_named") else []
    assert values(f"وصل الوفد في اليوم {word} للمؤتمر") == expected


def rows_words(cls: str) -> frozenset[str]:
    return frozenset(w for w, _ in rows(cls))


@pytest.mark.parametrize(("word", "_"), rows("time_of_day"))
def test_times_of_day(word: str, _: str) -> None:
    assert values(f"{word} الأحد") == ["2016-06-12"]


@pytest.mark.parametrize(("word", "_"), [r for r in rows("future_marker") if " " not in r[0]])
def test_future_markers(word: str, _: str) -> None:
    assert values(f"{word} الاجتماع في 20 مايو")[-1] == "2017-05-20"


@pytest.mark.parametrize(("word", "_"), rows("hijri_epithet"))
def test_a_hijri_month_keeps_its_year_past_its_epithet(word: str, _: str) -> None:
    assert values(f"خلال شهر رمضان {word} من عام 1433هـ قال") == ["2012-07"]


@pytest.mark.parametrize(("word", "_"), rows("marker_negation"))
def test_a_negated_future_marker_says_no_future(word: str, _: str) -> None:
    assert values(f"هبطت الصادرات على نحو {word} متوقع في فبراير")[-1] == "2016-02"
    assert values(f"هبطت الصادرات على نحو {word} المتوقع في شهر فبراير الذي شهد")[-1] == "2016-02"


@pytest.mark.parametrize(("word", "_"), rows("past_aux"))
def test_a_future_marker_after_past_aux_is_a_past_plan(word: str, _: str) -> None:
    from khabar.arabic.fold import fold
    from khabar.times.tense import future_context

    for aux, future in ((word, False), ("قال", True)):
        text = f"{aux} سوف يعقد الاجتماع في 20 مايو"
        folded = fold(text)
        assert future_context(folded, text, folded.text.find("في 20")) is future


@pytest.mark.parametrize(("word", "_"), [r for r in rows("trigger") if r[0] in ("في", "منذ", "حتى", "عام")])
def test_year_triggers(word: str, _: str) -> None:
    assert values(f"{word} 2011 وقع") == ["2011"]


@pytest.mark.parametrize(("cls", "phrase"), [("era", "الفترة العثمانية"), ("frequency", "أسبوعيا")])
def test_vague_classes_only_when_asked(cls: str, phrase: str) -> None:
    assert values(phrase) == []
    assert analyse_text(phrase, None, keep_vague=True)[0][2] is None


@pytest.mark.parametrize(("word", "digit"), rows("decade"))
def test_decades(word: str, digit: str) -> None:
    assert values(f"في {word} القرن العشرين") == [f"19{digit}X"]


def test_first_of_month() -> None:
    assert values("اعتبارا من أول يناير 2017") == ["2017-01-01"]


def test_lexicon_loads_cldr_names() -> None:
    lx = lexicon()
    assert lx.months["يناير"] == 1 and lx.months["جانفي"] == 1 and lx.months["كانون الثاني"] == 1
    assert lx.weekdays["الثلاثاء"] == 1


def test_a_present_verb_makes_a_weekday_the_coming_one() -> None:
    assert values("يزور الوفد الخميس") == ["2016-06-16"]  # 2016-06-15 is a Wednesday


@pytest.mark.parametrize(("word", "_"), rows("present_break"))
def test_present_breaks_end_the_verbs_reach(word: str, _: str) -> None:
    assert values(f"يزور {word} الخميس")[-1] == "2016-06-09"


@pytest.mark.parametrize(("word", "_"), rows("not_present_verb"))
def test_words_in_ya_that_are_no_verb(word: str, _: str) -> None:
    assert values(f"{word} الخميس")[-1] == "2016-06-09"


@pytest.mark.parametrize(("word", "_"), rows("past_particle"))
def test_a_past_particle_makes_the_imperfect_past(word: str, _: str) -> None:
    assert values(f"{word} يزور الوفد الخميس") == ["2016-06-09"]


@pytest.mark.parametrize(("word", "_"), rows("two_before"))
def test_the_two_is_no_monday(word: str, _: str) -> None:
    assert values(f"قارن {word} الاثنين") == []
    # ... unless a weekday joined to it makes it one of two days (الليلة الفاصلة بين الاثنين والثلاثاء)
    assert values(f"جرت الحملة {word} الاثنين والثلاثاء")[0] == "2016-06-13"


@pytest.mark.parametrize(("word", "_"), rows("count_word"))
def test_a_count_before_fi_al_yawm_makes_a_rate(word: str, _: str) -> None:
    assert values(f"ينتج {word} برميل في اليوم") == []
    assert values("ينتج النفط في اليوم") == ["2016-06-15"]


@pytest.mark.parametrize(("word", "_"), rows("count_before"))
def test_a_count_word_before_a_bare_number_makes_it_no_year(word: str, _: str) -> None:
    assert values(f"سجلنا {word} 2013.") == []
    assert values("سجلنا في 2013.") == ["2013"]


@pytest.mark.parametrize(("word", "_"), rows("year_before"))
def test_a_plausible_year_after_a_year_preposition_is_a_year_whatever_follows(word: str, _: str) -> None:
    assert values(f"تغير الوضع {word} 2011 تعم الفوضى") == ["2011"]
    assert values("سجلنا 2011 سيارة") == []


@pytest.mark.parametrize(("word", "_"), rows("after_year"))
def test_a_word_opening_with_an_after_year_phrase_leaves_a_bare_number_a_year(word: str, _: str) -> None:
    assert values(f"سجلنا 2013 {word}") == ["2013"]
    assert values("سجلنا 2013 سيارة") == []


@pytest.mark.parametrize(("word", "_"), rows("previous"))
def test_a_previous_year_or_month_counts_back_from_its_sentence(word: str, _: str) -> None:
    noun = "السنة" if word.endswith("ة") else "العام"
    assert values(f"سجلت في 2012 نموا مقابل تراجع {noun} {word}.") == ["2012", "2011"]
    assert values(f"سجلت نموا مقابل تراجع {noun} {word}.") == ["2015"]
    # a month before the month before is no reading: both count from the month named
    assert values(f"تراجعت في مايو مقارنة بالشهر {word.replace('ة', '')}، ثم مقارنة بالشهر {word.replace('ة', '')}.") \
        == ["2016-05", "2016-04", "2016-04"]


@pytest.mark.parametrize(("word", "_"), rows("night_into"))
@pytest.mark.parametrize("join", ["", "إلى "])
def test_a_weekday_after_a_night_is_the_day_that_night_runs_into(word: str, _: str, join: str) -> None:
    assert values(f"وقعت الهجمات {word} السبت {join}الأحد في لندن") == ["2016-06-11", "2016-06-12"]
    assert values("وقعت الهجمات السبت الأحد في لندن") == ["2016-06-11", "2016-06-12"]
    # a future night whose morning is the publication's day: that day, not a week on (a Friday stamp)
    assert values(f"سيبدأ التطبيق {word} الخميس {join}الجمعة", "2016-06-17") == ["2016-06-16", "2016-06-17"]


@pytest.mark.parametrize(("word", "_"), rows("general_title"))
def test_al_aam_after_a_title_is_general_no_year(word: str, _: str) -> None:
    assert values(f"قال {word} العام السابق للمنظمة") == []
    assert values(f"قال لل{word[2:]} العام السابق للمنظمة") == []
    assert values("ارتفع العام السابق") == ["2015"]


@pytest.mark.parametrize(("word", "_"), rows("range_to"))
def test_a_range_word_joins_two_ends(word: str, _: str) -> None:
    # joined, the first end takes the second's year; not joined, the publication's
    for between in (word, "و" + word):
        assert values(f"من 15 يونيو {between} 15 سبتمبر 2015") == ["2015-06-15", "2015-09-15"]
    assert values("من 15 يونيو ثم 15 سبتمبر 2015") == ["2016-06-15", "2015-09-15"]


@pytest.mark.parametrize(("word", "_"), rows("range_to"))
def test_a_range_word_joins_two_days_of_one_month(word: str, _: str) -> None:
    from khabar.times import expressions

    for between in (word, "و" + word):
        text = f"تقام البطولة في الفترة من 10 {between} 16 أغسطس 2015"
        (found,) = expressions(text, "2016-06-15")
        assert (text[found.start:found.end], found.value, found.value_end) == \
            (f"10 {between} 16 أغسطس 2015", "2015-08-10", "2015-08-16")


@pytest.mark.parametrize(("stem", "_"), rows("not_future_stem"))
def test_words_in_sa_that_are_no_future_verb(stem: str, _: str) -> None:
    from khabar.arabic.fold import fold
    from khabar.times.tense import future_context

    for word, future in ((stem + "ين", False), ("سيزورون", True)):
        text = f"{word} الخميس"
        folded = fold(text)
        assert future_context(folded, text, folded.text.find("الخميس")) is future


def range_ends(text: str) -> list[str | None]:
    return [e.value_end for e in expressions(text, "2016-06-15")]


@pytest.mark.parametrize(("word", "_"), rows("range_from"))
def test_a_range_from_opens_a_range_to(word: str, _: str) -> None:
    assert range_ends(f"{word} يناير حتى مارس") == ["2016-03", None]
    assert range_ends("في يناير حتى مارس") == [None, None]


@pytest.mark.parametrize(("word", "_"), rows("range_between"))
def test_a_range_between_opens_a_range_with_and(word: str, _: str) -> None:
    assert range_ends(f"{word} 3 مارس و5 أبريل") == ["2016-04-05", None]
    assert range_ends("في 3 مارس و5 أبريل") == [None, None]


@pytest.mark.parametrize(("spelling", "_"), rows("not_month_spelling"))
def test_a_month_spelt_as_another_word_needs_a_day_or_year(spelling: str, _: str) -> None:
    assert values(f"تتكون العصابة من {spelling} وأبنائه") == []
    assert values(f"في 3 {spelling} 2014") == ["2014-08-03"]


@pytest.mark.parametrize(("spelling", "_"), rows("not_relday_spelling"))
def test_a_name_spelt_like_a_relative_day_is_no_time(spelling: str, _: str) -> None:
    assert values(f"كسر الرقم المسجل باسم الثلاثي {spelling} شيرار وكريستيانو رونالدو") == []
    assert values("وهو ما يجب القيام به الآن") == ["2016-06-15"]  # الآن, ال + آن: now


@pytest.mark.parametrize(("word", "_"), rows("weekday_place"))
def test_a_weekday_after_a_place_word_names_a_place(word: str, _: str) -> None:
    assert values(f"بمنطقة {word} الخميس بمدينة الحمامات") == []
    assert values("بمنطقة الحمامات الخميس") == ["2016-06-09"]


@pytest.mark.parametrize(("word", "_"), rows("date_place"))
def test_a_day_and_month_after_a_place_word_name_a_place(word: str, _: str) -> None:
    assert values(f"وصلوا إلى {word} 6 أكتوبر بالقاهرة") == []
    assert values(f"قرب {word} السادس من أكتوبر") == []
    assert values(f"وصلوا إلى {word} القاهرة في 6 أكتوبر") == ["2015-10-06"]
    assert values(f"افتتح {word} 9 أبريل 2003") == ["2003-04-09"]  # a year: the date


@pytest.mark.parametrize(("word", "_"), rows("age_noun"))
def test_a_decade_before_an_age_noun_is_an_age(word: str, _: str) -> None:
    assert values(f"رجل في الثلاثينيات من {word}ه") == []
    assert values(f"امرأة في العشرينيات من ال{word}") == []
    assert values("في الثمانينيات من القرن الماضي") == ["198X"]


@pytest.mark.parametrize(("word", "_"), rows("media_head"))
def test_a_bare_today_after_a_media_word_names_the_paper(word: str, _: str) -> None:
    assert values(f"كما نشرت {word} اليوم خبرا") == []
    assert values(f"كما نشرت {word} الوطن اليوم خبرا") == ["2016-06-15"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال مصدر لـ«اليوم» إن الحادث وقع", []),  # a short quoted name: the paper
    ("ذكرت صحيفة \"الأهرام اليوم\" أن", []),
    ("وقال: «سنعلن القرار اليوم» للصحفيين", ["2016-06-15"]),  # a quoted sentence
])
def test_a_quoted_name_ending_in_today_is_no_day(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("noun", "_"), rows("part_noun"))
def test_an_ordinal_after_a_part_noun_is_no_day(noun: str, _: str) -> None:
    assert values(f"في {noun} الأول من شهر مارس") == ["2016-03"]
    assert values(f"في {noun} الأول من شهر رمضان") == ["2016-06"]
    assert values("في اليوم الأول من شهر مارس") == ["2016-03-01"]


@pytest.mark.parametrize(("word", "hour"), rows("clock_hour"))
def test_clock_hour_words(word: str, hour: str) -> None:
    (found,) = expressions(f"في الساعة {word} صباحا", "2016-06-15")
    assert found.clock == f"{int(hour) % 12:02d}:00" and found.value is None


@pytest.mark.parametrize(("word", "minutes"), rows("clock_minutes"))
def test_clock_minute_words(word: str, minutes: str) -> None:
    (found,) = expressions(f"في الساعة العاشرة {word} صباحا", "2016-06-15")
    assert found.clock == f"{10 + int(minutes) // 60:02d}:{int(minutes) % 60:02d}"


@pytest.mark.parametrize(("word", "half"), rows("clock_period"))
def test_clock_period_words(word: str, half: str) -> None:
    (found,) = expressions(f"في الساعة العاشرة {word}", "2016-06-15")
    assert found.clock == {"am": "10:00", "pm": "22:00", "noon": "10:00", "night": "22:00"}[half]


@pytest.mark.parametrize(("word", "_"), rows("bare_clock_lead"))
def test_a_bare_clock_lead_word_makes_an_hour_without_al_saa_a_clock(word: str, _: str) -> None:
    (found,) = expressions(f"وصل الوفد {word} العاشرة مساء", "2016-06-15")
    assert found.clock == "22:00"
    assert expressions("وصلت الدفعة العاشرة مساء", "2016-06-15") == []


@pytest.mark.parametrize(("word", "_"), rows("range_unit"))
def test_a_dual_unit_after_the_opener_still_opens_a_range(word: str, _: str) -> None:
    assert range_ends(f"بين {word} ديسمبر ويناير المقبلين")[0] == "2017-01"
    assert range_ends(f"في {word} ديسمبر ويناير المقبلين")[0] is None


@pytest.mark.parametrize(("word", "_"), rows("clock_lead"))
def test_a_clock_lead_word_joins_a_day_and_its_clock(word: str, _: str) -> None:
    (found,) = expressions(f"يوم الأحد {word} الساعة العاشرة", "2016-06-15")
    assert (found.value, found.clock) == ("2016-06-12", "10:00")
    assert len(expressions("يوم الأحد المقبل بعد الساعة العاشرة", "2016-06-15")) == 2


@pytest.mark.parametrize(("word", "_"), rows("clause_break"))
def test_a_clause_break_ends_a_future_verbs_far_reach(word: str, _: str) -> None:
    far = "وسيزور الرئيس الفرنسي إيمانويل ماكرون العاصمة اللبنانية بيروت"
    assert values(f"{far} في مايو", "2018-03-07") == ["2018-05"]
    assert values(f"{far} {word} جرى في مايو", "2018-03-07") == ["2017-05"]


@pytest.mark.parametrize(("word", "_"), rows("same_day_before"))
def test_a_word_before_the_day_points_back_to_a_named_day(word: str, _: str) -> None:
    assert "2016-06-15" not in values(f"وفي {word} اليوم قتل ثلاثة")  # (في ذلك اليوم: an anaphor)
    assert values("وفي اليوم قتل ثلاثة") == ["2016-06-15"]


@pytest.mark.parametrize(("word", "_"), rows("same_day_after"))
def test_a_word_after_the_day_points_back_to_a_named_day(word: str, _: str) -> None:
    assert "2016-06-15" not in values(f"وفي اليوم {word} قتل ثلاثة")
    assert values("قال الوزير اليوم ذلك") == ["2016-06-15"]


@pytest.mark.parametrize(("word", "_"), rows("weekday_habit"))
def test_a_weekday_after_a_habit_word_recurs(word: str, _: str) -> None:
    assert values(f"يفتح المكتب {word} السبت") == [None]
    assert values(f"يفتح المكتب {word} يوم الجمعة") == [None]
    assert values(f"يفتح المكتب {word} الاثنين والثلاثاء من الساعة الثامنة") == [None, None, None]
    assert values("فتح المكتب يوم السبت") == ["2016-06-11"]


@pytest.mark.parametrize(("noun", "_"), rows("occasion"))
def test_a_day_and_month_after_an_occasion_noun_keeps_no_year(noun: str, _: str) -> None:
    # (a day named_dates.tsv lists, ثورة 14 جانفي, is that date: tests/times/test_named_dates.py)
    assert values(f"منذ {noun} 3 جانفي") == [None]
    assert values(f"منذ {noun} 3 جانفي 2011") == ["2011-01-03"]
    assert values(f"منذ {noun} 3 جانفي الماضي") == ["2016-01-03"]
    assert values("منذ الاجتماع في 3 جانفي") == ["2016-01-03"]


@pytest.mark.parametrize(("noun", "_"), rows("event_counted"))
def test_a_count_before_an_event_noun_is_no_time_before_publication(noun: str, _: str) -> None:
    assert values(f"وذلك قبل يومين على {noun} الجديد") == []
    assert values(f"وذلك قبل يومين عن {noun} الجديد") == []
    assert values("وذلك قبل يومين على الحدود") == ["2016-06-13"]


@pytest.mark.parametrize(("word", "_"), rows("now"))
def test_a_now_word_is_no_day_for_a_lone_clock(word: str, _: str) -> None:
    from khabar.times import expressions

    text = f"يلعب الفريق مساء غد عند الساعة الثامنة في البطولة التي تقام {word} في عمان"
    clock = [e for e in expressions(text, "2016-06-15") if e.clock]
    assert [(e.value, e.clock) for e in clock] == [("2016-06-16", "20:00")]


@pytest.mark.parametrize(("word", "_"), rows("now"))
def test_an_anaphor_never_points_back_to_a_now_word(word: str, _: str) -> None:
    assert values(f"وقع الخلاف في 2014. ويعيش البلد {word} أزمة. وانتقد الوزير وقتها الحكومة") == \
        ["2014", "2016-06-15", "2014"]


#: (last, next) season of each first month for a stamp of 2016-06-15: winter 2015-16 and spring 2016 are
#: over, summer 2016 is under way (its last one is 2015's), autumn 2016 has not begun.
SEASONS_2016_06 = {3: ("2016-03", "2017-03"), 6: ("2015-06", "2017-06"), 9: ("2015-09", "2016-09"),
                   12: ("2015-12", "2016-12")}


@pytest.mark.parametrize(("word", "month"), rows("season"))
def test_seasons(word: str, month: str) -> None:
    last, coming = SEASONS_2016_06[int(month)]
    (past,) = expressions(f"في ال{word} الماضي", "2016-06-15")
    (ahead,) = expressions(f"في ال{word} المقبل", "2016-06-15")
    assert (past.value, ahead.value) == (last, coming)
    assert values(f"في ال{word} عادة") == []  # a season alone is no one season


@pytest.mark.parametrize(("word", "_"), rows("delivery"))
def test_a_delivery_month_is_the_coming_one(word: str, _: str) -> None:
    """A futures contract's delivery month (خام برنت تسليم سبتمبر) is to come, never the last one."""
    assert values(f"وهبط خام برنت {word} سبتمبر 15 سنتا", "2015-07-21") == ["2015-09"]
    assert values(f"وهبط خام برنت {word} شهر يوليو", "2015-07-21") == ["2015-07"]
    assert values("وهبط خام برنت في سبتمبر 15 سنتا", "2015-07-21") == ["2014-09"]


@pytest.mark.parametrize(("word", "_"), rows("setting_year"))
def test_a_setting_year_dates_the_months_of_its_sentence(word: str, _: str) -> None:
    year = "" if word.startswith(("عام", "العام", "سنة", "السنة")) else "عام "
    assert values(f"وقع الانقلاب {word} {year}1981 ثم اغتيل الرئيس في 14 أكتوبر") == ["1981", "1981-10-14"]
    assert values(f"أطول نمو منذ {year}1991 والفترة من يناير إلى مارس", "2018-05-15")[1:] == ["2018-01", "2018-03"]


@pytest.mark.parametrize(("phrase", "_"), rows("every_year"))
def test_an_every_year_phrase_leaves_a_yearless_day_undated(phrase: str, _: str) -> None:
    assert values(f"يحيي الفلسطينيون ذكرى يوم الأرض في 30 مارس من {phrase}") == [None]
    assert values(f"تنتهي السنة المالية في نهاية شهر يونيو {phrase}") == [None]
    assert values(f"يقام المهرجان ما بين فبراير ومايو من {phrase}") == [None, None]  # the range's start too
    assert values(f"في 14 رمضان من {phrase}") == [None]
    assert values(f"ولد في 30 مارس 1990 من {phrase}") == ["1990-03-30"]  # a year of its own
    assert values(f"وصل في 30 مارس. {phrase} وأنتم بخير") == ["2016-03-30"]  # another sentence


@pytest.mark.parametrize(("phrase", "_"), rows("every_week"))
def test_an_every_week_phrase_leaves_a_weekday_undated(phrase: str, _: str) -> None:
    assert values(f"تقام المباريات مساء يوم الإثنين {phrase}") == [None]
    assert values(f"يقام العرض يومي الخميس والجمعة {phrase}") == [None, None]  # the list's first too
    assert values(f"تعرض في يوم السبت والإثنين والأربعاء {phrase}") == [None, None, None]
    assert values(f"وصل يوم الاثنين. {phrase} نلتقي") == ["2016-06-13"]  # another sentence
    assert values("أقيم العرض يومي الخميس والجمعة") == ["2016-06-09", "2016-06-10"]


@pytest.mark.parametrize(("phrase", "_"), rows("starting_from"))
def test_a_starting_from_phrase_makes_a_weekday_the_coming_one(phrase: str, _: str) -> None:
    # 2016-06-15 is a Wednesday
    assert values(f"أعلنت الشركة أمس إغلاق المصنع {phrase} من الأحد") == ["2016-06-14", "2016-06-19"]
    assert values(f"وأغلق المعبر {phrase} من يوم الخميس") == ["2016-06-16"]
    assert values(f"دخل القرار حيز التنفيذ {phrase} من يوم الثلاثاء") == ["2016-06-14"]  # the day before
    assert values(f"فرضت رسوما جديدة {phrase} من الاثنين") == ["2016-06-13"]  # two days before
    assert values(f"دخل القرار حيز التنفيذ {phrase} من الأربعاء") == ["2016-06-15"]  # the stamp's day
    assert values(f"وأغلق المعبر {phrase} من الخميس الماضي") == ["2016-06-09"]  # a direction decides


@pytest.mark.parametrize(("phrase", "_"), rows("same_year"))
def test_a_same_year_phrase_dates_a_day_by_the_last_year_named(phrase: str, _: str) -> None:
    assert values(f"اعتقل في العام 2011 ثم اعتقل مجددا في 9 أبريل من {phrase}", "2018-04-04") == ["2011", "2011-04-09"]
    assert values(f"اعتقل في العام 2011 ثم اعتقل مجددا في 9 أبريل {phrase}", "2018-04-04") == ["2011", "2011-04-09"]


@pytest.mark.parametrize(("month", "_"), rows("brand_month"))
def test_a_month_that_names_a_maker_is_a_month_alone(month: str, _: str) -> None:
    assert values(f"وقعت الحادثة في {month} 2014") == ["2014-04"]
    assert values(f"اشترى سيارة في {month} 2014") == ["2014-04"]  # في before it: the month
    assert values(f"في شهر {month} الماضي") == ["2016-04"]
    assert values(f"قاد سيارة {month} GT-R في السباق") == []


@pytest.mark.parametrize(("word", "_"), rows("brand_head"))
def test_a_maker_after_a_brand_head_is_no_month(word: str, _: str) -> None:
    assert values(f"اصطدمت {word} من نيسان بالحاجز") == []
    assert values(f"أعجبه {word} نيسان 2010.") == ["2010"]  # the model's year, no April


@pytest.mark.parametrize(("word", "_"), rows("brand_tail"))
def test_a_maker_before_a_brand_tail_is_no_month(word: str, _: str) -> None:
    assert values(f"حصلت من نيسان {word} على جائزة") == []


@pytest.mark.parametrize(("word", "_"), rows("same_as_named"))
def test_a_period_said_to_be_the_same_is_the_one_named_last(word: str, _: str) -> None:
    year = "السنة" if word.endswith("ها") else "العام"  # (the word agrees with its noun)
    assert values(f"صنفت الجماعة في 2013. وصادرت أموالها في نهاية {year} {word}") == ["2013", "2013"]
    assert values(f"اعتقل في 2011 ثم في 9 أبريل من {year} {word}") == ["2011", "2011-04-09"]  # the date's year
    if not word.endswith("ها"):
        assert values(f"وصل في مارس 2014 وغادر في 20 من الشهر {word}") == ["2014-03", "2014-03-20"]


@pytest.mark.parametrize(("word", "_"), rows("same_before"))
def test_a_period_said_to_be_the_same_before_it_is_the_one_named_last(word: str, _: str) -> None:
    assert values(f"ولد في 2011 وتوفي في {word} العام") == ["2011", "2011"]
    assert values(f"في {word} الشهر") == [None]  # no time named before it
    # the same day: the day named last, none after a month, and نفس اليوم من عام 2000 no such day
    assert values(f"اتصل به الأربعاء وفي {word} اليوم سافر") == ["2016-06-15", "2016-06-15"]
    assert values(f"وصل في مارس الماضي وفي {word} اليوم غادر") == ["2016-03", None]
    assert values(f"وفي {word} اليوم من عام 2000 اندلعت") == ["2000"]
    assert values(f"قتل الأربعاء وفي {word} اليوم الذي قتل فيه") == ["2016-06-15"]  # the clause's day
    assert values(f"يدخلون مجانا في {word} اليوم من كل عام") == []  # every year


@pytest.mark.parametrize(("word", "_"), [(w, v) for w, v in rows("same_as_named") if not w.endswith("ها")])
def test_the_day_said_to_be_the_same_is_the_one_named_last(word: str, _: str) -> None:
    assert values(f"اتصل به الأحد. وفي اليوم {word} سافر") == ["2016-06-12", "2016-06-12"]


@pytest.mark.parametrize(("word", "day"), rows("modifier_day"))
def test_a_modifier_points_at_a_day_of_a_hijri_month(word: str, day: str) -> None:
    from hijridate import Hijri
    expected = Hijri(1436, 9, int(day)).to_gregorian()
    assert values(f"وصل الوفد في {word} رمضان 1436 هـ", "2015-08-06") == [f"{expected.year}-{expected.month:02d}"]
    assert values("وصل الوفد في مطلع رمضان 1436 هـ", "2015-08-06") == ["2015-06"]  # not listed: its first day


@pytest.mark.parametrize(("word", "_"), rows("deadline_before"))
def test_a_weekday_after_a_deadline_word_is_the_coming_one(word: str, _: str) -> None:
    # (stamp Wednesday 2016-06-15: a bare Monday is the last one, a deadline's the next)
    assert values(f"أفادت بأنه {word} يوم الاثنين سيصل الثلج") == ["2016-06-20"]
    assert values(f"و{word} الاثنين يصل الثلج") == ["2016-06-20"]
    assert values("أفادت بأنه يوم الاثنين وصل الثلج") == ["2016-06-13"]


@pytest.mark.parametrize(("noun", "_"), rows("commemoration"))
def test_a_commemoration_takes_no_year_from_a_fuller_mention(noun: str, _: str) -> None:
    from khabar.model import Article, Source
    from khabar.times import Options, run

    body = [f"وأحيا السكان {noun} 21 أغسطس", "وقعت المواجهات يوم 21 أغسطس 2011"]
    article = Article(id="x", source=Source(kind="jsonl"), published="2016-06-15", body=body)
    run(article, Options(distinct=False))
    assert [t.value for t in article.times] == [None, "2011-08-21"]
    body[0] = "وتتعلق القضية بأحداث 21 أغسطس"  # an occasion that is no commemoration takes it
    article = Article(id="x", source=Source(kind="jsonl"), published="2016-06-15", body=body)
    run(article, Options(distinct=False))
    assert [t.value for t in article.times] == ["2011-08-21", "2011-08-21"]


@pytest.mark.parametrize(("word", "_"), rows("until_now"))
def test_now_after_an_until_word_is_so_far(word: str, _: str) -> None:
    assert values(f"لم يصدر أي تعليق {word} الآن عن الوزارة") == []
    assert values("وقال إن الوضع مستقر الآن في المدينة") == ["2016-06-15"]


@pytest.mark.parametrize(("word", "_"), rows("vision_head"))
def test_a_bare_year_after_a_vision_word_names_a_plan(word: str, _: str) -> None:
    assert values(f"ضمن مبادرات {word} 2030 التي أطلقتها الحكومة") == []
    assert values(f"ضمن مبادرات {word} المملكة 2030 التي أطلقتها الحكومة") == []
    assert values(f"تحقيق {word} في 2030") == ["2030"]  # في: a year



@pytest.mark.parametrize(("word", "_"), rows("since_superlative"))
def test_since_a_count_after_a_superlative_is_no_time(word: str, _: str) -> None:
    assert values(f"وسجل المؤشر {word} مستوى له منذ أربع سنوات") == []
    assert values(f"وسجل المؤشر {word} مستوى له، وارتفع منذ أربع سنوات") == ["2012"]  # another clause
    assert values("وسجل المؤشر ارتفاعا منذ أربع سنوات") == ["2012"]


@pytest.mark.parametrize(("phrase", "_"), rows("at_least"))
def test_since_at_least_a_count_is_no_time(phrase: str, _: str) -> None:
    assert values(f"تفرض الحكومة حصارا على المدينة منذ {phrase} عشر سنوات") == []
    assert values("تفرض الحكومة حصارا على المدينة منذ عشر سنوات") == ["2006"]
