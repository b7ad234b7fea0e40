"""Events as flat GDELT/PLOVER-like rows: one row per event, for CSV and Parquet exports.

``event_rows(article)`` is the library function; ``khabar export --events`` writes its rows for
every stored article (see :mod:`khabar.store.export`).
"""

from __future__ import annotations

from typing import Any

from khabar.model import Article, Event, Place, Ref

#: (column, type) in export order; types as in :data:`khabar.store.export.COLUMN_TYPES`.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "string"), ("date", "string"),
    ("source_actor", "string"), ("source_country", "string"), ("source_agent", "string"),
    ("source_entity", "string"),
    ("event_code", "string"), ("event_root", "string"), ("plover", "string"), ("quad_class", "int64"),
    ("goldstein", "float64"), ("negated", "bool"), ("action", "string"),
    ("target_actor", "string"), ("target_country", "string"), ("target_agent", "string"),
    ("target_entity", "string"),
    ("place", "string"), ("place_country", "string"), ("lat", "float64"), ("lon", "float64"),
    ("claimed_by", "string"), ("field", "string"), ("paragraph", "int64"), ("start", "int64"),
    ("end", "int64"), ("sentence", "string"),
)


def _ref_cells(prefix: str, ref: Ref | None) -> dict[str, Any]:
    return {
        f"{prefix}_actor": ref.text if ref else None,
        f"{prefix}_country": ref.country if ref else None,
        f"{prefix}_agent": ref.agent if ref else None,
        f"{prefix}_entity": ref.entity if ref else None,
    }


def event_place(article: Article, event: Event) -> Place | None:
    """The place record behind ``event.where``: same unit, same name, nearest the predicate."""
    if not event.where:
        return None
    same = [p for p in article.places
            if p.field == event.field and p.paragraph == event.paragraph and event.where in (p.name, p.text)]
    return min(same, key=lambda p: abs(p.start - event.start)) if same else None


def event_row(article: Article, event: Event) -> dict[str, Any]:
    """One export row; the date is the event's own time, else the publication date."""
    place = event_place(article, event)
    row: dict[str, Any] = {
        "article_id": article.id,
        "date": event.when or (article.published or "")[:10] or None,
        "event_code": event.cameo,
        "event_root": event.cameo[:2],
        "plover": event.plover,
        "quad_class": event.quad,
        "goldstein": event.goldstein,
        "negated": event.negated,
        "action": event.action,
        "place": event.where,
        "place_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "claimed_by": event.claimed_by.text if event.claimed_by else None,
        "field": event.field,
        "paragraph": event.paragraph,
        "start": event.start,
        "end": event.end,
        "sentence": event.sentence,
    }
    row.update(_ref_cells("source", event.source))
    row.update(_ref_cells("target", event.target))
    return row


def event_rows(article: Article) -> list[dict[str, Any]]:
    """Every event of an analysed article as a flat row (columns of :data:`EVENT_COLUMNS`)."""
    return [event_row(article, event) for event in article.events]
