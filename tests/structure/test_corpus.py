"""Checks on real ../shared data: layouts rendered from corpus records, and the seed's gold fields."""

from __future__ import annotations

import gzip
import json
import random

import pytest

from khabar.ingest import article_from_text
from khabar.structure import Options, run

from .composed import LAYOUTS, ROOT, Record, render

SHARED = ROOT.parent / "shared"
pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="../shared/corpora is absent"),
]


def _records(n: int) -> list[Record]:
    from layouts import usable

    rng = random.Random(11)
    with gzip.open(SHARED / "corpora" / "ant_multisource.jsonl.gz", "rt", encoding="utf-8") as fh:
        raw = [json.loads(line) for _, line in zip(range(4000), fh, strict=False)]
    titles = [r["title"] for r in raw if r.get("title")]
    records = [Record(r["id"], r.get("title") or "", r.get("date") or "", r.get("text") or "",
                      r.get("lead") or "", r.get("author") or "", rng.sample(titles, 6))
               for r in rng.sample(raw, 200)]
    return [r for r in records if r.date and usable(r)][:n]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_corpus_records_in_every_layout(layout: str) -> None:
    records = _records(25)
    hits = body_hits = body_total = 0
    for record in records:
        page = render(record, layout)
        article = run(article_from_text(page.text), Options())
        hits += article.headline == page.headline and (article.published or "")[:10] == page.published
        body_hits += len(set(article.body) & set(page.body))
        body_total += len(page.body)
    assert hits >= 0.95 * len(records)
    assert body_hits >= 0.95 * body_total


def test_seed_fields_match_gold() -> None:
    gold = json.loads((SHARED / "seed" / "000_d38ce0d4f4cf5e4f.gold.json").read_text(encoding="utf-8"))["fields"]
    article = run(article_from_text((SHARED / "seed" / "000_d38ce0d4f4cf5e4f.txt").read_text(encoding="utf-8")),
                  Options())
    for name in ("published", "headline", "deck", "outlet", "dateline", "pull_quotes", "body", "related",
                 "furniture"):
        assert getattr(article, name) == gold[name], name
