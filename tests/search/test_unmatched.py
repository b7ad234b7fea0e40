import sqlite3
from urllib.parse import quote

import pytest

from khabar.cli import main
from khabar.search import SearchFilters
from khabar.search.unmatched import unmatched_filters


@pytest.mark.parametrize("filters, notes", [
    (dict(place="Beirut"), []), (dict(place="بيروت"), []), (dict(place="LB"), []),
    (dict(outlet="cnn"), []), (dict(entity="سعد الحريري"), []),
    (dict(place="beirout"), ["place 'beirout' names no stored place", "like it: Beirut"]),
    (dict(place="xyz"), ["place 'xyz' names no stored place", "the most used: بيروت, دمشق"]),
    (dict(outlet="cnnn"), ["outlet 'cnnn' names no stored outlet", "like it: CNN"]),
    (dict(entity="زززز"), ["entity 'زززز' names no stored entity"]),
])
def test_a_filter_naming_nothing_stored_says_so(sample_db, filters, notes):
    conn = sqlite3.connect(sample_db)
    got = unmatched_filters(conn, SearchFilters(**filters))
    assert len(got) == (1 if notes else 0)
    assert all(part in got[0] for part in notes)


@pytest.mark.parametrize("path", ["/search?q=" + quote("الحكومة") + "&place=beyrouth", "/articles?place=beyrouth",
                                  "/quotes?place=beyrouth", "/events?place=beyrouth", "/places?place=beyrouth",
                                  "/stats?place=beyrouth", "/entities?place=beyrouth"])
def test_the_api_names_the_filter_that_kept_nothing(client, sample_db, path):
    expected = unmatched_filters(sqlite3.connect(sample_db), SearchFilters(place="beyrouth"))
    assert client.get(path).json()["unmatched"] == expected and "beyrouth" in expected[0]


def test_a_filter_that_names_something_adds_nothing(client):
    assert "unmatched" not in client.get("/articles?place=Beirut").json()
    assert "unmatched" not in client.get("/articles?place=Beirut&date_from=2030").json()  # empty, names fine


def test_the_search_page_and_the_cli_say_it_too(client, sample_db, capsys):
    assert "names no stored place" in client.get("/ui/search?place=beyrouth").text
    assert "names no stored place" not in client.get("/ui/search?place=Beirut").text
    assert main(["search", "الحكومة", "--db", str(sample_db), "--place", "beyrouth", "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "place 'beyrouth' names no stored place" in captured.err


@pytest.mark.parametrize("page", ["/ui/stats", "/ui/map", "/ui/quotes", "/ui/events", "/ui/entities", "/ui/pairs"])
def test_every_filtered_web_page_says_it(client, page):
    assert "names no stored place" in client.get(page + "?place=beyrouth").text
    assert "names no stored place" not in client.get(page + "?place=Beirut").text
