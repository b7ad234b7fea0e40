"""Coding: an event record from a predicate and its arguments, with time, place and claimant."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cached_property

from khabar.arabic import Token, tokenize
from khabar.arabic.inflection import fold
from khabar.events.actors import Actor
from khabar.events.arguments import Arguments
from khabar.events.clitics import proclitic_length
from khabar.events.frames import context_code
from khabar.events.hal import hal_word
from khabar.events.lexicon import analyse_word, load_lexicon, word_set
from khabar.events.predicates import NEGATORS, RELATIVE_MA, Trigger, lacking
from khabar.model import Article, Entity, Event, Mention, Place, Quote, Ref, TimeExpr
from khabar.quotes.lexicon import class_keys, key, lookup_cue, strip_conjunction

VERBAL_ATTACK = "111"  # هاجم with a person as target is criticism, not a military attack
LOCATIVES = word_set("locatives")
_CUE_NEGATORS = NEGATORS - RELATIVE_MA
SEIZE, ARREST, RIOT = "1711", "173", "145"
CIVILIANS = ("CVL", "OPP", "LAB", "EDU")
PEOPLE = ("CVL", "CRM", "REF", "OPP", "REB", "MED", "LAB", "EDU")


@dataclass(frozen=True)
class SentenceContext:
    article: Article
    field: str
    paragraph: int
    start: int  # sentence span in the unit
    end: int
    text: str  # the unit's text
    #: the article's entity mentions by unit (:func:`khabar.events.actors.unit_mentions`)
    mentions: dict[tuple[str, int], list[tuple[Entity, Mention]]]
    #: the article's quotations, times and places by unit (:class:`UnitItems`)
    units: UnitItems

    # a sentence's events share these: found once per sentence, not once per event
    @cached_property
    def resolved_times(self) -> list[TimeExpr]:
        """The article's time expressions with a value in this sentence, in article order."""
        return [t for t in self.units.times.get(self._unit, []) if _in_sentence(t, self) and t.value]

    @cached_property
    def locations(self) -> list[Place]:
        """The article's places in this sentence introduced as locations, in article order."""
        return [p for p in self.units.places.get(self._unit, [])
                if _in_sentence(p, self) and _locative(self.text, p.start, p.end)]

    @property
    def unit_times(self) -> list[TimeExpr]:
        """The article's time expressions in this sentence's unit."""
        return self.units.times.get(self._unit, [])

    @property
    def _unit(self) -> tuple[str, int]:
        return self.field, self.paragraph


def by_unit(items: list) -> dict[tuple[str, int], list]:
    """Items (quotations, events) by unit (field, paragraph), in their order: built once per article,
    so that a sentence looks only at its own unit's and a page of a thousand paragraphs stays linear."""
    out: dict[tuple[str, int], list] = {}
    for item in items:
        out.setdefault((item.field, item.paragraph), []).append(item)
    return out


@dataclass(frozen=True)
class UnitItems:
    """The article's quotations, times and places by unit, in article order (:func:`by_unit`)."""
    quotes: dict[tuple[str, int], list[Quote]]
    times: dict[tuple[str, int], list[TimeExpr]]
    places: dict[tuple[str, int], list[Place]]

    @classmethod
    def of(cls, article: Article) -> UnitItems:
        return cls(by_unit(article.quotes), by_unit(article.times), by_unit(article.places))


def to_ref(actor: Actor | None) -> Ref | None:
    if actor is None:
        return None
    agent = actor.agent if actor.agent != "-" else None
    return Ref(text=actor.text, entity=actor.entity, agent=agent, country=actor.country)


def named_ref(ref: Ref, entity: object | None) -> Ref:
    """A copy of another stage's participant whose text starts at the name (لشركة فيس بوك → شركة
    فيس بوك); the quotation keeps its own."""
    skip = proclitic_length(ref.text, entity)
    return replace(ref, text=ref.text[skip:]) if skip and ref.text[skip:].strip() else ref


