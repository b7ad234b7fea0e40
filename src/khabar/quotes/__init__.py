"""The ``quotes`` stage: who said what, with cue, kind, channel and time.

Finders (``verbs``: speech verbs, participles, verbal nouns; ``nominal``: statements,
'according to', quotations followed by their verb, headline colons) propose candidates in
each text unit; they are attributed in reading order so that a verb without a subject
(وأضافت) can take the last speaker whose gender agrees (``speakers``; the words naming a
speaker with no entity in ``names``, a subject before its verb in ``fronted``).  Speakers and
channels point at the entities whose mentions they overlap, and fall back to the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from khabar.arabic.verbs import is_finite_verb
from khabar.model import Article, Mention, Quote, Ref
from khabar.quotes.candidate import Candidate
from khabar.quotes.charging import charged_object
from khabar.quotes.context import Unit, prepare_units
from khabar.quotes.continuation import continue_into, left_open, whole_quotation
from khabar.quotes.extent import speaker_like
from khabar.quotes.lexicon import ABOUT, ANY, MASC, PLURAL, in_class, key
from khabar.quotes.names import make_phrase
from khabar.quotes.nominal import (
    find_according_to,
    find_as_said,
    find_headline_colon,
    find_postposed,
    find_statements,
    source_before,
)
from khabar.quotes.sentence_subjects import (
    agrees,
    by_saying_subject,
    by_saying_verb_subject,
    clause_subject,
    narrated_subject,
    previous_sentence_subject,
    sentence_subject,
    written_subject,
)
from khabar.quotes.speakers import choose_entity, resolve
from khabar.quotes.tracker import Said, Speaker, Tracker
from khabar.quotes.verbs import find_verb_quotes

#: A deck sharing this share of its words with a body paragraph repeats the lead.
LEAD_COPY_OVERLAP = 0.75
#: Candidates whose contents overlap by more than this share of the shorter one are one quotation.
SAME_CONTENT_OVERLAP = 0.5


@dataclass
class Options:
    headline_colon: bool = True  # read "X: ..." in headlines and decks as X's words
    skip_lead_copies: bool = True  # a deck that repeats a body paragraph adds no quotation
    across_paragraphs: bool = True  # a quotation left open goes on in the next paragraphs


def run(article: Article, options: Options) -> Article:
    """Fill ``article.quotes`` from every unit in reading order, tracking speakers across units."""
    units = {(u.field, u.paragraph): u for u in prepare_units(article)}
    skipped = _lead_copies(list(units.values())) if options.skip_lead_copies else set()
    first_person, named_at = _first_person(article)
    tracker = Tracker()
    quotes: list[Quote] = []
    carry: _Carry | None = None
    every: dict[tuple[str, int], Unit] = {}

    def paragraph_before(field_name: str, paragraph: int) -> Unit | None:
        """The unit of the paragraph before; one with no cue word is built only when asked for."""
        found = units.get((field_name, paragraph - 1))
        if found is None and paragraph > 0 and not every:
            every.update({(u.field, u.paragraph): u for u in prepare_units(article, every=True)})
        return found or every.get((field_name, paragraph - 1))

    for order, (field_name, paragraph, text) in enumerate(article.units()):
        unit = units.get((field_name, paragraph))
        tracker.previous = partial(paragraph_before, field_name, paragraph)
        own: list[Quote] = []
        if unit is not None and (field_name, paragraph) not in skipped:
            for candidate in _candidates(unit, options):
                tracker.default = first_person if _named_by(unit, candidate, order, named_at) else None
                own.append(_attribute(unit, candidate, tracker, quotes + own))
        piece = _carried(carry, text, field_name, paragraph, own) if options.across_paragraphs else None
        quotes += ([piece[0]] if piece else []) + own
        carry = _Carry(own[-1], left_open(text, own[-1])) if own else (_Carry(*piece) if piece else None)
    article.quotes = quotes
    return article


def _named_by(unit: Unit, c: Candidate, order: int, named_at: tuple[int, int]) -> bool:
    """The article's first person, first named at ``named_at``, may speak for the candidate's verb
    without a subject: in a headline or deck, which sum up a story naming people later, and in the
    body once named, at the latest in the cue's own sentence (كشف عن المخطط الرئيس التنفيذي، فلان،);
    not a person the story names only later (أعلن، الأربعاء، عن وفاة ... opening a story)."""
    if unit.field != "body":
        return True
    end = unit.sentence_end(unit.token_at(c.cue_start))
    return (order, unit.tokens[end - 1].end if end > 0 else 0) >= named_at


@dataclass
class _Carry:
    """The last quotation of the paragraph before, and whether it is left open there."""

    quote: Quote
    open: bool


def _carried(carry: _Carry | None, text: str, field_name: str, paragraph: int,
             own: list[Quote]) -> tuple[Quote, bool] | None:
    """The piece of ``text`` that continues the quotation of the paragraph before, or that is a
    whole-paragraph quotation said by its speaker; None when a statement of its own covers it."""
    if carry is None or carry.quote.field != field_name or carry.quote.paragraph != paragraph - 1:
        return None
    found = continue_into if carry.open else whole_quotation
    piece = found(text, field_name, paragraph, carry.quote)
    if piece is None or any(q.start < piece[0].end and piece[0].start < q.end for q in own):
        return None
    return piece


def _candidates(unit: Unit, options: Options) -> list[Candidate]:
    as_said = list(find_as_said(unit))
    # ...، كما أكدت بعض المصادر: the words before the verb are its content, not a noun after it
    found = [c for c in find_verb_quotes(unit) if not any(a.cue_end == c.cue_end for a in as_said)]
    found += list(find_statements(unit)) + list(find_according_to(unit)) + as_said
    used = {span.open for span in unit.quotes for c in found if c.content_start - 1 <= span.open < c.content_end}
    found += list(find_postposed(unit, used))
    if options.headline_colon and unit.field in ("headline", "deck"):
        found += list(find_headline_colon(unit))
    found.sort(key=lambda c: (c.cue_start, c.content_start))
    kept: list[Candidate] = []
    for c in found:
        # a relative clause's report (واشنطن التي تطالب بـ...) stays inside the quotation holding it
        if not any((_same_content(c, k) or _reported_within(c, k)) and not (c.nested and not k.nested) for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.cue_start)


def _reported_within(inner: Candidate, outer: Candidate) -> bool:
    """A cue inside another quotation's content is part of what was reported."""
    return outer.content_start <= inner.cue_start < outer.content_end


