"""Date lines of pages and record dates, to ISO 8601."""

from __future__ import annotations

import pytest

from khabar.structure.data import read_rows
from khabar.structure.dates import month_names, normalise_date, parse_date_line

DATE_LINES = [
    ("First Published: 2017-11-14", "2017-11-14", "published"),
    ("تاريخ الخبر: 1439/08/06 هـ", "2018-04-22", "published"),  # a media centre's label over a Hijri date
    ("Last Updated: 2017-11-15", "2017-11-15", "updated"),
    ("الثلاثاء 14 نوفمبر 2017", "2017-11-14", "published"),
    ("الإثنين 3 سبتمبر 2018 - 10:32", "2018-09-03", "published"),
    ("نشر في: الخميس، 30 آب 2018", "2018-08-30", "published"),
    ("14 تشرين الثاني (نوفمبر) 2017", "2017-11-14", "published"),
    ("13 أغسطس/آب 2018", "2018-08-13", "published"),
    ("14-تشرين الثاني-2017 | 10:20", "2017-11-14", "published"),
    ("10:20 م الثلاثاء ١٤ نوفمبر ٢٠١٧", "2017-11-14", "published"),
    ("حزيران/يونيو 12, 2018", "2018-06-12", "published"),
    ("الأحد 22 جانفي 2017 | 14:20", "2017-01-22", "published"),
    ("5 جويلية 2016", "2016-07-05", "published"),
    ("3 أوت 2016", "2016-08-03", "published"),
    ("19 يوليوز 2018", "2018-07-19", "published"),
    ("7 شتنبر 2018", "2018-09-07", "published"),
    ("الجمعة ١٦ فبراير ٢٠١٨", "2018-02-16", "published"),
    ("٢٧/٠٢/٢٠١٨", "2018-02-27", "published"),
    ("تاريخ النشر: 14/11/2017", "2017-11-14", "published"),
    ("11/25/2017", "2017-11-25", "published"),
    ("2018/03/09", "2018-03-09", "published"),
    ("الإثنين 25 شوال 1436 هـ - الموافق 10 أغسطس 2015 م", "2015-08-10", "published"),
    ("الأربعاء 1439/3/25هـ - 2017/12/13م", "2017-12-13", "published"),
    ("25/03/1439 هـ", "2017-12-13", "published"),
    ("الأحد 14 جانفي 2017 الموافق لـ 16 ربيع الآخر 1438 هـ", "2017-01-14", "published"),
    ("1 رمضان 1439 هـ", "2018-05-16", "published"),  # Umm al-Qura, via hijridate
    ("1 من رمضان 1439 هـ", "2018-05-16", "published"),  # من between the day and the month, as Egyptian pages set it
    ("الأحد 22 من أبريل 2018 | 6 من شعبان 1439 هـ", "2018-04-22", "published"),
    ("آخر تحديث: 2018-02-16 22:08 GMT", "2018-02-16T22:08:00+00:00", "updated"),
    ("Published: November 14, 2017", "2017-11-14", "published"),
    ("Sunday, August 12th, 2018", "2018-08-12", "published"),  # Slack's day divider: an ordinal day
    ("May 1st, 2018", "2018-05-01", "published"),
    ("2018-02-16T22:08:10+04:00", "2018-02-16T22:08:10+04:00", "published"),
    ("الأحد - 6 شعبان 1439 هـ - 22 أبريل 2018 م رقم العدد [14972]", "2018-04-22", "published"),  # issue number
    ("الثلاثاء 14 تشرين الثاني / نوفمبر 2017. 11:00 م", "2017-11-14", "published"),  # dot before the time
    ("الأحد ٦/٨/١٤٣٩ هـ - الموافق ٢٢/٤/٢٠١٨ م (آخر تحديث) الساعة ١٧:٣٩ (مكة المكرمة)", "2018-04-22", "published"),
    ("[22.04.18 13:51]", "2018-04-22", "published"),  # a chat export's message stamp
    ("04-05-2018 03:12 PM", "2018-05-04", "published"),  # both parts could be the month: day first
    # published and updated stamps on one line: the published one, whichever comes first
    ("نشر في: 9 أغسطس 2018 - 12:46  |  آخر تحديث: 10 أغسطس 2018", "2018-08-09", "published"),
    ("آخر تحديث: 10 أغسطس 2018 | نشر في: 9 أغسطس 2018", "2018-08-09", "published"),
    ("تاريخ النشر: الأحد 9 أغسطس 2018 آخر تحديث: 10 أغسطس 2018 13:00", "2018-08-09", "published"),
    ("آخر تحديث: 10 أغسطس 2018 - 12:00 | 11 أغسطس 2018", "2018-08-10", "updated"),
]


@pytest.mark.parametrize(("line", "value", "kind"), DATE_LINES)
def test_date_lines(line: str, value: str, kind: str) -> None:
    found = parse_date_line(line)
    assert found is not None
    assert (found.value, found.kind) == (value, kind)


@pytest.mark.parametrize("line", [
    "وفي 5 ديسمبر 2016 انتهى العرض الأول للفيلم في العاصمة",
    "قال الوزير إن الاتفاق سيوقع يوم 14 نوفمبر 2017 في جنيف",
    "31/02/2018",
    "24 قتيلا بهجوم انتحاري شمال بغداد",
    "الحادي عشر من سبتمبر",
    "نشر في 9 أغسطس 2018 وقال الوزير 10 أغسطس 2018",  # words between two dates that are no label
])
def test_text_with_or_without_dates_is_no_date_line(line: str) -> None:
    assert parse_date_line(line) is None


RECORD_DATES = [
    ("Fri, 16 Feb 2018 22:08:10 +0400", "2018-02-16T22:08:10+04:00"),
    ("Thu, 11 Oct 2018 11:34:55 GMT", "2018-10-11T11:34:55+00:00"),
    ("2017-01-20T21:43:00+01:00", "2017-01-20T21:43:00+01:00"),
    ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),
    ("2021-11-08", "2021-11-08"),
    ("14 نوفمبر 2017", "2017-11-14"),
    ("02/09/2015", "2015-09-02"),
]


@pytest.mark.parametrize(("value", "iso"), RECORD_DATES)
def test_record_dates(value: str, iso: str) -> None:
    assert normalise_date(value) == iso


def test_missing_record_date_stays_missing() -> None:
    assert normalise_date(None) is None
    assert normalise_date("") is None


@pytest.mark.parametrize(("number", "name"), [r for r in read_rows("months.tsv")])
def test_every_month_variant_resolves(number: str, name: str) -> None:
    assert parse_date_line(f"3 {name} 2016") is not None
    assert parse_date_line(f"3 {name} 2016").value == f"2016-{int(number):02d}-03"


@pytest.mark.parametrize(("number", "name"), [r for r in read_rows("hijri_months.tsv")])
def test_every_hijri_month_resolves(number: str, name: str) -> None:
    assert parse_date_line(f"10 {name} 1440 هـ") is not None


@pytest.mark.parametrize(("kind", "label"), [r for r in read_rows("date_labels.tsv")])
def test_every_date_label_is_read(kind: str, label: str) -> None:
    found = parse_date_line(f"{label}: 2019-05-14")
    assert found is not None and found.kind == kind


def test_cldr_gives_msa_levantine_and_maghrebi_months() -> None:
    names = month_names()
    assert names["يناير"] == names["كانون الثاني"] == names["جانفي"] == 1
    assert names["تشرين الاول"] == 10 and names["غشت"] == 8
