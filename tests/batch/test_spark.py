"""The Spark job in local mode: output identical to the local runner's, resumable, loadable.

One SparkSession (local[2]) serves the whole module; ``make test`` installs the spark extra and
a Java runtime, so these run by default.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from khabar.batch import analyze_to_parquet, load_parquet
from khabar.batch import spark as spark_job
from khabar.batch.spark import SparkJobError, spark_session, warm_workers
from khabar.cli import main
from khabar.store import Store

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
                                reason="needs the spark extra (pip install 'khabar[spark]') and Java")

#: A JVM that starts fast: these jobs are tiny, so compiling Spark's hot paths would not pay off.
QUICK_JVM = {"spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}
#: One batch per input file, so that a run has batches to be cut between.
ONE_FILE_A_BATCH = 1
#: What the interrupted run reads: three batches.
RESUMED = ("more.jsonl.gz", "news.jsonl", "page.txt")


#: The local runner, run in a fresh process as Spark's daemon is.  This process imported khabar's
#: modules when the tests were collected, in a full run minutes before the daemon imported them: in
#: a checkout edited meanwhile (several sessions at work on it) the two ran different code, and the
#: outputs differed for no fault of either (the test failed "under load").
LOCAL_RUNNER = """
import json, sys
from khabar.analysis import analyze_inputs
from khabar.ingest import InputError
items = list(analyze_inputs(sys.argv[2:], json.loads(sys.argv[1])))
print(json.dumps({"articles": [i.to_dict(include_raw=True) for i in items if not isinstance(i, InputError)],
                  "errors": [str(i) for i in items if isinstance(i, InputError)]}, ensure_ascii=False))
