"""The writer's note of another's answer to a clause: 'which' taking up the clause (writer_relative:
وهو ما، وهي ما، وهذا ما) before a speech verb carrying its object pronoun and its own subject
(، وهو ما نفته الحكومة، وهو ما أكده الوزير).

The pronoun on the verb stands for ما, the clause before, so the words after the verb are its
subject, never what was said: the note ends the content before it (:func:`writer_note`), and the
verb reports only a predicate written after its subject (وهو ما وصفته الأمم المتحدة بحملة تطهير:
'described it as'; :func:`noted_predicate_start`).  With no subject written (وهو ما اعتبره عاملا، وهو
ما أرجعه إلى انشغاله) the clause is the speaker's own view and goes on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.quotes.adjuncts import skip_adjuncts
from khabar.quotes.cue_shapes import speech_verb_with_object
from khabar.quotes.fronted import anonymous_head
from khabar.quotes.lexicon import key
from khabar.quotes.names import definite
from khabar.quotes.verb_subjects import conjoined_definites_end, subject_phrase_end

if TYPE_CHECKING:
    from khabar.quotes.context import Unit

#: إلى, keyed الي as if it had the article.
_TO = key("إلى")
#: Words of the writer's 'which' (هو ما).
_NOTE_WORDS = 2


def writer_note(unit: Unit, i: int) -> bool:
    """The writer's 'which' at ``i`` (writer_relative: وهو ما) before a speech verb carrying its
    object pronoun and its own subject (وهو ما نفته الحكومة، وهو ما نفاه الوزير): another's answer
    to the clause.  With no subject written after the verb (وهو ما اعتبره عاملا، وهو ما أرجعه إلى
    انشغاله) it is the speaker's own view, still the content."""
    n = unit.phrase_at(i, "writer_relative", _NOTE_WORDS)
    verb = i + n
    if not n or verb + 1 >= len(unit.tokens) or not speech_verb_with_object(unit, verb):
        return False
    return written_subject(unit, verb + 1)


def noted_verb(unit: Unit, i: int) -> bool:
    """The speech verb at ``i`` closes a writer's note (وهو ما نفته الجماعة): its pronoun stands
    for the clause before and its subject is written after it."""
    return i >= _NOTE_WORDS and writer_note(unit, i - _NOTE_WORDS)


def noted_predicate_start(unit: Unit, i: int, stop: int) -> tuple[int, int] | None:
    """(subject end, predicate start) of the noted verb at ``i``: the predicate written after its
    subject (وهو ما وصفته الأمم المتحدة بحملة تطهير عرقي), None when the note ends with its subject
    (وهو ما نفته الجماعة وإيران، وهو ما نفته الدوحة مرارا): the answer then quotes no words."""
    subject_end = subject_phrase_end(unit, i + 1, stop)
    if subject_end > i + 1:
        subject_end = conjoined_definites_end(unit, subject_end, stop)
    if subject_end <= i + 1:
        return None
    start = skip_adjuncts(unit, subject_end, stop)
    if start >= stop or unit.tokens[start].kind != "word" or unit.is_punct(subject_end, {"،", ","}):
        return None
    return subject_end, start


def written_subject(unit: Unit, i: int) -> bool:
    """Token ``i`` opens a subject: a word with the article, a name or an unnamed source (الحكومة،
    طهران، مصادر); not a time, which has the article too (وهو ما أعلنه الشهر الماضي: the speaker's
    own earlier word)."""
    k = unit.keys[i]
    return unit.tokens[i].kind == "word" and k != _TO and not unit.time_word(i) and (
        definite(k) or bool(unit.starting_at(unit.tokens[i].start)) or anonymous_head(unit, i))
