"""Bad inputs of every kind: one line naming the item and the reason, its bytes kept for a retry, and
the inputs after it still read."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from khabar.ingest import InputError, iter_inputs
from khabar.ingest.files import MAX_FILE_BYTES
from khabar.ingest.guards import MAX_HTML_DEPTH
from khabar.ingest.readers import iter_raw_input

from .test_warc import FIRST, SECOND

PAGE = "خطة جديدة للكهرباء\nبيروت - أعلنت الحكومة اللبنانية اليوم خطة جديدة لإصلاح قطاع الكهرباء.\n"
UTF8 = PAGE.encode("utf-8")
DEEP = "<html><body>" + "<div>" * 50_000 + "<p>نص</p>" + "</div>" * 50_000 + "</body></html>"
CUT_GZIP = gzip.compress(b"".join(b'{"id": "a%d", "text": "\xd9\x86\xd8\xb5 %d"}\n' % (n, n * n)
                                  for n in range(3000)))[:-20]

BAD = [
    ("empty.html", b"", "empty input"),
    ("nul.html", b"<html><body>\x00\x00\x00</body></html>", "binary data (NUL bytes), not text"),
    ("bad.txt", UTF8[:30] + b"\xff" + UTF8[30:], "invalid UTF-8 (bad byte 0xff at offset 30)"),
    ("deep.html", DEEP.encode(), f"HTML nested too deeply (50000 levels > {MAX_HTML_DEPTH}), not a page"),
    ("random.warc", bytes(range(256)) * 4, "not a WARC file"),
    ("cut.jsonl.gz", CUT_GZIP, "truncated gzip data (the compressed stream ends early)"),
    ("cut.txt.gz", gzip.compress(UTF8)[:-9], "truncated gzip data (the compressed stream ends early)"),
    ("junk.rss", b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)), "not an RSS/Atom feed"),
]


@pytest.mark.parametrize("name, data, reason", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_one_line_and_the_batch_goes_on(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "zz_good.txt"
    good.write_text(PAGE, encoding="utf-8")
    items = list(iter_inputs([str(path), str(good)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1
    [error] = errors
    assert str(error).startswith(f"{path}: {reason}")
    assert "\n" not in str(error)
    assert error.retry is not None and error.retry.path == str(path)
    assert items[-1].raw == PAGE


def test_a_truncated_gzip_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(CUT_GZIP)
    items = list(iter_inputs([str(path)]))
    assert not isinstance(items[0], InputError) and items[0].id == "a0"
    assert isinstance(items[-1], InputError)


def test_a_truncated_warc_keeps_the_whole_records_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    path.write_bytes(FIRST + SECOND[: len(SECOND) // 2])
    items = list(iter_inputs([str(path)]))
    assert [i.source.url for i in items if not isinstance(i, InputError)] == ["https://news.example/a"]
    [error] = [i for i in items if isinstance(i, InputError)]
    assert str(error).startswith(f"{path}#2: ") and "\n" not in str(error)


@pytest.mark.parametrize("name, cap, reason", [
    ("huge.txt", None, f"file too large (> {MAX_FILE_BYTES // 2**20} MB; the cap is set with --max-size)"),
    ("huge.html", None, "page too large (> 20 MB; the cap is set with --max-size)"),
    ("big.txt", 1000, "file too large (> 1,000 bytes; the cap is set with --max-size)"),
])
def test_oversized_inputs_are_refused_by_a_configurable_cap(tmp_path: Path, name: str, cap: int | None,
                                                            reason: str) -> None:
    path = tmp_path / name
    with open(path, "wb") as fh:  # sparse: nothing is written but its size
        fh.truncate(MAX_FILE_BYTES + 1 if name == "huge.txt" else 20 * 2**20 + 1 if cap is None else 2000)
    [error] = iter_inputs([str(path)], max_bytes=cap)
    assert str(error) == f"{path}: {reason}"


def test_a_50_mb_page_on_stdin_is_refused() -> None:
    stream = io.BytesIO(b"<html>" + b" " * MAX_FILE_BYTES)
    [error] = iter_inputs(["-"], stdin=stream)
    assert str(error) == "<stdin>: input too large (> 50 MB; the cap is set with --max-size)"


def test_deep_nesting_on_stdin_is_an_error_not_a_recursion() -> None:
    [error] = iter_inputs(["-"], stdin=io.BytesIO(DEEP.encode()))
    assert str(error).startswith("<stdin>: HTML nested too deeply")


def test_kept_bytes_read_again_give_the_article(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(PAGE.encode("cp1256"))
    [error] = iter_inputs([str(path)], max_bytes=10)
    [article] = iter_raw_input(error.retry, error.item)
    assert (article.raw, article.source.path, article.source.repairs) == (PAGE, str(path), ["decoded windows-1256"])
