"""An HTML page's markup bounded before it is parsed: what shows no text goes first, then the rest is cut.

Parse time grows with the markup, and an article's text and metadata sit well inside
:data:`MAX_HTML_CHARS` of it.  A larger page is mostly what no reader takes text from: a page saved
"complete" (SingleFile, a browser's single-file archive) inlines its images as ``data:`` addresses and
its fonts in ``<style>``; a framework's page carries its scripts and icons inline.  Those go first, so
that a 5 MB ``data:`` image before the article no longer pushes the article out of the part read.  A page
still larger is cut before a tag at the bound, and the cut is noted (the paragraphs past it are not read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Pages are read up to this many characters of markup.
MAX_HTML_CHARS = 1_500_000
#: An attribute value this long holds no text a reader takes (an inlined image, a component's data):
#: the longest value of a page's declarations (a description, a title, an address) is far shorter.
MAX_ATTRIBUTE_CHARS = 2_000

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BULK_ELEMENT = re.compile(r"(<(style|svg)\b[^>]*>).*?(</\2\s*>)", re.IGNORECASE | re.DOTALL)
#: A script's code: not its JSON (JSON-LD, a framework's page state) nor a state set on ``window``,
#: which :mod:`khabar.structure.html_state` reads.
_CODE_SCRIPT = re.compile(r"(<script\b(?![^>]*json)[^>]*>)(?>[^<w]+|w(?!indow\.__)|<(?!/script))*+(</script\s*>)",
                          re.IGNORECASE)
_LONG_VALUE = re.compile(rf"(=\s*)(?:\"[^\"<>]{{{MAX_ATTRIBUTE_CHARS},}}+\"|'[^'<>]{{{MAX_ATTRIBUTE_CHARS},}}+')")


@dataclass
class Bounded:
    """The markup to read and, when it had to be cut, the note saying so (``Source.repairs``)."""

    html: str
    note: str | None = None


def bounded_markup(html: str) -> Bounded:
    """``html`` as it is when within :data:`MAX_HTML_CHARS`; else without its comments, styles, inline
    SVG, script code and long attribute values, and cut before the last tag within the bound if still
    longer (noted as ``html cut at 1,500,000 characters (of N)``)."""
    if len(html) <= MAX_HTML_CHARS:
        return Bounded(html)
    lean = _COMMENT.sub("", html)
    lean = _BULK_ELEMENT.sub(r"\1\3", lean)
    lean = _CODE_SCRIPT.sub(r"\1\2", lean)
    lean = _LONG_VALUE.sub(r'\1""', lean)
    if len(lean) <= MAX_HTML_CHARS:
        return Bounded(lean)
    cut = lean.rfind("<", 0, MAX_HTML_CHARS + 1)
    cut = cut if cut > 0 else MAX_HTML_CHARS
    return Bounded(lean[:cut], f"html cut at {cut:,} characters (of {len(html):,})")
