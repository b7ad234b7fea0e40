"""The speakers an article has named so far, in reading order: the subject of a later verb that
names none (وأضافت), a head noun standing for one named before (الوزارة، الطبيب ذاته), the owner of
the last statement (البيان), and the article's first person for a subject never named."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from khabar.model import Ref
from khabar.quotes.lexicon import ANY, PLURAL

if TYPE_CHECKING:
    from khabar.quotes.context import Unit

#: Endings of the sound masculine plural (محتجون، المتظاهرين): a group a plural verb may take up.
_SOUND_PLURALS = ("ون", "ين")
#: Shortest word read as a plural in construct, its ن dropped (موقعو البيان; not عضو).
_MIN_CONSTRUCT_PLURAL = 5


def _sound_plural(words: str) -> bool:
    """Whether a speaker's first word is a sound masculine plural, or one in construct (موقعو)."""
    word = next(iter(words.split(maxsplit=1)), "")
    return word.endswith(_SOUND_PLURALS) or (word.endswith("و") and len(word) >= _MIN_CONSTRUCT_PLURAL)


def _one_person(speaker: Speaker) -> bool:
    """The speaker is a person the tagger named: never the subject of a plural verb (وأكدوا،
    ويصفونهم), whatever gender the verb that named them had."""
    return speaker.ref is not None and (speaker.ref.entity or "").startswith(_PERSON)


#: The prefix of a person entity's id.
_PERSON = "per:"


@dataclass
class Speaker:
    ref: Ref | None  # None for an unnamed source
    gender: str
    words: str  # normalised words of every phrase that named it, for head-noun anaphora

    def add_words(self, words: str) -> None:
        """Another phrase named it: its words join, each once.  They are only read as a set (and
        for the first word), and a speaker named again in each of a thousand paragraphs must not
        carry a thousand phrases, split again at every lookup."""
        have = set(self.words.split())
        new = [w for w in dict.fromkeys(words.split()) if w not in have]
        if new:
            self.words = " ".join([self.words, *new]) if self.words else " ".join(new)


@dataclass
class Said:
    """Where the latest quotation outside a relative clause ended, and who said it."""

    field: str
    paragraph: int
    content_end: int
    speaker: Speaker | None


@dataclass
class Tracker:
    """Speakers in reading order, for implicit subjects and anaphora."""

    history: list[Speaker] = field(default_factory=list)
    statement_owner: Speaker | None = None
    default: Speaker | None = None  # the article's first person, for a subject never named
    said: Said | None = None  # the latest quotation, which a participle in its sentence goes on with
    #: the paragraph before the one read (None for the first), whose last sentence a verb may go on with
    previous: Callable[[], Unit | None] | None = None

    def remember(self, speaker: Speaker) -> None:
        """``speaker`` is now the latest named (moved to the end if named before)."""
        self.history = [s for s in self.history if s is not speaker] + [speaker]

    def last(self, gender: str) -> Speaker | None:
        """The latest speaker of ``gender`` (either may be ANY), else the latest of any gender —
        but for a plural verb (وطالبوا، يتهمون) only a group: a verb before its subject is
        singular (وقال المحتجون), so a sound plural named so (محتجون) is one; one person is not."""
        for speaker in reversed(self.history):
            if (gender in (ANY, speaker.gender) or speaker.gender == ANY) \
                    and not (gender == PLURAL and _one_person(speaker)):
                return speaker
        if gender == PLURAL:
            return next((s for s in reversed(self.history) if _sound_plural(s.words)), None)
        return self.history[-1] if self.history else None

    def by_head(self, head: str) -> Speaker | None:
        """The latest named speaker a phrase with the word ``head`` named (الوزارة, الطبيب)."""
        for speaker in reversed(self.history):
            if speaker.ref is not None and head in speaker.words.split():
                return speaker
        return None

    def by_entity(self, entity: str) -> Speaker | None:
        """The latest speaker that is the entity ``entity``."""
        for speaker in reversed(self.history):
            if speaker.ref is not None and speaker.ref.entity == entity:
                return speaker
        return None
