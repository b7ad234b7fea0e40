"""Reported speech after speech verbs, their participles and verbal nouns.

    قالت الوزارة الثلاثاء إن ...         verb, subject after it (VSO), complementizer
    الدفاع الروسية تقول إن ...           verb, subject before it (headlines, decks)
    وأضافت "..."                        verb, implicit subject, quotation
    نفى لافروف ضمان ...                  verb whose content is a noun phrase
    ...، مؤكدا أن ...                    participle: the sentence's speaker
    نقلت وكالة X عن Y قوله إن ...         verbal noun: speaker Y, channel X
"""

from __future__ import annotations

from collections.abc import Iterator

from khabar.arabic.verbs import is_finite_verb
from khabar.quotes.acts import declares_an_act
from khabar.quotes.adjuncts import skip_adjuncts, statement_adjunct_end
from khabar.quotes.candidate import Candidate, content_kind, make_candidate
from khabar.quotes.channels import channel_phrase
from khabar.quotes.clauses import (
    LONE_PREPOSITIONS,
    MIN_QUOTED_WORDS,
    Opener,
    complementizer,
    content_end,
    far_opener,
    find_opener,
    followed_by_complementizer,
    followed_by_its_preposition,
    object_pronoun,
    opener_at,
    opener_past_adjunct,
)
from khabar.quotes.context import COMMA, Unit
from khabar.quotes.extent import phrase_end, speaker_like
from khabar.quotes.fronted import clause_start, fronted_phrase, statement_word
from khabar.quotes.lexicon import (
    ANY,
    IN_IT,
    OBJECT_SUFFIXES,
    PLURAL,
    PRONOUN_SUFFIXES,
    THING_SUFFIXES,
    WHAT,
    CueForm,
    in_class,
    key,
)
from khabar.quotes.names import SpeakerPhrase, article_less, make_phrase
from khabar.quotes.noun_phrases import opens_relative_clause
from khabar.quotes.subjects import without_inanimate
from khabar.quotes.verb_subjects import (
    SPEAKER_TYPES,
    apposition_end,
    conjoined_definites_end,
    definite_word,
    hearer_end,
    late_holder_end,
    particle_subject,
    plural_object,
    prepositional,
    resumptive_end,
    subject_phrase_end,
    time_end,
)
from khabar.quotes.voice import PRESENT_PREFIXES, passive, voice_unknown

_IN = key("في")
_FROM = key("من")
#: The verbal noun 'saying' in construct with its speaker (قول سامر), after a relaying verb.
_SAYING = key("قول")
#: A place is no antecedent of a relative pronoun for people (cues.tsv people_relative).
_PLACE_TYPES = ("GPE", "LOC")
#: Mentions that may speak when they open a sentence before its verb (a country's government too).
_SPEAKING_TYPES = ("PER", "ORG", "GPE")
#: A participle or masdar cue must be followed by its content within this many tokens.
NEAR = 3


