"""Agent phrases grown from their head noun: a title or body over its idafa complement
(وزارة الدفاع), adjectives and nisbas (القوات الروسية), the name after it (الرئيس الأمريكي دونالد
ترامب → دونالد ترامب), the heads and titles before it (قيادة الجيش، الممثلة البريطانية جودي دينش)
and the country its forces stand in.  Read by :mod:`.actors` as it finds a sentence's actors.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khabar.arabic import Token
from khabar.arabic.inflection import bare, fold, folded_bare
from khabar.arabic.tokenize import COMMAS
from khabar.events.clitics import PLAIN_CLITICS, conjoins_known_word, table_proclitic
from khabar.events.lexicon import analyse_word, word_set
from khabar.events.tables import actor_tables, listed_agent_words, nisba_country
from khabar.events.titles import DEFINITE as _DEF
from khabar.events.titles import (
    ELATIVES,
    FUNCTION_WORDS,
    PERSON_TITLES,
    bare_plural_title,
    bare_title,
    genitive_chain_end,
    governed_institution,
    titled_person,
)

if TYPE_CHECKING:
    from khabar.events.actors import Actor

AGENT_ADJECTIVES = word_set("adjectives", strip_article=True)
COLLECTIVE_HEADS = word_set("collective", strip_article=True)
GROUP_HEADS = word_set("group_heads")
UNIT_HEADS = word_set("units")
ORG_KINDS = word_set("org_kinds")
#: Actor types naming private people, not forces or bodies: a name may follow them (المواطنة حنان),
#: and a passive's party of one is its victim (events.arguments, events.passives).
PERSON_NOUNS = ("CVL", "HLH", "EDU", "MED", "LAB", "REF")
_INSTITUTIONS = ("GOV", "LEG", "JUD", "NGO", "PTY", "LAB", "MED", "EDU", "COP")
_TITLE_TYPES = ("GOV", "LEG", "JUD", "MIL", "COP", "OPP", "MED")
#: Names do not carry the article, a preposition, a possessive or accusative tanween (مرارا، سموه).
_NOT_NAME_START = ("ال", "لل", "بال", "كال", "وال", "فال", "ولل", "وبال", "بإ", "با", "لإ", "بت", "بم", "لت", "لم")
_NOT_NAME_END = ("ها", "هم", "هما", "كم", "ه", "ات", "ا")
_CONJUNCTIONS = frozenset("وف")
#: Prepositions glued to a word: before a function word of three letters or more they make no name
#: (وكان بذلك يشير، لهذا); a shorter one may be a name's own letters (بان كي مون).
_PREPOSITION_CLITICS = frozenset("بلك")
#: An imperfect verb of the derived forms with ت or ست after the person prefix (وتستدعي، يتوقع،
#: نستطيع): no name opens so, while plain يـ/تـ names (يوسف، تامر) are common.
_DERIVED_IMPERFECT = re.compile(r"^[وف]?(?:[يتن]ست|[يت]ت)\w{3,}$")
#: A Form V perfect after و or ف, ت and three consonants (وتحدث، وتعهد، فتقدم): no name is so
#: written after a conjunction (وتامر، وتركي have a long vowel).
_CONJOINED_FORM_V = re.compile(r"^[وف]ت[^اويىةه]{3}$")
_QUOTE_MARKS = frozenset("\"«“'")
_RELATIONAL_ENDINGS = ("ي", "يه", "يون", "يين")
_CLOSING_QUOTES = frozenset("\"»”'")
#: -اية is a noun's ending (الرواية، الحماية، الولاية), never a relational adjective's: the nisba of a
#: word in ا is written ائية or اوية (السينمائية، السماوية).
_NOUN_AYA = ("ايه", "اية")
#: A people plural (السوريون) may open an actor that no table key starts.
PEOPLE_ENDINGS = ("ون", "ين")


def is_name_word(tok: Token) -> bool:
    """A word that may be part of a personal name: not a function word, not definite, not a predicate."""
    return tok.kind == "word" and is_name(tok.text)


def is_name(text: str, group: bool = False) -> bool:
    """Whether a word may belong to a personal or group name (see :func:`is_name_word`); group
    names may end in alif (وكالة وادا).  A derived-form imperfect verb is not one (السفير وتستدعي),
    nor a function word after و or ف (ولكن، وهذا) or after a preposition (بذلك، لهذا)."""
    word = fold(text)
    if len(word) < 2:
        return False
    ends = _NOT_NAME_END[:-2] if group else _NOT_NAME_END
    if (word in FUNCTION_WORDS or (word[0] in _CONJUNCTIONS and word[1:] in FUNCTION_WORDS)
            or (word[0] in _PREPOSITION_CLITICS and len(word) > 3 and word[1:] in FUNCTION_WORDS)
            or word.startswith(_NOT_NAME_START) or word.endswith(ends)):
        return False
    if _DERIVED_IMPERFECT.match(word) or _CONJOINED_FORM_V.match(word):
        return False
    tables = actor_tables()
    return (bare(word),) not in tables.agents and not analyse_word(text)


def _not_in_construct(actor: Actor, last: Token, other: Actor, first: Token) -> bool:
    """Whether the word before another actor cannot govern it as a genitive: a definite word or a
    plural keeping its nun (المحتجين، متظاهرون) before a named phrase that is no lone nisba
    (الجيش السوري), or a definite word before a country's name (حمّلت الحكومة إيران).  Before a person, only a definite institution (اعتقلت الشرطة فرانك): titles
    and person nouns take names in apposition (الوزيرة فلورنس، المواطنة حنان)."""
    word = fold(last.text)
    if actor.entity_type == "PER":
        return True  # a person's name governs nothing: أبلغ ستيوارت كاندي الصحفيين (he tells them)
    if other.entity_type == "PER":
        title = bare(word)
        return (actor.first == actor.last and word.startswith(_DEF) and title.endswith("ه")
                and title not in PERSON_TITLES and title[:-1] not in PERSON_TITLES
                and actor.agent not in PERSON_NOUNS and not _feminine_person_noun(title))
    if other.last == other.first:
        if other.agent and not (other.entity or other.country) and fold(first.text).endswith(PEOPLE_ENDINGS):
            # أبلغ الوزير الصحافيين: a definite singular governs no genitive, nor does a plural it does
            # not agree with describe it (المتمردين الحوثيين is one party)
            return word.startswith(_DEF) and not word.endswith(("ين", "ون", "ات", "ان"))
        return (word.startswith(_DEF) and not nisba_country(first.text)
                and not fold(first.text).endswith(_RELATIONAL_ENDINGS)
                and not fold(first.text).startswith(PLAIN_CLITICS))
    return word.startswith(_DEF) or word.endswith(("ون", "ين"))


def _feminine_person_noun(title: str) -> bool:
    """A woman's person noun, bare (ناشطه، برلمانيه): its masculine is an agent noun and it is none
    itself, as a body's name is (معارضه، حكومه are no woman)."""
    listed = listed_agent_words()
    return title.endswith("ه") and title[:-1] in listed and title not in listed


