"""Stable entity ids: the same referent gets the same id in every article.

The id is ``<type>:<slug>`` where the slug comes from the canonical name: ASCII words for an
English name (``per:sergey-lavrov``), a letter-by-letter romanisation for a name known only in
Arabic (``per:hydr-al-abady``).  Nothing random or article-dependent goes into it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from khabar.arabic.normalize import PRESENTATION_FORMS
from khabar.entities.keys import fold
from khabar.entities.lexicon import compound_name_words

# One Latin letter (or digraph) per Arabic letter: readable, and unique enough for a key.
_ROMAN = str.maketrans({
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y",
})
#: Arabic letters, presentation forms too (a PDF copy's name gets the plain spelling's id: fold reads them).
_ARABIC = re.compile(f"[\u0600-\u06ff{PRESENTATION_FORMS}]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_WORD_BREAK = re.compile(r"[\s_]+")


def slug(name: str) -> str:
    """Lower-case ASCII slug of a name in any script; a compound given name is one word in it,
    written so or not (عبد العزيز and عبدالعزيز, نور الدين and نورالدين: :func:`_compounds_joined`)."""
    text = _compounds_joined(fold(name)).translate(_ROMAN) if _ARABIC.search(name) else name
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NOT_SLUG.sub("-", text).strip("-") or "x"


def _compounds_joined(folded: str) -> str:
    """The folded name without the space after a compound given name's first word (عبد, أبو) or
    before its second (الدين): ``compound_names.tsv``.  Sites write them both ways (and a hashtag
    with _ between the words: #مي_عز_الدين is مي عز الدين)."""
    parts = compound_name_words()
    words = _WORD_BREAK.split(folded)
    out = words[:1]
    for word in words[1:]:
        if out[-1].lstrip("#") in parts["first"] or word in parts["second"]:
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)


@lru_cache(maxsize=100_000)  # the same few thousand referents recur in article after article
def entity_id(type_: str, name: str) -> str:
    return f"{type_.lower()}:{slug(name)}"
