"""The source and target of an event noun (a masdar or another deverbal noun) among the sentence's actors.

A noun takes its agent as genitive (هجمات التنظيم على...) or, for a patient noun (flag g), its victim
(اعتقال الصحفي); after تم/جرى it is passive (تم اعتقال الناشط من قبل الشرطة), after ل of an
undergoing verb it is undergone (تعرض الجيش لانتقادات).  Split from :mod:`.arguments`, which reads a
verb's arguments and the helpers both use.
"""

from __future__ import annotations

from dataclasses import replace

from khabar.arabic import Token
from khabar.arabic.inflection import fold, folded_bare
from khabar.events.actors import Actor
from khabar.events.agent_phrases import AGENT_ADJECTIVES
from khabar.events.arguments import Arguments, accusative, as_found, nisba_source
from khabar.events.lexicon import analyse_word, word_set
from khabar.events.passives import count_phrase, passive_agent
from khabar.events.phrases import PREPOSITION_WORDS, actor_after, conjunct, event_adjective, starting_at
from khabar.events.predicates import BETWEEN, PASSIVE_AUX, Trigger
from khabar.events.subjects import DEFINITE_STARTS, POSSESSIVE_ENDINGS, own_alif, preceding_subject
from khabar.events.targets import PLACES, target_of

_UNDERGOING = word_set("undergoing")
#: Words giving the cause of an act (بسبب، على خلفية، إثر): between its party and an accusation of it.
_CAUSE_LINKS = word_set("cause_links")
#: Prepositions before the party an act is against (قطع العلاقات مع قطر، عقوبات على روسيا).
_AGAINST = word_set("against_prepositions")
DURATIONS = word_set("durations")
#: Accusing: its noun with a pronoun before the charge names the accused (لاتهامه بالتحريض).
_ACCUSE = "112"
#: CAMEO roots from here on are acts of force (assault, fight, mass violence: 18, 19, 20).
MATERIAL_CONFLICT_START = "18"


def noun_arguments(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                   text: str) -> Arguments:
    if trig.pred.targets == (BETWEEN,):
        return _between_parties(toks, actors, trig)
    if trig.first > 0 and fold(toks[trig.first - 1].text) in PASSIVE_AUX:
        return _passive_noun_arguments(toks, actors, trig, time_tokens, text)
    undergone = _undergone(toks, actors, trig)
    if undergone is not None:
        return undergone
    adverbial = fold(toks[trig.last].text)
    following = fold(toks[trig.last + 1].text) if trig.last + 1 < len(toks) else ""
    if (own_alif(adverbial) and trig.first == trig.last
            and not trig.pred.genitive_target and (following in ("علي", "ضد") or following.startswith("ب"))):
        # أغلقت الكنيسة أبوابها احتجاجا على...: an adverbial masdar is its clause subject's act
        return Arguments(preceding_subject(toks, actors, trig, control=False, reach=8),
                         target_of(toks, actors, trig, trig.last + 1, time_tokens, text))
    word = toks[trig.last].text
    if (trig.pred.cameo == _ACCUSE and fold(word).endswith(POSSESSIVE_ENDINGS) and not word.endswith("ة")
            and following.startswith("ب") and starting_at(actors, trig.last + 1) is None):
        # سجن لاتهامه بالتحريض: an accusation's pronoun right before its charge is the accused, not
        # the possessor acting (جدد الأسد اتهامه الغرب بدعم الإرهاب); no accuser is named, and the
        # accused is often no person named before (محاسبة الصحافي عند اتهامه بـ، رموز ... بسبب اتهامها)
        return _accused_of_the_act_before(toks, actors, trig) or Arguments(None, None, passive=True)
    if fold(word).endswith(POSSESSIVE_ENDINGS) and not word.endswith("ة") and not trig.pred.genitive_target:
        # جدد الأسد اتهامه الغرب: the possessor acts, the next actor is the object
        target = actor_after(toks, actors, trig.last + 1, time_tokens) or target_of(
            toks, actors, trig, trig.last + 1, time_tokens, text)
        return Arguments(preceding_subject(toks, actors, trig, control=False), target)
    genitive = actor_after(toks, actors, trig.last + 1, set())
    if genitive is not None and ((genitive.entity_type in PLACES and not genitive.country)
                                 or accusative(toks, genitive) or _definite_before_bare(toks, trig, genitive)):
        genitive = None  # احتجاجات ورقلة: where, not who; هجوم جنودا، هذه الإضرابات سلطة الإشراف: no genitive
    if genitive is not None and genitive.country is None and event_adjective(toks, genitive):
        # الهجوم الإرهابي لتنظيم داعش: the adjective types the act, the party after ل did it
        owner = starting_at(actors, genitive.last + 1)
        if (owner is not None and owner.entity_type not in PLACES
                and fold(toks[owner.first].text).startswith("ل")):
            genitive = owner
    if trig.pred.genitive_target and fold(word).endswith(POSSESSIVE_ENDINGS) and not word.endswith("ة"):
        # أعلنت نتفليكس استبعاده: "him" is the last person named before
        return Arguments(None, _last_person(toks, actors, trig))
    if trig.pred.genitive_target:
        after = genitive.last + 1 if genitive else len(toks)
        # اعتقال الجيش لها / اعتقال الشرطة للناشط / قصف النظام لحي باب عمرو: the genitive is the
        # agent; but ل with a span of time is an adjunct (حظر منصة يوتيوب لمدة شهر: the object)
        if (after < len(toks) and toks[after].kind == "word" and fold(toks[after].text).startswith("ل")
                and folded_bare(toks[after].text) not in DURATIONS):
            return Arguments(genitive, actor_after(toks, actors, after, set(), allow_prep=True))
        return Arguments(passive_agent(toks, actors, trig.last + 1), genitive)
    source = (genitive or as_found(nisba_source(toks, trig.last + 1, text), actors)
              or _lam_genitive(toks, actors, trig))
    target = target_of(toks, actors, trig, trig.last + 1, time_tokens, text)
    return Arguments(source, target if target is not source else None)


