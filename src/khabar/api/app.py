"""The HTTP API (JSON; OpenAPI at /openapi.json) and the web UI mounted beside it.

Every request gets its own SQLite connection; the store is migrated and its search index synced
once, when the app is created.  Bad input (a malformed query, a bad date, a page out of bounds)
is a 400 with a message saying what is wrong, never a 500.
"""


import dataclasses
import json
import os
import sqlite3
import threading
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.routing import APIRoute

from khabar import __version__
from khabar.api import queries
from khabar.api.docs import docs_page
from khabar.api.head import HeadAsGet
from khabar.api.tables import CSV_MAX_ROWS, csv_response, wants_csv
from khabar.search import QueryError, SearchFilters, facets, parse_query, search, sync_index
from khabar.search.analyzer import warm_up
from khabar.search.engine import MAX_LIMIT, MAX_OFFSET, browse
from khabar.search.unmatched import unmatched_filters
from khabar.store import Store
from khabar.store.db import resolve_article_id, unresolved_id_message
from khabar.store.duplicates import collapse as collapse_ids
from khabar.store.duplicates import same_story
from khabar.store.pairs import event_pairs, event_places
from khabar.store.speakers import speakers_by_month, speakers_by_outlet
from khabar.store.stats import compute_stats
from khabar.store.stories import story_clusters
from khabar.towns import english_city_names
from khabar.web.feed import MEDIA_TYPE as ATOM_TYPE
from khabar.web.feed import quotes_feed, search_feed

#: Bytes of the database file memory-mapped per connection (reads without copies).
MMAP_BYTES = 1 << 30
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1..{MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"items to skip, 0..{MAX_OFFSET}")]


def _given(value: str | None) -> str | None:
    """A query parameter's value without the spaces around it, None when it is blank or absent (an
    HTML form sends its empty fields)."""
    return value.strip() or None if value else None


def filters_param(outlet: str | None = None, date_from: str | None = None, date_to: str | None = None,
                  entity: str | None = None, speaker: str | None = None, place: str | None = None,
                  category: str | None = None, byline: str | None = None,
                  missing: str | None = None, ids: str | None = None,
                  same_story: str | None = None) -> SearchFilters:
    """Search filters from query parameters (blank values ignored, so HTML forms can send them);
    ``ids``: article ids or unique prefixes, comma-separated; ``same_story``: an article id, for it
    and the stored articles telling the same story."""
    given = {"outlet": outlet, "date_from": date_from, "date_to": date_to, "entity": entity, "speaker": speaker,
             "place": place, "category": category, "byline": byline, "missing": missing, "ids": ids,
             "same_story": same_story}
    return SearchFilters(**{name: _given(v) for name, v in given.items()})


def article_filters_param(outlet: str | None = None, date_from: str | None = None, date_to: str | None = None,
                          entity: str | None = None, place: str | None = None, ids: str | None = None,
                          same_story: str | None = None) -> SearchFilters:
    """The filters on the articles quotations and events come from (their own speaker, actor and
    category parameters say which of an article's facts): publication dates, outlet, an entity
    or a place the article mentions, chosen articles or one story's."""
    return filters_param(outlet, date_from, date_to, entity, place=place, ids=ids, same_story=same_story)


def connection_dependency(db_path: str) -> Callable[[], sqlite3.Connection]:
    """One long-lived connection per worker thread: SQLite's page cache and the memory map survive
    between requests (a fresh connection per request re-reads the index pages every time)."""
    local = threading.local()

    def get_conn() -> sqlite3.Connection:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(db_path, timeout=10, check_same_thread=False)
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            conn.execute("PRAGMA cache_size = -8192")  # KiB: 8 MiB per worker thread (the map does the rest)
            local.conn = conn
        return conn
    return get_conn


def _bad_request(_: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, RequestValidationError):
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
    else:
        detail = str(exc)
    return JSONResponse({"detail": detail}, status_code=400)


def _declared_names(dependant: Dependant) -> frozenset[str]:
    """The query parameters a route declares, its dependencies' (the filters) included (a few
    microseconds: not worth a cache, and routes are not hashable)."""
    return frozenset(p.alias for p in dependant.query_params).union(
        *(_declared_names(d) for d in dependant.dependencies))


