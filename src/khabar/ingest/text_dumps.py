"""Text dumps: one page of text per file (or stdin), decoded whatever its encoding."""

from __future__ import annotations

from khabar.ingest.encoding import Decoded, DecodeError, decode_bytes
from khabar.ingest.files import READ_ERRORS, file_bytes, read_bytes, unreadable
from khabar.ingest.records import InputError, article_from_text, raw_input
from khabar.model import Article


def decode_input(data: bytes) -> Decoded:
    """Bytes of a text input as text, with what the decoding did (see :mod:`khabar.ingest.encoding`).
    Raises ValueError naming why the bytes are not text."""
    if not data.strip():
        raise DecodeError("empty input")
    return decode_bytes(data)


def text_item(data: bytes, item: str, path: str | None, kind: str = "text") -> Article | InputError:
    """The article of a text dump's bytes, or its error keeping the bytes."""
    try:
        decoded = decode_input(data)
        return article_from_text(decoded.text, path=path, kind=kind, repairs=decoded.repairs)
    except ValueError as exc:
        return InputError(item, str(exc), raw_input(data, "text", path))


def read_text_file(path: str, max_bytes: int | None = None, content: bytes | None = None) -> Article | InputError:
    try:
        data = read_bytes(path, max_bytes, content)
    except READ_ERRORS as exc:
        return InputError(path, unreadable(exc), file_bytes(path, "text", content))
    except ValueError as exc:
        return InputError(path, str(exc), file_bytes(path, "text", content))
    return text_item(data, path, path)
