"""Argument finder: the source and target of a verb among the sentence's actors.

Arabic news clauses are mostly VSO (اتهمت الوزارة واشنطن بـ...) and, after أن/إن or in headlines,
SVO (موسكو تتهم أميركا).  Passive verbs, undiacritised, are told by what follows: a count or
civilians (قتل 5 مدنيين) and an agent phrase introduced by على يد / برصاص.  Where actors stand
around the predicate is read by :mod:`.phrases`, a subject before it by :mod:`.subjects`, its target
by :mod:`.targets`, an event noun's arguments by :mod:`.noun_arguments` (with the case helpers here).
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.arabic import Token
from khabar.arabic.inflection import (
    IMPERFECT,
    OBJECT_SUFFIXES,
    PARTICIPLE,
    PERFECT,
    fold,
    folded_bare,
    verb_readings,
)
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor
from khabar.events.agent_phrases import AGENT_ADJECTIVES, PERSON_NOUNS
from khabar.events.lexicon import analyse_word, load_lexicon, spelled_passive, word_set
from khabar.events.names import SKIPPABLE, name_after, name_before, skippable, title_end
from khabar.events.passives import (
    count_phrase,
    counted_subject_undergoes,
    counted_victims,
    marked_agent,
    named_person_undergoes,
    passive_agent,
    passive_perfect,
    plain_victim,
    relative_passive,
    unnamed_victim,
)
from khabar.events.phrases import (
    actor_after,
    after_each_of,
    apposition,
    conjunct,
    event_adjective,
    event_noun,
    past_addressee,
    skip_apposition,
    starting_at,
)
from khabar.events.predicates import CLOSING_QUOTES, OPENING_QUOTES, ORDINALS, Trigger
from khabar.events.reference import antecedent, antecedent_index
from khabar.events.spans import NUMBER_WORDS
from khabar.events.subjects import (
    POSSESSIVE_ENDINGS,
    RELATIVE_AUXILIARIES,
    RELATIVES,
    preceding_subject,
    subject_before,
    subject_past_relative,
)
from khabar.events.tables import actor_tables, nisba_country
from khabar.events.targets import requester, target_of
from khabar.events.titles import FUNCTION_WORDS

_RESUMPTIVE_PREPS = word_set("resumptive_preps")
_RESUMPTIVE_PRONOUNS = word_set("resumptive_pronouns")
#: Possessive endings in alif, not an accusative's (زوجها، بلادنا، ابنهما).
_POSSESSED = tuple(word_set("possessed_endings"))
#: Nouns in ة (or their plural) naming men, which a masculine verb agrees with (قال القادة).
_MASCULINE_IN_TA = word_set("masculine_ta_marbuta", strip_article=True)
_SAYING_MARKS = frozenset("\"«“:")
_SPEECH_COMPLEMENTS = word_set("speech_complements")
_POINTING = word_set("pointing_verbs")
_POINTED = word_set("pointing_objects")
#: CAMEO code of occupying territory (سيطر، احتل)
_OCCUPY = "192"
#: Endings of adjectives between an event noun and its relative pronoun (الإرهابي، الجبان، الروسية).
_ADJECTIVE_ENDINGS_BEFORE_RELATIVE = ("ي", "يه", "ان", "ه")
#: Words from a light verb's object to its noun, over an adjunct or the object's own modifiers (ستحمل إيران
#: مباشرة مسؤولية، جماعات مسلحة مرتبطة بقوات الحرس الثوري الإيراني مسؤولية).
LIGHT_NOUN_REACH = 6


@dataclass
class Arguments:
    source: Actor | None
    target: Actor | None
    passive: bool = False


def _oblique(toks: list[Token], actor: Actor) -> bool:
    """Whether a common noun after the verb is marked as no subject: a dual or plural in -ين or
    an accusative -ًا (ضبط سيدتين: two women were seized; a subject would be سيدتان).  Names
    (an entity) keep their letters whatever their case."""
    if actor.entity is not None or actor.first != actor.last:
        return False
    word = toks[actor.first].text
    return (len(word) > 4 and fold(word).endswith("ين")) or word.endswith(("ًا", "اً"))


def accusative(toks: list[Token], actor: Actor) -> bool:
    """Whether a common noun is an indefinite accusative spelt without its tanween (جنودا، عاملا):
    neither a subject nor a genitive.  Not a possessive (زوجها، بلادنا) nor a dual in construct
    (زعيما الحزبين): an indefinite noun heads no definite genitive."""
    word = toks[actor.first].text
    if actor.entity is not None or actor.first != actor.last or (
            (folded_bare(word),) in actor_tables().countries and not word.endswith(("ًا", "اً"))):
        return False  # a country's name in alif (أدانت فرنسا بشدة) is none (سوريًا with tanween is a Syrian)
    following = fold(toks[actor.last + 1].text) if actor.last + 1 < len(toks) else ""
    return (len(word) > 3 and word.endswith("ا") and not fold(word).startswith(("ال", "وال"))
            and not word.endswith(_POSSESSED) and not following.startswith("ال"))


def _object_case(toks: list[Token], actor: Actor) -> bool:
    """Whether the actor after an active verb is a common noun in the object case (جنودا، المتظاهرين):
    an -ين ending counts only on an agent noun or after the article, since foreign names end so too
    (قالت بريكين، دافع واينستين)."""
    if accusative(toks, actor):
        return True
    word = toks[actor.first].text
    return _oblique(toks, actor) and (word.endswith(("ًا", "اً")) or actor.agent is not None
                                      or fold(word).startswith(("ال", "وال")))


def _masculine_singular(text: str) -> bool:
    """Whether a verb is spelt only as a masculine singular: a listed perfect stem with no ending
    (وحث، واتهم) or an imperfect of ي (يتهم).  A stem in ت is none (دعت، والتقته: the feminine of
    a defective verb is listed as a stem of its own), nor a form with ت as its person."""
    lex = load_lexicon()
    readings = [r for r in verb_readings(fold(text))
                if r.tense != PARTICIPLE and r.stem in (lex.perfect if r.tense == PERFECT else lex.imperfect)]
    if any(r.suffix or (r.tense == PERFECT and r.stem.endswith("ت")) or r.prefix.endswith("ت") for r in readings):
        return False
    return any(r.tense == PERFECT or r.prefix.endswith("ي") for r in readings)


def disagreeing(toks: list[Token], trig: Trigger, actor: Actor) -> bool:
    """Whether the common noun right after a masculine singular verb is marked feminine, so it
    cannot be the verb's subject (وحث السلطات على، يتهم الحكومة: a feminine subject would take حثت،
    تتهم): a word in ة or a plural in ات.  Not a person (أسامة، حمزة), a country (العراق is
    masculine, and a state's name says nothing), nor a noun in ة naming men (القادة، الطلبة)."""
    if (trig.first != trig.last or actor.first != trig.last + 1 or actor.entity_type in ("PER", "GPE", "LOC")
            or (actor.country and not actor.agent) or not _masculine_singular(toks[trig.first].text)
            or any(p.kind == "N" for p in analyse_word(toks[trig.first].text))):
        return False  # قصف القوات: a bare perfect spelt as its masdar, the forces' shelling
    # the word as written: a folded ة is also the pronoun ه (قتل عناصره زوجها), and the actor's text
    # may be a name inside a phrase headed by another word (أكد وزراء مجموعة العشرين)
    head = toks[actor.first].text
    core = head[2:] if head.startswith("ال") else head
    return (len(core) > 3 and core.endswith(("ة", "ات")) and fold(core) not in _MASCULINE_IN_TA
            and folded_bare(head) not in NUMBER_WORDS)  # قتل أربعة مسلحين: a count agrees with no verb


def nisba_source(toks: list[Token], k: int, text: str) -> Actor | None:
    """الغارات الروسية: a demonym adjective after an event noun names its source country."""
    while k < len(toks) and toks[k].kind == "word":
        code = nisba_country(toks[k].text)
        if code:
            return Actor(k, k, toks[k].start, toks[k].end, text[toks[k].start: toks[k].end], country=code)
        if folded_bare(toks[k].text) not in AGENT_ADJECTIVES:
            return None
        k += 1
    return None


def noun_phrase_after(toks: list[Token], k: int, time_tokens: set[int], text: str) -> Actor | None:
    """A subject no lexicon knows: a definite noun and its definite modifiers (المرصد التونسي)."""
    while k < len(toks) and skippable(toks[k], time_tokens, k):
        k += 1
    end = k
    while end < len(toks) and end - k < 5 and _definite_noun(toks[end], end == k):
        end += 1
    if end - k < 2 or not fold(toks[k + 1].text).endswith(("ي", "يه")) or fold(toks[k + 1].text) in ORDINALS:
        return None  # an agent is named with a relational adjective: المرصد التونسي, المقدم التلفزيوني
    return Actor(k, end - 1, toks[k].start, toks[end - 1].end, text[toks[k].start: toks[end - 1].end])


def _speaking_noun(toks: list[Token], k: int, time_tokens: set[int], text: str, pointing: bool) -> Actor | None:
    """A speaker no lexicon knows, a definite noun (and its definite adjective) right after the
    reporting verb and right before what it says: وأضاف البيان أن، وأشار الموقع إلى، وأوضح العلماء
    أن (not وأكد الالتزام ب: a dropped subject's object)."""
    while k < len(toks) and skippable(toks[k], time_tokens, k):
        k += 1
    if k >= len(toks) or not _definite_noun(toks[k], True) or len(fold(toks[k].text)) < 4:
        return None  # (إلا folds to الا: no article before one letter)
    end = k + 1
    if end < len(toks) and _definite_noun(toks[end]) and fold(toks[end].text).endswith(("ي", "يه", "ين", "يون")):
        end += 1  # التقارير العلمية
    if end >= len(toks):
        return None
    after = fold(toks[end].text)
    if not (toks[end].text in _SAYING_MARKS or after in _SPEECH_COMPLEMENTS or (
            pointing and after == "الي" and fold(toks[k].text) not in _POINTED)):
        return None
    return Actor(k, end - 1, toks[k].start, toks[end - 1].end, text[toks[k].start: toks[end - 1].end])


def _titled_name(actors: list[Actor], phrase: Actor | None) -> Actor | None:
    """A person named right after a descriptive phrase is the subject: الممثلة البريطانية جودي دينش."""
    if phrase is None:
        return None
    name = starting_at(actors, phrase.last + 1)
    return name if name is not None and name.entity_type == "PER" else phrase


def _definite_noun(tok: Token, first: bool = False) -> bool:
    """A word of a definite noun phrase; after its head, ل-genitives too (المرصد التونسي لاستقلال القضاء)."""
    word = fold(tok.text)
    starts = ("ال", "وال") if first else ("ال", "لل", "ل")
    return (tok.kind == "word" and word.startswith(starts) and word not in FUNCTION_WORDS
            and word not in SKIPPABLE and not analyse_word(tok.text))


def relative_at(toks: list[Token], trig: Trigger) -> int:
    """The index of the relative pronoun the verb follows (over كان، قد، لم), or -1."""
    k = trig.first - 1
    while k >= 0 and fold(toks[k].text) in RELATIVE_AUXILIARIES:
        k -= 1
    return k if k >= 0 and fold(toks[k].text) in RELATIVES else -1


def _event_antecedent(toks: list[Token], relative: int) -> int:
    """The index of the event noun a relative pronoun at ``relative`` hangs on, over up to two
    adjectives (الهجوم الإرهابي الجبان الذي), or -1."""
    k = antecedent_index(toks, relative)
    for _ in range(3):
        if k < 0 or toks[k].kind != "word":
            return -1
        if event_noun(toks[k]):
            return k
        if not fold(toks[k].text).endswith(_ADJECTIVE_ENDINGS_BEFORE_RELATIVE):
            return -1
        k -= 1
    return -1


def _resumptive_prep(toks: list[Token], k: int) -> str | None:
    """The preposition of a word at k that is one with a pronoun referring back (عليه، إليها، فيه)."""
    if k >= len(toks):
        return None
    word = fold(toks[k].text)
    # no suffix of the class ends another one: at most one matches
    return next((word[: -len(p)] for p in _RESUMPTIVE_PRONOUNS
                 if word.endswith(p) and word[: -len(p)] in _RESUMPTIVE_PREPS), None)


def _relative_arguments(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                        text: str) -> Arguments | None:
    """A relative clause: its antecedent is the object when the verb carries an object pronoun
    (الذي تتهمه أنقرة), or a preposition's one when a subject follows it (البرلمان الذي تسيطر
    عليه المعارضة), else the subject (التي كانت تطالب بإطلاق سراحه، العلولا الذي التقى معه)."""
    if trig.last != trig.first:
        return None
    relative = relative_at(toks, trig)
    head = antecedent(toks, actors, relative)
    prep = _resumptive_prep(toks, trig.last + 1) if relative >= 0 else None
    source = actor_after(toks, actors, trig.last + 2, time_tokens) if prep is not None else None
    if source is not None:  # with no one named after it the antecedent may still be the subject
        if head is not None and prep in trig.pred.targets:
            return Arguments(source, head)
        target = target_of(toks, actors, trig, source.last + 1, time_tokens, text)
        return Arguments(source, target if target is not source else None)
    if head is None:
        # (not الاتهامات التي وجهتها المنظمة: with an object pronoun the clause has its own subject)
        # nor a speech verb: الهجوم الذي قال مسؤولون إنه نادر
        noun = (-1 if trig.pred.speech or "obj" not in trig.pred.targets
                or fold(toks[trig.first].text).endswith(POSSESSIVE_ENDINGS) else _event_antecedent(toks, relative))
        if noun < 0:
            return None
        # الهجوم الذي استهدف الجنود: the event does it, so the party after the verb is its object,
        # and an adjective of the event names who did it (الغارات الروسية التي استهدفت)
        typed = starting_at(actors, noun + 1)
        source = typed if typed is not None and event_adjective(toks, typed) else as_found(
            nisba_source(toks, noun + 1, text), actors)
        target = target_of(toks, actors, trig, trig.last + 1, time_tokens, text)
        return Arguments(source, target if target is not source else None)
    if relative_passive(toks, trig):
        return Arguments(passive_agent(toks, actors, trig.last + 1), head, passive=True)
    if event_adjective(toks, head):
        # الهجوم الإرهابي الذي استهدفها: the attack the adjective types is the subject, and its
        # object pronoun points further back, not at the antecedent
        target = target_of(toks, actors, trig, trig.last + 1, time_tokens, text)
        return Arguments(head, target if target is not head else None)
    if fold(toks[trig.first].text).endswith(POSSESSIVE_ENDINGS):
        return Arguments(actor_after(toks, actors, trig.last + 1, time_tokens), head)
    target = target_of(toks, actors, trig, trig.last + 1, time_tokens, text)
    return Arguments(head, target if target is not head else None)


def _event_subject_source(toks: list[Token], actors: list[Actor], k: int, time_tokens: set[int],
                          text: str) -> Actor | None:
    """واستهدف القصف الإسرائيلي مواقع: a verb whose subject is an event noun typed by a demonym
    has that country as its source."""
    while k < len(toks) and skippable(toks[k], time_tokens, k):
        k += 1
    if k + 1 < len(toks) and fold(toks[k].text).startswith("ال") and event_noun(toks[k]):
        return as_found(nisba_source(toks, k + 1, text), actors)
    return None


def as_found(actor: Actor | None, actors: list[Actor]) -> Actor | None:
    """The sentence's actor on the same words, which knows its entity (the deck's ولافروف ينفي is
    Sergey Lavrov when the article names him), else the actor as read."""
    if actor is None:
        return None
    return next((a for a in actors if a.first <= actor.first <= a.last and a.entity), actor)


def _object_before_light_noun(toks: list[Token], actors: list[Actor], trig: Trigger, source: Actor | None,
                              time_tokens: set[int]) -> Actor | None:
    """A light verb's direct object standing right before its noun, after the verb or its subject:
    حمّل البيت الأبيض طهران مسؤولية، ستحمل إيران مباشرة مسؤولية (Iran is held responsible); a
    relative clause between commas on the subject is passed over.  With no subject found the one
    party inside could be either, so none is taken."""
    if source is None or trig.last - trig.first < 2 or trig.pred.targets[:1] != ("obj",):
        return None
    k = trig.first + 1
    if trig.first < source.first and source.last < trig.last:
        k = source.last + 1
        if toks[k].text in COMMAS:  # حمّل بومبيو، الذي يضع ...، جماعات مسلحة مسؤولية
            k = next((j + 1 for j in range(k + 1, trig.last) if toks[j].text in COMMAS), k)
    found = actor_after(toks, [a for a in actors if a is not source], k, time_tokens)
    if (found is None or found.last >= trig.last or trig.last - found.last > LIGHT_NOUN_REACH
            or any(tok.kind != "word" for tok in toks[found.last + 1: trig.last])):
        return None
    return found


def _pronoun_target_first(toks: list[Token], trig: Trigger) -> bool:
    """Whether the word after the verb is its target preposition with a pronoun (عليه، عليهما)."""
    k = trig.first + 1
    if k >= trig.last and trig.last > trig.first or k >= len(toks) or toks[k].kind != "word":
        return False
    word = fold(toks[k].text)
    if not any(word == prep + pronoun for prep in trig.pred.targets if prep != "obj" for pronoun in OBJECT_SUFFIXES[1:]):
        return False
    # (المناطق التي تسيطر عليها الجماعة: an occupation in the imperfect is a standing state, no event)
    if trig.pred.cameo != _OCCUPY:
        return True
    lex = load_lexicon()
    tenses = {r.tense for r in verb_readings(fold(toks[trig.first].text))
              if trig.pred in (lex.imperfect if r.tense == IMPERFECT else lex.perfect).get(r.stem, ())}
    return tenses != {IMPERFECT}


#: Tokens after a quoted party's last word within which the quotation closes when it is the party's
#: name («حزب التحرير - تونس»، "فيتش رايتينغ"); one running on is what is said.
QUOTED_NAME_TAIL = 3
_QUOTATION_MARKS = OPENING_QUOTES | CLOSING_QUOTES


def said_not_sayer(toks: list[Token], trig: Trigger, party: Actor) -> bool:
    """Whether a party after a speech verb opens what is said, not who says it: after the verb's
    opening quotation mark the quotation runs on past the party (وأضافت "الشعب الأفغاني يستحق سلاما
    دائما"، وقال "ايدرسون كان مذهلا"), or a colon introduces it (وقال: «إن الولايات المتحدة تدعم»);
    a name in quotation marks closes right after it (وقال "القرشي": ...، وقالت «طيران الإمارات» إن)."""
    between = [t.text for t in toks[trig.last + 1: party.first]]
    colon = between[:1] == [":"]
    opens = len(between) == 1 + colon and between[-1] in OPENING_QUOTES
    if not opens or (trig.first > 0 and toks[trig.first - 1].text in _QUOTATION_MARKS):
        return False  # (the quotation opens right after the verb; "أهان" الوزير: the verb itself is quoted)
    if colon:
        return True
    tail = toks[party.last + 1: party.last + 1 + QUOTED_NAME_TAIL]
    return not any(t.text in _QUOTATION_MARKS for t in tail)


def verb_arguments(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                   text: str) -> Arguments:
    relative = _relative_arguments(toks, actors, trig, time_tokens, text)
    if relative is not None:
        return relative
    relative = relative_at(toks, trig)
    # a light verb in a relative clause has its antecedent as subject (التحالف العربي الذي شن ليلا
    # نحو 15 غارة), which a subject read further back would miss
    source = (antecedent(toks, actors, relative) if relative >= 0 else None) or subject_before(
        toks, actors, trig) or subject_past_relative(toks, actors, trig) or as_found(
        name_before(toks, trig, text), actors)
    after = trig.last + 1
    spelt = trig.pred.passive and passive_perfect(toks[trig.first], trig)
    if source is not None and source.last < trig.first and spelt:
        # أن عددا من أفراد الشرطة أصيبوا: a verb spelt only as a passive has its subject as the victim
        return Arguments(passive_agent(toks, actors, after), source, passive=True)
    if source is not None and counted_subject_undergoes(toks, actors, trig, source, time_tokens, text):
        return Arguments(passive_agent(toks, actors, after), source, passive=True)
    if source is None:
        if trig.pred.passive:
            spelled = spelled_passive(toks[trig.first].text, trig.pred)
            count = count_phrase(toks, after, text, number_words=spelled)
            victim = actor_after(toks, actors, after, time_tokens)
            if victim is None and count is None and marked_agent(toks, trig, after):
                # وقتل فلسطيني يبلغ من العمر 21 عاما برصاص الاحتلال: an untagged party, then the agent
                victim = plain_victim(toks, as_found(name_after(toks, after, time_tokens, text), actors)) or (
                    unnamed_victim(toks, after, time_tokens, text))
            if count or (victim and (victim.agent in PERSON_NOUNS or _oblique(toks, victim) or spelled
                                     or counted_victims(toks, trig, victim)
                                     or marked_agent(toks, trig, victim.last + 1)
                                     or named_person_undergoes(toks, actors, trig, victim, time_tokens))):
                if count is not None and victim is not None and victim.first == count.first:
                    count = None  # قتل 12 من الجنود: the counted party is an actor, with its type
                return Arguments(passive_agent(toks, actors, after), count or victim, passive=True)
        # a light verb's subject sits between the verb and its object: شن الجيش غارات; a reporting
        # verb's after the outlet it was said to: وأكد لـ«عكاظ» مدير الشرطة (a party the stages
        # tagged: in كشف لـ«العربية.نت» تفاصيل the word after is the object)
        opening = trig.first + 1
        if trig.pred.speech and trig.last == trig.first:
            opening = past_addressee(toks, opening)
        source = actor_after(toks, actors, after_each_of(toks, opening), time_tokens)
        if source is None and _pronoun_target_first(toks, trig):
            # حكمت عليه المحكمة، فرضت عليها واشنطن: the subject after the pronoun of its preposition
            source = actor_after(toks, actors, trig.first + 2, time_tokens)
        if source is None and title_end(toks, trig.first + 1) > trig.first + 1:
            # أجرى العاهل السعودي، الملك سلمان، اتصالا: the untagged title's person between commas
            source = apposition(toks, actors, title_end(toks, trig.first + 1))
        if source is None:
            source = _event_subject_source(toks, actors, trig.first + 1, time_tokens, text)
        if source is None and trig.last == trig.first:
            # after a verb spelt only as a passive a word with a preposition is no party (أصيبوا بجروح)
            next_name = name_after(toks, trig.first + 1, time_tokens, text)
            source = ((plain_victim(toks, next_name) if spelt else next_name)
                      or _titled_name(actors, noun_phrase_after(toks, trig.first + 1, time_tokens, text)))
        if source is None and trig.pred.speech:
            source = _speaking_noun(toks, trig.first + 1, time_tokens, text, fold(trig.pred.lemma) in _POINTING)
        if source is not None and trig.pred.speech and said_not_sayer(toks, trig, source):
            source = None  # وأضاف "الشعب الأفغاني يستحق سلاما": the people are said of, the sayer is the topic
        if source is not None:
            after = max(after, skip_apposition(toks, actors, source.last + 1, source.entity_type == "PER"))
            named = apposition(toks, actors, source.last + 1)
            if source.entity_type != "PER" and named is not None and named.entity_type == "PER":
                source = named  # رجل الأعمال السعودي، الأمير الوليد بن طلال، هنأ...: the person acts
            second = conjunct(toks, actors, source)
            if second is not None:
                after = max(after, second.last + 1)  # اتهمت مصر والسعودية قطر: both accuse
        elif not trig.pred.speech and not spelt:
            # (قتل 21 شخصا وأصيب أكثر من 40 آخرين: a passive's doer is never an earlier clause's subject)
            source = preceding_subject(toks, actors, trig)
    target = _object_before_light_noun(toks, actors, trig, source, time_tokens) or target_of(
        toks, actors, trig, after, time_tokens, text)
    if target is None and trig.pred.root == "12":
        target = requester(toks, actors, trig, text)
    if target is source or (target is not None and source is not None and target.text == source.text
                            and source.last < trig.first <= target.first):
        target = None  # وقد كانت السلطات قد اعتقلته السلطات: the subject written again is no object
    if source is not None and source.first > trig.last and (_object_case(toks, source)
                                                           or disagreeing(toks, trig, source)):
        # استهدف جنودا، فدعا المتظاهرين إلى: a noun in the object case after the verb is its object
        return Arguments(None, target or (source if "obj" in trig.pred.targets else None))
    return Arguments(source, target)
