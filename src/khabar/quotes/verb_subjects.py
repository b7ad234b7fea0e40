"""The subject written with a speech verb: after it (قالت الوزارة، المتحدث باسم الجيش فلان، وزير
الخارجية المصري سامح شكري), on a particle before it (لكنها قالت), and the appositions after a comma
that still name it (إيريك شولتز، المتحدث باسم البيت الأبيض، إن)."""

from __future__ import annotations

from khabar.arabic.verbs import is_finite_verb
from khabar.quotes.context import COMMA, MentionSpan, Unit
from khabar.quotes.cue_shapes import complementizer
from khabar.quotes.extent import channel_start, phrase_end
from khabar.quotes.lexicon import IN_IT, MASC, in_class, key
from khabar.quotes.names import (
    LAM_APART,
    NISBA_ENDINGS,
    QUOTE_MARKS,
    SpeakerPhrase,
    article_less,
    definite,
    make_phrase,
)
from khabar.quotes.noun_phrases import (
    nominative_plural,
    opens_relative_clause,
    quantity_subject_end,
    relative_clause_end,
)
from khabar.quotes.prepositions import oblique_plural

#: 'In', opening an unnamed group's field (مختصون في المركبات).
_IN = key("في")
#: 'the family of', heading a family's name (آل الشيخ، آل سعود), spelled as the article once normalised.
_FAMILY = key("آل")
#: Mentions that can name a subject written with the verb (a relative clause's antecedent, the name on لكنها).
SPEAKER_TYPES = ("PER", "ORG", "GPE", "NORP")
#: Longest name read between a title and its content when no entity tags it (words).
MAX_UNTAGGED_NAME = 4
#: Longest place phrase between a title and its comma-set name (words after في).
MAX_QUALIFIER = 4
#: A one-word name cannot be told from a content noun without a tag.
MIN_UNTAGGED_NAME = 2
#: Longest title and the body it holds before a comma-set name (words and marks).
MAX_TITLE_WORDS = 10
#: 'Before' (أكد أمام البرلمان): like ل written apart, it opens the phrase of whom the words were addressed to.
_BEFORE = key("أمام")
#: Longest hearer phrase after its ل word: qualifiers and a name (للرئيس الأمريكي دوايت أيزنهاور).
MAX_HEARER_WORDS = 6


def late_holder_end(unit: Unit, start: int, phrase_stop: int, opener: int) -> int:
    """A title whose holder is named after the title's qualifiers, which ended its phrase (رئيس مركز
    الدراسات الكردية في ألمانيا نواف خليل، السفير البريطاني لدى الأمم المتحدة ماثيو رايكروفت، المندوب
    الجهوي للسياحة بسوسة فؤاد الواد): the token after that person, so that the person speaks; else
    ``phrase_stop``.  Not past a verb (كان يعمل في مخابرات فلان), a relative word, a cue or a word tying the person to something
    else (``companion_lead``: خلال لقائه بفلان، مع نظيره فلان), nor a person written with a preposition
    (بالفخراني) or named after another title of the qualifiers (مستشار لحملة المرشح الجمهوري دونالد ترامب)."""
    if not (unit.is_a(start, "title") or unit.is_a(start, "spokesperson")) or unit.is_a(start, "anonymous") \
            or phrase_stop >= opener:
        return phrase_stop
    head = unit.tokens[start].start
    if any(m.type == "PER" for m in unit.mentions_in(head, unit.tokens[phrase_stop - 1].end)):
        return phrase_stop
    last_title = None
    for j in range(phrase_stop, min(opener, phrase_stop + MAX_TITLE_WORDS)):
        tok = unit.tokens[j]
        person = next((m for m in unit.mentions_in(tok.start, tok.end) if m.type == "PER"), None)
        if person is not None:
            end = unit.token_at(person.end - 1) + 1
            if person.start != tok.start or end > opener or (last_title is not None and last_title < j - 1):
                return phrase_stop  # بالفخراني; المرشح الجمهوري لانتخابات الرئاسة دونالد ترامب
            return end
        if tok.kind == "punct":
            if tok.text not in COMMA and tok.text not in QUOTE_MARKS:
                return phrase_stop
            continue
        if unit.cue_form(j) is not None or complementizer(unit, j) or unit.is_a(j, "relative") \
                or unit.is_a(j, "companion_lead") or unit.is_a(j, "aux") \
                or is_finite_verb(tok.text) \
                or (tok.text[:1] == "ل" and is_finite_verb(tok.text[1:])):  # لتهنئ زميلتها فلانة
            return phrase_stop
        if unit.is_a(j, "title") or unit.is_a(j, "spokesperson"):
            last_title = j
    return phrase_stop


