"""Batch analysis: the partition function alone, and one small Spark job when Spark is available."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

from khabar.batch.work import COLUMNS, analyse_partition, local_path
from khabar.schema import validate_article

RECORD = {"id": "rec-1", "title": "قمة في الرياض", "date": "2018-05-01T10:00:00+00:00", "text": "عقدت في الرياض قمة عربية."}
PAGE = "مصر تفتتح متحفا جديدا\nالقاهرة - افتتحت مصر اليوم متحفا كبيرا قرب الأهرامات.\n"


@pytest.mark.parametrize("uri, path", [("file:///tmp/a%20b.txt", "/tmp/a b.txt"), ("hdfs://n/x.txt", "hdfs://n/x.txt")])
def test_local_path(uri: str, path: str) -> None:
    assert local_path(uri) == path


def test_partition_rows_carry_the_analysis_and_errors() -> None:
    lines = [("file:///d/r.jsonl", json.dumps(RECORD, ensure_ascii=False)), ("file:///d/r.jsonl", "   "),
             ("file:///d/r.jsonl", '{"id": '), ("file:///d/r.jsonl", '{"id": "x"}')]
    rows = list(analyse_partition("jsonl", ["structure"], lines))
    assert [set(r) for r in rows] == [{name for name, _ in COLUMNS}] * 3
    assert rows[0]["id"] == "rec-1" and rows[0]["error"] is None
    validate_article(json.loads(rows[0]["analysis"]))
    assert [r["error"] for r in rows[1:]] == ["/d/r.jsonl: invalid JSON (Expecting value at column 8)",
                                              "/d/r.jsonl: record has no text"]
    [page] = analyse_partition("text", ["structure"], [("file:///d/p.txt", PAGE)])
    assert page["path"] == "/d/p.txt" and page["error"] is None and page["body"]


# A Spark job takes 20-60 s to start and run here, too slow for every test run: opt in.
@pytest.mark.skipif(not os.environ.get("KHABAR_SPARK_TESTS"), reason="set KHABAR_SPARK_TESTS=1 to run Spark")
@pytest.mark.skipif(importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
                    reason="needs the spark extra (pyspark) and Java")
def test_a_small_spark_job_writes_parquet(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from khabar.batch import run_batch

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.jsonl").write_text(json.dumps(RECORD, ensure_ascii=False) + "\n{bad\n", encoding="utf-8")
    (tmp_path / "in" / "p.txt").write_text(PAGE, encoding="utf-8")
    report = run_batch([str(tmp_path / "in"), str(tmp_path / "missing")], str(tmp_path / "out"), ["structure"],
                       partitions=1)
    assert report.articles == 2
    assert sorted(e.split(":")[0].rsplit("/", 1)[-1] for e in report.errors) == ["missing", "r.jsonl"]
    table = pq.read_table(tmp_path / "out")
    assert sorted(table.column("path").to_pylist()) == [str(tmp_path / "in" / "p.txt"), str(tmp_path / "in" / "r.jsonl")]
