"""Passive readings: undiacritised, a passive perfect (قتل، اعتقل) is told by what stands around it.

A count or a party of victims after a bare masculine perfect (وقتل أربعة من الجنود), an agent phrase
after the party (برصاص الاحتلال، على يد), a spelling only a passive has (أصيب), or a count of people
before a plural perfect that takes no object (أن خمسة أشخاص قتلوا) make it passive; the party it
was done to is then the target, and only an agent phrase names a doer (:func:`passive_agent`).
"""

from __future__ import annotations

from khabar.arabic import Token
from khabar.arabic.inflection import PERFECT, fold, folded_bare, verb_readings
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor
from khabar.events.agent_phrases import PERSON_NOUNS
from khabar.events.lexicon import analyse_word, load_lexicon, spelled_passive, word_set
from khabar.events.phrases import PREPOSITION_WORDS, actor_after, prep_attached
from khabar.events.predicates import CLAUSE_OPENERS, DAYS, Trigger
from khabar.events.spans import COUNT_WORDS, NUMBER_WORDS, counted, past_bound
from khabar.events.subjects import own_alif
from khabar.events.titles import FUNCTION_WORDS, skip_parenthesis

AGENT_MARKERS = word_set("agent_markers")
#: Words before a party that make it no object of the verb: a preposition or an agent phrase's marker.
_OBLIQUE_MARKERS = PREPOSITION_WORDS | AGENT_MARKERS
#: Counted nouns that are no people (أصيب أربع مرات).
_NOT_PEOPLE = word_set("counted_times")


def _definite_count(tok: Token) -> bool:
    """A definite number word naming the people counted before (واعتقل الخمسة: the five were
    arrested), not a day (الأحد، الاثنين)."""
    word = fold(tok.text)
    return (tok.kind == "word" and word.startswith("ال") and word not in DAYS
            and folded_bare(tok.text) in NUMBER_WORDS - COUNT_WORDS)


def count_phrase(toks: list[Token], k: int, text: str, number_words: bool = False) -> Actor | None:
    """A count of people right after a passive verb: قتل 5 مدنيين, اعتقل العشرات, with its bound
    (أكثر من 40 آخرين); with ``number_words`` (a verb spelt as a passive) also a count in words:
    أصيب أربعة آخرون."""
    first = k
    k = past_bound(toks, k)
    if k >= len(toks):
        return None
    if (toks[k].kind == "number" or fold(toks[k].text) in COUNT_WORDS
            or (number_words and folded_bare(toks[k].text) in NUMBER_WORDS) or _definite_count(toks[k])):
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


def passive_perfect(tok: Token, trig: Trigger) -> bool:
    """A passive perfect by its spelling (:func:`spelled_passive`), also with the subject's ending
    (أصيبوا، أصيبا، أصيبت)."""
    word = tok.text
    stem = next((word[: -len(end)] for end in ("وا", "ا", "ت") if word.endswith(end) and len(word) - len(end) > 2), word)
    return spelled_passive(word, trig.pred) or (stem != word and spelled_passive(stem, trig.pred))


#: أن/إن (folded): a clause opening on an indefinite noun after them is reported news.
_THAT_PARTICLES = frozenset({"ان", "بان", "وان"})


def counted_subject_undergoes(toks: list[Token], actors: list[Actor], trig: Trigger, source: Actor,
                               time_tokens: set[int], text: str) -> bool:
    """A count of people before a plural perfect that takes no object is what it was done to: أن
    خمسة أشخاص قتلوا وأصيب آخرون (were killed), but خمسة مسلحين قتلوا جنديين (killed two soldiers);
    so are people reported with a masculine plural and no object (إن الجنود قتلوا في الهجوم)."""
    k = trig.last + 1
    if not (trig.pred.passive and source.last < trig.first and trig.last == trig.first):
        return False
    # no object after it (فجر نفسه، استهدفوا سيارة)
    no_object = (k >= len(toks) or toks[k].kind == "punct" or fold(toks[k].text) in PREPOSITION_WORDS
                 or fold(toks[k].text).startswith("و") or fold(toks[k].text) in CLAUSE_OPENERS or k in time_tokens)
    reported = source.first > 0 and fold(toks[source.first - 1].text) in _THAT_PARTICLES and no_object
    # an indefinite person noun before a bare perfect is its victim too (إن ضابط شرطة قتل وأصيب آخر),
    # and so is a person (أن الناشط اعتقل الأحد; not a body: أن الشرطة اعتقلت)
    indefinite = reported and ((source.entity is None and source.agent is not None and not any(
        fold(t.text).startswith(("ال", "وال")) for t in toks[source.first: source.last + 1])) or _person(source))
    # a masculine plural is people, and people reported with no object underwent it (إن الجنود قتلوا
    # حين...: were killed; a body's act has its feminine ت: أن الشرطة اعتقلت)
    people = reported and fold(toks[trig.first].text).endswith("وا")
    return (((counted(toks[source.first]) or indefinite) and (indefinite or own_alif(fold(toks[trig.first].text)))
             or people or (no_object and _pluperfect_person(toks, trig, source)))
            and actor_after(toks, actors, k, time_tokens) is None and count_phrase(toks, k, text) is None)


