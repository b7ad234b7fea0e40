"""The search analyzer: the same words-to-terms mapping for indexed text and for queries.

A *term* is a word normalised for matching (diacritics dropped, alef forms and ى folded), with
its proclitics stripped (و ف ب ل ك and the article ال, in any combination), then its
inflectional and pronoun suffixes split off by the Arabic core's segmenter (حكومة، حكومته،
الحكومات → حكوم), ة and hamza seats (ؤ → و, ئ → ي) folded and known spelling variants of loanwords unified (أمريكا / أميركا).

Proclitics are stripped by rule, not by the statistical segmenter, and to a fixed point with a
minimum stem length, so that for any word ``w`` of at least :data:`MIN_STEM` letters,
``term(clitic + w) == term(w)``: that is what makes a query for انسحاب find الانسحاب، والانسحاب،
بانسحاب، للانسحاب, always.  Stripping a letter that belongs to the word (بيان → يان) costs a
little precision, never recall, because queries go through the same function.  Only trailing
segments are dropped after that, so a segmenter's reading of a leading letter as a clitic (س in
سطين) cannot merge unrelated words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.arabic import normalize_for_matching
from khabar.arabic.farasa_model import word_list, word_log_frequency
from khabar.arabic.segment import SUFFIXES, segment
from khabar.datafiles import data_lines, resource_text, tsv_rows
from khabar.search.places import place_terms

#: Shortest stem left after stripping a proclitic (so بلد and وبلد both stay بلد).
MIN_STEM = 3
#: Proclitics, tried in this order at each step: the article first, then single letters.
PROCLITICS = ("ال", "و", "ف", "ب", "ل", "ك")

#: A word: letters/digits with Arabic combining marks, tatweel and joiners inside it.
WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c\u200d]+")


@lru_cache(maxsize=1)
def spelling_variants() -> tuple[tuple[str, str], ...]:
    """(variant, canonical) stem-prefix rewrites from resources/variants.tsv, longest first."""
    text = resource_text("khabar.search", "variants.tsv")
    pairs = [(variant.strip(), canonical.strip()) for variant, canonical in tsv_rows(text)]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def strip_proclitics(word: str, written: str | None = None) -> str:
    """Remove proclitics repeatedly while at least :data:`MIN_STEM` letters remain, except a
    single letter that opens a word in its own right (:func:`_own_word`: كمال is no ك + مال).
    ``written`` is the word as written, letter for letter with ``word`` (its hamzas kept: the
    segmenter and the word list read وأكد, not واكد); ``word`` itself when not given."""
    written = word if written is None or len(written) != len(word) else written
    at = 0
    while True:
        for clitic in PROCLITICS:
            if word.startswith(clitic, at) and len(word) - at - len(clitic) >= MIN_STEM and \
                    (len(clitic) > 1 or not _own_word(written[at:])):
                at += len(clitic)
                break
        else:
            return word[at:]


@lru_cache(maxsize=1 << 18)
def _own_word(word: str) -> bool:
    """Whether ``word``'s first letter (و ف ب ل ك) is its own: the segmenter reads no proclitic in
    it, and the word without its suffixes is in farasa's word list (seen more than once) more often
    than the same without that letter (كمال not مال, كامل not أمل, لجنة not جنة, فريق, لبنان;
    الفوضويين as الفوضوي).  A word whose clitic-less reading is the more frequent one is stripped
    whatever the segmenter says of it, so that a query for a word finds it behind any clitic
    (لترامب is ترامب, وأكد is أكد, كانسحاب is انسحاب)."""
    segments = segment(word)
    if segments[0] == word[0]:
        return False
    end = len(segments)
    while end > 1 and segments[end - 1] in SUFFIXES:
        end -= 1
    base = "".join(segments[:end])
    whole = word_log_frequency(base)
    return whole > _once() and whole > word_log_frequency(base[1:])


@lru_cache(maxsize=1)
def _once() -> float:
    """The log frequency of a word farasa's word list saw once."""
    return min(word_list().values())


@lru_cache(maxsize=1)
def _variant_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    pairs = spelling_variants()
    return re.compile("|".join(re.escape(v) for v, _ in pairs)), dict(pairs)


