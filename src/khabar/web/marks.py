"""Article text with entities, quotations, times and places marked, as safe HTML.

Spans may nest or cross (a mention inside a quotation, a place that is also an entity), so the
text of a unit is cut at every span boundary and each piece is wrapped once, with the classes of
all spans covering it.  Every piece of article text is escaped; only our own tags are markup.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from khabar.model import Article
from khabar.store.rows import entity_key


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # entity | quote | event | time | place
    css: str  # extra class, e.g. the entity type
    title: str  # tooltip
    href: str | None = None
    anchor: str | None = None  # the element id a deep link names (#q-3: the article's fourth quotation; #e-3)


def entity_url(key: str) -> str:
    return "/ui/entities/" + quote(key, safe="")


def quote_url(article_id: str, n: int) -> str:
    """A link a colleague can open to one quotation: its article page, scrolled to it and highlighted."""
    return f"/ui/articles/{quote(article_id, safe='')}#{quote_anchor(n)}"


def quote_anchor(n: int) -> str:
    return f"q-{n}"


def event_url(article_id: str, n: int) -> str:
    """A link to one event: its article page, scrolled to its predicate (the words the event was
    read from) and highlighted, the evidence beside its coding."""
    return f"/ui/articles/{quote(article_id, safe='')}#{event_anchor(n)}"


def event_anchor(n: int) -> str:
    return f"e-{n}"


def _article_marks(article: Article) -> dict[tuple[str, int], list[Mark]]:
    marks: dict[tuple[str, int], list[Mark]] = defaultdict(list)
    for e in article.entities:
        url = entity_url(entity_key(e.name, e.type, e.wikidata))
        for m in e.mentions:
            marks[(m.field, m.paragraph)].append(
                Mark(m.start, m.end, "entity", f"ent-{e.type}", f"{e.type}: {e.name_ar or e.name}", url))
    for n, q in enumerate(article.quotes):  # n: the quotation's number in the store (quotes.n)
        who = q.speaker.text if q.speaker else "؟"
        marks[(q.field, q.paragraph)].append(Mark(q.start, q.end, "quote", f"quote-{q.kind}",
                                                  f"{who} ({q.cue})", anchor=quote_anchor(n)))
    for n, ev in enumerate(article.events):  # n: the event's number in the store (events.n)
        marks[(ev.field, ev.paragraph)].append(Mark(ev.start, ev.end, "event", "", f"{ev.plover or ev.cameo}: {ev.action}",
                                                    anchor=event_anchor(n)))
    for t in article.times:
        marks[(t.field, t.paragraph)].append(Mark(t.start, t.end, "time", "", t.value or ""))
    for p in article.places:
        marks[(p.field, p.paragraph)].append(Mark(p.start, p.end, "place", "",
                                                  ", ".join(x for x in (p.name, p.country) if x)))
    return marks


def _render_unit(text: str, marks: list[Mark]) -> Markup:
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        active = [m for m in valid if m.start <= a and b <= m.end]
        if not active:
            out.append(piece)
            continue
        classes = " ".join([*sorted({f"mk-{m.kind}" for m in active}), *sorted({m.css for m in active if m.css})])
        title = " | ".join(dict.fromkeys(m.title for m in active if m.title))
        link = next((m.href for m in active if m.href), None)
        tag = "a" if link else "span"
        href = Markup(' href="{}"').format(link) if link else Markup("")
        # a deep link's target is the first piece of its span (ids are unique: one piece starts there)
        anchor = next((m.anchor for m in active if m.anchor and m.start == a), None)
        if anchor:
            href += Markup(' id="{}"').format(anchor)
        out.append(Markup('<{tag} class="{cls}" title="{title}"{href}>{piece}</{tag}>').format(
            tag=Markup(tag), cls=classes, title=title, href=href, piece=piece))
    return Markup("").join(out)


def marked_units(article: Article) -> dict[str, list[Markup]]:
    """field -> list of marked paragraphs (single fields as one-item lists)."""
    marks = _article_marks(article)
    out: dict[str, list[Markup]] = {}
    for name in ("headline", "deck", "pull_quotes", "body"):
        value = getattr(article, name)
        texts = value if isinstance(value, list) else ([value] if value else [])
        out[name] = [_render_unit(t, marks.get((name, i), [])) for i, t in enumerate(texts)]
    return out
