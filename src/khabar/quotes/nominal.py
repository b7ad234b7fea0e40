"""Attributions without a speech verb before the content.

    وجاء في بيان لوزارة الدفاع "..."          a statement and its owner
    ...، وفقا لبيان صادر عن X.                'according to' after the content
    وحسب مصادر مطلعة فإن ...                  'according to' before the content
    "..."، قالت الوزارة.                      a speech verb after a quotation
    ...، كما قال المرصد.                      'as X said' closing the sentence
    العبادي: حرق مخازن ...                    a headline naming its speaker before a colon
"""

from __future__ import annotations

from collections.abc import Iterator

from khabar.quotes.candidate import Candidate, content_kind, content_of, make_candidate
from khabar.quotes.channels import channel_phrase
from khabar.quotes.clauses import content_end, find_opener
from khabar.quotes.context import COMMA, Unit
from khabar.quotes.cue_shapes import complementizer
from khabar.quotes.extent import phrase_end, speaker_like
from khabar.quotes.lexicon import ANY, KAMA, THING_SUFFIXES, in_class, key, lookup_cue
from khabar.quotes.marks import QuoteSpan
from khabar.quotes.names import LAM_APART, QUOTE_MARKS, SpeakerPhrase, article_less, make_phrase, names_outlet
from khabar.quotes.noun_phrases import publisher_after, publisher_start, publishing_verb
from khabar.quotes.relatives import in_relative_clause
from khabar.quotes.verb_subjects import apposition_end, time_end

_TO = key("إلى")
_AMONG = key("بين")
#: Headline speakers are short (words, not the marks of a quoted outlet name).
MAX_HEADLINE_SPEAKER = 7


def find_statements(unit: Unit) -> Iterator[Candidate]:
    """وجاء في بيان (لـX | صادر عن X) ... / وورد في بيان ..."""
    for i in unit.cues:
        if i + 2 >= len(unit.tokens) or not in_class("statement_verb", unit.bare(i)) or unit.bare(i + 1) != "في":
            continue
        if not in_class("statement_noun", unit.bare(i + 2)) or unit.quote_at(i):
            continue
        if i > 0 and unit.phrase_at(i - 1, "source_prep", 1):
            continue  # حسبما جاء في بيان: a channel, handled with the source prepositions
        stop = unit.sentence_end(i)
        opener = find_opener(unit, i + 3, stop)
        if opener is None:
            continue
        owner = _owner(unit, i + 3, opener.token)
        publisher = publisher_start(unit, i + 2, opener.token) if owner is None else None
        if publisher is not None:  # وجاء في تصريح نشره عبدالمهدي في صفحته أنه: the one who issued it
            owner = make_phrase(unit, publisher, phrase_end(unit, publisher, opener.token))
        via = _relayed_by(unit, i + 3, opener.token)
        content, kind = content_of(unit, opener)
        cue = (unit.tokens[i].start, unit.tokens[i + 2].end)
        found = make_candidate(unit, cue, content, kind, ANY, owner_phrase=owner, via=via, statement=True,
                               when_span=(cue[0], opener.content_start))
        if found is not None:
            yield found


def _owner(unit: Unit, start: int, stop: int) -> SpeakerPhrase | None:
    """The issuer after a statement noun: لوزارة الدفاع، صادر عن الوزارة، للرئاسة، الذي نشره الجيش."""
    if start >= stop:
        return None
    publisher = publisher_after(unit, start, stop)
    if publisher is not None:  # وجاء في البيان الذي نشره الجيش أن: the army
        return make_phrase(unit, publisher, phrase_end(unit, publisher, stop))
    k = unit.bare(start)
    if k in ("صادر", "الصادر") and start + 1 < stop and unit.bare(start + 1) == "عن":
        return make_phrase(unit, start + 2, phrase_end(unit, start + 2, stop))
    if k.startswith("ل") and k not in ("له", "لها", "لهم") and len(k) > 2:
        end = start + 1
        while end < stop and unit.tokens[end].kind == "word" and not in_class("channel_verb", unit.keys[end]) \
                and not lookup_cue(unit.keys[end]) and not in_class("adjunct", unit.bare(end)):
            end += 1
        phrase = make_phrase(unit, start, end)
        if phrase is not None:
            phrase.words = without_lam(phrase.words)
        return phrase
    return None


