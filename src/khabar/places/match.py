"""Finding gazetteer names in a text unit: clitics (بالبوكمال، للعراق), longest match, designators."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

import ahocorasick

from khabar.arabic.fold import WORD_END_MARKS, Folded, fold
from khabar.arabic.normalize import has_tanwin
from khabar.places.gazetteer import (
    BIG_CITY,
    CONFIRM_BELOW,
    SMALL_CITY,
    Entry,
    accusative_nisbas,
    designated_regions,
    designator_feature,
    designators,
    gazetteer,
    idioms,
    name_links,
    nisba_names,
    place_words,
    pronoun_nouns,
    stop_names,
)

#: Proclitics that may stand before a name inside the same word.
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
#: The one proclitic a designator word may carry (بمحافظة، وشمال، بجنوب).
DESIGNATOR_CLITICS = ("و", "ف", "ب", "ل")


@dataclass(frozen=True)
class Hit:
    start: int  # original offsets of the mention: whole words, clitics included (بالبوكمال)
    end: int
    key: str  # folded gazetteer key
    readings: tuple[Entry, ...]
    designator: str | None  # feature named by a designator word kept in the span (نهر، محافظة)
    locative: bool = False  # after في، من، إلى، قرب، ... or with ب/ل attached
    #: Only by ل attached (للحد، للخبر: 'to' before a common noun far more often than a town).
    by_lam: bool = False
    in_bi: bool = False  # with ب attached: 'in' (بطبرقة، بالمكنين)
    #: Followed by a word placing it beside another place (في دوما قرب دمشق، في الباب شرق حلب).
    placed: bool = False
    #: A country name read as its nisba adjective (وزارة المالية السعودية): no place, but it still
    #: tells which country the article is about.
    adjective: bool = False
    #: The countries of a sure name joined to this one by و (عدن ولحج، لحج وعدن: YE), with "country"
    #: when that name is a country's (سوريا والأردن): a list of places names places.
    beside: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    """Surface form -> gazetteer key; the surface has the key's length."""
    auto = ahocorasick.Automaton()
    for key in gazetteer():
        auto.add_word(key, key)
        if key.startswith("ال"):  # ل + ال contracts to لل: للعراق
            auto.add_word("لل" + key[2:], key)
    auto.make_automaton()
    return auto


def _candidates(text: str) -> list[tuple[int, int, str]]:
    out = []
    for last, key in automaton().iter(text):
        start, end = last + 1 - len(key), last + 1
        if end < len(text) and text[end].isalpha():
            continue
        word = start
        while word > 0 and text[word - 1].isalpha():
            word -= 1
        allowed = ("", "و", "ف") if text[start:end] != key else _CLITICS
        prefix = text[word:start]
        if prefix in allowed and not (prefix.endswith("ك") and not key.startswith("ال")):
            out.append((word, end, key))
    return out


def _longest(cands: list[tuple[int, int, str]], f: Folded, text: str) -> list[tuple[int, int, str]]:
    chosen: list[tuple[int, int, str]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0], _split_first(c, f, text))):
        if all(c[1] <= k[0] or c[0] >= k[1] for k in chosen):
            chosen.append(c)
    return sorted(chosen)


def _split_first(cand: tuple[int, int, str], f: Folded, text: str) -> bool:
    """Of two names of one word, the whole word's and the one after و/ف (وجدة: Oujda, or و +
    جدة), the clitic's goes first (False sorts first) when its name is a big city or one of the
    project's own (a country, a curated entry) and the whole word is a smaller geonames town with no designator before it: الرياض وجدة is Riyadh and Jeddah,
    مدينة وجدة is Oujda; a name in ة is not read in a word written with ه (وجده: found it, his
    grandfather)."""
    start, end, key = cand
    folded = f.text
    if folded[start:end] == key:  # the whole word: first unless the clitic reading wins below
        return True
    o_start, o_end = f.span(start, end)
    if key.endswith("ه") and text[o_start:o_end].rstrip(WORD_END_MARKS).endswith("ه"):
        return True
    best = max(gazetteer()[key], key=lambda e: e.prior)
    whole = gazetteer().get(folded[start:end])
    if whole is None or not _notable(best):
        return True
    prev = _PREV_WORD.search(folded[max(0, start - 20):start])
    return any(_notable(e) for e in whole) or (prev is not None and prev.group(1) in designators())


