"""Phrases around a token position: where an actor stands with respect to a predicate.

Whether an actor's first word carries a preposition (للجيش), the actor right after a position or
after a preposition (هجمات على مواقع تابعة للمعارضة), appositions between commas, conjoined actors
(مصر والسعودية) and the direct object reached over the subject's modifiers.  :mod:`.arguments`
and :mod:`.targets` decide which of these is a predicate's source or target.
"""

from __future__ import annotations

from khabar.arabic import Token
from khabar.arabic.inflection import fold, folded_bare
from khabar.arabic.tokenize import COMMAS
from khabar.events.actors import Actor
from khabar.events.agent_phrases import AGENT_ADJECTIVES
from khabar.events.clitics import word_proclitics
from khabar.events.lexicon import PREPOSITION_WORDS, analyse_word, word_set
from khabar.events.names import SKIPPABLE, skippable
from khabar.events.spans import COUNT_WORDS
from khabar.events.tables import actor_tables
from khabar.events.titles import DEFINITE, FUNCTION_WORDS, PERSON_TITLES, skip_parenthesis

CLITIC_PREPS = ("ب", "ل", "وب", "ول", "فب", "فل")
_DEFINITE_PREPS = ("لل", "ولل", "فلل", "بال", "وبال", "فبال", "كال")
#: Proclitics read off an indefinite typed noun (وقاعدة عسكرية، بقاعدة عسكرية): a conjunction or ب.
_PLAIN_PROCLITICS = frozenset({"و", "ف", "ب"})
SITES = word_set("sites", strip_article=True)
HONORIFICS = word_set("honorifics", strip_article=True)
_THAT_WORDS = frozenset({"ان", "بان", "لان"})  # (folded أن, بأن, لأن)
_AFFILIATED = frozenset({"تابعه", "تابع", "تابعين", "تابعتين"})  # (folded, without the article)
QUANTITIES = word_set("quantities")
#: tokens a describing title's body may run on before the comma that closes it (وزير الدفاع الأمريكي السابق،)
APPOSITION_REACH = 12
_CLAUSE_ENDS = frozenset(".؛;:!?؟")
_DASHES = frozenset("-–—")
_QUOTE_OPENS = frozenset("\"«“")
_QUOTE_CLOSES = frozenset("\"»”")
#: words an outlet's quoted name may hold (لـ«الشرق الأوسط»)
_OUTLET_REACH = 5


def prep_attached(tok: Token, actor: Actor) -> bool:
    """Whether the actor's first word carries a preposition (بالولايات، للجيش، لأمن; لافروف is a name)."""
    word = fold(tok.text)
    if word.startswith(_DEFINITE_PREPS):
        return True
    if actor.start > tok.start:
        return word.startswith(CLITIC_PREPS)
    if actor.agent is None:
        return False
    agents = actor_tables().agents  # a lexical agent spans its whole token: is its first letter ب/ل?
    if (word,) in agents or (word.lstrip("وف"),) in agents:
        return False  # لجنة, لجان: the letter belongs to the word
    return any(word.startswith(pre) and (word[len(pre):],) in agents for pre in CLITIC_PREPS)


def starting_at(actors: list[Actor], k: int) -> Actor | None:
    """The actor whose first token is k, if any."""
    for a in actors:  # (a loop, not next() over a generator: asked about 90 times an article)
        if a.first == k:
            return a
    return None


def actor_after(toks: list[Token], actors: list[Actor], k: int, time_tokens: set[int],
                allow_prep: bool = False) -> Actor | None:
    """The actor starting at token k or after skippable words; None if something else comes first."""
    while k < len(toks):
        k = skip_parenthesis(toks, k)
        if k >= len(toks):
            return None
        actor = starting_at(actors, k)
        if actor is not None:
            if not allow_prep and prep_attached(toks[k], actor):
                return None
            return actor
        if not skippable(toks[k], time_tokens, k):
            return None
        k += 1
    return None


def apposition(toks: list[Token], actors: list[Actor], k: int) -> Actor | None:
    """The actor between commas at k (رجل الأعمال السعودي، الأمير الوليد بن طلال، ...)."""
    if k < len(toks) and toks[k].text in COMMAS:
        # the inner name may start with a word no stage tagged: المقدم، دون ليمون، ...
        inner = starting_at(actors, k + 1)
        if inner is None and k + 2 < len(toks) and toks[k + 1].kind == "word":
            inner = starting_at(actors, k + 2)
        if inner is not None and inner.last + 1 < len(toks) and toks[inner.last + 1].text in COMMAS:
            return inner
    return None


