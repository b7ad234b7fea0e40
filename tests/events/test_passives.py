"""Passive readings of undiacritised perfects (khabar.events.passives)."""

from __future__ import annotations

import pytest

from khabar.events import extract_events

from .composed import coded_parties as coded
from .composed import parties, with_people


@pytest.mark.parametrize(("text", "event"), [
    # a relative clause's perfect with a preposition or an agent phrase after it: the antecedent underwent it
    ("وزار الوزير أسر الجنود الذين قتلوا في الهجوم.", ("قتل", None, "الجنود")),
    ("وقال الرئيس إن المتظاهرين الذين اعتقلوا خلال المظاهرات سيطلق سراحهم.", ("اعتقل", None, "المتظاهرين")),
    ("وعثر على جثة الصحفي الذي اختطف على يد مسلحين.", ("خطف", "مسلحين", "الصحفي")),
    # an object after it: the antecedent did it
    ("واعتقلت الشرطة الرجل الذي قتل زوجته.", ("قتل", "الرجل", None)),
    ("وأشاد الوزير بالشرطة التي اعتقلت ثلاثة مشتبه بهم.", ("اعتقل", "الشرطة", "ثلاثة مشتبه بهم")),
])
def test_a_relative_clauses_perfect_with_no_object_is_passive(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # the words between a passive perfect and its agent phrase are its victim, which no table names
    ("قتل فلسطينيان برصاص الجيش الإسرائيلي شرقي غزة.", ("قتل", "الجيش الإسرائيلي", "فلسطينيان")),
    ("وقتل شاب فلسطيني برصاص قوات الاحتلال.", ("قتل", "قوات الاحتلال", "شاب فلسطيني")),
    ("وقتل المهاجمان بنيران الشرطة.", ("قتل", "الشرطة", "المهاجمان")),
    # a bare noun of the agent phrase governs the party that does it
    ("قتل فلسطينيان برصاص قناصة الجيش الإسرائيلي.", ("قتل", "الجيش الإسرائيلي", "فلسطينيان")),
    ("واعتقل شاب على يد عناصر الشرطة.", ("اعتقل", "الشرطة", "شاب")),
])
def test_an_unnamed_victim_before_an_agent_phrase(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize("text", [
    # not a victim: what it was hit with, a second verb, a function word standing for "him", a time
    "توفي شاب متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي.",
    "وأورد البيان أن منزلا أصيب بأضرار بنيران أطلقت من القطاع.",
    "وقالت الوزارة إن فلسطينيا قتل وأصيب العشرات برصاص الجيش.",
    "ولم يعتقل سوى مرة واحدة من قبل الشرطة.",
])
def test_no_unnamed_victim_of_other_words(text: str) -> None:
    assert not any(target is not None and target.startswith(("بها", "بأضرار", "وأصيب", "سوى"))
                   for _, _, target in coded(text))


@pytest.mark.parametrize(("text", "event"), [
    # a verb spelt only as a passive has no subject after it: the injuries, the bullet are no one
    ("وأصيب بجروح في الاشتباكات.", ("أصاب", None, None)),
    ("وأصيب أفراد من الشرطة بجروح.", ("أصاب", None, "أفراد")),
    ("وأصيب برصاص قناص في الرأس.", ("أصاب", None, None)),
    ("وأصيب شاب برصاص في الرأس.", ("أصاب", None, "شاب")),
])
def test_a_spelt_passive_takes_no_doer_after_it(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # a person between كان and قد before a verb with no object underwent it
    ("وكان الناشط قد اعتقل في يناير الماضي.", ("اعتقل", None, "الناشط")),
    ("وكان المتهم قد اعتقل، بحسب المصادر.", ("اعتقل", None, "المتهم")),
    # a body does it, and so does a person with an object
    ("وكانت الشرطة قد اعتقلت في يناير الماضي.", ("اعتقل", "الشرطة", None)),
    ("وكان الجيش قد قصف في وقت سابق.", ("قصف", "الجيش", None)),
    ("وكان الناشط قد اعتقل شقيقه.", ("اعتقل", "الناشط", "شقيقه")),
])
def test_a_person_in_a_pluperfect_with_no_object_underwent_it(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "event"), [
    # a person reported before a passive-prone verb with no object after it underwent it
    ("وقال المحامي إن الناشط اعتقل في منزله.", ("اعتقل", None, "الناشط")),
    ("وذكرت الوكالة أن الصحفي قتل في القصف.", ("قتل", None, "الصحفي")),
    ("وأفادت المصادر بأن المتهم اعتقل، وفق الشرطة.", ("اعتقل", None, "المتهم")),
    # a dual perfect, and a clause opener after the verb (no object)
    ("وقالت الشرطة إن جنديين قتلا عندما انفجرت العبوة.", ("قتل", None, "جنديين")),
    ("وقال المصدر إن المدير أقيل من منصبه.", ("أقال", None, "المدير")),  # أقال is passive-prone (أقيل)
    # a body does it, and so does a person with an object
    ("وقال المتحدث إن الجيش قصف في المنطقة.", ("قصف", "الجيش", None)),
    ("وقال المتحدث إن المسلح قتل ثلاثة جنود.", ("قتل", "المسلح", "ثلاثة جنود")),
])
def test_a_reported_person_with_no_object_after_the_verb_underwent_it(
        text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize("text", [
    # a verb spelt only as a passive takes no doer from an earlier clause
    "قتل 21 شخصا على الأقل وأصيب أكثر من 40 آخرين في تفجيرين.",
    "قتل 21 شخصا وأصيب العديدون بجروح في ثلاثة تفجيرات.",
])
def test_a_spelt_passive_takes_no_doer_from_an_earlier_clause(text: str) -> None:
    assert not any(action == "أصاب" and source is not None for action, source, _ in coded(text))


@pytest.mark.parametrize(("text", "event"), [
    # a bounded count after a spelt passive with no doer is its victim
    ("وأصيب أكثر من 40 آخرين بجروح.", ("أصاب", None, "أكثر من 40 آخرين")),
    ("قتل 21 شخصا وأصيب ما لا يقل عن 40 آخرين في الهجوم.", ("أصاب", None, "ما لا يقل عن 40 آخرين")),
])
def test_a_bounded_count_after_a_spelt_passive_is_its_victim(text: str, event: tuple[str, str | None, str | None]) -> None:
    assert event in coded(text)


@pytest.mark.parametrize(("text", "names", "event"), [
    # a named person after a bare passive-prone perfect, no object in the rest of the clause: underwent it
    ("وقتل سعيد الأحمد، بحسب بيان للجيش.", ("سعيد الأحمد",), ("قتل", None, "سعيد الأحمد")),
    ("واعتقل سعيد الأحمد (29 عاما) في المطار.", ("سعيد الأحمد",), ("اعتقل", None, "سعيد الأحمد")),
    # an object later in the clause, or a noun right after the name: the person acts
    ("وقتل سعيد الأحمد في الهجوم 5 أشخاص.", ("سعيد الأحمد",), ("قتل", "سعيد الأحمد", "5 أشخاص")),
    ("واستهدف سعيد الأحمد في تغريدته الحكومة.", ("سعيد الأحمد",), ("استهدف", "سعيد الأحمد", None)),
])
def test_a_named_person_with_no_object_after_a_passive_perfect_underwent_it(
        text: str, names: tuple[str, ...], event: tuple[str, str | None, str | None]) -> None:
    found = [parties(e) for e in extract_events(with_people(text, *names)) if e.plover]
    assert [(action, source) for action, source, _ in found] == [event[:2]]
    assert event[2] is None or event in found
