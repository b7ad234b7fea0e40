"""The same story elsewhere: near-duplicates found by shingle containment among the index's best
matches (/articles/{id}/same-story, the article page's list)."""

import re
import sqlite3

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.model import Article, Source
from khabar.store.duplicates import containment, same_story, shingles

WIRE = ["أعلنت وزارة الصحة في الرياض اليوم عن افتتاح مستشفى جديد للأطفال في مدينة جدة بسعة ثلاثمائة سرير، "
        "وقال وزير الصحة إن المستشفى سيخدم سكان المنطقة الغربية ويضم أقساما متخصصة في جراحة القلب والأورام.",
        "وأضاف الوزير أن تكلفة المشروع بلغت نحو خمسمائة مليون ريال وأن العمل فيه استمر ثلاث سنوات، "
        "مشيرا إلى أن الوزارة تخطط لافتتاح مستشفيات مماثلة في المدينة المنورة والدمام خلال العامين المقبلين."]


def _article(aid: str, outlet: str, headline: str, body: list[str]) -> Article:
    return Article(id=aid, source=Source("jsonl"), outlet=outlet, published="2015-07-31", headline=headline,
                   body=body)


def _articles() -> list[Article]:
    edited = [WIRE[0].replace("اليوم", "الخميس").replace("بسعة", "بطاقة"), WIRE[1]]  # small edits
    cut = [WIRE[0]]  # the wire's first paragraph alone
    other = ["أعلنت وزارة الصحة في الرياض اليوم عن حملة تطعيم ضد الحصبة تشمل المدارس في كل المناطق، "
             "وقال متحدث الوزارة إن الحملة تستمر شهرا وتستهدف مليون طالب في المرحلة الابتدائية والمتوسطة "
             "بالتعاون مع وزارة التعليم والجهات الصحية المحلية في المحافظات."]
    return [_article("w1", "sabq", "افتتاح مستشفى للأطفال في جدة", WIRE),
            _article("w2", "okaz", "مستشفى جديد للأطفال في جدة", edited),
            _article("w3", "alriyadh", "مستشفى للأطفال بجدة", cut),
            _article("o1", "sabq", "حملة تطعيم ضد الحصبة", other),
            _article("s1", "sabq", "خبر قصير", ["افتتاح مستشفى للأطفال في جدة."])]


@pytest.fixture
def db(make_db):
    return make_db(_articles())


@pytest.mark.parametrize("article, alike", [
    ("w1", ["w3", "w2"]),  # the paragraph cut from it is wholly in it; the edited copy most
    ("w2", ["w1", "w3"]),
    ("o1", []),  # the same ministry and opening words, another story
    ("s1", []),  # too short to tell
    ("nope", []),
])
def test_the_same_story_elsewhere(db, article, alike):
    with sqlite3.connect(db) as conn:
        assert [a["article_id"] for a in same_story(conn, article)] == alike


@pytest.mark.parametrize("a, b, share", [
    ("ا ب ج د ه و", "ا ب ج د ه و", 1.0),
    ("ا ب ج د ه و", "ا ب ج د", 1.0),  # contained in the longer
    ("ا ب ج د ه و", "ز ح ط ي", 0.0),
    ("ا ب", "ا ب", 0.0),  # no shingle: shorter than one
])
def test_containment_of_shingles(a, b, share):
    assert containment(shingles(a), shingles(b)) == share


def test_the_api_and_the_article_page_list_the_same_story(db):
    c = TestClient(create_app(db))
    items = c.get("/articles/w2/same-story").json()["items"]
    assert [i["article_id"] for i in items] == ["w1", "w3"] and items[0]["outlet"] == "sabq"
    assert items[0]["similarity"] >= 0.7
    assert c.get("/articles/nope/same-story").status_code == 404
    assert c.get("/articles/w2/same-story", params={"limit": 0}).status_code == 400
    page = c.get("/ui/articles/w2").text
    assert "القصة نفسها في مكان آخر" in page and 'href="/ui/articles/w1"' in page
    assert "القصة نفسها في مكان آخر" not in c.get("/ui/articles/o1").text


