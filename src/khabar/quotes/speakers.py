"""Who is speaking: the speaker's noun phrase, its entity, channels, and implicit subjects.

A speaker phrase runs from the cue to the first adjunct (في بيان، يوم الأحد، لرويترز ...).
Its entity is the mention inside it that names the speaker: a person first (المتحدث باسم
الوزارة الجنرال X → X), else the body named after باسم or at the head of the phrase.
Unnamed sources (مصادر، مسؤولون) have no speaker.  A verb with no subject (وأضافت) takes
the last speaker whose gender agrees; a bare definite noun (الوزارة، الجنرال الروسي) the
last speaker whose words share its head; البيان the owner of the last statement.

When no entity names the speaker, the words that do are found by :mod:`khabar.quotes.names`; a
subject written before its verb (الوزارة أعلنت) by :mod:`khabar.quotes.fronted`.
"""

from __future__ import annotations

from khabar.arabic.verbs import is_finite_verb
from khabar.model import Ref
from khabar.quotes.context import COMMA, MentionSpan, Unit
from khabar.quotes.lexicon import AMMA, ANY, FEM, MASC, complementizers, in_class, key
from khabar.quotes.names import (
    LAM_APART,
    NISBA_ENDINGS,
    PLACE_TYPES,
    QUOTE_MARKS,
    SpeakerPhrase,
    article_less,
    definite,
    make_phrase,
    name_words,
    names_outlet,
    nisba,
    titles_body,
)
from khabar.quotes.noun_phrases import (
    counted_group_end,
    opens_relative_clause,
    publisher_start,
    publishing_verb,
    quantity_end,
    relative_clause_end,
    relative_clause_holding,
)
from khabar.quotes.tracker import Speaker, Tracker

_TO_ME = key("لي")
_TYPE_RANK = {"PER": 0, "ORG": 1, "NORP": 2, "GPE": 3}
#: Mentions that only tell an unnamed source's country (مسؤول إسرائيلي).
_NATIONALITY_TYPES = ("NORP", "GPE", "LOC")
#: Longest speaker phrase considered (tokens).
MAX_SPEAKER_TOKENS = 14


def sentence_subject(unit: Unit, cue: int, tracker: Tracker) -> Speaker | None:
    """The subject of the verb that opens the cue's sentence, when the cue is not that verb:
    شخّص الطبيب ماجد علاية حالتها، مؤكدا أن ... → the doctor; وهاجمت لوبان ماكرون ...، وقالت: → لوبان."""
    start = unit.sentence_start(cue)
    for j in range(start, cue):  # ..., فيما نفى X: the clause after a boundary word
        length = unit.phrase_at(j, "boundary")
        if length:
            start = j + length
    apposed = _apposed_person(unit, start + 1, cue)
    if apposed is not None:  # حدد ولي العهد السعودي، الأمير محمد بن سلمان، موعد ...، مشددا
        return tracker.by_entity(apposed.entity) or _person_speaker(unit, apposed)
    # من جانبه، / في المقابل، before the verb; but أما X، فقال: the comma closes the topic, the subject
    if unit.keys[start] != AMMA:
        for j in range(start, min(cue, start + 6)):
            if unit.cue_form(j) is not None:
                break  # وقالت مية الجريبي، إن ...، مضيفة: the comma follows the subject, not a lead-in
            if unit.is_punct(j, COMMA):
                start = j + 1
                break
    if unit.keys[start] in ("و", "ف"):  # و أوضح: the conjunction written apart
        start += 1
    if cue - start < 2:
        return None
    opening = unit.cue_form(start)
    if opening is not None:  # وعلق مفوض العدل على ... قائلا: the opening verb's subject
        said = unit.cue_form(cue)
        if said is not None and ANY not in (said.gender, opening.gender) and said.gender != opening.gender:
            return None  # ورفض الرئيس ... لكنها أكدت: another subject
        end = phrase_end(unit, start + 1, cue)
        phrase = make_phrase(unit, start + 1, end)
        if phrase is None or not _titled_or_named(unit, phrase) \
                or any(unit.keys[j] in complementizers() for j in range(phrase.start, phrase.end)):
            return None  # no subject written: the speaker tracked before
        found = resolve(unit, phrase, ANY, tracker)
        return found if found is not None and found.ref is not None else None
    first_char = unit.tokens[start + 1].start
    last_char = unit.tokens[min(start + 3, cue - 1)].start
    # what a speech verb opening the sentence says (أوضح أن الغرفة ...) holds no subject; after غير أن
    # or جدير بالذكر أن the subject follows
    said_that = next((j for j in range(start + 1, min(start + 4, cue)) if unit.keys[j] in complementizers()
                      and unit.cue_form(j - 1) is not None), cue)
    for mention in unit.mentions:
        if first_char <= mention.start <= last_char and mention.end <= unit.tokens[cue].start \
                and mention.type in ("PER", "ORG") and not channel_start(unit, unit.token_at(mention.start)) \
                and unit.token_at(mention.start) < said_that:
            return tracker.by_entity(mention.entity) or _person_speaker(unit, mention)
    said = unit.cue_form(cue)
    if unit.is_a(start + 1, "title") and (said is None or _title_agrees(unit.bare(start + 1), said.gender)):
        # ورد الرئيس الأمريكي ...، قائلا (not ورفض الرئيس ... لكنها أكدت)
        phrase = make_phrase(unit, start + 1, phrase_end(unit, start + 1, cue))
        if phrase is not None:
            return Speaker(Ref(text=name_words(unit, phrase)), ANY, phrase.words)
    return None


