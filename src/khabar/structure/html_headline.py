"""The headline of a page that sets it as no heading: the most prominent short line before the body.

Pages written without ``<h1>``/``<h2>`` and without a headline in the title bar still show one: a
word processor's "save as web page" sets it as a bold, large paragraph under the letterhead, an
ASP.NET WebForms page in a label whose class or id names a title (``NewsTitle``, ``lblTitle``).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from khabar.structure.data import norm
from khabar.structure.dates import find_dates
from khabar.structure.related import headline_like

#: A class or id naming the page's title (``NewsTitle``, ``lblTitle``, ``post-title``); a
#: subtitle, a site title or a section title is none.
_TITLE_NAME = re.compile(r"title", re.IGNORECASE)
_NOT_TITLE_NAME = re.compile(r"sub|site|section|widget|side|related|footer|header-title", re.IGNORECASE)
#: Inline styles that make a line stand out: bold, or a font of this many points / pixels.
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(pt|px)", re.IGNORECASE)
_LARGE_FONT = {"pt": 14.0, "px": 19.0}
_BOLD_TAGS = frozenset({"b", "strong"})
PROBE_CHARS = 40  # of the body's first line, to find where the page sets it (html.py probes with it too)
_DATE_LINE_MAX_WORDS = 16  # a line this short holding a date is the page's date or the wire's dateline
_SHORT_LINE_WORDS = 6  # a plain line this short between the headline and the text: a label, a name
_ANCESTOR_DEPTH = 4  # a line's prominence may be set this many elements up (b > span > text)


def prominent_headline(tree: HTMLParser, main: str, title: str | None) -> str | None:
    """The headline a page sets before its body's first paragraph as a title-named element or as
    the bold or large line right over it (only empty, short or date lines between), when shaped as a headline and
    longer than the title bar's (a label or the site's name); None when the page has no such line."""
    prose = next((line for line in main.split("\n") if line.strip() and not headline_like(line.strip())), None)
    if tree.body is None or prose is None:
        return None
    probe = " ".join(prose.split())[:PROBE_CHARS]
    before: list[Node] = []
    for node in tree.body.traverse():
        if node.tag in ("script", "style"):
            continue
        own = " ".join((node.text(deep=False) or "").split())
        if probe in own:
            while before and " ".join(before[-1].text(deep=True).split()).startswith(probe):
                before.pop()  # the body line's own paragraph, opening with it
            break
        before.append(node)
    else:
        return None
    floor = title.count(" ") if title else 0
    for node in before:  # an element named as the title
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _TITLE_NAME.search(names) and not _NOT_TITLE_NAME.search(names):
            text = " ".join(node.text(deep=True).split())
            if text.count(" ") > floor and headline_like(text):
                return text
    for node in reversed(before):  # the line right over the body
        text = " ".join(node.text(deep=True).split())
        if not text:
            continue
        if not _prominent(node):
            words = len(text.split())
            if words <= _SHORT_LINE_WORDS or words <= _DATE_LINE_MAX_WORDS and find_dates(norm(text)):
                continue  # a label, a speaker's name, a date or a wire's place-and-date line over the text
            return None
        return text if text.count(" ") > floor and headline_like(text) else None
    return None


def _prominent(node: Node | None) -> bool:
    """Whether a line is set bold or large, by its own element or one a few levels up."""
    for _ in range(_ANCESTOR_DEPTH):
        if node is None:
            return False
        if node.tag in _BOLD_TAGS:
            return True
        style = node.attributes.get("style") or ""
        if _BOLD_STYLE.search(style):
            return True
        if (size := _FONT_SIZE.search(style)) and float(size.group(1)) >= _LARGE_FONT[size.group(2).lower()]:
            return True
        node = node.parent
    return False