"""


def start_local_run(inputs: Path | list[str], stages: list[str] | None = None) -> subprocess.Popen[bytes]:
    """The local runner over ``inputs``, started now (beside the Spark process it is compared with)."""
    paths = [str(inputs)] if isinstance(inputs, Path) else inputs
    return subprocess.Popen([sys.executable, "-c", LOCAL_RUNNER, json.dumps(stages), *paths],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def local_result(run: subprocess.Popen[bytes]) -> tuple[list[dict[str, Any]], list[str]]:
    """Its articles (as analyze dicts, in source order) and error lines (sorted)."""
    out, err = run.communicate(timeout=900)
    assert run.returncode == 0, err.decode()[-2000:]
    result = json.loads(out)
    articles = sorted(result["articles"], key=lambda r: (r["source"]["path"], r["source"]["line"] or 0, r["id"]))
    return articles, sorted(result["errors"])


@pytest.fixture(scope="module")
def inputs(module_inputs: Path) -> Path:
    return module_inputs


@pytest.fixture(scope="module")
def local_started(inputs: Path) -> subprocess.Popen[bytes]:
    return start_local_run(inputs)


@pytest.fixture(scope="module")
def spark(local_started: subprocess.Popen[bytes]) -> Any:
    """The session, its daemon started (and khabar imported there) as the local runner starts."""
    session = spark_session("local[2]", QUICK_JVM)
    assert warm_workers(session) > 0  # the daemon loads the pipeline before the first job
    yield session
    session.stop()


@pytest.fixture(scope="module")
def reference(local_started: subprocess.Popen[bytes]) -> tuple[list[dict[str, Any]], list[str]]:
    return local_result(local_started)


@pytest.fixture(scope="module")
def job(spark: Any, inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, spark_job.SparkReport]:
    """One full-pipeline run over every input kind (one batch)."""
    out = tmp_path_factory.mktemp("spark") / "out"
    return out, analyze_to_parquet([str(inputs)], str(out), spark=spark)


def finished_rows(out: Path) -> list[dict[str, Any]]:
    """Every article row of the finished batches, in source order."""
    rows = []
    for marker in sorted((out / "_done").glob("*.json")):
        rows += pq.read_table(out / "articles" / json.loads(marker.read_text())["batch"]).to_pylist()
    return sorted(rows, key=lambda r: (r["source"]["path"], r["source"]["line"] or 0, r["id"]))


def test_spark_output_is_the_local_runners_article_by_article(
        job: tuple[Path, Any], reference: tuple[list[dict[str, Any]], list[str]]) -> None:
    out, report = job
    articles, errors = reference
    assert len(articles) == 7 and any(a["entities"] for a in articles)  # records, page, WARC page
    rows = finished_rows(out)
    assert [r["id"] for r in rows] == [a["id"] for a in articles]
    for row, article in zip(rows, articles, strict=True):
        assert row == article
    assert sorted(report.errors) == errors and len(errors) == 3
    assert (report.articles, report.files, report.batches, report.skipped) == (7, 5, 1, 0)


def test_a_rerun_skips_everything_done(job: tuple[Path, Any], spark: Any, inputs: Path) -> None:
    out, _ = job
    before = finished_rows(out)
    again = analyze_to_parquet([str(inputs / "page.txt"), str(inputs)], str(out), spark=spark)
    assert (again.articles, again.files, again.skipped, again.errors, again.batches) == (0, 0, 5, [], 0)
    assert finished_rows(out) == before


class _DriverDied(RuntimeError):
    pass


def test_an_interrupted_run_resumes_without_loss_or_duplicates(
        job: tuple[Path, Any], spark: Any, inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out, paths = tmp_path / "out", [str(inputs / name) for name in RESUMED]
    real_write_marker = spark_job.write_marker

    def die_on_the_second_marker(hadoop: Any, uri: str, marker: dict[str, Any]) -> None:
        if (out / "_done").is_dir():  # the second batch's Parquet is committed, its marker never written
            raise _DriverDied
        real_write_marker(hadoop, uri, marker)

    monkeypatch.setattr(spark_job, "write_marker", die_on_the_second_marker)
    with pytest.raises(_DriverDied):
        analyze_to_parquet(paths, str(out), spark=spark, batch_bytes=ONE_FILE_A_BATCH)
    monkeypatch.undo()
    assert len(list((out / "articles").iterdir())) == 2 and len(list((out / "_done").glob("*.json"))) == 1
    half_written = out / "articles" / "0123456789abcdef" / "_temporary"  # a job killed mid-write
    half_written.mkdir(parents=True)
    (half_written / "part-00000.parquet").write_bytes(b"PAR1 cut")

    report = analyze_to_parquet(paths, str(out), spark=spark, batch_bytes=ONE_FILE_A_BATCH)
    assert (report.skipped, report.files, report.batches) == (1, 2, 2)
    rows = finished_rows(out)
    assert len({r["id"] for r in rows}) == len(rows) == 6
    assert rows == [r for r in finished_rows(job[0]) if r["source"]["path"] in paths]
    assert sorted(p.name for p in (out / "articles").iterdir()) == sorted(
        p.stem for p in (out / "_done").glob("*.json"))  # unfinished batch folders are gone


#: A driver that runs the job of its arguments (inputs..., out) one file a batch.
DRIVER = f"""
import sys
from khabar.batch.spark import analyze_to_parquet, spark_session
spark = spark_session("local[2]", {QUICK_JVM!r}, stages=["structure"])
analyze_to_parquet(sys.argv[1:-1], sys.argv[-1], stages=["structure"], spark=spark, batch_bytes=1)
"""


def test_a_killed_driver_resumes_without_loss_or_duplicates(spark: Any, inputs: Path, tmp_path: Path) -> None:
    out, paths, log = tmp_path / "out", [str(inputs / name) for name in RESUMED], tmp_path / "driver.log"
    with log.open("wb") as stderr:
        driver = subprocess.Popen([sys.executable, "-c", DRIVER, *paths, str(out)], start_new_session=True,
                                  stdout=subprocess.DEVNULL, stderr=stderr)
    local = start_local_run(paths, ["structure"])
    try:
        give_up = time.monotonic() + 600  # a hung driver fails the test instead of hanging it
        while not list((out / "_done").glob("*.json")):
            assert driver.poll() is None, f"the driver ended before finishing a batch: {log.read_text()[-2000:]}"
            assert time.monotonic() < give_up, "the driver finished no batch in 10 minutes"
            time.sleep(0.02)
    finally:  # the driver, its JVM and the Python workers, at once
        os.killpg(driver.pid, signal.SIGKILL)
        driver.wait()
    done = len(list((out / "_done").glob("*.json")))
    assert done < len(RESUMED)  # killed mid-run

    report = analyze_to_parquet(paths, str(out), spark=spark, stages=["structure"], batch_bytes=ONE_FILE_A_BATCH)
    assert (report.skipped, report.files) == (done, len(RESUMED) - done)
    articles, errors = local_result(local)
    assert finished_rows(out) == articles
    assert set(report.errors) <= set(errors)


def test_another_stage_selection_needs_another_folder(job: tuple[Path, Any], spark: Any, inputs: Path) -> None:
    with pytest.raises(SparkJobError, match="holds a run of stages structure,arabic"):
        analyze_to_parquet([str(inputs)], str(job[0]), spark=spark, stages=["structure"])


def test_load_round_trip(job: tuple[Path, Any], reference: tuple[list[dict[str, Any]], list[str]],
                         tmp_path: Path) -> None:
    articles, _ = reference
    with Store(tmp_path / "k.db") as store:
        report = load_parquet(job[0], store)
        assert (report.added, report.failed) == (7, 0)
        for article in articles:
            stored = store.get(article["id"])
            assert stored is not None and stored.to_dict(include_raw=True) == article
        assert load_parquet(job[0], store).unchanged == 7


def test_cli_and_hadoop_uris(spark: Any, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, odd = tmp_path / "out", tmp_path / "page [1] {a}.txt"  # Spark globs what it is given
    odd.write_bytes((inputs / "page.txt").read_bytes())
    uri = f"file://{inputs}/news.jsonl"  # a scheme: listed and read through Hadoop, like s3a://
    code = main(["spark", "analyze", uri, str(inputs / "page.txt"), str(odd), str(tmp_path / "missing.txt"),
                 "--out", str(out), "--stages", "structure"])
    captured = capsys.readouterr()
    assert code == 1
    assert "5 articles from 3 files written to" in captured.out
    assert sorted(captured.err.splitlines()) == sorted([
        f"khabar: error: file:{inputs}/news.jsonl:3: invalid JSON (Expecting property name enclosed in double "
        "quotes at column 2)",
        f"khabar: error: file:{inputs}/news.jsonl:4: record has no text",
        f"khabar: error: {tmp_path / 'missing.txt'}: no such file or folder"])
    assert spark.sparkContext._jsc is not None  # the active session was used, not stopped
    rows = finished_rows(out)
    assert {r["source"]["path"] for r in rows} == {f"file:{inputs}/news.jsonl", str(inputs / "page.txt"), str(odd)}
