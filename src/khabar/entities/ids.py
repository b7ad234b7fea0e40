"""Stable entity ids: the same referent gets the same id in every article.

The id is ``<type>:<slug>`` where the slug comes from the canonical name: ASCII words for an
English name (``per:sergey-lavrov``), a letter-by-letter romanisation for a name known only in
Arabic (``per:hydr-al-abady``).  Nothing random or article-dependent goes into it.
"""

from __future__ import annotations

import re
import unicodedata

from khabar.entities.keys import fold

# One Latin letter (or digraph) per Arabic letter: readable, and unique enough for a key.
_ROMAN = str.maketrans({
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y",
})


def slug(name: str) -> str:
    """Lower-case ASCII slug of a name in any script."""
    text = fold(name).translate(_ROMAN) if re.search("[\u0600-\u06ff]", name) else name
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def entity_id(type_: str, name: str) -> str:
    return f"{type_.lower()}:{slug(name)}"
