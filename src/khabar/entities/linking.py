"""From matches to entities: composition, roles, actors, and one entity per referent in an article.

Per text unit, lexicon matches and tagger spans are read left to right:

* a generic institution followed by a nationality adjective or a country name becomes one
  organisation of that country (وزارة الدفاع الروسية → Russian Ministry of Defence);
* a title before a person (وزير الخارجية الروسي سيرغي لافروف) or after it as an apposition
  becomes the person's ``role``; the same title used alone later is a mention of that person;
* a capital next to a verb of saying or acting is its country as an actor (واشنطن قالت → United
  States); otherwise it stays the city;
* a bare nationality adjective is a mention of its country when the country is named in the
  article; one stated in a person's role (الإعلامي السعودي) is otherwise a NORP entity, and a
  plural of people (العراقيون) always is;
* a head noun makes one body, facility or event with a name after it (جامعة كامبريدج, بنك
  "يوني كريديت"), with a nationality (المحكمة التركية) or relational adjectives (المجلس التنفيذي),
  and its remit (الهيئة العامة للسياحة والتراث الوطني; :mod:`khabar.entities.bodies`).

Across units (:mod:`khabar.entities.coref`): surnames link to the full name (لافروف → سيرغي
لافروف), bare institution heads link to the latest matching entity and nominal anaphors (الوزارة)
to the one entity that fits (:mod:`khabar.entities.anaphora`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from khabar.arabic import Token
from khabar.entities.bodies import QUOTE_MARKS, BodyFinder, Span
from khabar.entities.cues import (
    Homograph,
    actor_verbs,
    common_keys,
    construct_head_keys,
    countries_by_iso,
    demonym_keys,
    genre_label_keys,
    head_type,
    homographs,
    name_stop_keys,
    people_plural_keys,
    word_cues,
)
from khabar.entities.ids import entity_id
from khabar.entities.keys import alias_key, fold, strip_article
from khabar.entities.lexicon import Entry, country_rows, folded_word_list, word_list
from khabar.entities.matcher import GAZETTEER_GROUPS, Lexicon, Match
from khabar.entities.verbtrim import reads_as_verb
from khabar.model import Entity, Mention

_MAX_ROLE_GAP = 8  # tokens between a title and the name it belongs to
_NAME_STARTS = 0.0  # name-likeness a word needs to start a guessed name
_NAME_CONTINUES = -4.0  # and to continue it
_MAX_GUESS_GAP = 4  # words of a title's complement before a guessed name
_CONNECTORS = {"بن", "ابن", "بنت", "ابو", "ابي", "ال"}
_SENIOR = {"كبير", "كبيره"}  # كبير مستشاري الرئيس: the senior one of a group, part of the role
_SURNAME_PREFIXES = {"بن", "ابن"}  # بن صالح, بن علي: a surname of two words
_TEXT = attrgetter("text")
#: Adjectives that place an event in time and belong to its name (الانتخابات المقبلة).
_WHEN_ADJECTIVES = frozenset({"اخيره", "مقبله", "سابقه", "ماضيه", "قادمه", "اخير", "مقبل", "سابق", "ماضي"})
#: Nouns after which a gazetteer town name is taken even without the tagger's agreement.
_PLACE_NOUNS = {"مدينه", "بلده", "قريه", "ولايه", "محافظه", "منطقه", "اقليم", "مقاطعه", "عاصمه", "جزيره"}
Unit = tuple[str, int]


@dataclass
class Builder:
    """Entities of one article under construction, in order of first mention."""

    entities: dict[str, Entity] = field(default_factory=dict)
    country_of: dict[str, str] = field(default_factory=dict)  # entity id -> iso2
    aliases: dict[str, str] = field(default_factory=dict)  # folded key -> person entity id
    recent: list[str] = field(default_factory=list)  # entity ids in mention order
    group_of: dict[str, str] = field(default_factory=dict)  # entity id -> lexicon table
    role_countries: list[str] = field(default_factory=list)  # nationalities inside roles (وزير ... العراقي)
    starts: set[tuple[str, str, int, int]] = field(default_factory=set)  # (id, field, paragraph, start) taken

    def add(self, ent: Entity, mention: Mention, country: str | None = None, group: str = "") -> Entity:
        if group:
            self.group_of.setdefault(ent.id, group)
        have = self.entities.get(ent.id)
        if have is None:
            self.entities[ent.id] = have = ent
        at = (have.id, mention.field, mention.paragraph, mention.start)
        if at not in self.starts:  # one mention per start: a set, not a scan of the entity's mentions
            self.starts.add(at)
            have.mentions.append(mention)
        if country:
            self.country_of.setdefault(ent.id, country)
        self.recent.append(ent.id)
        return have

    def merge(self, ent: Entity, into: Entity) -> None:
        """``ent`` turns out to be ``into``: its mentions, role, aliases and bookkeeping (taken
        starts, country, lexicon table, place in the reading order) move over, and it is gone."""
        into.mentions.extend(ent.mentions)
        into.role = into.role or ent.role
        del self.entities[ent.id]
        for key in [k for k, pid in self.aliases.items() if pid == ent.id]:
            self.aliases[key] = into.id
        self.starts |= {(into.id, *at) for eid, *at in self.starts if eid == ent.id}
        for table in (self.country_of, self.group_of):
            if ent.id in table:
                table.setdefault(into.id, table.pop(ent.id))
        self.recent = [into.id if eid == ent.id else eid for eid in self.recent]


def entity_from_entry(entry: Entry) -> Entity:
    return Entity(id=entity_id(entry.type, entry.name), name=entry.name, type=entry.type,
                  name_ar=entry.name_ar, wikidata=entry.wikidata)


def norp_entity(entry: Entry) -> Entity:
    """The people of a country, named by its English demonym (Iraqi)."""
    name = entry.demonym or entry.name
    return Entity(id=entity_id("NORP", name), name=name, type="NORP", name_ar=entry.name_ar)


def country_entity(iso: str) -> Entity | None:
    entry = countries_by_iso().get(iso)
    return entity_from_entry(entry) if entry else None


def institution_name(template: str, country: str | None) -> str:
    """Fill an institution template (``{adj} Ministry of Defence``) with a country, or drop the slot."""
    row = next((r for r in country_rows() if r["iso2"] == country), None)
    entry = countries_by_iso().get(country or "")
    adj = (row["demonym"] if row else None) or (entry.name if entry else "")
    cname = entry.name if entry else ""
    name = template.replace("{adj}", adj).replace("{country}", cname)
    return " ".join(name.replace(" of ", " of ").split()).removesuffix(" of")


class UnitLinker(BodyFinder):
    """Reads one text unit's matches and spans and records mentions in the builder."""

    def __init__(self, builder: Builder, lex: Lexicon, unit: Unit, text: str, tokens: list[Token],
                 likeness: Callable[[str], float] | None = None) -> None:
        self.b, self.lex, self.unit, self.text, self.tokens = builder, lex, unit, text, tokens
        self.texts = list(map(_TEXT, tokens))
        self.cues = list(map(word_cues, self.texts))  # one cached lookup per token for every scan
        self.likeness = likeness  # the tagger's name-likeness of a word, when there is a tagger
        self.pending: list[tuple[str, Mention, object]] = []  # deferred: (what, mention, detail)
        self.covered: set[int] = set()
        self.adjectives: set[int] = set()  # tokens covered by bare nationality adjectives

    def mention(self, first: int, last: int, trim: bool = True) -> Mention:
        start = self.tokens[first].start
        if trim:
            start += self.lex.keys.proclitic_length(self.tokens[first].text)
        end = self.tokens[last].end
        return Mention(self.text[start:end], self.unit[0], self.unit[1], start, end)

    def cover(self, first: int, last: int) -> None:
        self.covered.update(range(first, last + 1))

    def after_place_noun(self, i: int) -> bool:
        """Token ``i`` follows a place noun (مدينة, ولاية, محافظة ...) not yet read as anything else."""
        return i - 1 not in self.covered and (
            self.neighbour_key(i - 1) in _PLACE_NOUNS or self.word_key(i - 1) in _PLACE_NOUNS)

    def word_key(self, i: int) -> str:
        """Folded token ``i`` without its article (empty outside the unit or for punctuation)."""
        if 0 <= i < len(self.tokens) and self.tokens[i].kind == "word":
            return strip_article(fold(self.tokens[i].text))
        return ""

    def neighbour_key(self, i: int) -> str:
        if 0 <= i < len(self.tokens) and self.tokens[i].kind == "word":
            w = fold(self.tokens[i].text)
            return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
        return ""

    def run(self, matches: list[Match], spans: list[Span]) -> None:
        amounts = self.amounts(matches)
        if amounts:
            spans = [s for s in spans if amounts.isdisjoint(range(s.first, s.last + 1))]
        matches = [m for m in matches if self.accept(m, spans)]
        shared = homographs()
        matches = [self.read_homograph(m, shared) if len(m.entries) > 1 and m.entries[1].name in shared else m
                   for m in matches]
        head_adjectives = self.headed_nationalities(matches)
        if head_adjectives:
            matches = [m for m in matches if not any(h.first < m.first <= h.last for h in head_adjectives)]
            spans = [s for s in spans if not any(h.first <= s.last and s.first <= h.last for h in head_adjectives)]
            spans += head_adjectives
        spans = spans + self.headed_bodies(matches, spans)  # (a new list: the caller's stays as it was)
        quoted = self.quoted_names(matches)
        if quoted:
            spans = [s for s in spans if not any(q.first <= s.last and s.first <= q.last for q in quoted)] + quoted
        # ANERcorp's MISC mixes currencies, religions and products: too loose to name an entity;
        # a one-word span that is one of the commonest words is a tagger slip.
        stop, labels = name_stop_keys(), genre_label_keys()
        spans = [Span(s.first + 1, s.last, s.type) if s.first < s.last and self.lex.keys.key(
            self.texts[s.first]) in labels else s for s in spans]  # ريبورتاج موفدي: a label, then the name
        spans = [s for s in spans if s.type != "MISC"
                 and not (s.first == s.last and self.lex.keys.key(self.tokens[s.first].text) in stop)]
        items = sorted([(m.first, m.last, m) for m in matches]
                       + [(s.first, s.last, s) for s in spans if not self._overlaps(s, matches)],
                       key=lambda x: x[0])
        items = [self.with_head(first, last, item) for first, last, item in items]
        skip_until = -1
        for idx, (first, last, item) in enumerate(items):
            if first <= skip_until:
                continue
            nxt = items[idx + 1][2] if idx + 1 < len(items) else None
            nxt = nxt if nxt is not None and items[idx + 1][0] == last + 1 else None
            used = self.item(item, nxt, items[idx + 1:])
            skip_until = max(skip_until, used)

    def read_homograph(self, m: Match, shared: dict[str, Homograph]) -> Match:
        """One spelling, several places (عمان: Oman or Amman): the marks the text writes decide, else a
        word just before (مدينة عمان), else the paragraph's words (الأردن); else the lexicon order."""
        readings = [e for e in m.entries if e.name in shared]
        word = self.texts[m.first]
        before = self.lex.keys.key(self.texts[m.first - 1]) if m.first > 0 else ""
        chosen = [e for e in readings if shared[e.name].spelled and shared[e.name].spelled in word] \
            or [e for e in readings if before in shared[e.name].before]
        if not chosen:
            keys = {self.lex.keys.key(t.text) for t in self.tokens if t.kind == "word"}
            chosen = [e for e in readings if not keys.isdisjoint(shared[e.name].near)]
        if len(chosen) != 1 or chosen[0] is m.entries[0]:
            return m
        return Match(m.first, m.last, (chosen[0], *(e for e in m.entries if e is not chosen[0])))

    def is_quoted(self, m: Match) -> bool:
        toks = self.tokens
        return m.first > 0 and m.last + 1 < len(toks) and toks[m.first - 1].text in QUOTE_MARKS \
            and toks[m.last + 1].text in QUOTE_MARKS

    def amounts(self, matches: list[Match]) -> set[int]:
        """Tokens of amounts of money (5.62 مليار ريال: a currency after a number or a number word),
        which no name overlaps whatever the tagger read (ريال is Real Madrid in its training data)."""
        out: set[int] = set()
        for m in matches:
            j = m.first - 1
            if m.entry.kind == "misc" and j >= 0 and (
                    self.tokens[j].kind == "number" or fold(self.texts[j]) in folded_word_list("amount_words")):
                out.update(range(j, m.last + 1))
        return out

    def accept(self, m: Match, spans: list[Span]) -> bool:
        """Drop a name that is only part of a longer one, gazetteer towns nothing confirms, and
        MISC names (currencies, religions: the tagger's features, no entity)."""
        if m.entry.kind == "misc":
            return False
        if m.entry.type == "PER" and self.neighbour_key(m.first - 1) in _CONNECTORS:
            return False  # محمد بن راشد inside حمدان بن محمد بن راشد: the tagger's span decides
        if m.entry.group in GAZETTEER_GROUPS and m.first == m.last:
            if self.after_place_noun(m.first):
                return True
            return any(
                s.type in ("LOC", "GPE") and s.first <= m.first and s.last >= m.last for s in spans)
        return True

    @staticmethod
    def _overlaps(span: Span, matches: list[Match]) -> bool:
        return any(not (span.last < m.first or span.first > m.last) for m in matches)

    def item(self, item: Match | Span, nxt: Match | Span | None, rest: list) -> int:
        """Handle one item; return the last token index consumed."""
        if isinstance(item, Span):
            return self.span(item)
        entry = item.entry
        if self.is_quoted(item):  # «الشرق الأوسط»: a quoted name that can be an outlet is the outlet
            entry = next((e for e in item.entries if e.group == "media"), entry)
        kind = entry.kind
        if kind in ("institution", "construct"):
            return self.institution(item, nxt)
        if kind == "title":
            return self.title(item, rest)
        if kind == "capital":
            return self.capital(item)
        if kind in ("people", "demonym") and self.surname_of_named_person(item):
            return item.last
        if kind == "people":
            self.b.add(norp_entity(entry), self.mention(item.first, item.last), entry.country)
            self.cover(item.first, item.last)
            return item.last
        if kind == "demonym":
            before = item.first - 1
            if before not in self.covered or before in self.adjectives:  # after a name it qualifies it
                self.pending.append(("demonym", self.mention(item.first, item.last), entry))
            self.cover(item.first, item.last)
            self.adjectives.update(range(item.first, item.last + 1))
            return item.last
        ent = entity_from_entry(entry)
        first = item.first
        if entry.type == "GPE" and entry.kind != "country" and self.after_place_noun(first):
            first -= 1  # ولاية تبسة, محافظة البصرة: the noun is part of the place's name
        if first + 2 <= item.last and self.tokens[first + 1].text in QUOTE_MARKS and self.is_head(first):
            first += 2  # صحيفة «الواشنطن بوست»: the name inside the quotes is the mention
        if entry.type == "PER":
            first = self.honorific_start(first)
        last = self.qualified_end(item.last, entry.type)
        self.b.add(ent, self.mention(first, last), entry.country, entry.group)
        if entry.type == "PER":  # (a lexicon role is not copied: the role is what this article states)
            self.register_person(ent.id, [t.text for t in self.tokens[item.first:item.last + 1]])
            self.register_person(ent.id, entry.name_ar.split(), curated=True)
        self.cover(item.first, last)
        return last

    def surname_of_named_person(self, item: Match) -> bool:
        """A bare nationality word that is the surname of a person the article named (ويلبر روس …
        وقال روس) is that person; with the article (الروس) it stays the people."""
        word = self.tokens[item.first].text
        pid = None if item.first != item.last or fold(word).startswith("ال") else \
            self.b.aliases.get(person_key([word]))
        if pid is None:
            return False
        self.b.add(self.b.entities[pid], self.mention(self.honorific_start(item.first), item.last))
        self.cover(item.first, item.last)
        return True

    def qualified_end(self, last: int, type_: str) -> int:
        """A body, facility or place name runs on over a nationality adjective right after it
        (صحيفة أوبزرفر البريطانية, جزيرة سقطرى اليمنية), also past the quote that closes the name
        (وكالة أنباء "فارس" الإيرانية); a facility or event over a relational one (سجن صيدنايا
        العسكري, مهرجان كان السينمائي).  The bare name stays the entity's name_ar."""
        nxt = last + 1
        if nxt + 1 < len(self.tokens) and self.texts[nxt] in QUOTE_MARKS and self.tokens[nxt].start == self.tokens[last].end:
            nxt += 1  # a closing mark glued to the name
        if nxt < len(self.tokens):
            key = self.lex.keys.key(self.tokens[nxt].text)
            if type_ in ("ORG", "FAC", "LOC") and key in demonym_keys():
                return nxt
            if type_ == "EVENT" and key in _WHEN_ADJECTIVES:  # الانتخابات البرلمانية الأخيرة
                return nxt
            if type_ in ("FAC", "EVENT") and nxt == last + 1 and self.is_body_adjective(nxt):
                return nxt
        return last

    def institution(self, m: Match, nxt: Match | Span | None) -> int:
        entries = m.entries
        template = entries[0].name
        if isinstance(nxt, Match) and nxt.entry.kind in ("demonym", "country") and nxt.entry.country:
            if nxt.entry.kind == "country" and not any(e.kind == "construct" for e in entries) \
                    and not any(e.kind == "institution" for e in entries):
                return m.last
            iso = nxt.entry.country
            name = institution_name(template, iso)
            words = self.text[self.tokens[m.first].start:self.tokens[nxt.last].end].split(" ")
            ent = Entity(id=entity_id(entries[0].type, name), name=name, type=entries[0].type,
                         name_ar=" ".join(strip_clitic_display(words, self.lex)))
            end = self.qualified_end(nxt.last, "EVENT") if ent.type == "EVENT" else nxt.last
            self.b.add(ent, self.mention(m.first, end), iso)
            if nxt.entry.kind == "country":  # حكومة جنوب السودان: the country is named too
                self.b.add(entity_from_entry(nxt.entry), self.mention(nxt.first, nxt.last), iso)
            self.cover(m.first, end)
            return end
        if entries[0].kind == "institution" and self.is_definite(m.last):
            end = self.qualified_end(m.last, entries[0].type) if entries[0].type == "EVENT" else m.last
            self.pending.append(("institution", self.mention(m.first, end), entries[0]))
            self.cover(m.first, end)
            return end
        return m.last

    def title(self, m: Match, rest: list, guessed: bool = False) -> int:
        """A title followed (within a few tokens, no punctuation) by a person gives that person a role;
        when the tagger found no one there, a name-like run of words is taken (see guess_name)."""
        for first, last, item in rest:
            if first - m.last > _MAX_ROLE_GAP:
                break
            if any(t.kind == "punct" and t.text not in "-\"«»" for t in self.tokens[m.last + 1:first]):
                break
            if self.place_named_like_a_person(item):  # المفوضة الأوروبية سيسيليا مالمستروم
                item = Span(item.first, item.last, "PER")
            if self.is_person(item):
                if self.word_key(first - 1) == "باسم" or self.speaks_for_title_holder(m, first, item, rest):
                    break  # المتحدث باسم X: X is not the speaker
                head = self.construct_head(m.first)
                head = m.first if head < m.first and self.holds_title(item, m, head) else head
                word = self.tokens[head].text  # (وكيل is a head, not و + كيل)
                start = self.tokens[head].start + (
                    0 if fold(word) in folded_word_list("construct_heads") else self.lex.keys.proclitic_length(word))
                role = self.text[start:self.tokens[first - 1].end].strip(" ،,")
                for inner in rest:  # names inside the role (زعيم تنظيم القاعدة) are mentions too
                    if inner[0] >= first:
                        break
                    if not (isinstance(inner[2], Match) and inner[2].entry.kind in ("title", "demonym")):
                        self.item(inner[2], None, [])
                    elif inner[2].entry.kind == "demonym":  # الإعلامي السعودي: a nationality stated
                        self.b.role_countries.append(inner[2].entry.country)
                        self.pending.append(("role-demonym", self.mention(inner[0], inner[1]), inner[2].entry))
                used = self.item(item, None, [])
                pid = self.b.recent[-1] if self.b.recent else None
                if pid and self.b.entities[pid].type == "PER" and not self.b.entities[pid].role:
                    self.b.entities[pid].role = role
                return max(used, last)
        guess = None if guessed else self.guess_name(m, rest)
        if guess is not None:
            return self.title(m, [r for r in rest if r[1] < guess.first] + [(guess.first, guess.last, guess)],
                              guessed=True)
        # a title alone: may be a later mention of a person holding it
        end = m.last
        if rest and rest[0][0] == m.last + 1 and isinstance(rest[0][2], Match) and \
                rest[0][2].entry.kind == "demonym":  # المتحدث العسكري المصري: a nationality stated
            end = rest[0][1]
            self.b.role_countries.append(rest[0][2].entry.country)
            self.pending.append(("role-demonym", self.mention(rest[0][0], end), rest[0][2].entry))
        self.pending.append(("title", self.mention(m.first, end), None))
        return end

    def construct_head(self, first: int) -> int:
        """Where a role begins that a title is the complement of: an indefinite noun of office before
        it (construct_heads.txt: نائب وزير الخارجية, مستشار الرئيس: the name after is the deputy's,
        the adviser's), and كبير before that noun or before a plural noun of people (كبير مستشاري
        الرئيس); else the title itself.  A title with a proclitic (والممثل, للرئيس) is no complement,
        nor one after a word with a pronoun (مواطنه اللاعب: his compatriot, the player)."""
        j = first - 1
        if j < 0 or j in self.covered or self.tokens[j].kind != "word" or self.is_definite(j) \
                or self.texts[j].endswith("ه") or self.lex.keys.proclitic_length(self.texts[first]) \
                or fold(self.texts[first]).startswith("لل"):
            return first
        key = self.lex.keys.key(self.texts[j])
        senior = j > 0 and self.lex.keys.key(self.texts[j - 1]) in _SENIOR
        if key in construct_head_keys():
            return j - 1 if senior else j
        return j - 1 if senior and key in people_plural_keys() else first

    def holds_title(self, item: Match | Span, m: Match, head: int) -> bool:
        """A curated person whose lexicon role has the title's words but not the head noun before it
        (شي جين بينغ, الرئيس الصيني): the title is theirs, not the head's."""
        if not isinstance(item, Match) or not item.entry.role:
            return False
        role = {self.lex.keys.key(w) for w in item.entry.role.split()}
        return all(self.lex.keys.key(w) in role for w in self.texts[m.first:m.last + 1]) \
            and self.lex.keys.key(self.texts[head]) not in role

    def speaks_for_title_holder(self, m: Match, first: int, item: Match | Span, rest: list) -> bool:
        """A spokesperson's title, باسم and another title, then a curated name (المتحدث باسم المستشارة
        أنغيلا ميركل): the name holds that title and the spokesperson is unnamed.  A name the lexicon
        lacks there (المتحدث باسم حاكم ولاية ننغرهار عطاء الله خوجياني) is more often the spokesperson,
        as is one whose lexicon role speaks for someone (أبو ردينة)."""
        if not isinstance(item, Match) or (item.entry.role and "باسم" in item.entry.role):
            return False
        after = next((i + 1 for i in range(m.first, first) if self.word_key(i) == "باسم"), None)
        return after is not None and any(
            r[0] == after and isinstance(r[2], Match) and r[2].entry.kind == "title" for r in rest)

    def place_named_like_a_person(self, item: Match | Span) -> bool:
        """A place the tagger found after a title, of two or more words none with the article, the
        first name-like: a person the tagger mistyped (a title's holder is a person)."""
        if not isinstance(item, Span) or item.type not in ("GPE", "LOC") or item.last == item.first \
                or self.likeness is None:
            return False
        return not any(self.is_definite(i) for i in range(item.first, item.last + 1)) \
            and self.likeness(self.texts[item.first]) > _NAME_STARTS

    def guess_name(self, m: Match, rest: list) -> Span | None:
        """After a title (وزير الخزانة التركي براءت ألبيراق), the first name-like word without the
        article, and up to two more not clearly unlike a name, make a person."""
        if self.likeness is None:
            return None
        taken = {i for first, last, _ in rest for i in range(first, last + 1)}
        stop = common_keys()

        def free_word(i: int) -> bool:
            t = self.tokens[i]
            return t.kind == "word" and i not in taken and self.lex.keys.key(t.text) not in stop

        j = m.last + 1
        while j < len(self.tokens) and j - m.last <= _MAX_ROLE_GAP:
            t = self.tokens[j]
            if t.kind == "punct" and t.text not in "-\"«»":
                return None
            if j - m.last > _MAX_GUESS_GAP:
                return None
            if free_word(j) and self.could_start_name(j, m):
                k = j
                while k + 1 < len(self.tokens) and k + 1 - j < 3 and free_word(k + 1) \
                        and self.likeness(self.tokens[k + 1].text) > _NAME_CONTINUES:
                    k += 1
                return Span(j, k, "PER")
            j += 1
        return None

    def could_start_name(self, j: int, title: Match) -> bool:
        """A guessed name starts with a name-like word without the article, that is not a word
        with a proclitic (بنعيم reads better as ب + نعيم), nor a finite verb (ورحب الرئيس بالخطاب
        ورأى فيه: the next clause), nor, after an indefinite title (خبير كيميائي), a relational
        adjective."""
        word = self.tokens[j].text
        if self.is_definite(j) or len(word) < 3 or self.likeness(word) <= _NAME_STARTS or reads_as_verb(word):
            return False
        if word[0] in "وفبل" and self.likeness(word[1:]) > self.likeness(word):
            return False
        return not (fold(word).endswith("ي") and not self.is_definite(title.last))

    @staticmethod
    def is_person(item: Match | Span) -> bool:
        if isinstance(item, Span):
            return item.type == "PER"
        return item.entry.type == "PER"

    def capital(self, m: Match) -> int:
        before, after = self.neighbour_key(m.first - 1), self.neighbour_key(m.last + 1)
        verbs = actor_verbs()
        entry = m.entry
        if (before in verbs or after in verbs) and entry.country:
            ent = country_entity(entry.country)
            if ent is not None:
                self.b.add(ent, self.mention(m.first, m.last), entry.country)
                self.cover(m.first, m.last)
                return m.last
        first = m.first - 1 if self.after_place_noun(m.first) else m.first
        self.b.add(entity_from_entry(entry), self.mention(first, m.last), entry.country)
        self.cover(m.first, m.last)
        return m.last

    def conjunction_before_name(self, word: str) -> bool:
        """و/ف glued to a name the tagger found: the word without it looks more like a name."""
        return (self.likeness is not None and len(word) > 3 and word[0] in "وف"
                and self.lex.keys.proclitic_length(word) == 0
                and self.likeness(word[1:]) > self.likeness(word))

    def honorific_start(self, first: int) -> int:
        """Include an honorific right before a name (الملا عمر) in its mention."""
        if first > 0 and first - 1 not in self.covered and \
                fold(self.tokens[first - 1].text) in folded_word_list("honorifics"):
            return first - 1
        return first

    def span(self, s: Span) -> int:
        if s.type in ("PER", "ORG") and self.after_place_noun(s.first) and not self.is_definite(s.first - 1):
            # مدينة سيدي بوزيد, ولاية ماساتشوستس: the tagger's slip (not حاكم الولاية غريغ أبوت)
            s = Span(s.first, s.last, "GPE")
        mention = self.mention(self.honorific_start(s.first) if s.type == "PER" else s.first, s.last)
        words = [t.text for t in self.tokens[s.first:s.last + 1]]
        if self.conjunction_before_name(words[0]) and mention.start == self.tokens[s.first].start:
            words[0] = words[0][1:]  # وسليم الرياحي: the name is سليم الرياحي
            mention = Mention(mention.text[1:], mention.field, mention.paragraph, mention.start + 1,
                              mention.end)
        if s.type == "PER":
            pid = self.b.aliases.get(person_key(words))
            if pid is None:
                name = " ".join(strip_clitic_display(words, self.lex))
                ent = Entity(id=entity_id("PER", name), name=name, type="PER", name_ar=name)
                pid = self.b.add(ent, mention).id
            else:
                self.b.add(self.b.entities[pid], mention)
            self.register_person(pid, words)
        else:
            if len(words) > 3 and words[1] in QUOTE_MARKS:  # بنك "يوني كريديت": named by the quote,
                # which holds the name as written (قاعدة "فالي" is Valley, not ف + الي)
                name = " ".join(w for w in words[2:] if w not in QUOTE_MARKS)
            else:
                name = " ".join(strip_clitic_display(words, self.lex))
            type_ = s.type
            if type_ == "LOC":  # the tagger's LOC: a natural place after جزيرة/نهر/جبل, else a GPE
                type_ = "LOC" if head_type(words[0]) == "LOC" else "GPE"
            last = self.qualified_end(s.last, type_)
            if last != s.last:
                mention = self.mention(s.first, last)
            self.b.add(Entity(id=entity_id(type_, name), name=name, type=type_, name_ar=name), mention)
            self.cover(s.first, last)
            return last
        self.cover(s.first, s.last)
        return s.last

    def register_person(self, pid: str, words: list[str], curated: bool = False) -> None:
        """Full name and surname (:func:`surname_words`) of a person become article-level aliases."""
        if not words:
            return
        self.b.aliases.setdefault(person_key(words), pid)
        surname = surname_words(words, curated)
        if surname:
            self.b.aliases.setdefault(person_key(surname), pid)


