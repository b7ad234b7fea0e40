"""Companies named after a person (khabar.entities.companies): a person's name before a word that
closes a company's name is the company."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def typed(text: str) -> list[tuple[str, str]]:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    return [(e.type, m.text) for e in art.entities for m in e.mentions]


@pytest.mark.parametrize("text, company", [
    # a tagger's person before لاب, غروب: the company, not the founder
    ("وقالت كاسبرسكي لاب إن الهجوم واسع", "كاسبرسكي لاب"),
    ("وأعلنت شركة سامي غروب عن أرباحها", "شركة سامي غروب"),
    # a curated person before the suffix
    ("أعلنت مجموعة بن لادن غروب عن مشروع", "مجموعة بن لادن غروب"),
])
def test_a_name_before_a_company_suffix_is_the_company(text, company):
    found = typed(text)
    assert ("ORG", company) in found and not any(t == "PER" for t, _ in found)


def test_the_founder_alone_stays_a_person():
    found = typed("وقالت كاسبرسكي لاب إن الهجوم واسع، وقال يوجين كاسبرسكي إنه خطير")
    assert ("ORG", "كاسبرسكي لاب") in found and ("PER", "يوجين كاسبرسكي") in found