def _person_speaker(unit: Unit, mention: MentionSpan) -> Speaker:
    text = unit.text[mention.start:mention.end]
    return Speaker(Ref(text=text, entity=mention.entity), ANY, article_less(text))


#: Longest description before a comma-set name: ولي العهد السعودي، الأمير محمد بن سلمان،
MAX_DESCRIPTION = 4


def _apposed_person(unit: Unit, first: int, stop: int) -> MentionSpan | None:
    """A person named between commas right after a definite description or a title opening the
    subject (ولي العهد السعودي، الأمير محمد بن سلمان،): the description's holder; None otherwise."""
    if first >= stop or not (unit.is_a(first, "title") or definite(unit.keys[first]) or definite(
            unit.keys[first + 1] if first + 1 < stop else "")):
        return None
    comma = next((j for j in range(first + 1, min(stop, first + 1 + MAX_DESCRIPTION)) if unit.is_punct(j, COMMA)), None)
    if comma is None or any(unit.tokens[j].kind != "word" or _recipient(unit, j) for j in range(first, comma)):
        return None
    after = comma + 1 + (comma + 2 < stop and unit.is_a(comma + 1, "title"))  # الأمير، الرئيس before the name
    if after >= stop:
        return None
    person = next((m for m in unit.starting_in(unit.tokens[comma + 1].start, unit.tokens[after].start + 1)
                   if m.type == "PER"), None)
    if person is None:
        return None
    close = unit.token_at(person.end - 1) + 1
    return person if close < len(unit.tokens) and unit.is_punct(close, COMMA) else None


def agrees(unit: Unit, speaker: Speaker, gender: str, head: int | None = None) -> bool:
    """A speaker can be the subject of a verb of ``gender``: a masculine verb never has as subject a
    body or place written with a head in ة (وزارة الصحة، الهيئة العامة، الحكومة take وناشدت،
    وطالبت، وحثت).  ``head`` is the first token of the written subject (for …، مؤكدا the speaker's
    mention before the cue in its sentence, :func:`written_subject`); with none written, any agrees.
    Persons, titles (الداعية), plurals of persons (القادة، القضاة: no body's name) and names whose
    head is another word (تنظيم "الدولة الإسلامية") agree."""
    if gender != MASC or head is None or speaker.ref is None or (speaker.ref.entity or "per:").startswith("per:"):
        return True
    start = unit.tokens[head].start
    body = next((m for m in unit.starting_at(start) + unit.starting_at(start + 1) if m.type in PLACE_TYPES), None)
    word = unit.tokens[head].text
    quoted = head > 0 and unit.tokens[head - 1].text in QUOTE_MARKS  # تنظيم "الدولة الإسلامية": the head is تنظيم
    return body is None or not word.endswith("ة") or word.startswith("#") or quoted or unit.is_a(head, "title")


