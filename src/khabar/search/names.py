"""Latin-script names in a query (Putin, Lavrov, Hamas) searched by their Arabic spellings.

The index holds Arabic text, so a journalist's ``Putin`` would match nothing.  The store already
knows how the analysis named each entity in both scripts (``entities.name`` and ``name_ar``):
a query word written in Latin letters that is a whole word of some entity's name is also searched
as the Arabic word at the same place of that entity's Arabic name (Vladimir Putin / فلاديمير
بوتين: Putin → بوتين), or as the whole Arabic name when the word is the whole name (Hamas →
حماس).  Names whose two spellings do not have the same number of words cannot be aligned and
are skipped, so "Trump peace plan" / صفقة القرن adds nothing to ``Trump``.  A word no stored name
holds that is the English name of a big city is searched by the Arabic names geonames gives it
(Tunis → تونس: the analysis names تونس Tunisia, so no entity is called Tunis; :func:`khabar.towns.english_city_names`).
"""

from __future__ import annotations

import re
import sqlite3

from khabar.search.analyzer import terms
from khabar.search.query import Query
from khabar.search.schema import NAME_FOLDS
from khabar.towns import english_city_names

_LATIN_WORD = re.compile(r"^[a-z][a-z'-]*$")
_NAME_WORDS = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
#: Arabic spellings kept per Latin word (the most frequent entities first).
MAX_SPELLINGS = 6


_FOLD_TABLE = str.maketrans({letter: folded for letter, folded in NAME_FOLDS})


def fold_name(name: str) -> str:
    """``name`` folded as the store's folded-name indexes are (khabar.search.schema.NAME_FOLDS):
    اردوغان and أردوغان, الحوثى and الحوثي, مُحَمَّد and محمد are one name."""
    return name.translate(_FOLD_TABLE)


def arabic_spellings(conn: sqlite3.Connection, word: str) -> list[list[str]]:
    """Term sequences of the Arabic spellings of a Latin ``word`` (lower case) in entity names."""
    rows = conn.execute(
        "SELECT name, name_ar, count(*) AS n FROM entities WHERE name_ar IS NOT NULL AND name LIKE ? "
        "GROUP BY name, name_ar ORDER BY n DESC LIMIT 200", (f"%{word}%",)).fetchall()
    out: list[list[str]] = []
    for name, name_ar, _ in rows:
        latin = [w.lower() for w in _NAME_WORDS.findall(name)]
        arabic = name_ar.split()
        if word not in latin:
            continue
        if len(latin) == 1:
            spelling = terms(name_ar)
        elif len(latin) == len(arabic):
            spelling = terms(arabic[latin.index(word)])
        else:
            continue
        if spelling and spelling not in out:
            out.append(spelling)
        if len(out) == MAX_SPELLINGS:
            break
    if not out:
        for name_ar in english_city_names().get(word, ())[:MAX_SPELLINGS]:
            spelling = terms(name_ar)
            if spelling and spelling not in out:
                out.append(spelling)
    return out


def add_arabic_spellings(conn: sqlite3.Connection, query: Query) -> Query:
    """The query with each single Latin word also matching its Arabic spellings (see module doc).
    A word looked up once is not looked up again (a page's search and facets share one query)."""
    for i, group in enumerate(query.groups):
        if i not in query.alternatives and len(group) == 1 and _LATIN_WORD.match(group[0]):
            query.alternatives[i] = arabic_spellings(conn, group[0])  # [] for none: looked up all the same
    return query
