"""Fuzzing every reader: text dumps, JSON Lines, JSON Lines in gzip, HTML pages, WARC files, RSS/Atom
feeds and stdin each get generated inputs — near-valid ones in every encoding, then truncated, with
bytes flipped or junk inserted — and must give articles and one-line :class:`InputError` items, never
an exception.

The examples per reader are in :data:`EXAMPLES` (10,000 in all; derandomised, so every run sees the
same inputs); ``KHABAR_FUZZ_SCALE=0.1`` runs a tenth of them, ``=5`` five times as many.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.ingest.readers import iter_inputs, iter_raw_input
from khabar.ingest.records import InputError, RawInput
from khabar.model import Article

from .test_warc import page

SCALE = float(os.environ.get("KHABAR_FUZZ_SCALE", "1"))
EXAMPLES = {"text": 1500, "jsonl": 1500, "jsonl.gz": 1200, "html": 1500, "warc": 1300, "feed": 1000,
            "stdin": 2000}
RUN: Counter[str] = Counter()  # examples run per reader (a test asserts its own count)

#: Text the inputs are made of: composed Arabic sentences, trouble (entities, mojibake, BOMs, NULs,
#: markup, JSON punctuation) and a little arbitrary text.  Drawing from lists keeps generation cheap,
#: so that the examples are spent on the readers.
SENTENCES = ["أعلنت الحكومة اللبنانية اليوم خطة جديدة لإصلاح قطاع الكهرباء.", "بيروت - ",
             "قال وزير الخارجية إن «المفاوضات مستمرة»، وأضاف: لا اتفاق؛", "الثلاثاء 14 نوفمبر 2017",
             "اقرأ أيضاً", "جميع الحقوق محفوظة ©", "٢٠١٨/٠٥/٠١", "First Published: 2017-11-14", "Siemens"]
TROUBLE = ["&nbsp;", "&quot;", "&#1575;", "&amp;quot;", "&#0;", "Ø§Ù„", "ط§ظ„", "\ufeff", "\x00", "\r\n", "\n",
           "\u202b", "\ud800", "<div>" * 40, "</div>" * 40, "<![CDATA[", "]]>", "<!--", "-->", "\\u0627", "{",
           "}", "[", ",", ":", '"', '"text": "', '"id": ', "null", "1e999", "<p>", "</p>", "<br>", "<script>",
           "</script>", '<meta charset="windows-1256">', "<title>", "</title>", "<h1>", "<article>", "<time>"]
ARBITRARY = st.text(st.characters(), max_size=12)
PIECES = st.lists(st.sampled_from(SENTENCES + TROUBLE) | ARBITRARY, max_size=10).map("".join)
CODECS = ["utf-8", "utf-8", "utf-8-sig", "cp1256", "iso8859_6", "utf-16", "utf-16-le", "utf-16-be", "latin-1"]


def _encode(text: str, codec: str) -> bytes:
    return text.encode(codec, errors="ignore") if codec != "utf-8" else text.encode("utf-8", "surrogatepass")


@st.composite
def encoded(draw: st.DrawFn) -> bytes:
    """Pieces of text encoded in one of the codecs Arabic news comes in."""
    return _encode(draw(PIECES), draw(st.sampled_from(CODECS)))


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[bytes]) -> bytes:
    """``base`` as is, or cut short, with bytes flipped, junk inserted or a stretch repeated."""
    data = draw(base)
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.sampled_from(["cut", "flip", "insert", "repeat"]))
        if how == "cut":
            data = data[:at]
        elif how == "flip" and at < len(data):
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
        elif how == "insert":
            data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
        else:
            data = data + data[at:at + 64] * draw(st.integers(1, 4))
    return data


RECORD_KEYS = ["id", "url", "date", "title", "lead", "author", "text", "source", "category", "x"]
VALUES = [None, True, 0, -1, 1.5, "", " ", [], {}, ["أ", 1], {"text": "نص"}, "2017-11-14", "Tue, 14 Nov 2017 09:00:00 +0300",
          "http://example.com/ا", *SENTENCES, "\n".join(SENTENCES)]


@st.composite
def jsonl(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 3))):
        keys = draw(st.lists(st.sampled_from(RECORD_KEYS), max_size=6, unique=True))
        record = {k: draw(st.sampled_from(VALUES) | PIECES) for k in keys}
        line = json.dumps(record, ensure_ascii=draw(st.booleans()))
        lines.append(line if draw(st.integers(0, 4)) else line[:draw(st.integers(0, len(line)))])
    return _encode("\n".join(lines), "utf-8")


HEADS = ["<!DOCTYPE html><html><head>", "<html>", "<html lang=ar><head><meta charset=utf-8>", "<body>",
         '<html><head><meta http-equiv="Content-Type" content="text/html; charset=cp1256">', "<!-- x -->"]
TAGS = ["div", "p", "span", "article", "section", "h1", "nav", "aside", "ul", "li", "a", "time", "script",
        "footer", "figure", "table", "td"]
MARKUP = st.lists(st.sampled_from([f"<{t}>" for t in TAGS] + [f"</{t}>" for t in TAGS] + SENTENCES + TROUBLE)
                  | ARBITRARY, max_size=16).map("".join)


@st.composite
def html(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(HEADS)) + draw(MARKUP) + draw(st.sampled_from(["</html>", ""]))
    return _encode(text, draw(st.sampled_from(CODECS)))


def warc_record(n: int, uri: str | None, content_type: str, body: bytes) -> bytes:
    """A WARC response record with fixed headers (generated inputs must not depend on the clock)."""
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
    target = f"WARC-Target-URI: {uri}\r\n" if uri else ""
    head = (f"WARC/1.0\r\nWARC-Type: response\r\n{target}WARC-Date: 2020-01-05T08:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012d}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


@st.composite
def warc(draw: st.DrawFn) -> bytes:
    records = []
    for n in range(draw(st.integers(0, 2))):
        body = draw(st.one_of(PIECES.map(lambda t: _encode(page(t), "utf-8")), html(), st.binary(max_size=64)))
        kind = draw(st.sampled_from(["text/html; charset=utf-8", "text/html", "application/xhtml+xml",
                                     "image/png", "text/html; charset=windows-1256"]))
        uri = draw(st.sampled_from([f"https://news.example/{n}", None]))
        records.append(warc_record(n, uri, kind, body))
    data = b"".join(records)
    return gzip.compress(data, mtime=0) if draw(st.booleans()) else data


@st.composite
def feed(draw: st.DrawFn) -> bytes:
    items = "".join(f"<item><title>{draw(PIECES)}</title><link>https://news.example/{n}</link>"
                    f"<description>{draw(MARKUP)}</description><pubDate>{draw(PIECES)}</pubDate></item>"
                    for n in range(draw(st.integers(0, 2))))
    root = draw(st.sampled_from(['<rss version="2.0"><channel><title>أخبار</title>{}</channel></rss>',
                                 '<feed xmlns="http://www.w3.org/2005/Atom">{}</feed>', "<rss>{}"]))
    return _encode('<?xml version="1.0" encoding="utf-8"?>' + root.format(items), "utf-8")


def _check(items: Iterable[Article | InputError]) -> None:
    """Only articles and one-line errors, and every article's raw input is text."""
    for item in items:
        if isinstance(item, InputError):
            assert item.item and item.reason and "\n" not in str(item)
        else:
            assert isinstance(item, Article) and isinstance(item.raw, str) and item.raw.strip()


