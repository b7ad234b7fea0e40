"""Tables of ``khabar watch``: the feeds it polls and a durable queue of their items.

Applied by the store as a migration (:mod:`khabar.store.migrations`).  The queue is what makes a
watch restart-safe: an entry is queued in the transaction that records the feed's new validators,
its fetched page is kept in the row before analysis, and the row is marked ``stored`` in the
transaction that stores the article; a crash anywhere resumes from the last committed state.
"""

WATCH_SQL = """
-- One row per polled feed: its validators for the next conditional GET.
CREATE TABLE watch_feeds (
    url            TEXT PRIMARY KEY,
    title          TEXT,
    etag           TEXT,
    last_modified  TEXT,
    checked_at     TEXT,                  -- UTC ISO 8601 of the last poll
    error          TEXT                   -- why the last poll failed, NULL when it did not
);

-- One row per feed item, keyed by its page address (else its guid): an item is fetched once.
CREATE TABLE watch_items (
    key            TEXT PRIMARY KEY,      -- the page URL without fragment, else guid:<id>
    feed_url       TEXT NOT NULL,
    url            TEXT,                  -- the page to fetch; NULL when the entry has none
    stamp          TEXT,                  -- the entry's updated/published value; a change refetches
    record         TEXT NOT NULL,         -- the entry as a JSON Lines record (khabar.ingest.feeds)
    state          TEXT NOT NULL,         -- queued | fetched | stored | failed
    attempts       INTEGER NOT NULL DEFAULT 0,
    etag           TEXT,                  -- the page's validators, for a conditional refetch
    last_modified  TEXT,
    final_url      TEXT,                  -- after redirects
    content_type   TEXT,
    body           BLOB,                  -- fetched bytes, kept until stored (and when failing)
    article_id     TEXT,
    error          TEXT,
    queued_at      TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX watch_items_state ON watch_items(state);
"""
