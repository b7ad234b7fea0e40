"""The web UI: server-rendered, right-to-left, Arabic-first pages that work without JavaScript.

Jinja2 autoescapes every value; article text reaches the page only through :mod:`khabar.web.marks`
and :mod:`khabar.search.snippets`, which escape each piece.  Pages set a Content-Security-Policy
that forbids scripts altogether, so even a missed escape could not run code.
"""


import re
import sqlite3
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from khabar.api import queries
from khabar.datafiles import data_lines, resource_text
from khabar.model import Article, Place
from khabar.search import QueryError, SearchFilters, facets, parse_query, search
from khabar.search.engine import MAX_OFFSET
from khabar.search.filters import filter_sql, place_in_country, place_sql, place_value
from khabar.search.keys import entity_names
from khabar.search.outlets import shown_outlet
from khabar.search.schema import sql_marks
from khabar.search.unmatched import unmatched_filters
from khabar.store.db import resolve_article_id
from khabar.store.duplicates import collapse_hits, same_story
from khabar.store.pairs import event_pairs, event_places
from khabar.store.rows import entity_key
from khabar.store.speakers import speakers_by_month, speakers_by_outlet
from khabar.store.stats import compute_stats
from khabar.store.stories import story_clusters
from khabar.towns import english_city_names
from khabar.web.charts import timeline_svg
from khabar.web.counting import counted
from khabar.web.labels import country_name, label, named_codes
from khabar.web.map import country_boxes, country_centres, map_svg
from khabar.web.marks import entity_url, event_anchor, event_url, marked_units, quote_anchor, quote_url

PAGE = 20
CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'"
#: The article filters every list page takes (those of /quotes, /events...): the facts, places or
#: figures of one outlet's articles, of those naming an entity or a place, of a date range, of chosen
#: articles or one story's.
ARTICLE_PARAMS = ("outlet", "entity", "place", "date_from", "date_to", "ids", "same_story")
#: The events page's query parameters (besides offset): its own, then the article filters.
EVENT_PARAMS = ("category", "actor", "source", "target", "where", "q", "negated", *ARTICLE_PARAMS)
#: The pairs page's query parameters (besides offset): who does what to whom most.
PAIR_PARAMS = ("category", "source", "target", "where", *ARTICLE_PARAMS)
#: The quotes page's query parameters (besides offset).
QUOTE_PARAMS = ("speaker", "q", "kind", "missing", "sort", *ARTICLE_PARAMS)
ENTITY_PARAMS = ("type", "name", *ARTICLE_PARAMS)
#: The stats, stories and map pages' query parameters: the article filters whose figures (places) they show.
STATS_PARAMS = ARTICLE_PARAMS
#: The map page's query parameters: the article filters, a country whose places alone are drawn, and
#: the events layer's category and actors.
MAP_PARAMS = (*STATS_PARAMS, "within", "category", "source", "target")
#: The search page's query parameters: the words, how to order and fold the hits, and every filter.
SEARCH_PARAMS = ("q", "sort", "collapse", "offset", *SearchFilters.__dataclass_fields__)
#: Entities listed per page (short rows: more than the quotations' and events' PAGE).
ENTITY_PAGE = 100
#: The stats page's speaker-by-month table shows this many months, the latest (/stats/speakers has all).
MONTHS_SHOWN = 12
#: The map's layer of where events happened: this many places, most events first.
MAP_EVENT_PLACES = 200
#: Outlets of the stats page's who-quotes-whom table, and speakers shown for each: by default, and at
#: most (its ``top`` field: 25 x 25 rows; /stats/speakers/outlets pages further).
OUTLET_SPEAKERS = 5
MAX_OUTLET_SPEAKERS = 25
#: The stats page's names for the store's fact tables.
COUNT_NAMES = {"entities": "كيانات (في كل مقالة)", "mentions": "إشارات إلى الكيانات", "quotes": "اقتباسات",
               "times": "تعابير زمنية", "places": "أماكن", "events": "أحداث"}
FACET_NAMES = {"outlet": "المنفذ", "entity": "الكيانات", "speaker": "المتحدثون", "place": "الأماكن",
               "category": "فئة الحدث", "month": "الشهر", "day": "اليوم"}

