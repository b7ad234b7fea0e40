"""Standard input: its format told by its first non-blank line (JSON Lines, a WARC file, markup,
text); JSON Lines streamed, anything else read whole within the size cap."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from khabar.ingest.encoding import DecodeError, decode_bytes
from khabar.ingest.files import MAX_FILE_BYTES, READ_ERRORS, size_reason, unreadable
from khabar.ingest.jsonl import (
    MAX_LINE_BYTES,
    blank_run,
    bounded_lines,
    jsonl_items,
    opens_utf16,
    utf16_jsonl_items,
)
from khabar.ingest.records import InputError, raw_input
from khabar.ingest.text_dumps import text_item
from khabar.ingest.web_inputs import web_items
from khabar.model import Article


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


def iter_stdin(stream: TextIO | BinaryIO, input_format: str | None,
                max_bytes: int | None = None) -> Iterator[Article | InputError]:
    fh = _binary_stdin(stream)
    cap = max_bytes or MAX_FILE_BYTES
    try:
        first, line, blanks = fh.readline(MAX_LINE_BYTES + 1), 1, b""
        while first and not first.strip():  # leading blank lines: look at the first real one
            blanks += first  # (a UTF-16 input's blank line is read here alone: its next byte is a NUL)
            line += blank_run(fh)  # counted before the next line is read, not the blanks after it
            first = fh.readline(MAX_LINE_BYTES + 1)
        # UTF-16 without a byte-order mark after a blank line: little-endian, the blank line's NUL half
        # opens the next line read (\x00{, or \r\x00\n of a CRLF); big-endian, the blank line is its NUL
        # and line feed (\x00\n).  A NUL in the line is UTF-16's or binary data, which reads as none.
        if (opens_utf16(first) or b"\x00" in first) and input_format in (None, "jsonl"):
            data = blanks + first
            yield from _utf16_stdin(data + fh.read(cap + 1 - len(data)), cap, input_format)
            return
        fmt = input_format or _sniff_format(first)
        if fmt == "jsonl":
            lines = bounded_lines(fh, first)
            yield from jsonl_items(lines, "<stdin>", "stdin", None, first_line=line)
            return
        data = first + fh.read(cap + 1 - len(first))
    except READ_ERRORS as exc:
        yield InputError("<stdin>", unreadable(exc))
        return
    if len(data) > cap:
        yield InputError("<stdin>", size_reason("input", cap), raw_input(data, fmt))
    elif fmt == "text":
        yield text_item(data, "<stdin>", None, kind="stdin")
    else:
        yield from web_items(fmt, data, "<stdin>", None, max_bytes)


def _utf16_stdin(data: bytes, cap: int, input_format: str | None) -> Iterator[Article | InputError]:
    """Stdin in UTF-16 (a Windows pipe): JSON Lines when its text opens with a brace, else a text dump.
    Its lines cannot be sniffed or read as bytes (its line feeds are two bytes), so it is read whole:
    records were one text article of JSON, or 'binary data (NUL bytes)' without a byte-order mark."""
    if len(data) > cap:
        yield InputError("<stdin>", size_reason("input", cap), raw_input(data, input_format or "jsonl"))
        return
    try:
        opens_record = decode_bytes(data).text.lstrip("\ufeff \t\r\n").startswith("{")
    except DecodeError:
        opens_record = input_format == "jsonl"
    if opens_record or input_format == "jsonl":
        yield from utf16_jsonl_items(data, "<stdin>", "stdin", None)
    else:
        yield text_item(data, "<stdin>", None, kind="stdin")


def _sniff_format(first: bytes) -> str:
    """The format of stdin by its first non-blank line: a JSON object, a WARC header, markup, text."""
    head = first.lstrip(b"\xef\xbb\xbf \t")
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"WARC/"):
        return "warc"
    # A tag, doctype or XML declaration; a text dump may open with '<<' or '< عاجل'.
    return "html" if re.match(rb"<[A-Za-z!?]", head) else "text"
