"""A club's bare form refers back to a body of a longer name opening with the same word."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def mentions_by_name(*body: str) -> dict[str, list[str]]:
    art = run(Article(id="t", source=Source(kind="text"), body=list(body)), Options(tagger=False))
    return {e.name: [m.text for m in e.mentions] for e in art.entities}


@pytest.mark.parametrize("body, name, mentions", [
    # the federation named before: its president, not Al Ittihad of Jeddah's
    (["وكان الاتحاد الإيسلندي لكرة القدم ينوي تمديد عقد المدرب.",
      "وقال رئيس الاتحاد بعد المباراة إن اللاعب سيغيب عن الدوري."],
     "الاتحاد الإيسلندي لكرة القدم", ["الاتحاد الإيسلندي لكرة القدم", "الاتحاد"]),
    # no such body: the club
    (["فاز الاتحاد على الهلال في مباراة الدوري.", "وقال مدرب الاتحاد إن اللاعبين قدموا مباراة كبيرة."],
     "Al Ittihad Club", ["الاتحاد", "الاتحاد"]),
    # the club named in full keeps its bare mentions (the Saudi federation is another body)
    (["أعلن الاتحاد السعودي لكرة القدم موعد الدوري.", "وفاز نادي الاتحاد على الهلال في المباراة، وسجل الاتحاد هدفين للاعب."],
     "Al Ittihad Club", ["نادي الاتحاد", "الاتحاد"]),
    # a list of clubs names clubs
    (["وقال اتحاد الكرة إن الدوري يبدأ غدا.", "وتتنافس أندية كالهلال والنصر والاتحاد على لقب الدوري والمباراة."],
     "Al Ittihad Club", ["الاتحاد"]),
])
def test_a_bare_club_form_after_a_body_of_that_word(body, name, mentions):
    assert mentions_by_name(*body)[name] == mentions