def _same_content(a: Candidate, b: Candidate) -> bool:
    overlap = min(a.content_end, b.content_end) - max(a.content_start, b.content_start)
    shorter = min(a.content_end - a.content_start, b.content_end - b.content_start)
    return overlap > SAME_CONTENT_OVERLAP * shorter


def _attribute(unit: Unit, c: Candidate, tracker: Tracker, done: list[Quote]) -> Quote:
    speaker = _speaker(unit, c, tracker)
    if not c.nested:
        tracker.said = Said(unit.field, unit.paragraph, c.content_end, speaker)
    if speaker is not None and _document_only(speaker):
        tracker.statement_owner = speaker  # وأضاف التقرير: the document; وأضاف: whoever spoke before it
    elif speaker is not None and not _plain_words(unit, c, speaker):
        tracker.remember(speaker)
        if c.statement or _mentions_statement(unit, c):
            tracker.statement_owner = speaker
    when = _when(unit, c)
    if when is None and c.same_sentence and done and done[-1].field == unit.field \
            and done[-1].paragraph == unit.paragraph:
        when = done[-1].when
    return Quote(
        cue=unit.text[c.cue_start:c.cue_end], kind=c.kind,
        content=unit.text[c.content_start:c.content_end],
        field=unit.field, paragraph=unit.paragraph, start=c.content_start, end=c.content_end,
        speaker=speaker.ref if speaker else None, via=_via(unit, c, speaker), when=when,
        negated=_denied(unit, c),
    )


def _denied(unit: Unit, c: Candidate) -> bool:
    """The candidate's cue is a verb denied by the particle right before it (ولم يؤكد الوزير أن،
    لا يقول; ``cues.tsv`` denial): the quotation is kept, marked negated, as events mark a denied statement."""
    cue = unit.token_at(c.cue_start)
    return cue > 0 and unit.tokens[cue - 1].kind == "word" and unit.is_a(cue - 1, "denial")