#: Parties a pluperfect passive is told of: people (civilians, activists, suspects...), not the bodies
#: that arrest or strike.
_PERSON_PARTIES = (*PERSON_NOUNS, "OPP", "CRM")
_PAST_AUXILIARIES = word_set("past_auxiliaries")


def _pluperfect_person(toks: list[Token], trig: Trigger, source: Actor) -> bool:
    """A person between a perfect of كان and قد before a verb with no object underwent it: وكان
    الناشط قد اعتقل في يناير، كان عباس قد اعتقل (had been arrested); not a body (وكانت الشرطة قد
    اعتقلت), which does it."""
    return (source.first > 0 and fold(toks[source.first - 1].text).removeprefix("و") in _PAST_AUXILIARIES
            and trig.first == source.last + 2 and fold(toks[trig.first - 1].text) == "قد" and _person(source))


def _person(party: Actor) -> bool:
    """A person: named, or a person noun no entity covers (الناشط، المتهم), not a body."""
    return party.entity_type == "PER" or (party.entity is None and party.agent in _PERSON_PARTIES)


def counted_victims(toks: list[Token], trig: Trigger, victim: Actor) -> bool:
    """A count of people after a bare masculine perfect is what it was done to (وقتل أربعة من
    الجنود: were killed); a perfect with its ت has a subject of its own (أنها اعتقلت ثلاثة)."""
    if not counted(toks[victim.first]) or fold(toks[trig.first].text).endswith("ت"):
        return False
    # قتل أربعة مسلحين من حركة الشباب 67 شخصا: a second count is the object of an active verb
    for tok in toks[victim.last + 1: victim.last + 7]:
        if tok.kind == "punct" or conjoined_word(tok):
            return True
        if tok.kind == "number":
            return False
    return True


#: Tokens from a victim to the agent phrase that marks its verb passive (وقتل فلسطيني يبلغ من العمر 21
#: عاما برصاص الاحتلال).
AGENT_PHRASE_REACH = 8


def marked_agent(toks: list[Token], trig: Trigger, k: int) -> bool:
    """Whether an agent phrase (برصاص، بنيران، على يد، من قبل; not a bare قصف or هجوم, which may be
    where the act happened) follows the party after a bare masculine perfect within its clause: وقتل
    فلسطيني ... برصاص الاحتلال was killed (a perfect with its ت has a subject of its own)."""
    if fold(toks[trig.first].text).endswith("ت"):
        return False
    for j in range(k, min(len(toks), k + AGENT_PHRASE_REACH)):
        if toks[j].kind == "punct":
            return False
        word = fold(toks[j].text)
        if word in AGENT_MARKERS and (word.startswith("ب") or fold(toks[j - 1].text) in _MARKER_PREPS):
            return True
    return False


def plain_victim(toks: list[Token], victim: Actor | None) -> Actor | None:
    """A victim read as a name after a passive, unless a preposition is glued to its first word or an
    agent marker with its ب is among its words (أصيبوا بجروح، وأصيب برصاص قناص، أصيب شاب برصاص: the
    wounds and the bullet are no one hit; :func:`unnamed_victim` reads up to the marker)."""
    if victim is None or fold(toks[victim.first].text).startswith(_GLUED_PREPS):
        return None
    words = (fold(t.text) for t in toks[victim.first: victim.last + 1])
    return None if any(w in AGENT_MARKERS and w.startswith("ب") for w in words) else victim


#: Words of a victim no table names, between a passive perfect and its agent phrase.
UNNAMED_VICTIM_WORDS = 3


def unnamed_victim(toks: list[Token], k: int, time_tokens: set[int], text: str) -> Actor | None:
    """The words from k up to an agent phrase right after them (قتل فلسطينيان برصاص الجيش، أصيب
    مواطن برصاص مجهولين): the victim of the passive before them, which no table names; at most
    UNNAMED_VICTIM_WORDS words, no punctuation, preposition, predicate or time word among them, and
    no function word or glued preposition opening them (لم يعتقل سوى مرة واحدة من قبل الشرطة: "him")."""
    if k >= len(toks) or fold(toks[k].text) in FUNCTION_WORDS or fold(toks[k].text).startswith(_GLUED_PREPS):
        return None  # (أصيب بها برصاص الجيش، أصيب بأضرار: what it was hit with, not who)
    for j in range(k, min(len(toks) - 1, k + UNNAMED_VICTIM_WORDS + 1)):
        word, following = fold(toks[j].text), fold(toks[j + 1].text)
        if (word in AGENT_MARKERS and word.startswith("ب")) or (word in _MARKER_PREPS and following in AGENT_MARKERS):
            return Actor(k, j - 1, toks[k].start, toks[j - 1].end, text[toks[k].start: toks[j - 1].end]) if j > k else None
        if toks[j].kind != "word" or word in PREPOSITION_WORDS or j in time_tokens or analyse_word(toks[j].text):
            return None  # (قتل وأصيب العشرات برصاص: a second verb, its victims after it)
    return None


