"""Readers for the input kinds: text dumps, JSON Lines (optionally gzip), folders, globs, stdin;
HTML pages, WARC files and RSS/Atom feeds are read by :mod:`~khabar.ingest.html`,
:mod:`~khabar.ingest.warc` and :mod:`~khabar.ingest.feeds`, dispatched from here.

Everything is read as bytes and decoded here, so that an undecodable, binary, empty or oversized
input becomes one :class:`InputError` naming it, never an exception that stops a batch.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import itertools
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, TextIO

from khabar.ingest.dates import iso_date
from khabar.model import Article, Source

#: Larger inputs are refused rather than read: untrusted input is bounded.
MAX_FILE_BYTES = 50 * 1024 * 1024  # one text dump (after decompression)
MAX_TEXT_CHARS = 2_000_000  # one article's text
MAX_LINE_BYTES = 8 * MAX_TEXT_CHARS  # one JSON Lines record (UTF-8 is at most 4 bytes a character)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz", ".text")
INPUT_FORMATS = ("text", "jsonl", "html", "warc", "feed")
#: File suffixes of the web formats (``.xml`` may be a feed or a page: its root element decides).
WEB_SUFFIXES = {"html": (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz"),
                "warc": (".warc", ".warc.gz"),
                "feed": (".rss", ".atom", ".xml", ".rss.gz", ".atom.gz", ".xml.gz")}
_ALL_SUFFIXES = JSONL_SUFFIXES + TEXT_SUFFIXES + tuple(x for group in WEB_SUFFIXES.values() for x in group)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_READ_ERRORS = (OSError, EOFError, zlib.error)


@dataclass
class InputError:
    """One input that could not be read: ``item`` names it, ``reason`` says why (one line)."""

    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


def stable_id(text: str) -> str:
    """A content hash used as id when the input gives none."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _unreadable(exc: BaseException) -> str:
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or "read error"
    return f"unreadable ({exc.__class__.__name__}: {detail})"


def decode_text(data: bytes) -> str:
    """Bytes of a text input as str: UTF-8 (BOM or not), UTF-16 with BOM, or confidently detected
    Windows-1256 / ISO-8859-6.  Raises ValueError naming why otherwise."""
    if data[:2] in _UTF16_BOMS:
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValueError("not decodable as UTF-16 despite its byte-order mark") from exc
    if not data.strip():
        raise ValueError("empty input")
    if b"\x00" in data[:8192]:
        raise ValueError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: accept only a confident detection of an Arabic legacy encoding.
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None or best.encoding not in ("cp1256", "iso8859_6"):
        raise ValueError("not decodable as UTF-8 (nor as Windows-1256/ISO-8859-6)")
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(f"not decodable as UTF-8 nor {best.encoding}") from exc


