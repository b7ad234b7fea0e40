"""The event lexicon: predicates (verbs, light-verb phrases, deverbal nouns) and their codes.

A predicate's stems are the Arabic core's (:mod:`khabar.arabic.verbs`, its predicate_stems.tsv);
resources/predicates.tsv codes each one, keyed by the same (lemma, kind) (CAMEO, targets, light-verb
objects, event flags), and :func:`analyse_word` finds the predicates a word is an inflected form of,
stripping affixes with :mod:`khabar.arabic.inflection`.  Everything is folded with
:func:`~khabar.arabic.inflection.fold` for matching only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import ahocorasick

from khabar.arabic.inflection import (
    CUT_TAILS,
    IMPERFECT,
    NOUN_HEADS,
    NOUN_TAILS,
    PERFECT,
    VERB_HEADS,
    VERB_TAILS,
    WORD_CACHE,
    VerbReading,
    bare,
    fold,
    noun_cores,
    verb_readings,
)
from khabar.arabic.memo import memo
from khabar.arabic.normalize import strip_marks
from khabar.arabic.verbs import PredicateRow, folded_forms, hamza_below, non_triggers, predicate_rows
from khabar.datafiles import tsv_rows


@dataclass(frozen=True)
class Predicate:
    lemma: str
    kind: str  # V | N
    cameo: str
    objects: frozenset[str]  # light-verb phrase: one of these must follow
    targets: tuple[str, ...]  # "obj" and/or prepositions
    speech: bool = False
    passive: bool = False
    genitive_target: bool = False
    person_verbal: bool = False
    not_before_bi: bool = False
    needs_target: bool = False
    bare_event: bool = False
    civil_riot: bool = False
    #: the subject receives the act of the party the target preposition introduces (تلقى دعما من X)
    received: bool = False
    intransitive: bool = False
    prep_frame: bool = False
    #: the act named in its ب slot is done at the subject's order (أمرت السلطات باعتقال 271 جنديا)
    orders: bool = False
    #: also a court's verdict: with a party and a charge after ب it is a conviction (:mod:`.verdicts`)
    verdict: bool = False
    #: every perfect form is written with أ (أصاب، أدان): a word written with إ there is the masdar
    hamza_above: bool = False
    #: spelt like a frequent noun (ثمّن / ثمن 'price'): the verb only where it opens its clause
    noun_homograph: bool = False
    #: an act only when negated, and then coded as such, not as its negation (لم يعلق: declined to comment)
    negated_only: bool = False

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True)
class CameoInfo:
    quad: int
    goldstein: float
    plover: str | None


@dataclass
class Lexicon:
    perfect: dict[str, list[Predicate]]
    imperfect: dict[str, list[Predicate]]
    nouns: dict[str, list[Predicate]]
    cameo: dict[str, CameoInfo]

    def info(self, code: str) -> CameoInfo:
        """Quad class, Goldstein and PLOVER of a CAMEO code (longest listed prefix wins)."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.cameo:
                return self.cameo[code[:n]]
        raise KeyError(code)


def resource_rows(name: str) -> list[list[str]]:
    text = resources.files("khabar.events").joinpath("resources", name).read_text(encoding="utf-8")
    return tsv_rows(text)


@cache
def word_set(name: str, strip_article: bool = False) -> frozenset[str]:
    """A closed word class from resources/words.tsv, folded (optionally without ال/clitics)."""
    for row in resource_rows("words.tsv"):
        if row[0].strip() == name:
            words = (fold(w) for w in row[1].split())
            return frozenset(bare(w) if strip_article else w for w in words)
    raise KeyError(name)


#: The prepositions (في، من، على، ...), the one set every events module tests a word against.
PREPOSITION_WORDS = word_set("prepositions")
#: The relative pronouns (الذي، التي، الذين and the duals and feminine plurals), one home for the
#: modules that find a relative clause (predicates, reference, subjects).
RELATIVES = word_set("relatives")


class CodingRow(NamedTuple):
    """One row of resources/predicates.tsv, its cells stripped (the file's header says what each holds)."""

    lemma: str
    kind: str  # V = verb, N = deverbal noun: with the lemma, the key of its stems row
    objects: str
    cameo: str
    target: str
    flags: str


@lru_cache(maxsize=1)
def coding_rows() -> tuple[CodingRow, ...]:
    """The rows of the event coding table, in the file's order, loaded once."""
    return tuple(CodingRow(*(c.strip() for c in row[:6])) for row in resource_rows("predicates.tsv"))


