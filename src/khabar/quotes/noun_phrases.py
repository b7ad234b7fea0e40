"""Noun phrases around a speech cue that are not what they first look like.

    وقال متحدث باسم التيار الذي يقوده مقتدى الصدر إن ...    a relative clause qualifies the body
    بينما توقع 28% من المستطلعين أن ... / وقال أكثر من الربع إن   a quantity of a group speaks

A relative clause (الذي/التي + verb ...) modifies the noun before it: it ends the speaker's
phrase and no name inside it is the speaker.  A quantity (a percentage, ثلث، غالبية، أكثر) with
من and the group it counts is one subject, though من elsewhere opens the content (حذر من).
A relative clause on a statement or document may name who issued it (وذكر البيان الذي أصدرته
الوزارة أن ...): the subject of its publishing verb is the one who speaks through it.
The words are classes of ``resources/cues.tsv`` (relative_clause, quantity, approximate,
publish_verb).
"""

from __future__ import annotations

from khabar.quotes.context import COMMA, Unit
from khabar.quotes.lexicon import THING_SUFFIXES, in_class, key

#: How far a relative clause is followed to the comma that closes it (tokens).
MAX_RELATIVE_CLAUSE = 12
#: Written after a number, these make it a percentage (40 في المئة، 60 بالمئة).
_PERCENT_WORDS = tuple(map(key, ("بالمئة", "بالمائة", "%")))  # as keys: ة written ه
_IN = "في"
_HUNDRED = tuple(map(key, ("المئة", "المائة")))
#: Endings of a group counted by a quantity: a sound plural (المستطلعين، المشاركون).
_GROUP_ENDINGS = ("ين", "ون")
_FROM = "من"
#: The feminine ت before the document's object pronoun on a publishing verb (أصدرتها).
_FEMININE = "ت"
#: Most words between a statement noun and the relative pronoun on it (البيان الختامي المشترك الذي).
MAX_DOCUMENT_WORDS = 3


def opens_relative_clause(unit: Unit, j: int) -> bool:
    """Token ``j`` is a relative pronoun (الذي، التي، الذين) opening a clause on the noun before it."""
    return unit.tokens[j].kind == "word" and unit.is_a(j, "relative_clause")


def relative_clause_end(unit: Unit, j: int, stop: int) -> int | None:
    """The comma token closing the relative clause opened at ``j`` before ``stop``, or None."""
    for k in range(j + 1, min(stop, j + 1 + MAX_RELATIVE_CLAUSE)):
        if unit.is_punct(k, COMMA):
            return k
        if unit.tokens[k].kind == "punct":
            return None
    return None


def relative_clause_holding(unit: Unit, start: int, end: int, char: int) -> int | None:
    """The relative pronoun, within tokens [start, end), opening the clause that holds character
    ``char`` (the clause runs to the comma closing it, or to ``end``); None when there is none."""
    for j in range(start + 1, end):
        if opens_relative_clause(unit, j):
            close = relative_clause_end(unit, j, end)
            last = close if close is not None else end
            if unit.tokens[j].start <= char < (unit.tokens[last].start if last < len(unit.tokens) else len(unit.text)):
                return j
    return None


def quantity_end(unit: Unit, start: int, stop: int) -> int:
    """End of a quantity heading a subject at ``start`` (28%، نحو 40 في المئة، ثلث، أكثر): the
    token after it, or ``start`` when no quantity stands there.  A bare number is no quantity:
    it counts the noun after it (توقع 3 ملايين زائر)."""
    j = start
    if j < stop and unit.is_a(j, "approximate"):
        j += 1  # نحو، حوالي: before a number
    if j >= stop:
        return start
    if unit.is_a(j, "quantity"):
        return j + 1
    if unit.tokens[j].kind != "number":
        return start
    if unit.keys[j].endswith("%"):
        return j + 1
    if j + 1 < stop and unit.keys[j + 1] in _PERCENT_WORDS:
        return j + 2
    if j + 2 < stop and unit.keys[j + 1] == _IN and unit.keys[j + 2] in _HUNDRED:
        return j + 3
    return start


def counted_group_end(unit: Unit, j: int, stop: int) -> int:
    """After a quantity ending at ``j``: the end of من and the group it counts (من المستطلعين،
    منهم، من الربع), or ``j`` when none follows.  A noun that is no group (من ارتفاع الأسعار)
    is what a verb like حذر is about, not part of its subject."""
    if j >= stop:
        return j
    k = unit.keys[j]
    if k in ("منهم", "منهن"):
        return j + 1
    if k != _FROM or j + 1 >= stop:
        return j
    group = unit.keys[j + 1]
    definite = group.startswith("ال") and len(group) > 4
    if definite and (group.endswith(_GROUP_ENDINGS) or in_class("quantity", group[2:])):
        return j + 2
    if quantity_end(unit, j + 1, stop) > j + 1:
        return quantity_end(unit, j + 1, stop)  # أكثر من 50%
    return j


