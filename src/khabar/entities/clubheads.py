"""Sports clubs named by a head word and their town (وداد الحامة, استقلال طهران, أمل حمام سوسة,
أولمبيك سيدي بوزيد) or, with the article, the town's adjective (الملعب القابسي, الأولمبي الباجي).

No table can list every town's clubs, but their names follow a few patterns: a head word of
``club_heads.tsv`` in construct before a town, or with the article before the town's relational
adjective.  The heads are also common words and given names (نجم a star, أمل hope, وداد a woman's
name), so a name is read only where the article speaks of sport (:func:`article_speaks_of_sport`).
A country is no town (جمعية مصر الخير is a charity).
Then the head and a town the lexicons know, a tagger place after the head, or a tagger span the
head opens whose other words the corpus votes do not read as a person's (دياز), are one club: an
ORG span that replaces the town (a club is no place) or the tagger's person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from khabar.arabic import Token
from khabar.entities.autonames import person_votes
from khabar.entities.bodies import Span
from khabar.entities.clubs import MIN_CUES, sport_words_among
from khabar.entities.cues import demonym_countries
from khabar.entities.keys import fold, strip_article, word_readings, written_length
from khabar.entities.lexicon import table_records

if TYPE_CHECKING:  # the linker imports this module
    from khabar.entities.linking import UnitLinker
    from khabar.entities.matcher import Lexicon, Match

#: Kinds of lexicon entries that are a town (not a country: مستقبل مصر is Egypt's future).
_TOWN_KINDS = ("city", "capital", "named")
#: Distinct sport words an article needs over its units together (a unit needs ``MIN_CUES``).
ARTICLE_CUES = 3
#: Endings of a relational adjective (folded: القابسي, القيروانيه).
_ADJECTIVE_ENDINGS = ("يه", "ي")


@lru_cache(maxsize=1)
def club_heads() -> dict[str, frozenset[str]]:
    """Folded head (no article) -> what it is read before (``town``, ``adjective``)."""
    return {strip_article(fold(r["word"] or "")): frozenset((r.get("where") or "").split())
            for r in table_records("club_heads")}


def article_speaks_of_sport(units: Sequence[Sequence[Token]]) -> bool:
    """Some unit holds ``MIN_CUES`` distinct sport words, or the article ``ARTICLE_CUES`` over its
    units together (a results table's own paragraph often has none: النجم الساحلي 0-1 الملعب
    القابسي; one more than a unit needs, since a long article gathers stray ones: نادي and
    الكرة in a film review)."""
    seen: set[str] = set()
    for tokens in units:
        here = sport_words_among(tokens)
        if len(here) >= MIN_CUES:
            return True
        seen |= here
        if len(seen) >= ARTICLE_CUES:
            return True
    return False


def club_spans(linker: UnitLinker, matches: list[Match], spans: list[Span]) -> tuple[list[Match], list[Span]]:
    """``matches`` and ``spans`` with the unit's clubs named by a head word as ORG spans; the towns
    and tagger spans they cover dropped."""
    found: list[Span | Match] = _towns_with_their_adjective(linker, matches)
    heads = club_heads()
    keys = heads.keys()
    readings = linker.readings
    if keys.isdisjoint(linker.unit_readings) and not found:  # 1,439 of 1,530 units: one pass in C
        return matches, spans
    for i in [i for i, reads in enumerate(readings) if not keys.isdisjoint(reads)]:
        if any(c.first <= i <= c.last for c in found):
            continue
        forms = next(heads[r] for r in readings[i] if r in heads)
        club = _club_at(linker, i, forms, matches, spans)
        if club is not None:
            if not linker.speaks_of_sport():  # asked only now: it reads the whole article
                return matches, spans
            found.append(club)
    if not found:
        return matches, spans

    def apart(first: int, last: int) -> bool:
        return not any(c.first <= last and first <= c.last for c in found)

    widened = [c for c in found if not isinstance(c, Span)]
    return (sorted([m for m in matches if apart(m.first, m.last)] + widened, key=attrgetter("first")),
            [s for s in spans if apart(s.first, s.last)] + [c for c in found if isinstance(c, Span)])


def _club_at(linker: UnitLinker, i: int, forms: frozenset[str], matches: list[Match],
             spans: list[Span]) -> Span | Match | None:
    """The club named by word ``i`` of ``club_heads.tsv`` (read as ``forms`` says), if any."""
    if "after" in forms:  # أورلاندو سيتي, جندوبة الرياضية: a town the lexicons know before the
        # word is the club's (not a tagger place: كوميرس سيتي is a town, Commerce City)
        town = next((m.first for m in matches if m.last == i - 1 and _is_town(m)), None)
        if town is not None:
            return Span(town, i, "ORG", linker.clitics.get(town, 0))
    if "between" in forms or "after" in forms:
        return None
    if i + 1 >= len(linker.tokens) or linker.tokens[i + 1].kind != "word" \
            or any(m.first <= i <= m.last and not _bare_club(m, i) for m in matches):  # (ريال مدريد: the lexicon's club)
        return None
    heads = club_heads()
    clitic = _clitic(linker.texts[i], heads)
    if linker.is_definite(i):
        k = i + 1  # (النادي الرياضي البنزرتي: the town's adjective after رياضي)
        while k + 1 < len(linker.tokens) and "between" in heads.get(linker.word_key(k), ()):
            k += 1
        if "adjective" not in forms:
            return None
        listed = next((m for m in matches if m.first == m.last == k and m.entry.group == "clubs"), None)
        if listed is not None and _opens_name(listed, linker.word_key(i)):
            return replace(listed, first=i)  # النادي الرياضي الصفاقسي: the listed club (النادي الصفاقسي)
        if _town_adjective(linker.lex, linker.texts[k]):
            return Span(i, k, "ORG", clitic)  # (الملعب الصفاقسي: not the club الصفاقسي names)
    elif "town" in forms and not linker.lex.keys.proclitic_length(linker.texts[i + 1]):
        last = _town_after(linker, i, matches, spans)
        if last is not None:
            return Span(i, last, "ORG", clitic)
    return None


def _towns_with_their_adjective(linker: UnitLinker, matches: list[Match]) -> list[Span]:
    """Towns the lexicons know followed by their own country's adjective in the masculine (روما
    الإيطالي, روستوف الروسي) where the article speaks of sport: a town takes the feminine (روما
    الإيطالية), so the masculine agrees with نادي or فريق left unsaid: the club, an ORG span on
    the town's words."""
    out: list[Span] = []
    for m in matches:
        k = m.last + 1
        if not _is_town(m) or k >= len(linker.tokens) or linker.tokens[k].kind != "word":
            continue
        adjective = fold(linker.texts[k])
        country = m.entry.country  # none for a named group (القوى الغربية): no adjective is its own
        if not country or adjective.endswith("ه") or demonym_countries().get(linker.lex.keys.key(linker.texts[k])) != country:
            continue
        if not linker.speaks_of_sport():  # asked only now: it reads the whole article
            return []
        out.append(Span(m.first, m.last, "ORG", linker.clitics.get(m.first, 0)))
    return out