def fold_variant(stem: str) -> str:
    """Rewrite a known variant spelling at the start of a stem to its canonical form."""
    pattern, canonical = _variant_pattern()
    m = pattern.match(stem)
    return canonical[m.group()] + stem[m.end():] if m else stem


def _suffixless(word: str, definite: bool) -> str:
    """The word without the trailing inflectional/pronoun segments the Arabic core finds.

    A ``definite`` word (it had the article) takes no pronoun suffix, so a final ه the segmenter
    splits off is a ta marbuta typed as ه (الحديده, الرقه): the word is read with ة, as it would
    be written (root ه stays whole in the segmenter: المياه, الاتجاه)."""
    segments = segment(word)
    if definite and len(segments) > 1 and segments[-1] == "ه":
        segments = segment(word[:-1] + "ة")
    end = len(segments)
    while end > 1 and segments[end - 1] in SUFFIXES:
        end -= 1
    return "".join(segments[:end])


_FOLD = str.maketrans({"ة": "ه", "ؤ": "و", "ئ": "ي"})


@lru_cache(maxsize=1 << 20)
def term(word: str) -> str:
    """The search term of one word as written ('' when nothing searchable is left)."""
    norm, core, definite = _read(word)
    folded = core.translate(_FOLD)
    if folded in place_terms() and _feminine_ending(norm, core, definite):
        folded += "ه"  # الرياضة (sport) is not الرياض (the city): khabar.search.places
    elif definite and folded in named_place_terms():
        return "ال" + fold_variant(folded)  # الرياض, وبالرياض the city; رياض a man (رياض المالكي)
    return fold_variant(folded)


@lru_cache(maxsize=1)
def named_place_terms() -> frozenset[str]:
    """The place terms (:func:`place_terms`) that are also a given name without the article: رياض
    (الرياض), هند (الهند), خليل (الخليل).  Their place, written with the article, keeps it in its
    term (الرياض), so that a search for the name does not find the place, nor the place the
    person.  Only given names: the common nouns among place terms (الخبر the news, العين the eye)
    are one term with or without the article, as every word is.  The names are the entities
    stage's common Arab given names (entities/resources/lexicons/given_names.txt), read as data."""
    names = {line.strip() for line in data_lines(resource_text("khabar.entities", "lexicons/given_names.txt"))}
    # a name whose term is not the name itself (a rare name read as a clitic and a core) is left out
    return frozenset(core for core in map(folded_core, names) if core in place_terms() and core in names)


def folded_core(word: str) -> str:
    """A word's term before a place's feminine nouns are told apart from it and before spelling
    variants are unified (:func:`khabar.search.places.derive_place_terms` reads place names so)."""
    return _read(word)[1].translate(_FOLD)


def _read(word: str) -> tuple[str, str, bool]:
    """(the word normalised, its core without clitics and suffixes, whether it had the article)."""
    norm = normalize_for_matching(word).replace("\u200c", "").replace("\u200d", "").replace("_", "").lower()
    if not norm:
        return "", "", False
    # ة, and hamza on a seat (مؤتمر/موتمر; مسئول/مسؤول with variants.tsv) fold after the
    # segmenter has read the word as written.
    stem = strip_proclitics(norm, _as_written(word))
    clitics = norm[:len(norm) - len(stem)]
    definite = clitics.endswith(("ال", "لل"))  # لل: ل with the article, its alif dropped (للحكومة)
    core = _suffixless(stem, definite)
    # a two-letter core (الرقة → رق, جدة → جد, غزة → غز) is shared by too many unrelated words
    # (رقم's رق, جدا, غزو): such a word is its own term
    if len(core) < MIN_STEM:
        core = _own_first_letter(norm, stem, definite)
    return norm, core, definite


def _as_written(word: str) -> str:
    """The word without what matching drops (marks, tatweel, joiners) but with its letters as
    written (أ، إ، ى): letter for letter with its normalised form, when nothing else changed."""
    return "".join(ch for ch in word if ch != "_" and normalize_for_matching(ch))


