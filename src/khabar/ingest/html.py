"""HTML pages as input: recognised by suffix or by their first bytes; their declared charset is read here
and handed to :func:`khabar.ingest.encoding.decode_bytes` by the readers.

Ingest only reads the page: it becomes an :class:`~khabar.model.Article` of kind ``html`` whose
``raw`` is the page verbatim.  The structure stage reads the page's fields from the markup
(:mod:`khabar.structure.html`), so a stored page can always be analysed again.
"""

from __future__ import annotations

import re

from khabar.ingest.encoding import codec_name, decode_bytes, fix_mojibake
from khabar.ingest.guards import check_nesting
from khabar.ingest.records import MAX_TEXT_CHARS, check_text, stable_id
from khabar.model import Article, Source

#: A page is refused beyond this size (after decompression); extraction reads less still.
MAX_HTML_BYTES = 20 * 1024 * 1024
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096


def looks_like_html(head: bytes) -> bool:
    """Whether bytes opening an input are an HTML page (a doctype, or an ``<html>``/``<head>``/``<body>`` tag)."""
    return bool(_HTML_START.match(head.lstrip(b"\xef\xbb\xbf")))


def declared_charset(data: bytes) -> str | None:
    """The codec named by the page's ``<meta charset>`` (or http-equiv), if Python knows it."""
    m = _META_CHARSET.search(data[:_SNIFF_BYTES * 4])
    return codec_name(m.group(1).decode("ascii", "ignore")) if m else None


def article_from_html(html: str, path: str | None = None, url: str | None = None,
                      kind: str = "html", line: int | None = None) -> Article:
    """An article for an HTML page; the structure stage fills its fields from the markup."""
    check_text(html[:MAX_TEXT_CHARS])  # empty or binary input; the page's size was bounded when read
    check_nesting(html)  # extractors recurse: refuse markup nested beyond any real page
    return Article(id=stable_id(html), source=Source(kind=kind, path=path, url=url, line=line), raw=html)


def article_from_page_bytes(data: bytes, charset: str | None = None, path: str | None = None,
                            url: str | None = None, kind: str = "html", line: int | None = None) -> Article:
    """An article for a page's bytes, decoded by :func:`~khabar.ingest.encoding.decode_bytes` with the
    HTTP ``charset`` and the page's own declaration; the decoding's notes become ``Source.repairs``."""
    decoded = decode_bytes(data, declared=(charset, declared_charset(data)))
    # A page whose UTF-8 was read as Latin-1 and written again (served double-encoded) is taken back
    # before its markup is read: in the text extracted later, the C1 controls of that mojibake (U+0085
    # of 'م' read as 'Ù\x85') were whitespace already and the repair of paragraphs left half the letters.
    undone = fix_mojibake(decoded.text)
    notes = [f"decoded twice: {label} undone in the page" for label in undone.repairs]
    article = article_from_html(undone.text, path=path, url=url, kind=kind, line=line)
    article.source.repairs = decoded.repairs + notes
    return article
