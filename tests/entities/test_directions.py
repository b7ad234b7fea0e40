"""Names after a word of direction are places (khabar.entities.directions)."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def entities(text: str) -> dict[str, tuple[str, set[str]]]:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options())
    return {e.name: (e.type, {m.text for m in e.mentions}) for e in art.entities}


@pytest.mark.parametrize("text, town", [
    ("انفجرت عبوة جنوب الشيخ زويد أمس", "الشيخ زويد"),  # a title opens the town's name
])
def test_a_person_s_name_after_a_direction_is_a_town(text, town):
    found = entities(text)
    assert found.get(town, ("",))[0] == "GPE", found
    assert not [n for n, (t, _) in found.items() if t == "PER"], found


def test_the_same_name_elsewhere_is_the_town_too():
    found = entities("وقع الهجوم على طريق الشيخ زويد - رفح جنوب الشيخ زويد")
    assert found["الشيخ زويد"] == ("GPE", {"الشيخ زويد"}), found
    assert not [n for n, (t, _) in found.items() if t == "PER"], found


def test_a_person_after_a_title_alone_stays_a_person():
    found = entities("واستقبل الشيخ محمد بن زايد الوفد في مكتبه")
    assert any(t == "PER" for t, _ in found.values()), found