def find_verb_quotes(unit: Unit) -> Iterator[Candidate]:
    """Candidates opened by a speech verb, participle or verbal noun among the unit's cues (its
    content after a complementizer, a colon or as the verb's object), with the verb's subject."""
    n = len(unit.tokens)
    skip_to = 0
    for i in unit.cues:
        form = unit.cue_form(i) if i >= skip_to else None
        if form is None or (form.kind == "verb" and (form.gender == ANY or voice_unknown(unit, i))) or unit.quote_at(i) \
                or _impersonal(unit, i) or (i > 0 and unit.phrase_at(i - 1, "impersonal") > 1 and not _any_subject_after(unit, i)) \
                or _negated_noun(unit, i) or _after_preposition(unit, i, form) or _denied_by_nobody(unit, i) \
                or (i > 0 and unit.tokens[i - 1].kind == "word" and unit.is_a(i - 1, "completion_verb")) \
                or any(unit.is_a(j, "object_idiom") and not _draws_attention_to_clause(unit, j)
                       for j in range(i + 1, min(n, i + 4))):
            continue
        if in_relative_clause(unit, i):
            found = _from_relative(unit, i, form) if form.kind == "verb" else None
            found = without_inanimate(unit, found, form.cls) if found is not None else None
            if found is not None:
                yield found
            continue
        cue_end = i + 1
        if cue_end < n and _says(unit, cue_end) and form.kind == "verb":
            cue_end += 1  # ومضى قائلا، وتابعت بالقول
            form = CueForm(form.lemma, form.cls, form.kind, form.gender, None, False, "n")
        if form.kind == "verb":
            found = _from_verb(unit, i, cue_end, form)
        elif form.kind == "participle":
            found = _from_participle(unit, i, form)
        else:
            found = _from_masdar(unit, i, form)
        if found is not None and form.kind == "verb":
            found = without_inanimate(unit, found, form.cls)
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
    speaker, whoever was named before."""
    if unit.phrase_at(i, "impersonal"):
        return True
    if i + 1 >= len(unit.tokens) or not complementizer(unit, i + 1):
        return False
    after = unit.keys[i + 1]
    stem = next((after[:-len(s)] for s in PRONOUN_SUFFIXES if after.endswith(s)), None)
    return stem is not None and any(in_class("impersonal", f"{k} {stem}") for k in (unit.keys[i], unit.bare(i)))


def in_relative_clause(unit: Unit, i: int) -> bool:
    """التي تتهم، أول من كشف، ما أعلن: the verb qualifies a noun and reports nothing itself,
    unless its own subject is named right after it (الذي تتهمه أنقرة بـ...)."""
    if i > 0 and unit.keys[i - 1] in ("أن", "ان", "لن", "كي", "لكي", "حتى"):
        return True  # أن يطلب: a verb in a subordinate clause
    if _after_source_prep(unit, i):
        return True  # بحسب ما أعلنته السفارة، حسبما أعلنت الوزارة: the source of what the sentence says
    if _relative_before(unit, i) is None:
        return False
    n = len(unit.tokens)
    # الوقت الذي يؤكد فيه وزير الخارجية أن: the verb's own subject after the pronoun
    subject = resumptive_end(unit, i + 1, n, any(complementizer(unit, j) for j in range(i + 2, min(n, i + 8)))) \
        if i + 1 < n else n
    return subject == i + 1 and not unit.starting_at(unit.tokens[subject].start if subject < n else len(unit.text))


def _after_source_prep(unit: Unit, i: int) -> bool:
    """Verb ``i`` follows 'according to what' (حسبما، بحسب ما، وفقا لما) and names the source of
    the sentence around it.  Not when a complementizer after it opens its own content (وحسبما تقول
    الإحصاءات فإن ...), nor a relaying verb (وفقا لما نقلته وكالة X): like ونقلته وسائل إعلام it
    names a channel only."""
    if i == 0 or unit.is_a(i, "channel_verb"):
        return False
    if unit.phrase_at(i - 1, "source_prep", 1):
        after = unit.bare(i - 1).endswith("ما")  # حسبما، وفقما
    else:
        after = i > 1 and unit.bare(i - 1) in ("ما", "لما") and bool(unit.phrase_at(i - 2, "source_prep", 1))
    # the scan to the sentence's end only for the few verbs after such a preposition
    return after and not any(complementizer(unit, j) for j in range(i + 1, unit.sentence_end(i)))


def _relative_before(unit: Unit, i: int) -> int | None:
    """The relative pronoun opening the clause of verb ``i`` (الذي قال، التي كانت تطالب)."""
    r = i - 1
    if r > 0 and unit.is_a(r, "aux") and not unit.is_a(r, "relative"):
        r -= 1  # الذي كان يطالب
    if r < 0 or not unit.is_a(r, "relative") or unit.bare(r) in ("هذا", "هذه", "ذلك", "تلك", "من"):
        return None
    return r


def _from_relative(unit: Unit, i: int, form: CueForm) -> Candidate | None:
    """A speech verb in a relative clause reports when its antecedent is a person or body named
    right before the relative pronoun (واشنطن التي كانت تطالب بإطلاق سراحه): that is its subject."""
    r = _relative_before(unit, i)
    # مما، بما: a clause on 'what' has no named antecedent
    if r is None or r == 0 or unit.bare(r).endswith(WHAT) or unit.bare(i) != unit.keys[i] and unit.keys[i][:1] == "و":
        return None
    end = unit.tokens[r - 1].end
    antecedent = next((m for m in unit.mentions_at(end - 1) if m.end == end and m.type in SPEAKER_TYPES), None)
    if antecedent is None or prepositional(unit.keys[unit.token_at(antecedent.start)]) \
            or (antecedent.type in _PLACE_TYPES and unit.is_a(r, "people_relative")) \
            or object_pronoun(unit, i) or _subject_after(unit, i):
        return None  # بيان للحرس الذي / طلبة باركلاند في فلوريدا الذين / السوق التي يعتبرونها / الاتحاد الذي تقول رئيسة الوزراء
    stop = unit.sentence_end(i)
    opener = find_opener(unit, i + 1, stop, form.prep)
    if opener is not None and opener.kind == "prep" and form.nominal != "y":
        return None
    if opener is None:
        if form.nominal != "y" or i + 1 >= stop:
            return None
        begin = unit.tokens[i + 1].start
        content, kind = (begin, content_end(unit, begin)), "indirect"
    else:
        content, kind = content_of(unit, opener)
    end = _relative_clause_end(unit, unit.token_at(content[0]), unit.token_at(content[1] - 1) + 1)
    return make_candidate(unit, (unit.tokens[i].start, unit.tokens[i].end), (content[0], min(content[1], end)),
                          kind, form.gender, phrase=make_phrase(unit, unit.token_at(antecedent.start), r),
                          nested=True)


def _subject_after(unit: Unit, i: int) -> bool:
    """A subject of its own follows the verb: a title, an unnamed source or a person's name."""
    nxt = i + 1
    if nxt >= len(unit.tokens):
        return False
    if any(unit.is_a(nxt, cls) for cls in ("title", "spokesperson", "anonymous", "media_noun")):
        return True
    limit = unit.tokens[min(nxt + 2, len(unit.tokens) - 1)].end
    return any(m.type == "PER" for m in unit.starting_in(unit.tokens[nxt].start, limit - 1))


