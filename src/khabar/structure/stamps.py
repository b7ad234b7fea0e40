"""Machine stamps that date a message in English forms the page's date tables do not read: a wire's
time stamp line (the agency, the day with the time of day, the zone, the month, the year: ``AFP 221512
GMT APR 18``, ``ا ف ب 050140 GMT MAR 18``, the form ANPA and IPTC 7901 wires close a message on, a
spool or a newsroom's wire basket keeps it under the text), and a chat exporter's stamp with a
two-digit year (``05-Mar-18 10:42 AM``, DiscordChatExporter's).
"""

from __future__ import annotations

import datetime as dt
import re

from khabar.structure.data import norm
from khabar.structure.dates import DateLine, month_names

_STAMP = re.compile(r"(?:[^\d\n]{1,20}\s)?(?P<day>\d{2})(?:[01]\d|2[0-3])[0-5]\d\s(?:GMT|UTC|ت\s?غ)\s"
                    r"(?P<month>[A-Za-z]{3}|[^\d\s]{3,12})\s(?P<year>\d{2}|\d{4})", re.IGNORECASE)
#: A chat stamp's time of day (``10:42``, ``15:12:09``), the day part on a 12-hour clock after it.
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
AM_PM = r"[AaPp][Mm]"
#: A chat exporter's day with the month's English name and a two-digit year (``05-Mar-18``); the one
#: pattern of it, read here alone on a line and by :mod:`khabar.structure.markup` in a message header.
CHAT_DAY = r"(?P<day>\d{1,2})-(?P<month>[A-Za-z]{3})-(?P<year>\d{2})"
_CHAT = re.compile(rf"{CHAT_DAY}\s{CLOCK}(?:\s?{AM_PM})?")


def stamp_date(text: str) -> DateLine | None:
    """The date of a wire's time stamp line or a chat exporter's stamp, or None."""
    stripped = text.strip()
    if len(text) > 48 or not (m := _STAMP.fullmatch(stripped) or _CHAT.fullmatch(stripped)):
        return None
    # the month's names read from CLDR, English among its locales (APR, Mar), and months.tsv
    if (month := month_names().get(norm(m["month"]))) is None:
        return None
    year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
    try:
        return DateLine(dt.date(year, month, int(m["day"])).isoformat(), "published")
    except ValueError:
        return None
