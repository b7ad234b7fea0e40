"""Byline lines of a page (``بقلم: فلان``, ``كتب - فلان``) and writers' roles on lines of their own."""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import norm, read_rows, read_set

#: A writer's name is at most this many words.
NAME_MAX_WORDS = 4


_ROLE_LINE_MAX_WORDS = 6


#: A name, role, menu item or kicker line does not end with one of these: a sentence or clause does.
CLAUSE_ENDS = ".؟?!:،,؛;"


_BYLINE_MAX_WORDS = 10


NOT_IN_NAMES = frozenset(":؛;!؟?\"'«»“”")


LABEL_SEP = re.compile(r"^[\s:：\-–—ـ|/]+")


_BYLINE_SEPS = ":：-–—ـ|/"


@lru_cache(maxsize=1)
def _byline_prefixes() -> tuple[tuple[str, str], ...]:
    rows = ((norm(r[0]), r[1]) for r in read_rows("byline_prefixes.tsv"))
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


def byline_name(text: str, loose: bool = False) -> str | None:
    """The name of a byline line (``بقلم: فلان`` → ``فلان``), else None.

    ``loose`` accepts a space after every byline word (``كتب فلان``), for lines already known to
    be bylines by their place.
    """
    words = text.split()
    if len(words) > _BYLINE_MAX_WORDS or len(words) < 2:
        return None
    key = norm(text)
    for prefix, follow in _byline_prefixes():
        size = prefix.count(" ") + 1
        if not key.startswith(prefix) or len(words) <= size:
            continue
        glued = key[len(prefix):len(prefix) + 1]  # "كتب:" — the separator right after the word
        if glued not in " " + _BYLINE_SEPS:
            continue  # the prefix is only the start of a longer word
        rest = " ".join(words[size:])
        if follow == "sep" and not loose and glued not in _BYLINE_SEPS and rest[:1] not in _BYLINE_SEPS:
            continue
        name = LABEL_SEP.sub("", rest).strip()
        if name and not name.endswith((".", "؟", "?", "!")):
            return name
    return None


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return read_set("byline_roles.txt")


def is_role(text: str) -> bool:
    """A writer's role on a line of its own (``كاتب وباحث سياسي``, ``أستاذ العلوم السياسية``)."""
    words = norm(text).split()
    return (0 < len(words) <= _ROLE_LINE_MAX_WORDS and text[-1] not in CLAUSE_ENDS
            and opens_with_role(words))


def opens_with_role(words: list[str]) -> bool:
    """The normalised words start with a role of ``byline_roles.txt`` (one word or two)."""
    return bool(words) and (words[0] in _roles() or " ".join(words[:2]) in _roles())
