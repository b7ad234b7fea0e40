"""Titles and the people who hold them: a bare title governs the institution after it (رئيس مجلس
النواب), through a chain of offices (نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي), and the person
named after it is who holds it (الشيخ محمد بن راشد).  Read by :mod:`.actors` as it grows an agent
phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.arabic import Token
from khabar.arabic.inflection import bare, fold, folded_bare
from khabar.arabic.tokenize import COMMAS
from khabar.events.lexicon import analyse_word, word_set
from khabar.events.tables import actor_tables

if TYPE_CHECKING:
    from khabar.events.actors import Actor

FUNCTION_WORDS = word_set("function")
PERSON_TITLES = word_set("titles", strip_article=True)
#: Offices held by several, which govern an institution as a title does but name no one person.
PLURAL_TITLES = word_set("plural_titles", strip_article=True)
COUNTERPARTS = word_set("counterparts")
POSTINGS = word_set("postings")
ELATIVES = word_set("elatives", strip_article=True)
#: The article with the proclitics it may carry: a word starting so is definite.  Not وكال، فكال
#: (وكالة is an agency), which actors' article stripping (clitics._ARTICLE_CLITICS) takes before a long word.
DEFINITE = ("ال", "وال", "بال", "فال", "لل", "ولل", "كال", "وبال")
#: Words after a title within which the person holding it is looked for, past further offices.
TITLE_CHAIN_REACH = 8


def bare_title(tok: Token) -> bool:
    """A title without the article, so in construct with what follows (رئيس، وزيرة)."""
    return not fold(tok.text).startswith(DEFINITE) and folded_bare(tok.text) in PERSON_TITLES


def bare_plural_title(tok: Token) -> bool:
    """An office held by several without the article (وزراء، رؤساء), in construct with what follows."""
    return not fold(tok.text).startswith(DEFINITE) and folded_bare(tok.text) in PLURAL_TITLES


def governed_institution(actor: Actor, toks: list[Token], by_first: dict[int, Actor],
                         agents_by_first: dict[int, Actor]) -> int:
    """Take the indefinite institution a bare title governs (رئيس مجلس النواب، وزير خارجية إيران،
    رئيسة جمعية القضاة), through a chain of titles (نائب رئيس مجلس الأعمال), so that the person
    named next is who holds it; returns how many complements the phrase may still take (2: none)."""
    complements = 0
    while all(bare_title(toks[k]) for k in range(actor.first, actor.last + 1)):
        j = actor.last + 1
        if j < len(toks) and toks[j].kind == "hashtag" and (j not in by_first or by_first[j].entity_type != "PER"):
            named = by_first.get(j)  # رئيس #صندوق_الثروة_السيادية_الصيني: a body named by a hashtag
            actor.last = named.last if named is not None else j
            actor.end = toks[actor.last].end
            return 2
        institution = agents_by_first.get(j)
        if institution is None or j in by_first or fold(toks[j].text).startswith(DEFINITE):
            break
        if bare_title(toks[j]):
            actor.agent = institution.agent  # نائب رئيس، نائب وزير: the deputy's office is the governed title's
        actor.last, actor.end = institution.last, institution.end
        actor.country = actor.country or institution.country
        # a one-word institution still takes its own complement (رئيس لجنة الخطة), an agent noun too
        complements = 1 if institution.first == institution.last else 2
        owner = agents_by_first.get(actor.last + 1)
        if complements == 1 and owner is not None and fold(toks[owner.first].text).startswith(DEFINITE):
            actor.last, actor.end, complements = owner.last, owner.end, 2  # رئيسة جمعية القضاة
    return complements


def titled_person(actor: Actor, toks: list[Token], j: int, by_first: dict[int, Actor]) -> bool:
    """A person mention a few words after a title: وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش;
    past further offices the person holds, a title with its institution or place each (نائب رئيس
    الدولة رئيس مجلس الوزراء حاكم دبي الشيخ محمد بن راشد)."""
    k, governed, reach = j, False, j + TITLE_CHAIN_REACH
    construct = _in_construct(toks[j - 1])  # مدير أمن محافظة جنوب سيناء: a chain of bare nouns runs on
    while k < min(len(toks), reach):
        after = skip_parenthesis(toks, k)
        if after > k:  # زعيم حزب الرابطة (يمين متشدد) ماتيو سالفيني: an aside, not counted against the reach
            reach, k = reach + after - k, after
            continue
        other = by_first.get(k)
        if other is not None and other.entity_type == "PER" and _elative_head(toks, other):
            return False  # زعيم حزب الشعب الجمهوري أكبر أحزاب المعارضة: a superlative, no name
        if other is not None and other.entity_type == "PER":
            actor.text, actor.entity, actor.entity_type = other.text, other.entity, "PER"
            actor.start, actor.end, actor.last = other.start, other.end, other.last
            return True
        word = fold(toks[k].text)
        if word in COUNTERPARTS:
            return False  # وزير الخارجية الفلسطيني نظيره البريطاني بوريس جونسون: another person
        if construct and other is not None:
            k, construct = other.last + 1, _in_construct(toks[other.last])  # محافظة، سيناء: its genitive
            continue
        if construct and _in_construct(toks[k]):
            k += 1  # أمن محافظة جنوب ...: the chain's next bare noun
            continue
        construct = False
        title = bare_title(toks[k])
        if governed and other is not None and other.entity_type != "PER":
            k, governed = other.last + 1, False  # حاكم دبي: the place or body a title governs
            continue
        if governed and (folded_bare(toks[k].text),) in actor_tables().agents:
            k, governed = k + 1, False  # رئيس مجلس الوزراء: the institution a title governs
            continue
        owner = by_first.get(k + 1)
        if word in POSTINGS and owner is not None and owner.entity_type != "PER" and _person_at(by_first, owner.last + 1):
            reach += owner.last + 1 - k  # the place does not count against the reach
            k = owner.last + 1  # سفير السعودية في لبنان وليد بخاري: the post's place, then its holder
            continue
        if owner is not None and owner.entity_type != "PER" and toks[k].kind == "word" and word not in FUNCTION_WORDS:
            k, governed = owner.last + 1, False  # رئيس مجلس إدارة #أرامكو: a construct ending in a named body
            continue
        if toks[k].text not in COMMAS and not (word.startswith(("ال", "لل", "وال")) or bare(word) in PERSON_TITLES):
            return False  # وزير العمل والتنمية الاجتماعية X: a coordinated body name
        governed = title
        k += 1
    return False


def skip_parenthesis(toks: list[Token], k: int) -> int:
    """Index after a parenthetical opening at k (محمود عباس (أبومازن)), or k."""
    if k < len(toks) and toks[k].text == "(":
        for j in range(k + 1, min(len(toks), k + 8)):
            if toks[j].text == ")":
                return j + 1
    return k


#: Possessive pronouns written on a noun (ة before them is written ت: خارجيته).
_POSSESSIVES = tuple(word_set("resumptive_pronouns"))  # the attached pronouns: ه ها هم هما هن


def _possessed(tok: Token) -> bool:
    """Whether a noun carries a possessive pronoun (خارجيته، حكومتها، نوابهم): no definite noun does
    (الله، الاتجاه), and a bare ه after ا or on three letters is the word's own (مياه، اتجاه، وجه)."""
    word = tok.text
    if word.startswith(("ال", "وال")) or not word.endswith(_POSSESSIVES):
        return False
    return not word.endswith("ه") or (len(word) > 3 and not word.endswith("اه"))


