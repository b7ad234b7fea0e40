"""Who does what to whom most: events counted per (source, target) pair, /events/pairs, the pairs
page and khabar stats --pairs."""

import json
import sqlite3

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.cli import main
from khabar.search import QueryError, SearchFilters
from khabar.store.pairs import event_pairs


@pytest.fixture
def db(make_db, pair_articles):
    return make_db(pair_articles)


def _pairs(db, **kwargs) -> list[tuple[str, str, int, int, int]]:
    with sqlite3.connect(db) as conn:
        _, items = event_pairs(conn, **kwargs)
    return [(p["source_name"], p["target_name"], p["events"], p["negated"], p["articles"]) for p in items]


@pytest.mark.parametrize("kwargs, pairs", [
    # the entity's two spellings are one actor, across articles; the negated accusation is counted apart
    ({"category": "ACCUSE"}, [("نيكولاس مادورو", "كولومبيا", 4, 1, 2), ("الوزير", "المعارضة", 1, 0, 1)]),
    ({"category": "accuse", "filters": SearchFilters(outlet="CNN")}, [("نيكولاس مادورو", "كولومبيا", 1, 0, 1)]),
    ({"category": "ACCUSE", "filters": SearchFilters(date_to="2018-08")},
     [("نيكولاس مادورو", "كولومبيا", 3, 1, 1), ("الوزير", "المعارضة", 1, 0, 1)]),
    ({"category": "ACCUSE", "where": "VE"}, [("نيكولاس مادورو", "كولومبيا", 1, 0, 1)]),
    ({"category": "19"}, [("إسرائيل", "غزة", 1, 0, 1)]),  # a CAMEO prefix
    ({"category": "MOBILIZE"}, []),  # no target: no pair
    ({"category": "ACCUSE", "limit": 1, "offset": 1}, [("الوزير", "المعارضة", 1, 0, 1)]),
    # one actor's pairs: whom it acts on (source), who acts on it (target), named as /events takes them
    ({"source": "مادورو"}, [("نيكولاس مادورو", "كولومبيا", 4, 1, 2)]),
    ({"source": "Maduro"}, [("نيكولاس مادورو", "كولومبيا", 4, 1, 2)]),
    ({"source": "Q57413", "filters": SearchFilters(outlet="CNN")}, [("نيكولاس مادورو", "كولومبيا", 1, 0, 1)]),
    ({"target": "كولومبيا"}, [("نيكولاس مادورو", "كولومبيا", 4, 1, 2)]),
    ({"target": "مادورو"}, []),  # nobody acts on him
    ({"source": "الوزير", "target": "المعارضة"}, [("الوزير", "المعارضة", 1, 0, 1)]),
])
def test_pairs_count_the_events_of_each_source_and_target(db, kwargs, pairs):
    assert _pairs(db, **kwargs) == pairs


def test_a_bad_category_is_refused(db):
    with sqlite3.connect(db) as conn, pytest.raises(QueryError, match="NOPE"):
        event_pairs(conn, "NOPE")


def test_the_api_pairs_link_to_their_events(db):
    c = TestClient(create_app(db))
    data = c.get("/events/pairs", params={"category": "ACCUSE"}).json()
    assert data["total"] == 2 and data["items"][0]["source"] == "Q57413"
    for pair in data["items"]:
        events = c.get("/events", params={"source": pair["source"], "target": pair["target"],
                                          "category": "ACCUSE"}).json()
        assert events["total"] == pair["events"]
    for params, name in (({"category": "NOPE"}, "category"), ({"limit": 0}, "limit"), ({"foo": 1}, "foo"),
                         ({"date_from": "x"}, "date_from")):
        r = c.get("/events/pairs", params=params)
        assert r.status_code == 400 and name in r.json()["detail"]


def test_the_pairs_page_links_each_pair_to_its_events(db):
    c = TestClient(create_app(db))
    page = c.get("/ui/pairs", params={"category": "ACCUSE"}).text
    assert "نيكولاس مادورو" in page and "إسرائيل" not in page
    assert 'href="/ui/events?category=ACCUSE&amp;source=Q57413&amp;target=' in page
    events = c.get("/ui/events", params={"category": "ACCUSE", "source": "Q57413", "target": "كولومبيا"}).text
    assert events.count("<tr>") == 1 + 4 and 'name="source" value="Q57413"' in events
    assert c.get("/ui/pairs", params={"category": "NOPE"}).status_code == 400
    one = c.get("/ui/pairs", params={"target": "غزة"}).text
    assert "إسرائيل" in one and "كولومبيا" not in one and 'name="target" value="غزة"' in one
    assert c.get("/events/pairs", params={"source": "Maduro"}).json()["total"] == 1


def test_cli_stats_pairs(db, capsys):
    assert main(["stats", "--db", str(db), "--pairs", "--category", "ACCUSE", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2 and [p["events"] for p in data["items"]] == [4, 1]
    assert main(["stats", "--db", str(db), "--pairs", "--category", "ACCUSE", "--top", "1"]) == 0
    assert "2 pairs" in capsys.readouterr().out
    assert main(["stats", "--db", str(db), "--pairs", "--source", "Maduro", "--format", "json"]) == 0
    assert [p["target"] for p in json.loads(capsys.readouterr().out)["items"]] == ["كولومبيا"]
    assert main(["stats", "--db", str(db), "--pairs", "--category", "NOPE"]) == 2
    assert "NOPE" in capsys.readouterr().err
