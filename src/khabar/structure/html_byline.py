"""The byline of an HTML page: its metadata's author, JSON-LD's, or the name the page shows.

trafilatura rewrites names (``العربية.نت`` loses its dot), so the page's own author comes first;
labels (``بقلم:``) and a post's date after the name (``فلان في 2017/11/12``) are left out.  Used by
:mod:`khabar.structure.html`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from khabar.structure.bylines import byline_name
from khabar.structure.data import norm, read_rows, read_set
from khabar.structure.dateline import known_places
from khabar.structure.dates import find_dates, parse_date_line
from khabar.structure.furniture import is_furniture
from khabar.structure.html_meta import clean, meta, person_names
from khabar.structure.html_title import SHOWN_MAX_CHARS

_AUTHOR_MAX_WORDS = 8
_AUTHOR_BOX_PARTS = 2  # texts of author elements inside one that make it a box of them
# (a browser's reader view names the writer in its header's "reader-credits")
_AUTHOR_SELECTOR = ", ".join(['[rel="author"]', '[itemprop="author"]', "article address", ".reader-credits"] + [
    f'[class*="{word}" i]' for word in ("author", "byline", "writer", "reporter", "submitted")])
#: The label of a fact about the piece: a list item's bold opening, a definition term, a row's name cell.
_LABEL_SELECTOR = "li > strong, li > b, dt, tr > th, [role=row] > :first-child"
#: Elements that may hold a byline line of their own, and the blocks that make an element no such line.
_LABELLED_SELECTOR = "span, div, small, address"
_BLOCK_TAGS = frozenset({"div", "p", "ul", "ol", "table", "section", "article", "h1", "h2", "h3"})
_BLOCKS = ", ".join(sorted(_BLOCK_TAGS))
#: Between the parts of a post's meta line (``April 22, 2018 · 2 min · فلان``).
_META_PARTS = re.compile(r"\s*[·•|]\s*")


def page_author(tree: HTMLParser, linked: list[dict[str, Any]]) -> str | None:
    """The byline as the page gives it (trafilatura rewrites names: ``العربية.نت`` loses its dot)."""
    for value in meta(tree, ("author", "article:author", "dc.creator", "byl")):
        if not value.startswith(("http://", "https://")):
            return clean(value)
    for item in linked:
        if names := person_names(item.get("author")):
            return clean("، ".join(names))
    return _shown_author(tree)


def trafilatura_author(doc: Any) -> str | None:
    """trafilatura's author, without a label it kept (``بواسطة``)."""
    author = clean(doc.author) if doc is not None else None
    return _without_byline_label(author) if author else None


def _shown_author(tree: HTMLParser) -> str | None:
    """A byline shown on the page: a ``rel=author``/``itemprop=author`` element, an ``<address>`` in
    the ``<article>`` (HTML's mark for its author: a Facebook Instant Article's byline), or one classed
    as author/byline/writer/reporter (in any case: ``Byline_root__x7``), without its label (``بقلم:``)."""
    for node in tree.css(_AUTHOR_SELECTOR):
        if _author_box(node):
            continue  # a box of the writer's name, bio or photo: the name is one of its parts
        text = _card_name(node) or clean(node.text(deep=True))
        if text and _label_only(text):
            continue  # the label's own element, before the name's
        name = _without_byline_label(text) if text and len(text) < SHOWN_MAX_CHARS else None
        if name and name.count(" ") < _AUTHOR_MAX_WORDS:
            return name
    return _listed_author(tree)


def _card_name(node: Any) -> str | None:
    """The name a writer's card sets as its heading over the rest (LinkedIn's ``publisher-author-card``:
    the name, the role, the date, ``+ Follow``), else None: the card's whole text runs them together."""
    heading = node.css_first("h1, h2, h3, h4, h5, h6")
    name = clean(heading.text(deep=True)) if heading is not None else None
    if not name or name.count(" ") >= _AUTHOR_MAX_WORDS:
        return None
    return name if not _label_only(name) else None


def _author_box(node: Any) -> bool:
    """Whether an element classed as the author's holds two or more such elements of other kinds
    with words of their own (an author box: ``author-name`` over ``author-bio``), whose texts would
    run together; several writers' links of one class are a byline of several names."""
    inner = [part for part in node.css(_AUTHOR_SELECTOR)[1:] if _own_words(clean(part.text(deep=True)))]
    return len({(part.tag, part.attributes.get("class")) for part in inner}) >= _AUTHOR_BOX_PARTS


def _own_words(text: str | None) -> bool:
    """Words of a part of its own: not a mark alone, nor a byline's label alone (the Newspaper theme's
    ``td-author-by`` holding ``بواسطة`` before the name, its ``td-author-line`` holding a dash)."""
    return bool(text) and any(ch.isalnum() for ch in text) and not _label_only(text)


