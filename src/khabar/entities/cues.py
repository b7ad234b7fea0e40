"""Word lists the linker reads, loaded once: countries by code, actor verbs, common words,
nationality adjectives, honorifics, titles, head nouns and nominal anaphors (all in
``resources/lexicons``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import TypeVar

from khabar.entities.keys import fold, strip_article, word_cached, word_readings
from khabar.entities.lexicon import Entry, table_records, word_list
from khabar.towns import idiom_rows

T = TypeVar("T")


@lru_cache(maxsize=1)
def countries_by_iso() -> dict[str, Entry]:
    from khabar.entities.lexicon import country_entries

    return {e.country: e for _, e in country_entries() if e.kind == "country" and e.country}


@lru_cache(maxsize=1)
def actor_verbs() -> frozenset[str]:
    return word_list("actor_verbs")


@cache
def list_keys(name: str) -> frozenset[str]:
    """Matching keys of the words of the word list ``resources/lexicons/<name>.txt``."""
    from khabar.entities.matcher import lexicon

    return frozenset(lexicon().keys.key(w) for w in word_list(name))


def common_keys() -> frozenset[str]:
    return list_keys("stopwords")


@lru_cache(maxsize=1)
def idiom_keys() -> dict[tuple[str, str], frozenset[str]]:
    """(key of a one-word lexicon name, ``before`` or ``after``) -> keys of the words that on that
    side of it make it an ordinary word (the shared ``khabar/resources/idioms.tsv``: معلوم الجولان is
    the road tax)."""
    from khabar.entities.matcher import lexicon

    keys = lexicon().keys
    out: dict[tuple[str, str], set[str]] = {}
    for name, word, side in idiom_rows():
        out.setdefault((keys.key(name), side), set()).add(keys.key(word))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Key of a one-word nationality adjective that is no country's name -> its country (iso2)."""
    from khabar.entities.lexicon import country_entries
    from khabar.entities.matcher import lexicon

    keys = lexicon().keys
    names = {keys.key(a) for a, e in country_entries() if e.kind == "country"}
    # (not one that is also a country's name: التحالف بقيادة السعودية names the country)
    return {key: e.country for a, e in country_entries()
            if e.kind == "demonym" and " " not in a and e.country and (key := keys.key(a)) not in names}


@lru_cache(maxsize=1)
def demonym_keys() -> frozenset[str]:
    """Keys of every nationality adjective form (for qualified names)."""
    from khabar.entities.lexicon import country_entries
    from khabar.entities.matcher import lexicon

    keys = lexicon().keys
    return frozenset(keys.key(a) for a, e in country_entries() if e.kind == "demonym" and " " not in a)


@lru_cache(maxsize=1)
def title_keys() -> frozenset[str]:
    """Keys of one-word titles and honorifics (a tagger span that is only one of them is no name)."""
    from khabar.entities.lexicon import title_entries
    from khabar.entities.matcher import lexicon

    keys = lexicon().keys
    words = [t for t, _ in title_entries() if " " not in t] + list(word_list("honorifics"))
    return frozenset(keys.key(w) for w in words)


@lru_cache(maxsize=1)
def name_stop_keys() -> frozenset[str]:
    """Keys of words that are no name alone: the commonest words, gazetteer names spelt like a
    common word (``ambiguous.txt``: مشهد is a scene before it is Mashhad), titles, honorifics,
    section labels and plural nouns of people (``people_plurals.txt``: موفدي, مراسلو)."""
    return common_keys() | ambiguous_keys() | title_keys() | genre_label_keys() | people_plural_keys()


def people_plural_keys() -> frozenset[str]:
    """Keys of plural nouns of people (``people_plurals.txt``: موفدي, مراسلو): a group, no person."""
    return list_keys("people_plurals")


def construct_head_keys() -> frozenset[str]:
    """Keys of nouns whose complement a title can be (``construct_heads.txt``: نائب, مستشار, زوجة)."""
    return list_keys("construct_heads")


def senior_keys() -> frozenset[str]:
    """Keys of adjectives of seniority (``senior_words.txt``: كبير): كبير مستشاري الرئيس is one role."""
    return list_keys("senior_words")


def role_break_keys() -> frozenset[str]:
    """Keys of words that end a title's complement (``role_breaks.txt``: الذي, حيث, بحضور)."""
    return list_keys("role_breaks")


def genre_label_keys() -> frozenset[str]:
    """Keys of section and genre labels (``genre_labels.txt``: ريبورتاج, بورتريه, فيديو): no name, and
    no first word of one."""
    return list_keys("genre_labels")


def ambiguous_keys() -> frozenset[str]:
    return list_keys("ambiguous")


@lru_cache(maxsize=1)
def _org_head_rows() -> list[dict[str, str]]:
    return table_records("org_heads")


@lru_cache(maxsize=1)
def org_heads() -> dict[str, str]:
    """Head noun key -> entity type (``org_heads.tsv``)."""
    return {strip_article(fold(r["head"])): r["type"] for r in _org_head_rows()}


