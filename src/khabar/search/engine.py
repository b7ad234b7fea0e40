"""``search(db, query, filters, limit, offset)``: ranked, filtered full-text search over the store."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from khabar.datafiles import tsv_rows
from khabar.search.dates import date_bound
from khabar.search.index import BM25_WEIGHTS, sync_index
from khabar.search.names import add_arabic_spellings, fold_name
from khabar.search.outlets import outlets_named
from khabar.search.query import Query, QueryError, parse_query
from khabar.search.schema import NAME_FOLDS, SOURCE_OUTLET_SQL, folded_sql, sql_marks, words_like
from khabar.search.snippets import Snippet, best_snippet
from khabar.towns import english_city_names

MAX_LIMIT = 100
MAX_OFFSET = 10_000
#: Article ids one ``ids`` filter takes (each is an SQL parameter; SQLite allows 32,766 a statement).
MAX_IDS = 1000
#: Above this many matches, headline matches are ranked first (a tier), then the rest.
TIERED_ABOVE = 3000
#: Facets are counted over at most this many matches (index order), to keep pages fast.
FACET_SAMPLE = 2000


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
    **{facts: f"NOT EXISTS (SELECT 1 FROM {facts} f WHERE f.article_id = articles.id)"
       for facts in ("entities", "quotes", "times", "places", "events")},
}


@dataclass
class SearchHit:
    article_id: str
    score: float
    headline: str | None
    outlet: str | None
    published: str | None
    snippet: Snippet | None = None
    url: str | None = None  # the page's address, when the input had one

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "snippet"}
        out["snippet"] = self.snippet.to_dict() if self.snippet else None
        return out


@dataclass
class SearchResult:
    query: str
    total: int
    limit: int
    offset: int
    hits: list[SearchHit] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "limit": self.limit, "offset": self.offset,
                "hits": [h.to_dict() for h in self.hits]}


#: The entity keys a user's name stands for (parameters: :func:`named_keys_params`): a key, an English
#: name, an Arabic name or words some article used for the entity (لافروف alone stands for Sergey
#: Lavrov), the Arabic folded so hamza and vowel marks need not be typed (:data:`NAME_FOLDS`).
#: Every branch is one indexed lookup.
NAMED_KEYS_SQL = (
    "SELECT key FROM entities WHERE key = ? UNION SELECT key FROM entities WHERE name = ? "
    f"UNION SELECT key FROM entities WHERE {folded_sql('name_ar')} = ? UNION SELECT x.key FROM mentions m "
    "JOIN entities x ON x.article_id = m.article_id AND x.entity_id = m.entity_id "
    f"WHERE {folded_sql('m.text')} = ?")


def named_keys_params(name: str) -> list[str]:
    """The parameters of :data:`NAMED_KEYS_SQL` for a name as a user typed it."""
    folded = fold_name(name)
    return [name, name, folded, folded]


#: Latin-script names (LIKE wildcards excluded: they are not letters).
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z'. -]*$")


def named_keys(conn: sqlite3.Connection, name: str) -> list[str]:
    """The entity keys a user's ``name`` stands for: a key, an English or Arabic name, or words some
    article used for the entity (لافروف alone finds Sergey Lavrov), hamza and vowel marks optional
    (indexed lookups); failing those, Latin words that are whole words of English names (Trump,
    Houthi for Houthis), found by one pass over the distinct names, or the last words of an Arabic
    name (بن سلمان: :func:`_trailing_name_keys`); a big city's English name (Tunis) is first the
    places its Arabic names name."""
    keys = [r[0] for r in conn.execute(NAMED_KEYS_SQL, named_keys_params(name))]
    if keys:
        return keys
    if not _LATIN_NAME.match(name):
        return _trailing_name_keys(conn, name)
    # An English name in another case (saudi arabia) is that name, as typed right, not every name
    # holding its words (the Embassy of Saudi Arabia too). LIKE without wildcards ignores ASCII case.
    keys = [r[0] for r in conn.execute("SELECT DISTINCT key FROM entities WHERE name LIKE ?", (name,))]
    if keys:
        return keys
    # A big city named in Latin letters no entity's English name spells (Tunis, where the store
    # resolved تونس as the country) is the place its Arabic names name, not the bodies whose
    # names hold the word (Tunis Afrique Presse, Espérance de Tunis).  Places only: the Arabic
    # names of geonames hold some other words (الجزيره among those of Algiers).
    arabic = [fold_name(a) for a in english_city_names().get(name.lower(), ())]
    if arabic:
        keys = [r[0] for r in conn.execute(
            f"SELECT DISTINCT key FROM entities WHERE {folded_sql('name_ar')} IN ({sql_marks(arabic)}) "
            "AND type IN ('GPE', 'LOC')", arabic)]
        if keys:
            return keys
    words = " ".join(name.replace("-", " ").split())
    # A hyphen joins words of a name (el-Sisi, al-Abadi): Sisi is a word of it as much as Trump.
    names = [r[0] for r in conn.execute(
        "SELECT DISTINCT name FROM entities WHERE ' ' || replace(name, '-', ' ') || ' ' LIKE ? "
        "OR ' ' || replace(name, '-', ' ') || ' ' LIKE ?", (f"% {words} %", f"% {words}s %"))]
    return [r[0] for r in conn.execute(f"SELECT DISTINCT key FROM entities WHERE name IN ({sql_marks(names)})",
                                       names)]


def _trailing_name_keys(conn: sqlite3.Connection, name: str) -> list[str]:
    """The keys of entities whose Arabic name ends with the words of ``name``, when it has two or
    more: the part of a name users type for the whole (بن سلمان for محمد بن سلمان, عبد الله الثاني),
    hamza and vowel marks optional.  One pass over the distinct many-word names, only after the
    indexed lookups found nothing."""
    words = fold_name(name).split()
    if len(words) < 2:
        return []
    tail = " " + " ".join(words)
    names = [n for (n,) in conn.execute("SELECT DISTINCT name_ar FROM entities WHERE name_ar LIKE '% %'")
             if (" " + " ".join(fold_name(n).split())).endswith(tail)]
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT key FROM entities WHERE name_ar IN ({sql_marks(names)})", names)]


#: The letters name folding writes for others (أ إ آ ٱ as ا, ى as ي, ة as ه): a folded name's
#: other letters stand as written in the stored text.
_FOLDED_TO = "".join(sorted({folded for _, folded in NAME_FOLDS if folded}))


def speaker_quotes_sql(conn: sqlite3.Connection, speaker: str, quote: str = "q") -> tuple[str, list[str]]:
    """A condition on quotations aliased ``quote`` keeping those of ``speaker`` (its entity by
    :func:`named_keys`, or the words an article used for it) and its parameters.  Indexed
    (quotes_speaker_text; the entities by key, then quotes_speaker), not an OR over a join of
    quotes and entities, which scanned every quotation: 2.5 s for one speaker in 9,500 articles."""
    keys = named_keys(conn, speaker)
    if not keys and len(fold_name(speaker).replace(" ", "")) >= 3:
        # no entity of that name: the unnamed speakers whose words hold it from a word's start,
        # with or without the article (مصدر: مصدر أمني, المصدران, أحد المصدرين; not تعليم for
        # علي), hamza and vowel marks optional: one scan of the speaker words, only when no entity answered
        folded = fold_name(speaker)
        words, spoken = words_like(folded)[1:], f"' ' || {folded_sql('speaker_text')}"
        # folding every speaker's words is slow (17 replace() a row): first keep those holding the
        # longest run of the name's letters that folding leaves as written (مصدر; سؤول of مسؤول)
        core = max(re.split(f"[{_FOLDED_TO}\\s]+", folded), key=len)
        return (f"{quote}.rowid IN (SELECT rowid FROM quotes WHERE speaker_text = ? OR speaker_text LIKE ? "
                f"ESCAPE '\\' AND ({spoken} LIKE ? ESCAPE '\\' OR {spoken} LIKE ? ESCAPE '\\'))",
                [speaker, words_like(core), "% " + words, "% ال" + words])
    return (f"{quote}.rowid IN (SELECT rowid FROM quotes WHERE speaker_text = ? UNION SELECT x.rowid "
            "FROM entities y JOIN quotes x ON x.article_id = y.article_id AND x.speaker_entity = "
            f"y.entity_id WHERE y.key IN ({sql_marks(keys)}))", [speaker, *keys])


def entity_names(value: str | None) -> list[str]:
    """The entities an entity filter names: one, or several joined by + (all of them, in one
    article: a conflict analyst's two actors), blank parts left out."""
    return [part.strip() for part in (value or "").split("+") if part.strip()]


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


def place_sql(conn: sqlite3.Connection, place: str, table: str = "") -> tuple[str, list[str]]:
    """The condition keeping the rows of the places table (aliased ``table``) that are ``place``:
    its English name, Arabic name or the words used; a country named (Tunisia, tunisia, تونس, TN)
    is also every place in it (القيروان), and a big city named in Latin letters the store may not
    (Tunis) is also its Arabic names."""
    column = f"{table}." if table else ""
    codes = country_codes(conn, place)
    names = [place, *english_city_names().get(place.lower(), ())] if _LATIN_NAME.match(place) else [place]
    return (f"({column}name = ? OR {column}name_ar IN ({sql_marks(names)}) OR {column}text IN ({sql_marks(names)}) "
            f"OR {column}country IN ({sql_marks(codes)}))", [place, *names, *names, *codes])


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


def country_codes(conn: sqlite3.Connection, name: str) -> list[str]:
    """The ISO codes of the country ``name`` is (its code, or its English or Arabic name as the
    places of the store resolved it), English in any case, hamza and vowel marks optional; [] for
    any other name.  The place filter and the API's actors decide alike."""
    if len(name) == 2 and name.isascii() and name.isalpha() and name.isupper():
        return [name]
    folded, lower = fold_name(name), name.lower()
    rows = conn.execute("SELECT DISTINCT name, name_ar, country FROM places WHERE feature = 'country' "
                        "AND country IS NOT NULL")  # one pass; the countries a store names are few
    return sorted({code for en, ar, code in rows if (en or "").lower() == lower or fold_name(ar or "") == folded})


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}")


