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


def test_gzip_bytes_kept_for_a_retry_are_inflated_member_after_member() -> None:
    """Files joined with cat: the retry inflated the first member alone and lost the others' records."""
    one, two = jsonl_lines({"id": "a", "text": "خبر أول"}).encode(), jsonl_lines({"id": "b", "text": "خبر ثان"}).encode()
    joined = gzip.compress(one) + gzip.compress(two)
    assert files.inflate_members(joined, 1000) == one + two
    assert files.inflate_members(joined + bytes(16), 1000) == one + two  # padded after its last member
    assert len(files.inflate_members(joined, 10)) == 11  # bounded: a bomb stays small
    with pytest.raises(EOFError):
        files.inflate_members(joined[:-5], 1000)  # the second member cut short


def test_a_retry_of_a_joined_gzip_file_reads_every_member() -> None:
    from khabar.ingest.readers import iter_raw_input
    from khabar.ingest.records import RawInput

    lines = [jsonl_lines({"id": n, "text": f"خبر رقم {n}"}).encode() for n in ("a", "b", "c")]
    data = b"".join(gzip.compress(line) for line in lines)
    items = list(iter_raw_input(RawInput(data, "jsonl", "r.jsonl.gz", None), "r.jsonl.gz"))
    assert [i.id for i in items] == ["a", "b", "c"]
