"""Readers for the input kinds: text dumps, JSON Lines (optionally gzip), folders, globs, stdin;
HTML pages, WARC files and RSS/Atom feeds are read by :mod:`~khabar.ingest.html`,
:mod:`~khabar.ingest.warc` and :mod:`~khabar.ingest.feeds`, dispatched from here.

Everything is read as bytes and decoded here, so that an undecodable, binary, empty or oversized
input becomes one :class:`InputError` naming it, never an exception that stops a batch.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, BinaryIO, TextIO

from khabar.ingest.encoding import Decoded, DecodeError, decode_bytes
from khabar.ingest.records import (
    MAX_ERROR_RAW_BYTES,
    MAX_TEXT_CHARS,
    InputError,
    RawInput,
    article_from_record,
    article_from_text,
    first_of_each_id,
    raw_input,
)
from khabar.model import Article

#: Larger inputs are refused rather than read: untrusted input is bounded.
MAX_FILE_BYTES = 50 * 1024 * 1024  # one text dump (after decompression)
MAX_LINE_BYTES = 8 * MAX_TEXT_CHARS  # one JSON Lines record (UTF-8 is at most 4 bytes a character)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz", ".text")
INPUT_FORMATS = ("text", "jsonl", "html", "warc", "feed")
#: File suffixes of the web formats (``.xml`` may be a feed or a page: its root element decides).
WEB_SUFFIXES = {"html": (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz"),
                "warc": (".warc", ".warc.gz"),
                "feed": (".rss", ".atom", ".xml", ".rss.gz", ".atom.gz", ".xml.gz")}
_ALL_SUFFIXES = JSONL_SUFFIXES + TEXT_SUFFIXES + tuple(x for group in WEB_SUFFIXES.values() for x in group)
_READ_ERRORS = (OSError, EOFError, zlib.error)
_GZIP_MAGIC = b"\x1f\x8b"
_BLANKS = b" \t\r\n\v\f"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: A gzip'd input inflating past this many times its compressed size (beyond the file cap) is a
#: decompression bomb: text and JSON inflate 3-20 fold, deflate's ceiling is about 1,030.
MAX_INFLATION = 100


def size_reason(what: str, cap: int) -> str:
    """The one-line reason for an input over its size cap."""
    size = f"{cap // (1024 * 1024)} MB" if cap >= 1024 * 1024 and cap % (1024 * 1024) == 0 else f"{cap:,} bytes"
    return f"{what} too large (> {size}; the cap is set with --max-size)"


class _Bomb(OSError):
    """A gzip stream inflating past :data:`MAX_INFLATION` times its size (its message the reason)."""


class _GuardedGzip(gzip.GzipFile):
    """A gzip file refusing to inflate past MAX_INFLATION times the compressed bytes read, once past
    ``floor`` bytes: a JSON Lines .gz has no total cap, and a small file of one endless line (a
    gigabyte of 'a' is one megabyte) took a minute of inflating to end as one 'record too large'."""

    def __init__(self, *args: object, floor: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.floor = floor

    def _guard(self) -> None:
        inflated, packed = self.tell(), self.fileobj.tell()  # type: ignore[union-attr]
        if inflated > self.floor and inflated > MAX_INFLATION * max(packed, 1):
            raise _Bomb(f"gzip data inflating more than {MAX_INFLATION}-fold ({inflated // (1024 * 1024):,} MB "
                        f"from {packed // 1024:,} KB), a decompression bomb: the rest of the file is skipped")

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self._guard()
        return data

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self._guard()
        return line


def _unreadable(exc: BaseException) -> str:
    if isinstance(exc, _Bomb):
        return str(exc)
    if isinstance(exc, EOFError):
        return "truncated gzip data (the compressed stream ends early)"
    if isinstance(exc, (zlib.error, gzip.BadGzipFile)):
        return f"corrupt gzip data ({exc})"
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or "read error"
    return f"unreadable ({exc.__class__.__name__}: {detail})"


def decode_input(data: bytes) -> Decoded:
    """Bytes of a text input as text, with what the decoding did (see :mod:`khabar.ingest.encoding`).
    Raises ValueError naming why the bytes are not text."""
    if not data.strip():
        raise DecodeError("empty input")
    return decode_bytes(data)


# -- JSON Lines --------------------------------------------------------------------------------

@dataclass
class _InvalidJSON(InputError):
    starts_object: bool = True


def _line_item(bline: bytes, n: int, item: str, kind: str,
               path: str | None) -> Article | InputError | None:
    """One JSON Lines line as an article, an error (keeping the line's bytes), or None when blank."""
    where = f"{item}:{n}"
    keep = raw_input(bline, "jsonl", path, n)
    if len(bline) > MAX_LINE_BYTES:
        return InputError(where, f"record too large (> {MAX_LINE_BYTES // (1024 * 1024)} MB)", keep)
    try:
        # Every line may open with a byte-order mark: files written by Windows tools, each with its
        # own, joined by ``cat`` (the first line's was always dropped; the later ones were invalid JSON).
        raw = bline.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        return InputError(where, f"invalid UTF-8 (bad byte 0x{bline[exc.start]:02x} at column {exc.start + 1})",
                          keep)
    if not raw.strip():
        return None
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        return _InvalidJSON(where, f"invalid JSON ({exc.msg} at column {exc.colno})", keep,
                            starts_object=raw.lstrip().startswith("{"))
    except RecursionError:
        return InputError(where, "invalid JSON (nested too deeply)", keep)
    except ValueError as exc:  # a number past Python's int digits limit: not a JSONDecodeError
        return InputError(where, f"invalid JSON ({str(exc).split(';')[0]})", keep)
    try:
        return article_from_record(record, raw, path=path, line=n, kind=kind)
    except ValueError as exc:
        return InputError(where, str(exc), keep)


def _jsonl_items(lines: Iterable[bytes | int], item: str, kind: str, path: str | None,
                 first_line: int = 1) -> Iterator[Article | InputError]:
    """Articles from byte lines; each bad line is one error and reading goes on.

    An input whose first line is not a JSON object, or whose first two lines are both invalid JSON
    (a pretty-printed document), is not JSON Lines at all: one error, not one per line.
    """
    seen = 0
    held: InputError | None = None  # a bad first line waits to see whether the second is bad too
    n = first_line - 1
    for bline in lines:
        if isinstance(bline, int):  # a run of blank lines (see _bounded_lines)
            n += bline
            continue
        n += 1
        if seen == 0 and b"\x00" in bline[:8192]:
            yield InputError(item, "binary data (NUL bytes), not JSON Lines", _whole_file(path, bline))
            return
        result = _line_item(bline, n, item, kind, path)
        if result is None:
            continue
        seen += 1
        invalid = isinstance(result, _InvalidJSON)
        if seen == 1 and invalid:
            if not result.starts_object:
                yield InputError(item, f"not JSON Lines (line {n}: {result.reason})", _whole_file(path, bline))
                return
            held = result
            continue
        if held is not None:
            if invalid:
                yield InputError(item, "not JSON Lines (its first two lines are not JSON records)",
                                 _whole_file(path, bline))
                return
            yield held
            held = None
        yield result
    if held is not None:
        yield held
    if seen == 0:
        yield InputError(item, "empty input")


def _whole_file(path: str | None, head: bytes) -> RawInput:
    """A whole input refused on its first lines: kept as a retry of the file by its path (the lines
    read so far are only a sample of it)."""
    return RawInput(head[:MAX_ERROR_RAW_BYTES], "jsonl", path, None, complete=False)


def _open_file(path: str, content: bytes | None, max_bytes: int | None = None) -> IO[bytes]:
    """A file as a binary stream, inflated when gzip'd (a bomb refused past the file cap): from disk,
    or from its ``content`` when that was read elsewhere (Spark reads object stores)."""
    gzipped, floor = path.lower().endswith(".gz"), max_bytes or MAX_FILE_BYTES
    if content is None:  # the caller closes it
        return _GuardedGzip(path, "rb", floor=floor) if gzipped else open(path, "rb")
    stream = io.BufferedReader(io.BytesIO(content))  # peek() as a file's
    return _GuardedGzip(fileobj=stream, mode="rb", floor=floor) if gzipped else stream


def _iter_jsonl_file(path: str, max_bytes: int | None = None,
                     content: bytes | None = None) -> Iterator[Article | InputError]:
    try:
        with _open_file(path, content, max_bytes) as fh:
            if fh.peek(2)[:2] in _UTF16_BOMS:
                yield from _utf16_jsonl(fh, path, max_bytes)
            else:
                yield from _jsonl_items(_bounded_lines(fh), path, "jsonl", path)
    except _READ_ERRORS as exc:
        yield InputError(path, _unreadable(exc), _file_bytes(path, "jsonl", content))


def _utf16_jsonl(fh: IO[bytes], path: str, max_bytes: int | None) -> Iterator[Article | InputError]:
    """A JSON Lines file in UTF-16 with a byte-order mark (what Windows tools such as PowerShell's
    ``>`` write): decoded whole (within the size cap), its lines then read as any JSON Lines'."""
    cap = max_bytes or MAX_FILE_BYTES
    data = fh.read(cap + 1)
    if len(data) > cap:
        yield InputError(path, size_reason("file", cap), _file_bytes(path, "jsonl"))
        return
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        yield InputError(path, str(exc), _file_bytes(path, "jsonl"))
        return
    lines = (line.encode("utf-8", "surrogatepass") + b"\n" for line in decoded.text.split("\n"))
    for item in _jsonl_items(lines, path, "jsonl", path):
        if isinstance(item, Article):
            item.source.repairs = list(decoded.repairs)
        yield item


def _bounded_lines(fh: IO[bytes], first: bytes | None = None) -> Iterator[bytes | int]:
    """Lines of a binary stream (from ``first`` when it was read already), none read beyond
    MAX_LINE_BYTES + 1 bytes (the rest is skipped); a run of blank lines comes as their number (an
    int), skipped a buffer at a time: a gigabyte of newlines (a small gzip file) took a Python step a
    line, minutes for nothing."""
    while True:
        line, first = fh.readline(MAX_LINE_BYTES + 1) if first is None else first, None
        if not line:
            return
        if not line.endswith(b"\n") and b"\r" in line.rstrip(b"\r"):
            yield from _cr_lines(line, fh)
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (more := fh.readline(MAX_LINE_BYTES)) and not more.endswith(b"\n"):
                pass
        yield _blank_run(fh) if not line.strip() else line


def _cr_lines(head: bytes, fh: IO[bytes]) -> Iterator[bytes]:
    """Lines ended by a carriage return alone (old Mac files, some exports), from ``head`` (read up to
    the end of the file or the line cap, no line feed in it) on: read as lines, they were one line of
    'Extra data' and every record was lost.  A raw CR is invalid inside a JSON string, so no record
    is cut; a line past MAX_LINE_BYTES is yielded cut there (an error) and the rest skipped."""
    pending, skipping = head, False
    while True:
        *lines, pending = pending.split(b"\r")
        if skipping and lines:
            lines, skipping = lines[1:], False
        yield from lines
        if len(pending) > MAX_LINE_BYTES:
            if not skipping:
                yield pending
            pending, skipping = b"", True
        chunk = fh.read(1 << 20)
        if not chunk:
            break
        pending += chunk
    if pending and not skipping:
        yield pending


def _blank_run(fh: IO[bytes]) -> int:
    """How many blank lines there are from the one just read (1) to the next line with text, read up
    to the end of the last of them (the next line's leading spaces are its own)."""
    blank = 1
    while (peek := getattr(fh, "peek", None)) is not None and (buf := peek(1 << 16)):
        spaces = buf[:len(buf) - len(buf.lstrip(_BLANKS))]
        end = spaces.rfind(b"\n") + 1
        if not end:
            break
        blank += spaces.count(b"\n", 0, end)
        fh.read(end)
    return blank


def _file_bytes(path: str, fmt: str, content: bytes | None = None) -> RawInput | None:
    """A file's bytes as stored on disk (compressed if it is), kept with its error for a retry."""
    if content is not None:
        return raw_input(content, fmt, path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_ERROR_RAW_BYTES + 1)
    except OSError:
        return None
    return raw_input(data, fmt, path)


# -- text dumps --------------------------------------------------------------------------------

def _read_bytes(path: str, max_bytes: int | None = None, content: bytes | None = None) -> bytes:
    cap = max_bytes or MAX_FILE_BYTES
    with _open_file(path, content, max_bytes) as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise ValueError(size_reason("file", cap))
    return data


def _text_item(data: bytes, item: str, path: str | None, kind: str = "text") -> Article | InputError:
    """The article of a text dump's bytes, or its error keeping the bytes."""
    try:
        decoded = decode_input(data)
        return article_from_text(decoded.text, path=path, kind=kind, repairs=decoded.repairs)
    except ValueError as exc:
        return InputError(item, str(exc), raw_input(data, "text", path))


def _read_text_file(path: str, max_bytes: int | None = None, content: bytes | None = None) -> Article | InputError:
    try:
        data = _read_bytes(path, max_bytes, content)
    except _READ_ERRORS as exc:
        return InputError(path, _unreadable(exc), _file_bytes(path, "text", content))
    except ValueError as exc:
        return InputError(path, str(exc), _file_bytes(path, "text", content))
    return _text_item(data, path, path)


# -- paths, folders, globs, stdin ---------------------------------------------------------------

_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                (stat.S_ISBLK, "a device"))