def genitive_chain_end(toks: list[Token], k: int) -> int:
    """Index after the idafa chain of bare nouns from k to the definite noun that ends it (مكتب وزير
    الخارجية، ديوان الرئاسة: what a bare title before k governs), or k when none ends so."""
    m = k
    while m < len(toks) and m - k < TITLE_CHAIN_REACH and (_in_construct(toks[m]) or bare_title(toks[m])):
        if _possessed(toks[m]):
            return m + 1  # وزير خارجيته: a possessed noun governs nothing, the chain ends on it
        m += 1
    ends = m < len(toks) and toks[m].kind == "word" and fold(toks[m].text).startswith("ال")
    return m + 1 if m > k and ends and fold(toks[m].text) not in FUNCTION_WORDS else k


def _in_construct(tok: Token) -> bool:
    """A bare noun that governs the word after it in an idafa chain (أمن، محافظة، جنوب): a word with
    no article that is no function word, no predicate and no name of a party."""
    word = fold(tok.text)
    return (tok.kind == "word" and not word.startswith(DEFINITE) and word not in FUNCTION_WORDS
            and not word.startswith("و") and len(word) > 2 and not analyse_word(tok.text))


def _elative_head(toks: list[Token], person: Actor) -> bool:
    """A one-word name that is a superlative before the noun it heads (أكبر أحزاب المعارضة)."""
    k = person.last + 1
    return (person.first == person.last and folded_bare(toks[person.first].text) in ELATIVES
            and k < len(toks) and toks[k].kind == "word" and fold(toks[k].text) not in FUNCTION_WORDS)


def _person_at(by_first: dict[int, Actor], k: int) -> bool:
    other = by_first.get(k)
    return other is not None and other.entity_type == "PER"
