"""Clubs sharing a name: the article's most named country, then its home country, decide."""

import pytest

from khabar.entities import Options, run
from khabar.entities.homeclubs import namesake_clubs, shared_form
from khabar.model import Article, Source


def club_ids(body: list[str], outlet: str | None = None) -> dict[str, list[str]]:
    art = run(Article(id="t", source=Source(kind="text", outlet=outlet), body=body), Options(tagger=False))
    return {e.id: [m.text for m in e.mentions] for e in art.entities if e.id.startswith("org:al-ahl")}


@pytest.mark.parametrize("body, outlet, expected", [
    # no country named, no home: the default club (Cairo's)
    (["فاز الأهلي في مباراة الدوري أمس.", "وقال مدرب الأهلي إن اللاعبين قدموا مباراة كبيرة."], None,
     {"org:al-ahly-sc": ["الأهلي", "الأهلي"]}),
    # a Saudi paper naming no country: Jeddah's
    (["فاز الأهلي في مباراة الدوري أمس.", "وقال مدرب الأهلي إن اللاعبين قدموا مباراة كبيرة."], "saudinewsnet/3alyoum",
     {"org:al-ahli-saudi-fc": ["الأهلي", "الأهلي"]}),
    # the article names Saudi places more (another paragraph): Jeddah's, whatever the outlet
    (["فاز الأهلي في مباراة الدوري أمس.", "ويعود اللاعبون إلى جدة ثم إلى الرياض غدا."], None,
     {"org:al-ahli-saudi-fc": ["الأهلي"]}),
    # a Saudi paper on Egypt: Cairo's
    (["فاز الأهلي في مباراة الدوري أمس.", "ويعود اللاعبون إلى القاهرة ثم إلى الإسكندرية غدا."], "saudinewsnet/3alyoum",
     {"org:al-ahly-sc": ["الأهلي"]}),
    # named with its country: left as the lexicon reads it
    (["فاز الأهلي المصري في مباراة الدوري أمس.", "وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة."],
     "saudinewsnet/3alyoum", {"org:al-ahly-sc": ["الأهلي المصري"]}),
])
def test_a_shared_club_name_by_the_articles_countries(body, outlet, expected):
    assert club_ids(body, outlet) == expected


@pytest.mark.parametrize("text, shared", [
    ("الأهلي", True), ("للأهلي", True), ("النادي الأهلي", True), ("فريق الأهلي", True),  # the form, after a team noun
    ("الأهلي المصري", False), ("أهلي جدة", False),  # a form naming the club's country or town
])
def test_shared_forms(text, shared):
    key, _ = namesake_clubs()["org:al-ahly-sc"]
    assert shared_form(text, key) is shared