def _regular(path: str) -> str | InputError:
    """The path, or an error for a named pipe, socket or device: reading one could wait forever (a
    FIFO no one writes to) and hang the whole batch.  A path that cannot be stat'ed stays a path:
    reading it names the reason."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return path
    if stat.S_ISREG(mode):
        return path
    what = next((name for test, name in _NOT_REGULAR if test(mode)), "not a file")
    return InputError(path, f"not a regular file ({what})")


def _folder_files(folder: str) -> list[str | InputError]:
    found: list[str | InputError] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [_regular(os.path.join(root, name)) for name in sorted(files)
                  if not name.startswith(".") and name.lower().endswith(_ALL_SUFFIXES)]
    return found


def _expand_one(spec: str) -> list[str | InputError]:
    if spec == "-":
        return [spec]
    if os.path.isdir(spec):
        return list(_folder_files(spec)) or [InputError(spec, "folder holds no .txt, .jsonl, .html, .warc or feed files")]
    if os.path.exists(spec):
        return [_regular(spec)]
    if glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        files: list[str | InputError] = []
        for match in matches:
            files += _folder_files(match) if os.path.isdir(match) else [_regular(match)]
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


def _iter_stdin(stream: TextIO | BinaryIO, input_format: str | None,
                max_bytes: int | None = None) -> Iterator[Article | InputError]:
    fh = _binary_stdin(stream)
    cap = max_bytes or MAX_FILE_BYTES
    try:
        first, line = fh.readline(MAX_LINE_BYTES + 1), 1
        while first and not first.strip():  # leading blank lines: look at the first real one
            line += _blank_run(fh)  # counted before the next line is read, not the blanks after it
            first = fh.readline(MAX_LINE_BYTES + 1)
        fmt = input_format or _sniff_format(first)
        if fmt == "jsonl":
            lines = _bounded_lines(fh, first)
            yield from _jsonl_items(lines, "<stdin>", "stdin", None, first_line=line)
            return
        data = first + fh.read(cap + 1 - len(first))
    except _READ_ERRORS as exc:
        yield InputError("<stdin>", _unreadable(exc))
        return
    if len(data) > cap:
        yield InputError("<stdin>", size_reason("input", cap), raw_input(data, fmt))
    elif fmt == "text":
        yield _text_item(data, "<stdin>", None, kind="stdin")
    else:
        yield from _web_items(fmt, data, "<stdin>", None, max_bytes)


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


def _web_items(fmt: str, data: bytes, item: str, path: str | None,
               max_bytes: int | None = None) -> Iterator[Article | InputError]:
    """Articles of one HTML page, WARC file or feed given as bytes; an error about the whole input
    keeps its bytes for a retry.

    The root element decides between a page and a feed: ``.xml`` files and stdin may hold either.
    """
    for result in _web_results(fmt, data, item, path, max_bytes):
        if isinstance(result, InputError) and result.retry is None:
            result.retry = raw_input(data, fmt, path) if result.item == item else _part_of_file(fmt, path)
        yield result


def _part_of_file(fmt: str, path: str | None) -> RawInput | None:
    """A failed WARC record or feed entry kept for a retry as its file, read again by its path (as an
    article of one is, :func:`~khabar.ingest.records.retry_of`): its bytes alone do not say where
    they came from, and a crawl's whole bytes kept with each of its bad records would not be bounded."""
    return RawInput(b"", fmt, path, None, complete=False) if path is not None else None


