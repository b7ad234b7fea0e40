"""Snippets: the passage of an article that best matches a query, with hits marked.

Hits are found by running the analyzer over the words of the ORIGINAL text (offsets kept), so
every highlight is an exact ``[start, end)`` of the stored unit; HTML is built by escaping each
piece separately, so article text can never inject markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markupsafe import Markup, escape

from khabar.arabic.normalize import DIACRITICS, INVISIBLES, TATWEEL
from khabar.search.analyzer import WORD, spelling_variants, term
from khabar.search.query import Query

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
    """Text units in snippet preference order: the deck and body first, the headline (shown anyway) last."""
    units = [("deck", 0, analysis["deck"])] if analysis.get("deck") else []
    for name in ("body", "pull_quotes"):
        units.extend((name, i, text) for i, text in enumerate(analysis.get(name) or []) if text)
    if analysis.get("headline"):
        units.append(("headline", 0, analysis["headline"]))
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


#: Letters a normalised term letter may stand for in the original text (see normalize_for_matching).
_FOLDED = {"ا": "اأإآٱ", "ي": "يى", "ه": "هة", **{str(d): f"{d}{chr(0x660 + d)}{chr(0x6f0 + d)}" for d in range(10)}}
_IGNORED = f"[{DIACRITICS}{TATWEEL}{INVISIBLES}]*"
#: One character of a word (the analyzer's WORD, one character long).
_WORD_CHAR = re.compile(WORD.pattern.removesuffix("+"))


@lru_cache(maxsize=256)
def _prefilter(query_terms: frozenset[str]) -> re.Pattern[str]:
    """A regex that any unit holding a hit must match: a term (or the spelling variant it folds)
    written with any of its letters' variants and diacritics/tatweel in between.  Searching the
    original text with it (C speed) spares analysing the units that cannot hold a hit."""
    needles = set(query_terms)
    for t in query_terms:
        needles.update(variant + t[len(canonical):] for variant, canonical in spelling_variants()
                       if t.startswith(canonical))
    alternatives = [_IGNORED.join(f"[{re.escape(_FOLDED.get(c, c))}]" for c in n) for n in needles]
    return re.compile("|".join(sorted(alternatives, key=len, reverse=True)), re.IGNORECASE)


def _hits(text: str, prefilter: re.Pattern[str], terms: dict[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, query word index) of the words of ``text`` whose term is a query term.

    Only the words the prefilter touches are analysed: a unit of 300 words usually holds a handful.
    """
    hits, seen = [], set()
    for m in prefilter.finditer(text):
        start, end = _word_at(text, m.start())
        if start in seen:
            continue
        seen.add(start)
        k = terms.get(term(text[start:end]))
        if k is not None:
            hits.append((start, end, k))
    return hits


def _word_at(text: str, pos: int) -> tuple[int, int]:
    """The [start, end) of the word holding position ``pos``."""
    start = pos
    while start > 0 and _WORD_CHAR.match(text, start - 1):
        start -= 1
    return start, WORD.match(text, start).end()


def best_snippet(analysis: dict, query: Query) -> Snippet | None:
    """The first unit matching the most distinct query terms, windowed around its first hit."""
    terms = {t: k for k, t in enumerate(sorted(query.terms))}
    best, best_count = None, 0
    prefilter = _prefilter(frozenset(terms))
    for field_name, paragraph, text in _units(analysis):
        hits = _hits(text, prefilter, terms)
        count = len({k for _, _, k in hits})
        if count > best_count:
            best, best_count = (field_name, paragraph, text, hits), count
            if count == len(terms):  # cannot do better: stop reading the article
                break
    if best is None:
        return None
    field_name, paragraph, text, hits = best
    start, end = _window(text, hits[0][0], hits[0][1])
    matches = [(s, e) for s, e, _ in hits if s >= start and e <= end]
    return Snippet(field_name, paragraph, start, end, text[start:end], matches)
