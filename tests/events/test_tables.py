"""Actor tables: the keys an agent noun is looked up by, and the letters a noun owns."""

from __future__ import annotations

import pytest

from khabar.events.tables import actor_tables, nisba_country, written_as_key


@pytest.mark.parametrize(("key", "present"), [
    # a noun ending in ة takes its dual after ت, never a bare-stem ending (وزارة → زارها is junk)
    ("وزارتان", True), ("شركتين", True), ("زارها", False), ("وزارها", False), ("حكومها", False),
    ("لديها", False), ("طلبها", False),
    # her X of a masculine noun the table lists beside its feminine (ابن / ابنة → ابنها)
    ("ابنها", True), ("زوجها", True),
    # a noun's possessive and construct dual are no keys: they read as verbs (طلبته، طلبتا)
    ("طلبته", False), ("طلبتا", False),
    # other nouns keep their endings (شخصين), those ending in a written ه too (مشتبهين)
    ("شخصين", True), ("مشتبهين", True),
])
def test_inflected_agent_keys(key: str, present: bool) -> None:
    assert ((key,) in actor_tables().agents) is present


@pytest.mark.parametrize(("key", "text", "written"), [
    # keys lookup finds only by stripping a noun's own first letters need them written
    ("زاره", "وزارة", True), ("زاره", "زاره", False),  # the ministry, not 'visited him'
    ("جنه", "لجنة", True), ("جنه", "ولجنة", True), ("جنه", "جنة", False),  # committee, not paradise
    ("لديه", "بلدية", True), ("لديه", "لديه", False),  # municipality, not 'he has'
    ("بنان", "ولبنان", True), ("بنان", "بنان", False),
    # keys that are table words as written need nothing
    ("حكومه", "الحكومة", True), ("وزاره", "بوزارة", True),
])
def test_keys_of_nouns_that_own_their_first_letters(key: str, text: str, written: bool) -> None:
    assert written_as_key(key, text) is written


@pytest.mark.parametrize(("word", "code"), [
    ("السورية", "SY"), ("الأميركيون", "US"), ("مصرية", "EG"),
    # an indefinite demonym whose first letter a proclitic is spelt with: tried whole first
    ("بريطانية", "GB"), ("فرنسية", "FR"), ("ليبية", "LY"), ("باكستانية", "PK"),
    ("ألمانية", "DE"),  # the alif-lam is the country's own, no article
    ("وفرنسية", "FR"), ("بالفرنسية", "FR"),  # a real proclitic is still read off
    ("فرنسا", None), ("كتب", None),  # a country's name, a verb: no demonym
])
def test_nisba_country(word: str, code: str | None) -> None:
    assert nisba_country(word) == code
