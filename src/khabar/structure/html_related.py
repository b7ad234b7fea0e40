"""Related-links blocks of an HTML page: the lists of other stories trafilatura drops as boilerplate.

A block is a list of at least two headline-like links that the page marks as related: by a class,
id or label naming it so (``related``, ``more-news``, ``read-also`` ...), or by a heading such as
``اقرأ أيضاً`` or ``أخبار ذات صلة`` just before or inside it (the structure stage's own header list).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from khabar.structure.dates import parse_date_line
from khabar.structure.furniture import is_furniture
from khabar.structure.html_clean import outside_links
from khabar.structure.outlets import more_from_name
from khabar.structure.related import headline_like, related_title
from khabar.structure.related_headers import related_header

#: Class/id/aria words by which sites mark related-links blocks.
_RELATED_HINT = re.compile(r"related|similar|read[-_ ]?(?:more|also)|more[-_ ]?(?:news|stories|articles)"
                           r"|recommend|suggest|you[-_ ]may|see[-_ ]also|also[-_ ]read", re.IGNORECASE)
_BLOCK_TAGS = "ul, ol, section, aside, div, td"
_TITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "header", "strong", "b", "span", "p", "div"})
_MIN_RELATED_LINKS = 2
#: Unlinked text this long is prose: a related block's items carry at most a date or a section name.
_PROSE_MIN_WORDS = 12
_CELL_META_MAX_WORDS = 4  # a related table's other cells: a poster's name, a count, a date
_HINT_DEPTH = 3  # ancestors whose class/id may mark the block
_HEADING_MAX_CHARS = 60
_AGE = re.compile(r"منذ\s")  # a card's "منذ 3 ساعات"
#: A card's title inside its link: a heading, or an element classed as the title.
_CARD_TITLE = 'h1, h2, h3, h4, h5, h6, [class*="title" i]'
#: Class words of a link preview card set in the text (another page's title, description and site).
_PREVIEW_HINT = re.compile(r"bookmark|link[-_]?preview|link[-_]?card|embed[-_]?card|og[-_]?card", re.IGNORECASE)


def related_links(tree: HTMLParser, text: str = "", title: str | None = None) -> list[str]:
    """Headlines of the page's related-links blocks, in page order, each once.

    Links whose text is part of the main ``text`` are the article's own, not related headlines, and
    so is a link holding the page's own ``title``: a social post's card of the story it shares (a
    Facebook page's post: the text, then the card of its link under the same headline).
    """
    found: list[str] = []
    seen: set[int] = {hash(" ".join(title.split()))} if title else set()
    for block in tree.css(_BLOCK_TAGS):
        if not _marked_related(block):  # cheap test first: pages hold thousands of blocks
            continue
        titles = _headline_titles(block)
        if len(titles) < _MIN_RELATED_LINKS or _holds_prose(block, text):
            continue
        _add_titles(titles, text, seen, found)
    _add_titles([related_title(_link_text(link)) for link in _headed_link_runs(tree)], text, seen, found)
    _add_titles(_preview_titles(tree), text, seen, found)
    for table in tree.css("table"):
        titles = _table_titles(table)
        if len(titles) >= _MIN_RELATED_LINKS:
            _add_titles(titles, text, seen, found)
    return found


def _preview_titles(tree: HTMLParser) -> list[str]:
    """Titles of link preview cards (a Ghost or WordPress bookmark card between the paragraphs: a
    link holding another page's title, description and site, classed as a bookmark or preview)."""
    titles = []
    for node in tree.css('[class*="bookmark" i], [class*="preview" i], [class*="card" i]'):
        if node.tag != "a" or not _PREVIEW_HINT.search(_class_words(node, 2)):
            continue
        title = node.css_first(_CARD_TITLE)
        if title is not None and headline_like(text := related_title(" ".join(title.text(deep=True).split()))):
            titles.append(text)
    return titles


def _class_words(node: Node, depth: int) -> str:
    """The class attributes of ``node`` and its nearest ancestors."""
    words = []
    for _ in range(depth + 1):
        if node is None:
            break
        words.append(node.attributes.get("class") or "")
        node = node.parent
    return " ".join(words)


def _table_titles(table: Node) -> list[str]:
    """The headlines of a related table (a forum's "similar threads": a row a thread, its link in one
    cell and short metadata, the poster's name and the reply count, in the others; a box whose cell
    holds a list of links), else [].

    The table is marked as related by a class, a heading before it, or its own first row or caption
    (``<tr><td colspan=3>المواضيع المتشابهة</td></tr>``); a table holding tables is a page layout.
    """
    if len(table.css("table")) > 1:  # (the node's own selector matches the node itself too)
        return []
    rows = table.css("tr")
    first = next((row for row in rows if row.text(deep=True).strip()), None)
    caption = table.css_first("caption")
    heads = [_short_text(node) for node in (caption, first) if node is not None]
    if not any(related_header(h) == "" for h in heads if h) and not _marked_related(table):
        return []
    titles = []
    for row in rows:
        cells = [(cell, _sole_link(cell)) for cell in row.css("td, th")]
        links = [link for _, link in cells if link is not None]
        rest = [" ".join(cell.text(deep=True).split()) for cell, link in cells if link is None]
        if len(links) == 1 and all(part.count(" ") < _CELL_META_MAX_WORDS for part in rest):
            titles.append(related_title(_link_text(links[0])))
        elif not links:  # a box's cell holding the list (a wiki's related-news infobox under its header row)
            titles += [title for cell, _ in cells if not _holds_prose(cell, "") for title in _headline_titles(cell)]
    return titles


def _add_titles(titles: list[str], text: str, seen: set[int], found: list[str]) -> None:
    for title in titles:
        key = hash(title)
        if key not in seen and title not in text:
            seen.add(key)
            found.append(title)


def _headed_link_runs(tree: HTMLParser) -> list[Node]:
    """Links of runs of one-link elements after a related header inside the text (``<p><strong>اقرأ
    أيضا</strong></p><p><a>headline</a></p>...``): no list or box marks them, only the header."""
    body = tree.body
    links: list[Node] = []
    for text in body.traverse(include_text=True) if body is not None else []:
        heading = " ".join((text.text(deep=False) or "").split()) if text.tag == "-text" else ""
        if not heading or len(heading) > _HEADING_MAX_CHARS or related_header(heading) != "":
            continue
        block = text.parent
        while block.parent is not None and block.parent.tag not in ("body", "html") and \
                " ".join(block.parent.text(deep=True).split()) == heading:
            block = block.parent
        item = _element(block.next, forward=True)
        while item is not None and (link := _sole_link(item)) is not None:
            links.append(link)
            item = _element(item.next, forward=True)
    return links


def _sole_link(item: Node) -> Node | None:
    """The headline link an element consists of (its whole text), else None."""
    if item.tag == "a":
        anchors = [item]
    elif item.tag in ("-text", "-comment"):
        return None
    else:
        anchors = item.css("a")
    if len(anchors) != 1:
        return None
    title = " ".join(anchors[0].text(deep=True).split())
    whole = " ".join(item.text(deep=True).split())
    return anchors[0] if title and title == whole and headline_like(related_title(title)) else None


def _link_text(link: Node) -> str:
    """A link's headline: a card's (a link holding its title, age and picture in elements of their
    own, ``<span>title</span><span>منذ 3 ساعات</span>``) is its longest part that is no date or age;
    a plain link's is its text."""
    whole = " ".join(link.text(deep=True).split())
    child = link.child
    if child is None or child.next is None:
        return whole  # a link of one text or one element: nothing to choose from
    for heading in link.css(_CARD_TITLE):  # (the link itself may match: its whole text, read below)
        if (title := " ".join(heading.text(deep=True).split())) and title != whole:
            return title  # a card: its title set as a heading over an excerpt
    parts = []
    for child in link.iter(include_text=True):
        part = " ".join(child.text(deep=True).split())
        if part and child.tag == "-text":
            return whole  # words of the link's own: one title, maybe with bold words in it
        if part:
            parts.append(part)
    titles = [part for part in parts if not _AGE.match(part) and parse_date_line(part) is None]
    return max(titles, key=len) if len(parts) > 1 and titles else whole


def _headline_titles(block: Node) -> list[str]:
    """The related titles of the block's links that read as headlines (each link's text read once),
    but a link that is the block's header (``مقالات ذات صلة`` as a tab) and a furniture line closing the block: its ``See all articles`` link under the cards names no story."""
    titles = []
    for link in block.css("a"):
        title = related_title(_link_text(link))
        if headline_like(title) and related_header(title) != "":  # the block's header set as a link (a tab's)
            titles.append(title)
    return titles[:-1] if titles and is_furniture(titles[-1]) else titles


def _holds_prose(block: Node, text: str) -> bool:
    """Whether text outside the block's links runs to a sentence of the article: a container of the
    article, not a list whose items carry a date, a section name or a teaser beside their link."""
    for node in block.traverse(include_text=True):
        run = " ".join((node.text(deep=False) or "").split()) if node.tag == "-text" else ""
        if run.count(" ") >= _PROSE_MIN_WORDS and (not text or run in text) and outside_links(node, block):
            return True
    return False


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
        heading = _short_text(cand)
        if heading and (related_header(heading) == "" or cand.tag in _TITLE_TAGS and more_from_name(heading)):
            return True  # a heading "More from <writer>" over the writer's other pieces too
    return False


def _short_text(node: Node) -> str:
    """``node``'s text, whitespace collapsed, when heading-short, else "". Only a prefix is normalised
    first: a box opening a deep page holds the rest of the page, and collapsing all of it at every
    level was quadratic (the collapsed prefix is a prefix of the collapsed whole, so too long is too long)."""
    raw = node.text(deep=True)
    if len(" ".join(raw[: 4 * _HEADING_MAX_CHARS].split())) > _HEADING_MAX_CHARS:
        return ""
    heading = " ".join(raw.split())
    return heading if len(heading) <= _HEADING_MAX_CHARS else ""


def _element(node: Node | None, forward: bool) -> Node | None:
    """``node`` or the first element from it in one direction, skipping blank text and comments."""
    while node is not None and (node.tag == "-comment" or (node.tag == "-text" and not (node.text() or "").strip())):
        node = node.next if forward else node.prev
    return node
