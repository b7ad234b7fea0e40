"""Reported speech after speech verbs, their participles and verbal nouns.

    قالت الوزارة الثلاثاء إن ...         verb, subject after it (VSO), complementizer
    الدفاع الروسية تقول إن ...           verb, subject before it (headlines, decks)
    وأضافت "..."                        verb, implicit subject, quotation
    نفى لافروف ضمان ...                  verb whose content is a noun phrase
    ...، مؤكدا أن ...                    participle: the sentence's speaker

Verbs in relative clauses are read in :mod:`khabar.quotes.relatives`; relaying verbs, passives and
verbal nouns (نقلت وكالة X عن Y قوله إن) in :mod:`khabar.quotes.relays`.
"""

from __future__ import annotations

from collections.abc import Iterator

from khabar.arabic.verbs import is_finite_verb
from khabar.quotes.acts import declares_an_act
from khabar.quotes.adjuncts import skip_adjuncts, statement_adjunct_end
from khabar.quotes.candidate import Candidate, content_kind, content_of, make_candidate
from khabar.quotes.channels import channel_phrase
from khabar.quotes.clauses import (
    LONE_PREPOSITIONS,
    NEAR,
    Opener,
    content_end,
    far_opener,
    find_opener,
    opener_past_adjunct,
    reply_phrase_start,
)
from khabar.quotes.context import COMMA, Unit
from khabar.quotes.cue_shapes import (
    complementizer,
    followed_by_complementizer,
    followed_by_its_preposition,
    object_pronoun,
)
from khabar.quotes.extent import phrase_end, speaker_like
from khabar.quotes.fronted import clause_start, fronted_phrase, statement_word
from khabar.quotes.lexicon import (
    ANNA,
    ANY,
    FEM,
    IN_IT,
    OBJECT_SUFFIXES,
    PLURAL,
    PRONOUN_SUFFIXES,
    THING_SUFFIXES,
    CueForm,
    in_class,
    key,
    lookup_cue,
)
from khabar.quotes.names import SpeakerPhrase, article_less, make_phrase
from khabar.quotes.noun_phrases import opens_relative_clause
from khabar.quotes.relatives import (
    after_relative,
    any_subject_after,
    from_relative,
    in_relative_clause,
    relative_content_end,
)
from khabar.quotes.relays import from_masdar, passive_quote, relayed, saying_of
from khabar.quotes.subjects import without_inanimate
from khabar.quotes.verb_subjects import (
    apposition_end,
    conjoined_definites_end,
    definite_word,
    hearer_end,
    late_holder_end,
    object_after_subject,
    particle_subject,
    plural_object,
    prepositional,
    resumptive_end,
    subject_phrase_end,
    time_end,
)
from khabar.quotes.voice import (
    PRESENT_PREFIXES,
    considered_predicate,
    passive,
    predicate_in_subject,
    voice_unknown,
)
from khabar.quotes.writer_notes import noted_predicate_start, noted_verb

_IN = key("في")
_BI = key("ب")
#: The class of verbs of saying (قال، أضاف، تابع): the verbal noun after them marks their content.
_SAY = "say"
#: The class of verbs of calling on someone (دعا، طالب، حث): their object opens the content.
_CALL = "call"
#: Mentions that may speak when they open a sentence before its verb (a country's government too).
_SPEAKING_TYPES = ("PER", "ORG", "GPE")


