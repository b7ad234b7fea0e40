"""WARC files from crawls (``.warc``, ``.warc.gz``), read with FastWARC.

Each HTTP response record holding an HTML page with status 200 becomes an HTML article: source kind
``warc``, the WARC file as ``path``, the record's number in the file as ``line``, its
``WARC-Target-URI`` as ``url`` (and a hash of it as ``id``) and its ``WARC-Record-ID`` as
``record_id``; ``raw`` is the page as served.  Other records (requests, metadata, images, scripts,
redirects and error pages) are skipped, each counted by its reason in the ``skipped`` counter the
caller may pass and summarised in one log line per file.  A corrupt record (digest mismatch, cut
short with or without a digest, no target, a Content-Length that does not end where the next record
begins) is one error and the file goes on; where the framing breaks (a wrong Content-Length),
reading resumes at the next ``WARC/1.`` header that frames a record (not text in a page that looks
like one).  A ``.warc.gz`` is read a gzip member at a time (:mod:`~khabar.ingest.warc_gzip`), so a
corrupt member is one error and the records after it are read; a zstd-compressed file is inflated
first (in memory up to 32 MB, then to a temporary file), so that a broken record there is one error
and reading resumes at the next header as in a plain file.
"""

from __future__ import annotations

import logging
import re
import tempfile
import zlib
from collections import Counter
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, BinaryIO

from khabar.ingest.files import MAX_FILE_BYTES, bomb_reason, is_bomb
from khabar.ingest.html import MAX_HTML_BYTES, article_from_page_bytes
from khabar.ingest.records import InputError, stable_id
from khabar.model import Article

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_OK = 200
_log = logging.getLogger(__name__)


def iter_warc(stream: str | BinaryIO, item: str, path: str | None = None,
              skipped: Counter[str] | None = None, floor: int = MAX_FILE_BYTES) -> Iterator[Article | InputError]:
    """HTML articles of a WARC file or stream (``item`` names it in errors); records that hold no
    article are counted in ``skipped`` by reason (``request record``, ``HTTP status 404``,
    ``content type image/png`` ...).

    A record whose framing is wrong (a Content-Length too long or too short: a crawler that wrote a
    page after its header) is one error; in a seekable stream reading then resumes at the next
    ``WARC/1.`` header after that record's start, so the records after it are not lost.  A seekable
    ``.warc.gz`` is inflated a gzip member at a time (:mod:`~khabar.ingest.warc_gzip`): a corrupt
    member is one error and the members after it are read; a member inflating more than
    MAX_INFLATION-fold past ``floor`` bytes is a decompression bomb, skipped (a second ends the file)."""
    skipped = Counter() if skipped is None else skipped
    before = skipped.copy()
    if _gzip_seekable(stream):
        yield from _gzip_records(stream, item, path, skipped, floor)  # type: ignore[arg-type]
    elif _seekable_head(stream, len(_ZSTD_MAGIC)) == _ZSTD_MAGIC:
        yield from _zstd_records(stream, item, path, skipped, floor)  # type: ignore[arg-type]
    else:
        yield from _plain_records(stream, item, path, skipped, 0, _resyncable(stream))
    if here := skipped - before:
        _log.info("%s: %d records skipped (%s)", item, here.total(),
                  ", ".join(f"{n} {reason}" for reason, n in here.most_common()))


def _gzip_records(stream: BinaryIO, item: str, path: str | None, skipped: Counter[str],
                  floor: int) -> Iterator[Article | InputError]:
    """The records of a seekable .warc.gz, its sound members read as plain WARC segments."""
    from khabar.ingest.warc_gzip import GzipDamage, WholeStream, warc_gzip_parts

    number = 0
    for part in warc_gzip_parts(stream, floor):
        if isinstance(part, WholeStream):
            stream.seek(part.offset)
            number = yield from _plain_records(stream, item, path, skipped, number, False)
            return
        if isinstance(part, GzipDamage):
            if part.fatal:
                yield InputError(item, part.reason)
                return
            number += 1  # a member is a record, as crawlers write them
            rest = "the rest of the file is skipped" if part.resume is None else f"reading resumes at byte {part.resume:,}"
            yield InputError(f"{item}#{number}", f"{part.reason} at byte {part.offset:,}; {rest}")
            continue
        with part.stream:
            number = yield from _plain_records(part.stream, item, path, skipped, number, True, inflated=True)
    if number == 0:
        yield InputError(item, "no WARC records")


