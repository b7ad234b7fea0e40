"""Stories told by several articles across the whole store (khabar stats --stories, /stories)."""

import json
import sqlite3

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.cli import main
from khabar.model import Article, Source
from khabar.search import SearchFilters
from khabar.store.stories import story_clusters

HOSPITAL = ["أعلنت وزارة الصحة في الرياض اليوم عن افتتاح مستشفى جديد للأطفال في مدينة جدة بسعة ثلاثمائة سرير، "
            "وقال وزير الصحة إن المستشفى سيخدم سكان المنطقة الغربية ويضم أقساما متخصصة في جراحة القلب والأورام.",
            "وأضاف الوزير أن تكلفة المشروع بلغت نحو خمسمائة مليون ريال وأن العمل فيه استمر ثلاث سنوات، "
            "مشيرا إلى أن الوزارة تخطط لافتتاح مستشفيات مماثلة في المدينة المنورة والدمام خلال العامين المقبلين."]
RAIN = ["توقعت هيئة الأرصاد الجوية هطول أمطار غزيرة على منطقة عسير وجازان ونجران مساء الجمعة مع رياح نشطة "
        "تثير الغبار وتحد من مدى الرؤية الأفقية على الطرق السريعة، ودعت الهيئة السائقين إلى الحذر والابتعاد "
        "عن مجاري السيول والأودية حتى صباح الأحد المقبل حين يتوقع أن تتحسن الأحوال الجوية تدريجيا."]
OTHER = ["أعلنت وزارة الصحة في الرياض اليوم عن حملة تطعيم ضد الحصبة تشمل المدارس في كل المناطق، "
         "وقال متحدث الوزارة إن الحملة تستمر شهرا وتستهدف مليون طالب في المرحلة الابتدائية والمتوسطة "
         "بالتعاون مع وزارة التعليم والجهات الصحية المحلية في المحافظات."]


def _article(aid: str, outlet: str, day: str, body: list[str], headline: str = "خبر") -> Article:
    return Article(id=aid, source=Source("jsonl"), outlet=outlet, published=f"2015-07-{day}", headline=headline,
                   body=body)


@pytest.fixture
def db(make_db):
    edited = [HOSPITAL[0].replace("اليوم", "الخميس").replace("بسعة", "بطاقة"), HOSPITAL[1]]
    return make_db([
        _article("h1", "sabq", "30", HOSPITAL),
        _article("h2", "okaz", "31", edited, "مستشفى <i>جديد</i>"),  # small edits; markup in a headline
        _article("h3", "alriyadh", "31", [HOSPITAL[0]]),  # the first paragraph alone
        _article("r1", "alyaum", "29", RAIN),
        _article("r2", "alyaum", "30", [RAIN[0].replace("الجمعة", "السبت")]),  # one outlet twice
        _article("o1", "sabq", "31", OTHER),  # the same ministry and opening words, another story
        _article("s1", "okaz", "31", ["افتتاح مستشفى للأطفال في جدة."]),  # too short to tell
    ])


@pytest.mark.parametrize("filters, stories", [
    (None, [["h1", "h2", "h3"], ["r1", "r2"]]),  # the most told first; each the first report first
    (SearchFilters(outlet="alyaum"), [["r1", "r2"]]),
    (SearchFilters(outlet="okaz,alriyadh"), [["h2", "h3"]]),  # a story is told among the articles kept
    (SearchFilters(date_from="2015-07-31"), [["h2", "h3"]]),
    (SearchFilters(outlet="sabq"), []),  # one article a story: none told twice
])
def test_stories_are_grouped_across_the_store(db, filters, stories):
    with sqlite3.connect(db) as conn:
        found = story_clusters(conn, filters)
    assert [[a["article_id"] for a in s["articles"]] for s in found["items"]] == stories
    assert found["total"] == len(stories)


def test_stories_count_outlets_and_page(db):
    with sqlite3.connect(db) as conn:
        first = story_clusters(conn, None, limit=1)
        second = story_clusters(conn, None, limit=1, offset=1)
    assert [s["outlets"] for s in first["items"] + second["items"]] == [3, 1]
    assert first["total"] == second["total"] == 2 and first["articles"] == 7


def test_stories_through_the_api_and_the_command(db, capsys):
    client = TestClient(create_app(db))
    answer = client.get("/stories", params={"outlet": "alyaum"}).json()
    assert [[a["article_id"] for a in s["articles"]] for s in answer["items"]] == [["r1", "r2"]]
    assert client.get("/stories", params={"outlet": "nowhere"}).json()["unmatched"]
    assert main(["stats", "--stories", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2
    assert main(["stats", "--stories", "--db", str(db)]) == 0
    assert "2 stories in 7 articles" in capsys.readouterr().out
    assert main(["stats", "--stories", "--pairs", "--db", str(db)]) == 2
    assert "choose one" in capsys.readouterr().err


def test_the_stories_page_lists_each_story_with_links_to_its_articles(db):
    client = TestClient(create_app(db))
    html = client.get("/ui/stories", params={"outlet": "okaz,alriyadh"}).text
    assert 'href="/ui/articles/h2"' in html and 'href="/ui/articles/h3"' in html and "/ui/articles/r1" not in html
    assert "مستشفى &lt;i&gt;جديد&lt;/i&gt;" in html and "<i>" not in html  # a headline is text, escaped
    assert 'href="/ui/stories">القصص</a>' in html  # in the menu
    assert client.get("/ui/stories", params={"date_from": "2015-13"}).status_code == 400
    assert "لا شيء مخزّن" in client.get("/ui/stories", params={"outlet": "nowhere"}).text