def find_verb_quotes(unit: Unit) -> Iterator[Candidate]:
    """Candidates opened by a speech verb, participle or verbal noun among the unit's cues (its
    content after a complementizer, a colon or as the verb's object), with the verb's subject."""
    n = len(unit.tokens)
    skip_to = 0
    for i in unit.cues:
        form = unit.cue_form(i) if i >= skip_to else None
        if form is None or (form.kind == "verb" and (form.gender == ANY or voice_unknown(unit, i))) or unit.quote_at(i) \
                or _impersonal(unit, i) or (i > 0 and unit.phrase_at(i - 1, "impersonal") > 1 and not any_subject_after(unit, i)) \
                or _negated_noun(unit, i) or _after_preposition(unit, i, form) or _denied_by_nobody(unit, i) \
                or (i > 0 and unit.tokens[i - 1].kind == "word" and unit.is_a(i - 1, "completion_verb")) \
                or any(unit.is_a(j, "object_idiom") and not _draws_attention_to_clause(unit, j)
                       for j in range(i + 1, min(n, i + 4))):
            continue
        if in_relative_clause(unit, i):
            found = from_relative(unit, i, form) if form.kind == "verb" else None
            found = without_inanimate(unit, found, form.cls) if found is not None else None
            if found is not None:
                yield found
            continue
        cue_end = i + 1
        if cue_end < n and form.kind == "verb" and _says(unit, cue_end, form.cls):
            cue_end += 1  # ومضى قائلا، وتابعت بالقول
            form = CueForm(form.lemma, form.cls, form.kind, form.gender, None, False, "n")
        if form.kind == "verb":
            found = _from_verb(unit, i, cue_end, form)
        elif form.kind == "participle":
            found = _from_participle(unit, i, form)
        else:
            found = from_masdar(unit, i, form)
        if found is not None and form.kind == "verb":
            found = without_inanimate(unit, found, form.cls)
        if found is not None and form.kind == "verb" and found.kind != "direct" and after_relative(unit, i):
            # والذي أكد فيه الطبيب أن حالته مستقرة، وفي يوم الجريمة ...: the clause ends, the sentence goes on
            found.content_end = relative_content_end(unit, found.content_start, found.content_end)
        if found is not None and not (form.cls == "announce" and declares_an_act(unit, found)):
            yield found
        skip_to = cue_end


def _draws_attention_to_clause(unit: Unit, j: int) -> bool:
    """The idiom's object at ``j`` is followed by a preposition and a complementizer (لفتت الانتباه
    إلى أن): 'drew attention to the fact that' reports what follows."""
    return j + 2 < len(unit.tokens) and in_class("content_prep", unit.bare(j + 1)) and complementizer(unit, j + 2)


def _impersonal(unit: Unit, i: int) -> bool:
    """An impersonal phrase opens at token ``i`` (يذكر أن، يعتقد أن), also with a pronoun on its
    complementizer (يذكر أنه، ويعتقد أنها، يعتقد أنهم من): 'it is mentioned / believed that' has no
    speaker, whoever was named before; not after a particle carrying its subject's pronoun (لكنه
    يعتقد أن، إلا أنه يعتقد أن: 'but he believes')."""
    if i > 0 and (unit.is_a(i - 1, "pronoun_particle") or (
            i > 1 and unit.phrase_at(i - 2, "except_lead", 2) == 2 and unit.keys[i - 1] != ANNA)):
        return False
    if unit.phrase_at(i, "impersonal"):
        return True
    if i + 1 >= len(unit.tokens) or not complementizer(unit, i + 1):
        return False
    after = unit.keys[i + 1]
    stem = next((after[:-len(s)] for s in PRONOUN_SUFFIXES if after.endswith(s)), None)
    return stem is not None and any(in_class("impersonal", f"{k} {stem}") for k in (unit.keys[i], unit.bare(i)))


def _after_preposition(unit: Unit, i: int, form: CueForm | None) -> bool:
    """A verb's spelling right after a preposition is its verbal noun (قبل يوم من نقل السفارة،
    احتجاجات على نقل، نزولا عند طلب): prepositions govern nouns, never a finite verb, so it is no
    cue — unless a person or country follows, whose report the noun gives (رغم نفي باريس أي ضلوع).
    The prepositions are the cues.tsv class noun_lead (not من, also 'who': من قال إن)."""
    if form is None or form.kind != "verb" or i == 0 or unit.tokens[i - 1].kind != "word" \
            or unit.keys[i] != unit.bare(i) or not unit.is_a(i - 1, "noun_lead"):
        return False
    after = unit.tokens[i + 1].start if i + 1 < len(unit.tokens) else -1
    # رغم نفي باريس أي ضلوع، عقب طلب ترمب: a person or country after the noun is who said it
    return not any(m.type in ("PER", "GPE") for m in unit.starting_at(after))


