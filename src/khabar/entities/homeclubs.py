"""Clubs that share a name (الأهلي of Cairo, of Jeddah, of Doha): which one an article means.

The paragraph decides first (:mod:`.clubs`: الأهلي next to جدة or الدوري السعودي is Jeddah's);
a paragraph that names no country leaves the default club of the form (``clubs.tsv``'s ``cued``
column: Cairo's Al Ahly).  The article as a whole decides after it: a club the lexicon reads only
by a form those clubs share (الأهلي, النادي الأهلي, فريق الأهلي; not الأهلي المصري) is the one
whose country the article names most (its places, peoples, leagues and federations: نجران, الدوري
السعودي), and on a tie the one of the article's home country (the dateline's, else the outlet's: a
Saudi paper's الأهلي is Jeddah's), else the default club."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from khabar.entities.bareclubs import CLUBS
from khabar.entities.builder import Builder, entity_from_entry
from khabar.entities.clubs import team_words
from khabar.entities.ids import entity_id
from khabar.entities.keys import alias_key, word_readings
from khabar.entities.lexicon import Entry, club_cued_entries, named_entries


@lru_cache(maxsize=1)
def namesake_clubs() -> dict[str, tuple[str, list[Entry]]]:
    """Entity id of a club whose ``cued`` form other clubs share as ``cued_home`` -> (the shared
    form's key, every club of that form: the default one first)."""
    by_form: dict[str, list[Entry]] = {}
    for form, entry in club_cued_entries():
        by_form.setdefault(alias_key(form), []).append(entry)
    full = {(e.name, e.country): e for _, e in named_entries() if e.group == CLUBS}
    out: dict[str, tuple[str, list[Entry]]] = {}
    for key, entries in by_form.items():
        default = next((e for e in entries if e.kind == "cued"), None)
        if default is None or len(entries) < 2:
            continue
        clubs = [full.get((e.name, e.country), e) for e in sorted(entries, key=lambda e: e.kind != "cued")]
        out[entity_id(default.type, default.name)] = (key, clubs)
    return out


def shared_form(text: str, key: str) -> bool:
    """The mention is the shared form, alone or after a team's noun (الأهلي, للأهلي, النادي
    الأهلي, فريق الأهلي), and no more (الأهلي المصري names its country)."""
    words = text.split()
    if len(words) == 2 and not team_words().isdisjoint(word_readings(words[0])):
        words = words[1:]
    return len(words) == 1 and key in word_readings(words[0])


def article_countries(b: Builder) -> Counter[str]:
    """Mentions of each country the article's entities other than clubs belong to."""
    counts: Counter[str] = Counter()
    for eid, ent in b.entities.items():
        iso = b.country_of.get(eid)
        if iso and b.group_of.get(eid) != CLUBS:
            counts[iso] += len(ent.mentions)
    return counts


def clubs_by_article_country(b: Builder, home: str | None) -> None:
    """Move each club read only by a form several clubs share to the club of the country the
    article names most, the home country's on a tie, else the default club (see the module)."""
    table = namesake_clubs()
    found = [(eid, table[eid]) for eid in b.entities if eid in table]
    if not found:
        return
    counts = article_countries(b)
    for eid, (key, clubs) in found:
        ent = b.entities[eid]
        if not all(shared_form(m.text, key) for m in ent.mentions):
            continue
        # (clubs[0] is the default: max keeps the first of equals)
        club = max(clubs, key=lambda e: (counts[e.country or ""], e.country == home))
        target = entity_from_entry(club)
        if target.id == eid:
            continue
        have = b.entities.get(target.id)
        if have is None:
            b.entities[target.id] = target
            b.country_of[target.id] = club.country or ""
            b.group_of[target.id] = CLUBS
            have = target
        b.merge(ent, have)