def _notable(entry: Entry) -> bool:
    """A big city or one of the project's own names (a country, a curated entry)."""
    return not entry.from_geonames or entry.population >= BIG_CITY


_PREV_WORD = re.compile(r"(\w+)\s+$")
_PREV_RAW = re.compile(r"(\S+)\s+$")  # the word before as written, marks included
#: A quoted name as written, its closing quote last (صحيفة "الحياة" السعودية، «عكاظ»).
_QUOTED_NAME = re.compile(r"\w[\"”»']$")
#: A feminine or plural noun as folded (عائلة، طائرات): an indefinite nisba agrees with one after it.
_FEMININE_OR_PLURAL = re.compile(r"\w{2,}(?:ه|ات)$")
_NEXT_ADJECTIVE = re.compile(r"^\s+(ال\w+ي(?:ه)?)(?!\w)")
#: Designated places whose name may carry an adjective after it (سجن صيدنايا العسكري).
_ADJECTIVE_FEATURES = ("prison", "base", "airport", "port", "camp")


#: The word right after a position (group 1): a name's next word.
NEXT_WORD = re.compile(r"\s+(\w+)")
#: The word after a name that makes it the capital city (تونس العاصمة), folded.
_CAPITAL_AFTER = "العاصمه"
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def in_idiom(key: str, folded: str, start: int, end: int) -> bool:
    """The name is part of a phrase of ``idioms.tsv``: its next word starts with a listed one
    (مسقط رأسه), or the word before it, proclitics aside, is one (أمطار وسيول), or a ``unit`` word
    stands anywhere in its text unit, with up to three letters of proclitics (بنين beside وبنات)."""
    nexts, befores = idioms().get((key, "after")), idioms().get((key, "before"))
    partners = idioms().get((key, "unit"))
    if partners and any(re.search(rf"(?<!\w)\w{{0,3}}{w}(?!\w)", folded) for w in partners):
        return True  # (بنين with بنات in its paragraph: boys and girls, not Benin)
    if nexts:
        m = NEXT_WORD.match(folded, end)
        if m is not None and m.group(1).startswith(nexts):
            return True
    if befores:
        m = _WORD_BEFORE.search(folded[max(0, start - 20):start])
        return m is not None and any(m.group(1) == w or m.group(1)[1:] == w for w in befores)
    return False


def _after_definite_word(folded: str, start: int, original: str) -> bool:
    """A definite word (ال-, with و، ف، ب or لل before it) stands right before ``start``, and is
    none of the nisba table's keep_after words (المملكة، a weekday: نفذت السبت السعودية) nor a
    locative one (الى السعودية); ``original``, that word as written, has no hamza on its alif
    (ألقت السعودية: a verb)."""
    prev = _PREV_WORD.search(folded[max(0, start - 30):start])
    if prev is None or any(ch in original.split("ل", 1)[0] for ch in "أإآ"):
        return False
    word = prev.group(1)
    word = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    word = "ال" + word[2:] if word.startswith("لل") else word[1:] if word.startswith(("بال", "كال")) else word
    return word.startswith("ال") and len(word) > 3 and word not in nisba_names()[1] and not is_locative(word)


def _after_accusative_head(folded: str, word: str, prev: re.Match[str] | None, end: int) -> bool:
    """A country name that is also a masculine nisba in the accusative (تركيا: تركيًّا) right after
    the indefinite accusative of a noun that takes a nationality (جنديًا تركيًّا، وفدا تركيا، دبلوماسيا
    روسيا): the adjective, no place.  Not when و and another word follow: وفدا تركيا وروسيا is the
    two delegations of Turkey and Russia, a dual construct."""
    names, heads = accusative_nisbas()
    if word not in names or prev is None:
        return False
    noun = prev.group(1)
    noun = noun[1:] if noun[:1] in ("و", "ف") and noun[1:-1] in heads else noun
    if not (noun.endswith("ا") and noun[:-1] in heads):
        return False
    following = NEXT_WORD.match(folded, end)
    return following is None or not following.group(1).startswith("و")


