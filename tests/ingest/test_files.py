"""Files: the size cap, gzip bombs refused, gzip inflating less than the bomb ratio read."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from khabar.ingest import files, records

from .inputs import errors, jsonl_lines, read


def test_oversized_inputs_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(records, "MAX_TEXT_CHARS", 50)
    big = tmp_path / "big.txt"
    big.write_text("خبر " * 100, encoding="utf-8")
    rec = tmp_path / "big.jsonl"
    rec.write_text(jsonl_lines({"id": "b", "text": "خبر " * 20}), encoding="utf-8")
    assert errors(read(str(big), str(rec))) == [f"{big}: file too large (> 100 bytes; the cap is set with --max-size)",
                                                  f"{rec}:1: text too long (80 characters > 50)"]


@pytest.mark.parametrize("suffix, kept", [(".jsonl.gz", 1), (".txt.gz", 0)])
def test_a_gzip_bomb_is_one_error_once_past_the_cap(tmp_path: Path, suffix: str, kept: int) -> None:
    """A small gzip file of one endless line (a gigabyte of 'a' is a megabyte) is refused once it has
    inflated past the cap more than MAX_INFLATION-fold; the records before it are kept."""
    cap = 1024 * 1024
    head = jsonl_lines({"id": "a", "text": "خبر أول"}) if suffix == ".jsonl.gz" else "خبر "
    path = tmp_path / f"bomb{suffix}"
    path.write_bytes(gzip.compress(head.encode() + b"a" * (8 * cap) + b"\n"))
    items = read(str(path), max_bytes=cap)
    assert len(items) == kept + 1
    assert errors(items)[0].startswith(f"{path}: gzip data inflating more than {files.MAX_INFLATION}-fold (")


def test_gzip_text_inflating_less_than_the_bomb_ratio_is_read_past_the_cap(tmp_path: Path) -> None:
    records = [{"id": f"r{n}", "text": f"خبر رقم {n} عن {os.urandom(40).hex()}"} for n in range(20_000)]
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl_lines(*records).encode()))
    items = read(str(path), max_bytes=64 * 1024)
    assert not errors(items) and len(items) == 20_000
