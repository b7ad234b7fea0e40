"""Readers: text dumps, JSON Lines (.gz), folders, globs, stdin, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from khabar.ingest import InputError, article_from_raw, iter_inputs, readers, records, stable_id

PAGE = "الحكومة تعلن خطة جديدة\r\nبيروت - أعلنت الحكومة اللبنانية اليوم خطة جديدة للكهرباء.\r\n"
RECORD = {"id": "r1", "source": "ant/BBC", "url": "http://example.com/1", "date": "Fri, 16 Feb 2018 22:08:10 +0400",
          "title": "عنوان الخبر", "lead": "مقدمة الخبر", "author": "مراسلنا", "text": "الفقرة الأولى.\nالفقرة الثانية.",
          "category": "politics"}


def _jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _read(*specs: str, **kw: object) -> list[object]:
    return list(iter_inputs(list(specs), **kw))


def _errors(items: list[object]) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]


def test_text_dump_keeps_raw_verbatim_and_hashes_its_id(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("utf-8"))
    [article] = _read(str(path))
    assert article.raw == PAGE  # CRLF and all
    assert article.id == stable_id(PAGE)
    assert (article.source.kind, article.source.path) == ("text", str(path))


def test_same_page_under_two_names_has_one_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    a, b = _read(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert a.id == b.id


def test_jsonl_record_fields_are_taken_as_given(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(_jsonl(RECORD), encoding="utf-8")
    [a] = _read(str(path))
    assert (a.id, a.headline, a.deck, a.byline, a.category) == ("r1", "عنوان الخبر", "مقدمة الخبر", "مراسلنا",
                                                                "politics")
    assert (a.source.kind, a.source.url, a.source.outlet, a.source.line) == ("jsonl", RECORD["url"], "ant/BBC", 1)
    assert a.published == "2018-02-16T22:08:10+04:00"
    assert json.loads(a.raw) == RECORD and a.raw == _jsonl(RECORD).rstrip("\n")


def test_record_without_id_gets_a_content_hash(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(_jsonl({"text": "نص الخبر."}), encoding="utf-8")
    [a] = _read(str(path))
    assert a.id == stable_id(a.raw)


@pytest.mark.parametrize("date, published", [
    ("2017-01-20T21:43:00+01:00", "2017-01-20T21:43:00+01:00"),
    ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),
    ("2018-02-16", "2018-02-16"),
    ("الثلاثاء 14 نوفمبر", "الثلاثاء 14 نوفمبر"),  # not a date we can read: kept as given
    (None, None),
])
def test_record_dates_become_iso_when_they_parse(tmp_path: Path, date: str | None, published: str | None) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(_jsonl({"id": "x", "date": date, "text": "نص."}), encoding="utf-8")
    [a] = _read(str(path))
    assert a.published == published


def test_gzip_jsonl_is_read_transparently(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(_jsonl(RECORD, {**RECORD, "id": "r2"}))
    assert [a.id for a in _read(str(path))] == ["r1", "r2"]


def test_bad_lines_are_reported_by_line_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    good = _jsonl(RECORD)
    path.write_bytes((good + '{"id": "broken", \n' + "[1, 2]\n" + '{"id": "nt"}\n').encode()
                     + b'{"text": "\xff\xfe bad"}\n' + "\n".join([good.strip().replace("r1", "r9")]).encode())
    items = _read(str(path))
    assert [a.id for a in items if not isinstance(a, InputError)] == ["r1", "r9"]
    assert _errors(items) == [
        f"{path}:2: invalid JSON (Expecting property name enclosed in double quotes at column 18)",
        f"{path}:3: record is not a JSON object",
        f"{path}:4: record has no text",
        f"{path}:5: invalid UTF-8 (bad byte 0xff at column 11)",
    ]


def test_files_joined_with_their_byte_order_marks_are_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    one = "\ufeff" + _jsonl(RECORD)  # each file written by a Windows tool opens with a BOM; cat joined them
    path.write_text(one + one.replace("r1", "r2") + one.replace("r1", "r3"), encoding="utf-8")
    items = _read(str(path))
    assert _errors(items) == [] and [(a.id, a.source.line) for a in items] == [("r1", 1), ("r2", 2), ("r3", 3)]


@pytest.mark.parametrize("document, reason", [
    (json.dumps([RECORD], indent=2), "not JSON Lines (line 1: invalid JSON (Expecting value at column 2))"),
    (json.dumps(RECORD, indent=2), "not JSON Lines (its first two lines are not JSON records)"),
])
def test_a_file_that_is_not_jsonl_at_all_is_one_error(tmp_path: Path, document: str, reason: str) -> None:
    path = tmp_path / "pretty.json"
    path.write_text(document, encoding="utf-8")
    assert _errors(_read(str(path))) == [f"{path}: {reason}"]


@pytest.mark.parametrize("lines, ids, errors", [
    (['{"id": "a", "text": ', '{"id": "b", "text": "نص"}'], ["b"], [":1: invalid JSON"]),
    (['{"id": "a", "text": '], [], [":1: invalid JSON"]),
    (['{"id": "a", "text": "نص"}', '{"id": '], ["a"], [":2: invalid JSON"]),
])
def test_a_broken_first_record_is_one_line_error(tmp_path: Path, lines: list[str], ids: list[str],
                                                 errors: list[str]) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(str(path))
    assert [a.id for a in items if not isinstance(a, InputError)] == ids
    assert [e.split(": invalid JSON")[0] + ": invalid JSON" for e in _errors(items)] == [
        f"{path}{e}" for e in errors]


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
    items = _read(str(path), str(good))
    [error] = _errors(items)
    assert error.startswith(f"{path}: ")
    assert error == f"{path}: {reason}" if reason else error.startswith(f"{path}: corrupt gzip data (")
    assert "\n" not in error
    assert items[-1].raw == PAGE  # the batch went on


def test_missing_file_folder_and_pattern(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    errors = _errors(_read(str(tmp_path / "nope.txt"), str(tmp_path / "empty"), str(tmp_path / "*.xyz")))
    assert errors == [f"{tmp_path / 'nope.txt'}: no such file or folder",
                      f"{tmp_path / 'empty'}: folder holds no .txt, .jsonl, .html, .warc or feed files",
                      f"{tmp_path / '*.xyz'}: pattern matches no file"]


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_arabic_legacy_encodings_and_boms_decode(tmp_path: Path, encoding: str) -> None:
    text = "أعلنت الحكومة اللبنانية اليوم عن خطة جديدة لإصلاح قطاع الكهرباء في البلاد.\n" * 3
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(encoding))
    [a] = _read(str(path))
    assert a.raw == text


def test_oversized_inputs_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(records, "MAX_TEXT_CHARS", 50)
    big = tmp_path / "big.txt"
    big.write_text("خبر " * 100, encoding="utf-8")
    rec = tmp_path / "big.jsonl"
    rec.write_text(_jsonl({"id": "b", "text": "خبر " * 20}), encoding="utf-8")
    assert _errors(_read(str(big), str(rec))) == [f"{big}: file too large (> 100 bytes; the cap is set with --max-size)",
                                                  f"{rec}:1: text too long (80 characters > 50)"]


def test_folders_are_walked_sorted_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("نص ثان", encoding="utf-8")
    (tmp_path / "1.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(_jsonl(RECORD), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ليس خبرا", encoding="utf-8")
    items = _read(str(tmp_path))
    assert [i.source.path for i in items] == [str(tmp_path / n) for n in ("1.txt", "r.jsonl", "b/2.txt")]


def test_globs_expand_and_each_file_is_read_once(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"خبر {name}", encoding="utf-8")
    items = _read(str(tmp_path / "*.txt"), str(tmp_path / "a.txt"), str(tmp_path))
    assert [i.source.path for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_a_named_pipe_is_one_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    # reading a FIFO no one writes to waits forever: it is refused unopened, in a folder, by name or by pattern
    (tmp_path / "1.txt").write_text("نص أول", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "z.txt").write_text("نص أخير", encoding="utf-8")
    pipe = str(tmp_path / "pipe.txt")
    for spec in (str(tmp_path), pipe, str(tmp_path / "*.txt")):
        items = list(iter_inputs([spec]))
        errors = [i for i in items if isinstance(i, InputError)]
        assert [(e.item, e.reason) for e in errors] == [(pipe, "not a regular file (a named pipe)")]
        assert len(items) == (1 if spec == pipe else 3)


@pytest.mark.parametrize("stream", [
    io.StringIO("\n" + _jsonl(RECORD, {**RECORD, "id": "r2"})),
    io.BytesIO(("\n" + _jsonl(RECORD, {**RECORD, "id": "r2"})).encode()),
])
def test_stdin_jsonl_is_recognised_from_its_first_line(stream: io.IOBase) -> None:
    items = _read("-", stdin=stream)
    assert [(a.id, a.source.kind, a.source.line) for a in items] == [("r1", "stdin", 2), ("r2", "stdin", 3)]


def test_stdin_text_and_forced_format() -> None:
    [a] = _read("-", stdin=io.StringIO(PAGE))
    assert (a.source.kind, a.raw) == ("stdin", PAGE)
    [b] = _read("-", stdin=io.StringIO(_jsonl(RECORD)), input_format="text")
    assert b.raw == _jsonl(RECORD) and b.headline is None
    assert _errors(_read("-", stdin=io.StringIO("نص\n"), input_format="jsonl")) == [
        "<stdin>: not JSON Lines (line 1: invalid JSON (Expecting value at column 1))"]


def test_stdin_empty_and_binary() -> None:
    assert _errors(_read("-", stdin=io.BytesIO(b""))) == ["<stdin>: empty input"]
    assert _errors(_read("-", stdin=io.BytesIO(b"abc\x00\x00def"))) == ["<stdin>: binary data (NUL bytes), not text"]


def test_forced_jsonl_reads_any_suffix(tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    path.write_text(_jsonl(RECORD), encoding="utf-8")
    assert [a.id for a in _read(str(path), input_format="jsonl")] == ["r1"]
    with pytest.raises(ValueError, match="unknown input format"):
        _read(str(path), input_format="xml")


@pytest.mark.parametrize("kind", ["text", "jsonl", "stdin"])
def test_article_from_raw_rebuilds_what_was_read(tmp_path: Path, kind: str) -> None:
    if kind == "text":
        path = tmp_path / "p.txt"
        path.write_text(PAGE, encoding="utf-8")
        [a] = _read(str(path))
    elif kind == "jsonl":
        path = tmp_path / "p.jsonl"
        path.write_text(_jsonl(RECORD), encoding="utf-8")
        [a] = _read(str(path))
    else:
        [a] = _read("-", stdin=io.StringIO(_jsonl(RECORD)))
    b = article_from_raw(a.raw, a.to_dict()["source"], a.id)
    assert b.to_dict(include_raw=True) == a.to_dict(include_raw=True)


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_runs_of_blank_lines_are_skipped_and_counted(tmp_path: Path, suffix: str) -> None:
    """A run of blank lines is passed over a buffer at a time (a gzip file of a gigabyte of newlines
    took minutes a line at a time); the lines after it keep their numbers and their leading spaces."""
    one, two = _jsonl({"id": "a", "text": "خبر أول"}), _jsonl({"id": "b", "text": "خبر ثان"})
    data = ("\n \t\n\r\n" + one + "\n" * 100_000 + "  \n\n   " + two + "\n\n").encode()
    path = tmp_path / f"r{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    first, second = _read(str(path))
    assert (first.source.line, second.source.line) == (4, 100_007)
    assert second.raw == "   " + two.rstrip("\n")


def test_blank_lines_before_records_on_stdin_are_counted() -> None:
    stdin = io.BytesIO(b"\n" * 5000 + b"  \n" + _jsonl({"id": "a", "text": "خبر"}).encode())
    [article] = _read("-", stdin=io.TextIOWrapper(stdin, encoding="utf-8"))
    assert article.source.line == 5002


def test_the_first_record_on_stdin_keeps_its_line_before_blank_lines() -> None:
    data = "\n" + _jsonl({"id": "a", "text": "خبر"}) + "\n\n" + _jsonl({"id": "b", "text": "خبر ثان"})
    first, second = _read("-", stdin=io.BufferedReader(io.BytesIO(data.encode())))  # peeks, as stdin does
    assert (first.source.line, second.source.line) == (2, 5)


def test_records_of_one_id_after_the_first_are_errors_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(_jsonl({"id": "x", "text": "خبر أول"}), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(_jsonl({"id": "y", "text": "خبر"}, {"id": "x", "text": "خبر آخر"}), encoding="utf-8")
    first, other, second = _read(str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"))
    assert (first.id, other.id) == ("x", "y")
    assert str(second) == f"{tmp_path}/b.jsonl:2: duplicate id 'x': {tmp_path}/a.jsonl:1 has it; not analysed (each record needs its own id)"


def test_a_number_past_the_int_digits_limit_is_one_bad_line(tmp_path: Path) -> None:
    """json.loads raises a plain ValueError (not JSONDecodeError) for an integer of more than 4,300
    digits: one bad line, the file goes on."""
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": ' + "7" * 5000 + ', "text": "خبر"}\n' + _jsonl({"id": "b", "text": "خبر ثان"}), encoding="utf-8")
    bad, good = _read(str(path))
    assert str(bad) == (f"{path}:1: invalid JSON (Exceeds the limit (4300 digits) for integer string conversion: "
                        "value has 5000 digits)")
    assert bad.retry is not None and bad.retry.line == 1 and good.id == "b"


def test_a_file_name_that_is_not_utf8_is_named_with_escapes(tmp_path: Path) -> None:
    """The OS gives such a name with surrogate escapes, which no output or database takes."""
    folder = os.fsencode(tmp_path)
    with open(folder + b"/bad\xffname.txt", "wb") as fh:
        fh.write(PAGE.encode())
    with open(folder + b"/empty\xfe.txt", "wb") as fh:
        fh.write(b"  ")
    article, error = sorted(_read(str(tmp_path)), key=lambda item: isinstance(item, InputError))
    assert article.source.path == f"{tmp_path}/bad\\xffname.txt"
    assert str(error) == f"{tmp_path}/empty\\xfe.txt: empty input"
    assert error.retry is None or error.retry.path == f"{tmp_path}/empty\\xfe.txt"


@pytest.mark.parametrize("suffix, kept", [(".jsonl.gz", 1), (".txt.gz", 0)])
def test_a_gzip_bomb_is_one_error_once_past_the_cap(tmp_path: Path, suffix: str, kept: int) -> None:
    """A small gzip file of one endless line (a gigabyte of 'a' is a megabyte) is refused once it has
    inflated past the cap more than MAX_INFLATION-fold; the records before it are kept."""
    cap = 1024 * 1024
    head = _jsonl({"id": "a", "text": "خبر أول"}) if suffix == ".jsonl.gz" else "خبر "
    path = tmp_path / f"bomb{suffix}"
    path.write_bytes(gzip.compress(head.encode() + b"a" * (8 * cap) + b"\n"))
    items = _read(str(path), max_bytes=cap)
    assert len(items) == kept + 1
    assert _errors(items)[0].startswith(f"{path}: gzip data inflating more than {readers.MAX_INFLATION}-fold (")


def test_gzip_text_inflating_less_than_the_bomb_ratio_is_read_past_the_cap(tmp_path: Path) -> None:
    records = [{"id": f"r{n}", "text": f"خبر رقم {n} عن {os.urandom(40).hex()}"} for n in range(20_000)]
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(*records).encode()))
    items = _read(str(path), max_bytes=64 * 1024)
    assert not _errors(items) and len(items) == 20_000


@pytest.mark.parametrize("source", ["file", "gzip", "stdin"])
def test_lines_ended_by_a_carriage_return_alone_are_lines(tmp_path: Path, source: str) -> None:
    """An old Mac file (CR line endings, no line feed) was one line of 'Extra data': every record lost."""
    one, two = _jsonl({"id": "a", "text": "خبر أول"}), _jsonl({"id": "b", "text": "خبر ثان"})
    data = (one.rstrip("\n") + "\r\r" + two.rstrip("\n") + "\r").encode()
    if source == "stdin":
        items = _read("-", stdin=io.BufferedReader(io.BytesIO(data)))
    else:
        path = tmp_path / ("r.jsonl.gz" if source == "gzip" else "r.jsonl")
        path.write_bytes(gzip.compress(data) if source == "gzip" else data)
        items = _read(str(path))
    assert [(a.id, a.source.line, a.raw) for a in items] == [("a", 1, one.rstrip("\n")), ("b", 3, two.rstrip("\n"))]


def test_an_oversized_line_ended_by_a_carriage_return_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 200)
    one = _jsonl({"id": "a", "text": "خبر أول"}).rstrip("\n")
    path = tmp_path / "r.jsonl"
    path.write_bytes(f'{one}\r{{"id": "big", "text": "{"ب" * 300}"}}\r{one.replace(chr(97), "c")}'.encode())
    items = _read(str(path))
    assert [a.id for a in items if not isinstance(a, InputError)] == ["a", "c"]
    assert _errors(items) == [f"{path}:2: record too large (> 0 MB)"]
