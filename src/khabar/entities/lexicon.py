"""The curated lexicons (``resources/lexicons/*.tsv``): entries with English names, types and aliases.

Every file is the project's own data; a line is one referent.  Entry *kinds* say how a match is
used: ``country`` / ``capital`` / ``demonym`` (adjective) / ``people`` (plural: الأمريكيون) (from ``countries.tsv``), ``named`` (people,
organisations, places, events from the other tables), ``misc`` (ANERcorp's MISC names that are
no entity of the output: currencies, religions, scriptures, prizes; ``misc.tsv``), ``cued`` (a club's
city or common-word name, a club only where the text speaks of sport; ``clubs.tsv``), ``cued_group`` (an armed group's common-word form, the group only beside a cue;
``armed_groups.tsv``), ``institution`` / ``construct`` (generic
heads that a nationality or a country name completes, ``institutions.tsv``), ``title`` (offices).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from khabar.datafiles import data_lines, tsv_records
from khabar.entities.keys import fold

LEXICON_DIR = Path(__file__).parent / "resources" / "lexicons"
#: Tables of named referents, by entry class.
NAMED_TABLES = ("people", "armed_groups", "parties", "media", "international", "agencies",
                "companies", "clubs", "organisations", "places", "events_laws", "norp")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon alias target. ``name`` is the canonical (English) name."""

    name: str
    type: str
    kind: str
    name_ar: str
    wikidata: str | None = None
    country: str | None = None
    role: str | None = None
    group: str = ""  # the table it came from (entry class)
    demonym: str | None = None  # for countries: the English adjective
    alone: bool = False  # for institutions: the bare head names the article's country's institution


def table_records(table: str) -> list[dict[str, str | None]]:
    """The rows of the table ``resources/lexicons/<table>.tsv`` by column name (:func:`tsv_records`)."""
    return tsv_records((LEXICON_DIR / f"{table}.tsv").read_text(encoding="utf-8"))


