"""News agencies as credits name them (``resources/agencies.tsv``): ``أ ف ب``, ``أ.ف.ب``, ``فرانس برس``
are AFP; ``واس`` is the Saudi Press Agency."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import norm, read_rows

_QUOTES = "«»\"'“”"
_LETTERS = re.compile(r"[\s.]+")


def agency_key(text: str) -> str:
    """The matching form of an agency's name: normalised, and an abbreviation of single letters
    written as one word however they are spaced or dotted (``أ ف ب``, ``أ.ف.ب``, ``(ا ف ب)``: ``افب``)."""
    key = norm(text).strip(" ()[]-–—:" + _QUOTES)
    letters = [part for part in _LETTERS.split(key) if part]
    if len(letters) > 1 and all(len(part) == 1 for part in letters):
        return "".join(letters)
    return " ".join(key.replace(".", " ").split()) if key.count(".") > 1 else key


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    """Agency forms (matching keys) → the agency's short name (resources/agencies.tsv)."""
    return {agency_key(form): name for name, form in read_rows("agencies.tsv")}


def agency_name(text: str) -> str | None:
    """The short name of the news agency ``text`` names (``أ.ف.ب`` → ``AFP``), else None."""
    return _agencies().get(agency_key(text))
