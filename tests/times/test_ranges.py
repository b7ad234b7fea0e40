"""Ranges: one expression (3 - 5 مارس، 1936 - 1939) or two joined (من X إلى Y، بين X و Y)."""

from __future__ import annotations

import pytest

from khabar.times import expressions
from khabar.times.interpret import Parsed
from khabar.times.resolve import range_end

PUB = "2015-08-06"  # a Thursday


def ranges(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[e.start:e.end], e.value, e.value_end) for e in expressions(text, PUB)]


@pytest.mark.parametrize(("text", "expected"), [
    # one expression: days of one month, a span of years
    ("يقام المهرجان من 3 إلى 5 مارس 2015", [("3 إلى 5 مارس 2015", "2015-03-03", "2015-03-05")]),
    ("اجتماعهم في 19-20 مارس في بوينس آيرس", [("19-20 مارس", "2015-03-19", "2015-03-20")]),
    ("يعقد المؤتمر يومي 20 و21 سبتمبر", [("20 و21 سبتمبر", "2015-09-20", "2015-09-21")]),
    # days listed with و: a span when they follow each other, else the first day alone
    ("تنتظم التظاهرة أيام 25 و 26 و27 فيفري", [("25 و 26 و27 فيفري", "2015-02-25", "2015-02-27")]),
    ("اقتحم الجيش المواقع أيام 4 و5 و8 و21 جويلية", [("4 و5 و8 و21 جويلية", "2015-07-04", None)]),
    ("حددت البلدية يومي 7 و14 سبتمبر للاقتراع", [("7 و14 سبتمبر", "2015-09-07", None)]),
    ("يزور إيران في الفترة بين 18 و21 سبتمبر", [("18 و21 سبتمبر", "2015-09-18", "2015-09-21")]),  # بين: a span
    ("خلال الحرب الأهلية (1975-1990)", [("1975-1990", "1975", "1990")]),
    ("في 15 رمضان 1436 هـ", [("15 رمضان 1436 هـ", "2015-07-02", None)]),  # a single day
    # a Gregorian month has no 30 February: no last day
    ("يومي 29 و30 فبراير 2016", [("29 و30 فبراير 2016", "2016-02-29", None)]),
    # two expressions: the first takes the second as its end
    ("في الفترة من 15 يونيو وحتى 15 سبتمبر 2015م",
     [("15 يونيو", "2015-06-15", "2015-09-15"), ("15 سبتمبر 2015م", "2015-09-15", None)]),
    ("بين عامي 2013 و2015", [("عامي 2013", "2013", "2015"), ("2015", "2015", None)]),
    ("من يناير حتى مارس", [("يناير", "2015-01", "2015-03"), ("مارس", "2015-03", None)]),
    ("بين الثلاثاء والخميس", [("الثلاثاء", "2015-08-04", "2015-08-06"), ("الخميس", "2015-08-06", None)]),
    ("منذ عام 2011 حتى 2017", [("عام 2011", "2011", "2017"), ("2017", "2017", None)]),
    # the definite dual too, and a year glued to it is a word of its own
    ("ما بين العامين 2011 و2015 دفعت", [("العامين 2011", "2011", "2015"), ("2015", "2015", None)]),
    ("ما بين العامين2011  و2015، عن طريق", [("2011", "2011", "2015"), ("2015", "2015", None)]),
    ("وفي العامين 2017 و2018 شن الجيش", [("العامين 2017", "2017", None), ("2018", "2018", None)]),
    # two bare plausible years joined as a range are years, whatever word follows (من، إلى alone: a count)
    ("نما الاقتصاد من 2010 إلى 2015 بنسبة كبيرة", [("2010", "2010", "2015"), ("2015", "2015", None)]),
    ("ارتفعت الصادرات بين 2015 و2017 بنسبة 20%", [("2015", "2015", "2017"), ("2017", "2017", None)]),
    ("في الفترة من سنة 2006 حتى 2012 بزيادة", [("سنة 2006", "2006", "2012"), ("2012", "2012", None)]),
    # the first end takes its year from the second
    ("من إبريل إلى سبتمبر 2016", [("إبريل", "2016-04", "2016-09"), ("سبتمبر 2016", "2016-09", None)]),
    ("من 20 ديسمبر إلى 5 يناير 2015",
     [("20 ديسمبر", "2014-12-20", "2015-01-05"), ("5 يناير 2015", "2015-01-05", None)]),
    ("من 30 نوفمبر وحتى 2 ديسمبر المقبلين",
     [("30 نوفمبر", "2015-11-30", "2015-12-02"), ("2 ديسمبر المقبلين", "2015-12-02", None)]),
    # two joined by و alone: a list, no range, the first taking the second's year
    ("تكبدها في مايو/أيار ويونيو/حزيران 1999.", [("مايو/أيار", "1999-05", None), ("يونيو/حزيران 1999", "1999-06", None)]),
    ("في 3 يناير و5 فبراير 2014", [("3 يناير", "2014-01-03", None), ("5 فبراير 2014", "2014-02-05", None)]),
])
def test_ranges(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize("text", [
    "وصل في 3 مارس إلى 5 مدن",  # إلى before a count, not a date
    "في يناير وفي مارس",  # no opener: two times
    "من 2015 إلى 2013",  # an end before the start is no range
    "زار بغداد في 2013 و2015",  # و after no بين: a list
])
def test_no_range(text: str) -> None:
    assert all(end is None for _, _, end in ranges(text))


def test_the_stage_writes_value_end() -> None:
    from khabar.model import Article, Source
    from khabar.times import Options, run

    article = Article(id="x", source=Source(kind="text"), published=PUB, body=["من 3 إلى 5 مارس 2015"])
    run(article, Options())
    assert [(t.value, t.value_end) for t in article.times] == [("2015-03-03", "2015-03-05")]


@pytest.mark.parametrize(("parsed", "value", "end"), [
    (Parsed("date", 2016, 2, 27, end_day=29), "2016-02-27", "2016-02-29"),
    (Parsed("date", 2015, 2, 27, end_day=30), "2015-02-27", None),  # past the month's last day
    # a Hijri range runs on into the next Gregorian month (12 - 14 رمضان 1436: 29 June - 1 July)
    (Parsed("hijri", 1436, 9, 12, hijri=True, end_day=14), "2015-06-29", "2015-07-01"),
    (Parsed("year", 1975, end_year=1990), "1975", "1990"),
])
def test_range_end(parsed: Parsed, value: str, end: str | None) -> None:
    assert range_end(parsed, value) == end
