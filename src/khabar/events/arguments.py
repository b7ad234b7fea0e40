"""Argument finder: the source and target of a predicate among the sentence's actors.

Arabic news clauses are mostly VSO (اتهمت الوزارة واشنطن بـ...) and, after أن/إن or in headlines,
SVO (موسكو تتهم أميركا).  Deverbal nouns take their agent as genitive (هجمات التنظيم على...) or,
for patient nouns, their victim (اعتقال الصحفي).  Passive verbs, undiacritised, are told by what
follows: a count or civilians (قتل 5 مدنيين) and an agent phrase introduced by على يد / برصاص.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.arabic import Token
from khabar.arabic.inflection import fold, folded_bare
from khabar.events.actors import (
    AGENT_ADJECTIVES,
    FUNCTION_WORDS,
    PERSON_TITLES,
    Actor,
    actor_tables,
    nisba_country,
)
from khabar.events.lexicon import analyse_word, conjoined, spelled_passive, word_set
from khabar.events.names import (
    CLAUSE_OPENERS,
    SKIPPABLE,
    name_after,
    name_after_comma,
    name_after_prep,
    name_before,
    name_before_charge,
    skippable,
    title_end,
    titled_name,
)
from khabar.events.predicates import NEGATORS, Trigger
from khabar.events.spans import NUMBER_WORDS

AGENT_MARKERS = word_set("agent_markers")
_CLITIC_PREPS = ("ب", "ل", "وب", "ول", "فب", "فل")
_DEFINITE_PREPS = ("لل", "ولل", "فلل", "بال", "وبال", "فبال", "كال")
_COUNT_WORDS = word_set("counts")
PREPOSITION_WORDS = word_set("prepositions")
SITES = word_set("sites", strip_article=True)
ORDINALS = word_set("ordinals")
HONORIFICS = word_set("honorifics", strip_article=True)
COUNTERPARTS = word_set("counterparts")
REQUESTS = word_set("requests", strip_article=True)
SUBMITTERS = word_set("submitters")
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
_AUX = frozenset({"كان", "كانت", "كانوا", "قد", "لم", "لا", "لن"})
_THAT_WORDS = frozenset({"ان", "بان", "لان"})  # (folded أن, بأن, لأن)
_AFFILIATED = frozenset({"تابعه", "تابع", "تابعين", "تابعتين"})  # (folded, without the article)
_QUANTITIES = frozenset({"عددا", "عدد", "عديد", "مزيد", "كثير", "جمله", "سلسله", "موجه"})
_POSSESSIVE = ("ه", "ها", "هم")
DURATIONS = word_set("durations")
_OWNER_RELATIVES = frozenset({"التي", "الذي"})  # not الذين: people are the target themselves
_CONTROL = frozenset({"من", "على"})  # تمكن من، أقدم على
_QUOTES = frozenset("\"«“")
_OPENING_PUNCT = frozenset("،,.:؛!؟?()-")
_PLACES = ("GPE", "LOC", "FAC")
_VICTIMS = ("CVL", "REF", "MED", "LAB", "EDU", "HLH")
#: Counted nouns that are no people (أصيب أربع مرات).
_NOT_PEOPLE = frozenset({"مره", "مرات"})
#: CAMEO roots below this are said, not done: praising or doubting X's words is about X.
VERBAL_CONFLICT_END = "14"


@dataclass
class Arguments:
    source: Actor | None
    target: Actor | None
    passive: bool = False


def _skip_parenthesis(toks: list[Token], k: int) -> int:
    """Index after a parenthetical opening at k (محمود عباس (أبومازن)), or k."""
    if k < len(toks) and toks[k].text == "(":
        for j in range(k + 1, min(len(toks), k + 8)):
            if toks[j].text == ")":
                return j + 1
    return k


def prep_attached(tok: Token, actor: Actor) -> bool:
    """Whether the actor's first word carries a preposition (بالولايات، للجيش، لأمن; لافروف is a name)."""
    word = fold(tok.text)
    if word.startswith(_DEFINITE_PREPS):
        return True
    if actor.start > tok.start:
        return word.startswith(_CLITIC_PREPS)
    if actor.agent is None:
        return False
    agents = actor_tables().agents  # a lexical agent spans its whole token: is its first letter ب/ل?
    if (word,) in agents or (word.lstrip("وف"),) in agents:
        return False  # لجنة, لجان: the letter belongs to the word
    return any(word.startswith(pre) and (word[len(pre):],) in agents for pre in _CLITIC_PREPS)


