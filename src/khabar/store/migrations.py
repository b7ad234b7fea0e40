"""The store's schema, as numbered migrations applied in order.

The database records its version in ``PRAGMA user_version`` and, with a timestamp and name for
each applied step, in the ``schema_version`` table.  :func:`migrate` applies every migration
newer than the database, each in its own transaction together with its version bump, so a failed
migration leaves the database at the previous version, never half-changed.

How to add a migration (e.g. full-text search):

* APPEND a :class:`Migration` to :data:`MIGRATIONS` with the next number; never edit or reorder
  one that has shipped (databases in the wild already ran it).
* ``sql`` is a script of statements (no ``BEGIN``/``COMMIT``: :func:`migrate` wraps it).
* Keep derived tables in step with ``articles`` by triggers: :class:`khabar.store.Store`
  replaces an article by ``DELETE`` then ``INSERT`` of its row (children go by ``ON DELETE
  CASCADE``), so ``AFTER INSERT ON articles`` / ``AFTER DELETE ON articles`` triggers see every
  change.  Back-fill existing rows in the same migration (``INSERT INTO ... SELECT ... FROM
  articles``).
* tests/store/test_migrations.py checks numbering and that every migration applies to a fresh
  database and to one at the previous version.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from khabar.ingest.watch_schema import WATCH_SQL
from khabar.search.schema import (
    NAME_FOLD_SQL,
    SEARCH_DEFINITE_HA_SQL,
    SEARCH_DOC_FIELDS_SQL,
    SEARCH_HAMZA_SQL,
    SEARCH_NAMED_PLACES_SQL,
    SEARCH_OWN_LETTERS_SQL,
    SEARCH_OWN_WORDS_SQL,
    SEARCH_PLACE_FEMININE_SQL,
    SEARCH_SHORT_STEMS_SQL,
    SEARCH_SQL,
    SEARCH_STEMS_SQL,
    SEARCH_TERMS_SQL,
    SOURCE_OUTLET_INDEX_SQL,
)
from khabar.store.errors import ERRORS_SQL


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


_INITIAL = """
CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);

-- One row per article: the raw input verbatim (for re-analysis) and the analysis as JSON.
CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    raw              TEXT NOT NULL,
    content_hash     TEXT NOT NULL,            -- sha256 of raw
    source_kind      TEXT NOT NULL,            -- text | jsonl | stdin
    source_path      TEXT,
    source_url       TEXT,
    source_line      INTEGER,
    published        TEXT,                     -- ISO 8601, as analysed
    headline         TEXT,
    outlet           TEXT,                     -- the page's outlet, else the record's source
    category         TEXT,
    analysis         TEXT NOT NULL,            -- Article.to_dict() as JSON
    stages           TEXT NOT NULL,            -- comma-separated stages that ran
    pipeline_version TEXT NOT NULL,            -- khabar version that analysed it
    analysed_at      TEXT NOT NULL             -- UTC ISO 8601
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_hash ON articles(content_hash);

-- Entities as the article resolved them; ``key`` groups one referent across articles.
CREATE TABLE entities (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL,
    key         TEXT NOT NULL,                 -- wikidata id, else TYPE:name
    name        TEXT NOT NULL,
    name_ar     TEXT,
    type        TEXT NOT NULL,
    role        TEXT,
    wikidata    TEXT,
    n_mentions  INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_key ON entities(key);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE mentions (
    article_id  TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    text        TEXT NOT NULL,
    field       TEXT NOT NULL,
    paragraph   INTEGER NOT NULL,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, entity_id) ON DELETE CASCADE
);
CREATE INDEX mentions_entity ON mentions(article_id, entity_id);
CREATE INDEX mentions_text ON mentions(text);

