"""Opening input files: the size cap, gzip inflated under a decompression-bomb guard, read errors
named in one line, and a failed file's bytes kept for a retry."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import IO

from khabar.ingest.records import MAX_ERROR_RAW_BYTES, RawInput, raw_input

#: Larger inputs are refused rather than read: untrusted input is bounded.
MAX_FILE_BYTES = 50 * 1024 * 1024  # one text dump (after decompression)


READ_ERRORS = (OSError, EOFError, zlib.error)


#: A gzip'd input inflating past this many times its compressed size (beyond the file cap) is a
#: decompression bomb: text and JSON inflate 3-20 fold, deflate's ceiling is about 1,030.
MAX_INFLATION = 100


def size_reason(what: str, cap: int) -> str:
    """The one-line reason for an input over its size cap."""
    size = f"{cap // (1024 * 1024)} MB" if cap >= 1024 * 1024 and cap % (1024 * 1024) == 0 else f"{cap:,} bytes"
    return f"{what} too large (> {size}; the cap is set with --max-size)"


def is_bomb(inflated: int, packed: int, floor: int) -> bool:
    """Whether ``inflated`` bytes from ``packed`` compressed ones, past ``floor``, are a decompression bomb."""
    return inflated > floor and inflated > MAX_INFLATION * max(packed, 1)


def bomb_reason(inflated: int, packed: int, what: str = "gzip data") -> str:
    """Why ``what`` is refused as a decompression bomb (the caller says what is skipped)."""
    return (f"{what} inflating more than {MAX_INFLATION}-fold ({inflated // (1024 * 1024):,} MB "
            f"from {packed // 1024:,} KB), a decompression bomb")


def inflate_members(data: bytes, cap: int) -> bytes:
    """gzip bytes inflated member after member (files joined with ``cat``, as a gzip file is read),
    to at most ``cap`` + 1 bytes, so that a bomb stays small.  Raises zlib.error (corrupt data) or
    EOFError (cut short): inflating the first member alone lost the records of the others, and a
    cut in a later one went unnoticed."""
    inflated, damage = inflate_readable(data, cap)
    if damage is not None:
        raise damage
    return inflated


def inflate_readable(data: bytes, cap: int) -> tuple[bytes, EOFError | zlib.error | None]:
    """What of gzip bytes inflates (as :func:`inflate_members`, within ``cap`` + 1 bytes) and the error
    that ended it early, None when none did: a download cut short still holds the records before
    the cut, which a retry reads as the first reading did."""
    parts, size, rest = [], 0, data
    while rest.strip(b"\x00") and size <= cap:  # NUL padding after the last member is no member
        inflate = zlib.decompressobj(wbits=31)
        try:
            part = inflate.decompress(rest, cap + 1 - size)
        except zlib.error as exc:
            return b"".join(parts), exc
        parts.append(part)
        size += len(part)
        if not inflate.eof and size <= cap:
            return b"".join(parts), EOFError()
        rest = inflate.unused_data
    return b"".join(parts), None


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
        if is_bomb(inflated, packed, self.floor):
            raise _Bomb(bomb_reason(inflated, packed) + ": the rest of the file is skipped")

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self._guard()
        return data

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self._guard()
        return line


def unreadable(exc: BaseException) -> str:
    if isinstance(exc, _Bomb):
        return str(exc)
    if isinstance(exc, EOFError):
        return "truncated gzip data (the compressed stream ends early)"
    if isinstance(exc, (zlib.error, gzip.BadGzipFile)):
        return f"corrupt gzip data ({exc})"
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or "read error"
    return f"unreadable ({exc.__class__.__name__}: {detail})"


def open_file(path: str, content: bytes | None, max_bytes: int | None = None) -> IO[bytes]:
    """A file as a binary stream, inflated when gzip'd (a bomb refused past the file cap): from disk,
    or from its ``content`` when that was read elsewhere (Spark reads object stores)."""
    gzipped, floor = path.lower().endswith(".gz"), max_bytes or MAX_FILE_BYTES
    if content is None:  # the caller closes it
        return _GuardedGzip(path, "rb", floor=floor) if gzipped else open(path, "rb")
    stream = io.BufferedReader(io.BytesIO(content))  # peek() as a file's
    return _GuardedGzip(fileobj=stream, mode="rb", floor=floor) if gzipped else stream


def read_bytes(path: str, max_bytes: int | None = None, content: bytes | None = None) -> bytes:
    cap = max_bytes or MAX_FILE_BYTES
    with open_file(path, content, max_bytes) as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise ValueError(size_reason("file", cap))
    return data


def file_bytes(path: str, fmt: str, content: bytes | None = None) -> RawInput | None:
    """A file's bytes as stored on disk (compressed if it is), kept with its error for a retry."""
    if content is not None:
        return raw_input(content, fmt, path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_ERROR_RAW_BYTES + 1)
    except OSError:
        return None
    return raw_input(data, fmt, path)
