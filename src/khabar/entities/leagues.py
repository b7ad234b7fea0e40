"""Football leagues named by their tier: دوري, الدرجة and the tier's rank, with the nationality
after it or between them (دوري الدرجة الأولى, دوري الدرجة الثالثة التركي, لدوري الدرجة الثانية
الفرنسي, دوري الدرجة الإيطالية الأولى; ``league_words.tsv``) name one league, an ORG as the
national leagues of ``events_laws.tsv`` are.  The lexicons see only the nationality in it and the
tagger nothing; the linker takes the whole before them
(:meth:`~khabar.entities.linking.UnitLinker.run`).  A proclitic on the head (لدوري, وبدوري)
stays out of the mention."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.entities.bodies import Span
from khabar.entities.cues import demonym_keys
from khabar.entities.keys import fold, written_length
from khabar.entities.lexicon import words_by
from khabar.entities.matcher import Match

if TYPE_CHECKING:
    from khabar.entities.linking import UnitLinker

#: Proclitics, folded, a league's head may carry (لدوري, وبدوري).
PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


@lru_cache(maxsize=1)
def league_words() -> dict[str, frozenset[str]]:
    """The folded words of ``league_words.tsv`` by role (head, tier, rank)."""
    return words_by("league_words", "role", fold)


def league_spans(linker: UnitLinker, matches: list[Match], spans: list[Span]) -> tuple[list[Match], list[Span]]:
    """The unit's matches and spans with each league named by its tier as one ORG span, and the
    matches and spans inside it (its nationality) dropped."""
    words = league_words()
    if words["head"].isdisjoint(linker.unit_readings):  # (most units: no دوري under any proclitic)
        return matches, spans
    heads = [i for i, w in enumerate(linker.texts[:-2]) if _head_clitic(w, words["head"]) is not None]
    leagues = [s for i in heads if (s := _league_at(linker, i, words)) is not None]
    if not leagues:
        return matches, spans
    inside = {k for s in leagues for k in range(s.first, s.last + 1)}
    return ([m for m in matches if inside.isdisjoint(range(m.first, m.last + 1))],
            [s for s in spans if inside.isdisjoint(range(s.first, s.last + 1))] + leagues)


def _league_at(linker: UnitLinker, i: int, words: dict[str, frozenset[str]]) -> Span | None:
    """The league whose head is token ``i``: the tier next, a nationality perhaps, the rank, then
    perhaps a nationality (see the module docstring); None when the words after are no tier's."""
    toks, texts = linker.tokens, linker.texts
    if toks[i].kind != "word" or fold(texts[i + 1]) not in words["tier"]:
        return None
    k = i + 2
    if k < len(texts) - 1 and _nationality(linker, k):
        k += 1  # (دوري الدرجة الإيطالية الأولى)
    if k >= len(texts) or toks[k].kind != "word" or fold(texts[k]) not in words["rank"]:
        return None
    if k == i + 2 and k + 1 < len(texts) and _nationality(linker, k + 1):
        k += 1  # (دوري الدرجة الثالثة التركي)
    letters = _head_clitic(texts[i], words["head"]) or 0
    return Span(i, k, "ORG", written_length(texts[i], letters) if letters else 0)


def _head_clitic(word: str, heads: frozenset[str]) -> int | None:
    """Letters of the proclitics before a league's head word (لدوري: 1), None for any other word."""
    w = fold(word)
    return next((len(p) for p in PROCLITICS if w[len(p):] in heads and w.startswith(p)), None)


def _nationality(linker: UnitLinker, k: int) -> bool:
    """Token ``k`` is a definite nationality adjective without a proclitic (التركي, الإيطالية)."""
    tok = linker.tokens[k]
    return tok.kind == "word" and fold(tok.text).startswith("ال") and linker.lex.keys.key(tok.text) in demonym_keys()
