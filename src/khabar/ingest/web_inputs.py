"""The web formats — HTML pages, WARC files, RSS/Atom feeds — read by :mod:`~khabar.ingest.html`,
:mod:`~khabar.ingest.warc` and :mod:`~khabar.ingest.feeds`, from a file or from bytes; an error about a
whole input keeps its bytes (or, for a part of a crawl or feed, its file's path) for a retry."""

from __future__ import annotations

import io
from collections.abc import Iterator

from khabar.ingest.files import MAX_FILE_BYTES, READ_ERRORS, file_bytes, read_bytes, size_reason, unreadable
from khabar.ingest.records import InputError, RawInput, raw_input
from khabar.model import Article


def web_items(fmt: str, data: bytes, item: str, path: str | None,
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


def iter_web_file(path: str, fmt: str, max_bytes: int | None = None,
                   content: bytes | None = None) -> Iterator[Article | InputError]:
    if fmt == "warc":  # streamed: crawls are far larger than one page; a .warc.gz member by member (warc_gzip)
        from khabar.ingest.warc import iter_warc

        try:
            with open(path, "rb") if content is None else io.BytesIO(content) as fh:
                for result in iter_warc(fh, path, path, floor=max_bytes or MAX_FILE_BYTES):
                    if isinstance(result, InputError):
                        result.retry = file_bytes(path, fmt, content) if result.item == path else _part_of_file(fmt, path)
                    yield result
        except OSError as exc:
            yield InputError(path, unreadable(exc))
        return
    try:
        data = read_bytes(path, max_bytes, content)
    except READ_ERRORS as exc:
        yield InputError(path, unreadable(exc), file_bytes(path, fmt, content))
        return
    except ValueError as exc:
        yield InputError(path, str(exc), file_bytes(path, fmt, content))
        return
    yield from web_items(fmt, data, path, path, max_bytes)
