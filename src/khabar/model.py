"""The data model: every object khabar reads, computes, stores and shows.

Everything that points into an article's text is a *span*: ``field`` names the text unit
(``headline``, ``deck``, ``body``, ``pull_quotes``, ``related``, ``dateline``, ``agency``), ``paragraph``
is the index inside that field (0 for single-valued fields), and ``[start, end)`` slices the
original string of that unit exactly.  Normalisation is for matching only; what is stored and
shown is always the original text.

Stages fill an :class:`Article` in order (see :mod:`khabar.pipeline`); ``Article.to_dict`` is
the JSON that ``khabar analyze`` writes and that ``resources/article.schema.json`` describes.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any

#: Text units later stages read, in reading order.
ANALYSED_FIELDS = ("headline", "deck", "pull_quotes", "body")


@dataclass
class Source:
    """Where an article came from: ``kind`` is ``text`` (a page dump), ``jsonl``, ``stdin``, ``html``
    (an HTML page), ``warc`` (an HTML response record of a WARC file) or ``feed`` (an RSS/Atom entry)."""

    kind: str
    path: str | None = None
    url: str | None = None
    line: int | None = None
    outlet: str | None = None  # the record's ``source`` field (e.g. ``ant/BBC``), when given
    canonical: str | None = None  # an HTML page's canonical address (``<link rel=canonical>``, ``og:url``)
    record_id: str | None = None  # a WARC record's ``WARC-Record-ID``
    #: What was done to the input's bytes or text before analysis, in order (``decoded windows-1256``,
    #: ``mojibake utf-8/latin-1``, ``html entities``): see :mod:`khabar.ingest.encoding`.
    repairs: list[str] = field(default_factory=list)


@dataclass
class Span:
    """A stretch of one text unit: ``text == article.unit(field, paragraph)[start:end]``."""

    text: str
    field: str
    paragraph: int
    start: int
    end: int


@dataclass
class Mention(Span):
    """One occurrence of an entity."""


#: The values of Entity.type (the /entities?type= filter refuses any other, naming these).
ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT")


@dataclass
class Entity:
    id: str
    name: str
    type: str  # one of ENTITY_TYPES
    name_ar: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    wikidata: str | None = None


@dataclass
class Ref:
    """A reference to a participant: the words used, and the entity they resolve to if any."""

    text: str
    entity: str | None = None
    agent: str | None = None  # actor type for events (GOV, MIL, REB, OPP, CVL, COP, ...)
    country: str | None = None  # ISO 3166-1 alpha-2 of the actor, when known
    name: str | None = None  # the resolved entity's name (Entity.name), when ``entity`` is set


@dataclass
class Quote:
    cue: str
    kind: str  # direct | indirect | mixed
    content: str
    field: str
    paragraph: int
    start: int  # span of ``content``
    end: int
    speaker: Ref | None = None
    via: Ref | None = None
    when: str | None = None
    continues: bool = False  # this piece goes on with the quotation of the paragraph before
    negated: bool = False  # the cue is denied (ولم يؤكد الوزير أن): what the speaker did not say, as events mark it


@dataclass
class TimeExpr(Span):
    value: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or datetime with offset
    #: A range's last day (month, year): من 3 إلى 5 مارس، بين 2013 و2015; None for a single time.
    value_end: str | None = None
    #: The time of day the text states, "HH:MM" on the 24-hour clock as written (الساعة العاشرة
    #: صباحا: "10:00"; its zone is the text's, usually local); None when it states none.
    clock: str | None = None


@dataclass
class Place(Span):
    name: str | None = None
    name_ar: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None  # country | city | region | river | sea | camp | ...


@dataclass
class Event:
    action: str  # Arabic lemma of the predicate
    cameo: str
    field: str
    paragraph: int
    start: int  # span of the predicate
    end: int
    sentence: str
    plover: str | None = None
    quad: int | None = None
    goldstein: float | None = None
    source: Ref | None = None
    target: Ref | None = None
    when: str | None = None
    where: str | None = None
    negated: bool = False
    claimed_by: Ref | None = None


@dataclass
class PageFields:
    """The fields the structure stage reads off a page, or off a record's text (which leaves the
    headline, deck and pull quotes to the record): the :class:`Article` fields of the same names."""

    published: str | None = None
    headline: str | None = None
    deck: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    agency: str | None = None
    pull_quotes: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


@dataclass
class Article:
    id: str
    source: Source
    raw: str = ""  # the input exactly as read (text dump or JSON line): kept for re-analysis
    published: str | None = None  # ISO date or datetime with offset
    headline: str | None = None
    deck: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    #: The news agency the dateline credits with the report (``رويترز`` in ``دمشق (رويترز) -``).
    agency: str | None = None
    pull_quotes: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    category: str | None = None
    modified: str | None = None  # last modification, ISO (an HTML page's ``dateModified`` and similar)
    language: str | None = None  # BCP 47 tag the page declares (``<html lang>``, JSON-LD ``inLanguage``)
    #: Working state shared between stages (tokens, sentences, tagged spans); never serialised.
    annotations: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def unit(self, field_name: str, paragraph: int = 0) -> str:
        """The original text of one text unit."""
        value = getattr(self, field_name)
        if isinstance(value, list):
            return value[paragraph]
        if paragraph != 0 or value is None:
            raise IndexError(f"{field_name}[{paragraph}] does not exist")
        return value

    def units(self, fields: tuple[str, ...] = ANALYSED_FIELDS) -> Iterator[tuple[str, int, str]]:
        """(field, paragraph, text) for every non-empty text unit, in reading order."""
        for name in fields:
            value = getattr(self, name)
            if isinstance(value, list):
                for i, text in enumerate(value):
                    if text:
                        yield name, i, text
            elif value:
                yield name, 0, value

    def to_dict(self, include_raw: bool = False) -> dict[str, Any]:
        """The analyze output object (see docs/schema.md): what ``dataclasses.asdict`` gives, less
        ``annotations`` (and ``raw``), which are never converted: copying the stages' working state
        (every token) cost more than the whole rest of the output."""
        return {name: _plain(getattr(self, name)) for name in _OUTPUT_FIELDS[bool(include_raw)]}

    def to_json(self, include_raw: bool = False, **options: Any) -> str:
        """``json.dumps(self.to_dict(include_raw), **options)``, the same text, without the copy:
        the encoder reads the nested objects' own fields (half the time of converting them first)."""
        return json.dumps({name: getattr(self, name) for name in _OUTPUT_FIELDS[bool(include_raw)]},
                          default=_fields_of, **options)