def particle_subject(unit: Unit, i: int) -> SpeakerPhrase | None:
    """وقضت المحكمة بسجنه لكنها قالت إن ...: the pronoun on لكن stands for the subject of the
    sentence's opening verb, a name or a definite noun agreeing with the pronoun; None (the last
    speaker who agrees) when there is none."""
    head = unit.sentence_start(i) + 1
    if head >= i - 1:
        return None
    char = unit.tokens[head].start
    mention = next((m for m in unit.starting_in(char, char + 1) if m.type in SPEAKER_TYPES), None)
    if mention is not None:
        end = unit.token_at(mention.end)
    elif definite_word(unit.keys[head]) and _agrees(unit.keys[head], unit.keys[i - 1]):
        end = head + 1
    else:
        return None
    while end < i - 1 and relational(unit.keys[end]):
        end += 1  # المحكمة العليا الأمريكية: its relational adjectives
    return make_phrase(unit, head, end) if end <= i - 1 else None


def _agrees(noun: str, particle: str) -> bool:
    """A definite noun agrees with the pronoun on a particle: ة with ها, no ة with ه, any with هم."""
    if particle.endswith(("هم", "هما")):
        return True
    return noun.endswith(("ه", "ة")) == particle.endswith("ها")


def apposition_end(unit: Unit, phrase_stop: int, opener: int) -> int:
    """Appositions after a comma (إيريك شولتز، المتحدث باسم البيت الأبيض، إن) still name the speaker."""
    j = _past_place_qualifier(unit, phrase_stop, opener)
    if j < opener and opens_relative_clause(unit, j):  # المتحدث باسم التيار الذي يقوده X، فلان،
        j = relative_clause_end(unit, j, opener) or phrase_stop
    while j < opener and unit.is_punct(j, COMMA):
        j = phrase_end(unit, j + 1, opener)
    return j


def _past_place_qualifier(unit: Unit, j: int, opener: int) -> int:
    """مراسل بي بي سي في أمريكا الشمالية، أنتوني زورتشر،: a short في phrase qualifying the title
    before a comma-set name, or an عن phrase after a representative's title (النائب عن حزب صوت
    الفلاحين، فيصل التبيني،); ``j`` itself when there is none."""
    if j >= opener or not (unit.bare(j) == "في" or (unit.bare(j) == "عن" and unit.is_a(j - 1, "representative"))):
        return j
    for k in range(j + 1, min(opener, j + 1 + MAX_QUALIFIER)):
        if unit.is_punct(k, COMMA):
            return k
        if unit.tokens[k].kind != "word" or unit.cue_form(k) is not None or complementizer(unit, k):
            break
    return j


#: Word classes that open a subject's phrase after that pronoun: a title, a source, a spokesperson.
_SUBJECT_HEADS = ("title", "anonymous", "spokesperson", "media_noun", "kin")


def resumptive_end(unit: Unit, j: int, stop: int, definite_ok: bool = False) -> int:
    """After فيه/فيها standing for the noun the verb's clause qualifies (في وقت يصر فيه مسؤولو
    النادي على أن، في الوقت الذي يؤكد فيه وزير الخارجية أن), where the subject after it begins:
    ``j + 1`` when a name, title or source follows it, or with ``definite_ok`` (a complementizer
    opens the content) a definite noun (في وقت قالت فيه الحكومة إن); else ``j`` (أصدر بيانا أكد
    فيه خلو ...: the object, and the subject the publisher before)."""
    if j + 1 >= stop or unit.keys[j] not in IN_IT or unit.tokens[j + 1].kind != "word":
        return j
    after = j + 1
    word = unit.keys[after]
    if any(m.type in SPEAKER_TYPES for m in unit.starting_at(unit.tokens[after].start)) \
            or any(unit.is_a(after, cls) for cls in _SUBJECT_HEADS) \
            or (word.endswith("و") and in_class("anonymous", word[:-1] + "ون")) \
            or (definite_ok and definite_word(word) and not unit.time_word(after)):
        return after  # مسؤولو النادي: a source's plural in construct
    return j


