"""Predicate finder: which words of a sentence are coded events, with negation and voice hints."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from khabar.arabic import Token
from khabar.arabic.inflection import WORD_CACHE, fold, folded_bare, written_cores
from khabar.arabic.memo import memo
from khabar.arabic.normalize import has_tanwin
from khabar.arabic.tokenize import TOKEN_TEXT
from khabar.conditions import condition_words
from khabar.events.actors import table_words
from khabar.events.hal import hal_participles
from khabar.events.lexicon import (
    PREPOSITION_WORDS,
    RELATIVES,
    Predicate,
    analyse_word,
    imperfect_predicates,
    light_object_keys,
    matches_object,
    word_set,
)
from khabar.events.tables import actor_tables, match_key, nisba_country, written_as_key
from khabar.events.titles import DEFINITE as _DEFINITE
from khabar.events.titles import FUNCTION_WORDS

NEGATORS = word_set("negators")
_IMPERFECT_GOVERNORS = word_set("imperfect_governors")
RELATIVE_MA = word_set("relative_ma")
#: Verbs of result (أدى، تسبب، أسفر): ما right before one is the relative of the clause before it.
_RESULT_VERBS = word_set("result_verbs")
#: The shared condition words (khabar.conditions): a particle also after و or ف (وإذا، فلو), a noun bare.
CONDITION_NOUNS = frozenset(fold(w) for w in condition_words("noun"))
CONDITIONALS = frozenset(clitic + fold(w) for w in condition_words("particle") for clitic in ("", "و", "ف")) \
    | CONDITION_NOUNS
PRIVATIVES = word_set("privatives")
#: What may stand between a privative and the act's verb (دون أن يذكر).
_PRIVATIVE_LINKS = frozenset({"ان"})
STATIVE_IMPERFECTS = word_set("stative_imperfects")
REPORT_OPENERS = word_set("report_openers")
#: A year, after which a verb may stand (في 2011 قتل), unlike any other number (2471 طالب شغل).
_YEAR = re.compile(r"(?:[1١][89٨٩]|[2٢][0٠])\d\d")
#: Nouns a number after names one of, not counts (الساعة 10، الدقيقة 85، القرار 2254): a verb may follow.
NUMBERED_HEADS = word_set("numbered_heads", strip_article=True)
DEMONSTRATIVES = word_set("demonstratives")
ORDINALS = word_set("ordinals")
_CLAUSE_END = frozenset(".؛!؟?")
NOT_PREDICATES = word_set("not_predicates")
EVENT_FRAMES = word_set("event_frames", strip_article=True)
DAY_PARTS = word_set("day_parts")
DAYS = word_set("days")
CONTROL = word_set("control")
CONTROL_LINKS = word_set("control_links")
PASSIVE_AUX = word_set("passive_aux")
#: Words back from an event noun to the verb of deciding that governs it (قررت وزارة الداخلية حظر).
CONTROL_REACH = 3
#: Words a conditional may stand before the act it supposes (إذا كنت عدوا وطعنت شخصا).
CONDITION_REACH = 4
CLAUSE_OPENERS = word_set("openers")
#: Marks opening and closing a quotation («», “”, and the straight " that does both).
OPENING_QUOTES = frozenset('"«“')
CLOSING_QUOTES = frozenset('"»”')
#: A condition noun is conditional only after its link (في حال رفضت); لو before أن is concessive (ولو أنه رأى).
CONDITION_NOUN_LINKS = word_set("condition_noun_links")
#: How far (in words) a light verb's object may follow it: شن الطيران الحربي غارات.
OBJECT_WINDOW = 20
#: Words by which a listed light-verb phrase's object may come after a nearer one's and still win.
NEAR_OBJECT = 3
_VERB_CONJUNCTIONS = ("و", "ف")


@dataclass
class Trigger:
    pred: Predicate
    first: int  # token indices of the predicate [first, last]
    last: int
    negated: bool = False
    #: a circumstantial participle (، مطالبة واشنطن): the sentence's subject does it
    hal: bool = False

    @property
    def is_noun(self) -> bool:
        return self.pred.kind == "N"


def _phrase_end(pred: Predicate, toks: list[Token], i: int) -> int | None:
    """Index of the light verb's object word, or None when the phrase is incomplete."""
    seen = 0
    for j in range(i + 1, len(toks)):
        if toks[j].kind != "word":
            if toks[j].text in ".؛:!?؟":
                return None
            continue
        if not light_object_keys(toks[j].text).isdisjoint(pred.objects):  # matches_object for light verbs
            return j
        seen += 1
        if seen >= OBJECT_WINDOW:
            return None
    return None