def _bare_club(m: Match, i: int) -> bool:
    """A listed club named by its head word alone (الترجي, سبورتينغ): before another town or its
    adjective (الترجي الجرجيسي, سبورتينغ بن عروس) the head names that town's club, read like an
    unlisted one; a country's adjective leaves the listed club (الترجي التونسي)."""
    return m.first == m.last == i and m.entry.group == "clubs"


def _opens_name(m: Match, head: str) -> bool:
    """The matched club's Arabic name opens with the head word (النادي of النادي الصفاقسي)."""
    return strip_article(fold(m.entry.name_ar.split()[0])) == head


def _is_town(m: Match) -> bool:
    return m.entry.type == "GPE" and m.entry.kind in _TOWN_KINDS


def _town_after(linker: UnitLinker, head: int, matches: list[Match], spans: list[Span]) -> int | None:
    """The last token of the club name head word ``head`` opens: a town the lexicons know or a
    tagger place right after it, or a tagger span from the head whose other words are no
    person's; None when there is none."""
    for m in matches:
        if m.first <= head + 1 <= m.last:  # a town; not a country or a name (نادي باريس سان جرمان)
            return m.last if m.first == head + 1 and _is_town(m) else None
    for s in spans:
        if s.first == head + 1 and s.type in ("GPE", "LOC"):
            return s.last
        if s.first == head and head < s.last <= head + 3 and s.type != "ORG" and not any(
                _person_word(w) for w in linker.texts[head + 1:s.last + 1]):
            return s.last
    return None


def _person_word(word: str) -> bool:
    """The corpus tagger read the word as part of a person's name at least half the time (دياز,
    الدين of نجم الدين)."""
    n, pers = person_votes().get(fold(word), (0, 0))
    return pers > 0 and 2 * pers >= n


def _town_adjective(lex: Lexicon, word: str) -> bool:
    """A definite relational adjective of a town the lexicons know (القابسي of قابس, الباجي of
    باجة, القيروانية of القيروان); not a country's (السعودي: الشباب السعودي is Saudi youth; النجم
    الجزائري an Algerian star)."""
    folded = fold(word)
    if not folded.startswith("ال"):
        return False
    stem = next((folded[2:-len(e)] for e in _ADJECTIVE_ENDINGS if folded.endswith(e)), "")
    if len(stem) < 3:
        return False
    for key in (stem, stem + "ه"):
        found = lex.automaton.get(f" {lex.keys.key(key)} ", None)
        if found and any(e.kind == "country" for e in found[1]):
            return False  # (الجزائري, التونسي: the country's adjective, though a capital's name too)
        if found and any(e.type == "GPE" and e.kind in _TOWN_KINDS for e in found[1]):
            return True
    return False


def _clitic(word: str, heads: dict[str, frozenset[str]]) -> int:
    """Characters of the proclitics on the head word (ونجم, للنجم: the mention starts after them)."""
    folded = fold(word)
    head = next((r for r in reversed(word_readings(word)) if r in heads), folded)
    letters = folded.find(head)
    if letters >= 2 and folded[letters - 2:letters] == "ال":
        letters -= 2
    return written_length(word, letters) if letters > 0 else 0
