"""The ``events`` stage: who did what to whom, coded with CAMEO, PLOVER, quad class and Goldstein.

Per sentence: find coded predicates (:mod:`.predicates`, lexicon in :mod:`.lexicon`, verbs that are
events only with their preposition in :mod:`.frames`), the actors
(:mod:`.actors`: entity mentions, agent nouns, countries, from the tables of :mod:`.tables`), their source and target
(:mod:`.arguments`, around the predicate by :mod:`.phrases`, targets by :mod:`.targets`; :mod:`.discourse`,
untagged names in :mod:`.names`; convictions in :mod:`.verdicts`), then code the event with its time, place and
claimant (:mod:`.coding`); a lead's events the body repeats are left out (:mod:`.repeats`).
Predicates without any participant are not events; statements need a speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from khabar.arabic import Token, split_sentences, tokenize
from khabar.arabic.inflection import fold
from khabar.arabic.tokenize import TOKEN_START
from khabar.entities.clusters import word_ranks
from khabar.events.actors import (
    Actor,
    after_participles,
    find_actors,
    in_times,
    outside_times,
    trim_actors,
    unit_mentions,
)
from khabar.events.arguments import Arguments
from khabar.events.coding import SentenceContext, UnitItems, by_unit, code_event, quote_statements
from khabar.events.discourse import (
    REQUEST_LINKS,
    REQUESTING,
    addressee,
    backgrounded,
    clause_arguments,
    denied_by,
    document,
    dropped_subject,
    pronoun_object,
    reflexive,
    reporter,
    sentence_time_tokens,
)
from khabar.events.frames import complement_fits, depends_on_complement
from khabar.events.lexicon import RELATIVES, first_person_plural, word_set
from khabar.events.phrases import conjunct, event_noun, typed_thing, typing_adjective
from khabar.events.predicates import Trigger, find_triggers, unshadowed
from khabar.events.reference import actor_gender, object_gender, referent, relative_antecedent
from khabar.events.repeats import drop_lead_repeats, same_ref
from khabar.events.subjects import RELATIVE_CLAUSE_REACH
from khabar.events.verdicts import verdict_reading
from khabar.model import Article, Event, Quote

_FIELD_ORDER = {"headline": 0, "deck": 1, "pull_quotes": 2, "body": 3}
#: Quad classes 3 and 4: verbal and material conflict.
HOSTILE_QUAD = 3
MATERIAL_QUAD = 4
#: Verbs of bringing about (أسفر، أدى، تسبب) and the prepositions their result follows.
_RESULT_VERBS = word_set("result_verbs")
_RESULT_LINKS = word_set("result_links")
#: Tokens from a verb of bringing about to its result (أسفرت الغارات الإسرائيلية على البلدة أمس عن مقتل).
RESULT_REACH = 9
#: Tokens an act may end before the verb of bringing about and still be its subject (معاركه الدائرة التي
#: تؤدي إلى، فجرت نفسها ما أسفر عن); an act further back is another clause's.
CAUSE_REACH = 3
STATEMENT = "010"
#: Condemnation: a verdict predicate (أدان، إدانة) is read as a conviction only when coded so.
CONDEMN = "111"
#: Signing or reaching an agreement: two parties coordinated as its subject agree with each other.
AGREE = "057"
DENY, DISAPPROVE = "016", "11"
#: Characters between a denial and the accusation it answers (نفى الوزير الاتهامات التي وجهتها).
DENIAL_REACH = 30
#: Roots (verbal acts) that are no event when directed at oneself.
SELF_DIRECTED_END = "14"
#: CAMEO roots of verbal reactions (praise, disapproval, demands, rejection, threats) whose object may
#: be another party's act: نددت الصين بتهديدات الولايات المتحدة is aimed at the United States.
REACTION_START = "05"
#: Tokens between a reaction and the act it is about (its subject and a time: نددت الصين الأربعاء بـ).
REACTION_REACH = 5
#: Tokens from a request to the act it asks for (its subject and addressee between: دعت الأمم المتحدة
#: الحكومة والمعارضة إلى).
REQUEST_REACH = 8
#: Light masdars between a request link and the act (إلى إجراء محادثات، بعقد مفاوضات).
_ACT_LIGHTS = word_set("act_lights")


@dataclass
class Options:
    #: Code reporting verbs (قال، أكد، أعلن) as CAMEO 010 statements.
    statements: bool = True
    #: A verb without an explicit subject takes the previous event's source (وأضاف أن...).
    carry_subject: bool = True


def _sentence_events(ctx: SentenceContext, toks: list[Token], triggers: list[Trigger], options: Options,
                     last_source: list[Actor | None], history: list[tuple[Actor, str]]) -> list[Event]:
    time_tokens = sentence_time_tokens(ctx.article, ctx.field, ctx.paragraph, toks, ctx.unit_times)
    actors = find_actors(ctx.article, ctx.field, ctx.paragraph, toks, ctx.text, ctx.mentions)
    trim_actors(actors, toks, ctx.text, {t.last for t in triggers if t.last > t.first})
    after_participles(actors, toks, ctx.text, {t.first for t in triggers if t.hal})
    actors = outside_times(actors, toks, ctx.text, time_tokens)
    coded: list[tuple[Trigger, Arguments]] = []
    reacted: list[tuple[Trigger, Event]] = []
    events = []
    for trig in triggers:
        if trig.pred.speech and not options.statements:
            continue
        if trig.pred.root < SELF_DIRECTED_END and reflexive(toks, trig):
            continue  # دافعت الشركة عن نفسها: a statement about oneself, no one else is involved
        quoted = _in_direct_quote(ctx, toks, trig)
        topic = last_source[1] if quoted and last_source[1] is not None else last_source[0]
        args, denied = clause_arguments(ctx, toks, trig, actors, time_tokens, coded, options.carry_subject,
                                        topic, history)
        _untype(toks, actors, args, ctx.text)
        if args.source is not None and not trig.is_noun and first_person_plural(toks[trig.first].text, trig.pred):
            args.source = _we(ctx, toks, trig, args.source)  # "... حرب اليمن ... فنحن نقدم": the speaker
        if trig.is_noun and _one_party(args.source, args.target):
            args.source = None  # البغدادي الذي أعلن مقتله: the one killed did not kill himself
        if time_tokens:  # a name read off the words around the verb that is a time word (يوليو - مايو تؤكد)
            args.source = None if in_times(args.source, time_tokens) else args.source
            args.target = None if in_times(args.target, time_tokens) else args.target
        verdict = verdict_reading(toks, actors, trig, args, time_tokens, ctx.text) if trig.pred.cameo == CONDEMN else None
        if verdict is not None:
            trig, args = verdict  # أدانت المحكمة 45 شخصا بقتل متظاهرين: a conviction
        if depends_on_complement(trig) and not complement_fits(toks, actors, trig, time_tokens, args.source):
            continue  # حقق الفريق فوزا, احتلت مصر المركز 117: the complement makes it another verb
        if trig.pred.received:
            args = Arguments(args.target, args.source, args.passive)  # تلقت الحكومة دعما من X: X gives
            if args.source is None:
                continue  # no giver named: a subsidy or a prize, not one party aiding another
        if args.target is None and not trig.pred.speech and not trig.is_noun:
            args.target = pronoun_referent(toks, actors, trig, history, args.source)
            if _one_party(args.source, args.target):
                args.target = None  # فرض عليه نصر الله عقوبات: the pronoun is someone else, not the doer
        if trig.pred.speech:
            # قال أردوغان لترامب: ...; a verb of telling has the one told as its object (أبلغ رويترز)
            args.target = args.target if "obj" in trig.pred.targets else addressee(toks, actors, args.source)
            if args.source is None or (document(args.source) and _issuer_quoted(ctx, toks, trig, args.source)):
                continue  # (وذكر البيان أن...: the quotation's speaker is the issuer, its statement says it)
        elif args.source is None and args.target is None and not (trig.pred.bare_event or dropped_subject(toks, trig)):
            continue  # no participant (but شهدت المدينة احتجاجات, ودعا إلى... are events)
        elif args.source is None and trig.is_noun and backgrounded(toks, trig):
            continue  # a victim-only noun as background (بعد مقتلها، مراكز احتجاز)
        elif trig.pred.cameo == AGREE and not trig.pred.needs_target and args.target is None and args.source is not None:
            other = conjunct(toks, actors, args.source)  # اتفقت الصين والولايات المتحدة: with each other
            args.target = None if _one_party(args.source, other) else other
        elif trig.pred.needs_target and args.target is None:
            if args.source is not None:  # التقى الرئيس والعاهل: a reciprocal act between the two
                args.target = conjunct(toks, actors, args.source)
            if args.target is None and not pronoun_object(toks, trig):
                continue
        if args.source is not None and not trig.is_noun and not document(args.source):
            # (a statement or a report, وأضاف البيان, does no later act.)  A party of the speaker's own
            # words is the topic inside them only: وأضاف: "سأجتمع مع المسؤولين إذا أرادوا"، وقال: he
            last_source[1 if quoted else 0] = args.source
            if not quoted:
                last_source[1] = None
        coded.append((trig, args))
        negated = trig.negated or denied or denied_by(toks, triggers, trig)
        event = code_event(ctx, toks, trig, args, negated)
        reacted.append((trig, event))
        if event.claimed_by is None and not trig.pred.speech:
            event.claimed_by = reporter(toks, coded, trig)
        events.append(event)
        second = conjunct(toks, actors, args.source) if args.source is not None else None
        if second is not None and second is not args.target and not trig.pred.needs_target:
            events.append(code_event(ctx, toks, trig, Arguments(second, args.target, args.passive), negated))
        other = conjunct(toks, actors, args.target, oblique=True) if args.target is not None and not (
            trig.pred.speech or trig.pred.received) else None
        if other is not None and not _one_party(args.source, other) and not _one_party(args.target, other):
            # اتهم المجلس التحالف وحركة أنصار الله: each party joined to the target is one too
            events.append(code_event(ctx, toks, trig, Arguments(args.source, other, args.passive), negated))
    _acts_reacted_to(toks, reacted)
    _ordered_acts(toks, reacted)
    _requested_acts(toks, reacted, events)
    _results_of_acts(toks, reacted)
    _statements_about(events)
    _denials_answer(events)
    history += [(a, actor_gender(a, toks)) for a in actors if a.entity or a.agent or a.country]
    return events


def _one_party(source: Actor | None, target: Actor | None) -> bool:
    """Whether a source and a target are one party: one span, or one entity's mentions."""
    if source is None or target is None:
        return False
    return (source.first, source.last) == (target.first, target.last) or (
        source.entity is not None and source.entity == target.entity)