def surname_words(words: list[str], curated: bool = False) -> list[str] | None:
    """The surname a person's name ends with: the last word, or بن and the last word (رضوان بن
    صالح → بن صالح).  A name the tagger found may be a title or a description when its first word
    has the article (الرئيس التونسي); a curated one is a name (المنصف المرزوقي → المرزوقي)."""
    keys = [fold(w) for w in words]
    if len(words) < 2 or len(keys[-1]) < 3 or (keys[0].startswith("ال") and not curated):
        return None
    if keys[-2] not in _CONNECTORS:  # (alone, a common word is no surname: صالح, حسن)
        return None if words[-1] in word_list("stopwords") else words[-1:]
    if len(words) >= 3 and keys[-2] in _SURNAME_PREFIXES:
        return words[-2:]
    return None


def person_key(words: list[str]) -> str:
    return " ".join(map(alias_key, words))


def strip_clitic_display(words: list[str], lex: Lexicon) -> list[str]:
    """Words with a leading proclitic removed from the first one (for names shown to people);
    لل (ل + ال) becomes ال again: للقوات → القوات."""
    if not words:
        return words
    first = words[0]
    for i in (0, 1):
        if first[i:i + 2] == "لل" and (i == 0 or first[0] in "وف") and len(first) - i > 4:
            return ["ال" + first[i + 2:], *words[1:]]
    n = lex.keys.proclitic_length(first)
    return [first[n:], *words[1:]]
