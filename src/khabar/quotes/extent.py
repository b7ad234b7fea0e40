"""Where a speaker phrase ends: the words after a cue that name its subject.

A speaker phrase runs from the cue to the first adjunct (في بيان، يوم الأحد)، channel (لرويترز)،
hearer (للصحفيين) or preposition opening the content; a body the title holds (مفوض العدل في
الاتحاد الأوروبي) and a quantity with its group (28% من المستطلعين) stay inside it.
"""

from __future__ import annotations

from khabar.quotes.context import MentionSpan, Unit
from khabar.quotes.lexicon import ABOUT, WHAT, complementizers, in_class, key
from khabar.quotes.names import (
    SpeakerPhrase,
    article_less,
    definite,
    make_phrase,
    names_outlet,
    nisba_end,
    titles_body,
)
from khabar.quotes.noun_phrases import (
    counted_group_end,
    opens_relative_clause,
    publisher_after,
    publishing_verb,
    quantity_end,
    relative_clause_end,
)

_TO_ME = key("لي")
#: The alif of an adverb in tanween (وفقا، طبقا، نقلا) and what it governs: لـ or عن.
_ADVERB_ALIF = "ا"
_LAM = "ل"
#: Longest speaker phrase considered (tokens).
MAX_SPEAKER_TOKENS = 14


#: Tanween fath, written on the alif or before it: the mark of an adverb (رداً، مجدداً), never a subject.
TANWEEN = ("ً", "ًا")


def phrase_end(unit: Unit, start: int, stop: int, relative_ends: bool = True) -> int:
    """End token (exclusive) of the speaker phrase in tokens [start, stop): it ends at
    punctuation, an adjunct (في بيان، يوم الأحد), a preposition opening the content (إلى أن),
    a time expression, a word with ل that is not part of a name (للصحفيين، لرويترز), or a
    relative clause on a speaker (متحدث باسم التيار الذي يقوده X) — not on a statement, whose
    clause may name its issuer (البيان الذي نشره الجيش), nor when ``relative_ends`` is False."""
    j = start
    stop = min(stop, start + MAX_SPEAKER_TOKENS)
    quantity = j = quantity_end(unit, start, stop)  # نحو 40 في المئة: the quantity is one word
    while j < stop:
        tok = unit.tokens[j]
        if tok.kind == "punct" and tok.text not in ('"', "«", "»", "“", "”", "'", "(", ")") \
                and not _inside_quoted_name(unit, start, j):
            break
        if unit.opens_quote(j) and j + 1 < stop and unit.keys[j + 1] in complementizers():
            break  # وتابعت الخزانة "أن البنك ...": a quotation opening with أن is what was said, no name
        if start < j == quantity and (group_end := counted_group_end(unit, j, stop)) > j:
            j = group_end  # 28% من المستطلعين، أكثر من الربع: من counts the group
            continue
        if j > start and relative_ends and opens_relative_clause(unit, j) and _clause_qualifies(unit, start, j, stop):
            break  # متحدث باسم التيار الذي يقوده X: the clause qualifies the body
        if j > start and (_object_with_pronoun(unit, j) or _preposition_with_pronoun(unit, j)):
            break  # وبرر القضاة قرارهم بأن: the object after a definite subject; باسمه: how he spoke
        if j > start and (member_end := _membership_end(unit, start, j, stop)) > j:
            j = member_end  # مفوض العدل في الاتحاد الأوروبي، الباحث في معهد واشنطن: the body is the title's
            continue
        if (unit.phrase_at(j, "adjunct", 2) or in_class("content_prep", unit.bare(j))
                or (channel_start(unit, j) and not titles_body(unit, start, j))) \
                and not (j > start and unit.bare(j - 1) == "كل") \
                and not _name_begins(unit, j):  # (كل من X وY; وزير المالية علي حسن خليل: a name, no على)
            break
        if unit.times_in(tok.start, tok.end):
            break
        if j > start and _according_to(unit, j):
            break  # أكد موقع X وفقا لبعض المصادر أن: 'according to' names the speaker's source, not the speaker
        if j == start and (_as_if(unit, j) or tok.text.endswith(TANWEEN) or _prepositional_adverb(unit, j)):
            break  # وأشار كدليل على ذلك إلى ...: 'as evidence'; وقالت رداً على: an adverb; no subject
        if j == start and _speech_participle(unit, j):
            break  # وتابع شارحا:، وعاد موضحا أن: the manner of saying, the subject is the one named before
        if recipient(unit, j) and (j > start or len(unit.keys[j]) < 3 or unit.keys[j][1:2] != "ل") \
                and not titles_body(unit, start, j):
            break  # لرويترز، للصحفيين end it; وزير الدولة للشؤون الخارجية does not
        if unit.is_a(j, "object_idiom") or (j > start and unit.is_a(j, "speech_object")):
            break  # ولفتت (الوزيرة) الانتباه إلى أن: the idiom's object; ووجه المفتي نداء: the message sent
        if j > start and (unit.cue_form(j) is not None or unit.is_a(j, "aux") or unit.is_a(j, "prep_homograph")
                          or (unit.is_a(j, "media_noun") and not unit.is_a(j - 1, "media_noun")
                              and not publishing_verb(unit, j - 1) and not _inside_mention(unit, j))):  # التقرير الذي نشرته صحيفة X
            break  # وأبلغ لام رويترز قائلا: the recipient and the participle end the subject; so does بين
        if j > start and unit.keys[j] != unit.bare(j) and in_class("aside_pronoun", unit.bare(j)):
            break  # وقال "كيم مين-سيوك" وهو متحدث باسم الوزارة: وهو opens an aside on the subject
        j += 1
    return j


