"""A web archive's snapshot of a page read as the page it saved.

An archive (archive.today and its mirrors) serves the saved page flattened under a header of its
own and declares itself: its own address as the canonical and ``og:url``, its name as
``og:site_name``, and the capture's time as ``article:published_time``/``modified_time``.  The page
says where it was saved from in an address whose path is a capture stamp followed by the saved
page's address (``<link rel="bookmark" href="http://archive.today/2018.04.22-101112/https://…">``,
the Wayback Machine's ``/web/20180422101112/https://…``): then the archive's declarations are taken
out, the saved address becomes the canonical, and the archive's header (the block holding the saved
address in its form field, with the capture's date and the snapshot counts) is removed, so that the
date and the site are read from the saved page itself (its date line, its title bar).
"""

from __future__ import annotations

import re
from html import escape

from selectolax.lexbor import LexborHTMLParser as HTMLParser

#: A snapshot's address: a capture stamp (eight digits or more, with dots or dashes, a Wayback
#: modifier like ``id_``) as a path segment, then the saved page's absolute address.
_SNAPSHOT_ADDRESS = re.compile(r"^https?://[^/]+/(?:web/)?\d[\d.\-]{7,}[a-z_]*/(https?://\S+)$", re.IGNORECASE)
#: Declarations an archive makes about its snapshot, not about the saved article.
_ARCHIVE_METAS = frozenset({"og:url", "og:site_name", "article:published_time", "article:modified_time",
                            "og:updated_time", "datepublished", "datemodified"})
_HEADER_MAX_WORDS = 80  # a block holding more holds the saved page too
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_REL = re.compile(r"""\brel\s*=\s*["']?(bookmark|canonical)\b""", re.IGNORECASE)


def saved_address(page: str) -> str | None:
    """The address a snapshot page was saved from (its bookmark or canonical link's embedded
    address); None for any other page."""
    if "/http" not in page:
        return None  # the common case: no address embeds another
    for tag in _LINK_TAG.findall(page):
        if _REL.search(tag) and (href := _HREF.search(tag)) and (m := _SNAPSHOT_ADDRESS.match(href[1])):
            return m[1]
    return None


def unarchived(page: str) -> str:
    """A snapshot page without its archive's declarations and header, the saved address as its
    canonical; any other page as it is."""
    original = saved_address(page)
    if original is None:
        return page
    tree = HTMLParser(page)
    for node in tree.css("meta[content]"):
        key = (node.attributes.get("property") or node.attributes.get("name")
               or node.attributes.get("itemprop") or "").lower()
        if key in _ARCHIVE_METAS:
            node.decompose()
    for node in tree.css('link[rel="canonical"]'):
        node.decompose()
    header = _archive_header(tree, original)
    if header is not None:
        header.decompose()
    if tree.head is not None:
        tree.head.insert_child(HTMLParser(f'<link rel="canonical" href="{escape(original)}">').head.child)
    return tree.html or page


def _archive_header(tree: HTMLParser, original: str):  # noqa: ANN202 (a selectolax node)
    """The topmost block under ``<body>`` holding a form field whose value is the saved address
    (the archive's own header), when it holds no paragraph's worth of the saved page."""
    for field in tree.css("input[value]"):
        if field.attributes.get("value") != original:
            continue
        node = field
        while node.parent is not None and node.parent.tag != "body":
            node = node.parent
        words = len((node.text(deep=True) or "").split())
        return node if node.parent is not None and words <= _HEADER_MAX_WORDS else None
    return None
