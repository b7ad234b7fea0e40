"""A person's span cut where a proclitic glues on a second name (وسيد, للمرزوقي), not at names
that open with those letters (وليد, لطفي, بشير, فريد, كمال)."""

import pytest

from khabar.arabic import tokenize
from khabar.entities.bodies import Span
from khabar.entities.cliticsplit import (
    clitic_length,
    clitic_reading,
    is_joint,
    is_phrase_start,
    split_clitic_names,
)


@pytest.mark.parametrize(("word", "reading"), [
    ("وسيد", "سيد"),
    ("للمرزوقي", "المرزوقي"),
    ("لمحمد", "محمد"),
    ("بمحمد", ""),
    ("محمد", ""),
    ("وعل", ""),
])
def test_clitic_reading(word: str, reading: str) -> None:
    assert clitic_reading(word) == reading


@pytest.mark.parametrize(("word", "joint"), [
    ("وسيد", True),
    ("للمرزوقي", True),
    ("ومحمد", True),
    ("وعلي", True),
    ("وليد", False),
    ("لطفي", False),
    ("بشير", False),
    ("فريد", False),
    ("كمال", False),
    ("بوتين", False),
    ("بالتعاون", False),
    ("بسامي", False),
    ("ووليد", True),
    ("وورنر", False),
    ("وينغ", False),
])
def test_is_joint(word: str, joint: bool) -> None:
    assert is_joint(word) is joint


@pytest.mark.parametrize(("text", "span", "kind", "words"), [
    ("غنى عبد الوهاب وسيد مكاوي معا", (1, 4), "PER", ["عبد الوهاب", "وسيد مكاوي"]),
    ("قال محمود البارودي للمرزوقي إن", (1, 3), "PER", ["محمود البارودي", "للمرزوقي"]),
    ("استقبل الرئيس وليد جنبلاط أمس", (2, 3), "PER", ["وليد جنبلاط"]),
    ("وصل محمد لطفي بشير إلى تونس", (1, 3), "PER", ["محمد لطفي بشير"]),
    ("زار محمد ولد عبد العزيز نواكشوط", (1, 4), "PER", ["محمد ولد عبد العزيز"]),
    ("وقعت الهيئة العامة للسياحة والتراث الاتفاقية", (1, 4), "ORG",
     ["الهيئة العامة للسياحة والتراث"]),
])
def test_split_clitic_names(text: str, span: tuple[int, int], kind: str, words: list[str]) -> None:
    tokens = tokenize(text)
    out = split_clitic_names([Span(span[0], span[1], kind)], tokens)
    assert [text[tokens[s.first].start:tokens[s.last].end] for s in out] == words


@pytest.mark.parametrize(("word", "length"), [("وسيد", 1), ("وَسيد", 2), ("لـهربرت", 2), ("للمرزوقي", 0)])
def test_clitic_length(word: str, length: int) -> None:
    assert clitic_length(word) == length


@pytest.mark.parametrize(("text", "span", "names"), [
    ("غنى عبد الوهاب وسيد مكاوي أغنية", (1, 4), [("عبد الوهاب", "عبد الوهاب"), ("سيد مكاوي", "سيد مكاوي")]),
    ("قال أحمد الشمري ووليد العنزي إن الفريق جاهز", (1, 4),
     [("أحمد الشمري", "أحمد الشمري"), ("وليد العنزي", "وليد العنزي")]),
])
def test_linker_reads_the_proclitic_off(text: str, span: tuple[int, int], names: list[tuple[str, str]]) -> None:
    """The second name's mention and entity name start after its proclitic."""
    from khabar.entities.builder import Builder
    from khabar.entities.linking import UnitLinker
    from khabar.entities.matcher import lexicon

    tokens = tokenize(text)
    builder = Builder()
    linker = UnitLinker(builder, lexicon(), ("body", 0), text, tokens)
    linker.run([], split_clitic_names([Span(span[0], span[1], "PER")], tokens))
    found = [(m.text, e.name) for e in builder.entities.values() if e.type == "PER" for m in e.mentions]
    assert found == names


@pytest.mark.parametrize(("word", "starts"), [
    ("ببرنامج", True),  # ب on a common word: وبعد فوزي ببرنامج ...
    ("كشاهد", True),  # ك on a common word
    ("بالمنستير", True),  # بال on a place
    ("بالعربي", False),  # بال on anything else: a Maghrebi surname (وائل بالعربي)
    ("بالادور", False),  # or a foreign one (إدوارد بالادور)
    ("كامل", False),  # a name as written
    ("بلال", False),
])
def test_is_phrase_start(word: str, starts: bool) -> None:
    assert is_phrase_start(word) == starts


def test_a_person_span_ends_before_a_phrase() -> None:
    tokens = tokenize("وبعد فوزي ببرنامج المواهب")
    assert split_clitic_names([Span(1, 3, "PER")], tokens) == [Span(1, 1, "PER")]
