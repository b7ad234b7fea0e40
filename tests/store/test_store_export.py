"""Exports: JSON Lines (full objects), CSV and Parquet (flat rows), table kinds by registry."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from khabar.model import Article
from khabar.schema import validate_article
from khabar.store import Store
from khabar.store.export import EXPORTERS, Exporter, export, spreadsheet_cell


@pytest.fixture
def store(tmp_path: Path, article_factory: Callable[..., Article]):
    with Store(tmp_path / "k.db") as s:
        s.ingest([article_factory("a1"), article_factory("a2", body=["فقرة أولى.", "فقرة ثانية."], outlet=None)])
        yield s


def test_jsonl_holds_the_full_schema_valid_objects(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    assert export(store, "jsonl", str(out)) == 2
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for record in records:
        validate_article(record)
    assert [r["id"] for r in records] == ["a1", "a2"] and len(records[0]["entities"]) == 2


def test_csv_has_a_header_and_one_row_per_article(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert export(store, "csv") == 2
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert rows[1]["body"] == "فقرة أولى.\nفقرة ثانية." and rows[1]["outlet"] == ""
    assert (rows[0]["n_entities"], rows[0]["n_quotes"]) == ("2", "1")


@pytest.mark.parametrize("value, cell", [
    ('=HYPERLINK("http://x","انقر")', '\'=HYPERLINK("http://x","انقر")'),  # OWASP: a formula is shown, not run
    ("+966 12 345", "'+966 12 345"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("-3", "-3"),  # a plain number stays a number
    ("+2.5", "+2.5"),
    ("-1e-3", "-1e-3"),
    ("-", "'-"),
    (-3, -3),
    (-4.5, -4.5),
    ("قال =", "قال ="),  # only the first character counts
    (None, ""),
    (["=1+1", "عمان"], "'=1+1\nعمان"),  # a list cell, one item a line
])
def test_a_cell_a_spreadsheet_would_run_starts_with_a_quote(value: object, cell: object) -> None:
    assert spreadsheet_cell(value) == cell


def test_csv_export_guards_its_cells_against_formulas(tmp_path: Path, article_factory: Callable[..., Article],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    a = article_factory("a1", outlet="@وكالة")
    a.headline = "=1+1"
    with Store(tmp_path / "k.db") as s:
        s.ingest([a])
        export(s, "csv")
    [row] = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert (row["headline"], row["outlet"]) == ("'=1+1", "'@وكالة")


def test_csv_for_excel_starts_with_the_byte_order_mark(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    assert export(store, "csv", str(out), bom=True) == 2
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,")  # once, before the header
    assert list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))[1]["body"] == "فقرة أولى.\nفقرة ثانية."
    export(store, "csv", str(out))
    assert out.read_bytes().startswith(b"id,")  # not by default
    with pytest.raises(ValueError, match="for csv, not jsonl"):
        export(store, "jsonl", str(tmp_path / "a.jsonl"), bom=True)


def test_parquet_is_typed(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "a.parquet"
    assert export(store, "parquet", str(out)) == 2
    table = pq.read_table(out)
    assert table.column("body").to_pylist()[1] == ["فقرة أولى.", "فقرة ثانية."]
    assert str(table.schema.field("n_events").type) == "int64"


def test_parquet_of_an_empty_store_has_the_columns(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    with Store(tmp_path / "e.db") as empty:
        assert export(empty, "parquet", str(tmp_path / "e.parquet")) == 0
    assert pq.read_table(tmp_path / "e.parquet").column_names[0] == "id"


@pytest.mark.parametrize("fmt, output, kind, message", [
    ("xml", None, "articles", "unknown format"),
    ("parquet", None, "articles", "give --output FILE"),
    ("jsonl", None, "nothing", "unknown table"),
])
def test_bad_requests(store: Store, fmt: str, output: str | None, kind: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        export(store, fmt, output, kind=kind)


def test_a_registered_table_kind_is_exported(store: Store, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    def quote_rows(s: Store, filters):
        for row in s.conn.execute("SELECT article_id, content FROM quotes ORDER BY article_id, n"):
            yield {"article_id": row[0], "content": row[1]}

    monkeypatch.setitem(EXPORTERS, "quotes", Exporter("quotes", (("article_id", "string"),
                                                                 ("content", "string")), quote_rows))
    export(store, "jsonl", kind="quotes")
    assert capsys.readouterr().out == '{"article_id": "a1", "content": "نحن باقون في سوريا"}\n'


@pytest.fixture
def quoted(sample_db: Path):
    """The shared sample store: two quotations of Saad Hariri (a1, a2)."""
    with Store(sample_db) as s:
        yield s


@pytest.mark.parametrize("speaker, contents", [
    (None, ["لن نعود قبل الاتفاق مع أمريكا", "لبنان يراقب"]),  # every quotation, oldest first
    ("Saad Hariri", ["لن نعود قبل الاتفاق مع أمريكا", "لبنان يراقب"]),
    ("الحريرى", ["لن نعود قبل الاتفاق مع أمريكا", "لبنان يراقب"]),  # as typed, ى for ي
    ("Hariri", ["لن نعود قبل الاتفاق مع أمريكا", "لبنان يراقب"]),
    ("نصر الله", []),
    ("' OR 1=1 --", []),  # data, not SQL
])
def test_quotes_of_a_speaker_as_csv(quoted: Store, speaker: str | None, contents: list[str],
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert export(quoted, "csv", kind="quotes", speaker=speaker) == len(contents)
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["content"] for r in rows] == contents
    assert all(r["speaker_key"] == "PER:Saad Hariri" and r["speaker_name_ar"] == "سعد الحريري" for r in rows)


@pytest.mark.parametrize("says, speaker, contents", [
    ("أمريكا", None, ["لن نعود قبل الاتفاق مع أمريكا"]),  # words of what was said
    ("أميركا", None, ["لن نعود قبل الاتفاق مع أمريكا"]),  # a spelling variant, as a search matches it
    ("لبنان", "الحريري", ["لبنان يراقب"]),  # with a speaker
    ('"الاتفاق مع"', None, ["لن نعود قبل الاتفاق مع أمريكا"]),  # a phrase
    ("-أمريكا لبنان", None, ["لبنان يراقب"]),  # an exclusion
    ("سوريا", None, []),
])
def test_quotes_saying_some_words(quoted: Store, says: str, speaker: str | None, contents: list[str],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert export(quoted, "csv", kind="quotes", speaker=speaker, says=says) == len(contents)
    assert [r["content"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == contents


def test_words_said_select_quotes_only_and_a_bad_query_writes_nothing(quoted: Store, tmp_path: Path) -> None:
    from khabar.search import QueryError

    with pytest.raises(ValueError, match="quotes only, not of events"):
        export(quoted, "csv", kind="events", says="لبنان")
    out = tmp_path / "q.csv"
    with pytest.raises(QueryError):
        export(quoted, "csv", str(out), kind="quotes", says='"لبنان')
    assert not out.exists()


def test_quote_rows_slice_their_article(quoted: Store, capsys: pytest.CaptureFixture[str]) -> None:
    export(quoted, "jsonl", kind="quotes")
    for row in map(json.loads, capsys.readouterr().out.splitlines()):
        unit = quoted.get(row["article_id"]).unit(row["field"], row["paragraph"])
        assert unit[row["start"]:row["end"]] == row["content"]


def test_a_speaker_only_selects_quotes(quoted: Store) -> None:
    with pytest.raises(ValueError, match="a speaker selects rows of quotes only, not of events"):
        export(quoted, "csv", kind="events", speaker="Hariri")


@pytest.mark.parametrize("kind, filters, n", [
    ("articles", {"outlet": "CNN"}, 1),
    ("articles", {"date_from": "2018-04"}, 1),
    ("quotes", {"date_to": "2018-03-31"}, 1),  # Hariri's March quotation only
    ("quotes", {"place": "SY"}, 1),
    ("events", {"entity": "بيروت"}, 1),
    ("events", {"outlet": "CNN"}, 0),
    ("quotes", {}, 2),
])
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_article_filters_keep_the_rows_of_matching_articles(quoted: Store, kind: str, filters: dict[str, str],
                                                            n: int, fmt: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.search import SearchFilters

    assert export(quoted, fmt, kind=kind, filters=SearchFilters(**filters)) == n
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out))) if fmt == "csv" else out.splitlines()
    assert len(rows) == n


def test_a_bad_date_filter_writes_nothing(quoted: Store, tmp_path: Path) -> None:
    from khabar.search import QueryError, SearchFilters

    out = tmp_path / "q.csv"
    with pytest.raises(QueryError, match="date_to: 2018-02-30 is not a day of the calendar"):
        export(quoted, "csv", str(out), kind="quotes", filters=SearchFilters(date_to="2018-02-30"))
    assert not out.exists()


@pytest.mark.parametrize("category, actions", [
    ("ACCUSE", ["اتهم"]),  # only the events of the category, not every event of an article with one
    ("retreat", ["انسحب"]),
    ("08", ["انسحب"]),  # a CAMEO prefix
    (None, ["انسحب", "اتهم"]),
])
def test_events_of_a_category_are_the_rows_of_that_category(make_db, category: str | None, actions: list[str],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.model import Event, Source
    from khabar.search import SearchFilters

    body = "انسحب الجيش واتهم الوزير المعارضة."
    a = Article(id="ev", source=Source("text"), raw="ev", headline="خبر", body=[body])
    a.events = [Event("انسحب", "0871", "body", 0, 0, 5, body, plover="RETREAT", quad=2),
                Event("اتهم", "112", "body", 0, 12, 16, body, plover="ACCUSE", quad=3)]
    with Store(make_db([a])) as s:
        export(s, "csv", kind="events", filters=SearchFilters(category=category))
    assert [r["action"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == actions


def test_an_unwritable_output_is_one_error_naming_it(quoted: Store, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "q.csv"
    with pytest.raises(ValueError, match=f"^{target}: cannot write: No such file or directory$"):
        export(quoted, "csv", str(target), kind="quotes")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_an_export_failing_half_way_leaves_the_previous_file(quoted: Store, tmp_path: Path, fmt: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Written beside the file and renamed when done: nothing half-written, no .part left."""
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / f"articles.{fmt}"
    out.write_text("previous export", encoding="utf-8")

    def failing(s: Store, filters):
        yield {"id": "a1"}
        raise RuntimeError("disk gone")

    monkeypatch.setitem(EXPORTERS, "articles", Exporter("articles", (("id", "string"),), failing, failing))
    with pytest.raises(RuntimeError):
        export(quoted, fmt, str(out))
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    monkeypatch.undo()
    assert export(quoted, fmt, str(out)) == 2 and out.stat().st_size > 0