def time_end(unit: Unit, j: int, stop: int) -> int:
    """End of the time expression written right after a verb, before its subject (أعلن اليوم
    الثلاثاء حزب X، قال أمس الأحد وزير الخارجية): the subject comes after it; ``j`` when none
    stands there."""
    while j < stop and unit.tokens[j].kind == "word" and unit.time_word(j):
        j += 1
    return j


def hearer_end(unit: Unit, j: int, stop: int) -> int:
    """End of the phrase naming whom a speech verb's words were addressed to, right after the verb:
    a definite noun after ل and the qualifiers after it (للصحفيين، للجمهور السعودي), a title or an office after ل
    (للرئيس الأمريكي دوايت أيزنهاور، لوزير الخارجية، لأعضاء اللجنة), or one after ل written apart or
    أمام (لـ وزير الخارجية، أمام رئيس البرلمان); ``j`` when none stands there.  A channel (لرويترز،
    للعربية) is no hearer.  The speaker is then the subject written after it (قال للصحفيين وزير
    الداخلية إن) or, with none, the one named before."""
    if j >= stop or channel_start(unit, j):
        return j
    k = unit.keys[j]
    if k in LAM_APART or k == _BEFORE:
        end = subject_phrase_end(unit, j + 1, stop) if j + 1 < stop and (
            unit.is_a(j + 1, "title") or unit.is_a(j + 1, "office_body")) else j + 1
        return end if end > j + 1 else j
    if not k.startswith("ل") or len(k) < 4 or unit.is_a(j, "title"):
        return j
    rest = k[1:]
    heads = (rest, "ا" + rest) if rest.startswith("ل") else (rest,)  # للرئيس: ل has taken the article's alif
    if not any(in_class("title", h) or in_class("office_body", h) for h in heads):
        if k.startswith("لل") and not unit.mentions_at(unit.tokens[j].start + 1):
            return _qualifiers_end(unit, j + 1, stop)  # للصحفيين الأجانب، للجمهور السعودي
        return j
    limit = unit.tokens[min(j + MAX_HEARER_WORDS, stop - 1)].start
    person = next((m for m in unit.starting_in(unit.tokens[j].start + 1, limit) if m.type == "PER"
                   and all(unit.tokens[t].kind == "word" and definite_word(unit.keys[t])
                           for t in range(j + 1, unit.token_at(m.start)))), None)
    if person is not None and unit.token_at(person.end) <= stop:
        return unit.token_at(person.end)  # للرئيس الأمريكي دوايت أيزنهاور: title, qualifiers, name
    end = j + 1
    while end < stop and unit.tokens[end].kind == "word" and definite_word(unit.keys[end]) \
            and not unit.is_a(end, "title"):
        end += 1  # لوزير الخارجية الأمريكي, not the speaker's title after it (لوزير الخارجية الوزير X)
    return end


def _qualifiers_end(unit: Unit, j: int, stop: int) -> int:
    """End of the definite relational adjectives from token ``j`` on (الأجانب، المحليين)."""
    while j < stop and unit.tokens[j].kind == "word" and relational(unit.keys[j]) and not unit.is_a(j, "title"):
        j += 1
    return j


