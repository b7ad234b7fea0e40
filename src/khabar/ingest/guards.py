"""Guards on what the HTML extractors are given: markup nested beyond any real page is refused.

Extractors walk the element tree recursively or look up a node's ancestors for every node, so a page
nested tens of thousands of levels deep (broken or hostile markup) would end in a RecursionError or
take minutes; real pages stay well under a hundred levels.
"""

from __future__ import annotations

import re
from itertools import accumulate

#: Deeper markup is refused with an error naming the depth.
MAX_HTML_DEPTH = 1000
#: Elements that have no end tag, or whose end tag pages commonly leave out: they do not nest.
_NOT_NESTING = ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
                "option", "optgroup", "colgroup", "rb", "rt", "rp", "html", "head", "body", "!")
#: The slash (or not) of every start and end tag of an element that nests; in C, not a Python loop.
_TAG = re.compile(r"<(/?)(?!(?:%s)\b)[A-Za-z]" % "|".join(_NOT_NESTING), re.IGNORECASE)  # noqa: UP031
_STEP = {"": 1, "/": -1}


def _clamped(depth: int, step: int) -> int:
    return depth + step if depth + step > 0 else 0  # a stray end tag closes nothing


def nesting_depth(markup: str) -> int:
    """The deepest nesting of elements in ``markup``, by its tags alone (self-closed elements aside)."""
    steps = map(_STEP.__getitem__, _TAG.findall(markup))
    return max(accumulate(steps, _clamped, initial=0))


def check_nesting(markup: str) -> None:
    """ValueError when ``markup`` is nested deeper than :data:`MAX_HTML_DEPTH`."""
    depth = nesting_depth(markup)
    if depth > MAX_HTML_DEPTH:
        raise ValueError(f"HTML nested too deeply ({depth} levels > {MAX_HTML_DEPTH}), not a page")