def _sync_if_writable(conn: sqlite3.Connection) -> None:
    try:
        if conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone():
            sync_index(conn)
    except sqlite3.OperationalError as exc:  # a read-only connection searches what is indexed
        if "readonly" not in str(exc):
            raise


def _count(db: sqlite3.Connection, match: str, restrict: str, params: list[Any]) -> int:
    return db.execute(f"SELECT count(*) FROM search_fts WHERE search_fts MATCH ?{restrict}",
                      [match, *params]).fetchone()[0]


def _ranked(db: sqlite3.Connection, match: str, restrict: str, params: list[Any], limit: int,
            offset: int) -> list[tuple[str, float]]:
    """(article id, bm25) best first.  Ranks inside FTS5 and joins the page only: joining before
    ORDER BY would cost a row per match."""
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    return db.execute(
        f"SELECT d.article_id, r.rank FROM (SELECT rowid, bm25(search_fts, {weights}) AS rank "
        f"FROM search_fts WHERE search_fts MATCH ?{restrict} ORDER BY rank LIMIT ? OFFSET ?) r "
        "JOIN search_doc d ON d.rowid = r.rowid ORDER BY r.rank", [match, *params, limit, offset]).fetchall()


def _by_date(db: sqlite3.Connection, match: str, where: str, params: list[Any], limit: int, offset: int,
             oldest: bool) -> list[tuple[str, float]]:
    """(article id, bm25) by publication date (undated articles last), then id: every match is
    sorted, which the search_doc index on the date keeps cheap."""
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    order = "ASC" if oldest else "DESC"
    return db.execute(
        f"SELECT d.article_id, bm25(search_fts, {weights}) FROM search_fts JOIN search_doc d ON d.rowid = "
        f"search_fts.rowid WHERE search_fts MATCH ?{where} ORDER BY d.published IS NULL, d.published {order}, "
        "d.article_id LIMIT ? OFFSET ?", [match, *params, limit, offset]).fetchall()


