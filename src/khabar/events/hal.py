"""Circumstantial (ḥāl) participles the verb analysis cannot read: Form I participles (داعيا،
نافيا) and the feminine and plural of every listed one (داعية، مطالبة، مطالبين), from
resources/hal_participles.tsv.  Each is its lemma's verb, done by the sentence's subject."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from khabar.arabic import Token
from khabar.arabic.inflection import fold
from khabar.arabic.tokenize import COMMAS, TOKEN_TEXT
from khabar.events.lexicon import PREPOSITION_WORDS, Predicate, load_lexicon, resource_rows, word_set

#: The target prepositions that let a plural participle be a ḥāl without a comma before it.
_COMPLEMENT_PREPOSITIONS = frozenset({"ب", "من", "على", "عن"})
_TANWEEN_ALIFS = ("ًا", "اً")
#: Verbs whose predicate a masculine participle may be (بات مطالبا بالحل): no ḥāl after them.
_COPULAS = word_set("copulas")
#: What a bare masculine ḥāl's complement may open with besides a party or a definite noun: an object
#: pronoun (متهما إياه), إلى (داعيا إلى), a that-particle (نافيا أن).
_BARE_COMPLEMENTS = _COMPLEMENT_PREPOSITIONS | word_set("bare_hal_complements")


@lru_cache(maxsize=1)
def hal_forms() -> dict[str, tuple[str, bool]]:
    """Every written form (also with و, with tanween) → (lemma, whether it is also read as a noun:
    a feminine or plural, a participle only right after a comma)."""
    verbs = _verbs()
    out: dict[str, tuple[str, bool]] = {}
    for form, lemma in ((row[0].strip(), row[1].strip()) for row in resource_rows("hal_participles.tsv")):
        if lemma not in verbs:
            raise KeyError(f"hal_participles.tsv: {lemma} is no verb of predicates.tsv")
        stem = form[:-1]  # داعيا → داعي
        plural = (stem[:-1] if stem.endswith("ي") else stem) + "ين"  # داعين، مطالبين
        written = [(form, False), *((stem + t, False) for t in _TANWEEN_ALIFS), (stem + "ة", True), (plural, True)]
        for text, noun_too in written:
            out[text] = out["و" + text] = (lemma, noun_too)
    return out


@lru_cache(maxsize=1)
def _verbs() -> dict[str, Predicate]:
    """Each lemma's plain verb predicate (no light-verb object)."""
    lex = load_lexicon()
    out: dict[str, Predicate] = {}
    for preds in lex.perfect.values():
        for pred in preds:
            if pred.kind == "V" and not pred.objects:
                out.setdefault(pred.lemma, pred)
    return out


def hal_participles(toks: list[Token]) -> dict[int, Predicate]:
    """The ḥāl participles of a sentence by token index, with their verb: a masculine form not after
    a preposition or a number, a feminine or plural one right after a comma (، مطالبة واشنطن بتقديم)."""
    forms = hal_forms()
    out: dict[int, Predicate] = {}
    for i in compress(range(len(toks)), map(forms.__contains__, map(TOKEN_TEXT, toks))):
        lemma, noun_too = forms[toks[i].text]
        before = toks[i - 1] if i else None
        if (noun_too and (before is None or before.text not in COMMAS)
                and not _plural_with_complement(toks, i, lemma) and not _feminine_with_object(toks, i)):
            continue  # وافتكاك سيارته ومطالبة عائلته بدفع فدية: a masdar in a list
        if before is not None and (before.kind == "number" or fold(before.text) in PREPOSITION_WORDS):
            continue  # 54 متهما: a count of accused men; في مطالبة: a noun
        out[i] = _verbs()[lemma]
    return out


def _plural_with_complement(toks: list[Token], i: int, lemma: str) -> bool:
    """Whether a plural participle with no comma before it is still a ḥāl: its verb's ب, من, على or
    عن heads the next word (تظاهروا السبت منددين بسياسة واشنطن).  Not ل, which follows adjectives too
    (رافضين لذلك), and not an object (داعين للفكر، متهمين آخرين: nouns)."""
    if not toks[i].text.endswith("ين") or i + 1 >= len(toks):
        return False
    after = fold(toks[i + 1].text)
    preps = set(_verbs()[lemma].targets) & _COMPLEMENT_PREPOSITIONS
    return after in preps or ("ب" in preps and after.startswith("ب") and len(after) > 3)


def _feminine_with_object(toks: list[Token], i: int) -> bool:
    """Whether a feminine participle with no comma before it is still a ḥāl: a definite object follows
    it (أغلقت المكتب متهمة القادة بعدم التعاون), which an adjective never takes.  Not a Form III
    participle, whose feminine is also its masdar (رفضت مطالبة النقابة: a noun with its genitive)."""
    word = fold(toks[i].text)
    word = word[1:] if word[:1] == "و" else word
    if not word.endswith("ه") or word[2:3] == "ا" or i + 1 >= len(toks):
        return False
    return fold(toks[i + 1].text).startswith("ال")


def inflected_hal(text: str) -> bool:
    """A feminine or plural ḥāl form, admitted only where its clause shows it (after a comma, or with
    its object or complement after it), so it opens a clause of its own."""
    return hal_forms().get(text, ("", False))[1]


def hal_word(text: str) -> bool:
    """Whether a word may be a ḥāl participle: a listed form, or one of participle shape."""
    return text in hal_forms() or participle_shape(text)


def participle_shape(text: str) -> bool:
    """Whether a word is م + stem + ا, a derived verb's participle in the accusative (مطالبا، ومحذرا)."""
    word = fold(text)
    word = word[1:] if word[:1] in ("و", "ف") else word
    return len(word) >= 5 and word.startswith("م") and word.endswith("ا")


def bare_hal(toks: list[Token], i: int, party_starts: set[int]) -> bool:
    """Whether a listed masculine ḥāl with no comma before it opens a clause of its own, done by the
    sentence's subject (واختتم الملك سلمان الرسالة داعيا ماكرون إلى المساعدة): its object or complement
    follows it (a party, a definite noun, إياه, إلى, ب, من, على, عن, أن) and no copula opens its clause,
    whose predicate it is (بات مطالبا بالحل، يعتبر نفسه داعيا للسلام); without a complement it is an
    adjective or a noun (اتخذت موقفا رافضا للمجازر، الخمسة والعشرون متهما الذين)."""
    if hal_forms().get(toks[i].text, ("", True))[1] or i == 0 or i + 1 >= len(toks):
        return False
    before = fold(toks[i - 1].text)
    if toks[i - 1].kind != "word" or (len(before) > 3 and before.endswith("ا")):
        return False  # تسلمت مصريا متهما بخطف طائرة: an adjective of an indefinite accusative noun
    start = next((k + 1 for k in range(i - 1, -1, -1) if toks[k].kind == "punct"), 0)
    if any(map(_copula, toks[start: i])):
        return False  # (وبات المنتخب الأرجنتيني الفائز بكأس العالم مهددا بالخروج: the copula opens the clause)
    after = fold(toks[i + 1].text)
    return (i + 1 in party_starts or after.startswith("ال") or after in _BARE_COMPLEMENTS
            or (after.startswith("ب") and len(after) > 3))


def _copula(tok: Token) -> bool:
    word = fold(tok.text)
    return word in _COPULAS or (word[:1] in ("و", "ف") and word[1:] in _COPULAS)
