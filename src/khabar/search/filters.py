"""``SearchFilters`` and the SQL they stand for: the article filters every list shares (outlet,
dates, entities, speaker, place, event category, byline, a missing field, chosen articles, one
story), and the event conditions of /events, the pairs and the export (category, where, actor)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.datafiles import tsv_rows
from khabar.search.dates import date_bound
from khabar.search.keys import LATIN_NAME, country_codes, entity_names, named_keys, speaker_quotes_sql
from khabar.search.names import add_arabic_spellings
from khabar.search.outlets import outlets_named
from khabar.search.query import Query, QueryError, parse_query
from khabar.search.schema import SOURCE_OUTLET_SQL, sql_marks, words_like
from khabar.towns import english_city_names

#: Article ids one ``ids`` filter takes (each is an SQL parameter; SQLite allows 32,766 a statement).
MAX_IDS = 1000


@dataclass
class SearchFilters:
    """Restrict hits; every given filter must hold.  Values are matched exactly."""

    outlet: str | None = None
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    date_to: str | None = None
    entity: str | None = None  # entity key (wikidata id or TYPE:name), name or Arabic name; A + B both
    speaker: str | None = None  # a quoted speaker: entity key, name, Arabic name or the words used
    place: str | None = None  # place name, Arabic name, the words used, or ISO country code
    category: str | None = None  # event PLOVER category or CAMEO code (prefix: 2 digits = root)
    byline: str | None = None  # words of the byline, in order (a reporter's name, without the city)
    missing: str | None = None  # a page field or facts the article lacks: byline, dateline, ..., events (MISSING)
    ids: str | None = None  # article ids or unique prefixes, separated by commas or spaces (chosen_ids)
    same_story: str | None = None  # an article id or prefix: it and the stored articles telling its story

    def active(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


#: The page fields and facts ``SearchFilters.missing`` takes: the condition on ``articles`` an
#: article lacking it meets (a data-quality check: which articles have no byline, no dateline, no
#: date; in which the analysis found no event, no quotation: the newest of them first to read).
MISSING = {
    "byline": "byline IS NULL OR byline = ''",
    "dateline": "json_extract(analysis, '$.dateline') IS NULL",
    "published": "published IS NULL",
    "headline": "headline IS NULL OR headline = ''",
    "outlet": "outlet IS NULL OR outlet = ''",
    **{facts: f"NOT EXISTS (SELECT 1 FROM {facts} f WHERE f.article_id = articles.id)"
       for facts in ("entities", "quotes", "times", "places", "events")},
}


def _keys_sql(conn: sqlite3.Connection, name: str) -> tuple[str, list[str]]:
    """``key IN (...)`` for the entities ``name`` stands for, resolved by :func:`named_keys` (Latin
    words of English names too: Mattis, Trump)."""
    keys = named_keys(conn, name)
    return f"IN ({','.join('?' * len(keys))})", keys


def filter_sql(filters: SearchFilters | None, column: str = "d.article_id", *,
               conn: sqlite3.Connection) -> tuple[str, list[Any]]:
    """SQL conditions on the article id ``column`` for the given filters, and their parameters;
    entity and speaker names are resolved on ``conn`` first, Latin words of English names included."""
    if not filters:
        return "", []
    conds, params = [], []
    if filters.outlet:
        outlets = outlets_named(conn, filters.outlet)
        # by the outlet stored, or by the one the record named (a paper stored by its printed name
        # is still in its collection: saudinewsnet keeps عين اليوم's articles)
        conds.append(f"(d.article_id IN (SELECT article_id FROM search_doc WHERE outlet IN ({sql_marks(outlets)})) "
                     f"OR d.article_id IN (SELECT id FROM articles WHERE {SOURCE_OUTLET_SQL} IN ({sql_marks(outlets)})))")
        params += outlets + outlets
    low = date_bound(filters.date_from, "date_from", upper=False) if filters.date_from else None
    high = date_bound(filters.date_to, "date_to", upper=True) if filters.date_to else None
    if low:
        conds.append("d.article_id IN (SELECT article_id FROM search_doc WHERE published >= ?)")
        params.append(low)
    if high:
        conds.append("d.article_id IN (SELECT article_id FROM search_doc WHERE published < ?)")
        params.append(high)
    if low and high and low > high:
        # swapped bounds keep nothing: say so rather than answer "0 articles" to a typo
        raise QueryError(f"date_from {filters.date_from} is after date_to {filters.date_to}")
    for entity in entity_names(filters.entity):  # محمد بن سلمان + ترامب: articles naming both
        keys, key_params = _keys_sql(conn, entity)
        conds.append(f"d.article_id IN (SELECT article_id FROM entities WHERE key {keys})")
        params += key_params
    if filters.speaker:
        speaker_where, speaker_params = speaker_quotes_sql(conn, filters.speaker, quote="sq")
        conds.append(f"d.article_id IN (SELECT sq.article_id FROM quotes sq WHERE {speaker_where})")
        params += speaker_params
    if filters.place:
        place_where, place_params = place_sql(conn, filters.place)
        conds.append(f"d.article_id IN (SELECT article_id FROM places WHERE {place_where})")
        params += place_params
    if filters.category:
        category_where, category_params = category_sql(filters.category)
        conds.append(f"d.article_id IN (SELECT article_id FROM events WHERE {category_where})")
        params += category_params
    if filters.byline:  # read off the byline index alone (it holds the id)
        conds.append("d.article_id IN (SELECT id FROM articles WHERE byline LIKE ? ESCAPE '\\')")
        params.append(words_like(filters.byline))
    if filters.missing:
        lacking = MISSING.get(filters.missing.strip().lower())
        if lacking is None:
            raise QueryError(f"missing={filters.missing!r} is no page field or fact: one of {', '.join(MISSING)}")
        conds.append(f"d.article_id IN (SELECT id FROM articles WHERE {lacking})")
    if filters.ids:
        chosen = chosen_ids(conn, filters.ids)
        conds.append(f"d.article_id IN ({sql_marks(chosen)})")
        params += chosen
    if filters.same_story:
        story = story_ids(conn, filters.same_story)
        conds.append(f"d.article_id IN ({sql_marks(story)})")
        params += story
    return "".join(" AND " + c.replace("d.article_id", column) for c in conds), params


def one_article_id(conn: sqlite3.Connection, prefix: str) -> str:
    """The stored id ``prefix`` is, or the one stored id it starts (as ``khabar show`` takes ids);
    else a :class:`QueryError` naming it (no stored article, or an ambiguous prefix and its ids), in
    the words ``khabar show`` and the API use."""
    from khabar.store.db import resolve_article_id, unresolved_id_message  # the store imports this module

    found = resolve_article_id(conn, prefix)
    if len(found) != 1:
        raise QueryError(unresolved_id_message(prefix, found))
    return found[0]


def chosen_ids(conn: sqlite3.Connection, ids: str) -> list[str]:
    """The stored articles ``ids`` names: the whole value when it is one stored id, else each of its
    words (split at commas and spaces) as an id or unique prefix; one that names no single article
    is a :class:`QueryError` naming it (an export of a list of articles should not quietly lack one)."""
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (ids.strip(),)).fetchone():
        return [ids.strip()]
    words = [w for w in re.split(r"[,\s]+", ids) if w]
    if not words:
        raise QueryError("ids: give article ids, separated by commas or spaces")
    if len(words) > MAX_IDS:
        raise QueryError(f"ids: {len(words)} ids, at most {MAX_IDS} at once")
    return list(dict.fromkeys(one_article_id(conn, w) for w in words))


def story_ids(conn: sqlite3.Connection, article_id: str) -> list[str]:
    """The article ``article_id`` (an id or unique prefix) and the stored articles telling the
    same story (near-duplicates: :func:`khabar.store.duplicates.same_story`, as many as it compares)."""
    from khabar.store.duplicates import CANDIDATES, same_story  # the store's reading of the index

    own = one_article_id(conn, article_id.strip())
    return [own, *(item["article_id"] for item in same_story(conn, own, CANDIDATES))]


#: A place named with its country after a comma (Latin or Arabic): Tripoli, LB; طرابلس، ليبيا.
#: The parts hold no comma, so the match is linear (a lazy part before \s* took time growing as the square of
#: a run of spaces: 20,000 in a URL, 3 s a request).
_IN_COUNTRY = re.compile(r"(?P<place>[^,،]+)[,،](?P<country>[^,،]+)")


def place_sql(conn: sqlite3.Connection, place: str, table: str = "") -> tuple[str, list[str]]:
    """The condition keeping the rows of the places table (aliased ``table``) that are ``place``:
    its English name, Arabic name or the words used; a country named (Tunisia, tunisia, تونس, TN)
    is also every place in it (القيروان), and a big city named in Latin letters the store may not
    (Tunis) is also its Arabic names.  A place named with its country after a comma (``Tripoli, LB``,
    ``طرابلس، لبنان``: the country's code or name) is that place in that country alone: Tripoli in
    Lebanon, not in Libya; a value whose part after the comma is no country is read whole."""
    column = f"{table}." if table else ""
    qualified = place_in_country(conn, place)
    if qualified:
        named, within = qualified
        place_where, params = place_sql(conn, named, table)
        return f"({place_where} AND {column}country IN ({sql_marks(within)}))", [*params, *within]
    codes = country_codes(conn, place)
    names = [place, *english_city_names().get(place.lower(), ())] if LATIN_NAME.match(place) else [place]
    return (f"({column}name = ? OR {column}name_ar IN ({sql_marks(names)}) OR {column}text IN ({sql_marks(names)}) "
            f"OR {column}country IN ({sql_marks(codes)}))", [place, *names, *names, *codes])


def place_in_country(conn: sqlite3.Connection, place: str) -> tuple[str, list[str]] | None:
    """(the place, its country's codes) of a place named with its country after a comma (``Tripoli,
    LB``, ``طرابلس، لبنان``), None when ``place`` is not so written or the part after the comma
    names no country."""
    qualified = _IN_COUNTRY.fullmatch(place)
    named, country = (qualified["place"].strip(), qualified["country"].strip()) if qualified else ("", "")
    codes = country_codes(conn, country) if named and country else []
    return (named, codes) if codes else None


def place_value(name: str, country: str | None, feature: str | None) -> str:
    """What the place filter takes for one resolved place alone (its English ``name``, ``country``
    code and gazetteer ``feature``): ``Tripoli, LB``, not ``Tripoli`` (Libya's too); a country, or a
    place of no country, by its name."""
    return f"{name}, {country}" if country and feature != "country" else name


def said_sql(conn: sqlite3.Connection, says: str, column: str) -> tuple[Query, str, list[str]]:
    """The query ``says`` as quotations and event sentences are matched (English names with their
    Arabic spellings; a malformed one raises :class:`QueryError`), and the condition keeping the rows
    whose article (its id in ``column``) the full-text index finds it in: one indexed lookup, after
    which each row's own text is read with :meth:`Query.holds`, since the index holds whole articles.
    Its excluded words are left out of the condition: they exclude a quotation or sentence, not its
    article."""
    query = add_arabic_spellings(conn, parse_query(says))
    return query, (f"{column} IN (SELECT d.article_id FROM search_fts JOIN search_doc d ON d.rowid = "
                   "search_fts.rowid WHERE search_fts MATCH ?)"), [query.fts(excluding=False)]


def event_place_sql(conn: sqlite3.Connection, place: str, events: str = "ev") -> tuple[str, list[str]]:
    """The condition keeping the events (of the table aliased ``events``) that happened at ``place``
    (named as :func:`place_sql` reads it): the events stage's ``where``, the place introduced as a
    location in the event's sentence (في البوكمال), is that place or in it.  ``where`` holds the
    place's name; the place record behind it is the one of the same paragraph so named (as
    khabar.events.export reads it), which gives its Arabic name and country.  The article filter
    ``place`` differs: it keeps every event of an article that merely mentions the place."""
    place_where, params = place_sql(conn, place, "p")
    return (f"{events}.rowid IN (SELECT x.rowid FROM events x JOIN places p ON p.article_id = x.article_id "
            "AND p.field = x.field AND p.paragraph = x.paragraph AND x.where_value IN (p.name, p.text) "
            f"WHERE x.where_value IS NOT NULL AND {place_where})", params)


@lru_cache(maxsize=1)
def plover_categories() -> tuple[str, ...]:
    """The PLOVER categories events are coded with: the events stage's CAMEO table
    (events/resources/cameo_roots.tsv), read as data, not by importing the stage."""
    table = Path(__file__).parents[1] / "events" / "resources" / "cameo_roots.tsv"
    return tuple(sorted({row[3].strip() for row in tsv_rows(table.read_text(encoding="utf-8"))} - {"-"}))


def category_sql(category: str, events: str = "") -> tuple[str, list[str]]:
    """The condition keeping the events (of the table aliased ``events``) of one PLOVER category
    (any case: protest is PROTEST) or CAMEO code prefix (digits: 19 is every fight), and its
    parameters; anything else is a :class:`QueryError` naming it, not an empty answer."""
    column = f"{events}." if events else ""
    if category.isdigit() and len(category) <= 4:
        return f"{column}cameo LIKE ?", [category + "%"]
    if category.upper() in plover_categories():
        return f"{column}plover = ?", [category.upper()]
    raise QueryError(f"category {category!r} is no event category: a PLOVER category "
                     f"({', '.join(plover_categories())}) or a CAMEO code (digits: 19, 190)")


def event_sql(conn: sqlite3.Connection, category: str | None, where: str | None,
              events: str = "ev") -> tuple[list[str], list[str]]:
    """The conditions keeping the events (of the table aliased ``events``) of one ``category``
    (:func:`category_sql`) that happened ``where`` (:func:`event_place_sql`), either one None for
    any, and their parameters: /events, the pairs and the export choose their events alike."""
    conds: list[str] = []
    params: list[str] = []
    if category:
        category_where, params = category_sql(category, events)
        conds.append(category_where)
    if where:
        where_cond, where_params = event_place_sql(conn, where, events)
        conds.append(where_cond)
        params += where_params
    return conds, params


def actor_sql(conn: sqlite3.Connection, name: str, roles: tuple[str, ...]) -> tuple[str, list[str]]:
    """A condition keeping the events whose ``roles`` (source, target) is ``name``: the words used,
    or an entity it names (:func:`named_keys`), for /events and the pairs (``ev`` the events
    table).  Indexed lookups (events_source_text, events_target_text; the entities by key, then the
    events of those articles), not a correlated test of every event: 3.2 s in 9,500 articles."""
    keys = named_keys(conn, name)
    texts = " UNION ".join(f"SELECT rowid FROM events WHERE {role}_text = ?" for role in roles)
    entities = ", ".join(f"x.{role}_entity" for role in roles)
    # A country named (Israel, إسرائيل, IL) is also its agents the events coded with it: الجيش
    # الإسرائيلي is source IL/MIL, as CAMEO's ISRMIL is an ISR actor.
    codes = country_codes(conn, name)
    countries = "".join(f" UNION SELECT rowid FROM events WHERE {role}_country IN ({sql_marks(codes)})"
                        for role in roles) if codes else ""
    return (f"ev.rowid IN ({texts} UNION SELECT x.rowid FROM entities y JOIN events x ON x.article_id = "
            f"y.article_id AND y.entity_id IN ({entities}) WHERE y.key IN ({sql_marks(keys)}){countries})",
            [name] * len(roles) + keys + codes * len(roles))