def _web_results(fmt: str, data: bytes, item: str, path: str | None,
                 max_bytes: int | None) -> Iterator[Article | InputError]:
    from khabar.ingest.feeds import iter_feed, looks_like_feed
    from khabar.ingest.html import MAX_HTML_BYTES, article_from_page_bytes, looks_like_html
    from khabar.ingest.warc import iter_warc

    cap = max_bytes or MAX_HTML_BYTES
    if fmt == "warc":
        yield from iter_warc(io.BytesIO(data), item, path)
    elif looks_like_feed(data) or (fmt == "feed" and not looks_like_html(data[:1024])):
        yield from iter_feed(data, item, path)
    elif len(data) > cap:
        yield InputError(item, size_reason("page", cap))
    else:
        try:
            yield article_from_page_bytes(data, path=path)
        except ValueError as exc:
            yield InputError(item, str(exc))


def _iter_web_file(path: str, fmt: str, max_bytes: int | None = None,
                   content: bytes | None = None) -> Iterator[Article | InputError]:
    if fmt == "warc":  # streamed: crawls are far larger than one page; FastWARC inflates .warc.gz itself
        from khabar.ingest.warc import iter_warc

        try:
            with open(path, "rb") if content is None else io.BytesIO(content) as fh:
                for result in iter_warc(fh, path, path):
                    if isinstance(result, InputError):
                        result.retry = _file_bytes(path, fmt, content) if result.item == path else _part_of_file(fmt, path)
                    yield result
        except OSError as exc:
            yield InputError(path, _unreadable(exc))
        return
    try:
        data = _read_bytes(path, max_bytes, content)
    except _READ_ERRORS as exc:
        yield InputError(path, _unreadable(exc), _file_bytes(path, fmt, content))
        return
    except ValueError as exc:
        yield InputError(path, str(exc), _file_bytes(path, fmt, content))
        return
    yield from _web_items(fmt, data, path, path, max_bytes)


