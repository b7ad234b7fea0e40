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


@pytest.mark.parametrize("before, after", [
    ("المهاجم البرازيلي", "أكد"),  # player_nouns.txt with the article, past one adjective
    ("وقال", "نجم فريق زينيت"),  # player_nouns.txt right after
    ("الرئيس", "قال"),  # a title (titles.tsv)
])
def test_a_person_word_beside_a_mention_outweighs_a_count(before, after):
    text = f"{before} هالك {after}"
    start = len(before) + 1
    b = Builder()
    b.add(Entity(id="org:halk", name="هالك", type="ORG"), Mention("هالك", "body", 1, 0, 4))
    b.add(Entity(id="org:halk", name="هالك", type="ORG"), Mention("هالك", "body", 2, 0, 4))
    b.add(Entity(id="per:halk", name="هالك", type="PER"), Mention("هالك", "body", 0, start, start + 4))
    merge_type_clashes(b, {("body", 0): text, ("body", 1): "هالك قال", ("body", 2): "هالك قال"})
    assert sorted(b.entities) == ["per:halk"]


def test_a_title_in_construct_before_a_name_is_the_body_head():
    b = Builder()  # رئيس بيرسون: the company's head, no person's title
    for p in (1, 2):
        b.add(Entity(id="org:byrswn", name="بيرسون", type="ORG"), Mention("بيرسون", "body", p, 0, 6))
    b.add(Entity(id="per:byrswn", name="بيرسون", type="PER"), Mention("بيرسون", "body", 0, 5, 11))
    merge_type_clashes(b, {("body", 0): "رئيس بيرسون قال", ("body", 1): "بيرسون قال", ("body", 2): "بيرسون"})
    assert sorted(b.entities) == ["org:byrswn"]