def _apposed_person(actor: Actor, toks: list[Token], person: Actor, first: Token) -> bool:
    """A person named right after a definite singular title or person noun and its adjectives is who
    it is (الناشط السياسي محمود البارودي، المتحدثة باسم الخارجية الأمريكية هيذر نويرت); not after a body
    (الحكومة المصرية، الجيش السوري) nor a dual or plural (الرئيسان الروسي فلاديمير بوتين), and not a
    definite mention, an object (اتهمت المعارضة السورية الرئيس)."""
    word = fold(toks[actor.first].text)
    if person.entity_type != "PER" or not word.startswith(_DEF) or fold(first.text).startswith(_DEF):
        return False
    if word.endswith(("ون", "ين", "ان", "ات")):
        return False
    title = bare(word)
    if title in PERSON_TITLES or title[:-1] in PERSON_TITLES and title.endswith("ه"):
        return True
    return _feminine_person_noun(title) or (not title.endswith("ه") and actor.agent in _APPOSED_TYPES)


#: Types of the masculine person nouns a name may follow in apposition (البرلماني، الناشط، الصحفي).
_APPOSED_TYPES = (*PERSON_NOUNS, "OPP", "LEG")


def _idafa_entity(actor: Actor, other: Actor, toks: list[Token]) -> bool:
    """Merge an entity or country that follows the head in idafa; True when the phrase is done."""
    if other.entity_type == "PER" or (other.entity and not other.country
                                       and folded_bare(toks[actor.first].text) not in PERSON_TITLES):
        # مسلحي داعش: the group is named by the entity, typed by the noun
        actor.text, actor.entity, actor.start, actor.end = other.text, other.entity, other.start, other.end
        actor.entity_type, actor.last = other.entity_type, other.last
        return True
    actor.country = other.country or actor.country  # جيش جنوب السودان
    actor.last, actor.end = other.last, other.end
    return False


