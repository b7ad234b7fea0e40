"""The store: round trips, idempotence, atomic replacement, one transaction per article."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from khabar.analysis import analyze_inputs
from khabar.ingest import InputError
from khabar.model import Article, Entity
from khabar.schema import validate_article
from khabar.store import ADDED, UNCHANGED, UPDATED, Store, StoreError

FACT_TABLES = ("entities", "mentions", "quotes", "times", "places", "events")
Factory = Callable[..., Article]


def _counts(store: Store) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", *FACT_TABLES)}


def test_a_fresh_database_is_wal_with_foreign_keys(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_put_then_get_round_trips_the_article(store: Store, article_factory: Factory) -> None:
    article = article_factory()
    validate_article(article.to_dict())
    assert store.put(article, ["structure"]) == ADDED
    back = store.get("a1")
    assert back.to_dict(include_raw=True) == article.to_dict(include_raw=True)
    assert store.get("missing") is None
    row = store.conn.execute("SELECT source_kind, source_path, published, headline, outlet, stages, "
                             "pipeline_version FROM articles").fetchone()
    assert tuple(row)[:6] == ("text", "a1.txt", "2017-11-14", "موسكو تنفي الانسحاب", "ميدل ايست أونلاين",
                              "structure")


def test_facts_are_normalised_into_their_tables(store: Store, article_factory: Factory) -> None:
    store.put(article_factory())
    assert _counts(store) == {"articles": 1, "entities": 2, "mentions": 3, "quotes": 1, "times": 1,
                              "places": 1, "events": 1}
    who = store.conn.execute(
        "SELECT e.name, q.content FROM quotes q JOIN entities e "
        "ON e.article_id = q.article_id AND e.entity_id = q.speaker_entity").fetchall()
    assert [tuple(r) for r in who] == [("Sergei Lavrov", "نحن باقون في سوريا")]
    assert store.conn.execute("SELECT key FROM entities ORDER BY entity_id").fetchall()[1][0] == "GPE:Moscow"
    ev = store.conn.execute("SELECT negated, claimed_by_entity, char_start < char_end FROM events").fetchone()
    assert tuple(ev) == (1, "e1", 1)


def test_ingesting_the_same_page_twice_stores_it_once(store: Store, article_factory: Factory) -> None:
    first = store.ingest([article_factory(), article_factory("a2")])
    second = store.ingest([article_factory(), article_factory("a2")])
    assert (first.added, second.unchanged, second.added, second.updated) == (2, 2, 0, 0)
    assert _counts(store)["articles"] == 2 and _counts(store)["mentions"] == 6


def test_a_changed_analysis_replaces_article_and_facts(store: Store, article_factory: Factory) -> None:
    store.put(article_factory())
    changed = article_factory()
    changed.quotes = []
    changed.entities = changed.entities[:1]
    assert store.put(changed) == UPDATED
    assert _counts(store) == {"articles": 1, "entities": 1, "mentions": 2, "quotes": 0, "times": 1,
                              "places": 1, "events": 1}
    assert store.get("a1").quotes == []


def test_a_failing_article_is_reported_and_nothing_stored_is_lost(store: Store, article_factory: Factory) -> None:
    store.put(article_factory("a1"))
    before = store.get("a1").to_dict()
    broken = article_factory("a1")
    broken.headline = "نسخة معطوبة"
    broken.entities.append(Entity("e1", "Duplicate id", "PER"))  # violates the entities primary key
    errors: list[InputError] = []
    report = store.ingest([article_factory("a0"), broken, InputError("x.txt", "empty input"),
                           article_factory("a3")], on_error=errors.append)
    assert (report.added, report.failed) == (2, 2)
    assert [e.item for e in errors] == ["a1.txt", "x.txt"]
    assert errors[0].reason.startswith("not stored (IntegrityError")
    assert errors[0].retry is not None and errors[0].retry.data  # its raw input is kept for a retry
    assert store.get("a1").to_dict() == before  # the old version, whole
    assert _counts(store)["articles"] == 3 and _counts(store)["mentions"] == 9


def test_delete_removes_every_fact(store: Store, article_factory: Factory) -> None:
    store.put(article_factory())
    assert store.delete("a1") and not store.delete("a1")
    assert set(_counts(store).values()) == {0}


def test_reading_api(store: Store, article_factory: Factory) -> None:
    store.ingest([article_factory("b", published="2018-01-02"), article_factory("a", published="2018-01-03")])
    assert len(store) == 2 and "a" in store and "z" not in store
    assert [a.id for a in store.iter_articles()] == ["b", "a"]  # by publication date
    assert [a.raw != "" for a in store.iter_articles(with_raw=True)] == [True, True]
    assert store.ids() == ["b", "a"]


@pytest.mark.parametrize("query, found", [("abc123", ["abc123"]), ("abc", ["abc123", "abc456"]),
                                          ("ab%", []), ("a_c", []), ("zzz", [])])
def test_resolve_id_by_prefix_without_wildcards(store: Store, article_factory: Factory, query: str,
                                                found: list[str]) -> None:
    store.ingest([article_factory("abc123"), article_factory("abc456")])
    assert store.resolve_id(query) == found


def test_hostile_ids_are_data_not_sql(store: Store, article_factory: Factory) -> None:
    nasty = "x'); DROP TABLE articles; --"
    store.put(article_factory(nasty))
    assert store.get(nasty).id == nasty and store.resolve_id("x'") == [nasty]


def test_stats_summarise_the_store(store: Store, article_factory: Factory) -> None:
    store.ingest([article_factory("a1", published="2017-11-14"),
                  article_factory("a2", published="2018-02-01T10:00:00+02:00", outlet=None),
                  article_factory("a3", body=["نص بلا وقائع."], published="2016-05-05")])
    s = store.stats(top=5)
    assert (s.articles, s.first_published, s.last_published[:10]) == (3, "2016-05-05", "2018-02-01")
    assert s.outlets == [("ميدل ايست أونلاين", 2), (None, 1)]
    assert s.counts == {"entities": 4, "mentions": 6, "quotes": 2, "times": 2, "places": 2, "events": 2}
    assert s.distinct_entities == 2
    assert s.top_entities[0] == ("Sergei Lavrov", "PER", 2, 4)
    assert s.top_speakers == [("Sergei Lavrov", 2)]
    assert s.schema_version >= 1


def test_reanalyse_recomputes_from_the_stored_raw(tmp_path: Path, store: Store) -> None:
    page = tmp_path / "p.txt"
    page.write_text("عنوان الخبر\nبيروت - نص الخبر الأول.\nنص الخبر الثاني.\n", encoding="utf-8")
    store.ingest(analyze_inputs([str(page)], stages=["structure"]), stages=["structure"])
    [aid] = store.ids()
    fresh = store.get(aid).to_dict()
    # Damage the stored analysis; re-analysis must rebuild it from raw alone.
    store.conn.execute("UPDATE articles SET analysis = json_set(analysis, '$.body', json('[]')) WHERE id = ?",
                       (aid,))
    assert store.get(aid).body == []
    report = store.reanalyse(stages=["structure"])
    assert (report.updated, report.failed) == (1, 0)
    assert store.get(aid).to_dict() == fresh


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open as a khabar database"):
        Store(bogus)


def test_committed_articles_survive_a_crash_mid_batch(tmp_path: Path, article_factory: Factory) -> None:
    path = tmp_path / "k.db"

    def items():
        yield article_factory("a1")
        yield article_factory("a2")
        raise RuntimeError("power cut")

    with Store(path) as s, pytest.raises(RuntimeError):
        s.ingest(items())
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT id FROM articles ORDER BY id").fetchall() == [("a1",), ("a2",)]
    assert conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == 6
    with Store(path) as s:
        assert s.put(article_factory("a1")) == UNCHANGED


def test_the_documented_who_said_what_about_query_runs(store: Store, article_factory: Factory) -> None:
    from khabar.model import Mention

    article = article_factory()
    start = article.body[1].index("سوريا")
    article.entities.append(Entity("e3", "Syria", "GPE", wikidata="Q858",
                                   mentions=[Mention("سوريا", "body", 1, start, start + 5)]))
    store.put(article)
    doc = (Path(__file__).resolve().parents[2] / "docs" / "store.md").read_text(encoding="utf-8")
    query = doc.split("```sql")[1].split("```")[0]
    assert [tuple(r) for r in store.conn.execute(query, ("Q858",))] == [("Sergei Lavrov", "نحن باقون في سوريا")]
    assert store.conn.execute(query, ("Q163828",)).fetchall() == []


def test_the_stages_that_ran_are_recorded(tmp_path: Path, store: Store) -> None:
    page = tmp_path / "p.txt"
    page.write_text("عنوان الخبر\nنص الخبر.\n", encoding="utf-8")
    store.ingest(analyze_inputs([str(page)], stages=["arabic"]))
    assert store.conn.execute("SELECT stages FROM articles").fetchone()[0] == "structure,arabic"
