"""Calendar names from CLDR (through babel) that more than one stage reads: structure's date lines
and times' expressions each normalise them their own way (``structure.data.norm``, ``fold_word``),
so the names are kept here as written."""

from __future__ import annotations

from functools import cache


@cache
def arabic_weekdays() -> dict[str, int]:
    """Arabic weekday names as written (CLDR's wide ones, and الإثنين with its hamza, which pages
    use beside CLDR's الاثنين) -> Python weekday (Monday = 0)."""
    from babel.dates import get_day_names

    days = {name: number for number, name in get_day_names("wide", locale="ar").items()}
    days["الإثنين"] = 0
    return days