def _speaker(unit: Unit, c: Candidate, tracker: Tracker) -> Speaker | None:
    if c.passive:
        return resolve(unit, c.phrase, c.gender, tracker) if c.phrase is not None else None
    if c.statement:
        if c.owner_phrase is not None:
            return resolve(unit, c.owner_phrase, ANY, tracker)
        return tracker.statement_owner or tracker.last(ANY)
    if c.same_sentence or c.phrase is None:
        cue = unit.token_at(c.cue_start)
        source = source_before(unit, cue, c.gender == MASC) if c.same_sentence else None
        if source is not None:  # بحسب ما أعلنه وكيل أعماله X، مشيرا: the source goes on
            found = resolve(unit, source, c.gender, tracker)
            if found is None or agrees(unit, found, c.gender, source.start):
                return found
        by_saying = unit.is_a(cue, "by_saying")
        own = by_saying_verb_subject(unit, cue, tracker) if by_saying else None
        if own is not None:  # وهو ما أكد عليه X بقوله: the verb's own subject, not who spoke before it
            return own
        subject = (by_saying and by_saying_subject(unit, cue, tracker)) or sentence_subject(unit, cue, tracker)
        if subject is None and c.same_sentence and _said_before_in_sentence(unit, cue, ANY, tracker.said) is None:
            subject = clause_subject(unit, cue, c.gender, tracker)  # حيث قدم الوزير ...، مشددا: the clause's subject
        if subject is None and 0 < cue == unit.sentence_start(cue):
            # وأعلن الوزير ... . مشيدا بما: a participle opening a sentence goes on with the one before,
            # its speaker, or its opening verb's named subject (وافتتح الأمير خالد المعرض. داعيا)
            subject = _said_before_in_sentence(unit, cue - 1, c.gender, tracker.said)
            if subject is None:
                subject = sentence_subject(unit, cue - 1, tracker)
                subject = subject if _named(subject) else None
        before = _said_before_in_sentence(unit, cue, c.gender, tracker.said) if c.same_sentence else None
        if before is not None and (before.ref is None or before.ref.entity or not _named(subject)) \
                and (before is tracker.statement_owner or any(s is before for s in tracker.history)):
            # إلا أن المصدر يقول إن ...، مشيرا: the speaker of the statement it goes on with — but a
            # named subject opening the sentence over words that name no one (وصف اليوم الأحد الرئيس X),
            # and words not remembered as anyone (_plain_words) are not gone on with
            return before
        if subject is not None and not agrees(unit, subject, c.gender, written_subject(unit, subject, cue)):
            subject = None  # حث الحكومة على ...، مؤكدا: a feminine body is no subject of a masculine verb
        if subject is None and not c.same_sentence and cue == unit.sentence_start(cue):
            subject = _narrated_before(unit, cue, c.gender, tracker)
        # the article's first person is one: no subject of a plural verb (واعتبروا أن) never named
        return subject or tracker.last(c.gender) or (tracker.default if c.gender != PLURAL else None)
    charged = charged_object(unit, c)
    if charged is not None:  # اتهمت الدوحة بدعم: the object; وصف زعيم القاعدة أمريكا بأنها: the words before it
        phrase = make_phrase(unit, c.phrase.start, charged)
        if phrase is not None:
            return resolve(unit, phrase, c.gender, tracker)
        subject = sentence_subject(unit, unit.token_at(c.cue_start), tracker)  # كان ترمب قد وصف ترودو بأنه
        if subject is not None and subject.ref is not None and subject.ref.text not in c.phrase.words:
            return subject
        return tracker.last(c.gender)
    found = resolve(unit, c.phrase, c.gender, tracker, c.phrase_window_end)
    if found is not None and unit.tokens[c.phrase.start].start >= c.cue_end and not _relayed_source(unit, c) \
            and not agrees(unit, found, c.gender, c.phrase.start):
        return tracker.last(c.gender)  # وناشد وزارة الصحة بأن ...: the ministry is the object, the subject unwritten
    return found


