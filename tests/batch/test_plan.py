"""How the Spark job plans its work, without Spark: batches, batch ids, paths Spark is given."""

from __future__ import annotations

import pytest

from khabar.batch.spark import InputFile, _glob_escaped, _has_scheme, _wanted, batch_id, plan_batches


def _files(*sizes: int) -> list[InputFile]:
    return [InputFile(f"file:///in/{i}.jsonl", f"in/{i}.jsonl", size) for i, size in enumerate(sizes)]


@pytest.mark.parametrize("sizes, budget, grouped", [
    ((10, 10, 10), 25, [[0, 1], [2]]),
    ((10, 10, 10), 30, [[0, 1, 2]]),
    ((50, 5, 5), 20, [[0], [1, 2]]),  # a file bigger than the budget is a batch alone
    ((5, 5), 1, [[0], [1]]),
    ((), 10, []),
])
def test_files_are_grouped_in_order(sizes: tuple[int, ...], budget: int, grouped: list[list[int]]) -> None:
    files = _files(*sizes)
    assert [[files.index(f) for f in batch] for batch in plan_batches(files, budget)] == grouped


def test_a_batch_id_depends_on_its_files_only() -> None:
    files = _files(1, 2, 3)
    assert batch_id(files[:2]) == batch_id(_files(7, 8))  # same files, sizes aside
    assert batch_id(files[:2]) != batch_id(files[1:])
    assert len(batch_id(files)) == 16


@pytest.mark.parametrize("uri, escaped", [
    ("file:///in/a.txt", "file:///in/a.txt"),
    ("file:///in/news [1].txt", "file:///in/news \\[1\\].txt"),
    ("s3a://b/x{y}*?.warc.gz", "s3a://b/x\\{y\\}\\*\\?.warc.gz"),
])
def test_spark_is_given_paths_with_glob_characters_escaped(uri: str, escaped: str) -> None:
    assert _glob_escaped(uri) == escaped


@pytest.mark.parametrize("uri, spec, wanted", [
    ("s3a://b/crawl/x.warc.gz", "s3a://b/crawl", True),
    ("s3a://b/crawl/x.parquet", "s3a://b/crawl", False),
    ("s3a://b/crawl/_SUCCESS", "s3a://b/crawl", False),
    ("s3a://b/crawl/.x.jsonl", "s3a://b/crawl", False),
    ("s3a://b/dump.bin", "s3a://b/dump.bin", True),  # named itself: read by its suffix, as text
])
def test_listed_files_are_inputs_by_suffix(uri: str, spec: str, wanted: bool) -> None:
    assert _wanted(uri, spec) is wanted


@pytest.mark.parametrize("spec, scheme", [("s3a://b/x", True), ("file:///x", True), ("/x", False),
                                          ("a:b.txt", False), ("hdfs://n/x", True)])
def test_paths_with_a_scheme_go_through_hadoop(spec: str, scheme: bool) -> None:
    assert _has_scheme(spec) is scheme
