"""A YAML front matter opening a Markdown file: an article saved by a web clipper (Obsidian's) or a
static site generator's post source (Jekyll, Hugo, pandoc) sets its fields between two ``---`` rules
before the text (``title: "…"``, ``author:`` and ``- "[[name]]"`` items, ``published: 2018-04-22``).

The title line becomes the headline's text, a description the deck's (unless the first paragraph holds
it: cut from it, after a dateline too), an author the byline, a publication date a date line
(``resources/front_matter_keys.tsv``); every other line of the block (source, created,
tags) is furniture, so the position rules (:mod:`khabar.structure.layout`) read the page as any other.
An Org file's heading over its property drawer (an article captured into Emacs Org mode) is read the
same way, the heading's text as the title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import read_rows
from khabar.structure.lines import BYLINE, FURNITURE, TEXT, Line, classify

_RULE = "---"
_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,40})\s*:(?:\s+(?P<value>.*))?$")
_ITEM = re.compile(r"^-\s+(?P<value>.+)$")
_MAX_LINES = 60  # a front matter longer than this is no page head
_ORG_DRAWER, _ORG_END = ":PROPERTIES:", ":END:"
_ORG_HEADING = re.compile(r"^\*{1,6}\s+(?P<title>\S.*?)(?:\s+:[\w@#%]+(?::[\w@#%]+)*:)?$")
_ORG_KEY = re.compile(r"^:(?P<key>[A-Za-z_][\w-]{0,40}):(?:\s+(?P<value>.*))?$")
_ORG_TIMESTAMP = re.compile(r"[\[<](?P<stamp>[^\[\]<>]{1,60})[\]>]")  # [2018-04-22 Sun], <2018-04-22 Sun 10:30>


@lru_cache(maxsize=1)
def _keys() -> dict[str, str]:
    """Front matter key (lower case) → its kind (headline, deck, byline, date)."""
    return {key.lower(): kind for kind, key in read_rows("front_matter_keys.tsv")}


def _value(text: str) -> str:
    """A YAML scalar as the page means it: quotes and wiki-link brackets (``"[[name]]"``) dropped,
    escaped quotes read back."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].replace('\\"', '"') if text[0] == '"' else text[1:-1].replace("''", "'")
    if text.startswith("[[") and text.endswith("]]"):
        text = text[2:-2].split("|")[-1]
    return text.strip()


def mark_front_matter(lines: list[Line]) -> None:
    """Read a front matter opening the page (see the module's docstring); other pages are left as they are."""
    if not lines or lines[0].text != _RULE:
        return
    end = next((k for k in range(1, min(len(lines), _MAX_LINES)) if lines[k].text == _RULE), None)
    if end is None or end < 2 or not all(_KEY.match(ln.text) or _ITEM.match(ln.text) for ln in lines[1:end]):
        return
    opening = next((ln.text for ln in lines[end + 1:] if ln.kind == TEXT), "")
    kind = None
    for line in lines[1:end]:
        if (m := _KEY.match(line.text)) is not None:
            kind, value = _keys().get(m["key"].lower()), _value(m["value"] or "")
        else:
            value = _value(_ITEM.match(line.text)["value"])  # type: ignore[index]
        if _read_field(line, kind, value, opening) == "headline":
            kind = None
    lines[0].kind = lines[end].kind = FURNITURE


def mark_org_drawer(lines: list[Line]) -> None:
    """An Org heading over its property drawer opening the page (an article captured into an Org
    file: ``* headline  :tag:``, ``:PROPERTIES:`` … ``:URL:``, ``:PUBLISHED: [2018-04-22 Sun]`` …
    ``:END:``): the heading without its stars and tags is the headline's text, and the drawer's
    properties are read as a front matter's keys; other pages are left as they are."""
    if len(lines) < 3 or lines[1].text != _ORG_DRAWER or (heading := _ORG_HEADING.match(lines[0].text)) is None:
        return
    end = next((k for k in range(2, min(len(lines), _MAX_LINES)) if lines[k].text == _ORG_END), None)
    if end is None or not all(_ORG_KEY.match(ln.text) for ln in lines[2:end]):
        return
    lines[0].text, lines[0].kind, lines[0].spaced = heading["title"], TEXT, None
    opening = next((ln.text for ln in lines[end + 1:] if ln.kind == TEXT), "")
    for line in lines[2:end]:
        m = _ORG_KEY.match(line.text)
        value = _value(m["value"] or "")  # type: ignore[index]
        if (stamp := _ORG_TIMESTAMP.fullmatch(value)) is not None:
            value = stamp["stamp"]
        _read_field(line, _keys().get(m["key"].lower()), value, opening)  # type: ignore[index]
    lines[1].kind = lines[end].kind = FURNITURE


def _read_field(line: Line, kind: str | None, value: str, opening: str) -> str | None:
    """Read one field line of a page's head block as its kind says (``front_matter_keys.tsv``; a
    headline, a deck unless the text's first paragraph holds it, a byline, a date), or as furniture;
    the kind the line was read as, or None for furniture."""
    line.kind, line.spaced = FURNITURE, None
    if not value or kind is None:
        return None
    # a deck counts unless it was cut from the text's first paragraph
    if kind == "headline" or kind == "deck" and value.rstrip(".…").rstrip() not in opening:
        line.text, line.kind = value, TEXT
    elif kind == "byline":
        line.text, line.kind, line.value = value, BYLINE, value
    elif kind == "date":
        probe = classify(Line(text=value, kind=TEXT))
        if probe.date is None:
            return None
        line.text, line.kind, line.date = value, probe.kind, probe.date
    else:
        return None
    return kind
