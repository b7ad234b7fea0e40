"""The subject of the verb opening a cue's sentence, and whether a speaker agrees with a verb.

A participle or conjoined verb with no subject of its own (شخّص الطبيب X حالتها، مؤكدا أن) speaks
with the subject of its sentence's opening verb; a masculine verb never has a body in ة as subject.
"""

from __future__ import annotations

from khabar.arabic.normalize import has_tanwin
from khabar.arabic.verbs import is_finite_verb
from khabar.model import Ref
from khabar.quotes.context import COMMA, MentionSpan, Unit
from khabar.quotes.extent import channel_start, phrase_end, recipient
from khabar.quotes.lexicon import AMMA, ANY, FEM, MASC, PLURAL, complementizers, in_class, key
from khabar.quotes.names import (
    PLACE_TYPES,
    QUOTE_MARKS,
    SpeakerPhrase,
    article_less,
    definite,
    make_phrase,
    name_words,
)
from khabar.quotes.speakers import resolve
from khabar.quotes.tracker import Speaker, Tracker
from khabar.quotes.verb_subjects import prepositional, subject_phrase_end


def sentence_subject(unit: Unit, cue: int, tracker: Tracker) -> Speaker | None:
    """The subject of the verb that opens the cue's sentence, when the cue is not that verb:
    شخّص الطبيب ماجد علاية حالتها، مؤكدا أن ... → the doctor; وهاجمت لوبان ماكرون ...، وقالت: → لوبان."""
    start = unit.sentence_start(cue)
    for j in unit.phrase_starts("boundary", start, cue):  # ..., فيما نفى X: the clause after a boundary word
        length = unit.phrase_at(j, "boundary")
        if length:
            start = j + length
    apposed = _apposed_person(unit, start + 1, cue)
    if apposed is not None:  # حدد ولي العهد السعودي، الأمير محمد بن سلمان، موعد ...، مشددا
        return tracker.by_entity(apposed.entity) or _person_speaker(unit, apposed)
    if unit.is_a(start, "topic_lead"):  # وبخصوص عودة X إلى الساحة في المرحلة المقبلة، قال Y: a topic, however long
        start = next((j + 1 for j in range(start + 1, cue) if unit.is_punct(j, COMMA)), start)
    # من جانبه، / في المقابل، before the verb; but أما X، فقال: the comma closes the topic, the subject;
    # and after a verb and a person (ووجه X، الرئيس التنفيذي لنادي Y، انتقادات) it closes the name
    if unit.keys[start] != AMMA and not _verb_then_person(unit, start, cue):
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
    opening, said = unit.cue_form(start), unit.cue_form(cue)
    if opening is not None:  # وعلق مفوض العدل على ... قائلا: the opening verb's subject
        if said is not None and ANY not in (said.gender, opening.gender) and said.gender != opening.gender:
            return None  # ورفض الرئيس ... لكنها أكدت: another subject
        end = phrase_end(unit, start + 1, cue)
        named_end = subject_phrase_end(unit, start + 1, end)
        end = named_end if start + 1 < named_end < end else end  # وأعلن الوزير X حالة الطوارئ: not its object
        phrase = make_phrase(unit, start + 1, end)
        if phrase is None or not _titled_or_named(unit, phrase) \
                or any(unit.keys[j] in complementizers() for j in range(phrase.start, phrase.end)):
            return None  # no subject written: the speaker tracked before
        found = resolve(unit, phrase, ANY, tracker)
        return found if found is not None and found.ref is not None else None
    fronted = _fronted_subject(unit, start, cue, said is not None and said.gender == FEM)
    if fronted is not None:  # دمشق تعتبر العقوبات "غير مشروعة" وتؤكد تضامنها: the name before the verb
        return tracker.by_entity(fronted.entity) or _person_named(unit, fronted, tracker) \
            or _person_speaker(unit, fronted)
    titled = _fronted_title_end(unit, start, cue)
    if titled is not None and (said is None or _title_agrees(unit.bare(start), said.gender)):
        phrase = make_phrase(unit, start, titled)  # وزير الخارجية يزور موسكو ويؤكد أن
        person = next((m for m in unit.starting_in(unit.tokens[start].start, unit.tokens[titled].start)
                       if m.type == "PER"), None)
        if person is not None:  # النائب عميش يمثل ... ويقول: the titled person
            return tracker.by_entity(person.entity) or _person_speaker(unit, person)
        if phrase is not None:
            return Speaker(Ref(text=name_words(unit, phrase)), ANY, _keys(phrase.words))
    first_char = unit.tokens[start + 1].start
    last_char = unit.tokens[min(start + 3, cue - 1)].start
    # what a speech verb opening the sentence says (أوضح أن الغرفة ...) holds no subject; after غير أن
    # or جدير بالذكر أن the subject follows
    said_that = next((j for j in range(start + 1, min(start + 4, cue)) if unit.keys[j] in complementizers()
                      and unit.cue_form(j - 1) is not None), cue)
    place_subject = said is not None and said.gender == FEM and _feminine_verb(unit, start)
    for mention in unit.mentions:
        if first_char <= mention.start <= last_char and mention.end <= unit.tokens[cue].start \
                and (mention.type in ("PER", "ORG") or (place_subject and mention.type in PLACE_TYPES
                                                        and unit.token_at(mention.start) == start + 1
                                                        and not _named_at(unit, mention.start))) \
                and not channel_start(unit, unit.token_at(mention.start)) \
                and not _right_after_preposition(unit, mention) \
                and unit.token_at(mention.start) < said_that:
            if mention.type in PLACE_TYPES:  # وتطرقت نانسي: a person named before, tagged as a place here
                return _person_named(unit, mention, tracker) or _person_speaker(unit, mention)
            return tracker.by_entity(mention.entity) or _person_speaker(unit, mention)
    if unit.is_a(start + 1, "title") and (said is None or _title_agrees(unit.bare(start + 1), said.gender)):
        # ورد الرئيس الأمريكي ...، قائلا (not ورفض الرئيس ... لكنها أكدت)
        phrase = make_phrase(unit, start + 1, phrase_end(unit, start + 1, cue))
        if phrase is not None:
            return Speaker(Ref(text=name_words(unit, phrase)), ANY, _keys(phrase.words))
    return None


