"""Ingest: turn paths, globs, folders and stdin into :class:`~khabar.model.Article` objects.

Inputs are text dumps (one page per file), JSON Lines records (``.jsonl``/``.json``), HTML pages
(:mod:`~khabar.ingest.html`), WARC files (:mod:`~khabar.ingest.warc`) and RSS/Atom feeds
(:mod:`~khabar.ingest.feeds`); ``.gz`` is read transparently.  Every article keeps its raw input verbatim in ``Article.raw``.  A bad input
never stops the batch: it is reported as an :class:`InputError` (one line naming the item and the
reason) and reading goes on.
"""

from khabar.ingest.readers import iter_inputs
from khabar.ingest.records import (
    InputError,
    article_from_raw,
    article_from_record,
    article_from_text,
    stable_id,
)

__all__ = ["InputError", "article_from_raw", "article_from_record", "article_from_text", "iter_inputs", "stable_id"]
