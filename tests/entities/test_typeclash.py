"""A person and an organisation written alike in one article are one entity."""

import pytest

from khabar.entities.builder import Builder
from khabar.entities.typeclash import merge_type_clashes
from khabar.model import Entity, Mention


def build(*entities: tuple[str, list[str], str]) -> Builder:
    """Entities as (id, mention texts, lexicon group or ""), added in that order."""
    b = Builder()
    start = 0
    for eid, texts, group in entities:
        type_, _, name = eid.partition(":")
        for text in texts:
            ent = Entity(id=eid, name=name, type=type_.upper(), name_ar=name)
            b.add(ent, Mention(text, "body", 0, start, start + len(text)), group=group)
            start += len(text) + 1
    return b


@pytest.mark.parametrize("entities, kept", [
    # the person named in full: a surname the tagger read as a body
    ([("per:nyry-awksman", ["نيري أوكسمان", "أوكسمان"], ""), ("org:awksman", ["أوكسمان"], "")],
     {"per:nyry-awksman": 3}),
    # the company named with its head noun: its name alone is no person
    ([("org:shrkh-byrswn", ["شركة بيرسون", "بيرسون"], ""), ("per:byrswn", ["بيرسون", "بيرسون"], "")],
     {"org:shrkh-byrswn": 4}),
    # the curated one wins, whatever the counts
    ([("org:lywn", ["ليون", "ليون", "ليون"], ""), ("per:bernardino-leon", ["ليون"], "people")],
     {"per:bernardino-leon": 4}),
    # neither: the one mentioned more often
    ([("per:aykw", ["إيكو"], ""), ("org:aykw", ["إيكو", "إيكو"], "")], {"org:aykw": 3}),
])
def test_a_person_and_a_body_written_alike_are_one(entities, kept):
    b = build(*entities)
    merge_type_clashes(b)
    assert {eid: len(e.mentions) for eid, e in b.entities.items()} == kept


def test_other_types_and_other_words_stay_apart():
    b = build(("gpe:lywn", ["ليون"], ""), ("org:lywn", ["ليون"], ""), ("per:smyr", ["سمير"], ""))
    merge_type_clashes(b)
    assert sorted(b.entities) == ["gpe:lywn", "org:lywn", "per:smyr"]
