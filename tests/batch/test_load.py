"""``khabar load``: Parquet output of the Spark job into the store, without Spark.

The output folders here are written by the task functions and pyarrow in the layout the Spark
job commits (tests/batch/test_spark.py loads a real job's output too).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from khabar.analysis import analyze_inputs
from khabar.batch import load_parquet
from khabar.batch.load import LoadError
from khabar.batch.schema import article_arrow_schema
from khabar.cli import main
from khabar.model import Article
from khabar.store import Store

STAGES = ["structure"]


def write_batch(out: Path, batch: str, rows: list[dict[str, object]], marker: bool = True) -> None:
    folder = out / "articles" / batch
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=article_arrow_schema()), folder / "part-00000.parquet")
    (folder / "_SUCCESS").touch()
    if marker:
        (out / "_done").mkdir(exist_ok=True)
        (out / "_done" / f"{batch}.json").write_text(json.dumps(
            {"batch": batch, "inputs": [], "articles": len(rows), "errors": [], "stages": STAGES}))


def analysed(inputs: Path, name: str) -> list[Article]:
    return [a for a in analyze_inputs([str(inputs / name)], STAGES) if isinstance(a, Article)]


@pytest.fixture
def out(tmp_path: Path, inputs: Path) -> Path:
    folder = tmp_path / "out"
    write_batch(folder, "b1", [a.to_dict(include_raw=True) for a in analysed(inputs, "news.jsonl")])
    write_batch(folder, "b2", [a.to_dict(include_raw=True) for a in analysed(inputs, "page.txt")])
    return folder


def test_articles_are_stored_as_analysed(out: Path, inputs: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        report = load_parquet(out, store)
        assert (report.added, report.failed, report.batches) == (4, 0, 2)
        for article in analysed(inputs, "news.jsonl") + analysed(inputs, "page.txt"):
            stored = store.get(article.id)
            assert stored is not None and stored.to_dict(include_raw=True) == article.to_dict(include_raw=True)
        stages = {r[0] for r in store.conn.execute("SELECT stages FROM articles")}
        assert stages == {"structure"}


def test_loading_twice_stores_nothing_twice(out: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        load_parquet(out, store)
        again = load_parquet(out, store)
        assert (again.added, again.updated, again.unchanged, len(store)) == (0, 0, 4, 4)


def test_a_bad_row_is_one_error_line_and_the_rest_is_stored(out: Path, inputs: Path, tmp_path: Path) -> None:
    good, *_ = analysed(inputs, "news.jsonl")
    bad = good.to_dict(include_raw=True) | {"id": "bad-offsets"}
    bad["entities"] = [{"id": "e1", "name": "X", "type": "PER", "name_ar": None, "role": None, "wikidata": None,
                        "mentions": [{"text": "ليس هنا", "field": "body", "paragraph": 0, "start": 0, "end": 7}]}]
    broken = good.to_dict(include_raw=True) | {"id": "no-source", "source": None}
    write_batch(out, "b3", [bad, broken])
    errors: list[str] = []
    with Store(tmp_path / "k.db") as store:
        report = load_parquet(out, store, on_error=lambda e: errors.append(str(e)))
        assert (report.added, report.failed, len(store)) == (4, 2, 4)
    part = out / "articles" / "b3" / "part-00000.parquet"
    assert len(errors) == 2 and all("\n" not in e for e in errors)
    assert errors[0].startswith(f"{part} row 1 (id bad-offsets): not an analysed article (")
    assert errors[1].startswith(f"{part} row 2 (id no-source): not an analysed article (source:")


def test_unfinished_batches_are_left_out(out: Path, inputs: Path, tmp_path: Path) -> None:
    write_batch(out, "b3", [a.to_dict(include_raw=True) for a in analysed(inputs, "more.jsonl.gz")], marker=False)
    with Store(tmp_path / "k.db") as store:
        report = load_parquet(out, store)
        assert (report.added, report.unfinished, "g1" in store) == (4, 1, False)


def test_a_folder_that_is_no_spark_output_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store, pytest.raises(LoadError, match="not a khabar spark analyze output"):
        load_parquet(tmp_path, store)


def test_cli(out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "k.db")
    assert main(["load", str(out), "--db", db]) == 0
    assert "2 batches: 4 added, 0 updated, 0 unchanged, 0 failed; 4 articles in" in capsys.readouterr().out
    assert main(["load", str(tmp_path / "nowhere"), "--db", db]) == 2
    assert capsys.readouterr().err.startswith("khabar: error: ")


def test_a_file_of_other_columns_is_checked_against_the_json_schema(out: Path, inputs: Path, tmp_path: Path) -> None:
    good, *_ = analysed(inputs, "news.jsonl")
    folder = out / "articles" / "b3"
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist([good.to_dict(include_raw=True) | {"id": "x", "sentiment": 0.5}]),
                   folder / "part-00000.parquet")
    (out / "_done" / "b3.json").write_text(json.dumps({"batch": "b3", "stages": STAGES}))
    errors: list[str] = []
    with Store(tmp_path / "k.db") as store:
        assert load_parquet(out, store, on_error=lambda e: errors.append(str(e))).failed == 1
    assert errors == [f"{folder / 'part-00000.parquet'} row 1 (id x): not an analysed article (<root>: Additional "
                      "properties are not allowed ('sentiment' was unexpected))"]