def _ranked_tiers(db: sqlite3.Connection, match: str, restrict: str, params: list[Any], limit: int,
                  offset: int) -> list[tuple[str, float]]:
    """Ranking for huge result sets: articles matching in the headline first, then the rest, each
    tier by bm25.  bm25 costs a few microseconds per match; ranking a common word's 20,000
    matches at once would take most of a page's time budget, and a headline match is what a
    reader of such a broad query wants first anyway."""
    head = f"{{headline}} : ({match})"
    n_head = _count(db, head, restrict, params) if offset else 0  # the first page needs no count
    rows = _ranked(db, head, restrict, params, limit, offset) if offset <= n_head else []
    if len(rows) < limit:
        rest = f"({match}) NOT ({head})"
        rows += _ranked(db, rest, restrict, params, limit - len(rows), max(0, offset - n_head))
    return rows


#: The orders of search hits: by bm25 (with headline hits first for huge result sets), or by
#: publication date, newest or oldest first (the first report of a story).
SORTS = ("relevance", "newest", "oldest")


def search(db: sqlite3.Connection, query: str | Query, filters: SearchFilters | None = None,
           limit: int = 20, offset: int = 0, snippets: bool = True, sort: str = "relevance") -> SearchResult:
    """Articles matching ``query`` (all words; "phrases"), best first (bm25), or by date with
    ``sort`` (:data:`SORTS`), with snippets.

    When more than :data:`TIERED_ABOVE` articles match, those matching in the headline come
    first (see :func:`_ranked_tiers`).  Raises :class:`~khabar.search.query.QueryError` for a
    query, filter or sort that cannot be used.
    """
    if sort not in SORTS:
        raise QueryError(f"sort {sort!r} is no order of hits: {', '.join(SORTS)}")
    q = add_arabic_spellings(db, query if isinstance(query, Query) else parse_query(query))
    _check_page(limit, offset)
    where, params = filter_sql(filters, conn=db)
    _sync_if_writable(db)
    match = q.fts()
    restrict = f" AND rowid IN (SELECT d.rowid FROM search_doc d WHERE 1{where})" if where else ""
    total = _count(db, match, restrict, params)
    if sort != "relevance":
        rows = _by_date(db, match, where, params, limit, offset, oldest=sort == "oldest")
    else:
        rank = _ranked_tiers if total > TIERED_ABOVE else _ranked
        rows = rank(db, match, restrict, params, limit, offset)
    result = SearchResult(q.text, total, limit, offset)
    if not rows:
        return result
    result.hits = article_hits(db, rows, q, snippets)
    return result


