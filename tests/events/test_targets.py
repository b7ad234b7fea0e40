"""A predicate's target (:mod:`khabar.events.targets`): by the slots of its lexicon entry, the owner
of a criticised thing, the requester a rejection turns down."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.events.actors import find_actors
from khabar.events.predicates import find_triggers
from khabar.events.targets import requester, target_of
from khabar.model import Article, Source


def targets(text: str) -> list[tuple[str, str | None]]:
    """(lemma, target) of each predicate, read after the one word following it (its subject)."""
    art = Article(id="t", source=Source(kind="test"), body=[text])
    toks = tokenize(text)
    actors = find_actors(art, "body", 0, toks, text)
    out = []
    for trig in find_triggers(toks):
        found = target_of(toks, actors, trig, trig.last + 2, set(), text)
        out.append((trig.pred.lemma, found.text if found else None))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("هاجم الجيش المسلحين", ("هاجم", "المسلحين")),  # the direct object
    ("احتج المتظاهرون أمس على الحكومة", ("احتج", "الحكومة")),  # a preposition slot, past a time word
    ("انتقد الوزير السياسة التي تتبعها الحكومة", ("انتقد", "الحكومة")),  # the owner of the thing
    ("احتج المتظاهرون على قرار الحكومة", ("احتج", None)),  # a thing with no owner named by a relative
])
def test_target_by_slot(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in targets(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("رفضت المحكمة طلبا تقدم به الادعاء العام", "الادعاء العام"),
    ("رفضت المحكمة طلبا. وتقدم به الادعاء العام", None),  # a sentence end between
])
def test_requester(text: str, expected: str | None) -> None:
    art = Article(id="t", source=Source(kind="test"), body=[text])
    toks = tokenize(text)
    actors = find_actors(art, "body", 0, toks, text)
    trig = next(t for t in find_triggers(toks) if t.pred.lemma == "رفض")
    found = requester(toks, actors, trig, text)
    assert (found.text if found else None) == expected
