"""The places map: bundled country outlines (static/world.json, see :mod:`khabar.web.outlines`)
drawn as SVG, with a circle per resolved place, sized by how many articles mention it, and a square
per place events happened at, sized by how many events (an event placed at a whole country, which has
no point of its own, at the centre of the country's outline)."""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup

from khabar.web.counting import counted
from khabar.web.outlines import robinson

#: The window shown when no place lies outside it: the Middle East and North Africa.
MENA = ((-18.0, 10.0), (63.0, 43.0))  # (lon, lat) south-west and north-east corners
PAD = 20.0


@lru_cache(maxsize=1)
def outlines() -> dict[str, Any]:
    return json.loads(resources.files("khabar.web").joinpath("static/world.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def country_boxes() -> dict[str, tuple[int, int, int, int]]:
    """(min x, min y, max x, max y) of each country outline, to skip those outside the view."""
    boxes = {}
    for code, path in outlines()["countries"].items():
        numbers = [int(n) for n in re.findall(r"-?\d+", path)]
        xs, ys = numbers[::2], numbers[1::2]
        boxes[code] = (min(xs), min(ys), max(xs), max(ys))
    return boxes


@lru_cache(maxsize=1)
def country_centres() -> dict[str, tuple[float, float]]:
    """SVG point of each country: the centroid of the largest ring of its outline (mainland France,
    not Guiana; the lower 48, not Alaska), where an event placed at the country itself is drawn."""
    centres = {}
    for code, path in outlines()["countries"].items():
        rings = [_ring_centroid([int(n) for n in re.findall(r"-?\d+", ring)]) for ring in re.findall(r"M[^M]*", path)]
        area, x, y = max(rings, key=lambda ring: ring[0])
        if area > 0:
            centres[code.upper()] = (x, y)
    return centres


def _ring_centroid(numbers: list[int]) -> tuple[float, float, float]:
    """(area, x, y) of one closed polygon given as x1, y1, x2, y2, ... (the shoelace formula)."""
    points = list(zip(numbers[::2], numbers[1::2], strict=False))
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area, cx, cy = area + cross, cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
    if area == 0:
        return 0.0, 0.0, 0.0
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def project(lat: float, lon: float) -> tuple[float, float]:
    """SVG coordinates of a point on the bundled outlines."""
    p = outlines()["projection"]
    x, y = robinson(lat, ((lon - p["lon0"] + 180) % 360) - 180)
    return p["ax"] * x + p["bx"], p["ay"] * y + p["by"]


def _event_point(place: dict[str, Any]) -> tuple[float, float] | None:
    """Where to draw one of event_places' rows: its coordinates, else, for a country (a resolved place
    with a country and no point), its outline's centre; None for words the places stage did not resolve."""
    if place["lat"] is not None and place["lon"] is not None:
        return project(place["lat"], place["lon"])
    if place.get("country"):
        return country_centres().get(place["country"].upper())
    return None


def _view_box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    (w, s), (e, n) = MENA
    points = [project(s, w), project(n, e), project(n, w), project(s, e), *points]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs) - PAD, min(ys) - PAD, max(xs) - min(xs) + 2 * PAD, max(ys) - min(ys) + 2 * PAD


def map_svg(places: list[dict[str, Any]], filters: dict[str, str] | None = None,
            happened: list[dict[str, Any]] | None = None, actors: dict[str, str] | None = None) -> Markup:
    """The SVG map: outlines, then one linked circle per place (search filtered by that place, and
    by the ``filters`` the map was drawn for: one outlet's places link to that outlet's articles),
    then one linked square per place of ``happened`` (:func:`~khabar.store.pairs.event_places`'
    rows with coordinates or a country's: the events list of that place, of the ``actors`` (category,
    source, target) the layer was drawn for)."""
    located = [(p, point) for p in happened or [] if (point := _event_point(p)) is not None]
    x0, y0, w, h = _view_box([project(p["lat"], p["lon"]) for p in places] + [point for _, point in located])
    parts = [Markup('<svg class="map" viewBox="{:.0f} {:.0f} {:.0f} {:.0f}" role="img" aria-label="{}">')
             .format(x0, y0, w, h, "خريطة الأماكن")]
    for code, path in outlines()["countries"].items():
        left, top, right, bottom = country_boxes()[code]
        if right < x0 or left > x0 + w or bottom < y0 or top > y0 + h:
            continue
        parts.append(Markup('<path class="country" d="{}"><title>{}</title></path>').format(path, code.upper()))
    top = max((p["articles"] for p in places), default=1)
    for p in places:
        x, y = project(p["lat"], p["lon"])
        r = 3 + 9 * math.sqrt(p["articles"] / top) * w / 1200
        label = f"{p['name_ar'] or p['name']}: {counted(p['articles'], 'article')}"
        href = "/ui/search?" + urlencode({**(filters or {}), "place": p["place"]})
        parts.append(Markup('<a href="{}"><circle class="place" cx="{:.1f}" cy="{:.1f}" r="{:.1f}">'
                            "<title>{}</title></circle></a>").format(href, x, y, r, label))
    most = max((p["events"] for p, _ in located), default=1)
    for p, (x, y) in located:
        half = (2 + 7 * math.sqrt(p["events"] / most)) * w / 1200
        label = f"{p['name_ar'] or p['where']}: {counted(p['events'], 'event')}"
        href = "/ui/events?" + urlencode({**(filters or {}), **(actors or {}), "where": p["place"]})
        parts.append(Markup('<a href="{}"><rect class="event" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}">'
                            "<title>{}</title></rect></a>").format(href, x - half, y - half, 2 * half, 2 * half, label))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
