"""Pronoun reference: which named actor a dropped subject or a pronoun object stands for.

Arabic verbs agree with their subject (أطلقت: she or a feminine noun, أطلق: he, أطلقوا: they) and
carry their object as a suffix (اتهمته، أطلقت سراحه: him).  The referent is the last actor before
the predicate in the paragraph whose gender agrees: لكنها أطلقت سراحه → the last feminine actor
releases the last masculine one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.arabic import Token
from khabar.arabic.inflection import WORD_CACHE, bare, fold
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor
from khabar.events.lexicon import RELATIVES, load_lexicon
from khabar.events.phrases import PREPOSITION_WORDS, event_adjective, prep_attached
from khabar.events.predicates import Trigger
from khabar.events.titles import PERSON_TITLES

FEMININE, MASCULINE, PLURAL = "f", "m", "p"
#: Object suffixes, longest first, with the gender of the party they stand for (هما: either).
_OBJECTS = (("هما", None), ("هم", PLURAL), ("هن", PLURAL), ("ها", FEMININE), ("ه", MASCULINE))
#: A noun with ta-marbuta written ت before a possessive pronoun: زميلتها، زوجته، شقيقتهم.
_POSSESSED_FEMININE = re.compile(r"^\w{2,}ت(?:ها|ه|هم|هما|كم|نا)$")


def _verb_body(word: str) -> str:
    return word[1:] if word[:1] in "وف" and len(word) > 4 else word


def _subject_gender(body: str) -> str | None:
    """Gender of a verb form's subject (no clitics), from its person prefix or suffix."""
    lex = load_lexicon()
    if body.endswith("وا") and body[:-2] in lex.perfect:
        return PLURAL
    if body.endswith("ت") and body[:-1] in lex.perfect:
        return FEMININE
    if body in lex.perfect:
        return MASCULINE
    verb = body[1:] if body[:1] == "س" else body
    if verb.endswith(("ون", "وا")) and verb[1:-2] in lex.imperfect:
        return PLURAL
    if verb[:1] in ("ت", "ي") and verb[1:] in lex.imperfect:
        return FEMININE if verb[0] == "ت" else MASCULINE
    return None


@lru_cache(maxsize=WORD_CACHE)  # asked of the words around every actor, sentence after sentence
def verb_gender(text: str) -> str | None:
    """Gender of the subject of an inflected verb (أطلقت → f, وأطلق → m, يتهمون → p), or None."""
    word = _verb_body(fold(text))
    for suffix, _ in (*_OBJECTS, ("", None)):
        if word.endswith(suffix):
            gender = _subject_gender(word[: len(word) - len(suffix)] if suffix else word)
            if gender:
                return gender
    return None


def participle_gender(text: str) -> str | None:
    """Gender of the doer of a ḥāl participle from its ending (مؤكدة → f, مؤكدا → m, مؤكدين → p)."""
    word = fold(text)
    if word.endswith(("ين", "ون")):
        return PLURAL
    if word.endswith("ه"):
        return FEMININE
    return MASCULINE if word.endswith("ا") else None


def object_gender(toks: list[Token], trig: Trigger) -> str | None:
    """Gender of a pronoun object on the predicate: the verb's suffix (اتهمته) or that of a
    light verb's noun (أطلقت سراحه), else a pronoun on one of its target prepositions inside the
    light-verb phrase (ووجهت إليه تهمة); None when there is none."""
    last = toks[trig.last]
    if not last.text.endswith("ة"):
        word = fold(last.text)
        for suffix, gender in _OBJECTS:
            if not word.endswith(suffix) or len(word) - len(suffix) < 2:
                continue
            body = word[: len(word) - len(suffix)]
            if trig.last > trig.first or _subject_gender(_verb_body(body)) or _subject_gender(_verb_body(body[:-1])):
                return gender or PLURAL
            break  # (the suffix is the word's own letters: no pronoun object on the predicate)
    return _prepositional_pronoun(toks, trig)


def _prepositional_pronoun(toks: list[Token], trig: Trigger) -> str | None:
    """Gender of a pronoun on a target preposition inside a light-verb phrase, between the verb and
    its noun (ووجهت إليه تهمة، قدمت لهم مساعدات).  Not after a verb (سيطر عليها، انسحب منه): that
    pronoun is mostly a place or a deal, and the last agreeing actor then a wrong party."""
    slots = [slot for slot in trig.pred.targets if slot != "obj"]
    for tok in toks[trig.first + 1: trig.last]:
        word = fold(tok.text)
        for suffix, gender in _OBJECTS:
            if word.endswith(suffix) and word[: len(word) - len(suffix)] in slots:
                return gender or PLURAL
    return None


