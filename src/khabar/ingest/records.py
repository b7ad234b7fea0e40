"""Articles from what was read: a text dump or a JSON Lines record becomes an
:class:`~khabar.model.Article` (with its raw input verbatim), a failure an :class:`InputError` naming the
item and the reason, and the bytes of a failed input a :class:`RawInput` kept for a retry.

The file, folder, stdin and web readers (:mod:`~khabar.ingest.readers`) build on these.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from khabar.ingest.dates import iso_date
from khabar.ingest.encoding import decoding_notes
from khabar.model import Article, Source

#: Larger texts are refused rather than analysed: untrusted input is bounded.
MAX_TEXT_CHARS = 2_000_000  # one article's text
#: At most this much of a failed input's bytes is kept with its error, for a retry.
MAX_ERROR_RAW_BYTES = 4 * 1024 * 1024
#: A longer id given by a record is refused: ids name articles in the store, URLs and error lines
#: (a URL used as an id is well under it).
MAX_ID_CHARS = 1000


@dataclass
class RawInput:
    """A failed input's bytes as read (``complete`` False when cut at MAX_ERROR_RAW_BYTES), the format
    to read them as, and where they came from: enough to try it again later."""

    data: bytes
    fmt: str
    path: str | None = None
    line: int | None = None
    complete: bool = True


def retry_of(article: Article) -> RawInput:
    """An article's raw input kept for a retry (after its analysis failed): records and pages whole,
    WARC records and feed entries by their file (their bytes alone do not say where they came from)."""
    src = article.source
    fmt = {"text": "text", "jsonl": "jsonl", "html": "html",
           "stdin": "jsonl" if article.raw.lstrip().startswith("{") else "text"}.get(src.kind)
    data = article.raw.encode("utf-8")
    if fmt is None:
        return RawInput(data[:MAX_ERROR_RAW_BYTES], "warc" if src.kind == "warc" else "feed", src.path, None, False)
    return raw_input(data, fmt, src.path, src.line if fmt == "jsonl" else None)


@dataclass
class InputError:
    """One input that could not be read: ``item`` names it, ``reason`` says why (one line);
    ``retry`` keeps its bytes when they were read (see :func:`iter_raw_input`)."""

    item: str
    reason: str
    retry: RawInput | None = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


def where_read(article: Article) -> str:
    """The item an article was read from, as its errors name it: its path (and line), or its id."""
    where = article.source.path or article.id
    return f"{where}:{article.source.line}" if article.source.line else where


def article_failed(article: Article, what: str, exc: BaseException) -> InputError:
    """The error of an article read but not analysed, written or stored (``what`` failed, ``exc``
    says why), named by :func:`where_read`, its raw input kept for a retry."""
    return InputError(where_read(article), f"{what} ({exc.__class__.__name__}: {exc})", retry_of(article))


#: Inputs whose id names an address: the same id again is a later capture of the same page.
_CAPTURES = ("warc", "feed")


def first_of_each_id(items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
    """``items`` with every article whose id an earlier article of the same run had for another raw
    input turned into an error naming the id and where it was first read, its raw input kept.  An id
    names one article: analysed, a second record would replace the first in the store (and an
    output file keyed by id would keep the first), silently, whichever was meant; the first stays,
    the second is reported so that it can be given its own id (or retried later as an update:
    ``ingest --retry-errors``).  The same input read again (a copy of a page: its id is its hash)
    is the same article and goes through; so does a later capture of a WARC record's or a feed
    entry's address (its id): the page as updated, which the store keeps."""
    first: dict[str, tuple[str, int]] = {}  # id -> where it was read, the hash of its raw input
    for item in items:
        if isinstance(item, Article) and item.source.kind not in _CAPTURES:
            seen = first.setdefault(item.id, (where_read(item), hash(item.raw)))
            if seen[1] != hash(item.raw):
                yield InputError(where_read(item), f"duplicate id {_shown(item.id)}: {seen[0]} has it; not "
                                 "analysed (each record needs its own id)", retry_of(item))
                continue
        yield item


def _shown(article_id: str, most: int = 80) -> str:
    """An id quoted for an error line: one line, cut to ``most`` characters."""
    return repr(article_id if len(article_id) <= most else article_id[:most] + "…")


def raw_input(data: bytes, fmt: str, path: str | None = None, line: int | None = None) -> RawInput:
    """``data`` kept for a retry, bounded by MAX_ERROR_RAW_BYTES."""
    return RawInput(data[:MAX_ERROR_RAW_BYTES], fmt, path, line, len(data) <= MAX_ERROR_RAW_BYTES)