def _negated_noun(unit: Unit, i: int) -> bool:
    """A definite article means a noun, not a verb (القول، المؤكد)."""
    return unit.keys[i].startswith("ال") or unit.keys[i].startswith("وال")


def _denied_by_nobody(unit: Unit, i: int) -> bool:
    """A denied verb whose subject names no one (ولم تعلن أي جهة مسؤوليتها، لم يقل بعد أحد): nothing
    was said, by anyone; a time or 'so far' (so_far: حتى الآن) may stand between the verb and its subject."""
    if i == 0 or not unit.is_a(i - 1, "negation"):
        return False
    j = time_end(unit, i + 1, len(unit.tokens))
    j += unit.phrase_at(j, "so_far") if j < len(unit.tokens) else 0  # ولم يعلن حتى الآن أحد
    return j < len(unit.tokens) and unit.is_a(j, "nobody")


def _says(unit: Unit, i: int, verb_class: str) -> bool:
    """'saying' after a verb of going on: قائلا، بالقول، or the imperfect يقول (ومضى يقول، وكتب يقول);
    the verbal noun with the speaker's pronoun after a verb of saying (وأضاف قوله) or with ب after any
    speech verb (وتابع بقوله، تصفها بقولها): it marks the content that follows, and is no subject
    (not ونفى قوله 'denied his saying', an object)."""
    word_key = unit.keys[i]
    if word_key == "بالقول":
        return True
    form = unit.cue_form(i)
    by_saying = form is None and word_key[:1] == _BI
    if by_saying:
        form = lookup_cue(word_key[1:])  # بقوله 'by his saying', after any speech verb (تصفها بقولها:)
    return form is not None and form.lemma == "قال" and (
        form.kind == "participle" or (form.kind == "verb" and word_key[:1] in PRESENT_PREFIXES)
        or (form.kind == "masdar" and (verb_class == _SAY or by_saying)))