def by_saying_verb_subject(unit: Unit, cue: int, tracker: Tracker) -> Speaker | None:
    """The subject written right after the verb a 'by saying' word goes with (the last speech or
    finite verb before it in its sentence), named or not: بحسب ما أكدته وعد بقولها → وعد; يعلق جبر
    الشوفي، العضو ...، بالقول → جبر الشوفي; وهو ما أكد عليه أيضا X، وزير ...، بقوله → X.  It is the
    speaker over whoever spoke before in the sentence.  None: the verb has none written after it
    (واختتمت كلمتها بالقول، الذي علق عليها بقوله), or no verb is found."""
    start = unit.sentence_start(cue)
    lead = _pronoun_lead(unit, start, cue)
    if lead is not None:  # وهو يخاطب إحدى المتظاهرات بالقول، الذي علق عليها بقوله
        return _antecedent(unit, start, lead, tracker)
    verb = next((j for j in range(cue - 1, start - 1, -1) if unit.tokens[j].kind == "word" and (
        unit.cue_form(j) is not None or is_finite_verb(unit.tokens[j].text))), None)
    if verb is None:
        return None
    before = unit.bare(verb - 1) if verb > start else ""
    if in_class("pronoun", before) or (in_class("relative", before) and definite(before)):
        # وهو يخاطب إحدى المتظاهرات بالقول: a pronoun subject, the words after the object; التي نقلتها
        # صحيفة X ... بالقول: a relative clause's verb, not the one 'by saying' goes with (but وهو ما
        # أكد عليه X بقوله: what X said)
        return None
    first = verb + 1
    while first < cue and unit.is_a(first, "adjunct"):
        first += 1  # أكد عليه أيضا X
    if first >= cue or unit.tokens[first].kind != "word":
        return None
    last = unit.tokens[min(first + MAX_UNTAGGED_SUBJECT, cue - 1)].start
    for mention in unit.starting_in(unit.tokens[first].start, last):  # حجة الإسلام محمود علوي: a title's holder
        j = unit.token_at(mention.start)
        if mention.type == "PER" and unit.token_at(mention.end - 1) < cue and not any(
                _ends_subject(unit, k) or _possessed(unit, k) for k in range(first, j)):
            return tracker.by_entity(mention.entity) or _person_speaker(unit, mention)
    titled = unit.is_a(first, "title")  # عضو مجلس الشورى فلانة: a title, its body and a name no tagger found
    end = first
    while end < cue and end - first < (MAX_TITLED_SUBJECT if titled else MAX_UNTAGGED_SUBJECT) \
            and unit.tokens[end].kind == "word" and not _ends_subject(unit, end):
        end += 1
    if end == first or not (end == cue or unit.is_punct(end, COMMA)
                            or (unit.tokens[end].kind == "word" and _ends_subject(unit, end))) \
            or (not titled and unit.mentions_in(unit.tokens[first].start, unit.tokens[end - 1].end)) \
            or _possessed(unit, first) or _possessed(unit, end - 1) \
            or (definite(unit.keys[first]) and not titled) \
            or any(has_tanwin(unit.tokens[j].text) for j in range(first, end)):
        # كلمتها، رده على، وانتقد القرار بقوله، يروي عدداً من: an object; نذكر منهم X: no subject;
        # a body or place: the named-subject rule decides
        return None
    text = unit.text[unit.tokens[first].start:unit.tokens[end - 1].end]
    return Speaker(Ref(text=text), ANY, article_less(_keys(text)))


