"""Subjects that report no statement: a speech verb whose subject is an abstract noun.

تكشف التقاليد، تشير العلاقة، تهدد الحرب التجارية: the verb is used in a sense that is not speech
(reveal, indicate, threaten), and تُعتبر الصادرات طوق النجاة is a passive read as active; طلبت
المساعدة asks for a thing and says nothing.  The nouns are listed in
``resources/inanimate_subjects.tsv``; one covered by an entity mention is a name (a body, a
newspaper) and stays a speaker.  People, bodies, documents, media, places and an unwritten subject
continuing an earlier speaker are never listed, so they keep their quotations.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from khabar.quotes.candidate import Candidate
from khabar.quotes.context import Unit
from khabar.quotes.lexicon import key, resource_rows

_ARTICLE = "ال"
#: The class of what one asks for: no statement whether the noun is the verb's subject or object.
_REQUESTED = "requested"
#: Verbs of blame take what they blame as their object (ووصف الحادث بأنه، انتقد الحرب).
_BLAME = "accuse"


@cache
def inanimate_nouns() -> dict[str, tuple[str, str]]:
    """Matching key of each listed noun (with its article) -> (class, agreement)."""
    return {key(noun): (cls, agreement) for cls, noun, agreement in resource_rows("inanimate_subjects.tsv")}


def without_inanimate(unit: Unit, c: Candidate, verb_class: str) -> Candidate | None:
    """The candidate unless its written subject is a listed abstract noun that no entity mention
    covers: None then.  After the verb, a noun that does not agree with it, or any after a verb of
    blame (``verb_class`` accuse: ووصف الحادث بأنه، انتقد الحرب), is its object: the quotation
    stays, said by the verb's unwritten subject, as a verb without a written one is.  What one
    asks for (وطلب العودة) is never stated, the verb's subject or its object."""
    if c.phrase is None or c.passive or c.statement:
        return c
    entry = _listed(unit, c.phrase.start)
    token = unit.tokens[c.phrase.start]
    if entry is None or unit.mentions_in(token.start, token.end):
        return c
    cls, agreement = entry
    if cls == _REQUESTED or token.start < c.cue_start or (c.gender == agreement and verb_class != _BLAME):
        return None
    return replace(c, phrase=None, phrase_window_end=None)


def _listed(unit: Unit, i: int) -> tuple[str, str] | None:
    """(class, agreement) of token ``i`` when it is a listed noun, with or without the article;
    what one asks for only with it (مساعدة المديرة is her assistant)."""
    head, nouns = unit.bare(i), inanimate_nouns()
    if head in nouns:
        return nouns[head]
    entry = nouns.get(_ARTICLE + head)
    return entry if entry is not None and entry[0] != _REQUESTED else None
