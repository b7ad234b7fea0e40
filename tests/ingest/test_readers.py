"""Readers: bad files one line each, forced formats, raw inputs read again, ids across files, file names."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

import pytest

from khabar.ingest import InputError, article_from_raw

from .inputs import PAGE, RECORD, errors, jsonl_lines, read


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty input"),
    ("blank.txt", b" \n\t\n", "empty input"),
    ("empty.jsonl", b"\n\n", "empty input"),
    ("nul.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (NUL bytes), not text"),
    ("nul.jsonl", b"\x00\x01\x02\x03" * 10, "binary data (NUL bytes), not JSON Lines"),
    ("controls.txt", bytes(range(1, 32)) * 20, "binary data (control characters), not text"),
    ("latin.txt", "Ÿ€ÿ¤".encode("cp1252") * 3, "not decodable as UTF-8 (nor as Windows-1256/ISO-8859-6)"),
    ("cut.txt.gz", b"\x1f\x8b\x08\x00garbage", "truncated gzip data (the compressed stream ends early)"),
    ("corrupt.txt.gz", gzip.compress(b"x")[:10] + b"\xff" * 20, None),
    ("truncated.txt.gz", gzip.compress(PAGE.encode("utf-8"))[:-12], "truncated gzip data (the compressed stream ends early)"),
])
def test_bad_files_are_one_line_naming_file_and_reason(tmp_path: Path, name: str, data: bytes,
                                                       reason: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    items = read(str(path), str(good))
    [error] = errors(items)
    assert error.startswith(f"{path}: ")
    assert error == f"{path}: {reason}" if reason else error.startswith(f"{path}: corrupt gzip data (")
    assert "\n" not in error
    assert items[-1].raw == PAGE  # the batch went on


def test_forced_jsonl_reads_any_suffix(tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    path.write_text(jsonl_lines(RECORD), encoding="utf-8")
    assert [a.id for a in read(str(path), input_format="jsonl")] == ["r1"]
    with pytest.raises(ValueError, match="unknown input format"):
        read(str(path), input_format="xml")


@pytest.mark.parametrize("kind", ["text", "jsonl", "stdin"])
def test_article_from_raw_rebuilds_what_was_read(tmp_path: Path, kind: str) -> None:
    if kind == "text":
        path = tmp_path / "p.txt"
        path.write_text(PAGE, encoding="utf-8")
        [a] = read(str(path))
    elif kind == "jsonl":
        path = tmp_path / "p.jsonl"
        path.write_text(jsonl_lines(RECORD), encoding="utf-8")
        [a] = read(str(path))
    else:
        [a] = read("-", stdin=io.StringIO(jsonl_lines(RECORD)))
    b = article_from_raw(a.raw, a.to_dict()["source"], a.id)
    assert b.to_dict(include_raw=True) == a.to_dict(include_raw=True)


def test_records_of_one_id_after_the_first_are_errors_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(jsonl_lines({"id": "x", "text": "خبر أول"}), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(jsonl_lines({"id": "y", "text": "خبر"}, {"id": "x", "text": "خبر آخر"}), encoding="utf-8")
    first, other, second = read(str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"))
    assert (first.id, other.id) == ("x", "y")
    assert str(second) == f"{tmp_path}/b.jsonl:2: duplicate id 'x': {tmp_path}/a.jsonl:1 has it; not analysed (each record needs its own id)"


def test_a_file_name_that_is_not_utf8_is_named_with_escapes(tmp_path: Path) -> None:
    """The OS gives such a name with surrogate escapes, which no output or database takes."""
    folder = os.fsencode(tmp_path)
    with open(folder + b"/bad\xffname.txt", "wb") as fh:
        fh.write(PAGE.encode())
    with open(folder + b"/empty\xfe.txt", "wb") as fh:
        fh.write(b"  ")
    article, error = sorted(read(str(tmp_path)), key=lambda item: isinstance(item, InputError))
    assert article.source.path == f"{tmp_path}/bad\\xffname.txt"
    assert str(error) == f"{tmp_path}/empty\\xfe.txt: empty input"
    assert error.retry is None or error.retry.path == f"{tmp_path}/empty\\xfe.txt"
