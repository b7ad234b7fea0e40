"""The one told by a verb of telling (أبلغ، أخبر): its object, read before what is told.

:func:`telling_arguments` settles a telling verb's teller and the one told once
:mod:`.arguments` has read the clause; :mod:`.discourse` calls it from ``clause_arguments``.
"""

from __future__ import annotations

from khabar.arabic import Token
from khabar.arabic.inflection import PERFECT, fold, folded_bare, verb_readings
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor
from khabar.events.arguments import Arguments
from khabar.events.lexicon import load_lexicon, word_set
from khabar.events.phrases import PREPOSITION_WORDS, prep_attached
from khabar.events.predicates import CLOSING_QUOTES, OPENING_QUOTES, Trigger
from khabar.events.titles import PERSON_TITLES

THAT_PARTICLES = word_set("that_particles")
_THAT_PRONOUNS = word_set("that_pronoun_endings")
_TOLD_REACH = 2  # words allowed between the teller and the one told
_NISBA_ENDINGS = ("ي", "يا", "يه", "ية")  # صحفي، صحفيا، الصحفية (ة folded or not)


def telling_arguments(toks: list[Token], actors: list[Actor], trig: Trigger, args: Arguments) -> Arguments:
    """A verb of telling (أبلغ، أخبر) has the one told as its object, before what is told (أن، إن, a
    colon or a quotation): with one party there it is the one told, and the teller is the subject
    before the verb (مسؤول أخبر صحيفة فايننشال تايمز) or, left unset, the clause's topic (وأبلغ
    رويترز أن: someone tells Reuters).  A name or a title right after the party is the same party
    (أبلغ ينال برماوي الناطق باسم الوزارة رويترز); with an object pronoun (أخبره المأذون، أخبرني
    جين) the party after the verb is the teller."""
    if _object_suffix(toks, trig):
        return Arguments(args.source, None, args.passive)
    end = next((k for k in range(trig.last + 1, len(toks)) if that_word(fold(toks[k].text))
                or toks[k].text == ":" or _opens_long_quotation(toks, k)), len(toks))
    parties: list[Actor] = []
    told_phrase = False  # a noun no table knows stood where the one told goes (المؤتمر الصحفي)
    reached = trig.last  # the last token of the parties read so far, with their prepositional complements
    before = next((a for a in actors if a.last == trig.first - 1 and not prep_attached(toks[a.first], a)), None)
    aside = -1  # the comma opening an aside after the subject (وأبلغ هان، في أول حديث له ...، منتدى)
    opens_aside = before is None and trig.last + 1 < end  # no subject before the verb: the first party tells
    for actor in sorted((a for a in actors if trig.last < a.first < end), key=lambda a: a.first):
        if parties and actor.first <= reached:
            continue  # a name inside the party before (ينال برماوي: برماوي)
        if args.source is not None and _overlap(actor, args.source):
            actor = args.source  # the subject as the arguments read it, maybe wider than this mention
        first = _after_comma(toks, actor)
        if aside >= 0 and (first <= aside + 1 or toks[first - 1].text not in COMMAS):
            continue  # inside the aside: only a party right after a later comma closes it
        apposed = bool(parties) and actor.first - reached <= 2 and _apposed(toks, parties[-1], actor)
        previous_end, reached = reached, max(reached, actor.last)
        if _nisba_of_noun(toks, actors, actor):
            told_phrase = True  # the noun before it is the one told: no party after it is
            break
        after_prep = fold(toks[first - 1].text) in PREPOSITION_WORDS  # في برلين
        if apposed or after_prep or prep_attached(toks[first], actor):
            continue  # الوزير هشام عرفات، المدير العام لمنظمة التجارة روبرتو أزيفيدو: one party
        if aside < 0 and len(parties) == 1 and _words_between(toks, previous_end, first) > _TOLD_REACH:
            break  # the one told follows the teller (أبلغت الحكومة رسميا الجانب التركي), not a later phrase
        parties.append(actor)
        if len(parties) == 1 and opens_aside and actor.last + 1 < end and toks[actor.last + 1].text in COMMAS \
                and any(toks[j].text in COMMAS for j in range(actor.last + 2, end)):
            aside = actor.last + 1  # closed by a later comma before what is told
    if aside >= 0:
        return Arguments(parties[0], parties[1] if len(parties) > 1 else None, args.passive)
    if told_phrase and len(parties) == 1 and args.source is parties[0]:
        return Arguments(args.source, None, args.passive)
    if len(parties) != 1 or args.source is not parties[0]:
        if args.source is not None and len(parties) > 1 and args.source is parties[0]:
            return Arguments(args.source, parties[1], args.passive)
        target = args.target if args.target is not None and args.target.first < end else None
        if target is not None and target.first > trig.last and not any(_overlap(target, p) for p in parties):
            target = None  # a word the reading above set aside (نائبا in an aside, الصحفي an adjective)
        return Arguments(args.source, target, args.passive)
    return Arguments(before, parties[0], args.passive)