def _untype(toks: list[Token], actors: list[Actor], args: Arguments, text: str) -> None:
    """No party is a nisba adjective typing the noun before it (:func:`typing_adjective`): an act
    so typed names nobody (الهجمات الإرهابية، هجوم انتحاري), and a thing so typed is the target
    with its noun (هجوم على قاعدة عسكرية → قاعدة عسكرية), never the doer (الخيار العسكري)."""
    if args.source is not None and typing_adjective(toks, actors, args.source):
        args.source = None
    if args.target is not None and typing_adjective(toks, actors, args.target):
        args.target = None if event_noun(toks[args.target.first - 1]) else typed_thing(toks, args.target, text)


def _in_direct_quote(ctx: SentenceContext, toks: list[Token], trig: Trigger) -> bool:
    """Whether the predicate stands inside a direct quotation of its unit."""
    at = toks[trig.first].start
    return any(q.kind == "direct" and q.start <= at < q.end
               for q in ctx.units.quotes.get((ctx.field, ctx.paragraph), []))


def _we(ctx: SentenceContext, toks: list[Token], trig: Trigger, found: Actor) -> Actor:
    """Who 'we' are at a first-person verb when the party found is one named earlier in the same
    direct quotation (لا أرى أن حرب اليمن مستنقع، فنحن نقدم: not Yemen): the quotation's speaker.
    Any other party found stays (a statement's issuer, a speaker carried as the topic)."""
    at = toks[trig.first].start
    quote = next((q for q in ctx.units.quotes.get((ctx.field, ctx.paragraph), [])
                  if q.kind == "direct" and q.start <= at < q.end and q.speaker is not None), None)
    if quote is None or found.first < 0 or found.first >= trig.first or toks[found.first].start < quote.start:
        return found
    ref = quote.speaker
    return Actor(-1, -1, -1, -1, ref.text, entity=ref.entity, agent=ref.agent, country=ref.country)


