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
from importlib import resources

from khabar.datafiles import tsv_rows
from khabar.quotes.candidate import Candidate
from khabar.quotes.context import Unit
from khabar.quotes.lexicon import key

_ARTICLE = "ال"
#: The class of what one asks for: no statement whether the noun is the verb's subject or object.
_REQUESTED = "requested"


@cache
def inanimate_nouns() -> dict[str, tuple[str, str]]:
    """Matching key of each listed noun (with its article) -> (class, agreement)."""
    text = resources.files("khabar.quotes").joinpath("resources", "inanimate_subjects.tsv").read_text(encoding="utf-8")
    return {key(noun): (cls, agreement) for cls, noun, agreement in tsv_rows(text)}


def without_inanimate(unit: Unit, c: Candidate) -> Candidate | None:
    """The candidate unless its written subject is a listed abstract noun (with or without the
    article) that no entity mention covers: None then.  After the verb, a noun that does not agree
    with it is its object (ووصفت الحادث بأنه ...): the quotation stays, said by the verb's unwritten
    subject, as a verb without a written one is.  What one asks for (وطلب العودة) is never stated."""
    if c.phrase is None or c.passive or c.statement:
        return c
    head = unit.bare(c.phrase.start)
    entry = inanimate_nouns().get(head) or inanimate_nouns().get(_ARTICLE + head)
    token = unit.tokens[c.phrase.start]
    if entry is None or unit.mentions_in(token.start, token.end):
        return c
    cls, agreement = entry
    if cls == _REQUESTED or token.start < c.cue_start or c.gender == agreement:
        return None
    return replace(c, phrase=None, phrase_window_end=None)