def reject_unknown_parameters(request: Request) -> None:
    """A query parameter an endpoint does not take is a 400 naming it, not silently ignored: a
    misspelt filter (``/events?target=``, ``/articles?q=``) would otherwise answer a question the
    user did not ask.  The web pages read their parameters themselves and are left alone."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not route.include_in_schema:
        return
    known = _declared_names(route.dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = ", ".join(sorted(known)) or "no parameters"
        raise QueryError(f"unknown parameter {unknown[0]!r}: {route.path} takes {takes}")
    repeated = sorted({name for name, _ in request.query_params.multi_items()
                       if len(request.query_params.getlist(name)) > 1})
    if repeated:  # read as its last value alone: outlet=A&outlet=B would silently be B's articles
        raise QueryError(queries.repeated_message(repeated[0]))


def _one_article_id(conn: sqlite3.Connection, prefix: str) -> str:
    """The stored id ``prefix`` is, or the one it starts (as ``khabar show`` takes ids); else a 404
    saying why, in the CLI's words (no stored article, or an ambiguous prefix and its ids)."""
    ids = resolve_article_id(conn, prefix)
    if len(ids) != 1:
        raise HTTPException(404, unresolved_id_message(prefix, ids))
    return ids[0]


def _collapsed(conn: sqlite3.Connection, items: list[dict], id_key: str) -> list[dict]:
    """A page's ``items`` with the same story told in several outlets once (:func:`collapse`): the
    first of each story kept, with the ids folded into it as ``same_story``; ``collapse=true`` of
    /articles and /search."""
    folded = collapse_ids(conn, [item[id_key] for item in items])
    return [{**item, "same_story": folded[item[id_key]]} for item in items if item[id_key] in folded]


def _with_member(obj: str, name: str, value: Any) -> str:
    """The text of a JSON object (a stored analysis, sent without being parsed and written again)
    with ``name``: ``value`` added last: before its closing brace, whatever spaces follow it, with no
    comma when the object is empty."""
    body = obj.rstrip()
    if not body.endswith("}"):
        raise ValueError(f"not the text of a JSON object: {obj[-40:]!r}")
    body = body[:-1].rstrip()
    comma = "" if body.endswith("{") else ","
    return f"{body}{comma}{json.dumps(name)}:{json.dumps(value, ensure_ascii=False)}}}"


def _noted(conn: sqlite3.Connection, out: dict, filters: SearchFilters, empty: bool) -> dict:
    """``out`` with ``unmatched`` (what a place, outlet or entity filter named that the store does not
    hold, and the stored names like it) when the answer is ``empty``: place=tunisie said nothing."""
    notes = unmatched_filters(conn, filters) if empty else []
    return {**out, "unmatched": notes} if notes else out


def _listing(conn: sqlite3.Connection, filters: SearchFilters, total: int, items: list, limit: int,
             offset: int) -> JSONResponse:
    """One page of a list endpoint: its total, limit, offset and items, and what its filters named that
    the store does not hold when it is empty (:func:`_noted`)."""
    return JSONResponse(_noted(conn, {"total": total, "limit": limit, "offset": offset, "items": items},
                               filters, not total))