def _predicate(coding: CodingRow, row: PredicateRow) -> Predicate:
    flags = coding.flags
    return Predicate(
        lemma=coding.lemma,
        kind=coding.kind,
        cameo=coding.cameo,
        objects=frozenset(folded_forms(coding.objects)),
        targets=tuple(fold(t) for t in coding.target.split("|") if t != "-"),
        speech="s" in flags,
        passive="p" in flags,
        genitive_target="g" in flags,
        person_verbal="h" in flags,
        not_before_bi="b" in flags,
        needs_target="r" in flags,
        bare_event="z" in flags,
        civil_riot="c" in flags,
        received="v" in flags,
        intransitive=row.intransitive,
        prep_frame="f" in flags,
        orders="o" in flags,
        verdict="j" in flags,
        hamza_above=row.hamza_above,
        noun_homograph="n" in flags,
        negated_only="x" in flags,
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The predicate lexicon (each coding row with its stems row) and CAMEO root table, loaded once."""
    perfect: dict[str, list[Predicate]] = {}
    imperfect: dict[str, list[Predicate]] = {}
    nouns: dict[str, list[Predicate]] = {}
    stem_rows = {(row.lemma, row.kind): row for row in predicate_rows()}
    for coding in coding_rows():
        row = stem_rows[coding.lemma, coding.kind]
        pred = _predicate(coding, row)
        for table, stems in zip((perfect, imperfect, nouns), row.stems(), strict=True):
            for stem in stems:
                table.setdefault(stem, []).append(pred)
    cameo = {}
    for code, quad, goldstein, plover in (r[:4] for r in resource_rows("cameo_roots.tsv")):
        cameo[code.strip()] = CameoInfo(int(quad), float(goldstein), None if plover.strip() == "-" else plover.strip())
    return Lexicon(perfect, imperfect, nouns, cameo)


#: The ending of a plural verb (دعوا، قتلوا، يقولوا), written with an alif no object pronoun follows.
_PLURAL_ALIF = "وا"


def _verb_analyses(word: str, lex: Lexicon) -> list[Predicate]:
    """The predicates of every verb reading of a folded word, in the readings' order."""
    found: list[Predicate] = []
    for reading in verb_readings(word):
        if reading.obj and (reading.stem + reading.suffix).endswith(_PLURAL_ALIF):
            continue  # a plural's alif drops before an object pronoun (دعوه): دعواها is her lawsuit
        preds = (lex.imperfect if reading.imperfect_stem else lex.perfect).get(reading.stem, ())
        # an intransitive verb takes no object pronoun: حققه is achieved it, not investigated
        found += [p for p in preds if not p.intransitive] if reading.obj else preds
    return found


def imperfect_predicates(text: str) -> tuple[Predicate, ...]:
    """The verb predicates a word may be an imperfect of (لم تتعهد: تعهد; لم تعهده: none of them)."""
    lex = load_lexicon()
    return tuple(p for r in verb_readings(fold(text)) if r.tense != PERFECT for p in lex.imperfect.get(r.stem, ()))


def first_person_plural(text: str, pred: Predicate) -> bool:
    """Whether a word is the predicate's verb with a first-person plural subject, 'we' (نقدم،
    فنحن نقدم، قدمنا): an imperfect with the person letter ن, a perfect ending in نا."""
    lex = load_lexicon()
    for r in verb_readings(fold(text)):
        if r.tense == IMPERFECT and r.prefix.endswith("ن") and pred in lex.imperfect.get(r.stem, ()):
            return True
        if r.tense == PERFECT and r.suffix == "نا" and pred in lex.perfect.get(r.stem, ()):
            return True
    return False


@lru_cache(maxsize=1)
def _stem_finder() -> ahocorasick.Automaton:
    """Every lexicon stem (a noun's ه stem also without it: تظاهرته → تظاهره), with its length and
    whether it is a verb stem, a noun stem, a noun stem cut before its ه: each analysis looks up a
    slice of the folded word between affixes it strips, so a word holding no stem so placed has none."""
    lex = load_lexicon()
    verbs, nouns = {*lex.perfect, *lex.imperfect}, set(lex.nouns)
    cut = {s[:-1] for s in nouns if s.endswith("ه")}
    finder = ahocorasick.Automaton()
    for stem in verbs | nouns | cut:
        finder.add_word(stem, (len(stem), stem in verbs, stem in nouns, stem in cut))
    finder.make_automaton()
    return finder


def _placed_stems(word: str) -> tuple[bool, bool]:
    """Whether a verb stem, and a noun stem, sit in the folded word between affixes the verb and
    noun analyses strip: when none does, that analysis finds nothing and is skipped."""
    verb = noun = False
    for end, (n, is_verb, is_noun, is_cut) in _stem_finder().iter(word):
        head, tail = word[:end + 1 - n], word[end + 1:]
        verb = verb or (is_verb and head in VERB_HEADS and tail in VERB_TAILS)
        noun = noun or (head in NOUN_HEADS and ((is_noun and tail in NOUN_TAILS) or (is_cut and tail in CUT_TAILS)))
    return verb, noun


@memo(WORD_CACHE)  # looked up for every token: a plain dict (memo)
def analyse_word(text: str) -> tuple[Predicate, ...]:
    """Every lexicon predicate the word may be an inflected form of (verbs first, then nouns)."""
    lex = load_lexicon()
    word = fold(text)
    if next(_stem_finder().iter(word), None) is None:
        return ()  # most words: no stem inside, so no affix stripping can reach one
    plain = strip_marks(text)
    if plain.removeprefix("و").removeprefix("ف") in non_triggers():
        return ()  # a common noun or adverb spelt like a verb form: هنا is not هنأ, موقفا not موقِفًا
    verb, noun = _placed_stems(word)
    if not (verb or noun):
        return ()  # nor one between affixes (a stem's letters inside another word)
    # verbs never end in ة: keep it apart so that سيطرة is not سيطر+ه
    found = _verb_analyses(word, lex) if verb and not plain.endswith("ة") else []
    if noun:
        for core in noun_cores(word, closed=plain.endswith("ة")):
            found += lex.nouns.get(core, ())
    if hamza_below(plain):
        # إصابته is his injury, not أصابته (it hit him): أ folds like إ, but a perfect written with
        # أ is never written with إ (a Form VIII اعتقل may be: إعتقل)
        found = [p for p in found if not p.hamza_above]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=WORD_CACHE)