@pytest.mark.parametrize("where, category, actions", [
    ("Aleppo", None, ["قصف"]),  # the event's own place, not the city its sentence also names
    ("SY", None, ["قصف"]),  # a country: the events in it
    ("Damascus", None, []),
    ("Aleppo", "ACCUSE", []),
    (None, None, ["قصف", "اتهم"]),
])
def test_events_where_are_the_events_that_happened_there(make_db, where: str | None, category: str | None,
                                                         actions: list[str],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.model import Event, Place, Source
    from khabar.search import SearchFilters

    body = "قصف الجيش حلب واتهم مسؤول في دمشق المعارضة."
    a = Article(id="ev", source=Source("text"), raw="ev", headline="خبر", body=[body])
    a.places = [Place("حلب", "body", 0, 10, 13, name="Aleppo", name_ar="حلب", country="SY", feature="city"),
                Place("دمشق", "body", 0, 29, 33, name="Damascus", name_ar="دمشق", country="SY", feature="city")]
    a.events = [Event("قصف", "195", "body", 0, 0, 3, body, plover="ASSAULT", where="Aleppo"),
                Event("اتهم", "112", "body", 0, 15, 19, body, plover="ACCUSE")]
    with Store(make_db([a])) as s:
        export(s, "csv", kind="events", filters=SearchFilters(category=category), where=where)
    assert [r["action"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == actions


@pytest.mark.parametrize("actors, category, actions", [
    ({"target": "المعارضة"}, None, ["اتهم"]),  # who accused the opposition: the words used
    ({"source": "الجيش"}, None, ["قصف"]),
    ({"actor": "المعارضة"}, None, ["اتهم"]),  # either role
    ({"source": "المعارضة"}, None, []),  # roles are not swapped
    ({"target": "المعارضة"}, "ASSAULT", []),
    ({"source": "الجيش", "target": "حلب"}, None, ["قصف"]),
])
def test_events_of_an_actor_source_or_target(make_db, actors: dict[str, str], category: str | None,
                                             actions: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.model import Event, Ref, Source
    from khabar.search import SearchFilters

    body = "قصف الجيش حلب واتهم مسؤول المعارضة."
    a = Article(id="ev", source=Source("text"), raw="ev", headline="خبر", body=[body])
    a.events = [Event("قصف", "195", "body", 0, 0, 3, body, plover="ASSAULT", source=Ref("الجيش"), target=Ref("حلب")),
                Event("اتهم", "112", "body", 0, 15, 19, body, plover="ACCUSE", source=Ref("مسؤول"),
                      target=Ref("المعارضة"))]
    with Store(make_db([a])) as s:
        export(s, "csv", kind="events", filters=SearchFilters(category=category), actors=actors)
    assert [r["action"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == actions


def test_an_actor_selects_events_only(quoted: Store) -> None:
    with pytest.raises(ValueError, match=r"^an actor \(--target\) selects rows of events only, not of quotes$"):
        export(quoted, "csv", kind="quotes", actors={"target": "إيران"})


def test_where_selects_events_and_places_only(quoted: Store) -> None:
    with pytest.raises(ValueError, match="events .* or places .* only, not of quotes"):
        export(quoted, "csv", kind="quotes", where="Aleppo")


@pytest.mark.parametrize("filters, texts", [
    ({}, ["بيروت", "دمشق"]),  # every place mention, oldest article first
    ({"outlet": "CNN"}, ["دمشق"]),
    ({"place": "LB"}, ["بيروت"]),
])
def test_place_rows_for_a_map(quoted: Store, filters: dict[str, str], texts: list[str],
                              capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.search import SearchFilters

    assert export(quoted, "csv", kind="places", filters=SearchFilters(**filters)) == len(texts)
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["text"] for r in rows] == texts
    for row in rows:
        assert row["country"] in ("LB", "SY") and row["name"] in ("Beirut", "Damascus")
        unit = quoted.get(row["article_id"]).unit(row["field"], int(row["paragraph"]))
        assert unit[int(row["start"]):int(row["end"])] == row["text"]


@pytest.mark.parametrize("within, texts", [
    ("SY", ["حلب", "دمشق"]),  # a country's places, not Beirut, which an article on Syria also names
    ("Aleppo", ["حلب"]),  # a place by its English or Arabic name
    ("حلب", ["حلب"]),
    ("LB", ["بيروت"]),
    ("EG", []),
])
def test_places_within_a_country_are_its_places_only(make_db, within: str, texts: list[str],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.model import Place, Source

    body = "قصف حلب ودمشق، وقالت بيروت."
    a = Article(id="pl", source=Source("text"), raw="pl", headline="خبر", body=[body])
    a.places = [Place("حلب", "body", 0, 4, 7, name="Aleppo", name_ar="حلب", country="SY", feature="city"),
                Place("دمشق", "body", 0, 9, 13, name="Damascus", name_ar="دمشق", country="SY", feature="city"),
                Place("بيروت", "body", 0, 21, 26, name="Beirut", name_ar="بيروت", country="LB", feature="city")]
    with Store(make_db([a])) as s:
        export(s, "csv", kind="places", where=within)
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["text"] for r in rows] == texts
    assert all(body[int(r["start"]):int(r["end"])] == r["text"] for r in rows)



@pytest.mark.parametrize("about, contents", [
    ("لبنان", ["لبنان يراقب"]),  # Hariri's words name Lebanon
    ("Lebanon", ["لبنان يراقب"]),
    ("الحريري", []),  # his own words are not what others said about him
    ("نصر الله", []),  # no entity so named
    ("' OR 1=1 --", []),  # data, not SQL
])
def test_quotes_about_a_person(quoted: Store, about: str, contents: list[str],
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert export(quoted, "csv", kind="quotes", about=about) == len(contents)
    assert [r["content"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == contents


@pytest.fixture
def unattributed(sample_db: Path):
    """The sample store with a third quotation, an unnamed source's (المصدر), and a fourth of no speaker."""
    with Store(sample_db) as s:
        for n, speaker, content in ((1, "المصدر", "ورحبت"), (2, None, "دمشق")):
            start = s.get("a2").body[1].index(content)
            s.conn.execute("INSERT INTO quotes (article_id, n, kind, cue, content, speaker_text, field, paragraph, "
                           "char_start, char_end) VALUES ('a2', ?, 'direct', 'قال', ?, ?, 'body', 1, ?, ?)",
                           (n, content, speaker, start, start + len(content)))
        yield s


@pytest.mark.parametrize("missing, says, contents", [
    ("speaker", None, ["دمشق"]),  # to attribute by hand
    ("speaker_name", None, ["ورحبت", "دمشق"]),  # and the unnamed source's
    ("Speaker", "دمشق", ["دمشق"]),  # with words said
])
def test_quotes_missing_their_speaker(unattributed: Store, missing: str, says: str | None, contents: list[str],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert export(unattributed, "csv", kind="quotes", missing=missing, says=says) == len(contents)
    assert [r["content"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == contents


@pytest.mark.parametrize("kwargs, message", [
    ({"kind": "events", "about": "لبنان"}, "an --about selects rows of quotes only, not of events"),
    ({"kind": "places", "missing": "speaker"}, "a quotation's --missing selects rows of quotes only, not of places"),
    ({"kind": "quotes", "missing": "byline"}, "missing='byline' is nothing a quotation can lack: one of speaker, speaker_name"),
])
def test_about_and_a_quotations_missing_select_quotes_only(quoted: Store, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        export(quoted, "csv", **kwargs)


@pytest.mark.parametrize("quote_kind, contents", [
    ("direct", ["لن نعود قبل الاتفاق مع أمريكا"]),  # the words to cite verbatim
    ("Indirect", ["لبنان يراقب"]),
    ("mixed", []),
])
def test_quotes_of_one_kind(quoted: Store, quote_kind: str, contents: list[str],
                            capsys: pytest.CaptureFixture[str]) -> None:
    assert export(quoted, "csv", kind="quotes", quote_kind=quote_kind) == len(contents)
    assert [r["content"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == contents


@pytest.mark.parametrize("negated, actions", [(None, ["انسحب"]), (False, ["انسحب"]), (True, [])])
def test_events_negated_or_not(quoted: Store, negated: bool | None, actions: list[str],
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert export(quoted, "csv", kind="events", negated=negated) == len(actions)
    assert [r["action"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == actions


@pytest.mark.parametrize("kwargs, message", [
    ({"kind": "events", "quote_kind": "direct"}, "a --kind selects rows of quotes only, not of events"),
    ({"kind": "quotes", "negated": True}, "--negated selects rows of events only, not of quotes"),
    ({"kind": "quotes", "quote_kind": "verbatim"}, "kind 'verbatim' is no quotation kind: one of direct, indirect, mixed"),
])
def test_kind_and_negated_select_their_table_only(quoted: Store, kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        export(quoted, "csv", **kwargs)
