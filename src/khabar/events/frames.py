"""Complements that decide a verb's reading: prepositional frames (predicates.tsv flag f) and
objects that make it another verb (resources/other_senses.tsv).

حقق في / حقق مع is investigating, but حقق نجاحا, حقق الفريق الفوز is achieving; سخر من is mocking,
but سخر إمكاناته is devoting.  Such a verb is read as its event when one of its target
prepositions heads its complement: the preposition follows the verb with only its subject (an
actor, perhaps with adjectives and a relative clause set off by a comma), adjuncts (another
preposition and its noun) and skippable words between.  Any other word first is the other verb's
object.

Some objects make a verb another one whatever it is flagged: احتلت مصر المركز 117 ranks Egypt, خطف
الممثل الجائزة is winning, فجر غضبا is sparking anger.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from khabar.arabic import Token
from khabar.arabic.inflection import IMPERFECT, OBJECT_SUFFIXES, fold, folded_bare, verb_readings
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor
from khabar.events.agent_phrases import AGENT_ADJECTIVES, relational_adjective
from khabar.events.arguments import relative_at
from khabar.events.lexicon import (
    PREPOSITION_WORDS,
    RELATIVES,
    matches_object,
    object_keys,
    resource_rows,
    word_set,
)
from khabar.events.names import skippable
from khabar.events.predicates import Trigger
from khabar.events.tables import nisba_country
from khabar.events.telling import that_word
from khabar.events.titles import FUNCTION_WORDS

#: How many words a relative clause after the subject may run before its comma.
RELATIVE_REACH = 12
#: How many more words an adjunct's noun phrase may run before the object it delays.
ADJUNCT_REACH = 4
_QUOTES = frozenset("\"«»“”")
_CLAUSE_END = frozenset(".؛:!؟?")
#: A preposition prefixed to a word with the article (بالحدود، للمواطنين، وبالحدود): no object.
_PREPOSED = ("بال", "لل", "كال", "وبال", "ولل", "فبال")
#: Templates of derived verbal nouns (ف ع ل the root's letters), and the verbs that with such an
#: object aim at doing it (تستهدف الهيئة تطوير برامجها، يستهدف المؤشر تقديم تقديرات: no one targeted)
_MASDAR_PATTERNS = tuple(fold(p) for p in word_set("masdar_patterns"))
_MASDAR_AIMS = word_set("masdar_aims")
_ROOT_SLOTS = frozenset("فعل")
#: How many words before a relative pronoun its antecedent's noun phrase may reach back
#: (الجائزة بمساريها (الحفظ والتدبر) التي تستهدف)
ANTECEDENT_REACH = 4
#: How many words an imperfect's described noun phrase may reach back (برنامجا تدريبيا جديدا)
DESCRIBED_REACH = 3
#: Folded endings of adjectives after their noun: nisba (تدريبية، تدريبيا) and indefinite accusative (جديدا)
_ADJECTIVE_ENDINGS = ("ي", "يه", "يا", "يين", "يون", "ا")
#: Folded phrases, each a tuple of words (حادث سير → (حادث, سير)).
Phrases = tuple[tuple[str, ...], ...]


def governs(word: str, preps: tuple[str, ...]) -> bool:
    """Whether a word is one of the (folded) prepositions, alone or with a pronoun (فيه، معهم), or
    opens with a one-letter one (بالهجوم)."""
    folded = fold(word)
    # بعد، بين، بشأن open with ب but are other particles: no ب heads them
    particle = folded in FUNCTION_WORDS or folded in PREPOSITION_WORDS
    return any(folded == prep or (folded.startswith(prep) and (len(prep) == 1 and not particle
                                                               or folded[len(prep):] in OBJECT_SUFFIXES))
               for prep in preps if prep != "obj")


def depends_on_complement(trig: Trigger) -> bool:
    """Whether the predicate's complement or sentence decides whether it is its event (a frame,
    other senses, sense contexts)."""
    return (trig.pred.prep_frame or trig.pred.lemma in other_senses()
            or bool(_other_verb_contexts(trig.pred.lemma)))


def complement_fits(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                    source: Actor | None = None) -> bool:
    """Whether the complement makes the predicate its event: its frame met, no other sense's object."""
    if trig.pred.prep_frame and not frame_met(toks, actors, trig, time_tokens, source):
        return False
    return not other_sense(toks, actors, trig, time_tokens, source) and not in_other_context(toks, trig)


