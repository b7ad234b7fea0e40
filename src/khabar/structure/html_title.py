"""The headline and the site name an HTML page's title bar and metadata give.

``og:title``, JSON-LD ``headline`` and the ``<title>`` bar often join the headline and the site's
name (``headline | site``): each is cut to the part the page also shows as text, the site name
read from Open Graph, the application name or the JSON-LD publisher.  Used by
:mod:`khabar.structure.html`.
"""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from khabar.structure.html_meta import as_list, clean, meta
from khabar.structure.related import headline_like

#: How title bars join the headline and the site name.
#: A colon closing a word joins them too (a Blogspot bar: ``blog: headline``); a headline holding
#: one is still read whole, as a run of parts.
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:»«/·•]+\s+|\s*\|\s*|(?<=\S):\s+")
SITE_MAX_WORDS = 4  # a shown title-bar part this short beside a longer heading is the site's name
SHOWN_MAX_CHARS = 300  # longer element texts are paragraphs, not headlines


def site_name(tree: HTMLParser, linked: list[dict[str, Any]]) -> str | None:
    """The site name the page declares (Open Graph, application name, JSON-LD publisher)."""
    for value in meta(tree, ("og:site_name", "application-name")):
        if cleaned := clean(value):
            return cleaned
    for item in linked:
        for publisher in as_list(item.get("publisher")):
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                return clean(publisher["name"])
    for item in linked:  # a JSON-LD graph's WebSite node names the site
        if "WebSite" in as_list(item.get("@type")) and isinstance(item.get("name"), str):
            return clean(item["name"])
    return None


def title_and_site(tree: HTMLParser, linked: list[dict[str, Any]], site: str | None) -> tuple[str | None, str | None]:
    """(The headline, the site name when the title bar shows it beside the headline).

    The headline is ``og:title`` / JSON-LD ``headline`` / the title bar, each cut to the part the
    page also shows as text when it holds more (a site name: trafilatura would also cut a headline
    at a ``:``), else the first ``<h1>``."""
    given = meta(tree, ("og:title", "twitter:title"))
    given += [item["headline"] for item in linked if isinstance(item.get("headline"), str)]
    bar = tree.css_first("title")
    if bar is not None:
        given.append(bar.text(deep=True))
    shown = _shown_texts(tree)
    headings = {clean(h.text(deep=True)) for h in tree.css("h1, h2, h3")}
    for value in given:
        if whole := clean(value):
            spans = [span for span in _title_spans(whole) if whole[slice(*span)] in shown]
            spans = [span for span in spans if whole[slice(*span)] != site]
            if spans:
                # The headline is set as a heading (the site name is usually not); then the longest.
                start, end = max(spans, key=lambda sp: (whole[sp[0]:sp[1]] in headings, sp[1] - sp[0]))
                if (heading := _heading_beside_site(tree, whole[start:end], headings)) is not None:
                    return heading, whole[start:end]
                before, after = (TITLE_SEPARATORS.sub("", part).strip() for part in (whole[:start], whole[end:]))
                # Parts on both sides (``مباشر | headline | site``, ``فيديو | headline | site``): a label
                # opens the bar, the site's name closes it.
                rest = after or before
                if value is given[-1] and bar is not None:
                    return whole[start:end], rest if rest and not TITLE_SEPARATORS.search(rest) else None
                return whole[start:end], _bar_rest(bar.text(deep=True) if bar is not None else "", whole[start:end])
    for value in given[:-1] if bar is not None else given:  # metadata not shown as such: as given
        if cleaned := clean(_strip_site(value, site)):
            return cleaned, None
    h1 = tree.css_first("h1")
    return (clean(h1.text(deep=True)) if h1 is not None else None), None


def _heading_beside_site(tree: HTMLParser, shown: str, headings: set[str | None]) -> str | None:
    """The page's first ``<h1>``/``<h2>`` when the only part of the title bar the page shows is a
    short name set as no heading (``site - نسخة للطباعة`` over a print view's ``<h2>headline``): the
    bar names the site and the page, the heading is the article's."""
    if shown in headings or shown.count(" ") >= SITE_MAX_WORDS:
        return None
    for node in (tree.css_first("h1"), tree.css_first("h2")):
        heading = clean(node.text(deep=True)) if node is not None else None
        if heading and heading.count(" ") > shown.count(" ") and headline_like(heading):
            return heading
    return None


def _bar_rest(bar: str, headline: str) -> str | None:
    """What a title bar adds to the headline at its start or end (``site | headline``): the site
    name, when it is one part (no separator of its own)."""
    bar = clean(bar) or ""
    rest = bar[len(headline):] if bar.startswith(headline) else bar[:-len(headline)] if bar.endswith(headline) else ""
    if not rest or not TITLE_SEPARATORS.search(rest):
        return None
    rest = TITLE_SEPARATORS.sub("", rest).strip()
    return rest if rest and not TITLE_SEPARATORS.search(rest) else None


def _title_spans(title: str) -> list[tuple[int, int]]:
    """Every run of whole parts of a title bar (``a : b – site`` → ``a``, ``a : b``, ``b – site`` ...)
    as (start, end): a headline may itself hold a separator."""
    cuts = [(m.start(), m.end()) for m in TITLE_SEPARATORS.finditer(title)]
    starts = [0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(title)]
    return [(a, b) for i, a in enumerate(starts) for b in ends[i:]]


def _strip_site(title: str, site: str | None) -> str:
    """A title without the site name opening or closing it (``headline | site``)."""
    if not site or site == title.strip():
        return title
    name = re.escape(site)
    sep = TITLE_SEPARATORS.pattern
    return re.sub(rf"^\s*{name}(?:{sep})|(?:{sep}){name}\s*$", "", title)


def _shown_texts(tree: HTMLParser) -> set[str]:
    """Texts of the page's short elements (whole element text, spaces folded)."""
    shown = set()
    for node in tree.css("body *"):
        if node.tag in ("script", "style"):
            continue
        text = node.text(deep=False).strip()
        if text and len(text) <= SHOWN_MAX_CHARS:
            shown.add(" ".join(text.split()))
    return shown