def _issuer_quoted(ctx: SentenceContext, toks: list[Token], trig: Trigger, document: Actor) -> bool:
    """Whether a quotation after the predicate in its sentence has a known speaker other than the
    document (the ministry whose statement it is)."""
    after = toks[trig.last].end
    return any(ctx.start <= q.start < ctx.end and q.start >= after and q.speaker is not None
               and (q.speaker.entity or q.speaker.agent or q.speaker.country) and q.speaker.text != document.text
               for q in ctx.units.quotes.get((ctx.field, ctx.paragraph), []))


def pronoun_referent(toks: list[Token], actors: list[Actor], trig: Trigger, history: list[tuple[Actor, str]],
                     source: Actor | None) -> Actor | None:
    """The party a pronoun object stands for (اتهمته، أطلقت سراحه): a relative clause's antecedent,
    else the last agreeing actor before the predicate, in this sentence or earlier in the paragraph."""
    gender = object_gender(toks, trig)
    if gender is None:
        return None
    antecedent = relative_antecedent(toks, actors, trig)
    if antecedent is not None:
        return antecedent
    before = [(a, actor_gender(a, toks)) for a in actors if a.last < trig.first and a is not source]
    return referent(history + before, gender, avoid=source)


def _acts_reacted_to(toks: list[Token], coded: list[tuple[Trigger, Event]]) -> None:
    """A verbal reaction with no target whose complement is another party's act is aimed at that
    party: نددت الصين بتهديدات الولايات المتحدة → the United States; رحب الوزير بزيارة الرئيس → the
    president.  Only the next predicate, an event noun in one of the reaction's target slots
    (:func:`_act_in_slot`)."""
    for n, (trig, event) in enumerate(coded[:-1]):
        if (event.target is not None or event.source is None or trig.pred.speech
                or not REACTION_START <= trig.pred.root < SELF_DIRECTED_END):
            continue
        act_trig, act = coded[n + 1]
        if act.source is not None and act.source.text != event.source.text and _act_in_slot(toks, trig, act_trig):
            event.target = replace(act.source)


