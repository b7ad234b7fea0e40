"""khabar.parallel: results in input order whatever the number of workers; a run killed with
SIGKILL and started again loses nothing and repeats nothing (analyze --output, ingest)."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.ingest import InputError, article_from_text
from khabar.model import Article
from khabar.parallel import ParallelAnalysis, Skipped, WorkerDied, chunked, json_line

KHABAR = [sys.executable, "-m", "khabar"]
CITIES = ["بيروت", "القاهرة", "الرياض", "دمشق", "بغداد", "عمان", "تونس", "الرباط"]


def _page(n: int) -> str:
    city = CITIES[n % len(CITIES)]
    return (f"خبر رقم {n} من {city}\n{city} - قال وزير الخارجية يوم الثلاثاء إن الحكومة "
            f"ستعقد اجتماعا في {city} الأسبوع المقبل.\nوأضاف أن {n} مشروعا سينفذ.\n")


def _records(n: int) -> list[str]:
    """``n`` JSON Lines records of short composed articles, each with a distinct id."""
    return [json.dumps({"id": f"r{i:04d}", "title": f"عنوان {i}", "date": f"2018-03-0{1 + i % 9}",
                        "text": _page(i).split("\n", 1)[1]}, ensure_ascii=False) + "\n" for i in range(n)]


@pytest.mark.parametrize("items, size, chunks", [
    ([], 3, []),
    ([1, 2, 3], 3, [[1, 2, 3]]),
    ([1, 2, 3, 4], 3, [[1, 2, 3], [4]]),
    ([1, 2], 1, [[1], [2]]),
])
def test_chunked(items: list[int], size: int, chunks: list[list[int]]) -> None:
    assert list(chunked(items, size)) == chunks


@pytest.mark.parametrize("workers, chunk_size", [(0, 8), (1, 0)])
def test_bad_sizes_are_refused(workers: int, chunk_size: int) -> None:
    with pytest.raises(ValueError):
        ParallelAnalysis(["structure"], workers=workers, chunk_size=chunk_size)


def _inputs() -> list[Article | InputError]:
    items: list[Article | InputError] = [article_from_text(_page(n), path=f"p{n}.txt") for n in range(9)]
    items.insert(4, InputError("bad.txt", "empty input"))
    return items


def _run(workers: int, skip: object = None) -> list[object]:
    with ParallelAnalysis(workers=workers, finish=json_line, chunk_size=2) as run:
        return list(run.map(_inputs(), skip=skip))  # type: ignore[arg-type]


def test_two_workers_give_the_one_worker_output_in_input_order() -> None:
    one, two = _run(1), _run(2)
    assert two == one
    assert [x[0] if isinstance(x, tuple) else x for x in one][3:6] == [
        one[3][0], InputError("bad.txt", "empty input"), one[5][0]]  # the error keeps its place
    assert all(json.loads(x[1])["entities"] for x in one if isinstance(x, tuple))  # the full pipeline ran


def test_skipped_inputs_come_out_in_place_unanalysed() -> None:
    skipped = {item.id for item in _inputs()[:3] if isinstance(item, Article)}
    out = _run(2, skip=lambda a: a.id in skipped)
    assert out[:3] == [Skipped(i) for i in [a.id for a in _inputs()[:3]]]  # type: ignore[union-attr]
    assert [x for x in out[3:] if isinstance(x, Skipped)] == []


def _fail_on_bad_news(article: Article) -> str:
    if article.headline and "4" in article.headline:
        raise ValueError("cannot write this one")
    return article.id


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_finish_step_is_one_input_error(workers: int) -> None:
    with ParallelAnalysis(["structure"], workers=workers, finish=_fail_on_bad_news) as run:
        out = list(run.map(_inputs()))
    errors = [x for x in out if isinstance(x, InputError)]
    assert len(out) == 10
    assert [e.reason for e in errors] == ["empty input", "output failed (ValueError: cannot write this one)"]
    assert errors[1].retry is not None and errors[1].retry.data  # its raw input is kept for a retry


def _die_on_bad_news(article: Article) -> str:
    if article.headline and "4" in article.headline:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    return article.id


def test_a_killed_worker_stops_the_run_instead_of_hanging() -> None:
    with ParallelAnalysis(["structure"], workers=2, finish=_die_on_bad_news, chunk_size=2) as run, \
            pytest.raises(WorkerDied):
        list(run.map(_inputs()))


# -- SIGKILL and restart ----------------------------------------------------------------------

def _start(args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*KHABAR, *args], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def _wait_for(condition: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _group_gone(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return True
    return False


def _kill_mid_run(args: list[str], records: list[str], cwd: Path, started: object) -> None:
    """Feed half the records, wait until ``started()``, SIGKILL the command (not its workers)."""
    proc = _start(args, cwd)
    try:
        assert proc.stdin is not None
        proc.stdin.write("".join(records[: len(records) // 2]).encode())
        proc.stdin.flush()
        _wait_for(started)
        proc.kill()  # SIGKILL, the input still open: mid-run for sure
        proc.wait()
        _wait_for(lambda: _group_gone(proc.pid), timeout=20)  # orphaned workers exit by themselves
    finally:
        if not _group_gone(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream:
                stream.close()


def _finish(args: list[str], records: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*KHABAR, *args], cwd=cwd, input="".join(records).encode(), capture_output=True,
                          timeout=120, check=False)


def test_analyze_output_resumes_after_sigkill_with_no_loss_and_no_duplicate(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = _records(400)
    out = tmp_path / "out.jsonl"
    args = ["analyze", "-", "--stages", "structure", "--workers", "2", "--quiet", "--output", str(out)]
    _kill_mid_run(args, records, tmp_path, lambda: out.exists() and out.stat().st_size > 0)
    with out.open("ab") as fh:  # as if killed in the middle of writing a line
        fh.write(b'{"id": "r0399", "source": {"kind"')
    done_before = len(out.read_bytes().splitlines()) - 1
    assert 0 < done_before < len(records)
    result = _finish(args, records, tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"r{i:04d}" for i in range(len(records))]  # every input once, in input order
    clean = tmp_path / "clean.jsonl"  # a run never interrupted, on 1 worker, here in-process
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("".join(records).encode()), encoding="utf-8"))
    assert main([*args[:-1], str(clean), "--workers", "1"]) == 0
    assert out.read_bytes() == clean.read_bytes()


def test_ingest_resumes_after_sigkill_with_no_loss_and_no_duplicate(tmp_path: Path) -> None:
    records = _records(300)
    db = tmp_path / "k.db"
    args = ["ingest", "-", "--stages", "structure", "--workers", "2", "--quiet", "--db", str(db)]

    def stored() -> int:
        if not db.exists():
            return 0
        try:
            with sqlite3.connect(db) as conn:
                return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # not created yet, or locked for a moment
            return 0

    _kill_mid_run(args, records, tmp_path, lambda: stored() > 0)
    before = stored()
    assert 0 < before < len(records)
    result = _finish(args, records, tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    counts = {k: int(v) for k, v in re.findall(r"(added|unchanged)\W+(\d+)", result.stdout.decode())}
    assert counts["unchanged"] >= before  # skipped, not analysed again
    assert counts["added"] + counts["unchanged"] == len(records)
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    assert ids == [f"r{i:04d}" for i in range(len(records))]


def test_freezing_the_loaded_resources_makes_the_collector_run_less_often() -> None:
    """In a fresh process (the thresholds are process-wide): default thresholds before, ours after."""
    code = ("import gc; from khabar.parallel import GC_THRESHOLDS, freeze_loaded; "
            "before = gc.get_threshold(); freeze_loaded(); "
            "print(before != GC_THRESHOLDS, gc.get_threshold() == GC_THRESHOLDS, gc.get_freeze_count() > 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True"]


def test_warm_up_loads_the_places_spelling_index() -> None:
    """The index of foreign cities by spelling, and the word-cluster shares that guard it, take
    seconds to build: the warm-up builds them, so that no article pays for them."""
    code = ("from khabar.parallel import ParallelAnalysis; from khabar.places import spelling; "
            "ParallelAnalysis(['places']).warm_up(); "
            "print(spelling.spelling_index.cache_info().currsize, spelling._cluster_shares.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "1"]


def test_warm_up_loads_what_a_records_metadata_reads() -> None:
    """A record's byline is read against the places gazetteer (a town no other list knows): the
    warm-up loads it, in a fresh process, even when no places stage runs, so the workers forked after
    it share it and no article pays for loading it."""
    code = ("from khabar.parallel import ParallelAnalysis; from khabar.places.gazetteer import gazetteer; "
            "ParallelAnalysis(['entities']).warm_up(); print(gazetteer.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1"]