#: Longest quoted name (characters) whose inner punctuation does not end a speaker phrase.
MAX_QUOTED_NAME = 30


def _inside_quoted_name(unit: Unit, start: int, j: int) -> bool:
    """Punctuation inside a short quotation opened within the phrase is part of a name (تلفزيون
    "بي.إف.إم"، قناة "إم.بي.سي"), not the phrase's end."""
    span = unit.quote_at(j)
    return span is not None and span.open >= unit.tokens[start].start and span.close - span.open <= MAX_QUOTED_NAME


def _according_to(unit: Unit, j: int) -> bool:
    """Token ``j`` opens 'according to' outside any name: حسب، بحسب X، or an adverb in tanween with
    its ل or عن after it (وفقا لـ، طبقا لـ، نقلا عن); طبقا alone is also 'a dish' (وربما طبقا من الفواكه)."""
    if not unit.is_a(j, "source_prep") or unit.mentions_at(unit.tokens[j].start):
        return False
    word = unit.bare(j)
    if not word.endswith(_ADVERB_ALIF) or word.endswith(WHAT):  # حسب، حسبما، وفقما
        return True
    nxt = unit.keys[j + 1] if j + 1 < len(unit.keys) else ""
    return nxt.startswith(_LAM) or nxt == ABOUT


def _name_begins(unit: Unit, j: int) -> bool:
    """Token ``j`` begins a person's name of more words (وزير المالية علي حسن خليل: علي is the name's,
    not the preposition على; a one-word mention of على is the tagger's slip)."""
    tok = unit.tokens[j]
    return any(m.type == "PER" and m.end > tok.end for m in unit.starting_at(tok.start))


def _speech_participle(unit: Unit, j: int) -> bool:
    """Token ``j`` is a speech verb's accusative participle (شارحا، موضحين) that begins no name;
    not the nominative plural (مغردون), a subject;
    a feminine one in ة is also a first name (مشيرة خطاب), so it counts only before punctuation
    or its content's preposition or complementizer (وتابعت موضحة: ، وعادت مشيرة إلى أن)."""
    form = unit.cue_form(j)
    if form is None or form.kind != "participle" or unit.mentions_at(unit.tokens[j].start) \
            or unit.keys[j].endswith("ون"):
        return False  # وقال مغردون، يرجح متابعون: the nominative plural is the subject
    if not unit.keys[j].endswith(("ة", "ه")):
        return True
    nxt = j + 1
    return nxt >= len(unit.tokens) or unit.tokens[nxt].kind == "punct" \
        or in_class("content_prep", unit.bare(nxt)) or in_class("complementizer", unit.bare(nxt))


def _inside_mention(unit: Unit, j: int) -> bool:
    """Token ``j`` is a later word of a name begun before it (هيئة قناة السويس: قناة is no medium)."""
    start = unit.tokens[j].start
    return any(m.start < start for m in unit.mentions_at(start))


#: Possessive pronouns that mark a noun after a definite subject as the verb's object (قرارهم، موقفها).
_POSSESSIVES = ("هم", "ها", "هما", "هن")
#: Words with a possessive that still qualify the subject before them (القادة أنفسهم، الأطراف جميعها).
_SUBJECT_QUALIFIERS = ("انفس", "نفس", "جميع", "كل", "بعض", "ذات", "كلا", "كلت")


