"""Prepositional frames: a verb that is an event only with its preposition (predicates.tsv flag f).

حقق في / حقق مع is investigating, but حقق نجاحا, حقق الفريق الفوز is achieving; سخر من is mocking,
but سخر إمكاناته is devoting.  Such a verb is read as its event when one of its target
prepositions heads its complement: the preposition follows the verb with only its subject (an
actor, perhaps with adjectives and a relative clause set off by a comma), adjuncts (another
preposition and its noun) and skippable words between.  Any other word first is the other verb's
object.
"""

from __future__ import annotations

from khabar.arabic import Token
from khabar.events.actors import AGENT_ADJECTIVES, Actor
from khabar.events.lexicon import OBJECT_SUFFIXES, fold, folded_bare, word_set
from khabar.events.names import skippable
from khabar.events.predicates import Trigger
from khabar.events.tables import nisba_country

PREPOSITIONS = word_set("prepositions")
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
#: How many words a relative clause after the subject may run before its comma.
RELATIVE_REACH = 12
_COMMAS = frozenset("،,")
_QUOTES = frozenset("\"«»“”")
_CLAUSE_END = frozenset(".؛:!؟?")


def governs(word: str, preps: tuple[str, ...]) -> bool:
    """Whether a word is one of the (folded) prepositions, alone or with a pronoun (فيه، معهم), or
    opens with a one-letter one (بالهجوم)."""
    folded = fold(word)
    return any(folded == prep or (folded.startswith(prep) and (len(prep) == 1 or folded[len(prep):] in OBJECT_SUFFIXES))
               for prep in preps if prep != "obj")


def frame_met(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
              source: Actor | None = None) -> bool:
    """Whether the verb's preposition heads its complement (حققت الشرطة في الحادث), so that it is
    the lexicon's event and not the verb its noun object makes it (حقق الفريق فوزا).  ``source``:
    the subject as the arguments read it, perhaps a name no stage tagged (دافع واينستين عن...)."""
    if source is not None:
        actors = [*actors, source]
    k, subject = trig.last + 1, False
    while k < len(toks):
        tok = toks[k]
        if skippable(tok, time_tokens, k):
            k += 1  # punctuation, an adverb, a time (في العام الماضي: في heads no complement)
        elif tok.kind == "word" and governs(tok.text, trig.pred.targets):
            return True
        elif not subject and any(a.first == k for a in actors):
            k, subject = _after_subject(toks, actors, k), True
        elif tok.kind == "word" and fold(tok.text) in PREPOSITIONS:
            k = _after_adjunct(toks, k)
        else:
            return False
    return False


def _after_adjunct(toks: list[Token], k: int) -> int:
    """The index after the preposition at k and its noun, quotation marks around it skipped (وسخر
    المخرج على حسابه على "تويتر" من ...)."""
    k += 1
    while k < len(toks) and toks[k].kind != "word" and toks[k].text in _QUOTES:
        k += 1
    return k + 1


def _after_subject(toks: list[Token], actors: list[Actor], k: int) -> int:
    """The index after the subject starting at k: its actors in a row (المخرج دينو مصطفيتش) and
    hashtag names, their trailing adjectives and a relative clause closed by a comma (وأثنى التلفزيون الروسي الذي نقل
    المشاهد، على ...)."""
    while (actor := next((a for a in actors if a.first == k), None)) is not None:
        k = actor.last + 1
        while k < len(toks) and toks[k].kind == "hashtag":
            k += 1  # a name in apposition: الممثل الكويتي #حسن_البلام
    while k < len(toks) and toks[k].kind == "word" and (
            folded_bare(toks[k].text) in AGENT_ADJECTIVES or nisba_country(toks[k].text)):
        k += 1
    relative = k + 1 if k < len(toks) and toks[k].text in _COMMAS else k
    if relative < len(toks) and fold(toks[relative].text) in _RELATIVES:
        for j in range(relative + 1, min(len(toks), relative + RELATIVE_REACH)):
            if toks[j].text in _CLAUSE_END:
                break
            if toks[j].text in _COMMAS:
                return j + 1
    return k
