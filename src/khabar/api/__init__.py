"""The HTTP API (FastAPI): articles, search, entities, quotes, events, places, stats."""

from khabar.api.app import create_app

__all__ = ["create_app"]
