"""An article as rows of the store's tables (see :mod:`khabar.store.migrations`)."""

from __future__ import annotations

import hashlib
from typing import Any

from khabar.model import Article, Ref
from khabar.search.schema import sql_marks


def content_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


#: Where a worker process leaves the article's serialised analysis (see :func:`with_analysis_json`).
ANALYSIS_JSON = "analysis_json"


def analysis_json(article: Article) -> str:
    """The analysis as stored in ``articles.analysis`` (compact JSON); precomputed when a worker
    process left it in the article's annotations."""
    done = article.annotations.get(ANALYSIS_JSON)
    return done if done is not None else article.to_json(ensure_ascii=False, separators=(",", ":"))


def with_analysis_json(article: Article) -> Article:
    """A ``finish`` step for :class:`khabar.parallel.ParallelAnalysis`: serialise the analysis in
    the worker, so that the process writing the store has less to do per article."""
    article.annotations = {"stages": article.annotations.get("stages", []),
                           ANALYSIS_JSON: analysis_json(article)}
    return article


def entity_key(name: str, type_: str, wikidata: str | None) -> str:
    """What groups one referent across articles: its Wikidata id, else type and name."""
    return wikidata or f"{type_}:{name}"


def _ref(ref: Ref | None, with_actor: bool = False) -> tuple[Any, ...]:
    if ref is None:
        return (None, None, None, None) if with_actor else (None, None)
    return (ref.text, ref.entity, ref.agent, ref.country) if with_actor else (ref.text, ref.entity)


def fact_rows(article: Article) -> dict[str, list[tuple[Any, ...]]]:
    """Rows for the normalised tables, in the column order of :data:`INSERTS`."""
    aid = article.id
    rows: dict[str, list[tuple[Any, ...]]] = {k: [] for k in INSERTS}
    for e in article.entities:
        rows["entities"].append((aid, e.id, entity_key(e.name, e.type, e.wikidata), e.name, e.name_ar,
                                 e.type, e.role, e.wikidata, len(e.mentions)))
        rows["mentions"] += [(aid, e.id, m.text, m.field, m.paragraph, m.start, m.end) for m in e.mentions]
    for n, q in enumerate(article.quotes):
        rows["quotes"].append((aid, n, q.kind, q.cue, q.content, *_ref(q.speaker), *_ref(q.via), q.when,
                               q.field, q.paragraph, q.start, q.end))
    for n, t in enumerate(article.times):
        rows["times"].append((aid, n, t.text, t.value, t.field, t.paragraph, t.start, t.end))
    for n, p in enumerate(article.places):
        rows["places"].append((aid, n, p.text, p.name, p.name_ar, p.country, p.lat, p.lon, p.geonames_id,
                               p.feature, p.field, p.paragraph, p.start, p.end))
    for n, ev in enumerate(article.events):
        rows["events"].append((aid, n, ev.action, ev.cameo, ev.plover, ev.quad, ev.goldstein, int(ev.negated),
                               *_ref(ev.source, True), *_ref(ev.target, True), *_ref(ev.claimed_by),
                               ev.when, ev.where, ev.sentence, ev.field, ev.paragraph, ev.start, ev.end))
    return rows


def _insert(table: str, columns: str) -> str:
    names = columns.split()
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({sql_marks(names)})"


#: Parameterised INSERT per table; table and column names are constants, values are bound.
INSERTS: dict[str, str] = {
    "entities": _insert("entities", "article_id entity_id key name name_ar type role wikidata n_mentions"),
    "mentions": _insert("mentions", "article_id entity_id text field paragraph char_start char_end"),
    "quotes": _insert("quotes", "article_id n kind cue content speaker_text speaker_entity via_text "
                      "via_entity when_value field paragraph char_start char_end"),
    "times": _insert("times", "article_id n text value field paragraph char_start char_end"),
    "places": _insert("places", "article_id n text name name_ar country lat lon geonames_id feature "
                      "field paragraph char_start char_end"),
    "events": _insert("events", "article_id n action cameo plover quad goldstein negated source_text "
                      "source_entity source_agent source_country target_text target_entity target_agent "
                      "target_country claimed_by_text claimed_by_entity when_value where_value sentence "
                      "field paragraph char_start char_end"),
}

ARTICLE_INSERT = _insert("articles", "id raw content_hash source_kind source_path source_url source_line "
                         "published headline outlet category analysis stages pipeline_version analysed_at byline")
