"""The quotation lexicon: speech-verb forms with the gender they imply, and closed word classes.

``resources/speech_verbs.tsv`` lists each verb once (past, present, participle stem, masdar);
the forms of every person, gender and number are derived here by rule, so the data file
stays small and each derived form knows the gender of the subject it agrees with.
``resources/cues.tsv`` holds the closed classes (complementizers, source prepositions,
anonymous-source nouns, clause boundaries, ...).  Both are loaded once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from khabar.arabic.normalize import strip_marks, word_key
from khabar.datafiles import resource_text, tsv_rows

MASC, FEM, PLURAL, ANY = "m", "f", "p", ""


@dataclass(frozen=True)
class CueForm:
    """One surface form of a speech verb."""

    lemma: str
    cls: str  # say | assert | deny | accuse | call | warn | announce | report | opine | ask | express | praise
    kind: str  # verb | participle | masdar
    gender: str  # m | f | p | "" (first person or unknown)
    prep: str | None  # preposition opening the content, skipped (شدد على)
    prep_required: bool  # the form is a cue only with its preposition (عبر عن)
    nominal: str  # y: noun-phrase content allowed; n: complementizer, colon or quote; c: complementizer only
    passive: bool = False  # قيل، أفيد: reports with no speaker


@lru_cache(maxsize=1 << 16)  # recent words: names and classes ask for the same words again
def key(word: str) -> str:
    """The matching key of a word (:func:`khabar.arabic.normalize.word_key`): a token's key is the
    key of its ``norm``."""
    return word_key(word)


#: أما X فـ...: a topic before its verb.
AMMA = key("أما")
#: كما صرحت: 'as she told', an attribution of its own.
KAMA = key("كما")
#: فيه/فيها after a verb: the pronoun standing for a noun named before it, a document (أصدر بيانا أكد
#: فيه) or the noun a clause qualifies (في وقت يصر فيه، الوقت الذي يؤكد فيه).
IN_IT = (key("فيه"), key("فيها"))
#: عن: the preposition before a relayed source (نقل X عن Y), a declared object (أعلن عن) or what an
#: adverb governs (نقلا عن).
ABOUT = key("عن")
#: ما: 'what', also written on a preposition (حسبما، كما).
WHAT = key("ما")
#: أن with no pronoun on it: after إلا its subject is a noun written after it, the verb's own (إلا أن
#: الناس يعتقدون); أنه، أنها carry the subject themselves.
ANNA = key("أن")


def _weak(stem: str) -> bool:
    return len(stem) > 2 and stem[-1] in "اىيو"


def past_forms(past: str) -> dict[str, str]:
    """form -> gender for the 3rd person past (قال/قالت/قالوا; نفى/نفت/نفوا)."""
    base = past[:-1] if _weak(past) else past
    return {past: MASC, base + "ت": FEM, base + "وا": PLURAL, base + "تا": FEM}


def present_forms(present: str) -> dict[str, str]:
    """form -> gender for the present (يقول/تقول/يقولون/نقول/أقول; ينفي/ينفون)."""
    stem = present[1:]
    plural = present[:-1] + "ون" if _weak(present) else present + "ون"
    forms = {present: MASC, "ت" + stem: FEM, plural: PLURAL}
    if len(stem) > 2:  # نصف would also read 'half', أعد 'I prepare'
        forms.update({"ن" + stem: ANY, "أ" + stem: ANY})
    return forms


def participle_forms(stem: str) -> dict[str, str]:
    """form -> gender for the active participle in the accusative (مؤكدا/مؤكدة/مؤكدين)."""
    return {stem + "ا": MASC, stem + "ة": FEM, stem + "ين": PLURAL, stem + "ون": PLURAL, stem + "تين": FEM}


def masdar_forms(masdar: str) -> dict[str, str]:
    """form -> gender for the verbal noun with a possessive pronoun (قوله/قولها/قولهم)."""
    k = key(masdar)
    base = k[:-1] + "ت" if masdar.endswith("ة") else k  # the key has ة as ه
    return {base + "ه": MASC, base + "ها": FEM, base + "هم": PLURAL}


#: Object pronouns on a verb: him, her or it, them (أعلنه، أصدرتها، تتهمهم).
OBJECT_SUFFIXES = ("ه", "ها", "هم")
#: The singular ones, which stand for a thing (a document, what was announced: أعلنه، نشرتها).
THING_SUFFIXES = OBJECT_SUFFIXES[:2]


def resource_rows(name: str) -> list[list[str]]:
    """The rows of one of the stage's tab-separated resource files."""
    text = resource_text("khabar.quotes", name)
    return tsv_rows(text)


