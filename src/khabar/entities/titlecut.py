"""Start a tagged person's name past the title it opens with: ANERcorp's annotators put ranks in
the name (آية الله حسن أقاميري, حجة الإسلام محمد أختري), and the tagger learnt to.  The linker
drops a tagger span that overlaps a lexicon match and lets the title guess its holder again,
which keeps only the words that look most like a name (أقاميري, the role آية الله حسن: a first
name cut into the role).  A person's span whose first words are a title of ``titles.tsv``
(:class:`~khabar.entities.matcher.Match` of type TITLE), or the last of them (الله حسن أقاميري
after آية), and which runs on past it starts right after the title instead: the title stays a
title and its holder is the rest of the span, whole.  A title chain (المرشد الأعلى آية الله علي
خامنئي) is cut title by title.  A title of one word without the article (أمير, حاكم) stays in the
span: it is a given name as often (أمير كرارة)."""

from __future__ import annotations

from khabar.arabic import Token
from khabar.entities.bodies import Span
from khabar.entities.keys import fold
from khabar.entities.matcher import Match


def after_titles(spans: list[Span], matches: list[Match], tokens: list[Token]) -> list[Span]:
    """The spans with each PER span that opens inside a title and runs on past it started after it."""
    ends: dict[int, int] = {}  # a title's token -> the title's last token
    for m in matches:
        if m.entry.type == "TITLE" and (m.first < m.last or fold(tokens[m.first].text).startswith("ال")):
            for i in range(m.first, m.last + 1):
                ends[i] = max(ends.get(i, i), m.last)
    if not ends:
        return spans
    out: list[Span] = []
    for sp in spans:
        first = sp.first
        while sp.type == "PER" and first in ends and ends[first] < sp.last:
            first = ends[first] + 1
        out.append(sp if first == sp.first else Span(first, sp.last, sp.type))
    return out
