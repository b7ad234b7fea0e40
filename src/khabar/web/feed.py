"""Atom feeds: a saved search's newest hits (``/search.atom?q=...``) and quotations (``/quotes.atom``:
what a person says), for a feed reader.

Built with the standard library's ElementTree, which escapes every text and attribute, so a
headline or snippet holding markup reaches the reader as text.  Each entry links to the page the
article came from when its input had an address, and to the article's page in the web UI.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from urllib.parse import quote, urlencode
from xml.etree import ElementTree as ET

from khabar.search import SearchFilters, parse_query
from khabar.search.engine import article_hits, newest_matches
from khabar.search.outlets import shown_outlet
from khabar.web.marks import quote_url

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"


def atom_time(published: str | None) -> str:
    """An RFC 3339 time for Atom from a stored publication date (a day alone is its midnight, a
    time without an offset is taken as UTC); the epoch when the article has none."""
    if not published:
        return "1970-01-01T00:00:00Z"
    try:
        when = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return "1970-01-01T00:00:00Z"
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.isoformat()


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _feed(base: str, name: str, params: dict[str, str], title: str, published: list[str | None]) -> ET.Element:
    """The feed element of ``/{name}.atom?params`` (its id and self link) under ``base``, titled
    ``khabar: title``, linked to its page in the UI (``/ui/{name}``), updated at the newest of the
    entries' ``published`` dates."""
    query = urlencode(params)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", f"khabar: {title}")
    _sub(feed, "id", f"{base}/{name}.atom?{query}")
    _sub(feed, "link", rel="self", type=MEDIA_TYPE, href=f"{base}/{name}.atom?{query}")
    _sub(feed, "link", rel="alternate", type="text/html", href=f"{base}/ui/{name}?{query}")
    times = [atom_time(p) for p in published]
    _sub(feed, "updated", max(times) if times else atom_time(None))
    _sub(_sub(feed, "author"), "name", "khabar")
    return feed


def search_feed(conn: sqlite3.Connection, q: str, filters: SearchFilters, base_url: str, limit: int = 50) -> str:
    """The Atom document of the ``limit`` newest articles matching ``q`` and ``filters`` (with no
    words, the newest the filters keep: an outlet's, a place's); links are absolute under
    ``base_url`` (the server's address).  A bad query, or neither words nor filters, raises QueryError."""
    query = parse_query(q) if q.strip() or not filters.active() else None
    hits = article_hits(conn, [(i, 0.0) for i in newest_matches(conn, query, filters, limit)], query)
    base = base_url.rstrip("/")
    title = q if query else " ".join(f"{k}={v}" for k, v in filters.active().items())
    feed = _feed(base, "search", {**({"q": q} if query else {}), **filters.active()}, title,
                 [hit.published for hit in hits])
    for hit in hits:
        page = f"{base}/ui/articles/{quote(hit.article_id, safe='')}"
        entry = _sub(feed, "entry")
        _sub(entry, "title", hit.headline or hit.article_id)
        _sub(entry, "id", page)
        _sub(entry, "updated", atom_time(hit.published))
        if hit.published:
            _sub(entry, "published", atom_time(hit.published))
        _sub(entry, "link", rel="alternate", href=hit.url or page)
        if hit.url:
            _sub(entry, "link", rel="related", type="text/html", href=page)
        if hit.outlet:  # by the name a reader knows (ant/France24 is فرانس 24), as the pages show it
            _sub(_sub(entry, "author"), "name", shown_outlet(hit.outlet)[0])
        if hit.snippet:
            _sub(entry, "summary", hit.snippet.text)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)


#: The characters of a quotation an entry's title shows (the whole content is its summary).
TITLE_CHARS = 120


def quotes_feed(items: list[dict], params: dict[str, str], base_url: str) -> str:
    """The Atom document of quotations (``/quotes.atom``: items as /quotes lists them, newest first),
    selected by ``params``: an entry a quotation, titled its speaker and words, its content the
    summary, linked to the quotation in its article's page (#q-N) and to the page it came from."""
    base = base_url.rstrip("/")
    feed = _feed(base, "quotes", params, " ".join(f"{k}={v}" for k, v in params.items()) or "quotations",
                 [item["published"] for item in items])
    for item in items:
        page = base + quote_url(item["article_id"], item["n"])
        speaker = item["speaker_name"] or item["speaker_text"] or "؟"
        content = item["content"] or ""
        entry = _sub(feed, "entry")
        _sub(entry, "title", f"{speaker}: {content[:TITLE_CHARS]}" + ("…" if len(content) > TITLE_CHARS else ""))
        _sub(entry, "id", page)
        _sub(entry, "updated", atom_time(item["published"]))
        if item["published"]:
            _sub(entry, "published", atom_time(item["published"]))
        _sub(entry, "link", rel="alternate", href=page)
        if item["url"]:
            _sub(entry, "link", rel="related", type="text/html", href=item["url"])
        _sub(_sub(entry, "author"), "name", speaker)
        _sub(entry, "summary", content)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)