def written_subject(unit: Unit, speaker: Speaker, cue: int) -> int | None:
    """The token opening the speaker's mention in the cue's sentence, before the cue; None when the
    speaker is not written there (a statement's owner, a speaker tracked from before)."""
    if speaker.ref is None or speaker.ref.entity is None:
        return None
    first, last = unit.tokens[unit.sentence_start(cue)].start, unit.tokens[cue].start
    found = [m for m in unit.starting_in(first, last - 1) if m.entity == speaker.ref.entity]
    return unit.token_at(found[-1].start) if found else None


def _title_agrees(title: str, gender: str) -> bool:
    """A title's gender (ة marks the feminine: الوزيرة، رئيسة) agrees with a verb's."""
    if gender not in (MASC, FEM):
        return True
    return title.endswith(("ة", "ه")) == (gender == FEM)


#: Tanween fath, written on the alif or before it: the mark of an adverb (رداً، مجدداً), never a subject.
_TANWEEN = ("ً", "ًا")


def phrase_end(unit: Unit, start: int, stop: int, relative_ends: bool = True) -> int:
    """End token (exclusive) of the speaker phrase in tokens [start, stop): it ends at
    punctuation, an adjunct (في بيان، يوم الأحد), a preposition opening the content (إلى أن),
    a time expression, a word with ل that is not part of a name (للصحفيين، لرويترز), or a
    relative clause on a speaker (متحدث باسم التيار الذي يقوده X) — not on a statement, whose
    clause may name its issuer (البيان الذي نشره الجيش), nor when ``relative_ends`` is False."""
    j = start
    stop = min(stop, start + MAX_SPEAKER_TOKENS)
    quantity = j = quantity_end(unit, start, stop)  # نحو 40 في المئة: the quantity is one word
    while j < stop:
        tok = unit.tokens[j]
        if tok.kind == "punct" and tok.text not in ('"', "«", "»", "“", "”", "'", "(", ")"):
            break
        if start < j == quantity and (group_end := counted_group_end(unit, j, stop)) > j:
            j = group_end  # 28% من المستطلعين، أكثر من الربع: من counts the group
            continue
        if j > start and relative_ends and opens_relative_clause(unit, j) and _clause_qualifies(unit, start, j, stop):
            break  # متحدث باسم التيار الذي يقوده X: the clause qualifies the body
        if j > start and _object_with_pronoun(unit, j):
            break  # وبرر القضاة قرارهم بأن: the object after a definite subject
        if j > start and (member_end := _membership_end(unit, start, j, stop)) > j:
            j = member_end  # مفوض العدل في الاتحاد الأوروبي، الباحث في معهد واشنطن: the body is the title's
            continue
        if (unit.phrase_at(j, "adjunct", 2) or in_class("content_prep", unit.bare(j))
                or (channel_start(unit, j) and not titles_body(unit, start, j))) \
                and not (j > start and unit.bare(j - 1) == "كل"):  # كل من X وY
            break
        if unit.times_in(tok.start, tok.end):
            break
        if j == start and (_as_if(unit, j) or tok.text.endswith(_TANWEEN) or _prepositional_adverb(unit, j)):
            break  # وأشار كدليل على ذلك إلى ...: 'as evidence'; وقالت رداً على: an adverb; no subject
        if _recipient(unit, j) and (j > start or len(unit.keys[j]) < 3 or unit.keys[j][1:2] != "ل") \
                and not titles_body(unit, start, j):
            break  # لرويترز، للصحفيين end it; وزير الدولة للشؤون الخارجية does not
        if j > start and (unit.cue_form(j) is not None or unit.is_a(j, "aux") or unit.is_a(j, "prep_homograph")
                          or (unit.is_a(j, "media_noun") and not unit.is_a(j - 1, "media_noun")
                              and not publishing_verb(unit, j - 1) and not _inside_mention(unit, j))):  # التقرير الذي نشرته صحيفة X
            break  # وأبلغ لام رويترز قائلا: the recipient and the participle end the subject; so does بين
        j += 1
    return j