def _pronoun_lead(unit: Unit, start: int, cue: int) -> int | None:
    """The subject pronoun (``aside_pronoun``: وهو، وهي) or the relative (``person_relative``: الذي،
    التي) opening the clause of the verb a 'by saying' word goes with, a few words before it with no
    punctuation between: وهو يخاطب إحدى المتظاهرات بالقول; a relative only when its verb has no subject after it (الذي علق عليها بقوله; not
    التي نقلتها صحيفة X بالقول, whose subject is written).  Not before ما (وهو ما أكد عليه X بقوله: X
    said it)."""
    for j in range(cue - 2, max(start, cue - 1 - MAX_PRONOUN_REACH) - 1, -1):
        if unit.tokens[j].kind != "word":
            return None
        if in_class("aside_pronoun", unit.bare(j)) and not in_class("relative", unit.bare(j + 1)):
            return j
        if in_class("person_relative", unit.bare(j)):
            return j if all(unit.is_a(k, "adjunct") or _possessed(unit, k) for k in range(j + 2, cue)) else None
    return None


def _antecedent(unit: Unit, start: int, pronoun: int, tracker: Tracker) -> Speaker | None:
    """The person named last before the pronoun or relative at token ``pronoun`` in its sentence
    (ظهر رئيسه فيصل الفايز في مقطع فيديو وهو يخاطب → فيصل الفايز; إيد بيرستيل، مدير محلات «ليبرتي»،
    الذي علق → إيد بيرستيل); None when the sentence names no one before it."""
    persons = [m for m in unit.starting_in(unit.tokens[start].start, unit.tokens[pronoun].start - 1)
               if m.type == "PER" and m.end <= unit.tokens[pronoun].start]
    if not persons:
        return None
    return tracker.by_entity(persons[-1].entity) or _person_speaker(unit, persons[-1])


#: Most words between a subject pronoun or relative and the 'by saying' word it leads to (وهو يخاطب
#: إحدى المتظاهرات بالقول).
MAX_PRONOUN_REACH = 6
#: Most words of a subject no tagger named between a verb and its 'by saying' word (جبر الشوفي).
MAX_UNTAGGED_SUBJECT = 3
#: Most words of a subject opening with a title: the title, its body and the name (عضو مجلس الشورى X Y).
MAX_TITLED_SUBJECT = 5
#: Pronoun endings of an object after the verb (كلمتها، رده، مداخلتها): no subject's name ends so.
_POSSESSIVES = ("ه", "ها", "هم", "هما")


def _possessed(unit: Unit, j: int) -> bool:
    """Token ``j`` ends in a pronoun, as written (كلمته، منهم; not هبة, whose key ends as كلمته's)."""
    return unit.tokens[j].text.endswith(_POSSESSIVES)


def _ends_subject(unit: Unit, j: int) -> bool:
    """Token ``j`` cannot be inside a subject's name: a preposition, an adjunct, a complementizer,
    a verb, a relative, a word with a preposition clitic (بهجمات)."""
    k = unit.bare(j)
    return unit.tokens[j].kind != "word" or unit.cue_form(j) is not None or unit.is_a(j, "by_saying") \
        or any(in_class(cls, k) for cls in _PREPOSITION_CLASSES) or in_class("relative", k) \
        or unit.keys[j] in complementizers() or prepositional(unit.keys[j]) or is_finite_verb(unit.tokens[j].text)


