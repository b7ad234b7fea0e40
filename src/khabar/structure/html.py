"""HTML pages read as records: the fields a page's markup gives, and its main text.

An HTML page (``source.kind`` ``html`` or ``warc``) is turned into the same record-shaped dict a
JSON Lines line holds (``title``, ``date``, ``author``, ``lead``, ``source``, ``url``, ``text``),
plus ``related``: the headlines of the page's related-links blocks.  The structure stage then takes
the fields as given and analyses ``text`` like a record's (datelines, furniture, related lines).

trafilatura finds the main text and the metadata (Open Graph, JSON-LD, meta tags); selectolax
reads the few things trafilatura leaves out: a full publication timestamp (trafilatura keeps the day
only), and the related-links lists it drops as boilerplate.
"""

from __future__ import annotations

import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from khabar.structure.dates import normalise_date, parse_date_line
from khabar.structure.layout import headline_like, related_title
from khabar.structure.lines import related_header

#: Pages are cut to this many characters before extraction: parse time grows with size, and an
#: article's text and metadata sit well inside it.
MAX_HTML_CHARS = 1_500_000
#: Meta properties holding the publication time, most specific first.
_DATE_METAS = ("article:published_time", "og:published_time", "datePublished", "publish-date",
               "pubdate", "date", "dc.date", "dc.date.issued", "sailthru.date")
#: Class/id/aria words by which sites mark related-links blocks.
_RELATED_HINT = re.compile(r"related|similar|read[-_ ]?(?:more|also)|more[-_ ]?(?:news|stories|articles)"
                           r"|recommend|suggest|you[-_ ]may|see[-_ ]also|also[-_ ]read", re.IGNORECASE)
#: Classes of elements that show the date as text (when no machine-readable date is given).
_DATE_HINT = re.compile(r"date|time|publish", re.IGNORECASE)
_BLOCK_TAGS = "ul, ol, section, aside, div"
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "header", "strong", "span", "p", "div"})
_MIN_RELATED_LINKS = 2
_MIN_LINK_SHARE = 0.6  # of a related block's text that is link text
_HINT_DEPTH = 3  # ancestors whose class/id may mark the block
_HEADING_MAX_CHARS = 60


def html_record(html: str, url: str | None = None) -> dict[str, Any]:
    """The record a page gives: title, date (ISO), author, lead, source (site), url, text, related."""
    import trafilatura

    html = html[:MAX_HTML_CHARS]
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    tree = HTMLParser(html)
    linked = _json_ld(tree)
    title = _clean(doc.title) if doc is not None else _clean(_first_text(tree, "h1, title"))
    text = _without_title((doc.text if doc is not None else None) or "", title)
    return {
        "title": title,
        "date": _published(tree, linked) or (doc.date if doc is not None else None),
        "author": _author(tree, linked) or (_clean(doc.author) if doc is not None else None),
        "lead": _clean(doc.description) if doc is not None else None,
        "source": _clean(doc.sitename) if doc is not None else None,
        "url": _canonical(tree) or (doc.url if doc is not None else None) or url,
        "text": text,
        "related": related_links(tree, text),
    }


def _without_title(text: str, title: str | None) -> str:
    """The main text without the headline heading it (trafilatura keeps an ``<h1>`` inside the article)."""
    lines = text.split("\n")
    while lines and title and _clean(lines[0]) == title:
        lines.pop(0)
    return "\n".join(lines)


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


def _first_text(tree: HTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    return node.text(deep=True) if node is not None else None


def _canonical(tree: HTMLParser) -> str | None:
    for selector, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        if node is not None and (node.attributes.get(attr) or "").startswith(("http://", "https://")):
            return node.attributes[attr]
    return None


# -- publication date ---------------------------------------------------------------------------

def _json_ld(tree: HTMLParser) -> list[dict[str, Any]]:
    """The JSON-LD objects of the page (``@graph`` members included)."""
    items: list[Any] = []
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True))
        except ValueError:
            continue
        items += data if isinstance(data, list) else [data]
    items += [g for item in items if isinstance(item, dict) for g in item.get("@graph") or []]
    return [item for item in items if isinstance(item, dict)]


def _meta(tree: HTMLParser, keys: tuple[str, ...]) -> list[str]:
    """Contents of the meta tags named (``name``, ``property`` or ``itemprop``) by ``keys``."""
    found = []
    for node in tree.css("meta[content]"):
        key = (node.attributes.get("property") or node.attributes.get("name")
               or node.attributes.get("itemprop") or "").lower()
        if key in keys and (node.attributes.get("content") or "").strip():
            found.append(node.attributes["content"] or "")
    return found


