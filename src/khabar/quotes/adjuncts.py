"""What stands between a speech verb's subject and its content: times, adverbs, an aside set off by
commas, and a phrase saying how it was said (في بيان له). ``skip_adjuncts`` steps over them so the
content begins where the words of the statement do."""

from __future__ import annotations

from functools import cache

from khabar.quotes.context import COMMA, Unit
from khabar.quotes.cue_shapes import complementizer
from khabar.quotes.extent import TANWEEN
from khabar.quotes.lexicon import PRONOUN_SUFFIXES, class_keys, in_class, key
from khabar.quotes.names import NISBA_ENDINGS
from khabar.quotes.noun_phrases import publishing_verb
from khabar.quotes.verb_subjects import definite_word, prepositional, subject_phrase_end, time_end

_IN = key("في")
_FROM = key("من")


def skip_adjuncts(unit: Unit, start: int, stop: int) -> int:
    """Skip what stands between a subject and its content: times, adverbs, and a phrase set
    off by commas (أردوغان، في تصريحات نقلتها وكالة الأناضول، من وزرائه ...)."""
    while start < stop:
        tok = unit.tokens[start]
        if unit.is_punct(start, COMMA):
            close = next((j for j in range(start + 1, min(stop, start + 14)) if unit.is_punct(j, COMMA)), None)
            aside = close is not None and not _reported(unit, start + 1, close) and _aside_opens(unit, start + 1) \
                and not in_class("noun_content_prep", unit.bare(start + 1))  # ، عن مقتل 45 عنصرا،: the content
            start = close + 1 if aside else start + 1
        elif unit.is_a(start, "manner_lead") and start + 1 < stop and unit.tokens[start + 1].kind == "word":
            start += 2  # أعلن الفنان بشكل مفاجئ توقفه: the phrase says how, its adjective with it
        elif (tok.kind == "punct" and not unit.opens_quote(start)) or unit.times_in(tok.start, tok.end) \
                or (unit.phrase_at(start, "adjunct", 1) and not in_class("content_adjunct", unit.bare(start))):
            start += 1
        elif _adverb_before_content(unit, start, stop):
            start += 1  # ورحبت باريس رسمياً بتعاونهما: the adverb says how, the content follows it
        elif (statement_end := statement_adjunct_end(unit, start, stop)) > start:
            start = statement_end
        elif (when_end := time_phrase_end(unit, start, stop)) > start:
            start = when_end  # أعلنت في وقت سابق من هذا العام عن: when it was said, not what
        else:
            break
    return start


def _aside_opens(unit: Unit, j: int) -> bool:
    """Token ``j``, after a comma, can open an aside on the subject: an adjunct or a preposition
    (في تصريحات، من جديد، لوكالة)، a time, a title, a name (رئيس الوزراء، فيصل البرادعي)، a definite
    noun in apposition (الذراع العقارية لجهاز X) or a relative clause (الذي يشغل المنصب); another word
    (أعلنت السعودية ومصر، قطع علاقاتها مع قطر، بعد) opens the content itself."""
    tok = unit.tokens[j]
    if tok.kind != "word" or unit.phrase_at(j, "adjunct", 1) or prepositional(unit.keys[j]) or unit.time_word(j) \
            or unit.keys[j] == _FROM or definite_word(unit.keys[j]) or unit.is_a(j, "title") \
            or unit.is_a(j, "relative_clause"):
        return True
    limit = unit.tokens[min(j + 1, len(unit.tokens) - 1)].end
    return any(m.type == "PER" or m.start == tok.start for m in unit.starting_in(tok.start, limit - 1))


#: The accusative ending of a relational adverb (رسمياً، حالياً، شخصياً).
_RELATIONAL_ADVERB = "يا"


def _adverb_before_content(unit: Unit, j: int, stop: int) -> bool:
    """Token ``j`` is a relational adverb in tanween (رسمياً، حالياً) before a preposition opening
    the content (ورحبت باريس رسمياً بتعاونهما): it says how, the content follows; an indefinite noun
    in tanween (وتوقع ترمب تقدماً كبيراً) is the content itself."""
    if j + 1 >= stop or not unit.tokens[j].text.endswith(TANWEEN) or not unit.keys[j].endswith(_RELATIONAL_ADVERB):
        return False
    nxt = unit.keys[j + 1]
    return (nxt[:1] in ("ب", "ل") and len(nxt) > 3) or in_class("noun_content_prep", unit.bare(j + 1))


