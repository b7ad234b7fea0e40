"""Bodies a sport article names by another body's name (khabar.entities.sportsenses; tagger off)."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def bodies(*body: str) -> dict[str, list[str]]:
    art = run(Article(id="t", source=Source(kind="text"), body=list(body)), Options(tagger=False))
    return {e.name: [m.text for m in e.mentions] for e in art.entities if e.type == "ORG"}


@pytest.mark.parametrize("body, name", [
    # on a football page الاتحاد الإفريقي is CAF
    (["فاز النادي الصفاقسي على الترجي في مباراة الدوري.", "وقرر الاتحاد الإفريقي معاقبة اللاعب بعد المباراة."],
     "Confederation of African Football"),
    # elsewhere the African Union
    (["عقد الاتحاد الإفريقي قمته في أديس أبابا."], "African Union"),
])
def test_sport_sense(body, name):
    assert "الاتحاد الإفريقي" in bodies(*body).get(name, [])


def test_a_remit_after_it_is_another_body():
    found = bodies("فاز النادي الصفاقسي على الترجي في مباراة الدوري.", "وقرر الاتحاد الإفريقي لكرة اليد إيقاف اللاعب.")
    assert "Confederation of African Football" not in found