_env = Environment(loader=PackageLoader("khabar.web", "templates"), autoescape=select_autoescape(default=True))
#: The search page's filter chips: each filter by the name its form field has.
FILTER_NAMES = {**FACET_NAMES, "date_from": "من تاريخ", "date_to": "إلى تاريخ",
                "entity": "كيان", "speaker": "متحدث", "place": "مكان", "byline": "الكاتب",
                "missing": "ينقصها", "ids": "المقالات", "same_story": "القصة نفسها"}


#: What stands between a byline's parts: a colon, a bar, brackets, a dash (a tatweel written as
#: one stands apart: أنور محمد ـ جدة).
_BYLINE_PARTS = re.compile(r"\s*[:|()\-\u2013]\s*|\s+\u0640\s*|\s*\u0640\s+")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """The Arabic names of big cities (those search already reads: khabar.towns.english_city_names)."""
    return frozenset(name for names in english_city_names().values() for name in names)


def byline_reporter(byline: str) -> str:
    """The words of a byline naming its reporter, so its link lists the reporter's articles from
    every city: of the byline's parts in Arabic letters that are not big cities' names (one or a
    list: جازان، أبها), the one of most words (لندن: رنيم حنوش, الجزيرة - أحمد القرني, حمزة بوفهيد -
    الأحساء, فارس القحطاني (الرياض) -> the name; the first of as many); the byline itself when none."""
    cities = _city_names()
    parts = [p.strip() for p in _BYLINE_PARTS.split(byline) if _ARABIC_LETTER.search(p)]
    named = [p for p in parts if not all(c.strip() in cities for c in p.split("،"))]
    return max(named, key=lambda p: len(p.split())) if named else byline.strip().rstrip(":").strip()


_env.globals.update(byline_reporter=byline_reporter, entity_url=entity_url, entity_key=entity_key, quote_url=quote_url,
                    quote_anchor=quote_anchor, event_url=event_url, event_anchor=event_anchor, place_value=place_value,
                    facet_names=FACET_NAMES, filter_names=FILTER_NAMES,
                    event_categories=named_codes("event_category"))
_env.filters["label"] = label
_env.filters["country_name"] = country_name
_env.filters["counted"] = counted
_env.filters["outlet_name"] = lambda outlet: shown_outlet(outlet)[0]
_env.filters["outlet_other"] = lambda outlet: shown_outlet(outlet)[1] or ""


def outlet_title(outlet: str | None) -> Markup:
    """The ``title`` attribute giving an outlet's other name (English, or its path) beside the Arabic
    name shown (:func:`~khabar.search.outlets.shown_outlet`), nothing when it has none."""
    other = shown_outlet(outlet)[1]
    return Markup(' title="{}"').format(other) if other else Markup("")


_env.filters["outlet_title"] = outlet_title


def _page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _env.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": CSP,
                                                            "X-Content-Type-Options": "nosniff"})


def _query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return "?" + urlencode(merged)


def _int(value: str | None, default: int, high: int) -> int:
    try:
        return min(high, max(0, int(value))) if value is not None else default
    except ValueError:
        return default


def _more_rows(by_outlet: list[dict[str, Any]], top: int) -> int | None:
    """The stats page's next ``top`` (twice, up to the most) when its who-quotes-whom table is full (as
    many outlets, or as many speakers of one outlet, as asked), None when there is no more to show."""
    full = len(by_outlet) == top or any(len(it["speakers"]) == top for it in by_outlet)
    return min(2 * top, MAX_OUTLET_SPEAKERS) if full and top < MAX_OUTLET_SPEAKERS else None


def _distinct_places(article: Article) -> list[tuple[Place, int, list[str]]]:
    """The article's places once per resolution (once per words when unresolved), in order of first
    mention, with how often and the words used: a story naming Saudi Arabia as السعودية, المملكة
    العربية السعودية and للسعودية lists it once, by its Arabic name (×29), not three rows."""
    groups: dict[tuple[str | None, ...], list[Any]] = {}  # [first place, count, words used]
    for place in article.places:
        key = (place.name, place.country) if place.name else (None, place.text)
        group = groups.setdefault(key, [place, 0, []])
        group[1] += 1
        if place.text not in group[2]:
            group[2].append(place.text)
    return [(place, n, words) for place, n, words in groups.values()]


def _place_label(conn: sqlite3.Connection, place: str, codes: list[str]) -> str:
    """A place in a country (:func:`~khabar.search.filters.place_in_country`) as an Arabic reader
    names it: its stored Arabic name and the country's (طرابلس (لبنان)), the words given when no
    stored place has an Arabic name."""
    where, params = place_sql(conn, place)
    row = conn.execute(f"SELECT max(name_ar) FROM places WHERE {where} AND country IN ({sql_marks(codes)})",
                       [*params, *codes]).fetchone()
    return f"{row[0] or place} ({'، '.join(country_name(code) for code in codes)})"


