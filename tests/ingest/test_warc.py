"""WARC files: each HTML response record is an HTML article (url from WARC-Target-URI); other records
are skipped; a corrupt record is one error line and the file goes on."""

from __future__ import annotations

import gzip
import io
import logging
import os
import re
from collections import Counter
from pathlib import Path

import pytest
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from khabar.ingest import InputError, article_from_raw, iter_inputs
from khabar.ingest.warc import iter_warc
from khabar.structure import Options, run

PARAGRAPHS = ["أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بطاقة استيعابية تبلغ مئتي سرير.",
              "وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والمناطق المجاورة لها."]


def page(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2020-01-05T08:00:00+03:00"></head><body>'
            '<nav><a href="/">الرئيسية</a> <a href="/h">صحة</a></nav>'
            f'<article><h1>{title}</h1><div class="content">{body}</div></article></body></html>')


def record(uri: str | None, content_type: str, body: bytes, kind: WarcRecordType = WarcRecordType.response,
           headers: str = "") -> bytes:
    rec = WarcRecord()
    rec.init_headers(record_type=kind)
    if uri:
        rec.headers["WARC-Target-URI"] = uri
    if kind == WarcRecordType.response:
        rec.headers["Content-Type"] = "application/http; msgtype=response"
        body = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{headers}\r\n".encode() + body
    else:
        rec.headers["Content-Type"] = content_type
    rec.set_bytes_content(body)
    out = io.BytesIO()
    rec.write(out, checksum_data=True)
    return out.getvalue()