def _complement(actor: Actor, head: Token, tok: Token, word: str, complements: int) -> bool:
    """Whether a title or institution takes this word as its idafa complement (وزارة الدفاع)."""
    folded = fold(tok.text)
    if complements >= 2 or actor.country:
        return False
    if complements == 0 and fold(head.text).endswith(("ون", "ين", "ان")):
        return False  # مسلحون النار: a plural or dual with its nun is not in construct
    if complements == 0 and (fold(head.text).startswith(_DEF) or actor.last > actor.first):
        return False  # only a bare head takes a complement: الشرطة الشاحنة, قوات الأمن القبض
    if actor.agent not in _TITLE_TYPES and complements != 0:
        return False
    if folded in FUNCTION_WORDS or analyse_word(tok.text):
        return False
    return complements < 0 or (folded.startswith("ال") and (
        complements == 0 or (word,) not in actor_tables().agents))


def relational_adjective(tok: Token) -> bool:
    """A definite -ي/-ية adjective, singular or masculine plural (الأساسي، العدلية، الحكوميون،
    الأمنيين), that is not itself an actor noun (العسكريون are soldiers)."""
    word = fold(tok.text)
    return (word.startswith("ال") and word.endswith(_RELATIONAL_ENDINGS) and len(word) > 4 and word not in FUNCTION_WORDS
            and not word.endswith(_NOUN_AYA)
            and (bare(word),) not in actor_tables().agents
            and (bare(word),) not in actor_tables().countries and not analyse_word(tok.text))


def extend_agent(actor: Actor, toks: list[Token], words: list[str], by_first: dict[int, Actor],
            agents_by_first: dict[int, Actor] | None = None) -> None:
    """Grow an agent phrase over its idafa complement, adjectives, nisba and a following name."""
    complements = governed_institution(actor, toks, by_first, agents_by_first or {})
    j = actor.last + 1
    after_adjective = False
    while j < len(toks) and toks[j].kind == "word":
        word = folded_bare(toks[j].text)
        if j in by_first and j == actor.last + 1 and not actor.country and not after_adjective:
            if _not_in_construct(actor, toks[actor.last], by_first[j], toks[j]):
                break  # اقتحم المحتجين القنصلية الإيرانية: the consulate is the object, not their own
            if _idafa_entity(actor, by_first[j], toks):
                return
            j = actor.last + 1
            continue
        if j in by_first:
            if j == actor.last + 1 and _apposed_person(actor, toks, by_first[j], toks[j]):
                _idafa_entity(actor, by_first[j], toks)  # الناشط السياسي محمود البارودي: the person
                return
            break
        governed = (agents_by_first or {}).get(j)
        if (governed is not None and _bare_head(actor, toks) and complements == 0
                and table_proclitic(toks[j].text, words[j])[:1] not in _GOVERNED_CLITICS):  # مصادر لصحيفة: a preposition
            # نيابة أمن الدولة، محكمة أمن الدولة: a bare body noun governs the body named after it
            extend_agent(governed, toks, words, by_first, agents_by_first)
            actor.last, actor.end, complements = governed.last, governed.end, 2
            actor.country = actor.country or governed.country
            j = actor.last + 1
            continue
        code = nisba_country(toks[j].text)
        if code or word in AGENT_ADJECTIVES or relational_adjective(toks[j]):
            actor.country = actor.country or code
            after_adjective = True
        elif (complements >= 0 and actor.agent in _INSTITUTIONS and fold(toks[j].text).startswith(("لل", "ل"))
              and j + 1 < len(toks) and fold(toks[j + 1].text).startswith("ال") and not analyse_word(toks[j].text)
              and (word,) not in actor_tables().agents):
            actor.last, actor.end = j + 1, toks[j + 1].end  # المرصد التونسي لاستقلال القضاء
            j += 2
            complements = 2
            continue
        elif fold(toks[j].text) == "باسم" and complements == 0:
            complements = -1  # المتحدث باسم وزارة الدفاع: the next word is a bare idafa head
            after_adjective = False  # الناطق الرسمي باسم الحكومة: باسم opens a new construct
        elif not after_adjective and _complement(actor, toks[actor.first], toks[j], word, complements):
            complements += 1
        else:
            break
        actor.last, actor.end = j, toks[j].end
        j += 1
    _take_name(actor, toks, j, by_first)


