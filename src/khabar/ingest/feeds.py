"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``), read with feedparser.

Each entry becomes a record like a JSON Lines line (``id``, ``url``, ``date``, ``title``, ``author``,
``lead``, ``text``, ``source``, ``category``) and so an article of kind ``feed`` whose ``raw`` is
that record as JSON: the structure stage treats it as any record.  The text is the entry's full
content when the feed carries it (``content:encoded``, Atom ``content``), its summary otherwise;
HTML in either is turned into paragraphs, one a line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from khabar.ingest.dates import iso_date
from khabar.ingest.records import InputError, article_from_record, stable_id
from khabar.model import Article

_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
#: HTML elements that end a line of text.
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
                     "section", "article", "figcaption", "pre", "ul", "ol", "table"})
_SNIFF_BYTES = 2048
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def looks_like_feed(head: bytes) -> bool:
    """Whether bytes opening an input hold an RSS/Atom root element."""
    return bool(_FEED_START.search(head[:_SNIFF_BYTES]))


def fragment_text(html: str) -> str:
    """An HTML fragment as plain text: one line per block element, inline markup dropped."""
    if "<" not in html:
        return "\n".join(line.strip() for line in html.splitlines() if line.strip())
    import lxml.html

    html = _NOT_XML.sub(" ", html)  # lxml refuses control characters anywhere in a tree
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_text(detail: dict[str, Any] | None) -> str:
    if not detail or not isinstance(detail.get("value"), str):
        return ""
    value = detail["value"]
    return fragment_text(value) if "html" in (detail.get("type") or "html") else value.strip()


def _entry_date(entry: dict[str, Any]) -> str | None:
    for key in ("published", "updated", "created"):
        if entry.get(key) and (value := iso_date(entry[key])):
            return value
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6], tzinfo=UTC).isoformat()  # feedparser gives UTC
    return None


def entry_record(entry: dict[str, Any], feed_title: str | None = None) -> dict[str, Any]:
    """The JSON Lines-shaped record of one feed entry."""
    summary = _entry_text(entry.get("summary_detail"))
    content = next((t for c in entry.get("content") or [] if (t := _entry_text(c))), "")
    key = entry.get("id") or entry.get("link") or entry.get("title") or content or summary
    tags = entry.get("tags") or []
    return {
        "id": stable_id(str(key)),
        "url": entry.get("link"),
        "date": _entry_date(entry),
        "title": entry.get("title"),
        "author": entry.get("author"),
        "lead": summary if content and summary and summary != content else None,
        "text": content or summary,
        "source": feed_title,
        "category": tags[0].get("term") if tags else None,
    }


@dataclass
class ParsedFeed:
    """A feed's title and entries (feedparser's), and what was wrong with it if anything."""

    title: str | None
    entries: list[dict[str, Any]]
    problem: str | None  # why nothing, or not everything, could be read


def parse_feed(data: bytes) -> ParsedFeed:
    """A feed's bytes parsed; entries read before a syntax error are kept, with the error as ``problem``."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser has bugs on hostile input (KeyError on stray tags): one error
        return ParsedFeed(None, [], f"not an RSS/Atom feed (the parser failed: {exc.__class__.__name__})")
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and isinstance(problem, feedparser.CharacterEncodingOverride):
        problem = None
    if problem is not None and str(problem).endswith("undefined entity"):
        problem = _problem_past_html_entities(data)
    if not parsed.entries:
        reason = f"not an RSS/Atom feed ({problem})" if problem or not parsed.get("version") else "feed has no entries"
        return ParsedFeed(None, [], reason)
    reason = f"malformed feed ({problem}); the entries read before it are kept" if problem is not None else None
    return ParsedFeed(parsed.feed.get("title") or None, list(parsed.entries), reason)


def _problem_past_html_entities(data: bytes) -> str | None:
    """The feed's first XML error once its HTML entities (``&hellip;``, ``&nbsp;``, which XML does not
    define) are read as characters, or None.  Feeds written by HTML tools are full of them; the strict
    parser stops at the first and feedparser's loose one reads every entry with them decoded, so
    'undefined entity' named no loss (every such feed was an error line), and hid a real one after
    it (a feed cut short)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    try:
        parser.Parse(_HTML_ENTITY.sub(_char_reference, data), True)
    except expat.ExpatError as exc:
        return str(exc)
    except ValueError:  # an encoding expat does not know: feedparser read it, nothing to add
        return None
    return None


#: A named entity reference: XML's own five are left, others become character references.
_HTML_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def _char_reference(match: re.Match[bytes]) -> bytes:
    from html.entities import name2codepoint

    if match[1] in _XML_ENTITIES:
        return match[0]
    code = name2codepoint.get(match[1].decode("ascii"))
    return b"&#%d;" % code if code is not None else b"?"  # unknown: kept as text by feedparser, no break


def iter_feed(data: bytes, item: str, path: str | None = None) -> Iterator[Article | InputError]:
    """Articles of the entries of a feed's bytes; entries refused for the same reason (no text) are
    one error, at the first of them, naming how many more there are."""
    feed = parse_feed(data)
    if feed.problem is not None:
        yield InputError(item, feed.problem)
    results: list[Article | tuple[int, str]] = []
    for number, entry in enumerate(feed.entries, 1):
        record = entry_record(entry, feed.title)
        raw = json.dumps(record, ensure_ascii=False)
        try:
            results.append(article_from_record(record, raw, path=path, line=number, kind="feed"))
        except ValueError as exc:
            results.append((number, str(exc)))
    yield from _folded(results, item)


#: Entry numbers named in a folded error line; the rest are counted.
_NAMED_ENTRIES = 5


def _folded(results: list[Article | tuple[int, str]], item: str) -> Iterator[Article | InputError]:
    """Articles, and one error per reason at its first entry: a feed of 100,000 empty items (a broken
    or hostile generator) is one line naming the count, not 100,000 lines burying the others."""
    by_reason: dict[str, list[int]] = {}
    for result in results:
        if isinstance(result, tuple):
            by_reason.setdefault(result[1], []).append(result[0])
    for result in results:
        if isinstance(result, Article):
            yield result
            continue
        number, reason = result
        numbers = by_reason[reason]
        if number != numbers[0]:
            continue
        more = numbers[1:]
        if more:
            named = ", ".join(f"#{n}" for n in more[:_NAMED_ENTRIES]) + (f", … #{more[-1]}" if len(more) > _NAMED_ENTRIES else "")
            reason = f"{reason}; so {'has 1 more entry' if len(more) == 1 else f'have {len(more):,} more entries'} ({named})"
        yield InputError(f"{item}#{number}", f"feed entry: {reason}")