def _in_sentence(item: object, ctx: SentenceContext) -> bool:
    return (getattr(item, "field", None) == ctx.field and getattr(item, "paragraph", None) == ctx.paragraph
            and ctx.start <= getattr(item, "start", -1) < ctx.end)


def _nearest(items: list, pos: int):
    return min(items, key=lambda x: abs(x.start - pos)) if items else None


def event_time(ctx: SentenceContext, pos: int) -> str | None:
    """The resolved value of the time expression nearest the predicate in its sentence."""
    best = _nearest(ctx.resolved_times, pos)
    return best.value if best else None


def _locative(text: str, start: int, end: int) -> bool:
    """Whether a place is introduced as a location (في البوكمال، بالبصرة، قرب حلب), not named as a
    participant or a modifier (تحت قيادة الولايات المتحدة، معاهدة جنيف). A country part named by two
    directions (سروج جنوب شرقي تركيا: the places stage's one mention) is placed by its first one, as
    جنوب places شرقي تركيا."""
    own = fold(text[start:end]).split()
    if len(own) > 2 and own[0] in LOCATIVES and own[1] in LOCATIVES:
        return True
    head = text[max(0, start - 12): start].split()
    word = fold(head[-1]) if head else ""
    at_word = start == 0 or text[start - 1].isspace()
    if not at_word:  # a clitic on the place itself: بالبصرة، وفي
        return fold(text[max(0, start - 2): start]).endswith(("ب", "وب", "فب"))
    return word in LOCATIVES


def event_place(ctx: SentenceContext, pos: int, actors: tuple[Actor | None, ...] = ()) -> str | None:
    """The name of the place nearest the predicate in its sentence; a place that is itself a
    participant (موسكو تتهم أميركا) is not where the event happened."""
    spans = [(a.start, a.end) for a in actors if a is not None]
    places = [p for p in ctx.locations if not any(s < p.end and p.start < e for s, e in spans)]
    best = _nearest(places, pos)
    return (best.name or best.text) if best else None


def claimant(ctx: SentenceContext, start: int) -> Ref | None:
    """The speaker of the quotation the predicate is reported in, if any."""
    for quote in ctx.units.quotes.get(ctx._unit, []):
        if quote.start <= start < quote.end:
            return quote.speaker
    return None


def code_event(ctx: SentenceContext, toks: list[Token], trig: Trigger, args: Arguments,
               negated: bool) -> Event:
    pred = trig.pred
    cameo = pred.cameo
    if pred.person_verbal and args.target is not None and args.target.entity_type == "PER":
        cameo = VERBAL_ATTACK
    cameo = context_code(toks, trig) or cameo  # هاجمت زميلتها عبر تويتر: criticism
    if pred.civil_riot and args.source is not None and args.source.agent in CIVILIANS:
        cameo = RIOT  # اقتحم المتظاهرون القنصلية: a violent protest, not an armed assault
    if cameo == SEIZE and args.target is not None and args.target.agent in PEOPLE:
        cameo = ARREST  # ضبط مواطنا: seizing a person is arresting him
    info = load_lexicon().info(cameo)
    start, end = toks[trig.first].start, toks[trig.last].end
    return Event(
        action=pred.lemma,
        cameo=cameo,
        field=ctx.field,
        paragraph=ctx.paragraph,
        start=start,
        end=end,
        sentence=ctx.text[ctx.start: ctx.end],
        plover=info.plover,
        quad=info.quad,
        goldstein=info.goldstein,
        source=to_ref(args.source),
        target=to_ref(args.target),
        when=event_time(ctx, start),
        where=event_place(ctx, start, (args.source, args.target)),
        negated=negated,
        claimed_by=claimant(ctx, start),
    )


def _cue_span(article: Article, quote: Quote) -> tuple[int, int] | None:
    """Where the quotation's cue is: the last occurrence before its content, else the first after."""
    text = article.unit(quote.field, quote.paragraph)
    before = text.rfind(quote.cue, 0, quote.start)
    at = before if before >= 0 else text.find(quote.cue, quote.end)
    return (at, at + len(quote.cue)) if at >= 0 and quote.cue else None