def _inside_mention(unit: Unit, j: int) -> bool:
    """Token ``j`` is a later word of a name begun before it (هيئة قناة السويس: قناة is no medium)."""
    start = unit.tokens[j].start
    return any(m.start < start for m in unit.mentions_at(start))


#: Possessive pronouns that mark a noun after a definite subject as the verb's object (قرارهم، موقفها).
_POSSESSIVES = ("هم", "ها", "هما", "هن")
#: Words with a possessive that still qualify the subject before them (القادة أنفسهم، الأطراف جميعها).
_SUBJECT_QUALIFIERS = ("انفس", "نفس", "جميع", "كل", "بعض", "ذات", "كلا", "كلت")


def _object_with_pronoun(unit: Unit, j: int) -> bool:
    """Token ``j`` is an indefinite noun with a possessive pronoun right after a definite word: a
    definite subject takes no such word, so it opens the verb's object (وبرر القضاة قرارهم، وأعلنت
    الوزارة رفضها) — unless it qualifies the subject (أنفسهم، جميعها) or belongs to a name."""
    k = unit.keys[j]
    if unit.tokens[j].kind != "word" or definite(k) or unit.bare(j) != k or not definite(unit.keys[j - 1]) \
            or unit.is_a(j - 1, "relative"):
        return False  # ومندوبها الدائم: joined to the subject; التي جمعتها: a relative clause's verb
    stem = next((k[:-len(p)] for p in _POSSESSIVES if k.endswith(p)), None)
    if stem is None or len(stem) < 3 or stem.startswith(_SUBJECT_QUALIFIERS) or unit.is_a(j, "same"):
        return False
    return not _inside_mention(unit, j)


def _membership_end(unit: Unit, start: int, j: int, stop: int) -> int:
    """After a titled phrase (not an unnamed source), في and a body named right after it tell where
    the title holds (مفوض العدل في الاتحاد الأوروبي، الباحث في معهد واشنطن): the end of the body's
    name and its relational adjectives, or ``j`` when no such body follows.  A place after في
    (قال الوزير في القاهرة) is where the words were said, and stays out."""
    if unit.bare(j) != "في" or j + 1 >= stop or not (unit.is_a(start, "title") or unit.is_a(start, "spokesperson")) \
            or unit.is_a(start, "anonymous"):
        return j
    first = j + 1
    body = _body_at(unit, first)
    if body is None and unit.is_a(first, "office_body") and first + 1 < stop:
        first += 1  # القيادي في حزب نداء تونس: the head noun, then the body's name
        body = _body_at(unit, first)
    if body is not None:
        end = unit.token_at(body.end - 1) + 1
    elif first > j + 1 and definite(unit.keys[first]):
        end = first + 1  # الباحث في مركز الدراسات: the head noun and its definite genitive
    else:
        return j
    while end < stop and nisba(unit.keys[end]):
        end += 1
    return min(end, stop)


def _body_at(unit: Unit, j: int) -> MentionSpan | None:
    return next((m for m in unit.starting_at(unit.tokens[j].start) if m.type == "ORG"), None)


def _clause_qualifies(unit: Unit, start: int, j: int, stop: int) -> bool:
    """The relative clause at ``j`` only qualifies the phrase before it, which names the speaker
    itself (متحدث باسم التيار الذي يقوده X، فراز الذي قرر): not a statement or a document whose
    clause names its issuer (البيان الذي نشره الجيش، نتائج البحث الذي أجرته مؤسسة X)."""
    if unit.is_a(start, "statement_noun"):
        return False
    head = make_phrase(unit, start, j)
    if head is None or speaker_like(unit, head):
        return True
    close = relative_clause_end(unit, j, stop) or stop
    return not any(m.type in ("PER", "ORG") for m in unit.mentions_in(unit.tokens[j].start, unit.tokens[close - 1].end))


