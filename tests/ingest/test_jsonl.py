"""JSON Lines: records, bad lines, byte-order marks, blank runs, CR line ends, oversized lines."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from khabar.ingest import InputError, jsonl, stable_id

from .inputs import RECORD, errors, jsonl_lines, read


def test_jsonl_record_fields_are_taken_as_given(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(jsonl_lines(RECORD), encoding="utf-8")
    [a] = read(str(path))
    assert (a.id, a.headline, a.deck, a.byline, a.category) == ("r1", "عنوان الخبر", "مقدمة الخبر", "مراسلنا",
                                                                "politics")
    assert (a.source.kind, a.source.url, a.source.outlet, a.source.line) == ("jsonl", RECORD["url"], "ant/BBC", 1)
    assert a.published == "2018-02-16T22:08:10+04:00"
    assert json.loads(a.raw) == RECORD and a.raw == jsonl_lines(RECORD).rstrip("\n")


def test_record_without_id_gets_a_content_hash(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(jsonl_lines({"text": "نص الخبر."}), encoding="utf-8")
    [a] = read(str(path))
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
    path.write_text(jsonl_lines({"id": "x", "date": date, "text": "نص."}), encoding="utf-8")
    [a] = read(str(path))
    assert a.published == published


def test_gzip_jsonl_is_read_transparently(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(jsonl_lines(RECORD, {**RECORD, "id": "r2"}))
    assert [a.id for a in read(str(path))] == ["r1", "r2"]


def test_bad_lines_are_reported_by_line_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    good = jsonl_lines(RECORD)
    path.write_bytes((good + '{"id": "broken", \n' + "[1, 2]\n" + '{"id": "nt"}\n').encode()
                     + b'{"text": "\xff\xfe bad"}\n' + "\n".join([good.strip().replace("r1", "r9")]).encode())
    items = read(str(path))
    assert [a.id for a in items if not isinstance(a, InputError)] == ["r1", "r9"]
    assert errors(items) == [
        f"{path}:2: invalid JSON (Expecting property name enclosed in double quotes at column 18)",
        f"{path}:3: record is not a JSON object",
        f"{path}:4: record has no text",
        f"{path}:5: invalid UTF-8 (bad byte 0xff at column 11)",
    ]


def test_files_joined_with_their_byte_order_marks_are_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    one = "\ufeff" + jsonl_lines(RECORD)  # each file written by a Windows tool opens with a BOM; cat joined them
    path.write_text(one + one.replace("r1", "r2") + one.replace("r1", "r3"), encoding="utf-8")
    items = read(str(path))
    assert errors(items) == [] and [(a.id, a.source.line) for a in items] == [("r1", 1), ("r2", 2), ("r3", 3)]


@pytest.mark.parametrize("document, reason", [
    (json.dumps([RECORD], indent=2), "not JSON Lines (line 1: invalid JSON (Expecting value at column 2))"),
    (json.dumps(RECORD, indent=2), "not JSON Lines (its first two lines are not JSON records)"),
])
def test_a_file_that_is_not_jsonl_at_all_is_one_error(tmp_path: Path, document: str, reason: str) -> None:
    path = tmp_path / "pretty.json"
    path.write_text(document, encoding="utf-8")
    assert errors(read(str(path))) == [f"{path}: {reason}"]


@pytest.mark.parametrize("lines, ids, expected", [
    (['{"id": "a", "text": ', '{"id": "b", "text": "نص"}'], ["b"], [":1: invalid JSON"]),
    (['{"id": "a", "text": '], [], [":1: invalid JSON"]),
    (['{"id": "a", "text": "نص"}', '{"id": '], ["a"], [":2: invalid JSON"]),
])
def test_a_broken_first_record_is_one_line_error(tmp_path: Path, lines: list[str], ids: list[str],
                                                 expected: list[str]) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(str(path))
    assert [a.id for a in items if not isinstance(a, InputError)] == ids
    assert [e.split(": invalid JSON")[0] + ": invalid JSON" for e in errors(items)] == [
        f"{path}{e}" for e in expected]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_runs_of_blank_lines_are_skipped_and_counted(tmp_path: Path, suffix: str) -> None:
    """A run of blank lines is passed over a buffer at a time (a gzip file of a gigabyte of newlines
    took minutes a line at a time); the lines after it keep their numbers and their leading spaces."""
    one, two = jsonl_lines({"id": "a", "text": "خبر أول"}), jsonl_lines({"id": "b", "text": "خبر ثان"})
    data = ("\n \t\n\r\n" + one + "\n" * 100_000 + "  \n\n   " + two + "\n\n").encode()
    path = tmp_path / f"r{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    first, second = read(str(path))
    assert (first.source.line, second.source.line) == (4, 100_007)
    assert second.raw == "   " + two.rstrip("\n")


def test_a_number_past_the_int_digits_limit_is_one_bad_line(tmp_path: Path) -> None:
    """json.loads raises a plain ValueError (not JSONDecodeError) for an integer of more than 4,300
    digits: one bad line, the file goes on."""
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": ' + "7" * 5000 + ', "text": "خبر"}\n' + jsonl_lines({"id": "b", "text": "خبر ثان"}), encoding="utf-8")
    bad, good = read(str(path))
    assert str(bad) == (f"{path}:1: invalid JSON (Exceeds the limit (4300 digits) for integer string conversion: "
                        "value has 5000 digits)")
    assert bad.retry is not None and bad.retry.line == 1 and good.id == "b"


@pytest.mark.parametrize("source", ["file", "gzip", "stdin"])
def test_lines_ended_by_a_carriage_return_alone_are_lines(tmp_path: Path, source: str) -> None:
    """An old Mac file (CR line endings, no line feed) was one line of 'Extra data': every record lost."""
    one, two = jsonl_lines({"id": "a", "text": "خبر أول"}), jsonl_lines({"id": "b", "text": "خبر ثان"})
    data = (one.rstrip("\n") + "\r\r" + two.rstrip("\n") + "\r").encode()
    if source == "stdin":
        items = read("-", stdin=io.BufferedReader(io.BytesIO(data)))
    else:
        path = tmp_path / ("r.jsonl.gz" if source == "gzip" else "r.jsonl")
        path.write_bytes(gzip.compress(data) if source == "gzip" else data)
        items = read(str(path))
    assert [(a.id, a.source.line, a.raw) for a in items] == [("a", 1, one.rstrip("\n")), ("b", 3, two.rstrip("\n"))]


def test_an_oversized_line_ended_by_a_carriage_return_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 200)
    one = jsonl_lines({"id": "a", "text": "خبر أول"}).rstrip("\n")
    path = tmp_path / "r.jsonl"
    path.write_bytes(f'{one}\r{{"id": "big", "text": "{"ب" * 300}"}}\r{one.replace(chr(97), "c")}'.encode())
    items = read(str(path))
    assert [a.id for a in items if not isinstance(a, InputError)] == ["a", "c"]
    assert errors(items) == [f"{path}:2: record too large (> 0 MB)"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_utf16_files_with_or_without_a_bom_are_read_by_any_line_end(tmp_path: Path, encoding: str, end: str) -> None:
    """Windows tools write UTF-16, with a byte-order mark or not; a CR-only file was one line of
    'Extra data', a file without the mark 'binary data (NUL bytes)'."""
    lines = [jsonl_lines({"id": "a", "text": "خبر أول عن الاقتصاد"}), jsonl_lines({"id": "b", "text": "خبر ثان"})]
    path = tmp_path / "r.jsonl"
    path.write_bytes((lines[0].rstrip("\n") + end + end + lines[1].rstrip("\n") + end).encode(encoding))
    items = read(str(path))
    assert [(a.id, a.source.line, a.raw) for a in items] == [("a", 1, lines[0].rstrip("\n")),
                                                             ("b", 3, lines[1].rstrip("\n"))]


def test_a_line_in_windows_1256_among_utf8_ones_is_read(tmp_path: Path) -> None:
    one, two = jsonl_lines({"id": "a", "text": "خبر أول عن الاقتصاد"}), jsonl_lines({"id": "b", "text": "أعلنت الحكومة خطة جديدة"})
    path = tmp_path / "r.jsonl"
    path.write_bytes(one.encode("utf-8") + two.encode("cp1256") + b'{"id": "c", "text": "\xff\xfe"}\n')
    items = read(str(path))
    assert [(a.id, a.raw, a.source.repairs) for a in items[:2]] == [
        ("a", one.rstrip("\n"), []), ("b", two.rstrip("\n"), ["decoded windows-1256"])]
    assert errors(items) == [f"{path}:3: invalid UTF-8 (bad byte 0xff at column 22)"]


@pytest.mark.parametrize(("line", "reason"), [
    ('{"id": "b", "te\x00xt": "خبر"}', "invalid JSON (Invalid control character at column 16)"),
    ('{"id": "b", "text": "خبر', "invalid JSON (Unterminated string starting at column 21)"),
])
def test_a_bad_line_reason_names_its_column_once(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(jsonl_lines({"id": "a", "text": "خبر أول"}) + line + "\n", encoding="utf-8")
    assert errors(read(str(path))) == [f"{path}:2: {reason}"]


SENTENCE = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة."


@pytest.mark.parametrize("damage, repairs, text", [
    # a bit flipped in a letter's lead byte (ل is d9 84; 59 is Y): its continuation byte is bad, the rest whole
    (lambda b: b.replace("ل".encode(), b"\x59\x84", 1), ["1 invalid UTF-8 sequence read as U+FFFD"],
     SENTENCE.replace("ل", "Y\ufffd", 1)),
    # a bit flipped in a continuation byte (ق is d9 82; c2 is a lead byte)
    (lambda b: b.replace("ق".encode(), b"\xd9\xc2", 1), ["2 invalid UTF-8 sequences read as U+FFFD"],
     SENTENCE.replace("ق", "\ufffd\ufffd", 1)),
    # a letter turned control character (a is 61; 01 is invalid raw in a JSON string)
    (lambda b: b.replace(b"ant/al", b"ant/\x01l", 1), ["control characters in JSON strings read as they are"],
     SENTENCE),
    # a letter turned backslash before no escape letter (l is 6c; 5c is \): read as a backslash
    (lambda b: b.replace(b"ant/al", b"ant\\al", 1), ["1 stray backslash read as such"], SENTENCE),
])
def test_a_record_with_a_damaged_byte_is_read_and_the_repair_named(tmp_path: Path, damage, repairs, text) -> None:
    path = tmp_path / "d.jsonl"
    line = jsonl_lines({"id": "d1", "source": "ant/al", "text": SENTENCE}).encode()
    path.write_bytes(damage(line) + jsonl_lines({"id": "d2", "text": SENTENCE}).encode())
    items = read(str(path))
    assert [(a.source.repairs, a.raw and json.loads(a.raw, strict=False)["text"]) for a in items] == [
        (repairs, text), ([], SENTENCE)]


@pytest.mark.parametrize("line, reason", [
    # too damaged to be a byte or two: refused, one line naming the record and the reason
    (('{"id": "x", "text": "' + SENTENCE + '"}').encode(), None),
    (('{"id": "x", "text": "' + SENTENCE + '"}').encode().replace(b"\xd9", b"\x99", 5), "invalid UTF-8 (bad byte 0x99"),
    (b'{"id": "x", "text": "\xff\xfe bad"}', "invalid UTF-8 (bad byte 0xff"),  # no Arabic: no UTF-8 to read
    (('{"id": "x" "text": "' + SENTENCE + '"}').encode(), "invalid JSON (Expecting ',' delimiter at column 12)"),
])
def test_a_record_past_repair_is_one_error_and_the_batch_goes_on(tmp_path: Path, line: bytes, reason) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(jsonl_lines({"id": "a", "text": SENTENCE}).encode() + line + b"\n"
                     + jsonl_lines({"id": "b", "text": SENTENCE}).encode())
    items = read(str(path))
    assert [a.id for a in items if not isinstance(a, InputError)] == (["a", "b"] if reason else ["a", "x", "b"])
    if reason:
        assert [e.startswith(f"{path}:2: {reason}") and "\n" not in e for e in errors(items)] == [True]
