"""A ``.warc.gz`` inflated member by member, into runs of whole records each read as a plain WARC.

Crawlers write a ``.warc.gz`` as one gzip member per record, so that a record can be read (and lost)
alone.  Read as one gzip stream (as FastWARC reads it), a corrupt member ended the file there: every
record after it was lost; and a small file could inflate to gigabytes unchecked.  Here each member is
inflated by itself: a corrupt or cut member is one :class:`GzipDamage` and reading goes on at the
next member whose text opens a record; the records of sound members come in :class:`Segment` runs,
each a seekable plain WARC (so its framing is checked and a bad record skipped as in a ``.warc``);
inflating past :data:`~khabar.ingest.files.MAX_INFLATION` times the compressed bytes, once past
``floor`` bytes, is a decompression bomb; and a member too large to be one record (a crawl gzip'd
whole) is streamed, as before, rather than spooled.
"""

from __future__ import annotations

import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, BinaryIO

from khabar.ingest.files import bomb_reason, is_bomb

_MAGIC = b"\x1f\x8b\x08"  # gzip's magic and its one compression method, deflate
_RECORD = b"WARC/"
_READ = 1 << 16
_SCAN = 1 << 20
_HEAD = 4096  # compressed bytes enough for a member's gzip header and its first inflated bytes
_SEGMENT_BYTES = 8 << 20  # records gathered per FastWARC pass: few passes, a bounded spool
_SPOOL_BYTES = 16 << 20  # a larger segment spills to disk
_SPOOL_LIMIT = 256 << 20  # a member inflating past this is no record's: the rest is streamed
_PADDING = b"\x00 \t\r\n"  # some writers pad a file after its last member


@dataclass
class Segment:
    """Whole records, inflated: a seekable plain WARC stream (closed by whoever reads it)."""

    stream: IO[bytes]


@dataclass
class WholeStream:
    """From compressed ``offset`` on, the file is to be read as one gzip stream (by FastWARC, which
    inflates it as it reads): a member inflating past :data:`_SPOOL_LIMIT` (a crawl gzip'd whole)
    would otherwise be spooled whole to disk before its first record is read."""

    offset: int


@dataclass
class GzipDamage:
    """Compressed bytes that do not inflate to records: their offset, why, and where reading resumes
    (None: no later member opens a record); ``fatal``: a bomb, the rest of the file is not read."""

    offset: int
    reason: str
    resume: int | None
    fatal: bool = False


class _TooBig(Exception):
    pass


class _Bomb(Exception):
    """Inflating past the bomb ratio: ``fatal`` when the file as a whole does, else this member alone."""

    def __init__(self, reason: str, fatal: bool) -> None:
        super().__init__(reason)
        self.fatal = fatal


class _Discard:
    """A sink for the members of a record already lost."""

    def write(self, data: bytes) -> int:
        return len(data)


