"""The event lexicon: predicates (verbs, light-verb phrases, deverbal nouns) and their codes.

Undiacritised Arabic words carry clitics (و، ف، ب، ل، ال، س) and inflection; the lexicon lists
stems only, and :func:`analyse_word` strips affixes to find them.  Everything is folded with
:func:`fold` (hamza/alef forms, ى, ة → ه, diacritics) for matching only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import ahocorasick

from khabar.arabic import normalize_for_matching
from khabar.arabic.normalize import BARE_LETTER_CLASS, bare_letter_table, strip_marks
from khabar.datafiles import tsv_rows

VERB_PROCLITICS = ("", "و", "ف")
FUTURE = ("", "س", "ل")
PERSON = ("ي", "ت", "ن", "ا")
PERF_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و", "تما")
IMPF_SUFFIXES = ("", "ون", "ان", "ين", "ن", "وا", "و", "ا")
OBJECT_SUFFIXES = ("", "ه", "ها", "هم", "هما", "كم", "ني", "نا", "هن")
NOUN_SUFFIXES = ("", "ها", "هم", "ه", "ي", "هما", "ين", "ان", "ون", "ا", "نا")
_PREPS = ("", "ب", "ل", "ك")
#: Longest suffix of the tables above: a word's last this many letters decide which it ends with.
SUFFIX_REACH = 3


#: Folded and stripped forms are asked for many times per word (every rule looks at its neighbours):
#: cache them.  The most recent 65k words per cache keep the hit rate high over a long run while
#: bounding memory (about 120 bytes an entry, some 55 MB for all the events caches at most).
WORD_CACHE = 1 << 16


def _full_fold(text: str) -> str:
    return normalize_for_matching(text, ta_marbuta=True).replace("ؤ", "و").replace("ئ", "ي")


#: What the fold makes of the bare letters it changes, as replacements: none yields a letter
#: another replaces, so applying them in turn equals ``translate``, and on a word the C-level
#: ``in`` tests cost half of ``translate``'s lookup per letter (a cold run folds every new word).
_FOLD_BARE = tuple((chr(c), folded) for c, folded in bare_letter_table(_full_fold).items())


#: Bare letters and plain spaces (a word, or an actor's or a mention's words): no mark, digit or
#: presentation form, so folding it is replacing letters.
_PLAIN_TEXT = re.compile(f"[ {BARE_LETTER_CLASS}]+")


@lru_cache(maxsize=WORD_CACHE)
def fold(text: str) -> str:
    """Fold spelling variants for lexicon matching (never stored)."""
    if _PLAIN_TEXT.fullmatch(text):  # most texts: letters only, a few of which change (أ، ة، ى)
        for letter, folded in _FOLD_BARE:
            if letter in text:
                text = text.replace(letter, folded)
        return text
    return _full_fold(text)


def _endings(suffixes: tuple[str, ...]) -> Callable[[str], tuple[str, ...]]:
    """``ends(word[-SUFFIX_REACH:])``: the ``suffixes`` (in their order) the word ends with.  None
    is longer than :data:`SUFFIX_REACH` letters, so a word's last letters decide, and a few hundred
    endings recur: cached, a word's suffixes cost one look-up instead of a test per suffix."""

    @lru_cache(maxsize=4096)
    def ends(tail: str) -> tuple[str, ...]:
        return tuple(suf for suf in suffixes if tail.endswith(suf))

    return ends


_OBJECT_ENDINGS, _PERF_ENDINGS, _IMPF_ENDINGS, _NOUN_ENDINGS = map(
    _endings, (OBJECT_SUFFIXES, PERF_SUFFIXES, IMPF_SUFFIXES, NOUN_SUFFIXES))


def _noun_proclitics() -> tuple[str, ...]:
    out = set()
    for conj in ("", "و", "ف"):
        for prep in _PREPS:
            out.add(conj + prep)
            out.add(conj + ("لل" if prep == "ل" else prep + "ال"))
    return tuple(sorted(out, key=len, reverse=True))


NOUN_PROCLITICS = _noun_proclitics()
#: The proclitics by length, longest first: a word starts with at most one of each length.
_PROCLITICS_BY_LENGTH = tuple((n, frozenset(p for p in NOUN_PROCLITICS if len(p) == n))
                              for n in sorted({len(p) for p in NOUN_PROCLITICS}, reverse=True))


def _proclitics_of(word: str, rest: int) -> list[str]:
    """The proclitics ``word`` starts with that leave at least ``rest`` letters, longest first."""
    return [word[:n] for n, pros in _PROCLITICS_BY_LENGTH if len(word) - n >= rest and word[:n] in pros]


#: The endings a noun with the article may carry: number, never a possessive (الاجتماعي is an
#: adjective, not اجتماع+ي) nor the accusative alif.
_DEFINITE_SUFFIXES = frozenset({"", "ين", "ان", "ون"})