def _add(index: dict[str, CueForm], forms: dict[str, str], make) -> None:
    for form, gender in forms.items():
        k = key(form)
        new = make(gender)
        old = index.get(k)
        # the first reading of a spelling wins, but a third person beats the same verb's first person
        # (اعتبر: he considered / أعتبر: I consider)
        if old is None or (old.gender == ANY and new.gender != ANY and old.lemma == new.lemma) or new.passive:
            index[k] = new


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, CueForm]:
    """Every derived form of every speech verb, by matching key (without و/ف prefixes)."""
    index: dict[str, CueForm] = {}
    masdars: list[tuple[str, dict[str, str], tuple]] = []
    for row in resource_rows("speech_verbs.tsv"):
        lemma, cls, past, present, participle, masdar, prep, nominal = row[:8]
        extra = row[8].split("|") if len(row) > 8 and row[8] else []
        required = prep.endswith("!")
        prep_key = key(prep.rstrip("!")) if prep != "-" else None
        base = (lemma, cls)

        def make(gender, kind, b=base, p=prep_key, r=required, n=nominal):
            return CueForm(b[0], b[1], kind, gender, p, r, n)

        # one spelling may be two persons (أعلن: he announced / I announce): the third person is kept
        verb = {**dict.fromkeys(extra, ANY), **(present_forms(present) if present != "-" else {}), **past_forms(past)}
        _add(index, verb, lambda g, m=make: m(g, "verb"))
        with_object = {f + s: g for f, g in verb.items() for s in OBJECT_SUFFIXES
                       if g != ANY and not (s == "ه" and not f.endswith("ت"))  # أشاره would read إشارة
                       and nominal != "c"}  # بينها is 'between them'
        _add(index, with_object, lambda g, m=make: m(g, "verb"))
        passive = row[9].split("|") if len(row) > 9 and row[9] else []
        _add(index, dict.fromkeys(passive, MASC),
             lambda g, b=base, p=prep_key, r=required, n=nominal: CueForm(b[0], b[1], "verb", g, p, r, n, True))
        if participle != "-":
            _add(index, participle_forms(participle), lambda g, m=make: m(g, "participle"))
        if masdar != "-":
            masdars.append((masdar, masdar_forms(masdar), make))
    for _masdar, forms, make in masdars:  # verb readings take precedence over nouns
        _add(index, forms, lambda g, m=make: m(g, "masdar"))
    say = index[key("قائلا")]  # بالقول، بقوله 'by saying': after any verb, as قائلا is
    _add(index, {w: _BY_SAYING_GENDERS.get(w[-2:], ANY) for w in word_classes()["by_saying"]},
         lambda g: CueForm(say.lemma, say.cls, "participle", g, None, False, "n"))
    return index


#: The pronoun ending a 'by saying' word (بقوله، بقولها، بقولهم) and the gender it gives; بالقول has none.
_BY_SAYING_GENDERS = {"له": MASC, "ها": FEM, "هم": PLURAL}


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """class -> set of matching keys (multi-word phrases are kept as space-joined keys)."""
    classes: dict[str, set[str]] = defaultdict(set)
    for cls, phrase in resource_rows("cues.tsv"):
        classes[cls].add(" ".join(key(w) for w in phrase.split()))
    return {c: frozenset(words) for c, words in classes.items()}


@cache
def first_words(cls: str) -> frozenset[str]:
    """First words of the phrases of a class (a quick test before joining words)."""
    return frozenset(p.split()[0] for p in word_classes().get(cls, ()))