def _relayed_by(unit: Unit, start: int, stop: int) -> tuple[int, int] | None:
    for j in range(start, stop):
        if in_class("channel_verb", unit.keys[j]) or in_class("channel_verb", unit.bare(j)):
            end = phrase_end(unit, j + 1, stop)
            if end > j + 1:
                return unit.tokens[j + 1].start, unit.tokens[end - 1].end
    return None


#: 'and that (was)', resuming the whole sentence before a source named after it (، وذلك حسبما قالت X).
_THAT = key("وذلك")


def _comma_before_that(unit: Unit, start: int, i: int) -> int | None:
    """The comma before وذلك right before token ``i`` (...، وذلك بحسب X): the words before the comma
    are the content, as when the source follows the comma itself; None otherwise."""
    return i - 2 if i - 2 > start and unit.keys[i - 1] == _THAT and unit.is_punct(i - 2, COMMA) else None


def find_according_to(unit: Unit) -> Iterator[Candidate]:
    """بحسب / وفقا ل / نقلا عن X, before or after the content, with no speech verb in the sentence."""
    for i in unit.cues:
        tok = unit.tokens[i]
        if tok.kind != "word" or unit.quote_at(i) or not _source_prep(unit, i):
            continue
        start = unit.sentence_start(i)
        stop = unit.sentence_end(i)
        if _has_verb_cue(unit, start, stop):
            continue
        source_start = _source_phrase_start(unit, i + 1, stop)
        cue = (tok.start, unit.tokens[source_start - 1].end if source_start > i + 1 else tok.end)
        stated = any(unit.bare(j) in ("صادر", "الصادر") or _in_named_statement(unit, j, stop)
                     for j in range(i + 1, source_start))  # لبيان صادر عن X، ما جاء في بيان X
        comma = i - 1 if i > start and unit.is_punct(i - 1, COMMA) else _comma_before_that(unit, start, i)
        quoted = _quotation_before(unit, i) if comma is None else None
        if quoted is not None:  # "..." بحسب ما نقلت الوكالة: the quotation is the source's words
            phrase = _source_phrase(unit, source_start, stop)
            if phrase is None or not (stated or speaker_like(unit, phrase)) or _statement_itself(unit, phrase):
                continue
            found = make_candidate(unit, cue, quoted.inner, "direct", ANY, phrase=phrase,
                                   phrase_window_end=_named_apposition_end(unit, phrase.end, stop), when_span=None)
        elif comma is not None:
            phrase = _source_phrase(unit, source_start, stop)
            if phrase is None or not (stated or speaker_like(unit, phrase)):
                continue
            begin = unit.tokens[start].start
            found = make_candidate(unit, cue, (begin, unit.tokens[comma].start), "indirect", ANY, phrase=phrase,
                                   phrase_window_end=_named_apposition_end(unit, phrase.end, stop), when_span=None)
        elif i == start or unit.keys[start] in ("و",):
            end = source_start
            while end < stop and not unit.is_punct(end, COMMA) and not complementizer(unit, end):
                end += 1
            if end >= stop:
                continue
            phrase = _source_phrase(unit, source_start, end)
            if phrase is None or not (stated or speaker_like(unit, phrase)):
                continue
            begin_tok = end + 1
            if begin_tok >= stop:
                continue
            begin = unit.tokens[begin_tok].start
            found = make_candidate(unit, cue, (begin, content_end(unit, begin)), "indirect", ANY,
                                   phrase=phrase)
        else:
            continue
        if found is not None:
            yield found


#: Fewest words of a quotation an 'according to' right after it takes as its content: fewer are a
#: quoted name or term inside the sentence ("نيكي" حسبما أعلن، وضع "إنساني مأساوي" وفق ما قال).
MIN_QUOTED_WORDS = 3