def iter_inputs(specs: Iterable[str], input_format: str | None = None,
                stdin: TextIO | BinaryIO | None = None, max_bytes: int | None = None) -> Iterator[Article | InputError]:
    """Articles (and errors) from paths, folders, globs and ``-`` for stdin, in order.

    ``input_format`` (one of :data:`INPUT_FORMATS`) overrides detection by file suffix (stdin:
    by its first line — ``{`` JSON Lines, ``WARC/`` a WARC file, ``<`` an HTML page or a feed).
    ``max_bytes`` caps what one file, stdin or HTML page may hold (default: MAX_FILE_BYTES for
    files and stdin, 20 MB for a page); a larger one is an error naming the cap.
    """
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ValueError(f"unknown input format {input_format!r}; formats are: {', '.join(INPUT_FORMATS)}")
    return first_of_each_id(_inputs(specs, input_format, stdin, max_bytes))


def _inputs(specs: Iterable[str], input_format: str | None, stdin: TextIO | BinaryIO | None,
            max_bytes: int | None) -> Iterator[Article | InputError]:
    for path in expand_paths(specs):
        if isinstance(path, InputError):
            yield _named(path, path.item)
        elif path == "-":
            yield from _iter_stdin(stdin or sys.stdin, input_format, max_bytes)
        else:
            for item in _iter_file(path, input_format or file_format(path), max_bytes):
                yield _named(item, path)


