"""Read-only queries behind the HTTP API and the web pages (plain SQL over the store's tables)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from khabar.model import ENTITY_TYPES, Article, article_from_dict
from khabar.search.analyzer import terms
from khabar.search.filters import (
    SearchFilters,
    actor_sql,
    event_sql,
    filter_sql,
    place_sql,
    place_value,
    said_sql,
)
from khabar.search.keys import named_keys, quote_own_sql, speaker_quotes_sql
from khabar.search.names import fold_name
from khabar.search.query import QueryError
from khabar.search.schema import folded_sql, sql_marks, words_like


def get_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    row = conn.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
    return article_from_dict(json.loads(row[0])) if row else None


def get_raw(conn: sqlite3.Connection, article_id: str) -> str | None:
    row = conn.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


def article_rows(conn: sqlite3.Connection, filters: SearchFilters | None, limit: int,
                 offset: int) -> tuple[int, list[tuple[str, str]]]:
    """(total, (id, analysis as stored: compact JSON) of each) newest first, under the search
    filters: what /articles sends as it is, not parsed and written again (2.6 MB a page of 100)."""
    where, params = filter_sql(filters, column="id", conn=conn)
    base = f"FROM articles WHERE 1{where}"
    total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    rows = conn.execute(f"SELECT id, analysis {base} ORDER BY published DESC, id LIMIT ? OFFSET ?",
                        [*params, limit, offset])
    return total, rows.fetchall()


def list_articles(conn: sqlite3.Connection, filters: SearchFilters | None, limit: int,
                  offset: int) -> tuple[int, list[dict[str, Any]]]:
    """(total, analyze objects) newest first, under the search filters."""
    total, rows = article_rows(conn, filters, limit, offset)
    return total, [json.loads(analysis) for _, analysis in rows]


#: How to ask what a repeated parameter was meant to ask (read as its last value alone, outlet=A&outlet=B
#: would silently be B's articles).
_ONE_PARAMETER_FOR_MANY = {"outlet": "outlet=A,B for the articles of either outlet",
                           "entity": "entity=A %2B B for the articles naming both"}


def repeated_message(name: str) -> str:
    """The one-line refusal of a query parameter given more than once (the API and the web pages)."""
    hint = _ONE_PARAMETER_FOR_MANY.get(name)
    return f"parameter {name!r} given more than once: give it once" + (f" ({hint})" if hint else "")


def entity_name(conn: sqlite3.Connection, key: str) -> str | None:
    """An entity key's display name (Arabic when known), or None for a key no article has."""
    row = conn.execute("SELECT coalesce(max(name_ar), min(name)) FROM entities WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def entity_summary(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT key, min(name), max(name_ar), min(type), max(wikidata), count(DISTINCT article_id), "
        "sum(n_mentions) FROM entities WHERE key = ? GROUP BY key", (key,)).fetchone()
    if row is None:
        return None
    names_ar = [r[0] for r in conn.execute(
        "SELECT name_ar, count(*) AS n FROM entities WHERE key = ? AND name_ar IS NOT NULL "
        "GROUP BY name_ar ORDER BY n DESC LIMIT 5", (key,))]
    return {"key": row[0], "name": row[1], "name_ar": row[2], "type": row[3], "wikidata": row[4],
            "articles": row[5], "mentions": row[6], "names_ar": names_ar, "written": entity_written(conn, key),
            "roles": entity_roles(conn, key), "timeline": entity_timeline(conn, key),
            "said": quotes(conn, speaker_key=key, limit=50, offset=0)[1],
            "about": quotes_about(conn, key, limit=50)}


def entity_written(conn: sqlite3.Connection, key: str, limit: int = 20) -> list[dict[str, Any]]:
    """How the articles wrote an entity: its mentions' words (السعودية، المملكة، الرياض), most
    frequent first, each with its mentions and articles, to check what the linker gathered under
    one name."""
    rows = conn.execute(
        "SELECT m.text, count(*) AS n, count(DISTINCT m.article_id) FROM entities e JOIN mentions m "
        "ON m.article_id = e.article_id AND m.entity_id = e.entity_id WHERE e.key = ? "
        "GROUP BY m.text ORDER BY n DESC, m.text LIMIT ?", (key, limit))
    return [{"text": text, "mentions": n, "articles": articles} for text, n, articles in rows]


