"""Bodies named by a head noun (:class:`BodyFinder`, part of the unit linker): a head and relational
adjectives (المجلس التنفيذي), a head and a nationality (المحكمة التركية), either with its remit
after ل (الهيئة العامة للسياحة والتراث الوطني), a head before a quoted name (بنك "يوني كريديت") or
before a name (جامعة كامبريدج)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.arabic import Token
from khabar.entities.clusters import word_clusters
from khabar.entities.cues import (
    HEAD_TYPE,
    READINGS,
    demonym_keys,
    heads_apart_from_places,
    quoted_name_heads,
    remit_heads,
    title_keys,
    word_cues,
)
from khabar.entities.finance import company_with_nationality, names_a_country_body
from khabar.entities.keys import fold, written_length
from khabar.entities.lexicon import folded_word_list, words_by
from khabar.entities.matcher import Lexicon, Match

_MAX_REMIT = 5  # words of a body's remit (للسياحة والتراث الوطني) after its head and adjectives
QUOTE_MARKS = frozenset('"«»“”')
#: Brackets that, right after a head noun, hold a name as quotes do (موقع (إنفو وورز), شركة (توتال)).
NAME_BRACKETS = ("(", ")")
#: How a feminine elative adjective ends (الكبرى، الأولى، الوسطى، العليا، الدنيا): a definite word in
#: ى or ا after a definite feminine noun may qualify it, though it ends in no ة (للصناعة الكبرى).
_FEMININE_ELATIVE_ENDINGS = ("ى", "ا")


@cache
def rank_elatives(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Keys of ``rank_elatives.tsv``'s elatives (``elative``) and the body nouns they close (``head``)."""
    return words_by("rank_elatives", "role", lex.keys.key)


#: Adjectives of rank that, after a head noun, name a body (المحكمة العليا, المجلس الأعلى).
_RANK_ADJECTIVES = frozenset({"عليا", "اعلي", "مستقله", "دائمه", "عامه", "عام"})


@dataclass
class Span:
    """A tagger span over tokens ``[first, last]`` with an ANERcorp-like type (PER/ORG/GPE/LOC/MISC)."""

    first: int
    last: int
    type: str
    clitic: int = 0  # characters of a proclitic the span's first word opens with (وسيد: 1)


