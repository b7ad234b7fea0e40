"""The subject of the verb opening a cue's sentence, and whether a speaker agrees with a verb.

A participle or conjoined verb with no subject of its own (شخّص الطبيب X حالتها، مؤكدا أن) speaks
with the subject of its sentence's opening verb; a masculine verb never has a body in ة as subject.
"""

from __future__ import annotations

from khabar.model import Ref
from khabar.quotes.context import COMMA, MentionSpan, Unit
from khabar.quotes.extent import channel_start, phrase_end, recipient
from khabar.quotes.lexicon import AMMA, ANY, FEM, MASC, complementizers, key
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
    opening, said = unit.cue_form(start), unit.cue_form(cue)
    if opening is not None:  # وعلق مفوض العدل على ... قائلا: the opening verb's subject
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
    if unit.is_a(start + 1, "title") and (said is None or _title_agrees(unit.bare(start + 1), said.gender)):
        # ورد الرئيس الأمريكي ...، قائلا (not ورفض الرئيس ... لكنها أكدت)
        phrase = make_phrase(unit, start + 1, phrase_end(unit, start + 1, cue))
        if phrase is not None:
            return Speaker(Ref(text=name_words(unit, phrase)), ANY, _keys(phrase.words))
    return None


def _person_speaker(unit: Unit, mention: MentionSpan) -> Speaker:
    text = unit.text[mention.start:mention.end]
    return Speaker(Ref(text=text, entity=mention.entity), ANY, article_less(_keys(text)))


def _keys(text: str) -> str:
    """The words as keys, which a later noun's head is compared with (:meth:`Tracker.by_head`)."""
    return " ".join(map(key, text.split()))


#: Longest description before a comma-set name: ولي العهد السعودي، الأمير محمد بن سلمان،
MAX_DESCRIPTION = 4


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
    head is another word (تنظيم "الدولة الإسلامية") agree."""
    if gender != MASC or head is None or speaker.ref is None or (speaker.ref.entity or "per:").startswith("per:"):
        return True
    start = unit.tokens[head].start
    body = next((m for m in unit.starting_in(start, start + 1) if m.type in PLACE_TYPES), None)
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


def _titled_or_named(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The phrase opens with a title or with the name of a person or body."""
    if unit.is_a(phrase.start, "title") or unit.is_a(phrase.start, "spokesperson"):
        return True
    head = unit.tokens[phrase.start].start
    return any(m.type in ("PER", "ORG") for m in unit.mentions_at(head + 1))
