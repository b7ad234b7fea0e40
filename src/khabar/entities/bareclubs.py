"""A club's bare one-word form (``clubs.tsv``'s cued column: الاتحاد "the union", الهلال "the
crescent") refers back to a body the article named before it with a longer name opening with the
same word: رئيس الاتحاد after الاتحاد الإيسلندي لكرة القدم is that federation's president, not Al
Ittihad of Jeddah's; الهلال after الهلال الأحمر is the Red Crescent.  The sport reading of the
form (:mod:`.clubs`) sees one paragraph only; the article's earlier names settle it."""

from __future__ import annotations

from collections.abc import Callable

from khabar.entities.builder import Builder
from khabar.entities.matcher import lexicon
from khabar.model import Entity, Mention

#: The lexicon table of sports clubs (``Builder.group_of``).
CLUBS = "clubs"


def bare_clubs_to_bodies(b: Builder, order: Callable[[Mention], tuple]) -> None:
    """Move each bare one-word mention of a club the article never names in full, in a paragraph
    naming no other club, to the body (an ORG that is no club, of two words or more) whose name
    opens with that word and was mentioned last before it; a club left without mentions is gone."""
    clubs = [e for e in b.entities.values() if b.group_of.get(e.id) == CLUBS]
    if not clubs:
        return
    key = lexicon().keys.key
    bodies: dict[str, list[Entity]] = {}
    for e in b.entities.values():
        words = (e.name_ar or "").split()
        if e.type == "ORG" and len(words) > 1 and b.group_of.get(e.id) != CLUBS:
            bodies.setdefault(key(words[0]), []).append(e)
    if not bodies:
        return
    for club in clubs:
        if any(len(m.text.split()) > 1 for m in club.mentions):
            continue  # (نادي الاتحاد, اتحاد جدة: the article names the club itself)
        # (a paragraph naming other clubs lists clubs: كالهلال والنصر والأهلي والاتحاد)
        with_clubs = {(m.field, m.paragraph) for c in clubs if c is not club for m in c.mentions}
        kept = []
        for m in club.mentions:
            words = m.text.split()
            body = None if len(words) > 1 or (m.field, m.paragraph) in with_clubs else \
                _last_named_before(bodies.get(key(words[0]), []), m, order)
            if body is None:
                kept.append(m)
            else:
                body.mentions.append(m)
        if len(kept) < len(club.mentions):
            club.mentions[:] = kept
            if not kept:
                del b.entities[club.id]
                b.recent = [eid for eid in b.recent if eid != club.id]


def _last_named_before(bodies: list[Entity], m: Mention, order: Callable[[Mention], tuple]) -> Entity | None:
    at = order(m)
    best, best_at = None, None
    for body in bodies:
        before = [order(x) for x in body.mentions if order(x) < at and len(x.text.split()) > 1]
        if before and (best_at is None or max(before) > best_at):
            best, best_at = body, max(before)
    return best