def _any_subject_after(unit: Unit, i: int) -> bool:
    """لا يستبعد الأمريكيون / مراقبون: a subject after the verb, also a definite noun or any name
    (not لا يستبعد حصول ...: 'it is not ruled out')."""
    nxt = i + 1
    if nxt >= len(unit.tokens):
        return False
    return _subject_after(unit, i) or definite_word(unit.keys[nxt]) or bool(
        unit.starting_at(unit.tokens[nxt].start))


def _relative_clause_end(unit: Unit, start: int, stop: int) -> int:
    """Char where a relative clause's content ends: at a comma (واشنطن التي تطالب بإطلاق سراحه،
    والرئيس ...) or before a next noun with its own relative clause (... وأنقرة التي ترفض)."""
    for j in range(start + 1, stop):
        if unit.is_punct(j, COMMA) and not unit.quote_at(j):
            return unit.tokens[j - 1].end
        if unit.keys[j][:1] == "و" and len(unit.keys[j]) > 2 and j + 2 < stop and _relative_before(unit, j + 2) == j + 1:
            return unit.tokens[j - 1].end
    return unit.tokens[stop - 1].end


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
    was said, by anyone; a time may stand between the verb and its subject."""
    if i == 0 or not unit.is_a(i - 1, "negation"):
        return False
    j = time_end(unit, i + 1, len(unit.tokens))
    return j < len(unit.tokens) and unit.is_a(j, "nobody")


def _says(unit: Unit, i: int) -> bool:
    """'saying' after a verb of going on: قائلا، بالقول، or the imperfect يقول (ومضى يقول، وكتب يقول)."""
    if unit.keys[i] == "بالقول":
        return True
    form = unit.cue_form(i)
    return form is not None and form.lemma == "قال" and (
        form.kind == "participle" or (form.kind == "verb" and unit.keys[i][:1] in PRESENT_PREFIXES))


def content_of(unit: Unit, opener: Opener) -> tuple[tuple[int, int], str]:
    """Content span and kind for an opener."""
    if opener.kind == "mark":
        span = unit.opens_quote(opener.token)
        if len(unit.text[span.open:span.close].split()) < MIN_QUOTED_WORDS:  # type: ignore[union-attr]
            # لفت فريق الدفاع "تناقضات" في رواية ...: quoted words inside reported content
            return (span.open, content_end(unit, span.open)), "mixed"  # type: ignore[union-attr]
        return span.inner, "direct"  # type: ignore[union-attr]
    if opener.kind == "colon":
        nxt = unit.token_at(opener.content_start)
        span = unit.opens_quote(nxt) if nxt < len(unit.tokens) else None
        if span is not None:
            return span.inner, "direct"
        return (opener.content_start, content_end(unit, opener.content_start)), "direct"
    end = content_end(unit, opener.content_start)
    return (opener.content_start, end), content_kind(unit, opener.content_start, end, False)


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
        return _passive_quote(unit, i, cue_end, opener, form) if opener and opener.kind != "prep" else None
    cue = (unit.tokens[i].start, unit.tokens[cue_end - 1].end)
    if opener is None:
        return _nominal_content(unit, i, cue_end, stop, form) if form.nominal == "y" else None
    if form.nominal == "c" and (opener.kind != "complementizer" or (
            opener.token - cue_end > NEAR + 1 and not _titled_subject_fills(unit, cue_end, opener.token))):
        return None  # بين أن، لكن بين الأجهزة ... أن: only a complementizer close to the verb or its titled subject
    if form.lemma == "نقل" and (unit.bare(i).endswith(THING_SUFFIXES) or any(
            unit.bare(j) == "عن" or _saying_of(unit, j) for j in range(cue_end, opener.token))):
        return _relayed(unit, i, cue_end, opener, form)  # a channel and its source, or nothing
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
    opening = _opening_subject(unit, i) if phrase is not None else None
    if phrase is not None and form.nominal == "y" and (any(
            unit.is_a(j, "relative") and unit.bare(j) != "من" for j in range(phrase.start, phrase.end))
            or _object_qualified(unit, phrase, phrase_stop)
            or (opener.kind == "prep" and (plural_object(unit, phrase.start) or opening is not None))):
        # ووصف كافة الاتهامات التي وردت ... بأنها كاذبة، ودعا الليبيين إلى: an object, not a subject;
        # the subject is the one written before the verb (تونس تدعو الليبيين إلى), if any
        # ودعا أمس الأحد الليبيين إلى، دعا في نفس التصريح الحكومة إلى: the time and the utterance are no content
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
    if resumed and kind != "direct":
        content = (content[0], _time_clause_end(unit, *content))
    if phrase is not None and phrase.start == cue_end and phrase.end == cue_end + 1 \
            and unit.is_a(phrase.start, "statement_noun"):
        cue = (cue[0], unit.tokens[phrase.start].end)  # وشدد البيان: the statement is part of the cue
    when_from = unit.tokens[phrase.start].start if phrase else cue[0]
    return make_candidate(unit, cue, content, kind, form.gender, phrase=phrase,
                          phrase_window_end=max(apposition_end(unit, phrase_stop, opener.token),
                                                late_holder_end(unit, phrase.start, phrase_stop, opener.token))
                          if phrase is not None and phrase.start >= cue_end else None,  # a fronted subject has none
                          via=via, when_span=(min(when_from, cue[0]), opener.content_start))


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
    if phrase_stop >= len(unit.tokens) or not opens_relative_clause(unit, phrase_stop):
        return False
    return not speaker_like(unit, phrase) or subject_phrase_end(unit, phrase.start, phrase_stop) != phrase_stop


def _relayed(unit: Unit, i: int, cue_end: int, opener: Opener, form: CueForm) -> Candidate | None:
    """نقلت وكالة X عن Y أن ...: speaker Y, channel X.  Not ونقلته وسائل إعلام (a channel of a
    statement made before) nor X عن Y قوله (the verbal noun's own attribution)."""
    saying = next((j for j in range(cue_end + 1, opener.token) if _saying_of(unit, j)), None)
    if saying is not None and not unit.bare(i).endswith(THING_SUFFIXES):
        phrase = make_phrase(unit, saying + 1, phrase_end(unit, saying + 1, opener.token))
        channel = make_phrase(unit, cue_end, saying)  # ونقلت صحيفة X قول Y: Y speaks, X relays
        if phrase is None or channel is None:
            return None
        content, kind = content_of(unit, opener)
        via = (unit.tokens[channel.start].start, unit.tokens[channel.end - 1].end)
        return make_candidate(unit, (unit.tokens[i].start, unit.tokens[i].end), content, kind, form.gender,
                              phrase=phrase, via=via, when_span=(unit.tokens[i].start, opener.content_start))
    about = next((j for j in range(cue_end, opener.token) if unit.bare(j) == "عن"), None)
    if unit.bare(i).endswith(THING_SUFFIXES) or about is None or about == cue_end or any(
            unit.cue_form(j) is not None and unit.cue_form(j).kind == "masdar" for j in range(about + 1, opener.token)):
        return None
    phrase = make_phrase(unit, about + 1, phrase_end(unit, about + 1, opener.token))
    channel = make_phrase(unit, cue_end, about)
    if phrase is None or channel is None:
        return None
    content, kind = content_of(unit, opener)
    cue = (unit.tokens[i].start, unit.tokens[i].end)
    via = (unit.tokens[channel.start].start, unit.tokens[channel.end - 1].end)
    return make_candidate(unit, cue, content, kind, form.gender, phrase=phrase, via=via,
                          when_span=(cue[0], opener.content_start))


def _saying_of(unit: Unit, j: int) -> bool:
    """Token ``j`` is the verbal noun 'saying' in construct with who said it (قول سامر، قول
    الوزير): after a relaying verb, the name after it is the speaker (ونقلت صحيفة X قول سامر:).
    Not with a pronoun (قوله), whose speaker is named before it (عن X قوله)."""
    return unit.keys[j] == _SAYING and j + 1 < len(unit.tokens) and unit.tokens[j + 1].kind == "word"


def _passive_quote(unit: Unit, i: int, cue_end: int, opener: Opener, form: CueForm) -> Candidate | None:
    """وقيل إن ... (no speaker); ونقل عن مصدر أمني أن ... (the source after عن speaks), unless a
    verbal noun names the source's words (ونقل عن X قوله إن), which that finder reads."""
    phrase = None
    if cue_end < opener.token and unit.bare(cue_end) == "عن":
        if any(unit.cue_form(j) is not None and unit.cue_form(j).kind == "masdar"
               for j in range(cue_end + 1, opener.token)):
            return None
        phrase = make_phrase(unit, cue_end + 1, phrase_end(unit, cue_end + 1, opener.token))
    content, kind = content_of(unit, opener)
    cue = (unit.tokens[i].start, unit.tokens[cue_end - 1].end)
    return make_candidate(unit, cue, content, kind, form.gender, phrase=phrase, passive=True,
                          when_span=(cue[0], opener.content_start))


def _nominal_content(unit: Unit, i: int, cue_end: int, stop: int, form: CueForm) -> Candidate | None:
    """نفى لافروف ضمان ...: the subject (if any) then a noun-phrase content."""
    fronted = fronted_phrase(unit, i, clause_start(unit, i))
    # a verb before its subject is singular: after a plural one (حثوا المجتمع الدولي على) comes the object
    if fronted or form.gender == PLURAL:
        subject_start = subject_end = cue_end
    else:  # وأعلن الثلاثاء الإعلام الرسمي عن: the subject follows the time
        subject_start = time_end(unit, cue_end, stop)
        subject_end = subject_phrase_end(unit, subject_start, stop)
        if subject_end > subject_start:  # أعلنت وزارة الصناعة والتجارة عن: the body's name goes on
            subject_end = conjoined_definites_end(unit, subject_end, stop)
    # ودعا المبعوث الدولي في بيانه الحكومة: 'in his statement' says how, and ends the subject and
    # the words that may name it
    said_in = next((j for j in range(cue_end, subject_end - 1) if unit.bare(j) == _IN and in_class(
        "statement_noun", _without_possessive(unit.keys[j + 1]))), None)
    subject_end = subject_end if said_in is None else said_in
    phrase = fronted or make_phrase(unit, subject_start, subject_end)
    if unit.is_a(i, "passive_present") and (not _names_someone(unit, phrase)
                                            or (fronted is not None and _indefinite_after(unit, cue_end))):
        return None  # تونس تعتبر رائدة، STC تعتبر شريك رئيسي: 'is considered', no one's view
    if form.cls == "opine" and phrase is None and object_pronoun(unit, i):
        return None  # فإنهم لا يعتبرونها جرما: no one named holds the view of the pronoun's noun
    start = skip_adjuncts(unit, subject_end if said_in is None else said_in + 2, stop)
    if start >= stop:
        return None
    cue = (unit.tokens[i].start, unit.tokens[cue_end - 1].end)
    begin = unit.tokens[start].start
    end = content_end(unit, begin)
    return make_candidate(unit, cue, (begin, end), content_kind(unit, begin, end, False), form.gender,
                          phrase=phrase, phrase_window_end=start if said_in is None else said_in,
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
    """...، مؤكدا أن ...: only after a comma or with a conjunction, content right after."""
    next_opens = i + 1 < len(unit.tokens) and (unit.is_punct(i + 1, {":"}) or unit.opens_quote(i + 1))
    if not (i > 0 and unit.is_punct(i - 1, COMMA)) and unit.keys[i][0] not in "و" \
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
    return make_candidate(unit, cue, content, kind, form.gender, same_sentence=True)


def _from_masdar(unit: Unit, i: int, form: CueForm) -> Candidate | None:
    """عن Y قوله إن ...: the speaker after عن, the channel before it."""
    stop = unit.sentence_end(i)
    opener = None
    for j in range(i + 1, min(stop, i + 1 + NEAR)):  # قوله الثلاثاء إن: a time word may intervene
        opener = opener_at(unit, j)
        if opener is not None:
            break
    if opener is None:
        return None
    phrase, via = _reported_by(unit, i)
    content, kind = content_of(unit, opener)
    cue = (unit.tokens[i].start, unit.tokens[i].end)
    return make_candidate(unit, cue, content, kind, form.gender, phrase=phrase, via=via,
                          when_span=(unit.tokens[max(unit.sentence_start(i), 0)].start, opener.content_start))


def _reported_by(unit: Unit, i: int) -> tuple[SpeakerPhrase | None, tuple[int, int] | None]:
    """(speaker after عن, channel between a relaying verb and عن) for a masdar at ``i``."""
    start = unit.sentence_start(i)
    for j in range(i - 1, start - 1, -1):
        if unit.bare(j) == "عن":
            phrase = make_phrase(unit, j + 1, i)
            via = None
            for v in range(j - 1, start - 1, -1):
                if in_class("channel_verb", unit.keys[v]) or in_class("channel_verb", unit.bare(v)):
                    via_phrase = make_phrase(unit, v + 1, j)
                    if via_phrase is not None:
                        via = unit.tokens[via_phrase.start].start, unit.tokens[via_phrase.end - 1].end
                    break
            return phrase, via
    return None, None