#: Most words between في and the time that ends its phrase (في ختام اجتماعهم السبت): further on, a time is
#: the content's (ونفى الوزير في اجتماع الحكومة وقوع انفجار يوم الأحد).
_WORDS_BEFORE_TIME = 2
#: Most words of a time_adjunct phrase (في وقت سابق من هذا العام).
_TIME_ADJUNCT_WORDS = 6


def time_phrase_end(unit: Unit, start: int, stop: int) -> int:
    """في and a phrase ending with a time say when it was said, not what (أعلنت في وقت سابق من هذا
    العام عن، أعلن في العام 2017 استئنافه، أعلن الوزراء في ختام اجتماعهم السبت عن): the token after
    the time, found within two words of في, or after a time phrase of cues.tsv (time_adjunct: في وقت
    سابق) and the time right after it; ``start`` when no time ends the phrase so before a mark, a
    complementizer, a speech verb or a preposition opening the content (دعا في الولايات المتحدة إلى
    إضراب في الأول من مايو: the time is the content's)."""
    if unit.bare(start) != _IN or start + 1 >= stop:
        return start
    end = start + unit.phrase_at(start, "time_adjunct", _TIME_ADJUNCT_WORDS)
    words_before = 0
    for j in range(max(end, start + 1), stop):
        tok = unit.tokens[j]
        if unit.time_word(j) or (tok.text == "/" and unit.times_in(tok.start, tok.end)):  # تشرين الثاني/نوفمبر
            end = j + 1
        elif end > start or tok.kind != "word" or words_before == _WORDS_BEFORE_TIME \
                or complementizer(unit, j) or unit.cue_form(j) is not None or _opens_content(unit, j):
            break  # (after a time: what follows is the content)
        else:
            words_before += 1
    return end


#: Letters of a preposition written on its noun (بوقف، للمطالبة).
_ATTACHED_PREPOSITIONS = ("ب", "ل")
#: Fewest letters of a word with a preposition on it (بوقف): a shorter one is a word of its own (بلد).
_ATTACHED_MIN_LETTERS = 4


def _opens_content(unit: Unit, j: int) -> bool:
    """Token ``j`` is a preposition that may open the content (إلى، عن، على: noun_content_prep; بفرض،
    للمطالبة)."""
    k = unit.bare(j)
    return in_class("noun_content_prep", k) or (k.startswith(_ATTACHED_PREPOSITIONS) and len(k) >= _ATTACHED_MIN_LETTERS
                                                 and not unit.time_word(j))


def statement_adjunct_end(unit: Unit, start: int, stop: int) -> int:
    """في and an utterance (في تصريح إعلامي، في بيان له، في نفس التصريح، في البيان ذاته) say how it
    was said, not what: the end of the phrase with its relational adjectives, pronoun or 'same',
    and the clause naming its publisher (في بيان أصدرته وزارة الخارجية); ``start`` when none stands
    there."""
    if unit.bare(start) != _IN or start + 1 >= stop:
        return start
    noun = start + 2 if unit.is_a(start + 1, "same_before") else start + 1
    if noun >= stop or not (unit.is_a(noun, "statement_noun") or unit.bare(noun) in _owned_statement_nouns()):
        return start
    j = noun + 1
    while j < stop and unit.tokens[j].kind == "word" and (unit.keys[j].endswith(NISBA_ENDINGS)
                                                        or in_class("owner_pronoun", unit.keys[j])
                                                        or unit.is_a(j, "same")):
        j += 1
    if j < stop and unit.is_a(j, "issued"):  # في بلاغ صادر اليوم الإثنين عن تعيين: issued when, not by whom
        j = time_end(unit, j + 1, stop)
    if j < stop and publishing_verb(unit, j, object_pronoun=True):  # في بيان أصدرته وزارة الخارجية
        j = subject_phrase_end(unit, j + 1, stop)
    return j


@cache
def _owned_statement_nouns() -> frozenset[str]:
    """Statement nouns with their owner's pronoun (بيانه، تصريحاتها، رسالتهم: ة written ت before it),
    as :func:`khabar.quotes.lexicon.complementizers` lists its words with theirs."""
    nouns = {n[:-1] + "ت" if n.endswith("ه") else n for n in class_keys("statement_noun") if not n.startswith("ال")}
    return frozenset(n + s for n in nouns for s in PRONOUN_SUFFIXES)


def _reported(unit: Unit, start: int, stop: int) -> bool:
    """Tokens [start, stop) look like reported content rather than an aside: they hold a verb
    cue or a complementizer."""
    return any(complementizer(unit, j) for j in range(start, stop))
