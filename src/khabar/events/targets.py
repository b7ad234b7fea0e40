"""Targets: the party a predicate is directed at, by the slots its lexicon entry lists (the direct
object, or a preposition: اتهم X، احتج على X، أشاد بـX), with the owner of a criticised thing
(أشاد بالسياسة التي يتبعها X), the requester whose request is turned down, and the person a
title names a few words on (للاعب كرة السلة الأمريكي ليبرون جيمس).
"""

from __future__ import annotations

from khabar.arabic import Token
from khabar.arabic.inflection import fold, folded_bare
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor, after_seat
from khabar.events.lexicon import analyse_word, word_set
from khabar.events.names import name_after, name_after_comma, name_after_prep, name_before_charge, titled_name
from khabar.events.phrases import (
    PREPOSITION_WORDS,
    actor_after,
    actor_after_prep,
    object_after,
    prep_attached,
    starting_at,
)
from khabar.events.predicates import Trigger
from khabar.events.titles import COUNTERPARTS, FUNCTION_WORDS, PERSON_TITLES

REQUESTS = word_set("requests", strip_article=True)
SUBMITTERS = word_set("submitters")
_OWNER_RELATIVES = frozenset({"التي", "الذي"})  # not الذين: people are the target themselves
PLACES = ("GPE", "LOC", "FAC")
#: CAMEO roots below this are said, not done: praising or doubting X's words is about X.
VERBAL_CONFLICT_END = "14"


def target_of(toks: list[Token], actors: list[Actor], trig: Trigger, after: int,
            time_tokens: set[int], text: str) -> Actor | None:
    """The target of ``trig`` from token ``after`` on (past its subject), by the slots its entry
    lists, in order: the direct object (for an act, also an untagged name after a comma or before
    a charge) or the actor a preposition slot introduces; for praise and criticism, the owner of
    the thing (:func:`_relative_owner`).  A title found gives way to the person it names; a place
    with no country is no target below CAMEO root 17."""
    allowed = [a for a in actors if (a.entity_type not in PLACES or a.country or trig.pred.root >= "17")
               and not after_seat(toks, a)]
    for slot in trig.pred.targets:
        if slot == "obj":
            found = object_after(toks, allowed, after, time_tokens)
            if found is None and not trig.pred.speech:
                found = (name_after_comma(toks, after, time_tokens, text)
                         or name_before_charge(toks, after, time_tokens, text))
        else:  # a light verb's prepositional target may precede its object: عرض على التحالف التعاون
            # not inside the title set off by a comma that describes the subject (رفض كريس دويل، المدير
            # التنفيذي لمؤسسة كابو،), which the object is read after
            # (nor, for a light verb, inside such a title between the verb and its object: وجه X، الرئيس
            # التنفيذي لنادي بايرن ميونخ، انتقادات للاتحاد)
            outside = [a for a in allowed if not (trig.last < a.first < after and _comma_between(toks, trig.last, a.first))
                       and not (trig.first < a.first < trig.last and _comma_between(toks, trig.first, a.first))]
            found = actor_after_prep(toks, outside, trig.first + 1, (slot,), limit=10 + trig.last - trig.first,
                                     chains=trig.pred.root < VERBAL_CONFLICT_END)
            found = found or name_after_prep(toks, trig.last + 1, slot)
        if found is None and trig.pred.root < VERBAL_CONFLICT_END:  # praise and criticism of a thing
            found = _relative_owner(toks, actors, max(after, trig.last + 1), slot, time_tokens, text)
        if found:
            return _named_person(toks, actors, found)
    return None


def _comma_between(toks: list[Token], i: int, j: int) -> bool:
    """Whether a comma stands between tokens i and j."""
    return any(toks[k].text in COMMAS for k in range(i + 1, j))


def _relative_owner(toks: list[Token], actors: list[Actor], k: int, slot: str, time_tokens: set[int],
                    text: str) -> Actor | None:
    """The agent of a relative clause on the thing praised or criticised: أشاد بسياسة القبضة الحديدية
    التي يتبعها X → X.  The verb's resumptive pronoun (يتبعها) stands for the thing, so the actor
    after it is the verb's subject and the thing's owner."""
    if k >= len(toks) or toks[k].kind != "word":
        return None
    head = fold(toks[k].text).lstrip("وف")
    if slot != "obj" and head == slot:
        k += 1
    elif slot != "obj" and not (len(slot) == 1 and head.startswith(slot)):
        return None
    for r in range(k + 1, min(len(toks) - 2, k + 6)):
        word = fold(toks[r].text)
        if toks[r].kind != "word" or word.startswith("وال"):
            return None  # a new clause or a second thing (والوعود التي...) owns the relative
        if word in _OWNER_RELATIVES:
            verb = toks[r + 1]
            if verb.kind != "word" or not verb.text.endswith(("ها", "ه")) or starting_at(actors, r + 1):
                return None
            return actor_after(toks, actors, r + 2, time_tokens) or name_after(toks, r + 2, time_tokens, text)
    return None


def requester(toks: list[Token], actors: list[Actor], trig: Trigger, text: str) -> Actor | None:
    """Whose request a rejection turns down: رفضت المحكمة طلبا ... تقدم به المفكر طارق رمضان."""
    j = next((j for j in range(trig.last + 1, min(len(toks), trig.last + 12))
              if folded_bare(toks[j].text) in REQUESTS), None)
    if j is None or any(t.kind == "punct" and t.text in ".؛:" for t in toks[trig.last + 1: j]):
        return None
    for k in range(j + 1, min(len(toks), j + 8)):
        if toks[k].kind == "punct" and toks[k].text in ".؛:":
            return None
        if fold(toks[k].text) in SUBMITTERS:
            # the submitter: the first actor a few words on (تقدم به المفكر الإسلامي طارق رمضان)
            found = next((a for a in actors if k < a.first <= k + 4 and not prep_attached(toks[a.first], a)), None)
            return found or titled_name(toks, k + 1, text)
    return None


def _named_person(toks: list[Token], actors: list[Actor], found: Actor) -> Actor:
    """A title or occupation noun whose person is named a few words later is that person:
    للاعب كرة السلة الأمريكي ليبرون جيمس."""
    head = folded_bare(toks[found.first].text)
    if found.entity_type == "PER" or (head not in PERSON_TITLES and head not in COUNTERPARTS):
        return found
    for j in range(found.last + 1, min(len(toks), found.last + 5)):
        person = starting_at(actors, j)
        if person is not None and not _nisba_adjective(person):
            named = person.entity_type == "PER" and not prep_attached(toks[j], person)
            return person if named else found
        word = fold(toks[j].text)
        if toks[j].kind != "word" or word in FUNCTION_WORDS or word in PREPOSITION_WORDS or analyse_word(toks[j].text):
            return found
    return found


def _nisba_adjective(actor: Actor) -> bool:
    """A one-word demonym tagged as a place (الأمريكي) qualifying the noun before it."""
    return actor.first == actor.last and actor.entity_type in PLACES and fold(actor.text).endswith(("ي", "يه"))
