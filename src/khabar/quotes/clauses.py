"""Where reported content starts and ends inside a text unit.

Content opens after a complementizer (إن، أن، بأن، إلى أن ...), a colon or a quotation mark,
and runs to the end of its clause: the end of the sentence (outside quotation marks), a
clause-opening word after a comma (، فيما، حيث ...), a new speech verb (، مضيفا / وأشار),
or an 'according to' phrase (، بحسب ...).  Quotations are never cut inside.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from khabar.quotes.context import COMMA, SENTENCE_END, Unit
from khabar.quotes.cue_shapes import (
    complementizer,
    followed_by_complementizer,
    followed_by_its_preposition,
    object_pronoun,
    opens_right_after,
    own_words,
    plain_verb_cue,
    without_its_preposition,
)
from khabar.quotes.fronted import anonymous_head
from khabar.quotes.lexicon import (
    ANNA,
    KAMA,
    OBJECT_SUFFIXES,
    PRONOUN_SUFFIXES,
    class_keys,
    in_class,
    key,
    reasons,
)
from khabar.quotes.names import definite
from khabar.quotes.writer_notes import writer_note

#: A quotation this long (words) opens content even when it is not right after the cue.
MIN_QUOTED_WORDS = 4
#: A participle or masdar cue must be followed by its content within this many tokens.
NEAR = 3
#: How far after a cue its content may open (tokens).
MAX_OPENER_DISTANCE = 25
#: How far a complementizer after a comma, or a colon, may still open a verb's content when a long
#: aside on the subject fills the words before it (وقال البروفسور X، مدير معهد ... الذي اخترع «...»، إن).
MAX_FAR_OPENER_DISTANCE = 60


@dataclass(frozen=True)
class Opener:
    token: int  # index of the opening token (complementizer, colon, mark or preposition)
    kind: str  # complementizer | colon | mark | prep
    content_start: int  # char offset where the content starts


def _has_pronoun(unit: Unit, i: int) -> bool:
    return not in_class("complementizer", unit.keys[i])


def _blocked(unit: Unit, i: int) -> bool:
    """أن after بعد، رغم، من المقرر ... opens a subordinate clause, not reported speech; so does لأن
    'because' (طالب بإحالة الحكم ... لأنه تغاضى: the reason, not what was asked)."""
    return (i > 0 and in_class("blocking_prep", unit.bare(i - 1))) or unit.keys[i] in reasons()


def _skip_space(unit: Unit, char: int) -> int:
    while char < len(unit.text) and unit.text[char].isspace():
        char += 1
    return char


def opener_at(unit: Unit, i: int, adjacent: bool = True) -> Opener | None:
    """An opener starting exactly at token ``i``; a short quotation (a name, a title) opens
    content only right after the cue (``adjacent``)."""
    tok = unit.tokens[i]
    if tok.kind == "punct" and tok.text == ":":
        return Opener(i, "colon", _skip_space(unit, tok.end))
    span = unit.opens_quote(i)
    if span is not None and (len(unit.text[span.open:span.close].split()) >= MIN_QUOTED_WORDS or adjacent):
        return Opener(i, "mark", span.open)
    if tok.kind == "word" and complementizer(unit, i) and not _blocked(unit, i):
        if _has_pronoun(unit, i) or i + 1 >= len(unit.tokens):
            return Opener(i, "complementizer", _past_colon(unit, _skip_space(unit, tok.end)))
        return Opener(i, "complementizer", _past_colon(unit, unit.tokens[i + 1].start))
    return None


def _closing_quotation(unit: Unit, i: int) -> bool:
    """The quotation opening at token ``i`` comes after a comma and ends the sentence (وقال X، رئيس
    البعثة، "أشعر بالعار".): the words the verb reports however short, not a name inside a phrase."""
    span = unit.opens_quote(i)
    if span is None or not span.closed or i == 0 or not unit.is_punct(i - 1, COMMA):
        return False
    after = unit.token_at(span.close + 1)
    return after >= len(unit.tokens) or unit.is_punct(after, {".", "!", "؟"})


def _past_colon(unit: Unit, char: int) -> int:
    """قالت إن: "...": a colon after the complementizer opens the words, it is none of them."""
    if unit.text[char:char + 1] == ":" and char + 1 < len(unit.text):
        return _skip_space(unit, char + 1)
    return char


def _short(unit: Unit, i: int) -> bool:
    span = unit.opens_quote(i)
    return span is not None and len(unit.text[span.open:span.close].split()) < MIN_QUOTED_WORDS


def _quoted_name(unit: Unit, i: int) -> bool:
    """The quotation opening at token ``i`` lies inside a name the entities stage tagged (صحيفة "لا
    جازيتا ديلو سبورت" الإيطالية): an outlet's or body's name written in marks, not reported words."""
    span = unit.opens_quote(i)
    return span is not None and any(m.start <= span.open and span.close < m.end for m in unit.mentions_at(span.open))


#: Most tokens between a work's quoted title and the opener of the verb's content (في كتابه "...": إن،
#: في تقريرها بعنوان "..." إلى أن); one further on is another clause's (تحت عنوان «...»، كـ«...»).
TITLE_TO_CONTENT = 3


def _work_title(unit: Unit, i: int) -> bool:
    """The closed quotation opening at token ``i`` right after a work's noun is its title (في كتابه
    "..."، في تقريرها السنوي بعنوان "..."، كلمات أغنية "..."), not reported words: a colon, complementizer
    or the verb's preposition right after it opens the content.  (With none, the title still stands
    as the content: dropping the verb's quotation would also drop its speaker, whom later verbs
    without a subject take.)"""
    span = unit.opens_quote(i)
    return span is not None and span.closed and unit.tokens[i - 1].kind == "word" and unit.is_a(i - 1, "work_noun")


#: Most words of a quoted title or name inside the words before a verb's complementizer.
MAX_TITLE_WORDS = 8
#: Most tokens between a quoted title and the complementizer opening the content (في كتاب "..." ليوسف
#: الدمشقي البديعي المتوفى سنة 1073هـ، إن).
MAX_TITLE_TAIL = 12


def _content_after_title(unit: Unit, i: int, stop: int) -> Opener | None:
    """The quotation opening at token ``i``, away from the cue, is the title of an event or a work or
    a body's name (خلال ندوة حول "الإرهاب في المنطقة الإفريقية" أن، في مقال بعنوان "..."، أنه) when a
    complementizer follows it closely in its sentence: that complementizer, which opens the content.
    None past another quotation, speech word, colon, contrast or clause boundary (وقال X "..." مشيرا
    إلى أن، وأشاد X بـ"..."، لكنه أوضح أن): the quotation is then what was said."""
    span = unit.opens_quote(i)
    if span is None or not span.closed or len(unit.text[span.open:span.close].split()) > MAX_TITLE_WORDS:
        return None
    after = unit.token_at(span.close + 1)
    for k in range(after, min(stop, after + MAX_TITLE_TAIL)):
        if unit.tokens[k].kind == "word" and complementizer(unit, k):
            return None if _blocked(unit, k) else opener_at(unit, k)
        if unit.opens_quote(k) or unit.is_punct(k, {":"}) or (unit.tokens[k].kind == "word" and (
                unit.cue_form(k) is not None or unit.is_a(k, "contrast") or unit.phrase_at(k, "boundary"))):
            return None
    return None


def _after_preposition(unit: Unit, i: int, prep: str | None) -> bool:
    """The quotation at token ``i`` is governed by the verb's own preposition (وأشاد X بـ"..."،
    طالب بـ"..."): part of what was said."""
    if i == 0:
        return False
    before = unit.tokens[i - 1].text.rstrip("ـ")
    return before in LONE_PREPOSITIONS or (prep is not None and unit.keys[i - 1] == prep)


#: Bare prepositions written apart from the quotation they govern (بـ"الاستقالة"، لـ"الحوار").
LONE_PREPOSITIONS = ("ب", "ل")


def find_opener(unit: Unit, start: int, stop: int, prep: str | None = None) -> Opener | None:
    """The first opener in tokens [start, stop): a complementizer (with the verb's preposition
    before it), a colon or a quotation mark; or the verb's own preposition (شدد على ...)."""
    limit = min(stop, start + MAX_OPENER_DISTANCE)
    i = _next_look(unit, start, limit, prep)
    while i < limit:
        if unit.is_punct(i, {"("}):  # شبكة (سي إن إن) إن: nothing inside brackets opens content
            i = next((j for j in range(i + 1, stop) if unit.is_punct(j, {")"})), i)
            i = _next_look(unit, i + 1, limit, prep)
            continue
        if i > start and _work_title(unit, i):
            after = unit.token_at(unit.opens_quote(i).close + 1)
            later = find_opener(unit, after, min(stop, after + TITLE_TO_CONTENT), prep)
            if later is not None and later.kind != "mark":
                return later  # في كتابه "...": إن، في تقريرها بعنوان "..." إلى أن: the title, then the content
        found = opener_at(unit, i, adjacent=i == start or _closing_quotation(unit, i))
        if found is not None and found.kind == "mark" and (i == start and _short(unit, i) or _quoted_name(unit, i)):
            later = find_opener(unit, unit.token_at(unit.opens_quote(i).close + 1), stop, prep)
            if later is not None or i > start:  # وقال "مكتب المفوض" المكلف ... إن: a quoted name, then the content
                return later  # ونقلت صحيفة "لا جازيتا" قول X: a tagged name is no one's words
        elif found is not None and found.kind == "mark" and i > start and not _after_preposition(unit, i, prep):
            later = _content_after_title(unit, i, stop)
            if later is not None:
                return later  # وأضاف X خلال ندوة حول "الإرهاب في المنطقة" أن ...: a title, then the content
        if found is not None:
            return found
        if prep and unit.keys[i] == prep and not unit.phrase_at(i, "prep_idiom", 2) and not _in_a_name(unit, i) \
                and not reply_nouns_own(unit, i) and not posted_on(unit, i + 1, stop):
            nxt = opener_at(unit, i + 1) if i + 1 < stop else None
            if nxt is not None and nxt.kind in ("complementizer", "mark"):
                return nxt
            if i + 1 < stop:
                return Opener(i, "prep", unit.tokens[i + 1].start)
        if unit.tokens[i].kind == "word" and i > start and (_new_cue(unit, i) or _participle_clause(unit, i)
                                                            or _subject_cue(unit, start, i)):
            return None  # an opener beyond the next statement is not this verb's
        i = _next_look(unit, i + 1, limit, prep)
    return None


#: How far after a participle its own preposition and complementizer may stand past an adjunct
#: phrase (مشيرا في مقابلة مع "العربية" إلى أن، لافتا في هذا السياق، إلى أنه).
ADJUNCT_PHRASE_REACH = 10


def opener_past_adjunct(unit: Unit, start: int, stop: int, prep: str | None) -> Opener | None:
    """The complementizer after the cue's own preposition past the adjunct phrase opening at
    ``start`` (في مقابلة مع "العربية" إلى أن، في هذا السياق، إلى أنه): the adjunct says where or
    how it was said, and the content opens after أن; None when another clause or sentence comes first."""
    if prep is None:
        return None
    for j in range(start, min(stop, start + ADJUNCT_PHRASE_REACH) - 1):
        if unit.keys[j] == prep and complementizer(unit, j + 1):
            return opener_at(unit, j + 1)
        if unit.tokens[j].kind == "word" and (boundary_at(unit, j) or complementizer(unit, j)):
            return None
    return None


#: Most tokens between an account's noun and the platform it is on (حسابه الرسمي على موقع "تويتر").
_ACCOUNT_TO_PLATFORM = 4


def posted_on(unit: Unit, j: int, stop: int) -> bool:
    """Token ``j``, right after a preposition, names where a statement was posted: a platform
    (على تويتر), an account or page with its owner's pronoun (على صفحته، عبر حسابها), or an
    account's noun before a platform (على موقع "تويتر"، على شبكة التواصل): the verb's own
    preposition there (أكد على، ردت على) says where it was said, not what (وأكد على تويتر أن)."""
    if j >= stop or unit.tokens[j].kind != "word":
        return False
    k = unit.bare(j)
    if in_class("platform", k) or in_class("platform", k[2:] if k.startswith("ال") else k) or k in _owned_accounts():
        return True
    if not in_class("account_noun", k):
        return False
    return any(unit.tokens[n].kind == "word" and in_class("platform", unit.bare(n))
               for n in range(j + 1, min(stop, j + 1 + _ACCOUNT_TO_PLATFORM)))


@cache
def _owned_accounts() -> frozenset[str]:
    """Account nouns with their owner's pronoun (حسابه، صفحتها، موقعهم: ة written ت before it)."""
    nouns = {n[:-1] + "ت" if n.endswith("ه") else n for n in class_keys("account_noun")}
    return frozenset(n + s for n in nouns for s in PRONOUN_SUFFIXES)


def _in_a_name(unit: Unit, i: int) -> bool:
    """Token ``i`` is one word of a person's name of more words (محمد علي الشيحي، علي بن صالح:
    علي is spelt like على, the verb's preposition, once ى is read as ي)."""
    tok = unit.tokens[i]
    return any(m.type == "PER" and (m.start < tok.start or m.end > tok.end) for m in unit.mentions_at(tok.start))


#: The prepositions a noun of replying governs (رد على، إجابة عن).
_REPLY_PREPOSITIONS = (key("على"), key("عن"))


def reply_nouns_own(unit: Unit, i: int) -> bool:
    """The preposition at ``i`` is governed by a noun of replying or commenting right before it
    (وأكد في رده على استفسارات النواب على أن، ردا على سؤال، في تعليقه على، لدى إجابته عن; cues.tsv
    reply_noun), with the article or a possessive: it says what was answered, and the verb's own
    preposition comes after."""
    if i == 0 or unit.tokens[i - 1].kind != "word" or unit.keys[i] not in _REPLY_PREPOSITIONS:
        return False  # في تعليقه إلى: أشار إلى is the verb's, a reply is على or عن something
    noun = unit.bare(i - 1)
    # no suffix of OBJECT_SUFFIXES ends another one: at most one matches
    stem = next((noun[:-len(s)] for s in OBJECT_SUFFIXES if noun.endswith(s) and len(noun) > len(s) + 1), noun)
    if stem == noun and not definite(noun) and not noun.endswith("ا"):
        return False  # ورد على لسان: the verb 'was stated' (و + رد), not a reply; ردا، رده، الرد are
    if stem != noun and stem.endswith("ت"):
        stem = stem[:-1] + "ه"  # إجابته → إجابة (keyed with ه)
    return any(in_class("reply_noun", w) for w in {noun, stem, stem.removeprefix("ال")})


def reply_phrase_start(unit: Unit, start: int, stop: int) -> int:
    """Token where a phrase of replying opens in [start, stop) (في رده على سؤال النائبة X، ردا على
    سؤال): the one asked is named there, not the speaker; ``stop`` when there is none."""
    for j in range(start + 1, stop):
        if reply_nouns_own(unit, j):
            return j - 2 if j - 2 >= start and unit.tokens[j - 2].kind == "word" and unit.is_a(j - 2, "adjunct") \
                else j - 1
    return stop


def far_opener(unit: Unit, start: int, stop: int) -> Opener | None:
    """The verb's opener past :data:`MAX_OPENER_DISTANCE`, when :func:`find_opener` found none: a
    complementizer right after a comma, or a colon, that ends a long aside on the subject (وقال فلان،
    مدير معهد ... في مركز «...» الذي أشرف على البحث، إن؛ قال فلان، عضو ...، في اتصال مع «...»، أمس:).
    None past a clause boundary or another speech verb or participle: the opener is theirs, nor
    past a work's title (:func:`_work_title`)."""
    first, limit = start + MAX_OPENER_DISTANCE, min(stop, start + MAX_FAR_OPENER_DISTANCE)
    if first >= limit:
        return None
    for j in range(start + 1, limit):
        if j >= first and (unit.is_punct(j, {":"}) or (
                unit.tokens[j].kind == "word" and complementizer(unit, j) and unit.is_punct(j - 1, COMMA)
                and unit.keys[j][:1] != "و" and not _blocked(unit, j))):  # ، وأن: a second content, not the first
            return opener_at(unit, j, adjacent=False)
        if unit.tokens[j].kind == "word" and (boundary_at(unit, j) or _subject_cue(unit, start, j) or (
                unit.cue_form(j) is not None and unit.cue_form(j).kind != "masdar")):
            return None  # ... وهو يردد الأغاني قائلاً: "...": the participle's words, not the verb's
        if j > start and _work_title(unit, j):
            return None  # كما كتب الشاعر، تحت عنوان «...»، كـ«...»، فقد كان منتظرا، أن: what he wrote was the work
    return None


def _next_look(unit: Unit, i: int, limit: int, prep: str | None) -> int:
    """The first token from ``i`` that :func:`find_opener` must look at (``limit`` when none before
    it): one of the unit's opener stops or the verb's preposition; no other token opens content
    or ends the search."""
    stops = unit.opener_stops
    k = bisect_left(stops, i)
    nxt = min(stops[k], limit) if k < len(stops) else limit
    if prep and i < nxt:
        try:
            return unit.keys.index(prep, i, nxt)
        except ValueError:
            pass
    return nxt


def _participle_clause(unit: Unit, i: int) -> bool:
    """...، مرجعة ذلك إلى: a participle after a comma opens its own statement."""
    form = unit.cue_form(i)
    return form is not None and form.kind == "participle" and i > 0 and unit.is_punct(i - 1, COMMA)


#: Most words of a subject between a contrast word and its verb (لكن خبيرة طبية أكدت).
MAX_SUBJECT_WORDS = 3
#: Words after which a finite verb stands inside the clause it belongs to (الذي قال، أن يعلن، كان قد أكد).
_VERB_INSIDE = ("relative", "aux", "pronoun_particle")


def _subject_cue(unit: Unit, start: int, i: int) -> bool:
    """A finite speech verb after its own subject (... لكن خبيرة طبية أكدت أن): the complementizer
    after it is its own, not the earlier verb's.  Not a verb in a relative or subordinate clause
    (الذي قال، أن يعلن), nor one right after the cue's own words (ومضى يقول)."""
    if i - start < 2 or not _finite_cue(unit, i):
        return False
    return any((unit.is_a(k, "contrast") or unit.phrase_at(k, "boundary")) and _plain_words(unit, k + 1, i)
               for k in range(max(start + 1, i - 1 - MAX_SUBJECT_WORDS), i - 1))


def _except_statement(unit: Unit, j: int) -> bool:
    """إلا أن (token ``j`` right after it) opens a statement of its own: a speech verb right after
    the pronoun on أن with its content opening after it (إلا أنه أشار إلى أن، إلا أنها أكدت أن: the
    same speaker's new statement), or a finite speech verb after a short subject (إلا أن الناطق
    باسم الشركة نفى، إلا أن مسؤولين حذروا; not one with و after other words, the clause's second
    verb: إلا أن القابلة منعته وبينت، nor one with an object pronoun or read as a passive with no
    complementizer after it: إلا أن هذه الأرقام تعتبر متوسطة, 'are considered'). Any other clause is still the speaker's contrast (أن الوضع صعب، إلا أنه سيتحسن), and
    so is all of a concession (أنه رغم النجاحات ...، إلا أن بلاده تعتقد أن: 'despite' earlier in the sentence)."""
    if j >= len(unit.tokens) or _conceded(unit, j):
        return False
    if unit.keys[j - 1] != ANNA:
        return _pronoun_statement(unit, j)
    verb = next((k for k in range(j + 1, min(len(unit.tokens), j + 1 + MAX_SUBJECT_WORDS))
                 if unit.cue_form(k) is not None), None)
    long_subject = verb is None and _named_subject(unit, j)
    if long_subject:
        verb = next((k for k in range(j + 1 + MAX_SUBJECT_WORDS, min(len(unit.tokens), j + 1 + MAX_NAMED_SUBJECT_WORDS))
                     if unit.cue_form(k) is not None), None)
    # a verb with و (إلا أن القابلة منعته وبينت) is joined to another verb of the clause, no subject's own
    return verb is not None and plain_verb_cue(unit, verb) and _finite_cue(unit, verb) \
        and (_qualified_words(unit, j, verb) if long_subject else _plain_words(unit, j, verb)) \
        and not (object_pronoun(unit, verb) and not followed_by_complementizer(unit, verb)) \
        and not (unit.is_a(verb, "passive_present") and not followed_by_complementizer(unit, verb))


#: Most words of a subject headed by a title, an unnamed source or a name between إلا أن and its
#: verb (إلا أن الناطق الرسمي باسم شركة فيسبوك نفى، إلا أن مسؤولا عسكريا في جيش حفتر قال إنه).
MAX_NAMED_SUBJECT_WORDS = 6


def _pronoun_statement(unit: Unit, j: int) -> bool:
    """After إلا أنه (token ``j`` right after it): a speech verb with its content opening after it,
    complementizer, colon, quotation or its own preposition (إلا أنه أشار إلى أن، إلا أنها أعربت
    عن: the same speaker's new statement), or what the speaker left unsaid, a denied speech verb or
    a verb of keeping silent (إلا أنه لم يفصح عن السبب، إلا أنه تجاهل الرد: the writer's remark)."""
    if unit.is_a(j, "withheld"):
        return True
    if unit.is_a(j, "negation") and j + 1 < len(unit.tokens):
        return unit.is_a(j + 1, "withheld") or plain_verb_cue(unit, j + 1)
    return plain_verb_cue(unit, j) and (opens_right_after(unit, j) or followed_by_its_preposition(unit, j))


def _named_subject(unit: Unit, j: int) -> bool:
    """Token ``j`` heads a subject that names a speaker: a title, a spokesperson, an unnamed source
    or a person or body the entities stage tagged; after أن a noun in tanwin keeps its alif (مسؤولا)."""
    return anonymous_head(unit, j) or unit.is_a(j, "title") or unit.is_a(j, "spokesperson") or any(
        m.type in ("PER", "ORG") for m in unit.starting_at(unit.tokens[j].start))


def _qualified_words(unit: Unit, start: int, stop: int) -> bool:
    """Tokens [start, stop) are words with no complementizer: a named subject with its qualifiers,
    a place or body after في or ب (مسؤولا عسكريا في جيش حفتر)."""
    return all(unit.tokens[j].kind == "word" and not complementizer(unit, j) for j in range(start, stop))


def _conceded(unit: Unit, j: int) -> bool:
    """'Despite' stands between the speech verb before token ``j`` and ``j`` (قال إنه رغم ...، إلا أن):
    إلا أن answers it inside the content; one before that verb (ورغم توقيع النصر ...، فإن X نفى أن
    ...، إلا أن) is the writer's."""
    for k in range(j - 1, unit.sentence_start(j) - 1, -1):
        if unit.is_a(k, "concessive"):
            return True
        form = unit.cue_form(k)
        if form is not None and form.kind != "masdar":
            return False
    return False


def _finite_cue(unit: Unit, i: int) -> bool:
    """Token ``i`` is a finite speech verb after a word that leaves it in its own clause (not
    الذي قال، أن يعلن، كان قد أكد)."""
    form = unit.cue_form(i)
    if form is None or form.kind != "verb" or unit.tokens[i - 1].kind != "word":
        return False
    return not (any(unit.is_a(i - 1, cls) for cls in _VERB_INSIDE) or in_class("verb_particle", unit.keys[i - 1]))


def _plain_words(unit: Unit, start: int, stop: int) -> bool:
    """Tokens [start, stop) can be a subject: words, none a preposition or adjunct (لكن بعد
    إجراء العملية تبين أن: a time, and the verb impersonal)."""
    return all(unit.tokens[j].kind == "word" and not any(
        in_class(cls, unit.bare(j)) for cls in ("adjunct", "content_prep", "blocking_prep"))
        for j in range(start, stop))


def _new_cue(unit: Unit, i: int) -> bool:
    """A speech verb with a conjunction (وأضاف) starts a new attribution."""
    form = unit.cue_form(i)
    return form is not None and form.kind != "masdar" and unit.conjoined_cue(i) and not unit.is_a(i, "channel_verb")


def boundary_at(unit: Unit, i: int) -> bool:
    """Token ``i`` begins a new clause that ends reported content."""
    if unit.phrase_at(i, "boundary"):
        return not unit.phrase_at(i, "not_boundary", 2)
    if i > 0 and unit.is_punct(i - 1, COMMA) and unit.is_a(i, "act_participle"):
        return True  # أكد أن ...، متمنيا أن: the speaker's next act, no part of what the cue reported
    if unit.phrase_at(i, "source_prep", 1) and (
            (i > 0 and unit.is_punct(i - 1, COMMA)) or own_words(unit, i + 1)):
        return True  # ، بحسب المصدر / وفق قوله
    if _joined_speaker(unit, i):
        return True
    if unit.is_a(i, "contrast") and any(_subject_cue(unit, i - 1, j) for j in range(i + 2, min(
            len(unit.tokens), i + 2 + MAX_SUBJECT_WORDS))):
        return True  # ...، لكن خبيرة طبية أكدت أن: another speaker's statement
    if unit.is_a(i, "pronoun_particle") and i > 0 and unit.is_punct(i - 1, COMMA) and i + 1 < len(unit.tokens) \
            and plain_verb_cue(unit, i + 1) and opens_right_after(unit, i + 1):
        return True  # ...، لكنه أضاف أن: the same speaker's new statement
    if i > 0 and unit.is_punct(i - 1, COMMA) and (n := unit.phrase_at(i, "except_lead", 2)) \
            and _except_statement(unit, i + n):
        return True  # ...، إلا أنه أشار إلى أن / إلا أن الناطق باسم الشركة نفى: another statement
    if i > 0 and unit.is_punct(i - 1, COMMA) and writer_note(unit, i):
        return True  # ...، وهو ما نفته الحكومة: the writer's note of another's answer to the clause
    if unit.keys[i] == KAMA and i + 1 < len(unit.tokens) and unit.cue_form(i + 1) is not None \
            and unit.cue_form(i + 1).kind == "verb":
        return True  # ... والعكس صحيح كما صرحت لصحيفة: a new attribution
    if unit.is_a(i, "statement_lead") and i + 1 < len(unit.tokens) and plain_verb_cue(unit, i + 1):
        return True  # ... والعمرة حيث طالب معاليه: حيث opens the verb's clause
    if unit.keys[i] in _DETACHED_CONJUNCTIONS and i + 1 < len(unit.tokens):
        return _plain_conjoined_verb(unit, i + 1)  # ... مستمرة و أضاف أن: و written apart from its verb
    form = unit.cue_form(i)
    if form is None or form.kind == "masdar" or without_its_preposition(unit, i):
        return False
    if form.kind == "participle":
        return (i > 0 and unit.is_punct(i - 1, COMMA)) or followed_by_complementizer(unit, i) \
            or followed_by_its_preposition(unit, i)
    # ونقلها إلى غرفة: a verb with an object pronoun and no complementizer is another verb's use
    return unit.conjoined_cue(i) and not (object_pronoun(unit, i) and not followed_by_complementizer(unit, i))


#: و/ف written as a word of its own before the verb it joins (و أضاف، و قال).
_DETACHED_CONJUNCTIONS = frozenset({"و", "ف"})


#: How many words after a verb written after a detached و its content must open (و قال المتحدث باسمها إن).
_DETACHED_REACH = 4


def _plain_conjoined_verb(unit: Unit, i: int) -> bool:
    """Token ``i``, after a detached و/ف, is a speech verb whose own content opens close after it (a
    complementizer, a colon or a quotation): a new statement, as وأضاف أن starts one. Without one the
    verb is the content's (هو من هاتفه و أبلغ بإستعداد معلول)."""
    form = unit.cue_form(i)
    if form is None or form.kind != "verb" or without_its_preposition(unit, i) or object_pronoun(unit, i):
        return False
    for j in range(i + 1, min(len(unit.tokens), i + 1 + _DETACHED_REACH)):
        if complementizer(unit, j) or unit.is_punct(j, {":"}) or unit.opens_quote(j):
            return True
        if unit.tokens[j].kind == "punct":
            return False
    return False


def _joined_speaker(unit: Unit, i: int) -> bool:
    """و + a short subject + a speech verb starts a new statement (... ولافروف ينفي ...)."""
    if not unit.keys[i].startswith("و") or len(unit.keys[i]) < 3:
        return False
    for j in (i + 1, i + 2):
        if j >= len(unit.tokens):
            return False  # the unit ends on the و-word (a headline's last verb: ويوضح)
        if j == i + 2 and (unit.is_a(i + 1, "statement_lead") or unit.phrase_at(i + 1, "boundary")):
            return False  # والعمرة حيث طالب: the clause opens at حيث, not at و
        # ودوائية متنوعة عبر البحر: 'via', no verb
        if unit.tokens[j].kind == "word" and plain_verb_cue(unit, j):
            return True
    return False


def _conjoined_subject(unit: Unit, start: int, j: int) -> bool:
    """The و-word at ``j`` joins the subject of content still without its predicate: every word
    from ``start`` is definite (أن المسؤولين الروس والسوريين "أبلغوا"), as a nominal sentence's
    predicate is not, so the verb after it is the content's own, no new speaker's."""
    if not unit.keys[j].startswith("و") or unit.cue_form(j) is not None:
        return False
    words = [k for k in range(start, j) if unit.tokens[k].kind == "word"]
    return bool(words) and all(definite(unit.keys[k]) for k in words)


def content_end(unit: Unit, start_char: int, direct: bool = False) -> int:
    """Char offset where content starting at ``start_char`` ends (exclusive, trimmed)."""
    i = unit.token_at(start_char)
    end_token = len(unit.tokens)
    stops = unit.clause_stops  # no other token can end content or open a quotation
    k = bisect_left(stops, i)
    while k < len(stops):
        j = stops[k]
        span = unit.opens_quote(j)
        if span is not None:
            if not span.closed:
                end_token = len(unit.tokens)
                break
            k = bisect_left(stops, unit.token_at(span.close + 1), k)
            continue
        if unit.is_punct(j, SENTENCE_END) and not unit.decimal_point(j):
            end_token = j
            break
        if j > i and boundary_at(unit, j) and not _conjoined_subject(unit, i, j):
            end_token = j - 1 if unit.is_punct(j - 1, COMMA) else j
            break
        k += 1
    end = unit.tokens[end_token - 1].end if end_token > i else start_char
    if end_token >= len(unit.tokens):
        end = len(unit.text)
    return _trim_end(unit.text, start_char, end)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:-—–"):
        end -= 1
    return end


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and quotation marks that enclose the whole content."""
    while start < end and text[start].isspace():
        start += 1
    end = _trim_end(text, start, end)
    return start, end
