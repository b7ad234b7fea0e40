"""Actors in a sentence: entity mentions, agent-noun phrases (القوات السورية → SY MIL), countries.

An :class:`Actor` is a stretch of tokens that can fill an event's source or target slot.  Its
``text`` is what a reader would name the actor by: the entity mention or the person's name when
the phrase has one (وزير الخارجية سيرغي لافروف → سيرغي لافروف), else the phrase itself.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count

from khabar.arabic import Token
from khabar.arabic.inflection import WORD_CACHE, fold, folded_bare
from khabar.arabic.memo import memo
from khabar.arabic.tokenize import TOKEN_END, TOKEN_KIND, TOKEN_START, TOKEN_TEXT
from khabar.events.agent_phrases import (
    PEOPLE_ENDINGS,
    collective_start,
    extend_agent,
    kind_prefix,
    stationed_in,
    title_prefix,
    unit_owner,
)
from khabar.events.clitics import folded_names, lexical_clitic, mention_clitic
from khabar.events.lexicon import word_set
from khabar.events.spans import count_prefix, elative_prefix, merge_agreeing_plurals
from khabar.events.tables import ActorTables, actor_tables, match_key, nisba_country, written_as_key
from khabar.model import Article, Entity, Mention

#: Entity types that never act in an event.
NON_ACTORS = ("EVENT", "LAW", "PRODUCT", "LOC")
#: A body's seat with its pronoun (ومقره، مقرها): the place after it is no target (:func:`after_seat`).
SEATS = word_set("seats")
#: A preposition (with و/ف) glued to the article: never inside a personal name.
_DEFINITE_PREP = ("بال", "لل", "كال", "وبال", "فبال", "ولل", "فلل", "وكال")


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
    if code and fold(toks[i].text).endswith(PEOPLE_ENDINGS):  # السوريون: a people, not an adjective
        return Actor(i, i, toks[i].start, toks[i].end, "", country=code)
    if i > 0 and toks[i - 1].kind == "number" and toks[i].text.endswith(_COUNTED_NISBA):
        # 14 إيرانيا: a counted nisba (its singular accusative after 11-99) is people of that country
        code = nisba_country(toks[i].text[:-1])
        if code:
            return Actor(i, i, toks[i].start, toks[i].end, "", country=code)
    return None


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
    return word in actor_tables().openers or word.endswith((*PEOPLE_ENDINGS, _COUNTED_NISBA))


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
            extend_agent(actor, toks, words, by_first, agents_by_first)
    for actor in lexical:
        unit_owner(toks, actor)
    lexical_words = {k for a in lexical for k in range(a.first, a.last + 1)}
    for actor in mentions:
        title_prefix(toks, actor, lexical_words)
        kind_prefix(toks, actor, lexical_words)
    for actor in mentions + lexical:
        count_prefix(toks, actor)
    for actor in lexical:
        elative_prefix(toks, actor)
    for actor in mentions + lexical:
        if actor.agent in ("MIL", "COP") and actor.entity_type != "PER":
            stationed_in(actor, toks, by_first)
        if actor.agent and actor.entity_type != "PER":
            collective_start(toks, actor)
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


def after_participles(actors: list[Actor], toks: list[Token], text: str, participles: set[int]) -> None:
    """Start actors after a ḥāl participle read as their first word (متهمة القادة الفلسطينيين: the
    leaders are accused; the participle is the verb, not the party's adjective)."""
    for actor in actors:
        if actor.first in participles and actor.first < actor.last and actor.entity is None:
            actor.first += 1
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



def after_seat(toks: list[Token], actor: Actor) -> bool:
    """Whether the actor is the place a body is based in, right after a seat word with its pronoun
    or after it and في (ودعا المجلس ومقره واشنطن إلى تحقيق، شركة مقرها في روما): it describes the
    body, never the target of the sentence's act."""
    k = actor.first - 1
    if k >= 1 and fold(toks[k].text) == "في":
        k -= 1
    return k >= 0 and fold(toks[k].text) in SEATS


def seated(toks: list[Token], actor: Actor) -> bool:
    """Whether a seat word follows the actor, or the one word (an adjective its span left out) after
    it (مجلس العلاقات الأمريكية الإسلامية ومقره واشنطن): a body introduced with where it is based,
    the subject of its clause."""
    return any(fold(tok.text) in SEATS for tok in toks[actor.last + 1: actor.last + 3])


def in_times(actor: Actor | None, time_tokens: set[int]) -> bool:
    """Whether a party no entity names is only words of a time expression (a name word read before
    a verb: يوليو - مايو تؤكد)."""
    return (actor is not None and actor.entity is None
            and all(k in time_tokens for k in range(actor.first, actor.last + 1)))