#: Prepositions written on a word (بها، بأضرار، لهم).
_GLUED_PREPS = ("ب", "ل")
#: The prepositions before a bare agent marker (على يد، من قبل).
_MARKER_PREPS = frozenset({"علي", "من"})


def conjoined_word(tok: Token) -> bool:
    """Whether a word opens with the conjunction و (وأصيب، والجنود، وهو), not a و of its own (وزير، وسط)."""
    word = fold(tok.text)
    return word == "و" or (word.startswith("و") and (
        word.startswith("وال") or word[1:] in FUNCTION_WORDS or any(p.kind == "V" for p in analyse_word(tok.text))))


def passive_agent(toks: list[Token], actors: list[Actor], k: int) -> Actor | None:
    """The doer an agent phrase names within 10 tokens of k: the actor after its marker, or after a
    bare noun of it that governs the actor (برصاص قناصة الجيش الإسرائيلي، على يد عناصر الشرطة)."""
    for j in range(k, min(len(toks), k + 10)):
        if fold(toks[j].text) in AGENT_MARKERS:
            found = actor_after(toks, actors, j + 1, set(), allow_prep=True)
            if found is None and _governing_noun(toks, j + 1):
                found = actor_after(toks, actors, j + 2, set())
            if found:
                return found
    return None


def _governing_noun(toks: list[Token], k: int) -> bool:
    """Whether the word at k is a bare noun that may govern a party after it: no article, no
    preposition written on it, no function word, no predicate (برصاص قناصة الجيش)."""
    if k + 1 >= len(toks) or toks[k].kind != "word":
        return False
    word = fold(toks[k].text)
    return not (word.startswith(("ال", *_GLUED_PREPS)) or word in FUNCTION_WORDS or analyse_word(toks[k].text))


def named_person_undergoes(toks: list[Token], actors: list[Actor], trig: Trigger, victim: Actor,
                           time_tokens: set[int]) -> bool:
    """A person named right after a bare passive-prone perfect with no object in the rest of its clause
    underwent it: واعتقل بويرس (29 عاما) في المطار، وأوقفت ميلينا بوغدير، وقتل أبو سيد أوراكزاي، بحسب
    بيان (were arrested, killed); the act would need its object (وقتل المتهم زوجته، واستهدف ترامب في
    تغريدته الصين: a party not after a preposition, or a noun right after the name, is the object)."""
    if not (trig.pred.passive and trig.first == trig.last and victim.entity_type == "PER"
            and victim.first == trig.last + 1 and _bare_perfect(toks[trig.first], trig)):
        return False
    k = skip_parenthesis(toks, victim.last + 1)
    if not (k >= len(toks) or k in time_tokens or toks[k].kind == "punct"
            or fold(toks[k].text) in PREPOSITION_WORDS):
        return False
    for j in range(k, len(toks)):
        if toks[j].text in ".؛:؟!" or conjoined_word(toks[j]) or fold(toks[j].text) in CLAUSE_OPENERS:
            break
        party = next((a for a in actors if a.first == j), None)
        if party is not None and not prep_attached(toks[j], party) and (
                j == 0 or fold(toks[j - 1].text) not in _OBLIQUE_MARKERS):
            return False
        if toks[j].kind == "number":
            return False  # (وقتل المسلح في الهجوم 5 أشخاص: a count is the object)
    return True


def _bare_perfect(tok: Token, trig: Trigger) -> bool:
    """A perfect of the predicate with no object pronoun (قتل، اعتقلت; not يقتل، قتله)."""
    lex = load_lexicon()
    return any(r.tense == PERFECT and trig.pred in lex.perfect.get(r.stem, ()) and not r.obj
               for r in verb_readings(fold(tok.text)))


def relative_passive(toks: list[Token], trig: Trigger) -> bool:
    """Whether a passive-prone perfect (in a relative clause: the caller's test) takes no object: a preposition, an agent phrase or the clause's end follows it, so its antecedent
    underwent it (العامري، الذي قتل في تبادل لإطلاق النار: was killed; الجنود الذين اعتقلوا خلال
    المداهمة), not did it (الذي قتل زوجته، التي اعتقلت ثلاثة)."""
    if not trig.pred.passive or trig.last != trig.first:
        return False
    lex = load_lexicon()
    if not any(r.tense == PERFECT and trig.pred in lex.perfect.get(r.stem, ()) and not r.obj
               for r in verb_readings(fold(toks[trig.first].text))):
        return False  # الذي يقتل، الذي قتله: an imperfect, or an object pronoun
    k = trig.last + 1
    if k >= len(toks) or toks[k].text in COMMAS or toks[k].text in ".؟!:؛":
        return True
    word = fold(toks[k].text)
    return word in PREPOSITION_WORDS or word in AGENT_MARKERS