#: Prepositions no genitive carries: a word after a bare head so glued is no complement of it (و
#: joins a second party to it: 33 نقابة وجمعية).
_GOVERNED_CLITICS = frozenset({"ل", "ب", "ك"})


def _bare_head(actor: Actor, toks: list[Token]) -> bool:
    """A one-word body noun without the article, no title and no plural keeping its nun (نيابة، محكمة)."""
    word, written = fold(toks[actor.first].text), toks[actor.first].text
    # not possessed (عناصره زوجها): it governs no genitive
    return (actor.first == actor.last and actor.entity is None and not word.startswith(_DEF)
            and not word.endswith(("ون", "ين", "ان")) and not written.endswith(("ه", "ها", "هم"))
            and bare(word) not in PERSON_TITLES)


def _name_end(toks: list[Token], j: int, most: int = 4, group: bool = False, opens: bool = True) -> int:
    """End (exclusive) of a run of name words starting at j; a word after the first is no و or ف
    before a known word (a verb or a second party: صحيفة محلية وأسفر), nor is the first unless the
    name ``opens`` right after its head (وكالة وادا)."""
    k = j
    while (k < len(toks) and k - j < most and toks[k].kind == "word" and is_name(toks[k].text, group)
           and not ((k > j or not opens) and conjoins_known_word(toks[k].text))):
        k += 1
    return k


def _quoted_name_end(toks: list[Token], j: int, most: int = 5) -> int | None:
    """End (exclusive) of a name closed by a quotation mark (منظمة "هيومن رايتس ووتش"): the
    marks bound it, so it may be longer than an unquoted name."""
    for k in range(j, min(len(toks), j + most + 1)):
        if toks[k].text in _CLOSING_QUOTES:
            return k if k > j else None
        if toks[k].kind != "word":
            return None
    return None


def _nisba_adjective(tok: Token) -> bool:
    """A definite relational adjective (الأوروبي، العربية), no predicate and no function word."""
    word = fold(tok.text)
    return (tok.kind == "word" and word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > 5
            and word not in FUNCTION_WORDS and not analyse_word(tok.text))


def _take_name(actor: Actor, toks: list[Token], j: int, by_first: dict[int, Actor]) -> None:
    """A title, group or institution followed by a name.  A person is called by the name
    (الرئيس الأمريكي دونالد ترامب → دونالد ترامب); a group by the whole phrase (وكالة وادا)."""
    head = folded_bare(toks[actor.first].text)
    named = False
    if head in PERSON_TITLES and titled_person(actor, toks, j, by_first):
        return
    if (head not in PERSON_TITLES and actor.agent in PERSON_NOUNS and j == actor.last + 1
            and fold(toks[actor.first].text).startswith(_DEF)):
        end = _name_end(toks, j, 4)  # المواطنة حنان بن زيد: a person noun before a full name
        if end - j >= 2 and (end == len(toks) or not fold(toks[end].text).startswith("ال")):
            actor.last, actor.start, actor.end = end - 1, toks[j].start, toks[end - 1].end
            actor.text, actor.entity_type = "", "PER"
            return
    if j == actor.last + 1 and actor.last == actor.first and bare_plural_title(toks[actor.first]):
        chain = genitive_chain_end(toks, j)  # وزراء داخلية دول الاتحاد الأوروبي: the offices' holders, no name
        if chain > j and chain < len(toks) and _nisba_adjective(toks[chain]):
            chain += 1  # (الاتحاد الأوروبي: the definite noun's adjective)
        if chain > j:
            actor.last, actor.end = chain - 1, toks[chain - 1].end
        return
    if head in PERSON_TITLES:
        chain = genitive_chain_end(toks, j) if j == actor.last + 1 and bare_title(toks[actor.last]) else j
        if chain > j:  # مدير مكتب وزير الخارجية: a bare title governs the word after it, no name
            actor.last, actor.end = chain - 1, toks[chain - 1].end
            return
        k = j
        while k < len(toks) and (folded_bare(toks[k].text) in PERSON_TITLES or toks[k].text in COMMAS):
            k += 1  # المتحدث باسم الوزارة الجنرال إيغور كوناشينكوف; وزيرة الدفاع، فلورنس بارلي
        if k in by_first and by_first[k].entity_type != "PER" and not fold(toks[k].text).startswith(PLAIN_CLITICS):
            return  # حمّل الرئيس إيران مسؤولية: a country or a body after the title is no name of it
        end = _name_end(toks, k, 5)
        if end == k + 1 and end < len(toks) and fold(toks[end].text).startswith("ال"):
            end = k  # رئيس الوزراء قرار البرلمان: a lone word before a definite noun heads an idafa
        if k < len(toks) and folded_bare(toks[k].text) in ELATIVES:
            end = k  # زعيم الحزب أكبر أحزاب المعارضة: a superlative in apposition, no name (أكبر, Akbar)
        if end > k:
            actor.last, actor.start, actor.end = end - 1, toks[k].start, toks[end - 1].end
            actor.text, actor.entity_type = "", "PER"
        return
    if fold(toks[actor.first].text) in GROUP_HEADS and j == actor.last + 1:
        # حركة "حماس": right after the bare head; after its genitive a quotation is the verb's object
        # (أعلنت فصائل الجنوب "فشل المفاوضات")
        quoted = j < len(toks) and toks[j].text in _QUOTE_MARKS and actor.last == actor.first
        if quoted:
            j += 1
        end = _quoted_name_end(toks, j) if quoted else None
        end = end or _name_end(toks, j, 2, group=True, opens=actor.last == actor.first)
        named = end > j
    if named and quoted and end < len(toks) and toks[end].text in _CLOSING_QUOTES:
        actor.start = toks[j].start  # منظمة "هيومن رايتس ووتش": the quoted words are its name
    if named:
        actor.last, actor.end, actor.text, actor.entity_type = end - 1, toks[end - 1].end, "", "ORG"