def _query_params(request: Request, names: tuple[str, ...]) -> dict[str, str | None]:
    """The page's parameters ``names``, stripped; None when absent or blank."""
    return {k: request.query_params.get(k, "").strip() or None for k in names}


def _yes_no(name: str, value: str | None) -> bool | None:
    """A true/false parameter of a page (``negated=true``), None when not given; another value is
    refused naming it (as the API refuses it)."""
    if value is None:
        return None
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise QueryError(f"{name} must be true or false, not {value!r}")


@lru_cache(maxsize=1)
def _tracking_parameters() -> tuple[frozenset[str], tuple[str, ...]]:
    """(names, prefixes) of resources/tracking_parameters.txt."""
    lines = [line.strip() for line in data_lines(resource_text("khabar.web", "tracking_parameters.txt"))]
    return frozenset(n for n in lines if not n.endswith("*")), tuple(n[:-1] for n in lines if n.endswith("*"))


def is_tracking_parameter(name: str) -> bool:
    """Whether ``name`` is a parameter a shared link picks up (utm_source, fbclid), not a page's own."""
    names, prefixes = _tracking_parameters()
    return name in names or name.startswith(prefixes)


def _check_parameters(request: Request, names: tuple[str, ...]) -> None:
    """A parameter the page does not take (``names``), or one given twice, is refused naming it, as
    the API refuses it: ignored, or read as its last value, it would answer a question the user did
    not ask (``kind=direct`` listing every quotation, ``outlet=A&outlet=B`` B's articles alone, a
    misspelt ``outlets=`` the whole store's map).  A shared link's tracking parameters
    (``utm_source``, ``fbclid``) are ignored."""
    unknown = sorted(set(request.query_params) - set(names) - set(filter(is_tracking_parameter, request.query_params)))
    if unknown:
        raise QueryError(f"unknown parameter {unknown[0]!r}: this page takes {', '.join(sorted(names))}")
    repeated = sorted({name for name in request.query_params if len(request.query_params.getlist(name)) > 1})
    if repeated:
        raise QueryError(queries.repeated_message(repeated[0]))


def _facts_page(template: str, request: Request, names: tuple[str, ...], params: dict[str, str | None],
                offset: int, conn: sqlite3.Connection,
                fetch: Callable[[SearchFilters], tuple[int, list[dict[str, Any]]]], **context: Any) -> HTMLResponse:
    """A page of entities, quotations or events: ``fetch`` gives (total, items) of the articles the
    page's article filters (``ARTICLE_PARAMS``) keep; a bad date, or a parameter not among the
    page's ``names``, is a 400 page with the error shown."""
    filters = SearchFilters(**{name: params[name] for name in ARTICLE_PARAMS})
    context = {"page": PAGE, **context}
    context.update(params=params, offset=offset, qs=_query_string, error=None, total=0, items=[])
    try:
        _check_parameters(request, (*names, "offset"))
        context["total"], context["items"] = fetch(filters)
        context["unmatched"] = [] if context["total"] else unmatched_filters(conn, filters)
    except QueryError as exc:
        context["error"] = str(exc)
        return _page(template, status=400, **context)
    return _page(template, **context)


