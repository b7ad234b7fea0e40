"""Schema migrations: numbered, applied in order, each atomic, appendable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from khabar.store import Store
from khabar.store.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    Migration,
    MigrationError,
    check_numbering,
    current_version,
    migrate,
)


def _conn(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def test_migrations_are_numbered_from_one() -> None:
    check_numbering()
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    with pytest.raises(MigrationError, match="expected 2"):
        check_numbering((MIGRATIONS[0], Migration(3, "gap", "SELECT 1;")))


def test_a_new_database_gets_every_migration_once(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        assert current_version(store.conn) == LATEST_VERSION
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_version ORDER BY version")]
        assert versions == list(range(1, LATEST_VERSION + 1))
    conn = _conn(tmp_path / "k.db")
    assert migrate(conn) == []  # reopening applies nothing


def test_every_migration_applies_on_top_of_the_previous_version(tmp_path: Path) -> None:
    for upto in range(1, LATEST_VERSION + 1):
        conn = _conn(tmp_path / f"v{upto}.db")
        assert migrate(conn, MIGRATIONS[: upto - 1]) == list(range(1, upto))
        assert migrate(conn, MIGRATIONS[:upto]) == [upto]


def test_an_appended_migration_with_a_trigger_is_applied(tmp_path: Path) -> None:
    conn = _conn(tmp_path / "k.db")
    migrate(conn)
    extra = Migration(LATEST_VERSION + 1, "headline log", """
        CREATE TABLE headline_log (id TEXT, headline TEXT);
        CREATE TRIGGER headline_log_ai AFTER INSERT ON articles BEGIN
            INSERT INTO headline_log VALUES (new.id, new.headline);
        END;
    """)
    assert migrate(conn, (*MIGRATIONS, extra)) == [LATEST_VERSION + 1]
    assert current_version(conn) == LATEST_VERSION + 1
    assert "headline_log_ai" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_a_failing_migration_leaves_the_previous_version_intact(tmp_path: Path) -> None:
    conn = _conn(tmp_path / "k.db")
    migrate(conn)
    bad = Migration(LATEST_VERSION + 1, "broken", "CREATE TABLE half (x);\nINSERT INTO nowhere VALUES (1);")
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, (*MIGRATIONS, bad))
    assert current_version(conn) == LATEST_VERSION
    assert "half" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_a_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    conn = _conn(tmp_path / "k.db")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    with pytest.raises(MigrationError, match="newer than this khabar"):
        migrate(conn)


def test_a_store_made_before_the_byline_column_gets_it_from_its_analyses(tmp_path: Path) -> None:
    conn = _conn(tmp_path / "old.db")
    migrate(conn, MIGRATIONS[:14])
    for article_id, analysis in (("a1", '{"id":"a1","byline":"لندن: رنيم حنوش"}'), ("a2", '{"id":"a2"}')):
        conn.execute("INSERT INTO articles (id, raw, content_hash, source_kind, analysis, stages, pipeline_version, "
                     "analysed_at) VALUES (?, 'نص', 'h', 'jsonl', ?, 'structure', '0', 'now')", (article_id, analysis))
    assert migrate(conn)[0] == 15
    rows = conn.execute("SELECT id, byline, raw, analysis FROM articles ORDER BY id").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [("a1", "لندن: رنيم حنوش", "نص"), ("a2", None, "نص")]
    assert rows[0][3] == '{"id":"a1","byline":"لندن: رنيم حنوش"}'  # the analysis is untouched
    with Store(tmp_path / "old.db") as store:  # and the store opens it as it is
        assert len(store) == 2


def test_the_source_outlet_index_rewrites_no_row(tmp_path: Path) -> None:
    conn = _conn(tmp_path / "old.db")
    migrate(conn, MIGRATIONS[:15])
    conn.execute("INSERT INTO articles (id, raw, content_hash, source_kind, analysis, stages, pipeline_version, "
                 "analysed_at, outlet) VALUES ('a1', 'نص', 'h', 'jsonl', ?, 'structure', '0', 'now', 'عين اليوم')",
                 ('{"id":"a1","source":{"kind":"jsonl","outlet":"saudinewsnet/3alyoum"}}',))
    before = conn.execute("SELECT * FROM articles").fetchall()
    assert migrate(conn, MIGRATIONS[:16]) == [16]
    assert conn.execute("SELECT * FROM articles").fetchall() == before
    assert conn.execute("SELECT id FROM articles WHERE json_extract(analysis, '$.source.outlet') = ?",
                        ("saudinewsnet/3alyoum",)).fetchall() == [("a1",)]


def test_the_count_of_changes_counts_every_write_to_the_articles_and_their_index(tmp_path: Path) -> None:
    conn = _conn(tmp_path / "old.db")
    migrate(conn, MIGRATIONS[:16])
    conn.execute("INSERT INTO articles (id, raw, content_hash, source_kind, analysis, stages, pipeline_version, "
                 "analysed_at) VALUES ('a1', 'نص', 'h', 'jsonl', '{}', 'structure', '0', 'now')")
    assert migrate(conn, MIGRATIONS[:17]) == [17]
    counted = conn.execute("SELECT n FROM store_changes").fetchone()[0]  # made after the article: 0
    conn.execute("UPDATE articles SET headline = 'عنوان' WHERE id = 'a1'")
    conn.execute("DELETE FROM articles WHERE id = 'a1'")
    assert conn.execute("SELECT n FROM store_changes").fetchone()[0] == counted + 2


def test_a_reindex_counts_one_change_a_batch_not_two_an_article(make_db) -> None:
    from khabar.model import Article, Source
    from khabar.search import sync_index

    db = make_db([Article(id=f"r{i}", source=Source("text"), raw=f"r{i}", headline="خبر", body=["نص الخبر"])
                  for i in range(5)])
    with Store(db) as store:
        before = store.conn.execute("SELECT n FROM store_changes").fetchone()[0]
        store.conn.execute("INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles")
        assert sync_index(store.conn) == 5
        assert store.conn.execute("SELECT n FROM store_changes").fetchone()[0] == before + 1
        assert sync_index(store.conn) == 0  # nothing queued: nothing written, nothing counted
        assert store.conn.execute("SELECT n FROM store_changes").fetchone()[0] == before + 1