def _from_verb(unit: Unit, i: int, cue_end: int, form: CueForm) -> Candidate | None:
    stop = unit.sentence_end(i)
    opener = find_opener(unit, cue_end, stop, form.prep) or far_opener(unit, cue_end, stop)
    if form.prep_required and (opener is None or form.prep not in (unit.keys[opener.token], unit.keys[opener.token - 1])):
        return None  # عبر without عن is the preposition 'via'
    if opener is not None and opener.kind == "prep" and form.nominal != "y":
        opener = None
    if opener is not None and form.nominal == "y" and form.prep is None and _governed_quotation(unit, cue_end, opener):
        opener = None  # ودعا X النواب إلى "التكيف مع الواقع": the quotation is inside the noun-phrase content
    if passive(unit, i):  # كُشفت تفاصيل العلاقة: a passive's noun is its subject, not what was said
        return passive_quote(unit, i, cue_end, opener, form) if opener and opener.kind != "prep" else None
    cue = (unit.tokens[i].start, unit.tokens[cue_end - 1].end)
    if opener is None:
        return _nominal_content(unit, i, cue_end, stop, form) if form.nominal == "y" else None
    if opener.kind == "prep" and noted_verb(unit, i):
        return _noted_answer(unit, i, cue_end, stop, form)  # وهو ما وصفته الأمم المتحدة بحملة
    if form.nominal == "c" and (opener.kind != "complementizer" or (
            opener.token - cue_end > NEAR + 1 and not _titled_subject_fills(unit, cue_end, opener.token))):
        return None  # بين أن، لكن بين الأجهزة ... أن: only a complementizer close to the verb or its titled subject
    if form.lemma == "نقل" and (unit.bare(i).endswith(THING_SUFFIXES) or any(
            unit.bare(j) == "عن" or saying_of(unit, j) for j in range(cue_end, opener.token))):
        return relayed(unit, i, cue_end, opener, form)  # a channel and its source, or nothing
    # قال للصحفيين وزير الداخلية إن: past whom it was told; أعلن اليوم الثلاثاء حزب X: past when
    # في وقت يصر فيه مسؤولو النادي على أن: past the pronoun standing for the clause's noun
    resumed = resumptive_end(unit, cue_end, opener.token, opener.kind == "complementizer") > cue_end
    after_time = time_end(unit, cue_end + 1 if resumed else cue_end, opener.token)
    heard = hearer_end(unit, after_time, opener.token)
    subject = time_end(unit, heard, opener.token)
    phrase_stop = phrase_end(unit, subject, opener.token)
    phrase = make_phrase(unit, subject, phrase_stop)
    if phrase is not None and not speaker_like(unit, phrase) and (
            heard > after_time or (after_time > cue_end and phrase_stop != opener.token and not (
                phrase_stop + 1 == opener.token and in_class("content_prep", unit.bare(phrase_stop))))):
        # أكد للرئيس الأمريكي دوايت أيزنهاور: a name no tagger found is still the hearer's; أعلن هذا
        # الأسبوع فرض رسوم ... ما أثار ... أن: after a time, words naming no one are the subject only
        # when the content follows them (أعلن اليوم حزب X أنه، ولمحت حينذاك إحدى المجلات إلى أن)
        phrase = None
    object_start = None
    if phrase is not None and opener.kind == "prep" and form.nominal == "y":
        # وحذرت الشرطة الناس من، ودعت السلطات المختصة المواطنين إلى: the object opens the content
        object_start = object_after_subject(unit, phrase.start, phrase.end)
        if object_start is not None:
            phrase_stop = object_start
            phrase = make_phrase(unit, phrase.start, object_start)
    opening = _opening_subject(unit, i) if phrase is not None else None
    if phrase is not None and form.nominal == "y" and (any(
            unit.is_a(j, "relative") and unit.bare(j) != "من" for j in range(phrase.start, phrase.end))
            or _object_qualified(unit, phrase, phrase_stop)
            or (opener.kind == "prep" and (plural_object(unit, phrase.start) or opening is not None
                                           or form.gender == PLURAL))
            or _addressee_first(unit, phrase.start, opener, form)):
        # ووصف كافة الاتهامات التي وردت ... بأنها كاذبة، ودعا الليبيين إلى: an object, not a subject;
        # the subject is the one written before the verb (تونس تدعو الليبيين إلى), if any
        # ودعا أمس الأحد الليبيين إلى، دعا في نفس التصريح الحكومة إلى: the time and the utterance are no content;
        # a verb before its subject is singular: after a plural one (كما حثوا المجتمع الدولي على) comes the object
        begin = unit.tokens[statement_adjunct_end(unit, after_time, opener.token)].start
        return make_candidate(unit, (unit.tokens[i].start, unit.tokens[cue_end - 1].end),
                              (begin, content_end(unit, begin)), "indirect", form.gender,
                              phrase=fronted_phrase(unit, i, clause_start(unit, i)),
                              when_span=(unit.tokens[i].start, begin))
    if opening is not None:
        phrase = opening  # الرئيس يطالب المجتمع الدولي بالتدخل: ... : the words after the verb are its object
    if phrase is None:
        phrase = particle_subject(unit, i) if i > 0 and unit.is_a(i - 1, "pronoun_particle") \
            else fronted_phrase(unit, i, clause_start(unit, i))
    if statement_word(unit.keys[cue_end]) and any(
            unit.cue_form(j) is not None and unit.keys[j + 1] in IN_IT for j in range(cue_end + 1, opener.token - 1)):
        return None  # نشر تغريدة قال فيها إن: what was issued speaks through the later verb, its subject the publisher
    via = channel_phrase(unit, phrase_stop, opener.token)
    content, kind = content_of(unit, opener)
    if object_start is not None:
        content = (unit.tokens[object_start].start, content[1])
    if resumed and kind != "direct":
        content = (content[0], _time_clause_end(unit, *content))
    if phrase is not None and phrase.start == cue_end and phrase.end == cue_end + 1 \
            and unit.is_a(phrase.start, "statement_noun"):
        cue = (cue[0], unit.tokens[phrase.start].end)  # وشدد البيان: the statement is part of the cue
    when_from = unit.tokens[phrase.start].start if phrase else cue[0]
    window_stop = reply_phrase_start(unit, phrase_stop, opener.token)  # ، ردا على سؤال النائبة X، أنه: X asked
    return make_candidate(unit, cue, content, kind, form.gender, phrase=phrase,
                          phrase_window_end=max(apposition_end(unit, phrase_stop, window_stop),
                                                late_holder_end(unit, phrase.start, phrase_stop, window_stop))
                          if phrase is not None and phrase.start >= cue_end else None,  # a fronted subject has none
                          via=via, when_span=(min(when_from, cue[0]), opener.content_start))


