"""The store: analysed articles in SQLite, idempotent, one transaction per article.

``Store(path)`` opens (creating and migrating) a database; ``ingest(items)`` stores articles
from :func:`khabar.analysis.analyze_inputs`, ``get(id)``, ``iter_articles()``, ``stats()`` read
it back, ``reanalyse()`` recomputes everything from the stored raw inputs.  The schema and how to
add a migration are in :mod:`khabar.store.migrations`; exports in :mod:`khabar.store.export`.
"""

from khabar.store.db import ADDED, DEFAULT_DB, UNCHANGED, UPDATED, IngestReport, Store, StoreError
from khabar.store.stats import StoreStats

__all__ = ["ADDED", "DEFAULT_DB", "UNCHANGED", "UPDATED", "IngestReport", "Store", "StoreError", "StoreStats"]