def unit_owner(toks: list[Token], actor: Actor) -> None:
    """Units are named by their institution: فرق الجمارك → الجمارك, عناصر الشرطة → الشرطة."""
    if actor.text or actor.last == actor.first or fold(toks[actor.first].text) not in UNIT_HEADS:
        return
    owner = folded_bare(toks[actor.first + 1].text)
    if (owner,) in actor_tables().agents:
        actor.start = toks[actor.first + 1].start


def title_prefix(toks: list[Token], actor: Actor, lexical_words: set[int]) -> None:
    """A person's title that no agent table lists joins the span, not the name (الممثلة
    البريطانية جودي دينش → جودي دينش), so the verb before reaches its subject."""
    if actor.entity_type != "PER" or not actor.text:
        return
    k = actor.first - 1
    while k >= 0 and actor.first - k <= 2 and k not in lexical_words and toks[k].kind == "word":
        word = folded_bare(toks[k].text)
        if word in PERSON_TITLES or (word.endswith("ه") and word[:-1] in PERSON_TITLES):
            actor.first, actor.start = k, toks[k].start
            return
        if not (nisba_country(toks[k].text) or word in AGENT_ADJECTIVES or relational_adjective(toks[k])):
            return
        k -= 1


def kind_prefix(toks: list[Token], actor: Actor, lexical_words: set[int]) -> None:
    """The noun naming an organisation's kind joins its span, not its name (وعلق موقع فيسبوك،
    شركة أبل → فيسبوك، أبل), so the verb before reaches its subject."""
    k = actor.first - 1
    if (actor.entity_type == "ORG" and actor.text and k >= 0 and k not in lexical_words
            and toks[k].kind == "word" and fold(toks[k].text) in ORG_KINDS):
        actor.first, actor.start = k, toks[k].start  # indefinite: الصحيفة السلطة is two phrases


def collective_start(toks: list[Token], actor: Actor) -> None:
    """Take in the heads before an agent phrase: مجموعة القوات, قيادة الجيش (the command is not named)."""
    k = actor.first - 1
    while k >= 0 and toks[k].kind == "word" and folded_bare(toks[k].text) in COLLECTIVE_HEADS:
        if folded_bare(toks[k].text) != "قياده":
            actor.start, actor.text = toks[k].start, ""
        actor.first = k
        k -= 1


def stationed_in(actor: Actor, toks: list[Token], by_first: dict[int, Actor]) -> None:
    """Forces take the country they are in: القوات الروسية في سوريا."""
    j = actor.last + 1
    if j + 1 < len(toks) and fold(toks[j].text) == "في" and j + 1 in by_first and by_first[j + 1].country:
        actor.last, actor.end, actor.text = by_first[j + 1].last, by_first[j + 1].end, ""
