"""The places map's SVG (khabar.web.map): circles of places mentioned, squares of where events happened."""

from __future__ import annotations

import pytest

from khabar.web.map import country_centres, map_svg, project

_PLACE = {"name": "Aden", "name_ar": "عدن", "lat": 12.78, "lon": 45.04, "articles": 3, "place": "Aden, YE"}


def _happened(where: str, lat: float | None, events: int = 2, country: str | None = None) -> dict:
    return {"where": where, "name_ar": None, "country": country, "events": events, "negated": 0, "articles": 1,
            "lat": lat, "lon": None if lat is None else 44.2, "place": where}


@pytest.mark.parametrize("happened, squares, link", [
    (None, 0, None),
    ([_happened("Sanaa", 15.35)], 1, '<a href="/ui/events?outlet=ant%2FBBC&amp;where=Sanaa"><rect class="event"'),
    ([_happened("غزة", None)], 0, None),  # words unresolved: listed on the events page, not drawn
    ([_happened("Israel", None, country="IL")], 1, "where=Israel"),  # a country: at its outline's centre
    ([_happened("Atlantis", None, country="ZZ")], 0, None),  # a code with no outline: not drawn
    ([_happened("<b>x</b>", 15.35)], 1, "where=%3Cb%3Ex%3C%2Fb%3E"),  # untrusted words: quoted in the link
])
def test_events_places_are_squares_linking_to_their_events(happened, squares, link):
    svg = str(map_svg([_PLACE], {"outlet": "ant/BBC"}, happened))
    assert svg.count('class="place"') == 1 and svg.count('<rect class="event"') == squares
    assert link is None or link in svg
    assert "<b>" not in svg


def test_the_events_layer_of_one_actor_links_to_its_events_there():
    svg = str(map_svg([_PLACE], {}, [_happened("Sanaa", 15.35)], {"category": "ASSAULT", "target": "Israel"}))
    assert '<a href="/ui/events?category=ASSAULT&amp;target=Israel&amp;where=Sanaa"><rect class="event"' in svg


@pytest.mark.parametrize("code, lat, lon", [
    ("IL", 31.5, 34.9), ("YE", 15.5, 47.5), ("FR", 46.5, 2.5),  # France's mainland, not Guiana
])
def test_a_country_is_drawn_at_its_outlines_centre(code, lat, lon):
    (x, y), (px, py) = country_centres()[code], project(lat, lon)
    assert abs(x - px) < 10 and abs(y - py) < 10


@pytest.mark.parametrize("articles, events, circle, square", [
    (1, 1, "عدن: مقالة واحدة", "Sanaa: حدث واحد"),
    (2, 2, "عدن: مقالتان", "Sanaa: حدثان"),
    (3, 7, "عدن: 3 مقالات", "Sanaa: 7 أحداث"),
    (11, 25, "عدن: 11 مقالة", "Sanaa: 25 حدثًا"),
])
def test_the_marks_say_their_counts_in_arabic_agreeing_with_the_number(articles, events, circle, square):
    svg = str(map_svg([{**_PLACE, "articles": articles}], {}, [_happened("Sanaa", 15.35, events)]))
    assert f"<title>{circle}</title>" in svg and f"<title>{square}</title>" in svg