class BodyFinder:
    """Spans of bodies in one unit; the linker provides the tokens, their cues and the lexicon."""

    tokens: list[Token]
    text: str
    texts: list[str]
    cues: list[tuple]
    covered: set[int]
    lex: Lexicon

    def is_definite(self, i: int) -> bool:
        """The token carries the article (الحكومة, للحكومة), unlike the construct form (حكومة)."""
        word = self.tokens[i].text
        rest = self.lex.keys.fold_past_proclitics(word)
        return rest.startswith("ال") or fold(word).lstrip("وف").startswith("لل")

    def headed_bodies(self, matches: list[Match], spans: list[Span]) -> list[Span]:
        """A definite head noun and definite relational adjectives (المجلس التنفيذي, الغرفة الوطنية,
        الصيدلية المركزية), or a construct head of a remit and the definite noun after it (محكمة
        الاستئناف, نقابة الصحفيين, هيئة السوق المالية: ``org_heads.tsv`` remit), name one body;
        nationality adjectives are left to headed_nationalities."""
        n = len(self.tokens)
        # only ORG heads take adjectives; the tokens' cues first keep the scan cheap
        types = list(map(HEAD_TYPE, self.cues))
        if "ORG" not in types:
            return []
        heads = [i for i, type_ in enumerate(types) if type_ == "ORG" and i < n - 1]
        out = []
        taken = {i for m in matches for i in range(m.first, m.last + 1)}
        taken |= {i for sp in spans for i in range(sp.first, sp.last + 1)}
        # a country's generic institution read in a لل word (للانتخابات: an election, للأمن: security
        # forces) is a body's remit there (الهيئة العليا المستقلة للانتخابات, الإدارة العامة للأمن الوطني)
        remit_taken = taken - {k for m in matches if m.entry.kind == "institution" and fold(self.texts[m.first])
                               .startswith("لل") for k in range(m.first, m.last + 1)}
        end = -1  # a body's adjectives are not heads of another
        for i in heads:
            if i <= end or i in taken or self.tokens[i].kind != "word":
                continue
            definite = self.is_definite(i)
            if definite and self.construct_only(i):
                continue
            if not definite and not (i + 1 not in taken and self.is_remit_head(i) and self.is_remit_noun(i + 1)):
                continue
            j = i if definite else i + 1  # (محكمة الاستئناف: the construct head and its remit noun)
            while j + 1 < n and j + 1 not in taken and self.continues_body(i, j + 1, definite):
                j += 1
            if j > i:
                j = self.remit_end(j, remit_taken, articled=not definite)
                out.append(Span(i, j, "ORG", self.head_clitic(i)))
                end = j
        return out

    def with_remits(self, spans: list[Span], matches: list[Match]) -> list[Span]:
        """The tagger's bodies that open with a definite head noun (المنظمة العربية) run on over
        their remit after لل (المنظمة العربية للسياحة), as :meth:`headed_bodies` reads its own; the
        tagger often stops before it."""
        taken = {i for m in matches for i in range(m.first, m.last + 1)}
        taken |= {i for sp in spans for i in range(sp.first, sp.last + 1)}
        out = []
        for s in spans:
            if s.type == "ORG" and self.tokens[s.first].kind == "word" and HEAD_TYPE(self.cues[s.first]) == "ORG" \
                    and self.is_definite(s.first):
                # (no nationality: the lexicon's match of it would drop the tagger's longer span)
                s = Span(s.first, self.remit_end(s.last, taken, articled=True, nationality=False), s.type, s.clitic)
            out.append(s)
        return out

    def continues_body(self, head: int, k: int, definite: bool) -> bool:
        """Word ``k`` runs on the body named from ``head``: a body adjective, or after a construct
        head (not ``definite``), a conjunct or participle of its remit within :data:`_MAX_REMIT`
        words (هيئة الحقيقة والكرامة, منظمة البلدان المصدرة)."""
        if self.is_body_adjective(k):
            return True
        return not definite and k - head <= _MAX_REMIT and fold(self.texts[k]).startswith(("وال", "الم")) \
            and self.continues_remit(k)

    def head_clitic(self, i: int) -> int:
        """Characters of the proclitics before head noun ``i`` (ومديرية, بالمديرية: 1), which the
        lexicon's keys, knowing no alias with the head, leave on it; 0 for لل, which no slice of the
        word reads as the article and the head."""
        word = self.tokens[i].text
        w = fold(word)
        head = next((r for r in reversed(READINGS(self.cues[i])) if HEAD_TYPE(word_cues(r)) is not None), w)
        letters = len(w) - len(head)
        if letters >= 2 and w[letters - 2:letters] == "ال":
            letters -= 2
        return 0 if letters <= 0 or w.startswith("لل") else written_length(word, letters)

    def is_remit_noun(self, k: int) -> bool:
        """A definite noun written without a proclitic (الاستئناف, الصحفيين) that may be the remit of
        the construct head before it: not a stop (التي, الخميس), a nationality or a title opening a
        name (مؤسسة الملك عبد الله)."""
        t = self.tokens[k]
        w = fold(t.text)
        if t.kind != "word" or not w.startswith("ال") or len(w) < 5 or w in folded_word_list("remit_stops"):
            return False
        key = self.lex.keys.key(t.text)
        return key not in demonym_keys() and key not in title_keys()

    def remit_end(self, j: int, taken: set[int], articled: bool = False, nationality: bool = True) -> int:
        """A body's name runs on over its remit after ل (الهيئة العامة للسياحة والتراث الوطني,
        الهيئة الوطنية لمكافحة الفساد, الاتحاد السعودي لكرة القدم): a لل word, or (not ``articled``:
        after a construct head's remit noun, اتحاد الكرة لعدد من الأسماء is no name) a ل word and at
        most one more word before a definite one; then definite words (adjectives, وال conjuncts).
        ``remit_stops.txt`` lists the words that neither begin nor continue one; ``remit_conjuncts.txt``
        the nouns after و that carry it on (ومكافحة الفساد).  With ``nationality``, a nationality
        agreeing with the last remit word closes it (:meth:`remit_nationality`)."""
        toks, n = self.tokens, len(self.tokens)

        def free(k: int) -> bool:
            return k < n and k not in taken and toks[k].kind == "word"

        k = j + 1
        w = fold(toks[k].text) if free(k) else ""
        if len(w) < 4 or w[0] != "ل" or w in folded_word_list("remit_stops"):
            return j
        if not w.startswith("لل"):
            if articled:
                return j
            k = next((x for x in (k + 1, k + 2) if free(x) and self.is_definite(x)), None)
            if k is None or not all(free(x) for x in range(j + 1, k)):
                return j
        while k + 1 - j <= _MAX_REMIT and free(k + 1):
            if self.continues_remit(k + 1) and not self.disagrees(k, k + 1):
                k += 1
            elif self.remit_conjunct(k + 1) and free(k + 2) and self.continues_remit(k + 2):
                k += 2  # (للحوكمة الرشيدة ومكافحة الفساد)
            else:
                break
        return k + 1 if nationality and self.remit_nationality(k, k + 1) else k

    def remit_conjunct(self, k: int) -> bool:
        """Token ``k`` is و and a noun of ``remit_conjuncts.txt`` (ومكافحة, وحقوق): a second part of
        the remit when a definite genitive follows."""
        w = fold(self.tokens[k].text)
        return w.startswith("و") and w[1:] in folded_word_list("remit_conjuncts")

    def remit_nationality(self, k: int, nxt: int) -> bool:
        """Token ``nxt`` is a nationality adjective agreeing with the remit noun ``k`` before it, a
        plural with a plural or a feminine with a feminine (للصحفيين التونسيين, للرياضة السعودية):
        the body's own name (النقابة الوطنية للصحفيين التونسيين), not a second mention.  A remit
        noun that heads a body itself (للاتحاد السعودي, للجيش اليمني) keeps its nationality."""
        if nxt >= len(self.tokens) or self.tokens[nxt].kind != "word" or self.is_head(k):
            return False
        word, after = fold(self.texts[k]), fold(self.texts[nxt])
        if not (word.startswith("لل") and after.startswith("ال")):
            return False
        key = self.lex.keys.key(self.texts[nxt])
        if word.endswith("ين") and key.endswith("يين"):
            return key[:-2] in demonym_keys()  # (the plural التونسيين: the key of تونسي)
        return word.endswith("ه") and key.endswith("يه") and key in demonym_keys()

    def disagrees(self, k: int, nxt: int) -> bool:
        """Token ``nxt``, a definite word right after the definite feminine noun ``k`` (للرياضة,
        الهيئة), ends in no ة: no adjective of it but the clause's next word (الهيئة العامة للرياضة
        اللقاء النهائي: the final is what was attended); a word after و is a conjunct (للسياحة والتراث),
        one after an indefinite word its genitive (لمكافحة الفساد)."""
        word, after = fold(self.texts[k]), fold(self.texts[nxt])
        return word.endswith("ه") and word.startswith(("ال", "لل", "وال", "بال")) \
            and after.startswith("ال") and not after.endswith("ه") \
            and not self.texts[nxt].endswith(_FEMININE_ELATIVE_ENDINGS)

    def continues_remit(self, k: int) -> bool:
        """A definite word, perhaps after و, that is neither a stop (التي, الخميس) nor the head of
        another body (والشركة)."""
        w = fold(self.tokens[k].text)
        bare = w[1:] if w.startswith("وال") else w
        return bare.startswith("ال") and bare not in folded_word_list("remit_stops") and not self.is_head(k)

    def adjectives_end(self, last: int) -> int:
        """The last of the body adjectives right after token ``last`` (مركز الملك عبدالله المالي), or
        ``last`` when none follows."""
        while last + 1 < len(self.tokens) and self.is_body_adjective(last + 1):
            last += 1
        return last

    def is_body_adjective(self, i: int) -> bool:
        t = self.tokens[i]
        if t.kind != "word" or not fold(t.text).startswith("ال"):
            return False
        key = self.lex.keys.key(t.text)
        if fold(t.text) in folded_word_list("remit_stops"):  # (المجموعة الأولى is a group, not a body)
            return False
        return len(key) >= 4 and key not in demonym_keys() and (   # (not التي, الذي)
            key.endswith(("ي", "يه")) or key in _RANK_ADJECTIVES)

    def rank_elative_end(self, head: int, last: int, taken: set[int]) -> int:
        """``last``, or the elative of rank right after it that closes the name of a body noun's
        ``head`` (المحكمة البريطانية العليا, المجلس الأفغاني الأعلى; ``rank_elatives.tsv``)."""
        k = last + 1
        if k >= len(self.tokens) or self.tokens[k].kind != "word" or k in taken:
            return last
        words = rank_elatives(self.lex)
        key = self.lex.keys.key
        return k if key(self.texts[k]) in words["elative"] and key(self.texts[head]) in words["head"] else last

    def headed_nationalities(self, matches: list[Match]) -> list[Span]:
        """A definite head noun and a nationality adjective (المحكمة التركية, المجلس الأعلى الليبي is
        left to the lexicons), or a construct head, its remit noun and one (نقابة الصحفيين
        التونسيين), make one body of that country, with its remit after ل (الهيئة السعودية
        للمواصفات والمقاييس)."""
        out = []
        taken = {i for m in matches for i in range(m.first, m.last + 1)}
        for m in matches:
            h = m.first - 1
            if m.entry.kind not in ("demonym", "people") or h < 0 or h in taken or self.tokens[h].kind != "word":
                continue
            type_ = HEAD_TYPE(self.cues[h])
            if m.entry.kind == "demonym" and type_ in ("ORG", "FAC") and self.is_definite(h) \
                    and not self.construct_only(h):
                last = self.remit_end(self.rank_elative_end(h, m.last, taken), taken) if type_ == "ORG" else m.last
                out.append(Span(h, last, type_, self.head_clitic(h)))
            elif h > 0 and h - 1 not in taken and self.is_remit_head(h - 1) and self.is_remit_noun(h):
                # (a people's plural agrees with a plural remit: نقابة الصحفيين التونسيين)
                out.append(Span(h - 1, self.remit_end(m.last, taken), "ORG", self.head_clitic(h - 1)))
            elif (company := company_with_nationality(self, m, taken)) is not None:  # (شركة السلام الكويتية)
                out.append(company)
        return out

    def is_remit_head(self, i: int) -> bool:
        """A construct head of a remit (``org_heads.tsv`` remit: محكمة, نقابة, هيئة)."""
        return self.tokens[i].kind == "word" and HEAD_TYPE(self.cues[i]) == "ORG" and not self.is_definite(i) \
            and not remit_heads().isdisjoint(READINGS(self.cues[i]))

    def construct_only(self, i: int) -> bool:
        """Token ``i`` is a head that names a body only as a construct before its remit (وزارة الآثار:
        ``construct_only_heads.txt``); the definite head (الوزارة الصينية) refers back to one."""
        return not folded_word_list("construct_only_heads").isdisjoint(READINGS(self.cues[i]))

    def is_head(self, i: int) -> bool:
        return HEAD_TYPE(self.cues[i]) is not None

    def quoted_names(self, matches: list[Match]) -> list[Span]:
        """A head noun before a quoted name (بنك "يوني كريديت", الشركة "ريفوز"), or an indefinite one
        before a name in brackets of words not all frequent ones, the first no stop word (موقع (إنفو
        وورز); not تنظيم (المتطرف), حزب (لم تسمه), ناقل الحركة (القير): a gloss), is one body: the span
        runs from the head to the closing quote; a name the lexicons know that fills the quotes is left
        to them (صحيفة "واشنطن بوست"), one inside a longer quoted name is part of it (حزب "اليسار
        الجمهوري في كاتالونيا").  After a definite head, which names its body already, quoted common
        words are what is said of it (الوزارة "مخرج من ورطة", للاتحاد "مقترحات جديدة"), no name."""
        out: list[Span] = []
        toks = self.tokens
        if QUOTE_MARKS.isdisjoint(self.texts) and NAME_BRACKETS[0] not in self.texts:  # most units quote nothing
            return out
        for i in [q - 1 for q, w in enumerate(self.texts)
                  if (w in QUOTE_MARKS or w == NAME_BRACKETS[0]) and 1 <= q < len(toks) - 2]:
            if toks[i].kind != "word" or toks[i].end == toks[i + 1].start:
                continue  # (a mark glued to the head closes a quote: الرابطة" واعدا بـ"...)
            type_ = HEAD_TYPE(self.cues[i]) or quoted_name_heads().get(fold(self.texts[i]))
            if type_ is None:
                continue
            bracket = self.texts[i + 1] == NAME_BRACKETS[0]
            closers = (NAME_BRACKETS[1],) if bracket else QUOTE_MARKS
            close = next((j for j in range(i + 2, min(i + 7, len(toks))) if toks[j].text in closers), None)
            if close is None or close == i + 2 or any(t.kind == "punct" for t in toks[i + 2:close]):
                continue
            if self.is_definite(i) and any(map(self.frequent_word, range(i + 2, close))):
                continue  # (الوزارة "مخرج من ورطة": what is said of the body the definite head names)
            if bracket and (self.is_definite(i) or all(map(self.frequent_word, range(i + 2, close)))
                            or fold(self.texts[i + 2]) in folded_word_list("stopwords")):
                continue  # (تنظيم (المتطرف), حزب (لم تسمه): a gloss or an aside in brackets, no name)
            if any(m.first <= i + 2 and close - 1 <= m.last and m.entry.kind == "named" for m in matches):
                continue  # (a known name that fills the quotes; one inside a longer name is part of it)
            out.append(Span(i, close, type_))
        return out

    def frequent_word(self, i: int) -> bool:
        """Token ``i``, without its proclitic, is one of the corpora's frequent words (``clusters.tsv``)."""
        word = self.texts[i]
        return self.lex.keys.fold_past_proclitics(word) in word_clusters()

    def with_head(self, first: int, last: int, item: Match | Span) -> tuple[int, int, Match | Span]:
        """A town or place name right after a head noun (جامعة كامبريدج, سجن صيدنايا, بنك إنكلترا)
        becomes that body or facility, with the relational adjectives after it (مطار حائل الإقليمي),
        and so does a person's name after the construct form of a
        facility's head (مستشفى فرحات حشاد, مطار رفيق الحريري: named after the person; not حكومة
        نتنياهو, a body the person leads)."""
        if isinstance(item, Span) and item.type == "PER" or isinstance(item, Match) and item.entry.type == "PER":
            return self.named_after_person(first, last, item)
        remit = self.place_remit_end(first, last, item)
        if remit > last:  # (مركز تونس للدراسات الاستراتيجية, مركز الخليج للأبحاث: a body, the place its name)
            return first - 1, remit, Span(first - 1, remit, "ORG", self.head_clitic(first - 1))
        if isinstance(item, Match) and item.entry.kind not in ("city", "capital") \
                and not (item.entry.group == "places" and item.entry.type != "FAC") \
                and not names_a_country_body(self, first, last, item):  # (بورصة الكويت, بنك قطر العربي)
            return first, last, item  # (بنك إنكلترا, كأس أوروبا: a curated region too; not موقع المسجد الأقصى)
        head = first - 1
        if head < 0 or self.tokens[head].kind != "word" or head in self.covered:
            return first, last, item
        type_ = HEAD_TYPE(self.cues[head])
        if type_ is None or self.texts[head][0] in "وف" and head > 0 and HEAD_TYPE(self.cues[head - 1]) is not None:
            return first, last, item  # (مطار وميناء سقطرى: two facilities of the place, which stays a place)
        if (isinstance(item, Match) or item.type in ("GPE", "LOC")) and not self.named_after_place(head, first):
            return first, last, item
        if isinstance(item, Span) and item.type == "ORG" and self.is_definite(first) and head > 0 \
                and self.tokens[head - 1].kind == "word" and HEAD_TYPE(self.cues[head - 1]) == "ORG" \
                and not self.is_definite(head - 1):
            return first, last, item  # (مجلس إدارة الهيئة العامة: the authority's board, not its management;
            # a body named by its own definite head: not مجلس إدارة شركة إير فرانس, لإدارة ميناء الحديدة)
        if type_ in ("ORG", "FAC"):  # مطار حائل الإقليمي, مستشفى الدمام المركزي: its adjectives too
            last = self.adjectives_end(last)
        return head, last, Span(head, last, type_, self.head_clitic(head))

    def place_remit_end(self, first: int, last: int, item: Match | Span) -> int:
        """The end of the remit after ل that follows a place name (tokens ``first`` to ``last``)
        right after the construct form of a body's head (مركز تونس للدراسات, منتدى جدة للموارد
        البشرية): the head, the place and the remit are one body's name, whatever the head is
        before a place alone (مركز ثربان: a district); ``last`` when there is none or the remit is
        one word."""
        head = first - 1
        type_ = item.entry.type if isinstance(item, Match) else item.type
        if type_ not in ("GPE", "LOC") or head < 0 or self.tokens[head].kind != "word" or head in self.covered \
                or HEAD_TYPE(self.cues[head]) != "ORG" or self.is_definite(head) \
                or self.lex.keys.proclitic_length(self.tokens[first].text) \
                or last + 1 >= len(self.tokens) or not fold(self.texts[last + 1]).startswith("ل"):
            return last
        # (a ل remit too, before its genitive: مركز البحرين لحقوق الإنسان, مركز تونس لحرية الصحافة)
        end = self.remit_end(last, getattr(self, "named", set()), articled=fold(self.texts[last + 1]).startswith("لل"))
        # a remit of one word is a purpose as often (جامعة صفاقس للتعبير عن, جماعة إيران للخروج من)
        return end if end > last + 1 else last

    def named_after_person(self, first: int, last: int, item: Match | Span) -> tuple[int, int, Match | Span]:
        """The construct form of a facility's head (person_named_heads.txt: مستشفى, مطار) right
        before a person's name makes the facility named after them."""
        head = first - 1
        if head < 0 or self.texts[first][0] == "و" or not self.is_listed_head(head, "person_named_heads"):
            return first, last, item  # (مستشفى وX: a list)
        return head, last, Span(head, last, "FAC")

    def is_listed_head(self, i: int, listed: str) -> bool:
        """Token ``i`` is a word of the list, as written or after a proclitic the name's mention
        leaves out (ومستشفى, بجامعة)."""
        if i < 0 or self.tokens[i].kind != "word" or i in self.covered:
            return False
        word, heads = self.texts[i], folded_word_list(listed)
        return fold(word) in heads or self.lex.keys.fold_past_proclitics(word) in heads

    def named_after_place(self, head: int, first: int) -> bool:
        """A body named after a place is a construct (مطار جدة) or an agreeing adjective (القمة
        الكورية); الجمعية بمكة, الفريق لمطار القاهرة are something in or for the place, and مكتب
        بغداد an office there."""
        if self.is_definite(head) and not self.is_definite(first):
            return False
        return not self.lex.keys.proclitic_length(self.tokens[first].text) \
            and heads_apart_from_places().isdisjoint(READINGS(self.cues[head]))
