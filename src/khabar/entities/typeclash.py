"""One referent, one type: a name the article reads once as a person and once as a body.

The tagger reads a rare name by its neighbours, so the same word may be a person in one sentence
and an organisation in the next (أوكسمان after نيري أوكسمان, بيرسون after شركة بيرسون, إس كلاس
twice).  Where a mention of a person and a mention of an organisation are written alike, the two
entities are one: the curated one (a lexicon entry) where only one is; else the one named more
fully, by a longer name ending in the shared words (نيري أوكسمان: a person's surname; شركة بيرسون:
a company's name after its head noun); else the one mentioned more often, the first on a tie."""

from __future__ import annotations

from khabar.entities.builder import Builder
from khabar.entities.keys import fold
from khabar.model import Entity

#: The types a tagger confuses for one referent.
CLASHING = ("PER", "ORG")


def _key(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in text.split())


def _named_more_fully(ent: Entity, shared: tuple[str, ...]) -> bool:
    """A mention of ``ent`` is longer than the shared words and ends with them."""
    return any(len(k := _key(m.text)) > len(shared) and k[-len(shared):] == shared for m in ent.mentions)


def _winner(b: Builder, a: Entity, c: Entity, shared: tuple[str, ...]) -> Entity:
    curated = [e for e in (a, c) if e.id in b.group_of]
    if len(curated) == 1:
        return curated[0]
    fuller = [e for e in (a, c) if _named_more_fully(e, shared)]
    if len(fuller) == 1:
        return fuller[0]
    return c if len(c.mentions) > len(a.mentions) else a  # (``a`` was named first)


def merge_type_clashes(b: Builder) -> None:
    """Merge each organisation and person of the article that share a mention written alike."""
    by_text: dict[tuple[str, ...], Entity] = {}
    for ent in list(b.entities.values()):
        if ent.type not in CLASHING or ent.id not in b.entities:
            continue
        for m in list(ent.mentions):
            key = _key(m.text)
            other = by_text.get(key)
            if other is None or other.id not in b.entities:
                by_text[key] = ent
                continue
            if other.type == ent.type or other is ent:
                continue
            win = _winner(b, other, ent, key)
            lose = ent if win is other else other
            b.merge(lose, win)
            by_text.update({k: win for k, e in by_text.items() if e is lose})
            if lose is ent:
                break
