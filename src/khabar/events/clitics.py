"""Proclitics glued to an actor's first word (لشركة فيس بوك → شركة فيس بوك, بالولايات →
الولايات): how many characters of a mention or an agent/country phrase to read off, so that an
actor's text starts at the name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.arabic.inflection import WORD_CACHE, fold, folded_bare
from khabar.arabic.normalize import FOREIGN_FORMS, plain_letters
from khabar.entities.clusters import word_ranks
from khabar.entities.keys import fold as entity_fold
from khabar.events.tables import actor_tables, match_key, nisba_country
from khabar.model import Entity

if TYPE_CHECKING:
    from khabar.events.actors import UnitMentions

#: Proclitics before the article, longest first (لل: ل + ال with its alif elided).
_ARTICLE_CLITICS = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "بال", "كال", "وال", "فال", "لل")
#: Conjunction and preposition proclitics before a word without the article, shortest first: the
#: tables also hold names with a first letter stripped (لبنان → بنان), so ولبنان must try و first.
PLAIN_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_PLAIN_CLITIC_SET = frozenset(PLAIN_CLITICS)


def proclitic_length(text: str, entity: object | None = None) -> int:
    """Characters of a conjunction or preposition glued to the first word of a participant's
    words (لشركة فيس بوك → شركة فيس بوك): checked against the entity's other names when it has
    one, else against the agent and country tables."""
    if entity is not None:
        return mention_clitic(text, entity)
    return lexical_clitic(text, [folded_bare(w) for w in text.split()])


def _letters(phrase: str, n: int) -> int:
    """Characters spanned by the first n letters of a phrase with their diacritics (بِـ is one letter)."""
    k = 0
    for _ in range(n):
        k += 1
        while k < len(phrase) and "\u064b" <= phrase[k] <= "\u0652":
            k += 1
    if FOREIGN_FORMS.search(phrase, 0, k) and len(plain_letters(phrase[:k])) != n:
        return 0  # a PDF copy's lam-alef ligature holds the last letter and the next (ﻻﻣﺮﺃﺓ): no cut there
    return k


@lru_cache(maxsize=WORD_CACHE)  # mention texts recur across an article
def _clitic_length(phrase: str) -> int:
    """Characters of a conjunction or preposition before the article (بالولايات → الولايات).  With
    لل the article's alif is elided, so the name starts after it (للحكومة → حكومة): a slice of the
    text is kept over a spelling the text does not contain."""
    word = fold(phrase.split()[0]) if phrase.split() else ""
    for pre in _ARTICLE_CLITICS:
        if word.startswith(pre) and len(word) - len(pre) >= 2:
            return _letters(phrase, len(pre) if pre.endswith("لل") else len(pre) - 2)
    return 0


def lexical_clitic(phrase: str, words: list[str]) -> int:
    """Characters of a proclitic before an agent or country phrase (بمخرج → مخرج، ولبنان → لبنان):
    the table matched the phrase without it, and not with it (لجنة and وزارة keep their letter)."""
    first = fold(phrase.split()[0]) if phrase.split() else ""
    if first.startswith("ال"):
        return 0
    tables = actor_tables()
    plain = [first, *words[1:]]
    if (match_key(tables.agents, tables.agent_lengths, plain, 0)
            or match_key(tables.countries, tables.country_lengths, plain, 0)):
        return 0
    for pre in PLAIN_CLITICS:
        rest = first[len(pre):]
        if first.startswith(pre) and len(rest) >= 2 and (
                match_key(tables.agents, tables.agent_lengths, [rest, *words[1:]], 0)
                or match_key(tables.countries, tables.country_lengths, [rest, *words[1:]], 0)
                or nisba_country(rest)):
            return _letters(phrase, len(pre))
    return _clitic_length(phrase)


def mention_clitic(text: str, ent: object, index: UnitMentions | None = None) -> int:
    """Characters of a proclitic glued to a mention (لجيري لي → جيري لي), when the entity is also
    named without it elsewhere (its name or another mention); a letter of the name stays.  The
    article's ``index`` folds each entity's names once, not once per mention."""
    words = text.split()
    word = fold(words[0]) if words else ""
    if word.startswith("ال"):
        return 0
    clitics = _plain_clitics(word)
    if clitics:  # most mentions start with no clitic letter: the entity's other names are not folded
        others = index.folded_names(ent) if index is not None and isinstance(ent, Entity) else folded_names(ent)
        for pre in clitics:
            rest = word[len(pre):]
            if any(o.startswith(rest) and not o.startswith(word) for o in others):
                return _letters(text, len(pre))
    return _clitic_length(text)


def folded_names(ent: object) -> list[str]:
    """An entity's name, Arabic name and mention texts, folded."""
    others = [fold(n) for n in (getattr(ent, "name_ar", None), getattr(ent, "name", None)) if n]
    return others + [fold(m.text) for m in getattr(ent, "mentions", [])]


def _plain_clitics(word: str) -> list[str]:
    """The conjunctions and prepositions a folded word may start with, leaving two letters (a
    clitic is one or two letters: two slices and a set test, cheaper than any cache)."""
    return [pre for pre in (word[:1], word[:2]) if pre in _PLAIN_CLITIC_SET and len(word) - len(pre) >= 2]


def table_proclitic(text: str, key: str) -> str:
    """The proclitic letters a table word's text carries before its table key ``key`` (its
    :func:`folded_bare`), folded: لصحيفة → ل, للتجارة → لل, وزارة → '' (the و is the noun's own,
    the tables know: :attr:`ActorTables.owned`)."""
    word = fold(text)
    letters = word[: len(word) - len(key)]
    for own in actor_tables().owned.get(key, ()):
        if letters.endswith(own):
            return letters[: len(letters) - len(own)]
    return letters


def glued_conjunction(word: str) -> int:
    """Characters of a conjunction و or ف glued to a word (ولافروف → 1), 0 when the letter is the
    word's own (وثائق، وليد، فوزي): the corpora write the whole word more often than its rest (the
    entities' frequent-word ranks; a word they do not list counts as rarer)."""
    folded = entity_fold(word)
    if folded[:1] not in ("و", "ف") or len(folded) < 3:
        return 0
    ranks = word_ranks()
    return 0 if ranks.get(folded, len(ranks)) < ranks.get(folded[1:], len(ranks)) else 1


def conjoins_known_word(word: str) -> bool:
    """Whether a word is و or ف before a word the corpora know, which they write more often without
    it (وأسفر، وقال); a rare name, known neither way, is no such word (ووتش، ويلز)."""
    folded = entity_fold(word)
    if folded[:1] not in ("و", "ف") or len(folded) < 3:
        return False
    ranks = word_ranks()
    rest = ranks.get(folded[1:])
    return rest is not None and rest < ranks.get(folded, len(ranks))


def word_proclitics(word: str, proclitics: frozenset[str]) -> int:
    """How many of ``proclitics`` (one letter each, at most two) open a noun not known to any table
    (وقاعدة → 1, وحدة → 0): a letter is a proclitic when the corpora write the word without it more
    often than with it (the entities' frequent-word ranks; a word they do not list counts as rarer)."""
    ranks = word_ranks()
    folded = entity_fold(word)
    n = 0
    while (n < 2 and folded[:1] in proclitics and len(folded) > 2
           and ranks.get(folded[1:], len(ranks)) < ranks.get(folded, len(ranks))):
        folded = folded[1:]
        n += 1
    return n