def frame_met(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
              source: Actor | None = None) -> bool:
    """Whether the verb's preposition heads its complement (حققت الشرطة في الحادث), so that it is
    the lexicon's event and not the verb its noun object makes it (حقق الفريق فوزا).  ``source``:
    the subject as the arguments read it, perhaps a name no stage tagged (دافع واينستين عن...)."""
    # a light verb's frame follows the verb itself, before its object (حكمت المحكمة على المتهم بالسجن)
    verb = replace(trig, last=trig.first) if trig.pred.objects else trig
    k = _complement(toks, _with(actors, source), verb, time_tokens, trig.pred.targets)
    return k is not None and governs(toks[k].text, trig.pred.targets)


def _with(actors: list[Actor], source: Actor | None) -> list[Actor]:
    return [*actors, source] if source is not None else actors


def _complement(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                preps: tuple[str, ...]) -> int | None:
    """The index of the word heading the predicate's complement: the first after it that is not
    its subject (the first actor), skippable or an adjunct (a preposition not among ``preps`` and
    its noun); None at the clause's end."""
    k, subject = trig.last + 1, False
    while k < len(toks):
        tok = toks[k]
        if skippable(tok, time_tokens, k):
            k += 1  # punctuation, an adverb, a time (في العام الماضي: في heads no complement)
        elif tok.kind == "word" and governs(tok.text, preps):
            return k
        elif not subject and any(a.first == k for a in actors):
            k, subject = _after_subject(toks, actors, k), True
        elif not subject and tok.kind == "hashtag":
            k, subject = k + 1, True  # a hashtag name no actor covers: وتستهدف #مصر الوصول إلى
        elif tok.kind == "word" and fold(tok.text) in PREPOSITION_WORDS:
            k = _after_adjunct(toks, k)
        else:
            return k if tok.kind == "word" else None
    return None


def _after_adjunct(toks: list[Token], k: int) -> int:
    """The index after the preposition at k and its noun, quotation marks around it skipped (وسخر
    المخرج على حسابه على "تويتر" من ...)."""
    k += 1
    while k < len(toks) and toks[k].kind != "word" and toks[k].text in _QUOTES:
        k += 1
    return k + 1


def _after_subject(toks: list[Token], actors: list[Actor], k: int) -> int:
    """The index after the subject starting at k: its actors in a row (المخرج دينو مصطفيتش) and
    hashtag names, their trailing adjectives and a relative clause closed by a comma (وأثنى التلفزيون الروسي الذي نقل
    المشاهد، على ...)."""
    while (actor := next((a for a in actors if a.first == k), None)) is not None:
        k = actor.last + 1
        while k < len(toks) and toks[k].kind == "hashtag":
            k += 1  # a name in apposition: الممثل الكويتي #حسن_البلام
    while k < len(toks) and toks[k].kind == "word" and (
            folded_bare(toks[k].text) in AGENT_ADJECTIVES or nisba_country(toks[k].text) or relational_adjective(toks[k])):
        k += 1
    relative = k + 1 if k < len(toks) and toks[k].text in COMMAS else k
    if relative < len(toks) and fold(toks[relative].text) in RELATIVES:
        for j in range(relative + 1, min(len(toks), relative + RELATIVE_REACH)):
            if toks[j].text in _CLAUSE_END:
                break
            if toks[j].text in COMMAS:
                return j + 1
    return k


@cache
def other_senses() -> dict[str, frozenset[str]]:
    """Lemma → the (folded) objects of resources/other_senses.tsv that make it another verb."""
    out: dict[str, frozenset[str]] = {}
    for lemma, objects, *_ in resource_rows("other_senses.tsv"):  # a lemma's rows add up
        out[lemma.strip()] = out.get(lemma.strip(), frozenset()) | {fold(o.strip()) for o in objects.split(",") if o.strip()}
    return out


def other_sense(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                source: Actor | None = None) -> bool:
    """Whether the predicate's object makes it another verb (احتلت مصر المركز 117: ranked)."""
    objects = other_senses().get(trig.pred.lemma)
    if not objects:
        return False
    everyone = _with(actors, source)
    k = _complement(toks, everyone, trig, time_tokens, ())
    # the object, or the word after a subject no table knows (فجر القرار غضبا); the word right
    # after the verb, an object before its subject or one the arguments took for a name (تستهدف
    # طرح الشركات); a subject or a relative's antecedent right before it (غضب كبير أصاب الأهالي،
    # المركز الذي احتلته)
    # a relative clause, or an imperfect right after a noun (برنامجا جديدا يستهدف الطلاب) that
    # describes it: the noun phrase before them, its head perhaps a few words back
    relative = relative_at(toks, trig)
    before = _antecedent_words(toks, relative) if relative >= 0 else _just_before(toks, trig.first)
    if relative < 0 and _describes_noun_before(toks, trig):
        before += _described_noun(toks, trig.first)
    words = (toks[k: k + 2] if k is not None else []) + toks[trig.last + 1: trig.last + 2] + before
    if k is not None:
        words += _beyond_adjunct(toks, everyone, trig, k) + _after_named_chain(toks, everyone, k)
        if trig.pred.lemma in _MASDAR_AIMS and _masdar_object(toks, everyone, trig, k):
            return True  # an act to do is aimed at (يستهدف المشروع توفير), no party targeted
    # an أن clause as the object follows the verb or its subject, no adjunct between (يدعون أن;
    # not دعت إلى ضرورة أن)
    bare_complement = k is not None and not any(
        tok.kind == "word" and fold(tok.text) in PREPOSITION_WORDS for tok in toks[trig.last + 1: k])
    return any(tok.kind == "word" and matches_object(tok.text, objects)
               and (not that_word(fold(tok.text)) or tok is toks[trig.last + 1]
                    or bare_complement and tok is toks[k])
               for tok in words)


