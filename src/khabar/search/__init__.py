"""Arabic-aware full-text search over the store: analyzer, FTS5 index, ranked filtered queries."""

from khabar.search.analyzer import analyzed, term, terms
from khabar.search.engine import SearchHit, SearchResult, facets, search
from khabar.search.filters import SearchFilters
from khabar.search.index import sync_index
from khabar.search.query import Query, QueryError, parse_query

__all__ = [
    "Query",
    "QueryError",
    "SearchFilters",
    "SearchHit",
    "SearchResult",
    "analyzed",
    "facets",
    "parse_query",
    "search",
    "sync_index",
    "term",
    "terms",
]