def words_by(table: str, column: str, key: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """The ``word`` column of the table ``resources/lexicons/<table>.tsv`` grouped by its ``column``
    (a cue's side, an elative's role), each word as ``key`` makes it."""
    groups: dict[str, set[str]] = {}
    for row in table_records(table):
        groups.setdefault(row[column], set()).add(key(row["word"]))
    return {group: frozenset(words) for group, words in groups.items()}


def _rows(table: str) -> Iterator[dict[str, str]]:
    yield from table_records(table)


def _split(cell: str | None) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


def demonym_forms(adjective: str) -> list[str]:
    """Feminine, sound plural and dual forms of a masculine nisba adjective (روسي → روسية, روسيون ...);
    each word of a phrase agrees (كوري شمالي → كورية شمالية ...)."""
    if " " in adjective:
        return [" ".join(forms) for forms in zip(*map(demonym_forms, adjective.split()), strict=True)]
    if not adjective.endswith("ي"):
        return [adjective]
    return [adjective, adjective[:-1] + "ية", adjective + "ون", adjective + "ين", adjective[:-1] + "يان"]


@lru_cache(maxsize=1)
def country_rows() -> tuple[dict[str, str], ...]:
    return tuple(_rows("countries"))


def country_entries() -> list[tuple[str, Entry]]:
    """(alias, entry) for countries, their capitals and their nationality adjectives."""
    out = []
    for row in country_rows():
        aliases = _split(row["aliases"])
        base = dict(name=row["name"], type="GPE", name_ar=aliases[0], wikidata=row["wikidata"] or None,
                    country=row["iso2"], group="countries", demonym=row["demonym"] or None)
        country = Entry(kind="country", **base)
        out += [(a, country) for a in aliases]
        capital = Entry(kind="capital", **{**base, "name": row["capital"],
                                          "name_ar": (_split(row["capital_ar"]) or [""])[0],
                                          "wikidata": None})
        out += [(a, capital) for a in _split(row["capital_ar"])]
        adjectives = _split(row["demonym_ar"])
        demonym = Entry(kind="demonym", **{**base, "type": "NORP"})
        people = Entry(kind="people", **{**base, "type": "NORP"})
        for adj in adjectives:
            if adj.endswith("ي"):  # an adjective (or a spelling of it): inflect
                out += [(f, people if f.endswith(("ون", "ين")) and f != adj else demonym)
                        for f in demonym_forms(adj)]
            else:  # irregular plurals (روس, أتراك) name the people
                out.append((adj, people))
    return out


def _row_entry(row: dict[str, str], table: str, kind: str) -> Entry:
    """The entry of one row of a table of named referents (people, clubs, misc ...)."""
    return Entry(name=row["name"], type=row["type"], kind=kind, name_ar=_split(row["aliases"])[0],
                 wikidata=row.get("wikidata") or None, country=row.get("country") or None,
                 role=row.get("role") or None, group=table)


def named_entries() -> list[tuple[str, Entry]]:
    """(alias, entry) for every row of the named tables (kind ``named``)."""
    out = []
    for table in NAMED_TABLES:
        for row in _rows(table):
            entry = _row_entry(row, table, "named")
            out += [(a, entry) for a in _split(row["aliases"])]
    return out + _club_house_forms(out)


#: The word before a club's name that says it is the club (نادي الخليج).
CLUB_WORD = "نادي"


def _club_house_forms(named: list[tuple[str, Entry]]) -> list[tuple[str, Entry]]:
    """``نادي X`` for a club listed as X and its nationality (الخليج السعودي → نادي الخليج), where no
    other club is listed so (الوحدة السعودي, الوحدة الإماراتي: نادي الوحدة stays unread) and no row
    lists the form itself (نادي الاتحاد is Al Ittihad of Jeddah's); national teams (المنتخب القطري)
    are no clubs."""
    listed = {alias for alias, _ in named}
    forms: dict[str, set[Entry]] = {}
    for alias, entry in named:
        words = alias.split()
        if entry.group == "clubs" and "national" not in entry.name and len(words) == 2 and words[0].startswith("ال") \
                and words[1].startswith("ال") and words[1].endswith("ي"):
            forms.setdefault(f"{CLUB_WORD} {words[0]}", set()).add(entry)
    return [(form, next(iter(entries))) for form, entries in forms.items()
            if len(entries) == 1 and form not in listed]


def club_cued_entries() -> list[tuple[str, Entry]]:
    """(form, club) for the clubs' sport-only forms: a city or a common word that names the club
    only where the text speaks of sport (kind ``cued``; ``cued_home`` where the text must also name
    the club's country: the matcher makes them the club there and drops them elsewhere, see
    :mod:`khabar.entities.clubs`)."""
    out = []
    for row in _rows("clubs"):
        for kind in ("cued", "cued_home"):
            forms = _split(row.get(kind))
            if forms:
                entry = _row_entry(row, "clubs", kind)
                out += [(a, entry) for a in forms]
    return out


def group_cued_entries() -> list[tuple[str, Entry]]:
    """(form, group) for the armed groups' forms that are also common words (القاعدة: the base):
    the group only beside a cue (kind ``cued_group``: see :mod:`khabar.entities.groupcues`)."""
    out = []
    for row in _rows("armed_groups"):
        forms = _split(row.get("cued"))
        if forms:
            entry = _row_entry(row, "armed_groups", "cued_group")
            out += [(a, entry) for a in forms]
    return out


def misc_entries() -> list[tuple[str, Entry]]:
    """(alias, entry) for ``misc.tsv``: names the tagger reads as MISC features, never entities."""
    out = []
    for row in _rows("misc"):
        entry = _row_entry(row, "misc", "misc")
        out += [(a, entry) for a in _split(row["aliases"])]
    return out


def institution_entries() -> list[tuple[str, Entry]]:
    out = []
    for row in _rows("institutions"):
        entry = Entry(name=row["english"], type=row["type"], kind="institution", name_ar=row["head"],
                      group="institutions", alone=row["alone"] == "yes")
        out.append((row["head"], entry))
        if row["construct"]:
            out.append((row["construct"], Entry(name=row["english"], type=row["type"], kind="construct",
                                                name_ar=row["head"], group="institutions")))
    return out


def title_entries() -> list[tuple[str, Entry]]:
    return [(row["title"], Entry(name=row["title"], type="TITLE", kind="title", name_ar=row["title"],
                                 group="titles"))
            for row in _rows("titles")]


def press_names() -> dict[str, Entry | None]:
    """An outlet's name after the press noun of its alias (``press_nouns.txt``: صحيفة الرياض →
    الرياض) -> the outlet; None where two outlets share it (صحيفة الوطن, صحيفة الوطن السعودية
    are one name only with their nationality)."""
    nouns = folded_word_list("press_nouns")
    out: dict[str, Entry | None] = {}
    for alias, entry in named_entries():
        noun, _, rest = alias.partition(" ")
        if entry.group == "media" and rest and fold(noun) in nouns:
            out[rest] = entry if out.get(rest, entry) == entry else None
    for rest, entry in out.items():  # (الوطن: also the start of the Saudi الوطن السعودية)
        if any(other.startswith(rest + " ") and out[other] != entry for other in out):
            out[rest] = None
    return out


@cache  # one per list: stopwords, ambiguous, honorifics, ... (a one-entry cache reread them in turn)
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line resource (``resources/lexicons/<name>.txt``)."""
    path = LEXICON_DIR / f"{name}.txt"
    return frozenset(w.strip() for w in data_lines(path.read_text(encoding="utf-8")))


@cache
def folded_word_list(name: str) -> frozenset[str]:
    """:func:`word_list` folded (:func:`~khabar.entities.keys.fold`), for lookups of folded words."""
    return frozenset(map(fold, word_list(name)))


@lru_cache(maxsize=1)
def compound_name_words() -> dict[str, frozenset[str]]:
    """Folded words of compound given names by their place in one (``compound_names.tsv``): first
    (عبد, أبو) and second (الدين)."""
    rows = table_records("compound_names")
    return {part: frozenset(fold(row["word"] or "") for row in rows if row["part"] == part)
            for part in ("first", "second")}
