"""The Umm al-Qura calendar (the Gulf press's Hijri calendar, through hijridate), shared by the
stages that read Hijri dates (structure's date lines, times' expressions) and the search's Hijri
date filters, so that none of them imports another for it."""

from __future__ import annotations

import datetime as dt


def umm_al_qura_day(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri one by Umm al-Qura, or None when the calendar has no such day
    (30 of a month of 29, month 13) or the year lies outside its tables (1343-1500 AH)."""
    from hijridate import Hijri  # imported when first asked: most articles have no Hijri date

    try:
        return Hijri(year, month, day).to_gregorian()
    except (OverflowError, ValueError):
        return None
