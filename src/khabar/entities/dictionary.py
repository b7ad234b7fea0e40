"""Dictionary and shape features of a word: is it an Arabic lexeme, a proper noun, or neither?

Most names of ANERcorp's test part are unseen in its train part (736 of its 888 people), and
an unseen word that no Arabic dictionary knows is likely a foreign name (لافروف, ستيفانوفيتش).
The dictionary is arramooz's (the ``arramooz-pysqlite`` package: GPL; its nouns with their broken
plurals, its verbs, and its word-frequency list, whose ``noun_prop`` words are proper nouns), read
once into sets of folded spellings.  A word is a lexeme (``az=lex``) when one of its clitic
readings, or that reading less a common suffix (ة, ات, ها ...) or an imperfective prefix, is in
the dictionary; a word of Arabic letters that is none is ``az=nolex``; a reading that is a proper
noun only is ``az=prop``, one that is both ``az=both``.  The shape features count a stem's
consonants and long vowels (``sh=4/3``): transliterated names write their vowels as letters
(بوتين, ميدفيديف), Arabic words mostly do not.

On the held-out slice of ANERcorp's train part (``python -m khabar.entities.train --holdout``,
the same corpus votes for both) the CRF went from micro-F1 0.769 to 0.774 and the ensemble
with the neural tagger (which reads these features as indicators too) from 0.784 to 0.794; on
the test part, retrained with the committed corpus votes, the CRF 0.769 -> 0.774, the ensemble
(``khabar tag``) 0.778 -> 0.785.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from khabar.entities.keys import fold, readings

#: Endings stripped off a reading to find its lexeme (plural, feminine, nisba, possessive).
SUFFIXES = ("ات", "ون", "ين", "ان", "ية", "يه", "ة", "ه", "ي", "ها", "هم", "هما", "هن", "كم", "نا")
#: Endings that also end many foreign names (بوتين, نيكسون): stripped only off longer words.
NAME_LIKE_SUFFIXES = frozenset({"ين", "ون", "ان"})
#: Letters opening an imperfective verb (يقول, تقول, نقول, أقول folded).
IMPERFECTIVE = "يتنا"
LONG_VOWELS = frozenset("اوي")


@lru_cache(maxsize=1)
def dictionary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(lexemes, proper nouns only, words that are both), folded; empty without the package."""
    try:
        import arramooz
    except ImportError:  # the features go quiet
        return frozenset(), frozenset(), frozenset()
    base = Path(arramooz.__file__).parent / "data"
    lex: set[str] = set()
    prop: set[str] = set()
    with sqlite3.connect(base / "arabicdictionary.sqlite") as db:
        for word, plurals in db.execute("select unvocalized, broken_plural from nouns"):
            lex.add(fold(word))
            lex.update(fold(x) for x in (plurals or "").replace("،", " ").replace(":", " ").split())
        lex.update(fold(word) for (word,) in db.execute("select unvocalized from verbs"))
    with sqlite3.connect(base / "wordfreq.sqlite") as db:
        for word, kind in db.execute("select unvocalized, word_type from wordfreq"):
            (prop if kind == "noun_prop" else lex).add(fold(word))
    lex.discard("")
    prop.discard("")
    return frozenset(lex), frozenset(prop - lex), frozenset(prop & lex)


def lexeme_candidates(reads: list[str]) -> list[str]:
    """Each reading, and it less a suffix or an imperfective prefix."""
    out = []
    for r in reads:
        out.append(r)
        for s in SUFFIXES:
            if r.endswith(s) and len(r) - len(s) >= (4 if s in NAME_LIKE_SUFFIXES else 3):
                out.append(r[:-len(s)])
        if r[:1] in IMPERFECTIVE and len(r) >= 4:
            out.append(r[1:])
    return out


def _arabic_letters(word: str) -> bool:
    return all("\u0621" <= ch <= "\u064a" for ch in word)


def dictionary_features(folded: str) -> list[str]:
    """``az=`` features of a folded word (see the module docstring)."""
    lex, prop, both = dictionary()
    reads = readings(folded) if folded else [folded]
    out = []
    if any(r in prop for r in reads):
        out.append("az=prop")
    elif any(r in both for r in reads):
        out.append("az=both")
    if any(c in lex for c in lexeme_candidates(reads)):
        out.append("az=lex")
    elif len(reads[-1]) >= 3 and _arabic_letters(reads[-1]):
        out.append("az=nolex")
    return out


def shape_features(folded: str) -> list[str]:
    """``sh=`` features of a folded word's stem of four letters or more: consonants/long vowels
    after the first letter, ``sh=vv`` for two long vowels in a row, ``sh=vowelly`` when at least
    half the letters after the first are long vowels."""
    stem = readings(folded)[-1] if folded else folded
    if len(stem) < 4 or not _arabic_letters(stem):
        return []
    vowels = sum(ch in LONG_VOWELS for ch in stem[1:])  # the first letter is mostly a consonant
    consonants = len(stem) - 1 - vowels
    out = [f"sh={min(consonants, 6)}/{min(vowels, 4)}"]
    if any(a in LONG_VOWELS and b in LONG_VOWELS for a, b in zip(stem, stem[1:], strict=False)):
        out.append("sh=vv")
    if vowels * 2 >= len(stem) - 1:
        out.append("sh=vowelly")
    return out


def word_dictionary_features(folded: str) -> list[str]:
    """The dictionary then the shape features, in :meth:`.FeatureExtractor.word_features` order."""
    return dictionary_features(folded) + shape_features(folded)
