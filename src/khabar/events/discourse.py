"""Clause and discourse structure around a predicate: dropped and shared subjects, relative and
denial complements, governing verbs of event nouns, background mentions.

:func:`clause_arguments` is where a predicate's source and target are settled once the sentence
has been read (:mod:`.arguments` finds them inside the clause; :mod:`.telling` the one a verb of
telling tells).
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.arabic import Token
from khabar.arabic.inflection import IMPERFECT, PERFECT, bare, fold, verb_readings
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor, seated
from khabar.events.arguments import (
    Arguments,
    disagreeing,
    relative_at,
    verb_arguments,
)
from khabar.events.coding import SentenceContext, to_ref
from khabar.events.frames import governs
from khabar.events.hal import bare_hal, inflected_hal, participle_shape
from khabar.events.lexicon import analyse_word, conjoined, conjunction_led, load_lexicon, word_set
from khabar.events.noun_arguments import noun_arguments
from khabar.events.passives import passive_perfect
from khabar.events.phrases import PREPOSITION_WORDS, conjunct, prep_attached
from khabar.events.predicates import (
    CLOSING_QUOTES,
    CONTROL_LINKS,
    OPENING_QUOTES,
    PASSIVE_AUX,
    Trigger,
    control_verb,
)
from khabar.events.reference import (
    PLURAL,
    actor_gender,
    participle_gender,
    plural_subject,
    referent,
    verb_gender,
)
from khabar.events.subjects import POSSESSIVE_ENDINGS, preceding_subject
from khabar.events.telling import THAT_PARTICLES, telling_arguments, that_word
from khabar.model import Article, Ref, TimeExpr

FATES = word_set("fates", strip_article=True)
_QUOTATION_MARKS = "".join(OPENING_QUOTES | CLOSING_QUOTES)
SELVES = word_set("selves")
_PRONOUN_OBJECTS = word_set("pronoun_companions")
_TEMPORAL = word_set("temporal_links")
_CLAUSE_PUNCT = frozenset(".،,؛:!؟?")
_ANNOUNCING = frozenset({"أعلن"})
#: CAMEO roots of asking another party to act: appeals (02) and demands (10).
REQUESTING = ("02", "10")
REQUEST_LINKS = word_set("request_links")
_AUXILIARIES = word_set("that_auxiliaries")
_PRONOUN_THAT = word_set("pronoun_that")
_DOCUMENTS = word_set("documents")  # folded, without the article (bare would take بيان's ب for a clitic)
#: Words back from an event noun to its verb of deciding over the subject between (قررت وزارة الداخلية السعودية منع).
SUBJECT_CONTROL_REACH = 6
#: Folded person prefixes of a first-person imperfect (أدين، ندين، سأعمل، سنرد).
_FIRST_PERSON = frozenset({"ا", "ن", "سا", "سن"})
_CLAUSE_AUXILIARIES = word_set("clause_auxiliaries")


def sentence_time_tokens(article: Article, field: str, paragraph: int, toks: list[Token],
                         unit_times: list[TimeExpr] | None = None) -> set[int]:
    """Indices of the tokens that start inside a time expression of the unit (``unit_times``: the
    unit's, when the caller has them by unit; else picked from the article's)."""
    if not toks:
        return set()
    lo, hi = toks[0].start, toks[-1].end  # a time outside the sentence holds none of its tokens
    times = unit_times if unit_times is not None else article.times
    spans = [(t.start, t.end) for t in times
             if t.field == field and t.paragraph == paragraph and t.start < hi and t.end > lo]
    if not spans:
        return set()
    starts = [tok.start for tok in toks]  # ordered: the tokens starting in [s, e) are a run
    return {k for s, e in spans for k in range(bisect_left(starts, s), bisect_left(starts, e))}


def denied_by(toks: list[Token], triggers: list[Trigger], trig: Trigger) -> bool:
    """Inside the complement of a denial: نفى أن يكون الجيش قصف..."""
    for other in triggers:
        if other.pred.cameo == "016" and other.last < trig.first:
            between = [fold(t.text) for t in toks[other.last + 1: trig.first] if t.kind == "word"]
            if between and between[0] in THAT_PARTICLES:
                return True
    return False


def _governing_subject(toks: list[Token], coded: list[tuple[Trigger, Arguments]], trig: Trigger) -> Actor | None:
    """A deverbal noun right after a verb acts for its subject: أعلنت الوزارة توجيه الاتهام ل..."""
    if bare(fold(toks[trig.last].text)) in FATES:
        return None  # يعلن التنظيم مقتل نجل زعيمه: who announces a death did not bring it about
    for other, args in reversed(coded):
        if other.is_noun or args.source is None or other.pred.lemma not in _ANNOUNCING:
            continue  # أعلن الجيش اعتقال...; but أفاد مصدر بمقتل, ندد الاتحاد بالهجوم: not theirs
        end = max(other.last, args.source.last)
        between = [fold(t.text) for t in toks[end + 1: trig.first] if t.kind == "word"]
        if end < trig.first and len(between) <= 2 and not (THAT_PARTICLES | PREPOSITION_WORDS) & set(between) - {"عن"}:
            return args.source  # أعلن الجيش اعتقال...; not أعلنت الوزيرة خلال تظاهرة
    return None


def _addressed_party(toks: list[Token], coded: list[tuple[Trigger, Arguments]], trig: Trigger) -> Actor | None:
    """A deverbal noun an appeal or a demand asks of its addressee is the addressee's act: طالبت
    واشنطن أنقرة بإطلاق سراح القس، دعت المنظمة السلطات إلى الإفراج عن (never the one asking)."""
    for other, args in reversed(coded):
        addressee = args.target
        if other.is_noun or other.pred.root not in REQUESTING or addressee is None:
            continue
        if not other.last < addressee.first <= addressee.last < trig.first:
            continue
        between = [fold(t.text) for t in toks[addressee.last + 1: trig.first] if t.kind == "word"]
        glued = fold(toks[trig.first].text).startswith(("ب", "وب"))
        if (not between and glued) or (len(between) == 1 and between[0] in REQUEST_LINKS):
            return addressee
    return None


def _denier(toks: list[Token], coded: list[tuple[Trigger, Arguments]], trig: Trigger,
            actors: list[Actor]) -> Actor | None:
    """نفى الجيش أن يكون قد قصف المدينة: a denied verb with no subject of its own is the denier's."""
    for other, args in reversed(coded):
        if other.pred.cameo != "016" or args.source is None or other.last >= trig.first:
            continue
        words = [fold(t.text) for t in toks[max(other.last, args.source.last) + 1: trig.first] if t.kind == "word"]
        if words and words[0] in THAT_PARTICLES and set(words[1:]) <= _AUXILIARIES:
            return args.source
    return None


