"""Nominal anaphors: a definite noun (الوزارة, التنظيم) or a bare title (الوزير, الرئيس) that refers
back to one body, event or person named earlier in the article becomes a mention of it.

The nouns and what each can refer to are in ``resources/lexicons/anaphors.tsv``
(:class:`~khabar.entities.cues.Anaphor`); a title used again (رئيس الوزراء after رئيس الوزراء العراقي
حيدر العبادي) needs no entry.  A link is made only when the antecedent is unambiguous: exactly one
entity named before the anaphor fits it (a second ministry, or one the article names but could not
resolve, leaves الوزارة unlinked) in the nearest stretch of text that names any: the paragraph of
the anaphor, else the one before and so on (a few at most: a page stringing unrelated stories
together must not join a noun to a body of another story), else the headline and deck.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter

from khabar.entities.cues import ANAPHOR, Anaphor, anaphors, demonym_keys
from khabar.entities.keys import word_readings
from khabar.entities.matcher import is_definite, lexicon
from khabar.model import Entity, Mention

#: Paragraphs back from the anaphor's within which its antecedent must have been named (besides the
#: headline and deck, which announce the whole story).
WINDOW = 5
#: Units that speak of the whole page's story.
_TOP_FIELDS = ("headline", "deck")
_ROLE = attrgetter("role")
_QUOTE_MARKS = " \"'«»“”"
Order = Callable[[Mention], tuple]


class Antecedents:
    """The article's entities (a live view), for finding the one an anaphor refers to."""

    def __init__(self, entities: dict[str, Entity], order: Order,
                 units: dict[tuple[str, int], str] | None = None, unresolved: Iterable[Mention] = ()) -> None:
        self.entities, self.order = entities, order
        self.units = units or {}  # unit text by (field, paragraph), for the word before a mention
        self.unresolved = list(unresolved)  # mentions of bodies no entity holds
        self._starts: set[tuple[str, int, int]] | None = None

    def unique(self, at: Mention, fits: Callable[[Entity], bool],
               fits_mention: Callable[[Mention], bool] | None = None,
               named_so: Callable[[Entity], bool] | None = None) -> Entity | None:
        """The entity an anaphor at ``at`` refers to: read back paragraph by paragraph (at most
        WINDOW, then the headline and deck), the first stretch that names any fitting entity must
        name exactly one, or exactly one ``named_so`` (named with the anaphor's own head: تنظيم داعش
        for التنظيم, beside a militia only its lexicon table fits), and no body no entity holds
        that would fit (else None: ambiguous)."""
        found: dict[int, set[str]] = {}
        for ent in self.entities.values():
            if fits(ent):
                for m in ent.mentions:
                    d = self.distance(m, at)
                    if d is not None:
                        found.setdefault(d, set()).add(ent.id)
        if not found:
            return None
        nearest = min(found)
        ids = found[nearest]
        if len(ids) > 1 and named_so is not None:
            ids = {i for i in ids if named_so(self.entities[i])}
        if len(ids) != 1 or (fits_mention is not None and any(
                self.distance(m, at) == nearest and fits_mention(m) for m in self.unresolved)):
            return None
        return self.entities[next(iter(ids))]

    def distance(self, m: Mention, at: Mention) -> int | None:
        """How far back from ``at`` a mention is: paragraphs back in the same field (at most
        WINDOW), past them the headline and deck; None after it or out of reach."""
        if self.order(m) >= self.order(at):
            return None
        if m.field in _TOP_FIELDS:
            return 0 if at.field in _TOP_FIELDS else WINDOW + 1
        if m.field == at.field and at.paragraph - m.paragraph <= WINDOW:
            return at.paragraph - m.paragraph
        return None

    def word_before(self, m: Mention) -> str:
        """The word right before a mention in its unit, when it governs it as a construct (صحيفة
        «الحياة», شركة أبل: without the article); '' otherwise."""
        words = self.units.get((m.field, m.paragraph), "")[:m.start].rstrip(_QUOTE_MARKS).rsplit(None, 1)
        return words[-1] if words and not is_definite(words[-1]) else ""

    def named_after(self, at: Mention) -> bool:
        """A name follows the mention right away (الوزير روس: the title is that one's, not an anaphor)."""
        if self._starts is None:
            self._starts = {(m.field, m.paragraph, m.start) for e in self.entities.values() for m in e.mentions}
        text = self.units.get((at.field, at.paragraph), "")
        gap = len(text[at.end:]) - len(text[at.end:].lstrip())
        return (at.field, at.paragraph, at.end + gap) in self._starts

    def note(self, m: Mention) -> None:
        """A mention just added to an entity: its start joins those :meth:`named_after` knows."""
        if self._starts is not None:
            self._starts.add((m.field, m.paragraph, m.start))

    def headed_by(self, ent: Entity, heads: frozenset[str]) -> bool:
        """One of the entity's names or mentions begins with a head word, or comes right after one
        (صحيفة «الحياة»: the head is outside the mention)."""
        firsts = [n.split()[0] for n in (ent.name_ar, ent.name) if n and n.split()]
        firsts += [m.text.split()[0] for m in ent.mentions if m.text.split()]
        firsts += [self.word_before(m) for m in ent.mentions]
        return any(is_head(w, heads) for w in firsts if w)