def by_saying_subject(unit: Unit, cue: int, tracker: Tracker) -> Speaker | None:
    """The subject of the verb a 'by saying' word (بالقول، بقوله) goes with, whatever that verb:
    the first person or body its sentence names before it, outside a prepositional phrase
    (واختتم غيتس رده على أسئلة المشاركين، بالقول → غيتس; وردت الوزارة على ذلك بقولها → the
    ministry; not للفنانة الراحلة عتاب); a body heading a title whose holder follows is that
    person's (رئيس المجلس الأوروبي دونالد توسك رد ... بالقول → توسك).  None: no such name."""
    first, stop = unit.tokens[unit.sentence_start(cue)].start, unit.tokens[cue].start
    for mention in unit.starting_in(first, stop - 1):
        if mention.type not in ("PER", "ORG") or mention.end > stop or _after_preposition(unit, mention):
            continue
        if mention.type == "ORG":  # المجلس الأوروبي دونالد توسك: the holder named right after the body
            after = unit.token_at(mention.end - 1) + 1
            mention = next((m for m in unit.starting_at(unit.tokens[after].start) if m.type == "PER"
                            and m.end <= stop), mention) if after < cue else mention
        return tracker.by_entity(mention.entity) or _person_speaker(unit, mention)
    return None


#: Words looked back over from a name for a preposition governing it (للفنانة السعودية وعد).
_GOVERNED_REACH = 2
#: Classes of prepositions that put a name in a phrase of its own, not the subject's place.
_PREPOSITION_CLASSES = ("adjunct", "content_prep", "owner_prep", "topic_lead", "headline_topic_prep")


def _after_preposition(unit: Unit, mention: MentionSpan) -> bool:
    """One of the two words before the name is a preposition, or carries ل/ب (للفنانة الراحلة X)."""
    j = unit.token_at(mention.start)
    return any(unit.tokens[k].kind == "word" and (recipient(unit, k) or any(
        in_class(cls, unit.bare(k)) for cls in _PREPOSITION_CLASSES)) for k in range(max(0, j - _GOVERNED_REACH), j))


def _right_after_preposition(unit: Unit, mention: MentionSpan) -> bool:
    """The word right before the name is a preposition: the name is the opening verb's complement,
    not its subject (كما توجه إلى السلطات الفرنسية ...، قائلا → whoever spoke before)."""
    j = unit.token_at(mention.start)
    return j > 0 and unit.tokens[j - 1].kind == "word" \
        and any(in_class(cls, unit.bare(j - 1)) for cls in _PREPOSITION_CLASSES)


def _fronted_subject(unit: Unit, start: int, cue: int, feminine: bool) -> MentionSpan | None:
    """A person or body, or with a feminine cue a country or city, opening the sentence right before
    a verb (SV, as headlines are written: دمشق تعتبر ... وتؤكد، الرئيس يستقبل ... ويؤكد): the subject of
    the verbs conjoined after it."""
    for mention in unit.starting_at(unit.tokens[start].start):
        if mention.type in ("PER", "ORG") or (feminine and mention.type in PLACE_TYPES
                                               and not _named_at(unit, mention.start)):
            after = unit.token_at(mention.end - 1) + 1
            if after < cue - 1 and unit.tokens[after].kind == "word" and (_imperfect(unit, after) or (
                    unit.cue_form(after) is not None and not unit.conjoined_cue(after))):
                return mention
    return None


#: Most words of a title written before its verb (وزير الخارجية الأمريكي يزور).
MAX_FRONTED_TITLE = 4


def _fronted_title_end(unit: Unit, start: int, cue: int) -> int | None:
    """The end of a title opening the sentence right before an imperfect verb (وزير الخارجية يزور
    موسكو ويؤكد), its words all plain words; None otherwise."""
    if not unit.is_a(start, "title"):
        return None
    for j in range(start + 1, min(cue - 1, start + 1 + MAX_FRONTED_TITLE)):
        if unit.tokens[j].kind != "word" or unit.is_a(j, "adjunct"):
            return None
        if _imperfect(unit, j) or unit.cue_form(j) is not None:
            return j
    return None


