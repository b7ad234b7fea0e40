"""Titles and the people who hold them (:class:`RoleReader`, part of the unit linker): a title
before a person (وزير الخارجية الروسي سيرغي لافروف) becomes the person's ``role``, with the indefinite
noun of office it is the complement of (نائب وزير الخارجية, كبير مستشاري الرئيس); when the tagger
found no one after a title, a name-like run of words is taken; a title alone is left for coreference."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from khabar.entities.bodies import BodyFinder, Span
from khabar.entities.builder import Builder
from khabar.entities.cues import (
    common_keys,
    construct_head_keys,
    people_plural_keys,
    role_break_keys,
    senior_keys,
)
from khabar.entities.givennames import is_given_name, written_key
from khabar.entities.keys import fold
from khabar.entities.lexicon import Entry, folded_word_list, title_entries, word_list
from khabar.entities.longnames import person_name_words, spells_own_word
from khabar.entities.matcher import Match
from khabar.entities.verbtrim import reads_as_verb
from khabar.model import Entity, Mention

_MAX_ROLE_GAP = 8  # tokens between a title and the name it belongs to
_NAME_STARTS = 0.0  # name-likeness a word needs to start a guessed name
_NAME_CONTINUES = -4.0  # and to continue it
_MAX_GUESS_GAP = 4  # words of a title's complement before a guessed name
_EPONYM_HEADS = ("eponym_heads", "person_named_heads", "eponym_towns")  # heads of names after a title
_FOREIGN_GIVEN = 8.0  # name-likeness of an unlisted word read as a given name before a name
#: name-likeness of a word a guess passes over between a title and a name: a name word it could not
#: start on (يركي, شامل, لساو) scores above, the verbs and nouns that end the title's phrase below
#: (يدرك -4.6, بشأن -1.2, خطابا -4.4)
_SKIPPED_LIKENESS = -1.0
#: Types of the lexicon's names that may close a role before its holder's given name (رئيس بنين
#: باتريس تالون, المدير التنفيذي لحركة نداء تونس حافظ قائد السبسي).
_ROLE_END_TYPES = frozenset({"GPE", "LOC", "ORG"})
TANWEEN = ("اً", "ًا", "ٌ", "ٍ")  # endings of indefinite nouns, which no name has
APPOSITION_COMMAS = ("،", ",")  # one of them between a title and a person: an apposition


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """The words of ``role_tail_stops.txt`` without the article (في, على, كان, هذه), as written."""
    return frozenset(written_key(w) for w in word_list("role_tail_stops") if not w.startswith("ال"))


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The first words of the titles of ``titles.tsv``, folded (الرئيس, وزير, المستشار)."""
    return frozenset(fold(title.split()[0]) for title, _ in title_entries())


@lru_cache(maxsize=1)
def _one_word_titles() -> frozenset[str]:
    """The titles of ``titles.tsv`` of one word, folded (الملك, الأمير, الرئيس)."""
    return frozenset(fold(title) for title, _ in title_entries() if " " not in title)


def is_rank(role: str) -> bool:
    """A role that is one title of one word (الملك, العقيد): an office stated with it says more."""
    return fold(role) in _one_word_titles()


