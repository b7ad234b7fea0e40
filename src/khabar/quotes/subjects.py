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
from khabar.quotes.lexicon import in_class, key, resource_rows
from khabar.quotes.names import SpeakerPhrase

_ARTICLE = "ال"
#: The class of what one asks for: no statement whether the noun is the verb's subject or object.
_REQUESTED = "requested"
#: Classes listed only with the article: مساعدة المديرة is her assistant, بيانات وزارة المالية and
#: تقديرات صندوق النقد are the ministry's and the fund's, and بيانات صادرة may be statements.
_EVIDENCE = "evidence"
_ARTICLE_ONLY = (_REQUESTED, _EVIDENCE)
#: How far after a data noun its owner may be named (البيانات الرسمية لمصلحة الإحصاءات السعودية).
_OWNER_WINDOW = 7
#: Owners named in a subject phrase: a person or body mentioned, or a noun heading a body after ل
#: (الأرقام الأخيرة لمركز الإحصائيات، البيانات الصادرة عن وزارة المالية).
_OWNER_TYPES = ("PER", "ORG")
_TO = key("إلى")
#: Prefixes before a noun heading a body: لمركز، الهيئة، للهيئة.
_BODY_PREFIXES = ("", key("ل"), key("ال"), key("لل"))
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
    if entry is None or unit.mentions_in(token.start, token.end) \
            or (entry[0] == _EVIDENCE and _owner_named(unit, c.phrase.start + 1, _owner_window_end(unit, c.phrase))):
        return c
    cls, agreement = entry
    if cls == _REQUESTED or token.start < c.cue_start or (c.gender == agreement and verb_class != _BLAME):
        return None
    return replace(c, phrase=None, phrase_window_end=None)


def _listed(unit: Unit, i: int) -> tuple[str, str] | None:
    """(class, agreement) of token ``i`` when it is a listed noun, with or without the article;
    what one asks for and evidence only with it (``_ARTICLE_ONLY``)."""
    head, nouns = unit.bare(i), inanimate_nouns()
    if head in nouns:
        return nouns[head]
    entry = nouns.get(_ARTICLE + head)
    return entry if entry is not None and entry[0] not in _ARTICLE_ONLY else None


def _owner_window_end(unit: Unit, phrase: SpeakerPhrase) -> int:
    """End of the words that may qualify a data noun: its phrase, or up to ``_OWNER_WINDOW``
    tokens on to a punctuation mark, a complementizer or إلى opening the content."""
    end = phrase.end
    while end < min(len(unit.tokens), phrase.start + _OWNER_WINDOW) and unit.tokens[end].kind != "punct" \
            and not unit.is_a(end, "complementizer") and unit.bare(end) != _TO:
        end += 1
    return end


def _owner_named(unit: Unit, start: int, end: int) -> bool:
    """Tokens [start, end) of a subject phrase name whose data they are: a person or body
    mention, or a noun heading bodies (``office_body``), also after ل or ال (لمركز الإحصائيات); the
    figures then are that owner's statement, as gold and docs/quotes.md treat a document's publisher."""
    if start >= end:
        return False
    first, last = unit.tokens[start], unit.tokens[end - 1]
    if any(m.type in _OWNER_TYPES for m in unit.mentions_in(first.start, last.end)):
        return True
    return any(unit.bare(j).startswith(prefix) and in_class("office_body", unit.bare(j)[len(prefix):])
               for j in range(start, end) for prefix in _BODY_PREFIXES)
