"""Articles from one input file given as bytes, exactly as ``khabar analyze`` reads that file.

A Spark task cannot ``open()`` an object-store path, so Spark reads each file's bytes (its
``binaryFile`` source works on every filesystem Hadoop knows) and this module turns them into
articles and input errors with the ingest readers themselves: the same formats by suffix, the same
decoding, the same limits, the same one-line errors.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator

from khabar.ingest.readers import (
    MAX_FILE_BYTES,
    InputError,
    # Private helpers on purpose: reading bytes must not drift from reading a local file.
    _bounded_lines,
    _jsonl_items,
    _unreadable,
    _web_items,
    article_from_text,
    decode_text,
    file_format,
)
from khabar.ingest.warc import iter_warc
from khabar.model import Article

_READ_ERRORS = (OSError, EOFError, zlib.error)


def _gunzipped(data: bytes) -> bytes:
    """The file's content, inflated when gzip'd, refused beyond MAX_FILE_BYTES (like a local read)."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(f"file too large (> {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    return data


def _jsonl(path: str, data: bytes) -> Iterator[Article | InputError]:
    fh = gzip.GzipFile(fileobj=io.BytesIO(data)) if path.lower().endswith(".gz") else io.BytesIO(data)
    try:
        yield from _jsonl_items(_bounded_lines(fh), path, "jsonl", path)
    except _READ_ERRORS as exc:
        yield InputError(path, _unreadable(exc))


def _whole(path: str, fmt: str, data: bytes) -> Iterator[Article | InputError]:
    try:
        if path.lower().endswith(".gz"):
            data = _gunzipped(data)
        elif len(data) > MAX_FILE_BYTES:
            raise ValueError(f"file too large (> {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    except _READ_ERRORS as exc:
        yield InputError(path, _unreadable(exc))
        return
    except ValueError as exc:
        yield InputError(path, str(exc))
        return
    if fmt != "text":
        yield from _web_items(fmt, data, path, path)
        return
    try:
        yield article_from_text(decode_text(data), path=path)
    except ValueError as exc:
        yield InputError(path, str(exc))


def items_from_bytes(path: str, data: bytes) -> Iterator[Article | InputError]:
    """Articles and errors of the file ``path`` whose content is ``data``, in file order."""
    fmt = file_format(path)
    if fmt == "jsonl":
        yield from _jsonl(path, data)
    elif fmt == "warc":  # FastWARC inflates .warc.gz itself
        yield from iter_warc(io.BytesIO(data), path, path)
    else:
        yield from _whole(path, fmt, data)
