"""An event's edition year right after its name is part of the mention (eventyears)."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def event_mentions(text: str) -> list[str]:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=False))
    return [m.text for e in art.entities if e.type == "EVENT" for m in e.mentions]


@pytest.mark.parametrize("text, mention", [
    ("وتأهل المنتخب إلى كأس العالم 2018 في روسيا", "كأس العالم 2018"),
    ("وتوج المنتخب بمونديال 1986 في المكسيك", "مونديال 1986"),
    ("ولعب في كأس آسيا ٢٠١٩ مع منتخب بلاده", "كأس آسيا ٢٠١٩"),  # Arabic-Indic digits
    ("ويستعد لكأس العالم 2022، كما قال", "كأس العالم 2022"),  # punctuation after the year
])
def test_the_edition_year_joins_the_event(text, mention):
    assert mention in event_mentions(text)


@pytest.mark.parametrize("text, mention", [
    ("وشارك في دوري أبطال أوروبا 2014/2015 مع ناديه", "دوري أبطال أوروبا"),  # a season
    ("ولعب في كأس العالم 2018-2022 أساسيا", "كأس العالم"),  # a span of years
    ("وسجل في كأس العالم 35 هدفا", "كأس العالم"),  # a count, no year
    ("وغاب عن كأس العالم 20189 لأسباب", "كأس العالم"),  # no year of four digits
])
def test_seasons_spans_and_counts_stay_out(text, mention):
    assert event_mentions(text) == [mention]