def stable_id(text: str) -> str:
    """A content hash used as id when the input gives none."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


#: Control characters but the whitespace ones (\t \n \v \f \r) and SUB (\x1a), the substitute that
#: lossy converters write for a character they could not carry (an emoji in a 2015 Saudi article came
#: as \x1a\x1a, 26 of them in 2,199 characters): found at C speed, once per input.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f]")
#: A UTF-16 surrogate on its own: JSON's escapes can spell one (``"\\ud800"``), no text holds one, and
#: no output (UTF-8, SQLite) can be written with one, so it would fail the batch at its writer.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


#: A character that shows: not white space, not a format character (direction marks, zero-width
#: joiners and spaces, the word joiner, the byte-order mark, the soft hyphen): a text of those alone
#: was analysed into an article with no paragraph, silently.
_VISIBLE = re.compile("[^\\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


def check_unicode(value: str, what: str) -> str:
    """``value``; ValueError naming ``what`` and the character when it holds an unpaired surrogate."""
    if found := _LONE_SURROGATE.search(value):
        raise ValueError(f"{what} holds an unpaired UTF-16 surrogate (\\u{ord(found[0]):04x} at character "
                         f"{found.start() + 1}), not Unicode text")
    return value


def check_text(text: str) -> str:
    """``text`` if it is plausible article text; ValueError (empty, too long, binary) otherwise."""
    if not text.strip():
        raise ValueError("empty input")
    if not _VISIBLE.search(text):
        raise ValueError("empty input (only invisible characters: direction marks, zero-width spaces)")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"text too long ({len(text)} characters > {MAX_TEXT_CHARS})")
    check_unicode(text, "text")
    sample = text[:4096]
    controls = len(_CONTROLS.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise ValueError("binary data (control characters), not text")
    return text


def article_from_text(text: str, path: str | None = None, kind: str = "text",
                      repairs: list[str] | None = None) -> Article:
    """An article from a page dump; structure analysis fills its fields.  ``repairs`` notes how its
    bytes were decoded (``Source.repairs``)."""
    text = check_text(text)
    return Article(id=stable_id(text), source=Source(kind=kind, path=path, repairs=list(repairs or ())), raw=text)


def _text_or_none(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    value = check_unicode(str(value), f"record's {key}").strip()
    return value or None


#: What a record's non-string value is, as JSON names it (a list of paragraphs, an object of parts).
_JSON_KINDS = {list: "a JSON array", dict: "a JSON object", bool: "a boolean", int: "a number", float: "a number"}


def article_from_record(record: Any, raw: str, path: str | None = None,
                        line: int | None = None, kind: str = "jsonl") -> Article:
    """An article from a JSON Lines record; record fields are taken as given (the date is
    written as ISO 8601 when it parses; the record itself stays verbatim in ``raw``)."""
    if not isinstance(record, dict):
        raise ValueError("record is not a JSON object")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise ValueError(f"record's text is {_JSON_KINDS.get(type(text), 'not a string')}, not a string")
    if text is None or not text.strip():
        raise ValueError("record has no text")
    check_text(text)
    date = _text_or_none(record, "date")
    article_id = _text_or_none(record, "id")
    if article_id is not None and len(article_id) > MAX_ID_CHARS:
        raise ValueError(f"record's id too long ({len(article_id)} characters > {MAX_ID_CHARS})")
    return Article(
        id=article_id or stable_id(raw),
        source=Source(kind=kind, path=path, url=_text_or_none(record, "url"), line=line,
                      outlet=_text_or_none(record, "source")),
        raw=raw,
        published=iso_date(date) or date,
        headline=_text_or_none(record, "title"),
        deck=_text_or_none(record, "lead"),
        byline=_text_or_none(record, "author"),
        category=_text_or_none(record, "category"),
    )


def article_from_raw(raw: str, source: dict[str, Any], article_id: str | None = None) -> Article:
    """Rebuild the un-analysed article from a stored raw input and its source (for re-analysis)."""
    src = {k: source.get(k) for k in ("kind", "path", "url", "line", "outlet")}
    decoding = decoding_notes(source.get("repairs") or [])  # how the stored raw text was decoded
    if src["kind"] in ("html", "warc"):
        from khabar.ingest.html import article_from_html  # builds on this module

        article = article_from_html(raw, path=src["path"], url=src["url"], kind=src["kind"], line=src["line"])
        article.source.record_id = source.get("record_id")  # a WARC record's id is not in its page
    else:
        article = _text_or_record_from_raw(raw, src)
    if article_id:
        article.id = article_id
    article.source.repairs = decoding
    return article


def _text_or_record_from_raw(raw: str, src: dict[str, Any]) -> Article:
    is_record = src["kind"] in ("jsonl", "feed") or (src["kind"] == "stdin" and raw.lstrip().startswith("{"))
    if is_record:
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"invalid JSON ({exc.msg})") from exc
        except RecursionError as exc:
            raise ValueError("invalid JSON (nested too deeply)") from exc
        return article_from_record(record, raw, path=src["path"], line=src["line"], kind=src["kind"])
    return article_from_text(raw, path=src["path"], kind=src["kind"])
