"""``--workers``, ``--output`` and ``--quiet`` of analyze and ingest (in-process; the subprocess
kill-and-restart tests are in tests/test_parallel.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from khabar.analysis import analyze_inputs
from khabar.cli import main
from khabar.ingest import InputError
from khabar.parallel import analyze_parallel

Capsys = pytest.CaptureFixture[str]


def test_analyze_parallel_equals_analyze_inputs(inputs: Path) -> None:
    one = [a.to_dict() for a in analyze_inputs([str(inputs)], stages=["structure"])]
    two = [a.to_dict() for a in analyze_parallel([str(inputs)], stages=["structure"], workers=2)]
    assert two == one and len(one) == 4


def test_output_file_is_appended_once_per_id(inputs: Path, tmp_path: Path, capsys: Capsys) -> None:
    out = tmp_path / "out.jsonl"
    args = ["analyze", str(inputs), "--stages", "structure", "--output", str(out)]
    assert main(args) == 0
    assert main([*args, "--workers", "2"]) == 0  # everything already there: nothing appended
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == 4
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-1].endswith("0 articles written to " + str(out) + " (4 already there)")


@pytest.mark.parametrize("extra, message", [
    (["--format", "table"], "--output writes JSON Lines"),
    (["--workers", "2"], "cannot resume into this file"),
])
def test_output_usage_errors(inputs: Path, tmp_path: Path, capsys: Capsys, extra: list[str], message: str) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("not a khabar line\n", encoding="utf-8")
    assert main(["analyze", str(inputs), "--stages", "structure", "--output", str(out), *extra]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("workers", ["0", "x"])
def test_workers_must_be_a_positive_number(inputs: Path, workers: str) -> None:
    with pytest.raises(SystemExit):
        main(["analyze", str(inputs), "--workers", workers])


def _counts(out: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"(added|updated|unchanged)\W+(\d+)", out)}


def test_ingest_skips_stored_articles_unless_reanalysed(inputs: Path, db: Path, capsys: Capsys,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["ingest", str(inputs), "--stages", "structure", "--db", str(db), "--quiet"]
    assert main([*args, "--workers", "2"]) == 0
    assert _counts(capsys.readouterr().out)["added"] == 4
    # From here on an analysis fails loudly, so only skipped inputs go through.
    monkeypatch.setattr("khabar.parallel.analyze_batch",
                        lambda articles, _: [InputError(a.id, "analysed again") for a in articles])
    assert main(args) == 0
    assert _counts(capsys.readouterr().out)["unchanged"] == 4
    for again in (["--reanalyse"], ["--stages", "structure,arabic"]):  # forced, or other stages
        assert main([*args, *again]) == 1
        assert capsys.readouterr().err.count("analysed again") == 4