def _object_with_pronoun(unit: Unit, j: int) -> bool:
    """Token ``j`` is an indefinite noun with a possessive pronoun right after a definite word: a
    definite subject takes no such word, so it opens the verb's object (وبرر القضاة قرارهم، وأعلنت
    الوزارة رفضها) — unless it qualifies the subject (أنفسهم، جميعها) or belongs to a name."""
    k = unit.keys[j]
    if unit.tokens[j].kind != "word" or definite(k) or unit.bare(j) != k or not definite(unit.keys[j - 1]) \
            or unit.is_a(j - 1, "relative"):
        return False  # ومندوبها الدائم: joined to the subject; التي جمعتها: a relative clause's verb
    stem = next((k[:-len(p)] for p in _POSSESSIVES if k.endswith(p)), None)
    if stem is None or len(stem) < 3 or stem.startswith(_SUBJECT_QUALIFIERS) or unit.is_a(j, "same"):
        return False
    return not _inside_mention(unit, j)


#: Pronoun suffixes as written on a word with ب (باسمه، بنفسها، بدورهم), the possessives and ه, longest
#: first (sorted once, not per token): ه is never ة here.
_WRITTEN_PRONOUNS = tuple(sorted((*_POSSESSIVES, "ه"), key=len, reverse=True))
#: Shortest stem between ب and the pronoun (اسم in باسمه); shorter ones are whole words (بها، به).
MIN_PREP_STEM = 3


def _preposition_with_pronoun(unit: Unit, j: int) -> bool:
    """Token ``j`` is a noun with ب and a pronoun right after a definite word (وأعرب الملك باسمه
    واسم شعبه عن، وقال المدير بنفسه): no subject's name goes on with it, so it ends the phrase —
    read on the written word, where a final ه is a pronoun and not ة spelt the Egyptian way."""
    text = unit.tokens[j].text
    if unit.tokens[j].kind != "word" or not text.startswith("ب") or not definite(unit.keys[j - 1]) \
            or _inside_mention(unit, j):
        return False
    stem = next((text[1:-len(p)] for p in _WRITTEN_PRONOUNS if text.endswith(p)), "")
    # بالمياه، بالله: a definite noun takes no pronoun, so its ه is the root's
    return len(stem) >= MIN_PREP_STEM and not stem.startswith("ال")


def _membership_end(unit: Unit, start: int, j: int, stop: int) -> int:
    """After a titled phrase, في and a body named right after it tell where the title holds (مفوض
    العدل في الاتحاد الأوروبي، الباحث في معهد واشنطن): the end of the body's name and its relational
    adjectives, or ``j`` when no such body follows; after an unnamed source only when a person is
    named right after the body (المسؤولة في منظمة العفو الدولية فلانة; مسؤول في الوزارة stays unnamed).  A place after في
    (قال الوزير في القاهرة) is where the words were said, and stays out."""
    sits_for = unit.bare(j) == "عن" and unit.is_a(start, "representative")  # النائب عن حركة الشعب فلان
    if not (unit.bare(j) == "في" or sits_for) or j + 1 >= stop \
            or not (unit.is_a(start, "title") or unit.is_a(start, "spokesperson") or _source_head(unit, start)):
        return j
    if unit.is_a(start, "anonymous") or _source_head(unit, start):
        # مسؤول في الوزارة: unnamed, unless a person is named after the body
        end = _body_membership_end(unit, j, stop)
        named = end < stop and any(m.type == "PER" for m in unit.starting_at(unit.tokens[end].start))
        return end if named else j
    return _body_membership_end(unit, j, stop)


def _source_head(unit: Unit, j: int) -> bool:
    """Token ``j`` is an unnamed source's head with the article and no title (المسؤولة، المصادر)."""
    return not unit.is_a(j, "title") and in_class("anonymous", article_less(unit.bare(j)))


def _body_membership_end(unit: Unit, j: int, stop: int) -> int:
    """The end of the body named after في or عن at ``j`` (في الاتحاد الأوروبي، في حزب نداء تونس،
    في مركز الدراسات) with its relational adjectives; ``j`` when none is named there."""
    first = j + 1
    body = _body_at(unit, first)
    if body is None and unit.is_a(first, "office_body") and first + 1 < stop:
        first += 1  # القيادي في حزب نداء تونس: the head noun, then the body's name
        body = _body_at(unit, first)
    if body is not None:
        end = unit.token_at(body.end - 1) + 1
    elif first > j + 1 and definite(unit.keys[first]):
        end = first + 1  # الباحث في مركز الدراسات: the head noun and its definite genitive
    else:
        return j
    return min(nisba_end(unit, end, stop), stop)


