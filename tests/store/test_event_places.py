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


def test_a_name_of_two_countries_is_two_places_each_listing_its_own_events(make_db, pair_articles):
    from khabar.model import Place

    a1, a2 = pair_articles
    for article, country, lat in ((a1, "VE", 10.49), (a2, "CO", 4.6)):  # two cities called Caracas, for the test
        text = article.body[0]
        article.body[0] = text = text + " في كراكاس"
        start = text.rindex("كراكاس")
        article.places = [Place("كراكاس", "body", 0, start, start + 6, name="Caracas", name_ar="كراكاس",
                                country=country, lat=lat, lon=-66.9, feature="city")]
        article.events[0].where = "Caracas"
    with sqlite3.connect(make_db([a1, a2])) as conn:
        _, items = event_places(conn)
    assert sorted((p["where"], p["country"], p["events"], p["place"]) for p in items) == [
        ("Caracas", "CO", 1, "Caracas, CO"), ("Caracas", "VE", 1, "Caracas, VE")]
    c = TestClient(create_app(make_db([a1, a2])))
    for place in items:
        listed = c.get("/events", params={"where": place["place"]}).json()["items"]
        assert {e["article_id"] for e in listed} == {"c1" if place["country"] == "VE" else "c2"}