def backgrounded(toks: list[Token], trig: Trigger) -> bool:
    """An event noun that modifies another noun or a time phrase (أنباء احتجاز، بعد مقتلها) is
    background, not news of its own."""
    if trig.first == 0 or toks[trig.first - 1].kind != "word":
        return False
    if fold(toks[trig.first].text).startswith(("ب", "ل", "وب", "ول")):
        return False  # أفاد مصدر بمقتل شخص: the complement of a verb
    before = fold(toks[trig.first - 1].text)
    if before in PASSIVE_AUX:
        return False  # تم اعتقال 14 شخصا: the news itself, told in the passive
    if before in _TEMPORAL or fold(toks[trig.first].text).startswith(("بعد", "قبل")):
        return True
    return not before.startswith("ال") and before not in PREPOSITION_WORDS and not analyse_word(
        toks[trig.first - 1].text) and not before.startswith(("ب", "ل"))


def pronoun_object(toks: list[Token], trig: Trigger) -> bool:
    """The second party is a pronoun: التقاه، التقى معه، اجتمع بهم."""
    words = [fold(t.text) for t in toks[trig.first: trig.last + 5] if t.kind == "word"]
    verb = toks[trig.first].text
    return (not trig.is_noun and fold(verb).endswith(("ه", "ها", "هم")) and not verb.endswith("ة")) or any(
        w in _PRONOUN_OBJECTS for w in words)