_ATOMS = (str, int, float, bool, type(None))
_ATOM_TYPES = frozenset(_ATOMS)
_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
#: The fields an article's output holds, by ``include_raw``: never ``annotations`` (working state).
_OUTPUT_FIELDS = {raw: tuple(n for n in _ARTICLE_FIELDS if n != "annotations" and (raw or n != "raw"))
                  for raw in (False, True)}


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The fields of a dataclass type, in order; None for any other type."""
    return tuple(f.name for f in fields(cls)) if is_dataclass(cls) else None


def _plain(value: Any) -> Any:
    """``value`` as ``dataclasses.asdict`` converts it (dataclasses to dicts, containers copied).

    Exact atoms (most values) return without a call: this runs over every mention of a corpus."""
    kind = type(value)
    if kind in _ATOM_TYPES:
        return value  # immutable: asdict's deepcopy would return it as is
    if kind is list:
        return [v if type(v) in _ATOM_TYPES else _plain(v) for v in value]
    names = _field_names(kind)
    if names is not None:
        return {name: v if type(v := getattr(value, name)) in _ATOM_TYPES else _plain(v) for name in names}
    return _plain_other(value)


def _fields_of(value: Any) -> dict[str, Any]:
    """The ``default`` of :meth:`Article.to_json`: a dataclass instance as its fields, in order (its
    own attribute dict when that holds exactly them, as ``__init__`` left it); for anything else the
    encoder's own error, as ``to_dict`` output would give."""
    names = _field_names(type(value))
    if names is None:
        raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")
    own = getattr(value, "__dict__", None)
    if own is not None and len(own) == len(names):
        return own
    return {name: getattr(value, name) for name in names}


def _plain_other(value: Any) -> Any:
    if isinstance(value, _ATOMS):
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_plain(v) for v in value)
    return copy.deepcopy(value)


def _span_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {k: data[k] for k in ("text", "field", "paragraph", "start", "end")}


def _ref(data: dict[str, Any] | None) -> Ref | None:
    return Ref(**data) if data else None


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an :class:`Article` from :meth:`Article.to_dict` output (e.g. from the store)."""
    d = dict(data)
    d.pop("annotations", None)
    d["source"] = Source(**d["source"])
    d["entities"] = [
        Entity(**{**e, "mentions": [Mention(**_span_fields(m)) for m in e.get("mentions", [])]})
        for e in d.get("entities", [])
    ]
    d["quotes"] = [
        Quote(**{**q, "speaker": _ref(q.get("speaker")), "via": _ref(q.get("via"))})
        for q in d.get("quotes", [])
    ]
    d["times"] = [TimeExpr(**t) for t in d.get("times", [])]
    d["places"] = [Place(**p) for p in d.get("places", [])]
    d["events"] = [
        Event(
            **{
                **e,
                "source": _ref(e.get("source")),
                "target": _ref(e.get("target")),
                "claimed_by": _ref(e.get("claimed_by")),
            }
        )
        for e in d.get("events", [])
    ]
    return Article(**d)
