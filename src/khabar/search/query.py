"""User queries: words (all required), "quoted phrases" and -words left out, turned into a safe FTS5
expression.

The user's text never reaches FTS5 as syntax: every word goes through the analyzer and is
emitted as a quoted FTS5 string, so ``*``, ``^``, ``:``, ``(`` and the like cannot act as
operators.  What would silently change the meaning is rejected with a clear message instead:
unbalanced quotation marks or parentheses, and the FTS operator words AND / OR / NOT / NEAR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khabar.search.analyzer import other_forms, terms

#: Quotation marks accepted around phrases (ASCII, typographic and guillemets).
_QUOTES = '"“”«»„'
_OPERATORS = re.compile(r"(?<![\w])(AND|OR|NOT|NEAR)(?![\w])")
#: A word, with the minus that leaves it out when one opens it (after a space or the start: a hyphen
#: inside a word, 2015-07, or a dash between words, الرياض - القصيم, is none).
_WORD_OR_MINUS = re.compile(r"(?:(?<!\S)(-))?(\S+)")
#: A quoted piece's predecessor ending in such a minus (-"a phrase").
_EXCLUDING_END = re.compile(r"(?<!\S)-$")
MAX_QUERY_CHARS = 500
MAX_TERMS = 32


class QueryError(ValueError):
    """A query that cannot be searched; the message says why and what to do."""


@dataclass
class Query:
    text: str
    #: Each group must match: a single term, or a phrase (terms in order, adjacent).
    groups: list[list[str]] = field(default_factory=list)
    #: Other phrases any of which may stand for group i (a Latin name's Arabic spellings).
    alternatives: dict[int, list[list[str]]] = field(default_factory=dict)
    #: Terms or phrases no match may hold (-word, -"a phrase": السعودية -الرياضة).
    excluded: list[list[str]] = field(default_factory=list)

    @property
    def terms(self) -> set[str]:
        return {t for g in self.groups for t in g} | {
            t for alts in self.alternatives.values() for g in alts for t in g}

    def fts(self, excluding: bool = True) -> str:
        """The FTS5 MATCH expression: quoted strings of terms, a group's alternatives OR-ed in
        parentheses, groups joined by AND, then NOT the excluded ones (nothing the user typed
        reaches FTS5 as syntax).  ``excluding=False`` leaves them out: quotations and event
        sentences are matched one by one (:meth:`holds`), not by their article."""
        parts = []
        for i, group in enumerate(self.groups):
            phrases = ['"' + " ".join(g) + '"' for g in [group, *self.alternatives.get(i, [])]]
            parts.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
        found = " AND ".join(parts)
        if not (excluding and self.excluded):
            return found
        return f"({found}) NOT (" + " OR ".join('"' + " ".join(g) + '"' for g in self.excluded) + ")"

    def holds(self, words: list[str]) -> bool:
        """Whether the terms ``words`` (a quotation's, a sentence's) hold every group (a term, or a
        phrase in order) or one of its alternatives, and no excluded term or phrase."""
        text = " " + " ".join(words) + " "
        return all(any(f" {' '.join(g)} " in text for g in [group, *self.alternatives.get(i, [])])
                   for i, group in enumerate(self.groups)) and not any(
                       f" {' '.join(g)} " in text for g in self.excluded)


def _check_balanced(text: str) -> None:
    if sum(text.count(q) for q in _QUOTES) % 2:
        raise QueryError("unbalanced quotation mark: close the phrase with a matching quote")
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            break
    if depth:
        raise QueryError("unbalanced parenthesis: grouping is not supported, remove the parentheses")


def _add_other_forms(query: Query) -> None:
    """A one-word group or exclusion also stands for the same word in its other number or case where
    the segmenter leaves the ending on (:func:`~khabar.search.analyzer.other_forms`: الحوثيون is
    الحوثيين and الحوثي too, القوة is القوات)."""
    for i, group in enumerate(query.groups):
        if len(group) == 1 and (others := other_forms(group[0])):
            query.alternatives[i] = [[other] for other in others]
    query.excluded += [[other] for group in query.excluded if len(group) == 1 for other in other_forms(group[0])]


def parse_query(text: str) -> Query:
    """Parse a user query; raise :class:`QueryError` with a clear message when it cannot be used."""
    text = (text or "").strip()
    if not text:
        raise QueryError("empty query: type one or more words")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long: at most {MAX_QUERY_CHARS} characters")
    _check_balanced(text)
    op = _OPERATORS.search(text)
    if op:
        raise QueryError(f"search operator {op.group()} is not supported: all words are required; "
                         'put a phrase in "quotes"; -word leaves a word out')
    query = Query(text)
    # Split on quote characters: odd pieces are inside a phrase.
    pieces = re.split(f"[{_QUOTES}]", text)
    for i, piece in enumerate(pieces):
        if i % 2:
            words = terms(piece)
            if words:  # -"a phrase": the piece before ends with a minus opening a word
                (query.excluded if _EXCLUDING_END.search(pieces[i - 1]) else query.groups).append(words)
            continue
        for minus, word in _WORD_OR_MINUS.findall(piece):
            (query.excluded if minus else query.groups).extend([w] for w in terms(word))
    if not query.groups:
        if query.excluded:
            raise QueryError("-word only leaves articles out: add a word to find (السعودية -الرياضة)")
        raise QueryError("the query has no searchable words (only punctuation or symbols)")
    if sum(len(g) for g in query.groups + query.excluded) > MAX_TERMS:
        raise QueryError(f"too many words: at most {MAX_TERMS}")
    _add_other_forms(query)  # after the count: the words typed are bounded, each has at most two other forms
    return query
