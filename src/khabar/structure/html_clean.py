"""Page markup made readable for main-text extraction (the stored page stays as served).

Rewrites, each about how pages are built rather than about any site:

- layout tables become divs: older sites set the whole page in nested tables, which trafilatura
  reads as data rows or drops;
- ``<font>`` tags are unwrapped: trafilatura joins the texts of sibling ``<font>`` runs across the
  blocks that hold them (a photo caption into the first paragraph);
- cookie and consent banners (marked by their class or id) are removed: on a page with a short
  article their sentence-long notice can outweigh the article's text;
- embedded social-media posts (the blockquotes that Twitter/X, Instagram, Facebook and TikTok
  embed codes leave when their script has not run) are removed: their text and "— name (@account)
  date" line are no paragraphs of the article;
- timelines are removed: lists of three or more items that each open with a time of day or a
  ``<time>`` and say a sentence outside links (live coverage): each item's sentence reads as prose,
  and beside a short article the list outweighs it;
- articles loaded under the page's own (infinite scroll: the next story appended as a second
  ``<article>`` with its own ``<h1>`` and text) are removed: the page's article is the first;
- readers' comment sections opened by a heading (``التعليقات (4)``, ``أضف تعليقك``) are removed
  with what follows the heading in its block: comments are prose, and when their markup carries
  no ``comment`` class or id (which trafilatura recognises) they pass for article paragraphs.

``is_comment_heading`` lives in :mod:`khabar.structure.furniture` (text dumps end their article at
such a heading too) and is re-exported here.
"""

from __future__ import annotations

import re
from html import unescape
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from khabar.structure.furniture import is_comment_heading
from khabar.structure.html_snapshot import unarchived
from khabar.structure.html_state import hydrated

#: What a reader never sees as the page's text: its head, comments, scripts, styles, templates, tags.
_UNSHOWN = re.compile(r"<(head|script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>",
                      re.IGNORECASE | re.DOTALL)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
#: Table tags, rewritten as divs on pages laid out in tables.
_TABLE_TAG = re.compile(r"<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b([^>]*)>", re.IGNORECASE)
_LAYOUT_CELL_WORDS = 40
_FONT_TAG = re.compile(r"</?font\b[^>]*>", re.IGNORECASE)
_SECTION_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOUNDARY_TAGS = frozenset({"body", "html", "article", "main"})
#: Class/id words of cookie and consent notices.
_CONSENT_SELECTOR = ", ".join(f'[{attr}*="{word}"]' for attr in ("id", "class")
                              for word in ("cookie", "Cookie", "consent", "Consent", "gdpr", "GDPR",
                                           # a subscription wall's box under a gated article's first paragraphs
                                           "paywall", "Paywall", "regwall"))
_BANNER_MAX_WORDS = 80
_TIMELINE_MIN_ITEMS = 3
_SENTENCE_MIN_WORDS = 6
_TIME_OF_DAY = re.compile(r"^[0-9\u0660-\u0669]{1,2}[:：][0-9\u0660-\u0669]{2}\b")
#: Classes that social networks' embed codes give their fallback blockquotes.
_EMBED_SELECTOR = ", ".join(f'blockquote[class*="{name}"]' for name in (
    "twitter-tweet", "twitter-video", "instagram-media", "fb-xfbml", "tiktok-embed", "reddit-card")) + (
    ', span[class~="mw-editsection"]')  # a wiki heading's "[تعديل]" link, removed with the embeds
#: Words of text an ``<article>`` holds to be a story of its own (not a teaser card with a heading).
_STORY_MIN_WORDS = 60


__all__ = ["Readable", "attached", "is_comment_heading", "outside_links", "readable_page"]


class Readable(NamedTuple):
    """A page's readable markup and its selectolax tree (a parse of exactly that markup)."""

    html: str
    tree: HTMLParser


def shows_text(html: str) -> bool:
    """Whether the page shows a reader any word: its body has a letter or digit outside markup,
    scripts and ``<noscript>`` (entities read as the characters they spell)."""
    return bool(_LETTER_OR_DIGIT.search(unescape(_UNSHOWN.sub(" ", html))))


def readable_page(html: str) -> Readable:
    """The page with the article of a script-rendered shell's page state rendered into it
    (:mod:`khabar.structure.html_state`), a web archive's snapshot read as the page it saved
    (:mod:`khabar.structure.html_snapshot`), layout tables as divs, ``<font>`` unwrapped, consent banners, embedded posts,
    timelines and headed comment sections removed, and its tree for the readers that follow.

    A tree is reused for as long as the markup it was parsed from stands, so a page that needs no
    rewrite is parsed once, here, for every reader; a rewrite of the markup costs one parse more."""
    html = unarchived(hydrated(html))
    tree = None
    if "<table" in html.lower():
        tree = HTMLParser(html)
        if _laid_out_in_tables(tree):
            html, tree = _TABLE_TAG.sub(r"<\1div\2>", html), None
    html, fonts = _FONT_TAG.subn("", html)
    return _without_boilerplate_blocks(html, tree if tree is not None and not fonts else HTMLParser(html))


