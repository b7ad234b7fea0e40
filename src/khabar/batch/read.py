"""Articles from one input file given as bytes, exactly as ``khabar analyze`` reads that file.

A Spark task cannot ``open()`` an object-store path, so Spark reads each file's bytes (its
``binaryFile`` source works on every filesystem Hadoop knows) and this module turns them into
articles and input errors with the ingest readers themselves
(:func:`khabar.ingest.readers.iter_file_content`): the same formats by suffix, the same decoding,
the same limits, the same one-line errors.
"""

from __future__ import annotations

from collections.abc import Iterator

from khabar.ingest.readers import iter_file_content
from khabar.ingest.records import InputError
from khabar.model import Article


def items_from_bytes(path: str, data: bytes) -> Iterator[Article | InputError]:
    """Articles and errors of the file ``path`` whose content is ``data``, in file order."""
    yield from iter_file_content(path, data)
