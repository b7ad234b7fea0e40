"""Institutional phrases: a head noun of an institution or a collective actor (``chain_heads.tsv``:
مديرية, قوات, شرطة, إدارة, قوة, مكتب) with the construct chain after it, its adjectives and what
it belongs to make one body (مديرية أمن شمال سيناء, قوات الأمن المركزي, قسم شرطة ثالث العريش,
إدارة البحث الجنائي, مكتب حقوق الإنسان التابع للأمم المتحدة, الأمانة العامة لدول الخليج).

The chain is a construct: indefinite nouns (أمن, حقوق), then a definite noun or a name (a place,
a body) that closes it; then relational or rank adjectives, and a genitive after ل that ends in a
name (لدول الخليج) or an affiliation (التابع لـ X).  The lexicons and the tagger see only pieces of
such a phrase (the place in it, قوات الأمن); the linker takes the whole before them
(:meth:`~khabar.entities.linking.UnitLinker.run`), unless a name the lexicons know opens it or a
person's name or a title is inside.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.entities.bodies import Span
from khabar.entities.cues import HEAD_TYPE, READINGS, demonym_keys, title_keys
from khabar.entities.keys import fold, strip_article, written_length
from khabar.entities.lexicon import folded_word_list, table_records
from khabar.entities.matcher import Match
from khabar.entities.verbtrim import reads_as_verb

if TYPE_CHECKING:
    from khabar.entities.linking import UnitLinker

#: Indefinite construct words between the head and the word that closes the chain (مديرية أمن
#: شمال سيناء: one; قسم شرطة ثالث العريش: two).
MAX_MEMBERS = 2
#: Entity types of a name that closes a chain or its genitive after ل.
NAME_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC"})
#: Lexicon entry kinds that are no name closing a chain (a title, a nationality, a people).
_NO_NAME_KINDS = frozenset({"title", "demonym", "people", "misc"})
#: Lexicon entry kinds a chain may run over from its head: generic institutions (قوات الأمن).
_GENERIC_KINDS = frozenset({"institution", "construct"})


@dataclass(frozen=True, slots=True)
class ChainHead:
    """A row of ``chain_heads.tsv``."""

    type: str
    needs: str  # any, qualified (an adjective, a name or an affiliation), rank (a chain_words adjective)
    definite: bool  # with the article and an adjective it names a body too (القوات المسلحة)
    apart: bool  # right before a place name it is a district or an office there (مديرية حيس)
    same: bool  # right before a body's name it is that body (قوات الجيش)


@lru_cache(maxsize=1)
def chain_heads() -> dict[str, ChainHead]:
    """Folded head noun without the article -> :class:`ChainHead`."""
    return {strip_article(fold(r["head"] or "")): ChainHead(r["type"] or "ORG", r["needs"] or "any",
                                                             r["definite"] == "yes", r["place"] == "apart",
                                                             r["body"] == "same")
            for r in table_records("chain_heads")}


@lru_cache(maxsize=4)
def chain_words(role: str) -> frozenset[str]:
    """Folded words of ``chain_words.tsv`` with the role (``adjective``, ``affiliation``, ``year``)."""
    return frozenset(fold(r["word"] or "") for r in table_records("chain_words") if r["role"] == role)


Item = Match | Span


def _type(item: Item) -> str:
    return item.type if isinstance(item, Span) else item.entry.type


def _generic(item: Item) -> bool:
    """A lexicon's generic institution (قوات الأمن, الشرطة), which the article's country resolves."""
    return isinstance(item, Match) and item.entry.kind in _GENERIC_KINDS


def _is_name(item: Item) -> bool:
    """A place's or a body's name (not a person's, a title, a nationality)."""
    if isinstance(item, Span):
        return item.type in NAME_TYPES
    return item.entry.type in NAME_TYPES and item.entry.kind not in _NO_NAME_KINDS


def chain_spans(finder: UnitLinker, matches: list[Match],
                spans: list[Span]) -> tuple[list[Match], list[Span], list[Item]]:
    """The unit's matches and spans with the institutional phrases as ORG spans, and without the
    matches and spans inside them; and the names inside them (the place, the body it belongs to),
    which are named there too (مديرية أمن شمال سيناء: Sinai as well)."""
    heads = chain_heads()
    found: list[Span] = []
    bodies: list[Span] = []  # bodies a head names inside the phrases
    readings = finder.readings
    keys = heads.keys()
    if keys.isdisjoint(finder.unit_readings):  # most units: no head noun, one pass in C
        return matches, spans, []
    for i in [i for i, reads in enumerate(readings) if not keys.isdisjoint(reads)]:
        if found and i <= found[-1].last or finder.tokens[i].kind != "word":
            continue
        reading = _head_reading(finder.cues[i])
        if reading is None or i > 0 and _construct_head_before(finder, i - 1, fold(finder.texts[i])[:1] == "ل"):
            continue  # (مجلس إدارة غرفة جدة: the board's; المجلس البلدي لأمانة المنطقة: the council's remit)
        last = _chain(finder, i, heads[reading], matches, spans)
        if last is not None:
            found.append(Span(i, last, heads[reading].type, _clitic(finder.texts[i], reading)))
            bodies += _named_body_inside(finder, i, last, matches, spans)
    if not found:
        return matches, spans, []

    def inside(item: Item) -> bool:  # (a tagger span from inside the phrase on: its run-on)
        return any(c.first <= item.first <= c.last and (item.last <= c.last or isinstance(item, Span))
                   for c in found)

    def named_inside(item: Item) -> bool:  # (a ministry: فرع وزارة العمل; not قوات الأمن at the head)
        return inside(item) and _is_name(item) and not any(c.first == item.first for c in found) and (
            not _generic(item) or item.last > item.first and finder.is_head(item.first))

    names: list[Item] = [m for m in matches if named_inside(m)] + bodies
    names += [_as_place(finder, s) for s in spans if named_inside(s)
              and not any(m.first <= s.last and s.first <= m.last for m in names)]
    return [m for m in matches if not inside(m)], [s for s in spans if not inside(s)] + found, names


def _as_place(finder: UnitLinker, s: Span) -> Span:
    """A tagger span right after a place noun inside the phrase is a place (شرطة محافظة بني حسن),
    as the linker reads one outside a body's name."""
    from khabar.entities.linking import place_noun_keys

    if s.type != "GPE" and s.first > 0 and finder.lex.keys.key(finder.texts[s.first - 1]) in place_noun_keys():
        return Span(s.first, s.last, "GPE", s.clitic)
    return s


def _head_reading(cues: tuple) -> str | None:
    """The most stripped reading of a word that is a head of ``chain_heads.tsv``."""
    heads = chain_heads()
    return next((r for r in reversed(READINGS(cues)) if r in heads), None)


def _construct_head_before(finder: UnitLinker, k: int, dative: bool = False) -> bool:
    """Token ``k`` is an indefinite head noun of a body, whose complement the phrase after it is,
    or (``dative``: the phrase opens with ل) a body's head or adjective, whose remit it is."""
    if finder.tokens[k].kind != "word":
        return False
    head = _head_reading(finder.cues[k]) is not None or HEAD_TYPE(finder.cues[k]) == "ORG"
    if dative:
        return head or finder.is_body_adjective(k)
    return head and not finder.is_definite(k)


def _named_body_inside(finder: UnitLinker, h: int, last: int, matches: list[Match], spans: list[Span]) -> list[Span]:
    """A body a head noun names inside the phrase (فرع الهيئة العامة للسياحة: the authority), as the
    linker's body finder reads it alone, when no lexicon match or tagger span does."""
    k = h + 1
    if not (finder.is_head(k) and finder.is_definite(k)) or any(it.first == k for it in [*matches, *spans]):
        return []
    end = finder.adjectives_end(k)
    end = finder.remit_end(end, set(), articled=True)
    return [Span(k, end, "ORG")] if k < end <= last else []


def _clitic(word: str, reading: str) -> int:
    """Characters of the proclitics before the head (بمديرية, وقوات: 1; بالقوات: 1, the article
    kept; لل: 0, which no slice reads as the article and the head)."""
    w = fold(word)
    letters = len(w) - len(reading)
    if letters >= 2 and w[letters - 2:letters] == "ال":
        letters -= 2
    return 0 if letters <= 0 or w.startswith("لل") else written_length(word, letters)


def _chain(finder: UnitLinker, h: int, head: ChainHead, matches: list[Match], spans: list[Span]) -> int | None:
    """The last token of the phrase headed by token ``h``, or None where it names no body."""
    items: list[Item] = [*matches, *spans]
    at_head = [it for it in items if it.first == h]
    if any(isinstance(it, Match) and not _generic(it) for it in at_head):
        return None  # (a name the lexicons know opens the phrase: theirs)
    starts = {it.first: it for it in [*spans, *matches] if it.first > h}  # (a lexicon's match first)
    n = len(finder.tokens)
    definite = finder.is_definite(h)
    if definite and not head.definite:
        return None
    if head.needs == "name":
        end = _event_end(finder, h, definite, matches, starts)
        return None if end is None or any(it.first < h or it.last > end and isinstance(it, Match)
                                          for it in items if it.first <= end and h <= it.last) else end
    end, members, name = h, 0, None
    if not definite:
        found = _genitive(finder, h, head, starts)
        if found is None:
            return None
        end, members, name = found
        if name is not None and not members and head.same and _type(name) == "ORG":
            return None  # (قوات الجيش: the army)
        if name is not None and head.apart and _type(name) in ("GPE", "LOC") \
                and not all(map(finder.frequent_word, range(h + 1, name.first))):
            return None  # (مديرية حيس, مديرية دمنة خدير: a district; not مديرية أمن شمال سيناء)
    relational = ranked = 0
    adjective = None
    while end + 1 < n and end + 1 not in starts and (kind := _adjective(finder, end + 1)):
        end, adjective = end + 1, kind
        relational, ranked = relational + (kind == "relational"), ranked + (kind == "rank")
    if adjective == "relational" and fold(finder.texts[end + 1] if end + 1 < n else "").startswith("ل"):
        if definite:  # (القوات الموالية لإيران: a participle and its complement, no body's name)
            return None
        starts = {k: it for k, it in starts.items() if k <= end}  # (no genitive after it)
    if any(_generic(it) for it in at_head) and not relational and end == max(it.last for it in at_head) + ranked:
        return None  # (هيئة الأركان العامة: the General Staff the lexicon's country resolves)
    if definite and end == h:
        return None  # (القوات alone: an anaphor)
    qualified = {"rank": ranked > 0,
                 "qualified": relational + ranked > 0 or name is not None and (members > 0 or _type(name) == "ORG")
                 }.get(head.needs, True)
    tail = _affiliation_end(finder, end, starts)
    if tail is not None:
        end, qualified = tail, qualified or head.needs == "qualified"
    else:
        end = _genitive_end(finder, end, starts) or finder.remit_end(
            end, {k for it in items for k in range(it.first, it.last + 1)}, articled=True)
    if not qualified:
        return None
    inner = [it for it in items if it.first <= end and h <= it.last]
    if any(it.first < h or it.last > end and isinstance(it, Match) for it in inner):
        return None  # (a name across the phrase's edge; a tagger's span runs on past it often)
    if any(it.first == h and it.last == end for it in inner):
        return None  # (nothing more than a lexicon match or a tagger span reads already)
    return end


def _event_end(finder: UnitLinker, h: int, definite: bool, matches: list[Match],
               starts: dict[int, Item]) -> int | None:
    """The last token of an event an EVENT head names: a place's name after the construct head
    (أزمة قطر, حرب اليمن), a nationality after the definite head and its relational adjectives
    (الأزمة القطرية, الأزمة المالية اليونانية), or a year (ثورة عام 2011); None otherwise."""
    n, k = len(finder.tokens), h + 1
    if k >= n:
        return None
    if not definite:
        item = starts.get(k)
        if item is not None and _type(item) in ("GPE", "LOC") and _is_name(item) and not item.clitic \
                and not finder.lex.keys.proclitic_length(finder.texts[k]):
            return item.last
        year = k + 1 if fold(finder.texts[k]) in chain_words("year") else k
        if year < n and finder.tokens[year].kind == "number" and len(finder.texts[year]) == 4:
            return year
        return None
    while k < n and k not in starts and _adjective(finder, k) == "relational":
        k += 1
    demonym = next((m for m in matches if m.first == k and m.entry.kind == "demonym"), None)
    return demonym.last if demonym is not None else None


def _genitive(finder: UnitLinker, h: int, head: ChainHead,
              starts: dict[int, Item]) -> tuple[int, int, Item | None] | None:
    """The construct chain after the indefinite head ``h``: its last token, its indefinite words
    and the name that closes it (None for a definite noun: مديرية الأمن), or None where no chain
    follows.  A name may close it after two construct words (قسم شرطة ثالث العريش), a definite noun
    after one (مديرية أمن الإسكندرية, قوات الأمن)."""
    k, members, n = h + 1, 0, len(finder.tokens)
    while k < n and members <= MAX_MEMBERS:
        item = starts.get(k)
        if _generic(item) and item.entry.kind == "construct" and not finder.is_definite(k):
            if head.same and not members and _type(item) == "ORG":
                return None  # (قوات حكومة جنوب السودان: the government's forces are the government)
            members, k = members + 1, item.last + 1  # (شرطة in قسم شرطة ثالث العريش: a generic word)
            continue
        if item is not None:
            if not _is_name(item) or item.clitic or finder.lex.keys.proclitic_length(finder.texts[k]) \
                    or fold(finder.texts[k]).startswith("لل") \
                    or "ال" + fold(finder.texts[k]) in folded_word_list("remit_stops"):
                return None  # (a person's forces; قوات مرتبطة بالجضران: no construct; مجلس إدارة X)
            if not members and _head_reading(finder.cues[k]) == _head_reading(finder.cues[h]):
                return None  # (a head repeated before a body it heads: مجلس مجلس الأمن)
            return _place_run(item, starts), members, item
        if finder.tokens[k].kind != "word":
            return None
        if finder.is_definite(k):  # (not a name in ي: مديرية الدريهمي is a district)
            if members >= MAX_MEMBERS or not finder.is_remit_noun(k) or finder.texts[k].endswith("ي"):
                return None
            while finder.is_remit_head(h) and k + 1 < n and k + 1 not in starts \
                    and finder.continues_body(h, k + 1, False) and finder.texts[k + 1].startswith("و"):
                k += 1  # (هيئة الحقيقة والكرامة: a conjunct of the remit; قوات النظام والمسلحين: two)
            return k, members, None
        if not _member(finder, k):
            return None
        members, k = members + 1, k + 1
    return None


def _place_run(item: Item, starts: dict[int, Item]) -> int:
    """The last token of a name and the place names right after it that it heads (شمال | سيناء:
    a direction before its region)."""
    last = item.last
    if _generic(item) and _type(item) in ("GPE", "LOC") and (nxt := starts.get(last + 1)) is not None \
            and _type(nxt) in ("GPE", "LOC") and not getattr(nxt, "clitic", 0):
        last = nxt.last
    return last


def _member(finder: UnitLinker, k: int) -> bool:
    """Token ``k`` may be an indefinite construct word inside the chain (أمن, حقوق, شرطة): a word
    of three letters or more, with no proclitic, that is no particle, verb or title."""
    word = finder.texts[k]
    w = fold(word)
    if len(w) < 3 or w[0] in "لب" or finder.lex.keys.proclitic_length(word) or reads_as_verb(word):
        return False  # (لجنة لتوطين الوظائف: a committee for, no construct)
    if w.endswith(("ي", "يه")) and len(w) > 3:
        return False  # (قوات نظامية, لجنة دستورية: an adjective, the head indefinite)
    stops = folded_word_list("remit_stops")
    if w in folded_word_list("role_tail_stops") or w in stops or "ال" + w in stops \
            or w in folded_word_list("clause_particles"):
        return False  # (مجلس إدارة الشركة: a part of the company)
    key = finder.lex.keys.key(word)
    return key not in title_keys() and key not in demonym_keys()


def _adjective(finder: UnitLinker, k: int) -> str | None:
    """How token ``k`` qualifies the body: ``rank``, an adjective of rank or kind (``chain_words.tsv``
    adjective: الخاصة, المسلحة), or ``relational`` (الجنائي, المركزي); None for a time word
    (الماضي, الحالي) or any other."""
    w = fold(finder.texts[k])
    if w in chain_words("adjective"):
        return "rank"
    if w in folded_word_list("role_tail_stops") or finder.texts[k].endswith("ى"):
        return None  # (القوات الأخرى: no relational adjective)
    if w.startswith("وال") and k > 0 and _adjective(finder, k - 1) == "relational":
        bare = w[1:]  # (مجلس الشباب العربي والأفريقي: a conjoined adjective)
        return "relational" if bare.endswith(("ي", "يه")) and len(bare) >= 6 \
            and bare not in folded_word_list("remit_stops") else None
    return "relational" if finder.is_body_adjective(k) else None


def _affiliation_end(finder: UnitLinker, end: int, starts: dict[int, Item]) -> int | None:
    """After an affiliation word (التابع, التابعة) the name of what the body belongs to, after ل
    (التابع للأمم المتحدة, التابعة لوزارة الداخلية, التابع للوزارة): its last token."""
    k = end + 1
    if k + 1 >= len(finder.tokens) or fold(finder.texts[k]) not in chain_words("affiliation"):
        return None
    tail = _genitive_end(finder, k, starts)
    if tail is None and fold(finder.texts[k + 1]).startswith("لل") and k + 2 not in starts \
            and (k + 1) not in starts and len(fold(finder.texts[k + 1])) >= 5:
        return k + 1  # (التابعة للوزارة: a body the article names)
    return tail


def _genitive_end(finder: UnitLinker, end: int, starts: dict[int, Item]) -> int | None:
    """A genitive after ل ending in a name, right after token ``end``: the name with ل (للأمم
    المتحدة, لوزارة الداخلية) or ل on one construct word before it (لدول الخليج)."""
    k = end + 1
    if k >= len(finder.tokens) or finder.tokens[k].kind != "word" or not finder.texts[k].startswith("ل"):
        return None
    item = starts.get(k)
    if item is not None:  # (a tagger's body with ل is seldom one: لحقوق)
        return _place_run(item, starts) if _is_name(item) and (isinstance(item, Match) or _type(item) != "ORG") \
            else None
    nxt = starts.get(k + 1)
    if nxt is None or not _is_name(nxt) or not finder.lex.keys.proclitic_length(finder.texts[k]):
        return None
    w = fold(finder.texts[k])[1:]
    if len(w) < 3 or w.startswith("ال") or reads_as_verb(w):
        return None
    return _place_run(nxt, starts)
