"""Who does what to whom most: events counted per (source, target) pair, /events/pairs, the pairs
page and khabar stats --pairs."""

import json
import sqlite3

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.cli import main
from khabar.model import Article, Entity, Event, Mention, Place, Ref, Source
from khabar.search import QueryError, SearchFilters
from khabar.store.pairs import event_pairs

#: Two articles: Maduro (named two ways) accuses Colombia three times, once in Caracas; a minister
#: accuses the opposition; Israel strikes Gaza; an event with no target makes no pair.
BODIES = {
    "c1": ["اتهم مادورو كولومبيا في كراكاس بالهجوم، واتهم نيكولاس مادورو كولومبيا مجددا.",
           "واتهم الوزير المعارضة، ولم يتهم مادورو كولومبيا بالمؤامرة. وأعلن الجيش التعبئة."],
    "c2": ["قصفت إسرائيل غزة، واتهم مادورو كولومبيا."],
}


def _span(text: str, word: str, after: int = 0) -> tuple[int, int]:
    start = text.index(word, after)
    return start, start + len(word)


def _article(aid: str, published: str, outlet: str) -> Article:
    a = Article(id=aid, source=Source("jsonl"), published=published, outlet=outlet, headline="خبر",
                body=BODIES[aid])
    mentions = []
    for p, text in enumerate(a.body):
        for name in ("نيكولاس مادورو", "مادورو"):
            at = 0
            while name in text[at:]:
                s, e = _span(text, name, at)
                if not any(m.paragraph == p and m.start <= s < m.end for m in mentions):
                    mentions.append(Mention(name, "body", p, s, e))
                at = e
    a.entities = [Entity("e1", "Nicolás Maduro", "PER", name_ar="نيكولاس مادورو", wikidata="Q57413",
                         mentions=mentions)]
    return a


def _event(a: Article, p: int, verb: str, after: int, cameo: str, plover: str, source: tuple[str, str | None],
           target: tuple[str, str | None] | None, negated: bool = False, where: str | None = None) -> Event:
    s, e = _span(a.body[p], verb, after)
    return Event(verb, cameo, "body", p, s, e, a.body[p], plover=plover, source=Ref(*source),
                 target=Ref(*target) if target else None, negated=negated, where=where)


def _articles() -> list[Article]:
    c1, c2 = _article("c1", "2018-08-05", "BBC"), _article("c2", "2018-09-01", "CNN")
    s, e = _span(c1.body[0], "كراكاس")
    c1.places = [Place("كراكاس", "body", 0, s, e, name="Caracas", name_ar="كراكاس", country="VE", feature="city")]
    c1.events = [
        _event(c1, 0, "اتهم", 0, "112", "ACCUSE", ("مادورو", "e1"), ("كولومبيا", None), where="Caracas"),
        _event(c1, 0, "اتهم", 30, "112", "ACCUSE", ("نيكولاس مادورو", "e1"), ("كولومبيا", None)),
        _event(c1, 1, "اتهم", 0, "112", "ACCUSE", ("الوزير", None), ("المعارضة", None)),
        _event(c1, 1, "يتهم", 0, "112", "ACCUSE", ("مادورو", "e1"), ("كولومبيا", None), negated=True),
        _event(c1, 1, "أعلن", 0, "150", "MOBILIZE", ("الجيش", None), None),
    ]
    c2.events = [_event(c2, 0, "قصفت", 0, "195", "ASSAULT", ("إسرائيل", None), ("غزة", None)),
                 _event(c2, 0, "اتهم", 0, "112", "ACCUSE", ("مادورو", "e1"), ("كولومبيا", None))]
    return [c1, c2]


@pytest.fixture
def db(make_db):
    return make_db(_articles())


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