def subject_phrase_end(unit: Unit, start: int, stop: int) -> int:
    """End of the subject written right after a verb: an entity mention, a pronoun, an unnamed
    source with its adjectives, or a definite noun phrase; ``start`` when there is none."""
    if start + 2 < stop and unit.bare(start) == "كل" and unit.keys[start + 1] == "من":
        start += 2  # أكد كل من البيت الأبيض والاستخبارات
    if start >= stop:
        return start
    first = unit.bare(start)
    if in_class("pronoun", first):
        return start + 1
    quantity = quantity_subject_end(unit, start, stop)
    if quantity > start:  # بينما توقع 28% مغادرة العمل: the share of those asked holds the view
        return quantity
    if plural_object(unit, start):
        return start  # ودعا الليبيين إلى، ودعا الفاعلين الاقتصاديين إلى: the object; the subject is unwritten
    if unit.is_a(start, "spokesperson") and start + 2 < stop and unit.bare(start + 1) == "باسم":
        body_end = _body_end(unit, start + 2, stop)
        person = _person_at(unit, body_end, stop)  # استنكر الناطق باسم الحزب الجمهوري عصام الشابي
        return unit.token_at(person.end) if person is not None else _untagged_name_end(unit, body_end, stop)
    if _family_name(unit, start, stop):
        return start + 2  # ودعا آل الشيخ المسلمين إلى: a family's name is two words, the object follows
    head_char = unit.tokens[start].start
    if unit.is_a(start, "title") or unit.is_a(start, "spokesperson"):
        apposed = _comma_set_person_end(unit, start, stop)
        if apposed is not None:  # نفى النائب بكتلة حركة نداء تونس، جلال غديرة، تصريحات ...
            return apposed
    if unit.is_a(start, "title"):  # المدير التنفيذي لشركة فيس بوك مارك زوكربرغ: title, body, name
        limit = unit.tokens[min(start + 6, stop - 1)].start
        for mention in unit.starting_in(head_char, limit):
            if mention.type == "PER" and not any(
                    unit.tokens[j].kind == "punct" or complementizer(unit, j)
                    for j in range(start, unit.token_at(mention.start))):
                end = unit.token_at(mention.end)
                return end if end <= stop else start
        j = start + 1  # وزير الخارجية المصري سامح شكري: the title, its definite qualifiers, the name
        while j < stop and unit.tokens[j].kind == "word" and definite_word(unit.keys[j]) \
                and not (definite_word(unit.keys[start]) and (plural_object(unit, j) or title_object(unit, start, j))) \
                and not (j > start + 1 and _named_object(unit, j)):
            j += 1  # ودعا الوزير المواطنين: a definite title has no genitive; the plural is the object
        if j > start + 1:  # ونفى وزير الخارجية صحة الأنباء: the title alone names the speaker
            return _untagged_name_end(unit, j, stop)
    for mention in unit.starting_in(head_char, unit.tokens[min(start + 3, stop - 1)].start):
        if any(prepositional(unit.keys[j]) for j in range(start, unit.token_at(mention.start))):
            break
        if mention.type == _NATIONALITY and mention.start > head_char \
                and _person_at(unit, unit.token_at(mention.end - 1) + 1, stop) is not None:
            continue  # إدارة الرئيس الأمريكي دونالد ترامب: the title's adjective, a name after it
        end = unit.token_at(mention.end)
        if mention.type == "PER" and end < stop and (titled := _apposed_title_end(unit, end, stop)) is not None:
            return titled  # أكد خالد الرميحي الرئيس التنفيذي لمجلس ...، نمو: the name's title, then the content
        if mention.type != "PER" and end <= stop:
            end = _body_qualifiers_end(unit, end, stop)  # الإعلام السوري الرسمي: the body's relational adjectives
        end = _conjoined_names_end(unit, end, stop)
        return end if end <= stop else start
    unnamed_group = nominative_plural(unit, start)  # مغردون، مختصون
    if in_class("anonymous", first) or definite_word(first) or unnamed_group:  # not إلى (الي)
        j = start + 1
        while j < stop and j < start + 4 and unit.tokens[j].kind == "word" and not in_class(
                "relative", unit.keys[j]) and unit.keys[j].endswith(NISBA_ENDINGS) and len(unit.keys[j]) > 2 \
                and not in_class("content_prep", unit.keys[j]) and not unit.is_a(j, "people_object") \
                and (definite(unit.keys[j]) or not definite_word(first)):
            # not في، إلى، على (الي، علي); a definite head's qualifiers are definite (not لاعبيه, an
            # object; المنتدى الوطني للديمقراطية)
            j += 1
        if unnamed_group and j + 1 < stop and unit.keys[j] == _IN and definite_word(unit.keys[j + 1]) \
                and not unit.is_a(j + 1, "statement_noun") and not unit.times_in(unit.tokens[j + 1].start, unit.tokens[j + 1].end):
            j += 2  # دعا مختصون في المركبات إلى: the group's field (not في بيانهم، في الوقت نفسه)
            while j < stop and unit.tokens[j].kind == "word" and definite_word(unit.keys[j]) \
                    and unit.keys[j].endswith(NISBA_ENDINGS):
                j += 1  # مختصون في الشؤون الاقتصادية
        return j
    if unit.is_a(start, "office_body") and _agrees_with_verb(unit, start):
        end = _body_end(unit, start + 1, stop)  # أعلنت وزارة الخدمة المدنية أسماء ...: a body no tagger named
        person = _person_at(unit, end, stop)  # إدارة الرئيس الأمريكي دونالد ترامب: the person whose body it is
        if end > start + 1 and person is not None:
            return unit.token_at(person.end)
        return end if end > start + 1 else start
    return start