def _named(item: Article | InputError, path: str) -> Article | InputError:
    """``item`` naming its file as UTF-8 can: a file name that is not UTF-8 (its bytes decoded with
    surrogate escapes by the OS layer) has them written as ``\\xff``, which every output and the store
    take (the name as it was failed the writer and ended ``ingest`` with a traceback)."""
    shown = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if shown == path:
        return item
    if isinstance(item, Article):
        item.source.path = shown
    else:
        item.item = item.item.replace(path, shown)
        if item.retry is not None and item.retry.path == path:
            item.retry.path = shown
    return item


def iter_file_content(path: str, content: bytes, max_bytes: int | None = None) -> Iterator[Article | InputError]:
    """Articles (and errors) of the file ``path`` whose ``content`` was read elsewhere (Spark reads
    object stores), exactly as :func:`iter_inputs` reads that file from disk."""
    yield from _iter_file(path, file_format(path), max_bytes, content)


def _iter_file(path: str, fmt: str, max_bytes: int | None = None,
               content: bytes | None = None) -> Iterator[Article | InputError]:
    if fmt == "jsonl":
        yield from _iter_jsonl_file(path, max_bytes, content)
    elif fmt == "text":
        yield _read_text_file(path, max_bytes, content)
    else:
        yield from _iter_web_file(path, fmt, max_bytes, content)


def iter_raw_input(raw: RawInput, item: str, max_bytes: int | None = None) -> Iterator[Article | InputError]:
    """Articles (and errors) of bytes kept with an error, read as when they first failed: a JSON
    Lines line keeps its line number, a gzip'd file is inflated first."""
    data = raw.data
    if data.startswith(_GZIP_MAGIC):
        inflate = zlib.decompressobj(wbits=31)  # gzip framing; bounded so that a bomb stays small
        try:
            data = inflate.decompress(data, (max_bytes or MAX_FILE_BYTES) + 1)
        except zlib.error as exc:
            yield InputError(item, _unreadable(exc), raw)
            return
        if not inflate.eof and not inflate.unconsumed_tail:
            yield InputError(item, _unreadable(EOFError()), raw)
            return
    if raw.fmt == "jsonl":
        kind = "jsonl" if raw.path else "stdin"
        yield from _jsonl_items(_bounded_lines(io.BytesIO(data)), raw.path or item, kind, raw.path,
                                first_line=raw.line or 1)
    elif raw.fmt == "text":
        yield _text_item(data, item, raw.path, kind="text" if raw.path else "stdin")
    else:
        yield from _web_items(raw.fmt, data, item, raw.path, max_bytes)