def skip_apposition(toks: list[Token], actors: list[Actor], k: int, person: bool = False) -> int:
    """Index after an apposition between commas (المقدم التلفزيوني، دون ليمون، ...) or, after a
    person's name, after the title that describes them (الأمير مشعل محافظ جدة), or k.  A title
    with the article is another person, the object (هنأ بوتين الرئيس السوري): a describing
    title after a name heads its idafa bare.  After a name and a comma, a title naming no one
    describes the name even with no comma closing it (حذر اشتون كارتر، وزير الدفاع الأمريكي
    السابق، من); one with a name after it is another person (التقى بوتين، الرئيس التركي أردوغان)."""
    inner = apposition(toks, actors, k)
    if inner is not None:
        return inner.last + 2
    dashed = _past_dashes(toks, actors, k)
    if dashed > k:
        return dashed
    if person and k + 1 < len(toks) and toks[k].text in COMMAS:
        described = starting_at(actors, k + 1)
        if (described is not None and described.entity_type != "PER"
                and folded_bare(toks[k + 1].text) in PERSON_TITLES):
            # its body's genitives run to the comma closing it (المدير التنفيذي لمؤسسة كابو،)
            for j in range(described.last + 1, min(len(toks), described.last + 1 + APPOSITION_REACH)):
                if toks[j].text in COMMAS:
                    return j + 1
                if toks[j].kind == "punct" and toks[j].text in _CLAUSE_ENDS:
                    break
            return described.last + 1
    title = starting_at(actors, k)
    word = fold(toks[k].text) if k < len(toks) else ""
    # bare: not الرئيس, nor a party after a preposition (اتصل كاميرون بالرئيس الإيراني); لاعب is one
    if (person and title is not None and folded_bare(toks[k].text) in PERSON_TITLES
            and (word in PERSON_TITLES or not word.startswith(("ال", "ب", "ل")))):
        return title.last + 1
    if person and title is None and k < len(toks) and folded_bare(toks[k].text) in PERSON_TITLES and not word.startswith(("ال", "ب", "ل")):
        # a bare title no stage tagged heads a genitive chain, and maybe a second title after و, that
        # the comma closing it ends (مفتي عام السعودية ورئيس هيئة كبار العلماء، الشباب): its parties
        # describe the name; without that comma, or with a person named inside, it may be the object
        for j in range(k + 1, min(len(toks), k + 1 + APPOSITION_REACH)):
            if toks[j].text in COMMAS:
                return j + 1
            found = starting_at(actors, j)
            if toks[j].kind == "punct" or (found is not None and found.entity_type == "PER"):
                break
    return k


def _past_dashes(toks: list[Token], actors: list[Actor], k: int) -> int:
    """Index after a title or a party set off by dashes (الأمير سلطان -رئيس مجلس إدارة الجمعية- الجهود،
    سعد الشهري – طالب جامعي –), or k: it describes the name before it."""
    if k + 1 >= len(toks) or toks[k].text not in _DASHES:
        return k
    if folded_bare(toks[k + 1].text) not in PERSON_TITLES and starting_at(actors, k + 1) is None:
        return k
    for j in range(k + 2, min(len(toks), k + 2 + APPOSITION_REACH)):
        if toks[j].text in _DASHES:
            return j + 1
        if toks[j].kind == "punct" and toks[j].text not in COMMAS:
            return k
    return k


def conjunct(toks: list[Token], actors: list[Actor], actor: Actor, oblique: bool = False) -> Actor | None:
    """A second actor coordinated with و right after the first (وزارة الدفاع (البنتاجون) والبيت الأبيض);
    ``oblique``: the first is an object, so an oblique plural may be joined to it (اعتقلت الشرطة
    الناشط والصحفيين)."""
    if actor.first < 0:
        return None  # a topic from another sentence
    k = skip_parenthesis(toks, actor.last + 1)
    nxt = starting_at(actors, k)
    if nxt is None or not fold(toks[k].text).startswith("و") or nxt.start == toks[k].start:
        return None  # the actor must start after the و, not be a word beginning with it (وزارة)
    if not oblique and fold(toks[nxt.last].text).endswith("ين") and not fold(toks[actor.last].text).endswith("ين"):
        return None  # هاجمت القوات الحكومية والمتمردين: an oblique plural is not a second subject
    return nxt