CREATE TABLE quotes (
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n               INTEGER NOT NULL,          -- position in the article's quote list
    kind            TEXT NOT NULL,
    cue             TEXT NOT NULL,
    content         TEXT NOT NULL,
    speaker_text    TEXT,
    speaker_entity  TEXT,                      -- entity_id within the article
    via_text        TEXT,
    via_entity      TEXT,
    when_value      TEXT,
    field           TEXT NOT NULL,
    paragraph       INTEGER NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX quotes_speaker ON quotes(article_id, speaker_entity);

CREATE TABLE times (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT,
    field       TEXT NOT NULL,
    paragraph   INTEGER NOT NULL,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE places (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n            INTEGER NOT NULL,
    text         TEXT NOT NULL,
    name         TEXT,
    name_ar      TEXT,
    country      TEXT,
    lat          REAL,
    lon          REAL,
    geonames_id  INTEGER,
    feature      TEXT,
    field        TEXT NOT NULL,
    paragraph    INTEGER NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX places_country ON places(country);
CREATE INDEX places_geonames ON places(geonames_id);

CREATE TABLE events (
    article_id         TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n                  INTEGER NOT NULL,
    action             TEXT NOT NULL,
    cameo              TEXT NOT NULL,
    plover             TEXT,
    quad               INTEGER,
    goldstein          REAL,
    negated            INTEGER NOT NULL,
    source_text        TEXT,
    source_entity      TEXT,
    source_agent       TEXT,
    source_country     TEXT,
    target_text        TEXT,
    target_entity      TEXT,
    target_agent       TEXT,
    target_country     TEXT,
    claimed_by_text    TEXT,
    claimed_by_entity  TEXT,
    when_value         TEXT,
    where_value        TEXT,
    sentence           TEXT NOT NULL,
    field              TEXT NOT NULL,
    paragraph          INTEGER NOT NULL,
    char_start         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_when ON events(when_value);
"""

#: Migration 11: quotations by the words used for their speaker, events by those of their source
#: or target (/quotes?speaker=, /events?actor= look these up instead of scanning every row).
_FACT_TEXT_INDEXES = """
CREATE INDEX quotes_speaker_text ON quotes(speaker_text);
CREATE INDEX events_source_text ON events(source_text);
CREATE INDEX events_target_text ON events(target_text);
"""

#: Migration 12: the per-entity figures (articles, mentions, name, type) read from one index in key
#: order, not row by row from the table: khabar stats, /stats and /entities group all entities by
#: key (top entities 6.4 s -> 0.5 s over 105,000 entity rows).  It starts with key, so it replaces
#: entities_key.
_ENTITY_SUMMARY_INDEX = """
CREATE INDEX entities_key_summary ON entities(key, article_id, n_mentions, type, name, name_ar);
DROP INDEX entities_key;
"""

#: Migration 15: the article's byline as a column (a reporter's articles, /articles?byline=): stores
#: made before it get the column filled from each article's stored analysis, nothing re-analysed.
#: The index holds the id too, so a byline filter reads the index alone, not the articles' rows.
_BYLINE_COLUMN = """
ALTER TABLE articles ADD COLUMN byline TEXT;
UPDATE articles SET byline = json_extract(analysis, '$.byline');
CREATE INDEX articles_byline ON articles(byline, id);
"""

#: Every migration, in order.  Append only.
#: Migration 17: one row counting every change to the articles and to the search index they are
#: read from (a trigger each), so that an answer kept across requests knows the store it came
#: from is unchanged: exact, where the file's modification time and size may not tell two commits
#: apart and PRAGMA data_version sees other connections' commits only.
STORE_CHANGES_SQL = "CREATE TABLE store_changes (n INTEGER NOT NULL);\nINSERT INTO store_changes (n) VALUES (0);\n" + "".join(
    f"CREATE TRIGGER store_changes_{table}_{event.lower()} AFTER {event} ON {table} BEGIN\n"
    "    UPDATE store_changes SET n = n + 1;\nEND;\n"
    for table in ("articles", "search_doc") for event in ("INSERT", "UPDATE", "DELETE"))

#: Migration 20: the index's writes are counted once a batch (khabar.search.index.sync_index adds one
#: to store_changes in each batch's transaction), not by a trigger per search_doc row, which fired
#: twice an article on a reindex (its row deleted, then inserted).  The articles' triggers stay: an
#: article is written one at a time.
STORE_CHANGES_PER_BATCH_SQL = "".join(f"DROP TRIGGER store_changes_search_doc_{event};\n"
                                      for event in ("insert", "update", "delete"))

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles with raw input and analysis; entities, mentions, quotes, times, places, events",
              _INITIAL),
    Migration(2, "full-text search: analyzed FTS5 index, queued by triggers (khabar.search.index)",
              SEARCH_SQL),
    Migration(3, "full-text search: a stems column (khabar.arabic search stems); articles reindexed",
              SEARCH_STEMS_SQL),
    Migration(4, "full-text search: terms split suffixes themselves, stems column dropped; reindexed",
              SEARCH_TERMS_SQL),
    Migration(5, "full-text search: outlet and publication date in search_doc (fast facets and filters)",
              SEARCH_DOC_FIELDS_SQL),
    Migration(6, "khabar watch: polled feeds and a durable queue of their items (khabar.ingest.watch)",
              WATCH_SQL),
    Migration(7, "input errors with their bytes, for khabar errors and ingest --retry-errors (khabar.store.errors)",
              ERRORS_SQL),
    Migration(8, "full-text search: terms fold hamza seats (ؤ → و, ئ → ي); articles reindexed",
              SEARCH_HAMZA_SQL),
    Migration(9, "entity lookups by names typed without hamza or with vowel marks: folded-name indexes",
              NAME_FOLD_SQL),
    Migration(10, "full-text search: no two-letter terms (الرقة is رقه, not رق); articles reindexed",
              SEARCH_SHORT_STEMS_SQL),
    Migration(11, "quotes by speaker words and events by actor words: indexes", _FACT_TEXT_INDEXES),
    Migration(12, "entities by key with their figures in one covering index (stats, top entities)",
              _ENTITY_SUMMARY_INDEX),
    Migration(13, "full-text search: a definite word's final ه split off as a pronoun is ة; reindexed",
              SEARCH_DEFINITE_HA_SQL),
    Migration(14, "full-text search: letters before a two-letter core stay the word's own (ورقة is not الرقة); reindexed",
              SEARCH_OWN_LETTERS_SQL),
    Migration(15, "articles: a byline column (a reporter's articles), filled from the stored analyses",
              _BYLINE_COLUMN),
    Migration(16, "articles by the outlet their record named (a collection's path under a printed name): "
              "an index of the stored analyses' source outlet, no row rewritten", SOURCE_OUTLET_INDEX_SQL),
    Migration(17, "a count of the changes to the articles and their index, by any connection or process "
              "(answers kept until the store changes: khabar.store.duplicates.same_story)", STORE_CHANGES_SQL),
    Migration(18, "full-text search: a feminine noun is not the place its core names (الرياضة is not الرياض); "
              "reindexed", SEARCH_PLACE_FEMININE_SQL),
    Migration(19, "full-text search: a place that is also a given name keeps its article (الرياض is not the man "
              "رياض, nor الهند هند); reindexed", SEARCH_NAMED_PLACES_SQL),
    Migration(20, "the count of changes counts a batch of the index's writes once, not each row of it "
              "(store_changes by khabar.search.index.sync_index)", STORE_CHANGES_PER_BATCH_SQL),
    Migration(21, "full-text search: a frequent word's first letter is its own, no proclitic (كمال is not "
              "مال, لجنة not جنة); reindexed", SEARCH_OWN_WORDS_SQL),
)

LATEST_VERSION = MIGRATIONS[-1].version


class MigrationError(RuntimeError):
    """The database cannot be brought to this code's schema version."""


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def check_numbering(migrations: tuple[Migration, ...] = MIGRATIONS) -> None:
    """Migrations must be numbered 1, 2, 3, ... in order."""
    for expected, migration in enumerate(migrations, 1):
        if migration.version != expected:
            raise MigrationError(f"migration {migration.name!r} is numbered {migration.version}, "
                                 f"expected {expected}")


def migrate(conn: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
    """Apply every migration newer than the database; returns the versions applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so that each migration is
    exactly one explicit transaction.
    """
    check_numbering(migrations)
    version = current_version(conn)
    if version > len(migrations):
        raise MigrationError(f"database schema version {version} is newer than this khabar "
                             f"({len(migrations)}); upgrade khabar")
    applied = []
    for migration in migrations[version:]:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                         (migration.version, migration.name, now))
            # PRAGMA takes no parameters; the version is an int from this module, not input.
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied


def _statements(script: str) -> list[str]:
    """Split a script into complete statements (triggers' inner ``;`` included correctly)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not current.strip().startswith("--"):
        raise MigrationError(f"incomplete SQL statement in migration: {current.strip()[:60]!r}")
    return statements
