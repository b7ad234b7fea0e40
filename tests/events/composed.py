"""What the events tests share: a composed Arabic article as the events stage reads it (the Arabic
stage run, no entities, quotations, times or places unless a test adds them), and the parties of
the events found in it."""

from __future__ import annotations

from khabar.arabic.stage import Options as ArabicOptions
from khabar.arabic.stage import run as run_arabic
from khabar.events import extract_events
from khabar.model import Article, Entity, Event, Mention, Ref, Source


def analyse(*body: str, headline: str | None = None) -> Article:
    """An article of these paragraphs after the Arabic stage (tokens, sentences), ready for the events stage."""
    article = Article(id="t", source=Source(kind="test"), headline=headline, body=list(body))
    return run_arabic(article, ArabicOptions())


def coded(text: str) -> list[Event]:
    """The non-statement events of one sentence."""
    return [e for e in extract_events(analyse(text)) if e.plover]


def text_of(ref: Ref | None) -> str | None:
    return ref.text if ref else None


def parties(event: Event, by: str = "action") -> tuple[str, str | None, str | None]:
    """(the event's action, or the field ``by`` names, such as its CAMEO code; its source's text; its target's)."""
    return getattr(event, by), text_of(event.source), text_of(event.target)


def coded_parties(text: str) -> list[tuple[str, str | None, str | None]]:
    """(action, source text, target text) of the non-statement events of one sentence."""
    return [parties(e) for e in coded(text)]


def statement_parties(*body: str) -> list[tuple[str, str | None, str | None]]:
    """(action, source text, target text) of the statements (CAMEO 010) of an article of these paragraphs."""
    return [parties(e) for e in extract_events(analyse(*body)) if e.cameo == "010"]


def with_people(text: str, *names: str, type_: str = "PER") -> Article:
    """An analysed sentence whose persons (or the entities of another ``type_``) the entities stage
    would have named."""
    art = analyse(text)
    for n, name in enumerate(names):
        start = text.index(name)
        art.entities.append(Entity(id=f"{type_.lower()}:{n}", name=name, type=type_,
                                   mentions=[Mention(name, "body", 0, start, start + len(name))]))
    return art
