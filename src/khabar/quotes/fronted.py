"""The subject written before its speech verb (الدفاع الروسية تقول، وكانت الوزارة أعلنت،
وكان الوزير، فلان، أعلن، لكن الرئيس أكد) and the clause that holds a cue."""

from __future__ import annotations

from khabar.quotes.context import COMMA, Unit
from khabar.quotes.lexicon import AMMA, IN_IT, KAMA, complementizers, in_class, lookup_cue
from khabar.quotes.names import SpeakerPhrase, article_less, make_phrase
from khabar.quotes.noun_phrases import publishing_verb, publishing_verb_key


def fronted_phrase(unit: Unit, cue: int, clause_start_token: int) -> SpeakerPhrase | None:
    """The subject written before the verb (الدفاع الروسية تقول، وكانت الوزارة أعلنت،
    وكان الوزير، فلان، أعلن)."""
    if cue > 0 and unit.keys[cue - 1] == KAMA:
        return None  # ... كما صرحت لصحيفة: 'as she told', the subject is the one before
    issued, publisher = _document_publisher(unit, cue)
    if issued:
        return publisher
    topic = any(unit.bare(j) == AMMA for j in range(clause_start_token, cue)) or _comma_topic(unit, cue)
    if unit.keys[cue][:1] in ("و", "ف") and lookup_cue(unit.keys[cue][1:]) and not topic:
        return None  # وقال: a verb with a conjunction opens its clause, its subject follows (not أما X فيقول)
    start = clause_start_token
    end = cue
    for _ in range(3):  # step back over appositions between commas
        if start < end and not (topic and _before_topic(unit, start, end)):
            break  # أما X، عضو المكتب، فقال: past the apposition to the topic
        if start == 0 or not unit.is_punct(start - 1, COMMA):  # the comma before the clause (start <= end)
            break
        end = start - 1
        start = clause_start(unit, end)
    for j in range(start, end):  # على الرغم من أن المنظمة أقرت: the subject follows أن
        if unit.keys[j] in complementizers():
            start = j + 1
    led = False  # ، حيث أكدت / ثم أعاد تغريدة كتبها: حيث and ثم are no subject, nor is a verb after them
    while start < end and (unit.tokens[start].kind == "punct" or unit.is_a(start, "aux") or unit.keys[start] in ("و", "ف")
                           or unit.is_a(start, "verb_lead")):
        led = led or unit.is_a(start, "verb_lead")
        start += 1
    if led and start < end and not (_names_at(unit, start) or article_less(unit.keys[start]) != unit.keys[start]):
        return None
    while end > start and unit.is_a(end - 1, "aux"):
        end -= 1  # وكانت الوزارة قد أعلنت
    if end - 1 > start and unit.is_a(end - 1, "in_turn"):
        end -= 1  # رئيس البرلمان بدوره أكد: the subject is before 'in turn'
    if start < end and unit.is_a(start, "prep_homograph") and unit.cue_form(start) is None:
        start += 1  # بين معارض لها يرى أن: those the preposition names hold the view
    if start >= end or end - start > 8:
        return None
    if (start > 0 and unit.phrase_at(start - 1, "not_boundary", 2)) or unit.phrase_at(start, "source_prep", 1):
        return None  # وفيما يتعلق بالجانب التنظيمي، أكد X: a topic; بحسب ما أعلنته X: a source after the verb
    if lookup_cue(unit.keys[start]) or any(
            (in_class("content_prep", unit.bare(j)) or in_class("adjunct", unit.bare(j))) and not source_in(unit, start, j)
            and not _qualifier_prep(unit, start, j, end)
            or in_class("relative", unit.bare(j)) for j in range(start, end)):
        return None
    # المسؤول المطلع على الملف: the head and its participle name the speaker, the rest qualifies them
    qualifier = next((j for j in range(start, end) if _qualifier_prep(unit, start, j, end)), None)
    if end - start > 3 and not _names_at(unit, start) and not (end - start <= _QUALIFIED_WORDS and qualifier is not None):
        return None  # وأصدرت الوزارة بيانا دعت فيه: a long run not opening with a name holds a verb
    end = qualifier if qualifier is not None else end
    phrase = make_phrase(unit, start, end)
    if phrase is not None and start == clause_start_token and unit.keys[start][:1] == "و" \
            and start > unit.sentence_start(cue) and not unit.is_a(start, "title") and len(unit.keys[start]) > 3 \
            and not unit.is_a(start - 1, "contrast"):  # لكن وسائل إعلام تقول: the word's own و
        phrase.words = phrase.words[1:]  # ... ولافروف ينفي: the conjunction joins the clause
    return phrase


_ARTICLE = "ال"
#: Most words of a definite head qualified by a participle and its preposition (المصدر المطلع على الملف).
_QUALIFIED_WORDS = 5