def past_addressee(toks: list[Token], k: int) -> int:
    """Index after the outlet a reporting verb is said to, which stands between the verb and its
    subject (وأكد لـ«عكاظ» مدير الشرطة، وقال لـ"الحياة" مصدر، يقول لـ CNN الوزير), or k."""
    if k + 1 >= len(toks) or toks[k].kind != "word" or fold(toks[k].text) != "ل":
        return k
    if toks[k + 1].text in _QUOTE_OPENS:
        for j in range(k + 2, min(len(toks), k + 2 + _OUTLET_REACH)):
            if toks[j].text in _QUOTE_CLOSES:
                return j + 1
        return k
    # a bare name after a detached لـ (لـ CNN); a detached ل alone may be a typo for anything
    return k + 2 if toks[k].text.endswith("ـ") and toks[k + 1].kind == "word" else k


def after_each_of(toks: list[Token], k: int) -> int:
    """Index after كل من, which opens a coordination (أكد كل من البيت الأبيض والاستخبارات), or k."""
    if k + 1 < len(toks) and fold(toks[k].text) == "كل" and fold(toks[k + 1].text) == "من":
        return k + 2
    return k


def object_after(toks: list[Token], actors: list[Actor], k: int, time_tokens: set[int]) -> Actor | None:
    """The direct object: the next actor, reaching over a genitive or prepositional phrase of the
    subject (اتهم المفوض الأعلى لحقوق الإنسان النظام السوري) but not over a clause boundary;
    an actor inside a prepositional phrase (في جميع أنحاء تركيا) is not the object."""
    found = actor_after(toks, actors, after_each_of(toks, k), time_tokens)
    if found:
        return found
    in_phrase = False
    j = k
    while j < min(len(toks), k + 12):
        j = skip_parenthesis(toks, j)
        if j >= len(toks) or (toks[j].kind == "punct" and toks[j].text not in "،,\"«»“”"):
            return None
        actor = starting_at(actors, j)
        preds = analyse_word(toks[j].text) if actor is None else []
        if actor is None and ((j > k and any(p.kind == "V" for p in preds)) or fold(toks[j].text).startswith("ب")):
            return None  # a verb, or the ب-complement (اتهمه بالسعي، طالب بإعادة): no object after
        if fold(toks[j].text) in PREPOSITION_WORDS:
            in_phrase = True
        elif preds or skippable(toks[j], time_tokens, j):
            in_phrase = False  # في كلمته الأحد إدانة السلطات: the phrase has ended
        elif actor is not None:
            if j > k and (folded_bare(toks[j - 1].text) in SITES or affiliated_site(toks, k, j)):
                return actor  # هاجم مسلحون نقطة تفتيش (تابعة) للجيش: the owner of the site
            if not in_phrase and not prep_attached(toks[j], actor):
                return actor
            in_phrase = False
            j = actor.last
        j += 1
    return None


def actor_after_prep(toks: list[Token], actors: list[Actor], k: int, preps: tuple[str, ...],
                     limit: int = 10, chains: bool = False) -> Actor | None:
    """The first actor within ``limit`` words after k introduced by one of ``preps``; with ``chains``,
    also the possessor ending a construct chain after the preposition (verbal acts: شكك في نزاهة X)."""
    for j in range(k, min(len(toks), k + limit)):
        if (toks[j].kind == "punct" and toks[j].text in ".؛:") or (
                fold(toks[j].text) in _THAT_WORDS and not any(a.first <= j <= a.last for a in actors)):
            return None  # (a that-clause holds its own verb's parties: طالب بأن تكون ... من إندونيسيا)
        actor = starting_at(actors, j)
        if actor is None:
            continue
        lead = j
        while lead - 1 >= k and j - lead < 3 and (folded_bare(toks[lead - 1].text) in SITES
                                                  or folded_bare(toks[lead - 1].text) in HONORIFICS
                                                  or affiliated_site(toks, k, lead)):
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
    attached = prep_attached(toks[j], actor) if lead == j else word.startswith(CLITIC_PREPS)
    if prev == "من" and lead > 1 and _each(fold(toks[lead - 2].text)):
        # مع كل من الشركة العربية وشركة ...، بكل من الوزير: "each of" stands between the preposition and its parties
        lead -= 2
        word = fold(toks[lead].text).lstrip("وف")
        prev = fold(toks[lead - 1].text) if lead > 0 else ""
        attached = word != _EACH and word.startswith(CLITIC_PREPS)
    elif prev == "من" and lead > 1 and partitive_count(toks[lead - 2]):
        return False
    return any(p != "obj" and (prev == p or (len(p) == 1 and word.startswith((p, "و" + p, "ف" + p)) and attached))
               for p in preps)


#: "Each" in كل من X و Y (each of X and Y), which a preposition may govern: مع كل من، بكل من.
_EACH = "كل"