def _body_at(unit: Unit, j: int) -> MentionSpan | None:
    return next((m for m in unit.starting_at(unit.tokens[j].start) if m.type == "ORG"), None)


def _clause_qualifies(unit: Unit, start: int, j: int, stop: int) -> bool:
    """The relative clause at ``j`` only qualifies the phrase before it, which names the speaker
    itself (متحدث باسم التيار الذي يقوده X، فراز الذي قرر): not a statement or a document whose
    clause names its issuer (البيان الذي نشره الجيش، نتائج البحث الذي أجرته مؤسسة X).  A clause on a
    statement whose verb issues nothing describes it (التقرير الذي استند إلى شهادات): the statement
    alone speaks."""
    if unit.is_a(start, "statement_noun"):
        return publisher_after(unit, j, stop) is None
    head = make_phrase(unit, start, j)
    if head is None or speaker_like(unit, head):
        return True
    close = relative_clause_end(unit, j, stop) or stop
    return not any(m.type in ("PER", "ORG") for m in unit.mentions_in(unit.tokens[j].start, unit.tokens[close - 1].end))


def _prepositional_adverb(unit: Unit, j: int) -> bool:
    """ب on a definite noun or a demonstrative (وشدد بالمناسبة على، وقال بهذا الصدد، وأشارت بذلك)
    outside any name: a phrase of manner, never the subject (بيان، بعثة، بائع are nouns of their own)."""
    k = unit.keys[j]
    if not k.startswith("ب") or len(k) < 3 or unit.mentions_at(unit.tokens[j].start):
        return False
    return k.startswith("بال") or in_class("relative", k[1:])


def _as_if(unit: Unit, j: int) -> bool:
    k = unit.keys[j]
    return (k.startswith("ك") and len(k) > 3 and j + 1 < len(unit.tokens) and unit.is_a(j + 1, "content_prep")
            and not unit.mentions_at(unit.tokens[j].start))


def recipient(unit: Unit, j: int) -> bool:
    """A word with the preposition ل or ب outside any name (للصحفيين، بـ) is no subject."""
    k = unit.keys[j]
    if k in ("ب", "ل", "ك"):
        return True
    if k == _TO_ME:  # قالت لي إن، يقول لي: "...": the hearer; لي before a name word is the name Li
        after = j + 1
        return after >= len(unit.tokens) or unit.tokens[after].kind == "punct" or unit.keys[after] in complementizers()
    if not k.startswith("ل") or k.startswith("ال") or len(k) < 4 or unit.is_a(j, "lam_noun"):
        return False  # لجنة، لاعب: the ل is the noun's own
    start = unit.tokens[j].start
    return not unit.mentions_at(start)


def channel_start(unit: Unit, i: int) -> bool:
    """Token ``i`` opens a channel: لرويترز، لوكالة X، للعربية، لـ"العربية.نت"، في مقابلة مع X.  A body
    the tagger named with ل in the word is one only with the article after it (للجزيرة): ل before
    a bare name is most often the name's own (ليفربول، لينكدإن، لوموند، لوريال), and the outlets a
    speaker talks to after ل are listed (names_outlet)."""
    k = unit.keys[i]
    if k.startswith("ل") and names_outlet(unit, i):
        return True
    if k.startswith("ل") and len(k) > 2:
        rest = k[1:]
        if in_class("media_noun", rest) or (rest.startswith("ل") and in_class("media_noun", rest[1:])):
            return True
        return rest.startswith("ل") and any(m.type == "ORG" for m in unit.starting_at(unit.tokens[i].start)) \
            and bool(unit.mentions_at(unit.tokens[i].start + 1))
    return False


def speaker_like(unit: Unit, phrase: SpeakerPhrase) -> bool:
    """The phrase can name a speaker: a person or body, an unnamed source, a title, a statement
    or a medium (not 'the final results')."""
    chars = unit.tokens[phrase.start].start, unit.tokens[phrase.end - 1].end
    if any(m.type not in ("GPE", "LOC", "FAC") for m in unit.mentions_in(*chars)):
        return True
    return any(unit.is_a(phrase.start, cls) for cls in
               ("anonymous", "title", "spokesperson", "statement_noun", "media_noun", "kin"))
