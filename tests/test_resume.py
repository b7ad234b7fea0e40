"""khabar.resume: the ids an interrupted output file already holds; a torn last line is dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.resume import ResumableOutput, ResumeError, completed_ids

LINE_A = '{"id": "a", "headline": "عنوان"}\n'
LINE_B = '{"id": "b\\"q", "body": []}\n'


@pytest.mark.parametrize("content, ids, kept", [
    ("", set(), ""),
    (LINE_A, {"a"}, LINE_A),
    (LINE_A + LINE_B, {"a", 'b"q'}, LINE_A + LINE_B),
    (LINE_A + '{"id": "b", "bo', {"a"}, LINE_A),  # torn last line
    (LINE_A + "\n", {"a"}, LINE_A + "\n"),  # a blank line is no article
    ('{"headline": "x", "id": "c"}\n', {"c"}, '{"headline": "x", "id": "c"}\n'),  # id not first
])
def test_completed_ids(tmp_path: Path, content: str, ids: set[str], kept: str) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(content, encoding="utf-8")
    assert completed_ids(path) == ids
    assert path.read_text(encoding="utf-8") == kept


def test_absent_file_has_nothing_done(tmp_path: Path) -> None:
    assert completed_ids(tmp_path / "none.jsonl") == set()


@pytest.mark.parametrize("line", ["not json\n", "[1, 2]\n", '{"id": 3}\n'])
def test_a_complete_line_without_an_id_refuses_to_resume(tmp_path: Path, line: str) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(LINE_A + line, encoding="utf-8")
    with pytest.raises(ResumeError, match="out.jsonl:2"):
        completed_ids(path)


def test_write_appends_each_id_once(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(LINE_A + '{"id": "b", "x', encoding="utf-8")
    with ResumableOutput(path) as out:
        assert (out.resumed, "a" in out, "b" in out) == (1, True, False)
        assert [out.write("a", '{"id": "a"}'), out.write("b", '{"id": "b"}'), out.write("b", '{"id": "b"}')] \
            == [False, True, False]
    assert path.read_text(encoding="utf-8") == LINE_A + '{"id": "b"}\n'
