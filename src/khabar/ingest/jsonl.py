"""JSON Lines inputs (``.jsonl``, ``.json``, ``.ndjson``, optionally gzip'd; UTF-16 with a byte-order
mark; lines ended by LF, CRLF or CR alone): each line one record, each bad line one error naming it."""

from __future__ import annotations

import io
import json
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from khabar.ingest.encoding import DecodeError, damaged_utf8, decode_bytes, legacy_line
from khabar.ingest.files import (
    MAX_FILE_BYTES,
    READ_ERRORS,
    file_bytes,
    open_file,
    size_reason,
    unreadable,
)
from khabar.ingest.records import (
    MAX_ERROR_RAW_BYTES,
    MAX_TEXT_CHARS,
    InputError,
    RawInput,
    article_from_record,
    raw_input,
)
from khabar.model import Article

MAX_LINE_BYTES = 8 * MAX_TEXT_CHARS  # one JSON Lines record (UTF-8 is at most 4 bytes a character)


_BLANKS = b" \t\r\n\v\f"


#: How a UTF-16 JSON Lines file opens: with a byte-order mark, or (without one) a record's brace
#: and its NUL half, little- or big-endian.
_UTF16_STARTS = (b"\xff\xfe", b"\xfe\xff", b"{\x00", b"\x00{")


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
    repairs: list[str] = []
    try:
        # Every line may open with a byte-order mark: files written by Windows tools, each with its
        # own, joined by ``cat`` (the first line's was always dropped; the later ones were invalid JSON).
        raw = bline.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        # A line in Windows-1256 among UTF-8 ones (files of two tools joined): read as the Arabic it is;
        # else UTF-8 with a byte or two damaged (a flipped bit), each bad sequence read as U+FFFD.
        bare = bline.removeprefix(b"\xef\xbb\xbf").rstrip(b"\r\n")
        if (legacy := legacy_line(bare)) is not None:
            raw = legacy
            repairs.append("decoded windows-1256")
        elif (damaged := damaged_utf8(bare)) is not None:
            raw, bad = damaged
            repairs.append(f"{bad} invalid UTF-8 sequence{'s' if bad > 1 else ''} read as U+FFFD")
        else:
            return InputError(where, f"invalid UTF-8 (bad byte 0x{bline[exc.start]:02x} at column {exc.start + 1})",
                              keep)
    if not raw.strip():
        return None
    try:
        record, raw = _repaired_json(raw, repairs)
    except json.JSONDecodeError as exc:
        # json's messages may end with 'at' ('Invalid control character at'): one 'at' before the column.
        return _InvalidJSON(where, f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})", keep,
                            starts_object=raw.lstrip().startswith("{"))
    except RecursionError:
        return InputError(where, "invalid JSON (nested too deeply)", keep)
    except ValueError as exc:  # a number past Python's int digits limit: not a JSONDecodeError
        return InputError(where, f"invalid JSON ({str(exc).split(';')[0]})", keep)
    try:
        article = article_from_record(record, raw, path=path, line=n, kind=kind)
    except ValueError as exc:
        return InputError(where, str(exc), keep)
    if repairs:
        article.source.repairs = repairs
    return article


#: Backslashes before a letter JSON gives no escape a record may hold and still be read (each one
#: doubled: a ``\`` flipped from another byte, or a Windows path written unescaped).
MAX_BAD_ESCAPES = 4


def _repaired_json(raw: str, repairs: list[str]) -> tuple[Any, str]:
    """A record's JSON and the text it was read from, repaired where a damaged byte made it invalid
    but the record stays unambiguous (each repair noted in ``repairs``): a raw control character in
    a string (a flipped bit turns a letter into one) is read as it is; a backslash before no escape
    letter is read as a backslash.  A field's name so damaged is no repair (its field would be lost).  Raises :class:`json.JSONDecodeError` for what no such repair reads."""
    try:
        return json.loads(raw), raw
    except json.JSONDecodeError as exc:
        if not exc.msg.startswith(("Invalid control character", "Invalid \\escape")):
            raise
        first = exc
    fixed, escapes = raw, 0
    while True:
        try:
            record = json.loads(fixed, strict=False)
            break
        except json.JSONDecodeError as exc:
            if not exc.msg.startswith("Invalid \\escape") or escapes == MAX_BAD_ESCAPES:
                raise first from None
            fixed, escapes = fixed[:exc.pos] + "\\" + fixed[exc.pos:], escapes + 1
    if isinstance(record, dict) and any(ch < " " for key in record for ch in key):
        raise first  # a damaged field name: the field is lost, say why rather than 'no text'
    if escapes:
        repairs.append(f"{escapes} stray backslash{'es' if escapes > 1 else ''} read as such")
    try:
        json.loads(fixed)
    except json.JSONDecodeError:  # what strict reading still refuses is a raw control character
        repairs.append("control characters in JSON strings read as they are")
    return record, fixed