def _fits(pro: str, suf: str, core: str) -> bool:
    """Whether a noun core may take the proclitic and suffix around it."""
    if suf and core.endswith("ه"):
        return False  # ة is written ت before any suffix: مصادرها is not مصادرة+ا (its sources)
    return suf in _DEFINITE_SUFFIXES or not pro.endswith(("ال", "لل"))


@lru_cache(maxsize=WORD_CACHE)
def noun_cores(word: str, closed: bool = False) -> tuple[str, ...]:
    """Candidate bare nouns of a folded word: clitics and article removed, possessives too.
    ``closed``: the word is written with a final ة, which no suffix follows (قبضة is not قبض+ه)."""
    return _cores(word, _proclitics_of(word, 2), closed)


@lru_cache(maxsize=WORD_CACHE)
def written_cores(word: str) -> tuple[str, ...]:
    """The bare nouns of a folded word read with no proclitic, its first letter its own: the word
    itself and without a possessive (وزارته → وزاره, وزيرها → وزير, where و is no conjunction)."""
    return _cores(word, [""], closed=False)


def _cores(word: str, proclitics: list[str], closed: bool) -> tuple[str, ...]:
    out = []
    # the suffixes the word ends with: each rest after a proclitic ends with those that fit in it
    suffixes = ("",) if closed else _NOUN_ENDINGS(word[-SUFFIX_REACH:])
    for pro in proclitics:
        for suf in suffixes:
            end = len(word) - len(suf)
            if end - len(pro) < 2:
                continue  # no core of two letters (or the suffix overlaps the proclitic)
            core = word[len(pro):end]
            if not _fits(pro, suf, core):
                continue
            out.append(core)
            if suf and core[-1] == "ت":  # ta marbuta before a suffix: تظاهرته → تظاهره
                out.append(core[:-1] + "ه")
    return tuple(out)


def _bare(word: str) -> str:
    for n, pros in _PROCLITICS_BY_LENGTH:  # the longest proclitic leaving three letters
        if len(word) - n >= 3 and word[:n] in pros:
            return word[n:]
    return word


@lru_cache(maxsize=WORD_CACHE)
def bare(word: str) -> str:
    """A folded word without leading conjunction, preposition and article (agent/country lookup)."""
    return _bare(word)


@lru_cache(maxsize=WORD_CACHE)
def folded_bare(text: str) -> str:
    """``bare(fold(text))`` in one cached call: the key of a word in the agent and country tables
    (not through :func:`bare`'s cache, which would hold most words a second time)."""
    return _bare(fold(text))


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
    intransitive: bool = False
    prep_frame: bool = False
    #: every perfect form is written with أ (أصاب، أدان): a word written with إ there is the masdar
    hamza_above: bool = False

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


@cache
def non_triggers() -> frozenset[str]:
    """Words of resources/non_triggers.tsv, unmarked: nouns and adverbs no reading makes an event."""
    return frozenset(strip_marks(row[1].strip()) for row in resource_rows("non_triggers.tsv"))


def _split(cell: str) -> list[str]:
    return [fold(x.strip()) for x in cell.split(",") if x.strip() and x.strip() != "-"]