def _addressee_first(unit: Unit, j: int, opener: Opener, form: CueForm) -> bool:
    """The word at ``j``, right after the verb, is whom it addresses and no subject is written: a
    plural in ين before the verb's own preposition and its complementizer (وحذر المتسوقين من أنهم،
    ودعت المواطنين إلى أن; a subject would end in ون), or a verb's addressee (:func:`_addressed`).
    The speaker is the one named before."""
    if opener.kind == "prep":
        return _addressed(unit, j, form)
    return opener.kind == "complementizer" and opener.token - 1 > j \
        and in_class("content_prep", unit.bare(opener.token - 1)) \
        and (plural_object(unit, j) or _addressed(unit, j, form))


def _addressed(unit: Unit, j: int, form: CueForm) -> bool:
    """The word at ``j``, right after a verb of calling on someone, is its object with no subject
    written: a group urged (:func:`_urged_group`) or a masculine noun after a feminine verb
    (:func:`_masculine_after_feminine`)."""
    return _urged_group(unit, j, form) or _masculine_after_feminine(unit, j, form)


def _masculine_after_feminine(unit: Unit, j: int, form: CueForm) -> bool:
    """A feminine verb of calling on someone (ودعت، وحثت، وطالبت) before a definite noun its masculine
    relational adjective shows masculine and singular (المجتمع الدولي، الرئيس الأمريكي، الجيش الإسرائيلي):
    no subject of that verb, so its object, the subject unwritten.  Not a time (الأسبوع الماضي)."""
    if form.cls != _CALL or form.gender != FEM or j + 1 >= len(unit.tokens) \
            or unit.tokens[j].kind != "word" or unit.tokens[j + 1].kind != "word":
        return False
    head, adjective = unit.keys[j], unit.keys[j + 1]
    return definite_word(head) and not head.endswith(("ه", "ات", "ين", "ون")) and definite_word(adjective) \
        and adjective.endswith("ي") and not unit.time_word(j) and not unit.time_word(j + 1)


def _urged_group(unit: Unit, j: int, form: CueForm) -> bool:
    """After a verb of urging (urging_verb: دعا، حث، ناشد), a group of people that is not one that
    speaks as often (people_object, not addressee_speaker: الخبراء) right before a preposition is
    whom it urges, with no subject written (ودعا الشباب إلى، وحث الجميع على، وناشدت الجميع بمعاملة)."""
    return in_class("urging_verb", key(form.lemma)) and j + 1 < len(unit.tokens) \
        and unit.tokens[j].kind == "word" and unit.is_a(j, "people_object") \
        and not unit.is_a(j, "addressee_speaker") and unit.tokens[j + 1].kind == "word" \
        and (in_class("content_prep", unit.bare(j + 1)) or prepositional(unit.keys[j + 1]))


def _time_clause_end(unit: Unit, start: int, end: int) -> int:
    """End of content in a clause on a noun (في الوقت الذي يصر فيه X على أن ...، كشف البنك): the
    sentence's own verb after a comma, with no conjunction, opens its main clause and ends the content."""
    first, last = unit.token_at(start), unit.token_at(end - 1)
    for j in range(first + 1, last):
        form = unit.cue_form(j + 1) if unit.is_punct(j, COMMA) else None
        if form is not None and form.kind == "verb" and not unit.conjoined_cue(j + 1):
            return unit.tokens[j - 1].end
    return end


