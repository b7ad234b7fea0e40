"""A tagged person's span that opens inside a title starts past it (آية الله حسن أقاميري: حسن
أقاميري), title by title along a chain; other spans, and a title with nothing after it, stay."""

from __future__ import annotations

import pytest

from khabar.arabic import tokenize
from khabar.entities import Options, run
from khabar.entities.bodies import Span
from khabar.entities.matcher import lexicon
from khabar.entities.titlecut import after_titles, family_titles
from khabar.model import Article, Source


def _words(text: str, span: tuple[int, int, str]) -> tuple[str, str]:
    tokens = tokenize(text)
    (out,) = after_titles([Span(*span)], lexicon().find(tokens), tokens)
    return " ".join(t.text for t in tokens[out.first:out.last + 1]), out.type


@pytest.mark.parametrize(("text", "span", "expected"), [
    # a rank the tagger read into the name
    ("وقال آية الله حسن أقاميري إن الاتفاق فشل", (1, 4, "PER"), "حسن أقاميري"),
    ("وقال حجة الإسلام محمود علوي إن الاتفاق فشل", (1, 4, "PER"), "محمود علوي"),
    # a span that opens on the title's last word
    ("عبر آية الله حسن أقاميري عن الفكرة", (2, 4, "PER"), "حسن أقاميري"),
    # a chain of titles, cut one by one
    ("وانتقد المرشد الأعلى آية الله علي خامنئي الحكومة", (1, 6, "PER"), "علي خامنئي"),
    # an office of several words
    ("وقال الرئيس التنفيذي جون سميث إن الأرباح زادت", (1, 4, "PER"), "جون سميث"),
    # nothing left past the title: the span stays (the linker reads it)
    ("وقال آية الله إن الاتفاق فشل", (1, 2, "PER"), "آية الله"),
    # a body keeps its title word (the span is no person)
    ("وقال الرئيس التنفيذي جون سميث إن الأرباح زادت", (1, 4, "ORG"), "الرئيس التنفيذي جون سميث"),
    # a one-word title without the article is a given name as often
    ("وظهر أمير كرارة في الصور", (1, 2, "PER"), "أمير كرارة"),
    # a span that does not open on a title
    ("وقال حسن أقاميري إن الاتفاق فشل", (1, 2, "PER"), "حسن أقاميري"),
])
def test_after_titles(text: str, span: tuple[int, int, str], expected: str) -> None:
    assert _words(text, span) == (expected, span[2])


@pytest.mark.parametrize(("text", "name", "role"), [
    # the religious ranks of titles.tsv: the rank is the role, the name is whole
    ("وقال آية الله حسن أقاميري إن الاتفاق فشل.", "حسن أقاميري", "آية الله"),
    ("وقال آية الله العظمى حسن أقاميري إن الاتفاق فشل.", "حسن أقاميري", "آية الله العظمى"),
    ("وقال حجة الإسلام محمد حسن أختري إن الاتفاق فشل.", "محمد حسن أختري", "حجة الإسلام"),
])
def test_religious_ranks_are_roles(text: str, name: str, role: str) -> None:
    art = run(Article(id="t", source=Source(kind="text"), body=[text]), Options(tagger=True))
    people = [(e.name_ar, e.role) for e in art.entities if e.type == "PER"]
    assert people == [(name, role)]


def _family(text: str, span: tuple[int, int]) -> tuple[str, bool]:
    tokens = tokenize(text)
    matches = lexicon().find(tokens)
    spans, kept = family_titles([Span(*span, "PER")], matches, tokens)
    titles = any(m.entry.type == "TITLE" and spans[0].first < m.first <= spans[0].last + 1 for m in kept)
    return " ".join(t.text for t in tokens[spans[0].first:spans[0].last + 1]), titles


@pytest.mark.parametrize("text, span, expected", [
    # a one-word title after a given name, closed by a particle, punctuation or و and a given name
    ("وقال سامي الطبيب إن المستشفى امتلأ", (1, 1), "سامي الطبيب"),
    ("وأكد سامي الطبيب، رئيس الجمعية، أن", (1, 2), "سامي الطبيب"),
    ("وغنى خالد المهندس وحسين الجسمي", (1, 1), "خالد المهندس"),
])
def test_a_title_closing_a_given_name_is_the_family_name(text, span, expected):
    assert _family(text, span) == (expected, False)


@pytest.mark.parametrize("text, span, expected", [
    ("وقال سامي المدير الفني للفريق إن", (1, 1), "سامي"),  # the role runs on
    ("وقال سامي المتحدث باسم الوزارة إن", (1, 1), "سامي"),
    ("وقال سامي الشمري الطبيب إن", (1, 2), "سامي الشمري"),  # a family name before the title: a role
])
def test_a_title_that_runs_on_stays_a_title(text, span, expected):
    assert _family(text, span) == (expected, True)