def _between_parties(toks: list[Token], actors: list[Actor], trig: Trigger) -> Arguments:
    """The two parties of talks between them (مفاوضات بين الحكومة والمعارضة): the one right after بين
    is the source, the one joined to it by و the target; both named, or no party (بين الجانبين)."""
    first = starting_at(actors, trig.last + 2)
    second = conjunct(toks, actors, first) if first is not None else None
    if second is None:
        return Arguments(None, None)
    return Arguments(first, second)


def _definite_before_bare(toks: list[Token], trig: Trigger, genitive: Actor) -> bool:
    """Whether a noun with the article stands right before a party without it: a definite noun governs
    no genitive (ويطالب المربون من خلال هذه الإضرابات سلطة الإشراف: the authority is the verb's object),
    only a definite adjective agrees with it (الغارات الروسية)."""
    return (genitive.first == trig.last + 1 and fold(toks[trig.last].text).startswith(DEFINITE_STARTS)
            and not fold(toks[genitive.first].text).startswith(DEFINITE_STARTS))


def _lam_genitive(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """An indefinite act of force whose genitive is its doer names it with ل as well: هجوم لتنظيم داعش،
    غارات للتحالف (a definite noun's ل is its object's: الهجوم للرد على; a noun flagged g, whose
    genitive undergoes it, is left alone: اعتقال للناشط)."""
    word = fold(toks[trig.last].text)
    if (trig.pred.root < MATERIAL_CONFLICT_START or word.startswith(DEFINITE_STARTS)
            or trig.last + 1 >= len(toks) or not fold(toks[trig.last + 1].text).startswith("ل")):
        return None
    actor = starting_at(actors, trig.last + 1)
    return actor if actor is not None and actor.first == trig.last + 1 else None


def _accused_of_the_act_before(toks: list[Token], actors: list[Actor], trig: Trigger) -> Arguments | None:
    """An accusation giving the cause of an act against a party (قطعت الدول علاقاتها مع قطر لاتهامها
    بدعم الإرهاب، فرضت واشنطن عقوبات على روسيا بسبب اتهامها بـ): the pronoun is that party, named
    last before it after مع، على or ضد with only cause words (``cause_links``) between, or none before
    a ل on the noun, and the act's subject before it accuses.  Not a party after another preposition (أحيلت إلى المحكمة على خلفية
    اتهامها: the one referred is accused) nor an object, which is the accused with no accuser named
    (اعتقلت الشرطة الصحفي لاتهامه)."""
    accused = next((a for a in sorted(actors, key=lambda a: -a.last) if a.last < trig.first), None)
    if accused is None or accused.first == 0 or fold(toks[accused.first - 1].text) not in _AGAINST:
        return None
    between = [fold(t.text) for t in toks[accused.last + 1: trig.first]]
    if any(word not in _CAUSE_LINKS for word in between) or not (
            between or fold(toks[trig.first].text).startswith("ل")):
        return None  # قرصنة صفحتها على الفايسبوك واتهامها: a second act, not the cause of the first
    accuser = preceding_subject(toks, actors, trig, control=False)
    while (accuser is not None and accuser.first == accuser.last and accuser.first > 0
           and folded_bare(toks[accuser.first].text) in AGENT_ADJECTIVES):
        # علاقاتها الدبلوماسية مع قطر: an adjective read as a party is the noun's before it, not the subject
        accuser = preceding_subject(toks, actors, replace(trig, first=accuser.first, last=accuser.first),
                                    control=False)
    if accuser is None or accuser.last >= accused.first:
        return None
    return Arguments(accuser, accused)


def _undergone(toks: list[Token], actors: list[Actor], trig: Trigger) -> Arguments | None:
    """An event noun after ل of an undergoing verb (تعرض الجيش لانتقادات شديدة، تتعرض تركيا لهجوم):
    the verb's subject, after it or right before it, undergoes it, and only an agent phrase (من قبل،
    على يد) names who does it; a passive, so no subject around it is its doer."""
    if not fold(toks[trig.first].text).startswith("ل"):
        return None
    verb = next((k for k in range(trig.first - 1, max(-1, trig.first - 5), -1)
                 if fold(toks[k].text) in _UNDERGOING), None)
    if verb is None:
        return None
    subject = next((a for a in actors if verb < a.first and a.last < trig.first), None) or next(
        (a for a in actors if a.last == verb - 1), None)
    return Arguments(passive_agent(toks, actors, trig.last + 1), subject, passive=True)


def _passive_noun_arguments(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                            text: str) -> Arguments:
    """A masdar after تم/جرى is passive (تم حجز 21 هاتفا، تم إلقاء القبض على شخصين، جرى اعتقاله من قبل
    الشرطة): the count or party after it undergoes it, and only an agent phrase names who did it."""
    after = trig.last + 1
    patient = None
    if trig.first == trig.last:
        count, party = count_phrase(toks, after, text), actor_after(toks, actors, after, set())
        # تم ضبط عدد من الطلاب: the party the count opens, with its partitive, is the whole patient
        patient = party if count is None or (party is not None and party.first == count.first
                                             and party.last > count.last) else count
    target = patient or target_of(toks, actors, trig, after, time_tokens, text)
    return Arguments(passive_agent(toks, actors, after), target, passive=True)


def _last_person(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """The nearest person named before the predicate in its sentence (a pronoun's antecedent)."""
    # the actor right before is the governing verb's subject (أعلنت نتفليكس استبعاده), and so is a
    # verb's subject before only a preposition (دعا ترامب إلى إطلاق سراحه), not the antecedent
    for person in sorted((a for a in actors if a.last < trig.first and a.entity_type == "PER"), key=lambda a: -a.last):
        between = [t for t in toks[person.last + 1: trig.first] if t.kind == "word"]
        if not between:
            continue
        after_verb = person.first > 0 and any(p.kind == "V" for p in analyse_word(toks[person.first - 1].text))
        if not (after_verb and all(fold(t.text) in PREPOSITION_WORDS for t in between)):
            return person
    return None
