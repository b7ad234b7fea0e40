"""ingest, show, stats and export through ``khabar.cli.main`` (and one real subprocess)."""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from khabar import structure
from khabar.cli import main
from khabar.schema import validate_article
from khabar.store import Store

Capsys = pytest.CaptureFixture[str]


def _ingest(capsys: Capsys, *args: str) -> tuple[int, str, str]:
    code = main(["ingest", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _summary(out: str) -> dict[str, str]:
    """The ingest summary table as {label: number}."""
    cells = [line.split("│")[1:3] for line in out.splitlines() if line.count("│") == 3]
    return {label.strip(): value.strip() for label, value in cells}


def test_ingest_stores_every_input_and_summarises(inputs: Path, db: Path, capsys: Capsys) -> None:
    code, out, err = _ingest(capsys, str(inputs), "--db", str(db), "--stages", "structure")
    assert (code, err) == (0, "")
    assert _summary(out) == {"added": "4", "updated": "0", "unchanged": "0", "failed": "0",
                             "articles in database": "4"}
    with Store(db) as store:
        assert len(store) == 4 and "rec-1" in store
        assert store.get("rec-1").published == "2017-11-14T09:00:00+03:00"
        stages = store.conn.execute("SELECT DISTINCT stages FROM articles").fetchall()
    assert [r[0] for r in stages] == ["structure"]


def test_ingest_twice_is_idempotent(inputs: Path, db: Path, capsys: Capsys) -> None:
    _ingest(capsys, str(inputs), "--db", str(db), "--stages", "structure")
    code, out, _ = _ingest(capsys, str(inputs), "--db", str(db), "--stages", "structure")
    assert code == 0
    assert _summary(out) == {"added": "0", "updated": "0", "unchanged": "4", "failed": "0", "articles in database": "4"}


def test_bad_inputs_are_one_line_each_and_exit_1(inputs: Path, db: Path, tmp_path: Path, capsys: Capsys) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "نص سليم."}\n{"id": \n', encoding="utf-8")
    code, out, err = _ingest(capsys, str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
                             str(tmp_path / "bad.jsonl"), str(tmp_path / "missing.txt"), str(inputs),
                             "--db", str(db), "--stages", "structure")
    assert code == 1
    assert err.splitlines() == [
        f"khabar: error: {tmp_path / 'empty.txt'}: empty input",
        f"khabar: error: {tmp_path / 'binary.txt'}: binary data (NUL bytes), not text",
        f"khabar: error: {tmp_path / 'bad.jsonl'}:2: invalid JSON (Expecting value at column 8)",
        f"khabar: error: {tmp_path / 'missing.txt'}: no such file or folder",
    ]
    with Store(db) as store:
        assert len(store) == 5  # the good record of bad.jsonl and the 4 inputs


@pytest.mark.parametrize("args, message", [
    (["--stages", "nonsense"], "unknown stage 'nonsense'"),
    (["--db", "/nonexistent-dir/k.db"], "cannot open as a khabar database"),
])
def test_ingest_usage_errors_exit_2(inputs: Path, db: Path, capsys: Capsys, args: list[str], message: str) -> None:
    code, _, err = _ingest(capsys, str(inputs), "--db", str(db), *args)
    assert code == 2 and message in err and err.count("\n") == 1


def test_ingest_reads_stdin(db: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "s1", "text": "نص من المدخل القياسي."}\n'))
    code, _, _ = _ingest(capsys, "-", "--db", str(db), "--stages", "structure")
    assert code == 0
    with Store(db) as store:
        assert store.get("s1").source.kind == "stdin"


def test_show_json_is_the_schema_object(filled: Path, capsys: Capsys) -> None:
    assert main(["show", "rec-1", "--db", str(filled), "--format", "json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    validate_article(obj)
    assert obj["id"] == "rec-1" and "raw" not in obj
    assert main(["show", "rec-1", "--db", str(filled), "--format", "json", "--raw"]) == 0
    assert json.loads(json.loads(capsys.readouterr().out)["raw"])["id"] == "rec-1"


def test_show_table_by_prefix(filled: Path, capsys: Capsys) -> None:
    assert main(["show", "rec-2", "--db", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "article rec-2" in out and "قمة في الرياض" in out and "2018-05-01" in out


@pytest.mark.parametrize("query, message", [("nope", "nope: no stored article"),
                                            ("rec", "rec: ambiguous id prefix (rec-1, rec-2)")])
def test_show_unknown_or_ambiguous_exits_1(filled: Path, capsys: Capsys, query: str, message: str) -> None:
    assert main(["show", query, "--db", str(filled)]) == 1
    assert capsys.readouterr().err == f"khabar: error: {message}\n"


@pytest.mark.parametrize("command", [["show", "x"], ["stats"], ["export", "--format", "jsonl"]])
def test_reading_commands_refuse_a_missing_database(tmp_path: Path, capsys: Capsys, command: list[str]) -> None:
    db = tmp_path / "none.db"
    assert main([*command, "--db", str(db)]) == 2
    assert "no database at" in capsys.readouterr().err and not db.exists()


def test_stats_of_the_articles_the_filters_keep(filled: Path, capsys: Capsys) -> None:
    assert main(["stats", "--db", str(filled), "--format", "json", "--outlet", "CNN"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == 1 and stats["outlets"] == [["ant/CNN", 1]]
    assert main(["stats", "--db", str(filled), "--date-from", "2019", "--date-to", "2018"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_stats_table_and_json(filled: Path, capsys: Capsys) -> None:
    assert main(["stats", "--db", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "articles" in out and "ant/BBC" in out and "2017-11-14" in out
    assert main(["stats", "--db", str(filled), "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == 4 and stats["first_published"].startswith("2017-11-14")
    assert dict(map(tuple, stats["outlets"]))["ant/CNN"] == 1


def test_stats_speakers_by_month(tmp_path: Path, capsys: Capsys) -> None:
    from khabar.model import Article, Quote, Ref, Source
    from khabar.store import Store

    filled = tmp_path / "q.db"
    body = "قال المتحدث: «نحن باقون»."
    with Store(filled) as store:  # an article with a quotation
        store.put(Article(id="q1", source=Source("jsonl"), raw="q1", published="2017-11-14", body=[body], quotes=[
            Quote("قال", "direct", "نحن باقون", "body", 0, body.index("نحن"), body.index("»"), Ref("المتحدث"))]),
            ["structure"])
    assert main(["stats", "--db", str(filled), "--speakers-by-month", "--format", "json"]) == 0
    table = json.loads(capsys.readouterr().out)
    assert table["items"] and all(sum(i["months"].values()) == i["quotes"] for i in table["items"])
    assert main(["stats", "--db", str(filled), "--speakers-by-month"]) == 0
    assert "2017-11" in capsys.readouterr().out
    assert main(["stats", "--db", str(filled), "--speakers-by-month", "--date-from", "2019", "--date-to", "2018"]) == 2
    assert "after date_to" in capsys.readouterr().err
    assert main(["stats", "--db", str(filled), "--speakers-by-outlet", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["items"][0]["speakers"][0]["quotes"] == 1
    assert main(["stats", "--db", str(filled), "--speakers-by-outlet"]) == 0
    assert "المتحدث" in capsys.readouterr().out


@pytest.mark.parametrize("options, refused", [
    (["--category", "ACCUSE"], "--category does not apply to the summary"),  # was the whole store, silently
    (["--outlet", "CNN", "--category", "ACCUSE", "--where", "x"], "--category, --where do not apply to the summary"),
    (["--speakers-by-month", "--where", "تونس"], "--where does not apply to --speakers-by-month"),
    (["--offset", "3"], "--offset does not apply"),
    (["--source", "x"], "use it with --pairs or --event-places"),  # --event-places takes them too
    (["--pairs", "--event-places"], "--pairs and --event-places are different tables: choose one"),
    (["--speakers-by-outlet", "--category", "ACCUSE"], "--category does not apply to --speakers-by-outlet"),
    (["--speakers-by-month", "--speakers-by-outlet"], "--speakers-by-month and --speakers-by-outlet are different"),
])
def test_stats_refuses_options_its_table_would_ignore(filled: Path, capsys: Capsys, options: list[str],
                                                      refused: str) -> None:
    assert main(["stats", "--db", str(filled), *options]) == 2
    assert refused in capsys.readouterr().err


def test_export_formats(filled: Path, tmp_path: Path, capsys: Capsys) -> None:
    assert main(["export", "--db", str(filled), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 4
    assert main(["export", "--db", str(filled), "--format", "csv", "--output", str(tmp_path / "a.csv")]) == 0
    assert "wrote 4 articles rows" in capsys.readouterr().err
    with open(tmp_path / "a.csv", encoding="utf-8", newline="") as fh:
        assert sorted(r["id"] for r in csv.DictReader(fh))[-2:] == ["rec-1", "rec-2"]
    assert main(["export", "--db", str(filled), "--format", "parquet", "-o", str(tmp_path / "a.parquet")]) == 0
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "a.parquet").num_rows == 4
    assert main(["export", "--db", str(filled), "--format", "parquet"]) == 2
    assert "give --output FILE" in capsys.readouterr().err


def test_export_quotes_of_one_speaker(sample_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    out = tmp_path / "hariri.csv"
    assert main(["export", "--db", str(sample_db), "--quotes", "--speaker", "Hariri", "--format", "csv",
                 "-o", str(out)]) == 0
    assert "wrote 2 quotes rows" in capsys.readouterr().err
    with open(out, encoding="utf-8", newline="") as fh:
        assert [r["speaker_name"] for r in csv.DictReader(fh)] == ["Saad Hariri", "Saad Hariri"]
    assert main(["export", "--db", str(sample_db), "--speaker", "Hariri", "--format", "csv"]) == 2
    assert capsys.readouterr().err.strip() == "khabar: error: a speaker selects rows of quotes only, not of articles"


class _KeptStderr(io.StringIO):
    """A stderr that main() may close (as it does on a broken pipe) and the test still reads."""

    def close(self) -> None:
        pass


class _ClosedPipe(_KeptStderr):
    """stdout of ``khabar export ... | head`` once head has gone."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_into_a_closed_pipe_stops_quietly(filled: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    unraisable: list[object] = []
    stderr = _KeptStderr()
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["export", "--db", str(filled), "--format", fmt]) == 0
    gc.collect()  # the abandoned row generator is closed after its store: no error on the way
    assert stderr.getvalue() == "" and unraisable == []


def test_smoke_in_a_real_process(inputs: Path, db: Path) -> None:
    env = {**os.environ, "KHABAR_DB": str(db)}
    run = subprocess.run([sys.executable, "-m", "khabar", "ingest", str(inputs), "--stages", "structure"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    stats = subprocess.run([sys.executable, "-m", "khabar", "stats", "--format", "json"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert json.loads(stats.stdout)["articles"] == 4


@pytest.mark.parametrize("top", ["0", "-1"])
def test_stats_top_must_be_positive(filled: Path, capsys: Capsys, top: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["stats", "--db", str(filled), "--top", top])
    assert exit_info.value.code == 2 and f"must be at least 1, not {top}" in capsys.readouterr().err


@pytest.mark.parametrize("top, shown, title", [
    (2, ["o1", "o2"], "outlets (2 of 3)"),  # --top lists that many outlets, and says some are left
    (3, ["o1", "o2", "o3"], "outlets"),
    (25, ["o1", "o2", "o3"], "outlets"),
])
def test_stats_lists_top_outlets(capsys: Capsys, top: int, shown: list[str], title: str) -> None:
    from khabar.cli.stats import print_stats
    from khabar.store import StoreStats

    counts = dict.fromkeys(("entities", "mentions", "quotes", "times", "places", "events"), 0)
    print_stats(StoreStats(6, None, None, outlets=[("o1", 3), ("o2", 2), ("o3", 1)], counts=counts), "k.db", top)
    out = capsys.readouterr().out
    assert [o for o in ("o1", "o2", "o3") if f" {o} " in out] == shown
    assert f" {title} " in out and ("of 3" in out) == (title != "outlets")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_article_that_cannot_be_stored_is_one_error_its_page_kept(inputs: Path, db: Path, tmp_path: Path,
                                                                     capsys: Capsys, workers: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    real = structure.html_record  # a headline holding an unpaired surrogate, which SQLite cannot hold (no
    # input gives one any more: the store's guard behind the readers'); patched before the workers fork
    monkeypatch.setattr(structure, "html_record", lambda html, url=None: {**real(html, url), "title": "عنوان \ud800"})
    page = tmp_path / "bad.html"
    page.write_text('<html><body><h1>عنوان الخبر</h1><p>قال الوزير إن '
                    'الاجتماع انتهى في القاهرة يوم الاثنين.</p></body></html>', encoding="utf-8")
    code, out, err = _ingest(capsys, str(page), str(inputs), "--db", str(db), "--stages", "structure",
                             "--workers", workers, "-q")
    assert code == 1 and len(err.splitlines()) == 1 and f"{page}: " in err
    assert _summary(out)["added"] == "4" and _summary(out)["failed"] == "1"
    with Store(db) as store:
        [kept] = store.errors()
    assert (kept.item, kept.raw_bytes) == (str(page), page.stat().st_size)  # the page, kept whole for a retry


def test_export_events_of_a_source_and_refuse_an_actor_for_another_table(sample_db: Path,
                                                                        capsys: Capsys) -> None:
    assert main(["export", "--db", str(sample_db), "--events", "--source", "الحريري", "--format", "csv"]) == 0
    assert [r["action"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == ["انسحب"]
    assert main(["export", "--db", str(sample_db), "--events", "--target", "الحريري", "--format", "csv"]) == 0
    assert list(csv.DictReader(io.StringIO(capsys.readouterr().out))) == []
    assert main(["export", "--db", str(sample_db), "--quotes", "--actor", "الحريري", "--format", "csv"]) == 2
    assert "selects rows of events only, not of quotes" in capsys.readouterr().err


def test_export_quotes_about_a_person_and_missing_their_speaker(sample_db: Path, capsys: Capsys) -> None:
    assert main(["export", "--db", str(sample_db), "--quotes", "--about", "لبنان", "--format", "csv"]) == 0
    assert [r["content"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == ["لبنان يراقب"]
    assert main(["export", "--db", str(sample_db), "--quotes", "--missing", "speaker", "--format", "csv"]) == 0
    assert list(csv.DictReader(io.StringIO(capsys.readouterr().out))) == []  # both have a speaker: none refused
    assert main(["export", "--db", str(sample_db), "--quotes", "--missing", "events", "--format", "csv"]) == 0
    assert len(list(csv.DictReader(io.StringIO(capsys.readouterr().out)))) == 1  # an article's: a2 has no event
    assert main(["export", "--db", str(sample_db), "--events", "--about", "لبنان", "--format", "csv"]) == 2
    assert "selects rows of quotes only, not of events" in capsys.readouterr().err


def test_export_direct_quotations_and_denials(sample_db: Path, capsys: Capsys) -> None:
    assert main(["export", "--db", str(sample_db), "--quotes", "--kind", "direct", "--format", "csv"]) == 0
    assert [r["kind"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == ["direct"]
    assert main(["export", "--db", str(sample_db), "--events", "--negated", "--format", "csv"]) == 0
    assert list(csv.DictReader(io.StringIO(capsys.readouterr().out))) == []
    assert main(["export", "--db", str(sample_db), "--events", "--no-negated", "--format", "csv"]) == 0
    assert len(list(csv.DictReader(io.StringIO(capsys.readouterr().out)))) == 1
