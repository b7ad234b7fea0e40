"""``khabar spark``: usage errors and a missing pyspark, without starting Spark (tests/batch/test_spark.py runs jobs)."""

from __future__ import annotations

import importlib.util

import pytest

from khabar.cli import main


def test_a_subcommand_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["spark"])
    assert exit_.value.code == 2
    assert "analyze" in capsys.readouterr().err


def test_without_pyspark_one_line_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyspark" else real_find_spec(name, *a))
    assert main(["spark", "analyze", "x.jsonl", "--out", "o"]) == 2
    assert capsys.readouterr().err == "khabar: error: khabar spark needs pyspark: pip install 'khabar[spark]'\n"


def test_an_unknown_stage_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyspark")
    assert main(["spark", "analyze", "x.jsonl", "--out", "o", "--stages", "nope"]) == 2
    assert capsys.readouterr().err.startswith("khabar: error: unknown stage 'nope'")
