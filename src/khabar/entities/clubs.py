"""Clubs named after their city or with a common word (برشلونة, الهلال "the crescent", الاتحاد
"the union"): such a form names the club only where the text speaks of sport.

``clubs.tsv`` lists these forms apart (its ``cued`` column); the lexicon matches them as entries
of kind ``cued`` (ranked after every other reading of the same words) and resolves them with
:func:`with_clubs` in every :meth:`~khabar.entities.matcher.Lexicon.find`: in the tokens searched
(a paragraph for the stage, a sentence for the tagger) holding at least ``MIN_CUES`` distinct sport
words (``sports_cues.txt``: مباراة, الدوري, لاعب, مدرب ...) such a match is the club, unless the
same words also name something other than a place; elsewhere the cued reading is dropped.  So the
stage, the tagger's lexicon features (in training too) and the layer after it all see one
reading.  A longer name always wins (الهلال الأحمر stays the Red Crescent).

Several clubs share a name (الأهلي of Cairo, of Jeddah, of Tripoli): the ``cued`` column gives the
form to the club it means when nothing says otherwise, the ``cued_home`` column to a club it means
where the same tokens name that club's country (الأهلي next to الدوري السعودي or جدة is Al Ahli of
Jeddah).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.arabic import Token
from khabar.entities.cues import head_type
from khabar.entities.keys import alias_key, fold, word_readings
from khabar.entities.lexicon import Entry, word_list, words_by

if TYPE_CHECKING:  # the matcher imports this module
    from khabar.entities.matcher import Match

#: Distinct sport words a unit needs before a cued form names a club.
MIN_CUES = 2
_PLACE_KINDS = ("country", "capital", "city")
#: Entry kinds of the clubs' sport-only forms (``cued``: the default club, ``cued_home``: a club
#: that needs its country named nearby).
CUED_KINDS = ("cued", "cued_home")
#: Entry kinds whose ``country`` says which country the tokens speak of (package gazetteer towns
#: are left out: many are spelled like common words, والجميل "and the beautiful" is a Libyan town).
_COUNTRY_EVIDENCE = ("country", "capital", "demonym")
#: Curated tables whose named entries (جدة, الدوري المصري) say so too; clubs do not: a club's
#: bare form (نادي الفيصلي) may itself be the one in question.
_COUNTRY_GROUPS = ("places", "events_laws")


@lru_cache(maxsize=1)
def sport_words() -> frozenset[str]:
    return frozenset(alias_key(w) for w in word_list("sports_cues"))


def speaks_of_sport(tokens: Sequence[Token]) -> bool:
    """At least ``MIN_CUES`` distinct sport words among the tokens (any clitic reading)."""
    return sport_cues(tokens) >= MIN_CUES


def sport_cues(tokens: Sequence[Token]) -> int:
    """Distinct sport words among the tokens (any clitic reading), counted up to ``MIN_CUES``."""
    return len(sport_words_among(tokens))


def sport_words_among(tokens: Sequence[Token]) -> set[str]:
    """The distinct sport words among the tokens (any clitic reading), gathered up to ``MIN_CUES``."""
    cues = sport_words()
    seen: set[str] = set()
    for t in tokens:
        hit = cues.intersection(word_readings(t.text))
        if hit:
            seen |= hit
            if len(seen) >= MIN_CUES:
                break
    return seen


def country_in_brackets(tokens: Sequence[Token], matches: list[Match], m: Match) -> bool:
    """The match is followed by a country in brackets, as clubs are in results tables and draws
    (برشلونة (إسبانيا), تشلسي (إنجلترا))."""
    k = m.last + 1
    if k + 2 >= len(tokens) or tokens[k].text != "(":
        return False
    return any(c.first == k + 1 and (c.entry.kind == "country" or (c.entry.group == "places" and c.entry.type == "GPE"))
               and c.last + 1 < len(tokens) and tokens[c.last + 1].text == ")" for c in matches)


def club_of(m: Match, countries: Counter[str] | None = None) -> Entry | None:
    """The club a match's cued readings name, when nothing but places competes with them: the one
    whose country the tokens name most often, else the default (``cued``) club."""
    cued = [e for e in m.entries if e.kind in CUED_KINDS]
    if not cued or not all(_is_place(e) for e in m.entries if e.kind not in CUED_KINDS):
        return None
    countries = countries or Counter()
    # (entries are in KIND_ORDER: on a tie the default club, listed first, wins)
    club = max(cued, key=lambda e: (countries[e.country], e.kind == "cued"))
    if not countries[club.country] and club.kind != "cued":
        return None
    return replace(club, kind="named", type="ORG")


def named_countries(matches: list[Match]) -> Counter[str]:
    """How often the matches name each country outright: countries, capitals, nationality
    adjectives, curated places (جدة) and national leagues (الدوري المصري)."""
    return Counter(m.entry.country for m in matches if m.entry.country and (
        m.entry.kind in _COUNTRY_EVIDENCE or (m.entry.group in _COUNTRY_GROUPS and m.entry.kind == "named")))


def with_clubs(tokens: Sequence[Token], matches: list[Match]) -> list[Match]:
    """``matches`` with their cued readings resolved: the club where the tokens speak of sport
    (two sport words; one, and a country in brackets after the name), dropped elsewhere."""
    if not any(m.entries[-1].kind in CUED_KINDS for m in matches):
        return matches
    cues = sport_cues(tokens)
    countries = named_countries(matches) if cues else None
    out = []
    for m in matches:
        if m.entries[-1].kind not in CUED_KINDS:
            out.append(m)
            continue
        # two sport words, or one and a country in brackets after the name (a results table), or a
        # team's noun before it (لفريق ليستر)
        sport = cues >= MIN_CUES or (cues and country_in_brackets(tokens, matches, m)) or after_team_word(tokens, m)
        if sport and (club := club_of(m, countries)) is not None and not body_with_adjective(tokens, m) \
                and not reads_as_verbal_noun(tokens, m):
            out.append(replace(m, entries=(club,)))
        else:
            rest = tuple(e for e in m.entries if e.kind not in CUED_KINDS)
            if rest:
                out.append(replace(m, entries=rest))
    return out


@lru_cache(maxsize=1)
def team_words() -> frozenset[str]:
    return frozenset(alias_key(w) for w in word_list("team_words"))


def after_team_word(tokens: Sequence[Token], m: Match) -> bool:
    """A team's noun (``team_words.txt``: فريق, نادي) right before the match (لفريق ليستر)."""
    return m.first > 0 and not team_words().isdisjoint(word_readings(tokens[m.first - 1].text))