def _masdar_object(toks: list[Token], actors: list[Actor], trig: Trigger, k: int) -> bool:
    """Whether the complement is a derived verbal noun: the word at k after a subject or an adjunct
    (تستهدف الحكومة تطوير), or, when k is right after the verb and so its subject, a definite noun
    no table knows, the word after it and its adjective (ويستهدف المؤشر الأولي تقديم تقديرات; not
    استهدف تفجيران انتحاريان مركزين, the blasts the subject).  A conjoined word, an actor or a
    preposition ends the look (تستهدف أمن الدول وإستقرارها)."""
    if k > trig.last + 1:
        first = k
    elif toks[k].kind == "word" and fold(toks[k].text).startswith("ال") and not any(a.first <= k <= a.last for a in actors):
        first = k + 1
    else:
        return False
    for j in range(first, min(len(toks), first + 2)):
        tok = toks[j]
        word = fold(tok.text)
        if (tok.kind != "word" or word in PREPOSITION_WORDS or word.startswith("و")
                or any(a.first <= j <= a.last for a in actors)):
            return False
        if any(_masdar(w) for w in object_keys(tok.text)):
            return True
    return False


def _masdar(word: str) -> bool:
    """Whether a folded word fits a derived verbal noun's template (تطوير: تفعيل, استقطاب: استفعال)."""
    return any(len(word) == len(p) and all(c in _ROOT_SLOTS or c == w for c, w in zip(p, word, strict=True))
               for p in _MASDAR_PATTERNS)


def _describes_noun_before(toks: list[Token], trig: Trigger) -> bool:
    """Whether the predicate is an imperfect verb with no conjunction right after an indefinite word
    that is no function word: a clause describing the noun phrase before it (دورة تدريبية تستهدف
    المعلمين; a definite one is the verb's subject: الخوف من الفشل يسيطر)."""
    if trig.is_noun or trig.first == 0 or toks[trig.first - 1].kind != "word":
        return False
    word = fold(toks[trig.first - 1].text)
    if word in FUNCTION_WORDS or word.startswith(("ال", "وال", "بال", "لل", "فال")):
        return False
    readings = list(verb_readings(fold(toks[trig.first].text)))
    # a third person's prefix (not the first person's ا: استهدف is a perfect)
    return any(r.tense == IMPERFECT and r.prefix in ("ي", "ت") for r in readings) and not any(r.conj for r in readings)


def _described_noun(toks: list[Token], first: int) -> list[Token]:
    """The noun phrase an imperfect describes, read back from index ``first`` over its adjectives
    (nisba or indefinite accusative endings) to its head, at most DESCRIBED_REACH words: برنامجا
    تدريبيا جديدا يستهدف → برنامجا; عقب تنفيذ عمليات تفجيرية تستهدف → عمليات, not تنفيذ."""
    out: list[Token] = []
    for tok in reversed(toks[max(0, first - DESCRIBED_REACH): first]):
        if tok.kind != "word" or fold(tok.text) in FUNCTION_WORDS:
            break
        out.append(tok)
        if not fold(tok.text).endswith(_ADJECTIVE_ENDINGS):
            break  # the head
    return out


def _antecedent_words(toks: list[Token], relative: int) -> list[Token]:
    """The words of a relative pronoun's antecedent phrase, up to ANTECEDENT_REACH words before it
    over brackets and quotation marks, within its clause, less function words: its head may stand
    past a possessed noun and a bracket (الجائزة بمساريها (الحفظ والتدبر) التي تستهدف طلاب المنطقة:
    a prize aims at students)."""
    out: list[Token] = []
    seen = 0
    for tok in reversed(toks[:relative]):
        if tok.kind != "word":
            if tok.text in "()[]" or tok.text in _QUOTES:
                continue
            break
        seen += 1
        if seen > ANTECEDENT_REACH or that_word(fold(tok.text)):
            break
        if fold(tok.text) not in FUNCTION_WORDS:
            out.append(tok)
    return out