def _narrated_before(unit: Unit, cue: int, gender: str, tracker: Tracker) -> Speaker | None:
    """For a verb with no subject opening its sentence (وقالت أيضا إنها): the named subject of the
    last agreeing verb of the sentence before, in its paragraph or ending the paragraph before
    (وقررت الحكومة السماح بـ...), when no quotation was said since that sentence opened."""
    said = tracker.said
    if cue > 0:
        start = unit.sentence_start(unit.sentence_start(cue) - 1)
        if said is not None and (said.field, said.paragraph) == (unit.field, unit.paragraph) \
                and said.content_end > unit.tokens[start].start:
            return None
        return previous_sentence_subject(unit, cue, gender, tracker)
    before = tracker.previous() if tracker.previous is not None else None
    if before is None or (before.field, before.paragraph) != (unit.field, unit.paragraph - 1) or not before.tokens:
        return None
    if said is not None and (said.field, said.paragraph) == (unit.field, unit.paragraph):
        return None
    if said is not None and (said.field, said.paragraph) == (before.field, before.paragraph):
        start = before.sentence_start(len(before.tokens) - 1)
        if said.content_end > before.tokens[start].start:
            return None
    return narrated_subject(before, gender, tracker)


def _relayed_source(unit: Unit, c: Candidate) -> bool:
    """The speaker is the source after عن of a relaying verb (ونقل موقع كورة عن صحيفة X أن): the
    verb agrees with its channel, not with the source."""
    return c.via is not None and c.phrase is not None and c.phrase.start > 0 \
        and unit.bare(c.phrase.start - 1) == ABOUT


def _named(speaker: Speaker | None) -> bool:
    return speaker is not None and speaker.ref is not None and speaker.ref.entity is not None


def _said_before_in_sentence(unit: Unit, cue: int, gender: str, said: Said | None) -> Speaker | None:
    """The speaker of the quotation just before the cue in its own sentence (وقال فلان إن ...،
    مشيرا), when the genders agree: a participle goes on with that statement, whoever opened the
    sentence (ولم تتمكن الصحيفة من ...، إلا أن المصدر يقول إن ...، مشيرا → the source)."""
    if said is None or said.speaker is None or (said.field, said.paragraph) != (unit.field, unit.paragraph):
        return None
    if not unit.tokens[unit.sentence_start(cue)].start <= said.content_end <= unit.tokens[cue].start:
        return None
    if ANY not in (gender, said.speaker.gender) and gender != said.speaker.gender and not (
            gender == PLURAL and said.speaker.ref is not None and said.speaker.ref.entity is None):
        # واعترف قادة العالم بأن ...، مؤكدين: a verb before its subject is singular whatever the
        # subject, so a plural participle goes on with an unnamed group's statement (not a named
        # person's: وقال ماكرون ...، مؤكدين)
        return None
    return said.speaker


#: Word classes no speaker's name holds: a clause's lead (عندما، حيث), a preposition with a pronoun
#: (فيها، لهم), a relative or demonstrative (الذي، هذا), a clause boundary (فيما).
_NO_NAME_CLASSES = ("verb_lead", "adjunct", "relative", "boundary")
#: Plural pronoun suffixes: a lone word with one (خفاياهم، منهم، أحدهم) is no one's name.
_THEIR = ("هم", "هما", "هن")


def _plain_words(unit: Unit, c: Candidate, speaker: Speaker) -> bool:
    """The speaker is words the text wrote before or after the cue that name no one: no entity,
    no title, source, statement or medium, and one word with a plural pronoun (وكشف خفاياهم لأنهم),
    or words holding a clause's function word (وسلم عندما قال) or a verb after the first.  Such a
    speaker keeps its quotation but is not remembered: verbs without a subject after it take the
    speaker named before.  A lone noun may name one (وقال واشٍ، عمل مع الشركة، إنه)."""
    if speaker.ref is None or speaker.ref.entity is not None or c.phrase is None or speaker_like(unit, c.phrase):
        return False
    words = range(c.phrase.start, c.phrase.end)
    if len(words) == 1 and unit.tokens[c.phrase.start].text.endswith(_THEIR):
        return True
    return any(unit.is_a(j, cls) for j in words for cls in _NO_NAME_CLASSES) \
        or any(is_finite_verb(unit.tokens[j].text) for j in words[1:])


