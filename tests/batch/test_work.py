"""The task functions alone (no Spark): files to pickled items, items to analyze JSON or error lines."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

from khabar.analysis import analyze_inputs
from khabar.batch.work import ARTICLE, ERROR, analyse_items, file_key, pipeline_for, read_files
from khabar.ingest import InputError
from khabar.schema import validate_article

STAGES = ["structure"]


@pytest.mark.parametrize("uri, key", [
    ("file:/tmp/a b/c.txt", "/tmp/a b/c.txt"),
    ("file:///tmp/a b/c.txt", "/tmp/a b/c.txt"),
    ("file:///tmp/a%20b.txt", "/tmp/a%20b.txt"),  # Hadoop names files unescaped: % is literal
    ("/tmp/x/../c.txt", "/tmp/c.txt"),
    ("s3a://bucket/crawl/x.warc.gz", "s3a://bucket/crawl/x.warc.gz"),
])
def test_file_key(uri: str, key: str) -> None:
    assert file_key(uri) == key


def _rows(inputs: Path, names: list[str]) -> list[dict[str, object]]:
    files = pa.RecordBatch.from_pydict({"path": [f"file:{inputs / n}" for n in names],
                                        "content": [(inputs / n).read_bytes() for n in names]})
    shown = {file_key(str(inputs / n)): f"shown/{n}" for n in names}
    items = list(read_files([files], shown))
    rows = [row for batch in analyse_items(items, STAGES) for row in batch.to_pylist()]
    assert all((row[ARTICLE] is None) != (row[ERROR] is None) for row in rows)  # one or the other
    return [{ERROR: row[ERROR]} if row[ERROR] else json.loads(row[ARTICLE]) for row in rows]


def test_rows_are_the_local_analysis_and_errors(inputs: Path) -> None:
    names = ["news.jsonl", "page.txt", "empty.txt"]
    got = _rows(inputs, names)
    expected = []
    for name in names:
        for item in analyze_inputs([str(inputs / name)], STAGES):
            if isinstance(item, InputError):
                expected.append({ERROR: str(item).replace(str(inputs), "shown")})
            else:
                row = item.to_dict(include_raw=True)
                row["source"]["path"] = f"shown/{name}"
                expected.append(row)
    assert len(expected) == 7 and got == expected


def test_a_duplicate_id_is_an_error_line_as_in_the_local_runner(inputs: Path) -> None:
    records = [{"id": "x1", "text": "قال الوزير إن المعرض افتتح اليوم."},
               {"id": "x1", "text": "أعلنت الوزارة عن مشروع جديد للمياه."},
               {"id": "x2", "text": "قال الوزير إن المعرض افتتح اليوم."}]
    (inputs / "dup.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                      encoding="utf-8")
    local = [str(i).replace(str(inputs), "shown") if isinstance(i, InputError) else i.id
             for i in analyze_inputs([str(inputs / "dup.jsonl")], STAGES)]
    assert [row[ERROR] if ERROR in row else row["id"] for row in _rows(inputs, ["dup.jsonl"])] == local
    assert local[0] == "x1" and local[1].startswith("shown/dup.jsonl:2: duplicate id 'x1'")


def test_article_rows_are_valid_analyze_objects(inputs: Path) -> None:
    rows = _rows(inputs, ["news.jsonl"])
    assert [r.get("id") for r in rows] == ["r1", "r2", None, None, "r3"]
    for row in rows:
        if ERROR not in row:
            validate_article(row)


def test_pipeline_is_built_once_per_process() -> None:
    assert pipeline_for(STAGES) is pipeline_for(list(STAGES))


def test_warm_up_loads_what_a_records_metadata_reads() -> None:
    """Spark's daemon warms up on the record too: a byline's town is read against the places
    gazetteer even when no places stage runs, so no executor's first article pays for loading it."""
    import subprocess
    import sys

    code = ("from khabar.batch.work import warm_up; from khabar.places.gazetteer import gazetteer; "
            "warm_up(['entities']); print(gazetteer.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1"]
