"""The headline's bare weekday read as the body tells that weekday (khabar.times.headline)."""

from __future__ import annotations

import pytest

from khabar.model import Article, Source
from khabar.times import Options, run


@pytest.mark.parametrize(("headline", "body", "expected"), [
    # the body's direction or relative day tells which (2018-03-24 is a Saturday)
    ("فرنسا تحتجز صديق منفذ هجمات الجمعة", ["احتجزت الشرطة صديق منفذ الهجمات التي وقعت أمس الجمعة في تريب"],
     ["2018-03-23", "2018-03-23"]),
    ("الرئيس زار القاهرة الثلاثاء", ["ويصل الرئيس إلى القاهرة الثلاثاء المقبل"], ["2018-03-27", "2018-03-27"]),
    ("الخميس.. الصقور تحلق في سماء الباحة", ["وتقدم الصقور عروضها يوم الخميس المقبل"], ["2018-03-29", "2018-03-29"]),
    # a bare body weekday read by default says nothing: the headline keeps its own reading
    ("مجلس الأمن يصوت الجمعة على القرار", ["يتبنى مجلس الأمن الدولي على الأرجح صباح الجمعة قرارا"],
     ["2018-03-30", "2018-03-23"]),
    # ... nor does a date its weekday disagrees with (28 March 2018 is a Wednesday)
    ("تأجيل الجلسة الخميس", ["وتعقد الجلسة يوم الخميس 28 مارس 2018 في المحكمة"], ["2018-03-29", "2018-03-28"]),
    # a body naming another weekday or none leaves the headline's own reading
    ("فرنسا تحتجز صديق منفذ هجمات الجمعة", ["وقالت الشرطة السبت إنها احتجزته"], ["2018-03-30", "2018-03-24"]),
    # a perfect verb of its clause tells the body's bare weekday past
    ("الرئيس يزور القاهرة الثلاثاء", ["زار الرئيس القاهرة الثلاثاء والتقى نظيره"], ["2018-03-20", "2018-03-20"]),
    ("الوزير يعلن الخطة الأربعاء", ["وأعلنت الوزارة الأربعاء خطتها"], ["2018-03-21", "2018-03-21"]),
    # ... but any other telling outweighs it, wherever it stands
    ("الرئيس يزور القاهرة الثلاثاء", ["وقال المتحدث الثلاثاء إن الرئيس يصل الثلاثاء المقبل"],
     ["2018-03-27", "2018-03-20", "2018-03-27"]),
])
def test_a_headlines_bare_weekday_is_the_day_the_body_gives_it(headline: str, body: list[str],
                                                               expected: list[str]) -> None:
    article = Article(id="x", source=Source(kind="jsonl"), published="2018-03-24T17:15:57+04:00",
                      headline=headline, body=body)
    run(article, Options(distinct=False))
    assert [t.value for t in article.times] == expected