def web_router(conn_dep: Callable[..., Any]) -> APIRouter:
    for name in _env.list_templates():  # compiled now (once a process), not on a reader's first page
        _env.get_template(name)
    country_boxes(), country_centres()  # the map's outlines read and measured now, likewise
    router = APIRouter(include_in_schema=False)
    Conn = Annotated[sqlite3.Connection, Depends(conn_dep)]

    @router.get("/")
    def home() -> RedirectResponse:
        return RedirectResponse("/ui/search")

    @router.get("/static/khabar.css")
    def css() -> Response:
        text = resources.files("khabar.web").joinpath("static/khabar.css").read_text("utf-8")
        return Response(text, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @router.get("/ui/search")
    def search_page(request: Request, conn: Conn) -> HTMLResponse:
        params = {k: v for k, v in request.query_params.items() if v.strip()}
        q = params.get("q", "")
        offset = _int(params.get("offset"), 0, MAX_OFFSET)
        filters = SearchFilters(**{k: params.get(k) for k in SearchFilters.__dataclass_fields__})
        context: dict[str, Any] = {"q": q, "params": params, "filters": filters, "qs": _query_string,
                                   "offset": offset, "page": PAGE, "error": None, "result": None,
                                   "facets": {}, "articles": None, "chip_values": {}, "folded": {}, "unmatched": [],
                                   "feed": "/search.atom" + _query_string({"q": q, **filters.active()})}
        if filters.place and (named := place_in_country(conn, filters.place)):  # a map's or facet's link
            context["chip_values"]["place"] = _place_label(conn, *named)  # Tripoli, LB: طرابلس (لبنان)
        if filters.entity:  # a facet link filters by key (Q851): its chip names the entity (السعودية)
            context["chip_values"]["entity"] = " + ".join(
                queries.entity_name(conn, name) or name for name in entity_names(filters.entity))
        try:
            _check_parameters(request, SEARCH_PARAMS)
            if q:
                query = parse_query(q)  # parsed and its Latin names looked up once for both
                context["result"] = result = search(conn, query, filters, PAGE, offset,
                                                    sort=params.get("sort", "relevance"))
                context["facets"] = facets(conn, query, filters)
                if params.get("collapse"):  # the same story in several outlets is one hit
                    context["folded"] = collapse_hits(conn, result)
            else:
                context["articles"] = queries.list_articles(conn, filters, PAGE, offset)
            empty = not (result.total if q else context["articles"][0])
            context["unmatched"] = unmatched_filters(conn, filters) if empty else []  # place=tunisie: say so
        except QueryError as exc:
            context["error"] = str(exc)
            return _page("search.html", status=400, **context)
        return _page("search.html", **context)

    @router.get("/ui/articles/{article_id:path}")
    def article_page(article_id: str, conn: Conn) -> Response:
        ids = resolve_article_id(conn, article_id)  # an id or a prefix of one, as /articles/{id} takes
        if len(ids) > 1:
            return _page("error.html", status=404, message="بداية معرّف تطابق أكثر من مقالة: " + "، ".join(ids))
        if ids and ids[0] != article_id:  # a prefix typed or pasted: the article's own address
            return RedirectResponse(f"/ui/articles/{quote(ids[0], safe='')}")
        article = queries.get_article(conn, article_id) if ids else None
        if article is None:
            return _page("error.html", status=404, message="لا توجد مقالة بهذا المعرّف")
        return _page("article.html", a=article, units=marked_units(article), places=_distinct_places(article),
                     raw_url=f"/articles/{quote(article_id)}/raw", same=same_story(conn, article.id))

    @router.get("/ui/entities/{key:path}")
    def entity_page(key: str, conn: Conn) -> Response:
        resolved = queries.resolve_entity(conn, key)
        if resolved and resolved != key:  # a name typed into the address: go to the entity's own page
            return RedirectResponse(entity_url(resolved))
        entity = queries.entity_summary(conn, key)
        if entity is None:
            return _page("error.html", status=404, message="لا يوجد كيان بهذا المفتاح")
        return _page("entity.html", e=entity, chart=timeline_svg(entity["timeline"]))

    @router.get("/ui/entities")
    def entities_page(request: Request, conn: Conn) -> HTMLResponse:
        params = _query_params(request, ENTITY_PARAMS)
        offset = _int(request.query_params.get("offset"), 0, MAX_OFFSET)
        return _facts_page("entities.html", request, ENTITY_PARAMS, params, offset, conn, lambda filters: queries.top_entities(
            conn, ENTITY_PAGE, offset, params["type"], filters, params["name"]), page=ENTITY_PAGE,
            types=queries.entity_types(conn))

    @router.get("/ui/events")
    def events_page(request: Request, conn: Conn) -> HTMLResponse:
        params = _query_params(request, EVENT_PARAMS)
        offset = _int(request.query_params.get("offset"), 0, MAX_OFFSET)
        return _facts_page("events.html", request, EVENT_PARAMS, params, offset, conn, lambda filters: queries.events(
            conn, params["category"], PAGE, offset, actor=params["actor"], filters=filters,
            source=params["source"], target=params["target"], where=params["where"], says=params["q"],
            negated=_yes_no("negated", params["negated"])),
            category=params["category"], actor=params["actor"], categories=queries.event_categories(conn))

    @router.get("/ui/pairs")
    def pairs_page(request: Request, conn: Conn) -> HTMLResponse:
        params = _query_params(request, PAIR_PARAMS)
        offset = _int(request.query_params.get("offset"), 0, MAX_OFFSET)
        return _facts_page("pairs.html", request, PAIR_PARAMS, params, offset, conn, lambda filters: event_pairs(
            conn, params["category"], filters, params["where"], PAGE, offset, source=params["source"],
            target=params["target"]),
            category=params["category"], categories=queries.event_categories(conn))

    @router.get("/ui/quotes")
    def quotes_page(request: Request, conn: Conn) -> HTMLResponse:
        params = _query_params(request, QUOTE_PARAMS)
        offset = _int(request.query_params.get("offset"), 0, MAX_OFFSET)
        return _facts_page("quotes.html", request, QUOTE_PARAMS, params, offset, conn, lambda filters: queries.quotes(
            conn, None, PAGE, offset, speaker=params["speaker"], filters=filters, says=params["q"],
            kind=params["kind"], missing=params["missing"], sort=params["sort"]))

    @router.get("/ui/stats")
    def stats_page(request: Request, conn: Conn) -> HTMLResponse:
        params = _query_params(request, STATS_PARAMS)  # one outlet's, one week's figures
        filters = SearchFilters(**params)
        top = max(1, _int(request.query_params.get("top"), OUTLET_SPEAKERS, MAX_OUTLET_SPEAKERS))
        context = {"params": params, "qs": _query_string, "count_names": COUNT_NAMES, "months_shown": MONTHS_SHOWN,
                   "top": top, "max_top": MAX_OUTLET_SPEAKERS}
        try:
            _check_parameters(request, (*STATS_PARAMS, "top"))
            resolved = filter_sql(filters, conn=conn)  # names looked up once for both tables
            figures = compute_stats(conn, filters=filters, resolved=resolved, leaders=False)
            spoken = speakers_by_month(conn, filters=filters, resolved=resolved)
            by_outlet = speakers_by_outlet(conn, top, filters, resolved)
            return _page("stats.html", s=figures, spoken=spoken, by_outlet=by_outlet, error=None,
                         more_top=_more_rows(by_outlet["items"], top),
                         unmatched=[] if figures.articles else unmatched_filters(conn, filters), **context)
        except QueryError as exc:
            return _page("stats.html", status=400, s=None, spoken=None, by_outlet=None, error=str(exc), **context)

    @router.get("/ui/stories")
    def stories_page(request: Request, conn: Conn) -> HTMLResponse:
        params = _query_params(request, STATS_PARAMS)  # one outlet's, one day's stories: a wire-copy audit
        offset = _int(request.query_params.get("offset"), 0, MAX_OFFSET)
        context = {"params": params, "qs": _query_string, "offset": offset, "page": PAGE, "error": None,
                   "total": 0, "items": [], "read": 0, "unmatched": []}
        filters = SearchFilters(**params)
        try:
            _check_parameters(request, (*STATS_PARAMS, "offset"))
            found = story_clusters(conn, filters, PAGE, offset)
        except QueryError as exc:
            return _page("stories.html", status=400, **{**context, "error": str(exc)})
        unmatched = [] if found["articles"] else unmatched_filters(conn, filters)
        return _page("stories.html", **{**context, "total": found["total"], "items": found["items"],
                                        "read": found["articles"], "unmatched": unmatched})

    @router.get("/ui/map")
    def map_page(request: Request, conn: Conn) -> HTMLResponse:
        params = _query_params(request, STATS_PARAMS)  # one outlet's, one month's places, as /places
        filters = SearchFilters(**params)
        within = _query_params(request, ("within",))["within"]  # a country's places only, as /places
        # the events' layer: one category's, one actor's (the assaults on Israel)
        actors = {k: v for k, v in _query_params(request, ("category", "source", "target")).items() if v}
        context = {"params": {**params, "within": within, **actors}, "filters": {k: v for k, v in params.items() if v}}
        try:
            _check_parameters(request, MAP_PARAMS)
            places = queries.places(conn, filters=filters, within=within)
            _, happened = event_places(conn, filters=filters, where=within or None, limit=MAP_EVENT_PLACES, **actors)
        except QueryError as exc:
            return _page("map.html", status=400, svg="", places=[], error=str(exc), **context)
        unmatched = [] if places else unmatched_filters(conn, filters)
        return _page("map.html", svg=map_svg(places, context["filters"], happened, actors), places=places[:100], error=None,
                     unmatched=unmatched, **context)

    return router
