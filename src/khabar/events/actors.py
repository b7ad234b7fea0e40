"""Actors in a sentence: entity mentions, agent-noun phrases (القوات السورية → SY MIL), countries.

An :class:`Actor` is a stretch of tokens that can fill an event's source or target slot.  Its
``text`` is what a reader would name the actor by: the entity mention or the person's name when
the phrase has one (وزير الخارجية سيرغي لافروف → سيرغي لافروف), else the phrase itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from khabar.arabic import Token
from khabar.arabic.inflection import WORD_CACHE, bare, fold, folded_bare
from khabar.arabic.memo import memo
from khabar.arabic.tokenize import COMMAS, TOKEN_END, TOKEN_KIND, TOKEN_START, TOKEN_TEXT
from khabar.events.clitics import PLAIN_CLITICS, folded_names, lexical_clitic, mention_clitic, table_proclitic
from khabar.events.lexicon import analyse_word, word_set
from khabar.events.spans import count_prefix, merge_agreeing_plurals
from khabar.events.tables import ActorTables, actor_tables, match_key, nisba_country, written_as_key
from khabar.events.titles import DEFINITE as _DEF
from khabar.events.titles import ELATIVES, FUNCTION_WORDS, PERSON_TITLES, governed_institution, titled_person
from khabar.model import Article, Entity, Mention

AGENT_ADJECTIVES = word_set("adjectives", strip_article=True)
COLLECTIVE_HEADS = word_set("collective", strip_article=True)
GROUP_HEADS = word_set("group_heads")
UNIT_HEADS = word_set("units")
ORG_KINDS = word_set("org_kinds")
#: Entity types that never act in an event.
NON_ACTORS = ("EVENT", "LAW", "PRODUCT", "LOC")
_PERSON_NOUNS = ("CVL", "HLH", "EDU", "MED", "LAB", "REF")
_INSTITUTIONS = ("GOV", "LEG", "JUD", "NGO", "PTY", "LAB", "MED", "EDU", "COP")
_TITLE_TYPES = ("GOV", "LEG", "JUD", "MIL", "COP", "OPP", "MED")
#: Names do not carry the article, a preposition, a possessive or accusative tanween (مرارا، سموه).
_NOT_NAME_START = ("ال", "لل", "بال", "كال", "وال", "فال", "ولل", "وبال", "بإ", "با", "لإ", "بت", "بم", "لت", "لم")
_NOT_NAME_END = ("ها", "هم", "هما", "كم", "ه", "ات", "ا")
_CONJUNCTIONS = frozenset("وف")
#: A preposition (with و/ف) glued to the article: never inside a personal name.
_DEFINITE_PREP = ("بال", "لل", "كال", "وبال", "فبال", "ولل", "فلل", "وكال")
#: An imperfect verb of the derived forms with ت or ست after the person prefix (وتستدعي، يتوقع،
#: نستطيع): no name opens so, while plain يـ/تـ names (يوسف، تامر) are common.
_DERIVED_IMPERFECT = re.compile(r"^[وف]?(?:[يتن]ست|[يت]ت)\w{3,}$")
_QUOTE_MARKS = frozenset("\"«“'")
_RELATIONAL_ENDINGS = ("ي", "يه", "يون", "يين")
_CLOSING_QUOTES = frozenset("\"»”'")
#: -اية is a noun's ending (الرواية، الحماية، الولاية), never a relational adjective's: the nisba of a
#: word in ا is written ائية or اوية (السينمائية، السماوية).
_NOUN_AYA = ("ايه", "اية")


@dataclass
class Actor:
    first: int  # token indices [first, last] in the sentence's token list
    last: int
    start: int  # character span in the unit
    end: int
    text: str
    entity: str | None = None
    agent: str | None = None
    country: str | None = None
    entity_type: str | None = None


def is_name_word(tok: Token) -> bool:
    """A word that may be part of a personal name: not a function word, not definite, not a predicate."""
    return tok.kind == "word" and is_name(tok.text)


def is_name(text: str, group: bool = False) -> bool:
    """Whether a word may belong to a personal or group name (see :func:`is_name_word`); group
    names may end in alif (وكالة وادا).  A derived-form imperfect verb is not one (السفير وتستدعي),
    nor a function word after و or ف (ولكن، وهذا)."""
    word = fold(text)
    if len(word) < 2:
        return False
    ends = _NOT_NAME_END[:-2] if group else _NOT_NAME_END
    if (word in FUNCTION_WORDS or (word[0] in _CONJUNCTIONS and word[1:] in FUNCTION_WORDS)
            or word.startswith(_NOT_NAME_START) or word.endswith(ends)):
        return False
    if _DERIVED_IMPERFECT.match(word):
        return False
    tables = actor_tables()
    return (bare(word),) not in tables.agents and not analyse_word(text)


class UnitMentions(dict[tuple[str, int], list[tuple[Entity, Mention]]]):
    """Mentions of acting entities by unit (field, paragraph), with the article-wide lookups the
    actors of every sentence share, built at most once per article: each entity's names folded
    (for its mentions' proclitics) and the country of each country place's text."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        self._names: dict[int, frozenset[str]] = {}
        self._place_countries: dict[str, str | None] | None = None

    def folded_names(self, ent: Entity) -> frozenset[str]:
        """The entity's name, Arabic name and mention texts, folded (a set: only tested with any)."""
        names = self._names.get(id(ent))
        if names is None:
            names = self._names[id(ent)] = frozenset(folded_names(ent))
        return names

    def place_country(self, text: str) -> str | None:
        """The country of the article's first country place written as text (None when none is)."""
        if self._place_countries is None:
            self._place_countries = {}
            for place in self.article.places:
                if place.feature == "country":
                    self._place_countries.setdefault(place.text, place.country)
        return self._place_countries.get(text)


def unit_mentions(article: Article) -> UnitMentions:
    """Mentions of acting entities by unit (field, paragraph), in entity then mention order: built
    once per article, so that each sentence looks only at its own unit's mentions."""
    out = UnitMentions(article)
    for ent in article.entities:
        if ent.type in NON_ACTORS:
            continue
        for m in ent.mentions:
            out.setdefault((m.field, m.paragraph), []).append((ent, m))
    return out


def _mention_actors(mentions: list[tuple[Entity, Mention]], toks: list[Token], index: UnitMentions) -> list[Actor]:
    if not toks:
        return []
    lo, hi = toks[0].start, toks[-1].end
    out = []
    starts: list[int] = []
    ends: list[int] = []
    for ent, m in mentions:
        if m.start < lo or m.end > hi:
            continue
        if not starts:  # the sentence's tokens are ordered and apart: both lists are sorted
            starts, ends = list(map(TOKEN_START, toks)), list(map(TOKEN_END, toks))
        # the tokens overlapping the mention, found by bisection rather than a scan per mention
        idx = list(range(bisect_right(ends, m.start), bisect_left(starts, m.end)))
        if ent.type == "PER":
            idx = _name_words(toks, idx)
        if idx:
            skip = mention_clitic(m.text, ent, index)
            end = min(m.end, toks[idx[-1]].end)
            out.append(_typed(Actor(idx[0], idx[-1], m.start + skip, end, m.text[skip: end - m.start], ent.id,
                                    entity_type=ent.type)))
    return out


def _name_words(toks: list[Token], idx: list[int]) -> list[int]:
    """A person's mention up to a word with a preposition and article, which no name has
    (أشاد شي بالفيلسوف: the praised one is not part of the name)."""
    for n, k in enumerate(idx[1:], 1):
        if fold(toks[k].text).startswith(_DEFINITE_PREP):
            return idx[:n]
    return idx


def _typed(actor: Actor) -> Actor:
    """Agent type and country of an entity mention from its words (وزارة الدفاع الروسية → GOV, RU)."""
    actor.agent, actor.country = _mention_type(actor.text)
    return actor


@lru_cache(maxsize=WORD_CACHE)  # an article names the same people and bodies again and again
def _mention_type(text: str) -> tuple[str | None, str | None]:
    """(agent type, country) a mention's words name."""
    tables = actor_tables()
    words = [folded_bare(w) for w in text.split()]
    agent = None
    for i in range(len(words)):
        hit = match_key(tables.agents, tables.agent_lengths, words, i)
        if hit:
            agent = hit[1]
            break
    country = tables.countries.get(tuple(words)) or next((c for c in map(nisba_country, text.split()) if c), None)
    return agent, country


#: A people plural (السوريون) may open an actor that no table key starts.
_PEOPLE_ENDINGS = ("ون", "ين")
#: A counted nisba (14 إيرانيا): its singular accusative after 11-99, people of that country.
_COUNTED_NISBA = "يا"


def _lexical_actor(words: list[str], toks: list[Token], i: int, tables: ActorTables) -> Actor | None:
    if not written_as_key(words[i], toks[i].text):
        return None  # زاره (visited him) is no وزارة stripped of its و
    hit = match_key(tables.agents, tables.agent_lengths, words, i)
    if hit:
        n, agent = hit
        return Actor(i, i + n - 1, toks[i].start, toks[i + n - 1].end, "", agent=agent)
    hit = match_key(tables.countries, tables.country_lengths, words, i)
    if hit and not (fold(toks[i].text).lstrip("وفبل").startswith("ال") and (words[i],) in tables.bare_names):
        n, code = hit  # (مالي is Mali, المالي is "financial")
        return Actor(i, i + n - 1, toks[i].start, toks[i + n - 1].end, "", country=code)
    code = nisba_country(toks[i].text) if toks[i].kind == "word" else None
    if code and fold(toks[i].text).endswith(_PEOPLE_ENDINGS):  # السوريون: a people, not an adjective
        return Actor(i, i, toks[i].start, toks[i].end, "", country=code)
    if i > 0 and toks[i - 1].kind == "number" and toks[i].text.endswith(_COUNTED_NISBA):
        # 14 إيرانيا: a counted nisba (its singular accusative after 11-99) is people of that country
        code = nisba_country(toks[i].text[:-1])
        if code:
            return Actor(i, i, toks[i].start, toks[i].end, "", country=code)
    return None


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
                and actor.agent not in _PERSON_NOUNS)
    if other.last == other.first:
        if other.agent and not (other.entity or other.country) and fold(first.text).endswith(_PEOPLE_ENDINGS):
            # أبلغ الوزير الصحافيين: a definite singular governs no genitive, nor does a plural it does
            # not agree with describe it (المتمردين الحوثيين is one party)
            return word.startswith(_DEF) and not word.endswith(("ين", "ون", "ات", "ان"))
        return (word.startswith(_DEF) and not nisba_country(first.text)
                and not fold(first.text).endswith(_RELATIONAL_ENDINGS)
                and not fold(first.text).startswith(PLAIN_CLITICS))
    return word.startswith(_DEF) or word.endswith(("ون", "ين"))


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