def _document_only(speaker: Speaker) -> bool:
    """The speaker is a document whose owner is not named (تقرير حديث، بيان حكومي): later verbs
    without a subject are not its words, but a later التقرير is that document."""
    if speaker.ref is None or speaker.ref.entity is not None or not speaker.ref.text:
        return False
    return in_class("statement_noun", key(speaker.ref.text.split()[0]))


def _mentions_statement(unit: Unit, c: Candidate) -> bool:
    """قال العبادي في بيان له إن ...: the speaker issued a statement a later البيان refers to."""
    if c.when_span is None:
        return False
    start, end = c.when_span
    return any(in_class("statement_noun", unit.bare(j)) for j in range(unit.token_at(start), unit.token_at(end)))


def _when(unit: Unit, c: Candidate) -> str | None:
    if c.when_span is None:
        return None
    for t in unit.times_in(*c.when_span):
        if t.value and not (c.content_start <= t.start < c.content_end):
            return t.value
    for j in range(unit.token_at(c.when_span[0]), unit.token_at(c.when_span[1])):
        if unit.keys[j] in unit.time_words and not (c.content_start <= unit.tokens[j].start < c.content_end):
            return unit.time_words[unit.keys[j]]
    return None


def _via(unit: Unit, c: Candidate, speaker: Speaker | None) -> Ref | None:
    """The channel the words went through; not the speaker itself, whom a document's ل named
    (وأوضح بيان للداخلية: the ministry speaks, through no outlet)."""
    if c.via is None:
        return None
    start, end = c.via
    first, last = unit.token_at(start), unit.token_at(end - 1)
    mention = choose_entity(unit, first, last + 1)
    if mention is not None and speaker is not None and speaker.ref is not None and speaker.ref.entity == mention.entity:
        return None
    return Ref(text=unit.text[start:end], entity=mention.entity if mention else None)


def _first_person(article: Article) -> tuple[Speaker | None, tuple[int, int]]:
    """The first person the article names: the subject of verbs whose speaker it never gives.  Not
    a reporter named only in a credit line (عبدالرحمن الشهري – عسير), who reports and says nothing.
    With it, where it is first named: (reading order of the unit, offset); (-1, 0) when only in a
    field no quotation is read in."""
    for entity in article.entities:
        if entity.type == "PER" and entity.mentions \
                and not all(_credit_line(article, m) for m in entity.mentions):
            order = {(f, p): n for n, (f, p, _) in enumerate(article.units())}
            named_at = min(((order[(m.field, m.paragraph)], m.start) for m in entity.mentions
                            if (m.field, m.paragraph) in order), default=(-1, 0))
            return Speaker(Ref(text=entity.mentions[0].text, entity=entity.id), ANY, ""), named_at
    return None, (-1, 0)


#: Marks that part a credit line's name from its place or outlet (فلان – الرياض، فلان / جدة).
_CREDIT_SEPARATORS = ("–", "-", "—", "/", "|", "،", ",")
#: Most words after the separator of a credit line (a place, an outlet: القاهرة، عسير، وكالات).
MAX_CREDIT_TAIL_WORDS = 3


def _credit_line(article: Article, mention: Mention) -> bool:
    """The mention opens a unit that holds only it, or it, a separator and a place or outlet of a
    few words: the line naming the reporter, no sentence."""
    value = getattr(article, mention.field, None)
    text = value[mention.paragraph] if isinstance(value, list) else value
    if not isinstance(text, str) or text[:mention.start].strip():
        return False
    rest = text[mention.end:].strip()
    if not rest:
        return True
    return rest[0] in _CREDIT_SEPARATORS and len(rest[1:].split()) <= MAX_CREDIT_TAIL_WORDS


def _lead_copies(units: list[Unit]) -> set[tuple[str, int]]:
    decks = [u for u in units if u.field == "deck"]
    if not decks:
        return set()  # most articles: no deck read, so no body paragraph's words are gathered
    body = [set(u.keys) for u in units if u.field == "body"]
    out = set()
    for unit in decks:
        words = set(unit.keys)
        if words and any(len(words & b) >= LEAD_COPY_OVERLAP * len(words) for b in body):
            out.add((unit.field, unit.paragraph))
    return out