def attribution_only(cue: str) -> bool:
    """The cue is an attribution phrase (بحسب X، وفقا لما، نقلا عن) with no speech verb of its own: the
    quotation stands, but 'according to' is nobody's act of speaking."""
    words = cue.split()
    if not words:
        return False
    first = key(words[0])
    preps = class_keys("source_prep")
    if first not in preps and strip_conjunction(first) not in preps:
        return False
    return len(words) == 1 or lookup_cue(key(words[-1])) is None  # بحسب ما يوضح: the verb is the event


def quote_statements(article: Article, events: list[Event], sentences: dict) -> list[Event]:
    """Statements (CAMEO 010; denials 016) for quotations whose speaker the quotes stage found and whose cue is
    not already coded: reported speech is the commonest event in news."""
    lex = load_lexicon()
    out = []
    entities = {e.id: e for e in article.entities}
    unit_events = by_unit(events)
    for quote in article.quotes:
        has_word = any(ch.isalpha() for ch in quote.cue or "") and not attribution_only(quote.cue)
        span = _cue_span(article, quote) if quote.speaker and quote.speaker.text and has_word else None
        if span is None:
            continue
        start, end = span
        speaker = named_ref(quote.speaker, entities.get(quote.speaker.entity or ""))
        same = [e for e in unit_events.get((quote.field, quote.paragraph), []) if e.start < end and start < e.end]
        if same:
            for e in same:
                if e.source is None and _speaker_does(e, quote.cue, speaker):
                    e.source = speaker
            continue
        preds = analyse_word(quote.cue.split()[-1]) if quote.cue.split() else []
        if preds and not preds[0].speech:
            continue  # a coded predicate (تتهم): its own event
        toks, k = _cue_tokens(article, quote, start)
        if k + 1 < len(toks) and toks[k + 1].start == start and lacking(toks, k + 1):
            continue  # بدون كشف مكان الوفاة: no one spoke
        text = article.unit(quote.field, quote.paragraph)
        s_start, s_end = next(((s, e) for s, e in sentences.get((quote.field, quote.paragraph), [(0, len(text))])
                               if s <= start < e), (0, len(text)))
        code = preds[0].cameo if preds else "010"  # a denial (نفى، أنكر) stays a denial
        info = lex.info(code)
        out.append(Event(action=preds[0].lemma if preds else quote.cue, cameo=code, field=quote.field,
                         paragraph=quote.paragraph, start=start, end=end, sentence=text[s_start:s_end],
                         plover=info.plover, quad=info.quad, goldstein=info.goldstein, source=speaker,
                         when=quote.when, negated=_negated_cue(toks, k, s_start)))
    return out


def _speaker_does(event: Event, cue: str, speaker: Ref) -> bool:
    """Whether a quotation's speaker is the subject of the event coded at its cue: a statement's, or
    a ḥāl participle's (، داعيا الحكومة إلى) other than its target, whose clause the events stage
    read no subject in."""
    if event.cameo.startswith("01"):
        return True
    return hal_word(cue.split()[-1]) and (event.target is None or event.target.text != speaker.text)


def _negated_cue(toks: list[Token], k: int, s_start: int) -> bool:
    """Whether token ``k``, the one of the sentence (from ``s_start``) right before a quotation's cue
    (:func:`_cue_tokens`), negates it (ولم تكشف الشركة عن...).  Not ما: before a reporting verb it is
    mostly the relative (وفق ما نقلت، وهو ما جعله يؤكد)."""
    return k >= 0 and toks[k].start >= s_start and fold(toks[k].text) in _CUE_NEGATORS


def _cue_tokens(article: Article, quote: Quote, start: int) -> tuple[list[Token], int]:
    """The tokens of a quotation's unit and the index of the last one ending by its cue at ``start``."""
    toks = (article.annotations.get("tokens", {}).get((quote.field, quote.paragraph))
            or tokenize(article.unit(quote.field, quote.paragraph)))
    return toks, bisect_right(toks, start, key=lambda t: t.end) - 1
