"""Event export rows (GDELT/PLOVER-like columns)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from khabar.events.export import EVENT_COLUMNS, event_rows
from khabar.model import Article, Event, Place, Ref, Source
from khabar.store import Store
from khabar.store.export import export


def article() -> Article:
    text = "قصفت القوات الروسية مواقع المسلحين في إدلب."
    start = text.index("إدلب")
    art = Article(id="a1", source=Source(kind="test"), published="2020-02-03T10:00:00+00:00", body=[text])
    art.places = [Place("إدلب", "body", 0, start, start + 4, name="Idlib", country="SY", lat=35.93, lon=36.63)]
    art.events = [Event(action="قصف", cameo="195", field="body", paragraph=0, start=0, end=4, sentence=text,
                        plover="ASSAULT", quad=4, goldstein=-10.0,
                        source=Ref("القوات الروسية", agent="MIL", country="RU"),
                        target=Ref("المسلحين", agent="REB"), where="Idlib")]
    return art


def test_one_row_per_event_with_every_column() -> None:
    rows = event_rows(article())
    assert len(rows) == 1
    assert set(rows[0]) == {name for name, _ in EVENT_COLUMNS}


def test_row_values() -> None:
    row = event_rows(article())[0]
    assert row["date"] == "2020-02-03"  # no event time: the publication date
    assert (row["source_actor"], row["source_country"], row["source_agent"]) == ("القوات الروسية", "RU", "MIL")
    assert (row["event_code"], row["event_root"], row["quad_class"], row["goldstein"]) == ("195", "19", 4, -10.0)
    assert (row["target_actor"], row["target_agent"], row["target_country"]) == ("المسلحين", "REB", None)
    assert (row["place"], row["lat"], row["lon"], row["place_country"]) == ("Idlib", 35.93, 36.63, "SY")
    assert row["negated"] is False and row["article_id"] == "a1"


def test_event_time_wins_over_publication_date() -> None:
    art = article()
    art.events[0].when = "2020-02-01"
    assert event_rows(art)[0]["date"] == "2020-02-01"


def test_store_export_writes_event_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store(tmp_path / "k.db") as store:
        store.ingest([article()])
        assert export(store, "csv", kind="events") == 1
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert [(r["source_actor"], r["event_code"], r["place"]) for r in rows] == [("القوات الروسية", "195", "Idlib")]
        assert export(store, "parquet", str(tmp_path / "e.parquet"), kind="events") == 1
