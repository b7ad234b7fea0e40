"""Who is speaking: the entity or words a speaker phrase names.

Its entity is the mention inside the phrase that names the speaker: a person first (المتحدث باسم
الوزارة الجنرال X → X), else the body named after باسم or at the head of the phrase.
Unnamed sources (مصادر، مسؤولون) have no speaker.  A verb with no subject (وأضافت) takes
the last speaker whose gender agrees; a bare definite noun (الوزارة، الجنرال الروسي) the
last speaker whose words share its head; البيان the owner of the last statement.

Where the phrase ends is :mod:`khabar.quotes.extent`; channels are :mod:`khabar.quotes.channels`;
the subject of a sentence's opening verb is :mod:`khabar.quotes.sentence_subjects`.  When no entity
names the speaker, the words that do are found by :mod:`khabar.quotes.names`; a subject written
before its verb (الوزارة أعلنت) by :mod:`khabar.quotes.fronted`.
"""

from __future__ import annotations

from dataclasses import replace

from khabar.arabic.verbs import is_finite_verb
from khabar.model import Ref
from khabar.quotes.context import COMMA, MentionSpan, Unit
from khabar.quotes.extent import phrase_end, speaker_like
from khabar.quotes.fronted import anonymous_head, source_in
from khabar.quotes.lexicon import ANY, complementizers, in_class, is_naming_passive, key
from khabar.quotes.names import (
    NISBA_ENDINGS,
    SpeakerPhrase,
    article_less,
    definite,
    make_phrase,
    name_words,
    nisba,
    nisba_end,
)
from khabar.quotes.noun_phrases import (
    nominative_plural,
    opens_relative_clause,
    publisher_start,
    relative_clause_holding,
)
from khabar.quotes.tracker import Speaker, Tracker
from khabar.quotes.verb_subjects import prepositional

_TYPE_RANK = {"PER": 0, "ORG": 1, "NORP": 2, "GPE": 3}
#: Mentions that only tell an unnamed source's country (مسؤول إسرائيلي).
_NATIONALITY_TYPES = ("NORP", "GPE", "LOC")


def _accepted(unit: Unit, mention: MentionSpan, phrase_start: int, after_basm: int | None) -> bool:
    at_head = mention.start <= unit.tokens[phrase_start].start + 2
    return at_head or mention.type == "PER" or (after_basm is not None and mention.start >= after_basm)


def choose_entity(unit: Unit, start: int, end: int) -> MentionSpan | None:
    """The mention in tokens [start, end) that names the speaker."""
    if end <= start:
        return None
    chars = unit.tokens[start].start, unit.tokens[end - 1].end
    mentions = unit.mentions_in(*chars)
    basm = None
    if unit.is_a(start, "spokesperson"):
        basm = next((unit.tokens[j].end for j in range(start, end) if unit.bare(j) == "باسم"), None)
    accepted = [m for m in mentions if _accepted(unit, m, start, basm)
                and not in_class("anonymous", unit.keys[unit.token_at(m.start)])  # خبراء is no name
                and not _in_qualifying_clause(unit, start, end, m)  # التيار الذي يقوده X: not X
                and not (_names_a_body(unit, m) and any(o.type == "PER" and o.start > m.end for o in mentions))]
    if not accepted:
        return None
    return min(accepted, key=lambda m: (_TYPE_RANK.get(m.type, 4), m.start))


def _names_a_body(unit: Unit, mention: MentionSpan) -> bool:
    """A person's name right after a noun heading a body (بمكتب إرشاد الحافلات، مركز محمد بن راشد)
    names the body, not a person who speaks, where a person is named after it (the title's holder:
    بمكتب إرشاد الحافلات بالمدينة مروان خاشقجي); alone it may be the holder (برئاسة الشيخ محمد)."""
    j = unit.token_at(mention.start)
    if mention.type != "PER" or j == 0 or unit.tokens[j - 1].kind != "word":
        return False
    k = unit.keys[j - 1]
    return unit.is_a(j - 1, "office_body") or (k[:1] in ("ب", "ل") and in_class("office_body", k[1:]))