#: Plural pronouns a proportion may carry for its group (أغلبهم، معظمهن).
_GROUP_PRONOUNS = ("هم", "هن")


def quantity_subject_end(unit: Unit, start: int, stop: int) -> int:
    """End of a subject that is a quantity and the group it counts (28% من المستطلعين، ثلث
    المشاركين، أكثر من الربع) or a percentage alone (توقع 28% مغادرة العمل); ``start`` when the
    phrase opens with neither.  A proportion word needs its group: أكثر أهمية is no subject."""
    k = unit.keys[start] if start < stop else ""
    if k.endswith(_GROUP_PRONOUNS) and in_class("quantity", k[:-2]):
        return start + 1  # واستنكر أغلبهم القبض عليه: the group is the pronoun's
    end = quantity_end(unit, start, stop)
    if end == start:
        return start
    proportion = unit.is_a(end - 1, "quantity")
    if proportion and end < stop and unit.keys[end].startswith("ال") and unit.keys[end].endswith(_GROUP_ENDINGS):
        return end + 1  # ثلث المستطلعين، غالبية المشاركين
    group_end = counted_group_end(unit, end, stop)
    return group_end if group_end > end or not proportion else start


def publishing_verb(unit: Unit, j: int, object_pronoun: bool = False) -> bool:
    """Token ``j`` is a perfect verb of issuing a document (class publish_verb), bare or with the
    document as its object pronoun (نشر، نشره، أصدرته، وزعتها); only the latter when
    ``object_pronoun`` (a bare نشر after a noun is also the noun 'publication')."""
    k = unit.keys[j]
    stems = [k[:-len(p)] for p in THING_SUFFIXES if k.endswith(p) and len(k) > len(p) + 2]
    if not object_pronoun or (stems and in_class("publish_verb", k)):  # أجراه: listed with its pronoun
        stems.append(k)
    return any(publishing_verb_key(s) for s in stems)


def publishing_verb_key(word_key: str) -> bool:
    """The word is a publishing verb, masculine or feminine (أصدر، أصدرت)."""
    return in_class("publish_verb", word_key) or (word_key.endswith(_FEMININE) and in_class("publish_verb", word_key[:-1]))


def publisher_start(unit: Unit, start: int, stop: int) -> int | None:
    """First token of the publisher named in a clause on the statement or document at ``start``,
    the subject of its publishing verb: after a relative pronoun (البيان الذي نشره الجيش → الجيش،
    التقرير الذي أصدرته منظمة العفو → منظمة), or right after an indefinite document, which takes
    none (دراسة اقتصادية أجرتها شركة X → شركة); None when no such clause follows in [start, stop)."""
    if not unit.is_a(start, "statement_noun"):
        return None
    indefinite = not unit.bare(start).startswith("ال")
    for j in range(start + 1, min(stop, start + 2 + MAX_DOCUMENT_WORDS)):
        if opens_relative_clause(unit, j):
            return publisher_after(unit, j, stop)
        if indefinite and j + 1 < stop and publishing_verb(unit, j, object_pronoun=True):
            return j + 1  # its subject, or the quotation mark opening it (أجرته "رويترز")
        if unit.tokens[j].kind != "word":
            return None
    return None


def publisher_after(unit: Unit, j: int, stop: int) -> int | None:
    """First token of the publisher in the relative clause opened at ``j`` when its verb issues
    the document (الذي أصدرته الوزارة → الوزارة), else None."""
    if not opens_relative_clause(unit, j) or j + 2 >= stop or not publishing_verb(unit, j + 1):
        return None
    return j + 2


#: Shortest participle read as a nominative plural in ون (مغردون، مختصون; not مليون، مضمون).
MIN_PLURAL_PARTICIPLE = 6
#: Ending of the nominative sound masculine plural: a subject, where the object ends in ين.
_NOMINATIVE_PLURAL = "ون"
_ARTICLE = "ال"


def nominative_plural(unit: Unit, j: int) -> bool:
    """Token ``j`` is an indefinite participle or relational adjective in the nominative plural
    (مغردون، مختصون، اقتصاديون) outside any name: right after a verb it is the subject (وانتقد مغردون
    قرار الوزارة، دعا مختصون الحكومة إلى), as the object would end in ين."""
    k = unit.keys[j]
    if unit.tokens[j].kind != "word" or unit.bare(j) != k or not k.endswith(_NOMINATIVE_PLURAL) \
            or len(k) < MIN_PLURAL_PARTICIPLE or k.startswith(_ARTICLE) or unit.is_a(j, "media_noun") \
            or unit.mentions_at(unit.tokens[j].start):
        return False  # الاقتصاديون: a definite group may be named; تلفزيون is a medium's noun
    return k.startswith("م") or k.endswith("يون")
