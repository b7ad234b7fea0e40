"""What a parallel, resumable ingest needs from the store: Store.is_current, Skipped items, and
an analysis serialised in the worker stored exactly as one serialised here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from khabar.model import Article
from khabar.parallel import Skipped
from khabar.store import Store
from khabar.store.rows import with_analysis_json

Factory = Callable[..., Article]


def test_is_current_needs_the_same_id_raw_input_and_stages(store: Store, article_factory: Factory) -> None:
    article = article_factory("a1")
    store.put(article, ["structure", "arabic"])
    changed = article_factory("a1")
    changed.raw += " "
    assert store.is_current(article, ["structure", "arabic"])
    assert not store.is_current(article, ["structure"])
    assert not store.is_current(changed, ["structure", "arabic"])
    assert not store.is_current(article_factory("a2"), ["structure", "arabic"])


def test_skipped_items_count_as_unchanged(store: Store, article_factory: Factory) -> None:
    seen: list[tuple[object, str]] = []
    report = store.ingest([article_factory("a1"), Skipped("a2")], on_stored=lambda i, o: seen.append((i, o)))
    assert (report.added, report.unchanged, len(store)) == (1, 1, 1)
    assert seen[1] == (Skipped("a2"), "unchanged")


def test_analysis_serialised_in_the_worker_is_stored_the_same(tmp_path: Path, article_factory: Factory) -> None:
    with Store(tmp_path / "a.db") as plain, Store(tmp_path / "b.db") as prepared:
        plain.put(article_factory("a1"), ["structure"])
        prepared.put(with_analysis_json(article_factory("a1")), ["structure"])
        sql = "SELECT analysis, raw, content_hash FROM articles"
        assert tuple(plain.conn.execute(sql).fetchone()) == tuple(prepared.conn.execute(sql).fetchone())
        assert prepared.get("a1") == plain.get("a1")