def _ordered_acts(toks: list[Token], coded: list[tuple[Trigger, Event]]) -> None:
    """An act ordered with no doer of its own is the order giver's: أمرت السلطات التركية باعتقال 271
    جنديا → the authorities arrest.  Only the next predicate, an event noun in the order's ب slot
    (:func:`_act_in_slot`)."""
    for n, (trig, event) in enumerate(coded[:-1]):
        if not trig.pred.orders or event.source is None:
            continue
        act_trig, act = coded[n + 1]
        if act.source is None and _act_in_slot(toks, trig, act_trig):
            act.source = replace(event.source)


def _requested_acts(toks: list[Token], coded: list[tuple[Trigger, Event]], events: list[Event]) -> None:
    """An act an appeal or a demand asks for has not taken place: ودعا ترامب إلى فرض عقوبات على إيران,
    طالب المتظاهرون بإطلاق سراح الناشط, دعت الأمم المتحدة إلى إجراء محادثات بين الطرفين are no
    sanctions, release or talks.  The act is dropped and the request, with no target of its own, is
    aimed at the act's other party (Iran, the activist, the first of the two sides).  An order is
    carried out (:func:`_ordered_acts`).  Only the next predicate, right after a request link (إلى،
    على), a glued ب or a light masdar (إجراء، عقد) with no punctuation between."""
    for n, (trig, event) in enumerate(coded[:-1]):
        if (trig.pred.root not in REQUESTING or trig.pred.orders or trig.pred.speech or event.source is None
                or event.negated):
            continue
        act_trig, act = coded[n + 1]
        if not _asked_for(toks, trig, act_trig) or act not in events:
            continue
        events.remove(act)
        if event.target is None:
            other = act.source if act.source is not None and not same_ref(act.source, event.source) else act.target
            event.target = replace(other) if other is not None and not same_ref(other, event.source) else None


def _asked_for(toks: list[Token], trig: Trigger, act_trig: Trigger) -> bool:
    """Whether a predicate is the act a request asks for: REQUEST_REACH tokens on at most, no
    punctuation between, after a request link or a light masdar after one (إلى إجراء), or with ب glued."""
    k = act_trig.first
    if not 0 < k - trig.last <= REQUEST_REACH or any(t.kind == "punct" for t in toks[trig.last + 1: k]):
        return False
    before = fold(toks[k - 1].text)
    if before in _ACT_LIGHTS or (before[:1] == "ب" and before[1:] in _ACT_LIGHTS):
        k -= 1
        before = fold(toks[k - 1].text) if toks[k].text[:1] != "ب" else "ب"
    return before in REQUEST_LINKS or before == "ب" or (toks[k].text[:1] == "ب" and len(toks[k].text) > 3)


