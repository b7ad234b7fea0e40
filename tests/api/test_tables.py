"""format=csv of /quotes and /events: every row the filters select, as a bounded CSV download."""

import csv
import io

import pytest

from khabar.api import tables


def _rows(r) -> list[dict[str, str]]:
    assert r.status_code == 200 and r.headers["content-type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(r.text)))


@pytest.mark.parametrize("params, contents", [
    ({}, ["لبنان يراقب", "لن نعود قبل الاتفاق مع أمريكا"]),  # newest first, past the JSON page's limit
    ({"limit": "1"}, ["لبنان يراقب", "لن نعود قبل الاتفاق مع أمريكا"]),  # the page size is no CSV bound
    ({"sort": "oldest"}, ["لن نعود قبل الاتفاق مع أمريكا", "لبنان يراقب"]),
    ({"outlet": "BBC"}, ["لن نعود قبل الاتفاق مع أمريكا"]),
    ({"kind": "direct", "speaker": "الحريري"}, ["لن نعود قبل الاتفاق مع أمريكا"]),
    ({"offset": "1"}, ["لن نعود قبل الاتفاق مع أمريكا"]),
])
def test_quotes_as_csv(client, params, contents):
    r = client.get("/quotes", params={"format": "csv", **params})
    rows = _rows(r)
    assert [row["content"] for row in rows] == contents
    assert r.headers["x-total-count"] == str(len(contents) + int(params.get("offset", 0)))
    assert 'filename="quotes.csv"' in r.headers["content-disposition"]
    assert rows[0]["speaker_name"] == "سعد الحريري"


def test_events_as_csv(client):
    rows = _rows(client.get("/events", params={"format": "csv", "category": "RETREAT"}))
    assert [(row["action"], row["plover"], row["source_text"]) for row in rows] == [("انسحب", "RETREAT", "سعد الحريري")]


def test_csv_is_bounded(client, monkeypatch):
    monkeypatch.setattr(tables, "CSV_MAX_ROWS", 1)
    from khabar.api import app  # the bound the routes read
    monkeypatch.setattr(app, "CSV_MAX_ROWS", 1)
    r = client.get("/quotes", params={"format": "csv"})
    assert len(_rows(r)) == 1 and r.headers["x-total-count"] == "2" and r.headers["x-truncated"] == "true"


@pytest.mark.parametrize("path", ["/quotes", "/events"])
def test_a_format_of_neither_kind_is_refused(client, path):
    r = client.get(path, params={"format": "xml"})
    assert r.status_code == 400 and r.json()["detail"] == "format 'xml' is no format of this list: json, csv"


def test_json_stays_the_default(client):
    assert client.get("/quotes", params={"format": "json"}).json()["total"] == 2


def test_csv_cells_a_spreadsheet_would_run_start_with_a_quote():
    items = [{"content": "=HYPERLINK(\"http://x\")", "speaker_text": "@حساب", "goldstein": -3.0, "cue": None}]
    body = "".join(tables._cells(items, ("content", "speaker_text", "goldstein", "cue")))
    assert list(csv.reader(io.StringIO(body)))[1] == ["'=HYPERLINK(\"http://x\")", "'@حساب", "-3.0", ""]