def _fuzz(reader: str, inputs: st.SearchStrategy[bytes], read: Callable[[bytes], Iterable[Article | InputError]]) -> None:
    examples = max(1, int(EXAMPLES[reader] * SCALE))

    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(mutated(inputs))
    def check(data: bytes) -> None:
        RUN[reader] += 1
        _check(read(data))

    RUN[reader] = 0
    check()
    print(f"fuzz {reader}: {RUN[reader]} inputs")
    assert RUN[reader] >= examples


def _raw(fmt: str) -> Callable[[bytes], Iterable[Article | InputError]]:
    return lambda data: iter_raw_input(RawInput(data, fmt, f"fuzz.{fmt}"), f"fuzz.{fmt}")


@pytest.fixture(scope="module")
def folder() -> Iterable[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


def test_text_dumps() -> None:
    _fuzz("text", st.one_of(encoded(), st.binary(max_size=300)), _raw("text"))


def test_json_lines() -> None:
    _fuzz("jsonl", st.one_of(jsonl(), encoded()), _raw("jsonl"))


def test_gzip_json_lines_files(folder: Path) -> None:
    path = folder / "fuzz.jsonl.gz"

    def read(data: bytes) -> list[Article | InputError]:
        path.write_bytes(data)
        return list(iter_inputs([str(path)]))

    _fuzz("jsonl.gz", st.one_of(jsonl().map(lambda d: gzip.compress(d, mtime=0)), st.binary(max_size=200)), read)


def test_html_pages() -> None:
    _fuzz("html", st.one_of(html(), encoded()), _raw("html"))


def test_warc_files() -> None:
    _fuzz("warc", warc(), _raw("warc"))


def test_feeds() -> None:
    _fuzz("feed", st.one_of(feed(), html()), _raw("feed"))


def test_stdin() -> None:
    inputs = st.one_of(encoded(), jsonl(), html(), warc(), feed(), st.binary(max_size=200))
    _fuzz("stdin", inputs, lambda data: list(iter_inputs(["-"], stdin=io.BytesIO(data))))


def test_examples_add_up_to_ten_thousand() -> None:
    assert sum(EXAMPLES.values()) >= 10_000
