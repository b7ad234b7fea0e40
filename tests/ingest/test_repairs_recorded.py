"""What was decoded and repaired is recorded on the article (``source.repairs``), the raw input stays
as read, and the analysis (every offset) is over the repaired text."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from khabar.analysis import analyze_inputs
from khabar.ingest import InputError, article_from_raw, iter_inputs
from khabar.schema import validate_article

PAGE = "خطة جديدة للكهرباء\nبيروت - أعلنت الحكومة اللبنانية اليوم خطة جديدة لإصلاح قطاع الكهرباء في البلاد.\n"
HTML = ("<!DOCTYPE html><html lang=ar><head><meta charset=\"{charset}\"><title>خطة جديدة للكهرباء</title></head>"
        "<body><article><h1>خطة جديدة للكهرباء</h1><p>أعلنت الحكومة اللبنانية اليوم خطة جديدة لإصلاح قطاع "
        "الكهرباء في البلاد بعد سنوات من الانقطاع المتكرر للتيار.</p></article></body></html>")


def _one(path: Path, stages: list[str] | None = None) -> object:
    [item] = analyze_inputs([str(path)], stages=stages or ["structure"])
    assert not isinstance(item, InputError), str(item)
    return item


@pytest.mark.parametrize("encoding, repairs", [
    ("utf-8", []),
    ("utf-8-sig", ["utf-8 byte-order mark removed"]),
    ("cp1256", ["decoded windows-1256"]),
    ("utf-16", ["decoded utf-16-le"]),
    ("utf-16-be", ["decoded utf-16-be (no byte-order mark)"]),
])
def test_text_dumps_note_their_decoding_and_keep_raw_as_read(tmp_path: Path, encoding: str,
                                                            repairs: list[str]) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(PAGE.encode(encoding))
    article = _one(path)
    assert (article.raw, article.source.repairs, article.headline) == (PAGE, repairs, "خطة جديدة للكهرباء")


def test_mojibake_dump_is_analysed_repaired_with_raw_untouched(tmp_path: Path) -> None:
    broken = PAGE.encode("utf-8").decode("latin-1")
    path = tmp_path / "p.txt"
    path.write_text(broken, encoding="utf-8")
    article = _one(path, stages=None)
    assert article.raw == broken
    assert article.headline == "خطة جديدة للكهرباء" and article.dateline == "بيروت"
    assert article.source.repairs == ["mojibake utf-8/latin-1"]
    validate_article(article.to_dict())  # every span slices the repaired text


def test_record_fields_with_entities_are_repaired(tmp_path: Path) -> None:
    record = {"id": "snn-1", "title": "&quot;عرب نيوز&quot; الأولى", "author": "خالد علي&ndash; سبق",
              "text": "احتلت جريدة &quot;عرب نيوز&quot; المركز الأول.&nbsp;\nوذلك في التصنيف السنوي."}
    path = tmp_path / "r.jsonl"
    raw = json.dumps(record, ensure_ascii=False)
    path.write_text(raw + "\n", encoding="utf-8")
    article = _one(path)
    assert article.headline == '"عرب نيوز" الأولى'
    # the author repaired, then read as a credit line: the reporter, the outlet after the dash
    assert (article.byline, article.outlet) == ("خالد علي", "سبق")
    assert article.body[0].startswith('احتلت جريدة "عرب نيوز" المركز الأول.')
    assert article.source.repairs == ["html entities"] and article.raw == raw


@pytest.mark.parametrize("encoding, charset", [("cp1256", "windows-1256"), ("cp1256", "windows-1252"),
                                               ("utf-16", "utf-16"), ("utf-8", "iso-8859-1")])
def test_html_pages_in_legacy_encodings(tmp_path: Path, encoding: str, charset: str) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(HTML.format(charset=charset).encode(encoding))
    [article] = iter_inputs([str(path)])
    assert article.raw == HTML.format(charset=charset)
    assert article.source.repairs == ({"cp1256": ["decoded windows-1256"], "utf-16": ["decoded utf-16-le"],
                                       "utf-8": []}[encoding])


def test_reanalysis_from_raw_keeps_the_decoding_note_not_stale_repairs(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(PAGE.encode("cp1256"))
    article = _one(path)
    source = {**article.to_dict()["source"], "repairs": ["decoded windows-1256", "html entities"]}
    again = article_from_raw(article.raw, source)
    assert again.source.repairs == ["decoded windows-1256"]


@pytest.mark.parametrize("name", ["r.jsonl", "r.jsonl.gz"])
def test_utf16_json_lines_as_windows_tools_write_them(tmp_path: Path, name: str) -> None:
    records = [{"id": "w1", "title": "عنوان أول", "text": "نص الخبر الأول\u2028مع فاصل"},
               {"id": "w2", "title": "عنوان ثان", "text": "نص الخبر الثاني"}]
    data = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-16")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    items = list(iter_inputs([str(path)]))
    assert [(a.id, a.source.line, a.source.repairs) for a in items] == [
        ("w1", 1, ["decoded utf-16-le"]), ("w2", 2, ["decoded utf-16-le"])]


def test_a_warc_record_in_windows_1256_notes_its_decoding(tmp_path: Path) -> None:
    from .test_warc import record

    path = tmp_path / "crawl.warc"
    page = HTML.format(charset="windows-1256")
    path.write_bytes(record("https://news.example/a", "text/html; charset=windows-1256", page.encode("cp1256")))
    [article] = iter_inputs([str(path)])
    assert (article.raw, article.source.repairs) == (page, ["decoded windows-1256"])
