"""The date filters' bounds: a Gregorian year, month or day as typed (2018, 2018-06, 2018-06-14),
or a Hijri one in the same form (1439, 1439-09, 1439-09-01: Ramadan 1439), turned into the bound
on the ISO publication stamps the store keeps."""

from __future__ import annotations

import re
from datetime import date, timedelta

from khabar.hijri import umm_al_qura_day
from khabar.search.query import QueryError

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
#: Years read as Hijri: no stored article was published in 1343-1499 AD, and these are the Hijri
#: years of the Umm al-Qura tables (1343 AH began in 1924, 1499 AH ends in 2077); a user typing
#: 1439-09 means Ramadan 1439, not September 1439.
HIJRI_YEARS = range(1343, 1500)


def _hijri_bound(value: str, name: str, upper: bool) -> str:
    year, month, day = (int(part) for part in (value.split("-") + ["0", "0"])[:3])
    if day:
        found = umm_al_qura_day(year, month, day)
        if found is None:
            raise QueryError(f"{name}: {value} is not a day of the Hijri calendar (Umm al-Qura)")
        return found.isoformat() + ("~" if upper else "")
    if not upper:
        return umm_al_qura_day(year, month or 1, 1).isoformat()  # type: ignore[union-attr]
    # the last day of a Hijri month or year: the day before the next one begins
    after = (year, month + 1) if month and month < 12 else (year + 1, 1)
    return (umm_al_qura_day(*after, 1) - timedelta(days=1)).isoformat() + "~"  # type: ignore[operator]


def date_bound(value: str, name: str, upper: bool) -> str:
    """The bound on ISO stamps for the date filter ``name`` (date_from or date_to): the value itself
    (an upper one past all of its year, month or day: '2018-03~'), or, for a Hijri year, the
    Gregorian day its year, month or day begins (from) or ends (to).  A malformed value or a day the
    calendar lacks is a QueryError naming it."""
    if not _DATE.match(value):
        raise QueryError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (a Hijri year such as "
                         f"1439-09 for Ramadan 1439 too), not {value!r}")
    if int(value[:4]) in HIJRI_YEARS:
        return _hijri_bound(value, name, upper)
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:  # 2018-02-30, 2019-02-29: the pattern allows any day up to 31
            raise QueryError(f"{name}: {value} is not a day of the calendar") from None
    # An upper bound on a year or month covers all of it: '2018-03' <= '2018-03-31...' < '2018-03~'.
    return value + "~" if upper else value