def _imperfect(unit: Unit, j: int) -> bool:
    """Token ``j`` reads as an imperfect verb of the third person (يستقبل، تعتبر): ي or ت and three
    letters more, no adjunct or name."""
    k = unit.keys[j]
    return k[:1] in ("ي", "ت") and len(k) > 3 and not unit.is_a(j, "adjunct") \
        and not unit.mentions_at(unit.tokens[j].start + 1)


def _person_named(unit: Unit, place: MentionSpan, tracker: Tracker) -> Speaker | None:
    """A person who spoke before whose name holds the place's words (نانسي for نانسي عجرم): the
    entities stage read the name as a place."""
    words = unit.text[place.start:place.end].split()
    for speaker in reversed(tracker.history):
        entity = speaker.ref.entity if speaker.ref is not None else None
        if entity and entity.startswith("per:") and all(w in speaker.ref.text.split() for w in words):
            return speaker
    return None


def _named_at(unit: Unit, char: int) -> bool:
    """A person or body is named from ``char`` on (نانسي عجرم: the singer, not the city)."""
    return any(m.type in ("PER", "ORG") for m in unit.starting_at(char))


def _feminine_verb(unit: Unit, j: int) -> bool:
    """Token ``j`` reads as a feminine verb opening its sentence (دانت، وتؤكد): a word with the
    feminine ت ending a perfect or opening an imperfect, no preposition, adjunct or name.  A country
    or city right after it is its subject (دانت دمشق ... واعتبرت أنها), as a person or body would be."""
    k = unit.bare(j)
    if unit.tokens[j].kind != "word" or len(k) < 3 or unit.is_a(j, "adjunct") or unit.mentions_at(unit.tokens[j].start + 1):
        return False
    return k.endswith("ت") or (k.startswith("ت") and len(k) > 3)


def _person_speaker(unit: Unit, mention: MentionSpan) -> Speaker:
    text = unit.text[mention.start:mention.end]
    return Speaker(Ref(text=text, entity=mention.entity), ANY, article_less(_keys(text)))


def _keys(text: str) -> str:
    """The words as keys, which a later noun's head is compared with (:meth:`Tracker.by_head`)."""
    return " ".join(map(key, text.split()))


#: Longest description before a comma-set name: ولي العهد السعودي، الأمير محمد بن سلمان،
MAX_DESCRIPTION = 4


def _verb_then_person(unit: Unit, start: int, cue: int) -> bool:
    """The sentence opens with a finite verb and a person named right after it (ووجه فلان، ...):
    a comma after the name opens an apposition, no lead-in phrase ends there."""
    first = start + (unit.keys[start] in ("و", "ف"))
    if first + 1 >= cue or unit.tokens[first].kind != "word" or not is_finite_verb(unit.tokens[first].text):
        return False
    return any(m.type == "PER" for m in unit.starting_at(unit.tokens[first + 1].start))


def _apposed_person(unit: Unit, first: int, stop: int) -> MentionSpan | None:
    """A person named between commas right after a definite description or a title opening the
    subject (ولي العهد السعودي، الأمير محمد بن سلمان،): the description's holder; None otherwise."""
    if first >= stop or not (unit.is_a(first, "title") or definite(unit.keys[first]) or definite(
            unit.keys[first + 1] if first + 1 < stop else "")):
        return None
    comma = next((j for j in range(first + 1, min(stop, first + 1 + MAX_DESCRIPTION)) if unit.is_punct(j, COMMA)), None)
    if comma is None or any(unit.tokens[j].kind != "word" or recipient(unit, j) for j in range(first, comma)):
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
    head is another word (تنظيم "الدولة الإسلامية") agree.  Nor does a feminine verb have as subject
    a body headed by a masculine singular noun of bodies (ودعت المكتب الجامعي إلى: the office is
    the object, the league that spoke before the subject)."""
    if head is None or speaker.ref is None or (speaker.ref.entity or "per:").startswith("per:"):
        return True
    if gender == FEM:
        return not _masculine_body_head(unit, head)
    if gender != MASC:
        return True
    start = unit.tokens[head].start
    body = next((m for m in unit.starting_in(start, start + 1) if m.type in PLACE_TYPES), None)
    word = unit.tokens[head].text
    quoted = head > 0 and unit.tokens[head - 1].text in QUOTE_MARKS  # تنظيم "الدولة الإسلامية": the head is تنظيم
    return body is None or not word.endswith("ة") or word.startswith("#") or quoted or unit.is_a(head, "title")


def _masculine_body_head(unit: Unit, head: int) -> bool:
    """Token ``head``, right after a speech verb, is a noun heading bodies (``office_body``) that is
    masculine singular: no ة and no plural ات (المكتب، مجلس، الحزب; not الهيئة، القوات, nor the body
    of a title before it: رئيسة الاتحاد)."""
    if head == 0 or unit.cue_form(head - 1) is None:
        return False
    bare = unit.bare(head)
    noun = bare[2:] if bare.startswith("ال") else bare
    return in_class("office_body", noun) and not noun.endswith(("ه", "ات"))


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


def _titled_or_named(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The phrase opens with a title or with the name of a person or body."""
    if unit.is_a(phrase.start, "title") or unit.is_a(phrase.start, "spokesperson"):
        return True
    head = unit.tokens[phrase.start].start
    return any(m.type in ("PER", "ORG") for m in unit.mentions_at(head + 1))