def _body_qualifiers_end(unit: Unit, j: int, stop: int) -> int:
    """End of the relational adjectives after a body's or place's name (الإعلام السوري الرسمي، دبي
    الذكية); not a word in ين, an oblique plural or dual: the verb's object (اتهمت السعودية الحوثيين),
    nor a relative pronoun."""
    while j < stop and unit.tokens[j].kind == "word" and relational(unit.keys[j]) and not unit.is_a(j, "title") \
            and not unit.keys[j].endswith("ين") and not unit.is_a(j, "relative_clause"):
        j += 1
    return j


def _conjoined_names_end(unit: Unit, j: int, stop: int) -> int:
    """End of the names joined by و to the subject ending at ``j`` (ورحبت باريس ولندن بتعاونهما):
    each و-word that opens another name is the subject's, not the content's first word."""
    while j < stop and unit.tokens[j].kind == "word" and unit.keys[j].startswith("و") and len(unit.keys[j]) > 2:
        name = next((m for m in unit.starting_at(unit.tokens[j].start + 1)
                     if m.type in ("PER", "ORG", "GPE")), None)
        if name is None or unit.token_at(name.end) > stop:
            break
        j = unit.token_at(name.end)
    return j


def plural_object(unit: Unit, j: int) -> bool:
    """Token ``j`` is the plural in ين of a participle or relational adjective (المواطنين، الفاعلين،
    الليبيين) and no adjective of a name before it: the verb's object, as a subject would end in
    ون.  Other words in ين are singular nouns (النيكوتين، الاثنين) or duals as often as not."""
    stem = article_less(unit.keys[j])
    if not (stem.endswith("يين") or stem.startswith("م") or stem[1:2] == "ا") \
            or unit.times_in(unit.tokens[j].start, unit.tokens[j].end):
        return False
    return oblique_plural(unit, j, nationality=True) and not (j > 0 and unit.keys[j].endswith("يين")
                                                               and unit.starting_at(unit.tokens[j - 1].start))


def _agrees_with_verb(unit: Unit, j: int) -> bool:
    """The noun at ``j`` can be the subject of the cue before it: a masculine verb takes no noun in
    ة as its subject (انتقد وزارة الصحة: the ministry is the object)."""
    form = unit.cue_form(j - 1) if j > 0 else None
    return form is None or form.gender != MASC or not unit.tokens[j].text.endswith("ة")


def _person_at(unit: Unit, j: int, stop: int) -> MentionSpan | None:
    """The person named from token ``j`` on (past one title word: الفريق، الدكتور), ending before ``stop``."""
    if j >= stop:
        return None
    first = j + 1 if unit.is_a(j, "title") and j + 1 < stop else j
    starts = unit.starting_at(unit.tokens[j].start) + unit.starting_at(unit.tokens[first].start)
    person = next((m for m in starts if m.type == "PER"), None)
    return person if person is not None and unit.token_at(person.end) <= stop else None