def article_hits(db: sqlite3.Connection, ranked: list[tuple[str, float]], q: Query | None,
                 snippets: bool = True) -> list[SearchHit]:
    """The hits of the articles ``ranked`` as (id, bm25 rank), in that order: headline, outlet,
    date and address in one lookup, and with ``snippets`` the passage best matching ``q`` (none
    without a query)."""
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    meta = {r[0]: r[1:] for r in db.execute(
        f"SELECT id, headline, outlet, published, analysis, source_url FROM articles WHERE id IN "
        f"({','.join('?' * len(ids))})", ids)}
    hits = []
    for article_id, rank in ranked:
        headline, outlet, published, analysis, url = meta[article_id]
        snippet = best_snippet(json.loads(analysis), q) if snippets and q else None
        hits.append(SearchHit(article_id, round(-rank, 4), headline, outlet, published, snippet, url))
    return hits


def newest_matches(db: sqlite3.Connection, query: str | Query | None, filters: SearchFilters | None = None,
                   limit: int = 50) -> list[str]:
    """The ids of the ``limit`` newest articles matching ``query`` under ``filters`` (what a feed of
    a saved search shows: new articles, whatever their bm25 rank); with no query, the newest the
    filters keep (a feed of an outlet, a place, a speaker)."""
    _check_page(limit, 0)
    if query is None:
        where, params = filter_sql(filters, column="id", conn=db)
        return [r[0] for r in db.execute(f"SELECT id FROM articles WHERE 1{where} ORDER BY published DESC, id "
                                         "LIMIT ?", [*params, limit])]
    q = add_arabic_spellings(db, query if isinstance(query, Query) else parse_query(query))
    where, params = filter_sql(filters, conn=db)
    _sync_if_writable(db)
    rows = db.execute("SELECT d.article_id FROM search_fts JOIN search_doc d ON d.rowid = search_fts.rowid "
                      f"WHERE search_fts MATCH ?{where} ORDER BY d.published DESC, d.article_id LIMIT ?",
                      [q.fts(), *params, limit])
    return [r[0] for r in rows]


