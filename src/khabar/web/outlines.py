"""Build the bundled country outlines (static/world.json) from pygal_maps_world's world SVG.

The map page draws these outlines as SVG, with places placed by their coordinates: no tiles, no
CDN.  The source SVG (Wikimedia's blank world map, Robinson projection, shipped by the
``pygal_maps_world`` package) is flattened to polylines (curve end points only), rounded to whole
pixels, and its projection is fitted from a few small countries whose outline centre is known, so
that a (lat, lon) can be placed on it.  Regenerate with::

    pip install pygal_maps_world==1.0.2
    python -m khabar.web.outlines > src/khabar/web/static/world.json
"""

from __future__ import annotations

import json
import math
import re
import sys
from importlib import resources

#: Robinson projection table: latitude every 5 degrees -> (X, Y) factors.
ROBINSON = (
    (1.0000, 0.0000), (0.9986, 0.0620), (0.9954, 0.1240), (0.9900, 0.1860), (0.9822, 0.2480),
    (0.9730, 0.3100), (0.9600, 0.3720), (0.9427, 0.4340), (0.9216, 0.4958), (0.8962, 0.5571),
    (0.8679, 0.6176), (0.8350, 0.6769), (0.7986, 0.7346), (0.7597, 0.7903), (0.7186, 0.8435),
    (0.6732, 0.8936), (0.6213, 0.9394), (0.5722, 0.9761), (0.5322, 1.0000),
)
#: Small countries (outline centre ≈ a known point) that anchor the projection fit: iso2, lat, lon.
ANCHORS = (
    ("ad", 42.55, 1.58), ("lu", 49.78, 6.09), ("mt", 35.92, 14.41), ("bh", 26.03, 50.55),
    ("sg", 1.36, 103.82), ("lb", 33.87, 35.86), ("cy", 35.05, 33.2), ("mu", -20.25, 57.57),
    ("sm", 43.94, 12.46), ("jm", 18.11, -77.30), ("sv", 13.79, -88.90), ("rw", -1.94, 29.87),
    ("va", 41.90, 12.45), ("mc", 43.74, 7.42), ("li", 47.16, 9.55), ("ps", 31.9, 34.95),
    ("dj", 11.8, 42.6), ("gm", 13.45, -15.4), ("sz", -26.5, 31.5), ("ls", -29.6, 28.2),
    ("bi", -3.4, 29.9), ("hk", 22.35, 114.15),
)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[a-zA-Z]")
_COUNTRY = re.compile(r'<g class="([a-z]{2}) country[^"]*">(.*?)</g>', re.S)
_PATH = re.compile(r'<path d="([^"]+)"')
_ARGS = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "z": 0}


def robinson(lat: float, lon_offset: float) -> tuple[float, float]:
    """Robinson (X * lon in radians, Y) before scaling; latitude interpolated in the table."""
    a = min(abs(lat), 90.0) / 5.0
    i = min(int(a), 17)
    f = a - i
    x = ROBINSON[i][0] + (ROBINSON[i + 1][0] - ROBINSON[i][0]) * f
    y = ROBINSON[i][1] + (ROBINSON[i + 1][1] - ROBINSON[i][1]) * f
    return x * math.radians(lon_offset), math.copysign(y, lat)


def path_points(d: str) -> list[list[tuple[float, float]]]:
    """Absolute polylines of an SVG path (end points of each segment; curves flattened)."""
    tokens = _NUMBER.findall(d)
    rings: list[list[tuple[float, float]]] = []
    x = y = 0.0
    cmd, i = "m", 0
    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd.lower() == "z":
                continue
        n = _ARGS[cmd.lower()]
        args = [float(t) for t in tokens[i:i + n]]
        i += n
        rel = cmd.islower()
        if cmd.lower() == "h":
            x = x + args[0] if rel else args[0]
        elif cmd.lower() == "v":
            y = y + args[0] if rel else args[0]
        else:
            x, y = (x + args[-2], y + args[-1]) if rel else (args[-2], args[-1])
        if cmd.lower() == "m":
            rings.append([])
            cmd = "l" if rel else "L"  # further pairs after a moveto are line-tos
        rings[-1].append((x, y))
    return rings


def simplified(rings: list[list[tuple[float, float]]], step: float = 1.0) -> str:
    """An absolute path with points rounded to ``step`` pixels and repeated points dropped."""
    out = []
    for ring in rings:
        pts: list[tuple[int, int]] = []
        for px, py in ring:
            p = (round(px / step), round(py / step))
            if not pts or p != pts[-1]:
                pts.append(p)
        if len(pts) >= 3:
            out.append("M" + "L".join(f"{int(px * step)} {int(py * step)}" for px, py in pts) + "Z")
    return "".join(out)


def _fit_line(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Least squares ys = a * xs + b; returns a, b and the largest residual."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    a = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    b = my - a * mx
    return a, b, max(abs(a * x + b - y) for x, y in zip(xs, ys, strict=True))


def fit_projection(centres: dict[str, tuple[float, float]]) -> dict[str, float]:
    """Scale, offsets and central meridian mapping Robinson coordinates onto the SVG."""
    anchors = [(c, lat, lon) for c, lat, lon in ANCHORS if c in centres]
    best = None
    for tenth in range(-300, 301):
        lon0 = tenth / 10
        proj = [robinson(lat, ((lon - lon0 + 180) % 360) - 180) for _, lat, lon in anchors]
        ax, bx, ex = _fit_line([p[0] for p in proj], [centres[c][0] for c, _, _ in anchors])
        ay, by, ey = _fit_line([p[1] for p in proj], [centres[c][1] for c, _, _ in anchors])
        if best is None or ex + ey < best["error"]:
            best = {"lon0": lon0, "ax": ax, "bx": bx, "ay": ay, "by": by, "error": ex + ey}
    assert best is not None
    return best


def build(svg: str) -> dict:
    countries, centres = {}, {}
    for code, body in _COUNTRY.findall(svg):
        rings = [r for d in _PATH.findall(body) for r in path_points(d)]
        if not rings:
            continue
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        centres[code] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        path = simplified(rings)
        if path:
            countries[code] = path
    view = re.search(r'viewBox="([^"]+)"', svg)
    return {"source": "pygal_maps_world 1.0.2 worldmap.svg (Robinson), flattened and rounded",
            "viewBox": view.group(1) if view else "0 0 2475 1388",
            "projection": fit_projection(centres), "countries": countries}


def main() -> int:
    svg = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text("utf-8")
    json.dump(build(svg), sys.stdout, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