def entity_roles(conn: sqlite3.Connection, key: str, limit: int = 20) -> list[dict[str, Any]]:
    """The roles articles gave an entity (الرئيس الأمريكي، وزير الخارجية...), in order of first
    publication, each with its first and last date and its articles: a person's change of office
    over time, as the articles' appositions tell it."""
    rows = conn.execute(
        "SELECT e.role, min(a.published), max(a.published), count(DISTINCT e.article_id) FROM entities e "
        "JOIN articles a ON a.id = e.article_id WHERE e.key = ? AND e.role IS NOT NULL GROUP BY e.role "
        "ORDER BY min(a.published) IS NULL, min(a.published), e.role LIMIT ?", (key, limit))
    return [{"role": r[0], "first": r[1], "last": r[2], "articles": r[3]} for r in rows]


def entity_timeline(conn: sqlite3.Connection, key: str) -> list[dict[str, Any]]:
    """Mentions and quotations of an entity per month of publication."""
    mentions = Counter(dict(conn.execute(
        "SELECT substr(a.published, 1, 7), sum(e.n_mentions) FROM entities e JOIN articles a "
        "ON a.id = e.article_id WHERE e.key = ? AND a.published IS NOT NULL GROUP BY 1", (key,)).fetchall()))
    said = Counter(dict(conn.execute(
        "SELECT substr(a.published, 1, 7), count(*) FROM quotes q JOIN entities e ON e.article_id = "
        "q.article_id AND e.entity_id = q.speaker_entity JOIN articles a ON a.id = q.article_id "
        "WHERE e.key = ? AND a.published IS NOT NULL GROUP BY 1", (key,)).fetchall()))
    return [{"month": m, "mentions": mentions[m], "quotes": said[m]} for m in sorted(set(mentions) | set(said))]


def resolve_entity(conn: sqlite3.Connection, name: str) -> str | None:
    """The entity key ``name`` stands for (see :func:`named_keys`): the one in most articles, since a
    surname alone (ترامب) also names relatives; None when no entity is called so."""
    keys = named_keys(conn, name)
    if len(keys) <= 1:
        return keys[0] if keys else None
    row = conn.execute(f"SELECT key FROM entities WHERE key IN ({sql_marks(keys)}) GROUP BY key "
                       "ORDER BY count(DISTINCT article_id) DESC, key LIMIT 1", keys).fetchone()
    return row[0]


_QUOTE_COLUMNS = ("q.article_id, q.n, q.kind, q.cue, q.content, q.speaker_text, e.key, "
                  "coalesce(e.name_ar, e.name), q.when_value, q.field, q.paragraph, q.char_start, "
                  "q.char_end, a.published, a.headline, a.outlet, a.source_url")
_QUOTE_FROM = ("FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e "
               "ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity")


#: The keys of a quotation of /quotes (and the columns of its CSV).
QUOTE_KEYS = ("article_id", "n", "kind", "cue", "content", "speaker_text", "speaker_key", "speaker_name",
              "when", "field", "paragraph", "start", "end", "published", "headline", "outlet", "url")


def _quote(row: tuple) -> dict[str, Any]:
    return dict(zip(QUOTE_KEYS, row, strict=True))




#: The orders of a list of quotations: the newest first, or the oldest (a person's statements as a
#: timeline, the first one first); undated articles last either way.
QUOTE_ORDERS = {"newest": "ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.n",
                "oldest": "ORDER BY a.published IS NULL, a.published, q.article_id, q.n"}


def _quote_order(sort: str | None) -> str:
    """The ORDER BY of ``sort`` (newest when not given); another value is refused naming the orders."""
    if (sort or "newest") not in QUOTE_ORDERS:
        raise QueryError(f"sort {sort!r} is no order of quotations: {', '.join(QUOTE_ORDERS)}")
    return QUOTE_ORDERS[sort or "newest"]


