"""Names after a word of direction are places: جنوب الشيخ زويد, شمال أبو حمد.  A direction in
construct (جنوب, شمال غرب: the lexicon's generic LOC constructs of ``institutions.tsv``) takes a
place after it, never a person, so a person's name the tagger reads there, with the title or
honorific it opens with (الشيخ), is a town named after a saint or a man; the linker reads these
spans before titles and people (:meth:`~khabar.entities.linking.UnitLinker.run`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.entities.bodies import Span
from khabar.entities.builder import Builder
from khabar.entities.keys import fold
from khabar.entities.matcher import Match
from khabar.model import Entity

if TYPE_CHECKING:
    from khabar.entities.linking import UnitLinker

#: Words of a town's name a person's name may open with that the lexicon reads as a title.
_TITLE_KINDS = frozenset({"title"})


def places_after_directions(finder: UnitLinker, matches: list[Match],
                            spans: list[Span]) -> tuple[list[Match], list[Span]]:
    """The unit's matches and spans with a person's span right after a word of direction (and a
    title between them: جنوب الشيخ زويد) made a GPE span over the title and the name."""
    directions = {m.last for m in matches if _is_direction(finder, m)}
    if not directions:
        return matches, spans
    titles = {m.first: m for m in matches if m.first == m.last and m.entry.kind in _TITLE_KINDS}
    out, dropped = [], set()
    for s in spans:
        if s.type == "PER" and s.first - 1 in titles and s.first - 2 in directions:
            dropped.add(s.first - 1)  # (the title is the town's first word: الشيخ زويد)
            s = Span(s.first - 1, s.last, "GPE")
        elif s.type == "PER" and s.first - 1 in directions:
            s = Span(s.first, s.last, "GPE")
        out.append(s)
    return [m for m in matches if m.first not in dropped], out


def _is_direction(finder: UnitLinker, m: Match) -> bool:
    """A generic direction in construct, written without a proclitic or the article (جنوب, شمال
    غرب: not الجنوب, a region, nor بجنوب)."""
    return m.entry.kind == "construct" and m.entry.type == "LOC" and not finder.is_definite(m.first) \
        and not finder.lex.keys.proclitic_length(finder.texts[m.first])


def people_named_like_towns(b: Builder) -> None:
    """A person every mention of whom is written as a town of several words the article names
    (طريق الشيخ زويد after جنوب الشيخ زويد: the tagger's person, the same town) is that town."""
    towns: dict[tuple[str, ...], Entity] = {}
    for ent in b.entities.values():
        if ent.type == "GPE":
            for m in ent.mentions:
                if " " in m.text.strip():
                    towns.setdefault(_words(m.text), ent)
    if not towns:
        return
    for ent in [e for e in b.entities.values() if e.type == "PER"]:
        found = {id(towns.get(_words(m.text))) for m in ent.mentions}
        town = towns.get(_words(ent.mentions[0].text)) if ent.mentions else None
        if town is not None and len(found) == 1:
            b.merge(ent, town)


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in text.split())
