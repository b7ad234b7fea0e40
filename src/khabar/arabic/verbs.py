"""Which words are verbs: the predicate lexicon's stems, read through :mod:`.inflection`.

resources/predicate_stems.tsv is the project's lexicon of Arabic predicates, verbs (perfect and
imperfect stems) and deverbal nouns, one row per (lemma, kind): their stems, and whether a verb
takes an object pronoun (flag i); resources/non_triggers.tsv lists common words spelt like a verb
form.  Only Arabic is here: the events stage codes each predicate (CAMEO code, light-verb objects,
targets, event flags) in its own table keyed by (lemma, kind), reading the stems from
:func:`predicate_rows`; the entities stage asks :func:`is_finite_verb` to keep a verb out of a name.
Both stages come after this one, so both may use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from khabar.arabic.inflection import (
    WORD_CACHE,
    VerbReading,
    fold,
    is_finite_reading,
    noun_cores,
    verb_readings,
)
from khabar.arabic.normalize import strip_marks
from khabar.datafiles import resource_text, tsv_rows


def _resource_rows(name: str) -> list[list[str]]:
    return tsv_rows(resource_text("khabar.arabic", name))


def folded_forms(cell: str) -> list[str]:
    """The comma-separated spellings of a lexicon cell, folded ("-" and blanks are none)."""
    return [fold(x.strip()) for x in cell.split(",") if x.strip() and x.strip() != "-"]


class PredicateRow(NamedTuple):
    """One row of resources/predicate_stems.tsv, its cells stripped (the file's header says what each holds)."""

    lemma: str
    kind: str  # V = verb, N = deverbal noun
    forms: str  # V: perfect stems | imperfect stems (without the person prefix); N: the nouns
    flags: str

    def stems(self) -> tuple[list[str], list[str], list[str]]:
        """The row's folded perfect, imperfect and noun stems."""
        if self.kind != "V":
            return [], [], folded_forms(self.forms)
        perfect, _, imperfect = self.forms.partition("|")
        return folded_forms(perfect), folded_forms(imperfect), []

    @property
    def intransitive(self) -> bool:
        """Flag i: the verb takes no object pronoun (حققه is achieved it, not investigated)."""
        return "i" in self.flags

    @property
    def hamza_above(self) -> bool:
        """Every perfect form is written with أ (أصاب، أدان): a word written with إ there is the masdar
        (إصابته is his injury, not أصابته), while a Form VIII perfect may be written with إ (إعتقل)."""
        return self.kind == "V" and all(f.strip().startswith("أ") for f in self.forms.partition("|")[0].split(","))


def hamza_below(plain: str) -> bool:
    """Whether an unmarked word is written with إ after its conjunction: no hamza_above verb's form."""
    return plain.removeprefix("و").removeprefix("ف").startswith("إ")


@lru_cache(maxsize=1)
def predicate_rows() -> tuple[PredicateRow, ...]:
    """The rows of the predicate stems table, in the file's order, loaded once."""
    return tuple(PredicateRow(*(c.strip() for c in row[:4])) for row in _resource_rows("predicate_stems.tsv"))


@cache
def non_triggers() -> frozenset[str]:
    """Words of resources/non_triggers.tsv, unmarked: common nouns and adverbs spelt like a verb form."""
    return frozenset(strip_marks(row[1].strip()) for row in _resource_rows("non_triggers.tsv"))


@dataclass(frozen=True)
class PredicateStems:
    """The lexicon's folded stems: a verb stem with the verb rows listing it, and the noun stems."""

    perfect: dict[str, list[PredicateRow]]
    imperfect: dict[str, list[PredicateRow]]
    nouns: frozenset[str]

    def verbs(self, reading: VerbReading) -> list[PredicateRow]:
        """The verb rows listing the reading's stem for its tense."""
        return (self.imperfect if reading.imperfect_stem else self.perfect).get(reading.stem, [])

    def reads(self, reading: VerbReading, hamza_below: bool = False) -> bool:
        """Whether the reading is some listed verb's form: an intransitive verb has no object
        pronoun, and a word written with إ (``hamza_below``) is no hamza_above verb's form."""
        return any((not reading.obj or not row.intransitive) and not (hamza_below and row.hamza_above)
                   for row in self.verbs(reading))


@lru_cache(maxsize=1)
def predicate_stems() -> PredicateStems:
    """The stems of every predicate lexicon row, loaded once."""
    perfect: dict[str, list[PredicateRow]] = {}
    imperfect: dict[str, list[PredicateRow]] = {}
    nouns: set[str] = set()
    for row in predicate_rows():
        perf, impf, noun = row.stems()
        for table, stems in ((perfect, perf), (imperfect, impf)):
            for stem in stems:
                table.setdefault(stem, []).append(row)
        nouns.update(noun)
    return PredicateStems(perfect, imperfect, frozenset(nouns))


@lru_cache(maxsize=WORD_CACHE)
def is_finite_verb(text: str) -> bool:
    """Whether the word reads only as a finite form of a lexicon verb: an indicative imperfect (ي/ت
    person prefix) or a perfect after و/ف, and as no lexicon noun.  The entities stage asks this to
    keep a verb out of a name (كاريكا يعتذر, وشكرت), so it answers for the word's form, never its context."""
    plain = strip_marks(text)
    if plain.endswith("ة") or plain.removeprefix("و").removeprefix("ف") in non_triggers():
        return False  # verbs never end in ة; a common word spelt like a verb form (هنا is not هنأ)
    word, stems = fold(text), predicate_stems()
    if any(core in stems.nouns for core in noun_cores(word)):
        return False
    readings = [r for r in verb_readings(word) if stems.verbs(r)]
    # some verb's form at all (see PredicateStems.reads), and a finite one
    below = hamza_below(plain)
    return any(stems.reads(r, below) for r in readings) and any(is_finite_reading(r) for r in readings)


#: The future marker before an imperfect's person letter (سيلتقي, وستواجه).
FUTURE_MARKER = "س"
#: The person letters of an indicative imperfect after the future marker.
FUTURE_PERSONS = ("ي", "ت")
#: The shortest imperfect stem read after the future marker: a one- or two-letter stem with a
#: suffix spells women's names (سيرين, سيريان: س + يرين "they see").
FUTURE_STEM = 3


def future_imperfect(word: str) -> str:
    """The imperfect after the future marker س (itself after و/ف) that opens ``word``, with its person
    letter (سيلتقي → يلتقي, وستواجه → تواجه), or "" where no marker and person letter open it or
    FUTURE_STEM letters or fewer follow them (سيري, سمير).  Whether the rest is a verb is the caller's
    question (ستالين parses as ت + الين).  The word comes normalised as the caller compares it (marks
    stripped, or folded): the one parse of the prefix for :func:`is_future_verb` and the entities
    stage's test of frequent words."""
    rest = word[1:] if word[:1] in ("و", "ف") and word[1:2] == FUTURE_MARKER else word
    imperfect = rest[1:]
    if rest[:1] != FUTURE_MARKER or imperfect[:1] not in FUTURE_PERSONS or len(imperfect) <= FUTURE_STEM:
        return ""
    return imperfect


@lru_cache(maxsize=WORD_CACHE)
def is_future_verb(text: str) -> bool:
    """Whether the word is the future marker س (after و/ف) and a finite imperfect of a lexicon verb
    (سيلتقي, وستواجه: the imperfect after it reads as :func:`is_finite_verb`).  The entities stage
    asks this beside :func:`is_finite_verb`, whose answer other stages rely on staying as it is."""
    imperfect = future_imperfect(strip_marks(text))
    if not imperfect:
        return False
    stems = predicate_stems()
    return any(len(r.stem) >= FUTURE_STEM and stems.verbs(r) for r in verb_readings(fold(imperfect)) if r.prefix) \
        and is_finite_verb(imperfect)
