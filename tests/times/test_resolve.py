"""Days and months without a year (Hijri and Gregorian): the year under way, the coming one, or a stated year."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.times import analyse_text, expressions
from khabar.times.interpret import Parsed
from khabar.times.resolve import reconcile_pair

SHABAN = "2017-05-05"  # 8 Sha'ban 1438: Ramadan 1438 begins on 27 May 2017
SHAWWAL = "2015-07-27"  # 11 Shawwal 1436


def value(text: str, published: str) -> str | None:
    (_, _, found), = analyse_text(text, published)
    return found


@pytest.mark.parametrize(("text", "published", "expected"), [
    # within SOON_DAYS ahead: the coming month, not last year's
    ("الأسعار خلال شهر رمضان", SHABAN, "2017-05"),
    ("في 20 رمضان", SHABAN, "2017-06-15"),
    # a month far ahead with no cue stays in the past
    ("في شهر ذي الحجة", SHABAN, "2016-09"),
    # a direction decides: الجاري this year's, المقبل the next, الماضي the last
    ("حتى 30 من شهر شوال الجاري", SHAWWAL, "2015-08-15"),
    ("في السابع من ذي القعدة المقبل", SHAWWAL, "2015-08-22"),  # an ordinal day of a Hijri month
    ("مطلع شعبان الماضي", SHAWWAL, "2015-05"),
    ("رمضان المقبل", SHABAN, "2017-05"),
    ("شعبان المقبل", SHABAN, "2018-04"),  # we are in Sha'ban: the next one
    ("شعبان الماضي", SHABAN, "2016-05"),
    ("خلال رمضان الماضي", SHABAN, "2016-06"),
    # a day of the month under way that is yet to come is this year's
    ("يوم الأربعاء 20 شوال", SHAWWAL, "2015-08-05"),
    # a Gregorian year beside a Hijri month: that year's month
    ("في موسم رمضان 2019", SHABAN, "2019-05"),
    ("لدراما رمضان 2018", SHABAN, "2018-05"),
    ("في ذي الحجة 2015", SHABAN, "2015-09"),
])
def test_hijri_month_year(text: str, published: str, expected: str) -> None:
    assert value(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday beside a Hijri day decides a day either way (the month began a day off the tables)
    ("انطلقت فجر اليوم الأربعاء التاسع من شهر ذي الحجة مراسم تغيير الكسوة", "2015-09-23"),
    ("يوم الثلاثاء 9 ذي الحجة", "2015-09-22"),  # the tables' own day
    ("يوم السبت 9 ذي الحجة 1436", "2015-09-22"),  # three days off: a slip, the tables decide
])
def test_a_weekday_beside_a_hijri_day_decides_a_day_either_way(text: str, expected: str) -> None:
    assert value(text, "2015-09-23") == expected


def test_future_sentence_takes_the_coming_month() -> None:
    assert value("ستقام البطولة في شهر ذي الحجة", SHABAN) == "2017-08"


def test_hijri_month_alone_is_no_time() -> None:
    assert analyse_text("قال رمضان الزهراني", SHABAN) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("قالت الوزارة اليوم الخميس", "2017-02-16", "2017-02-16"),  # the stamp agrees with the weekday
    ("وقالت الوزارة اليوم الأربعاء", "2018-02-15", "2018-02-14"),  # a stamp a day late
    ("وقام الرئيس أمس الخميس بإمامة المصلين", "2015-07-21", "2015-07-16"),  # a crawl time days later
    ("يلتقي المنتخب يوم غد الخميس", "2016-06-22", "2016-06-23"),
    ("توقع الاتفاقيات غداً الأربعاء", "2018-02-26", "2018-02-28"),  # a stamp a day early
])
def test_weekday_beside_a_relative_day_decides(text: str, published: str, expected: str) -> None:
    assert value(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("يوم الأحد الموافق 1436/10/10هـ", "2015-07-26"),  # year first, as Saudi documents write it
    ("صدر بتاريخ 1433/2/8هـ", "2012-01-02"),
    ("صدر في 8/ 2/ 1433هـ", "2012-01-02"),  # day first: the same day
    ("صدر في 8-2-1433هـ", "2012-01-02"),  # dashes as well as slashes
    ("صدر في 1433-2-8هـ", "2012-01-02"),  # year first with dashes too
    ("يوم الأحد 15-11-1436هـ الموافق 30 اغسطس", "2015-08-30"),  # a pair: one day, both halves read
])
def test_numeric_hijri_dates(text: str, expected: str) -> None:
    assert value(text, SHAWWAL) == expected


@pytest.mark.parametrize(("text", "published"), [
    # a count after the month, outside hijridate's tables: read, never raised
    ("منذ انطلاق شهر رمضان 1587 زيارة تفقدية", SHABAN),
    ("في رمضان 2300", SHABAN),
    # a publication stamp outside the tables
    ("في 20 رمضان", "1890-03-01"),
])
def test_years_outside_the_calendar_tables_do_not_stop_the_article(text: str, published: str) -> None:
    found = value(text, published)
    assert found is None or found[:4].isdigit()


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("في السابع والعشرين من شهر شوال الجاري", "2015-08-06", "2015-08-12"),  # an ordinal Hijri day
    ("صدر القرار في 10/ رجب/ 1438 هـ", "2017-05-01", "2017-04-07"),  # day/name/year: the day
    ("خلال شهر سبتمبر", "2015-08-06", "2015-09"),  # next month alone: the coming one
    ("منتصف أيار/مايو", "2018-04-06", "2018-05"),
    ("خلال شهر أكتوبر", "2015-08-06", "2014-10"),  # two months ahead: the past one
    # a day within SOON_DAYS ahead across the new year: next year's (a December story's January)
    ("تأجيل النظر في القضية إلى يوم 30 جانفي", "2016-12-19", "2017-01-30"),
    ("في 15 فبراير", "2016-12-19", "2017-02-15"),
    ("في 25 فبراير", "2016-12-19", "2016-02-25"),  # farther ahead than SOON_DAYS: the past one
    ("في 18 ديسمبر", "2016-12-19", "2016-12-18"),
])
def test_days_and_months_without_a_year(text: str, published: str, expected: str) -> None:
    assert value(text, published) == expected


def test_a_marker_after_kana_min_is_a_past_plan() -> None:
    assert value("الاجتماع الذي كان من المقرر عقده الأربعاء", "2015-08-06") == "2015-08-05"
    assert value("الاجتماع الذي من المقرر عقده الأربعاء", "2015-08-06") == "2015-08-12"
    # ... and a marker a few words after كان (the visit that was to end Monday)
    assert value("الزيارة التي كان مقررا أن تنتهي الأربعاء", "2015-08-06") == "2015-08-05"
    assert value("الزيارة التي مقرر أن تنتهي الأربعاء", "2015-08-06") == "2015-08-12"


@pytest.mark.parametrize(("text", "first", "last"), [
    ("خلال الفترة من 1 إلى 3 رمضان 1436", "2015-06-18", "2015-06-20"),
    ("يومي 9 و10 ذي الحجة", "2015-09-22", "2015-09-23"),  # the coming one, from Shawwal
    ("من 29 - 30 شعبان 1436", "2015-06-16", "2015-06-17"),
])
def test_hijri_day_ranges(text: str, first: str, last: str) -> None:
    from khabar.times import expressions

    (found,) = expressions(text, SHAWWAL)
    assert (found.value, found.value_end) == (first, last)


@pytest.mark.parametrize(("text", "published", "value", "end"), [
    ("انتقل إلى النادي الصيف الماضي", "2015-08-10", "2014-06", "2014-08"),  # summer 2015 not over yet
    ("انتقل إلى النادي الصيف الماضي", "2015-09-10", "2015-06", "2015-08"),
    ("يعود في الصيف المقبل", "2018-03-01", "2018-06", "2018-08"),
    ("خلال الشتاء الحالي", "2018-01-15", "2017-12", "2018-02"),  # winter runs into the new year
    ("هذا الصيف", "2015-07-01", "2015-06", "2015-08"),
])
def test_seasons_with_a_direction(text: str, published: str, value: str, end: str) -> None:
    (found,) = expressions(text, published)
    assert (found.value, found.value_end) == (value, end)


@pytest.mark.parametrize(("text", "expected"), [
    # two Hijri years joined by / (a school or fiscal year): one expression over both
    ("يبدأ التسجيل للعام الدراسي 1436/1437هـ في الجامعة", ("1436/1437هـ", "2015", "2016")),
    ("خلال العام المالي 1438 / 1439 هـ", ("1438 / 1439 هـ", "2017", "2018")),
    ("التقرير السنوي للعام المالي (1434 / 1435ه)", ("1434 / 1435ه", "2013", "2014")),  # no parenthesis
    ("تأسست الجمعية عام 1409هـ", ("عام 1409هـ", "1989", None)),  # one year alone, as before
])
def test_a_pair_of_hijri_years_spans_both(text: str, expected: tuple[str, str, str | None]) -> None:
    (e,) = expressions(text, SHAWWAL)
    assert (text[e.start:e.end], e.value, e.value_end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the one before the last (stamp Thursday 2015-08-06)
    ("زار المدينة يوم الأحد قبل الماضي", "2015-07-26"),
    ("افتتح المعرض في مارس قبل الماضي", "2014-03"),
    ("عرض المسلسل في رمضان قبل الماضي", "2014-06"),  # Ramadan 1435 began in June 2014
    ("تراجعت المبيعات الأسبوع قبل الماضي", "2015-W30"),
])
def test_the_one_before_the_last(text: str, expected: str) -> None:
    assert value(text, "2015-08-06") == expected


@pytest.mark.parametrize(("greg", "hijri", "expected"), [
    ((8, 30), (1436, None, None), "2015-08-30"),  # a bare Hijri year: the day that falls in it
    ((8, 30), (1437, None, None), "2016-08-30"),  # the next year's: 1437 ran from October 2015
    # a Hijri year far from the stamp's dates the pair by its own Gregorian years, not the stamp's
    ((8, 30), (1439, None, None), "2018-08-30"),  # 1439 ran from September 2017 to August 2018
    ((6, 24), (1405, 10, 6), "1985-06-24"),  # 6 Shawwal 1405
    ((2, 30), (1439, None, None), None),  # no such day
    ((7, 26), (None, 10, 10), "2015-07-26"),  # a Hijri day and month: the year both agree on
])
def test_reconcile_pair(greg: tuple[int, int], hijri: tuple[int | None, int | None, int | None], expected: str | None) -> None:
    greg_parsed = Parsed(kind="date", month=greg[0], day=greg[1])
    hijri_parsed = Parsed(kind="hijri", year=hijri[0], month=hijri[1], day=hijri[2], hijri=True)
    assert reconcile_pair(greg_parsed, hijri_parsed, dt.date(2015, 8, 4)) == expected