def _control_subject(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """The subject of a verb of deciding or intending before an event noun does it: قررت الحكومة
    منع الاستيراد (VSO: the actor between them), الغرفة تتجه نحو منع العمل (SVO: the actor before)."""
    verb = control_verb(toks, trig.first, SUBJECT_CONTROL_REACH)
    if verb is None:
        return None
    end = trig.first - 1
    if fold(toks[end].text) in CONTROL_LINKS:
        end -= 1
    if verb == end:
        return next((a for a in actors if a.last == verb - 1), None)
    return next((a for a in actors if a.first == verb + 1 and a.last == end), None)


def _reported_subject(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """The control subject of an event noun inside a reported clause: أكدت المصادر أن الجمارك
    تمكنت من حجز... (the subject after أن, never the reporter: أفاد مصدر بمقتل شخص)."""
    that = max((k for k in range(trig.first) if fold(toks[k].text) in THAT_PARTICLES), default=None)
    if that is None:
        return None
    subject = preceding_subject(toks, actors, trig)
    return subject if subject is not None and subject.first > that else None


def _opens_clause(toks: list[Token], trig: Trigger) -> bool:
    """A verb whose subject is the discourse topic: sentence-initial, after و/ف or punctuation, or
    after a pronoun-bearing أنه/أنها (أعلنت السلطات أنها اعتقلت...); a feminine or plural ḥāl opens
    its own, with no comma before it (خرجوا منددين بالقرار; a masculine may be a predicate: أضحى مهددا
    للوحدة)."""
    if trig.first == 0 or (trig.hal and inflected_hal(toks[trig.first].text)) or _after_conjunction(toks, trig) or toks[trig.first - 1].text in _CLAUSE_PUNCT:
        return True
    return after_pronoun_that(toks, trig)


def after_pronoun_that(toks: list[Token], trig: Trigger) -> bool:
    """The verb follows أنه/إنها/لكنهم (perhaps with قد, لم, لن between): the pronoun is its subject."""
    k = trig.first - 1
    while k > 0 and trig.first - k <= 2 and fold(toks[k].text) in _CLAUSE_AUXILIARIES:
        k -= 1
    return k >= 0 and fold(toks[k].text) in _PRONOUN_THAT


def accusative_participle(toks: list[Token], trig: Trigger) -> bool:
    """A verb's participle in the accusative (مطالبا، محذرا، ومناشدا): a circumstantial clause
    whose subject is the sentence's."""
    return trig.hal or (trig.first == trig.last and participle_shape(toks[trig.first].text))


def _pronoun_subject(toks: list[Token], trig: Trigger, args: Arguments) -> Arguments:
    """After أنه/أنها the pronoun is the verb's subject, and a participle in the accusative
    (مطالبا) shares the sentence's, so an actor read after the verb as its subject is its object
    (قال لافروف إنه التقى نظيره الأمريكي: Lavrov met his counterpart; ..., محذرا الاتحاد الأوروبي:
    the EU is warned); the subject is then the clause's topic.  A passive (إنه قتل 5 مدنيين) keeps
    its reading."""
    if args.passive or args.source is None or args.source.first <= trig.last \
            or not (after_pronoun_that(toks, trig) or accusative_participle(toks, trig)) \
            or prep_attached(toks[args.source.first], args.source):
        return args
    return Arguments(None, args.source if "obj" in trig.pred.targets else args.target)


def clause_arguments(ctx: SentenceContext, toks: list[Token], trig: Trigger, actors: list[Actor],
                     time_tokens: set[int], coded: list[tuple[Trigger, Arguments]], carry: bool,
                     last_source: Actor | None, history: list[tuple[Actor, str]] | None = None,
                     ) -> tuple[Arguments, bool]:
    """Source and target of one predicate, and whether it is denied by an enclosing نفى أن;
    ``time_tokens``: the sentence's (:func:`sentence_time_tokens`), found once for all its predicates."""
    if trig.is_noun:
        args = noun_arguments(toks, actors, trig, time_tokens, ctx.text)
        if args.passive:
            return args, False  # تم حجز...: no one but an agent phrase does a passive masdar
        if args.source is None and carry and _possessed(toks[trig.last]) and not trig.pred.genitive_target:
            args.source = last_source  # خلال استقباله السيد...: "his" is the paragraph's topic
        if args.source is None:
            args.source = (_governing_subject(toks, coded, trig) or _control_subject(toks, actors, trig)
                           or _addressed_party(toks, coded, trig))
            if args.source is None and not any(not other.is_noun for other, _ in coded):
                args.source = preceding_subject(toks, actors, trig)  # أمرت السلطات باعتقال...
            if args.source is None and all(other.pred.speech for other, _ in coded if not other.is_noun):
                args.source = _reported_subject(toks, actors, trig)
        return args, False
    args = _pronoun_subject(toks, trig, verb_arguments(toks, actors, trig, time_tokens, ctx.text))
    if args.source is None and _passive_frame(toks, trig):
        return Arguments(None, args.target, passive=True), False
    if trig.pred.speech and "obj" in trig.pred.targets:
        args = telling_arguments(toks, actors, trig, args)
    if verb_gender(toks[trig.first].text) == PLURAL and (args.source is None or args.source.first > trig.last):
        subject = plural_subject(toks, actors, trig)  # a plural verb follows its subject: X رفضوا
        after = args.source if args.source is not None and "obj" in trig.pred.targets and (
            args.source.entity or args.source.agent or args.source.country) else None
        if subject is not None:
            args = Arguments(subject, args.target or after, args.passive)
        elif args.source is not None and not trig.pred.passive:
            # وطالبوا هنيدي بـ، وحثوا الحكومات على: a verb before its subject is singular, so the plural's
            # subject is its suffix (the clause's topic, below) and the actor after it is its object
            args = Arguments(None, args.target or (args.source if "obj" in trig.pred.targets else None), args.passive)
    quoted_first = _quoted_first_person(toks, trig)
    if quoted_first or (args.source is not None and args.source.first > trig.last and first_person(toks, trig)):
        # قال X: «ندين الهجوم، نرفض التدخل التركي»: the speaker acts; a party after the verb is its
        # object, also further into what is said (نحن ندعو كوفي عنان: the person prefix is the subject),
        # and the one who undergoes a passive spelt so (وأصيب آخرون: no speaker did it)
        speaker = next((a.source for other, a in reversed(coded) if other.pred.speech and a.source is not None), None)
        after = args.source if args.source is not None and args.source.first > trig.last else None
        passive = not quoted_first and trig.pred.passive and passive_perfect(toks[trig.first], trig)
        after = after if quoted_first or passive or "obj" in trig.pred.targets else None
        args = Arguments(None if passive else speaker or (None if quoted_first else last_source),
                         args.target or after, args.passive or passive)
    denier = _denier(toks, coded, trig, actors)
    if denier is not None:
        return Arguments(denier, args.target or (args.source if args.source is not denier else None)), True
    if (carry and last_source is not None and args.target is None and args.source is not None
            and args.source.first > trig.last and "obj" in trig.pred.targets and not trig.pred.speech
            and _after_conjunction(toks, trig) and not _same_party(args.source, last_source)
            and not seated(toks, args.source)):
        # وناشد وزارة الصحة: the topic appeals to it (not to a body introduced with its seat, the subject)
        return Arguments(last_source, args.source), False
    if (carry and last_source is not None and args.source is None and args.target is not None and not args.passive
            and disagreeing(toks, trig, args.target) and not _same_party(args.target, last_source)
            and relative_at(toks, trig) < 0):
        # وحث السلطات: no subject of its verb, the topic's object (a relative clause's is its antecedent:
        # بالهجوم الذي استهدف صحيفة محلية, the attack)
        return Arguments(last_source, args.target), False
    # after تم/جرى a light verb is its masdar, a passive: no subject around it does it (أنه تم فتح تحقيق)
    after_aux = trig.first > 0 and fold(toks[trig.first - 1].text) in PASSIVE_AUX
    if args.source is None and trig.last > trig.first and relative_at(toks, trig) < 0 and not after_aux:
        # أعلنت السلطات عن إلقاء القبض على...; قررت السلطات فرض حظر التجول: the deciding subject
        # (not in a relative clause, whose subject is its antecedent: المدن التي شهدت الاحتجاجات)
        args.source = _governing_subject(toks, coded, trig) or _shared_subject(
            toks, coded, trig, _outside_that_clause(toks, trig, preceding_subject(
                toks, actors, trig, control=False, reach=6)))
    if args.passive and _agreeing_coordinate(toks, trig):
        args.passive = False  # وأوقفت خمسة أشخاص: a coordinated verb agreeing with an earlier subject
    if args.source is None and not args.passive and not after_aux and carry and (_opens_clause(
            toks, trig) or (trig.hal and bare_hal(toks, trig.first, {a.first for a in actors}))) and not _marked_passive(toks[trig.first].text) and not (
            trig.pred.passive and passive_perfect(toks[trig.first], trig)):
        # a speaker carried from a quotation (no tokens) names appeals and possessors, not every clause;
        # a verb spelt only as a passive has no topic for its doer (قتل 21 شخصا وأصيب 40 آخرون)
        named = last_source if last_source is not None and last_source.first >= 0 else None
        verb = verb_gender(toks[trig.first].text)
        participle = participle_gender(toks[trig.first].text) if verb is None and accusative_participle(
            toks, trig) else None
        # a participle's ending tells a person's sex (رفعت ماكدوغال دعوى ...، مؤكدة: she, not the man
        # named before), not a body's: مضيفا after a report or a group (جاء في التقرير ...، مضيفا)
        gender = verb or (participle if named is not None and named.entity_type == "PER" else None)
        topic = _main_clause_subject(toks, coded, trig) or _coordinated_speaker(toks, coded, trig) or _participle_topic(
            toks, actors, coded, trig, participle) or _agreeing(named, history or [], gender) or _clause_topic(
            toks, actors, trig)
        if topic is not None:
            args = Arguments(topic, args.target if args.target is not topic else None)
    return args, False


def _main_clause_subject(toks: list[Token], coded: list[tuple[Trigger, Arguments]], trig: Trigger) -> Actor | None:
    """A circumstantial participle's subject is its clause's main verb's: the nearest reporting verb
    before it (قال الوزير إن الجيش قصف...، مضيفا: the minister, not the army; بينما قالت X ...، أكد Y
    أن ...، مضيفا: Y), else the sentence's first verb (أدان الوزير الهجوم الذي نفذه المسلحون،
    مطالبا: the minister), whatever gender a name is guessed."""
    if not accusative_participle(toks, trig):
        return None
    verbs = [(other, args.source) for other, args in coded if not other.is_noun and not other.hal
             and other.last < trig.first and args.source is not None and args.source.first < trig.first]
    speech = [source for other, source in verbs if other.pred.speech]
    return speech[-1] if speech else verbs[0][1] if verbs else None


def _coordinated_speaker(toks: list[Token], coded: list[tuple[Trigger, Arguments]], trig: Trigger) -> Actor | None:
    """A speech verb coordinated after a reported clause goes on with its speaker: وقال الوزير إن
    الجيش قصف المواقع، وأضاف أن ... (the minister adds, not the army named in what he said).  A speech
    verb whose subject opens a reported clause was said, not the one speaking on (وقال رئيس الحزب إن
    الوزير أكد ...، وأضاف: the party leader adds)."""
    if not trig.pred.speech or not conjoined(toks[trig.first].text, trig.pred):
        return None
    return next((args.source for other, args in reversed(coded) if other.pred.speech and not other.is_noun
                 and other.last < trig.first and args.source is not None and args.source.first < trig.first
                 and not _opens_reported_clause(toks, args.source)), None)


def _opens_reported_clause(toks: list[Token], actor: Actor) -> bool:
    """The actor comes right after أن/إن: the subject of what is reported (قال إن الوزير أكد)."""
    return actor.first > 0 and fold(toks[actor.first - 1].text) in THAT_PARTICLES


def _participle_topic(toks: list[Token], actors: list[Actor], coded: list[tuple[Trigger, Arguments]],
                      trig: Trigger, gender: str | None) -> Actor | None:
    """A circumstantial participle whose sentence has no coded verb before it is done by the
    sentence's first party, not governed by a preposition nor inside a reported clause, when it
    agrees and opens the clause or follows its first word (تمنى المدرب أن ...، مشيرا: the coach;
    والإدارة ... تتمنى ...، محذرة), not by one named sentences before (وأوضح أن القرارات التي
    اتخذها الوزير ...، مشيرا: the topic).  A verb before whose subject is found later, across
    sentences, is not in ``coded``: the position keeps its object out (أكد المنتج استمرار الفنان)."""
    if gender is None or not accusative_participle(toks, trig) or any(
            other.first < trig.first for other, _ in coded):
        return None
    for actor in actors:
        if actor.last >= trig.first or any(that_word(fold(t.text)) for t in toks[: actor.first]):
            return None
        before = fold(toks[actor.first - 1].text) if actor.first else ""
        if before not in PREPOSITION_WORDS and not prep_attached(toks[actor.first], actor) and not _place(actor):
            # the subject opens its clause or follows its first word, the verb (not استمرار الفنان X)
            # (after a comma: من جهتها، أكدت الوزارة; a quotation mark opens no clause: مع قناة "سي بي سي")
            opening = next((k + 1 for k in range(actor.first - 1, -1, -1) if toks[k].text in COMMAS), 0)
            word = fold(toks[actor.first].text)
            if actor.first == opening and word.startswith("و") and not word.startswith("وال"):
                return None  # وأبان معاليه أن: a verb the entities read as a name (أبان)
            if opening > 1 and any(a.last == opening - 2 for a in actors):
                return None  # عبر بجورن روذر، رئيس البعثة: a title in apposition, not a subject
            return actor if actor.first - opening <= 1 and actor_gender(actor, toks) == gender else None
    return None


def _shared_subject(toks: list[Token], coded: list[tuple[Trigger, Arguments]], trig: Trigger,
                    found: Actor | None) -> Actor | None:
    """A coordinated verb shares the subject of the verb whose object stands before it (حاصرت قوات
    الأمن عددا من الإرهابيين، وألقت القبض على بعضهم: the forces arrest, not the besieged)."""
    if found is None or not conjoined(toks[trig.first].text, trig.pred):
        return found
    return next((a.source for _, a in reversed(coded) if a.target is found and a.source is not None), found)


def _outside_that_clause(toks: list[Token], trig: Trigger, found: Actor | None) -> Actor | None:
    """An actor before the predicate unless a bare أن/إن and a word of its own stand between: the
    reported clause has its own subject (أفادت الشرطة أن المهاجمين أطلقوا النار: the attackers, not
    the police; أكدت الوزارة أنها فرضت: the pronoun is the ministry, and so is a subject owned by the
    topic, إن بلاده توصلت)."""
    if found is None:
        return None
    words = [t.text for t in toks[found.last + 1: trig.first] if t.kind == "word"]
    k = next((i for i, word in enumerate(words[:-1]) if fold(word) in THAT_PARTICLES), -1)
    if k < 0 or words[k + 1].endswith(POSSESSIVE_ENDINGS):
        return found  # إن بلاده توصلت لاتفاق: his country, the topic's
    return None


def _quoted_first_person(toks: list[Token], trig: Trigger) -> bool:
    """A first-person imperfect of the predicate opening a quotation (قال X: «أدين بشكل قاطع...»)."""
    if trig.first == 0 or toks[trig.first - 1].text not in OPENING_QUOTES:
        return False
    if toks[trig.first - 1].text == '"' and sum(t.text == '"' for t in toks[: trig.first]) % 2 == 0:
        return False  # a closing mark (و"فوضويين" اعتصموا)
    return first_person(toks, trig)


def first_person(toks: list[Token], trig: Trigger) -> bool:
    """A first-person imperfect of the predicate (ندعو، أدين، سنرد), which no spelling of its perfect is."""
    lex = load_lexicon()
    readings = list(verb_readings(fold(toks[trig.first].text)))
    # no suffix: أوقفوا، احتلوها are an imperative and a perfect; nor the spelling of a perfect
    # (أعرب الرئيس: Form IV's first person is its perfect)
    return any(r.tense == IMPERFECT and r.prefix in _FIRST_PERSON and not r.suffix
               and trig.pred in lex.imperfect.get(r.stem, ()) for r in readings) and not any(
        r.tense == PERFECT and trig.pred in lex.perfect.get(r.stem, ()) for r in readings)


def document(actor: Actor) -> bool:
    """A speaker no table types that is a statement, a report or a study (words.tsv documents)."""
    return not (actor.entity or actor.agent or actor.country or actor.entity_type) and fold(
        actor.text.split()[0]).removeprefix("ال") in _DOCUMENTS


def _same_party(one: Actor, other: Actor) -> bool:
    """Whether two mentions name one party: one entity, or the words of one hold the other's, the
    article aside (a quotation's speaker نواب مغاربة and the entity mention مغاربة inside it;
    مفوضية الأمم المتحدة ... and المفوضية after it)."""
    if one.entity is not None and one.entity == other.entity:
        return True
    a, b = set(map(_without_article, one.text.split())), set(map(_without_article, other.text.split()))
    return bool(a and b) and (a <= b or b <= a)


def _without_article(word: str) -> str:
    """A word folded, its article read off (المفوضية → مفوضيه; و stays: وزارة is no و + زارة), and
    the quotation marks a name may carry in a phrase (منظمة "هيومن رايتس ووتش)."""
    folded = fold(word.strip(_QUOTATION_MARKS))
    return folded[2:] if folded.startswith("ال") and len(folded) > 4 else folded


def _agreeing(topic: Actor | None, history: list[tuple[Actor, str]], gender: str | None) -> Actor | None:
    """The topic if the verb agrees with it, else the last remembered actor that does (لكنها
    أطلقت: she, not the man named last); the topic stands when none agrees."""
    if topic is None or gender is None:
        return topic
    known = next((g for a, g in reversed(history) if a is topic), None) or actor_gender(topic, [])
    if known == gender:
        return topic
    # a place (بولاية كانساس) is no one who says or does: the referent is a party
    return referent([(a, g) for a, g in history if not _place(a)], gender) or topic


def _place(actor: Actor) -> bool:
    """A place that names no country (a city, a state, a building): the scene, not a party."""
    return actor.entity_type in ("GPE", "LOC", "FAC") and not actor.country


def reflexive(toks: list[Token], trig: Trigger) -> bool:
    """Whether the predicate's complement is the doer itself (عن نفسها، في نفسه)."""
    words = [fold(t.text) for t in toks[trig.last + 1: trig.last + 6] if t.kind == "word"]
    return not SELVES.isdisjoint(words[:4])  # the subject may come first: دافعت الشركة عن نفسها


def _passive_frame(toks: list[Token], trig: Trigger) -> bool:
    """A passive-prone verb of a prepositional frame with its preposition right after it and no
    subject found is a passive (وحُكم عليه بالسجن: no one around it is the judge)."""
    k = trig.first + 1
    return (trig.pred.passive and trig.pred.prep_frame and k < len(toks) and toks[k].kind == "word"
            and governs(toks[k].text, trig.pred.targets))


def _marked_passive(word: str) -> bool:
    """A damma on a perfect verb's first letter marks the passive (اتفاق وُقع عام 2016): no doer."""
    body = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return len(body) > 1 and body[1] == "\u064f" and body[0] not in "يتن"


def _possessed(tok: Token) -> bool:
    word = fold(tok.text)
    return word.endswith(("ه", "ها", "هم")) and not tok.text.endswith("ة")


def _agreeing_coordinate(toks: list[Token], trig: Trigger) -> bool:
    return _after_conjunction(toks, trig) and fold(toks[trig.first].text).endswith(("ت", "وا"))


def _after_conjunction(toks: list[Token], trig: Trigger) -> bool:
    """Whether a و or ف glued to the predicate's word is a conjunction (وناشد), not its first letter
    (فجر مقاتلون: detonated, no ف + جر)."""
    word = toks[trig.first].text
    return conjunction_led(word, trig.pred) if not trig.is_noun else fold(word).startswith(("و", "ف"))


def _clause_topic(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """The subject a coordinated verb shares (أحبطت وحدات الأمن عملية هجرة ... وأوقفت ...): the
    sentence's first actor that is not governed by a preposition.  A speech verb shares none opening
    a reported clause (after أن/إن): who goes on speaking is the speaker."""
    if not fold(toks[trig.first].text).startswith("و"):
        return None
    for actor in actors:
        if actor.last >= trig.first:
            return None
        before = fold(toks[actor.first - 1].text) if actor.first else ""
        if trig.pred.speech and before in THAT_PARTICLES:
            return None  # وقال إن رجال الشرطة ...، وأشار إلى: the speaker goes on, not the party he spoke of
        if before not in PREPOSITION_WORDS and not prep_attached(toks[actor.first], actor) and not _place(actor):
            return actor
    return None


def dropped_subject(toks: list[Token], trig: Trigger) -> bool:
    """A sentence-initial و/ف verb whose subject is the previous sentence's (ودعا إلى...): an event
    even when the subject cannot be recovered."""
    return (trig.first == 0 and not trig.is_noun and not trig.pred.speech and _after_conjunction(toks, trig)
            and any(p.kind == "V" for p in analyse_word(toks[trig.first].text)))


def reporter(toks: list[Token], coded: list[tuple[Trigger, Arguments]], trig: Trigger) -> Ref | None:
    """Who reports the event when it sits in a reported clause the quotes stage did not mark:
    قالت الوزارة إن القوات اعتقلت... → claimed by the ministry."""
    for other, args in reversed(coded):
        if not other.pred.speech or args.source is None or other.last >= trig.first:
            continue
        words = [fold(t.text) for t in toks[other.last + 1: trig.first] if t.kind == "word"]
        if THAT_PARTICLES & set(words):
            return to_ref(args.source)
    return None


def addressee(toks: list[Token], actors: list[Actor], source: Actor | None) -> Actor | None:
    """The person a statement is addressed to, right after its speaker (قال أردوغان لترامب), or
    the person whose fate it confirms (أكد البيت الأبيض وفاة الملا عمر)."""
    if source is None or source.first < 0 or source.last + 1 >= len(toks):
        return None
    k = source.last + 1
    second = conjunct(toks, actors, source)
    if second is not None:
        k = second.last + 1  # أكد كل من البيت الأبيض والاستخبارات الأفغانية وفاة...
    if k >= len(toks):  # the speakers end the sentence
        return None
    actor = next((a for a in actors if a.first == k), None)
    word = fold(toks[k].text)
    if actor is not None and actor.entity_type == "PER" and word.startswith("ل") and prep_attached(toks[k], actor):
        return actor
    if bare(word) in FATES or any(p.kind == "N" and p.genitive_target for p in analyse_word(toks[k].text)):
        return next((a for a in actors if a.first == k + 1 and not prep_attached(toks[k + 1], a)), None)
    return None