def _qualifier_prep(unit: Unit, start: int, j: int, end: int) -> bool:
    """The preposition at ``j`` completes a definite participle qualifying the subject's definite
    head (ولكن المصدر المطلع على الملف أكد، المصادر المقربة من الرئيس تقول): it opens no content,
    the head and the participle before it and a definite noun after it are one phrase."""
    return start + 1 < j < end - 1 and unit.keys[j] == unit.bare(j) and in_class("content_prep", unit.keys[j]) \
        and all(unit.keys[k].startswith(_ARTICLE) for k in (start, j - 1, j + 1))


#: Most commas between أما and the ف-verb of its topic (أما X، عضو المكتب، فقال).
_TOPIC_COMMAS = 3


def _comma_topic(unit: Unit, cue: int) -> bool:
    """أما X، فقال / أما X، عضو المكتب، فقال: a ف-verb right after a comma closes the topic أما opened
    a few commas before in its sentence, whose noun is the subject."""
    if unit.keys[cue][:1] != "ف" or cue == 0 or not unit.is_punct(cue - 1, COMMA):
        return False
    sentence = unit.sentence_start(cue)
    commas = 0
    for j in range(cue - 1, sentence - 1, -1):
        if unit.bare(j) == AMMA:  # not أما عن الحب، أما في الداخل: a topic that names no one
            return j + 1 < cue and not (unit.keys[j + 1][:1] in ("ب", "ل", "ك") or any(
                unit.is_a(j + 1, cls) for cls in ("topic_lead", "headline_topic_prep", "blocking_prep")))
        if unit.is_punct(j, COMMA):
            commas += 1
            if commas > _TOPIC_COMMAS:
                return False
        elif unit.tokens[j].kind == "punct" or lookup_cue(unit.keys[j]):
            return False
    return False


def _before_topic(unit: Unit, start: int, end: int) -> bool:
    """The clause from ``start`` to ``end`` comes after the topic's أما (its own words hold none)."""
    return start > 0 and unit.is_punct(start - 1, COMMA) and not any(unit.bare(j) == AMMA for j in range(start, end))


#: Most indefinite adjectives between a document and the verb after it (بلاغا توضيحيا).
_DOCUMENT_ADJECTIVES = 2


def _document_publisher(unit: Unit, cue: int) -> tuple[bool, SpeakerPhrase | None]:
    """A verb with فيه right after a document its sentence's publishing verb issued (أصدر النائب
    العام بيانا، الأربعاء، أكد فيه خلو ...; أصدرت الوزارة بلاغا توضيحيا أكدت فيه; أصدرت الدول
    الأربع في الخامس من يونيو بيانات متزامنة أعلنت فيها): the document's words are its publisher's,
    the subject of that verb.  With no such verb, an indefinite document with its owner after it
    (بعد تقرير لموقع "إنترسبت"، ذكر فيه أن) is the phrase, which speaks for that owner.  (True, the
    phrase), or (True, None) when the publisher is unwritten (وأصدرت بيانا قالت فيه: the one named
    before); (False, None) when the sentence is not so built."""
    if cue + 1 >= len(unit.tokens) or unit.keys[cue + 1] not in IN_IT:  # (the document just named: أكد فيه، دعت فيها)
        return False, None
    sentence = unit.sentence_start(cue)
    j = cue - 1
    while j > sentence and (unit.is_punct(j, COMMA) or unit.time_word(j) or unit.keys[j] == "و"):
        j -= 1  # بيانا، الأربعاء، أكد
    before_verb = j + 1
    for _ in range(_DOCUMENT_ADJECTIVES):
        if j > sentence and unit.keys[j].endswith(_ADJECTIVE_ENDINGS) and not statement_word(unit.keys[j]):
            j -= 1  # بلاغا توضيحيا، بيانات متزامنة
    if j <= sentence:
        return False, None
    document = statement_word(unit.keys[j])
    if not document:
        owned = _owned_document(unit, sentence, j, before_verb)
        if owned is not None:
            return True, owned
    # أورد المرصد حصيلة جديدة لضحايا النزاع، أشار فيها; نشرت فلانة مقطع فيديو ...، تتهم فيه: what a
    # publishing verb opening the clause issued, however named, is what فيه stands for (not a noun in
    # ة spelt like one, إذاعة جدة)
    verb = next((p for p in range(sentence, j) if (publishing_verb(unit, p) or (
        unit.keys[p][:1] == "و" and publishing_verb_key(unit.keys[p][1:]))) and (document or (
            not unit.keys[p].endswith("ه") and (p == sentence or unit.is_punct(p - 1, COMMA))))), None)
    if verb is not None and verb + 1 == j and document:
        return True, fronted_phrase(unit, verb, clause_start(unit, verb))  # وكان الرئيس قد نشر تغريدة قال فيها
    if verb is None or verb + 1 >= j or unit.phrase_at(verb + 1, "adjunct", 1) or unit.keys[verb + 1][:1] in ("ب", "ل"):
        return False, None  # نشرت على موقعها بلاغا: the subject is unwritten
    # أصدرت الدول الأربع في الخامس من يونيو بيانات: the subject ends before when it was issued
    end = next((p for p in range(verb + 2, j) if unit.is_a(p, "adjunct") or unit.time_word(p)), j)
    return True, make_phrase(unit, verb + 1, end)