def _comma_set_person_end(unit: Unit, start: int, stop: int) -> int | None:
    """A title, where it holds (بكتلة حركة نداء تونس، عن الجبهة الشعبية) and a person set off by a
    comma (نفى النائب بكتلة X، جلال غديرة، تصريحات ...): the end of the person's name and of the
    comma closing it; None when the words before the comma are not the title's, or no person follows."""
    limit = min(stop, start + MAX_TITLE_WORDS)
    comma = next((j for j in range(start + 1, limit) if unit.is_punct(j, COMMA)), None)
    if comma is None or any(unit.cue_form(j) is not None or complementizer(unit, j) or unit.times_in(
            unit.tokens[j].start, unit.tokens[j].end) or (unit.tokens[j].kind == "punct"
                                                          and unit.tokens[j].text not in QUOTE_MARKS)
            for j in range(start + 1, comma)):
        return None
    person = _person_at(unit, comma + 1, stop)
    if person is None:
        return None
    end = unit.token_at(person.end)
    return end + 1 if end < stop and unit.is_punct(end, COMMA) else end


def _apposed_title_end(unit: Unit, j: int, stop: int) -> int | None:
    """A title in apposition right after a person's name, closed by a comma (خالد الرميحي الرئيس
    التنفيذي لمجلس التنمية، نمو ...): the token after the comma; None when token ``j`` is no title,
    no comma comes within the title's reach, or a verb, complementizer, time, other mark or another
    person comes first (انتقد ترامب وزير العدل جيف سيشنز، قائلا: a title with its own holder is the object),
    or what follows the comma opens no content (a verb, و, a purpose with ل)."""
    if not unit.is_a(j, "title"):
        return None
    comma = next((k for k in range(j + 1, min(stop, j + MAX_TITLE_WORDS)) if unit.is_punct(k, COMMA)), None)
    if comma is None or any(unit.cue_form(k) is not None or complementizer(unit, k) or unit.times_in(
            unit.tokens[k].start, unit.tokens[k].end) or (unit.tokens[k].kind == "punct"
                                                          and unit.tokens[k].text not in QUOTE_MARKS)
            for k in range(j, comma)):
        return None
    for m in unit.starting_in(unit.tokens[j].start, unit.tokens[comma].start):
        if m.type == "PER" and not all(definite_word(unit.keys[k]) for k in range(
                unit.token_at(m.start), unit.token_at(m.end - 1) + 1)):
            return None  # a name (جيف سيشنز), not the title itself tagged as the person (الرئيس التنفيذي)
    after = comma + 1
    if after >= stop or unit.tokens[after].kind != "word" or unit.cue_form(after) is not None \
            or is_finite_verb(unit.tokens[after].text) or unit.keys[after][:1] == "و" \
            or (unit.keys[after][:1] == "ل" and not definite_word(unit.keys[after])):
        # أكد X مدير الإنتاج في شركة O3 صحة الأنباء، وقال: the content came before the comma; دعا ولد
        # الإمام جميع الاتحادات ...، للوصول: a purpose after the object, no content of its own
        return None
    return after


def _body_end(unit: Unit, j: int, stop: int) -> int:
    """End of the body named after باسم: a construct up to its definite noun (وزارة الخارجية،
    الجيش), then its relational adjectives (الروسية، الحكومي) — not the verb's object after it
    (اتهم متحدث باسم الجيش الحكومي المتمردين)."""
    while j < stop and unit.tokens[j].kind == "word" and not definite_word(unit.keys[j]) \
            and not prepositional(unit.keys[j]) and unit.cue_form(j) is None:
        j += 1  # وزارة الدفاع: the construct's indefinite heads
    if j < stop and unit.tokens[j].kind == "word" and definite_word(unit.keys[j]):
        j += 1
    while j < stop and unit.tokens[j].kind == "word" and relational(unit.keys[j]):
        j += 1
    return conjoined_definites_end(unit, j, stop)  # وزارة العمل والتنمية الاجتماعية


