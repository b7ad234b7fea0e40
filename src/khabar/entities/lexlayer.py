"""A curated-lexicon layer after the CRF: a curated name the tagger left untagged gets its tag.

The CRF reads lexicon matches as features only, with weights learnt from ANERcorp, whose
organisations and MISC names are few and local: a company, club, party or outlet it has not seen
often stays O even when the project's lexicon names it.  After decoding, a match of a curated
table (never a package gazetteer) over words the tagger tagged all O becomes that name, in
ANERcorp's tags: organisations ORG; products (weapons, devices) and the ``misc`` table
(currencies, religions, prizes) MISC; people PERS, without the honorifics an alias may open with
(الملك [عبد الله الثاني]), which ANERcorp leaves out of a name.  Which types are filled is a
parameter (``LAYER_TYPES``).  A name of the ``misc`` table of two words or more that the tagger read
exactly as one organisation, place or person (يو إس بي, a technical standard, as a company) is MISC
too: the table says what the spelled letters are.
A club the tagger read as its city (برشلونة LOC) is the club where the sentence speaks of sport.

ANERcorp leaves state bodies and named events mostly untagged (in its training split الجيش
الإسرائيلي, مجلس الشيوخ, كأس العالم, شهر رمضان are O far more often than not), so the ``agencies``
table and events and laws are not filled in.  (Dropping a descriptor before a name, وكالة [فرانس
برس], as the training split mostly does, lowered the test score: names are filled whole.)
"""

from __future__ import annotations

from khabar.entities.clubs import speaks_of_sport
from khabar.entities.keys import fold
from khabar.entities.lexicon import folded_word_list
from khabar.entities.matcher import GAZETTEER_GROUPS, Match, word_tokens

#: ANERcorp types the layer fills by default.
LAYER_TYPES: tuple[str, ...] = ("ORG", "MISC", "PERS")
#: Entry type -> the ANERcorp type it is tagged as (events and laws: none, see above).
_ANERCORP_TYPE = {"ORG": "ORG", "PRODUCT": "MISC", "MISC": "MISC", "PER": "PERS"}
#: ANERcorp's name types a multi-word name of the ``misc`` table, tagged exactly as one, is retagged from.
_NAME_TYPES = ("ORG", "LOC", "PERS")
#: Curated tables whose names ANERcorp mostly leaves untagged.
_UNTAGGED_GROUPS = ("agencies",)


def curated_type(m: Match) -> str | None:
    """The ANERcorp type a curated named (or misc) match stands for, else None."""
    e = m.entry
    if e.kind not in ("named", "misc") or e.group in GAZETTEER_GROUPS or e.group in _UNTAGGED_GROUPS:
        return None
    return _ANERCORP_TYPE.get(e.type)


def fill(tags: list[str], words: list[str], matches: list[Match],
         types: tuple[str, ...] = LAYER_TYPES) -> list[str]:
    """``tags`` with every all-O curated match of a type in ``types`` tagged B-/I- that type; with
    ORG, in a sentence that speaks of sport, a club the tagger read as a place is the club."""
    out = list(tags)
    sport: bool | None = None  # decided once, when a club is tagged as a place
    for m in matches:
        kind = curated_type(m)
        if kind not in types:
            continue
        first = _after_honorifics(words, m) if kind == "PERS" else m.first
        if all(t == "O" for t in tags[first:m.last + 1]):
            _put(out, first, m.last, kind)
        elif m.entry.kind == "misc" and m.first < m.last \
                and any(_one_span(tags, m.first, m.last, name) for name in _NAME_TYPES):
            _put(out, m.first, m.last, kind)  # يو إس بي read as a body: the misc table's standard
        elif m.entry.group == "clubs" and _one_span(tags, m.first, m.last, "LOC"):
            sport = speaks_of_sport(word_tokens(words)) if sport is None else sport
            if sport:
                _put(out, m.first, m.last, kind)
    return out


def _after_honorifics(words: list[str], m: Match) -> int:
    """Index of the first word of a person's match that is no honorific (الملك, والشيخ)."""
    first, known = m.first, folded_word_list("honorifics")
    while first < m.last:
        w = fold(words[first])
        if w not in known and not (w[:1] in ("و", "ف") and w[1:] in known):
            break
        first += 1
    return first


def _put(tags: list[str], first: int, last: int, kind: str) -> None:
    tags[first:last + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (last - first)


def _one_span(tags: list[str], first: int, last: int, kind: str) -> bool:
    """Tokens ``[first, last]`` are exactly one span of ``kind``."""
    inside = tags[first:last + 1] == [f"B-{kind}"] + [f"I-{kind}"] * (last - first)
    return inside and (last + 1 == len(tags) or tags[last + 1] != f"I-{kind}")
