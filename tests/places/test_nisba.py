"""A country name that is also a nisba adjective (السعودية 'Saudi') after a definite word is no place."""

from __future__ import annotations

import pytest

from khabar.datafiles import tsv_rows
from khabar.places.gazetteer import RESOURCES
from khabar.places.match import find_places

ROWS = tsv_rows((RESOURCES / "nisba_names.tsv").read_text(encoding="utf-8"))


def adjectives(text: str) -> list[tuple[str, bool]]:
    return [(text[h.start:h.end], h.adjective) for h in find_places(text)]


@pytest.mark.parametrize("name", [w for w, kind in ROWS if kind == "name"])
def test_a_nisba_name_after_a_definite_word_is_the_adjective(name: str) -> None:
    assert adjectives(f"قالت وزارة المالية {name} إن") == [(name, True)]
    assert adjectives(f"وقالت الحكومةُ {name} إن") == [(name, True)]  # a mark on the noun
    assert adjectives(f"وصل الوفد إلى {name} أمس") == [(name, False)]
    assert adjectives(f"ألقت {name} القبض") == [(name, False)]  # a verb in أل, no article


@pytest.mark.parametrize("name", [w for w, kind in ROWS if kind == "name"])
@pytest.mark.parametrize("quoted", ['"الحياة"', "«عكاظ»", "“الوطن”"])
def test_a_nisba_name_after_a_quoted_name_is_the_adjective(name: str, quoted: str) -> None:
    assert adjectives(f"ونقلت صحيفة {quoted} {name} عن مصادرها") == [(name, True)]


@pytest.mark.parametrize("name", [w for w, kind in ROWS if kind == "indefinite"])
def test_an_indefinite_nisba_name_after_a_noun_in_ta_marbuta_or_plural_is_the_adjective(name: str) -> None:
    assert adjectives(f"تبرع لمساعدة عائلة {name} على الاستقرار") == [(name, True)]
    assert adjectives(f"استولى على طائرات حربية {name} أمس") == [(name, True)]
    assert adjectives(f"زار الوفد {name} أمس") == [(name, False)]
    assert adjectives(f"دخلت {name} عبر الحدود") == [(name, False)]  # a verb in ت


def adjective_of(text: str, name: str) -> bool:
    """Whether ``name`` in ``text`` is read as the adjective (other hits, a town read in وفدا, aside)."""
    return dict(adjectives(text))[name]


@pytest.mark.parametrize("name", [w for w, kind in ROWS if kind == "accusative"])
@pytest.mark.parametrize("head", [w for w, kind in ROWS if kind == "accusative_head"])
def test_an_accusative_nisba_name_after_an_accusative_head_is_the_adjective(name: str, head: str) -> None:
    assert adjective_of(f"قتل 12 {head}ًا {name} في تحطم مروحية", name)
    assert adjective_of(f"وأبلغ الوزير {head}ا {name} أن الحرب انتهت", name)


@pytest.mark.parametrize("name", [w for w, kind in ROWS if kind == "accusative"])
def test_an_accusative_nisba_name_elsewhere_stays_the_country(name: str) -> None:
    assert not adjective_of(f"وزار الوزير أيضا {name} أمس", name)  # an adverb, no head noun
    assert not adjective_of(f"وزار {name} وفد رسمي", name)
    # a dual construct: the two delegations of one country and another
    assert not adjective_of(f"والتقى وفدا {name} واليابان في جنيف", name)


@pytest.mark.parametrize("word", [w for w, kind in ROWS if kind == "keep_after"])
def test_after_a_keep_after_word_the_name_stays_the_country(word: str) -> None:
    assert adjectives(f"أعلنت {word} السعودية") == [("السعودية", False)]


def test_an_adjective_still_counts_for_the_article_home_country() -> None:
    from khabar import places
    from khabar.model import Article, Source

    article = Article(id="t", source=Source(kind="text"),
                      body=["قالت وزارة المالية السعودية إن الخطوط السعودية تعمل", "وصل الوفد بالدوادمي"])
    found = [(p.text, p.country) for p in places.run(article, places.Options()).places]
    assert found == [("بالدوادمي", "SA")]  # a small town read as the home country's