def conjoined_definites_end(unit: Unit, j: int, stop: int) -> int:
    """End of the definite nouns joined by و to a subject ending at ``j``, with their relational
    adjectives (وزارة شؤون الشباب والرياضة، النقابات والجمعيات، وزارة العمل والتنمية الاجتماعية):
    what a verb says as a noun phrase (أعلنت ... فتح مناظرات) never opens with و, so they are the
    subject's, not the content's first words."""
    while j < stop and unit.tokens[j].kind == "word" and unit.keys[j].startswith("و") \
            and definite_word(unit.keys[j][1:]) and not unit.is_a(j, "relative"):  # not والذي
        j += 1
        while j < stop and unit.tokens[j].kind == "word" and relational(unit.keys[j]) and not unit.is_a(j, "relative"):
            j += 1  # not الذي، التي, spelt like a relational adjective
    return j


#: A nationality mention: after the phrase's first word and before a name, the title's adjective.
_NATIONALITY = "NORP"
#: Ending of a feminine noun as keyed (ة is keyed ه): a title in one takes feminine adjectives (الوزيرة الفرنسية).
_FEMININE = "ه"
#: Names a definite title never heads as a genitive: a body or place after it is the verb's object.
_NAMED_OBJECTS = ("ORG", "GPE", "LOC")
#: Endings of a feminine or plural noun as keyed, which no adjective of a masculine title takes.
_FEMININE_OR_PLURAL = ("ه", "ات")


def title_object(unit: Unit, title: int, j: int) -> bool:
    """The definite word at ``j`` cannot qualify the definite title at ``title`` (with its adjectives
    up to ``j``), so it opens the verb's object: a definite title heads no genitive, so a body's or
    place's name is none (ودعا الأمين العام الأمم المتحدة إلى), and no adjective of a masculine title
    is a noun in ة or ات that is no relational adjective (واتهم الوزير المعارضة بـ، ودعا الرئيس السابق
    الحكومة إلى، وطالب الوزير الشركات بـ); an adjective agrees (الوزير الأول، الرئيس الفرنسي) and a
    feminine title takes feminine ones (الوزيرة الفرنسية)."""
    head = unit.keys[title]
    word = unit.keys[j]
    if not (definite_word(head) and definite_word(word)):
        return False
    if unit.is_a(j, "people_object"):
        return True  # ودعا المحافظ الأهالي إلى، وحذرت الشرطة الناس من: a group of people qualifies no noun
    if not unit.is_a(title, "title"):
        return False
    if derived_masdar(unit, j):
        return True  # ويقترح الوزير التخلي عن، ورفضت المتحدثة الإدلاء ب: what is proposed or refused
    if not word.endswith(NISBA_ENDINGS) and any(m.type in _NAMED_OBJECTS for m in unit.starting_at(unit.tokens[j].start)):
        return True
    # a plural in ات (السلطات) agrees with its adjectives in ة as a feminine head does (السلطات المختصة)
    return not head.endswith(_FEMININE_OR_PLURAL) and word.endswith(_FEMININE_OR_PLURAL) \
        and not word.removesuffix(_FEMININE).removesuffix("ات").endswith(NISBA_ENDINGS)


def _named_object(unit: Unit, j: int) -> bool:
    """The definite word at ``j``, after a title and its definite genitive (نائب الرئيس), opens a
    body's or place's name and is no relational adjective, or names a group of people: the construct
    is closed, so the word opens the verb's object (ودعا نائب الرئيس الغرب إلى، وطالب وزير الخارجية
    الأمم المتحدة بـ، ودعا نائب الرئيس الشباب إلى)."""
    if unit.is_a(j, "people_object"):
        return True
    return not unit.keys[j].endswith(NISBA_ENDINGS) \
        and any(m.type in _NAMED_OBJECTS for m in unit.starting_at(unit.tokens[j].start))