def _opening_subject(unit: Unit, i: int) -> SpeakerPhrase | None:
    """روسيا تحذر الولايات المتحدة من ...، الرئيس يطالب المجتمع الدولي بالتدخل: a subject naming
    someone opens the sentence before a verb with no conjunction (SV order, as headlines are
    written): that subject speaks, and a noun after the verb is its object."""
    sentence = unit.sentence_start(i)
    if i == sentence or unit.keys[i][:1] in ("و", "ف") or clause_start(unit, i) != sentence:
        return None
    # روسيا تحذر: a country speaks too, when its name opens the phrase (not وحول التدخل الإيراني قال)
    named = any(m.type in _SPEAKING_TYPES for m in unit.mentions_at(unit.tokens[sentence].start + 1))
    headed = definite_word(unit.keys[sentence]) or any(  # not وسأل هنيدي جمهوره عبر: a verb no lexicon holds
        unit.is_a(sentence, cls) for cls in ("title", "anonymous", "spokesperson", "media_noun"))
    if not (named or headed):
        return None
    phrase = fronted_phrase(unit, i, sentence)
    if phrase is None or phrase.start != sentence or any(
            unit.cue_form(j) is not None or is_finite_verb(unit.tokens[j].text) for j in range(phrase.start, phrase.end)):
        return None  # وحققت كلية الحقوق عبر: a clause of its own before the word
    return phrase if named or _names_someone(unit, phrase) else None


def _governed_quotation(unit: Unit, cue_end: int, opener: Opener) -> bool:
    """The opener is a quotation a preposition governs after the verb's object (دعا X النواب إلى
    "..."، طالب الحزب الحكومة بـ"..."): the object of a verb of calling or accusing and what it is
    called to stay in the content, so the quotation does not open it."""
    j = opener.token - 1
    return opener.kind == "mark" and j > cue_end and unit.tokens[j].kind == "word" \
        and (unit.is_a(j, "noun_lead") or unit.keys[j] in LONE_PREPOSITIONS)


def _titled_subject_fills(unit: Unit, start: int, opener: int) -> bool:
    """A subject opening with a title fills the words from ``start`` to the complementizer, however
    long (وبين الوكيل المساعد لشؤون البيئة الدكتور حاتم المطيري، أن)."""
    if not (unit.is_a(start, "title") or unit.is_a(start, "spokesperson")):
        return False
    return apposition_end(unit, phrase_end(unit, start, opener), opener) >= opener


def _object_qualified(unit: Unit, phrase: SpeakerPhrase, phrase_stop: int) -> bool:
    """The relative clause ending the phrase qualifies the verb's object, not its subject: what
    stands before it names no speaker or holds more than the subject (ووصف كافة الاتهامات التي
    وردت بأنها كاذبة), where وأكد الحزب الذي يقوده X أن names the subject alone."""
    if phrase_stop >= len(unit.tokens) or not opens_relative_clause(unit, phrase_stop) \
            or unit.is_punct(phrase_stop - 1, {"("}):
        return False  # وأكد وزير الخارجية (الذي يزور البلاد) أن: a bracketed aside on the subject
    return not speaker_like(unit, phrase) or subject_phrase_end(unit, phrase.start, phrase_stop) != phrase_stop