def _prepositional_adverb(unit: Unit, j: int) -> bool:
    """ب on a definite noun or a demonstrative (وشدد بالمناسبة على، وقال بهذا الصدد، وأشارت بذلك)
    outside any name: a phrase of manner, never the subject (بيان، بعثة، بائع are nouns of their own)."""
    k = unit.keys[j]
    if not k.startswith("ب") or len(k) < 3 or unit.mentions_at(unit.tokens[j].start):
        return False
    return k.startswith("بال") or in_class("relative", k[1:])


def _as_if(unit: Unit, j: int) -> bool:
    k = unit.keys[j]
    return (k.startswith("ك") and len(k) > 3 and j + 1 < len(unit.tokens) and unit.is_a(j + 1, "content_prep")
            and not unit.mentions_at(unit.tokens[j].start))


def _recipient(unit: Unit, j: int) -> bool:
    """A word with the preposition ل or ب outside any name (للصحفيين، بـ) is no subject."""
    k = unit.keys[j]
    if k in ("ب", "ل", "ك"):
        return True
    if k == _TO_ME:  # قالت لي إن، يقول لي: "...": the hearer; لي before a name word is the name Li
        after = j + 1
        return after >= len(unit.tokens) or unit.tokens[after].kind == "punct" or unit.keys[after] in complementizers()
    if not k.startswith("ل") or k.startswith("ال") or len(k) < 4:
        return False
    start = unit.tokens[j].start
    return not unit.mentions_at(start)


def channel_start(unit: Unit, i: int) -> bool:
    """Token ``i`` opens a channel: لرويترز، لوكالة X، للعربية، لـ"العربية.نت"، في مقابلة مع X."""
    k = unit.keys[i]
    if k.startswith("ل") and names_outlet(unit, i):
        return True
    if k.startswith("ل") and len(k) > 2:
        rest = k[1:]
        if in_class("media_noun", rest) or (rest.startswith("ل") and in_class("media_noun", rest[1:])):
            return True
        return any(m.type == "ORG" for m in unit.starting_at(unit.tokens[i].start)) \
            and bool(unit.mentions_at(unit.tokens[i].start + 1))
    return False


def channel_phrase(unit: Unit, start: int, stop: int) -> tuple[int, int] | None:
    """Char span of a channel named between a speaker and the content: لرويترز، في تصريحات
    نقلتها وكالة X، في مقابلة مع إذاعة X."""
    j = start
    while j < stop:
        k = unit.bare(j)
        if channel_start(unit, j):
            if unit.keys[j] in LAM_APART or unit.tokens[j].text in LAM_APART:
                return _apart_channel(unit, j + 1, stop)
            end = phrase_end(unit, j + 1, stop) if j + 1 < stop else j + 1
            # لرويترز → رويترز; للعربية keeps its letters, as ل has taken the article's alif
            skip = 0 if unit.keys[j].startswith("لل") else 1
            return unit.tokens[j].start + skip, unit.tokens[end - 1].end
        if in_class("channel_verb", unit.keys[j]) or k in ("مع",) or (
                k.startswith("ل") and in_class("media_noun", k[1:])):
            first = j + 1
            if first < stop:
                end = phrase_end(unit, first, stop)
                if end > first:
                    start_char = unit.tokens[first].start
                    if k.startswith("ل") and k != "مع":
                        start_char = unit.tokens[j].start + 1
                        first = j
                    return start_char, unit.tokens[end - 1].end
        j += 1
    return None


