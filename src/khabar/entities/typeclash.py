"""One referent, one type: a name the article reads once as a person and once as a body.

The tagger reads a rare name by its neighbours, so the same word may be a person in one sentence
and an organisation in the next (أوكسمان after نيري أوكسمان, بيرسون after شركة بيرسون, إس كلاس
twice).  Where a mention of a person and a mention of an organisation are written alike, the two
entities are one: the curated one (a lexicon entry) where only one is; else the one named more
fully, by a longer name ending in the shared words (نيري أوكسمان: a person's surname; شركة بيرسون:
a company's name after its head noun); else the person where a title or a player's noun stands in
apposition with one of the mentions (المهاجم البرازيلي هالك, هالك نجم فريق زينيت: the tagger read
three of five mentions as a body); else the one mentioned more often, the first on a tie."""

from __future__ import annotations

from khabar.entities.builder import Builder, title_openers
from khabar.entities.keys import alias_key, fold
from khabar.entities.lexicon import folded_word_list
from khabar.model import Entity, Mention

#: The types a tagger confuses for one referent.
CLASHING = ("PER", "ORG")


def _key(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in text.split())


def _named_more_fully(ent: Entity, shared: tuple[str, ...]) -> bool:
    """A mention of ``ent`` is longer than the shared words and ends with them."""
    return any(len(k := _key(m.text)) > len(shared) and k[-len(shared):] == shared for m in ent.mentions)


def _person_word(word: str, definite: bool) -> bool:
    """A title's or a player's noun (``player_nouns.txt``); before a name only with the article
    (رئيس بيرسون is the company's head, الرئيس X a person)."""
    key, bare = fold(word), alias_key(word)
    if definite and bare == key:
        return False
    return key in title_openers() or bare in folded_word_list("player_nouns")


def _said_a_person(m: Mention, texts: dict[tuple[str, int], str]) -> bool:
    """A title or a player's noun in apposition: right before the mention, past one adjective with
    the article (المهاجم البرازيلي هالك), or right after it (هالك نجم فريق زينيت)."""
    text = texts.get((m.field, m.paragraph), "")
    before, after = text[:m.start].split()[-2:], text[m.end:].split()[:1]
    if before and _person_word(before[-1], definite=True):
        return True
    if len(before) == 2 and (adjective := fold(before[-1])).startswith("ال") and adjective.endswith("ي") \
            and _person_word(before[0], definite=True):
        return True
    return bool(after) and _person_word(after[0], definite=False)


def _winner(b: Builder, a: Entity, c: Entity, shared: tuple[str, ...],
            texts: dict[tuple[str, int], str]) -> Entity:
    curated = [e for e in (a, c) if e.id in b.group_of]
    if len(curated) == 1:
        return curated[0]
    fuller = [e for e in (a, c) if _named_more_fully(e, shared)]
    if len(fuller) == 1:
        return fuller[0]
    if any(_said_a_person(m, texts) for e in (a, c) for m in e.mentions):
        return a if a.type == "PER" else c
    return c if len(c.mentions) > len(a.mentions) else a  # (``a`` was named first)


def merge_type_clashes(b: Builder, texts: dict[tuple[str, int], str] | None = None) -> None:
    """Merge each organisation and person of the article that share a mention written alike
    (``texts``: the article's unit texts by (field, paragraph), to read the words beside a mention)."""
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
            win = _winner(b, other, ent, key, texts or {})
            lose = ent if win is other else other
            b.merge(lose, win)
            by_text.update({k: win for k, e in by_text.items() if e is lose})
            if lose is ent:
                break
