"""``khabar analyze``: output formats, bad inputs, stage errors, stdin."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from khabar import structure
from khabar.cli import main
from khabar.schema import validate_article

Capsys = pytest.CaptureFixture[str]


def test_jsonl_is_one_valid_object_per_article(inputs: Path, capsys: Capsys) -> None:
    assert main(["analyze", str(inputs), "--stages", "structure"]) == 0
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["source"]["kind"] for o in objects] == ["text", "text", "jsonl", "jsonl"]
    for obj in objects:
        validate_article(obj)


def test_json_is_an_array(inputs: Path, capsys: Capsys) -> None:
    assert main(["analyze", str(inputs / "records.jsonl"), "--format", "json", "--stages", "structure"]) == 0
    assert [o["id"] for o in json.loads(capsys.readouterr().out)] == ["rec-1", "rec-2"]


def test_json_of_nothing_is_an_empty_array(tmp_path: Path, capsys: Capsys) -> None:
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    assert main(["analyze", str(tmp_path / "e.txt"), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_table_summarises(inputs: Path, capsys: Capsys) -> None:
    assert main(["analyze", str(inputs / "records.jsonl"), "--format", "table", "--stages", "structure"]) == 0
    out = capsys.readouterr().out
    assert "rec-1" in out and "قمة في الرياض" in out


def test_bad_input_is_reported_and_the_rest_printed(inputs: Path, tmp_path: Path, capsys: Capsys) -> None:
    assert main(["analyze", str(tmp_path / "missing.txt"), str(inputs / "cairo.txt"), "--stages", "structure"]) == 1
    out = capsys.readouterr()
    assert out.err == f"khabar: error: {tmp_path / 'missing.txt'}: no such file or folder\n"
    assert len(out.out.splitlines()) == 1


def test_unknown_stage_is_a_usage_error(inputs: Path, capsys: Capsys) -> None:
    assert main(["analyze", str(inputs), "--stages", "structure,bogus"]) == 2
    assert "unknown stage 'bogus'" in capsys.readouterr().err


@pytest.mark.parametrize("text, forced, kind_ids", [
    ('{"id": "s1", "text": "نص."}\n', None, ["s1"]),
    ("عنوان\nنص الخبر.\n", None, None),
    ('{"id": "s1", "text": "نص."}\n', "text", None),
])
def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: Capsys, text: str, forced: str | None,
               kind_ids: list[str] | None) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    args = ["analyze", "-", "--stages", "structure"] + (["--input-format", forced] if forced else [])
    assert main(args) == 0
    [obj] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert obj["source"]["kind"] == "stdin"
    if kind_ids:
        assert [obj["id"]] == kind_ids
    else:
        assert len(obj["id"]) == 16  # content hash of the text


_PAGE = ('<html><head><title>خبر</title></head><body>'
         '<h1>عنوان الخبر</h1><p>قال الوزير إن الاجتماع انتهى في القاهرة يوم الاثنين.</p></body></html>')


@pytest.fixture
def unwritable_headline(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's headline holding an unpaired surrogate, as no input can give one any more (records
    holding one are refused, such a JSON-LD block is dropped): the writers' guard behind those."""
    real = structure.html_record

    def html_record(html: str, url: str | None = None) -> dict[str, object]:
        return {**real(html, url), "title": "عنوان \ud800 الخبر"}

    monkeypatch.setattr(structure, "html_record", html_record)  # before the workers fork: theirs too


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.usefixtures("unwritable_headline")
def test_an_article_that_cannot_be_written_is_one_error(inputs: Path, tmp_path: Path, capsys: Capsys,
                                                         fmt: str, workers: str) -> None:
    page = tmp_path / "bad.html"
    page.write_text(_PAGE, encoding="utf-8")
    args = ["analyze", str(page), str(inputs / "records.jsonl"), "--stages", "structure", "--format", fmt,
            "--workers", workers, "-q"]
    assert main(args) == 1
    out = capsys.readouterr()
    assert out.err.startswith(f"khabar: error: {page}: output failed (UnicodeEncodeError:")
    assert len(out.err.splitlines()) == 1
    assert "rec-1" in out.out and "rec-2" in out.out  # the batch went on
