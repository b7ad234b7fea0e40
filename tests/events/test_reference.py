"""Pronoun reference: dropped subjects and pronoun objects resolved to the last agreeing actor."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.events import extract_events
from khabar.events.actors import Actor, find_actors
from khabar.events.predicates import find_triggers
from khabar.events.reference import (
    FEMININE,
    MASCULINE,
    PLURAL,
    actor_gender,
    antecedent_index,
    object_gender,
    participle_gender,
    referent,
    verb_gender,
)
from khabar.model import Article, Entity, Mention, Source

from .composed import analyse, parties


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [parties(e, "cameo") for e in extract_events(analyse(text))]


@pytest.mark.parametrize(("verb", "gender"), [
    ("أطلقت", FEMININE), ("وأطلق", MASCULINE), ("اتهموا", PLURAL), ("تتهم", FEMININE), ("يتهم", MASCULINE),
    ("اتهمته", FEMININE), ("سيتهمون", PLURAL), ("الحكومة", None),
])
def test_verb_gender(verb: str, gender: str | None) -> None:
    assert verb_gender(verb) == gender


@pytest.mark.parametrize(("word", "gender"), [
    ("مؤكدة", FEMININE), ("ومحذرة", FEMININE), ("مشيرا", MASCULINE), ("مشيراً", MASCULINE),
    ("مطالبين", PLURAL), ("الحكومة", FEMININE), ("قال", None),
])
def test_participle_gender(word: str, gender: str | None) -> None:
    assert participle_gender(word) == gender


@pytest.mark.parametrize(("text", "gender"), [
    ("أطلقت سراحه", MASCULINE), ("أطلق سراحها", FEMININE), ("اتهمته", MASCULINE), ("اتهمهم", PLURAL),
    ("اتهم الوزير", None), ("اعتقاله", None),  # a possessive on an event noun is no object
    # a pronoun on a target preposition inside a light-verb phrase; not after a verb, nor on another preposition
    ("ووجهت إليه تهمة", MASCULINE), ("قدمت لهم مساعدات", PLURAL), ("سيطر عليها", None),
    ("قدمت فيها مساعدات", None),
])
def test_object_gender(text: str, gender: str | None) -> None:
    toks = tokenize(text)
    assert object_gender(toks, find_triggers(toks)[0]) == gender


def test_referent_is_the_last_agreeing_actor() -> None:
    police, man, army = (Actor(0, 0, 0, 0, t) for t in ("الشرطة", "الرجل", "الجيش"))
    history = [(police, FEMININE), (man, MASCULINE), (army, MASCULINE)]
    assert referent(history, FEMININE) is police
    assert referent(history, MASCULINE) is army
    assert referent(history, MASCULINE, avoid=army) is man
    assert referent(history, PLURAL) is None


@pytest.mark.parametrize(("text", "expected"), [
    # a dropped feminine subject across sentences; the masculine pronoun object is the detainee
    ("اعتقلت الشرطة الصحفي يوم الأحد. لكنها أطلقت سراحه بعد ساعات.", ("0841", "الشرطة", "الصحفي")),
    ("اعتقل الجيش الناشطة. لكنه أطلق سراحها بعد ساعات.", ("0841", "الجيش", "الناشطة")),
    # the object pronoun of a relative clause is its antecedent
    ("أفرج القاضي عن المتظاهرين الذين اعتقلتهم الشرطة.", ("173", "الشرطة", "المتظاهرين")),
    ("وصل الوزير إلى القاهرة. والتقته الحكومة المصرية.", ("040", "الحكومة المصرية", "الوزير")),
    ("أفرج القاضي عن المعارض، الذي اتهمته الحكومة بالفساد.", ("112", "الحكومة", "المعارض")),
])
def test_pronouns_resolve_to_named_actors(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a plural verb agrees with a subject before it, past a modifier naming its leader
    ("لكن المتمردين بقيادة القائد السابق رفضوا أجزاء من الاتفاق.", ("120", "المتمردين", None)),
    ("المتظاهرون في العاصمة اتهموا الحكومة بالفساد.", ("112", "المتظاهرون", "الحكومة")),
])
def test_plural_verb_takes_the_subject_before_it(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in events(text)



@pytest.mark.parametrize(("text", "expected"), [
    # a denial of an accusation named right after it answers the accuser
    ("نفى الوزير الاتهامات التي وجهتها المنظمة إلى الجيش.", ("016", "الوزير", "المنظمة")),
    # a quoted group name is named by the quoted words
    ("نفى الوزير الاتهامات التي وجهتها منظمة \"العدالة الآن\" إلى الجيش.", ("016", "الوزير", "العدالة الآن")),
    # every relative pronoun of the relatives class opens the clause, the dual too
    ("نفى الوزير التهمتين اللتين وجهتهما المنظمة إلى الجيش.", ("016", "الوزير", "المنظمة")),
])
def test_denials_answer_the_accuser(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(("text", "expected"), [
    # inside a reported clause the subject after أن controls the event noun, not the reporter
    ("وأكدت المصادر بأن فرق الجمارك تمكنت، خلال الأيام الأخيرة، من حجز 400 قارورة.", ("1711", "الجمارك", None)),
    ("وأفاد مصدر أمني بمقتل شخص.", ("180", None, "شخص")),
])
def test_reported_clause_subjects(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in events(text)


@pytest.mark.parametrize(("text", "name", "gender"), [
    ("وأعربت زميلتها ليلى مراد عن شكرها.", "ليلى مراد", FEMININE),  # a possessed feminine noun
    ("قالت جين أوستن إن الخطة فشلت.", "جين أوستن", FEMININE),  # the verb before agrees with her
    ("ثم جين أوستن قالت إن الخطة فشلت.", "جين أوستن", FEMININE),  # the verb after
    ("وانتقدت الوزيرة جين أوستن القرار.", "جين أوستن", FEMININE),  # a feminine title
    ("هاجم جين أوستن البريطانية القرار.", "جين أوستن", FEMININE),  # a feminine nisba
    ("قال سامي مراد إن الخطة فشلت.", "سامي مراد", MASCULINE),
    ("اتهمت الحكومة سامي مراد بالفساد.", "سامي مراد", MASCULINE),  # الحكومة is no title of his
    ("جين أوستن قالت إن الخطة فشلت.", "جين أوستن", FEMININE),  # the name opens the sentence: no word before
    ("وقالت الممثلة البريطانية جين أوستن إن الخطة فشلت.", "جين أوستن", FEMININE),  # the title heads the span
])
def test_a_persons_gender_from_the_words_around_the_name(text: str, name: str, gender: str) -> None:
    start = text.index(name)
    art = Article(id="t", source=Source(kind="test"), body=[text], entities=[
        Entity(id="per:x", name="X", type="PER", mentions=[Mention(name, "body", 0, start, start + len(name))])])
    toks = tokenize(text)
    actor = next(a for a in find_actors(art, "body", 0, toks, text) if a.entity == "per:x")
    assert actor_gender(actor, toks) == gender


@pytest.mark.parametrize(("text", "relative", "expected"), [
    ("الرجل الذي اتهمته الشرطة", 1, 0),
    ("فتح الله غولن، الذي تتهمه أنقرة", 4, 2),  # over the comma
    ("الذي قال", 0, -1),  # nothing before the pronoun
    ("، الذي قال", 1, -1),  # only a comma before it
])
def test_a_relative_pronoun_follows_its_antecedent(text: str, relative: int, expected: int) -> None:
    toks = tokenize(text)
    assert toks[relative].text in {"الذي", "التي"}
    assert antecedent_index(toks, relative) == expected