def _extend(actor: Actor, toks: list[Token], words: list[str], by_first: dict[int, Actor],
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
            break
        governed = (agents_by_first or {}).get(j)
        if (governed is not None and _bare_head(actor, toks) and complements == 0
                and table_proclitic(toks[j].text, words[j])[:1] not in _GOVERNED_CLITICS):  # مصادر لصحيفة: a preposition
            # نيابة أمن الدولة، محكمة أمن الدولة: a bare body noun governs the body named after it
            _extend(governed, toks, words, by_first, agents_by_first)
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


def _name_end(toks: list[Token], j: int, most: int = 4, group: bool = False) -> int:
    """End (exclusive) of a run of name words starting at j."""
    k = j
    while k < len(toks) and k - j < most and toks[k].kind == "word" and is_name(toks[k].text, group):
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


def _take_name(actor: Actor, toks: list[Token], j: int, by_first: dict[int, Actor]) -> None:
    """A title, group or institution followed by a name.  A person is called by the name
    (الرئيس الأمريكي دونالد ترامب → دونالد ترامب); a group by the whole phrase (وكالة وادا)."""
    head = folded_bare(toks[actor.first].text)
    named = False
    if head in PERSON_TITLES and titled_person(actor, toks, j, by_first):
        return
    if (head not in PERSON_TITLES and actor.agent in _PERSON_NOUNS and j == actor.last + 1
            and fold(toks[actor.first].text).startswith(_DEF)):
        end = _name_end(toks, j, 4)  # المواطنة حنان بن زيد: a person noun before a full name
        if end - j >= 2 and (end == len(toks) or not fold(toks[end].text).startswith("ال")):
            actor.last, actor.start, actor.end = end - 1, toks[j].start, toks[end - 1].end
            actor.text, actor.entity_type = "", "PER"
            return
    if head in PERSON_TITLES:
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
        end = end or _name_end(toks, j, 2, group=True)
        named = end > j
    if named and quoted and end < len(toks) and toks[end].text in _CLOSING_QUOTES:
        actor.start = toks[j].start  # منظمة "هيومن رايتس ووتش": the quoted words are its name
    if named:
        actor.last, actor.end, actor.text, actor.entity_type = end - 1, toks[end - 1].end, "", "ORG"


def _unit_owner(toks: list[Token], actor: Actor) -> None:
    """Units are named by their institution: فرق الجمارك → الجمارك, عناصر الشرطة → الشرطة."""
    if actor.text or actor.last == actor.first or fold(toks[actor.first].text) not in UNIT_HEADS:
        return
    owner = folded_bare(toks[actor.first + 1].text)
    if (owner,) in actor_tables().agents:
        actor.start = toks[actor.first + 1].start


def _title_prefix(toks: list[Token], actor: Actor, lexical_words: set[int]) -> None:
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


def _kind_prefix(toks: list[Token], actor: Actor, lexical_words: set[int]) -> None:
    """The noun naming an organisation's kind joins its span, not its name (وعلق موقع فيسبوك،
    شركة أبل → فيسبوك، أبل), so the verb before reaches its subject."""
    k = actor.first - 1
    if (actor.entity_type == "ORG" and actor.text and k >= 0 and k not in lexical_words
            and toks[k].kind == "word" and fold(toks[k].text) in ORG_KINDS):
        actor.first, actor.start = k, toks[k].start  # indefinite: الصحيفة السلطة is two phrases


def _collective_start(toks: list[Token], actor: Actor) -> None:
    """Take in the heads before an agent phrase: مجموعة القوات, قيادة الجيش (the command is not named)."""
    k = actor.first - 1
    while k >= 0 and toks[k].kind == "word" and folded_bare(toks[k].text) in COLLECTIVE_HEADS:
        if folded_bare(toks[k].text) != "قياده":
            actor.start, actor.text = toks[k].start, ""
        actor.first = k
        k -= 1


def _stationed_in(actor: Actor, toks: list[Token], by_first: dict[int, Actor]) -> None:
    """Forces take the country they are in: القوات الروسية في سوريا."""
    j = actor.last + 1
    if j + 1 < len(toks) and fold(toks[j].text) == "في" and j + 1 in by_first and by_first[j + 1].country:
        actor.last, actor.end, actor.text = by_first[j + 1].last, by_first[j + 1].end, ""


def table_words(toks: list[Token]) -> list[str]:
    """The tokens as the agent and country tables key them: words folded and bare, the rest as written."""
    # one C pass folds every token (few distinct non-words: cheap to cache), then the non-words keep their text
    words = list(map(folded_bare, map(TOKEN_TEXT, toks)))
    for j in compress(count(), map("word".__ne__, map(TOKEN_KIND, toks))):
        words[j] = toks[j].text
    return words


@memo(WORD_CACHE)
def _may_open(word: str) -> bool:
    """Whether an agent or country phrase may start at a table word (or a people plural, السوريون,
    or a counted nisba, 14 إيرانيا)."""
    return word in actor_tables().openers or word.endswith((*_PEOPLE_ENDINGS, _COUNTED_NISBA))


def find_actors(article: Article, field: str, paragraph: int, toks: list[Token], text: str,
                mentions_by_unit: dict[tuple[str, int], list[tuple[Entity, Mention]]] | None = None) -> list[Actor]:
    """Non-overlapping actors of one sentence, in order (``toks`` are the sentence's tokens;
    ``mentions_by_unit``: the article's :func:`unit_mentions`, computed here when not given)."""
    tables = actor_tables()
    words = table_words(toks)
    if mentions_by_unit is None:
        mentions_by_unit = unit_mentions(article)
    # the article's shared lookups; an empty index is falsy, so test its type, not its truth
    index = mentions_by_unit if isinstance(mentions_by_unit, UnitMentions) else UnitMentions(article)
    mentions = _mention_actors(mentions_by_unit.get((field, paragraph), []), toks, index)
    by_first = {a.first: a for a in sorted(mentions, key=lambda a: a.last - a.first)}
    lexical: list[Actor] = []
    covered = {k for a in mentions for k in range(a.first, a.last + 1)}
    # the few words where an agent or country phrase may start (one pass in C), tried left to right;
    # a phrase found takes its words
    after = 0
    for i in compress(count(), map(_may_open, words)):
        if i < after or toks[i].kind != "word" or i in covered:
            continue
        actor = _lexical_actor(words, toks, i, tables)
        if actor is None:
            continue
        if actor.country and not actor.agent:
            by_first.setdefault(i, actor)
        lexical.append(actor)
        after = actor.last + 1
    out: list[Actor] = []
    taken: set[int] = set()
    agents_by_first = {a.first: a for a in lexical if a.agent}
    for actor in sorted(lexical, key=lambda a: a.first):
        if actor.agent:
            _extend(actor, toks, words, by_first, agents_by_first)
    for actor in lexical:
        _unit_owner(toks, actor)
    lexical_words = {k for a in lexical for k in range(a.first, a.last + 1)}
    for actor in mentions:
        _title_prefix(toks, actor, lexical_words)
        _kind_prefix(toks, actor, lexical_words)
    for actor in mentions + lexical:
        count_prefix(toks, actor)
    for actor in mentions + lexical:
        if actor.agent in ("MIL", "COP") and actor.entity_type != "PER":
            _stationed_in(actor, toks, by_first)
        if actor.agent and actor.entity_type != "PER":
            _collective_start(toks, actor)
    for actor in sorted(mentions + lexical, key=lambda a: (a.first, -(a.last - a.first))):
        span = set(range(actor.first, actor.last + 1))
        if span & taken:
            continue
        taken |= span
        if not actor.text:
            if actor.start == toks[actor.first].start:
                actor.start += lexical_clitic(text[actor.start: actor.end], words[actor.first: actor.last + 1])
            actor.text = text[actor.start: actor.end]
        out.append(actor)
    out.sort(key=lambda a: a.first)
    out = merge_agreeing_plurals(out, toks, text)
    _assign_countries(out, index)
    return out


def _assign_countries(actors: list[Actor], index: UnitMentions) -> None:
    """Country of entity actors that are countries or capitals (from places or the country table)."""
    tables = actor_tables()
    for actor in actors:
        if actor.country:
            continue
        words = tuple(folded_bare(w) for w in actor.text.split())
        actor.country = tables.countries.get(words)
        if actor.country is None:
            actor.country = index.place_country(actor.text)


def trim_actors(actors: list[Actor], toks: list[Token], text: str, stops: set[int]) -> None:
    """Cut actors at words another reading owns (a light verb's object: أطلقت حماس صواريخ)."""
    if not stops:
        return  # most sentences: no light verb's object (and no min() over a generator per actor)
    for actor in actors:
        cut = min((k for k in stops if actor.first < k <= actor.last), default=None)
        if cut is None:
            continue
        actor.last, actor.end = cut - 1, toks[cut - 1].end
        if actor.start >= actor.end:
            actor.start = toks[actor.first].start
        actor.text = text[actor.start: actor.end]


def outside_times(actors: list[Actor], toks: list[Token], text: str, time_tokens: set[int]) -> list[Actor]:
    """A time word is never a party: an agent or country phrase, or a name the entities stage did not
    tag, loses the words of a time expression at its edges (الأحد 3 جنود → 3 جنود، 12 شخصا الشهر →
    12 شخصا), and is none when only they are left (أغسطس (آب): آب is no father).  An entity's own
    mention stays as tagged: a name may be spelt as a month (ماي, May)."""
    if not time_tokens:
        return actors
    out = []
    for actor in actors:
        if actor.entity is None and time_tokens.intersection(range(actor.first, actor.last + 1)):
            first = actor.first
            while first <= actor.last and first in time_tokens:
                first += 1
            if first > actor.last:
                continue
            last = min((k for k in time_tokens if first < k <= actor.last), default=actor.last + 1) - 1
            end = min(actor.end, toks[last].end)
            start = actor.start if toks[first].start <= actor.start < end else toks[first].start
            if start == toks[first].start and first > actor.first:  # (الاثنين برئيس: ب is no name's)
                start += lexical_clitic(text[start: end], table_words(toks[first: last + 1]))
            actor.first, actor.last, actor.start, actor.end = first, last, start, end
            actor.text = text[start: end]
        out.append(actor)
    return out



def in_times(actor: Actor | None, time_tokens: set[int]) -> bool:
    """Whether a party no entity names is only words of a time expression (a name word read before
    a verb: يوليو - مايو تؤكد)."""
    return (actor is not None and actor.entity is None
            and all(k in time_tokens for k in range(actor.first, actor.last + 1)))
