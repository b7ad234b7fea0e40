"""A second reading of a page's main text: the block that holds most of its running prose.

trafilatura decides what is main text by its own scores; on a page whose article is short (a
paragraph or two) a sidebar box (a poll, the weather, a cookie notice) can outweigh it, and a page
may give it nothing at all.  This reader scores blocks by the words of their own prose (text runs of
a sentence's length outside links, as in Readability: a run counts fully for its block and half for
the block above) and returns the paragraphs of the best block, split at block elements and
``<br>``.  Boilerplate blocks are skipped by their tag (nav, aside, footer, form ...) and by the
class/id words sites use for them (comments, sidebar, widget, menu, related, share, the author's
box ...).
"""

from __future__ import annotations

import html as html_lib
import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from khabar.structure.html_clean import attached

_SKIP_TAGS = frozenset({"script", "style", "noscript", "nav", "aside", "footer", "header", "form", "select",
                        "button", "iframe", "svg", "template", "marquee", "figure", "figcaption", "a"})
_SKIP_BUT_LINKS = _SKIP_TAGS - {"a"}  # a block's own links stay in its text (link-only lines drop later)
_BOILERPLATE = re.compile(r"comment|sidebar|side-bar|widget|footer|menu|navbar|related|share|social|cookie|consent"
                          r"|promo|advert|(?:^|[-_ ])ads?(?:$|[-_ ])|poll|breadcrumb|tags|newsletter|subscribe|caption"
                          r"|author|(?:^|[-_ ])bio(?:$|[-_ ])",
                          re.IGNORECASE)
#: Elements that hold paragraphs; inline elements (b, span, font ...) belong to the block around them.
_CONTAINERS = frozenset({"div", "section", "article", "main", "td", "body", "blockquote", "center"})
_RUN_MIN_WORDS = 6  # shorter text runs are labels, links, dates: no prose
_PROSE_RUN_WORDS = 12  # a run this long is a paragraph's sentence
_LEAD_SIBLINGS = 3
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BREAKS = re.compile(r"<(?:br|/?(?:p|div|li|h[1-6]|blockquote|tr|td|section|article|ul|ol|table))\b[^>]*>",
                     re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def densest_text(tree: HTMLParser) -> str:
    """The paragraphs (one a line) of the block holding most of the page's prose ('' if none)."""
    body = tree.body
    if body is None:
        return ""
    scores: dict[int, float] = {}
    nodes: dict[int, Node] = {}
    verdicts: dict[int, bool] = {}
    for text in body.traverse(include_text=True):
        if text.tag != "-text":
            continue
        words = len((text.text(deep=False) or "").split())
        if words < _RUN_MIN_WORDS or _in_boilerplate(text, verdicts):
            continue
        container = _container(text)
        for node, share in ((container, 1.0), (container.parent, 0.5)):
            if node is not None and node.tag != "html":
                key = node.mem_id
                nodes[key] = node
                scores[key] = scores.get(key, 0.0) + words * share
    if not scores:
        return ""
    best = nodes[max(scores, key=scores.__getitem__)]
    return "\n".join(filter(None, [*map(_paragraphs, _lead_blocks(best, verdicts)), _paragraphs(best)]))


def _lead_blocks(best: Node, verdicts: dict[int, bool]) -> list[Node]:
    """Blocks just before the best one that hold a paragraph of prose: a lead or standfirst set
    apart from the body (``<div class="lead"><strong>…</strong></div>``), up to the headline."""
    leads: list[Node] = []
    node = best.prev
    for _ in range(_LEAD_SIBLINGS):
        while node is not None and node.tag in ("-text", "-comment"):
            node = node.prev
        if node is None or node.tag in _HEADINGS or node.tag in _SKIP_TAGS or _marked(node):
            break
        if _holds_prose(node, verdicts):
            leads.insert(0, node)
        node = node.prev
    return leads


def _holds_prose(node: Node, verdicts: dict[int, bool]) -> bool:
    return any(text.tag == "-text" and len((text.text(deep=False) or "").split()) >= _PROSE_RUN_WORDS
               and not _in_boilerplate(text, verdicts) for text in node.traverse(include_text=True))


def _container(node: Node) -> Node:
    parent = node.parent
    while parent is not None and parent.tag not in _CONTAINERS:
        parent = parent.parent
    return parent if parent is not None else node


def _in_boilerplate(node: Node, verdicts: dict[int, bool]) -> bool:
    """Whether an element above ``node`` is boilerplate.  ``verdicts`` remembers the answer for
    each element walked (by ``mem_id``): text runs share their ancestors, and walking to the root
    from each run was quadratic on deeply nested pages."""
    walked: list[int] = []
    verdict = False
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if (known := verdicts.get(parent.mem_id)) is not None:
            verdict = known
            break
        walked.append(parent.mem_id)
        if _boilerplate(parent, _SKIP_TAGS):
            verdict = True
            break
        parent = parent.parent
    verdicts.update(dict.fromkeys(walked, verdict))
    return verdict


def _boilerplate(node: Node, skip: frozenset[str]) -> bool:
    """Whether the element itself is boilerplate: a ``skip`` tag other than the page's form, or a
    boilerplate class or id."""
    return (node.tag in skip and not _page_form(node)) or _marked(node)


def _page_form(node: Node) -> bool:
    """A form that is the page: ASP.NET WebForms wrap the whole body in one ``<form>`` (a search,
    comment or sign-up form sits inside the page's blocks, never right under ``<body>``)."""
    return node.tag == "form" and node.parent is not None and node.parent.tag == "body"


def _marked(node: Node) -> bool:
    label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    return bool(label.strip()) and bool(_BOILERPLATE.search(label))


def _paragraphs(block: Node) -> str:
    """The block's text, one paragraph a line, without its boilerplate and link-only lines."""
    copy = HTMLParser(block.html or "")
    for node in [n for n in copy.css("*") if _boilerplate(n, _SKIP_BUT_LINKS)]:
        if node.tag not in ("html", "head", "body") and attached(node):
            node.decompose()
    headlines = {" ".join(link.text(deep=True).split()) for link in copy.css("a")}
    root = copy.body or copy.root
    text = _TAG.sub("", _BREAKS.sub("\n", root.html if root is not None else ""))
    lines = (" ".join(html_lib.unescape(line).split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line and line not in headlines)