def _nominal_content(unit: Unit, i: int, cue_end: int, stop: int, form: CueForm) -> Candidate | None:
    """نفى لافروف ضمان ...: the subject (if any) then a noun-phrase content."""
    if noted_verb(unit, i):
        return _noted_answer(unit, i, cue_end, stop, form)
    fronted = fronted_phrase(unit, i, clause_start(unit, i))
    # a verb before its subject is singular: after a plural one (حثوا المجتمع الدولي على) comes the object
    if fronted or form.gender == PLURAL:
        subject_start = subject_end = cue_end
    else:  # وأعلن الثلاثاء الإعلام الرسمي عن: the subject follows the time
        subject_start = time_end(unit, cue_end, stop)
        subject_end = subject_start if _addressed(unit, subject_start, form) \
            else subject_phrase_end(unit, subject_start, stop)  # ودعا الشباب إلى: the object
        if subject_end > subject_start:  # أعلنت وزارة الصناعة والتجارة عن: the body's name goes on
            subject_end = conjoined_definites_end(unit, subject_end, stop)
    # ودعا المبعوث الدولي في بيانه الحكومة: 'in his statement' says how, and ends the subject and
    # the words that may name it
    said_in = next((j for j in range(cue_end, subject_end - 1) if unit.bare(j) == _IN and in_class(
        "statement_noun", _without_possessive(unit.keys[j + 1]))), None)
    subject_end = subject_end if said_in is None else said_in
    phrase = fronted or make_phrase(unit, subject_start, subject_end)
    if form.cls == _CALL and phrase is not None and fronted is None and said_in is None:
        subject_end = _call_apposition_end(unit, subject_end, stop)
    start = skip_adjuncts(unit, subject_end if said_in is None else said_in + 2, stop)
    if unit.is_a(i, "passive_present") and (not _names_someone(unit, phrase)
                                            or (fronted is not None and _indefinite_after(unit, cue_end))
                                            or (fronted is None and (considered_predicate(unit, start, stop) or
                                                                     predicate_in_subject(unit, subject_start,
                                                                                          start, stop)))):
        return None  # تونس تعتبر رائدة، STC تعتبر شريك رئيسي، يعتبر X أحد: 'is considered', no one's view
    if form.cls == "opine" and phrase is None and object_pronoun(unit, i):
        return None  # فإنهم لا يعتبرونها جرما: no one named holds the view of the pronoun's noun
    if start >= stop:
        return None
    cue = (unit.tokens[i].start, unit.tokens[cue_end - 1].end)
    begin = unit.tokens[start].start
    end = content_end(unit, begin)
    return make_candidate(unit, cue, (begin, end), content_kind(unit, begin, end, False), form.gender,
                          phrase=phrase, phrase_window_end=start if said_in is None else said_in,
                          when_span=(cue[0], begin))


def _call_apposition_end(unit: Unit, j: int, stop: int) -> int:
    """After a calling verb's subject, an apposition set off by two commas (دعا الأمير خالد، أمير
    منطقة مكة، المواطنين إلى) still describes the subject: the content, its object, opens after the
    second comma.  The apposition opens with a title (also one without the article heading a
    construct: أمير منطقة) or a name; ``j`` itself when there is none."""
    head = j + 1
    if head >= stop or not unit.is_punct(j, COMMA) or not (
            unit.is_a(head, "title") or in_class("title", f"ال{unit.bare(head)}")  # أمير منطقة: الأمير's construct
            or any(m.type == "PER" for m in unit.starting_at(unit.tokens[head].start))):
        return j
    end = phrase_end(unit, j + 1, stop)
    return end + 1 if j + 1 < end < stop - 1 and unit.is_punct(end, COMMA) else j


def _noted_answer(unit: Unit, i: int, cue_end: int, stop: int, form: CueForm) -> Candidate | None:
    """وهو ما وصفته الأمم المتحدة بحملة تطهير: the verb's pronoun stands for the clause before, the
    words after it are its subject, and only a predicate after them is what was said; none after
    them (وهو ما نفته الجماعة وإيران) quotes no words."""
    found = noted_predicate_start(unit, i, stop)
    if found is None:
        return None
    subject_end, start = found
    cue = (unit.tokens[i].start, unit.tokens[cue_end - 1].end)
    begin = unit.tokens[start].start
    end = content_end(unit, begin)
    return make_candidate(unit, cue, (begin, end), content_kind(unit, begin, end, False), form.gender,
                          phrase=make_phrase(unit, cue_end, subject_end), phrase_window_end=start,
                          when_span=(cue[0], begin))


def _indefinite_after(unit: Unit, j: int) -> bool:
    """Token ``j`` is an indefinite noun (شريك، رائدة) that names no one: after a singular present
    of considering it is the predicate of the passive ('is considered a partner'), where the
    active takes a definite object (تعتبر الوزارة الخطوة مهمة، تعتبر هذه الخطوة)."""
    if j >= len(unit.tokens) or unit.tokens[j].kind != "word" or definite_word(unit.keys[j]):
        return False
    return not (unit.mentions_at(unit.tokens[j].start) or unit.is_a(j, "relative") or unit.is_a(j, "pronoun")
                or complementizer(unit, j) or prepositional(unit.keys[j]))


