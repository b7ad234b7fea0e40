"""A charging verb's object (cues.tsv charging_verb: اتهم X بـ، وصف X بأنه) stands right before
the content's ب, where a subject written after the verb would otherwise be read: the name there is
the one charged or described, not the speaker (بعدما اتهمت الدوحة بدعم، وصف زعيم القاعدة أمريكا بأنها)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.quotes.cue_shapes import object_pronoun
from khabar.quotes.extent import speaker_like
from khabar.quotes.lexicon import in_class, key
from khabar.quotes.names import NISBA_ENDINGS, definite
from khabar.quotes.writer_notes import noted_verb

if TYPE_CHECKING:
    from khabar.quotes.candidate import Candidate
    from khabar.quotes.context import Unit

#: Mention types that may be a charging verb's object after its subject (a person after a title is its holder).
_OBJECT_TYPES = ("ORG", "GPE", "LOC")


def charged_object(unit: Unit, c: Candidate) -> int | None:
    """The token where a charging verb's object starts (cues.tsv charging_verb: اتهم X بـ، وصف X بأنه),
    when the speaker phrase after the verb ends with a name right before the content's ب: the whole
    phrase when it is that one name (بعدما اتهمت الدوحة بدعم) or one word naming no one (ووصف
    الخطوة بأنها), else a body or place after the subject
    (وصف زعيم القاعدة أمريكا بأنها، اتهمت الدول الأربع الدوحة بدعم; not a definite relational adjective
    after a definite word: الإدارة الأميركية).
    None when the verb carries its object (يصفها صندوق النقد الدولي بأنها), is no charging verb, or no
    name stands there.  The pronoun is one only on a cue's stem: اتهم itself ends in هم."""
    if c.phrase is None or unit.tokens[c.phrase.start].start < c.cue_end:
        return None
    cue = unit.token_at(c.cue_start)
    form = unit.cue_form(cue)
    content = unit.token_at(c.content_start)
    if form is None or form.kind != "verb" or not in_class("charging_verb", key(form.lemma)) \
            or object_pronoun(unit, cue) or noted_verb(unit, cue) \
            or not c.phrase.end <= content < len(unit.tokens) or not unit.bare(c.phrase.end).startswith("ب"):
        return None
    last = unit.tokens[c.phrase.end - 1]
    mentions = unit.mentions_in(unit.tokens[c.phrase.start].start, last.end)
    if not mentions and c.phrase.end - c.phrase.start == 1 and not speaker_like(unit, c.phrase):
        return c.phrase.start  # ووصف الخطوة بأنها: a word naming no one
    for mention in mentions:
        if mention.end < last.end:
            continue
        start = unit.token_at(mention.start)
        if start == c.phrase.start or (mention.type in _OBJECT_TYPES and start > c.phrase.start
                                       and not _adjective_after_definite(unit, start)):
            return start
    return None


def _adjective_after_definite(unit: Unit, j: int) -> bool:
    """The name at ``j`` is a relational adjective of the definite word before it (الإدارة الأميركية):
    definite, after a definite word, with a relational ending; a place's name is none (الدول الأربع
    الدوحة: the object)."""
    return definite(unit.keys[j]) and definite(unit.keys[j - 1]) and unit.keys[j].endswith(NISBA_ENDINGS)
