"""A file read from its bytes (as Spark hands it over) gives what khabar analyze reads from disk."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from khabar.batch.read import items_from_bytes
from khabar.ingest import InputError, iter_inputs


def _as_dicts(items: list[object]) -> list[object]:
    return [str(i) if isinstance(i, InputError) else i.to_dict(include_raw=True) for i in items]


@pytest.mark.parametrize("name", ["news.jsonl", "more.jsonl.gz", "page.txt", "empty.txt", "crawl.warc.gz"])
def test_bytes_read_like_the_file(inputs: Path, name: str) -> None:
    path = str(inputs / name)
    from_disk = _as_dicts(list(iter_inputs([path])))
    assert from_disk  # every kind yields something, articles or errors
    assert _as_dicts(list(items_from_bytes(path, (inputs / name).read_bytes()))) == from_disk


def test_jsonl_errors_name_their_line(inputs: Path) -> None:
    path = str(inputs / "news.jsonl")
    items = list(items_from_bytes(path, (inputs / "news.jsonl").read_bytes()))
    assert [str(i) for i in items if isinstance(i, InputError)] == [
        f"{path}:3: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}:4: record has no text"]
    assert [i.id for i in items if not isinstance(i, InputError)] == ["r1", "r2", "r3"]


@pytest.mark.parametrize("name, data, reason", [
    ("cut.jsonl.gz", gzip.compress(b'{"id": "a", "text": "\xd9\x86\xd8\xb5"}\n')[:-12], "gzip"),
    ("cut.txt.gz", b"\x1f\x8b\x08\x00garbage", "gzip"),
    ("bin.txt", b"\x00\x01\x02" * 10, "binary data"),
    ("junk.warc", b"not a warc at all\r\n\r\n", "WARC"),
])
def test_bad_bytes_are_one_error(name: str, data: bytes, reason: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(items_from_bytes(str(path), data))
    assert _as_dicts(items) == _as_dicts(list(iter_inputs([str(path)])))
    assert isinstance(items[-1], InputError) and reason in items[-1].reason