def jsonl_items(lines: Iterable[bytes | int], item: str, kind: str, path: str | None,
                 first_line: int = 1) -> Iterator[Article | InputError]:
    """Articles from byte lines; each bad line is one error and reading goes on.

    An input whose first line is not a JSON object, or whose first two lines are both invalid JSON
    (a pretty-printed document), is not JSON Lines at all: one error, not one per line.
    """
    seen = 0
    held: InputError | None = None  # a bad first line waits to see whether the second is bad too
    n = first_line - 1
    for bline in lines:
        if isinstance(bline, int):  # a run of blank lines (see bounded_lines)
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


def iter_jsonl_file(path: str, max_bytes: int | None = None,
                     content: bytes | None = None) -> Iterator[Article | InputError]:
    read = 0  # records yielded before a cut: counted as they go, the error ends the iteration
    try:
        with open_file(path, content, max_bytes) as fh:
            items = _utf16_jsonl(fh, path, max_bytes) if opens_utf16(fh.peek(2)) else \
                jsonl_items(bounded_lines(fh), path, "jsonl", path)
            for item in items:
                read += isinstance(item, Article)
                yield item
    except READ_ERRORS as exc:
        yield InputError(path, cut_reason(exc, read), file_bytes(path, "jsonl", content))


def counted_records(items: Iterator[Article | InputError]) -> Generator[Article | InputError, None, int]:
    """``items`` passed on; returns how many were articles (``read = yield from counted_records(...)``)."""
    read = 0
    for item in items:
        read += isinstance(item, Article)
        yield item
    return read


def cut_reason(exc: BaseException, read: int) -> str:
    """Why a JSON Lines input ended early (a cut or corrupt .gz), and how many records were read
    before: a journalist retrying a cut download learns that those are stored, not lost."""
    reason = unreadable(exc)
    if not read:
        return reason
    return f"{reason}; the {read} records before it were read" if read > 1 else f"{reason}; the record before it was read"


def _utf16_jsonl(fh: IO[bytes], path: str, max_bytes: int | None) -> Iterator[Article | InputError]:
    """A JSON Lines file in UTF-16 (what Windows tools such as PowerShell's ``>`` write): decoded
    whole (within the size cap), its lines then read as any JSON Lines' are, ended by LF, CRLF or a
    CR alone (split at LF only, a file with CR line ends was one line of 'Extra data')."""
    cap = max_bytes or MAX_FILE_BYTES
    data = fh.read(cap + 1)
    if len(data) > cap:
        yield InputError(path, size_reason("file", cap), file_bytes(path, "jsonl"))
        return
    yield from utf16_jsonl_items(data, path, "jsonl", path)


def utf16_jsonl_items(data: bytes, item: str, kind: str, path: str | None) -> Iterator[Article | InputError]:
    """The records of JSON Lines in UTF-16, given whole (and within the size cap) as ``data``."""
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        yield InputError(item, str(exc), file_bytes(path, "jsonl") if path else raw_input(data, "jsonl"))
        return
    utf8 = io.BufferedReader(io.BytesIO(decoded.text.encode("utf-8", "surrogatepass")))  # peek() as a file's
    for result in jsonl_items(bounded_lines(utf8), item, kind, path):
        if isinstance(result, Article):
            result.source.repairs = list(decoded.repairs)
        yield result


def opens_utf16(head: bytes) -> bool:
    """Whether bytes open as UTF-16 JSON Lines do: a byte-order mark, or a brace with its NUL half."""
    return head[:2] in _UTF16_STARTS


def bounded_lines(fh: IO[bytes], first: bytes | None = None) -> Iterator[bytes | int]:
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
        yield blank_run(fh) if not line.strip() else line


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


def blank_run(fh: IO[bytes]) -> int:
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
