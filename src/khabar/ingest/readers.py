"""Reading inputs: paths, folders, globs and stdin, each file by its format — text dumps
(:mod:`~khabar.ingest.text_dumps`), JSON Lines (:mod:`~khabar.ingest.jsonl`), HTML pages, WARC files
and feeds (:mod:`~khabar.ingest.web_inputs`) — and bytes kept with an error, read again.

Everything is read as bytes and decoded in these modules, so that an undecodable, binary, empty or
oversized input becomes one :class:`InputError` naming it, never an exception that stops a batch.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TextIO

from khabar.ingest.files import MAX_FILE_BYTES, inflate_readable, unreadable
from khabar.ingest.jsonl import bounded_lines, counted_records, cut_reason, iter_jsonl_file, jsonl_items
from khabar.ingest.paths import INPUT_FORMATS, expand_paths, file_format
from khabar.ingest.records import InputError, RawInput, first_of_each_id
from khabar.ingest.stdin import iter_stdin
from khabar.ingest.text_dumps import read_text_file, text_item
from khabar.ingest.web_inputs import iter_web_file, web_items
from khabar.model import Article

_GZIP_MAGIC = b"\x1f\x8b"


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
            yield from iter_stdin(stdin or sys.stdin, input_format, max_bytes)
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
        yield from iter_jsonl_file(path, max_bytes, content)
    elif fmt == "text":
        yield read_text_file(path, max_bytes, content)
    else:
        yield from iter_web_file(path, fmt, max_bytes, content)


def iter_raw_input(raw: RawInput, item: str, max_bytes: int | None = None) -> Iterator[Article | InputError]:
    """Articles (and errors) of bytes kept with an error, read as when they first failed: a JSON
    Lines line keeps its line number, a gzip'd file is inflated first."""
    data, damage = raw.data, None
    if data.startswith(_GZIP_MAGIC):
        data, damage = inflate_readable(data, max_bytes or MAX_FILE_BYTES)
        if damage is not None and raw.fmt != "jsonl":
            yield InputError(item, unreadable(damage), raw)
            return
    if raw.fmt == "jsonl":
        # a cut .jsonl.gz: its whole lines read as the first reading read them, then the cut reported
        kind = "jsonl" if raw.path else "stdin"
        whole = data[:data.rfind(b"\n") + 1] if damage is not None else data
        read = yield from counted_records(jsonl_items(bounded_lines(io.BytesIO(whole)), raw.path or item, kind,
                                                      raw.path, first_line=raw.line or 1))
        if damage is not None:
            yield InputError(item, cut_reason(damage, read), raw)
    elif raw.fmt == "text":
        yield text_item(data, item, raw.path, kind="text" if raw.path else "stdin")
    else:
        yield from web_items(raw.fmt, data, item, raw.path, max_bytes)