def _results_of_acts(toks: list[Token], coded: list[tuple[Trigger, Event]]) -> None:
    """A victim noun with no doer that a verb of bringing about has as its result is done by the doer
    of the act of force before it: أسفر هجوم لتنظيم داعش عن مقتل 20 جنديا، فجرن أنفسهن في السوق مما
    أسفر عن مقتل 15 شخصا (the result of an act no one is named for keeps no doer: انفجار أسفر عن)."""
    for n, (trig, event) in enumerate(coded):
        if not (trig.is_noun and trig.pred.genitive_target and event.source is None and trig.first > 1):
            continue
        before = fold(toks[trig.first - 1].text)
        if not (before in _RESULT_LINKS or fold(toks[trig.first].text).startswith("ب")):
            continue
        verb = next((k for k in range(trig.first - 1, max(-1, trig.first - RESULT_REACH), -1)
                     if fold(toks[k].text) in _RESULT_VERBS), None)
        if verb is None:
            continue
        cause = next(((act_trig, act) for act_trig, act in reversed(coded[:n])
                      if act.quad == MATERIAL_QUAD and act.source is not None and act_trig.last < trig.first
                      and (verb - CAUSE_REACH <= act_trig.last or _described_act(toks, act_trig, verb))), None)
        if cause is not None and not _typing_word(toks, *cause):
            event.source = replace(cause[1].source)


def _described_act(toks: list[Token], act_trig: Trigger, verb: int) -> bool:
    """Whether the act heads a relative clause that runs on to the verb of bringing about: الغارات
    الجوية التركية التي شنت في ذلك التاريخ، أسفرت عن مقتل (its pronoun within CAUSE_REACH words of
    the act, the verb within RELATIVE_CLAUSE_REACH words of the pronoun, no sentence punctuation)."""
    pronoun = next((k for k in range(act_trig.last + 1, min(verb, act_trig.last + 1 + CAUSE_REACH))
                    if fold(toks[k].text) in RELATIVES), None)
    return (pronoun is not None and verb - pronoun <= RELATIVE_CLAUSE_REACH
            and not any(t.text in ".؛:" for t in toks[pronoun: verb]))


def _typing_word(toks: list[Token], trig: Trigger, act: Event) -> bool:
    """Whether an act's source is the one word after it that no entity or country names, an adjective
    typing the act rather than its doer: هجوم مسلح، الاعتداء الإرهابي."""
    after = trig.last + 1
    return (act.source is not None and not (act.source.entity or act.source.country)
            and after < len(toks) and toks[after].text == act.source.text)


def _act_in_slot(toks: list[Token], trig: Trigger, act_trig: Trigger) -> bool:
    """Whether the predicate after ``trig`` is an event noun in one of its target slots, at most
    REACTION_REACH tokens on, with no punctuation between."""
    return (act_trig.is_noun and 0 < act_trig.first - trig.last <= REACTION_REACH
            and not any(t.kind == "punct" for t in toks[trig.last + 1: act_trig.first])
            and _in_target_slot(toks, trig, act_trig.first))


def _in_target_slot(toks: list[Token], trig: Trigger, k: int) -> bool:
    """Whether the word at k opens one of the predicate's target slots: its preposition glued (بتهديدات)
    or right before it (على الهجوم), or a direct object with no preposition."""
    word, before = fold(toks[k].text), fold(toks[k - 1].text)
    return any(before == slot or (len(slot) == 1 and word.startswith(slot))
               or (slot == "obj" and not word.startswith(("ب", "ل", "ك")))
               for slot in trig.pred.targets)


def _statements_about(events: list[Event]) -> None:
    """A statement reporting a hostile act of another party is about that party: قال المتحدث إن
    الجيش هاجم مواقع المتمردين → the spokesman's statement targets the army.  Coercion is left out:
    officials mostly report their own forces' arrests."""
    for statement in events:
        if statement.cameo != STATEMENT or statement.target is not None or statement.source is None:
            continue
        for act in events:
            if (act.start > statement.start and act.quad >= HOSTILE_QUAD and act.plover != "COERCE"
                    and act.source is not None
                    and act.claimed_by is not None and act.claimed_by.text == statement.source.text
                    and act.source.text != statement.source.text):
                statement.target = replace(act.source)
                break


def _denials_answer(events: list[Event]) -> None:
    """A denial of an accusation named right after it answers the accuser: نفى الوزير الاتهامات
    التي وجهتها المنظمة إلى الجيش → the minister's denial targets the organisation."""
    unit_events = by_unit(events)
    for denial in events:
        if denial.cameo != DENY or denial.target is not None or denial.source is None:
            continue
        act = min((e for e in unit_events[denial.field, denial.paragraph] if e.start > denial.start),
                  key=lambda e: e.start, default=None)
        if (act is not None and act.cameo.startswith(DISAPPROVE) and act.source is not None
                and act.start - denial.end <= DENIAL_REACH and act.source.text != denial.source.text):
            denial.target = replace(act.source)