def _relative_object(pred: Predicate, toks: list[Token], i: int) -> bool:
    """The light verb's object heads a relative clause before it: OBJECT التي VERB."""
    return (i >= 2 and fold(toks[i - 1].text) in RELATIVES and toks[i - 2].kind == "word"
            and matches_object(toks[i - 2].text, pred.objects))


def _choose(preds: list[Predicate], word: str) -> Predicate | None:
    verbs = [p for p in preds if p.kind == "V" and not p.objects]
    nouns = [p for p in preds if p.kind == "N" and not p.objects]  # a noun phrase (إطلاق سراح) needs its object
    if nouns and (word.startswith(_DEFINITE) or not verbs):
        return nouns[0]
    return verbs[0] if verbs else None


def _negated(toks: list[Token], i: int) -> bool:
    k, words = i - 1, 0
    while k >= 0 and words < 2:
        if toks[k].kind == "word":
            word = fold(toks[k].text)
            if word in NEGATORS:
                if word in RELATIVE_MA and k + 1 < i and fold(toks[k + 1].text) in _RESULT_VERBS:
                    return False  # ، ما تسبب بمقتل 29 مدنيا: which caused, no negation
                return word not in RELATIVE_MA or k == 0 or toks[k - 1].kind == "punct"
            words += 1
        k -= 1
    return False


def lacking(toks: list[Token], i: int) -> bool:
    """Whether a privative (دون، بدون، عدم) stands right before the predicate at i, or before أن
    right before it: دون ذكر تفاصيل، دون أن يذكر."""
    words = [fold(t.text) if t.kind == "word" else "" for t in toks[max(0, i - 2): i]]
    return bool(words) and (words[-1] in PRIVATIVES
                            or (len(words) == 2 and words[0] in PRIVATIVES and words[1] in _PRIVATIVE_LINKS))


def _supposed(toks: list[Token], i: int) -> bool:
    """Whether the predicate at i is in a conditional clause (إذا انسحبت أمريكا، لو أعلن، في حال
    رفضت، ما إذا كان): a conditional at most CONDITION_REACH words before it, no punctuation between."""
    k, words = i - 1, 0
    while k >= 0 and words < CONDITION_REACH:
        tok = toks[k]
        if tok.kind == "punct":
            return False
        if tok.kind == "word":
            word = fold(tok.text)
            if word in CONDITIONALS:
                if word in CONDITION_NOUNS:
                    return k > 0 and fold(toks[k - 1].text) in CONDITION_NOUN_LINKS
                following = fold(toks[k + 1].text) if k + 1 < len(toks) else ""
                return not (word.lstrip("وف") == "لو" and following.startswith("ان"))
            words += 1
        k -= 1
    return False


def _regards(toks: list[Token], i: int) -> bool:
    """Whether the verb of opinion at i says how something is regarded (وتعتبر القناة ممر الشحن
    الأسرع، ويعتبر الفنان من أهم الأصوات): a stative imperfect with nothing reported in its clause."""
    if fold(toks[i].text) not in STATIVE_IMPERFECTS or _holds_view(toks, i):
        return False
    for tok in toks[i + 1:]:
        if tok.text in _CLAUSE_END:
            return True
        if fold(tok.text) in REPORT_OPENERS:
            return False
    return True