def clause_subject(unit: Unit, cue: int, gender: str, tracker: Tracker) -> Speaker | None:
    """The named subject of the nearest verb before the cue in its sentence whose gender agrees,
    for a participle whose sentence opens with no verb and subject of its own (كما تم التطرق إلى
    ... حيث قدم الوزير برنامج الحكومة ...، مشددا على → the minister): the participle goes on with
    that clause.  Not a verb in a relative clause (التي تمر بها البلاد), nor one before a quotation
    (what was said is no narration); None when no such verb is found."""
    start = unit.sentence_start(cue)
    # not an auxiliary, whose predicate follows its subject (كان المدير الفني لليفربول حريصا على ...، قائلا)
    return next(filter(None, (_verb_subject(unit, j, start, cue, gender, tracker)
                              for j in range(cue - 1, start, -1) if not unit.is_a(j, "aux"))), None)


def narrated_subject(unit: Unit, gender: str, tracker: Tracker) -> Speaker | None:
    """Who acted in the unit's last sentence, whom a verb with no subject opening the next sentence
    (وقالت أيضا إنها، ودعا) goes on with: the named subject of the sentence's opening verb (وكان ترامب
    قد فكر ...، والتقى الرئيس الروسي → ترامب), else of its last verb, whichever first agrees with the
    verb (ويقع المجلس تحت ضغط ... وقررت الحكومة → الحكومة for a feminine verb)."""
    end = len(unit.tokens)
    while end > 0 and unit.tokens[end - 1].kind != "word":
        end -= 1
    return _acting_subject(unit, unit.sentence_start(end - 1), end, gender, tracker) if end else None


def previous_sentence_subject(unit: Unit, cue: int, gender: str, tracker: Tracker) -> Speaker | None:
    """:func:`narrated_subject` for the sentence before the cue's in its unit; None when the cue's
    sentence is the unit's first."""
    start = unit.sentence_start(cue)
    if start == 0:
        return None
    return _acting_subject(unit, unit.sentence_start(start - 1), start - 1, gender, tracker)


#: Words looked at for the verb opening a sentence (وكان ترامب، كما قررت الحكومة).
_OPENING_REACH = 2


def _acting_subject(unit: Unit, start: int, stop: int, gender: str, tracker: Tracker) -> Speaker | None:
    if gender not in (MASC, FEM) or any(unit.quote_at(j) is not None for j in range(start, stop)):
        return None  # a plural or unknown verb; a sentence quoting someone is no narration
    first = next(filter(None, (_verb_subject(unit, j, start - 1, stop, gender, tracker)
                               for j in range(start, min(stop, start + _OPENING_REACH)))), None)
    return first or next(filter(None, (_verb_subject(unit, j, start, stop, gender, tracker)
                                       for j in range(stop - 1, start, -1))), None)


