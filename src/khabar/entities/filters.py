"""Which lexicon matches and tagger spans of a unit name something (a mixin of
:class:`~khabar.entities.linking.UnitLinker`): amounts of money no name overlaps, matches dropped
(part of a longer name, a city written with an article its name lacks, a gazetteer town nothing
confirms, an idiom's word, MISC names), one-word spans that are common words, seldom a name, a
noun's adjective or a verb (:meth:`MatchFilter.one_word_slip`)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.entities.adjectives import qualifies_noun
from khabar.entities.autonames import name_votes
from khabar.entities.bodies import QUOTE_MARKS, Span
from khabar.entities.builder import CONNECTORS
from khabar.entities.clusters import word_ranks
from khabar.entities.cues import ambiguous_keys, demonym_keys, idiom_keys
from khabar.entities.gazetteers import city_entries, town_alias_entries
from khabar.entities.givennames import listed_given_name
from khabar.entities.keys import fold
from khabar.entities.lexicon import folded_word_list, named_entries, word_list
from khabar.entities.matcher import SUPPORTED_GROUPS, Match
from khabar.entities.verbtrim import TRIMMED_TYPES, name_words, reads_as_verb

if TYPE_CHECKING:
    from khabar.entities.linking import UnitLinker

_ONE_LETTER_PROCLITICS = "وفبلك"
_HAMZA_ALIFS = "أإآ"
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})
_COMMON_RANK = 20_000  # corpus rank of the frequent words a curated name's last word may spell
_MIN_SEEN = 20  # corpus occurrences a word needs before its name votes say it is seldom a name


class MatchFilter:
    """The unit's filters of matches and spans, read by :meth:`UnitLinker.run`."""

    def amounts(self: UnitLinker, matches: list[Match]) -> set[int]:
        """Tokens of amounts of money (5.62 مليار ريال: a currency after a number or a number word),
        which no name overlaps whatever the tagger read (ريال is Real Madrid in its training data)."""
        out: set[int] = set()
        for m in matches:
            j = m.first - 1
            if m.entry.kind == "misc" and j >= 0 and (
                    self.tokens[j].kind == "number" or fold(self.texts[j]) in folded_word_list("amount_words")):
                out.update(range(j, m.last + 1))
        return out

    def accept(self: UnitLinker, m: Match, spans: list[Span]) -> bool:
        """Drop a name that is only part of a longer one, a city written with an article its name
        lacks, gazetteer towns nothing confirms or a common word's letters spell after a proclitic,
        and MISC names (currencies, religions: the tagger's features, no entity)."""
        if m.entry.kind == "misc":
            return False
        if m.entry.type == "PER" and self.neighbour_key(m.first - 1) in CONNECTORS:
            return False  # محمد بن راشد inside حمدان بن محمد بن راشد: the tagger's span decides
        if m.first < m.last and not self.articles_as_listed(m):
            return False  # ناصر محمد is no ناصر المحمد, لجمعية عامة no الجمعية العامة: the article is part of a name
        if (m.entry.type == "NORP" or m.entry.kind == "country") and self.family_name_of(m, spans):
            return False  # توفيق العلوي, ريمون كوبا: a person's family name, not the Alawites, Cuba
        word = self.texts[m.first]
        if m.entry.kind in ("capital", "city") and m.first == m.last \
                and self.lex.keys.fold_past_proclitics(word).startswith("ال") \
                and not fold(m.entry.name_ar).startswith("ال"):
            return False  # السيول (the floods) is not سيول (Seoul): a city named without the article
        if m.first == m.last and self.in_idiom(m.first):
            return False  # معلوم الجولان: the road tax, not the Golan
        if m.entry.kind == "title" and m.first > 0 and self.texts[m.first - 1] in word_list("family_particles"):
            return False  # عبداللطيف آل الشيخ: a family's name, no title (family_particles.txt)
        if m.entry.group in SUPPORTED_GROUPS and m.first == m.last:
            if self.whole_word_is_common(m.first) or proclitic_before_hamza(self.texts[m.first]):
                return False  # وزاريا (ministerial) is no و + Zaria, وأرى (and I see) no Warri
            if self.after_place_noun(m.first) or self.after_facility_head(m.first) \
                    or self.after_preposition(m.first) or any(
                    s.type in ("LOC", "GPE") and s.first <= m.first and s.last >= m.last for s in spans):
                return True
            self.unsupported.append(m)  # (taken if the article names the town elsewhere: khabar.entities.repeats)
            return False
        return True

    def after_preposition(self: UnitLinker, i: int) -> bool:
        """Token ``i``, written without a proclitic, follows a preposition of a destination
        (``town_prepositions.txt``: إلى مسقط; not في معسكر, a camp): the town the tagger missed,
        as the places stage reads it."""
        return i > 0 and fold(self.texts[i - 1]) in folded_word_list("town_prepositions") \
            and not self.lex.keys.proclitic_length(self.texts[i])

    def whole_word_is_common(self: UnitLinker, i: int) -> bool:
        """Token ``i`` is read as a proclitic and a gazetteer town, yet the whole word is one of the
        corpora's frequent words, after و or ف too, and the town alone is none: the word is another
        (وزاريا, an adjective; وباكرا, و + باكرا 'early'; not وبغداد, as بغداد is frequent too)."""
        word = self.texts[i]
        clitic = self.lex.keys.proclitic_length(word)
        if not clitic:
            return False
        ranks, whole = word_ranks(), fold(word)
        common = whole in ranks or whole[:1] in ("و", "ف") and whole[1:] in ranks
        return common and fold(word[clitic:]) not in ranks

    def family_name_of(self: UnitLinker, m: Match, spans: list[Span]) -> bool:
        """A one-word people's, nationality's or country's name (العلوي, العراقي, كوبا) right after a
        given name with a tagger person's span over both is that person's family name (توفيق العلوي,
        أيمن العراقي, ريمون كوبا); after a title (الرئيس المصري) or a name the tagger reads alone it
        stays the people, the country.  A people's name follows a listed given name
        (``given_names.txt``, as written); a country's also follows a curated person's name word
        (ريمون), as a verb is never one (زار مصر)."""
        i = m.first - 1
        if m.first != m.last or i < 0:
            return False
        before = self.texts[i]
        given = listed_given_name(before) or m.entry.kind == "country" and fold(before) in name_words()
        return given and any(s.type == "PER" and s.first == i and s.last >= m.last for s in spans)

    def one_word_slip(self: UnitLinker, s: Span, stop: frozenset[str]) -> bool:
        """A one-word tagger span that names nothing: one of the commonest words (``stop``) or in an
        idiom, a common word read as a proclitic and a name (وزاريا: :meth:`whole_word_is_common`;
        not a person's name word: وليد), a proclitic and a hamza word spelling a town (وأرى: Warri),
        a word seldom a name (not a curated person's name word for
        a person: نادية), an adjective qualifying the noun before it, or a verb (سيحافظ, وأعربت)."""
        i, word = s.first, self.texts[s.first]
        return (self.stop_word(i, stop) or self.in_idiom(i)
                or self.whole_word_is_common(i) and fold(word) not in name_words()
                or self.seldom_a_name(i) and not (s.type == "PER" and fold(word) in name_words())
                or qualifies_noun(self.tokens, i, s.type, self.likeness, self.is_definite, self.noun_before)
                or s.type in TRIMMED_TYPES and reads_as_verb(word)
                or proclitic_before_hamza(word))

    def in_idiom(self: UnitLinker, i: int) -> bool:
        """Token ``i`` with a word next to it that makes it an ordinary word (``idioms.tsv``)."""
        table, key = idiom_keys(), self.lex.keys.key
        word = key(self.texts[i])
        before, after = table.get((word, "before")), table.get((word, "after"))
        return bool(before and i > 0 and key(self.texts[i - 1]) in before
                    or after and i + 1 < len(self.texts) and key(self.texts[i + 1]) in after)

    def stop_word(self: UnitLinker, i: int, stop: frozenset[str]) -> bool:
        """Token ``i`` is no name alone (``stop``: :func:`name_stop_keys`), unless it is a place name
        that is also a common word and a place noun before it says it names the place (ريف ... :
        countryside; منطقة الريف: the Rif)."""
        key = self.lex.keys.key(self.tokens[i].text)
        return key in stop and not (key in ambiguous_keys() and self.after_place_noun(i))

    def seldom_a_name(self: UnitLinker, i: int) -> bool:
        """A one-word tagger span on a word the corpus tagger read as a name in under a quarter of
        its many occurrences (الميدان, بيانه, تقنية, نجوم): a slip, unless a place noun, a head
        noun or a quote mark before it says it names something (مدينة شقراء, برنامج "بوليتيكا"), or a
        nationality after it makes a body of it (الخطوط الإيرانية); a curated person's name word
        stays a name (the caller's check: نادية)."""
        if not _seldom_named(fold(self.texts[i])) or self.lex.keys.key(self.texts[i + 1] if i + 1 < len(
                self.texts) else "") in demonym_keys():
            return False  # (الخطوط الإيرانية: a body with its nationality)
        return not (self.after_place_noun(i) or (i > 0 and (self.is_head(i - 1) or self.texts[i - 1] in QUOTE_MARKS)))

    def common_word(self: UnitLinker, i: int) -> bool:
        """Token ``i``, as written or past its proclitics, is a common word: its corpus name votes say
        seldom a name (غربية, جديد), or with none it is among the corpora's frequent words (عامة, سبع)."""
        word = self.texts[i]
        return any(_common_word_key(k) for k in (fold(word), self.lex.keys.fold_past_proclitics(word)))

    def articles_as_listed(self: UnitLinker, m: Match) -> bool:
        """The words of a curated name's match carry the article wherever one of the entry's
        aliases of as many words does (the matcher's keys drop it: ناصر محمد is no ناصر المحمد, an
        indefinite لجمعية عامة "to a general assembly" no الجمعية العامة: of a name other than a
        person's, the last word); a word after the first may carry it after و (العدالة والتنمية)."""
        words = [fold(self.texts[i]).lstrip("#") for i in range(m.first, m.last + 1)
                 if i == m.first or self.tokens[i].kind == "word"]  # (وكالة "إرنا": no quote is a word)
        words[0] = words[0][self.lex.keys.proclitic_length(self.texts[m.first]):]
        has = [w.startswith("ال") or w.lstrip("وف").startswith(("لل", "ال")) for w in words]
        listed = [p for p in name_article_patterns().get((m.entry.type, m.entry.name), ()) if len(p) == len(has)]
        # (عبد الله in the text, عبدالله listed: no alias to compare with; the article where the
        # alias has none is a spelling too: الطالباني, طالباني)
        if m.entry.type != "PER":  # a body's, place's or event's name: only its last word tells, unless
            # a definite word after it makes the phrase a construct (موسم حج العام: the season of this
            # year's Hajj)
            # or هذا (موسم حج هذا العام); nor does a last word mostly a name (صحيفة "تايمز", جبل مغيلة)
            nxt = self.texts[m.last + 1] if m.last + 1 < len(self.texts) else ""
            if fold(nxt).startswith("ال") or fold(nxt) in _DEMONSTRATIVES or not self.common_word(m.last):
                return True
            has, listed = has[-1:], [p[-1:] for p in listed]
        return not listed or any(all(h or not a for h, a in zip(has, p, strict=True)) for p in listed)