def _holds_view(toks: list[Token], i: int) -> bool:
    """Whether a country or an agent after the verb of opinion at i regards something named next
    (تعتبر أنقرة الوحدات فرعا، تعتبر إسرائيل إيران أكثر أعدائها، تعتبر بكين تلك الجزيرة): the object
    is definite, a country or a demonstrative, not the predicate of a stative subject (تعتبر بكين
    أحد أهم المستوردين، ويعتبر الجيش من أقوى الجيوش، تعتبر القاهرة الأكبر)."""
    words = table_words(toks[i + 1: i + 6])
    before = toks[i - 1] if i else None
    if not words or (before is not None and before.kind == "word" and fold(before.text) not in FUNCTION_WORDS
                     and not fold(toks[i].text).startswith(_VERB_CONJUNCTIONS)):
        return False  # بنك الزيتونة يعتبر البنك المؤهل: the subject came first, what follows is regarded of it
    tables = actor_tables()
    hit = match_key(tables.countries, tables.country_lengths, words, 0)
    if hit is None and fold(toks[i + 1].text).startswith("ال"):  # بنك البيانات: an indefinite head's genitive
        hit = match_key(tables.agents, tables.agent_lengths, words, 0)
    if hit is None or hit[0] >= len(words) or toks[i + 1 + hit[0]].kind != "word":
        return False
    after = toks[i + 1 + hit[0]]
    word, bare_word = fold(after.text), words[hit[0]]
    if word in DEMONSTRATIVES or match_key(tables.countries, tables.country_lengths, words, hit[0]):
        return True
    elative = len(bare_word) == 4 and bare_word.startswith("ا")  # الأكبر، الأفضل: a predicate
    return word.startswith("ال") and not elative and word not in ORDINALS and word not in FUNCTION_WORDS


@memo(WORD_CACHE)  # asked of every candidate predicate: a plain dict (memo)
def _is_actor_word(text: str) -> bool:
    """Agent nouns and country names shadow verb readings: وزارة is not و+زار+ة, nor is وزارته
    (his ministry) و+زارت+ه: a word opening with و or ف that is such a noun as written, with a
    possessive, owns that letter."""
    tables = actor_tables()
    key = (folded_bare(text),)
    if (key in tables.agents or key in tables.countries) and written_as_key(key[0], text):
        return True  # (زاره 'visited him' is no وزارة without its و)
    word = fold(text)
    return word.startswith(_VERB_CONJUNCTIONS) and any(
        (core,) in tables.agents or (core,) in tables.countries for core in written_cores(word))


def _day_part(toks: list[Token], i: int) -> bool:
    """A part of the day heading a day name is a time: فجر الخميس is at dawn on Thursday, not فجّر."""
    return (fold(toks[i].text).removeprefix("و") in DAY_PARTS and i + 1 < len(toks)
            and fold(toks[i + 1].text) in DAYS)


def _before_demonym(toks: list[Token], i: int) -> bool:
    """An indefinite demonym right after the word, not before a definite one: the word is a noun it
    describes (طالب سعودي مبتعث، داعية مصري), since a verb's subject is a noun; before a definite word
    the demonym is a name (قال تركي المشيقح)."""
    if i + 1 >= len(toks) or toks[i + 1].kind != "word":
        return False
    word = fold(toks[i + 1].text)
    if not word.endswith("ي") or word.startswith(_DEFINITE) or nisba_country(toks[i + 1].text) is None:
        return False
    return not (i + 2 < len(toks) and fold(toks[i + 2].text).startswith(_DEFINITE))


def _light_verb_phrase(preds: list[Predicate], toks: list[Token], i: int) -> Trigger | None:
    """The light-verb reading whose object comes first (أعرب عن شكره ... على دعمه is thanks, not support)."""
    ends = [(end, pred) for pred in preds if pred.objects and (end := _phrase_end(pred, toks, i)) is not None]
    if ends:
        # the first listed phrase unless another's object comes much sooner (شن حملة اعتقالات is arrests;
        # أعرب عن شكره ... على دعمه is thanks)
        nearest = min(end for end, _ in ends)
        end, pred = next(e for e in ends if e[0] <= nearest + NEAR_OBJECT)
        return Trigger(pred, i, end)
    for pred in preds:
        if pred.objects and _relative_object(pred, toks, i):
            return Trigger(pred, i, i)  # الاتهامات التي وجهتها المنظمة إلى الجيش
    return None


