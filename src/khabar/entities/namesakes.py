"""A one-word place no curated table lists that is a person's first name or surname in the article
(بهوي after نبيل بهوي: the gazetteer's Bhuj; ترينتون after ترينتون ماكينلي: the tagger's place) is
that person, where nothing around its mentions says place (a preposition or place noun before it,
ب or ل on it: في كوباني, مدينة كوباني, بكوباني stay the town)."""

from __future__ import annotations

from khabar.entities.builder import Builder
from khabar.entities.gazetteers import TOWN_ALIASES
from khabar.entities.keys import alias_key, fold, readings
from khabar.entities.lexicon import folded_word_list
from khabar.entities.linking import place_noun_keys
from khabar.entities.matcher import lexicon
from khabar.model import Mention

#: Where an uncurated place comes from: the tagger (no table), the geonames towns, the town aliases.
_UNCURATED = frozenset({"", "geonames", TOWN_ALIASES})


def places_named_like_people(b: Builder, texts: dict[tuple[str, int], str]) -> None:
    """Merge each such place into the one person whose first or last name word it is (``texts``:
    the article's unit texts by (field, paragraph), to read the word before a mention)."""
    owners: dict[str, set[str]] = {}
    for ent in b.entities.values():
        words = (ent.name_ar or ent.name).split()
        if ent.type == "PER" and len(words) > 1:
            for word in (words[0], words[-1]):
                owners.setdefault(alias_key(word), set()).add(ent.id)
    if not owners:
        return
    for ent in [e for e in b.entities.values() if e.type in ("GPE", "LOC")]:
        if ent.wikidata or b.group_of.get(ent.id, "") not in _UNCURATED:
            continue
        each = [_owners(m, owners) for m in ent.mentions]
        found = set().union(*each)
        if len(found) == 1 and all(own and not _said_a_place(m, texts) for m, own in zip(ent.mentions, each, strict=True)):
            b.merge(ent, b.entities[found.pop()])


def _owners(m: Mention, owners: dict[str, set[str]]) -> set[str]:
    if " " in m.text.strip():
        return set()
    return {pid for key in readings(fold(m.text))[:1] for pid in owners.get(key, ())}


def _said_a_place(m: Mention, texts: dict[tuple[str, int], str]) -> bool:
    """A preposition or place noun right before it (في كوباني, مدينة X); a word with ب or ل on it
    (بكوباني) is no name word as written, so :func:`_owners` finds no one for it."""
    before = texts.get((m.field, m.paragraph), "")[:m.start].split()
    if not before:
        return False
    return fold(before[-1]) in folded_word_list("place_prepositions") or lexicon().keys.key(before[-1]) in place_noun_keys()