_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
#: A zstd WARC is inflated to memory up to this many bytes, past them to a temporary file.
_SPOOL_BYTES = 1 << 25
_INFLATE_CHUNK = 1 << 16  # small: a read that meets a cut loses what it inflated before it


def _zstd_records(stream: BinaryIO, item: str, path: str | None, skipped: Counter[str],
                  floor: int) -> Iterator[Article | InputError]:
    """The records of a zstd-compressed WARC, inflated first into a seekable file and read as a plain
    one: read as one compressed stream, a broken record (a header FastWARC cannot read, a wrong
    Content-Length) ended the file, there being no offset in compressed bytes to resume at.  A corrupt
    or cut stream ends the inflated bytes: the records before are read, then one error says so; an
    inflation past MAX_INFLATION-fold beyond ``floor`` bytes is a bomb, refused likewise."""
    from fastwarc.stream_io import ZstdReader

    start, damage = stream.tell(), None
    with tempfile.SpooledTemporaryFile(_SPOOL_BYTES) as plain:
        try:
            reader = ZstdReader(stream, fsspec_args=False)
            while chunk := reader.read(_INFLATE_CHUNK):
                plain.write(chunk)
                if is_bomb(plain.tell(), stream.tell() - start, floor):
                    damage = bomb_reason(plain.tell(), stream.tell() - start, "zstd data")
                    break
        except OSError as exc:
            damage = f"corrupt zstd data ({exc}) after {plain.tell():,} inflated bytes"
        if damage and not plain.tell():
            yield InputError(item, damage)  # nothing to read: no 'no WARC records' besides
            return
        plain.seek(0)
        number = yield from _plain_records(plain, item, path, skipped, 0, True, inflated=True)  # type: ignore[arg-type]
    if damage:
        yield InputError(f"{item}#{number + 1}", f"{damage}; the rest of the file is skipped")


def _gzip_seekable(stream: str | BinaryIO) -> bool:
    """Whether ``stream`` is a gzip file from its start that can seek: its members can be read one by one."""
    return _seekable_head(stream, 2) == b"\x1f\x8b" and stream.tell() == 0  # type: ignore[union-attr]


def _plain_records(stream: str | BinaryIO, item: str, path: str | None, skipped: Counter[str], number: int,
                   seekable: bool, inflated: bool = False) -> Generator[Article | InputError, None, int]:
    """The records of a plain WARC stream (or one FastWARC inflates), numbered on from ``number``;
    returns the number of the last.  ``inflated``: a segment of a .warc.gz, whose offsets are not the file's."""
    offset: int | None = 0
    failed = False
    while offset is not None:
        offset, number, failed = yield from _records_from(stream, offset, item, path, number, skipped, seekable,
                                                          failed, inflated)
    return number


def _records_from(stream: str | BinaryIO, offset: int, item: str, path: str | None, number: int,
                  skipped: Counter[str], seekable: bool, reported: bool,
                  inflated: bool) -> Generator[Article | InputError, None, tuple[int | None, int, bool]]:
    """The records from byte ``offset`` on; returns where to resume (None: at the end), the number
    of the last record read, and whether reading broke off (unreadable bytes).  ``reported``: the
    previous call broke off, so bytes unreadable right at ``offset`` are the record it named."""
    from fastwarc.warc import ArchiveIterator

    start, number_before = offset, number
    try:
        if offset:
            stream.seek(offset)  # type: ignore[union-attr]
        for record in ArchiveIterator(stream, parse_http=False, fsspec_args=False, auto_decode="all"):
            number += 1
            start = record.stream_pos
            result = _record_article(record, f"{item}#{number}", path, number)
            if isinstance(result, str):
                skipped[result] += 1
                continue
            if seekable and isinstance(result, Article) and not _framed(record, stream, start):  # type: ignore[arg-type]
                result = InputError(f"{item}#{number}", f"WARC record{_for(result.source.url)} {_MISFRAMED[-1]}")
            yield result
            if seekable and isinstance(result, InputError) and result.reason.endswith(_MISFRAMED):
                # None: no record follows, the bytes after its wrong length are its own.
                return _resume_after(stream, start), number, False  # type: ignore[arg-type]
    except (OSError, ValueError) as exc:
        if number == 0:
            yield InputError(item, f"not a WARC file ({exc})")
            return None, number, True
        resume = _resume_after(stream, start) if seekable else None  # type: ignore[arg-type]
        # Broken off after the record at ``start``, the next header may be the unreadable record itself
        # (a header past FastWARC's size cap): read again, it breaks off at once, named already.
        if not (reported and number == number_before):
            rest = ("the rest of the file is skipped" if resume is None and not inflated
                    else "the rest of its gzip members is skipped" if resume is None
                    else "reading resumes at the next record" if inflated else f"reading resumes at byte {resume:,}")
            yield InputError(f"{item}#{number + 1}", f"unreadable WARC record ({exc}); {rest}")
        return resume, number, True
    if number == 0:
        yield InputError(item, "no WARC records")
    return None, number, False


