"""Who speaks when and where: quotations counted per speaker and month of publication, and the
most-quoted speakers of each outlet.

A speaker is grouped as ``khabar stats`` groups its top speakers: the entity its quotation resolves
to (its key across articles) where there is one, else the words the article used; its ``speaker``
value is what ``/quotes?speaker=`` takes back.  A month is the article's publication month.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from khabar.search.filters import SearchFilters, filter_sql
from khabar.search.outlets import papers, stored_outlets
from khabar.search.schema import sql_marks

#: Undated articles' quotations are counted under this month.
UNDATED = "undated"
#: Articles of no outlet have their quotations counted under this one, given as None (no outlet's name).
NO_OUTLET = ""

_SPOKEN = (
    "SELECT coalesce(e.key, q.speaker_text) AS speaker, coalesce(e.name_ar, e.name, q.speaker_text) AS name, "
    f"coalesce(substr(a.published, 1, 7), '{UNDATED}') AS month, coalesce(a.outlet, '{NO_OUTLET}') AS outlet "
    "FROM quotes q JOIN articles a ON a.id = q.article_id "
    "LEFT JOIN entities e ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity "
    "WHERE coalesce(e.key, q.speaker_text) IS NOT NULL"
)


def speakers_by_month(conn: sqlite3.Connection, top: int = 10, filters: SearchFilters | None = None,
                      resolved: tuple[str, list[Any]] | None = None) -> dict[str, Any]:
    """The ``top`` speakers by quotations in the articles ``filters`` keep, each with its count per
    month: ``{"months": [...], "items": [{"speaker", "name", "quotes", "months": {month: n}}]}``,
    most quotations first, months in order (undated last).  A bad date raises
    :class:`~khabar.search.QueryError`.  ``resolved``: ``filter_sql(filters)`` already read (the
    stats page resolves its names once for its two tables)."""
    where, params = filter_sql(filters, conn=conn) if resolved is None else resolved
    where = where.replace("d.article_id", "q.article_id")
    spoken = f"{_SPOKEN}{where}"
    leaders = conn.execute(f"SELECT speaker, max(name), count(*) AS n FROM ({spoken}) GROUP BY speaker "
                           "ORDER BY n DESC, speaker LIMIT ?", [*params, top]).fetchall()
    items = {speaker: {"speaker": speaker, "name": name, "quotes": n, "months": {}} for speaker, name, n in leaders}
    if items:
        keys = list(items)
        for speaker, month, n in conn.execute(
                f"SELECT speaker, month, count(*) FROM ({spoken}) WHERE speaker IN ({sql_marks(keys)}) "
                "GROUP BY speaker, month ORDER BY month", [*params, *keys]):
            items[speaker]["months"][month] = n
    months = sorted({m for item in items.values() for m in item["months"]}, key=lambda m: (m == UNDATED, m))
    return {"months": months, "items": list(items.values())}


def speakers_by_outlet(conn: sqlite3.Connection, top: int = 10, filters: SearchFilters | None = None,
                       resolved: tuple[str, list[Any]] | None = None) -> dict[str, Any]:
    """Who each outlet quotes most: the ``top`` outlets by quotations in the articles ``filters``
    keep, each with its ``top`` speakers, most quoted first, as one grouped table:
    ``{"items": [{"outlet", "quotes", "speakers": [{"speaker", "name", "quotes"}]}]}``, the outlet
    None for the articles of none, one paper stored by its printed name and by its record's path one
    outlet under its printed name (:func:`~khabar.search.outlets.papers`).  A speaker
    is grouped as :func:`speakers_by_month` groups it; a bad date raises
    :class:`~khabar.search.QueryError`; ``resolved`` as there."""
    where, params = filter_sql(filters, conn=conn) if resolved is None else resolved
    spoken = f"{_SPOKEN}{where.replace('d.article_id', 'q.article_id')}"
    outlets = conn.execute(f"SELECT outlet, count(*) AS n FROM ({spoken}) GROUP BY outlet ORDER BY n DESC, outlet",
                           params).fetchall()
    # one paper stored by its printed name and by its path is one row (as the outlet filter reads it),
    # merged over every outlet before the top are cut
    ranked_papers = papers(stored_outlets(conn), [(outlet or None, n) for outlet, n in outlets])[:top]
    items = {paper or NO_OUTLET: {"outlet": paper, "quotes": n, "speakers": []} for paper, n, _ in ranked_papers}
    paper_of = [(member or NO_OUTLET, paper or NO_OUTLET) for paper, _, members in ranked_papers for member in members]
    if paper_of:
        pairs = ", ".join(["(?, ?)"] * len(paper_of))
        ranked = ("SELECT p.column2 AS paper, s.speaker, max(s.name) AS name, count(*) AS n, row_number() OVER "
                  "(PARTITION BY p.column2 ORDER BY count(*) DESC, s.speaker) AS rank "
                  f"FROM ({spoken}) s JOIN (VALUES {pairs}) p ON p.column1 = s.outlet GROUP BY p.column2, s.speaker")
        for paper, speaker, name, n in conn.execute(
                f"SELECT paper, speaker, name, n FROM ({ranked}) WHERE rank <= ? ORDER BY rank",
                [*params, *(value for pair in paper_of for value in pair), top]):
            items[paper]["speakers"].append({"speaker": speaker, "name": name, "quotes": n})
    return {"items": list(items.values())}
