"""The entities of one article under construction (:class:`Builder`), the entities a lexicon entry
or a country makes, and the names and surnames of people as the linker and coreference key them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from khabar.arabic.normalize import as_letters
from khabar.entities.autonames import name_votes
from khabar.entities.cliticsplit import written_names
from khabar.entities.cues import countries_by_iso
from khabar.entities.ids import entity_id
from khabar.entities.keys import alias_key, fold
from khabar.entities.lexicon import (
    Entry,
    country_rows,
    folded_word_list,
    table_records,
    title_entries,
    word_list,
)
from khabar.entities.matcher import Lexicon
from khabar.model import Entity, Mention

#: Words that join the parts of an Arabic name (محمد بن راشد, أبو بكر).
CONNECTORS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ال"})
_SURNAME_PREFIXES = {"بن", "ابن"}  # بن صالح, بن علي: a surname of two words


@dataclass
class Builder:
    """Entities of one article under construction, in order of first mention."""

    entities: dict[str, Entity] = field(default_factory=dict)
    country_of: dict[str, str] = field(default_factory=dict)  # entity id -> iso2
    aliases: dict[str, str] = field(default_factory=dict)  # folded key -> person entity id
    # surnames that are also common words (الأسد, صلاح) -> person entity id: linked only where the
    # tagger reads the word alone as a person (:func:`~khabar.entities.coref.link_surnames`)
    common_surnames: dict[str, str] = field(default_factory=dict)
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
        for table in (self.aliases, self.common_surnames):
            for key in [k for k, pid in table.items() if pid == ent.id]:
                table[key] = into.id
        self.starts |= {(into.id, *at) for eid, *at in self.starts if eid == ent.id}
        for table in (self.country_of, self.group_of):
            if ent.id in table:
                table.setdefault(into.id, table.pop(ent.id))
        self.recent = [into.id if eid == ent.id else eid for eid in self.recent]

    def register_person(self, pid: str, words: list[str], curated: bool = False) -> None:
        """Full name and surname (:func:`surname_words`) of a person become article-level aliases;
        a last word that is a common word (بشار الأسد, محمد صلاح), of a curated person or a name of two
        words, a :attr:`common_surnames` one."""
        if not words:
            return
        self.aliases.setdefault(person_key(words), pid)
        surname = surname_words(words, curated)
        if surname:
            self.aliases.setdefault(person_key(surname), pid)
        elif (len(words) == 2 or self.group_of.get(pid) == "people") \
                and (common := surname_words(words, curated, common=True)):
            # (a name the tagger found: given name and surname, not the last of a chain of fathers'
            # names in a list, محمد حمادة السيد إبراهيم)
            self.common_surnames.setdefault(person_key(common), pid)
        # (مانيغولت نيومان after أوماروسا مانيغولت نيومان; ديل نيرو after ماركو بولو ديل نيرو)
        for family in (double_surname(words), particle_surname(words)):
            if family:
                self.aliases.setdefault(person_key(family), pid)


def entity_from_entry(entry: Entry) -> Entity:
    return Entity(id=entity_id(entry.type, entry.name), name=entry.name, type=entry.type,
                  name_ar=entry.name_ar, wikidata=entry.wikidata)


def norp_entity(entry: Entry) -> Entity:
    """The people of a country, named by its English demonym (Iraqi).  ``name_ar`` stays the country's
    name (العراق): the gold's convention and score.py read a people as a mention of its country, through
    the Arabic name (with the adjective عراقي, dev entity precision fell from .945 to .935)."""
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
    name = " ".join(template.replace("{adj}", adj).replace("{country}", cname).split()).removesuffix(" of")
    return one_chamber().get(name, name)


@lru_cache(maxsize=1)
def one_chamber() -> dict[str, str]:
    """A country's body named by a generic head -> the same body under its own name
    (``one_chamber.tsv``: Parliament of Egypt is its Council of Representatives)."""
    return {r["generic"]: r["body"] for r in table_records("one_chamber") if r["generic"] and r["body"]}


def surname_words(words: list[str], curated: bool = False, common: bool = False) -> list[str] | None:
    """The surname a person's name ends with: the last word, or بن and the last word (رضوان بن
    صالح → بن صالح, الطاهر بن حسين → بن حسين), or أبو and the last word after a given name (علي
    أبو شادي → أبو شادي, a family name; a name of أبو alone is a kunya).  A name the tagger found
    may be a title or a description when its first word has the article (الرئيس التونسي), unless
    that word is a given name (الحبيب الصيد → الصيد); a curated one is a name (المنصف المرزوقي →
    المرزوقي).  A common word alone is no surname (صالح, حسن), unless ``common``."""
    keys = [fold(w) for w in words]
    if len(words) < 2 or len(keys[-1]) < 3:
        return None
    if len(words) >= 3 and keys[-2] in _SURNAME_PREFIXES:
        return words[-2:]  # a nasab names a person even after an article word (الطاهر بن حسين → بن حسين)
    if has_article(words[0]) and not curated and not (len(words) == 2 and _given_name_with_article(keys[0])):
        return None
    if keys[-2] not in CONNECTORS:  # (alone, a common word is no surname: صالح, حسن)
        return None if words[-1] in word_list("stopwords") and not common else words[-1:]
    if len(words) >= 3 and keys[-2] == "ابو" and keys[-3] not in CONNECTORS:
        return words[-2:]  # a family name of أبو after a given name (علي أبو شادي → أبو شادي), no kunya
    return None


def has_article(word: str) -> bool:
    """The word opens with the article: ال as written, not an alef with hamza before ل (إلكاي, ألبرتو,
    إلهام: names that fold like a definite word)."""
    return fold(word).startswith("ال") and word.lstrip("#")[:1] not in ("أ", "إ", "آ")


def particle_surname(words: list[str]) -> list[str] | None:
    """The last word of a name of three or more and the particle before it (ماركو بولو ديل نيرو → ديل
    نيرو, برونو لو مير → لو مير: ``surname_particles.txt``), a surname beside the last word alone."""
    if len(words) < 3 or fold(words[0]).startswith("ال") or fold(words[-2]) not in folded_word_list("surname_particles"):
        return None
    return words[-2:]


def double_surname(words: list[str]) -> list[str] | None:
    """The last two words of a name of three or more when the first of them is no given name,
    connector or nasab, nor a word the corpus votes seldom read as a name: a family name of two
    words (أوماروسا مانيغولت نيومان → مانيغولت نيومان), not a father's name and the family's (خالد
    رفعت صالح: رفعت صالح may be the father) or a common word and a name (… ابننا طارق)."""
    if len(words) < 3:
        return None
    keys = [fold(w) for w in words]
    if keys[0].startswith("ال") or len(keys[-2]) < 3 or keys[-2] in written_names() \
            or keys[-2] in CONNECTORS or keys[-2] in _SURNAME_PREFIXES or words[-2] in word_list("stopwords"):
        return None
    seen, named = name_votes().get(keys[-2], (0, 0))
    return None if seen and 2 * named < seen else words[-2:]  # (ابننا طارق: "our son", seldom a name)


def _given_name_with_article(key: str) -> bool:
    """A folded word with the article that is a given name (الحبيب, الطاهر, المنصف: curated or
    farasa people's words), not a title or honorific (الوزير, الشيخ): the one word after it is a
    family name (الحبيب الصيد → الصيد; of a longer span the tagger found, the last word may be none)."""
    return key in written_names() and key not in title_openers()


@lru_cache(maxsize=1)
def title_openers() -> frozenset[str]:
    """Folded words that open a title or an honorific, with and without the article: every title's
    first word (:func:`khabar.entities.cues.title_keys` keys one-word titles only)."""
    words = {fold(t.split()[0]) for t, _ in title_entries()} | folded_word_list("honorifics") \
        | folded_word_list("courtesy_titles")
    return frozenset(words | {"ال" + w for w in words if not w.startswith("ال")})


def person_key(words: list[str]) -> str:
    """The folded words of a name, a compound given name as one word: عبد الرحمن and عبدالرحمن,
    أبو بكر and أبوبكر are one spelling of one name, and so is أبي بكر (``kunya_cases.txt``)."""
    keys: list[str] = []
    glue = False
    kunya_cases = folded_word_list("kunya_cases")
    for i, word in enumerate(words):
        key = alias_key(word)
        if i + 1 < len(words) and key in kunya_cases:
            key = KUNYA  # (أبي غادة, أبا بكر: أبو in another case)
        if glue:
            keys[-1] += fold(word)  # (the second word keeps its article: عبدالرحمن)
        else:
            keys.append(key)
        glue = key in _COMPOUND_OPENERS
    return " ".join(keys)


#: The folded أبو a kunya opens with (``kunya_cases.txt`` lists its other case forms).
KUNYA = "ابو"
_COMPOUND_OPENERS = frozenset({"عبد", KUNYA})


def strip_clitic_display(words: list[str], lex: Lexicon) -> list[str]:
    """Words with a leading proclitic removed from the first one (for names shown to people);
    لل (ل + ال) becomes ال again: للقوات → القوات."""
    if not words:
        return words
    words = list(map(as_letters, words))  # (a name shown in a PDF copy's presentation forms: its letters)
    first = words[0]
    for i in (0, 1):
        if first[i:i + 2] == "لل" and (i == 0 or first[0] in "وف") and len(first) - i > 4:
            return ["ال" + first[i + 2:], *words[1:]]
    n = lex.keys.proclitic_length(first)
    return [first[n:], *words[1:]]