def quotes(conn: sqlite3.Connection, speaker_key: str | None = None, limit: int = 20,
           offset: int = 0, speaker: str | None = None, filters: SearchFilters | None = None,
           says: str | None = None, kind: str | None = None,
           missing: str | None = None, sort: str | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(total, quotations) newest first, optionally of one speaker entity key, or of a ``speaker``
    given as users know them: entity key, English or Arabic name, or the words the article used;
    only from the articles the search ``filters`` keep (dates, outlet, place, entity...); and, with
    ``says``, only those whose content holds its words and "phrases" as a search would find them
    (الإرهاب finds والإرهابيين; a malformed query raises :class:`~khabar.search.QueryError`); of one
    ``kind`` (direct: words to cite verbatim) and lacking what ``missing`` names (:data:`~khabar.search.keys.QUOTE_MISSING`);
    ``sort`` oldest lists them the first first (:data:`QUOTE_ORDERS`)."""
    order = _quote_order(sort)
    where, params = ("WHERE e.key = ?", [speaker_key]) if speaker_key else ("WHERE 1", [])
    if speaker:
        speaker_where, params = speaker_quotes_sql(conn, speaker)
        where = "WHERE " + speaker_where
    own_conds, own_params = quote_own_sql(kind, missing)
    where, params = where + "".join(f" AND {cond}" for cond in own_conds), params + own_params
    article_where, article_params = filter_sql(filters, column="q.article_id", conn=conn)
    where, params = where + article_where, params + article_params
    if says:
        return _quotes_saying(conn, says, where, params, limit, offset, order)
    total = conn.execute(f"SELECT count(*) {_QUOTE_FROM} {where}", params).fetchone()[0]
    rows = conn.execute(f"SELECT {_QUOTE_COLUMNS} {_QUOTE_FROM} {where} {order} LIMIT ? OFFSET ?",
                        [*params, limit, offset])
    return total, [_quote(r) for r in rows]


def _quotes_saying(conn: sqlite3.Connection, says: str, where: str, params: list[Any], limit: int,
                   offset: int, order: str) -> tuple[int, list[dict[str, Any]]]:
    """The quotations under ``where`` whose content matches the query ``says``: the articles
    matching it in the full-text index first (one indexed lookup), then each of their quotations'
    content through the search analyzer, since the index holds whole articles, not quotations."""
    query, said, said_params = said_sql(conn, says, "q.article_id")
    rows = conn.execute(f"SELECT {_QUOTE_COLUMNS} {_QUOTE_FROM} {where} AND {said} {order}", [*params, *said_params])
    kept = [r for r in rows if query.holds(terms(r[4] or ""))]
    return len(kept), [_quote(r) for r in kept[offset:offset + limit]]


def quotes_about(conn: sqlite3.Connection, key: str, limit: int = 50) -> list[dict[str, Any]]:
    """Who said what about an entity: quotations whose content span holds one of its mentions."""
    rows = conn.execute(
        f"SELECT DISTINCT {_QUOTE_COLUMNS} {_QUOTE_FROM} JOIN mentions m ON m.article_id = q.article_id "
        "AND m.field = q.field AND m.paragraph = q.paragraph AND m.char_start >= q.char_start "
        "AND m.char_end <= q.char_end JOIN entities x ON x.article_id = m.article_id "
        "AND x.entity_id = m.entity_id WHERE x.key = ? AND coalesce(e.key, '') != ? "
        "ORDER BY a.published DESC LIMIT ?", (key, key, limit))
    return [_quote(r) for r in rows]


def events(conn: sqlite3.Connection, category: str | None = None, limit: int = 20,
           offset: int = 0, actor: str | None = None, filters: SearchFilters | None = None,
           source: str | None = None, target: str | None = None,
           where: str | None = None, says: str | None = None,
           negated: bool | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(total, events) newest first, optionally of one PLOVER category or CAMEO code prefix, of
    one ``actor`` (source or target: entity key, English or Arabic name, or the words used), of one
    ``source`` and one ``target`` (named the same ways: who did what to whom), that happened
    ``where`` (the event's own place, or a place in that country: :func:`~khabar.search.filters.event_place_sql`), and
    only from the articles the search ``filters`` keep (dates, outlet, entity, and ``place``: a
    place the article mentions anywhere); with ``says``, only those whose sentence holds its words
    and "phrases" as a search would find them (as :func:`quotes` reads ``says``); with ``negated``,
    only the events reported as not done (True: denials, refusals to act) or only the others."""
    article_where, params = filter_sql(filters, column="ev.article_id", conn=conn)
    conds = [article_where.removeprefix(" AND ")] if article_where else []
    event_conds, event_params = event_sql(conn, category, where)
    conds += event_conds
    params += event_params
    if negated is not None:
        conds.append("ev.negated = ?")
        params.append(int(negated))
    for name, roles in ((actor, ("source", "target")), (source, ("source",)), (target, ("target",))):
        if name:
            cond, cond_params = actor_sql(conn, name, roles)
            conds.append(cond)
            params += cond_params
    query = None
    if says:  # the articles the index finds first, then each event's own sentence
        query, said, said_params = said_sql(conn, says, "ev.article_id")
        conds.append(said)
        params += said_params
    sql_where = "WHERE " + " AND ".join(conds) if conds else ""
    order = "ORDER BY a.published DESC, ev.article_id, ev.n"
    if query is not None:  # every candidate's sentence read (the total), but only the page's rows built
        held: dict[str, bool] = {}  # a sentence of several events is read once
        kept = []
        for rowid, sentence in conn.execute(f"SELECT ev.rowid, coalesce(ev.sentence, '') FROM events ev JOIN "
                                            f"articles a ON a.id = ev.article_id {sql_where} {order}", params):
            if sentence not in held:
                held[sentence] = query.holds(terms(sentence))
            if held[sentence]:
                kept.append(rowid)
        total, page = len(kept), kept[offset:offset + limit]
        sql_where, params = f"WHERE ev.rowid IN ({sql_marks(page)})", page
    else:
        total = conn.execute(f"SELECT count(*) FROM events ev {sql_where}", params).fetchone()[0]
    cols = _EVENT_COLUMNS
    # with its article's outlet and address: where the claim was published, to cite it; and the
    # Arabic name of its place (where_value is the resolved, English name: Aleppo) as its article
    # resolved it, for the Arabic pages
    rows = conn.execute(f"SELECT {', '.join('ev.' + c for c in cols)}, a.published, a.headline, a.outlet, "
                        f"a.source_url, {_WHERE_AR} FROM events ev JOIN articles a ON a.id = ev.article_id "
                        f"{sql_where} {order}" + ("" if query else " LIMIT ? OFFSET ?"),
                        params if query else [*params, limit, offset])
    return total, [dict(zip(EVENT_KEYS, r, strict=True)) for r in rows]


#: An event's own columns, then its article's: the keys of an event of /events (and its CSV's columns).
_EVENT_COLUMNS = ("article_id", "n", "action", "cameo", "plover", "quad", "goldstein", "negated", "source_text",
                  "target_text", "claimed_by_text", "when_value", "where_value", "sentence", "field", "paragraph",
                  "char_start", "char_end")
EVENT_KEYS = (*_EVENT_COLUMNS, "published", "headline", "outlet", "url", "where_ar")

#: An event's place in Arabic: the name_ar of the place of its article that its where_value names
#: (one primary-key range of the article's places per event shown).
_WHERE_AR = ("(SELECT p.name_ar FROM places p WHERE p.article_id = ev.article_id AND p.name = ev.where_value "
             "AND p.name_ar IS NOT NULL LIMIT 1)")


def event_categories(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    return [tuple(r) for r in conn.execute(
        "SELECT coalesce(plover, substr(cameo, 1, 2)) AS c, count(*) AS n FROM events GROUP BY c "
        "ORDER BY n DESC")]


def places(conn: sqlite3.Connection, limit: int = 500, filters: SearchFilters | None = None,
           within: str | None = None) -> list[dict[str, Any]]:
    """Resolved places with coordinates, by how many articles mention them (of the articles the
    filters keep: the places of one week, one outlet), only those ``within`` a place when given (a
    country, named or by code: Libya's places, not every place its articles name; the filter
    ``place`` keeps articles, and so the other countries they mention); coordinates to 5 decimals
    (a metre; an average of equal floats is not always that float: 25.199999999999996).  A place is one
    gazetteer entry (its English name, country and geonames id), not one name: Tripoli in Libya and
    Tripoli in Lebanon are two rows, each with the ``place`` value the place filter takes for it alone
    (``Tripoli, LB``: :func:`~khabar.search.filters.place_value`)."""
    where, params = filter_sql(filters, column="article_id", conn=conn)
    if within:
        within_where, within_params = place_sql(conn, within)
        where, params = f" AND {within_where}{where}", [*within_params, *params]
    rows = conn.execute(
        "SELECT coalesce(name, text), max(name_ar), max(country), round(avg(lat), 5), round(avg(lon), 5), max(feature), "
        "count(DISTINCT article_id) AS n, count(*) FROM places WHERE lat IS NOT NULL AND lon IS NOT NULL"
        f"{where} GROUP BY 1, country, geonames_id ORDER BY n DESC, 1, 3 LIMIT ?", (*params, limit))
    keys = ("name", "name_ar", "country", "lat", "lon", "feature", "articles", "mentions")
    return [{**row, "place": place_value(row["name"], row["country"], row["feature"])}
            for row in (dict(zip(keys, r, strict=True)) for r in rows)]


def top_entities(conn: sqlite3.Connection, limit: int = 50, offset: int = 0, type_: str | None = None,
                 filters: SearchFilters | None = None, name: str | None = None) -> tuple[int, list[dict[str, Any]]]:
    """(how many entities, one page of them) by number of articles, of one type (PER, ORG, GPE...),
    whose Arabic or English name holds ``name``'s words in order, the first from a word's start
    (كيم finds كيم جونغ أون, not التحكيم; hamza and vowel marks optional), and in the articles the filters keep (those of one week; those
    mentioning another entity)."""
    where, params = filter_sql(filters, column="article_id", conn=conn)
    if type_:
        type_ = type_.upper()  # per is PER; a misspelt type is refused, not answered "no entities"
        if type_ not in ENTITY_TYPES:
            raise QueryError(f"type {type_!r} is no entity type: one of {', '.join(ENTITY_TYPES)}")
        where, params = " AND type = ?" + where, [type_, *params]
    if name and name.strip():
        pattern = "% " + words_like(fold_name(name))[1:]  # the first word from a word's start
        where = f" AND (' ' || {folded_sql('name_ar')} LIKE ? ESCAPE '\\' OR ' ' || name LIKE ? ESCAPE '\\')" + where
        params = [pattern, pattern, *params]
    total = conn.execute(f"SELECT count(DISTINCT key) FROM entities WHERE 1{where}", params).fetchone()[0]
    rows = conn.execute(
        "SELECT key, min(name), max(name_ar), min(type), count(DISTINCT article_id) AS n, sum(n_mentions) "
        f"FROM entities WHERE 1{where} GROUP BY key ORDER BY n DESC, key LIMIT ? OFFSET ?", (*params, limit, offset))
    keys = ("key", "name", "name_ar", "type", "articles", "mentions")
    return total, [dict(zip(keys, r, strict=True)) for r in rows]


def entity_types(conn: sqlite3.Connection) -> list[str]:
    """The entity types the store holds, most frequent first (the entities page's choices)."""
    return [r[0] for r in conn.execute("SELECT type FROM entities GROUP BY type ORDER BY count(*) DESC")]
