"""Stdin: its format by its first line, blank lines before the first record counted."""

from __future__ import annotations

import io

import pytest

from .inputs import PAGE, RECORD, errors, jsonl_lines, read


@pytest.mark.parametrize("stream", [
    io.StringIO("\n" + jsonl_lines(RECORD, {**RECORD, "id": "r2"})),
    io.BytesIO(("\n" + jsonl_lines(RECORD, {**RECORD, "id": "r2"})).encode()),
])
def test_stdin_jsonl_is_recognised_from_its_first_line(stream: io.IOBase) -> None:
    items = read("-", stdin=stream)
    assert [(a.id, a.source.kind, a.source.line) for a in items] == [("r1", "stdin", 2), ("r2", "stdin", 3)]


def test_stdin_text_and_forced_format() -> None:
    [a] = read("-", stdin=io.StringIO(PAGE))
    assert (a.source.kind, a.raw) == ("stdin", PAGE)
    [b] = read("-", stdin=io.StringIO(jsonl_lines(RECORD)), input_format="text")
    assert b.raw == jsonl_lines(RECORD) and b.headline is None
    assert errors(read("-", stdin=io.StringIO("نص\n"), input_format="jsonl")) == [
        "<stdin>: not JSON Lines (line 1: invalid JSON (Expecting value at column 1))"]


def test_stdin_empty_and_binary() -> None:
    assert errors(read("-", stdin=io.BytesIO(b""))) == ["<stdin>: empty input"]
    assert errors(read("-", stdin=io.BytesIO(b"abc\x00\x00def"))) == ["<stdin>: binary data (NUL bytes), not text"]


def test_blank_lines_before_records_on_stdin_are_counted() -> None:
    stdin = io.BytesIO(b"\n" * 5000 + b"  \n" + jsonl_lines({"id": "a", "text": "خبر"}).encode())
    [article] = read("-", stdin=io.TextIOWrapper(stdin, encoding="utf-8"))
    assert article.source.line == 5002


def test_the_first_record_on_stdin_keeps_its_line_before_blank_lines() -> None:
    data = "\n" + jsonl_lines({"id": "a", "text": "خبر"}) + "\n\n" + jsonl_lines({"id": "b", "text": "خبر ثان"})
    first, second = read("-", stdin=io.BufferedReader(io.BytesIO(data.encode())))  # peeks, as stdin does
    assert (first.source.line, second.source.line) == (2, 5)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("end", ["\n", "\r"])
def test_utf16_json_lines_on_stdin_are_records(encoding: str, end: str) -> None:
    """A Windows pipe writes UTF-16: its records were one text article of JSON (with a byte-order
    mark) or 'binary data (NUL bytes)' (without one)."""
    lines = [jsonl_lines({"id": n, "text": f"خبر رقم {n} عن الاقتصاد"}).rstrip("\n") for n in ("a", "b")]
    items = read("-", stdin=io.BufferedReader(io.BytesIO((end.join(lines) + end).encode(encoding))))
    assert [(a.source.kind, a.id, a.source.line, a.raw) for a in items] == [
        ("stdin", "a", 1, lines[0]), ("stdin", "b", 2, lines[1])]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("blank", ["\n", "\r\n", "\n\n"])
def test_utf16_json_lines_on_stdin_after_blank_lines_are_records(encoding: str, blank: str) -> None:
    """Without a byte-order mark, a blank first line was read alone as a UTF-8 line feed: the record
    after it then opened on its NUL half, out of step, and the input was 'binary data (NUL bytes)'."""
    lines = [jsonl_lines({"id": n, "text": f"خبر رقم {n} عن الاقتصاد"}).rstrip("\n") for n in ("a", "b")]
    items = read("-", stdin=io.BufferedReader(io.BytesIO((blank + "\n".join(lines) + "\n").encode(encoding))))
    first = 1 + blank.count("\n")
    assert [(a.id, a.source.line, a.raw) for a in items] == [("a", first, lines[0]), ("b", first + 1, lines[1])]


def test_a_utf16_text_dump_on_stdin_stays_a_text_dump() -> None:
    text = "عنوان الخبر\rبيروت - أعلنت الحكومة اليوم خطة جديدة للكهرباء.\r"
    [article] = read("-", stdin=io.BufferedReader(io.BytesIO(text.encode("utf-16"))))
    assert (article.source.kind, article.raw) == ("stdin", text)