def _predicate(row: list[str]) -> tuple[Predicate, str]:
    lemma, kind, forms, objects, cameo, target, flags = (c.strip() for c in row[:7])
    pred = Predicate(
        lemma=lemma,
        kind=kind,
        cameo=cameo,
        objects=frozenset(_split(objects)),
        targets=tuple(fold(t) for t in target.split("|") if t != "-"),
        speech="s" in flags,
        passive="p" in flags,
        genitive_target="g" in flags,
        person_verbal="h" in flags,
        not_before_bi="b" in flags,
        needs_target="r" in flags,
        bare_event="z" in flags,
        civil_riot="c" in flags,
        intransitive="i" in flags,
        prep_frame="f" in flags,
        hamza_above=kind == "V" and all(f.strip().startswith("أ") for f in forms.partition("|")[0].split(",")),
    )
    return pred, forms


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The predicate lexicon and CAMEO root table, loaded once."""
    perfect: dict[str, list[Predicate]] = {}
    imperfect: dict[str, list[Predicate]] = {}
    nouns: dict[str, list[Predicate]] = {}
    for row in resource_rows("predicates.tsv"):
        pred, forms = _predicate(row)
        if pred.kind == "V":
            perf, _, impf = forms.partition("|")
            for stem in _split(perf):
                perfect.setdefault(stem, []).append(pred)
            for stem in _split(impf):
                imperfect.setdefault(stem, []).append(pred)
        else:
            for stem in _split(forms):
                nouns.setdefault(stem, []).append(pred)
    cameo = {}
    for code, quad, goldstein, plover in (r[:4] for r in resource_rows("cameo_roots.tsv")):
        cameo[code.strip()] = CameoInfo(int(quad), float(goldstein), None if plover.strip() == "-" else plover.strip())
    return Lexicon(perfect, imperfect, nouns, cameo)


def _verb_analyses(word: str, lex: Lexicon) -> list[Predicate]:
    found: list[Predicate] = []
    for conj in VERB_PROCLITICS:
        if not word.startswith(conj):
            continue
        rest = word[len(conj):]
        for obj in _OBJECT_ENDINGS(rest[-SUFFIX_REACH:]):
            body = rest[: len(rest) - len(obj)] if obj else rest
            readings = _body_analyses(body, lex, with_object=bool(obj))
            # an intransitive verb takes no object pronoun: حققه is achieved it, not investigated
            found += [p for p in readings if not p.intransitive] if obj else readings
    return found


def _body_analyses(body: str, lex: Lexicon, with_object: bool) -> list[Predicate]:
    """The predicates a verb body (no conjunction, no object pronoun) is an inflected form of."""
    found: list[Predicate] = []
    for suf in _PERF_ENDINGS(body[-SUFFIX_REACH:]):
        if len(body) > len(suf):
            found += lex.perfect.get(body[: len(body) - len(suf)] if suf else body, ())
    if body.startswith("م") and body.endswith("ا") and not with_object:
        found += lex.imperfect.get(body[1:-1], ())  # ḥāl participle: منددا، متهما، مطالبا
    for fut in FUTURE:
        if not body.startswith(fut) or len(body) - len(fut) < 3:
            continue
        verb = body[len(fut):]
        if verb[0] not in PERSON:
            continue
        for suf in _IMPF_ENDINGS(verb[-SUFFIX_REACH:]):
            if len(verb) - len(suf) > 2:
                found += lex.imperfect.get(verb[1: len(verb) - len(suf)] if suf else verb[1:], ())
    return found


#: What the analyses strip around a stem: a verb's conjunction, future and person prefix (or the
#: ḥāl participle's م) and its person and object suffixes; a noun's proclitics and suffixes, and
#: a ت before a suffix for a noun ending in ه (تظاهرته → تظاهره).
_VERB_HEADS = frozenset(c + h for c in VERB_PROCLITICS
                        for h in ("", "م", *(f + p for f in FUTURE for p in PERSON)))
_VERB_TAILS = frozenset({"ا"} | {s + o for s in PERF_SUFFIXES + IMPF_SUFFIXES for o in OBJECT_SUFFIXES})
_NOUN_HEADS = frozenset(NOUN_PROCLITICS)
_NOUN_TAILS = frozenset(NOUN_SUFFIXES)
_CUT_TAILS = frozenset("ت" + s for s in NOUN_SUFFIXES if s)


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
        verb = verb or (is_verb and head in _VERB_HEADS and tail in _VERB_TAILS)
        noun = noun or (head in _NOUN_HEADS and ((is_noun and tail in _NOUN_TAILS) or (is_cut and tail in _CUT_TAILS)))
    return verb, noun


@lru_cache(maxsize=WORD_CACHE)
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
    if plain.removeprefix("و").removeprefix("ف").startswith("إ"):
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


@lru_cache(maxsize=WORD_CACHE)
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
def is_finite_verb(text: str) -> bool:
    """Whether the word reads only as a finite form of a lexicon verb: an indicative imperfect (ي/ت
    person prefix) or a perfect after و/ف, and as no lexicon noun.  Other stages ask this to keep a verb
    out of a name (كاريكا يعتذر, وشكرت), so it answers for the word's form, never its context."""
    if not analyse_word(text):
        return False  # no stem, or a common word spelt like a verb (non_triggers)
    lex, word = load_lexicon(), fold(text)
    if any(lex.nouns.get(core) for core in noun_cores(word)):
        return False
    for conj in VERB_PROCLITICS:
        rest = word[len(conj):] if word.startswith(conj) else ""
        for obj in _OBJECT_ENDINGS(rest[-SUFFIX_REACH:]) if rest else ():
            body = rest[: len(rest) - len(obj)] if obj else rest
            if _imperfect_body(body, lex) or (conj and _perfect_body(body, lex)):
                return True
    return False


def _imperfect_body(body: str, lex: Lexicon) -> bool:
    if len(body) < 3 or body[0] not in "يت":
        return False
    return any(lex.imperfect.get(body[1: len(body) - len(suf)] if suf else body[1:])
               for suf in _IMPF_ENDINGS(body[-SUFFIX_REACH:])
               if len(body) - len(suf) > 2 and suf not in _MOOD_ENDINGS)


#: Subjunctive and jussive endings: such a form follows a particle (لن يقولوا), never opens a
#: clause by itself, and a name ending in ا or و (تريا, ماريو) reads as one.
_MOOD_ENDINGS = frozenset({"ا", "و", "وا"})


def _perfect_body(body: str, lex: Lexicon) -> bool:
    return any(lex.perfect.get(body[: len(body) - len(suf)] if suf else body)
               for suf in _PERF_ENDINGS(body[-SUFFIX_REACH:]) if len(body) - len(suf) > 1)
