"""``khabar errors`` lists the inputs that failed to ingest; ``ingest --retry-errors`` tries them again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.cli import main

Capsys = pytest.CaptureFixture[str]
PAGE = "خطة جديدة للكهرباء\nبيروت - أعلنت الحكومة اللبنانية اليوم خطة جديدة لإصلاح قطاع الكهرباء.\n"


def _run(capsys: Capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_errors_lists_failed_inputs_as_jsonl_and_table(inputs: Path, db: Path, capsys: Capsys) -> None:
    (inputs / "empty.txt").write_bytes(b"")
    code, _, err = _run(capsys, "ingest", str(inputs), "--db", str(db), "--stages", "structure", "--quiet")
    assert code == 1 and err.strip() == f"khabar: error: {inputs / 'empty.txt'}: empty input"
    code, out, _ = _run(capsys, "errors", "--db", str(db), "--format", "jsonl")
    [row] = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert (row["item"], row["reason"], row["fmt"], row["attempts"], row["raw_bytes"]) == (
        str(inputs / "empty.txt"), "empty input", "text", 1, 0)
    code, out, _ = _run(capsys, "errors", "--db", str(db))
    assert code == 0 and "empty input" in out and "khabar errors" in out


def test_retry_errors_after_the_cap_is_raised(tmp_path: Path, db: Path, capsys: Capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE * 20, encoding="utf-8")
    code, _, err = _run(capsys, "ingest", str(page), "--db", str(db), "--stages", "structure", "--quiet",
                        "--max-size", "0.001")
    assert code == 1 and "file too large (> 1,048 bytes; the cap is set with --max-size)" in err
    code, _, err = _run(capsys, "ingest", "--retry-errors", "--db", str(db), "--stages", "structure", "--quiet")
    assert (code, err) == (0, "")
    assert _run(capsys, "errors", "--db", str(db))[1].startswith("no input errors")


def test_clear_forgets_after_listing(tmp_path: Path, db: Path, capsys: Capsys) -> None:
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x01")
    _run(capsys, "ingest", str(bad), "--db", str(db), "--quiet")
    assert str(bad) in _run(capsys, "errors", "--db", str(db), "--clear", "--format", "jsonl")[1]
    assert _run(capsys, "errors", "--db", str(db), "--format", "jsonl")[1] == ""


@pytest.mark.parametrize("args, message", [
    (["errors", "--db", "/nonexistent/k.db"], "no database at /nonexistent/k.db"),
    (["ingest", "--db", "x.db"], "give the inputs to ingest (PATH...), --retry-errors, or --reanalyse"),
])
def test_usage_errors_exit_2(capsys: Capsys, args: list[str], message: str) -> None:
    code, _, err = _run(capsys, *args)
    assert code == 2 and message in err


@pytest.mark.parametrize("size", ["0", "-1", "lots"])
def test_max_size_must_be_a_positive_number(capsys: Capsys, size: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["analyze", "x.txt", "--max-size", size])
    assert exit_.value.code == 2