#: The errors of a record whose Content-Length does not frame it: the next header may lie inside it.
_MISFRAMED = ("(block digest mismatch)", "payload bytes)",
              "misframed (its Content-Length does not end at the next record)")
_HEADER = b"\nWARC/1."
_START = b"WARC/"
_END = b"\r\n\r\n"  # ends a record's header, and its block (WARC 1.1, section 4)
_SCAN_BYTES = 1 << 20
_HEAD_BYTES = 1 << 16  # a header longer than this is not looked at for framing (real ones are < 2 KB)
_LENGTH = re.compile(rb"\r\nContent-Length:[ \t]*(\d+)[ \t]*\r\n", re.IGNORECASE)


def _resyncable(stream: str | BinaryIO) -> bool:
    """Whether reading can resume at a later offset: an uncompressed stream (opening with its first
    ``WARC/`` header) that can seek.  In one FastWARC inflates (the zstd it also reads from a .warc)
    the offsets FastWARC gives are not the file's, and the scan for a header would move the stream
    under FastWARC's feet: the records after a bad one were lost."""
    return _seekable_head(stream, len(_START)) == _START


def _seekable_head(stream: str | BinaryIO, size: int) -> bytes | None:
    """The next ``size`` bytes of a seekable ``stream``, which is put back where it was; None for a
    path or a stream that cannot seek."""
    if isinstance(stream, str) or not getattr(stream, "seekable", lambda: False)():
        return None
    at = stream.tell()
    head = stream.read(size)
    stream.seek(at)
    return head


def _framed(record: WarcRecord, stream: BinaryIO, start: int) -> bool:
    """Whether a record's Content-Length ends its block where the next record (or the file) begins.
    A matching block digest says so already; without one, a wrong Content-Length stored the page
    cut short or with the next record's bytes appended, as if it were whole.  The stream is put back
    where FastWARC left it."""
    if "WARC-Block-Digest" in record.headers:
        return True
    at = stream.tell()
    try:
        return _record_end(stream, start) is not None
    finally:
        stream.seek(at)


def _record_end(stream: BinaryIO, start: int) -> int | None:
    """Where the record whose header begins at ``start`` ends (the next record's offset, or the end
    of the stream) by its Content-Length, when a CRLF CRLF and then the end of the stream or a
    ``WARC/`` header follow there; None when they do not (the length is wrong, or no record is at
    ``start``: text that only looks like a header)."""
    stream.seek(start)
    head = stream.read(_HEAD_BYTES)
    fields_end = head.find(_END)
    length = _LENGTH.search(head, 0, fields_end + 2) if fields_end > 0 and head.startswith(_START) else None
    if length is None:
        return None
    end = start + fields_end + len(_END) + int(length[1])
    stream.seek(end)
    tail = stream.read(len(_END) + len(_START))
    return end + len(_END) if tail in (_END, _END + _START) else None


def _resume_after(stream: BinaryIO, start: int) -> int | None:
    """Where to read on after the bad record (or the last good one) at ``start``: where its own
    Content-Length ends it when that is the next record's start (a digest mismatch in a block of the
    right length), else the next header that frames a record."""
    end = _record_end(stream, start)
    if end is not None:
        stream.seek(end)
        if stream.read(1):
            return end
    return _next_header(stream, start)


