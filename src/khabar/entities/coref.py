"""Article-level linking, once every text unit has been read: nationality adjectives, bare
institution heads and bare titles (:func:`resolve_pending`), repeated surnames
(:func:`link_surnames`, :func:`merge_early_surnames`, :func:`merge_first_names`), short names of bodies
(:func:`merge_short_bodies`) and nominal anaphors (:func:`link_anaphors`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import compress
from operator import not_

from khabar.arabic import Token
from khabar.entities.anaphora import (
    Antecedents,
    anaphor_tokens,
    body_fits,
    is_head,
    refers,
    same_nationality,
    title_antecedent,
)
from khabar.entities.autonames import voted_name
from khabar.entities.builder import (
    Builder,
    country_entity,
    has_article,
    institution_name,
    norp_entity,
    one_chamber,
    particle_surname,
    person_key,
    surname_words,
)
from khabar.entities.cliticsplit import written_names
from khabar.entities.cues import READINGS, countries_by_iso, demonym_keys, name_stop_keys, org_heads
from khabar.entities.ids import entity_id
from khabar.entities.keys import alias_key, fold, proclitics_before, strip_article
from khabar.entities.lexicon import Entry, compound_name_words, word_list
from khabar.entities.linking import UnitLinker
from khabar.entities.matcher import lexicon
from khabar.entities.statenouns import state_named
from khabar.entities.verbtrim import NASAB_FOLDED, reads_as_verb
from khabar.model import Entity, Mention

#: Marks around a body's short name after its name: brackets and quotes.
_OPENERS, _CLOSERS = frozenset('("«“'), frozenset(')"»”')


def resolve_pending(b: Builder, pendings: list[tuple[str, Mention, object]],
                    order: Callable[[Mention], tuple], units: dict[tuple[str, int], str] | None = None,
                    home: str | None = None) -> None:
    """Demonyms, bare institutions and bare titles, once every unit has been read (``units``: the
    text of each unit, where a bare title is read; ``home``: the country the article is written
    from, :mod:`khabar.entities.home`)."""
    adjectives = [d.country for what, _, d in pendings if what == "demonym"]
    # a bare body is the home country's where the article names it enough; an event is where it took place
    main, body_main = dominant_country(b, adjectives), dominant_country(b, adjectives, home)
    # (role nationalities are already counted in b.role_countries)
    # looked up once per article and kept up to date as mentions are added, not rebuilt for each
    # bare head or title: a long page repeating one sentence made that grow with the square of its length
    latest = _LatestEntities(b.recent)
    named = _FoldedMentions()
    ants = Antecedents(b.entities, order, units)
    places = _PlacesAfter(b, units or {})

    def add(ent: Entity, mention: Mention, country: str | None = None) -> None:
        b.add(ent, mention, country)
        ants.note(mention)

    for what, mention, detail in sorted(pendings, key=lambda p: order(p[1])):
        if what in ("demonym", "role-demonym"):
            entry = detail
            country = country_entity(entry.country) if entry.country else None
            if country is not None and country.id in b.entities:
                add(b.entities[country.id], mention)
            elif what == "role-demonym":  # a person's stated nationality
                add(norp_entity(entry), mention, entry.country)
            # otherwise a bare adjective (مسؤول أمريكي) names no one in particular
        elif what == "institution":
            template = detail.name
            # a body named with its place (وزارة الصحة في غزة) is that place's, whatever came before
            after = places.country_after(mention) if detail.alone else None
            target = next((eid for eid in latest.ids() if b.entities[eid].type == detail.type
                           and _same_template(b.entities[eid].name, template, b.country_of.get(eid))), None) \
                or _sole_body_named_with(b, detail, mention, units or {}, named)
            if after and target is not None and b.country_of.get(target) != after:
                target = None  # (the body named before is another country's)
            if target is not None:
                add(b.entities[target], mention)
                continue
            country = after or (body_main if detail.type == "ORG" else main)
            if (detail.alone and country) or detail.name_ar.count(" ") >= 2:
                # a full body name (الهيئة العامة للاستثمار) is a body with no country known too: the
                # generic one, never a country's (several states have one of that name)
                iso = country if detail.alone else None
                name = institution_name(template, iso)
                # (the head as listed: the mention may carry a proclitic, للبرلمان)
                add(Entity(id=entity_id(detail.type, name), name=name, type=detail.type,
                           name_ar=detail.name_ar), mention, iso)
            elif detail.alone and detail.type == "ORG" and " " in detail.name_ar:
                # no country to give it (no home, none named twice): a body of two words or more
                # (وزارة التعليم, مجلس النواب) is still a body, named as listed in Arabic, no country's
                add(Entity(id=entity_id("ORG", detail.name_ar), name=detail.name_ar, type="ORG",
                           name_ar=detail.name_ar), mention)
        elif what == "title":
            if not refers(mention.text.split()):
                continue  # رئيس المجلس after another name: an indefinite one-word title names no one
            key = person_key(mention.text.split())
            ent = next((e for e in b.entities.values()
                        if e.type == "PER" and e.role and person_key(e.role.split()) == key), None)
            ent = ent or title_antecedent(ants, mention)
            if ent is not None:
                add(ent, mention)


#: What joins a bare body to the place it serves: في (وزارة الصحة في غزة).
_IN = " في "


class _PlacesAfter:
    """The country of a place named right after a bare body with في: وزارة الصحة في غزة is the
    Palestinian ministry whichever country the article names most.  The places' mentions are
    indexed by position once, on the first bare body followed by في."""

    def __init__(self, b: Builder, units: dict[tuple[str, int], str]) -> None:
        self.b, self.units = b, units
        self.at: dict[tuple[str, int, int], str] | None = None

    def country_after(self, mention: Mention) -> str | None:
        text = self.units.get((mention.field, mention.paragraph), "")
        if not text.startswith(_IN, mention.end):
            return None
        if self.at is None:
            self.at = {(m.field, m.paragraph, m.start): iso for eid, iso in self.b.country_of.items()
                       if iso and self.b.entities[eid].type in ("GPE", "LOC")
                       for m in self.b.entities[eid].mentions}
        iso = self.at.get((mention.field, mention.paragraph, mention.end + len(_IN)))
        return iso if iso in countries_by_iso() else None  # (a country the lexicons lack: no name for it)


class _LatestEntities:
    """The entity ids of a builder's reading order (``recent``, appended to as mentions are
    added), each once, latest mentioned first: what a scan back through ``recent`` meets first."""

    def __init__(self, recent: list[str]) -> None:
        self.recent = recent
        self.read = 0
        self.last: dict[str, None] = {}  # ids in order of their last mention

    def ids(self) -> Iterator[str]:
        for eid in self.recent[self.read:]:
            self.last.pop(eid, None)
            self.last[eid] = None
        self.read = len(self.recent)
        return reversed(self.last)


class _FoldedMentions:
    """Each entity's mention texts read by ``key`` (folded; :func:`_headless` for the text without a
    head noun), each distinct text once, each mention read once (an entity's mentions are only
    appended to, by :meth:`Builder.add` and :meth:`Builder.merge`: a merge's are read on the next ask)."""

    def __init__(self, key: Callable[[str, str], str] = lambda text, _type: fold(text)) -> None:
        self.key = key
        self.texts: dict[str, tuple[int, set[str]]] = {}

    def of(self, ent: Entity) -> set[str]:
        read, texts = self.texts.get(ent.id, (0, set()))
        if read < len(ent.mentions):
            texts.update(self.key(m.text, ent.type) for m in ent.mentions[read:])
            self.texts[ent.id] = (len(ent.mentions), texts)
        return texts

    def opens_with(self, ent: Entity, heads: tuple[str, ...]) -> bool:
        return any(t.startswith(heads) for t in self.of(ent))


def _sole_body_named_with(b: Builder, detail: Entry, mention: Mention, units: dict[tuple[str, int], str],
                          named: _FoldedMentions) -> str | None:
    """The one body of the article the text names with the bare head and more words (الجيش after
    الجيش الإسرائيلي, Israel Defense Forces in the lexicon; البرلمان after البرلمان التركي), if
    only one is; not where an adjective qualifies the bare head (الجيش النظامي: another army)."""
    after = units.get((mention.field, mention.paragraph), "")[mention.end:mention.end + 30].split()
    if detail.type != "ORG" or (after and fold(after[0]).startswith("ال") and fold(after[0]).endswith(("ي", "يه"))):
        return None
    head = fold(detail.name_ar) + " "
    with_clitic = "ل" + head[1:]  # للجيش الإسرائيلي
    found = [e for e in b.entities.values() if e.type == detail.type and named.opens_with(e, (head, with_clitic))]
    return found[0].id if len(found) == 1 else None


def dominant_country(b: Builder, adjectives: list[str | None], home: str | None = None) -> str | None:
    """The country the article names most often (at least twice, adjectives included), if any;
    the ``home`` country where the article names it at least half as often as the leader: a
    Tunisian radio's وزارة الشؤون الخارجية beside five mentions of Yemen and four of Tunisia is
    the Tunisian ministry; and the home where no country is named twice: a local report's
    وزارة التربية, with no country named, is its own country's.  A country the lexicons lack
    (بوروندي, named from the gazetteer) counts too, and where it leads, no country is returned: a
    Saudi paper's report from Burundi names no Saudi army in الجيش."""
    counts: dict[str, int] = {}
    for eid, iso in b.country_of.items():
        ent = b.entities[eid]
        if ent.type in ("GPE", "NORP") and iso:  # (the dateline says where from, not what about)
            counts[iso] = counts.get(iso, 0) + sum(m.field != "dateline" for m in ent.mentions)
    for iso in [*b.role_countries, *adjectives]:
        if iso:
            counts[iso] = counts.get(iso, 0) + 1
    if not counts:
        return home
    iso, n = max(counts.items(), key=lambda kv: kv[1])
    named_home = counts.get(home, 0) if home else 0
    if named_home and 2 * named_home >= n:
        return home
    if n < 2:
        return home
    return iso if iso in countries_by_iso() else None


def _same_template(name: str, template: str, country: str | None = None) -> bool:
    """A body's name is the template's, or what the template makes with the body's country
    (Parliament of {country} in Turkey: its Grand National Assembly, ``one_chamber.tsv``)."""
    core = template.replace("{adj}", "").replace("{country}", "").strip().removesuffix(" of").strip()
    return (bool(core) and core.lower() in name.lower()) or (
        bool(country) and name in one_chamber().values() and institution_name(template, country) == name)


def link_surnames(b: Builder, linker: UnitLinker, min_likeness: float | None = None) -> None:
    """Tokens not yet covered that repeat a person's surname or full name become mentions; with
    ``min_likeness`` (a pass over units read before the name was known) only tokens the tagger
    finds that name-like (the deck's ولافروف, not a common word some name ends with)."""
    if b.common_surnames and linker.tagger_people:
        _link_common_surnames(b, linker)
    aliases = b.aliases
    if not aliases:
        return
    # one pass in C over the readings of the unit's words first: most units repeat no known name
    readings = linker.readings
    if aliases.keys().isdisjoint(linker.unit_readings):
        return
    toks = linker.tokens
    # the tokens with a reading among the aliases, picked in C (adding mentions adds no alias)
    for i in compress(range(len(readings)), map(not_, map(aliases.keys().isdisjoint, readings))):
        if i in linker.covered or toks[i].kind != "word":
            continue
        reads = readings[i]
        if min_likeness is not None and linker.likeness is not None and linker.likeness(toks[i].text) <= min_likeness:
            continue
        r = next(r for r in reversed(reads) if r in aliases)
        ent = b.entities[aliases[r]]
        if toks[i].text in word_list("stopwords") and not _spelt_in_mentions(toks[i].text, ent):
            continue  # أمام (before) only folds like إمام (Adel Emam); ترامب is written as named
        b.add(ent, _alias_mention(linker, i, r))
        linker.cover(i, i)


def _alias_mention(linker: UnitLinker, i: int, reading: str) -> Mention:
    """Token ``i``'s mention of the person its ``reading`` names, past the proclitics the reading
    dropped: وبورخس, لحبري, والبيشي after a name the lexicon's keys do not know (the linker cuts
    only a known word's: وشادي, not شادي, after شادي أبوزيد), so the mention slices the name."""
    mention = linker.mention(i, i)
    token = linker.tokens[i]
    if mention.start == token.start and (k := proclitics_before(token.text, reading)):
        return Mention(mention.text[k:], mention.field, mention.paragraph, mention.start + k, mention.end)
    return mention


def _link_common_surnames(b: Builder, linker: UnitLinker) -> None:
    """A person's surname that is also a common word (بشار الأسد, محمد صلاح) is a mention of them
    where the tagger reads the word alone as a person (قال الأسد, سجل صلاح), not elsewhere (the
    lion, رمضان the month, ماي the month of May)."""
    common = b.common_surnames
    for i in sorted(linker.tagger_people - linker.covered):
        r = next((r for r in reversed(READINGS(linker.cues[i])) if r in common), None)
        if r is not None and linker.tokens[i].kind == "word":
            b.add(b.entities[common[r]], _alias_mention(linker, i, r))
            linker.cover(i, i)


def link_abbreviations(b: Builder, linker: UnitLinker) -> None:
    """One word in brackets or quotes right after a body's name, or after one adjective of it, is
    its short name (وكالة الأنباء البحرينية الرسمية "بنا", مؤسسة النقد العربي السعودي (ساما)): a
    mention of the body, unless it is a common word, a number or a name already read."""
    if _OPENERS.isdisjoint(linker.texts):  # most units bracket and quote nothing
        return
    # (the unit's body mentions as they stand now: adding a mention below adds it to its own body)
    bodies = [(ent, m) for ent in b.entities.values() if ent.type == "ORG"
              for m in ent.mentions if (m.field, m.paragraph) == linker.unit]
    if not bodies:  # no body named here: no token index to build
        return
    toks, stop = linker.tokens, name_stop_keys()
    ends = {t.end: i for i, t in enumerate(toks)}
    for ent, m in bodies:
        k = ends.get(m.end)
        if k is None:
            continue
        if k + 1 < len(toks) and k + 1 not in linker.covered and fold(toks[k + 1].text).startswith("ال"):
            k += 1  # (an adjective the mention left out: الرسمية)
        if k + 3 < len(toks) and _bracketed(toks, k + 2) \
                and toks[k + 2].kind == "word" and k + 2 not in linker.covered and _short_name(toks[k + 2].text, stop):
            b.add(ent, linker.mention(k + 2, k + 2, trim=False))
            linker.cover(k + 2, k + 2)


def _bracketed(toks: list[Token], i: int) -> bool:
    """Token ``i`` alone between an opening mark after a space and a closing one, both glued to it
    (not the closing quote of a quoted name and the opening one of a quotation: "تويتر" قائلة "...)."""
    before, after = toks[i - 1], toks[i + 1]
    return before.text in _OPENERS and after.text in _CLOSERS and toks[i - 2].end < before.start \
        and before.end == toks[i].start and toks[i].end == after.start


def _short_name(word: str, stop: frozenset[str]) -> bool:
    """No number, no common word (name_stop_keys), no relational adjective (حكومي) and no verb
    (a quoted word of comment: القوات السعودية "ترد")."""
    return not any(c.isdigit() for c in word) and lexicon().keys.key(word) not in stop \
        and not fold(word).endswith("ي") and not reads_as_verb(word)


def _spelt_in_mentions(word: str, ent: Entity) -> bool:
    """Whether ``word``, as written, is a word of one of the entity's mentions."""
    return any(word in m.text.split() for m in ent.mentions)


def merge_early_surnames(b: Builder) -> None:
    """A person named by surname before the full name (المرزوقي in the headline, المنصف المرزوقي
    in the body) is one person: a person entity whose whole name is another's surname
    (:func:`~khabar.entities.builder.surname_words`) joins the first person with that surname."""
    people = [e for e in b.entities.values() if e.type == "PER"]
    owner: dict[str, Entity] = {}
    for ent in people:
        words = _name_words(ent)
        for surname in (surname_words(words, curated=b.group_of.get(ent.id) == "people"), particle_surname(words)):
            if surname:
                owner.setdefault(person_key(surname), ent)
    for ent in people:
        words = _name_words(ent)
        into = owner.get(person_key(words))
        if into is not None and into is not ent and len(words) < len(_name_words(into)):
            b.merge(ent, into)


def merge_first_names(b: Builder) -> None:
    """A person the tagger named by a first name alone (شيرين, هيفاء, صدام; or a compound one: عبد
    الله, عز الدين) is the one person of the article whose longer name begins with it (شيرين عبد
    الوهاب, عز الدين سعيدان, الملك عبد الله الثاني); with none or several, it stays apart.  A
    curated one-word name (فيروز) is a name of its own."""
    # (a word with the article is no first name: السيف, الفائز, الأيمن)
    people = [e for e in b.entities.values() if e.type == "PER" and not has_article(_name_words(e)[0])]
    _merge_into_sole_owner(b, people, lambda words: alias_key(words[0]) if len(words) > 1 else None,
                           lambda words: alias_key(words[0]) if len(words) == 1 else None)
    _merge_into_sole_owner(b, [e for e in people if e.id in b.entities],
                           lambda words: _compound_first_name(words) if len(words) > 2 else None,
                           lambda words: _compound_first_name(words) if len(words) == 2 else None)


def _compound_first_name(words: list[str]) -> str | None:
    """The key of the compound given name a name opens with (عبد الله, أبو بكر, عز الدين), if any."""
    parts = compound_name_words()
    if fold(words[0]) in parts["first"] or fold(words[1]) in parts["second"]:
        return alias_key(words[0]) + " " + alias_key(words[1])
    return None


def merge_short_names(b: Builder) -> None:
    """A person named by first name and family name (عمر الجاسر) after or before the full name
    with the father's (عمر بن محمد الجاسر, أحمد سعد القحطاني) is that person, when the full name
    is the only one of the article so shaped.  The full name must read as an Arab one (بن/ابن/بنت, a
    family name with the article, a father's name that is a compound given name: علي صالح is
    علي عبدالله صالح, علي عبد الله صالح; or, of three words, a man's given name in the middle:
    مقداد بدرخان is مقداد مدحت بدرخان): بوبي براون is not بوبي كريستينا براون."""
    def full_key(words: list[str]) -> tuple[str, str] | None:
        if len(words) >= 3 and (fold(words[-1]).startswith("ال") or any(map(_nasab_word, words[1:-1]))
                                or len(words) == 3 and _fathers_name(words[1])):
            return alias_key(words[0]), alias_key(words[-1])
        return None

    _merge_into_sole_owner(b, [e for e in b.entities.values() if e.type == "PER"], full_key,
                           lambda words: (alias_key(words[0]), alias_key(words[1])) if len(words) == 2 else None)


def _nasab_word(word: str) -> bool:
    """A middle word of a name that marks the rest as a nasab: بن, ابن, بنت, or (the father's given
    name) a compound given name's first word alone or written as one word with its second (عبد,
    عبدالله, أبو; ``compound_names.tsv``)."""
    key = fold(word)
    return key in NASAB_FOLDED or any(key.startswith(first) for first in compound_name_words()["first"])


def _fathers_name(word: str) -> bool:
    """A word that can be the father's given name in a name of three: a given name as written
    (curated or farasa people's words) or one the corpus votes read as a name, without the article
    (إلياس, with hamza, has none) and not ending like a woman's or a Western given name (ا, ة, اء:
    كريستينا is no father)."""
    return not has_article(word) and not word.endswith(("ا", "ة", "ء")) \
        and (fold(word) in written_names() or voted_name(word))


def _merge_into_sole_owner(b: Builder, people: list[Entity], owner_key: Callable[[list[str]], object],
                           short_key: Callable[[list[str]], object]) -> None:
    """Merge each person found in the text (not a curated one, nor a people's name) whose name
    words give a ``short_key`` into the one person whose longer name gives that as ``owner_key``;
    with none or several, it stays apart.  Owners are longer than the short names, so no merge
    removes one."""
    owners: dict[object, list[Entity]] = {}
    for ent in people:
        key = owner_key(_name_words(ent))
        if key is not None:
            owners.setdefault(key, []).append(ent)
    for ent in people:
        key = short_key(_name_words(ent))
        if key is not None and ent.name == ent.name_ar and b.group_of.get(ent.id) != "people":
            found = owners.get(key, [])
            if len(found) == 1:
                b.merge(ent, found[0])


def merge_short_bodies(b: Builder) -> None:
    """A body the article names by the first words of another body's name (الغرفة الوطنية after
    الغرفة الوطنية لمدارس تعليم السياقة, منظمة العفو before منظمة العفو الدولية) is that body, when
    it is the only one so named.  Only bodies found in the text (not the lexicons: the Palestinian
    army is no Israeli one), of two words or more (one is an anaphor's business)."""
    bodies = [e for e in b.entities.values() if e.type == "ORG" and e.name_ar]
    for ent in bodies:
        if ent.name != ent.name_ar or " " not in ent.name_ar:
            continue
        prefix = ent.name_ar + " "
        longer = [e for e in bodies if e.name_ar.startswith(prefix) and e.id in b.entities]
        if len(longer) == 1 and not _qualified_otherwise(ent, longer[0]):
            b.merge(ent, longer[0])
    named = _FoldedMentions()  # (merges only append mentions)
    for ent in bodies:
        if ent.name == ent.name_ar and " " not in ent.name_ar and fold(ent.name_ar).startswith("ال") \
                and ent.id in b.entities and (owner := _sole_body_opened_by(b, bodies, ent, named)):
            b.merge(ent, owner)


def merge_same_mentions(b: Builder) -> None:
    """A name found in the text (no lexicon's) written exactly as a mention of one other entity of its
    type is that entity (the headline's مالقا الاسباني beside the body's, Málaga CF): the tagger read
    one spelling twice, once with the lexicon's link and once without.  A head noun of bodies
    (``org_heads.tsv``) before the other's mention counts not (بي كا كا … منظمة بي كا كا), nor
    before this one when the other is found in the text too; a lexicon's name with a head noun is
    another body (غرفة الرياض is not the newspaper الرياض), and so are two heads (جامعة الكوفة,
    ديوان الكوفة)."""
    folded, headless = _FoldedMentions(), _FoldedMentions(_headless)  # (read once, not for every unlinked name)
    for ent in list(b.entities.values()):
        if ent.name != ent.name_ar or ent.id not in b.entities:
            continue
        name = fold(ent.name_ar)
        named = [m.text for m in ent.mentions if name in fold(m.text)]  # (not an anaphor's: الشركة)
        if not named:
            continue
        texts, bare = {fold(t) for t in named}, {_headless(t, ent.type) for t in named}
        owners = [e for e in b.entities.values() if e is not ent and e.type == ent.type and (
            not texts.isdisjoint(folded.of(e)) or not texts.isdisjoint(headless.of(e))
            or e.name == e.name_ar and not bare.isdisjoint(folded.of(e)))]
        if len(owners) == 1:
            b.merge(ent, owners[0])


@lru_cache(maxsize=50_000)  # asked of every mention of a type for each unlinked name of it
def _headless(text: str, type_: str) -> str:
    """A mention's folded text without a head noun of names of the type opening it before more words
    (منظمة; not مهرجان before a person: مهرجان بدرخان is no بدرخان)."""
    words = fold(text).split()
    if len(words) > 1 and org_heads().get(strip_article(words[0])) == type_:
        words = words[1:]
    return " ".join(words)


def _qualified_otherwise(ent: Entity, longer: Entity) -> bool:
    """A mention of ``ent`` ends with a nationality adjective no mention of the longer body holds
    (اللجنة الأولمبية الكويتية is not اللجنة الأولمبية الدولية): another country's body."""
    keys = lexicon().keys
    qualifiers = {keys.key(m.text.split()[-1]) for m in ent.mentions} & demonym_keys()
    if not qualifiers:
        return False
    return bool(qualifiers - {keys.key(w) for m in longer.mentions for w in m.text.split()})


def _sole_body_opened_by(b: Builder, bodies: list[Entity], ent: Entity,
                         named: _FoldedMentions) -> Entity | None:
    """A one-word body found in the text (المرصد, الجبهة) is the one other body the text names with
    that word and more (المرصد السوري لحقوق الإنسان, a lexicon body too), if only one is; a name
    of the lexicons (الاتحاد the club) is a body of its own."""
    head = (fold(ent.name_ar) + " ",)
    found = [e for e in bodies if e is not ent and e.id in b.entities and named.opens_with(e, head)]
    return found[0] if len(found) == 1 else None


def _name_words(ent: Entity) -> list[str]:
    return (ent.name_ar or ent.name).split()


def link_anaphors(b: Builder, linkers: list[UnitLinker], pendings: list[tuple[str, Mention, object]],
                  order: Callable[[Mention], tuple], home: str | None = None) -> None:
    """Definite nouns (الوزارة, التنظيم) not yet covered refer back to the one fitting entity named
    before them (:mod:`khabar.entities.anaphora`); bodies the article names but could not resolve
    (a bare وزارة الداخلية) count as candidates too, so they leave the noun unlinked.  A noun of a
    kind of state with none (المملكة) names the country of that kind the article speaks of
    (:mod:`khabar.entities.statenouns`; ``home``: the article's home country), unless an adjective
    qualifies it (المملكة الحيوانية, المملكة النبطية: a definite feminine word after it)."""
    held = {(m.field, m.paragraph, m.start) for e in b.entities.values() for m in e.mentions}
    unresolved = [m for what, m, _ in pendings if what == "institution" and (m.field, m.paragraph, m.start) not in held]
    ants = Antecedents(b.entities, order, unit_texts(linkers), unresolved)
    for linker in linkers:
        for i, hit in anaphor_tokens(linker.cues):
            if i in linker.covered or linker.tokens[i].kind != "word" or not linker.is_definite(i):
                continue
            # الوزارة الصينية: with a nationality, only a body named with the same one (الشركة
            # السعودية after an American company is another body, described)
            fits = body_fits(hit, b.group_of, ants)
            if linker.word_key(i + 1) in demonym_keys():
                if linker.neighbour_key(i + 2).startswith("ل"):
                    continue  # الشركة السعودية للصناعات العسكرية: a body's own name, its remit after
                fits = same_nationality(fits, linker.lex.keys.key(linker.texts[i + 1]), linker.lex.keys.key)
            mention = linker.mention(i, i)
            ent = ants.unique(mention, fits, lambda m, heads=hit.heads: is_head(m.text.split()[0], heads),
                              lambda e, heads=hit.heads: ants.headed_by(e, heads))
            country = None
            after = fold(linker.texts[i + 1]) if i + 1 < len(linker.texts) else ""
            if ent is None and hit.states and not (after.startswith("ال") and after.endswith("ه")):  # (ة folded)
                country = state_named(b, hit.states, hit.default_state, home)
                ent = country_entity(country) if country else None
            if ent is not None:
                b.add(ent, mention, country)
                linker.cover(i, i)


def unit_texts(linkers: list[UnitLinker]) -> dict[tuple[str, int], str]:
    return {linker.unit: linker.text for linker in linkers}