def is_head(word: str, heads: frozenset[str]) -> bool:
    """The word, under one of its clitic readings, is one of the (folded, article-less) heads."""
    return not heads.isdisjoint(word_readings(word))  # (one C-level pass, no generator)


def body_fits(anaphor: Anaphor, group_of: dict[str, str], ants: Antecedents) -> Callable[[Entity], bool]:
    """Whether an entity is one a body's or event's anaphor can refer to."""
    def fits(ent: Entity) -> bool:
        return ent.type == anaphor.type and (
            group_of.get(ent.id) in anaphor.groups or ants.headed_by(ent, anaphor.heads))

    return fits


def same_nationality(fits: Callable[[Entity], bool], demonym: str,
                     key: Callable[[str], str]) -> Callable[[Entity], bool]:
    """``fits``, for entities one of whose mentions states the nationality (its key ``demonym``):
    الوزارة الصينية refers back to وزارة التجارة الصينية only."""
    def fits_so(ent: Entity) -> bool:
        return fits(ent) and any(demonym in map(key, m.text.split()) for m in ent.mentions)

    return fits_so


def title_key(words: Iterable[str]) -> tuple[str, frozenset[str]]:
    """A title's core (its words folded, without clitics, article and nationality adjectives: الرئيس
    الأمريكي → رئيس) and the nationality adjectives it states."""
    keys = lexicon().keys.keys(list(words))
    demonyms = demonym_keys()
    return " ".join(k for k in keys if k not in demonyms), frozenset(k for k in keys if k in demonyms)


def title_fits(words: list[str]) -> Callable[[str | None], bool]:
    """Whether a person's stated role fits a title used alone later: the same core of two words or
    more (رئيس الوزراء, وزير الخارجية), or one the lexicon lets a one-word title stand for (الوزير →
    وزير الخارجية), and no other nationality (الرئيس الروسي is not the American president)."""
    core, nationality = title_key(words)
    anaphor = anaphors().get(core)
    if anaphor is None or anaphor.type != "PER":
        anaphor = None
        if " " not in core:  # اللاعب, المواطن: a one-word title the lexicon lacks refers to no one
            return lambda role: False

    def fits(role: str | None) -> bool:
        if not role:
            return False
        role_core, role_nationality = title_key(role.split())
        if nationality and role_nationality != nationality:
            return False
        return role_core == core or (anaphor is not None and (
            role_core in anaphor.heads or role_core.startswith(anaphor.prefixes)))

    return fits


def refers(words: list[str]) -> bool:
    """A title that can refer back to someone: with the article (الوزير, للرئيس) or of several
    words (وزير الخارجية); an indefinite one-word title (وزير) names no one in particular."""
    return len(words) > 1 or is_definite(words[0])


def title_antecedent(ants: Antecedents, mention: Mention) -> Entity | None:
    """The one person named before a bare title whose stated role it fits."""
    words = mention.text.split()
    if not words or not refers(words) or ants.named_after(mention):
        return None
    fits = title_fits(words)
    return ants.unique(mention, lambda e: e.type == "PER" and fits(_ROLE(e)))


def anaphor_tokens(cues: list) -> list[tuple[int, Anaphor]]:
    """(token index, anaphor) of a unit's words that are nominal anaphors of bodies and events."""
    hits = list(map(ANAPHOR, cues))
    if hits.count(None) == len(hits):  # the usual case, settled in C
        return []
    return [(i, hit) for i, hit in enumerate(hits) if hit is not None and hit.type != "PER"]
