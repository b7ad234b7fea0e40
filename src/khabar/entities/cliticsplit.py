"""Split a tagged person's name where it runs on into a second name glued to a proclitic: the
tagger reads «عبد الوهاب وسيد مكاوي» (two people) and «محمود البارودي للمرزوقي» (a person and a
dative) as one name.  A word inside the span is such a joint when, read without its proclitic, it
is a name word (سيد, المرزوقي) and as written it is none: no curated alias word nor farasa person
(وليد, لطفي, بشير, فريد, كمال, بوتين), and read as a person by the corpus tagger less often than
the bare name (its votes count ومحمد as a person wherever a span starts on it, but محمد far more
often).  Only و and ل: ب, ف and ك open too many foreign and Maghrebi surnames (بليند, كاملي,
بالطاهر).  The span then becomes two of its type, the second starting on the proclitic word,
which the linker reads off (``Span.clitic``; a word in لل keeps it: no slice of للمرزوقي is
المرزوقي)."""

from __future__ import annotations

from functools import lru_cache

from khabar.arabic import Token, tokenize
from khabar.entities.autonames import on_new_votes, person_votes
from khabar.entities.bodies import Span
from khabar.entities.features import farasa_names
from khabar.entities.keys import fold, written_length
from khabar.entities.lexicon import folded_word_list, word_list
from khabar.entities.matcher import lexicon
from khabar.entities.verbtrim import curated_person_words, name_words

#: Span types split: organisations hold و and ل in their own names (الأمم المتحدة للتربية والعلوم).
SPLIT_TYPES = frozenset({"PER"})
#: Proclitics that join a following word to a name: and, to/for.  Not ب, ف or ك: read on 1,741
#: records, they cut foreign and Maghrebi surnames more often than they freed a name.
PROCLITICS = frozenset("ول")
#: Proclitics that, on a common word inside a name, begin a phrase after it (ببرنامج, بالإنكليزية).
ENDING_PROCLITICS = frozenset("بفك")
#: Openings of transliterated foreign names (W + vowel: وورنر Warner, وينغ Wing, ويلسون) that
#: split only before a name the corpus tagger read this often (ووليد, ويوسف), not a rare one (ورنر,
#: ينغ).  (لل is ل + ال.)
TRANSLITERATION_OPENINGS = frozenset({"وو", "وي"})
COMMON_NAME_VOTES = 20
#: Shortest name read off a proclitic word (وعلي: 3 letters).
MIN_REST = 3


@lru_cache(maxsize=1)
def written_names() -> frozenset[str]:
    """Folded words of curated people's aliases and of farasa's people: names as written."""
    return curated_person_words() | farasa_names().get("per", frozenset())


@on_new_votes
@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Folded words that are parts of people's names: :func:`name_words` and farasa's people."""
    return name_words() | written_names()


def clitic_reading(word: str) -> str:
    """The folded word without its proclitic (لل + name reads ال + name: للمرزوقي → المرزوقي),
    or "" when it has none or too little is left."""
    w = fold(word)
    if w[:1] not in PROCLITICS:
        return ""
    rest = "ال" + w[2:] if w.startswith("لل") else w[1:]
    return rest if len(rest) >= MIN_REST else ""


def is_joint(word: str) -> bool:
    """Whether a word inside a name is a proclitic glued to another name (وسيد), not a name (وليد)."""
    rest = clitic_reading(word)
    if not rest:
        return False
    whole = fold(word)
    if whole in written_names() or rest not in person_words():
        return False
    votes = person_votes()
    rest_votes = votes.get(rest, (0, 0))[1]
    if whole[:2] in TRANSLITERATION_OPENINGS and rest_votes < COMMON_NAME_VOTES:
        return False
    return votes.get(whole, (0, 0))[1] < max(rest_votes, 1)


def clitic_length(word: str) -> int:
    """Characters of a single proclitic letter as written, with its marks or tatweel (وَسيد: 2),
    0 for لل, which no slice of the word reads as ال + name."""
    return 0 if fold(word).startswith("لل") else written_length(word, 1)


def is_phrase_start(word: str) -> bool:
    """A word inside a name that is ب, ف or ك on a common word or on a place (فوزي ببرنامج,
    عبيد البريكي كشاهد, سالم بالهوارية): the name ended before it.  Not a name as written (بلال,
    كامل), nor بال on any other word (بالعربي, بالنور, بالادور: Maghrebi and foreign surnames)."""
    w = fold(word)
    if w[:1] not in ENDING_PROCLITICS or len(w) < MIN_REST + 1 or w in written_names():
        return False
    rest = w[1:]
    if rest.startswith("ال"):  # (بالعربي, بالنور, بالادور are surnames: only a place after بال)
        return rest not in person_words() and is_place_name(word[written_length(word, 1):])
    return rest in folded_word_list("stopwords")  # (the corpora's commonest words)


@lru_cache(maxsize=4096)
def is_place_name(word: str) -> bool:
    """The word alone is a place of the lexicons or gazetteers (المنستير, المرسى); the lexicon is
    fixed, so each word type is looked up once."""
    matches = lexicon().find(tokenize(word))
    return any(m.first == 0 and m.entry.type in ("GPE", "LOC", "FAC") for m in matches)


def split_clitic_names(spans: list[Span], tokens: list[Token]) -> list[Span]:
    """The spans with each PER span cut before every joint word (:func:`is_joint`) and ended before
    a prepositional phrase (:func:`is_phrase_start`)."""
    out = []
    for sp in spans:
        first, clitic = sp.first, sp.clitic
        if sp.type in SPLIT_TYPES:
            end = next((i for i in range(sp.first + 1, sp.last + 1) if is_phrase_start(tokens[i].text)), None)
            if end is not None:
                sp = Span(sp.first, end - 1, sp.type, sp.clitic)
            for i in range(sp.first + 1, sp.last + 1):
                if tokens[i - 1].text not in word_list("name_links") and is_joint(tokens[i].text):
                    out.append(Span(first, i - 1, sp.type, clitic))
                    first, clitic = i, clitic_length(tokens[i].text)
        out.append(sp if first == sp.first else Span(first, sp.last, sp.type, clitic))
    return out