def _next_header(stream: BinaryIO, after: int) -> int | None:
    """The offset of the first ``WARC/1.`` line after byte ``after`` (a record's start) that begins
    a record framed by its Content-Length, or None.  A page may hold the text ``WARC/1.0`` on a line
    of its own (an article about web archives): taken for a header, it was read as a record made of
    the rest of that page.  When no header frames a record (the next one is broken too), the first
    one found is taken: reading it names what is wrong with it."""
    first = None
    at = after + 1
    while True:
        stream.seek(at)
        chunk = stream.read(_SCAN_BYTES)
        found = chunk.find(_HEADER)
        if found >= 0:
            candidate = at + found + 1
            first = candidate if first is None else first
            if _record_end(stream, candidate) is not None:
                return candidate
            at = candidate
            continue
        if len(chunk) < _SCAN_BYTES:
            return first
        at += len(chunk) - len(_HEADER)


def _record_article(record: WarcRecord, where: str, path: str | None, number: int) -> Article | InputError | str:
    """The record's article, an error, or why it holds none (a reason to count)."""
    from fastwarc.warc import WarcRecordType

    if record.record_type == WarcRecordType.unknown:
        return InputError(where, "malformed WARC record (no known WARC-Type)")
    url = record.headers.get("WARC-Target-URI")
    has_digest = "WARC-Block-Digest" in record.headers
    if has_digest and not record.verify_block_digest(consume=False):
        return InputError(where, f"corrupt WARC record{_for(url)} (block digest mismatch)")
    if record.record_type != WarcRecordType.response:
        return f"{record.headers.get('WARC-Type') or 'unknown'} record"
    if not record.is_http:
        return "non-HTTP response record"
    record.parse_http()
    content_type = (record.http_content_type or "").lower()
    if not content_type.startswith(_HTML_TYPES):
        return f"content type {content_type.split(';')[0].strip() or 'missing'}"
    if record.http_headers.status_code != _OK:
        return f"HTTP status {record.http_headers.status_code}"
    if not url:
        return InputError(where, "WARC response record has no WARC-Target-URI")
    declared = record.content_length  # after parse_http: the payload's length as the record declares it
    data = record.reader.read(MAX_HTML_BYTES + 1)
    if len(data) < min(declared, MAX_HTML_BYTES + 1):
        # A record without WARC-Block-Digest that the file cuts short (an interrupted crawl): the
        # digest test above cannot see it, and the page would be stored cut off.
        return InputError(where, f"WARC record{_for(url)} cut short ({len(data)} of {declared} payload bytes)")
    encoding = (record.http_headers.get("Content-Encoding") or "").lower()
    if encoding in ("gzip", "x-gzip", "deflate") and data[:2] in (b"\x1f\x8b", b"\x78\x9c", b"\x78\x01", b"\x78\xda"):
        try:
            data = _inflate(data)
        except zlib.error as exc:
            return InputError(where, f"page{_for(url)}: undecodable {encoding} content ({exc})")
    if len(data) > MAX_HTML_BYTES:
        return InputError(where, f"page{_for(url)} too large (> {MAX_HTML_BYTES // (1024 * 1024)} MB)")
    try:
        article = article_from_page_bytes(data, record.http_charset, path=path, url=url, kind="warc", line=number)
    except ValueError as exc:
        return InputError(where, f"page{_for(url)}: {exc}")
    # Identified by its address: crawled pages carry changing ads, tokens and clocks, so a content
    # hash would store every re-crawl of an article anew instead of replacing it.
    article.id = stable_id(url)
    article.source.record_id = record.record_id
    return article


def _inflate(data: bytes) -> bytes:
    """A gzip/zlib-compressed payload, inflated to at most MAX_HTML_BYTES + 1 bytes (a bomb stays bounded)."""
    return zlib.decompressobj(wbits=47).decompress(data, MAX_HTML_BYTES + 1)  # 47: gzip or zlib header


def _for(url: str | None) -> str:
    return f" for {url}" if url else ""