def is_locative(word: str) -> bool:
    """A locative word, or one after و/ف (وفي، فمن); في itself starts with ف and stays whole."""
    locative = place_words().locative
    return word in locative or (word[:1] in ("و", "ف") and word[1:] in locative)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the tatweel run after its last letter (مصرــــــ الدانمارك: a dash between
    two names, drawn with tatweel), which the folded offsets carry over."""
    while end > start and text[end - 1] == "\u0640":
        end -= 1
    return start, end


def designator_core(word: str, marks: Mapping[str, tuple[str, bool]]) -> str:
    """A folded designator word without the clitic it may carry (بولاية: ولاية), else the word."""
    return word[1:] if word[:1] in DESIGNATOR_CLITICS and word[1:] in marks else word


def _first_direction(folded: str, start: int, direction: str, marks: Mapping[str, tuple[str, bool]]) -> int:
    """The length of another direction word and its spaces right before folded ``start``, where the
    direction word ``direction`` stands: two directions name one part (جنوب غرب فرنسا، شمال شرقي
    سوريا); else 0."""
    first = _PREV_WORD.search(folded[max(0, start - 20):start])
    if first is None:
        return 0
    core = designator_core(first.group(1), marks)
    return len(first.group()) if designator_feature(core) == "part" and core != direction else 0


def find_places(text: str) -> list[Hit]:
    """Gazetteer names in ``text`` (original offsets), longest first.

    A designator kept in the mention (نهر الفرات، محافظة البصرة) gives a second, wider hit
    besides the bare name, since both are ways the text names the place.
    """
    f = fold(text)
    hits = []
    names = gazetteer()
    marks = designators()
    placing = place_words().placing
    nisbas, _, indefinite = nisba_names()
    for start, end, key in _longest(_candidates(f.text), f, text):
        if has_tanwin(text[slice(*f.span(start, end))]):
            continue  # an adverb or accusative noun (دوماً), not a name
        whole_word = f.text[start:end]
        if whole_word in stop_names() or (whole_word[:1] in ("و", "ف") and whole_word[1:] in stop_names()):
            continue  # the whole word is an ordinary one, after و or ف too (باكرا, وباكرا = و + ب + أكرا)
        if in_idiom(key, f.text, start, end):
            continue  # مسقط رأسه: a birthplace, not Muscat; سيول الأمطار: floods, not Seoul
        designator, wide, readings = None, None, names[key]
        prev = _PREV_WORD.search(f.text[max(0, start - 20):start])
        if prev and prev.group(1) in name_links() and f.text[start:end] == key:
            continue  # ابن سيناء: Avicenna, a person's name, not Sinai
        if prev and designator_core(prev.group(1), marks) in marks and f.text[start:end] != key \
                and f.text[start:end].startswith("ف"):
            continue  # سجن فرين: a designator takes its name bare, no ف + رين (Rennes)
        if prev:
            word = prev.group(1)
            word_core = designator_core(word, marks)
            if word_core in marks and f.text[start:end] == key and marks[word_core][0] != "facility" and not (
                    marks[word_core][0] == "region" and all(e.feature == "country" for e in names[key])):
                # (a building's word says nothing of the name after it, a town's or not: ملعب القاهرة
                # is Cairo's, مستشفى العيون an eye hospital; only its tagged span is a place)
                # (no clitic between: سجن فرين ≠ سجن ف+رين; and a province is no country: مقاطعة
                # إسرائيل is a boycott of Israel)
                feature, in_span = marks[word_core]
                designator = feature
                region = designated_regions().get((word_core, key))
                if region is not None:  # منطقة جازان: the region, and the bare name inside it too
                    readings = (region,)
                if region is not None or in_span or (feature == "city" and _country_and_city(names[key])):
                    # (مدينة الكويت, مدينة جيبوتي: the designator names the city apart from the
                    # country, as Kuwait City does; the bare name inside stays a mention too)
                    wide = start - len(prev.group())
                    if feature == "part" and word == word_core:  # (not وغرب: شمال وغرب حضرموت are two parts)
                        wide -= _first_direction(f.text, wide, word_core, marks)
        o_start, o_end = _trimmed(text, *f.span(start, end))
        word = f.text[start:end]
        prefix = word[: len(word) - len(key)]
        in_bi = "ب" in prefix
        lam = "ل" in prefix or (word != key and word.startswith("لل"))
        after_word = bool(prev and is_locative(prev.group(1)))
        locative = in_bi or lam or after_word
        by_lam = lam and not after_word
        if wide is not None:
            w_end = end
            adjective = _NEXT_ADJECTIVE.match(f.text[end:end + 30])
            if adjective and designator in _ADJECTIVE_FEATURES:
                w_end = end + adjective.end()
            hits.append(Hit(*_trimmed(text, *f.span(wide, w_end)), key, readings, designator, True, False, in_bi))
            if designator == "part" and any(e.feature == "country" for e in names[key]):
                continue  # (شمال سوريا is a part of Syria; جنوب الشيخ زويد names the town, too)
        if wide is None and names[key][0].feature in _ADJECTIVE_FEATURES:
            adjective = _NEXT_ADJECTIVE.match(f.text[end:end + 30])
            o_end = _trimmed(text, *f.span(start, end + adjective.end()))[1] if adjective else o_end
        following = NEXT_WORD.match(f.text, end)
        placed = following is not None and following.group(1) in placing
        if designator is None and wide is None and following is not None and following.group(1) == _CAPITAL_AFTER:
            designator = "capital"  # تونس العاصمة، بتونس العاصمة: the capital city, not the country
        # (the raw word before is read only for the few names that are also a nisba adjective)
        before = _PREV_RAW.search(text[max(0, o_start - 30):o_start]) if word in nisbas else None
        # a quoted name before it is a paper's or a channel's (صحيفة «عكاظ» السعودية): the adjective
        nisba = before is not None and (_after_definite_word(f.text, start, before.group(1))
                                        or _QUOTED_NAME.search(before.group(1)) is not None)
        # an indefinite one after a noun in ة or ات (عائلة سورية، طائرات حربية سورية): the adjective too
        nisba = nisba or (word in indefinite and prev is not None and _FEMININE_OR_PLURAL.fullmatch(prev.group(1)) is not None)
        nisba = nisba or _after_accusative_head(f.text, word, prev, end)
        if designator is None and not placed and not (locative and not by_lam) \
                and _as_pronoun_suffix(text, o_end, key):
            continue  # لجده، مقتل جده: his grandfather, no Jeddah (جدة)
        hits.append(Hit(o_start, o_end, key, names[key], designator if wide is None else None, locative,
                        by_lam, in_bi, placed, nisba))
    return _joined(hits, text)


def _country_and_city(readings: tuple[Entry, ...]) -> bool:
    """A name that is both a country and one of its cities (الكويت، جيبوتي، تونس)."""
    countries = {e.country for e in readings if e.feature == "country"}
    return any(e.feature == "city" and e.country in countries for e in readings)


def _as_pronoun_suffix(text: str, end: int, key: str) -> bool:
    """The name is a ``pronoun_nouns`` noun and the pronoun ه written in place of its ة (جده: 'his
    grandfather', or Jeddah misspelt); the caller keeps the place where a place word, ب or a designator
    supports it."""
    return text[end - 1:end] == "ه" and key[-1:] == "ه" and key[:-1] in pronoun_nouns()


_JOINED_GAP = re.compile(r"\s+و$")


def _sure_countries(hit: Hit) -> frozenset[str]:
    """The countries a name joined to another vouches for: none when it is itself ambiguous."""
    if any(e.ambiguous for e in hit.readings) or hit.adjective:
        return frozenset()
    found = {e.country for e in hit.readings if e.country and (not e.from_geonames or e.population >= SMALL_CITY)}
    return frozenset(found | ({"country"} if hit.readings[0].feature == "country" else set()))


def _states_beside(hit: Hit, other: Hit) -> frozenset[str]:
    """``state:`` and the country, when ``hit`` has a state reading (جورجيا: the country, and the US
    state) and ``other``, joined to it, names a state of that country first (فلوريدا وجورجيا)."""
    top = other.readings[0]
    if top.feature == "state" and any(e.feature == "state" and e.country == top.country for e in hit.readings):
        return frozenset({f"state:{top.country}"})
    return frozenset()


def _needs_company(hit: Hit) -> bool:
    """An ambiguous name, or a geonames town of 50,000 to a million (which needs support in the
    text) that is no name of the project's tables (القطيف is one, whatever geonames' Qatif): a sure
    name joined to it vouches for it (أبو ظبي والعين: Al Ain)."""
    if not any(e.ambiguous for e in hit.readings) and any(e.curated for e in hit.readings):
        return False
    return any(e.ambiguous or (e.from_geonames and e.feature != "country"
                               and SMALL_CITY <= e.population < CONFIRM_BELOW) for e in hit.readings)


def _joined(hits: list[Hit], text: str) -> list[Hit]:
    """Give each ambiguous name (لحج، الأردن) or mid-sized town (العين) joined by و to a sure one
    right before or after it (بين عدن ولحج، لحج وعدن، سوريا والأردن، أبو ظبي والعين) the sure one's
    countries (``Hit.beside``), and a name that is a state and something else (جورجيا) joined to a
    state ``state:`` and its country (a list of a country's states: تكساس وفلوريدا وجورجيا)."""
    if len(hits) < 2 or not any(_needs_company(h) or any(e.feature == "state" and len(h.readings) > 1
                                                         for e in h.readings) for h in hits):
        return hits
    out = list(hits)
    ordered = sorted(range(len(hits)), key=lambda k: (hits[k].start, -hits[k].end))
    for a, b in pairwise(ordered):
        first, second = hits[a], hits[b]
        if first.end > second.start or not _JOINED_GAP.fullmatch(text[first.end:second.start + 1]):
            continue
        for k, other in ((a, second), (b, first)):
            if _needs_company(hits[k]) and (sure := _sure_countries(other)) \
                    and (any(e.ambiguous for e in hits[k].readings) or not _needs_company(other)):
                # (a mid-sized town takes only a country, a table name or a big city: two towns
                # of that size could both be words)
                out[k] = replace(out[k], beside=out[k].beside | sure)
            if len(hits[k].readings) > 1 and (states := _states_beside(hits[k], other)):
                out[k] = replace(out[k], beside=out[k].beside | states)
    for run in _lists(hits, ordered, text):
        # a list of three names or more (الدمام والقطيف وسيهات ودارين والجبيل): its sure names vouch
        # for every mid-sized town in it, not only the one next to them
        sure = frozenset().union(*(_sure_countries(hits[k]) for k in run if not _needs_company(hits[k])))
        for k in run:
            if sure and _needs_company(hits[k]) and not any(e.ambiguous for e in hits[k].readings):
                out[k] = replace(out[k], beside=out[k].beside | (sure - {"country"}))
    return out


def _lists(hits: list[Hit], ordered: list[int], text: str) -> list[list[int]]:
    """Runs of three hits or more (indices into ``hits``, in text order), each joined to the next by و."""
    runs: list[list[int]] = []
    current: list[int] = []
    for k in ordered:
        if current and hits[current[-1]].end <= hits[k].start \
                and _JOINED_GAP.fullmatch(text[hits[current[-1]].end:hits[k].start + 1]):
            current.append(k)
            continue
        if current and hits[current[-1]].end > hits[k].start:
            continue  # (a wide hit and the bare name inside it: محافظة البصرة، البصرة)
        if len(current) >= 3:
            runs.append(current)
        current = [k]
    if len(current) >= 3:
        runs.append(current)
    return runs
