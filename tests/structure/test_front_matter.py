"""A YAML front matter opening a Markdown file (khabar.structure.front_matter): a web clipper's note
or a static site generator's post source."""

from __future__ import annotations

import pytest

from khabar.structure import analyse_page
from khabar.structure.data import read_rows

HEAD = "افتتاح ثلاثة مستشفيات جديدة في الجنوب"
DECK = "الوزارة تعد بتوفير الكوادر الطبية قبل نهاية العام"
P1 = "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير."
P2 = "وقال الوزير إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها."


def _clip(*fields: str) -> str:
    return "---\n" + "\n".join(fields) + f"\n---\n\n{P1}\n\n![](https://example.org/1.jpg)\n\n{P2}\n"


def test_web_clipper_note() -> None:
    page = analyse_page(_clip(f'title: "{HEAD}"', 'source: "https://example.org/n/1"', "author:",
                              '  - "[[سارة الحسن]]"', "published: 2023-03-12", "created: 2024-01-05",
                              f'description: "{DECK}"', "tags:", '  - "clippings"'))
    assert (page.headline, page.deck, page.byline, page.published) == (HEAD, DECK, "سارة الحسن", "2023-03-12")
    assert page.body == [P1, P2]


def test_description_cut_from_the_text_is_no_deck() -> None:
    page = analyse_page(_clip(f"title: {HEAD}", "date: 2023-03-12", f'description: "{P1[:40]}..."'))
    assert (page.headline, page.deck, page.published, page.body) == (HEAD, None, "2023-03-12", [P1, P2])


def test_escaped_quotes_in_a_value() -> None:
    page = analyse_page(_clip('title: "الوزير: \\"المستشفيات جاهزة\\" في الجنوب"', "published: 2023-03-12"))
    assert page.headline == 'الوزير: "المستشفيات جاهزة" في الجنوب'


def test_rule_over_prose_is_no_front_matter() -> None:
    page = analyse_page(f"---\n{HEAD}\n---\n\n{P1}\n\n{P2}\n")
    assert (page.headline, page.body) == (HEAD, [P1, P2])


@pytest.mark.parametrize(("kind", "key"), read_rows("front_matter_keys.tsv"))
def test_every_key_is_read(kind: str, key: str) -> None:
    value = {"headline": HEAD, "byline": "سارة الحسن", "date": "2023-03-12", "deck": DECK}[kind]
    page = analyse_page(_clip(f"title: {HEAD}" if kind != "headline" else f"{key}: {value}", f"{key}: {value}"
                              if kind != "headline" else "tags: أخبار"))
    got = {"headline": page.headline, "byline": page.byline, "date": page.published, "deck": page.deck}[kind]
    assert got == value


@pytest.mark.parametrize(("heading", "stamp"), [
    (f"* {HEAD}  :news:", "[2023-03-12 Sun]"),
    (f"** {HEAD}", "<2023-03-12 Sun 10:30>"),
    (f"* {HEAD} :news:world:", "2023-03-12"),
])
def test_org_heading_over_its_property_drawer(heading: str, stamp: str) -> None:
    page = analyse_page(f"{heading}\n:PROPERTIES:\n:URL: https://example.org/2023/03/12/n-1/\n:AUTHOR: سارة الحسن\n"
                        f":PUBLISHED: {stamp}\n:CAPTURED: [2024-01-05 Fri 11:40]\n:END:\n\n"
                        f"#+begin_quote\n{P1}\n#+end_quote\n\n{P2}\n")
    assert (page.headline, page.byline, page.published, page.body) == (HEAD, "سارة الحسن", "2023-03-12", [P1, P2])


def test_markdown_bullet_over_prose_is_no_org_heading() -> None:
    page = analyse_page(f"{HEAD}\n\n* {P1}\n\n{P2}\n")
    assert page.headline == HEAD
