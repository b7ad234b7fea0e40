"""From matches to entities: composition, roles, actors, and one entity per referent in an article.

Per text unit, lexicon matches and tagger spans are read left to right:

* a generic institution followed by a nationality adjective or a country name becomes one
  organisation of that country (وزارة الدفاع الروسية → Russian Ministry of Defence);
* a title before a person (وزير الخارجية الروسي سيرغي لافروف) or after it as an apposition
  becomes the person's ``role``; the same title used alone later is a mention of that person
  (:mod:`khabar.entities.roles`);
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
to the one entity that fits (:mod:`khabar.entities.anaphora`).  The article's entities under
construction are a :class:`~khabar.entities.builder.Builder`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import chain

from khabar.arabic import Token
from khabar.arabic.normalize import as_letters
from khabar.arabic.tokenize import TOKEN_TEXT
from khabar.entities.autonames import person_count, voted_name, voted_whole
from khabar.entities.bodies import NAME_BRACKETS, QUOTE_MARKS, Span
from khabar.entities.builder import (
    Builder,
    country_entity,
    entity_from_entry,
    institution_name,
    norp_entity,
    person_key,
    strip_clitic_display,
)
from khabar.entities.capitals import capital_named_as
from khabar.entities.chains import chain_spans
from khabar.entities.clubheads import article_speaks_of_sport, club_spans
from khabar.entities.companies import company_spans
from khabar.entities.cues import (
    READINGS,
    Homograph,
    actor_verbs,
    demonym_countries,
    demonym_keys,
    genre_label_keys,
    head_type,
    homographs,
    list_keys,
    name_stop_keys,
    quoted_name_heads,
    word_cues,
)
from khabar.entities.directions import places_after_directions
from khabar.entities.eponyms import eponym_spans
from khabar.entities.filters import MatchFilter
from khabar.entities.givennames import glued_to_given_name, listed_given_name
from khabar.entities.ids import entity_id
from khabar.entities.keys import alias_key, fold, strip_article
from khabar.entities.leagues import league_spans
from khabar.entities.lexicon import Entry, folded_word_list, press_names, word_list
from khabar.entities.matcher import Lexicon, Match
from khabar.entities.roles import RoleReader
from khabar.entities.sportsenses import in_sport_sense
from khabar.entities.verbtrim import NASAB_FOLDED, name_words, reads_as_verb
from khabar.entities.works import work_title_end
from khabar.model import Entity, Mention
from khabar.towns import designator_rows

#: Adjectives that place an event in time and belong to its name (الانتخابات المقبلة).
_WHEN_ADJECTIVES = frozenset({"اخيره", "مقبله", "سابقه", "ماضيه", "قادمه", "اخير", "مقبل", "سابق", "ماضي"})
#: Features of the shared designators (:func:`khabar.towns.designator_rows`) of a settlement or an
#: area: after one (مدينة, ولاية, محافظة, عاصمة, جزيرة) a gazetteer town is taken even without the
#: tagger's agreement.
SETTLEMENT_FEATURES = frozenset({"city", "region", "capital", "capital_of", "island"})
Unit = tuple[str, int]


@lru_cache(maxsize=1)
def place_noun_keys() -> frozenset[str]:
    """Folded nouns of a settlement or an area, without the article: the shared designators of
    :data:`SETTLEMENT_FEATURES` and ``place_nouns.txt`` (those the table lacks: معتمدية)."""
    words = [w for w, feature, _ in designator_rows() if feature in SETTLEMENT_FEATURES]
    return frozenset(strip_article(fold(w)) for w in [*words, *word_list("place_nouns")])


class UnitLinker(RoleReader, MatchFilter):
    """Reads one text unit's matches and spans and records mentions in the builder."""

    def __init__(self, builder: Builder, lex: Lexicon, unit: Unit, text: str, tokens: list[Token],
                 likeness: Callable[[str], float] | None = None) -> None:
        self.b, self.lex, self.unit, self.text, self.tokens = builder, lex, unit, text, tokens
        self.texts = list(map(TOKEN_TEXT, tokens))  # (an item getter: a named tuple's attribute costs more)
        self.cues = list(map(word_cues, self.texts))  # one cached lookup per token for every scan
        #: each token's clitic readings, and all of the unit's: the scans for a table's words
        #: (club_spans, chain_spans, link_surnames) test the whole unit against it in one C-level pass
        self.readings = list(map(READINGS, self.cues))
        self.unit_readings = frozenset(chain.from_iterable(self.readings))
        self.likeness = likeness  # the tagger's name-likeness of a word, when there is a tagger
        self.pending: list[tuple[str, Mention, object]] = []  # deferred: (what, mention, detail)
        self.covered: set[int] = set()
        self.adjectives: set[int] = set()  # tokens covered by bare nationality adjectives
        self.place_words: set[int] = set()
        self.misc_words: set[int] = set()
        self.named: set[int] = set()  # tokens a lexicon match covers (no plain noun: noun_before)
        self.unsupported: list[Match] = []  # one-word gazetteer towns nothing in the unit confirmed
        self.tagger_people: frozenset[int] = frozenset()  # words the tagger reads alone as a person
        self.clitics: dict[int, int] = {}  # first token -> proclitic letters a match read off (وتل أبيب)
        #: whether the article speaks of sport (clubs named by a head word); the stage sets the
        #: article's answer, read once; alone a unit answers for itself
        self.speaks_of_sport: Callable[[], bool] = lambda: article_speaks_of_sport([tokens])

    def mention(self, first: int, last: int, trim: bool = True) -> Mention:
        start = self.tokens[first].start
        if trim:
            start += self.clitics.get(first) or self.lex.keys.proclitic_length(self.tokens[first].text)
        end = self.tokens[last].end
        return Mention(self.text[start:end], self.unit[0], self.unit[1], start, end)

    def noun_before(self, k: int, definite: bool) -> bool:
        """Token ``k`` may be a plain noun a relational adjective qualifies (نظام شمسي, الفيلم
        الأفريقي: see :func:`qualifies_noun`): no name or title a lexicon reads, no head noun
        (المعهد الرشيدي, فريق حماقي: a body's name), and without the article no place noun (مدينة
        كوباني, بولاية تنيسي), given name or word after one (منة شلبي, علي ناطق نوري) or word
        opening with و or ف (وعلق حماقي)."""
        return k not in self.named and not self.is_head(k) and (definite or not (
            self.lex.keys.key(self.texts[k]) in place_noun_keys() or self.texts[k][:1] in ("و", "ف")
            or fold(self.texts[k]) in name_words() or k > 0 and fold(self.texts[k - 1]) in name_words()))

    def cover(self, first: int, last: int) -> None:
        self.covered.update(range(first, last + 1))

    def after_place_noun(self, i: int) -> bool:
        """Token ``i`` follows a place noun (مدينة, ولاية, محافظة ...) not yet read as anything else."""
        nouns = place_noun_keys()
        return i - 1 not in self.covered and (self.neighbour_key(i - 1) in nouns or self.word_key(i - 1) in nouns)

    def after_facility_head(self, i: int) -> bool:
        """Token ``i``, with no proclitic, follows the construct form of a facility's head noun
        (``org_heads.tsv`` FAC: مطار حائل, ميناء ينبع): the facility is named after the town."""
        head = i - 1
        return head >= 0 and self.tokens[head].kind == "word" and head_type(self.texts[head]) == "FAC" \
            and not self.is_definite(head) and not self.lex.keys.proclitic_length(self.texts[i])

    def place_name_head(self, i: int) -> bool:
        """Token ``i``, past any proclitic, opens place names (``place_name_heads.txt``: سيدي, بئر)."""
        word = self.texts[i]
        return self.lex.keys.fold_past_proclitics(word) in folded_word_list("place_name_heads")

    def ends_a_name(self, s: Span) -> bool:
        """The span's words close the name of a person the article has named (أولاد جبريل after عماد
        أولاد جبريل: his family name, not the locality)."""
        keys = [alias_key(t) for t in self.texts[s.first:s.last + 1]]
        return any(e.type == "PER" and len(words := m.text.split()) > len(keys)
                   and [alias_key(w) for w in words[-len(keys):]] == keys
                   for e in self.b.entities.values() for m in e.mentions)

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
        self.clitics = {m.first: m.clitic for m in matches if m.clitic}
        self.clitics.update((s.first, s.clitic) for s in spans if s.clitic)
        amounts = self.amounts(matches)
        if amounts:
            spans = [s for s in spans if amounts.isdisjoint(range(s.first, s.last + 1))]
        self.place_words = {i for m in matches if m.entry.type in ("GPE", "LOC") for i in range(m.first, m.last + 1)}
        self.misc_words = {i for m in matches if m.entry.kind == "misc" for i in range(m.first, m.last + 1)}
        matches = [m for m in matches if self.accept(m, spans) and not self.opens_nasab(m)]
        shared = homographs()
        matches = [self.read_homograph(m, shared) if len(m.entries) > 1 and m.entries[1].name in shared else m
                   for m in matches]
        eponyms = eponym_spans(self, matches)
        if eponyms:  # جامعة الملك سعود: the title and the name are the body's, not a role and a person
            matches = [m for m in matches if not any(e.first <= m.last and m.first <= e.last for e in eponyms)]
            spans = [rest for s in spans for rest in after_eponyms(s, eponyms)] + eponyms
        matches, spans = club_spans(self, matches, spans)  # استقلال طهران: a club, not a town
        matches, spans = league_spans(self, matches, spans)  # دوري الدرجة الثالثة التركي: one league
        matches, spans = company_spans(self.text, self.texts, matches, spans)  # كاسبرسكي لاب: the company
        matches, spans, inner = chain_spans(self, matches, spans)  # مديرية أمن شمال سيناء: one body
        matches, spans = places_after_directions(self, matches, spans)  # جنوب الشيخ زويد: a town
        matches = in_sport_sense(matches, self.texts, self.speaks_of_sport)  # (الاتحاد الإفريقي: CAF)
        self.clitics.update((s.first, s.clitic) for s in spans if s.clitic)  # (ونجم المتلوي)
        matches += self.senior_titles(matches)
        head_adjectives = self.headed_nationalities(matches)
        if head_adjectives:  # (المجموعة الفرنسية تاليس: the name after is the body; no other one)
            body_starts = {m.first for m in matches if m.entry.type == "ORG" and m.entry.kind == "named"}
            body_starts.update(s.first for s in spans if s.type == "ORG")
            head_adjectives = [h for h in head_adjectives if h.last + 1 not in body_starts
                               or self.texts[h.last + 1].startswith(("و", "ف"))]  # (a conjunct: والبنك)
        if head_adjectives:
            matches = [m for m in matches if not any(h.first < m.first <= h.last for h in head_adjectives)]
            spans = [s for s in spans if not any(h.first <= s.last and s.first <= h.last for h in head_adjectives)]
            spans += head_adjectives
        bodies = self.headed_bodies(matches, spans)
        if bodies:  # (an institution read in a body's remit is the body's: الهيئة العليا للانتخابات)
            matches = [m for m in matches if not any(b.first < m.first and m.last <= b.last for b in bodies)]
        self.clitics.update((s.first, s.clitic) for s in [*head_adjectives, *bodies] if s.clitic)
        spans = spans + bodies  # (a new list: the caller's stays as it was)
        quoted = self.quoted_names(matches)
        if quoted:
            spans = [s for s in spans if not any(q.first <= s.last and s.first <= q.last for q in quoted)] + quoted
            # (a known name inside a longer quoted one is part of it: حزب "اليسار الجمهوري في كاتالونيا")
            matches = [m for m in matches if not any(q.first < m.first and m.last <= q.last for q in quoted)]
        # ANERcorp's MISC mixes currencies, religions and products: too loose to name an entity.
        stop, labels = name_stop_keys(), genre_label_keys()
        self.named = {i for m in matches for i in range(m.first, m.last + 1)}
        spans = [Span(s.first + 1, s.last, s.type) if s.first < s.last and self.lex.keys.key(
            self.texts[s.first]) in labels else s for s in spans]  # ريبورتاج موفدي: a label, then the name
        spans = [s for s in spans if s.type != "MISC" and not (s.first == s.last and self.one_word_slip(s, stop))]
        items = sorted([(m.first, m.last, m) for m in matches]
                       + [(s.first, s.last, s) for s in spans if not self._overlaps(s, matches)],
                       key=lambda x: x[0])
        items = [self.with_head(first, last, item) for first, last, item in items]
        self.clitics.update((it.first, it.clitic) for _, _, it in items if isinstance(it, Span) and it.clitic)
        skip_until = -1
        for idx, (first, last, item) in enumerate(items):
            if first <= skip_until:
                continue
            nxt = items[idx + 1][2] if idx + 1 < len(items) else None
            nxt = nxt if nxt is not None and items[idx + 1][0] == last + 1 else None
            used = self.item(item, nxt, items[idx + 1:])
            skip_until = max(skip_until, used)
        for item in sorted(inner, key=lambda it: it.first):  # (the place in the body's name: سيناء)
            self.item(item, None, [])

    def opens_nasab(self, m: Match) -> bool:
        """A nationality adjective or people's name without the article right before بن/ابن/بنت is a
        given name opening a chain of fathers' names (الأمير تركي بن بدر: no Turk)."""
        return m.entry.kind in ("demonym", "people") and m.last + 1 < len(self.texts) \
            and not self.is_definite(m.last) and fold(self.texts[m.last + 1]) in NASAB_FOLDED

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

    def press_outlet(self, m: Match) -> Entry | None:
        """The outlet a quoted place is the paper's name of (ل«الرياض»: صحيفة الرياض in media.tsv; a
        quoted club, «الاتحاد», stays the club), after a bare preposition or a verb (قالت «مكة»; not
        after a noun it names: فرقة “مكة” is Mecca's troupe)."""
        before = self.texts[m.first - 2].rstrip("ـ") if m.first > 1 else ""
        if m.entry.type not in ("GPE", "LOC") or len(before) > 1 and not reads_as_verb(before):
            return None
        return press_keys(self.lex).get(tuple(map(self.lex.keys.key, self.texts[m.first:m.last + 1])))

    @staticmethod
    def _overlaps(span: Span, matches: list[Match]) -> bool:
        return any(not (span.last < m.first or span.first > m.last) for m in matches)

    def item(self, item: Match | Span, nxt: Match | Span | None, rest: list) -> int:
        """Handle one item; return the last token index consumed."""
        if isinstance(item, Span):
            return self.span(item)
        entry = item.entry
        if self.is_quoted(item):  # «الشرق الأوسط»: a quoted name that can be an outlet is the outlet
            entry = next((e for e in item.entries if e.group == "media"), None) or self.press_outlet(item) or entry
        kind = entry.kind
        if kind in ("institution", "construct"):
            return self.institution(item, nxt)
        if kind == "title":
            if item.first == item.last and self.sport_sense(item.first):
                return item.last  # قائد الفريق أنطونيو فالنسيا: the team's captain, no rank
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
            if before >= 0 and before not in self.covered and entry.country and self.tokens[before].kind == "word" \
                    and self.is_definite(before) and self.lex.keys.key(self.texts[before]) in list_keys("country_nouns"):
                country = country_entity(entry.country)  # البلاد التونسية: the country itself
                if country is not None:
                    self.b.add(country, self.mention(before, item.last), entry.country)
                    self.cover(before, item.last)
                    return item.last
            if before not in self.covered or before in self.adjectives:  # after a name it qualifies it
                self.pending.append(("demonym", self.mention(item.first, item.last), entry))
            self.cover(item.first, item.last)
            self.adjectives.update(range(item.first, item.last + 1))
            return item.last
        capital = capital_named_as(entry, self.texts[item.first - 1]) if item.first > 0 else None
        entry = capital or entry  # (مدينة الكويت: Kuwait City)
        ent = entity_from_entry(entry)
        first = item.first
        if entry.type == "GPE" and entry.kind != "country" and self.after_place_noun(first) \
                and not (self.texts[first][0] in "بلك" and self.lex.keys.proclitic_length(self.texts[first])):
            first -= 1  # ولاية تبسة, محافظة البصرة: the noun is part of the place's name (not المدينة بألاباما)
        if first + 2 <= item.last and self.tokens[first + 1].text in QUOTE_MARKS and self.is_head(first):
            first += 2  # صحيفة «الواشنطن بوست»: the name inside the quotes is the mention
        if entry.type == "PER":
            first = self.honorific_start(first)
        last = self.qualified_end(first, item.last, entry.type)
        if last > item.last and any(f == last + 1 and _is_person(it) for f, _, it in rest) \
                and demonym_countries().get(self.lex.keys.key(self.texts[last])) != entry.country:
            last = item.last  # رئيس الاتحاد الدولي لكرة القدم السويسري جياني إنفانتينو: the president is
            # Swiss (a body of that country keeps it: مدرب ليفربول الإنجليزي يورغن كلوب)
        national = self.national_counterpart(entry, first, last)
        if national is not None:  # اللجنة الأولمبية الكويتية: not the international committee
            ent, country = national
            self.b.add(ent, self.mention(first, last), country)
            self.cover(item.first, last)
            return last
        added = self.b.add(ent, self.mention(first, last), entry.country, entry.group)
        if entry.type == "PER":  # (a lexicon role is not copied: the role is what this article states)
            self.rank_in_name(added, first)
            self.b.register_person(ent.id, [t.text for t in self.tokens[item.first:item.last + 1]])
            self.b.register_person(ent.id, entry.name_ar.split(), curated=True)
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

    def qualified_end(self, first: int, last: int, type_: str) -> int:
        """A body, facility or place name runs on over a nationality adjective right after it
        (صحيفة أوبزرفر البريطانية, جزيرة سقطرى اليمنية), also past the quote that closes the name
        when the mention holds the one that opens it (وكالة أنباء "فارس" الإيرانية; not a mention
        inside the quotes: منظمة "بتسيلم" الإسرائيلية is بتسيلم); a facility or event over a
        relational one (سجن صيدنايا العسكري, مهرجان كان السينمائي).  The bare name stays the entity's name_ar."""
        nxt = last + 1
        if nxt + 1 < len(self.tokens) and self.texts[nxt] in QUOTE_MARKS and self.tokens[nxt].start == self.tokens[last].end:
            if not any(self.texts[k] in QUOTE_MARKS for k in range(first, last + 1)):
                return last  # the mention is the name inside the quotes
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

    def national_counterpart(self, entry: Entry, first: int, last: int) -> tuple[Entity, str] | None:
        """A body of the lexicon named with a nationality adjective not its own (اللجنة الأولمبية
        الكويتية after the International Olympic Committee's alias, الاتحاد الكويتي): that
        country's body of the name, an entity of its own named as written."""
        if entry.type != "ORG" or last == first or self.tokens[last].kind != "word":
            return None
        country = demonym_countries().get(self.lex.keys.key(self.texts[last]))
        if country is None or country == entry.country:
            return None
        words = self.text[self.tokens[first].start:self.tokens[last].end].split(" ")
        name = " ".join(strip_clitic_display(words, self.lex))
        return Entity(id=entity_id("ORG", name), name=name, type="ORG", name_ar=name), country

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
            end = self.qualified_end(m.first, nxt.last, "EVENT") if ent.type == "EVENT" else nxt.last
            self.b.add(ent, self.mention(m.first, end), iso)
            if nxt.entry.kind == "country":  # حكومة جنوب السودان: the country is named too
                self.b.add(entity_from_entry(nxt.entry), self.mention(nxt.first, nxt.last), iso)
            self.cover(m.first, end)
            return end
        if entries[0].kind == "institution" and self.is_definite(m.last):
            end = self.qualified_end(m.first, m.last, entries[0].type) if entries[0].type == "EVENT" else m.last
            self.pending.append(("institution", self.mention(m.first, end), entries[0]))
            self.cover(m.first, end)
            return end
        return m.last

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

    def conjunction_before_name(self, word: str, person: bool) -> bool:
        """و/ف glued to a name the tagger found: the word without it looks more like a name; or,
        before a person's name, و/ف/ل/ب before a word the corpus votes a name more often than the
        whole (لروميرو, لميسي; not بو, a Maghrebi name's first letters: بوحمدان), or و before a
        listed given name that is none as written (وسامر: :func:`glued_to_given_name`); never a listed given
        name itself (وسام, وليد).  A PDF copy's
        word is read by its letters, unless a ligature holds the first (ﻻ: no letter to cut off)."""
        if as_letters(word[:1]) != word[:1]:
            if len(as_letters(word[:1])) != 1:
                return False
            word = as_letters(word)
        if self.likeness is None or len(word) <= 3 or word[0] not in "وفلب" or self.lex.keys.proclitic_length(word):
            return False
        if listed_given_name(word):
            return False  # (وسام العابدي: not و + سام, though the corpus votes سام a name more often)
        if person and person_key([word]) in self.b.aliases:
            return False  # (بارزاني after مسعود بارزاني: the name as the article wrote it, not ب + ارزاني)
        if person and (glued_to_given_name(word) or not word.startswith("بو") and voted_name(word[1:])
                       and person_count(word[1:]) > person_count(word)):
            return True
        return word[0] in "وف" and self.likeness(word[1:]) > self.likeness(word) and not voted_whole(word, 1)

    def conjunction_before_person(self, first: int, words: list[str]) -> bool:
        """و/ف glued to a person's name the article has read already (ومعوش after محمد معوش), or و
        opening the next name of a list after a comma or right after a person's name (ريمون كوبا،
        وجوست فونتين; جيانا غنطوس وصفاء سعد) where the whole word looks hardly more like a name
        than the rest (not والتر, ويليام): the conjunction, unless the word is a listed given name (وسام)."""
        word = words[0]
        if word[:1] not in "وف" or len(word) <= 3 or listed_given_name(word):
            return False
        if person_key(words) not in self.b.aliases and person_key([word[1:], *words[1:]]) in self.b.aliases:
            return True
        return word[0] == "و" and len(word) > 4 and first > 0 \
            and (self.texts[first - 1] in ("،", ",") or self.after_person(first)) \
            and self.likeness is not None and not person_count(word) \
            and self.likeness(word) - self.likeness(word[1:]) < _GLUED_LIKENESS_GAIN

    def after_person(self, first: int) -> bool:
        """Token ``first`` comes right after the mention of a person this unit last recorded."""
        ent = self.b.entities.get(self.b.recent[-1]) if self.b.recent else None
        if ent is None or ent.type != "PER":
            return False
        last = ent.mentions[-1]
        return last.end == self.tokens[first - 1].end and (last.field, last.paragraph) == self.unit

    def whole_name_word(self, word: str) -> bool:
        """A person's first word that the segmenter reads as a proclitic and a stem but the corpus
        tagger read as a person more often whole than without the letter (فريد, not ف + ريد; بسام,
        وليد; but وسليم is و + سليم), or that is a listed given name (وسام): the letter is part of the name."""
        n = self.lex.keys.proclitic_length(word)
        return bool(n) and (voted_whole(word, n) or listed_given_name(word))

    def honorific_start(self, first: int) -> int:
        """Include an honorific right before a name (الملا عمر) in its mention; not one before a
        conjoined honorific opening the name (الملك والأمير محمد بن سلمان: the king is another person)."""
        honorifics = folded_word_list("honorifics")
        word = self.tokens[first].text
        if word[:1] in "وف" and fold(word[1:]) in honorifics:
            return first
        if first > 0 and first - 1 not in self.covered and \
                fold(self.tokens[first - 1].text) in honorifics and not self.sport_sense(first - 1):
            return first - 1
        return first

    def person_run_into(self, s: Span) -> str | None:
        """The other person whose known surname a person's span of three words or more ends with
        after a name the article has read: two people, the second the object or the next of a list."""
        if s.last - s.first < 2:
            return None
        words = self.texts[s.first:s.last + 1]
        last = person_key(words[-1:])
        head, tail = self.b.aliases.get(person_key(words[:-1])), self.b.aliases.get(last, self.b.common_surnames.get(last))
        return tail if head is not None and tail is not None and head != tail else None

    def sport_sense(self, i: int) -> bool:
        """Token ``i`` is a title that is a sport word where the article speaks of sport
        (``sport_sense_titles.txt``: نجم الفريق بول بوغبا is the team's star)."""
        return fold(self.tokens[i].text) in folded_word_list("sport_sense_titles") and self.speaks_of_sport()

    def span(self, s: Span) -> int:
        title_end = work_title_end(self.texts, s.first, s.last, s.type)
        if title_end is not None:  # برنامج بوليتيكا, مسلسل "طايع": a work's title, not a place or a person
            s = Span(s.first, title_end, "PRODUCT")
        if s.type in ("PER", "ORG") and self.after_place_noun(s.first) and not self.is_definite(s.first - 1):
            # مدينة سيدي بوزيد, ولاية ماساتشوستس: the tagger's slip (not حاكم الولاية غريغ أبوت)
            s = Span(s.first, s.last, "GPE")
        if s.type == "PER" and s.last == s.first + 1 and self.place_name_head(s.first) and not self.ends_a_name(s) \
                and not self.is_listed_head(s.first - 1, "person_prize_heads"):  # (جائزة أولاد أحمد: the poet's)
            s = Span(s.first, s.last, "GPE")  # بسيدي علوان, بئر عمير: a place named after a saint or a word
        if s.type == "PER" and (other := self.person_run_into(s)) is not None:
            # وتتهم مانيجولت نيومان ترامب: the object is another person
            self.span(Span(s.first, s.last - 1, s.type, s.clitic))
            self.b.add(self.b.entities[other], self.mention(s.last, s.last))
            self.cover(s.last, s.last)
            return s.last
        if s.type == "PER" and s.first < s.last and fold(self.texts[s.first]) in folded_word_list("honorifics"):
            s = Span(s.first + 1, s.last, s.type)  # العقيد دكتور عاطي القرشي: دكتور is no word of the name
        whole = s.type == "PER" and self.whole_name_word(self.texts[s.first])
        first = self.honorific_start(s.first) if s.type == "PER" else s.first
        written_head = s.type != "PER" and fold(self.texts[s.first]) in quoted_name_heads()  # (فرقة: no ف + رقة)
        mention = self.mention(first, s.last, trim=not (whole and first == s.first or written_head))
        words = [t.text for t in self.tokens[s.first:s.last + 1]]
        if not self.is_head(s.first) and mention.start == self.tokens[s.first].start and (
                self.conjunction_before_name(words[0], s.type == "PER")
                or s.type == "PER" and not whole and self.conjunction_before_person(s.first, words)):
            words[0] = words[0][1:]  # وسليم الرياحي: the name is سليم الرياحي
            mention = Mention(mention.text[1:], mention.field, mention.paragraph, mention.start + 1,
                              mention.end)
            whole = True  # (read off already: ووسام is وسام, not و + سام)
        elif s.clitic and mention.start > self.tokens[s.first].start:
            words[0] = words[0][s.clitic:]  # a name split off another at its proclitic (وسيد مكاوي)
            whole = True  # (read off already: ولبنى is لبنى, not ل + بنى)
        if s.type == "PER":
            cut = mention.start - self.tokens[s.first].start
            if 0 < cut < len(words[0]) and words[0] == self.tokens[s.first].text and len(words) > 1:
                # (بأبي غادة: keyed as the mention reads, past its proclitic; not a one-word span, whose
                # key would then take every bare repeat of the word: بتفجير, then تفجير ...)
                words[0] = words[0][cut:]
                whole = True
            pid = self.b.aliases.get(person_key(words))
            if pid is None:
                name = " ".join(words if whole else strip_clitic_display(words, self.lex))
                ent = Entity(id=entity_id("PER", name), name=name, type="PER", name_ar=name)
                pid = self.b.add(ent, mention).id
            else:
                self.b.add(self.b.entities[pid], mention)
            self.b.register_person(pid, words)
        else:
            if len(words) > 3 and (words[1] in QUOTE_MARKS or words[1] in NAME_BRACKETS):
                # بنك "يوني كريديت", موقع (إنفو وورز): named by the quote or the brackets, which hold the
                # name as written (قاعدة "فالي" is Valley, not ف + الي)
                name = " ".join(w for w in words[2:] if w not in QUOTE_MARKS and w not in NAME_BRACKETS)
            else:
                name = " ".join(strip_clitic_display(words, self.lex))
            type_ = s.type
            if type_ == "LOC":  # the tagger's LOC: a natural place after جزيرة/نهر/جبل, else a GPE
                type_ = "LOC" if head_type(words[0]) == "LOC" else "GPE"
            last = self.qualified_end(s.first, s.last, type_)
            if last != s.last:
                mention = self.mention(s.first, last, trim=not written_head)
            self.b.add(Entity(id=entity_id(type_, name), name=name, type=type_, name_ar=name), mention)
            self.cover(s.first, last)
            return last
        self.cover(s.first, s.last)
        return s.last


#: How much more name-like (the tagger's likeness) a word after a list's comma may look with its و
#: than without it and still be read as و + a name (وجوست: +0.1; والتر: +16.5, ويليام: +7.1).
_GLUED_LIKENESS_GAIN = 2.0


def _is_person(item: Match | Span) -> bool:
    return item.type == "PER" if isinstance(item, Span) else item.entry.type == "PER"


@lru_cache(maxsize=1)
def press_keys(lex: Lexicon) -> dict[tuple[str, ...], Entry]:
    """:func:`press_names` by the lexicon's word keys."""
    return {tuple(map(lex.keys.key, name.split())): e for name, e in press_names().items() if e is not None}


def after_eponyms(span: Span, eponyms: list[Span]) -> list[Span]:
    """The span, or what of it runs on past the eponym it overlaps (مستشفى الملك خالد | محمد النشمي:
    the tagger's الملك خالد محمد النشمي leaves the director's name)."""
    hit = next((e for e in eponyms if e.first <= span.last and span.first <= e.last), None)
    if hit is None:
        return [span]
    # (one word left over is the tagger's slip onto the next word: جامع الملك فيصل | بأبها)
    return [Span(hit.last + 1, span.last, span.type)] if span.last > hit.last + 1 else []