#: How the verbal nouns of the derived verbs begin with the article, as written (التخلي، التعاون،
#: الإفراج، الانسحاب، الاستقالة): their adjectives are participles in م (المتعاون، المنسحب).
_DERIVED_MASDAR_STARTS = ("الت", "الإ", "الان", "الاست")
#: Fewest letters of such a verbal noun with its article (not التي).
_MIN_MASDAR_LETTERS = 6


def derived_masdar(unit: Unit, j: int) -> bool:
    """Token ``j`` is the verbal noun of a derived verb with the article (التخلي، الإدلاء، الانسحاب،
    الاستقالة), which qualifies no noun: not a relational adjective (التونسي، الانتقالية), a time
    (الإثنين), nor an active participle of a root in ت (التابعة، التالي)."""
    text = unit.tokens[j].text
    return len(text) >= _MIN_MASDAR_LETTERS and text.startswith(_DERIVED_MASDAR_STARTS) and text[3:4] != "ا" \
        and not unit.keys[j].endswith(NISBA_ENDINGS) and not unit.time_word(j) \
        and not unit.times_in(unit.tokens[j].start, unit.tokens[j].end)


def _family_name(unit: Unit, start: int, stop: int) -> bool:
    """A family's name of two words opens at ``start`` (آل الشيخ، آل سعود)."""
    return unit.keys[start] == _FAMILY and start + 1 < stop and definite_word(unit.keys[start + 1])


def object_after_subject(unit: Unit, start: int, stop: int) -> int | None:
    """The token opening the verb's object inside the words [start, stop) read as a definite
    subject: after the subject's definite head and its definite adjectives, a plural in ين of a
    participle or adjective (المواطنين), a group of people (people_object: الناس، السكان) or a
    word no adjective of the head can be (title_object: ودعت السلطات المختصة المواطنين، وحذرت
    الشرطة الناس من); None when every word may qualify the head."""
    head = start + 1 if _family_name(unit, start, stop) else start
    if head >= stop or not definite_word(unit.keys[head]):
        return None  # آل الشيخ: a family's name heads the subject as a definite noun does
    for j in range(head + 1, stop):
        if unit.tokens[j].kind != "word" or not definite_word(unit.keys[j]):
            return None
        if plural_object(unit, j) or unit.is_a(j, "people_object") or title_object(unit, start, j):
            return j
    return None


def definite_word(word_key: str) -> bool:
    """The word opens with the article itself (الوزير), not with a preposition or و before it
    (للوزير، والوزير: :func:`khabar.quotes.names.definite` takes those too)."""
    return word_key.startswith("ال") and len(word_key) > 3


def relational(word_key: str) -> bool:
    """A relational adjective with the article, as the subject's qualifiers are read (الروسية،
    الأمريكي، المحليين): one set of endings for every such run."""
    return definite_word(word_key) and word_key.endswith(NISBA_ENDINGS)


def _untagged_name_end(unit: Unit, start: int, stop: int) -> int:
    """End of a name no entity tags, written between a title and a noun-phrase content
    (المتحدث باسم الاستخبارات حسيب صديقي نبأ الوفاة): plain words up to the word that heads a
    construct with a definite noun (نبأ الوفاة), the content's first word; a definite word
    ending in ي right after a name word is a family name (تامر الرفاعي).  ``start`` when no
    such boundary shows within a short name."""
    j = start
    while j < stop and j - start < MAX_UNTAGGED_NAME and unit.tokens[j].kind == "word":
        k = unit.keys[j]
        if prepositional(k) or definite_word(k) and not (j > start and k.endswith("ي")) or in_class("content_prep", k) \
                or unit.cue_form(j) is not None or unit.is_a(j, "adjunct") or complementizer(unit, j):
            return start
        nxt = unit.keys[j + 1] if j + 1 < stop and unit.tokens[j + 1].kind == "word" else ""
        if not definite_word(k) and definite_word(nxt) and not nxt.endswith("ي"):
            return j if j - start >= MIN_UNTAGGED_NAME else start
        j += 1
    return start


def prepositional(word_key: str) -> bool:
    """A word with a preposition clitic (بضمان، لوحدات) cannot open a subject's title."""
    return word_key[:1] in ("ب", "ل", "ك") and not word_key.startswith("ال")
