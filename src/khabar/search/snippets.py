"""Snippets: the passage of an article that best matches a query, with hits marked.

Hits are found by running the analyzer over the ORIGINAL text (term_spans keeps offsets), so
every highlight is an exact ``[start, end)`` of the stored unit; HTML is built by escaping each
piece separately, so article text can never inject markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from khabar.search.analyzer import term_spans

#: Characters of context kept on each side of the first hit.
CONTEXT = 110


@dataclass
class Snippet:
    field: str
    paragraph: int
    start: int  # the window [start, end) of the original unit
    end: int
    text: str
    #: Hits as [start, end) offsets into the original unit (not into ``text``).
    matches: list[tuple[int, int]] = field(default_factory=list)

    def html(self) -> Markup:
        """The window with hits in <mark>, every piece of article text escaped."""
        out, pos = [], self.start
        for start, end in self.matches:
            out.append(escape(self.text[pos - self.start:start - self.start]))
            out.append(Markup("<mark>") + escape(self.text[start - self.start:end - self.start])
                       + Markup("</mark>"))
            pos = end
        out.append(escape(self.text[pos - self.start:]))
        prefix = "… " if self.start > 0 else ""
        return Markup(prefix) + Markup("").join(out)

    def to_dict(self) -> dict:
        return {"field": self.field, "paragraph": self.paragraph, "start": self.start, "end": self.end,
                "text": self.text, "matches": [list(m) for m in self.matches], "html": str(self.html())}


def _units(analysis: dict) -> list[tuple[str, int, str]]:
    units = []
    for name in ("headline", "deck"):
        if analysis.get(name):
            units.append((name, 0, analysis[name]))
    for name in ("pull_quotes", "body"):
        units.extend((name, i, text) for i, text in enumerate(analysis.get(name) or []) if text)
    return units


def _window(text: str, first: int, last: int) -> tuple[int, int]:
    """A window around [first, last) cut at spaces, about 2 * CONTEXT characters wide."""
    start = max(0, first - CONTEXT)
    end = min(len(text), max(last, first + CONTEXT))
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", last, end)
        end = space if space > last else end
    return start, end


def best_snippet(analysis: dict, query_terms: set[str]) -> Snippet | None:
    """The unit with the most distinct query terms (earliest on ties), windowed around its hits."""
    best, best_key = None, (0, 0)
    for field_name, paragraph, text in _units(analysis):
        hits = [(s, e, t) for t, s, e in term_spans(text) if t in query_terms]
        key = (len({t for _, _, t in hits}), len(hits))
        if key > best_key:
            best, best_key = (field_name, paragraph, text, hits), key
    if best is None:
        return None
    field_name, paragraph, text, hits = best
    start, end = _window(text, hits[0][0], hits[0][1])
    matches = [(s, e) for s, e, _ in hits if s >= start and e <= end]
    return Snippet(field_name, paragraph, start, end, text[start:end], matches)
