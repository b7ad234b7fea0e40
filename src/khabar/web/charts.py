"""Server-side SVG charts (no JavaScript): an entity's mentions and quotations per month."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from khabar.web.counting import counted

WIDTH, HEIGHT, PAD = 720, 220, 30


def timeline_svg(rows: list[dict[str, Any]]) -> Markup:
    """Paired bars per month: mentions (left) and quotations (right), with month labels.

    The chart is drawn left-to-right in time (``direction: ltr`` for svg.timeline in the stylesheet:
    the page's CSP allows no inline styles) even on the RTL page.
    """
    if not rows:
        return Markup('<p class="empty">لا بيانات زمنية</p>')
    top = max(max(r["mentions"], r["quotes"]) for r in rows) or 1
    slot = (WIDTH - 2 * PAD) / len(rows)
    bar = max(1.0, slot * 0.4)
    parts = [Markup('<svg class="timeline" viewBox="0 0 {w} {h}" role="img" aria-label="{label}">').format(w=WIDTH, h=HEIGHT, label="الإشارات والاقتباسات شهريا")]
    base = HEIGHT - PAD
    parts.append(Markup('<line x1="{a}" y1="{y}" x2="{b}" y2="{y}" class="axis"/>').format(
        a=PAD, b=WIDTH - PAD, y=base))
    step = max(1, len(rows) // 12)  # at most ~12 month labels
    for i, r in enumerate(rows):
        x = PAD + i * slot
        for offset, key, css, noun in ((0.0, "mentions", "bar-mentions", "mention"), (bar, "quotes", "bar-quotes", "quote")):
            h = (base - PAD) * r[key] / top
            parts.append(Markup('<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" class="{c}">'
                                '<title>{t}</title></rect>').format(
                x=x + offset, y=base - h, w=bar, h=h, c=css, t=f"{r['month']}: {counted(r[key], noun)}"))
        if i % step == 0:
            parts.append(Markup('<text x="{x:.1f}" y="{y}" class="label">{m}</text>').format(
                x=x, y=HEIGHT - 8, m=escape(r["month"])))
    parts.append(Markup('<text x="{x}" y="{y}" class="legend">{n}</text>').format(x=4, y=PAD + 4, n=top))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