@lru_cache(maxsize=1)
def triggers() -> frozenset[str]:
    """Words whose presence makes a unit worth reading: cues, statement verbs, source
    prepositions and the colon of headline attributions."""
    classes = word_classes()
    words = set(speech_verbs()) | classes["statement_verb"] | classes["source_prep"]
    return frozenset(words | {c + w for w in words for c in "وف"} | {":"})


@lru_cache(maxsize=1)
def complementizers() -> frozenset[str]:
    """Complementizer keys with and without a pronoun suffix (إن، إنه، أنها ...)."""
    bare = word_classes()["complementizer"]
    return bare | {c + s for c in bare for s in PRONOUN_SUFFIXES}


PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "ك")


@cache
def reasons() -> frozenset[str]:
    """'Because' keys with and without a pronoun suffix (لأن، لأنه، لأنها): no content opens there."""
    bare = word_classes().get("reason", frozenset())
    return bare | {c + s for c in bare for s in PRONOUN_SUFFIXES}


def in_class(cls: str, word_key: str) -> bool:
    """The key (or space-joined keys of a phrase) is listed under ``cls`` in cues.tsv."""
    return word_key in class_keys(cls)


@cache
def class_keys(cls: str) -> frozenset[str]:
    """The keys of one class (empty for a class the lexicon does not list)."""
    return word_classes().get(cls, frozenset())


@cache
def conjoined_class_keys(cls: str) -> frozenset[str]:
    """The keys of one class, and each with a و/ف conjunction that :func:`strip_conjunction`
    removes: a token's key is in this set when it, or it without its conjunction, is a class
    word (one set test per token instead of two and a call)."""
    words = class_keys(cls)
    return words | {c + w for w in words if len(w) >= 2 for c in "وف"}


@cache
def conjoined_first_words(cls: str) -> frozenset[str]:
    """First words of the phrases of a class, with and without a و/ف conjunction: the keys a
    phrase of the class may start with."""
    starts = first_words(cls)
    return starts | {c + w for w in starts for c in "وف"}


def strip_conjunction(word_key: str) -> str:
    """The key without a leading و or ف conjunction (وأضافت → أضافت)."""
    if len(word_key) > 2 and word_key[0] in "وف":
        return word_key[1:]
    return word_key


def lookup_cue(word_key: str) -> CueForm | None:
    """The speech-verb reading of a word, with و/ف (and وك/فـ) conjunctions handled by rule; a
    two-letter verb (حث) takes one too (وحث الرئيس السلطات على)."""
    verbs = speech_verbs()
    form = verbs.get(word_key)
    if form is None and len(word_key) > 2 and word_key[0] in "وف":
        form = verbs.get(word_key[1:])
    return form


_HAMZA_ALEFS = str.maketrans("أإآ", "ااا")


def _spelling(word: str) -> str:
    """A spelling key that, unlike :func:`key`, keeps ى apart from ي (رأى the verb, رأي the noun)."""
    return strip_marks(word).translate(_HAMZA_ALEFS)


@lru_cache(maxsize=8)  # one set per surface class of cues.tsv (two classes)
def _surface_words(cls: str) -> frozenset[str]:
    return frozenset(_spelling(phrase) for c, phrase in resource_rows("cues.tsv") if c == cls)


def _spelled_as(word: str, cls: str) -> bool:
    """The surface word, with or without a و/ف conjunction, is spelled as a word of ``cls``."""
    spelling = _spelling(word)
    words = _surface_words(cls)
    return spelling in words or (len(spelling) > 3 and spelling[0] in "وف" and spelling[1:] in words)


@lru_cache(maxsize=1 << 16)  # asked of every cue word of every unit read; words recur
def is_homograph(word: str) -> bool:
    """The surface word, with or without a و/ف conjunction, is spelled as another word than the
    speech-verb form it normalises to (رأي, مرحباً): never a cue."""
    return _spelled_as(word, "homograph")


@lru_cache(maxsize=1 << 16)  # asked of every cue word of every unit read; words recur
def is_naming_passive(word: str) -> bool:
    """The surface word is يُدعى/تُدعى 'is called', spelled with ى as the passive of دعا, which
    normalises to يدّعي 'claims' (شركة تدعى فاغنر، ويدعى سعيد)."""
    return _spelled_as(word, "naming_passive")
