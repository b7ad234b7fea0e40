"""Record dates (ISO 8601, RSS/RFC 2822, ``YYYY-MM-DD hh:mm:ss``) written as ISO 8601."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime


def iso_date(value: str | None) -> str | None:
    """``value`` as ISO 8601 (date, or datetime keeping its UTC offset); None if it is no date."""
    if not value:
        return None
    text = value.strip()
    if len(text) == 10:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None
