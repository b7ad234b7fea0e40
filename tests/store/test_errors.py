"""Failed inputs are kept in the store with their bytes; a retry reads them again and forgets those
that go through; the rest of the batch and what is stored are untouched."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from khabar.analysis import analyze_inputs
from khabar.ingest.records import InputError, RawInput
from khabar.store import Store
from khabar.store.errors import stored_raw

PAGE = "خطة جديدة للكهرباء\nبيروت - أعلنت الحكومة اللبنانية اليوم خطة جديدة لإصلاح قطاع الكهرباء.\n"
STAGES = ["structure"]


def _ingest(store: Store, *paths: Path, max_bytes: int | None = None) -> list[str]:
    items = analyze_inputs([str(p) for p in paths], stages=STAGES)
    if max_bytes is not None:
        from khabar.ingest import iter_inputs
        from khabar.pipeline import build_pipeline

        pipeline = build_pipeline(STAGES)
        items = (i if isinstance(i, InputError) else pipeline(i)
                 for i in iter_inputs([str(p) for p in paths], max_bytes=max_bytes))
    return [str(e) for e in store.ingest(items, STAGES).errors]


def test_errors_are_kept_with_their_bytes_and_the_batch_goes_on(tmp_path: Path, store: Store) -> None:
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "r.jsonl").write_bytes(json.dumps({"id": "r1", "text": PAGE}).encode() + b"\n"
                                       + b'{"id": "r2", "text": "\xff"}\n')
    errors = _ingest(store, tmp_path)
    assert "r1" in store and len(store) == 2 and len(errors) == 2
    kept = {e.item: e for e in store.errors()}
    assert set(kept) == {str(tmp_path / "bin.txt"), f"{tmp_path / 'r.jsonl'}:2"}
    line = kept[f"{tmp_path / 'r.jsonl'}:2"]
    assert (line.reason, line.fmt, line.line, line.raw_complete) == (
        "invalid UTF-8 (bad byte 0xff at column 23)", "jsonl", 2, True)
    assert stored_raw(store.conn, line.item).data == b'{"id": "r2", "text": "\xff"}\n'
    _ingest(store, tmp_path)
    assert {e.attempts for e in store.errors()} == {2}


def test_retry_from_kept_bytes_stores_and_forgets(tmp_path: Path, store: Store) -> None:
    big = tmp_path / "big.txt"
    big.write_text(PAGE * 5, encoding="utf-8")
    assert _ingest(store, big, max_bytes=100) == [
        f"{big}: file too large (> 100 bytes; the cap is set with --max-size)"]
    big.unlink()  # the kept bytes are enough
    report = store.retry_errors(STAGES)
    assert (report.added, report.errors) == (1, [])
    assert store.errors() == []
    [article] = store.iter_articles()
    assert article.source.path == str(big)


def test_a_retried_json_line_keeps_its_file_and_line(store: Store) -> None:
    line = json.dumps({"id": "r7", "text": PAGE}, ensure_ascii=False).encode() + b"\n"
    error = InputError("feed.jsonl:7", "analysis failed (RuntimeError: transient)",
                       RawInput(line, "jsonl", "feed.jsonl", 7))
    store.ingest([error])
    assert [e.item for e in store.errors()] == ["feed.jsonl:7"]
    store.retry_errors(STAGES)
    article = store.get("r7")
    assert (article.source.path, article.source.line) == ("feed.jsonl", 7)
    assert store.errors() == []


def test_an_item_failing_again_stays_with_one_more_attempt(tmp_path: Path, store: Store) -> None:
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00" * 50)
    _ingest(store, bad)
    report = store.retry_errors(STAGES)
    assert [str(e) for e in report.errors] == [f"{bad}: binary data (NUL bytes), not text"]
    [kept] = store.errors()
    assert kept.attempts == 2


def test_fixing_a_file_and_ingesting_it_again_forgets_its_error(tmp_path: Path, store: Store) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes(b"")
    assert _ingest(store, page) == [f"{page}: empty input"]
    page.write_text(PAGE, encoding="utf-8")
    assert _ingest(store, page) == []
    assert store.errors() == [] and len(store) == 1


@pytest.mark.parametrize("first, again", [("absolute", "relative"), ("relative", "absolute")])
def test_a_fixed_file_named_another_way_forgets_its_error(tmp_path: Path, store: Store, first: str, again: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The same file given by another path (absolute or relative) is the same item."""
    monkeypatch.chdir(tmp_path)
    names = {"absolute": tmp_path / "p.txt", "relative": Path("p.txt")}
    (tmp_path / "p.txt").write_bytes(b"")
    assert len(_ingest(store, names[first])) == 1
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    assert _ingest(store, names[again]) == []
    assert store.errors() == [] and len(store) == 1


def test_a_cut_input_whose_file_is_gone_cannot_be_retried(store: Store) -> None:
    error = InputError("gone.txt", "file too large", RawInput(b"abc", "text", "gone.txt", None, complete=False))
    store.ingest([error])
    report = store.retry_errors(STAGES)
    assert [str(e) for e in report.errors] == [
        "gone.txt: cannot retry: its bytes were not kept whole and gone.txt is gone"]
    assert store.errors()[0].raw_bytes == 3  # the bytes kept before stay


def test_forget_errors(store: Store) -> None:
    store.ingest([InputError("a.txt", "empty input"), InputError("<stdin>", "empty input")])
    assert store.forget_errors() == 2
    assert store.errors() == []


def _cut_gzip(tmp_path: Path, records: int, keep: float) -> tuple[Path, bytes]:
    # each record its own words (a run of copies compresses to nothing, and one deflate block holds them all)
    lines = "".join(json.dumps({"id": f"g{i}", "text": f"{PAGE} {hashlib.sha256(str(i).encode()).hexdigest() * 40}"},
                               ensure_ascii=False) + "\n" for i in range(records))
    whole = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[:int(len(whole) * keep)])
    return path, whole


def test_a_cut_jsonl_gz_is_read_up_to_the_cut_and_the_cut_reported_again_on_retry(tmp_path: Path,
                                                                                    store: Store) -> None:
    path, _ = _cut_gzip(tmp_path, 40, 0.6)
    [first] = _ingest(store, path)
    read = len(store)
    assert 1 < read < 40 and first == f"{path}: truncated gzip data (the compressed stream ends early); " \
        f"the {read} records before it were read"
    path.unlink()  # from the bytes kept: the same records, the same cut
    report = store.retry_errors(STAGES)
    assert (report.unchanged, [str(e) for e in report.errors]) == (read, [first])


def test_a_cut_jsonl_gz_fetched_again_whole_is_read_whole_on_retry(tmp_path: Path, store: Store) -> None:
    path, whole = _cut_gzip(tmp_path, 40, 0.6)
    _ingest(store, path)
    path.write_bytes(whole)
    report = store.retry_errors(STAGES)
    assert (report.errors, len(store), store.errors()) == ([], 40, [])