class _Members:
    """The members of a seekable gzip file, inflated one at a time under the bomb account."""

    def __init__(self, fh: BinaryIO, floor: int) -> None:
        self.fh, self.floor, self.inflated, self.bombs = fh, floor, 0, 0

    def inflate(self, offset: int, sink: IO[bytes] | _Discard) -> int:
        """Writes the member at ``offset`` to ``sink``; the offset after it.  Raises zlib.error (corrupt),
        EOFError (the file ends inside it), _Bomb."""
        self.fh.seek(offset)
        inflate = zlib.decompressobj(wbits=31)
        member = 0
        while not inflate.eof:
            chunk = inflate.unconsumed_tail or self.fh.read(_READ)
            if not chunk:
                raise EOFError
            data = inflate.decompress(chunk, _READ * 16)  # bounded: a bomb stays small in memory
            self.inflated, member = self.inflated + len(data), member + len(data)
            packed = self.fh.tell() - len(inflate.unconsumed_tail)
            if member > _SPOOL_LIMIT and not isinstance(sink, _Discard):
                raise _TooBig
            if is_bomb(member, packed - offset, self.floor):
                # One bomb among sound records is skipped; a second is a file made to bomb: time is bounded.
                self.bombs += 1
                self.inflated -= member  # bounded by the count of bombs, not by the file's ratio
                reason = bomb_reason(member, packed - offset, "gzip member")
                raise _Bomb(reason + (": the rest of the file is skipped" if self.bombs > 1 else ""),
                            fatal=self.bombs > 1)
            sink.write(data)
        end = self.fh.tell() - len(inflate.unused_data)
        if is_bomb(self.inflated, end, self.floor):  # members each under the floor, together past it
            raise _Bomb(bomb_reason(self.inflated, end) + ": the rest of the file is skipped", fatal=True)
        return end

    def head(self, offset: int) -> bytes:
        """The first bytes the member at ``offset`` inflates to (b"" when it does not inflate)."""
        self.fh.seek(offset)
        try:
            return zlib.decompressobj(wbits=31).decompress(self.fh.read(_HEAD), len(_RECORD))
        except zlib.error:
            return b""

    def next_record(self, after: int) -> int | None:
        """The offset of the first member after byte ``after`` that opens a record: the magic bytes
        also occur by chance inside compressed data."""
        at = after + 1
        while True:
            self.fh.seek(at)
            chunk = self.fh.read(_SCAN)
            found = chunk.find(_MAGIC)
            if found >= 0:
                if self.head(at + found) == _RECORD:
                    return at + found
                at += found + 1
                continue
            if len(chunk) < _SCAN:
                return None
            at += len(chunk) - len(_MAGIC) + 1

    def member_at(self, offset: int) -> bool | None:
        """True when a member starts at ``offset``, None when only padding (or nothing) follows."""
        self.fh.seek(offset)
        if self.fh.read(len(_MAGIC)) == _MAGIC:
            return True
        self.fh.seek(offset)
        while chunk := self.fh.read(_SCAN):
            if chunk.strip(_PADDING):
                return False
        return None


def warc_gzip_parts(fh: BinaryIO, floor: int) -> Iterator[Segment | GzipDamage | WholeStream]:
    """The segments of records of a seekable ``.warc.gz`` and the damage between them, in file order."""
    members = _Members(fh, floor)
    segment = _spool()
    offset: int | None = 0
    lost = False  # after damage: members that do not open a record are the rest of the lost one
    while offset is not None:
        present = members.member_at(offset)
        if present is None:
            break
        if not present:
            yield from _flushed(segment)
            segment = _spool()
            resume = members.next_record(offset)
            yield GzipDamage(offset, "not gzip data", resume)
            offset, lost = resume, True
            continue
        opens = members.head(offset) == _RECORD
        lost = lost and not opens
        if opens and segment.tell() >= _SEGMENT_BYTES:
            yield from _flushed(segment)
            segment = _spool()
        mark = segment.tell()
        try:
            end = members.inflate(offset, _Discard() if lost else segment)
        except _TooBig:
            yield from _flushed(segment, mark)
            yield WholeStream(offset)
            return
        except (zlib.error, EOFError, _Bomb) as exc:
            yield from _flushed(segment, mark)  # the records before it, in file order
            if isinstance(exc, _Bomb) and exc.fatal:
                yield GzipDamage(offset, str(exc), None, fatal=True)
                return
            segment = _spool()
            resume = members.next_record(offset)
            yield GzipDamage(offset, _damage(exc, resume), resume)
            offset, lost = resume, True
            continue
        offset = end
    yield from _flushed(segment)


def _damage(exc: BaseException, resume: int | None) -> str:
    if isinstance(exc, EOFError):  # inflating went on into the members after it, to the end of the file
        return "truncated gzip member" + (" (the file ends inside it)" if resume is None else "")
    return str(exc) if isinstance(exc, _Bomb) else f"corrupt gzip member ({exc})"


def _spool() -> IO[bytes]:
    return tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # type: ignore[return-value]


def _flushed(segment: IO[bytes], end: int | None = None) -> Iterator[Segment]:
    """The segment as written (up to ``end``: the bytes of a member that failed are dropped), unless empty."""
    if end is not None:
        segment.truncate(end)
    if not segment.seek(0, 2):
        segment.close()
        return
    segment.seek(0)
    yield Segment(segment)
