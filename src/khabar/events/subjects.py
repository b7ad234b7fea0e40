"""Subjects before the predicate: an SVO subject opening its clause (موسكو تتهم أميركا), one a
relative clause describes between it and its verb (القوات التي دخلت المدينة أمس قصفت), and the
nearest free actor of a control verb or long subject (تمكنت الوحدات الأمنية من إلقاء القبض).
Split from :mod:`.arguments`, which reads the rest of a predicate's arguments."""

from __future__ import annotations

from khabar.arabic import Token
from khabar.arabic.inflection import fold, folded_bare
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor
from khabar.events.hal import participle_shape
from khabar.events.lexicon import RELATIVES, analyse_word, conjoined, word_set
from khabar.events.names import CLAUSE_OPENERS
from khabar.events.phrases import PREPOSITION_WORDS, QUANTITIES, prep_attached, starting_at
from khabar.events.predicates import CLOSING_QUOTES, NEGATORS, Trigger
from khabar.events.spans import NUMBER_WORDS
from khabar.events.targets import PLACES
from khabar.events.titles import DEFINITE, FUNCTION_WORDS

RELATIVE_AUXILIARIES = word_set("relative_auxiliaries")
#: Pronoun endings, object or possessive (لنظيره، تتهمه).
POSSESSIVE_ENDINGS = tuple(word_set("object_pronouns"))
#: The article, alone or after a clitic (للجمهور، بالحكومة): a definite word; also after فـ (فللحكومة).
DEFINITE_STARTS = (*DEFINITE, "فلل")
_CONTROL = word_set("effort_links")  # تمكن من
_QUOTES = frozenset("\"«“")
_OPENING_PUNCT = frozenset("،,.:؛!؟?()-")
#: particles between an SVO subject and its verb (أما الرئيس فقد انتقد)
_CLAUSE_AUX = word_set("subject_verb_particles")
#: كان opening a clause before its subject and verb (، كانت تركيا قد حذرت فرنسا): a clause's start.
_PAST_AUX = word_set("past_auxiliaries")
#: Prepositions between an SVO subject and the party it sits in or is posted to (مجلس ... في الأمم المتحدة).
_LOCATED_PREPS = word_set("located_subject_preps")
#: Words between an SVO subject and its verb: a negation or one of those particles.
_BEFORE_VERB = NEGATORS | _CLAUSE_AUX
#: Words a subject opening its clause may follow.
_SUBJECT_OPENERS = CLAUSE_OPENERS | _PAST_AUX
#: Words a relative clause may hold between its pronoun and the verb of the clause its antecedent is
#: the subject of (القوات التي دخلت المدينة أمس قصفت).
RELATIVE_CLAUSE_REACH = 7
#: A verb's person prefixes and subject endings: a form no masdar has (تقصف، قصفت، قصفوا).
_IMPERFECT_PREFIXES = ("ي", "ت", "سي", "ست")
_PERFECT_SUBJECT_ENDINGS = ("ت", "وا", "ن", "تا")
#: Pronouns ending in alif (قتلها، احتجاجنا، قتلهما): their alif is no dual's, plural's or accusative's;
#: the same endings as the possessed nouns' (words.tsv possessed_endings).
_ALIF_PRONOUNS = tuple(word_set("possessed_endings"))


def own_alif(word: str) -> bool:
    """Whether a folded word ends in an alif of its own, a dual's or plural's on a perfect (قتلا،
    قتلوا) or an indefinite accusative's (احتجاجا), not a pronoun's (قتلها، احتجاجنا)."""
    return word.endswith("ا") and not word.endswith(_ALIF_PRONOUNS)