def control_verb(toks: list[Token], i: int, reach: int = CONTROL_REACH) -> int | None:
    """The index of a verb of deciding or intending (words.tsv control) at most ``reach`` words before
    index i, with only its subject or نحو/إلى between (no punctuation, no function word), else None."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        word = fold(toks[j].text)
        if toks[j].kind != "word":
            return None
        if word.lstrip("وف") in CONTROL:
            return j
        if word in FUNCTION_WORDS and word not in CONTROL_LINKS:
            return None
    return None


def _after_auxiliary(toks: list[Token], i: int) -> bool:
    """Whether the word before i is a passive auxiliary (تم، جرى, any person: يتم).  Not any verb of the
    lexicon: in أكد رفضه the masdar's possessor is the verb's dropped subject, which no rule reads."""
    return i > 0 and toks[i - 1].kind == "word" and fold(toks[i - 1].text) in PASSIVE_AUX


def _opens_clause(toks: list[Token], i: int) -> bool:
    """Whether the word at i opens its clause: first, after punctuation or after a clause opener.  A
    number opens none: it counts the word after it (500 فدان, acres; no فـ + دان, condemned); nor
    does a word alone in quotation marks, a name («ودان», the town)."""
    prev = toks[i - 1] if i else None
    if _alone_in_quotes(toks, i):
        return False
    return prev is None or prev.kind not in ("word", "number") or fold(prev.text) in CLAUSE_OPENERS


def _counted(toks: list[Token], i: int) -> bool:
    """Whether the word at i is counted by a number right before it (2471 طالب شغل: job seekers, not
    a demand); a year is no count, a verb may follow it (في 2011 قتل 20 شخصا), nor a number naming
    one of its noun before it (في الساعة 10 قصفت، القرار 2254 طالب: numbered_heads), and a
    conjunction opens a clause after a number (توفي 9 وأصيب 39)."""
    prev = toks[i - 1] if i else None
    return (prev is not None and prev.kind == "number" and not _YEAR.fullmatch(prev.text)
            and not (i > 1 and folded_bare(toks[i - 2].text) in NUMBERED_HEADS)
            and not fold(toks[i].text).startswith(("و", "ف")))


def _alone_in_quotes(toks: list[Token], i: int) -> bool:
    return 0 < i < len(toks) - 1 and toks[i - 1].text in OPENING_QUOTES and toks[i + 1].text in CLOSING_QUOTES


#: C-level getters of the predicate fields find_triggers tests of every candidate's readings (an
#: any() over a generator costs a frame per test; asked some 40 times an article each).
_KIND, _NOT_BEFORE_BI, _NOUN_HOMOGRAPH = attrgetter("kind"), attrgetter("not_before_bi"), attrgetter("noun_homograph")
_NEGATED_ONLY, _TARGETS = attrgetter("negated_only"), attrgetter("targets")
BETWEEN = "بين"
#: The targets of a noun read as its predicate only before بين (predicates.tsv: target بين alone).
_BETWEEN_ONLY = (BETWEEN,)


def find_triggers(toks: list[Token]) -> list[Trigger]:
    """Coded predicates of one sentence, left to right, objects of light verbs consumed."""
    out: list[Trigger] = []
    consumed: set[int] = set()
    hal = hal_participles(toks)
    # most words have no reading (the filters below only remove readings): one pass in C finds the
    # others (it looks up every token's text: those of other kinds are skipped here)
    for i in compress(range(len(toks)), map(analyse_word, map(TOKEN_TEXT, toks))):
        tok = toks[i]
        if tok.kind != "word" or i in consumed or i in hal or _is_actor_word(tok.text) or _day_part(toks, i):
            continue
        readings = analyse_word(tok.text)
        preds = list(readings)
        if fold(tok.text).lstrip("وف") in NOT_PREDICATES:
            preds = [p for p in preds if p.objects]  # توقفت: no event alone, but توقفت عن تزويد is one
        if i > 0 and fold(toks[i - 1].text) in PREPOSITION_WORDS:
            # في طلب ترمب: no verb follows a preposition (light-verb masdars do: من إلقاء القبض)
            preds = [p for p in preds if p.kind == "N" or p.objects]
        if i > 0 and fold(toks[i - 1].text) in _IMPERFECT_GOVERNORS:
            preds = [p for p in preds if p in imperfect_predicates(tok.text)]  # لم تعهده: no pledge
        if "N" in map(_KIND, preds) and (_after_auxiliary(toks, i) or control_verb(toks, i) is not None):
            # تم ضبط عدد من الطلاب: the masdar of the passive, no verb after another bare; قررت المحكمة
            # حظر الحزب: the complement of a verb of deciding is a masdar (a verb with no noun listed
            # stays: يعتزم بحث ... مع is still the consultation)
            preds = [p for p in preds if p.kind == "N" or p.objects]
        if has_tanwin(tok.text) and not fold(tok.text).lstrip("وف").startswith("م"):
            preds = [p for p in preds if p.kind == "N"]  # طلباً: a verb never carries tanween (منددًا is a ḥāl)
        if any(map(_NOT_BEFORE_BI, preds)) and any(
                t.kind == "word" and fold(t.text).startswith("ب") for t in toks[i + 1: i + 3]):
            preds = [p for p in preds if not p.not_before_bi]
        if any(map(_NOUN_HOMOGRAPH, preds)) and not _opens_clause(toks, i):
            preds = [p for p in preds if not p.noun_homograph]  # دفع ثمن الاتفاق، الدور ثمن النهائي: the noun
        if any(map(_NEGATED_ONLY, preds)) and not _negated(toks, i):
            preds = [p for p in preds if not p.negated_only]  # علق على الأمر: a comment, no event of its own
        if _BETWEEN_ONLY in map(_TARGETS, preds):
            # مفاوضات بين الحكومة والمعارضة: a noun of talks between two parties negotiates; before
            # anything else it is the other reading (محادثات مع روسيا: a meeting)
            between = i + 1 < len(toks) and fold(toks[i + 1].text) == BETWEEN
            preds = [p for p in preds if (p.targets == _BETWEEN_ONLY) == between]
        if _counted(toks, i):
            preds = [p for p in preds if p.kind == "N"]  # 2471 طالب شغل: a number counts the noun after it
        if preds and all(p.kind == "V" for p in preds) and _before_demonym(toks, i):
            continue  # لقي طالب سعودي مصرعه: a student, no demand (قصف روسي stays: an act and its doer)
        if not preds:
            continue
        trigger = _light_verb_phrase(preds, toks, i)
        if trigger is not None and trigger.last > i:
            consumed.add(trigger.last)
        if trigger is None:
            if i > 0 and folded_bare(toks[i - 1].text) in EVENT_FRAMES:
                continue  # جريمة قتل: the crime is named, not an act of this sentence's actors
            pred = _choose(preds, fold(tok.text))
            if pred is None:
                continue
            trigger = Trigger(pred, i, i)
        if trigger.pred.speech and _regards(toks, i):
            continue  # ويعتبر الفنان من أهم الأصوات: is considered, no one speaks
        if lacking(toks, i):
            continue  # دون ذكر مزيد من التفاصيل، عدم تهديد أمن إسرائيل: the act did not take place
        if not trigger.pred.speech and _supposed(toks, i):
            # إذا انسحبت أمريكا من الاتفاق: a supposed act, not a reported one (speech is left to the
            # quotation, whose cue إذا often misspells إذ: إذا أعلن الجيش)
            continue
        # لم يعلق: declining to comment is the act itself, not a negated one
        trigger.negated = _negated(toks, i) and not trigger.pred.negated_only
        out.append(trigger)
    if hal:
        out = sorted(out + [Trigger(pred, i, i, hal=True) for i, pred in hal.items() if i not in consumed],
                     key=lambda t: t.first)
    return out


def unshadowed(triggers: list[Trigger], toks: list[Token], spans: list[tuple[int, int]]) -> list[Trigger]:
    """The triggers whose first word lies outside every span: a word inside a name or a time
    expression is no predicate (لاري كودلو is not لأرى, فجر الأحد is not فجّر)."""
    if not spans:
        return triggers
    return [t for t in triggers if not any(s <= toks[t.first].start < e for s, e in spans)]