def _apart_channel(unit: Unit, first: int, stop: int) -> tuple[int, int] | None:
    """Char span of the channel after ل written apart: a quoted name whole (لـ"العربية.نت"),
    else the words up to the phrase's end."""
    if first >= stop:
        return None
    span = unit.opens_quote(first)
    if span is not None:
        return span.inner
    end = phrase_end(unit, first, stop)
    return (unit.tokens[first].start, unit.tokens[end - 1].end) if end > first else None


def _accepted(unit: Unit, mention: MentionSpan, phrase_start: int, after_basm: int | None) -> bool:
    at_head = mention.start <= unit.tokens[phrase_start].start + 2
    return at_head or mention.type == "PER" or (after_basm is not None and mention.start >= after_basm)


def choose_entity(unit: Unit, start: int, end: int) -> MentionSpan | None:
    """The mention in tokens [start, end) that names the speaker."""
    if end <= start:
        return None
    chars = unit.tokens[start].start, unit.tokens[end - 1].end
    mentions = unit.mentions_in(*chars)
    basm = None
    if unit.is_a(start, "spokesperson"):
        basm = next((unit.tokens[j].end for j in range(start, end) if unit.bare(j) == "باسم"), None)
    accepted = [m for m in mentions if _accepted(unit, m, start, basm)
                and not in_class("anonymous", unit.keys[unit.token_at(m.start)])  # خبراء is no name
                and not _in_qualifying_clause(unit, start, end, m)]  # التيار الذي يقوده X: not X
    if not accepted:
        return None
    return min(accepted, key=lambda m: (_TYPE_RANK.get(m.type, 4), m.start))


def _in_qualifying_clause(unit: Unit, start: int, end: int, mention: MentionSpan) -> bool:
    """The mention stands in a relative clause on a speaker named before it (متحدث باسم التيار
    الذي يقوده X): X is not the speaker.  After a document (القرار الذي أصدره X) it is."""
    j = relative_clause_holding(unit, start, end, mention.start)
    if j is None:
        return False
    head = make_phrase(unit, start, j)
    return head is not None and not unit.is_a(start, "statement_noun") and speaker_like(unit, head)


def resolve(unit: Unit, phrase: SpeakerPhrase | None, gender: str, tracker: Tracker,
            window_end: int | None = None) -> Speaker | None:
    """The speaker a phrase names, or the implicit subject when there is none."""
    if phrase is None:
        return tracker.last(gender)
    if phrase.end - phrase.start > 2 and unit.bare(phrase.start) == "كل" and unit.keys[phrase.start + 1] == "من":
        phrase = make_phrase(unit, phrase.start + 2, phrase.end) or phrase  # أعلنت كل من X وY
    head = unit.keys[phrase.start]
    if unit.is_a(phrase.start, "pronoun") or unit.is_a(phrase.start, "relative") or _verb_headed(unit, phrase):
        return tracker.last(gender)  # وقالت ذلك / سموه: the subject named before; أن تطلق أغنية: a verb
    publisher = _publisher(unit, phrase, window_end)
    if publisher is not None:  # وذكر البيان الذي أصدرته الوزارة: the ministry speaks through it
        return resolve(unit, publisher, gender, tracker)
    mention = choose_entity(unit, phrase.start, window_end or phrase.end)
    words = " ".join(article_less(unit.keys[j]) for j in range(phrase.start, phrase.end))
    if mention is not None and mention.type in _NATIONALITY_TYPES and _unnamed_head(unit, phrase.start) \
            and mention.start > unit.tokens[phrase.start].start and mention.end >= unit.tokens[phrase.end - 1].end:
        return Speaker(None, gender, words)  # مسؤول إسرائيلي، مصادر أمريكية: unnamed, whatever their country
    named = _named_spokesperson(unit, phrase, mention, window_end) or (None if mention else _quoted_name(unit, phrase))
    if named is not None:
        return Speaker(Ref(text=named), gender, words)
    if mention is not None and unit.is_a(phrase.start, "kin"):  # والد الطفل "يوسف": not يوسف
        end = mention.end
        if end < len(unit.text) and unit.text[end] in "\"»”'":
            end += 1
        return Speaker(Ref(text=unit.text[unit.tokens[phrase.start].start:end]), gender, words)
    if mention is not None:
        known = tracker.by_entity(mention.entity)
        if known is not None and not _speaks_for_another(unit, phrase, mention, known):
            known.words += " " + words
            return known
        if mention.type == "PER":
            text = _person_words(unit, phrase, mention)
        elif mention.start <= unit.tokens[phrase.start].start + 1:  # ونفت روسيا مزاعم ...: the name, not its object
            text = unit.text[mention.start:max(mention.end, _nisba_end(unit, mention))]
        else:
            text = phrase.words
        return Speaker(Ref(text=text, entity=mention.entity), gender, words)
    bare_head = article_less(head)
    name = name_words(unit, phrase)
    if (in_class("anonymous", bare_head) or unit.is_a(phrase.start, "anonymous")) \
            and (name == phrase.words or _relational_only(name)):  # مسؤول إسرائيلي: no name, a country
        return Speaker(None, gender, words)
    if unit.is_a(phrase.start, "statement_noun") and phrase.end - phrase.start <= 2:
        return tracker.statement_owner or tracker.last(ANY)
    same = any(unit.is_a(j, "same") for j in range(phrase.start, phrase.end))
    if bare_head != head and (same or name == phrase.words):
        known = tracker.by_head(bare_head)
        # a short definite phrase (الوزير، الطبيب ذاته), or one a speaker was named by before
        # (القيادية في حركة نداء تونس، سلمى اللومي ... القيادية في حركة نداء تونس)
        if known is not None and (same or phrase.end - phrase.start <= 3
                                  or set(words.split()) <= set(known.words.split())):
            known.words += " " + words
            return known
    return Speaker(Ref(text=name), gender, words)