def _without_possessive(word_key: str) -> str:
    """بيانه → بيان, تصريحاتها → تصريحات: the noun a possessive pronoun is written on."""
    # no suffix of OBJECT_SUFFIXES ends another one: at most one matches
    return next((word_key[:-len(p)] for p in OBJECT_SUFFIXES if word_key.endswith(p) and len(word_key) > len(p) + 2),
                word_key)


def _names_someone(unit: Unit, phrase: SpeakerPhrase | None) -> bool:
    """The phrase names a speaker, or unnamed ones with the article (الخبراء، المحللون)."""
    return phrase is not None and (speaker_like(unit, phrase)
                                   or in_class("anonymous", article_less(unit.bare(phrase.start))))


def _from_participle(unit: Unit, i: int, form: CueForm) -> Candidate | None:
    """...، مؤكدا أن ...: only after a comma, with a conjunction or opening a sentence (the agency
    style ". مشيدا بما ...", going on with the sentence before), content right after."""
    next_opens = i + 1 < len(unit.tokens) and (unit.is_punct(i + 1, {":"}) or unit.opens_quote(i + 1))
    if not (i > 0 and unit.is_punct(i - 1, COMMA)) and unit.keys[i][0] not in "و" and unit.sentence_start(i) != i \
            and not followed_by_complementizer(unit, i) and not next_opens and not followed_by_its_preposition(unit, i):
        return None
    stop = unit.sentence_end(i)
    # محذرة في الوقت نفسه من ...، مؤكدا في الوقت ذاته أنه: its opener after an adjunct opens the content
    adjunct_next = i + 1 < stop and in_class("adjunct", unit.bare(i + 1))
    reach = NEAR + 2 if adjunct_next or followed_by_its_preposition(unit, i) else NEAR
    opener = find_opener(unit, i + 1, min(stop, i + 1 + reach), form.prep)
    if opener is not None and opener.kind == "mark" and opener.token > i + NEAR and adjunct_next:
        opener = None  # مؤكداً في حديث مع إذاعة "X" أن: a quoted name in the adjunct opens nothing
    if adjunct_next and (opener is None or opener.kind == "prep"):
        opener = opener_past_adjunct(unit, i + 1, stop, form.prep) or opener  # مشيرا في مقابلة مع "X" إلى أن
    cue = (unit.tokens[i].start, unit.tokens[i].end)
    if opener is None:
        if form.nominal != "y" or i + 1 >= stop:
            return None
        if in_class("adjunct", unit.bare(i)) and (unit.tokens[i + 1].kind != "word" or adjunct_next):
            return None  # ويكند، مجدداً بعد قطيعة / يعالون، مجددا،: the adverb 'again', no object said
        begin = unit.tokens[i + 1].start
        end = content_end(unit, begin)
        return make_candidate(unit, cue, (begin, end), content_kind(unit, begin, end, False), form.gender,
                              same_sentence=True)
    content, kind = content_of(unit, opener)
    if unit.is_a(i, "by_saying"):
        content = _quotation_end(unit, content)
    return make_candidate(unit, cue, content, kind, form.gender, same_sentence=True)


def _quotation_end(unit: Unit, content: tuple[int, int]) -> tuple[int, int]:
    """What 'by saying' opens with a quotation ends at its closing mark when a punctuation mark
    follows it (بقوله إن «...»، أي إن، بالقول "..."، معبرة عن): the words after it are the writer's."""
    first = unit.token_at(content[0])
    span = unit.opens_quote(first) if first < len(unit.tokens) and unit.tokens[first].start == content[0] else None
    after = unit.token_at(span.close + 1) if span is not None else len(unit.tokens)
    if span is None or not span.closed or span.close + 1 >= content[1] \
            or (after < len(unit.tokens) and unit.tokens[after].kind == "word"):
        return content  # إنها "أكبر قوة" منذ بدء الحملة: the sentence goes on with the quotation in it
    return content[0], span.close + 1