def _each(word: str) -> bool:
    """Whether a folded word is كل, with a conjunction or a preposition written on it (وكل، بكل، لكل)."""
    word = word.removeprefix("و").removeprefix("ف")
    return word == _EACH or (word[1:] == _EACH and word.startswith(CLITIC_PREPS))


def affiliated_site(toks: list[Token], k: int, j: int) -> bool:
    """The word before j is تابعة after a site (مواقع تابعة لـX): X owns the site."""
    return j - 2 >= k and folded_bare(toks[j - 1].text) in _AFFILIATED and folded_bare(toks[j - 2].text) in SITES


def partitive_count(tok: Token) -> bool:
    """A number or a count word (عدد, المئات, آلاف) that a partitive من follows."""
    word = folded_bare(tok.text)
    return tok.kind == "number" or word in QUANTITIES or word in COUNT_WORDS or fold(tok.text) in COUNT_WORDS


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
    return head if prev in PREPOSITION_WORDS or word.startswith(CLITIC_PREPS) else j


#: Endings of a relational adjective (إرهابي، العسكرية، انتحاريا).
_ADJECTIVE_ENDINGS = ("ي", "يه", "يا")


def event_noun(tok: Token) -> bool:
    """Whether a word is an event noun or masdar of the lexicon (الهجوم، القصف، اعتقال)."""
    return tok.kind == "word" and any(p.kind == "N" for p in analyse_word(tok.text))


def event_adjective(toks: list[Token], actor: Actor) -> bool:
    """Whether an actor is a lone adjective typing the event noun before it (الهجوم الإرهابي،
    القصف الروسي): it names who did the event, and a relative clause after it is the event's."""
    return (actor.first == actor.last and actor.entity is None and actor.first > 0
            and fold(toks[actor.first].text).endswith(_ADJECTIVE_ENDINGS) and event_noun(toks[actor.first - 1]))


def typing_adjective(toks: list[Token], actors: list[Actor], actor: Actor) -> bool:
    """Whether an actor is only a nisba adjective that is also an agent noun (إرهابي، عسكري، انتحاري)
    typing the noun before it, which no actor covers: الهجمات الإرهابية، القاعدة العسكرية، هجوم انتحاري
    name a kind of act or thing, not who did it (a demonym does: القصف الروسي).  Both words definite,
    the noun no title (القائد العسكري is a person); both indefinite, the noun an act whose genitive is
    its doer (not مقتل شرطي: a policeman killed) or, feminine, a noun ending in ة or ات (قاعدة عسكرية)."""
    k = actor.first - 1
    if (actor.first != actor.last or actor.entity or actor.country or not actor.agent or k < 0
            or not any(a is actor for a in actors)  # (a topic carried from an earlier sentence)
            or toks[k].kind != "word" or _nisba_base(folded_bare(toks[actor.first].text)) not in AGENT_ADJECTIVES
            or any(a.first <= k <= a.last for a in actors)):
        return False
    word, noun = fold(toks[actor.first].text), fold(toks[k].text)
    if word.startswith(DEFINITE) or noun.startswith(DEFINITE):
        return (word.startswith(DEFINITE) and noun.startswith(DEFINITE)
                and folded_bare(toks[k].text) not in PERSON_TITLES)
    readings = analyse_word(toks[k].text)
    if any(p.kind == "N" for p in readings):
        return not any(p.genitive_target for p in readings)
    return (word.endswith("ه") and noun.endswith(("ه", "ات")) and len(noun) > 3
            and not any(p.kind == "V" for p in readings))


def _nisba_base(word: str) -> str:
    """A nisba without its accusative alif (هجوما إرهابيا → إرهابي)."""
    return word[:-1] if word.endswith("يا") else word


def typed_thing(toks: list[Token], adjective: Actor, text: str) -> Actor | None:
    """The noun a typing adjective describes with it, as one party (قاعدة عسكرية، بالقاعدة العسكرية →
    القاعدة العسكرية), of the adjective's type; a proclitic before the article is left out, and a noun
    after ل, whose article it swallows (للانتفاضة المسلحة), is a purpose or a beneficiary: None."""
    k = adjective.first - 1
    word = toks[k].text
    if fold(word).startswith(("لل", "ولل", "فلل")):
        return None
    article = word.find("ال")
    skip = article if 0 < article <= 2 and fold(word).startswith(DEFINITE) else 0
    if not skip:  # an indefinite noun's و or ب (مطارا وقاعدة عسكرية → قاعدة عسكرية; وحدة is a word)
        skip = word_proclitics(word, _PLAIN_PROCLITICS)
    start = toks[k].start + skip
    return Actor(k, adjective.last, start, adjective.end, text[start: adjective.end], agent=adjective.agent)
