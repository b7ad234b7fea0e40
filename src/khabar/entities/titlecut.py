"""Start a tagged person's name past the title it opens with: ANERcorp's annotators put ranks in
the name (آية الله حسن أقاميري, حجة الإسلام محمد أختري), and the tagger learnt to.  The linker
drops a tagger span that overlaps a lexicon match and lets the title guess its holder again,
which keeps only the words that look most like a name (أقاميري, the role آية الله حسن: a first
name cut into the role).  A person's span whose first words are a title of ``titles.tsv``
(:class:`~khabar.entities.matcher.Match` of type TITLE), or the last of them (الله حسن أقاميري
after آية), and which runs on past it starts right after the title instead: the title stays a
title and its holder is the rest of the span, whole.  A title chain (المرشد الأعلى آية الله علي
خامنئي) is cut title by title.  A title of one word without the article (أمير, حاكم) stays in the
span: it is a given name as often (أمير كرارة).

A one-word title with the article right after a given name the tagger read as a person is the
family name when the name closes on it (:func:`family_titles`: شوقي الطبيب إن, طارق الملا في,
ماجد المهندس وكاظم): a role would run on (حسام حسن المدير الفني, محمد المتحدث باسم)."""

from __future__ import annotations

from khabar.arabic import Token
from khabar.entities.bodies import Span
from khabar.entities.givennames import listed_given_name
from khabar.entities.keys import fold
from khabar.entities.lexicon import folded_word_list
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


def family_titles(spans: list[Span], matches: list[Match], tokens: list[Token]) -> tuple[list[Span], list[Match]]:
    """The spans and matches with each one-word definite title that is a family name (see the module
    docstring) read as the end of the person's span, its title match dropped: the tagger's PER span
    holds the listed given name right before the title, and the title is followed by punctuation, a
    word of ``after_surname_words.txt`` or و and a listed given name."""
    family: dict[int, Match] = {}
    for m in matches:
        if m.entry.type == "TITLE" and m.first == m.last and m.first > 0 and fold(tokens[m.first].text).startswith("ال") \
                and tokens[m.first - 1].kind == "word" and listed_given_name(tokens[m.first - 1].text) \
                and _closes_name(tokens, m.last + 1):
            family[m.first] = m
    if not family:
        return spans, matches
    out, used = [], set()
    for sp in spans:
        if sp.type == "PER" and sp.last + 1 in family and not any(sp.first <= o.first <= sp.last for o in matches):
            used.add(sp.last + 1)
            sp = Span(sp.first, sp.last + 1, sp.type, sp.clitic)
        elif sp.type == "PER" and sp.last in family and sp.first < sp.last:
            used.add(sp.last)
        out.append(sp)
    return out, [m for m in matches if m.first not in used or family.get(m.first) is not m]


def _closes_name(tokens: list[Token], k: int) -> bool:
    """Token ``k`` ends a name before it: none (the unit's end), punctuation, a word of
    ``after_surname_words.txt``, or و and a listed given name (وكاظم)."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return True
    word = tokens[k].text
    return fold(word) in folded_word_list("after_surname_words") \
        or (word.startswith("و") and len(word) > 3 and listed_given_name(word[1:]))
