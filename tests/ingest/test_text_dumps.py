"""Text dumps: raw kept verbatim, ids by content, legacy encodings and byte-order marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.ingest import stable_id

from .inputs import PAGE, read


def test_text_dump_keeps_raw_verbatim_and_hashes_its_id(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("utf-8"))
    [article] = read(str(path))
    assert article.raw == PAGE  # CRLF and all
    assert article.id == stable_id(PAGE)
    assert (article.source.kind, article.source.path) == ("text", str(path))


def test_same_page_under_two_names_has_one_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    a, b = read(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert a.id == b.id


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_arabic_legacy_encodings_and_boms_decode(tmp_path: Path, encoding: str) -> None:
    text = "أعلنت الحكومة اللبنانية اليوم عن خطة جديدة لإصلاح قطاع الكهرباء في البلاد.\n" * 3
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(encoding))
    [a] = read(str(path))
    assert a.raw == text
