"""The outlet filter's names: what a user types for an outlet (its name in any case, one part of
its collection's path, its Arabic name) and the stored outlets that names."""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.datafiles import tsv_rows
from khabar.search.names import fold_name
from khabar.search.schema import SOURCE_OUTLET_SQL


def outlets_named(conn: sqlite3.Connection, typed: str) -> list[str]:
    """The stored outlets of the outlet filter ``typed`` (:func:`outlets_among` the stored ones)."""
    return outlets_among(stored_outlets(conn), typed)


def outlets_among(stored: list[str], typed: str) -> list[str]:
    """The outlets of ``stored`` (:func:`stored_outlets`, read once for the whole value and each of
    its parts) that ``typed`` names (:func:`outlet_names`), or, when it names none and holds commas,
    those any of its comma-separated names names (one list of two papers, ``alyaum,alriyadh``; an
    outlet's name has no Latin comma)."""
    whole = outlet_names(stored, typed)
    if whole != [typed] or "," not in typed:
        return whole
    parts = [part.strip() for part in typed.split(",") if part.strip()]
    return list(dict.fromkeys(o for part in parts for o in outlet_names(stored, part))) or [typed]


def papers(stored: list[str], outlets: list[tuple[str | None, int]]) -> list[tuple[str | None, int, list[str | None]]]:
    """(outlet, count, the stored outlets merged into it) rows with one paper stored two ways (by the
    name its pages print, عين اليوم, and by its record's path, saudinewsnet/3alyoum:
    :func:`outlet_names`) made one row, under its printed name, most counted first: the outlet filter
    keeps both, so two rows each linking to both were two counts for one answer.  ``stored``:
    :func:`stored_outlets`; an outlet None stays one row.  Give every row before cutting to a top:
    a paper's second name past the cut would go uncounted."""
    merged: dict[tuple[str, ...] | None, list[Any]] = {}  # the outlets one name stands for -> [name, count, members]
    for outlet, n in outlets:
        row = merged.setdefault(tuple(sorted(outlets_among(stored, outlet))) if outlet else None, [outlet, 0, []])
        row[1] += n
        row[2].append(outlet)
        if outlet and "/" in (row[0] or "") and "/" not in outlet:
            row[0] = outlet  # the printed name, not the collection's path
    return sorted(((name, n, members) for name, n, members in merged.values()), key=lambda row: -row[1])


def papers_counted(stored: list[str], outlets: list[tuple[str | None, int]]) -> list[tuple[str | None, int]]:
    """(outlet, count) rows of :func:`papers`: one row a paper, under its printed name."""
    return [(name, n) for name, n, _ in papers(stored, outlets)]


def stored_outlets(conn: sqlite3.Connection) -> list[str]:
    """The outlets articles are stored under, then those their records named (a collection's path
    under a printed name) that are not among them."""
    stored = [o for (o,) in conn.execute("SELECT DISTINCT outlet FROM search_doc WHERE outlet IS NOT NULL")]
    return stored + [o for (o,) in conn.execute(f"SELECT DISTINCT {SOURCE_OUTLET_SQL} FROM articles")
                     if o and o not in stored]


def outlet_names(stored: list[str], outlet: str) -> list[str]:
    """The outlets of ``stored`` (:func:`stored_outlets`) that ``outlet`` names: itself when
    stored, and those it names in any case as a whole or by one part of the path (``SkyNews`` or ``skynews`` is ``ant/SkyNews``,
    ``alriyadh`` is ``saudinewsnet/alriyadh``, ``saudinewsnet`` all its papers) or by its Arabic
    name (:func:`arabic_outlet_names`: الرياض, سكاي نيوز عربية): a user types an outlet's name, not
    the collection's path a facet link carries.  An outlet is stored under the name its page
    prints when it prints one, else as its record's path, so one paper may be stored both ways
    (عين اليوم and saudinewsnet/3alyoum): either name finds both, the printed name standing for the
    path part the Arabic names table gives it; the outlets records named (their collection's path,
    :data:`~khabar.search.schema.SOURCE_OUTLET_SQL`) count as stored too, so ``saudinewsnet`` also
    names a paper's path when all its articles are stored by its printed name.  None stored leaves
    ``outlet`` itself (no article)."""
    typed = outlet.strip().casefold()
    wanted = {typed, typed.rsplit("/", 1)[-1], *arabic_outlet_names().get(_outlet_key(outlet), ())}
    found = [o for o in stored if o == outlet or wanted & {o.casefold(), *o.casefold().split("/"),
                                                           *arabic_outlet_names().get(_outlet_key(o), ())}]
    return found or [outlet]


def _outlet_key(name: str) -> str:
    return fold_name(" ".join(name.split())).casefold()


@lru_cache(maxsize=1)
def arabic_outlet_names() -> dict[str, frozenset[str]]:
    """Folded Arabic name of an outlet -> the stored outlets' path parts it names, in lower case
    (resources/outlet_names.tsv: الرياض -> alriyadh, سكاي نيوز -> skynews), folded as entity
    names are (hamza, ة/ه, ى/ي, vowel marks: fold_name)."""
    names: dict[str, set[str]] = {}
    for name, outlet, *_ in _outlet_rows():
        names.setdefault(_outlet_key(name), set()).add(outlet.strip().casefold())
    return {name: frozenset(outlets) for name, outlets in names.items()}


def _outlet_rows() -> list[list[str]]:
    return tsv_rows((Path(__file__).parent / "resources" / "outlet_names.tsv").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def shown_outlet_names() -> dict[str, tuple[str, str | None]]:
    """An outlet's last path part, in lower case -> (the Arabic name pages show for it, its English
    name or None): the outlet_names.tsv rows with a third column."""
    return {outlet.strip().casefold(): (name.strip(), None if english.strip() == "-" else english.strip())
            for name, outlet, english, *_ in (row for row in _outlet_rows() if len(row) > 2)}


def shown_outlet(outlet: str | None) -> tuple[str, str | None]:
    """(the name to show for a stored ``outlet``, its other name or None): an outlet stored by its
    collection's path (ant/France24) is shown by its Arabic name (فرانس 24), the English name
    (France 24, else the path) beside it; a printed name (العربية.نت) is shown as it is.  A reader
    of an Arabic page knows فرانس 24, not ant/France24; the path stays in links, where filters read it."""
    if not outlet or "/" not in outlet:
        return outlet or "", None
    shown = shown_outlet_names().get(outlet.rsplit("/", 1)[-1].strip().casefold())
    return (shown[0], shown[1] or outlet) if shown else (outlet, None)