def _verb_subject(unit: Unit, j: int, start: int, stop: int, gender: str, tracker: Tracker) -> Speaker | None:
    """The named subject right after the verb at token ``j`` (a clause verb after token ``start``),
    when the verb's gender and the subject agree with ``gender``; None otherwise."""
    if unit.quote_at(j) is not None:
        return None
    verb_gender = _clause_verb_gender(unit, j, start)
    if verb_gender is None or ANY not in (gender, verb_gender) and verb_gender != gender:
        return None
    end = phrase_end(unit, j + 1, stop)
    named_end = subject_phrase_end(unit, j + 1, end)
    end = named_end if j + 1 < named_end < end else end
    phrase = make_phrase(unit, j + 1, end) if end > j + 1 else None
    if phrase is None or not _titled_or_named(unit, phrase) \
            or any(unit.keys[k] in complementizers() for k in range(phrase.start, phrase.end)):
        return None
    found = resolve(unit, phrase, ANY, tracker)
    if found is None or found.ref is None or not agrees(unit, found, gender, j + 1):
        return None
    # words no tagger named are the subject only as its head (كان المدير الفني لليفربول حريصا على:
    # not حريصا, a predicate read as the title's name)
    head = unit.tokens[phrase.start].text
    return found if found.ref.entity is not None or found.ref.text.split()[:1] == [head] else None


#: Endings of a perfect verb with the feminine ت (قررت، أعلنت); a verb ending otherwise is masculine.
_FEMININE_PERFECT = "ت"
#: Letters opening an imperfect's person: ي masculine, ت feminine (يقدم، تعلن).
_IMPERFECT_PERSONS = {"ي": MASC, "ت": FEM}
#: The future marker before an imperfect's person letter.
_FUTURE = "س"


def _clause_verb_gender(unit: Unit, j: int, start: int) -> str | None:
    """The gender of the verb at token ``j`` (after token ``start``) heading a clause of its own,
    or None: a speech verb, a finite verb (وقررت، يقدم), an auxiliary before its subject (وكان ترامب
    قد), or a perfect after a word a verb follows (حيث قدم); not a verb right after a relative (التي تمر) or a complementizer (أن يطلب)."""
    if unit.tokens[j].kind != "word" or j <= start or (j > 0 and (
            unit.is_a(j - 1, "relative") or unit.keys[j - 1] in complementizers())):
        return None
    form = unit.cue_form(j)
    if form is not None:
        return form.gender if form.kind == "verb" else None
    text = unit.tokens[j].text
    if not (is_finite_verb(text) or unit.is_a(j, "aux") or _conjoined_verb_before_name(unit, j)
            or (j > 0 and unit.tokens[j - 1].kind == "word" and unit.is_a(j - 1, "verb_lead"))):
        return None
    k = unit.bare(j)
    k = k[1:] if k[:1] == _FUTURE and k[1:2] in _IMPERFECT_PERSONS else k  # سيقدم، ستعلن
    if k.endswith(("وا", "ون")):
        return PLURAL
    if k[:1] in _IMPERFECT_PERSONS:
        return _IMPERFECT_PERSONS[k[0]]
    return FEM if k.endswith(_FEMININE_PERFECT) else MASC


#: Shortest conjoined word read as a verb by its shape, without its و (قررت، يقع).
_MIN_SHAPED_VERB = 3
#: Classes of words spelt after و that are no verb (وخبراء، ووزير، وفي، والذي، ويوم).
_NO_VERB_CLASSES = ("title", "office_body", "anonymous", "adjunct", "relative", "boundary", "pronoun", "quantity")


def _conjoined_verb_before_name(unit: Unit, j: int) -> bool:
    """Token ``j`` reads as a verb no lexicon lists by its shape, right before a person or body named
    as its subject: after و/ف, a perfect with the feminine ت (وقررت الحكومة; not the plural ات) or a
    masculine imperfect in ي (ويقع المجلس).  A masculine perfect is spelt as a noun (وكهف بوحمدان)."""
    k = unit.keys[j]
    bare = k[1:]
    if k[:1] not in ("و", "ف") or len(bare) < _MIN_SHAPED_VERB or j + 1 >= len(unit.tokens) \
            or unit.mentions_at(unit.tokens[j].start) or unit.time_word(j) \
            or any(unit.is_a(j, cls) for cls in _NO_VERB_CLASSES):
        return False
    shaped = (bare.endswith(_FEMININE_PERFECT) and not bare.endswith("ات") and len(bare) > _MIN_SHAPED_VERB) \
        or bare.startswith("ي")
    return shaped and any(m.type in ("PER", "ORG") for m in unit.starting_at(unit.tokens[j + 1].start))