def create_app(db_path: str | os.PathLike[str]) -> FastAPI:
    """The API and web UI over the store at ``db_path`` (migrated and indexed here)."""
    db_path = os.fspath(db_path)
    with Store(db_path) as store:  # opening migrates; then index whatever is queued
        sync_index(store.conn)
    warm_up()  # else the first search waits seconds for the segmenter's model
    # and for the English city names a Latin query word may need (Tunis): read beside the first requests
    threading.Thread(target=english_city_names, daemon=True).start()
    # docs_url/redoc_url off: FastAPI's pages load their scripts from a CDN (blank offline); /docs is ours
    app = FastAPI(title="khabar", version=__version__, dependencies=[Depends(reject_unknown_parameters)],
                  docs_url=None, redoc_url=None,
                  description="Arabic news as a structured record: who said what, who did what to whom, "
                  "when and where. Article objects follow the `khabar analyze` JSON schema.")
    app.add_middleware(HeadAsGet)  # HEAD of any page or endpoint: GET's status and headers
    app.add_exception_handler(QueryError, _bad_request)
    app.add_exception_handler(RequestValidationError, _bad_request)
    conn_dep = connection_dependency(db_path)
    Conn = Annotated[sqlite3.Connection, Depends(conn_dep)]
    Filters = Annotated[SearchFilters, Depends(filters_param)]
    ArticleFilters = Annotated[SearchFilters, Depends(article_filters_param)]

    @app.get("/articles", summary="articles, newest first, filtered like /search (byline: a reporter's "
             "articles, the byline's words in order); collapse=true: the same story in several outlets once, "
             "with the others as same_story (among the page)")
    def list_articles(conn: Conn, filters: Filters, limit: Limit = 20, offset: Offset = 0,
                      collapse: bool = False) -> JSONResponse:
        total, rows = queries.article_rows(conn, filters, limit, offset)
        items = [analysis for _, analysis in rows]  # stored as JSONResponse writes it: sent as is
        if collapse:  # a wire-copy audit of the page: each story once, listing its other copies
            folded = collapse_ids(conn, [article_id for article_id, _ in rows])
            items = [_with_member(analysis, "same_story", folded[article_id])
                     for article_id, analysis in rows if article_id in folded]
        page = f'{{"total":{total},"limit":{limit},"offset":{offset},"items":[{",".join(items)}]}}'
        notes = unmatched_filters(conn, filters) if not total else []
        return Response(_with_member(page, "unmatched", notes) if notes else page, media_type="application/json")

    @app.get("/stories", summary="stories told by several articles across the store (their near-duplicates "
             "grouped: a wire story and the outlets that ran it), the most told first, of the articles filtered "
             "like /articles (the newest 5,000 of them are read: 'articles' says how many)")
    def list_stories(conn: Conn, filters: ArticleFilters, limit: Limit = 20, offset: Offset = 0) -> JSONResponse:
        found = story_clusters(conn, filters, limit, offset)
        return JSONResponse(_noted(conn, found, filters, not found["articles"]))

    @app.get("/articles/{article_id:path}/raw", response_class=PlainTextResponse,
             summary="the original input, verbatim, as text/plain")
    def get_raw(article_id: str, conn: Conn) -> PlainTextResponse:
        raw = queries.get_raw(conn, _one_article_id(conn, article_id))
        assert raw is not None
        return PlainTextResponse(raw, headers={"Content-Security-Policy": "sandbox",
                                               "X-Content-Type-Options": "nosniff"})

    @app.get("/articles/{article_id:path}/same-story", summary="the same story elsewhere: the stored articles "
             "that are near-duplicates of this one (a wire story republished with small edits), most alike first")
    def get_same_story(article_id: str, conn: Conn,
                       limit: Annotated[int, Query(ge=1, le=50)] = 10) -> JSONResponse:
        return JSONResponse({"items": same_story(conn, _one_article_id(conn, article_id), limit)})

    @app.get("/articles/{article_id:path}", summary="one article (the analyze schema)")
    def get_article(article_id: str, conn: Conn) -> JSONResponse:
        article = queries.get_article(conn, _one_article_id(conn, article_id))
        assert article is not None
        return JSONResponse(article.to_dict())

    @app.get("/search", summary="ranked full-text search (all words required; \"phrases\"); sort=newest or "
             "oldest orders the hits by publication date instead (the first report of a story); no q: the "
             "articles the filters keep, newest first (oldest with sort=oldest), as khabar search does")
    def search_articles(conn: Conn, filters: Filters, q: Annotated[str, Query(max_length=500)] = "",
                        limit: Limit = 20, offset: Offset = 0, with_facets: bool = False,
                        collapse: bool = False, sort: str = "relevance") -> JSONResponse:
        if not q.strip():  # filters alone (place=YE): their articles, not an 'empty query' refusal
            order = sort.strip() if sort.strip() not in ("", "relevance") else "newest"  # another: refused
            out = browse(conn, filters, limit, offset, order).to_dict()
            if collapse:  # as khabar search --collapse folds them (facets need words to match)
                out["hits"] = _collapsed(conn, out["hits"], "article_id")
            return JSONResponse(_noted(conn, out, filters, not out["total"]))
        query = parse_query(q)  # parsed and its Latin names looked up once for search and facets
        out = search(conn, query, filters, limit, offset, sort=sort.strip() or "relevance").to_dict()
        if collapse:  # the same story in several outlets is one hit, listing the others
            out["hits"] = _collapsed(conn, out["hits"], "article_id")
        if with_facets:
            out["facets"] = {k: [{"value": v, "label": lab, "count": n} for v, lab, n in rows]
                             for k, rows in facets(conn, query, filters).items()}
        return JSONResponse(_noted(conn, out, filters, not out["total"]))

    @app.get("/search.atom", response_class=Response, summary="an Atom feed of a saved search: the newest "
             "articles matching q and the filters (headline, date, links to the page and to its article "
             "page), for a feed reader")
    def search_atom(request: Request, conn: Conn, filters: Filters, q: Annotated[str, Query(max_length=500)] = "",
                    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> Response:
        return Response(search_feed(conn, q, filters, str(request.base_url), limit), media_type=ATOM_TYPE)

    @app.get("/entities", summary="entities by number of articles, optionally of one type (PER, ORG, GPE, "
             "LOC...), named with some words (name: كيم finds كيم جونغ أون), in articles filtered by date, outlet, entity (those named with it) or place")
    def list_entities(conn: Conn, filters: ArticleFilters, limit: Limit = 50, offset: Offset = 0,
                      type_: Annotated[str | None, Query(alias="type")] = None,
                      name: Annotated[str | None, Query(max_length=200)] = None) -> JSONResponse:
        total, items = queries.top_entities(conn, limit, offset, _given(type_), filters, name)
        return _listing(conn, filters, total, items, limit, offset)

    @app.get("/entities/{key:path}", summary="one entity across articles: timeline, what it said, "
             "what was said about it; by key, or by a name (English, Arabic, or words articles used)")
    def get_entity(key: str, conn: Conn) -> JSONResponse:
        resolved = queries.resolve_entity(conn, key)  # a key, or a name as users type it
        entity = queries.entity_summary(conn, resolved) if resolved else None
        if entity is None:
            raise HTTPException(404, f"no entity {key!r}")
        return JSONResponse(entity)

    @app.get("/quotes", summary="quotations, newest first, optionally of one speaker (entity key, "
             "English or Arabic name, or the words the article used), saying something (q: words and "
             "\"phrases\" of their content, matched as /search matches), of one kind (direct: to cite "
             "verbatim), without a speaker (missing=speaker), from articles filtered by date, outlet, entity or place")
    def list_quotes(conn: Conn, filters: ArticleFilters, speaker: str | None = None,
                    q: Annotated[str, Query(max_length=500)] = "", limit: Limit = 20,
                    offset: Offset = 0,
                    kind: Annotated[str | None, Query(description="direct, indirect or mixed")] = None,
                    missing: Annotated[str | None, Query(description="speaker: no speaker found (to attribute "
                                                         "by hand); speaker_name: none resolved to a named entity")] = None,
                    sort: Annotated[str | None, Query(description="newest (default) or oldest: a person's "
                                                      "statements as a timeline, the first first")] = None,
                    format_: Annotated[str | None, Query(alias="format", description=f"json (default) or csv: "
                                       f"every quotation selected, up to {CSV_MAX_ROWS:,} from offset, as a "
                                       "download")] = None,
                    ) -> Response:
        csv_rows = wants_csv(format_)
        total, items = queries.quotes(conn, None, CSV_MAX_ROWS if csv_rows else limit, offset,
                                      speaker=_given(speaker), filters=filters, says=q.strip() or None,
                                      kind=_given(kind), missing=_given(missing), sort=_given(sort))
        if csv_rows:
            return csv_response("quotes", total, items, offset, queries.QUOTE_KEYS)
        return _listing(conn, filters, total, items, limit, offset)

    @app.get("/quotes.atom", response_class=Response, summary="an Atom feed of quotations: the newest of "
             "a speaker, saying some words (q), of one kind, from articles filtered as /quotes takes them "
             "(what a person says, in a feed reader); each entry links to the quotation in its article")
    def quotes_atom(request: Request, conn: Conn, filters: ArticleFilters, speaker: str | None = None,
                    q: Annotated[str, Query(max_length=500)] = "",
                    kind: Annotated[str | None, Query(description="direct, indirect or mixed")] = None,
                    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> Response:
        _, items = queries.quotes(conn, None, limit, 0, speaker=_given(speaker), filters=filters,
                                  says=q.strip() or None, kind=_given(kind))
        params = {k: v for k, v in (("speaker", _given(speaker)), ("q", q.strip()), ("kind", _given(kind)))
                  if v} | filters.active()
        return Response(quotes_feed(items, params, str(request.base_url)), media_type=ATOM_TYPE)

    @app.get("/events", summary="events, newest first, optionally of one PLOVER category or CAMEO code, "
             "one actor (source or target: entity key, English or Arabic name, or the words used), one "
             "source and one target (named the same ways), that happened at a place (where: the event's "
             "own place, or in that country), whose sentence holds the words and \"phrases\" of q (matched as "
             "/search matches), from articles filtered by date, outlet, entity or place (a "
             "place the article mentions anywhere)")
    def list_events(conn: Conn, filters: ArticleFilters, category: str | None = None, actor: str | None = None,
                    source: str | None = None, target: str | None = None, where: str | None = None,
                    q: Annotated[str, Query(max_length=500)] = "",
                    limit: Limit = 20, offset: Offset = 0,
                    negated: Annotated[bool | None, Query(description="true: only the events reported as not "
                                                          "done (denials, refusals); false: only the others")] = None,
                    format_: Annotated[str | None, Query(alias="format", description=f"json (default) or csv: "
                                       f"every event selected, up to {CSV_MAX_ROWS:,} from offset, as a "
                                       "download")] = None,
                    ) -> Response:
        csv_rows = wants_csv(format_)
        total, items = queries.events(conn, _given(category), CSV_MAX_ROWS if csv_rows else limit, offset,
                                      says=q.strip() or None, negated=negated,
                                      actor=_given(actor), filters=filters,
                                      source=_given(source),
                                      target=_given(target),
                                      where=_given(where))
        if csv_rows:
            return csv_response("events", total, items, offset, queries.EVENT_KEYS)
        return _listing(conn, filters, total, items, limit, offset)

    @app.get("/events/pairs", summary="who does what to whom most: events counted per (source, target) pair "
             "of actors (entity key, else the words used), of one PLOVER category or CAMEO code, of one source or "
             "target actor (named as /events takes them), that happened "
             "at a place (where), from articles filtered by date, outlet, entity or place; most events first, "
             "each pair's source and target as /events?source=&target= takes them")
    def list_event_pairs(conn: Conn, filters: ArticleFilters, category: str | None = None,
                         where: str | None = None, source: str | None = None, target: str | None = None,
                         limit: Limit = 20, offset: Offset = 0) -> JSONResponse:
        total, items = event_pairs(conn, _given(category), filters,
                                   _given(where), limit, offset,
                                   source=_given(source), target=_given(target))
        return _listing(conn, filters, total, items, limit, offset)

    @app.get("/events/places", summary="where it happened: the places events happened at (their own place), "
             "counted, most events first, of one PLOVER category or CAMEO code, in a country or at a place (where), "
             "of one source or target actor, from articles filtered by date, outlet, entity or place; each "
             "place (one gazetteer entry: Tripoli in Libya and in Lebanon are two) by its English name where "
             "resolved, else the words used, and its place value, which /events?where= takes for it alone "
             "(Tripoli, LB)")
    def list_event_places(conn: Conn, filters: ArticleFilters, category: str | None = None,
                          where: str | None = None, source: str | None = None, target: str | None = None,
                          limit: Limit = 20, offset: Offset = 0) -> JSONResponse:
        total, items = event_places(conn, _given(category), filters,
                                    _given(where), limit, offset,
                                    source=_given(source), target=_given(target))
        return _listing(conn, filters, total, items, limit, offset)

    @app.get("/places", summary="resolved places with coordinates, by articles, in articles filtered by "
             "date, outlet, entity or place; within: only the places in that country or place (within=LY: "
             "Libya's places; place=LY keeps the articles, with the other places they name); each place one "
             "gazetteer entry with its place value, which place= takes for it alone (Tripoli, LB: not Libya's)")
    def list_places(conn: Conn, filters: ArticleFilters,
                    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
                    within: Annotated[str | None, Query(max_length=200)] = None) -> JSONResponse:
        items = queries.places(conn, limit, filters, _given(within))
        return JSONResponse(_noted(conn, {"items": items}, filters, not items))

    @app.get("/stats", summary="what the store holds: counts, outlets, dates, top entities and speakers; of "
             "the articles filtered by date, outlet, entity or place when given")
    def stats(conn: Conn, filters: ArticleFilters, top: Limit = 10) -> JSONResponse:
        figures = dataclasses.asdict(compute_stats(conn, top, filters))
        return JSONResponse(_noted(conn, figures, filters, not figures["articles"]))

    @app.get("/stats/speakers", summary="statements per speaker per month: the top speakers by quotations "
             "(as khabar stats counts them), each with its quotations per month of publication, in articles "
             "filtered by date, outlet, entity or place")
    def speakers_per_month(conn: Conn, filters: ArticleFilters, top: Limit = 10) -> JSONResponse:
        return JSONResponse(speakers_by_month(conn, top, filters))

    @app.get("/stats/speakers/outlets", summary="who each outlet quotes most: the top outlets by quotations, "
             "each with its top speakers (one grouped table); of the articles the filters keep")
    def speakers_per_outlet(conn: Conn, filters: ArticleFilters, top: Limit = 10) -> JSONResponse:
        return JSONResponse(speakers_by_outlet(conn, top, filters))

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs() -> HTMLResponse:
        return HTMLResponse(docs_page(app.openapi()))

    from khabar.web import web_router

    app.include_router(web_router(conn_dep))
    return app
