"""Paths: missing files, folders walked sorted, globs, regular files only."""

from __future__ import annotations

import os
from pathlib import Path

from khabar.ingest import InputError, iter_inputs

from .inputs import RECORD, errors, jsonl_lines, read


def test_missing_file_folder_and_pattern(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    found = errors(read(str(tmp_path / "nope.txt"), str(tmp_path / "empty"), str(tmp_path / "*.xyz")))
    assert found == [f"{tmp_path / 'nope.txt'}: no such file or folder",
                      f"{tmp_path / 'empty'}: folder holds no .txt, .jsonl, .html, .warc or feed files",
                      f"{tmp_path / '*.xyz'}: pattern matches no file"]


def test_folders_are_walked_sorted_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("نص ثان", encoding="utf-8")
    (tmp_path / "1.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(jsonl_lines(RECORD), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ليس خبرا", encoding="utf-8")
    items = read(str(tmp_path))
    assert [i.source.path for i in items] == [str(tmp_path / n) for n in ("1.txt", "r.jsonl", "b/2.txt")]


def test_globs_expand_and_each_file_is_read_once(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"خبر {name}", encoding="utf-8")
    items = read(str(tmp_path / "*.txt"), str(tmp_path / "a.txt"), str(tmp_path))
    assert [i.source.path for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_a_named_pipe_is_one_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    # reading a FIFO no one writes to waits forever: it is refused unopened, in a folder, by name or by pattern
    (tmp_path / "1.txt").write_text("نص أول", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "z.txt").write_text("نص أخير", encoding="utf-8")
    pipe = str(tmp_path / "pipe.txt")
    for spec in (str(tmp_path), pipe, str(tmp_path / "*.txt")):
        items = list(iter_inputs([spec]))
        errors = [i for i in items if isinstance(i, InputError)]
        assert [(e.item, e.reason) for e in errors] == [(pipe, "not a regular file (a named pipe)")]
        assert len(items) == (1 if spec == pipe else 3)