def _author(tree: HTMLParser, linked: list[dict[str, Any]]) -> str | None:
    """The byline as the page gives it (trafilatura rewrites names: ``العربية.نت`` loses its dot)."""
    for value in _meta(tree, ("author", "article:author", "dc.creator", "byl")):
        if not value.startswith(("http://", "https://")):
            return _clean(value)
    for item in linked:
        names = [a.get("name") if isinstance(a, dict) else a for a in _as_list(item.get("author"))]
        names = [n for n in names if isinstance(n, str) and n.strip()]
        if names:
            return _clean("، ".join(names))
    return None


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _published(tree: HTMLParser, linked: list[dict[str, Any]]) -> str | None:
    """The publication time as ISO: meta tags, JSON-LD, ``<time datetime>``, then a date shown as text."""
    for value in _meta(tree, _DATE_METAS):
        if found := normalise_date(value):
            return found
    for item in linked:
        if isinstance(item.get("datePublished"), str) and (found := normalise_date(item["datePublished"])):
            return found
    for node in tree.css("time[datetime], [itemprop=datePublished]"):
        value = node.attributes.get("datetime") or node.attributes.get("content")
        if value := normalise_date(value):
            return value
    return _shown_date(tree)


def _shown_date(tree: HTMLParser) -> str | None:
    """A date written out on the page (``الاثنين 15 مارس 2021``) in an element classed as a date."""
    for node in tree.css("time, [class]"):
        classes = node.attributes.get("class") or ""
        if node.tag != "time" and not _DATE_HINT.search(classes):
            continue
        text = " ".join(node.text(deep=True).split())
        if text and len(text) < 120 and (found := parse_date_line(text)):
            return found.value
    return None


# -- related links ------------------------------------------------------------------------------

def related_links(tree: HTMLParser, text: str = "") -> list[str]:
    """Headlines of the page's related-links blocks, in page order, each once.

    A block is a list of at least two headline-like links that is marked as related: by a class,
    id or label naming it so, or by a heading such as ``اقرأ أيضاً`` just before or inside it.
    Links whose text is part of the main ``text`` are the article's own, not related headlines.
    """
    found: list[str] = []
    seen: set[int] = set()
    for block in tree.css(_BLOCK_TAGS):
        links = _headline_links(block)
        if len(links) < _MIN_RELATED_LINKS or not _marked_related(block) or not _mostly_links(block, links):
            continue
        for link in links:
            title = related_title(" ".join(link.text(deep=True).split()))
            key = hash(title)
            if key not in seen and title not in text:
                seen.add(key)
                found.append(title)
    return found


def _headline_links(block: Node) -> list[Node]:
    links = []
    for link in block.css("a"):
        title = " ".join(link.text(deep=True).split())
        if title and headline_like(related_title(title)) and title.count(" ") >= 2:
            links.append(link)
    return links


def _mostly_links(block: Node, links: list[Node]) -> bool:
    total = len("".join(block.text(deep=True).split()))
    linked = sum(len("".join(link.text(deep=True).split())) for link in links)
    return total > 0 and linked >= _MIN_LINK_SHARE * total


def _marked_related(block: Node) -> bool:
    node: Node | None = block
    for _ in range(_HINT_DEPTH):
        if node is None or node.tag in ("body", "html"):
            break
        label = " ".join(node.attributes.get(a) or "" for a in ("class", "id", "aria-label"))
        if _RELATED_HINT.search(label) or _heading_is_related(node):
            return True
        node = node.parent
    return False


def _heading_is_related(node: Node) -> bool:
    """Whether a heading just before ``node``, or opening it, names a related block."""
    for cand in (_element(node.prev, forward=False), _element(node.child, forward=True)):
        if cand is None or cand.tag not in _HEADING_TAGS:
            continue
        heading = " ".join(cand.text(deep=True).split())
        if heading and len(heading) <= _HEADING_MAX_CHARS and related_header(heading) == "":
            return True
    return False


def _element(node: Node | None, forward: bool) -> Node | None:
    """``node`` or the first element from it in one direction, skipping blank text and comments."""
    while node is not None and (node.tag == "-comment" or (node.tag == "-text" and not (node.text() or "").strip())):
        node = node.next if forward else node.prev
    return node
