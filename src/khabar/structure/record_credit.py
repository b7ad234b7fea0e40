"""A record's credit line read into its parts: the place reported from, the outlet, the news agency
and the people who wrote it (``أبوظبي - سكاي نيوز عربية``, ``برلين أ ف ب``, ``اليوم - الدمام``,
``القاهرة - علي فراج:``, ``عبدالله البرقاوي- سبق- الرياض:``, ``محمد داوود (جدة)``).

Records give such a line as their author; a page or a text sets it over the article.  Agencies
and their short forms are ``resources/agencies.tsv``, desks ``resources/credit_words.tsv`` and editions ``resources/outlets.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from khabar.structure.agencies import agency_name
from khabar.structure.bylines import byline_name, is_given_name, is_name_word
from khabar.structure.data import norm, read_rows
from khabar.structure.dateline import in_gazetteer, known_places
from khabar.structure.outlets import edition_words, is_outlet

_CREDIT_MAX_WORDS = 16
_PERSON_MAX_WORDS = 4
# Between a credit's parts: a dash (a kashida run as one only beside a space: ``الـرياض`` is a word),
# a colon, a comma, a bar, a slash, ``من`` before the place (``«الاقتصادية» من الرياض``), parentheses.
_SEPARATOR = re.compile(r"\s*[-–—]+\s*|\s+ـ+\s*|\s*ـ+\s+|\s*[:：،,|/]\s*|\s+من\s+|\s*[()]\s*")
_QUOTES = "«»\"'“”"
_SENTENCE_END = re.compile(r"(?<![\s.]\w)[.؟?!]$|[؟?!]$")  # not an abbreviation's dot (``أ. ف. ب.``)


class Credit(NamedTuple):
    """The parts of a credit line, each as written (quotation marks around a name dropped)."""

    place: str | None = None
    outlet: str | None = None
    agency: str | None = None
    byline: str | None = None


@lru_cache(maxsize=4)
def _words(kind: str) -> frozenset[str]:
    return frozenset(norm(word) for k, word in read_rows("credit_words.tsv") if k == kind)


def is_desk(key: str) -> bool:
    """A credit part naming a desk or a kind of copy (``متابعات``, ``مكتب الجزيرة``), no person: matching form."""
    return key in _words("desk") or key.split(" ", 1)[0] in _words("desk_opening")


def _is_outlet(text: str) -> bool:
    """An outlet's name, alone or with its edition (``الرياض الإلكتروني``, ``الشرق الأوسط أونلاين``)."""
    if is_outlet(text):
        return True
    words = text.split()
    return len(words) > 1 and norm(words[-1]) in edition_words() and is_outlet(" ".join(words[:-1]))


def _is_place(text: str) -> bool:
    key = norm(text)
    return text.count(" ") < 3 and (key in known_places() or (not key.startswith("ال") and "ال" + key in known_places()))


def is_person(text: str) -> bool:
    """Two to four words naming a person, in a credit beside its place or outlet: no figure or mark,
    the first word a given name (the corpus tagger's votes, entities/resources/autonames.tsv) or a
    rare word as every other is (a family name), none opening as a verb's present tense does."""
    words = text.split()
    if not 2 <= len(words) <= _PERSON_MAX_WORDS or any(ch.isdigit() or ch in ".؟?!؛" for ch in text):
        return False
    return all(is_name_word(word) for word in (words[1:] if is_given_name(words[0]) else words))


