"""Spellings of one transcribed name: a foreign name reaches Arabic papers through several
transcriptions (أوماروسا مانيغولت نيومان, أوماروسا مانيجولت نيومان: غ or ج for g, with or
without a long vowel, a doubled letter or the article).  Two people found in the text whose names
differ only so are one person (:func:`merge_variant_names`).  An Arab given name is no
transcription (جمال and كمال, أمين and أمن are other names), so a word that differs must be long and
no listed given name, and another word of the name must be spelt alike; a wrong merge of two
people is worse than a split, so a name merges only into the one person it can be."""

from __future__ import annotations

from functools import cache, lru_cache

from khabar.entities.builder import Builder
from khabar.entities.givennames import listed_given_name
from khabar.entities.keys import alias_key
from khabar.entities.lexicon import table_records

#: Letters a transcription may spell with or without (long vowels; ة/ه and ى/ي fold already).
_LONG_VOWELS = "اوي"
#: The fewest folded letters of a word that may differ by its transcription: Arab names are short.
_MIN_VARIANT_LETTERS = 5


@cache
def _letter_table() -> dict[int, str]:
    """Each letter of ``transcription_letters.tsv`` to the first spelling of its sound."""
    table: dict[int, str] = {}
    for row in table_records("transcription_letters"):
        spellings = (row["letters"] or "").split()
        table.update({ord(letter): spellings[0] for letter in spellings})
    return table


@lru_cache(maxsize=20_000)
def sound_key(word: str) -> str:
    """A name word as it sounds: folded, without the article, one letter per transcribed sound,
    no long vowel after the first letter and no doubled letter (مانيجولت, مانغولت: one key)."""
    key = alias_key(word).translate(_letter_table())
    key = key[:1] + "".join(c for c in key[1:] if c not in _LONG_VOWELS)
    return "".join(c for i, c in enumerate(key) if i == 0 or c != key[i - 1])


def transcribed_alike(a: str, b: str) -> bool:
    """Two name words that are one transcription apart: the same sound, and where spelt otherwise
    both long and neither an Arab given name as written (جمال is not كمال)."""
    if alias_key(a) == alias_key(b):
        return True
    return sound_key(a) == sound_key(b) and all(
        len(alias_key(w)) >= _MIN_VARIANT_LETTERS and not listed_given_name(w) for w in (a, b))


def _variant_of(short: list[str], long: list[str]) -> bool:
    """``short`` spells ``long`` otherwise, or its first or last words (the given name and family
    name, the family name): at least two words, one of them spelt alike and one otherwise."""
    if len(short) < 2 or len(short) > len(long):
        return False
    for part in (long[:len(short)], long[len(long) - len(short):]):
        same = [alias_key(s) == alias_key(p) for s, p in zip(short, part, strict=True)]
        if any(same) and not all(same) and all(map(transcribed_alike, short, part)):
            return True
    return False


def merge_variant_names(b: Builder) -> None:
    """A person found in the text whose name is another person's spelt otherwise (or its first or
    last words so spelt) is that person, when there is one such person only."""
    people = [e for e in b.entities.values() if e.type == "PER" and e.name_ar]
    for ent in sorted(people, key=lambda e: len(e.name_ar.split())):
        if ent.id not in b.entities or ent.name != ent.name_ar or b.group_of.get(ent.id) == "people":
            continue
        words = ent.name_ar.split()
        owners = [e for e in people if e is not ent and e.id in b.entities and _variant_of(words, e.name_ar.split())]
        if len(owners) == 1:
            b.merge(ent, owners[0])
