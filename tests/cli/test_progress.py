"""The batch commands' progress: input counting for the ETA, errors counted and printed."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from khabar.cli.progress import BatchProgress, count_inputs
from khabar.ingest import InputError


def test_count_inputs_counts_records_pages_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n', encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"id": 3}\n' * 5)
    (tmp_path / "c.txt").write_text("عنوان\nنص", encoding="utf-8")
    assert count_inputs([str(tmp_path), str(tmp_path / "missing.txt")]) == 2 + 5 + 1 + 1


@pytest.mark.parametrize("specs", [["-"], ["crawl.warc"]])
def test_inputs_only_known_by_reading_them_are_not_counted(tmp_path: Path, specs: list[str]) -> None:
    for spec in specs:
        if spec != "-":
            (tmp_path / spec).write_bytes(b"WARC/1.0\r\n")
    assert count_inputs([s if s == "-" else str(tmp_path / s) for s in specs]) is None


def test_errors_are_counted_and_printed_without_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with BatchProgress("analyze", total=3) as progress:
        progress.advance()
        progress.error(InputError("x.txt", "empty input"))
    assert progress.live is None  # stderr is not a terminal here
    assert progress.errors == 1
    assert capsys.readouterr().err == "khabar: error: x.txt: empty input\n"