def _speaks_for_another(unit: Unit, phrase: SpeakerPhrase, mention: MentionSpan, known: Speaker) -> bool:
    """A spokesperson of a body (متحدث باسم الجيش الشعبي) is not whoever spoke before under another
    phrase for the same body (متحدث باسم الجيش الحكومي): only the body itself, or the same words, is."""
    if mention.type == "PER" or not unit.is_a(phrase.start, "spokesperson"):
        return False
    words = {article_less(unit.keys[j]) for j in range(phrase.start, phrase.end)}
    return not words <= set(known.words.split())


def _verb_headed(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The phrase opens with a finite verb (أن تطلق أغنية، وخرجت أقاويل), no name's first word:
    a clause, not a speaker."""
    start = unit.tokens[phrase.start].start
    return is_finite_verb(unit.tokens[phrase.start].text) and not any(
        m.type in ("PER", "ORG") for m in unit.mentions_at(start))


def _publisher(unit: Unit, phrase: SpeakerPhrase, window_end: int | None) -> SpeakerPhrase | None:
    """The publisher a relative clause names on the statement that is the subject (وذكر البيان
    الذي أصدرته الوزارة أن → الوزارة), or None."""
    stop = max(phrase.end, window_end or 0)
    first = publisher_start(unit, phrase.start, stop)
    return make_phrase(unit, first, phrase_end(unit, first, stop)) if first is not None else None


def _relational_only(words: str) -> bool:
    """Only relational adjectives without the article (إسرائيلي، أمريكيون): a source's country."""
    keys = [key(w) for w in words.split()]
    return bool(keys) and all(not definite(k) and k.endswith(NISBA_ENDINGS) for k in keys)


def _unnamed_head(unit: Unit, j: int) -> bool:
    """An unnamed source's head: مصادر، or an indefinite title (مسؤول، دبلوماسي) naming nobody."""
    return unit.is_a(j, "anonymous") or (unit.is_a(j, "title") and not definite(unit.keys[j]))


def _named_spokesperson(unit: Unit, phrase: SpeakerPhrase, mention: MentionSpan | None,
                        window_end: int | None) -> str | None:
    """المتحدث باسم الوزارة الجنرال فلان / المتحدث باسم الوزارة، فلان،: the person's words after
    the body they speak for, when no person entity was found there."""
    titled = unit.is_a(phrase.start, "spokesperson") or unit.is_a(phrase.start, "title")
    if not titled or (mention is not None and mention.type == "PER"):
        return None
    if mention is None:
        rest = phrase.end if name_words(unit, phrase) == phrase.words else phrase.start
    else:
        rest = unit.token_at(mention.end)
    while rest < phrase.end and nisba(unit.keys[rest]):
        rest += 1
    after = next((k for k in range(rest, phrase.end) if unit.tokens[k].kind != "punct"), phrase.end)
    if after < phrase.end and unit.is_a(after, "relative"):
        return None  # متحدث باسم ائتلاف "سائرون" الذي يجمع: a relative clause on the body, not a name
    if mention is not None and phrase.end - rest >= 2 and not unit.mentions_in(
            unit.tokens[rest].start, unit.tokens[phrase.end - 1].end):  # التابع للأمم المتحدة: no name
        return name_words(unit, SpeakerPhrase(rest, phrase.end, unit.text[unit.tokens[rest].start:unit.tokens[phrase.end - 1].end]))
    if rest == phrase.end and window_end and phrase.end < window_end:
        # the first comma after the phrase (and its place qualifier: في أمريكا الشمالية،) sets off the name
        comma = next((k for k in range(phrase.end, window_end) if unit.is_punct(k, COMMA)), None)
        if comma is None or comma + 1 >= window_end or (comma > phrase.end and unit.bare(phrase.end) != "في"
                                                        and not opens_relative_clause(unit, phrase.end)):
            return None  # only a place qualifier or a relative clause stands between the body and the name
        end = phrase_end(unit, comma + 1, window_end)
        if 2 <= end - comma - 1 <= 3 and not definite(unit.keys[comma + 1]):
            return unit.text[unit.tokens[comma + 1].start:unit.tokens[end - 1].end]
    return None


def _nisba_end(unit: Unit, mention: MentionSpan) -> int:
    """End of a mention with the relational adjectives that follow it (وزارة الخارجية البحرينية)."""
    j = unit.token_at(mention.end)
    while j < len(unit.tokens) and nisba(unit.keys[j]) and unit.tokens[j].start <= unit.tokens[j - 1].end + 1:
        j += 1
    return unit.tokens[j - 1].end


def _person_words(unit: Unit, phrase: SpeakerPhrase, mention: MentionSpan) -> str:
    """The person's name as written: the mention, or the name in the phrase that holds it when the
    mention caught only part of it (خبير الطب النفسي نعيم العراقي, mention نعيم)."""
    words = unit.text[mention.start:mention.end]
    name = name_words(unit, phrase)
    return name if name != phrase.words and words in name and len(name) > len(words) else words


def _quoted_name(unit: Unit, phrase: SpeakerPhrase) -> str | None:
    """وقال "مكتب مفوض المعلومات" المكلف بـ...: the quoted words name the speaker."""
    span = unit.opens_quote(phrase.start - 1) if phrase.start > 0 else None
    if span is None or span.close > unit.tokens[phrase.end - 1].end:
        return None
    return unit.text[span.open + 1:span.close].strip()


def _titled_or_named(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The phrase opens with a title or with the name of a person or body."""
    if unit.is_a(phrase.start, "title") or unit.is_a(phrase.start, "spokesperson"):
        return True
    head = unit.tokens[phrase.start].start
    return any(m.type in ("PER", "ORG") for m in unit.mentions_at(head + 1))


def speaker_like(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The phrase can name a speaker: a person or body, an unnamed source, a title, a statement
    or a medium (not 'the final results')."""
    chars = unit.tokens[phrase.start].start, unit.tokens[phrase.end - 1].end
    if any(m.type not in ("GPE", "LOC", "FAC") for m in unit.mentions_in(*chars)):
        return True
    return any(unit.is_a(phrase.start, cls) for cls in
               ("anonymous", "title", "spokesperson", "statement_noun", "media_noun", "kin"))