@lru_cache(maxsize=1)
def quoted_name_heads() -> dict[str, str]:
    """Folded head noun as written -> entity type, of the heads that name a body or facility only
    before a quoted name (``quoted_name_heads.tsv``: مطعم "سعادة السماء"; المطاعم الإيطالية names none)."""
    return {fold(r["head"] or ""): r["type"] or "ORG" for r in table_records("quoted_name_heads")}


@lru_cache(maxsize=1)
def heads_apart_from_places() -> frozenset[str]:
    """Keys of heads that, before a place name, are an office or a district there (مكتب بغداد,
    مركز ثربان), not one body with it (``org_heads.tsv``, ``place_after`` = ``apart``)."""
    return frozenset(strip_article(fold(r["head"])) for r in _org_head_rows() if r.get("place_after") == "apart")


@lru_cache(maxsize=1)
def remit_heads() -> frozenset[str]:
    """Keys of heads that, as a construct before a definite noun, name one body with it
    (محكمة الاستئناف, نقابة الصحفيين: ``org_heads.tsv``, ``remit`` = ``yes``)."""
    return frozenset(strip_article(fold(r["head"])) for r in _org_head_rows() if r.get("remit") == "yes")


#: What a word is to the linker: (its clitic readings, the entity type it heads, the nominal
#: anaphor it is); one cached lookup per token serves every scan of a unit.
WordCues = tuple[list[str], str | None, "Anaphor | None"]


@word_cached(100_000)  # mapped over every token of every unit
def word_cues(word: str) -> WordCues:
    """The word's readings, the entity type it heads (``org_heads.tsv``) and the nominal anaphor
    it is (``anaphors.tsv``), each under its most stripped reading that has one."""
    reads = word_readings(word)
    heads, table = org_heads(), anaphors()
    if len(reads) == 1:  # most words: no clitic reading
        return (reads, heads.get(reads[0]), table.get(reads[0]))
    return (reads, _last_listed(reads, heads), _last_listed(reads, table))


def _last_listed(reads: list[str], table: dict[str, T]) -> T | None:
    """The value of the most stripped reading ``table`` lists (a loop: a generator under next()
    costs more than the search, for the two or three readings a word has)."""
    for r in reversed(reads):
        if r in table:
            return table[r]
    return None


#: Fields of :func:`word_cues`.
READINGS, HEAD_TYPE, ANAPHOR = itemgetter(0), itemgetter(1), itemgetter(2)


def head_type(word: str) -> str | None:
    """The entity type a word heads (``org_heads.tsv``) under its most stripped clitic reading."""
    return word_cues(word)[1]


@dataclass(frozen=True, slots=True)
class Anaphor:
    """What a nominal anaphor can refer to (a row of ``anaphors.tsv``): an entity type; head words
    (folded, without the article) one of a body's names begins with, or title cores a person's role
    is (``prefixes``: begins with); lexicon tables whose entries it may refer to; for a noun of a
    kind of state (المملكة), the countries of that kind it names with no antecedent (``state_nouns.tsv``)."""

    type: str
    heads: frozenset[str]
    prefixes: tuple[str, ...] = ()
    groups: frozenset[str] = frozenset()
    states: tuple[str, ...] = ()
    default_state: str | None = None


def _phrase_key(phrase: str) -> str:
    return " ".join(strip_article(fold(w)) for w in phrase.split())


@lru_cache(maxsize=1)
def anaphors() -> dict[str, Anaphor]:
    """Folded noun without its article -> :class:`Anaphor`."""
    out = {}
    states = {strip_article(fold(r["noun"])): r for r in table_records("state_nouns")}
    for r in table_records("anaphors"):
        heads = [h.strip() for h in r["heads"].split(",") if h.strip()]
        key = strip_article(fold(r["anaphor"]))
        state = states.get(key, {})
        out[key] = Anaphor(
            type=r["type"],
            heads=frozenset(_phrase_key(h) for h in heads if not h.endswith("*")),
            prefixes=tuple(_phrase_key(h.removesuffix("*")) for h in heads if h.endswith("*")),
            groups=frozenset(g for g in (r["groups"] or "").split(",") if g),
            states=tuple(c.strip() for c in (state.get("countries") or "").split(",") if c.strip()),
            default_state=state.get("default") or None)
    return out


@dataclass(frozen=True, slots=True)
class Homograph:
    """Cues for one reading of a shared spelling (``homographs.tsv``): its marked spelling, keys of
    words just before it and keys of words of its paragraph."""

    spelled: str
    before: frozenset[str]
    near: frozenset[str]


@lru_cache(maxsize=1)
def homographs() -> dict[str, Homograph]:
    """Entry name -> the cues that choose it among the entries of one spelling."""
    from khabar.entities.matcher import lexicon

    key = lexicon().keys.key
    return {r["name"]: Homograph(r["spelled"] or "", frozenset(map(key, (r["before"] or "").split("|"))) - {""},
                                 frozenset(map(key, (r["near"] or "").split("|"))) - {""})
            for r in table_records("homographs")}
