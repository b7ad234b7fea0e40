"""Actors in a sentence: entity mentions, agent-noun phrases (القوات السورية → SY MIL), countries.

An :class:`Actor` is a stretch of tokens that can fill an event's source or target slot.  Its
``text`` is what a reader would name the actor by: the entity mention or the person's name when
the phrase has one (وزير الخارجية سيرغي لافروف → سيرغي لافروف), else the phrase itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from khabar.arabic import Token
from khabar.events.lexicon import analyse_word, bare, fold, resource_rows, word_set
from khabar.model import Article

FUNCTION_WORDS = word_set("function")
AGENT_ADJECTIVES = word_set("adjectives", strip_article=True)
COLLECTIVE_HEADS = word_set("collective", strip_article=True)
PERSON_TITLES = word_set("titles", strip_article=True)
_TITLE_TYPES = ("GOV", "LEG", "JUD", "MIL", "COP", "OPP", "MED")
_DEF = ("ال", "وال", "بال", "لل", "فال", "ولل", "وبال")
#: Names do not carry the article, a preposition, a possessive or accusative tanween (مرارا، سموه).
_NOT_NAME_START = ("ال", "لل", "بال", "كال", "وال", "فال", "ولل", "وبال", "بإ", "با", "لإ")
_NOT_NAME_END = ("ها", "هم", "هما", "كم", "ه", "ا", "ات")
_NISBA_ENDINGS = ("", "ه", "ين", "ون", "ان", "تان", "يه")


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


@dataclass(frozen=True)
class ActorTables:
    agents: dict[tuple[str, ...], str]  # folded bare words -> agent type
    countries: dict[tuple[str, ...], str]  # folded bare words -> ISO code
    nisbas: dict[str, str]  # folded stem -> ISO code
    longest: int


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(bare(fold(w)) for w in phrase.split())


@lru_cache(maxsize=1)
def actor_tables() -> ActorTables:
    """Agent nouns, country names (CLDR Arabic + the project's aliases) and nisbas, loaded once."""
    agents: dict[tuple[str, ...], str] = {}
    for kind, forms in (r[:2] for r in resource_rows("agents.tsv")):
        for form in forms.split(","):
            agents.setdefault(_words(form.strip()), kind.strip())
    countries: dict[tuple[str, ...], str] = {}
    for code, name in Locale("ar").territories.items():
        if len(code) == 2 and code.isalpha() and len(fold(name)) > 3:
            countries.setdefault(_words(name), code)
    nisbas: dict[str, str] = {}
    for code, kind, forms in (r[:3] for r in resource_rows("countries.tsv")):
        for form in forms.split(","):
            if kind.strip() == "nisba":
                nisbas[fold(form.strip())] = code.strip()
            else:
                countries[_words(form.strip())] = code.strip()
    longest = max(len(k) for k in (*agents, *countries))
    return ActorTables(agents, countries, nisbas, longest)


def nisba_country(word: str) -> str | None:
    """ISO code of a demonym adjective or plural (السورية, الأميركيون), else None."""
    core = bare(fold(word))
    tables = actor_tables()
    for end in _NISBA_ENDINGS:
        if core.endswith(end) and len(core) > len(end) + 1:
            code = tables.nisbas.get(core[: len(core) - len(end)] if end else core)
            if code:
                return code
    return None


def _match(table: dict[tuple[str, ...], str], words: list[str], i: int, longest: int) -> tuple[int, str] | None:
    for n in range(min(longest, len(words) - i), 0, -1):
        hit = table.get(tuple(words[i: i + n]))
        if hit:
            return n, hit
    return None


def is_name_word(tok: Token) -> bool:
    """A word that may be part of a personal name: not a function word, not definite, not a predicate."""
    return tok.kind == "word" and is_name(tok.text)


def is_name(text: str) -> bool:
    """Whether a word may belong to a personal or group name (see :func:`is_name_word`)."""
    word = fold(text)
    if len(word) < 2:
        return False
    if word in FUNCTION_WORDS or word.startswith(_NOT_NAME_START) or word.endswith(_NOT_NAME_END):
        return False
    tables = actor_tables()
    return (bare(word),) not in tables.agents and not analyse_word(text)


def _mention_actors(article: Article, field: str, paragraph: int, toks: list[Token]) -> list[Actor]:
    if not toks:
        return []
    lo, hi = toks[0].start, toks[-1].end
    out = []
    for ent in article.entities:
        for m in ent.mentions:
            if m.field != field or m.paragraph != paragraph or m.start < lo or m.end > hi:
                continue
            idx = [k for k, t in enumerate(toks) if t.end > m.start and t.start < m.end]
            if idx:
                out.append(_typed(Actor(idx[0], idx[-1], m.start, m.end, m.text, ent.id,
                                        entity_type=ent.type)))
    return out


def _typed(actor: Actor) -> Actor:
    """Agent type and country of an entity mention from its words (وزارة الدفاع الروسية → GOV, RU)."""
    tables = actor_tables()
    words = [bare(fold(w)) for w in actor.text.split()]
    for i in range(len(words)):
        hit = _match(tables.agents, words, i, tables.longest)
        if hit:
            actor.agent = hit[1]
            break
    actor.country = tables.countries.get(tuple(words)) or next(
        (c for c in map(nisba_country, actor.text.split()) if c), None)
    return actor


def _lexical_actor(words: list[str], toks: list[Token], i: int, tables: ActorTables) -> Actor | None:
    hit = _match(tables.agents, words, i, tables.longest)
    if hit:
        n, agent = hit
        return Actor(i, i + n - 1, toks[i].start, toks[i + n - 1].end, "", agent=agent)
    hit = _match(tables.countries, words, i, tables.longest)
    if hit:
        n, code = hit
        return Actor(i, i + n - 1, toks[i].start, toks[i + n - 1].end, "", country=code)
    code = nisba_country(toks[i].text) if toks[i].kind == "word" else None
    if code and fold(toks[i].text).endswith(("ون", "ين")):  # السوريون: a people, not an adjective
        return Actor(i, i, toks[i].start, toks[i].end, "", country=code)
    return None


def _extend(actor: Actor, toks: list[Token], words: list[str], by_first: dict[int, Actor]) -> None:
    """Grow an agent phrase over its idafa complement, adjectives, nisba and a following name."""
    j = actor.last + 1
    complements = 0
    while j < len(toks) and toks[j].kind == "word":
        word = bare(fold(toks[j].text))
        code = nisba_country(toks[j].text)
        if j in by_first and j == actor.last + 1 and not actor.country:
            # an entity or country in idafa: مسلحي داعش, جيش جنوب السودان
            other = by_first[j]
            if other.entity_type == "PER" or (other.entity and not other.country
                                               and bare(fold(toks[actor.first].text)) not in PERSON_TITLES):
                actor.text, actor.entity, actor.start, actor.end = other.text, other.entity, other.start, other.end
                actor.entity_type = other.entity_type
                actor.last = other.last
                return
            actor.country = other.country or actor.country
            actor.last, actor.end = other.last, other.end
            j = other.last + 1
            continue
        if j in by_first:
            break
        if code:
            actor.country = actor.country or code
        elif word in AGENT_ADJECTIVES:
            pass
        elif fold(toks[j].text) == "باسم" and complements == 0:
            complements = -1  # المتحدث باسم وزارة الدفاع: the next word is a bare idafa head
        elif (actor.agent in _TITLE_TYPES and complements < 2 and not actor.country
              and (complements < 0 or (fold(toks[j].text).startswith("ال") and (word,) not in actor_tables().agents))
              and fold(toks[j].text) not in FUNCTION_WORDS and not analyse_word(toks[j].text)):
            complements += 1  # وزارة الدفاع, وزير الخارجية
        else:
            break
        actor.last, actor.end = j, toks[j].end
        j += 1
    _take_name(actor, toks, j)


def _name_end(toks: list[Token], j: int, most: int = 4) -> int:
    """End (exclusive) of a run of name words starting at j."""
    k = j
    while k < len(toks) and k - j < most and is_name_word(toks[k]):
        k += 1
    return k


def _take_name(actor: Actor, toks: list[Token], j: int) -> None:
    """A title or armed group noun followed by a name: the name is how the actor is called
    (الرئيس الأمريكي دونالد ترامب → دونالد ترامب; مسلحي داعش → داعش)."""
    head = bare(fold(toks[actor.first].text))
    if head in PERSON_TITLES:
        while j < len(toks) and bare(fold(toks[j].text)) in PERSON_TITLES:
            j += 1  # المتحدث باسم الوزارة الجنرال إيغور كوناشينكوف
        kind, most = "PER", 4
    elif actor.agent == "REB" and j == actor.last + 1 and not fold(toks[actor.first].text).startswith(_DEF):
        kind, most = "ORG", 2
    else:
        return
    k = _name_end(toks, j, most)
    if k > j:
        actor.last = k - 1
        actor.start, actor.end = toks[j].start, toks[k - 1].end
        actor.text = ""
        actor.entity_type = kind


def _collective_start(toks: list[Token], actor: Actor) -> None:
    """Take in the heads before an agent phrase: مجموعة القوات, قيادة الجيش (the command is not named)."""
    k = actor.first - 1
    while k >= 0 and toks[k].kind == "word" and bare(fold(toks[k].text)) in COLLECTIVE_HEADS:
        if bare(fold(toks[k].text)) != "قياده":
            actor.start, actor.text = toks[k].start, ""
        actor.first = k
        k -= 1


def _stationed_in(actor: Actor, toks: list[Token], by_first: dict[int, Actor]) -> None:
    """Forces take the country they are in: القوات الروسية في سوريا."""
    j = actor.last + 1
    if j + 1 < len(toks) and fold(toks[j].text) == "في" and j + 1 in by_first and by_first[j + 1].country:
        actor.last, actor.end, actor.text = by_first[j + 1].last, by_first[j + 1].end, ""


def find_actors(article: Article, field: str, paragraph: int, toks: list[Token], text: str) -> list[Actor]:
    """Non-overlapping actors of one sentence, in order (``toks`` are the sentence's tokens)."""
    tables = actor_tables()
    words = [bare(fold(t.text)) if t.kind == "word" else t.text for t in toks]
    mentions = _mention_actors(article, field, paragraph, toks)
    by_first = {a.first: a for a in sorted(mentions, key=lambda a: a.last - a.first)}
    lexical: list[Actor] = []
    covered = {k for a in mentions for k in range(a.first, a.last + 1)}
    i = 0
    while i < len(toks):
        actor = None if toks[i].kind != "word" or i in covered else _lexical_actor(words, toks, i, tables)
        if actor is None:
            i += 1
            continue
        if actor.country and not actor.agent:
            by_first.setdefault(i, actor)
        lexical.append(actor)
        i = actor.last + 1
    out: list[Actor] = []
    taken: set[int] = set()
    for actor in sorted(lexical, key=lambda a: a.first):
        if actor.agent:
            _extend(actor, toks, words, by_first)
    for actor in mentions + lexical:
        if actor.agent in ("MIL", "COP") and actor.entity_type != "PER":
            _stationed_in(actor, toks, by_first)
            _collective_start(toks, actor)
    for actor in sorted(mentions + lexical, key=lambda a: (a.first, -(a.last - a.first))):
        span = set(range(actor.first, actor.last + 1))
        if span & taken:
            continue
        taken |= span
        if not actor.text:
            actor.text = text[actor.start: actor.end]
        out.append(actor)
    out.sort(key=lambda a: a.first)
    _assign_countries(out, article)
    return out


def _assign_countries(actors: list[Actor], article: Article) -> None:
    """Country of entity actors that are countries or capitals (from places or the country table)."""
    tables = actor_tables()
    for actor in actors:
        if actor.country:
            continue
        words = tuple(bare(fold(w)) for w in actor.text.split())
        actor.country = tables.countries.get(words)
        if actor.country is None:
            for place in article.places:
                if place.feature == "country" and place.text == actor.text:
                    actor.country = place.country
                    break