#: Endings of an adjective after a document, as keyed (بلاغا توضيحيا، بيانات متزامنة: ة is keyed ه).
_ADJECTIVE_ENDINGS = ("يا", "ه")
#: Most words of an owner after its document, before a verb with فيه (تقرير لموقع "إنترسبت"، ذكر فيه).
_OWNER_WORDS = 4


def _owned_document(unit: Unit, sentence: int, last: int, stop: int) -> SpeakerPhrase | None:
    """An indefinite document a few words before ``stop`` whose owner follows it with ل
    (تقرير لموقع "إنترسبت"، ذكر فيه): the phrase from the document to ``stop``."""
    for j in range(last, max(sentence, last - _OWNER_WORDS) - 1, -1):
        if unit.tokens[j].kind == "word" and statement_word(unit.keys[j]) and not unit.keys[j].startswith("ال") \
                and j + 1 < stop and unit.keys[j + 1][:1] == "ل" and not unit.keys[j + 1].startswith("ال"):
            # the owner is a person or body named in the ل-word or the two after it (لموقع "إنترسبت"),
            # not a title whose holder comes later (تصريحات لكاتب الدولة للتجارة فلان)
            limit = unit.tokens[min(j + 3, stop - 1)].end
            named = any(m.type in ("PER", "ORG") for m in unit.starting_in(unit.tokens[j + 1].start + 1, limit))
            return make_phrase(unit, j, stop) if named else None
    return None


def statement_word(word_key: str) -> bool:
    """A statement noun, also in the indefinite accusative (بيانا، بلاغا) or a plural in ات (بيانات)."""
    return in_class("statement_noun", word_key) or (word_key.endswith("ا") and in_class("statement_noun", word_key[:-1])) \
        or (word_key.endswith("ات") and in_class("statement_noun", word_key[:-2]))


def source_in(unit: Unit, start: int, j: int) -> bool:
    """في right after an unnamed source's head, or after its adjective, places it (وكان مسؤول في
    الإدارة المحلية ذكر، مصدر في الوزارة قال، إلا أن مسؤولا عسكريا في الجيش قال): part of the
    subject, not an adjunct before the verb."""
    return start < j <= start + 2 and unit.bare(j) == "في" and anonymous_head(unit, start)


def anonymous_head(unit: Unit, j: int) -> bool:
    """Token ``j`` heads an unnamed source, also in the accusative after أن (إلا أن مسؤولا عسكريا)."""
    k = unit.bare(j)
    return in_class("anonymous", k) or (k.endswith("ا") and in_class("anonymous", k[:-1]))


def _names_at(unit: Unit, j: int) -> bool:
    """Token ``j`` opens a name, a title, a source or a statement."""
    char = unit.tokens[j].start
    return bool(unit.mentions_at(char + 1)) or anonymous_head(unit, j) or any(
        unit.is_a(j, cls) for cls in ("title", "anonymous", "spokesperson", "statement_noun", "media_noun", "kin"))


def clause_start(unit: Unit, i: int) -> int:
    """First token of the clause holding token ``i``: after a sentence end, a comma,
    a colon, a clause boundary word, or a و that joins a new subject and verb."""
    j = i - 1
    sentence_start = unit.sentence_start(i)
    while j >= sentence_start:
        tok = unit.tokens[j]
        if tok.kind == "punct" and (tok.text in COMMA or tok.text in (":", "..", "...", "…")):
            return j + 1
        if unit.phrase_at(j, "boundary"):
            return j + unit.phrase_at(j, "boundary")
        if unit.is_a(j, "contrast"):
            return j + 1  # ... لكن الرئيس أكد
        if unit.keys[j][:1] == "و" and j > sentence_start and _joins_clause(unit, j, i):
            return j
        j -= 1
    return sentence_start


def _joins_clause(unit: Unit, j: int, cue: int) -> bool:
    """و on token ``j`` joins a new clause (ولافروف ينفي) when its word is a name followed by the cue."""
    return any(m.end >= unit.tokens[cue - 1].end for m in unit.starting_at(unit.tokens[j].start)) or (
        cue - j <= 2 and not unit.keys[j].startswith("وال"))