def _beyond_adjunct(toks: list[Token], actors: list[Actor], trig: Trigger, k: int) -> list[Token]:
    """When an adjunct came before the complement, the words its noun phrase may still run over
    before the object (تستهدف على مدى الثلاث سنوات المقبلة تحقيق فائض): up to ADJUNCT_REACH words
    after the two read, stopping at an actor (an attack's target), a preposition or punctuation."""
    between = toks[trig.last + 1: k]
    if any(tok.text in COMMAS for tok in between) or not any(
            tok.kind == "word" and fold(tok.text) in PREPOSITION_WORDS for tok in between):
        return []  # no adjunct, or one inside the subject's relative clause (التي تحدث في إطار ...،)
    out: list[Token] = []
    for j in range(k + 2, min(len(toks), k + 2 + ADJUNCT_REACH)):
        tok = toks[j]
        if tok.kind != "word" or fold(tok.text) in PREPOSITION_WORDS or any(a.first == j for a in actors):
            break
        out.append(tok)
    return out


def _after_named_chain(toks: list[Token], actors: list[Actor], k: int) -> list[Token]:
    """The word after a subject that is a noun chain ending in a name (ويستهدف صندوق رؤية سوفت بنك
    استثمار): the complement's head is no actor but one starts within two words, no punctuation
    between."""
    if any(a.first == k for a in actors):
        return []
    for j in range(k + 1, min(len(toks), k + 3)):
        if toks[j].kind != "word":
            return []
        actor = next((a for a in actors if a.first == j), None)
        if actor is not None:
            after = toks[actor.last + 1: actor.last + 2]
            # an object is bare: بالحدود after the name is an adjunct (ضبط فرع وزارة العمل بالحدود)
            return [tok for tok in after if not fold(tok.text).startswith(_PREPOSED)]
    return []


def _just_before(toks: list[Token], first: int) -> list[Token]:
    """The (at most two, three across a preposition) words right before index ``first``, within its
    clause, less function words (قد: an object of another sense is a noun).  A complementiser opens
    the clause: what stands before it is another verb's (قال إنهم يدعون إلى: إنهم is no claim's أن)."""
    out: list[Token] = []
    # a subject followed by its prepositional complement (الخوف من الفشل يسيطر): one word further
    reach = 3 if first >= 2 and fold(toks[first - 2].text) in PREPOSITION_WORDS else 2
    for tok in reversed(toks[max(0, first - reach): first]):
        if tok.kind != "word" or that_word(fold(tok.text)):
            break
        if fold(tok.text) not in FUNCTION_WORDS:
            out.append(tok)
    return out


def _phrases(text: str) -> Phrases:
    return tuple(tuple(fold(w) for w in phrase.split()) for phrase in text.split(",") if phrase.strip())


@cache
def sense_contexts() -> dict[str, dict[str | None, Phrases]]:
    """Lemma → CAMEO code → the (folded) phrases of resources/sense_contexts.tsv that, anywhere in its
    sentence, make it that event; code None: another verb, no event.  A lemma's rows add up."""
    out: dict[str, dict[str | None, Phrases]] = {}
    for row in resource_rows("sense_contexts.tsv"):
        code = (row[3].strip() or None) if len(row) >= 4 else None
        codes = out.setdefault(row[0].strip(), {})
        codes[code] = codes.get(code, ()) + _phrases(row[1])
    return out


def _other_verb_contexts(lemma: str) -> Phrases:
    """The phrases that make the lemma another verb (its rows of sense_contexts.tsv without a code)."""
    return sense_contexts().get(lemma, {}).get(None, ())


def in_other_context(toks: list[Token], trig: Trigger) -> bool:
    """Whether the predicate's sentence names a mishap that makes it another verb (أصيب ثلاثة في
    حادث سير: hurt in a traffic accident, no assault)."""
    phrases = _other_verb_contexts(trig.pred.lemma)
    return bool(phrases) and _names_any(toks, phrases)


def context_code(toks: list[Token], trig: Trigger) -> str | None:
    """The CAMEO code the predicate's sentence makes it (an attack on social media is criticism), or None."""
    return next((code for code, phrases in sense_contexts().get(trig.pred.lemma, {}).items()
                 if code is not None and _names_any(toks, phrases)), None)


def _names_any(toks: list[Token], phrases: Phrases) -> bool:
    keys = [object_keys(tok.text) for tok in toks if tok.kind == "word"]
    # a phrase with a word no token has is sought at no position (most phrases of most sentences)
    present = frozenset().union(*keys)
    return any(all(word in keys[i + n] for n, word in enumerate(phrase))
               for phrase in phrases if present.issuperset(phrase) for i in range(len(keys) - len(phrase) + 1))
