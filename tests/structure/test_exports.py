"""A news database's export read as text (structure/exports.py): the database's field, count and
document lines are furniture, a byline field gives the writer, a dateline field the dateline, and the
record's head names the paper; a page with one such line is left alone."""

from __future__ import annotations

import pytest

from khabar.structure import analyse_page
from khabar.structure.exports import export_line

HEAD = "افتتاح ثلاثة مستشفيات جديدة في الجنوب"
P1 = "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية بطاقة ستمئة سرير."
P2 = "وقال الوزير إن العمل جار على توفير الكوادر الطبية اللازمة لتشغيل المستشفيات بكامل طاقتها."
PAPER = "صحيفة الأفق"


@pytest.mark.parametrize(("line", "expected"), [
    ("LOAD-DATE: March 14, 2023", ("field", "March 14, 2023")),
    ("Load-Date: March 14, 2023", ("field", "March 14, 2023")),
    ("SECTION: محليات; Pg. 5", ("field", "محليات; Pg. 5")),
    ("LANGUAGE: ARABIC", ("field", "ARABIC")),
    ("BYLINE: سارة الحسن", ("byline", "سارة الحسن")),
    ("DATELINE: القاهرة", ("dateline", "القاهرة")),
    ("End of Document", ("line", "")),
    ("Body", ("line", "")),
    ("3 of 25 DOCUMENTS", ("count", "of")),
    ("512 words", ("count", "")),
    ("1,204 words", ("count", "")),
    ("Document AFPAR00020230312ej3c0000b", ("document", "")),
    ("Document 1 of 1", ("count", "")),  # ProQuest's: the label first
    ("Publication title: صحيفة الأفق", ("outlet", "صحيفة الأفق")),
    ("Publication date: Mar 12, 2023", ("date", "Mar 12, 2023")),
    ("Full text: القاهرة - أعلنت الوزارة", ("body", "القاهرة - أعلنت الوزارة")),
    ("Author: سارة الحسن", ("byline", "سارة الحسن")),
    ("ProQuest document ID: 2029871234", ("field", "2029871234")),
    ("Table of contents", ("contents", "")),
    ("Report Information from ProQuest", ("report", "")),
    ("Document 7", None),  # no record number
    ("Note: see below", None),
    ("512 dollars", None),
    (HEAD, None),
])
def test_export_line(line: str, expected: tuple[str, str] | None) -> None:
    assert export_line(line) == expected


@pytest.mark.parametrize(("text", "fields"), [
    pytest.param(f"{' ' * 30}3 of 25 DOCUMENTS\n\n{' ' * 30}{PAPER}\n\n{' ' * 28}March 12, 2023 Sunday\n\n"
                 f"{HEAD}\n\nBYLINE: سارة الحسن\n\nSECTION: محليات; Pg. 5\n\nLENGTH: 32 words\n\n"
                 f"DATELINE: الرياض\n\n{P1}\n\n{P2}\n\nLOAD-DATE: March 14, 2023\n\nLANGUAGE: ARABIC\n",
                 {"outlet": PAPER, "byline": "سارة الحسن", "dateline": "الرياض"}, id="lexisnexis_block"),
    pytest.param(f"{HEAD}\n\n{PAPER}\nMarch 12, 2023 Sunday\n\nCopyright 2023 {PAPER} All Rights Reserved\n\n"
                 f"Section: محليات; Length: 32 words\nByline: سارة الحسن\n\nBody\n\n{P1}\n\n{P2}\n\n"
                 "Load-Date: March 14, 2023\n\nEnd of Document\n",
                 {"byline": "سارة الحسن", "deck": None}, id="nexis_uni_document"),
    pytest.param(f"{HEAD}\n\nسارة الحسن\n32 words\n12 March 2023\n{PAPER}\nALOFUQ\nArabic\n"
                 f"Copyright 2023 {PAPER}. All Rights Reserved.\n\n{P1}\n\n{P2}\n\n"
                 "Document ALOFUQ0020230312ej3c0000b\n",
                 {"outlet": PAPER}, id="factiva_article"),
    pytest.param(f"Report Information from ProQuest\nMarch 3 2024 10:12\n{'_' * 40}\n\nTable of contents\n1. {HEAD}\n"
                 f"{'_' * 40}\n\nDocument 1 of 1\n\n{HEAD}\n\nAuthor: سارة الحسن\n\nPublication info: {PAPER}; London "
                 f"[London]. 12 Mar 2023: 5.\n\nProQuest document link\n\nFull text: الرياض - {P1}\n\n{P2}\n\n"
                 f"Publication title: {PAPER}\nPublication date: Mar 12, 2023\nLanguage of publication: Arabic\n"
                 "ProQuest document ID: 2029871234\nLast updated: 2023-03-14\nDatabase: ProQuest Central\n",
                 {"outlet": PAPER, "byline": "سارة الحسن", "dateline": "الرياض"}, id="proquest_document"),
])
def test_export_page(text: str, fields: dict[str, str | None]) -> None:
    """The headline, the day and the text of each database's export, and the fields it names."""
    page = analyse_page(text)
    assert {name: getattr(page, name) for name in fields} == fields
    assert page.headline == HEAD
    assert page.published is not None and page.published.startswith("2023-03-12")
    assert page.body == [P1, P2]


def test_one_field_line_is_no_export() -> None:
    page = analyse_page(f"{HEAD}\n\n{P1}\n\nSection: محليات\n\n{P2}\n")
    assert "Section: محليات" in page.body