def _seldom_named(key: str) -> bool:
    """A word the corpus tagger read as a name in under a quarter of its many occurrences."""
    seen, named = name_votes().get(key, (0, 0))
    return seen >= _MIN_SEEN and named * 4 < seen


def _common_word_key(key: str) -> bool:
    seen = name_votes().get(key, (0, 0))[0]
    return _seldom_named(key) or not seen and word_ranks().get(key, _COMMON_RANK) < _COMMON_RANK


def proclitic_before_hamza(word: str) -> bool:
    """A one-letter proclitic then a hamza on alif, the word's letters folded a gazetteer town's
    one-word name (وأرى "and I see": واري, Warri): the hamza opens the word after the proclitic,
    as written it opens no town's name (و + أنقرة is not this: وانقره names no town)."""
    return len(word) > 2 and word[0] in _ONE_LETTER_PROCLITICS and word[1] in _HAMZA_ALIFS \
        and fold(word) in town_word_keys()


@lru_cache(maxsize=1)
def town_word_keys() -> frozenset[str]:
    """The folded one-word names of the gazetteer towns."""
    return frozenset(fold(n) for n, _ in (*city_entries(), *town_alias_entries()) if " " not in n)


@lru_cache(maxsize=1)
def name_article_patterns() -> dict[tuple[str, str], set[tuple[bool, ...]]]:
    """Curated (type, name) -> which words of each alias carry the article (ناصر المحمد: (False, True))."""
    out: dict[tuple[str, str], set[tuple[bool, ...]]] = {}
    for alias, entry in named_entries():
        out.setdefault((entry.type, entry.name), set()).add(tuple(fold(w).startswith("ال") for w in alias.split()))
    return out
