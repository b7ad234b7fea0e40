"""The web UI: right-to-left, server-rendered pages (search, article, entity, map, events)."""

from khabar.web.pages import web_router

__all__ = ["web_router"]
