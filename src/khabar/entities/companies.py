"""Companies named after a person (:func:`company_spans`): a person's name, the tagger's or a
lexicon's, right before a word that closes a company's name (``company_suffixes.txt``: كاسبرسكي
لاب, بن لادن غروب, سامي للاتصالات) is the company, one ORG over both, not the person."""

from __future__ import annotations

from khabar.entities.bodies import Span
from khabar.entities.keys import fold
from khabar.entities.lexicon import folded_word_list, word_list
from khabar.entities.matcher import Match


def company_spans(text: str, texts: list[str], matches: list[Match],
                  spans: list[Span]) -> tuple[list[Match], list[Span]]:
    """``matches`` and ``spans`` with each person ending right before a company suffix made an ORG
    span over the name and the suffix (a tagger span that already holds the suffix is retyped)."""
    if not any(map(text.__contains__, word_list("company_suffixes"))):
        return matches, spans  # (most units hold none: a substring scan per suffix, mapped in C)
    suffixes = folded_word_list("company_suffixes")
    ends = {i for i, w in enumerate(texts) if fold(w) in suffixes}
    if not ends:
        return matches, spans
    made = [Span(s.first, s.last + (s.last + 1 in ends), "ORG", s.clitic) for s in spans
            if s.type == "PER" and (s.last + 1 in ends or s.last in ends and s.last > s.first)]
    out = [s for s in spans if not any(s.first <= c.last and c.first <= s.last for c in made)] + made
    for m in matches:
        if m.entry.type == "PER" and m.last + 1 in ends and not any(c.first <= m.last + 1 and m.first <= c.last
                                                                   for c in made):
            made.append(Span(m.first, m.last + 1, "ORG"))
            out = [s for s in out if s.last < m.first or s.first > m.last + 1] + [made[-1]]
    if not made:
        return matches, spans
    # (the person a lexicon reads inside the company's name, بن لادن in بن لادن غروب, is no mention)
    return [m for m in matches if not (m.entry.type == "PER" and any(
        c.first <= m.last and m.first <= c.last for c in made))], out