FIRST = record("https://news.example/a", "text/html; charset=utf-8", page("افتتاح مستشفى جديد").encode())
SECOND = record("https://news.example/b", "application/xhtml+xml", page("حملة تطعيم واسعة").encode())
IMAGE = record("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
SCRIPT = record("https://news.example/app.js", "application/javascript", b"var x = 1;")
REQUEST = record("https://news.example/a", "application/http; msgtype=request",
                 b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n", kind=WarcRecordType.request)


def _read(path: Path) -> list[object]:
    return list(iter_inputs([str(path)]))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_become_articles_others_are_skipped(tmp_path: Path, name: str) -> None:
    data = REQUEST + FIRST + IMAGE + SCRIPT + SECOND
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    items = _read(path)
    assert not [i for i in items if isinstance(i, InputError)]
    assert [(a.source.kind, a.source.url, a.source.line) for a in items] == [
        ("warc", "https://news.example/a", 2), ("warc", "https://news.example/b", 5)]
    first = run(items[0], Options())
    assert first.raw == page("افتتاح مستشفى جديد")
    assert (first.headline, first.published, first.body) == ("افتتاح مستشفى جديد", "2020-01-05T08:00:00+03:00",
                                                              PARAGRAPHS)
    assert first.source.url == "https://news.example/a"  # the crawl's URI, not a guess from the page


def test_recrawled_page_keeps_its_id(tmp_path: Path) -> None:
    again = record("https://news.example/a", "text/html", page("افتتاح مستشفى جديد - محدث").encode())
    path = tmp_path / "crawl.warc"
    path.write_bytes(FIRST + again + SECOND)
    first, recrawled, other = _read(path)
    assert first.id == recrawled.id != other.id
    assert first.raw != recrawled.raw


def test_corrupt_record_is_one_error_and_the_file_goes_on(tmp_path: Path) -> None:
    broken = FIRST.replace("مستشفى".encode(), "مدرسةٌ".encode(), 1)  # same length, digest no longer matches
    assert len(broken) == len(FIRST)
    path = tmp_path / "crawl.warc"
    path.write_bytes(broken + SECOND)
    items = _read(path)
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == [f"{path}#1: corrupt WARC record for https://news.example/a (block digest mismatch)"]
    assert [a.source.url for a in items if not isinstance(a, InputError)] == ["https://news.example/b"]


def _without_digest(data: bytes) -> bytes:
    head, sep, rest = data.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.startswith((b"WARC-Block-Digest", b"WARC-Payload-Digest"))]
    return b"\r\n".join(lines) + sep + rest


def test_record_cut_short_without_a_digest_is_an_error_not_a_cut_page(tmp_path: Path) -> None:
    whole = _without_digest(FIRST)
    path = tmp_path / "crawl.warc"
    path.write_bytes(SECOND + whole[:-400])  # the crawl stopped while writing the last record
    items = _read(path)
    assert [a.source.url for a in items if not isinstance(a, InputError)] == ["https://news.example/b"]
    errors = [str(e) for e in items if isinstance(e, InputError)]
    assert len(errors) == 1 and errors[0].startswith(f"{path}#2: WARC record for https://news.example/a cut short (")
    [kept] = [e.retry for e in items if isinstance(e, InputError)]
    assert kept is not None and (kept.path, kept.fmt, kept.complete) == (str(path), "warc", False)  # retried by its file
    path.write_bytes(whole + SECOND)  # the same record whole, digest or not, is read
    assert [a.source.url for a in _read(path)] == ["https://news.example/a", "https://news.example/b"]


def test_response_without_target_uri_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(record(None, "text/html", page("عنوان").encode()) + FIRST)
    items = _read(path)
    assert str(items[0]) == f"{path}#1: WARC response record has no WARC-Target-URI"
    assert items[1].source.url == "https://news.example/a"


def test_gzip_encoded_payload_is_decoded(tmp_path: Path) -> None:
    body = gzip.compress(page("افتتاح مستشفى جديد").encode())
    path = tmp_path / "crawl.warc"
    path.write_bytes(record("https://news.example/z", "text/html", body, headers="Content-Encoding: gzip\r\n"))
    [article] = _read(path)
    assert article.raw == page("افتتاح مستشفى جديد")


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "no WARC records"),
    (b"this is not a WARC file at all\n" * 20, "not a WARC file (Invalid WARC header)"),
])
def test_not_a_warc_file(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(data)
    assert [str(i) for i in _read(path)] == [f"{path}: {reason}"]


BROKEN = b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\nxx\r\n\r\n"


def test_broken_framing_is_one_error_and_reading_resumes_at_the_next_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(FIRST + BROKEN + SECOND)
    items = _read(path)
    assert [i.source.url for i in items if not isinstance(i, InputError)] == ["https://news.example/a",
                                                                                "https://news.example/b"]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == [f"{path}#3: unreadable WARC record (Invalid WARC header); reading resumes at byte "
                      f"{len(FIRST) + len(BROKEN):,}"]


@pytest.mark.parametrize("members", [1, 3])
def test_broken_framing_in_a_gzip_file_is_one_error_and_the_records_after_it_are_read(
        tmp_path: Path, members: int) -> None:
    path = tmp_path / "crawl.warc.gz"
    parts = [FIRST + BROKEN + SECOND] if members == 1 else [FIRST, BROKEN, SECOND]
    path.write_bytes(b"".join(gzip.compress(part) for part in parts))
    items = _read(path)
    assert [i.source.url for i in items if not isinstance(i, InputError)] == ["https://news.example/a",
                                                                                "https://news.example/b"]
    assert [str(i) for i in items if isinstance(i, InputError)] == [
        f"{path}#3: unreadable WARC record (Invalid WARC header); reading resumes at the next record"]


def test_a_corrupt_record_in_a_zstd_compressed_warc_loses_none_after_it(tmp_path: Path) -> None:
    """FastWARC reads a .warc compressed with zstd too: a digest mismatch there is no place to scan
    the compressed bytes for the next header, which moved the stream and lost the rest of the file."""
    from fastwarc.stream_io import ZstdWriter

    corrupt = SECOND.replace("حملة".encode(), "حمله".encode(), 1)  # its framing right, its digest wrong
    after = [record(f"https://news.example/p{n}", "text/html",
                    (page("مباراة") + f"<!-- {os.urandom(20_000).hex()} -->").encode()) for n in range(12)]
    path = tmp_path / "crawl.warc"
    writer = ZstdWriter(str(path))
    for data in (FIRST, corrupt, *after):
        writer.write(data)
    writer.close()
    items = _read(path)
    assert [str(i) for i in items if isinstance(i, InputError)] == [
        f"{path}#2: corrupt WARC record for https://news.example/b (block digest mismatch)"]
    assert len(items) == 14


def _zstd_warc(path: Path, records: list[bytes]) -> None:
    from fastwarc.stream_io import ZstdWriter

    writer = ZstdWriter(str(path))
    for data in records:
        writer.write(data)
    writer.close()


THIRD = record("https://news.example/c", "text/html", page("مباراة الأحد").encode())


@pytest.mark.parametrize("bad, error", [
    (BROKEN, "#3: unreadable WARC record (Invalid WARC header); reading resumes at the next record"),
    (None, "#2: WARC record for https://news.example/b misframed ("),  # a Content-Length 600 bytes too long
])
def test_a_broken_record_in_a_zstd_compressed_warc_is_skipped_and_reading_goes_on(tmp_path: Path, bad, error) -> None:
    """Read as one compressed stream, a record FastWARC could not frame ended the whole file."""
    path = tmp_path / "crawl.warc"
    middle = [BROKEN, SECOND] if bad else [_lying(SECOND, 600)]
    _zstd_warc(path, [FIRST, *middle, THIRD])
    items = _read(path)
    urls = [i.source.url for i in items if not isinstance(i, InputError)]
    assert urls[0] == "https://news.example/a" and urls[-1] == "https://news.example/c"
    [only] = [str(i) for i in items if isinstance(i, InputError)]
    assert only.startswith(f"{path}{error}")


def test_a_cut_zstd_warc_is_one_error(tmp_path: Path) -> None:
    """FastWARC's writer puts every record in one zstd frame, which a cut leaves unreadable: one error
    naming it (the records of the frames before a cut, when a writer makes one a record, are read)."""
    path = tmp_path / "crawl.warc"
    _zstd_warc(path, [FIRST, SECOND, THIRD])
    data = path.read_bytes()
    path.write_bytes(data[:len(data) * 3 // 4])
    assert [str(i) for i in _read(path)] == [f"{path}: corrupt zstd data (incomplete frame) after 0 inflated bytes"]


def _lying(data: bytes, by: int) -> bytes:
    """A record whose Content-Length says ``by`` bytes more (or fewer) than its block holds."""
    head, rest = _without_digest(data).split(b"\r\n\r\n", 1)
    length = int(re.search(rb"Content-Length: (\d+)", head)[1])
    return head.replace(b"Content-Length: %d" % length, b"Content-Length: %d" % (length + by)) + b"\r\n\r\n" + rest


@pytest.mark.parametrize(("by", "error"), [
    (50_000, "#2: WARC record for https://news.example/b cut short ("),  # runs past the end of the file
    (600, "#2: WARC record for https://news.example/b misframed ("),  # into the next record
    (-300, "#2: WARC record for https://news.example/b misframed ("),  # ends inside its page
])
def test_a_wrong_content_length_loses_no_record_after_it(tmp_path: Path, by: int, error: str) -> None:
    third = record("https://news.example/c", "text/html", page("مباراة الأحد").encode())
    path = tmp_path / "crawl.warc"
    path.write_bytes(FIRST + _lying(SECOND, by) + third + FIRST.replace(b"news.example/a", b"news.example/d"))
    items = _read(path)
    urls = [i.source.url for i in items if not isinstance(i, InputError)]
    assert urls[0] == "https://news.example/a" and urls[-2:] == ["https://news.example/c", "https://news.example/d"]
    [only] = [str(i) for i in items if isinstance(i, InputError)]
    assert only.startswith(f"{path}{error}")


def test_a_record_unreadable_from_its_start_is_one_error(tmp_path: Path) -> None:
    """A header past FastWARC's cap right after a good record: the resync finds that record's own
    header first, reads it again and breaks off at once, which is not a second error line."""
    path = tmp_path / "crawl.warc"
    path.write_bytes(FIRST + b"WARC/1.1\r\nX-Padding: " + b"y" * 3_000_000 + b"\r\n\r\n" + SECOND)
    items = _read(path)
    assert [i.source.url for i in items if not isinstance(i, InputError)] == ["https://news.example/a",
                                                                                "https://news.example/b"]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and errors[0].startswith(f"{path}#2: unreadable WARC record (Maximum header length")


def test_warc_on_stdin_is_recognised_by_its_header() -> None:
    [article] = iter_inputs(["-"], stdin=io.BytesIO(FIRST))
    assert (article.source.kind, article.source.url) == ("warc", "https://news.example/a")


def response(uri: str, status: str, content_type: str = "text/html; charset=utf-8", body: bytes = b"") -> bytes:
    """A response record with the given HTTP status line (``404 Not Found``)."""
    rec = WarcRecord()
    rec.init_headers(record_type=WarcRecordType.response)
    rec.headers["WARC-Target-URI"] = uri
    rec.headers["Content-Type"] = "application/http; msgtype=response"
    rec.set_bytes_content(f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode()
                          + (body or page("صفحة").encode()))
    out = io.BytesIO()
    rec.write(out, checksum_data=True)
    return out.getvalue()


METADATA = record("https://news.example/a", "application/warc-fields", b"via: crawler\r\n", kind=WarcRecordType.metadata)


@pytest.mark.parametrize(("records", "skipped"), [
    ([response("https://news.example/gone", "404 Not Found")], {"HTTP status 404": 1}),
    ([response("https://news.example/old", "301 Moved Permanently"),
      response("https://news.example/err", "500 Internal Server Error")], {"HTTP status 301": 1, "HTTP status 500": 1}),
    ([IMAGE, SCRIPT], {"content type image/png": 1, "content type application/javascript": 1}),
    ([REQUEST, METADATA], {"request record": 1, "metadata record": 1}),
    ([response("https://news.example/pdf", "200 OK", "application/pdf", b"%PDF-1.4")], {"content type application/pdf": 1}),
])
def test_records_without_an_article_are_skipped_and_counted(records: list[bytes], skipped: dict[str, int]) -> None:
    counts: Counter[str] = Counter()
    items = list(iter_warc(io.BytesIO(b"".join(records) + FIRST), "crawl.warc", skipped=counts))
    assert [a.source.url for a in items] == ["https://news.example/a"]
    assert counts == Counter(skipped)


def test_skipped_records_are_summarised_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    data = REQUEST + response("https://news.example/gone", "404 Not Found") + IMAGE + FIRST
    with caplog.at_level(logging.INFO, logger="khabar.ingest.warc"):
        list(iter_warc(io.BytesIO(data), "crawl.warc"))
    assert "crawl.warc: 3 records skipped (" in caplog.text
    assert "1 HTTP status 404" in caplog.text and "1 request record" in caplog.text


def test_article_keeps_the_record_id_and_target_uri(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(REQUEST + FIRST))
    [article] = _read(path)
    [rec] = list(ArchiveIterator(io.BytesIO(FIRST)))
    assert article.source.record_id == rec.record_id and rec.record_id.startswith("<urn:uuid:")
    assert article.source.url == "https://news.example/a"
    out = run(article, Options()).to_dict()
    assert out["source"]["record_id"] == rec.record_id


def test_reanalysis_from_the_stored_page_keeps_the_record_id(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(FIRST)
    [article] = _read(path)
    stored = run(article, Options()).to_dict(include_raw=True)
    again = run(article_from_raw(stored["raw"], stored["source"], stored["id"]), Options())
    assert again.source.record_id == article.source.record_id
    assert again.to_dict() == run(article, Options()).to_dict()


@pytest.mark.parametrize("by", [600, 2, -2, -300])
@pytest.mark.parametrize("last", [False, True])
def test_a_wrong_content_length_without_a_digest_is_an_error_not_a_page_cut_or_padded(
        tmp_path: Path, by: int, last: bool) -> None:
    """No digest to check, the record's own length is checked against where the next record (or the
    file) begins: a page read by a wrong length was stored cut short or with the next record's bytes."""
    third = record("https://news.example/c", "text/html", page("مباراة الأحد").encode())
    path = tmp_path / "crawl.warc"
    path.write_bytes(FIRST + _lying(SECOND, by) + (b"" if last else third))
    items = _read(path)
    assert [i.source.url for i in items if not isinstance(i, InputError)] == (
        ["https://news.example/a"] + ([] if last else ["https://news.example/c"]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and errors[0].startswith(f"{path}#2: WARC record for https://news.example/b ")


def _quoting_a_record() -> bytes:
    """A page about web archives quoting a whole WARC record on lines of its own."""
    quoted = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>fake</p>"
    header = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://fake.example/\r\n"
              b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(quoted))
    body = page("عن أرشفة الويب").replace("</article>", f"<pre>\n{(header + quoted).decode()}\r\n\r\n</pre></article>")
    return record("https://news.example/q", "text/html", body.encode())


@pytest.mark.parametrize("damage", [
    lambda data: data.replace("أرشفة".encode(), "أرشفه".encode(), 1),  # digest mismatch, length right
    lambda data: data.replace("أرشفة".encode(), "أرشفةٌ".encode(), 1),  # digest mismatch, length short
    lambda data: _lying(data, -300),  # no digest, length short
    lambda data: _lying(data, 300),  # no digest, length long
])
def test_a_record_quoted_in_a_damaged_page_is_not_read_as_one(tmp_path: Path, damage: object) -> None:
    third = record("https://news.example/c", "text/html", page("مباراة الأحد").encode())
    path = tmp_path / "crawl.warc"
    path.write_bytes(FIRST + damage(_quoting_a_record()) + third)  # type: ignore[operator]
    items = _read(path)
    assert [i.source.url for i in items if not isinstance(i, InputError)] == ["https://news.example/a",
                                                                                "https://news.example/c"]
    assert [i.item for i in items if isinstance(i, InputError)] == [f"{path}#2"]


def test_a_page_quoting_a_record_is_read_whole_when_its_record_is_sound(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(FIRST + _without_digest(_quoting_a_record()) + SECOND)
    items = _read(path)
    assert [i.source.url for i in items] == ["https://news.example/a", "https://news.example/q",
                                             "https://news.example/b"]
    assert "https://fake.example/" in items[1].raw