def _laid_out_in_tables(tree: HTMLParser) -> bool:
    """Whether a page is laid out in tables: a table holds another or a cell holds a paragraph's
    worth of words (its tables then become divs, attributes kept)."""
    return tree.css_first("table table") is not None or any(
        len(cell.text(deep=False).split()) >= _LAYOUT_CELL_WORDS for cell in tree.css("td"))


def _without_boilerplate_blocks(html: str, tree: HTMLParser) -> Readable:
    body = tree.body
    if body is None:
        return Readable(html, tree)
    banners = [node for node in tree.css(_CONSENT_SELECTOR) if _is_banner(node)] + tree.css(_EMBED_SELECTOR)
    banners += [node for node in tree.css("ul, ol") if _is_timeline(node)] + _appended_stories(tree)
    headings = [node for node in body.traverse(include_text=True)
                if node.tag == "-text" and is_comment_heading((node.text(deep=False) or "").strip())]
    if not banners and not headings:
        return Readable(html, tree)
    for node in banners:
        if attached(node):
            node.decompose()
    for text in headings:
        if attached(text):  # not inside a block removed before
            _remove_section(_heading_block(text))
    # Parsed again: the edited tree is not what its markup reads as (text runs around a removed
    # block stay apart; a parse joins them), and the readers take the page as its markup says.
    cleaned = tree.html or html
    return Readable(cleaned, HTMLParser(cleaned))


def _appended_stories(tree: HTMLParser) -> list[Node]:
    """Stories loaded under the page's own: every ``<article>`` after the first that, like it, holds
    its own ``<h1>`` and a story's worth of text, neither inside the other (an infinite-scroll page).
    Cards of other stories carry lesser headings and a teaser, and updates of a live page no ``<h1>``."""
    stories = [node for node in tree.css("article")
               if node.css_first("h1") is not None and len(node.text(deep=True).split()) >= _STORY_MIN_WORDS]
    if len(stories) < 2 or any(_inside(later, stories[0]) for later in stories[1:]):
        return []
    return stories[1:]


def _inside(node: Node, container: Node) -> bool:
    parent = node.parent
    while parent is not None and parent is not container:
        parent = parent.parent
    return parent is not None


def _is_timeline(node: Node) -> bool:
    """A list whose items (three or more) each open with a time of day or a ``<time>`` element and
    say a sentence outside links (a list of timed headline links is left to the related reader)."""
    items = [child for child in node.iter() if child.tag == "li"]
    return len(items) >= _TIMELINE_MIN_ITEMS and all(
        _opens_with_time(item) and _unlinked_sentence(item) for item in items)


def _unlinked_sentence(item: Node) -> bool:
    return any(text.tag == "-text" and len((text.text(deep=False) or "").split()) >= _SENTENCE_MIN_WORDS
               and outside_links(text, item) for text in item.traverse(include_text=True))


def outside_links(node: Node, container: Node) -> bool:
    """Whether ``node`` is not inside a link between it and ``container``."""
    parent = node.parent
    while parent is not None and parent is not container and parent.tag != "a":
        parent = parent.parent
    return parent is None or parent.tag != "a"


def _opens_with_time(item: Node) -> bool:
    first = item.child
    while first is not None and first.tag in ("-comment", "-text") and not (first.text() or "").strip():
        first = first.next
    if first is None:
        return False
    return first.tag == "time" or bool(_TIME_OF_DAY.match((first.text(deep=True) or "").strip()))


def _is_banner(node: Node) -> bool:
    """A consent notice: no page-level element, and a notice's length at most."""
    return node.tag not in _BOUNDARY_TAGS and len(node.text(deep=True).split()) <= _BANNER_MAX_WORDS


def attached(node: Node | None) -> bool:
    """Whether a node is still in its document (not inside a block decomposed before)."""
    while node is not None and node.tag != "html":
        node = node.parent
    return node is not None


def _heading_block(text: Node) -> Node:
    """The largest element around a heading's text that holds nothing but the heading (a count
    set in a span of its own included)."""
    node = text.parent
    while (node.parent is not None and node.parent.tag not in _BOUNDARY_TAGS
           and is_comment_heading(" ".join(node.parent.text(deep=True).split()))):
        node = node.parent
    return node


def _remove_section(heading: Node) -> None:
    """The heading and the blocks after it in its parent, up to the next section heading."""
    following = []
    node = heading.next
    while node is not None and node.tag not in _SECTION_TAGS:
        following.append(node)
        node = node.next
    for node in [heading, *following]:
        node.decompose()