def _quotation_before(unit: Unit, i: int) -> QuoteSpan | None:
    """The quotation whose closing mark stands right before 'according to' at ``i`` with no comma
    ("..." وفق ما جاء في بيان للهيئة), when it is long enough to be someone's words; not before a
    conjoined one (". " وبحسب الوزارة، فإن: a new sentence) nor 'in his words' (حسب تعبيره: the
    words of a speaker named before)."""
    if i == 0 or not in_class("source_prep", unit.keys[i]) or unit.tokens[i - 1].text not in QUOTE_MARKS:
        return None
    if i + 1 < len(unit.tokens) and unit.is_a(i + 1, "own_words_noun"):
        return None
    mark = unit.tokens[i - 1].start
    span = next((s for s in unit.quotes if s.depth == 0 and s.closed and s.close == mark), None)
    if span is None or len(unit.text[span.open + 1:span.close].split()) < MIN_QUOTED_WORDS:
        return None
    return span


def _statement_itself(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The source ends in a definite statement noun (حسب نص البيان، وفق البيان): the statement
    named before, not who issued it."""
    last = unit.bare(phrase.end - 1)
    return last.startswith("ال") and in_class("statement_noun", article_less(last))


#: Most tokens from 'according to' to the comma before a participle that goes on with its source.
MAX_SOURCE_BEFORE_PARTICIPLE = 16


#: The feminine ending of a noun heading a source (قناة، صحيفة), which a masculine participle never goes on with.
_TA_MARBUTA = "ة"


def source_before(unit: Unit, cue: int, masculine: bool = False) -> SpeakerPhrase | None:
    """The source of 'according to what X said' ending right before the comma before the participle
    at token ``cue`` (بحسب ما أعلنه وكيل أعماله X، مشيرا إلى أن → X; بحسب ما نشرته صحيفة "لوموند"،
    مشيرة → the paper): the participle is that source's next words, not the sentence subject's.  Only
    after a speech or publishing verb (not وفق ما هو متاح، وفق ما ورد في التعميم) and a source that can
    name a speaker, headed by no noun in ة for a ``masculine`` participle; None otherwise."""
    if cue < 3 or not unit.is_punct(cue - 1, COMMA):
        return None
    start = max(unit.sentence_start(cue), cue - 1 - MAX_SOURCE_BEFORE_PARTICIPLE)
    for i in range(cue - 2, start - 1, -1):
        if unit.tokens[i].kind != "word" and unit.tokens[i].text not in QUOTE_MARKS:
            return None  # a comma or a mark between: another clause
        span = unit.quote_at(i)
        if span is not None and len(unit.text[span.open:span.close].split()) >= MIN_QUOTED_WORDS:
            return None  # بحسب ما نقلت عنه قناة X "وصول قوات ..."، مضيفا: the quotation is what was said
        if not _source_prep(unit, i):
            continue
        source_start = _source_phrase_start(unit, i + 1, cue - 1)
        if not any(unit.cue_form(k) is not None or _cue_with_object(unit, k) or publishing_verb(unit, k, object_pronoun=True)
                   for k in range(i + 1, source_start)):
            return None
        phrase = _source_phrase(unit, source_start, cue - 1)
        if phrase is None or not speaker_like(unit, phrase) or (
                masculine and unit.tokens[phrase.start].text.endswith(_TA_MARBUTA)):
            return None  # ...، مضيفا after قناة X: the channel is not the one adding
        return phrase
    return None


def _source_prep(unit: Unit, i: int) -> bool:
    k = unit.keys[i]
    return in_class("source_prep", k) or (k.startswith("و") and in_class("source_prep", k[1:]))


def _source_phrase_start(unit: Unit, j: int, stop: int) -> int:
    """The first token of the source after 'according to': skip ل/عن/ما (وفقا لـ، نقلا عن،
    بحسب ما), the verb with the pronoun its preposition takes for ما (source_resumptive: بحسب ما أفاد
    به X، وفق ما أشار إليه X) and a statement noun with its issuer link (وفقا لبيان صادر عن X، وفق تقرير نشرته X،
    وفقا للتقرير الذي أصدرته X → X)."""
    what = j > 0 and unit.bare(j - 1).endswith("ما")  # حسبما أعلنت X: 'what' written on the preposition
    while j < stop and (what or unit.bare(j) in ("ل", "لـ", "عن", "ما", "لما")):
        j += 0 if what else 1
        what = False
        j = _past_statement_verb(unit, j, stop)  # ورد في: not the verb رد 'reply' with و
        while j < stop and (unit.cue_form(j) is not None or _cue_with_object(unit, j) or unit.is_a(j, "adjunct")
                            or unit.is_a(j, "source_resumptive")
                            or unit.times_in(unit.tokens[j].start, unit.tokens[j].end)):
            j += 1  # بحسب ما أعلن الخميس مصدر قضائي، وفقا لما أعلنه X، بحسب ما أفاد به مصدر أمني
        j = _past_statement_verb(unit, j, stop)
    if j < stop:
        k = unit.keys[j]
        if in_class("statement_noun", k[1:] if k.startswith("ل") and len(k) > 3 else k):
            nxt = j + 1
            if nxt < stop and unit.bare(nxt) in ("صادر", "الصادر"):
                nxt += 1
            if nxt < stop and unit.bare(nxt) == "عن":
                nxt += 1
            if nxt < stop and publishing_verb(unit, nxt, object_pronoun=True):
                nxt += 1  # وفق تقرير نشرته صحيفة X → صحيفة X
            elif nxt < stop and (publisher := publisher_after(unit, nxt, stop)) is not None:
                nxt = publisher  # وفقا للتقرير الذي أصدرته الوزارة → الوزارة
            if nxt < stop:
                j = nxt
    return j


def _past_statement_verb(unit: Unit, j: int, stop: int) -> int:
    """Past 'it came / was stated in' after 'according to what' (وفق ما جاء في بيان للوزارة، بحسب
    ما ورد في تقرير X): the statement noun after في leads to the source."""
    if j + 2 < stop and unit.is_a(j, "statement_verb") and unit.bare(j + 1) == "في":  # ورد: bare رد
        return j + 2
    return j


def _in_named_statement(unit: Unit, j: int, stop: int) -> bool:
    """Token ``j`` opens 'it came in a statement of X' (جاء في بيان للوزارة، ورد في بلاغ الشرطة): an
    indefinite statement noun heads its issuer, unlike a definite one and its adjective (في الإحصائيات الرسمية)."""
    noun = _past_statement_verb(unit, j, stop)
    return noun > j and in_class("statement_noun", unit.bare(noun)) and not unit.bare(noun).startswith("ال")


def _cue_with_object(unit: Unit, j: int) -> bool:
    """A speech verb with the pronoun of 'what' it reports (أعلنه، أعلنتها)."""
    k = unit.keys[j]
    return any(k.endswith(suffix) and len(k) > len(suffix) + 2 and lookup_cue(k[:-len(suffix)]) is not None
               for suffix in THING_SUFFIXES)


def _source_phrase(unit: Unit, start: int, stop: int) -> SpeakerPhrase | None:
    """The source after 'according to', without a leading ل (لضابط أمن → ضابط أمن); a relative
    clause stays in it when what it qualifies names no source (المعلومات التي نشرتها الوزارة)."""
    if start >= stop:
        return None
    phrase = make_phrase(unit, start, phrase_end(unit, start, stop))
    if phrase is not None and not speaker_like(unit, phrase):  # بحسب المعلومات التي نشرتها الوزارة
        phrase = make_phrase(unit, start, phrase_end(unit, start, stop, relative_ends=False))
    if phrase is not None and unit.keys[start].startswith("ل") and len(unit.keys[start]) > 3:
        phrase.words = without_lam(phrase.words)
    return phrase


#: Most title words before a person's name in a comma-set apposition (عقيد أركان حرب تامر الرفاعي).
MAX_TITLE_WORDS = 4


def _named_apposition_end(unit: Unit, j: int, stop: int) -> int | None:
    """End of a comma-set apposition naming the source (حسب بيان المتحدث العسكري، العقيد فلان،)
    when it opens with a title or a person's name; None when what follows the comma is another
    adjunct (بحسب ما قاله متحدث باسمها، دون الكشف عن السبب)."""
    if j + 1 >= stop or not unit.is_punct(j, COMMA):
        return None
    end = apposition_end(unit, j, stop)
    first, last = unit.tokens[j + 1].start, unit.tokens[min(j + MAX_TITLE_WORDS, end - 1)].start
    if not (unit.is_a(j + 1, "title") or any(m.type == "PER" for m in unit.starting_in(first, last))):
        return None
    return end


def without_lam(words: str) -> str:
    """Words without the preposition ل written on them: للوزارة → الوزارة, لـCNN → CNN."""
    if words.startswith("لل"):
        return "ا" + words[1:]
    return words[1:].lstrip("ـ") if words.startswith("ل") else words


#: Most tokens between a verb that reports only with a complementizer and that complementizer.
COMPLEMENTIZER_REACH = 6


def _has_verb_cue(unit: Unit, start: int, stop: int) -> bool:
    """A speech verb reports in the sentence: 'according to' there names its channel, not a quotation
    of its own.  A verb that reports only with a complementizer (nominal c: أوصى، بين) counts only with
    one a few words after it (not أوصت الوزارة المكتب بتغيير ...، وفق ما ذكرت X; بين البلدين)."""
    for j in range(start, stop):
        form = unit.cue_form(j)
        if form is not None and form.kind == "verb" and not unit.quote_at(j) and not unit.keys[j].startswith("ال") \
                and not in_relative_clause(unit, j) and _past_statement_verb(unit, j, stop) == j \
                and (form.nominal != "c" or any(complementizer(unit, k) for k in
                                                range(j + 1, min(stop, j + 1 + COMPLEMENTIZER_REACH)))):
            return True
    return False


def find_postposed(unit: Unit, used: set[int]) -> Iterator[Candidate]:
    """"..."، قال X — a quotation followed by its speech verb and speaker."""
    for span in unit.quotes:
        if span.depth or not span.closed or span.open in used:
            continue
        inner = unit.text[span.open + 1:span.close]
        if len(inner.split()) < 3:
            continue
        j = first = unit.token_at(span.close + 1)
        while j < len(unit.tokens) and unit.tokens[j].kind == "punct" and unit.tokens[j].text in COMMA:
            j += 1
        if j < len(unit.tokens) and (lead := unit.phrase_at(j, "postposed_lead", 3)):
            j += lead  # "..."، هكذا قال X: the adverb of manner stands between the quotation and its verb
        if j >= len(unit.tokens):
            continue
        form = unit.cue_form(j)
        if form is None or form.kind != "verb" or (j == first and form.cls != "say") or form.nominal == "c":
            continue
        stop = unit.sentence_end(j)
        end = phrase_end(unit, j + 1, stop)
        found = make_candidate(unit, (unit.tokens[j].start, unit.tokens[j].end), span.inner, "direct",
                               form.gender, phrase=make_phrase(unit, j + 1, end),
                               when_span=(unit.tokens[j].start, unit.tokens[min(stop, len(unit.tokens)) - 1].end))
        if found is not None:
            yield found


#: Classes of the verbs that may close a sentence as 'as X said' (كما قال، كما أعلنت، كما يرى).
_AS_SAID_CLASSES = ("say", "assert", "report", "announce", "opine")


def find_as_said(unit: Unit) -> Iterator[Candidate]:
    """...، كما قال X. — 'as X said' closing a sentence after a comma: the words of the sentence
    before it are X's (ونزح 1200 شخص من درعا، كما قال المرصد؛ ...، كما قالت الخميس مصادر قضائية).
    Only when the speaker names someone and nothing but how or where it was said follows it (not
    كما أوضح، في مقابلة، أن ...: 'also', with its own content; not كما قال المتشددون بفخر، في يد:
    an aside inside the sentence), and when no speech verb of the sentence has its words."""
    for i in unit.cues:
        form = unit.cue_form(i)
        if form is None or form.kind != "verb" or form.cls not in _AS_SAID_CLASSES or i < 3 \
                or unit.keys[i - 1] != KAMA or not unit.is_punct(i - 2, COMMA) or unit.quote_at(i):
            continue
        start, stop = unit.sentence_start(i), unit.sentence_end(i)
        if i - 2 <= start or _has_verb_cue(unit, start, i - 2):
            continue
        subject = time_end(unit, i + 1, stop)
        end = phrase_end(unit, subject, stop)
        phrase = make_phrase(unit, subject, end)
        if phrase is None or not _names_speaker(unit, phrase) or any(
                complementizer(unit, j) or unit.is_punct(j, {*COMMA, ":"}) or unit.opens_quote(j)
                or unit.cue_form(j) is not None for j in range(subject, stop)):
            continue
        begin, finish = unit.tokens[start].start, unit.tokens[i - 3].end
        found = make_candidate(unit, (unit.tokens[i - 1].start, unit.tokens[i].end), (begin, finish),
                               content_kind(unit, begin, finish, False), form.gender, phrase=phrase,
                               when_span=(unit.tokens[i].start, unit.tokens[stop - 1].end))
        if found is not None:
            yield found


def _names_speaker(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The phrase names a speaker (:func:`speaker_like`), or an unnamed source, a medium or a
    title with the article (المصادر، الصحيفة، المسؤول); not a saying (المثل); after a part of a
    group (partitive: بعض، عدة) the group decides (بعض المصادر, not بعض الحكايات)."""
    if unit.is_a(phrase.start, "partitive"):
        rest = make_phrase(unit, phrase.start + 1, phrase.end)
        return rest is not None and _names_speaker(unit, rest)
    head = article_less(unit.bare(phrase.start))
    return speaker_like(unit, phrase) or any(in_class(cls, head) for cls in _SPEAKER_HEADS)


#: Classes of the heads of phrases naming a speaker with the article (المصادر، الصحيفة).
_SPEAKER_HEADS = ("anonymous", "media_noun", "title", "spokesperson")


def find_headline_colon(unit: Unit) -> Iterator[Candidate]:
    """X: content, in headlines and decks, where X names a speaker (not a place or topic)."""
    for i in unit.cues:
        tok = unit.tokens[i]
        if tok.kind != "punct" or tok.text != ":" or unit.quote_at(i):
            continue
        start = i - 1
        while start >= 0 and (unit.quote_at(start) is not None  # لـ"العربية.نت": a mark in a quoted name
                              or not unit.is_punct(start, {".", "..", "...", "…", "|", "!", "؟", "?"})):
            start -= 1
        start += 1
        if not 0 < sum(unit.tokens[j].kind == "word" for j in range(start, i)) <= MAX_HEADLINE_SPEAKER:
            continue
        phrase = _headline_speaker(unit, start, i)
        if phrase is None:
            continue
        begin = unit.tokens[i].end
        end = _segment_end(unit, i + 1)
        nxt = unit.token_at(begin)
        span = unit.opens_quote(nxt) if nxt < len(unit.tokens) else None
        content = span.inner if span is not None and span.close >= end - 1 else (begin, end)
        if len(unit.text[content[0]:content[1]].split()) < 2:
            continue
        via = channel_phrase(unit, phrase.end, i)  # X للعربية: the outlet X spoke to
        found = make_candidate(unit, (tok.start, tok.end), content, "direct", ANY, phrase=phrase, via=via)
        if found is not None:
            yield found


def _segment_end(unit: Unit, j: int) -> int:
    while j < len(unit.tokens) and not unit.is_punct(j, {"..", "...", "…", "|"}) \
            and not (unit.is_punct(j, {"."}) and j + 1 < len(unit.tokens) and unit.is_punct(j + 1, {"."})):
        j += 1
    return unit.tokens[j - 1].end if j > 0 else 0


def _headline_speaker(unit: Unit, start: int, stop: int) -> SpeakerPhrase | None:
    """The speaker before a headline colon: من X إلى Y → X; a person, a body or an unnamed source,
    not a place or a topic."""
    if unit.bare(start) == "من":
        end = start + 1
        while end < stop and unit.bare(end) != _TO:
            end += 1
        if end == stop or unit.keys[start + 1].startswith(_AMONG):
            return None  # من الميدان:، من التاريخ: a rubric; من بينهم أطفال: 'among them', no letter from X to Y
        return make_phrase(unit, start + 1, end)
    if _labels_item(unit, start, stop):
        return None
    end = stop
    for j in range(start + 1, stop):  # مصادر أفغانية لـ{الشرق الأوسط}، وزير الخارجية للعربية: a channel
        if unit.keys[j] in LAM_APART or unit.tokens[j].text.startswith("لـ") or names_outlet(unit, j) \
                or _from_place(unit, j, stop) or _addressee(unit, j):
            end = j
            break
    phrase = make_phrase(unit, start, end)
    if phrase is None:
        return None
    if unit.is_a(phrase.start, "anonymous") or unit.is_a(phrase.start, "title") or unit.is_a(phrase.start, "spokesperson"):
        return phrase
    # a name opening the phrase, or right after a word for a person (الأديب X، مستشار "X"، والد X);
    # after another word it is a topic (ترشيح يوسف الشاهد لرئاسة الحكومة:، كأس X:، محاور مع X:)
    if unit.is_a(phrase.start, "kin") or _names_at(unit, phrase.start) \
            or (_person_word(unit, phrase.start) and _names_at(unit, _past_marks(unit, phrase.start + 1))):
        return phrase
    return None  # فرنسا: / تعليم السياقة: a topic label, not a speaker


def _addressee(unit: Unit, j: int) -> bool:
    """Token ``j`` is ل glued to a person's name (روحاني لترامب:، خبراء لترامب:): whom the headline's
    words are addressed to, not the speaker.  A name whose own first letter is ل (لافروف) starts at the
    token itself."""
    tok = unit.tokens[j]
    if tok.kind != "word" or not tok.text.startswith("ل") or in_class("title", unit.keys[j][1:]):
        return False  # المستشار الاقتصادي لرئيس الحكومة: a title's office, whatever the tagger made of it
    # a person only: a place after ل may end a body's name (البنك العربي لتونس); or a group of
    # people (المفتي للشباب:، الوزير للطلاب:), whom no body's name ends with
    return any(m.type == "PER" for m in unit.starting_at(tok.start + 1)) \
        or (unit.keys[j][:2] == "لل" and in_class("people_object", "ال" + unit.keys[j][2:]))


def _labels_item(unit: Unit, start: int, stop: int) -> bool:
    """Words before a headline colon that label the item, not a speaker: a rubric word standing
    alone (شاهد : 'watch', the imperative, though شاهد is also 'a witness'), or a part number of a
    series in brackets («الشرق الأوسط» تنشر مذكرات X (6):)."""
    words = [j for j in range(start, stop) if unit.tokens[j].kind == "word"]
    if len(words) == 1 and in_class("headline_label", unit.bare(words[0])):
        return True
    return stop - start >= 3 and unit.tokens[stop - 1].text == ")" \
        and unit.tokens[stop - 2].text.isdigit() and unit.tokens[stop - 3].text == "("


def _from_place(unit: Unit, j: int, stop: int) -> bool:
    """من and a place after the speaker say where the words were said (قائد القيادة المركزية من
    الكويت:): the place is no part of the speaker."""
    if unit.bare(j) != "من" or j + 1 >= stop:
        return False
    tok = unit.tokens[j + 1]
    return any(m.type in ("GPE", "LOC") for m in unit.starting_at(tok.start))


def _names_at(unit: Unit, j: int) -> bool:
    """A person, body or nationality is named from token ``j`` on."""
    if j >= len(unit.tokens):
        return False
    tok = unit.tokens[j]
    return any(m.type in ("PER", "ORG", "NORP") for m in unit.starting_in(tok.start, tok.end - 1))


def _past_marks(unit: Unit, j: int) -> int:
    while j < len(unit.tokens) and unit.tokens[j].text in QUOTE_MARKS:
        j += 1
    return j


def _person_word(unit: Unit, j: int) -> bool:
    """A word that can stand for the person named after it in a headline: a definite noun or an
    agent noun in م (الراحل، الأديب، مستشار، مؤسس) — not a verbal noun or other
    head of a topic (ترشيح، كأس، دورة) nor one a preposition follows (محاور مع)."""
    k = unit.keys[j]
    nxt = unit.bare(j + 1) if j + 1 < len(unit.tokens) else ""
    return (k.startswith("ال") or k.startswith("م")) and len(k) > 3 and not in_class("headline_topic_prep", nxt)