def check_text(text: str) -> str:
    """``text`` if it is plausible article text; ValueError (empty, too long, binary) otherwise."""
    if not text.strip():
        raise ValueError("empty input")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"text too long ({len(text)} characters > {MAX_TEXT_CHARS})")
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(8, len(sample) // 100):
        raise ValueError("binary data (control characters), not text")
    return text


def article_from_text(text: str, path: str | None = None, kind: str = "text") -> Article:
    """An article from a page dump; structure analysis fills its fields."""
    text = check_text(text)
    return Article(id=stable_id(text), source=Source(kind=kind, path=path), raw=text)


def _text_or_none(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    value = str(value).strip()
    return value or None


def article_from_record(record: Any, raw: str, path: str | None = None,
                        line: int | None = None, kind: str = "jsonl") -> Article:
    """An article from a JSON Lines record; record fields are taken as given (the date is
    written as ISO 8601 when it parses; the record itself stays verbatim in ``raw``)."""
    if not isinstance(record, dict):
        raise ValueError("record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("record has no text")
    check_text(text)
    date = _text_or_none(record.get("date"))
    return Article(
        id=_text_or_none(record.get("id")) or stable_id(raw),
        source=Source(kind=kind, path=path, url=_text_or_none(record.get("url")), line=line,
                      outlet=_text_or_none(record.get("source"))),
        raw=raw,
        published=iso_date(date) or date,
        headline=_text_or_none(record.get("title")),
        deck=_text_or_none(record.get("lead")),
        byline=_text_or_none(record.get("author")),
        category=_text_or_none(record.get("category")),
    )


def article_from_raw(raw: str, source: dict[str, Any], article_id: str | None = None) -> Article:
    """Rebuild the un-analysed article from a stored raw input and its source (for re-analysis)."""
    src = {k: source.get(k) for k in ("kind", "path", "url", "line", "outlet")}
    if src["kind"] in ("html", "warc"):
        from khabar.ingest.html import article_from_html  # builds on this module

        article = article_from_html(raw, path=src["path"], url=src["url"], kind=src["kind"], line=src["line"])
        if article_id:
            article.id = article_id
        return article
    is_record = src["kind"] in ("jsonl", "feed") or (src["kind"] == "stdin" and raw.lstrip().startswith("{"))
    if is_record:
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"invalid JSON ({exc.msg})") from exc
        article = article_from_record(record, raw, path=src["path"], line=src["line"], kind=src["kind"])
    else:
        article = article_from_text(raw, path=src["path"], kind=src["kind"])
    if article_id:
        article.id = article_id
    return article


# -- JSON Lines --------------------------------------------------------------------------------

@dataclass
class _InvalidJSON(InputError):
    starts_object: bool = True


def _line_item(bline: bytes, n: int, first: bool, item: str, kind: str,
               path: str | None) -> Article | InputError | None:
    """One JSON Lines line as an article, an error, or None when blank."""
    where = f"{item}:{n}"
    if len(bline) > MAX_LINE_BYTES:
        return InputError(where, f"record too large (> {MAX_LINE_BYTES // (1024 * 1024)} MB)")
    try:
        raw = bline.decode("utf-8-sig" if first else "utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        return InputError(where, "not decodable as UTF-8")
    if not raw.strip():
        return None
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        return _InvalidJSON(where, f"invalid JSON ({exc.msg} at column {exc.colno})",
                            raw.lstrip().startswith("{"))
    try:
        return article_from_record(record, raw, path=path, line=n, kind=kind)
    except ValueError as exc:
        return InputError(where, str(exc))


def _jsonl_items(lines: Iterable[bytes], item: str, kind: str, path: str | None,
                 first_line: int = 1) -> Iterator[Article | InputError]:
    """Articles from byte lines; each bad line is one error and reading goes on.

    An input whose first line is not a JSON object, or whose first two lines are both invalid JSON
    (a pretty-printed document), is not JSON Lines at all: one error, not one per line.
    """
    seen = 0
    held: InputError | None = None  # a bad first line waits to see whether the second is bad too
    for n, bline in enumerate(lines, first_line):
        if seen == 0 and b"\x00" in bline[:8192]:
            yield InputError(item, "binary data (NUL bytes), not JSON Lines")
            return
        result = _line_item(bline, n, n == first_line, item, kind, path)
        if result is None:
            continue
        seen += 1
        invalid = isinstance(result, _InvalidJSON)
        if seen == 1 and invalid:
            if not result.starts_object:
                yield InputError(item, f"not JSON Lines (line {n}: {result.reason})")
                return
            held = result
            continue
        if held is not None:
            if invalid:
                yield InputError(item, "not JSON Lines (its first two lines are not JSON records)")
                return
            yield held
            held = None
        yield result
    if held is not None:
        yield held
    if seen == 0:
        yield InputError(item, "empty input")


def _iter_jsonl_file(path: str) -> Iterator[Article | InputError]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            yield from _jsonl_items(_bounded_lines(fh), path, "jsonl", path)
    except _READ_ERRORS as exc:
        yield InputError(path, _unreadable(exc))


def _bounded_lines(fh: IO[bytes]) -> Iterator[bytes]:
    """Lines of a binary stream, none read beyond MAX_LINE_BYTES + 1 bytes (the rest is skipped)."""
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (more := fh.readline(MAX_LINE_BYTES)) and not more.endswith(b"\n"):
                pass
        yield line


# -- text dumps --------------------------------------------------------------------------------

def _read_bytes(path: str) -> bytes:
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(f"file too large (> {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    return data


def _read_text_file(path: str) -> Article | InputError:
    try:
        return article_from_text(decode_text(_read_bytes(path)), path=path)
    except _READ_ERRORS as exc:
        return InputError(path, _unreadable(exc))
    except ValueError as exc:
        return InputError(path, str(exc))


# -- paths, folders, globs, stdin ---------------------------------------------------------------

def is_jsonl_path(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def _folder_files(folder: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(root, name) for name in sorted(files)
                  if not name.startswith(".") and name.lower().endswith(_ALL_SUFFIXES)]
    return found


def _expand_one(spec: str) -> list[str | InputError]:
    if spec == "-":
        return [spec]
    if os.path.isdir(spec):
        return list(_folder_files(spec)) or [InputError(spec, "folder holds no .txt, .jsonl, .html, .warc or feed files")]
    if os.path.exists(spec):
        return [spec]
    if glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        files: list[str | InputError] = []
        for match in matches:
            files += _folder_files(match) if os.path.isdir(match) else [match]
        return files or [InputError(spec, "pattern matches no file")]
    return [InputError(spec, "no such file or folder")]


def expand_paths(specs: Iterable[str]) -> Iterator[str | InputError]:
    """Files named by paths, folders (recursively, sorted) and glob patterns; each file once."""
    seen: set[str] = set()
    for spec in specs:
        for path in _expand_one(spec):
            if isinstance(path, str) and path != "-":
                key = os.path.realpath(path)
                if key in seen:
                    continue
                seen.add(key)
            yield path


def _binary_stdin(stream: TextIO | BinaryIO) -> BinaryIO:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    if isinstance(stream.read(0), bytes):
        return stream  # type: ignore[return-value]
    # A text stream without a buffer (e.g. io.StringIO in tests): re-encode it lazily.
    return _EncodedLines(stream)  # type: ignore[return-value]


class _EncodedLines:
    """A text stream seen as a binary one (``readline``/``read`` give UTF-8 bytes)."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def readline(self, limit: int = -1) -> bytes:
        return self.stream.readline(limit).encode("utf-8")

    def read(self, limit: int = -1) -> bytes:
        return self.stream.read(limit).encode("utf-8")


def _iter_stdin(stream: TextIO | BinaryIO, input_format: str | None) -> Iterator[Article | InputError]:
    fh = _binary_stdin(stream)
    try:
        first, line = fh.readline(MAX_LINE_BYTES + 1), 1
        while first and not first.strip():  # leading blank lines: look at the first real one
            first, line = fh.readline(MAX_LINE_BYTES + 1), line + 1
        fmt = input_format or _sniff_format(first)
        if fmt == "jsonl":
            lines = itertools.chain([first], _bounded_lines(fh))
            yield from _jsonl_items(lines, "<stdin>", "stdin", None, first_line=line)
            return
        data = first + fh.read(MAX_FILE_BYTES + 1 - len(first))
    except _READ_ERRORS as exc:
        yield InputError("<stdin>", _unreadable(exc))
        return
    if len(data) > MAX_FILE_BYTES:
        yield InputError("<stdin>", f"input too large (> {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    elif fmt == "text":
        try:
            yield article_from_text(decode_text(data), path=None, kind="stdin")
        except ValueError as exc:
            yield InputError("<stdin>", str(exc))
    else:
        yield from _web_items(fmt, data, "<stdin>", None)


def _sniff_format(first: bytes) -> str:
    """The format of stdin by its first non-blank line: a JSON object, a WARC header, markup, text."""
    head = first.lstrip(b"\xef\xbb\xbf \t")
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"WARC/"):
        return "warc"
    # A tag, doctype or XML declaration; a text dump may open with '<<' or '< عاجل'.
    return "html" if re.match(rb"<[A-Za-z!?]", head) else "text"


# -- web formats: HTML pages, WARC files, RSS/Atom feeds (modules that build on this one) -------

def file_format(path: str) -> str:
    """The input format a file's suffix names (``text`` when none does)."""
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return next((fmt for fmt, suffixes in WEB_SUFFIXES.items() if lower.endswith(suffixes)), "text")


def _web_items(fmt: str, data: bytes, item: str, path: str | None) -> Iterator[Article | InputError]:
    """Articles of one HTML page, WARC file or feed given as bytes.

    The root element decides between a page and a feed: ``.xml`` files and stdin may hold either.
    """
    from khabar.ingest.feeds import iter_feed, looks_like_feed
    from khabar.ingest.html import MAX_HTML_BYTES, article_from_html, decode_html, looks_like_html
    from khabar.ingest.warc import iter_warc

    if fmt == "warc":
        yield from iter_warc(io.BytesIO(data), item, path)
    elif looks_like_feed(data) or (fmt == "feed" and not looks_like_html(data[:1024])):
        yield from iter_feed(data, item, path)
    elif len(data) > MAX_HTML_BYTES:
        yield InputError(item, f"page too large (> {MAX_HTML_BYTES // (1024 * 1024)} MB)")
    else:
        try:
            yield article_from_html(decode_html(data), path=path)
        except ValueError as exc:
            yield InputError(item, str(exc))


def _iter_web_file(path: str, fmt: str) -> Iterator[Article | InputError]:
    if fmt == "warc":  # streamed: crawls are far larger than one page
        from khabar.ingest.warc import iter_warc

        try:
            with open(path, "rb") as fh:
                yield from iter_warc(fh, path, path)
        except OSError as exc:
            yield InputError(path, _unreadable(exc))
        return
    try:
        data = _read_bytes(path)
    except _READ_ERRORS as exc:
        yield InputError(path, _unreadable(exc))
        return
    except ValueError as exc:
        yield InputError(path, str(exc))
        return
    yield from _web_items(fmt, data, path, path)


def iter_inputs(specs: Iterable[str], input_format: str | None = None,
                stdin: TextIO | BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Articles (and errors) from paths, folders, globs and ``-`` for stdin, in order.

    ``input_format`` (one of :data:`INPUT_FORMATS`) overrides detection by file suffix (stdin:
    by its first line — ``{`` JSON Lines, ``WARC/`` a WARC file, ``<`` an HTML page or a feed).
    """
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ValueError(f"unknown input format {input_format!r}; formats are: {', '.join(INPUT_FORMATS)}")
    for path in expand_paths(specs):
        if isinstance(path, InputError):
            yield path
        elif path == "-":
            yield from _iter_stdin(stdin or sys.stdin, input_format)
        else:
            yield from _iter_file(path, input_format or file_format(path))


def _iter_file(path: str, fmt: str) -> Iterator[Article | InputError]:
    if fmt == "jsonl":
        yield from _iter_jsonl_file(path)
    elif fmt == "text":
        yield _read_text_file(path)
    else:
        yield from _iter_web_file(path, fmt)