def that_word(word: str) -> bool:
    """أن, بأن with or without a pronoun (أنه، بأنها، أنهم): what is told starts here."""
    return word in THAT_PARTICLES or word[:-1] in THAT_PARTICLES and word[-1] in "هي" or word[:-2] in THAT_PARTICLES and word[-2:] in _THAT_PRONOUNS


def _overlap(one: Actor, other: Actor) -> bool:
    return one.first <= other.last and other.first <= one.last


def _after_comma(toks: list[Token], actor: Actor) -> int:
    """The actor's first token, or the one after the last comma inside it (لرئيس الوزراء، منتدى: a title
    chain run over a comma into the name after it)."""
    return next((j + 1 for j in range(actor.last - 1, actor.first - 1, -1) if toks[j].text in COMMAS), actor.first)


def _words_between(toks: list[Token], i: int, k: int) -> int:
    """The words between tokens i and k (an adverb, a day: رسميا، اليوم)."""
    return sum(toks[j].text not in COMMAS for j in range(i + 1, k))


def _nisba_of_noun(toks: list[Token], actors: list[Actor], actor: Actor) -> bool:
    """A one-word singular relational adjective of a person noun (صحفي) right after a noun that no
    party covers and that has its definiteness is that noun's adjective, not a party (أبلغ المؤتمر
    الصحفي، أبلغ مؤتمرا صحفيا; the plural الصحفيين stays the party told)."""
    if actor.first != actor.last or actor.entity_type is not None or actor.first == 0:
        return False
    word, noun = fold(toks[actor.first].text), fold(toks[actor.first - 1].text)
    if not word.endswith(_NISBA_ENDINGS) or not noun.isalpha() or noun in PREPOSITION_WORDS:
        return False
    if any(a.first <= actor.first - 1 <= a.last for a in actors):
        return False
    return word.startswith("ال") == noun.startswith("ال")


def _object_suffix(toks: list[Token], trig: Trigger) -> bool:
    """Whether the predicate's verb carries an object pronoun (أخبره، أخبرتني، يخبرنا)."""
    lex = load_lexicon()
    return any(r.obj and trig.pred in (lex.perfect if r.tense == PERFECT else lex.imperfect).get(r.stem, ())
               for r in verb_readings(fold(toks[trig.first].text)))


def _opens_long_quotation(toks: list[Token], k: int) -> bool:
    """A quotation mark opening more than a quoted name (وأبلغ الوزير "رويترز" قائلا: a name)."""
    if toks[k].text not in OPENING_QUOTES and toks[k].text not in CLOSING_QUOTES:
        return False
    close = next((j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].text in CLOSING_QUOTES), None)
    return close is None


def _apposed(toks: list[Token], first: Actor, second: Actor) -> bool:
    """Two parties naming one: a person and the title after it, or a title and the name after it."""
    if (first.entity_type == "PER") == (second.entity_type == "PER"):
        return False
    office = second if first.entity_type == "PER" else first
    return folded_bare(toks[office.first].text) in PERSON_TITLES
