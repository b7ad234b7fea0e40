"""Stories told by several articles across the store: the near-duplicates (:mod:`khabar.store.duplicates`)
among all the articles the filters keep, grouped, not only among one page of hits.

A wire-copy audit asks "which stories did several outlets run, and who ran them": every article's
shingles are compared with those of the articles before it that share enough of them (found
through an inverted index of shingles, so the comparisons are with candidates, not every pair),
and an article telling the story of an earlier one joins that story.  At most
:data:`MAX_CLUSTERED` articles (the newest the filters keep) are read: the answer says how many.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from itertools import chain
from typing import Any

from khabar.search.filters import SearchFilters, filter_sql
from khabar.search.schema import sql_marks
from khabar.store.duplicates import MIN_TERMS, SAME_STORY, same_story_score, shingles

#: Articles grouped at most (the newest the filters keep): bounds the time (about 0.3 ms an
#: article to read and hash) and the memory of the shingle index.
MAX_CLUSTERED = 5000


def story_clusters(conn: sqlite3.Connection, filters: SearchFilters | None = None, limit: int = 20,
                   offset: int = 0) -> dict[str, Any]:
    """The stories two or more of the articles ``filters`` keep tell: ``total`` stories,
    ``articles`` read (at most :data:`MAX_CLUSTERED`, newest first) and ``items`` from ``offset``,
    the most told first (then the most outlets, then the latest): each with its ``articles``
    (id, headline, outlet, published; the first report first) and ``outlets`` (how many)."""
    where, params = filter_sql(filters, column="d.article_id", conn=conn)
    rows = conn.execute(
        "SELECT d.article_id, f.body FROM search_doc d JOIN search_fts f ON f.rowid = d.rowid "
        f"WHERE 1{where} ORDER BY d.published DESC, d.article_id LIMIT ?", [*params, MAX_CLUSTERED]).fetchall()
    story_of: dict[str, str] = {}  # article -> the first article of its story (its own id when first)
    kept: list[tuple[str, set[int]]] = []
    # The inverted index, shingle -> indexes in kept, as set and dict operations (run in C): most of an
    # article's shingles are new, and a loop over each of them was most of the page's time (2,087
    # articles: 2.0 s -> 0.7 s).  seen: every shingle; first_of: the first article of each; later: the others.
    seen: set[int] = set()
    first_of: dict[int, int] = {}
    later: dict[int, list[int]] = defaultdict(list)
    for article_id, body in rows:
        if len(body.split()) < MIN_TERMS:
            continue
        mine = shingles(body)
        common = mine & seen
        shared = Counter(map(first_of.__getitem__, common))  # index in kept -> shingles shared with it
        shared.update(chain.from_iterable(later[shingle] for shingle in common if shingle in later))
        best, best_score = None, 0.0
        for index, n in shared.items():
            other = kept[index][1]
            if n < SAME_STORY * min(len(mine), len(other)):  # containment cannot reach SAME_STORY
                continue
            score = same_story_score(mine, other)
            if score > best_score:
                best, best_score = index, score
        story_of[article_id] = story_of[kept[best][0]] if best is not None else article_id
        first_of.update(dict.fromkeys(mine - common, len(kept)))
        seen |= mine
        for shingle in common:
            later[shingle].append(len(kept))
        kept.append((article_id, mine))
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, first in story_of.items():
        members[first].append(article_id)
    stories = [ids for ids in members.values() if len(ids) > 1]
    told = [ids for story in stories for ids in story]
    meta = {r[0]: r[1:] for r in conn.execute(
        f"SELECT id, headline, outlet, published FROM articles WHERE id IN ({sql_marks(told)})", told)}
    items = []
    for story in stories:
        articles = sorted(({"article_id": i, "headline": meta[i][0], "outlet": meta[i][1], "published": meta[i][2]}
                           for i in story), key=lambda a: (a["published"] is None, a["published"] or "", a["article_id"]))
        items.append({"articles": articles, "outlets": len({a["outlet"] for a in articles})})
    # the most told first, then the most outlets, then the latest report (stable sorts, last key first)
    items.sort(key=lambda s: s["articles"][0]["article_id"])
    items.sort(key=lambda s: max(a["published"] or "" for a in s["articles"]), reverse=True)
    items.sort(key=lambda s: (len(s["articles"]), s["outlets"]), reverse=True)
    return {"total": len(items), "articles": len(rows), "limit": limit, "offset": offset,
            "items": items[offset:offset + limit]}
