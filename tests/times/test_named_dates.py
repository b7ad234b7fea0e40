import pytest

from khabar.datafiles import tsv_records
from khabar.times import expressions
from khabar.times.named_dates import RESOURCES

PUB = "2017-03-26"
MONTHS = {1: "يناير", 2: "فبراير", 6: "يونيو", 7: "يوليو", 9: "سبتمبر", 10: "أكتوبر", 11: "نوفمبر", 12: "ديسمبر"}
ROWS = [(r["date"], r["nouns"]) for r in tsv_records((RESOURCES / "named_dates.tsv").read_text(encoding="utf-8"))]


def values(text: str) -> list[tuple[str, str | None]]:
    return [(text[e.start:e.end], e.value) for e in expressions(text, PUB)]


@pytest.mark.parametrize(("date", "nouns"), ROWS)
def test_each_named_day_after_each_of_its_nouns_is_that_date(date: str, nouns: str) -> None:
    day_month = f"{int(date[8:10])} {MONTHS[int(date[5:7])]}"
    for noun in nouns.split(","):
        assert values(f"تحدث الوزير عن {noun} {day_month} أمس") == [(day_month, date), ("أمس", "2017-03-25")]
        assert values(f"وأحيا الناس ذكرى ل{noun} {day_month}")[0] == (day_month, date)  # a clitic on the noun


@pytest.mark.parametrize(("text", "expected"), [
    ("منذ اعتداءات 11 أيلول/سبتمبر تعيش البلاد", [("11 أيلول/سبتمبر", "2001-09-11")]),
    ("في الذكرى الـ15 لهجمات الـ11 من سبتمبر", [("11 من سبتمبر", "2001-09-11")]),
    # the second of a pair joined by و has the pair's noun
    ("في ذكرى ثورتي 25 يناير و30 يونيو", [("25 يناير", "2011-01-25"), ("30 يونيو", "2013-06-30")]),
    ("منذ هجمات 11 سبتمبر/أيلول و13 نوفمبر", [("11 سبتمبر/أيلول", "2001-09-11"), ("13 نوفمبر", "2015-11-13")]),
    # the day alone, with another noun, or with its own year is a day like any other
    ("سافر الوزير يوم 11 سبتمبر إلى باريس", [("يوم 11 سبتمبر", "2016-09-11")]),
    ("تجمع المحتجون في مسيرة 25 يناير", [("25 يناير", "2017-01-25")]),
    ("اندلعت ثورة 25 يناير 2012 المزعومة", [("25 يناير 2012", "2012-01-25")]),
    ("اجتمعت اللجنة يوم 25 يناير", [("يوم 25 يناير", "2017-01-25")]),
    # an occasion noun before a day the table does not list leaves it undated
    ("في ذكرى ثورة 14 تموز", [("14 تموز", None)]),
])
def test_named_dates_in_context(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a day of history the table lacks takes the year a fuller mention of the day gives it, before or after
    (["وتتعلق القضية بأحداث 21 أغسطس في المدينة.", "وكانت المواجهات قد اندلعت في 21 أغسطس عام 2011."],
     ["2011-08-21", "2011-08-21"]),
    (["اندلعت المواجهات في 21 أغسطس 2011.", "ولا تزال أحداث 21 أغسطس حاضرة."], ["2011-08-21", "2011-08-21"]),
    # without one it stays undated; a commemoration's year is the anniversary's, not the event's
    (["ولا تزال أحداث 21 أغسطس حاضرة."], [None]),
    (["وأحيا السكان ذكرى 21 أغسطس", "يوم 21 أغسطس 2016"], [None, "2016-08-21"]),
])
def test_a_day_of_history_takes_the_year_of_its_fuller_mention(body: list[str], expected: list[str | None]) -> None:
    from khabar.model import Article, Source
    from khabar.times import Options, run

    article = Article(id="x", source=Source(kind="jsonl"), published=PUB, body=body)
    run(article, Options(distinct=False))
    assert [t.value for t in article.times] == expected

