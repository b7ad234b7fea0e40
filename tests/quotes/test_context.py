"""Unit.clause_stops and Unit.opener_stops: content_end and find_opener look only at these tokens,
so every token that can end reported content (a sentence mark, a quotation opening, a clause
boundary) or open it (a complementizer, a colon, a quotation mark) must be among them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from khabar.quotes.clauses import boundary_at, content_end, find_opener, opener_at
from khabar.quotes.context import SENTENCE_END, MentionSpan, prepare_units
from khabar.quotes.lexicon import in_class, strip_conjunction

TEXTS = [
    "وأعلنت الوزارة (في بيان رسمي): سنواصل العمل.",
    "وقال الوزير إن الحكومة ستواصل دعمها، مضيفا أن الوضع مستقر. وأشار إلى أن المفاوضات مستمرة.",
    'وأكد المتحدث أن "القوات لن تنسحب من المدينة"، بحسب ما نقلت وكالة الأنباء، فيما نفى الجيش ذلك.',
    "وقالت الوزيرة إن النمو بلغ 2.5 في المئة هذا العام، ولافروف ينفي أي اتفاق.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_that_can_end_content_is_a_clause_stop(analyse, text: str) -> None:
    (unit,) = prepare_units(analyse([text]))
    stops = set(unit.clause_stops)
    for j in range(len(unit.tokens)):
        ends = (boundary_at(unit, j) or unit.opens_quote(j) is not None
                or unit.is_punct(j, SENTENCE_END))
        assert not ends or j in stops, (j, unit.tokens[j].text)
    assert unit.clause_stops == sorted(stops)


@pytest.mark.parametrize(("text", "start_word", "expected_end"), [
    (TEXTS[0], "سنواصل", "العمل"),
    (TEXTS[1], "الحكومة", "دعمها"),  # a participle after a comma begins a new clause
    (TEXTS[2], '"القوات', 'المدينة"'),  # the quotation is not cut inside; بحسب after a comma ends it
    (TEXTS[3], "النمو", "العام"),  # a decimal point ends nothing; و + name + speech verb does
])
def test_content_ends_at_the_first_stop(analyse, text: str, start_word: str, expected_end: str) -> None:
    (unit,) = prepare_units(analyse([text]))
    end = content_end(unit, text.index(start_word))
    assert text[:end].endswith(expected_end)


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_that_can_open_content_is_an_opener_stop(analyse, text: str) -> None:
    (unit,) = prepare_units(analyse([text]))
    stops = set(unit.opener_stops)
    for j in range(len(unit.tokens)):
        if opener_at(unit, j) is not None or unit.cue_form(j) is not None or unit.is_punct(j, {"("}):
            assert j in stops, (j, unit.tokens[j].text)


@pytest.mark.parametrize(("text", "cue", "prep", "kind", "opens_at"), [
    (TEXTS[0], "وأعلنت", None, "colon", "سنواصل"),  # nothing inside the brackets opens content
    (TEXTS[1], "وقال", None, "complementizer", "الحكومة"),
    (TEXTS[1], "وأشار", "الي", "complementizer", "المفاوضات"),  # إلى أن: past the verb's preposition
    (TEXTS[2], "وأكد", None, "complementizer", '"القوات'),  # أن before the quotation
])
def test_find_opener_finds_the_first_opener(analyse, text: str, cue: str, prep: str | None, kind: str,
                                            opens_at: str) -> None:
    (unit,) = prepare_units(analyse([text]))
    i = unit.token_at(text.index(cue))
    opener = find_opener(unit, i + 1, unit.sentence_end(i), prep)
    assert opener is not None and opener.kind == kind
    assert text[opener.content_start:].startswith(opens_at)


# A word inside a name is no cue however it is spelt (context.inside_name): a later word of a
# person's name (فيرون 'they see', طالب 'demanded'), or the word after its neighbour in one of the
# article's hashtag names (#عمرو_واكد: عمرو واكد is no عمرو وأكد).  (paragraph, cues found)
NAMES = [
    ("وقال الاقتصادي نيكولاس فيرون إن الأزمة عميقة.", ["وقال"]),
    ("وقال الفنان سامر أبو طالب إن الأغنية جاهزة.", ["وقال"]),
    ("وشارك الفنان #عمرو_واكد في المسلسل، وحصل عمرو واكد على جائزة.", []),
    ("وشارك الفنان #عمرو_واكد في المسلسل، وفاز الفيلم بجائزة تخص بعمرو واكد أن يتسلمها.", []),
    ("وشارك الفنان #عمرو_واكد في المسلسل الذي تعاون معه واكد في كتابته.", []),
    # no name joins them: a name and then و + verb is the verb
    ("استقبل الوزير الفنان أحمد حلمي وأكد أن الفن رسالة.", ["وأكد"]),
]


@pytest.mark.parametrize(("text", "cues"), NAMES)
def test_no_cue_inside_a_name(analyse, text: str, cues: list[str]) -> None:
    assert [q.cue for q in analyse([text]).quotes] == cues


# يدعى/تدعى spelled with ى names the noun before it ('is called'), no statement; 'claims' only with
# its content opening right after it (context._naming).  (paragraph, cues found)
NAMINGS = [
    ("ويعمل في المصنع شاب يدعى \"سامر\" منذ سنوات.", []),
    ("وقال أحد المصلين ويدعى سامر الخطيب إن الخطبة طالت.", ["وقال"]),
    ("أنقذ الشرطي كلبة تدعى «فلة» من الغرق.", []),
    ("ويدعى المتهم أن الشرطة أجبرته على التوقيع.", []),  # a subject before أن: read as naming
    ("والمتهم يدعى أن الشرطة أجبرته على التوقيع.", ["يدعى"]),
    ("والمتهم يدعي أن الشرطة أجبرته على التوقيع.", ["يدعي"]),
]


@pytest.mark.parametrize(("text", "cues"), NAMINGS)
def test_a_naming_passive_is_no_cue(analyse, text: str, cues: list[str]) -> None:
    assert [q.cue for q in analyse([text]).quotes] == cues


# توقع before what is signed is توقّع 'signs', no statement (context._signing).  (paragraph, cues found)
SIGNINGS = [
    ("فرنسا توقع اتفاقية ثقافية مع تونس.", []),
    ("والشركة توقع عقد بناء مع البلدية.", []),
    ("الوزارة توقع على مذكرة تفاهم مع الجامعة.", []),
    ("وتوقع الوزير نموا في الصادرات.", ["وتوقع"]),  # 'expected'
    ("توقع الخبير أن ترتفع الأسعار.", ["توقع"]),
]


@pytest.mark.parametrize(("text", "cues"), SIGNINGS)
def test_a_signing_verb_is_no_cue(analyse, text: str, cues: list[str]) -> None:
    assert [q.cue for q in analyse([text]).quotes] == cues


# (paragraph, word, names covering its first letter, names starting there): the unit's index of the
# entity mentions by character agrees with a scan of its mentions
MENTION_INDEX = [
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.", "سيرغي", 1, 1),
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.", "لافروف", 1, 0),
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.", "الحوار", 0, 0),
]


@pytest.mark.parametrize(("text", "word", "covering", "starting"), MENTION_INDEX)
def test_mention_index(analyse, text: str, word: str, covering: int, starting: int) -> None:
    (unit,) = prepare_units(analyse([text]))
    char = text.index(word)
    assert len(unit.mentions_at(char)) == covering == sum(m.start <= char < m.end for m in unit.mentions)
    assert len(unit.starting_at(char)) == starting == sum(m.start == char for m in unit.mentions)


#: Classes the finders test tokens for, some of whose words carry a و/ف conjunction in TEXTS.
INDEXED_CLASSES = ("boundary", "source_prep", "adjunct", "complementizer", "relative", "title")


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("cls", INDEXED_CLASSES)
def test_phrase_starts_holds_every_token_a_phrase_starts_at(analyse, text: str, cls: str) -> None:
    (unit,) = prepare_units(analyse([text]))
    n = len(unit.tokens)
    starts = unit.phrase_starts(cls, 0, n)
    assert [j for j in range(n) if unit.phrase_at(j, cls)] == [j for j in starts if unit.phrase_at(j, cls)]
    assert unit.phrase_starts(cls, 2, n - 1) == [j for j in starts if 2 <= j < n - 1]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("cls", INDEXED_CLASSES[:-1])  # a title also asks whether it heads a construct
def test_is_a_is_the_word_or_the_word_without_its_conjunction_in_the_class(analyse, text: str, cls: str) -> None:
    (unit,) = prepare_units(analyse([text]))
    for j, k in enumerate(unit.keys):
        assert unit.is_a(j, cls) == (in_class(cls, k) or in_class(cls, strip_conjunction(k))), k


#: Mention spans nested, overlapping and apart (the index shares one list among the chars of a
#: mention that overlaps none before it).
SPANS = [(0, 10, "e1", "ORG"), (2, 5, "e2", "PER"), (8, 14, "e3", "GPE"), (20, 25, "e4", "PER"), (25, 27, "e5", "PER")]


def test_mentions_at_lists_the_mentions_covering_a_char_in_order(analyse) -> None:
    (unit,) = prepare_units(analyse([TEXTS[1]]))
    unit = replace(unit, mentions=[MentionSpan(*s) for s in SPANS])
    for char in range(len(unit.text)):
        assert unit.mentions_at(char) == [m for m in unit.mentions if m.start <= char < m.end], char