def _segments(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each part of ``text`` between separators, quotation marks left out."""
    spans, last = [], 0
    for m in [*_SEPARATOR.finditer(text), None]:
        start, end = last, (m.start() if m else len(text))
        while start < end and text[start] in " " + _QUOTES:
            start += 1
        while end > start and text[end - 1] in " " + _QUOTES:
            end -= 1
        if start < end:
            spans.append((start, end))
        last = m.end() if m else last
    return spans


def _as_written(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The parts at ``spans`` as ``text`` writes them, from the first to the last when only
    separators stand between them, else joined by commas."""
    if not spans:
        return None
    end = spans[-1][1]
    if text.count("(", spans[0][0], end) > text.count(")", spans[0][0], end) and text[end:end + 1] == ")":
        end += 1  # (``فيسبادن (ألمانيا)``: the parentheses closed)
    whole = text[spans[0][0]:end]
    if sum(end - start for start, end in spans) + 3 * (len(spans) - 1) >= len(whole):
        return whole
    return "، ".join(text[start:end] for start, end in spans)


def split_credit(text: str) -> Credit | None:
    """The parts of a credit line of two parts or more, or None when a part is none of a place, an
    outlet, an agency, a desk or a person's name (a sentence, a code, a name no list knows).

    A name that is both a place and an outlet (الرياض, المدينة, الجزيرة) is read by its neighbours
    (:func:`_settle_places`): ``الرياض - الوئام`` the place, ``الجزيرة - المحليات:`` the outlet.
    """
    text = " ".join(text.split())
    if not text or text.count(" ") >= _CREDIT_MAX_WORDS or _SENTENCE_END.search(text):
        return None  # (a sentence's end: ``فلان (الرياض).`` closes a text, it signs none)
    prefixed = byline_name(text)
    if prefixed is not None:
        text = prefixed
    spans = _segments(text)
    if len(spans) < 2 and prefixed is None:
        return _place_and_agency(text)
    segments = [text[start:end] for start, end in spans]
    kinds: list[str] = []
    for seg in segments:
        kind = _kind(seg)
        if kind is None:
            return None
        kinds.append(kind)
    _settle_places(segments, kinds)
    named = [kind for kind in kinds if kind in ("place", "outlet", "agency", "person")]
    if not named or (len(named) < 2 and prefixed is None and "desk" not in kinds):
        return None
    first = {kind: seg for seg, kind in reversed(list(zip(segments, kinds, strict=True)))}  # the first of a kind
    people = _as_written(text, [span for span, kind in zip(spans, kinds, strict=True) if kind == "person"])
    places = _as_written(text, [span for span, kind in zip(spans, kinds, strict=True) if kind == "place"])
    byline = people or first.get("agency") or first.get("outlet")
    return Credit(places, first.get("outlet"), first.get("agency"), byline)


def _kind(seg: str) -> str | None:
    """What a part of a credit names: ``place``, ``outlet``, ``agency``, ``both`` (a place's name an
    outlet bears), ``desk``, ``person``, ``other`` (a single word no list knows: a section), or None."""
    key = norm(seg)
    if agency_name(seg) is not None:
        return "agency"
    place, outlet = _is_place(seg), _is_outlet(seg)
    if place or outlet:
        return "both" if place and outlet else "place" if place else "outlet"
    if is_desk(key):
        return "desk"
    if in_gazetteer(seg):
        return "place"
    if is_person(seg):
        return "person"
    if " " not in seg and not any(ch.isdigit() for ch in seg):
        return "other"
    return None


def _settle_places(segments: list[str], kinds: list[str]) -> None:
    """Each ``both`` part made a place or an outlet (see :func:`split_credit`): an outlet beside a
    place no outlet bears, the place beside an outlet no place bears; else the last of them that a
    credit uses for the place (``resources/credit_words.tsv`` ``outlet_first``: الجزيرة is the daily)
    when another part names an agency, a person or another of them."""
    both = [k for k, kind in enumerate(kinds) if kind == "both"]
    if not both:
        return
    if "place" in kinds:
        place = None
    elif "outlet" in kinds:
        place = both[-1]
    else:
        places = [k for k in both if norm(segments[k]) not in _words("outlet_first")]
        others = len(both) > 1 or any(kind in ("agency", "person") for kind in kinds)
        place = places[-1] if places and others else None
    for k in both:
        kinds[k] = "place" if k == place else "outlet"


def _place_and_agency(text: str) -> Credit | None:
    """A place and an agency with no mark between them (``برلين أ ف ب``, ``الرياض واس``)."""
    words = text.strip(" :").split()
    for size in (1, 2):
        place, agency = " ".join(words[:size]), " ".join(words[size:])
        if agency and _is_place(place) and agency_name(agency) is not None:
            return Credit(place, None, agency, agency)
    return None


_NAMES_MAX_WORDS = 8
_NOT_IN_NAMES = ".؟?!،,()[]{}«»\"ـ"


def place_colon_names(text: str) -> Credit | None:
    """A known place, a colon, then the reporters' names no name list knows (``الباحة: سارة الحسن``,
    ``القاهرة: سارة الحسن ومنى علي``): two to eight words without a figure, a mark or a kashida (no
    outlet's credit: ``جدة: {أونلاين ـ الشرق الأوسط}``); the place is the dateline, the names the byline.
    For a record's author only: a text's line so shaped may be a headline (``الرياض: الأمير يفتتح المعرض``)."""
    place, colon, names = text.partition(":")
    place, names = place.strip(" \u200e"), " ".join(names.split())
    if not colon or ":" in names or not _is_place(place) or not 2 <= len(names.split()) <= _NAMES_MAX_WORDS:
        return None
    if any(ch.isdigit() or ch in _NOT_IN_NAMES for ch in names) or _is_outlet(names) or agency_name(names):
        return None
    return Credit(place, None, None, names)

