"""Where it happened: events counted per place they happened at (store.pairs.event_places),
/events/places and khabar stats --event-places, on the articles of test_pairs (conftest's pair_articles)."""

import json
import sqlite3

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.cli import main
from khabar.search import SearchFilters
from khabar.store.pairs import event_places


@pytest.fixture
def db(make_db, pair_articles):
    a1, a2 = pair_articles
    a2.events[0].where = "غزة"  # an event whose place the places stage did not resolve: the words used
    a1.places[0].lat, a1.places[0].lon = 10.49, -66.88  # Caracas resolved with its coordinates
    return make_db([a1, a2])


def _places(db, **kwargs) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        _, items = event_places(conn, **kwargs)
    return [(p["where"], p["name_ar"], p["country"], p["events"], p["articles"]) for p in items]


@pytest.mark.parametrize("kwargs, places", [
    ({}, [("Caracas", "كراكاس", "VE", 1, 1), ("غزة", None, None, 1, 1)]),  # resolved, then the words used
    ({"category": "ACCUSE"}, [("Caracas", "كراكاس", "VE", 1, 1)]),
    ({"category": "ASSAULT"}, [("غزة", None, None, 1, 1)]),
    ({"where": "VE"}, [("Caracas", "كراكاس", "VE", 1, 1)]),
    ({"source": "Maduro"}, [("Caracas", "كراكاس", "VE", 1, 1)]),
    ({"filters": SearchFilters(outlet="CNN")}, [("غزة", None, None, 1, 1)]),
    ({"category": "MOBILIZE"}, []),  # no place given
])
def test_events_are_counted_per_place_they_happened_at(db, kwargs, places):
    assert _places(db, **kwargs) == places


def test_each_place_carries_its_coordinates_for_a_map(db):
    with sqlite3.connect(db) as conn:
        _, items = event_places(conn)
    assert [(p["where"], p["lat"], p["lon"]) for p in items] == [("Caracas", 10.49, -66.88), ("غزة", None, None)]


def test_each_place_is_the_where_its_events_are_listed_by(db):
    c = TestClient(create_app(db))
    data = c.get("/events/places").json()
    assert data["total"] == 2
    for place in data["items"]:  # a resolved place only: where= reads the places stage's records
        if place["country"]:
            assert c.get("/events", params={"where": place["where"]}).json()["total"] == place["events"]
    for params, name in (({"category": "NOPE"}, "category"), ({"limit": 0}, "limit"), ({"foo": 1}, "foo")):
        r = c.get("/events/places", params=params)
        assert r.status_code == 400 and name in r.json()["detail"]


def test_cli_stats_event_places(db, capsys):
    assert main(["stats", "--db", str(db), "--event-places", "--format", "json"]) == 0
    assert [p["where"] for p in json.loads(capsys.readouterr().out)["items"]] == ["Caracas", "غزة"]
    assert main(["stats", "--db", str(db), "--event-places", "--category", "ASSAULT"]) == 0
    assert "1 places" in capsys.readouterr().out
    assert main(["stats", "--db", str(db), "--event-places", "--pairs"]) == 2