def _in_qualifying_clause(unit: Unit, start: int, end: int, mention: MentionSpan) -> bool:
    """The mention stands in a relative clause on a speaker named before it (متحدث باسم التيار
    الذي يقوده X): X is not the speaker.  After a document (القرار الذي أصدره X) it is."""
    j = relative_clause_holding(unit, start, end, mention.start)
    if j is None:
        return False
    head = make_phrase(unit, start, j)
    return head is not None and not unit.is_a(start, "statement_noun") and speaker_like(unit, head)


def resolve(unit: Unit, phrase: SpeakerPhrase | None, gender: str, tracker: Tracker,
            window_end: int | None = None) -> Speaker | None:
    """The speaker a phrase names, or the implicit subject when there is none."""
    if phrase is None:
        return tracker.last(gender)
    if phrase.end - phrase.start > 2 and unit.bare(phrase.start) == "كل" and unit.keys[phrase.start + 1] == "من":
        phrase = make_phrase(unit, phrase.start + 2, phrase.end) or phrase  # أعلنت كل من X وY
    phrase = _named_by_naming(unit, phrase)
    head = unit.keys[phrase.start]
    if _same_source(unit, phrase):  # وأضاف ذات المصدر، المصدر نفسه: whoever spoke last, named or not
        return tracker.last(gender) or Speaker(None, gender, _head_words(unit, phrase))
    if _demonstrated_source(unit, phrase):
        # وقالت هذه المصادر: the sources named before, unnamed; not whoever spoke last
        return tracker.by_head(article_less(unit.keys[phrase.start + 1])) or Speaker(None, gender, _head_words(unit, phrase))
    if unit.is_a(phrase.start, "pronoun") or unit.is_a(phrase.start, "relative") or _verb_headed(unit, phrase):
        return tracker.last(gender)  # وقالت ذلك / سموه: the subject named before; أن تطلق أغنية: a verb
    publisher = _publisher(unit, phrase, window_end)
    if publisher is not None:  # وذكر البيان الذي أصدرته الوزارة: the ministry speaks through it
        return resolve(unit, publisher, gender, tracker)
    mention = choose_entity(unit, phrase.start, window_end or phrase.end)
    words = _head_words(unit, phrase)
    if mention is not None and mention.type in _NATIONALITY_TYPES and _unnamed_head(unit, phrase.start) \
            and mention.start > unit.tokens[phrase.start].start and mention.end >= unit.tokens[phrase.end - 1].end:
        return Speaker(None, gender, words)  # مسؤول إسرائيلي، مصادر أمريكية: unnamed, whatever their country
    if mention is not None and _placed_source(unit, phrase, mention):
        return Speaker(None, gender, words)  # مسؤول عسكري في جيش حفتر: unnamed, wherever they serve
    named = _named_spokesperson(unit, phrase, mention, window_end) or (None if mention else _quoted_name(unit, phrase))
    if named is not None:
        return Speaker(Ref(text=named), gender, words)
    if mention is not None and _persons_body(unit, phrase, mention):  # إدارة الرئيس دونالد ترامب: not ترامب
        return Speaker(Ref(text=unit.text[unit.tokens[phrase.start].start:_closing_quote_end(unit, mention.end)]),
                       gender, words)
    if mention is not None and unit.is_a(phrase.start, "kin"):  # والد الطفل "يوسف": not يوسف
        end = _closing_quote_end(unit, mention.end)
        return Speaker(Ref(text=unit.text[unit.tokens[phrase.start].start:end]), gender, words)
    if mention is not None:
        known = tracker.by_entity(mention.entity)
        if known is not None and not _speaks_for_another(unit, phrase, mention, known):
            known.add_words(words)
            return known
        if mention.type == "PER":
            text = _person_words(unit, phrase, mention)
        elif mention.start <= unit.tokens[phrase.start].start + 1 and not _after_naming(unit, phrase):
            # ونفت روسيا مزاعم ...: the name, not its object; after يدعى all the words are the name
            text = unit.text[mention.start:max(mention.end, _mention_with_nisba_end(unit, mention))]
        else:
            text = phrase.words
        return Speaker(Ref(text=text, entity=mention.entity), gender, words)
    bare_head = article_less(head)
    name = name_words(unit, phrase)
    if (in_class("anonymous", bare_head) or anonymous_head(unit, phrase.start) or nominative_plural(unit, phrase.start)) \
            and not _counted_people(unit, phrase) and (name == phrase.words or _relational_only(name) or _source_and_country(name, bare_head)):
        return Speaker(None, gender, words)  # مسؤول إسرائيلي، مصدر أمني مسؤول بالمنطقة: no name
    if unit.is_a(phrase.start, "statement_noun") and not definite(unit.bare(phrase.start)):
        return _document_speaker(unit, phrase, gender, tracker, window_end)
    if unit.is_a(phrase.start, "statement_noun") and phrase.end - phrase.start <= 2:
        return tracker.statement_owner or tracker.last(ANY)
    same = any(unit.is_a(j, "same") for j in range(phrase.start, phrase.end))
    if bare_head != head and (same or name == phrase.words):
        known = tracker.by_head(bare_head)
        # a short definite phrase (الوزير، الطبيب ذاته), or one a speaker was named by before
        # (القيادية في حركة نداء تونس، سلمى اللومي ... القيادية في حركة نداء تونس)
        if known is not None and (same or phrase.end - phrase.start <= 3
                                  or set(words.split()) <= set(known.words.split())):
            known.add_words(words)
            return known
    return Speaker(Ref(text=name), gender, words)