def body_with_adjective(tokens: Sequence[Token], m: Match) -> bool:
    """A one-word form that is a noun heading bodies (``org_heads.tsv``: الاتحاد) before a relational
    adjective with the article names a body, not the club (الاتحاد الدولي, الاتحاد الألماني, الاتحاد
    السعودي لكرة القدم: federations); a club named by another word keeps its adjective (الهلال
    السعودي, دورتموند الألماني)."""
    k = m.last + 1
    if m.first != m.last or k >= len(tokens) or tokens[k].kind != "word" or head_type(tokens[m.first].text) != "ORG":
        return False
    word = fold(tokens[k].text)
    return word.startswith("ال") and word.endswith(("ي", "يه"))


def reads_as_verbal_noun(tokens: Sequence[Token], m: Match) -> bool:
    """A one-word form that a passive auxiliary opens (تم الاتفاق: was agreed) or a preposition
    with a pronoun governs after it (الاتفاق عليها: agreeing on it) is the verbal noun it spells,
    not the club (``verbal_noun_cues.tsv``), however much the paragraph speaks of sport."""
    if m.first != m.last:
        return False
    before = fold(tokens[m.first - 1].text) if m.first > 0 else ""
    after = fold(tokens[m.last + 1].text) if m.last + 1 < len(tokens) else ""
    cues = verbal_noun_cues()
    return before in cues["before"] or after in cues["after"]


@lru_cache(maxsize=1)
def verbal_noun_cues() -> dict[str, frozenset[str]]:
    """Folded words before (``before``) or after (``after``) a word that make it a verbal noun."""
    return words_by("verbal_noun_cues", "side", fold)


def _is_place(entry: Entry) -> bool:
    return entry.kind in _PLACE_KINDS or entry.type in ("GPE", "LOC")