def _feminine_person(actor: Actor, toks: list[Token]) -> bool:
    """Cues around a person's name that she is a woman: a feminine title before it (الوزيرة
    فلورنس) or a possessed feminine noun (زميلتها جولين، زوجته سارة), a verb agreeing with her
    right before or after it (قالت هيلاري، هيلاري قالت), or a feminine nisba after it (دينش
    البريطانية)."""
    if actor.first < 0 or actor.last >= len(toks):
        return False  # a topic from another sentence: no words around it here
    # the word before the name, inside the actor's span when a title phrase heads it
    k = actor.last  # ordered tokens: the last one ending by the actor's start, looking back from its end
    while k >= 0 and toks[k].end > actor.start:
        k -= 1
    before = fold(toks[k].text) if k >= 0 else ""
    after = fold(toks[actor.last + 1].text) if actor.last + 1 < len(toks) else ""
    title = bare(before)
    if (title.endswith("ه") and title[:-1] in PERSON_TITLES) or _POSSESSED_FEMININE.search(before):
        return True  # the title's masculine form is listed: الحكومة before a name is no title
    # a verb before agrees with the name only when no head phrase stands between them
    if FEMININE in (verb_gender(toks[k].text) if k == actor.first - 1 >= 0 else None,
                    verb_gender(toks[actor.last + 1].text) if after else None):
        return True
    return after.startswith("ال") and after.endswith("يه") and len(after) > 5


def actor_gender(actor: Actor, toks: list[Token]) -> str:
    """An actor's grammatical gender: feminine for ta-marbuta heads (الحكومة) and states (روسيا),
    and for persons with a feminine cue around the name (:func:`_feminine_person`), plural for
    sound plurals (المتظاهرون), else masculine."""
    words = fold(actor.text).split() or [""]
    if words[0].endswith("ه") or (actor.entity_type == "PER" and _feminine_person(actor, toks)):
        return FEMININE
    if actor.country and not actor.agent and actor.entity_type != "PER":
        return FEMININE
    if words[0].endswith(("ون", "ين")) and actor.entity_type != "PER":
        return PLURAL
    return MASCULINE


def referent(history: list[tuple[Actor, str]], gender: str | None, avoid: Actor | None = None) -> Actor | None:
    """The last remembered actor of this gender, other than ``avoid``."""
    if gender is None:
        return None
    for actor, known in reversed(history):
        if known == gender and (avoid is None or actor.text != avoid.text):
            return actor
    return None


def antecedent_index(toks: list[Token], relative: int) -> int:
    """The index of the word a relative pronoun at ``relative`` follows, over a comma (فتح الله
    غولن، الذي تتهمه أنقرة), or -1 at the sentence's start."""
    k = relative - 1
    if k >= 0 and toks[k].text in COMMAS:
        k -= 1
    return k


def antecedent(toks: list[Token], actors: list[Actor], relative: int) -> Actor | None:
    """The actor a relative clause hangs on, its pronoun at ``relative``: غولن، الذي تتهمه أنقرة /
    واشنطن التي كانت تطالب."""
    k = antecedent_index(toks, relative)
    return next((a for a in actors if a.last == k), None) if k >= 0 else None


def relative_antecedent(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """The noun a relative clause's pronoun object stands for: الرجل الذي اتهمته الشرطة → الرجل."""
    k = trig.first - 1
    if k < 1 or fold(toks[k].text) not in RELATIVES:
        return None
    head = antecedent(toks, actors, k)
    # الهجوم الإرهابي الذي استهدفها: the clause is the attack's, its pronoun is someone before
    return None if head is not None and event_adjective(toks, head) else head


def plural_subject(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """The subject of a plural verb, which agrees only when its subject comes first (المتمردون
    بقيادة فلان رفضوا، المتظاهرين الذين رفضوا): the nearest plural actor before it in its clause,
    not governed by a preposition.  Relative clauses (اللاعبين الذين يرفضون) describe rather than
    report, and verbs often passive (أوقفوا) may have no doer: neither takes one here."""
    if trig.pred.passive:
        return None
    for actor in sorted((a for a in actors if a.last < trig.first), key=lambda a: -a.last):
        between = toks[actor.last + 1: trig.first]
        if any((t.kind == "punct" and t.text in ".؛:!؟") or fold(t.text) in RELATIVES for t in between):
            return None
        before = fold(toks[actor.first - 1].text) if actor.first > 0 else ""
        if (actor_gender(actor, toks) == PLURAL and before not in PREPOSITION_WORDS
                and not prep_attached(toks[actor.first], actor)):
            return actor
    return None