def _demonstrated_source(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """A demonstrative and an unnamed source's noun (هذه المصادر، هذا المصدر): the source named so
    before, named or not."""
    return phrase.end - phrase.start >= 2 and unit.is_a(phrase.start, "relative") \
        and definite(unit.keys[phrase.start + 1]) and in_class("anonymous", article_less(unit.keys[phrase.start + 1]))


def _counted_people(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """A count heads a group of people named by what they are (عدد من اليمنيين، بعض المحتجين): the
    group speaks, as 'Western powers' do; not a group of unnamed sources (عدد من المسؤولين، بعض
    المصادر), who stay unnamed."""
    if phrase.end - phrase.start < 2 or not unit.is_a(phrase.start, "quantity"):
        return False
    group = phrase.start + 2 if unit.keys[phrase.start + 1] == "من" else phrase.start + 1
    if group >= phrase.end:
        return False
    k = unit.keys[group]
    return k.startswith("ال") and k.endswith(("ين", "ون")) and not in_class("anonymous", k[2:])


#: ل on the article, which has taken its alif (للداخلية); the owner is named with the article.
_LAM_ARTICLE = "لل"
_ARTICLE = "ال"
#: How far after an indefinite document its owner may be named (تقرير حكومي صادر عن X).
_OWNER_WINDOW = 4


def _closing_quote_end(unit: Unit, end: int) -> int:
    """``end``, past the quotation mark closing a quoted name there (حركة "نور الدين زنكي")."""
    return end + 1 if end < len(unit.text) and unit.text[end] in _CLOSING_MARKS else end


_QUOTE_MARKS = "\"«»“”'"
_CLOSING_MARKS = "\"»”'"
#: Most words of the genitive between a body and its person's name (إدارة الرئيس الأمريكي X).
_MAX_BODY_GENITIVE = 4


def _persons_body(unit: Unit, phrase: SpeakerPhrase, mention: MentionSpan) -> bool:
    """The phrase is a body in construct with the person mentioned after its head (``office_body``:
    إدارة الرئيس دونالد ترامب، مكتب رئيس الوزراء X): the body speaks, not the person, unless a name
    covers the head (مكتب التحقيقات الفيدرالي is one)."""
    head = unit.tokens[phrase.start]
    if mention.type != "PER" or mention.start <= head.start or not unit.is_a(phrase.start, "office_body") \
            or unit.mentions_at(head.start):
        return False
    first = unit.token_at(mention.start)  # the genitive: words only (الرئيس الأمريكي، رئيس الوزراء)
    return first - phrase.start <= _MAX_BODY_GENITIVE and all(
        (unit.tokens[j].kind == "word" and not prepositional(unit.keys[j])) or unit.tokens[j].text in _QUOTE_MARKS
        for j in range(phrase.start + 1, first))  # حركة "نور الدين زنكي": a quoted name


def _document_speaker(unit: Unit, phrase: SpeakerPhrase, gender: str, tracker: Tracker,
                      window_end: int | None) -> Speaker:
    """A document not named before (تقرير، بيان، دراسة) speaks for the owner written with it: the
    noun its head is in construct with (بيان الوزارة), a person or body after ل (تقرير لوكالة
    "موديز"، بيان للنيابة الإدارية) or after صادر عن / من (تقرير صادر عن المكتب التجاري); with no
    owner, the document itself (بيان حكومي، دراسة حديثة), not the statement named before."""
    words = _head_words(unit, phrase)
    first = phrase.start + 1
    # بيان الوزارة، تقرير المستشفى (the article as written: إلكترونية is keyed like الكترونية)
    if first < phrase.end and unit.tokens[first].text.startswith(("ال", "وال")):
        found = resolve(unit, make_phrase(unit, first, phrase.end), gender, tracker)
        if found is not None and found.ref is not None:
            return found
    owner = _document_owner(unit, first, max(window_end or 0, phrase.end))
    if isinstance(owner, SpeakerPhrase):
        found = resolve(unit, owner, gender, tracker)
        if found is not None and found.ref is not None and found.ref.text.startswith(_LAM_ARTICLE):
            found.ref = replace(found.ref, text=_ARTICLE + found.ref.text[len(_LAM_ARTICLE):])  # للداخلية
        return found or Speaker(Ref(text=phrase.words), gender, words)
    if owner is not None:  # للنيابة الإدارية: the body no tagger named, without its ل
        return tracker.by_head(article_less(key(owner.split()[0]))) or Speaker(Ref(text=owner), gender, words)
    return Speaker(Ref(text=phrase.words), gender, words)


def _document_owner(unit: Unit, first: int, stop: int) -> SpeakerPhrase | str | None:
    """The owner named within a few words after a document: the phrase of a person or body
    mentioned after ل, من/عن or صادر عن/من, or the words of an untagged definite body after ل
    (للنيابة الإدارية → النيابة الإدارية); None when punctuation, a complementizer or nothing such
    comes first."""
    for j in range(first, min(len(unit.tokens), max(stop, first + _OWNER_WINDOW))):
        if unit.tokens[j].kind != "word" or unit.keys[j] in complementizers():
            return None
        k = unit.keys[j]
        if unit.is_a(j, "issued") and j + 1 < len(unit.tokens) and in_class("owner_prep", unit.keys[j + 1]):
            j += 1
            k = unit.keys[j]
        if in_class("owner_prep", k) or (k.startswith("ل") and not k.startswith("ال")):
            mention = _owner_mention(unit, j)
            if mention is not None:
                return make_phrase(unit, unit.token_at(mention.start), unit.token_at(mention.end - 1) + 1)
            if k.startswith("لل") and in_class("office_body", k[2:]):  # للنيابة الإدارية: ل took the alif
                end = nisba_end(unit, j + 1, len(unit.tokens))
                return " ".join(["ال" + unit.tokens[j].text[2:]] + [t.text for t in unit.tokens[j + 1:end]])
            return None
    return None


def _owner_mention(unit: Unit, j: int) -> MentionSpan | None:
    """A person or body mentioned in the word ``j`` after its preposition (لوزارة الخارجية) or
    within the two words after it (لوكالة "موديز"، من شركة بريكين); the tagger may take the ل
    into the mention (للداخلية)."""
    limit = unit.tokens[min(j + 2, len(unit.tokens) - 1)].end
    return next((m for m in unit.starting_in(unit.tokens[j].start, limit) if m.type in ("PER", "ORG")), None)


def _head_words(unit: Unit, phrase: SpeakerPhrase) -> str:
    """The phrase's keys without their articles, by which a later definite noun finds its speaker
    (الوزارة → وزاره)."""
    return " ".join(article_less(unit.keys[j]) for j in range(phrase.start, phrase.end))


def _speaks_for_another(unit: Unit, phrase: SpeakerPhrase, mention: MentionSpan, known: Speaker) -> bool:
    """A spokesperson of a body (متحدث باسم الجيش الشعبي) is not whoever spoke before under another
    phrase for the same body (متحدث باسم الجيش الحكومي): only the body itself, or the same words, is."""
    if mention.type == "PER" or not unit.is_a(phrase.start, "spokesperson"):
        return False
    words = {article_less(unit.keys[j]) for j in range(phrase.start, phrase.end)}
    return not words <= set(known.words.split())


def _verb_headed(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The phrase opens with a finite verb (أن تطلق أغنية، وخرجت أقاويل), no name's first word:
    a clause, not a speaker."""
    start = unit.tokens[phrase.start].start
    return is_finite_verb(unit.tokens[phrase.start].text) and not any(
        m.type in ("PER", "ORG") for m in unit.mentions_at(start))


def _publisher(unit: Unit, phrase: SpeakerPhrase, window_end: int | None) -> SpeakerPhrase | None:
    """The publisher a relative clause names on the statement that is the subject (وذكر البيان
    الذي أصدرته الوزارة أن → الوزارة), or None."""
    stop = max(phrase.end, window_end or 0)
    first = publisher_start(unit, phrase.start, stop)
    return make_phrase(unit, first, phrase_end(unit, first, stop)) if first is not None else None


def _same_source(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """'The same source' (ذات المصدر، نفس المصدر، المصدر نفسه): the one who spoke last, whether
    named (a person the article then calls its source) or not, never a new unnamed source."""
    words = [j for j in range(phrase.start, phrase.end) if unit.tokens[j].kind == "word"]
    if len(words) != 2:
        return False
    first, second = words
    if unit.is_a(first, "same_before"):  # ذات المصدر
        return definite(unit.keys[second]) and in_class("anonymous", article_less(unit.keys[second]))
    return unit.is_a(second, "same") and definite(unit.keys[first]) \
        and in_class("anonymous", article_less(unit.keys[first]))  # المصدر نفسه


def _relational_only(words: str) -> bool:
    """Only relational adjectives without the article (إسرائيلي، أمريكيون): a source's country."""
    keys = [key(w) for w in words.split()]
    return bool(keys) and all(not definite(k) and k.endswith(NISBA_ENDINGS) for k in keys)


def _source_and_country(name: str, head: str) -> bool:
    """The words kept as a name are the unnamed source's own head and its relational adjectives
    (مصدر أمني of مصدر أمني مسؤول بمنطقة X): still no one's name."""
    first, _, rest = name.partition(" ")
    return article_less(key(first)) == head and _relational_only(rest)


def _placed_source(unit: Unit, phrase: SpeakerPhrase, mention: MentionSpan) -> bool:
    """An unnamed source placed by في right after its head or its adjective, the body or place named
    after it (مصدر في وزارة الداخلية), or a person in the genitive of a noun after في (مسؤولا عسكريا في
    جيش حفتر، مسؤول في حملة ترامب): the name is where it serves."""
    fi = next((j for j in range(phrase.start + 1, phrase.end) if source_in(unit, phrase.start, j)), None)
    if fi is None or fi + 2 >= len(unit.tokens):
        return False  # not a title (مفوضة التجارة في الاتحاد الأوروبي فلانة: the holder is named)
    if mention.type == "PER":
        return mention.start == unit.tokens[fi + 2].start  # the genitive of the noun after في
    # مسؤول في وزارة المالية فلان: a person named after the body holds the office
    return mention.start > unit.tokens[fi].start and not any(
        m.type == "PER" for m in unit.starting_in(mention.end, unit.tokens[phrase.end - 1].end))


def _unnamed_head(unit: Unit, j: int) -> bool:
    """An unnamed source's head: مصادر، or an indefinite title (مسؤول، دبلوماسي) naming nobody."""
    return unit.is_a(j, "anonymous") or (unit.is_a(j, "title") and not definite(unit.keys[j]))


def _named_spokesperson(unit: Unit, phrase: SpeakerPhrase, mention: MentionSpan | None,
                        window_end: int | None) -> str | None:
    """المتحدث باسم الوزارة الجنرال فلان / المتحدث باسم الوزارة، فلان،: the person's words after
    the body they speak for, when no person entity was found there."""
    titled = unit.is_a(phrase.start, "spokesperson") or unit.is_a(phrase.start, "title")
    if not titled or (mention is not None and mention.type == "PER"):
        return None
    if mention is None:
        rest = phrase.end if name_words(unit, phrase) == phrase.words else phrase.start
    else:
        rest = unit.token_at(mention.end)
    rest = nisba_end(unit, rest, phrase.end)
    after = next((k for k in range(rest, phrase.end) if unit.tokens[k].kind != "punct"), phrase.end)
    if after < phrase.end and unit.is_a(after, "relative"):
        return None  # متحدث باسم ائتلاف "سائرون" الذي يجمع: a relative clause on the body, not a name
    if mention is not None and phrase.end - rest >= 2 and not unit.mentions_in(
            unit.tokens[rest].start, unit.tokens[phrase.end - 1].end):  # التابع للأمم المتحدة: no name
        return name_words(unit, SpeakerPhrase(rest, phrase.end, unit.text[unit.tokens[rest].start:unit.tokens[phrase.end - 1].end]))
    if rest == phrase.end and window_end and phrase.end < window_end:
        # the first comma after the phrase (and its place qualifier: في أمريكا الشمالية،) sets off the name
        comma = next((k for k in range(phrase.end, window_end) if unit.is_punct(k, COMMA)), None)
        qualifier = unit.bare(phrase.end) == "في" or (unit.bare(phrase.end) == "عن" and unit.is_a(phrase.start, "representative"))
        if comma is None or comma + 1 >= window_end or (comma > phrase.end and not qualifier
                                                        and not opens_relative_clause(unit, phrase.end)):
            return None  # only a place qualifier (النائب عن حزب X،) or a relative clause stands between the body and the name
        end = phrase_end(unit, comma + 1, window_end)
        if 2 <= end - comma - 1 <= 3 and not definite(unit.keys[comma + 1]) and not _aside_lead(unit, comma + 1):
            return unit.text[unit.tokens[comma + 1].start:unit.tokens[end - 1].end]
    return None


#: Word classes opening a phrase between commas that is an aside, never a name (الوزير، وفق بلاغ
#: صادر عن الوزارة،: 'according to'; الوزير، في تصريح له،).
_ASIDE_LEADS = ("source_prep", "adjunct", "content_prep", "blocking_prep", "topic_lead")


def _aside_lead(unit: Unit, j: int) -> bool:
    return any(unit.is_a(j, cls) for cls in _ASIDE_LEADS)


def _named_by_naming(unit: Unit, phrase: SpeakerPhrase) -> SpeakerPhrase:
    """The name after 'is called' (يدعى/تدعى, cues.tsv naming_passive) in the phrase is the speaker's
    (أحد المصلين ويدعى سامر الخطيب، امرأة تدعى مريم → the name): the words before it only say who
    the named one is."""
    for k in range(phrase.start, phrase.end - 1):
        if is_naming_passive(unit.tokens[k].text):
            # the name ends at the first mark (يدعى كانسو، جاء من سويسرا: an aside follows)
            end = next((j for j in range(k + 1, phrase.end) if unit.tokens[j].kind != "word"), phrase.end)
            return make_phrase(unit, k + 1, end) or phrase
    return phrase


def _after_naming(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The phrase is the name written after 'is called' (امرأة تدعى كلارا زيتكين): all of it is the name."""
    return phrase.start > 0 and is_naming_passive(unit.tokens[phrase.start - 1].text)


#: The ending of a plural in the genitive or accusative: after a name, the verb's object, no adjective.
_OBLIQUE_PLURAL = "ين"


def _mention_with_nisba_end(unit: Unit, mention: MentionSpan) -> int:
    """End of a mention with the relational adjectives that follow it (وزارة الخارجية البحرينية); not
    a plural in ين, the verb's object (وتتهم الرياض الحوثيين، اتهمت السعودية الحوثيين)."""
    j = unit.token_at(mention.end)
    while j < len(unit.tokens) and nisba(unit.keys[j]) and not unit.keys[j].endswith(_OBLIQUE_PLURAL) \
            and unit.tokens[j].start <= unit.tokens[j - 1].end + 1:
        j += 1
    return unit.tokens[j - 1].end


def _person_words(unit: Unit, phrase: SpeakerPhrase, mention: MentionSpan) -> str:
    """The person's name as written: the mention, or the name in the phrase that holds it when the
    mention caught only part of it (خبير الطب النفسي نعيم العراقي, mention نعيم)."""
    words = unit.text[mention.start:mention.end]
    name = name_words(unit, phrase)
    named = name != phrase.words or _after_naming(unit, phrase)  # not the whole phrase, unless a naming's
    return name if named and words in name and len(name) > len(words) else words


def _quoted_name(unit: Unit, phrase: SpeakerPhrase) -> str | None:
    """وقال "مكتب مفوض المعلومات" المكلف بـ...: the quoted words name the speaker."""
    span = unit.opens_quote(phrase.start - 1) if phrase.start > 0 else None
    if span is None or span.close > unit.tokens[phrase.end - 1].end:
        return None
    return unit.text[span.open + 1:span.close].strip()