def subject_before(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """An SVO subject: an actor ending right before the verb and opening its clause (a verb after و
    opens a clause of its own: قتل شخص وأصيب أربعة)."""
    if not trig.is_noun and conjoined(toks[trig.first].text, trig.pred):
        return None
    if trig.hal or (trig.first == trig.last and participle_shape(toks[trig.first].text)):
        return None  # أكد أن الفريق قوي، مضيفا: a ḥāl predicates no subject before it, it shares its clause's
    k = trig.first - 1
    while k >= 0 and (fold(toks[k].text) in _BEFORE_VERB or toks[k].text in COMMAS or _dual_count(toks, k, trig)
                      or (k > 0 and toks[k - 1].kind == "word" and fold(toks[k].text) in _PAST_AUX)):
        k -= 1  # (إن الجيش كان قد قصف: كان after its subject)
    actor = next((a for a in actors if a.last == k), None) or _quoted_name_before(toks, actors, k)
    if actor is None:
        return None
    if _described_by_clause(toks, actors, actor, trig):
        return actor
    if prep_attached(toks[actor.first], actor):
        return None
    before = actor.first - 1
    while before >= 0 and actor.first - before <= 3 and _title_word(toks[before]):
        before -= 1  # الممثلة البريطانية جودي دينش تنتقد...: a title before the subject's name
    if before > 0 and toks[before].text in _QUOTES:
        before -= 1  # إن "قوات إماراتية سيطرت...: a quotation opening with its subject
    if before < 0 or toks[before].text in _OPENING_PUNCT or fold(toks[before].text) in _SUBJECT_OPENERS:
        return actor
    if any(p.kind == "N" for p in analyse_word(toks[before].text)):
        return actor  # غارات التحالف تقتل...: the genitive of an event noun heads the clause
    return _located_subject(toks, actors, before)


def _located_subject(toks: list[Token], actors: list[Actor], prep: int) -> Actor | None:
    """The party before في/لدى when the actor ending right before the verb follows it: where the subject
    sits or whom it is posted to (وكان مجلس حقوق الإنسان في الأمم المتحدة اتهم التحالف → the council,
    سفير قطر لدى موسكو أكد); the party opens its clause like any SVO subject."""
    if prep < 1 or fold(toks[prep].text) not in _LOCATED_PREPS:
        return None
    head = next((a for a in actors if a.last == prep - 1), None)
    if head is None or prep_attached(toks[head.first], head):
        return None
    before = head.first - 1
    if before < 0 or toks[before].text in _OPENING_PUNCT or fold(toks[before].text) in _SUBJECT_OPENERS:
        return head
    return None


def _dual_count(toks: list[Token], k: int, trig: Trigger) -> bool:
    """A number word after its noun before a dual verb: the two counted do it (إن مسلحين اثنين قتلا
    جنديا; a numeral follows its noun only for one and two)."""
    return (k > 0 and toks[k - 1].kind == "word" and folded_bare(toks[k].text) in NUMBER_WORDS
            and own_alif(fold(toks[trig.first].text)))


def _quoted_name_before(toks: list[Token], actors: list[Actor], k: int) -> Actor | None:
    """The party whose name a quotation mark at k closes (تنظيم "الدولة الإسلامية" يعلن): its
    opening mark lies inside the party's words, not a quotation's end (قال «...» يعلن)."""
    if k < 1 or toks[k].text not in CLOSING_QUOTES:
        return None
    actor = next((a for a in actors if a.last == k - 1), None)
    if actor is None or not any(toks[j].text in _QUOTES for j in range(actor.first + 1, actor.last + 1)):
        return None
    return actor


def subject_past_relative(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """An SVO subject described by a relative clause between it and its verb: إن القوات التي دخلت
    المدينة أمس قصفت مواقع المتمردين → the forces shell.  The antecedent opens its clause, the clause
    has a word of its own before the verb, and no punctuation or other relative pronoun stands between
    (a verb after و may be the clause's own second verb: none is read)."""
    verb = fold(toks[trig.first].text)
    if (trig.is_noun or trig.hal or conjoined(toks[trig.first].text, trig.pred)
            or not (trig.pred.speech or verb.startswith(_IMPERFECT_PREFIXES) or verb.endswith(_PERFECT_SUBJECT_ENDINGS))
            or fold(toks[trig.first - 1].text) in CLAUSE_OPENERS):
        return None  # a bare perfect is also a masdar (قتلوا نتيجة قصف القوات: the shelling)
    for r in range(trig.first - 2, max(-1, trig.first - 2 - RELATIVE_CLAUSE_REACH), -1):
        word = fold(toks[r].text)
        if toks[r].kind == "punct" or word in CLAUSE_OPENERS or (r < trig.first - 2 and word in NEGATORS):
            return None  # (بعد أن أمرت رئيسة البرلمان: a clause of its own, its subject after the verb)
        if word not in RELATIVES:
            continue
        inner = [fold(t.text) for t in toks[r + 1: trig.first]]
        if all(w in RELATIVE_AUXILIARIES or w in NEGATORS for w in inner):
            return None  # التي لم قصفت...: the verb is the clause's own
        actor = next((a for a in actors if a.last == r - 1), None)
        if actor is None or prep_attached(toks[actor.first], actor):
            return None
        before = actor.first - 1
        opens = before < 0 or toks[before].text in _OPENING_PUNCT or fold(toks[before].text) in CLAUSE_OPENERS
        return actor if opens else None
    return None


def _described_by_clause(toks: list[Token], actors: list[Actor], actor: Actor, trig: Trigger) -> bool:
    """An indefinite common noun right before a verb, after a preposition, is the subject of the
    clause describing it (نقلا عن مصدر أمني قال إن...، أفرجت عن معتقلين طالبوا): Arabic relative
    clauses on indefinite nouns have no relative pronoun."""
    if (trig.is_noun or trig.hal or actor.entity is not None or not actor.agent or actor.last != trig.first - 1
            or actor.first == 0 or toks[actor.first].kind != "word"):
        return False
    first, last = fold(toks[actor.first].text), fold(toks[actor.last].text)
    # definite by the article, a possessive or a definite genitive (لرئيس البرلمان، لنظيره): described
    # by a relative pronoun, not a bare clause
    if any(w.startswith(DEFINITE_STARTS) for w in (first, last)) or last.endswith(POSSESSIVE_ENDINGS):
        return False
    if starting_at(actors, trig.last + 1) is not None:
        return False  # بحق شخص تقول الشرطة إنه: the clause has a subject of its own
    return prep_attached(toks[actor.first], actor) or fold(toks[actor.first - 1].text) in PREPOSITION_WORDS


def _title_word(tok: Token) -> bool:
    word = fold(tok.text)
    return tok.kind == "word" and word.startswith("ال") and word not in FUNCTION_WORDS and not analyse_word(tok.text)


def preceding_subject(toks: list[Token], actors: list[Actor], trig: Trigger, control: bool = True,
                      reach: int = 20) -> Actor | None:
    """Control and long subjects: the nearest free actor before the predicate in its clause
    (تمكنت الوحدات الأمنية من إلقاء القبض على...; ``control`` False: any predicate)."""
    word = fold(toks[trig.first].text)
    before = fold(toks[trig.first - 1].text) if trig.first else ""
    if control and before not in _CONTROL and not word.startswith(("ب", "ل")):
        return None
    if control and trig.first > 1 and folded_bare(toks[trig.first - 2].text) in QUANTITIES:
        return None  # عددا من الاحتجاجات: a partitive, not a control verb
    for actor in sorted((a for a in actors if a.last < trig.first), key=lambda a: -a.last):
        if trig.first - actor.last > reach:
            return None
        between = toks[actor.last + 1: trig.first]
        if any(t.kind == "punct" and t.text in ".؛:" for t in between):
            return None
        before = fold(toks[actor.first - 1].text) if actor.first else ""
        if actor.entity_type in PLACES and not actor.country:
            continue  # معتمدية قعفور: where, not who
        if not prep_attached(toks[actor.first], actor) and before not in PREPOSITION_WORDS:
            return actor
    return None
