"""WARC files from crawls (``.warc``, ``.warc.gz``), read with FastWARC.

Each HTTP response record holding an HTML page with status 200 becomes an HTML article: source kind
``warc``, the WARC file as ``path``, the record's number in the file as ``line``, its
``WARC-Target-URI`` as ``url`` (and a hash of it as ``id``) and its ``WARC-Record-ID`` as
``record_id``; ``raw`` is the page as served.  Other records (requests, metadata, images, scripts,
redirects and error pages) are skipped, each counted by its reason in the ``skipped`` counter the
caller may pass and summarised in one log line per file.  A corrupt record (digest mismatch, cut
short with or without a digest, no target) is one error and the file goes on; a file whose framing
breaks is one error for the rest of it.
"""

from __future__ import annotations

import logging
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO

from khabar.ingest.html import MAX_HTML_BYTES, article_from_page_bytes
from khabar.ingest.records import InputError, stable_id
from khabar.model import Article

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_OK = 200
_log = logging.getLogger(__name__)


def iter_warc(stream: str | BinaryIO, item: str, path: str | None = None,
              skipped: Counter[str] | None = None) -> Iterator[Article | InputError]:
    """HTML articles of a WARC file or stream (``item`` names it in errors); records that hold no
    article are counted in ``skipped`` by reason (``request record``, ``HTTP status 404``,
    ``content type image/png`` ...)."""
    from fastwarc.warc import ArchiveIterator

    skipped = Counter() if skipped is None else skipped
    before = skipped.copy()
    number = 0  # every record counts, so that numbers match the file's own order
    try:
        records = ArchiveIterator(stream, parse_http=False, fsspec_args=False, auto_decode="all")
        for number, record in enumerate(records, 1):
            result = _record_article(record, f"{item}#{number}", path, number)
            if isinstance(result, str):
                skipped[result] += 1
            else:
                yield result
    except (OSError, ValueError) as exc:
        if number == 0:
            yield InputError(item, f"not a WARC file ({exc})")
        else:
            yield InputError(f"{item}#{number + 1}", f"unreadable WARC record ({exc}); the rest of the file is skipped")
        return
    if number == 0:
        yield InputError(item, "no WARC records")
    if here := skipped - before:
        _log.info("%s: %d records skipped (%s)", item, here.total(),
                  ", ".join(f"{n} {reason}" for reason, n in here.most_common()))


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