def quoted_speaker(unit_quotes: list[Quote], end: int) -> Actor | None:
    """The speaker of the paragraph's last quotation (of ``unit_quotes``, the unit's) opening before ``end``, as a
    topic for dropped subjects when no clause named one (وأضاف والد يوسف أن... وناشد وزارة الصحة): it has no
    tokens here."""
    # a named speaker only: an entity, or a phrase of two words or more (not a stray اليوم or إلى)
    quotes = [q for q in unit_quotes if q.start < end and q.speaker is not None
              and (q.speaker.entity or len(q.speaker.text.split()) > 1)]
    if not quotes:
        return None
    ref = max(quotes, key=lambda q: q.start).speaker
    return Actor(-1, -1, -1, -1, ref.text, entity=ref.entity, agent=ref.agent, country=ref.country)


def extract_events(article: Article, options: Options | None = None) -> list[Event]:
    """Every coded event of an analysed article, in reading order."""
    options = options or Options()
    tokens = article.annotations.get("tokens", {})
    sentences = article.annotations.get("sentences", {})
    events: list[Event] = []
    mentions = unit_mentions(article)
    shadows = _name_and_time_spans(article)
    units = UnitItems.of(article)
    for field, paragraph, text in article.units():
        unit_tokens = tokens.get((field, paragraph)) or tokenize(text)
        starts = list(map(TOKEN_START, unit_tokens))
        # the paragraph's topic for dropped subjects, and the topic inside the direct quotation read
        last_source: list[Actor | None] = [None, None]
        history: list[tuple[Actor, str]] = []  # the paragraph's actors so far, with their gender
        spans = sentences.get((field, paragraph)) or split_sentences(text)
        sentence_tokens = [_sentence_tokens(unit_tokens, starts, start, end) for start, end in spans]
        unit_shadows = shadows.get((field, paragraph), [])
        triggers = [unshadowed(find_triggers(toks), toks, unit_shadows) for toks in sentence_tokens]
        # a sentence's actors matter only to it and to the paragraph's later sentences (history, topic):
        # after the last sentence with a predicate there is nothing left to do
        todo = max((n + 1 for n, found in enumerate(triggers) if found), default=0)
        for (start, end), toks, found in zip(spans[:todo], sentence_tokens, triggers, strict=False):
            ctx = SentenceContext(article, field, paragraph, start, end, text, mentions, units)
            if last_source[0] is None:
                last_source[0] = quoted_speaker(units.quotes.get((field, paragraph), []), end)
            events += _sentence_events(ctx, toks, found, options, last_source, history)
    if options.statements:
        events += quote_statements(article, events, sentences)
        events.sort(key=lambda e: (_FIELD_ORDER.get(e.field, 9), e.paragraph, e.start))
        _denials_answer(events)  # quotation denials (نفى الأسد أن...) answer accusations too
    events = drop_lead_repeats(article, events)  # a lead repeating the body's opening: one event per fact
    _name_participants(article, events)
    return events


def _name_and_time_spans(article: Article) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """The spans of every entity mention and time expression, by unit: no predicate inside."""
    out: dict[tuple[str, int], list[tuple[int, int]]] = {}
    spans = [m for ent in article.entities for m in ent.mentions] + list(article.times)
    for span in spans:
        out.setdefault((span.field, span.paragraph), []).append((span.start, span.end))
    return out


def _sentence_tokens(unit_tokens: list[Token], starts: list[int], start: int, end: int) -> list[Token]:
    """The tokens inside [start, end): a run of the unit's ordered, non-overlapping tokens."""
    first = bisect_left(starts, start)
    last = bisect_left(starts, end, lo=first)
    while last > first and unit_tokens[last - 1].end > end:
        last -= 1
    return unit_tokens[first:last]


def _name_participants(article: Article, events: list[Event]) -> None:
    """Give each participant that resolves to an entity that entity's name (الرئيس الأمريكي → Donald Trump)."""
    names = {entity.id: entity.name for entity in article.entities}
    for event in events:
        for ref in (event.source, event.target, event.claimed_by):
            if ref is not None and ref.entity in names:
                ref.name = names[ref.entity]


def run(article: Article, options: Options) -> Article:
    # phrases reads a noun's proclitics by the corpora's word ranks (وقاعدة عسكرية): built on the
    # first article, so that a parallel run's warm-up builds them in the parent for every worker
    word_ranks()
    article.events = extract_events(article, options)
    return article