class RoleReader(BodyFinder):
    """Titles in one unit; the linker provides the builder, the tagger's name-likeness, the deferred
    mentions and how to read any other item."""

    b: Builder
    unit: tuple[str, int]  # (field, paragraph)
    text: str
    likeness: Callable[[str], float] | None
    pending: list[tuple[str, Mention, object]]
    place_words: set[int]  # tokens the lexicon reads as a place, confirmed or not
    misc_words: set[int]  # tokens of a name of misc.tsv (a prize, a currency: نوبل), no person's
    item: Callable[[Match | Span, Match | Span | None, list], int]
    mention: Callable[..., Mention]
    word_key: Callable[[int], str]
    conjunction_before_name: Callable[[str, bool], bool]

    def title(self, m: Match, rest: list, guessed: bool = False) -> int:
        """A title followed (within a few tokens, no punctuation) by a person gives that person a role;
        when the tagger found no one there, a name-like run of words is taken (see guess_name).  A
        noun of kin in construct right before a name (والدة ترينتون, زوجة سليم شيبوب: one word, no
        article, ending in ة) says whose relative is meant: no role for that name."""
        if m.first == m.last and rest and rest[0][0] == m.last + 1 and self.is_person(rest[0][2]) \
                and self.texts[m.first].endswith("ة") and not self.is_definite(m.first):
            return m.last  # (ابنة الرئيس إيفانكا ترامب: a title between, the daughter is named)
        for first, last, item in rest:
            if first - m.last > _MAX_ROLE_GAP:
                break
            if self.punct_between(m, first, item, rest) or self.clause_between(m.last + 1, first):
                break
            if m.entry.group == "senior" and isinstance(item, Match) and item.entry.kind == "title" \
                    and fold(self.texts[first]).startswith("لل"):
                break  # كبير المستشارين للرئيس دونالد ترمب: the name after للرئيس is the president's
            if self.dative_rank(first, item) and self.object_between(m, first, rest):
                break  # وسلم الأمير الجائزة للرئيس محمود عباس: the president is handed the prize
            if self.place_named_like_a_person(item):  # المفوضة الأوروبية سيسيليا مالمستروم
                item = Span(item.first, item.last, "PER")
            if self.is_person(item):
                if self.word_key(first - 1) == "باسم" or self.speaks_for_title_holder(m, first, item, rest):
                    break  # المتحدث باسم X: X is not the speaker
                if first - 1 > m.last and self.particle(first - 1) or self.dative(first):
                    break  # الطفل إلى جاهد, الأمير سلطان للأمير تشارلز: the preposition's name, not the title's
                lead = self.name_lead(m, first, item, rest)
                if lead < first and not getattr(item, "clitic", 0):  # (وزير الخارجية عادل بن أحمد | الجبير: the given names are the name's)
                    item = self.led_name(item, lead)
                    first = lead
                head = self.construct_head(m.first)
                head = m.first if head < m.first and self.holds_title(item, m, head) else head
                word = self.tokens[head].text  # (وكيل is a head, not و + كيل)
                start = self.tokens[head].start + (
                    0 if fold(word) in folded_word_list("construct_heads") else self.lex.keys.proclitic_length(word))
                role = self.text[start:self.tokens[self.role_end(head, first)].end].strip(" ،,")
                if start == self.tokens[head].start and fold(word).startswith("لل"):
                    role = "ا" + role[1:]  # للشاعرة عبير: the poet (ل and the article's ل, alef dropped)
                inside = [r for r in rest if r[0] < first]
                conjunct = self.conjunct_start(m, head, inside)
                if conjunct is not None:  # الرئيس وآية الله علي خامنئي: the president is another person
                    start = self.tokens[conjunct].start + self.lex.keys.proclitic_length(self.texts[conjunct])
                    role = self.text[start:self.tokens[self.role_end(conjunct, first)].end].strip(" ،,")
                    self.pending.append(("title", self.mention(m.first, m.last), None))
                done = -1
                for k, inner in enumerate(inside):  # names inside the role (زعيم تنظيم القاعدة) are mentions too
                    if inner[0] <= done:
                        continue  # (a nationality a body before it took: وزارة الخارجية المصرية)
                    if not (isinstance(inner[2], Match) and inner[2].entry.kind in ("title", "demonym")):
                        nxt = inside[k + 1][2] if k + 1 < len(inside) and inside[k + 1][0] == inner[1] + 1 else None
                        done = self.item(inner[2], nxt, rest)  # (rest: the person after the role)
                    elif inner[2].entry.kind == "demonym":  # الإعلامي السعودي: a nationality stated
                        self.b.role_countries.append(inner[2].entry.country)
                        self.pending.append(("role-demonym", self.mention(inner[0], inner[1]), inner[2].entry))
                used = self.item(item, None, [])
                pid = self.b.recent[-1] if self.b.recent else None
                if pid and self.b.entities[pid].type == "PER" \
                        and (not self.b.entities[pid].role or is_rank(self.b.entities[pid].role)) \
                        and not set(map(fold, role.split())) <= folded_word_list("courtesy_titles"):
                    self.b.entities[pid].role = role  # (السيد alone is no role: courtesy_titles.txt; a
                    # rank alone, الأمير, gives way to the office stated: ولي العهد الأمير محمد بن سلمان)
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
        holder = self.holder_before(m)
        if holder is not None:  # عزام الدخيل وزير التعليم: the title is the name's apposition
            start = self.tokens[m.first].start + self.lex.keys.proclitic_length(self.texts[m.first])
            holder.role = self.text[start:self.tokens[self.title_tail(end)].end]
        self.pending.append(("title", self.mention(m.first, end), None))
        return end

    def rank_in_name(self, person: Entity, first: int) -> None:
        """A curated person's alias that opens with a title of ``titles.tsv`` (الملك تشارلز الثالث, الأمير
        هاري) gives the person that title as role when no other title has, as the title before a name
        the tagger found does; not a form of address (السيد, الدكتور: ``courtesy_titles.txt``).  A title
        before the alias (خادم الحرمين الشريفين الملك سلمان) replaces it (:meth:`title`)."""
        word = self.texts[first]
        rank = word[self.lex.keys.proclitic_length(word):]
        if not person.role and rank.startswith("ال") and is_rank(rank) \
                and fold(rank) not in folded_word_list("courtesy_titles"):
            person.role = rank

    def conjunct_start(self, m: Match, head: int, inside: list) -> int | None:
        """The first token of the last title joined by و to the title ``m`` inside a role, where it
        opens another person's title: a rank of ``conjunct_ranks.txt`` after a rank complete alone,
        bare or with its nationality (الرئيس وآية الله علي خامنئي, الملك والأمير محمد بن سلمان), or
        after the same rank (الملك فهد والملك عبد الله: no one holds one rank twice), a
        title of the other gender than the role's ``head`` (الرئيس الروسي والمستشارة الألمانية أنغيلا
        ميركل; not نائب المستشارة الألمانية ووزير الاقتصاد, whose head is نائب), a nationality
        other than the one before it (الرئيس الأمريكي والزعيم الكوري الشمالي كيم جونغ أون), or a
        person named before it (الخبيرة آنا زهو والخبير إيثان هاريس); else None: one person holds
        both (نائب رئيس الوزراء ووزير الداخلية; رئيس تيار المستقبل ورئيس الحكومة سعد الحريري: two
        offices each with its complement)."""
        joined = [r for r in inside if r[0] > m.last and isinstance(r[2], Match) and r[2].entry.kind == "title"
                  and self.texts[r[0]][:1] == "و" and self.lex.keys.proclitic_length(self.texts[r[0]])]
        if not joined:
            return None
        first, last, title = joined[-1]

        def countries(items: list) -> set[str]:
            return {r[2].entry.country for r in items if isinstance(r[2], Match) and r[2].entry.kind == "demonym"}

        before, after = countries([r for r in inside if r[1] < first]), countries([r for r in inside if r[0] > last])
        rank = fold(self.bare(first, last))
        if rank in folded_word_list("conjunct_ranks") and (head == m.first and self.rank_alone(m, inside, first)
                                                           or rank == fold(self.bare(m.first, m.last))) \
                or self.genders_differ(head, first) or before and after and before.isdisjoint(after) \
                or any(self.is_person(r[2]) for r in inside if r[1] < first):
            return first
        return None

    def bare(self, first: int, last: int) -> str:
        """The text of tokens ``first`` to ``last`` without the first one's proclitic (والرئيس → الرئيس)."""
        return self.text[self.tokens[first].start + self.lex.keys.proclitic_length(self.texts[first]):
                         self.tokens[last].end]

    def rank_alone(self, m: Match, inside: list, joint: int) -> bool:
        """The title ``m`` is a rank of ``conjunct_ranks.txt`` with nothing but nationalities and
        adjectives of ``title_adjectives.txt`` between it and the و at token ``joint`` (الرئيس, الرئيس
        الأمريكي السابق): a complete title another person's may follow; not one with its complement
        (رئيس تيار المستقبل, الأمين العام للحزب)."""
        if fold(self.bare(m.first, m.last)) not in folded_word_list("conjunct_ranks"):
            return False
        covered = {i for r in inside if isinstance(r[2], Match) and r[2].entry.kind == "demonym"
                   for i in range(r[0], r[1] + 1)}
        return all(i in covered or fold(self.texts[i]) in folded_word_list("title_adjectives")
                   for i in range(m.last + 1, joint))

    def genders_differ(self, a: int, b: int) -> bool:
        """The titles opening at tokens ``a`` and ``b`` are of two genders: one a feminine title
        (ة after a masculine title of ``titles.tsv``: المستشارة, وزيرة), the other with no ة (الرئيس);
        آية الله, حجة الإسلام, الداعية are neither."""
        def feminine(i: int) -> bool:
            word = self.bare(i, i)
            return word.endswith("ة") and fold(word[:-1]) in _title_heads()

        def unmarked(i: int) -> bool:
            return not self.bare(i, i).endswith(("ة", "ه"))

        return feminine(a) and unmarked(b) or feminine(b) and unmarked(a)

    def holder_before(self, m: Match) -> Entity | None:
        """The person a title with no one after it is the apposition of: the person named right
        before it, after one comma (عزام الدخيل، وزير التعليم،) or, with none, as the subject of a
        verb of saying (وقال عزام الدخيل وزير التعليم إن: ``apposition_verbs.txt``; after another
        verb the title may be its object: استقبل الملك سلمان وزير الخارجية).  Not a title opening
        with a proclitic (ووزير: the next one of a list; للقاضي: a dative), nor a person with a role
        already but a rank of one word (الأمير محمد بن سلمان ولي العهد: the office says more)."""
        j = m.first - 1
        comma = j >= 0 and self.texts[j] in APPOSITION_COMMAS
        j -= comma
        if j < 0 or not self.b.recent or self.lex.keys.proclitic_length(self.texts[m.first]) \
                or fold(self.texts[m.first]).startswith("لل"):
            return None  # (a title with a proclitic: a list's next one, ووزير; a dative, قال X للقاضي)
        ent = self.b.entities.get(self.b.recent[-1])
        if ent is None or ent.type != "PER" or ent.role and not is_rank(ent.role) or not ent.mentions:
            return None
        last = ent.mentions[-1]
        if (last.field, last.paragraph) != self.unit or last.end != self.tokens[j].end:
            return None
        if comma:
            return ent
        k = next((i for i in range(j, -1, -1) if self.tokens[i].start <= last.start), 0) - 1
        if k < 0 or self.tokens[k].kind != "word":
            return None
        verb = fold(self.texts[k])
        verbs = folded_word_list("apposition_verbs")
        return ent if verb in verbs or verb[:1] in ("و", "ف") and verb[1:] in verbs else None

    def title_tail(self, end: int) -> int:
        """The last token of a title's complement read after its holder: up to three words, each
        definite or, after an indefinite word (its construct), one without a proclitic (وزير التعليم,
        رئيس قطاع البحوث, مدير عام معهد العالم), none a clause or time word (الأحد, الماضي:
        ``role_tail_stops.txt``) or a verb."""
        stops, breaks = folded_word_list("role_tail_stops"), role_break_keys()
        k = end
        while k + 1 < len(self.tokens) and k - end < 3 and self.tokens[k + 1].kind == "word":
            word = self.texts[k + 1]
            construct = not self.texts[k].startswith("ال") and not self.lex.keys.proclitic_length(word) \
                and not word.endswith(TANWEEN)
            if not (word.startswith("ال") or construct) or fold(word) in stops \
                    or self.lex.keys.key(word) in breaks or reads_as_verb(word):
                break
            k += 1
        return k

    def senior_titles(self, matches: list[Match]) -> list[Match]:
        """كبير and a definite plural noun of people (كبير المفاوضين, كبيرة المستشارين): the senior one
        of a group is a title, though no title word is in it."""
        if not any(w in self.text for w in word_list("senior_words")):
            return []  # (most units hold none: one substring scan, not a key per token)
        seniors, plurals = senior_keys(), people_plural_keys()
        taken = {i for m in matches for i in range(m.first, m.last + 1)}
        out = []
        for i in range(len(self.tokens) - 1):
            if i in taken or i + 1 in taken or self.tokens[i].kind != "word" \
                    or self.lex.keys.key(self.texts[i]) not in seniors:
                continue
            if self.is_definite(i + 1) and self.lex.keys.key(self.texts[i + 1]) in plurals:
                start = self.tokens[i].start + self.lex.keys.proclitic_length(self.texts[i])
                text = self.text[start:self.tokens[i + 1].end]
                out.append(Match(i, i + 1, (Entry(name=text, type="TITLE", kind="title", name_ar=text, group="senior"),)))
        return out

    def punct_between(self, m: Match, end: int, item: Match | Span, rest: list) -> bool:
        """Punctuation between title ``m`` and the item at ``end`` parts them, but for one comma right
        before a person (وزير الشؤون الاجتماعية، محمد الطرابلسي: an apposition), unless the person
        opens with a proclitic (وزير الدفاع، وآشتون كارتر: a list), the title follows a name it is the
        apposition of (خليفة بن زايد رئيس الدولة، محمد ...) or is a word of a name (قيس الشيخ نجيب،
        عبد الأمير،), or another title stands between (الفنان المصري بصحبة والده الفنان، X)."""
        puncts = [i for i in range(m.last + 1, end) if self.tokens[i].kind == "punct" and self.texts[i] not in "-\"«»"]
        if not puncts:
            return False
        return not (puncts == [end - 1] and self.texts[end - 1] in APPOSITION_COMMAS and self.is_person(item)
                    and not self.opens_with_proclitic(end) and not self.follows_name(m.first)
                    and not self.names_a_person(m)
                    and not any(m.last < r[0] < end and isinstance(r[2], Match) and r[2].entry.kind == "title"
                                for r in rest))

    def opens_with_proclitic(self, i: int) -> bool:
        """Token ``i`` opens with a proclitic, one the lexicon's keys read off (ومحمد) or و/ف before a
        name the tagger found (وجيم يونغ كيم)."""
        word = self.texts[i]
        return bool(self.lex.keys.proclitic_length(word)) or self.conjunction_before_name(word, True)

    def names_a_person(self, m: Match) -> bool:
        """A title that is a form of address alone (الشيخ, الأمير: ``honorifics.txt``) or follows a
        word that a name goes on after (عبد الأمير: ``name_links.txt``) is part of a name."""
        words = {fold(w) for w in self.texts[m.first:m.last + 1]}
        return words <= folded_word_list("honorifics") or m.first > 0 and fold(self.texts[m.first - 1]) in folded_word_list("name_links")

    def follows_name(self, i: int) -> bool:
        """The title at ``i`` comes right after a name, or a name and a comma, that it qualifies
        (عادل الطريفي، وزير الثقافة); not after و (X ووزير الدولة: the next one of a list)."""
        if self.texts[i][:1] in ("و", "ف") and self.lex.keys.proclitic_length(self.texts[i]):
            return False
        j = i - 1 - (i > 0 and self.texts[i - 1] in APPOSITION_COMMAS)
        return j >= 0 and j in self.covered

    def clause_between(self, first: int, end: int) -> bool:
        """A word of ``[first, end)`` begins a clause or a time phrase (role_breaks.txt: الذي, حيث,
        بحضور) or is a finite verb: the title's complement has ended before it."""
        breaks = role_break_keys()
        return any(self.tokens[i].kind == "word" and (
            self.lex.keys.key(self.texts[i]) in breaks or reads_as_verb(self.texts[i])) for i in range(first, end))

    def name_lead(self, m: Match, first: int, item: Match | Span | None = None, rest: list = ()) -> int:
        """Where the name of a person ``item`` found at ``first`` begins: back over the given names
        and the name links between them (بن, أبو: ``name_links.txt``) right before it, which the
        tagger or a curated surname left out (رئيس الحكومة الكسيس | تسيبراس, الزعيم السوفياتي جوزف |
        ستالين, وزير الدفاع جيم | ماتيس: another spelling of a curated person's own name word), after
        a definite word or a lexicon's place or body that ends a role (رئيس بنين باتريس | تالون,
        المدير التنفيذي لحركة نداء تونس حافظ | قائد السبسي), so a name or a place a role holds in
        construct stays in it (مدير مدرسة خالد بن الوليد, حاكم أوهايو جون كاسيتش), as does the name
        after a title that a body or facility is named with (مدير مستشفى الملك خالد محمد النشمي:
        ``eponyms``)."""
        if self.likeness is None or self.opens_with_proclitic(first) \
                or fold(self.texts[first]).startswith(("وال", "فال", "لل")):
            return first  # (والبيوت: a list's next item, no name's end)
        links = word_list("name_links")
        own = person_name_words().get(item.entry.name, frozenset()) if isinstance(item, Match) else frozenset()
        named = {i for f, last, it in rest if last < first and isinstance(it, Match)
                 and it.entry.type in _ROLE_END_TYPES for i in range(f, last + 1)}
        k = first
        while k - 1 > m.last and k - 1 not in self.covered and k - 1 not in named \
                and self.tokens[k - 1].kind == "word" and (
                self.texts[k - 1] in links or self.given_name(k - 1, own)):
            k -= 1
        while k < first and self.texts[k] in links:
            k += 1
        if k == first or self.texts[first - 1] in links or not (self.is_definite(k - 1) or k - 1 in named) \
                or self.eponym(k - 1) or any(i in self.place_words or i in self.misc_words for i in range(k, first)):
            return first
        return k

    def given_name(self, i: int, own: frozenset[str] = frozenset()) -> bool:
        """Token ``i`` is a given name (:func:`is_given_name`), a word without the article the
        tagger scores far above a given name as a person's first word (جوزف: a foreign spelling no
        name list holds), or another spelling of one of the curated person's own name words ``own``
        (جيم for جيمس), no stop word."""
        assert self.likeness is not None
        word = self.texts[i]
        if is_given_name(word, self.likeness):
            return True
        if self.is_definite(i) or reads_as_verb(word):
            return False
        key = self.lex.keys.key(word)
        return self.likeness(word) >= _FOREIGN_GIVEN \
            or bool(own) and key not in common_keys() and spells_own_word(key, own)

    def led_name(self, item: Match | Span, lead: int) -> Match | Span:
        """The person ``item`` run back to ``lead`` over the given names before it: a tagger's span
        widened; a curated person's match widened where the words are that person's own, else a span
        of another person who shares the surname (حافظ قائد السبسي, the son, not Beji Caid Essebsi)."""
        if isinstance(item, Span):
            return Span(lead, item.last, item.type)
        own = person_name_words().get(item.entry.name, frozenset())
        links = word_list("name_links")
        foreign = [i for i in range(lead, item.first) if self.texts[i] not in links
                   and not spells_own_word(self.lex.keys.key(self.texts[i]), own)]
        return Span(lead, item.last, "PER") if foreign else Match(lead, item.last, item.entries)

    def eponym(self, title: int) -> bool:
        """Token ``title`` is a title of ``eponym_titles.txt`` after a head a body or facility is
        named with (مستشفى الملك, جامعة الأمير): the name after it is the body's."""
        return self.texts[title] in word_list("eponym_titles") \
            and any(self.is_listed_head(title - 1, heads) for heads in _EPONYM_HEADS)

    def role_end(self, head: int, name: int) -> int:
        """The last token of a role before the name at ``name``: honorifics the name's mention reads
        (وزيرة الثقافة الدكتورة X) are no part of a role that has other words."""
        k = name - 1
        while k > head and fold(self.texts[k]) in folded_word_list("honorifics"):
            k -= 1
        return k

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
        senior = j > 0 and self.lex.keys.key(self.texts[j - 1]) in senior_keys()
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
            if t.kind == "punct" and t.text not in "-\"«»" or self.clause_between(j, j + 1):
                return None
            if j - m.last > _MAX_GUESS_GAP:
                return None
            if free_word(j) and self.could_start_name(j, m):
                k = j
                while k + 1 < len(self.tokens) and k + 1 - j < 3 and free_word(k + 1) \
                        and self.likeness(self.tokens[k + 1].text) > _NAME_CONTINUES:
                    k += 1
                return Span(j, k, "PER")
            if j not in taken and not self.continues_complement(j, taken):
                return None  # (الرئيس الروسي يدرك جيدا, الرئيس الفرنسي على أسئلتهم: the title's phrase has ended)
            j += 1
        return None

    def dative(self, i: int) -> bool:
        """Token ``i`` opens with the preposition ل before the article (للأمير, للرئيس): a name there
        is the dative of the clause, not a title's holder.  Not ل before a name without the article,
        which is as often the name's own letter (لحبيب شنتوف, ليام فوكس)."""
        word = fold(self.texts[i])
        return word.startswith("لل")

    def dative_rank(self, first: int, item: Match | Span) -> bool:
        """The item at ``first`` is a rank of ``conjunct_ranks.txt`` after the dative ل and the article
        (للرئيس, للملك): a rank is complete alone, so the name after it is its holder's, the dative of
        the clause, not the holder of a title before (قائد مؤيد للرئيس السوري بشار الأسد)."""
        return isinstance(item, Match) and item.entry.kind == "title" and self.dative(first) \
            and "ا" + fold(self.bare(first, item.last))[1:] in folded_word_list("conjunct_ranks")

    def object_between(self, m: Match, first: int, rest: list) -> bool:
        """A word between the title ``m`` and token ``first`` that neither qualifies the title (an
        adjective of ``title_adjectives.txt``, a nationality) nor is a word of it: the clause's object or
        another noun (الأمير الجائزة للرئيس); not الابنة الأولى للرئيس, whose complement follows."""
        demonyms = {i for f, last, it in rest if isinstance(it, Match) and it.entry.kind == "demonym"
                    for i in range(f, last + 1)}
        return any(i not in demonyms and fold(self.texts[i]) not in folded_word_list("title_adjectives")
                   for i in range(m.last + 1, first))

    def particle(self, i: int) -> bool:
        """Token ``i`` is a preposition, particle, pronoun or demonstrative (the words without the
        article of ``role_tail_stops.txt``: في, على, إلى, كان, هذه; compared as written, so the name
        علي is not على): a title's holder never follows one (سفير فرنسا في الأمم المتحدة فرانسوا
        دولاتر: a name right after في is a place or a body)."""
        return written_key(self.texts[i]) in _particles()

    def continues_complement(self, j: int, taken: set[int]) -> bool:
        """Token ``j``, between a title and a name guessed after it, can be a word of the title's
        complement: an adjective of titles (``title_adjectives.txt``: الرئيس السابق, الفريق أول), a
        definite word that is no time word (الأحد; ``role_tail_stops.txt``), a name-like word the guess could not
        start on (نائب رئيس المفوضية الأوروبية يركي كتاينن, العميد شامل روكز), or an indefinite noun in
        construct right after an indefinite word of the title (رئيس قسم, مدير عام) with no proclitic
        or tanween, and a preposition before a definite word or a name (النائب عن نداء تونس ليلى
        الشتاوي).  A verb, a quotation mark, a number or a particle before anything else ends it: a
        word after one is no holder's name (الرئيس الروسي يدرك جيدا, الرئيس الفرنسي على أسئلتهم, ولي العهد
        "إذا كان تحالفنا")."""
        assert self.likeness is not None
        word = self.texts[j]
        key = fold(word)
        if self.tokens[j].kind == "word" and self.particle(j):
            return j + 1 < len(self.tokens) and (j + 1 in taken or self.is_definite(j + 1))  # (النائب عن نداء تونس)
        if key in folded_word_list("title_adjectives"):
            return True
        if self.tokens[j].kind != "word" or reads_as_verb(word) or self.lex.keys.key(word) in role_break_keys() \
                or key in folded_word_list("role_tail_stops"):
            return False
        if self.is_definite(j) or self.likeness(word) > _SKIPPED_LIKENESS:
            return True
        return j - 1 not in taken and self.tokens[j - 1].kind == "word" and not self.is_definite(j - 1) \
            and not self.lex.keys.proclitic_length(word) and not word.endswith(TANWEEN)

    def could_start_name(self, j: int, title: Match) -> bool:
        """A guessed name starts with a name-like word without the article, that is not the word right
        after an indefinite title (its complement) or after the construct form of a place noun or a
        facility's head in the title's phrase (مدير ميناء سيت), nor a place the lexicon knows, nor a word
        with a proclitic (بنعيم reads better as ب + نعيم), nor a finite verb (ورحب الرئيس بالخطاب
        ورأى فيه: the next clause), nor, after an indefinite title (خبير كيميائي), a relational
        adjective."""
        word = self.tokens[j].text
        if j == title.last + 1 and not self.is_definite(title.last) or j in self.place_words or j in self.misc_words:
            return False  # مساعد محافظ كهكيلوية: an indefinite title's complement; رئيس بلدية تبوك; بجائزة نوبل
        if j > title.last + 1 and (self.after_place_noun(j) or self.after_facility_head(j)):
            return False  # مدير ميناء سيت, رئيس بلدية حسين داي: the place's name, not the holder's
        if self.is_definite(j) or len(word) < 3 or word.endswith(TANWEEN) or self.likeness(word) <= _NAME_STARTS \
                or reads_as_verb(word):
            return False  # (nor a word with tanween, an indefinite noun: الفنان مشواراً)
        if word[0] in "وفبل" and self.likeness(word[1:]) > self.likeness(word):
            return False
        return not (fold(word).endswith("ي") and not self.is_definite(title.last))

    @staticmethod
    def is_person(item: Match | Span) -> bool:
        if isinstance(item, Span):
            return item.type == "PER"
        return item.entry.type == "PER"
