"""A web archive's snapshot read as the page it saved: the saved address from a capture-stamped
link, the archive's declarations and header out; other pages untouched."""

from __future__ import annotations

import pytest

from khabar.structure.html import html_record
from khabar.structure.html_snapshot import saved_address, unarchived

SAVED = "https://www.example.org/news/2018/04/22/story.html"
PARAGRAPHS = [
    "أعلنت وزارة الصحة، اليوم الأحد، عن افتتاح مستشفى جديد في المدينة يضم مئتي سرير وأقساما متخصصة.",
    "وقال الوزير خلال حفل الافتتاح إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والمناطق المجاورة.",
]


def snapshot(bookmark: str = f"http://archive.today/2020.06.20-101112/{SAVED}") -> str:
    body = "".join(f'<div style="margin:0 0 12px">{p}</div>' for p in PARAGRAPHS)
    return ('<html><head><meta property="article:published_time" content="2020-06-20T10:11:12Z">'
            '<meta property="og:site_name" content="archive.ph"><meta property="og:url" content="https://archive.ph/AbC12">'
            f'<link rel="canonical" href="https://archive.ph/AbC12"><link rel="bookmark" href="{bookmark}">'
            "<title>افتتاح مستشفى جديد في المدينة - صحيفة الأفق</title></head><body>"
            '<div style="background:#eee"><table><tr><td>archive.today<br>webpage capture</td>'
            f'<td>Saved from<br><input type="text" value="{SAVED}"></td></tr>'
            "<tr><td></td><td><span>20 Jun 2020 10:11:12 UTC</span> no other snapshots from this url</td></tr></table></div>"
            '<div style="direction:rtl"><div style="font-size:30px">صحيفة الأفق</div>'
            '<div style="font-size:28px;font-weight:bold">افتتاح مستشفى جديد في المدينة</div>'
            f'<div style="color:#888">الأحد 22 أبريل 2018</div>{body}</div></body></html>')


@pytest.mark.parametrize(("link", "expected"), [
    (f'<link rel="bookmark" href="http://archive.today/2020.06.20-101112/{SAVED}">', SAVED),
    (f'<link rel="canonical" href="https://web.archive.org/web/20180425093012/{SAVED}">', SAVED),
    (f'<link href="https://web.archive.org/web/20180425093012id_/{SAVED}" rel="canonical">', SAVED),
    (f'<link rel="canonical" href="{SAVED}">', None),  # the page's own address
    ('<link rel="stylesheet" href="https://web.archive.org/web/20180425093012cs_/https://x.org/a.css">', None),
    (f'<link rel="canonical" href="https://example.com/share?u=/{SAVED}">', None),  # no capture stamp
])
def test_saved_address(link: str, expected: str | None) -> None:
    assert saved_address(f"<html><head>{link}</head><body></body></html>") == expected


def test_snapshot_is_read_as_the_saved_page() -> None:
    record = html_record(snapshot())
    assert record["canonical"] == SAVED
    assert record["date"] == "2018-04-22"
    assert record["source"] == "صحيفة الأفق"
    assert [line for line in record["text"].split("\n") if line] == PARAGRAPHS


def test_archive_header_and_declarations_are_removed() -> None:
    out = unarchived(snapshot())
    assert "Saved from" not in out and "archive.ph" not in out.split("</head>")[0].replace(SAVED, "")
    assert PARAGRAPHS[0] in out and f'<link rel="canonical" href="{SAVED}">' in out


@pytest.mark.parametrize("page", [
    f"<html><head><title>t</title></head><body><p>{PARAGRAPHS[0]}</p></body></html>",
    f'<html><head><link rel="canonical" href="{SAVED}"></head><body><a href="/x/http://a.b">a</a></body></html>',
])
def test_other_pages_stay(page: str) -> None:
    assert unarchived(page) == page