def object_keys(text: str) -> frozenset[str]:
    """The forms under which a word may be listed as a light verb's object: its folded self and
    its bare nouns (clitics, article, possessives removed)."""
    word = fold(text)
    return frozenset((word, *noun_cores(word)))


@lru_cache(maxsize=1)
def _object_finder() -> ahocorasick.Automaton:
    """Every light verb's objects, those ending in ه also with ت (تظاهرته → تظاهره): each form
    :func:`object_keys` gives is a slice of the folded word, or such a slice with its ت as ه."""
    lex = load_lexicon()
    objects = {o for table in (lex.perfect, lex.imperfect, lex.nouns) for preds in table.values()
               for p in preds for o in p.objects}
    finder = ahocorasick.Automaton()
    for form in objects | {o[:-1] + "ت" for o in objects if o.endswith("ه")}:
        finder.add_word(form, form)
    finder.make_automaton()
    return finder


@memo(WORD_CACHE)  # looked up for every token: a plain dict (memo)
def light_object_keys(text: str) -> frozenset[str]:
    """:func:`object_keys` of a word that may be some light verb's object, else none: the words
    of a light verb's window are many and mostly new, and most hold no object at all."""
    if next(_object_finder().iter(fold(text)), None) is None:
        return frozenset()
    return object_keys(text)


def matches_object(text: str, objects: frozenset[str]) -> bool:
    """Whether a word is one of a light verb's objects (with clitics, article, tanween)."""
    return not object_keys(text).isdisjoint(objects)


@lru_cache(maxsize=WORD_CACHE)
def spelled_passive(text: str, pred: Predicate) -> bool:
    """Whether the word is the predicate's passive perfect by its spelling: أصيب (was hit) is spelt
    like the first person imperfect (أُصيب, I hit), which news does not use outside quotations, and
    like no perfect of the verb (unlike أوقف, اعتقل, whose first person imperfect is their perfect)."""
    lex = load_lexicon()
    readings = list(verb_readings(fold(text)))
    first_person = any(r.tense == IMPERFECT and r.prefix == "ا" and not r.suffix and not r.obj
                       and pred in lex.imperfect.get(r.stem, ()) for r in readings)
    return first_person and not any(r.tense == PERFECT and pred in lex.perfect.get(r.stem, ()) for r in readings)


@lru_cache(maxsize=WORD_CACHE)
def conjoined(text: str, pred: Predicate) -> bool:
    """Whether the word is the predicate's verb only with the conjunction و before it (وأصيب, not
    وقع: its و is the verb's own letter), so that it opens a clause of its own (ف is not counted:
    أما وكالة وادا فتطالب... answers its subject)."""
    mine = _readings_of(text, pred)
    return bool(mine) and all(r.conj.startswith("و") for r in mine)


@lru_cache(maxsize=WORD_CACHE)
def conjunction_led(text: str, pred: Predicate) -> bool:
    """Whether the word is the predicate's verb only with a conjunction و or ف before it (وناشد،
    فأكد; not فجر or وقع, whose first letter is the verb's own); a word no verb reading of the
    predicate explains is judged by its first letter."""
    mine = _readings_of(text, pred)
    if not mine:
        return fold(text).startswith(("و", "ف"))
    return all(r.conj[:1] in ("و", "ف") for r in mine)


def _readings_of(text: str, pred: Predicate) -> list[VerbReading]:
    """The word's verb readings, perfect or imperfect, whose stem is the predicate's verb."""
    lex = load_lexicon()
    tables = (lex.perfect, lex.imperfect)
    return [r for r in verb_readings(fold(text)) if pred in tables[r.imperfect_stem].get(r.stem, ())]