def test_collapse_folds_the_later_copies_into_the_first(db):
    from khabar.store.duplicates import collapse

    with sqlite3.connect(db) as conn:
        assert collapse(conn, ["w2", "o1", "w1", "w3", "nope"]) == {"w2": ["w1", "w3"], "o1": [], "nope": []}
        assert collapse(conn, []) == {}


def test_search_collapse_in_the_api_the_page_and_the_cli(db, capsys):
    import json

    from khabar.cli import main

    c = TestClient(create_app(db))
    every = c.get("/search", params={"q": "مستشفى"}).json()
    assert every["total"] == 4 and len(every["hits"]) == 4
    folded = c.get("/search", params={"q": "مستشفى", "collapse": "true"}).json()
    assert len(folded["hits"]) == 2 and folded["total"] == 4  # the total counts every match
    first = next(h for h in folded["hits"] if h["same_story"])
    assert len(first["same_story"]) == 2
    page = c.get("/ui/search", params={"q": "مستشفى", "collapse": "1"}).text
    assert page.count('class="hit"') == 2 and "القصة نفسها أيضا في" in page
    assert c.get("/ui/search", params={"q": "مستشفى"}).text.count('class="hit"') == 4
    assert main(["search", "مستشفى", "--db", str(db), "--collapse", "--format", "jsonl"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(hits) == 2 and sorted(len(h["same_story"]) for h in hits) == [0, 2]


def test_search_of_filters_alone_collapses_in_the_api_as_in_the_cli(db, capsys):
    import json

    from khabar.cli import main

    folded = TestClient(create_app(db)).get("/search", params={"date_from": "2015", "collapse": "true"}).json()
    assert folded["total"] == 5 and sorted(len(h["same_story"]) for h in folded["hits"]) == [0, 0, 2]
    assert main(["search", "--date-from", "2015", "--db", str(db), "--collapse", "--format", "jsonl"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(len(h["same_story"]) for h in hits) == [0, 0, 2]


def test_answers_are_kept_until_the_store_changes(make_db, monkeypatch):
    from khabar.search import sync_index
    from khabar.store import Store, duplicates

    db = make_db(_articles()[:2] + _articles()[3:])  # the wire and its edited copy, no cut
    calls = []
    compute = duplicates._same_story
    monkeypatch.setattr(duplicates, "_same_story", lambda *a: calls.append(a[1]) or compute(*a))
    with sqlite3.connect(db) as conn:
        first = [o["article_id"] for o in same_story(conn, "w1")]
        same_story(conn, "w1")[0]["outlet"] = "changed by a caller"  # a copy: the kept answer is not touched
        assert [o["article_id"] for o in same_story(conn, "w1")] == first == ["w2"]
        assert same_story(conn, "w1")[0]["outlet"] == "okaz"
        assert calls == ["w1"]  # once, then kept
    with Store(db) as store:  # a new copy of the story is stored: the answer is computed again
        store.ingest([_articles()[2]])
        sync_index(store.conn)
    with sqlite3.connect(db) as conn:
        assert [o["article_id"] for o in same_story(conn, "w1")] == ["w3", "w2"]
    assert calls == ["w1", "w1"]
    with sqlite3.connect(":memory:") as memory:  # no file: nothing kept, nothing to mix up
        memory.execute("CREATE TABLE search_doc (rowid INTEGER PRIMARY KEY, article_id TEXT)")
        memory.execute("CREATE VIRTUAL TABLE search_fts USING fts5(headline, deck, body)")
        assert same_story(memory, "w1") == []


def test_a_change_by_the_same_connection_is_seen_too(make_db):
    from khabar.search import sync_index
    from khabar.store import Store

    db = make_db(_articles()[:2] + _articles()[3:])
    with Store(db) as store:  # one connection reads, writes, reads: the count of changes tells
        assert [o["article_id"] for o in same_story(store.conn, "w1")] == ["w2"]
        store.ingest([_articles()[2]])
        sync_index(store.conn)
        assert [o["article_id"] for o in same_story(store.conn, "w1")] == ["w3", "w2"]
        store.delete("w3")
        assert [o["article_id"] for o in same_story(store.conn, "w1")] == ["w2"]


@pytest.mark.parametrize("filters, ids", [
    ({"same_story": "w2"}, {"w1", "w2", "w3"}),  # the article and its near-duplicates
    ({"same_story": "o"}, {"o1"}),  # a unique prefix; a story told once is its article alone
    ({"same_story": "w1", "outlet": "okaz"}, {"w2"}),  # with the other filters
    ({"ids": "w1, o1"}, {"w1", "o1"}),
    ({"ids": "w1 s"}, {"w1", "s1"}),
])
def test_the_articles_of_one_story_or_of_a_list_of_ids(db, filters, ids):
    from khabar.search import SearchFilters
    from khabar.search.filters import filter_sql
    from khabar.store import Store

    with Store(db) as store:
        where, params = filter_sql(SearchFilters(**filters), column="id", conn=store.conn)
        assert {a.id for a in store.iter_articles(where=where, params=params)} == ids


@pytest.mark.parametrize("filters, message", [
    ({"same_story": "nope"}, "nope: no stored article"),
    ({"same_story": "w"}, "w: ambiguous id prefix (w1, w2, w3)"),
    ({"ids": "w1,nope"}, "nope: no stored article"),
    ({"ids": " , "}, "ids: give article ids"),
    ({"ids": ",".join(["w1"] * 1001)}, "ids: 1001 ids, at most 1000"),
])
def test_an_id_naming_no_one_article_is_refused_naming_it(db, filters, message):
    from khabar.search import QueryError, SearchFilters, search
    from khabar.store import Store

    with Store(db) as store, pytest.raises(QueryError, match=re.escape(message)):
        search(store.conn, "مستشفى", SearchFilters(**filters))


def test_one_story_exported_by_the_cli_and_listed_by_the_api(db, tmp_path, capsys):
    import csv

    from khabar.cli import main

    out = tmp_path / "story.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out), "--same-story", "w2"]) == 0
    with open(out, encoding="utf-8", newline="") as f:
        assert sorted(row["id"] for row in csv.DictReader(f)) == ["w1", "w2", "w3"]
    assert main(["export", "--db", str(db), "--format", "jsonl", "--ids", "w1,o1"]) == 0
    assert sorted(line[:14] for line in capsys.readouterr().out.splitlines()) == ['{"id": "o1", "', '{"id": "w1", "']
    assert main(["export", "--db", str(db), "--format", "jsonl", "--same-story", "nope"]) == 2
    assert capsys.readouterr().err.strip() == "khabar: error: nope: no stored article"
    c = TestClient(create_app(db))
    assert {i["id"] for i in c.get("/articles", params={"same_story": "w2"}).json()["items"]} == {"w1", "w2", "w3"}
    assert c.get("/articles", params={"ids": "w1,o1"}).json()["total"] == 2
    r = c.get("/quotes", params={"same_story": "nope"})
    assert r.status_code == 400 and r.json()["detail"] == "nope: no stored article"
    assert c.get("/stats", params={"same_story": "w1"}).json()["articles"] == 3


def test_articles_collapsed_list_each_story_once(db):
    c = TestClient(create_app(db))
    out = c.get("/articles", params={"collapse": "true"}).json()
    assert out["total"] == 5  # the total counts every article
    stories = {item["id"]: sorted(item["same_story"]) for item in out["items"]}
    assert len(stories) == 3 and sorted(next(v + [k] for k, v in stories.items() if v)) == ["w1", "w2", "w3"]
    assert all("same_story" not in item for item in c.get("/articles").json()["items"])
