"""Titles of works: a name right after a noun of a work (``work_nouns.tsv``: برنامج بوليتيكا,
مسلسل "طايع", فيلم "بلال") names the programme, series, film or book, a PRODUCT, whatever the
tagger read it as (a place, a person); the same name elsewhere in the article is the same work."""

from __future__ import annotations

from functools import lru_cache

from khabar.entities.bodies import QUOTE_MARKS
from khabar.entities.builder import Builder
from khabar.entities.keys import word_readings
from khabar.entities.lexicon import table_records

#: Words a quoted title may run on for past the tagger's span, to its closing quote.
MAX_TITLE_RUN = 6
#: Tagger types an unquoted title after a bare=yes noun is read from (a person stays the maker).
BARE_TITLE_TYPES = ("GPE", "LOC")
#: Types of the article's other entities of a title's name that are that work.
RETYPED = ("GPE", "LOC", "ORG")


@lru_cache(maxsize=1)
def work_nouns() -> dict[str, bool]:
    """Work noun (as :func:`word_readings` keys it) -> whether an unquoted title may follow it."""
    rows = table_records("work_nouns")
    return {word_readings(row["noun"])[0]: row["bare"] == "yes" for row in rows}


def _work_noun(word: str) -> bool | None:
    """Whether ``word`` is a work noun taking an unquoted title (None: no work noun)."""
    nouns = work_nouns()
    return next((nouns[r] for r in word_readings(word) if r in nouns), None)


def work_title_end(texts: list[str], first: int, last: int, type_: str) -> int | None:
    """The last token of the work's title when tagger span ``[first, last]`` of ``type_`` names a
    work (after a work noun, in quotes or, for a bare=yes noun and a place reading, not), else None.
    A quoted title runs on to its closing quote (مسلسل "عوض أباً عن جد")."""
    i = first - 1
    quoted = i >= 0 and texts[i] in QUOTE_MARKS
    i -= quoted
    bare = _work_noun(texts[i]) if i >= 0 else None
    if bare is None or not (quoted or (bare and type_ in BARE_TITLE_TYPES)):
        return None
    if quoted:
        close = next((j for j in range(last + 1, min(len(texts), last + MAX_TITLE_RUN + 2))
                      if texts[j] in QUOTE_MARKS), None)
        return last if close is None else close - 1
    return last


def merge_work_titles(b: Builder) -> None:
    """A name the article gives as a work's title (برنامج بوليتيكا) is that work where the tagger
    read it as a place or a body without the noun (في بوليتيكا): names found in the text only."""
    titles = {e.name_ar: e for e in b.entities.values() if e.type == "PRODUCT" and e.name_ar}
    if not titles:
        return
    for ent in list(b.entities.values()):
        if ent.type in RETYPED and ent.name == ent.name_ar and ent.name_ar in titles:
            b.merge(ent, titles[ent.name_ar])