#: The day facet lists the matches' days when they fall on this many or fewer (else the months do).
DAYS_SHOWN = 31


def facets(db: sqlite3.Connection, query: str | Query, filters: SearchFilters | None = None,
           top: int = 8) -> dict[str, list[tuple[str, str, int]]]:
    """(value, label, count) per facet (outlet, month, entity, speaker, place, category: the ``top``
    most frequent; day: every day in date order, none past DAYS_SHOWN days) over the matches."""
    q = add_arabic_spellings(db, query if isinstance(query, Query) else parse_query(query))
    where, params = filter_sql(filters, conn=db)
    db.execute("DROP TABLE IF EXISTS temp.facet_hits")
    db.execute(
        "CREATE TEMP TABLE facet_hits AS SELECT d.article_id AS id, d.outlet, d.published FROM search_fts "
        f"JOIN search_doc d ON d.rowid = search_fts.rowid WHERE search_fts MATCH ?{where} LIMIT ?",
        [q.fts(), *params, FACET_SAMPLE])
    sql = {
        "outlet": "SELECT outlet, outlet, count(*) FROM facet_hits WHERE outlet IS NOT NULL GROUP BY outlet",
        "month": "SELECT substr(published, 1, 7), substr(published, 1, 7), count(*) FROM facet_hits "
                 "WHERE published IS NOT NULL GROUP BY 1",
        "entity": "SELECT key, coalesce(max(name_ar), max(name)), count(DISTINCT article_id) FROM entities "
                  "WHERE article_id IN (SELECT id FROM facet_hits) GROUP BY key",
        "speaker": "SELECT coalesce(e.key, q.speaker_text), coalesce(max(e.name_ar), max(e.name), "
                   "max(q.speaker_text)), count(DISTINCT q.article_id) FROM quotes q LEFT JOIN entities e "
                   "ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity "
                   "WHERE q.article_id IN (SELECT id FROM facet_hits) AND q.speaker_text IS NOT NULL GROUP BY 1",
        "place": "SELECT coalesce(name, text), coalesce(max(name_ar), max(text)), count(DISTINCT article_id) "
                 "FROM places WHERE article_id IN (SELECT id FROM facet_hits) GROUP BY 1",
        "category": "SELECT coalesce(plover, substr(cameo, 1, 2)), coalesce(plover, substr(cameo, 1, 2)), "
                    "count(DISTINCT article_id) FROM events WHERE article_id IN (SELECT id FROM facet_hits) "
                    "GROUP BY 1",
    }
    out = {}
    for name, statement in sql.items():
        rows = db.execute(statement + " ORDER BY 3 DESC, 1 LIMIT ?", (top,)).fetchall()
        out[name] = [(str(v), str(label), n) for v, label, n in rows]
    # a story followed day by day: the matches' days in order, when they fall on a month's worth or fewer
    days = db.execute("SELECT substr(published, 1, 10), substr(published, 1, 10), count(*) FROM facet_hits "
                      "WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1 LIMIT ?", (DAYS_SHOWN + 1,)).fetchall()
    out["day"] = [(str(v), str(label), n) for v, label, n in days] if len(days) <= DAYS_SHOWN else []
    db.execute("DROP TABLE IF EXISTS temp.facet_hits")
    return out