def _feminine_ending(norm: str, core: str, definite: bool) -> bool:
    """Whether the letters after ``core`` in ``norm`` open with a feminine or plural ending: ة,
    ات, ت before a pronoun (رياضتنا), or a definite word's final ه typed for ة (الرياضه); a lone
    ت is a verb's (خرجت)."""
    at = norm.rfind(core)
    rest = norm[at + len(core):] if at >= 0 else ""
    return rest.startswith(("ة", "ات")) or (rest.startswith("ت") and len(rest) > 1) or (definite and rest == "ه")


def _own_first_letter(norm: str, stem: str, definite: bool) -> str:
    """The word a ``stem`` with a two-letter core stands for: the single letters stripped before it
    (back to the article, which is never a word's own) are the word's own as long as the segmenter
    does not split them off (ورقة is ورق+ة, not و+رقة; الكويت is ال+كويت, not ال+ك+ويت), else the
    stem as it is (بغزة is ب+غز+ة: غزة; اللجنة is ال+لجنة, its لل no article and a ل).  Stripping by rule costs such stems their precision:
    without this, ورقة (paper) and فرقة (band) had the term of الرقة, and الكويت that of ويت."""
    start = len(norm) - len(stem)
    while start > 0 and norm[start - 2:start] != "ال" and segment(norm[start - 1:])[0] != norm[start - 1]:
        start -= 1
    if start == len(norm) - len(stem):
        return stem
    word = norm[start:]
    core = _suffixless(word, definite)
    return core if len(core) >= MIN_STEM else word


#: The two case endings of a nisba's sound masculine plural (الحوثيون, الحوثيين: one word, nominative
#: and genitive/accusative), as the term keeps them where the segmenter does not split them off.
PLURAL_CASES = ("يون", "يين")
#: Letters before the ending for a term to be read as such a plural (مليون and ليون are no plurals).
PLURAL_STEM = 3


def other_case(term: str) -> str | None:
    """The term of the same nisba plural in its other case when the segmenter left the ending on it
    (حوثيون -> حوثيين and back; most nisbas lose it: الإيرانيين is ايراني), None for any other term.
    A query's word matches both, so that الحوثيون finds the articles writing الحوثيين."""
    for ending, other in (PLURAL_CASES, PLURAL_CASES[::-1]):
        if term.endswith(ending) and len(term) - len(ending) >= PLURAL_STEM:
            return term[:-len(ending)] + other
    return None


#: The feminine sound plural's ending, as a term keeps it where the segmenter leaves it on (a
#: two-letter stem: قوات, جهات, مرات), and the feminine singular's, as a term folds it (قوة is قوه).
FEMININE_PLURAL, FEMININE_SINGULAR = "ات", "ه"


def other_forms(term: str) -> list[str]:
    """The terms of the same word in its other number or case where the segmenter leaves the ending
    on, so that a query for the singular finds the plural and back (the index is not changed):
    a nisba plural in its other case and its singular (حوثيون -> حوثيين, حوثي), a nisba singular
    its plurals (حوثي -> حوثيون, حوثيين; most nisbas lose the ending: الإيرانيين is ايراني and
    these find nothing more), and a two-letter stem's feminine plural its singular and back (قوات
    -> قوه, قوة -> قوات: longer stems lose ات and ة alike, الحكومات and الحكومة are حكوم)."""
    if other := other_case(term):
        return [other, term[:-2]]
    if term.endswith("ي") and len(term) - 1 >= PLURAL_STEM:
        return [term[:-1] + ending for ending in PLURAL_CASES]
    stem = len(term) - len(FEMININE_PLURAL)
    if stem == 2 and term.endswith(FEMININE_PLURAL):
        return [term[:2] + FEMININE_SINGULAR]
    if len(term) == 3 and term.endswith(FEMININE_SINGULAR):
        return [term[:2] + FEMININE_PLURAL]
    return []


def warm_up() -> None:
    """Load the segmenter's model and the place terms' tables now (seconds; the given names' table
    imports the entities stage), so that a server's first search does not wait."""
    term("والكلمات")
    named_place_terms()


def terms(text: str) -> list[str]:
    """The terms of a text, in order (for indexing: no offsets)."""
    out = []
    for word in WORD.findall(text):
        t = term(word)
        if t:
            out.append(t)
    return out


def analyzed(text: str) -> str:
    """The text as the FTS index stores it: its terms joined by spaces."""
    return " ".join(terms(text))