def _label_only(text: str) -> bool:
    """A byline's label alone (``بواسطة``, ``كتب:``), as ``byline_prefixes.tsv`` lists it: no name."""
    return norm(text).rstrip(" :：") in read_set("byline_prefixes.tsv")


def _listed_author(tree: HTMLParser) -> str | None:
    """The writer in a list of labelled facts about the piece, its label in bold opening the item
    (DW's ``<li><strong>الكاتب</strong> فلان</li>`` beside the date and the keywords), or the name
    cell of a table's or a grid's row before the value's (a Notion page's properties: ``<div
    role="row"><div><span>Author</span></div><div>فلان</div></div>``, ``<tr><th>Author</th><td>``)."""
    labels = read_set("byline_prefixes.tsv")  # the words opening a byline, as an item's labels
    for label in tree.css(_LABEL_SELECTOR):
        if norm(clean(label.text(deep=True)) or "").rstrip(" :：") not in labels:
            continue
        item = label.parent if label.tag in ("strong", "b") else label.next
        while item is not None and item.tag == "-text" and not (item.text() or "").strip():
            item = item.next
        text = clean(item.text(deep=True)) if item is not None else None
        if label.tag == "dt" and text:
            text = f"{clean(label.text(deep=True))} {text}"
        name = _without_byline_label(text) if text and len(text) < SHOWN_MAX_CHARS else None
        if name and name.count(" ") < _AUTHOR_MAX_WORDS and norm(name) not in labels:
            return name
    return _meta_line_author(tree)


def _meta_line_author(tree: HTMLParser) -> str | None:
    """The writer on a post's meta line (a static blog's ``post-meta``: ``April 22, 2018 · 2 min ·
    فلان``), the one part that is neither the date nor the reading time nor a counter.  The line must
    hold a date and a reading time or counter too: a line of a date and a section's name alone
    (``entry-meta``: date · أخبار محلية) names no writer."""
    for node in tree.css('[class*="meta" i]'):
        text = clean(node.text(deep=True))
        if not text or len(text) >= SHOWN_MAX_CHARS:
            continue
        parts = [part for part in _META_PARTS.split(text) if part]
        dates = [part for part in parts if parse_date_line(part)]
        counts = [part for part in parts if part not in dates and is_furniture(part)]
        rest = [part for part in parts if part not in dates and part not in counts]
        if dates and counts and len(rest) == 1:
            name = _without_byline_label(rest[0])
            # a place on a meta line is the story's city or its section's (دبي), no writer
            if name and name.count(" ") < _AUTHOR_MAX_WORDS and norm(name) not in known_places():
                return name
    return None


def labelled_author(tree: HTMLParser) -> str | None:
    """The writer an element of its own names with a byline's word (an Egyptian portal's ``<span
    class="writeBy">كتب فلان</span>`` under the headline): the first short element holding only a
    byline line, its word and a name (``كتب`` needs no colon there: the element sets it apart)."""
    for node in tree.css(_LABELLED_SELECTOR):
        if len(node.css(_BLOCKS)) > (node.tag in _BLOCK_TAGS):  # (the selector matches the node itself)
            continue
        text = clean(node.text(deep=True))
        if not text or len(text) >= SHOWN_MAX_CHARS:
            continue
        if byline_name(text) is None and (text.count(" ") > _AUTHOR_MAX_WORDS or byline_name(text, loose=True) is None):
            continue
        # Last, as it reads the parent's whole subtree: asked of every element, a list of thousands of
        # comments or cards under one parent made the search quadratic; a byline line is rare.
        if _beside_a_link(node):
            continue  # a related story's card: its writer under its link, not the page's
        name = _without_byline_label(text)
        if name and name.count(" ") < _AUTHOR_MAX_WORDS:
            return name
    return None


def _beside_a_link(node: Node) -> bool:
    """The element shares its parent with a link of another element (a card of a related story: the
    link, then its writer); a link inside it (``كتب <a>فلان</a>``: the writer's page) is its own."""
    parent = node.parent
    return parent is not None and len(parent.css("a")) > len(node.css("a"))


@lru_cache(maxsize=1)
def _name_date_joiners() -> frozenset[str]:
    """Words and marks joining a name to the date after it (resources/name_date_joiners.txt)."""
    return frozenset(row[0] for row in read_rows("name_date_joiners.txt"))


def _without_byline_label(text: str) -> str | None:
    """A byline without its label (``بقلم:``) and, on a post's meta line, without the date after
    it (``فلان في 2017/11/12 - 10:20``); None when only a date is left."""
    name = byline_name(text, loose=True) or text
    words = name.split()
    cut = next((i for i, word in enumerate(words) if any(ch.isdigit() for ch in word)
                and (found := find_dates(norm(" ".join(words[i:])))) and found[0][0] == 0), len(words))
    joiners = _name_date_joiners()
    while cut and words[cut - 1] in joiners:
        cut -= 1
    return " ".join(words[:cut]) or None
