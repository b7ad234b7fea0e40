"""The terms of place names a feminine noun shares: الرياض (Riyadh) and الرياضة (sport) are both رياض.

The analyzer drops a word's ة and ات, so a query for a city whose name is a common noun with the
article (الرياض, القائم, الخبر, العين, السلط) also found the feminine nouns built on that noun
(الرياضة, قائمة, خبرة, عينة, السلطات).  A place name takes no feminine ending, so a word whose
core is such a place's term and that has one (ة, ات, or ت before a pronoun) keeps it in its term
(رياضه): the city keeps every clitic form (وبالرياض, للرياض), the feminine noun its own forms.

The terms are read from ``resources/place_terms.txt``, derived from the places gazetteer by
:func:`derive_place_terms` (not loaded at query time: the gazetteer takes a second or more to
build, a CLI search a few).  Regenerate the file after the gazetteer changes::

    python -c 'from khabar.search.places import main; main()' > src/khabar/search/resources/place_terms.txt
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from khabar.arabic import normalize_for_matching
from khabar.datafiles import data_lines, resource_text

#: The file's header (comment lines), written by :func:`main` above the terms.
HEADER = ("# The search terms of one-word place names written with the article whose term is the name\n"
          "# itself (ال + the term, or a letter the analyzer strips first): a word built on one with a\n"
          "# feminine ending (ة, ات) keeps it in its term (khabar.search.places).  Derived from the\n"
          "# places gazetteer, no nisba (ي): python -c 'from khabar.search.places import main; main()'.\n"
          "# A line -term is a derived term left out: an adjective or a noun of either gender (its\n"
          "# feminine is the same word) or also the feminine's plural (السلط, the authorities).\n")

_FOLD = str.maketrans({"ة": "ه", "ؤ": "و", "ئ": "ي"})


def _lines() -> list[str]:
    return [line.strip() for line in data_lines(resource_text("khabar.search", "place_terms.txt"))]


@lru_cache(maxsize=1)
def place_terms() -> frozenset[str]:
    """The terms of one-word definite place names (see the module's docstring)."""
    return frozenset(line for line in _lines() if not line.startswith("-"))


def adjective_terms() -> frozenset[str]:
    """The derived terms the file leaves out (its ``-`` lines): place names that are adjectives or
    nouns of either gender (القصير, المتوسط, الجميل, القابل, الزعيم), whose feminine (قصيرة,
    متوسطة) is the same word, not another, and a name that is also the plural of its feminine
    (السلط, Tunisian news' plural of السلطة: السلط الأمنية).  Chosen by hand: no table tells them."""
    return frozenset(line[1:] for line in _lines() if line.startswith("-"))


def derive_place_terms(term: Callable[[str], str]) -> list[str]:
    """The terms, sorted, of the gazetteer's one-word names with the article whose ``term`` is the
    name without it (الرياض → رياض; البقاع → قاع, its ب stripped as a clitic too): not a name
    with an ending of its own (السعودية, الإمارات, القاهرة: their feminine forms are the place),
    nor a nisba (الرمادي, الكردي, السني: its feminine, الكردية, is the same adjective)."""
    from khabar.places.gazetteer import gazetteer  # a stage's table: only to write the file

    out = set()
    for name in gazetteer():
        if " " in name or not name.startswith("ال"):
            continue
        bare = normalize_for_matching(name[2:]).translate(_FOLD)
        core = term(name)
        if len(core) >= 3 and bare.endswith(core) and not core.endswith("ي"):
            out.add(core)
    return sorted(out)


def main() -> None:
    """Print the resource file (its header and the derived terms)."""
    from khabar.search.analyzer import folded_core

    left_out = adjective_terms()
    print(HEADER + "\n".join(t for t in derive_place_terms(folded_core) if t not in left_out))
    print("\n".join("-" + t for t in sorted(left_out)))