def _starting_at(actors: list[Actor], k: int) -> Actor | None:
    return next((a for a in actors if a.first == k), None)


def actor_after(toks: list[Token], actors: list[Actor], k: int, time_tokens: set[int],
                allow_prep: bool = False) -> Actor | None:
    """The actor starting at token k or after skippable words; None if something else comes first."""
    while k < len(toks):
        k = _skip_parenthesis(toks, k)
        if k >= len(toks):
            return None
        actor = _starting_at(actors, k)
        if actor is not None:
            if not allow_prep and prep_attached(toks[k], actor):
                return None
            return actor
        if not skippable(toks[k], time_tokens, k):
            return None
        k += 1
    return None


def subject_before(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """An SVO subject: an actor ending right before the verb and opening its clause (a verb after و
    opens a clause of its own: قتل شخص وأصيب أربعة)."""
    if not trig.is_noun and conjoined(toks[trig.first].text, trig.pred):
        return None
    k = trig.first - 1
    while k >= 0 and (fold(toks[k].text) in NEGATORS | {"قد"} or toks[k].text in "،,"):
        k -= 1
    actor = next((a for a in actors if a.last == k), None)
    if actor is None or prep_attached(toks[actor.first], actor):
        return None
    before = actor.first - 1
    while before >= 0 and actor.first - before <= 3 and _title_word(toks[before]):
        before -= 1  # الممثلة البريطانية جودي دينش تنتقد...: a title before the subject's name
    if before > 0 and toks[before].text in _QUOTES:
        before -= 1  # إن "قوات إماراتية سيطرت...: a quotation opening with its subject
    if before < 0 or toks[before].text in _OPENING_PUNCT or fold(toks[before].text) in CLAUSE_OPENERS:
        return actor
    if any(p.kind == "N" for p in analyse_word(toks[before].text)):
        return actor  # غارات التحالف تقتل...: the genitive of an event noun heads the clause
    return None


def _title_word(tok: Token) -> bool:
    word = fold(tok.text)
    return tok.kind == "word" and word.startswith("ال") and word not in FUNCTION_WORDS and not analyse_word(tok.text)


def apposition(toks: list[Token], actors: list[Actor], k: int) -> Actor | None:
    """The actor between commas at k (رجل الأعمال السعودي، الأمير الوليد بن طلال، ...)."""
    if k < len(toks) and toks[k].text in "،,":
        # the inner name may start with a word no stage tagged: المقدم، دون ليمون، ...
        inner = _starting_at(actors, k + 1)
        if inner is None and k + 2 < len(toks) and toks[k + 1].kind == "word":
            inner = _starting_at(actors, k + 2)
        if inner is not None and inner.last + 1 < len(toks) and toks[inner.last + 1].text in "،,":
            return inner
    return None


def skip_apposition(toks: list[Token], actors: list[Actor], k: int, person: bool = False) -> int:
    """Index after an apposition between commas (المقدم التلفزيوني، دون ليمون، ...) or, after a
    person's name, after the title that describes them (الأمير مشعل محافظ جدة), or k.  A title
    with the article is another person, the object (هنأ بوتين الرئيس السوري): a describing
    title after a name heads its idafa bare."""
    inner = apposition(toks, actors, k)
    if inner is not None:
        return inner.last + 2
    title = _starting_at(actors, k)
    if (person and title is not None and folded_bare(toks[k].text) in PERSON_TITLES
            and not fold(toks[k].text).startswith("ال")):
        return title.last + 1
    return k


def conjunct(toks: list[Token], actors: list[Actor], actor: Actor) -> Actor | None:
    """A second actor coordinated with و right after the first (وزارة الدفاع (البنتاجون) والبيت الأبيض)."""
    if actor.first < 0:
        return None  # a topic from another sentence
    k = _skip_parenthesis(toks, actor.last + 1)
    nxt = _starting_at(actors, k)
    if nxt is None or not fold(toks[k].text).startswith("و") or nxt.start == toks[k].start:
        return None  # the actor must start after the و, not be a word beginning with it (وزارة)
    if fold(toks[nxt.last].text).endswith("ين") and not fold(toks[actor.last].text).endswith("ين"):
        return None  # هاجمت القوات الحكومية والمتمردين: an oblique plural is not a second subject
    return nxt


def preceding_subject(toks: list[Token], actors: list[Actor], trig: Trigger, control: bool = True,
                      reach: int = 20) -> Actor | None:
    """Control and long subjects: the nearest free actor before the predicate in its clause
    (تمكنت الوحدات الأمنية من إلقاء القبض على...; ``control`` False: any predicate)."""
    word = fold(toks[trig.first].text)
    before = fold(toks[trig.first - 1].text) if trig.first else ""
    if control and before not in _CONTROL and not word.startswith(("ب", "ل")):
        return None
    if control and trig.first > 1 and folded_bare(toks[trig.first - 2].text) in _QUANTITIES:
        return None  # عددا من الاحتجاجات: a partitive, not a control verb
    for actor in sorted((a for a in actors if a.last < trig.first), key=lambda a: -a.last):
        if trig.first - actor.last > reach:
            return None
        between = toks[actor.last + 1: trig.first]
        if any(t.kind == "punct" and t.text in ".؛:" for t in between):
            return None
        before = fold(toks[actor.first - 1].text) if actor.first else ""
        if actor.entity_type in _PLACES and not actor.country:
            continue  # معتمدية قعفور: where, not who
        if not prep_attached(toks[actor.first], actor) and before not in PREPOSITION_WORDS:
            return actor
    return None


def actor_after_prep(toks: list[Token], actors: list[Actor], k: int, preps: tuple[str, ...],
                     limit: int = 10, chains: bool = False) -> Actor | None:
    """The first actor within ``limit`` words after k introduced by one of ``preps``; with ``chains``,
    also the possessor ending a construct chain after the preposition (verbal acts: شكك في نزاهة X)."""
    for j in range(k, min(len(toks), k + limit)):
        if (toks[j].kind == "punct" and toks[j].text in ".؛:") or (
                fold(toks[j].text) in _THAT_WORDS and not any(a.first <= j <= a.last for a in actors)):
            return None  # (a that-clause holds its own verb's parties: طالب بأن تكون ... من إندونيسيا)
        actor = _starting_at(actors, j)
        if actor is None:
            continue
        lead = j
        while lead - 1 >= k and j - lead < 3 and (folded_bare(toks[lead - 1].text) in SITES
                                                  or folded_bare(toks[lead - 1].text) in HONORIFICS
                                                  or _affiliated_site(toks, k, lead)):
            lead -= 1  # على مواقع (تابعة لـ) المعارضة, لصاحب السمو الملكي محافظ جدة: the owner / the person
        # شكك في مستوى ذكاء جيمس: the possessor at the end of a construct chain is the target
        chain = chains and lead == j and not prep_attached(toks[j], actor)  # a true genitive, not a ل-phrase
        leads = (lead, _construct_head(toks, k, j)) if chain else (lead,)
        if any(_introduced_by(toks, actor, j, head, preps) for head in leads):
            return actor
    return None


def _introduced_by(toks: list[Token], actor: Actor, j: int, lead: int, preps: tuple[str, ...]) -> bool:
    """Whether the phrase starting at ``lead`` (the actor at j, or a head before it) follows one of ``preps``
    (a partitive من after a count is none: طالب عدد من النواب, the deputies demand)."""
    word = fold(toks[lead].text)
    prev = fold(toks[lead - 1].text) if lead > 0 else ""
    if prev == "من" and lead > 1 and _partitive_count(toks[lead - 2]):
        return False
    attached = prep_attached(toks[j], actor) if lead == j else word.startswith(_CLITIC_PREPS)
    return any(p != "obj" and (prev == p or (len(p) == 1 and word.startswith((p, "و" + p, "ف" + p)) and attached))
               for p in preps)


def _affiliated_site(toks: list[Token], k: int, j: int) -> bool:
    """The word before j is تابعة after a site (مواقع تابعة لـX): X owns the site."""
    return j - 2 >= k and folded_bare(toks[j - 1].text) in _AFFILIATED and folded_bare(toks[j - 2].text) in SITES


def _partitive_count(tok: Token) -> bool:
    """A number or a count word (عدد, المئات, آلاف) that a partitive من follows."""
    word = folded_bare(tok.text)
    return tok.kind == "number" or word in _QUANTITIES or word in _COUNT_WORDS or fold(tok.text) in _COUNT_WORDS


def _construct_noun(tok: Token) -> bool:
    """An indefinite head of a construct chain (مستوى، ذكاء، تصريحات): not a name of a known kind,
    not a function word, not a predicate, not definite."""
    word = fold(tok.text)
    if tok.text.endswith(("ه", "ها", "هم", "هما")):
        return False  # صديقتها: a noun with a possessive pronoun takes no genitive after it
    return (tok.kind == "word" and not word.startswith(("ال", "وال")) and word not in FUNCTION_WORDS
            and word not in PREPOSITION_WORDS and word not in SKIPPABLE and not analyse_word(tok.text))


def _construct_head(toks: list[Token], k: int, j: int) -> int:
    """The first word of the construct chain (at most two nouns) that ends with the actor at j."""
    head = j
    while head - 1 >= k and j - head < 2 and _construct_noun(toks[head - 1]):
        head -= 1
    if head in (j, k):
        return j
    word = fold(toks[head].text)
    prev = fold(toks[head - 1].text)
    return head if prev in PREPOSITION_WORDS or word.startswith(_CLITIC_PREPS) else j


def _count_phrase(toks: list[Token], k: int, text: str, number_words: bool = False) -> Actor | None:
    """A count of people right after a passive verb: قتل 5 مدنيين, اعتقل العشرات; with
    ``number_words`` (a verb spelt as a passive) also a count in words: أصيب أربعة آخرون."""
    if k >= len(toks):
        return None
    if (toks[k].kind == "number" or fold(toks[k].text) in _COUNT_WORDS
            or (number_words and folded_bare(toks[k].text) in NUMBER_WORDS)):
        first = k
        if number_words and k + 1 < len(toks) and toks[k + 1].kind == "number":
            k += 1  # حوالي 20 آخرين
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        counted = nxt is not None and nxt.kind == "word" and fold(nxt.text) not in FUNCTION_WORDS | {"حين"}
        if counted and fold(nxt.text) in _NOT_PEOPLE:
            return None  # أصيب أربع مرات: times, not people
        last = k + 1 if counted else k
        return Actor(first, last, toks[first].start, toks[last].end, text[toks[first].start: toks[last].end],
                     agent="CVL")
    return None


def _oblique(toks: list[Token], actor: Actor) -> bool:
    """Whether a common noun after the verb is marked as no subject: a dual or plural in -ين or
    an accusative -ًا (ضبط سيدتين: two women were seized; a subject would be سيدتان).  Names
    (an entity) keep their letters whatever their case."""
    if actor.entity is not None or actor.first != actor.last:
        return False
    word = toks[actor.first].text
    return (len(word) > 4 and fold(word).endswith("ين")) or word.endswith(("ًا", "اً"))


def _passive_agent(toks: list[Token], actors: list[Actor], k: int) -> Actor | None:
    for j in range(k, min(len(toks), k + 10)):
        if fold(toks[j].text) in AGENT_MARKERS:
            found = actor_after(toks, actors, j + 1, set(), allow_prep=True)
            if found:
                return found
    return None


def _nisba_source(toks: list[Token], k: int, text: str) -> Actor | None:
    """الغارات الروسية: a demonym adjective after an event noun names its source country."""
    while k < len(toks) and toks[k].kind == "word":
        code = nisba_country(toks[k].text)
        if code:
            return Actor(k, k, toks[k].start, toks[k].end, text[toks[k].start: toks[k].end], country=code)
        if folded_bare(toks[k].text) not in AGENT_ADJECTIVES:
            return None
        k += 1
    return None


def noun_phrase_after(toks: list[Token], k: int, time_tokens: set[int], text: str) -> Actor | None:
    """A subject no lexicon knows: a definite noun and its definite modifiers (المرصد التونسي)."""
    while k < len(toks) and skippable(toks[k], time_tokens, k):
        k += 1
    end = k
    while end < len(toks) and end - k < 5 and _definite_noun(toks[end], end == k):
        end += 1
    if end - k < 2 or not fold(toks[k + 1].text).endswith(("ي", "يه")) or fold(toks[k + 1].text) in ORDINALS:
        return None  # an agent is named with a relational adjective: المرصد التونسي, المقدم التلفزيوني
    return Actor(k, end - 1, toks[k].start, toks[end - 1].end, text[toks[k].start: toks[end - 1].end])


def _titled_name(actors: list[Actor], phrase: Actor | None) -> Actor | None:
    """A person named right after a descriptive phrase is the subject: الممثلة البريطانية جودي دينش."""
    if phrase is None:
        return None
    name = _starting_at(actors, phrase.last + 1)
    return name if name is not None and name.entity_type == "PER" else phrase


def _definite_noun(tok: Token, first: bool = False) -> bool:
    """A word of a definite noun phrase; after its head, ل-genitives too (المرصد التونسي لاستقلال القضاء)."""
    word = fold(tok.text)
    starts = ("ال", "وال") if first else ("ال", "لل", "ل")
    return (tok.kind == "word" and word.startswith(starts) and word not in FUNCTION_WORDS
            and word not in SKIPPABLE and not analyse_word(tok.text))


def _after_each_of(toks: list[Token], k: int) -> int:
    """Index after كل من, which opens a coordination (أكد كل من البيت الأبيض والاستخبارات), or k."""
    if k + 1 < len(toks) and fold(toks[k].text) == "كل" and fold(toks[k + 1].text) == "من":
        return k + 2
    return k


def object_after(toks: list[Token], actors: list[Actor], k: int, time_tokens: set[int]) -> Actor | None:
    """The direct object: the next actor, reaching over a genitive or prepositional phrase of the
    subject (اتهم المفوض الأعلى لحقوق الإنسان النظام السوري) but not over a clause boundary;
    an actor inside a prepositional phrase (في جميع أنحاء تركيا) is not the object."""
    found = actor_after(toks, actors, _after_each_of(toks, k), time_tokens)
    if found:
        return found
    in_phrase = False
    j = k
    while j < min(len(toks), k + 12):
        j = _skip_parenthesis(toks, j)
        if j >= len(toks) or (toks[j].kind == "punct" and toks[j].text not in "،,\"«»“”"):
            return None
        actor = _starting_at(actors, j)
        preds = analyse_word(toks[j].text) if actor is None else []
        if actor is None and ((j > k and any(p.kind == "V" for p in preds)) or fold(toks[j].text).startswith("ب")):
            return None  # a verb, or the ب-complement (اتهمه بالسعي، طالب بإعادة): no object after
        if fold(toks[j].text) in PREPOSITION_WORDS:
            in_phrase = True
        elif preds or skippable(toks[j], time_tokens, j):
            in_phrase = False  # في كلمته الأحد إدانة السلطات: the phrase has ended
        elif actor is not None:
            if j > k and (folded_bare(toks[j - 1].text) in SITES or _affiliated_site(toks, k, j)):
                return actor  # هاجم مسلحون نقطة تفتيش (تابعة) للجيش: the owner of the site
            if not in_phrase and not prep_attached(toks[j], actor):
                return actor
            in_phrase = False
            j = actor.last
        j += 1
    return None


def _target(toks: list[Token], actors: list[Actor], trig: Trigger, after: int,
            time_tokens: set[int], text: str) -> Actor | None:
    allowed = [a for a in actors if a.entity_type not in _PLACES or a.country or trig.pred.root >= "17"]
    for slot in trig.pred.targets:
        if slot == "obj":
            found = object_after(toks, allowed, after, time_tokens)
            if found is None and not trig.pred.speech:
                found = (name_after_comma(toks, after, time_tokens, text)
                         or name_before_charge(toks, after, time_tokens, text))
        else:  # a light verb's prepositional target may precede its object: عرض على التحالف التعاون
            found = actor_after_prep(toks, allowed, trig.first + 1, (slot,), limit=10 + trig.last - trig.first,
                                     chains=trig.pred.root < VERBAL_CONFLICT_END)
            found = found or name_after_prep(toks, trig.last + 1, slot)
        if found is None and trig.pred.root < VERBAL_CONFLICT_END:  # praise and criticism of a thing
            found = _relative_owner(toks, actors, max(after, trig.last + 1), slot, time_tokens, text)
        if found:
            return _named_person(toks, actors, found)
    return None


def _relative_owner(toks: list[Token], actors: list[Actor], k: int, slot: str, time_tokens: set[int],
                    text: str) -> Actor | None:
    """The agent of a relative clause on the thing praised or criticised: أشاد بسياسة القبضة الحديدية
    التي يتبعها X → X.  The verb's resumptive pronoun (يتبعها) stands for the thing, so the actor
    after it is the verb's subject and the thing's owner."""
    if k >= len(toks) or toks[k].kind != "word":
        return None
    head = fold(toks[k].text).lstrip("وف")
    if slot != "obj" and head == slot:
        k += 1
    elif slot != "obj" and not (len(slot) == 1 and head.startswith(slot)):
        return None
    for r in range(k + 1, min(len(toks) - 2, k + 6)):
        word = fold(toks[r].text)
        if toks[r].kind != "word" or word.startswith("وال"):
            return None  # a new clause or a second thing (والوعود التي...) owns the relative
        if word in _OWNER_RELATIVES:
            verb = toks[r + 1]
            if verb.kind != "word" or not verb.text.endswith(("ها", "ه")) or _starting_at(actors, r + 1):
                return None
            return actor_after(toks, actors, r + 2, time_tokens) or name_after(toks, r + 2, time_tokens, text)
    return None


def requester(toks: list[Token], actors: list[Actor], trig: Trigger, text: str) -> Actor | None:
    """Whose request a rejection turns down: رفضت المحكمة طلبا ... تقدم به المفكر طارق رمضان."""
    j = next((j for j in range(trig.last + 1, min(len(toks), trig.last + 12))
              if folded_bare(toks[j].text) in REQUESTS), None)
    if j is None or any(t.kind == "punct" and t.text in ".؛:" for t in toks[trig.last + 1: j]):
        return None
    for k in range(j + 1, min(len(toks), j + 8)):
        if toks[k].kind == "punct" and toks[k].text in ".؛:":
            return None
        if fold(toks[k].text) in SUBMITTERS:
            # the submitter: the first actor a few words on (تقدم به المفكر الإسلامي طارق رمضان)
            found = next((a for a in actors if k < a.first <= k + 4 and not prep_attached(toks[a.first], a)), None)
            return found or titled_name(toks, k + 1, text)
    return None


def _named_person(toks: list[Token], actors: list[Actor], found: Actor) -> Actor:
    """A title or occupation noun whose person is named a few words later is that person:
    للاعب كرة السلة الأمريكي ليبرون جيمس."""
    head = folded_bare(toks[found.first].text)
    if found.entity_type == "PER" or (head not in PERSON_TITLES and head not in COUNTERPARTS):
        return found
    for j in range(found.last + 1, min(len(toks), found.last + 5)):
        person = _starting_at(actors, j)
        if person is not None and not _nisba_adjective(person):
            named = person.entity_type == "PER" and not prep_attached(toks[j], person)
            return person if named else found
        word = fold(toks[j].text)
        if toks[j].kind != "word" or word in FUNCTION_WORDS or word in PREPOSITION_WORDS or analyse_word(toks[j].text):
            return found
    return found


def _nisba_adjective(actor: Actor) -> bool:
    """A one-word demonym tagged as a place (الأمريكي) qualifying the noun before it."""
    return actor.first == actor.last and actor.entity_type in _PLACES and fold(actor.text).endswith(("ي", "يه"))


def noun_arguments(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                   text: str) -> Arguments:
    adverbial = fold(toks[trig.last].text)
    following = fold(toks[trig.last + 1].text) if trig.last + 1 < len(toks) else ""
    if (adverbial.endswith("ا") and not adverbial.endswith(("ها", "نا")) and trig.first == trig.last
            and not trig.pred.genitive_target and (following in ("علي", "ضد") or following.startswith("ب"))):
        # أغلقت الكنيسة أبوابها احتجاجا على...: an adverbial masdar is its clause subject's act
        return Arguments(preceding_subject(toks, actors, trig, control=False, reach=8),
                         _target(toks, actors, trig, trig.last + 1, time_tokens, text))
    word = toks[trig.last].text
    if fold(word).endswith(_POSSESSIVE) and not word.endswith("ة") and not trig.pred.genitive_target:
        # جدد الأسد اتهامه الغرب: the possessor acts, the next actor is the object
        target = actor_after(toks, actors, trig.last + 1, time_tokens) or _target(
            toks, actors, trig, trig.last + 1, time_tokens, text)
        return Arguments(preceding_subject(toks, actors, trig, control=False), target)
    genitive = actor_after(toks, actors, trig.last + 1, set())
    if genitive is not None and genitive.entity_type in _PLACES and not genitive.country:
        genitive = None  # احتجاجات ورقلة: where, not who
    if trig.pred.genitive_target and fold(word).endswith(_POSSESSIVE) and not word.endswith("ة"):
        # أعلنت نتفليكس استبعاده: "him" is the last person named before
        return Arguments(None, _last_person(toks, actors, trig))
    if trig.pred.genitive_target:
        after = genitive.last + 1 if genitive else len(toks)
        # اعتقال الجيش لها / اعتقال الشرطة للناشط / قصف النظام لحي باب عمرو: the genitive is the
        # agent; but ل with a span of time is an adjunct (حظر منصة يوتيوب لمدة شهر: the object)
        if (after < len(toks) and toks[after].kind == "word" and fold(toks[after].text).startswith("ل")
                and folded_bare(toks[after].text) not in DURATIONS):
            return Arguments(genitive, actor_after(toks, actors, after, set(), allow_prep=True))
        return Arguments(_passive_agent(toks, actors, trig.last + 1), genitive)
    source = genitive or _as_found(_nisba_source(toks, trig.last + 1, text), actors)
    target = _target(toks, actors, trig, trig.last + 1, time_tokens, text)
    return Arguments(source, target if target is not source else None)


def _last_person(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """The nearest person named before the predicate in its sentence (a pronoun's antecedent)."""
    # the actor right before is the governing verb's subject (أعلنت نتفليكس استبعاده), not the antecedent
    people = [a for a in actors if a.last < trig.first - 1 and a.entity_type == "PER"]
    return max(people, key=lambda a: a.last) if people else None


def _antecedent(toks: list[Token], actors: list[Actor], trig: Trigger) -> Actor | None:
    """The actor a relative clause hangs on: غولن، الذي تتهمه أنقرة / واشنطن التي كانت تطالب."""
    k = trig.first - 1
    while k >= 0 and fold(toks[k].text) in _AUX:
        k -= 1
    if k < 1 or fold(toks[k].text) not in _RELATIVES:
        return None
    k -= 1
    if toks[k].text in "،,":
        k -= 1
    return next((a for a in actors if a.last == k), None)


def _relative_arguments(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                        text: str) -> Arguments | None:
    """A relative clause: its antecedent is the object when the verb carries an object pronoun
    (الذي تتهمه أنقرة), else the subject (التي كانت تطالب بإطلاق سراحه)."""
    head = _antecedent(toks, actors, trig)
    if head is None or trig.last != trig.first:
        return None
    if fold(toks[trig.first].text).endswith(_POSSESSIVE):
        return Arguments(actor_after(toks, actors, trig.last + 1, time_tokens), head)
    target = _target(toks, actors, trig, trig.last + 1, time_tokens, text)
    return Arguments(head, target if target is not head else None)


def _as_found(actor: Actor | None, actors: list[Actor]) -> Actor | None:
    """The sentence's actor on the same words, which knows its entity (the deck's ولافروف ينفي is
    Sergey Lavrov when the article names him), else the actor as read."""
    if actor is None:
        return None
    return next((a for a in actors if a.first <= actor.first <= a.last and a.entity), actor)


def verb_arguments(toks: list[Token], actors: list[Actor], trig: Trigger, time_tokens: set[int],
                   text: str) -> Arguments:
    relative = _relative_arguments(toks, actors, trig, time_tokens, text)
    if relative is not None:
        return relative
    source = subject_before(toks, actors, trig) or _as_found(name_before(toks, trig, text), actors)
    after = trig.last + 1
    if source is None:
        if trig.pred.passive:
            spelled = spelled_passive(toks[trig.first].text, trig.pred)
            count = _count_phrase(toks, after, text, number_words=spelled)
            victim = actor_after(toks, actors, after, time_tokens)
            if count or (victim and (victim.agent in _VICTIMS or _oblique(toks, victim) or spelled)):
                return Arguments(_passive_agent(toks, actors, after), count or victim, passive=True)
        # a light verb's subject sits between the verb and its object: شن الجيش غارات
        source = actor_after(toks, actors, _after_each_of(toks, trig.first + 1), time_tokens)
        if source is None and title_end(toks, trig.first + 1) > trig.first + 1:
            # أجرى العاهل السعودي، الملك سلمان، اتصالا: the untagged title's person between commas
            source = apposition(toks, actors, title_end(toks, trig.first + 1))
        if source is None and trig.last == trig.first:
            source = (name_after(toks, trig.first + 1, time_tokens, text)
                      or _titled_name(actors, noun_phrase_after(toks, trig.first + 1, time_tokens, text)))
        if source is not None:
            after = max(after, skip_apposition(toks, actors, source.last + 1, source.entity_type == "PER"))
            named = apposition(toks, actors, source.last + 1)
            if source.entity_type != "PER" and named is not None and named.entity_type == "PER":
                source = named  # رجل الأعمال السعودي، الأمير الوليد بن طلال، هنأ...: the person acts
            second = conjunct(toks, actors, source)
            if second is not None:
                after = max(after, second.last + 1)  # اتهمت مصر والسعودية قطر: both accuse
        elif not trig.pred.speech:
            source = preceding_subject(toks, actors, trig)
    target = _target(toks, actors, trig, after, time_tokens, text)
    if target is None and trig.pred.root == "12":
        target = requester(toks, actors, trig, text)
    if target is source:
        target = None
    return Arguments(source, target)
