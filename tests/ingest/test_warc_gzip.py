"""A .warc.gz read a gzip member at a time: a corrupt, cut or bombing member is one error and the
records in the members after it are read."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest

from khabar.ingest import InputError
from khabar.ingest.warc import iter_warc

from .test_warc import FIRST, SECOND, _lying, _read, page, record

THIRD = record("https://news.example/c", "text/html", page("مباراة الأحد").encode())


def _flip(member: bytes, at: int) -> bytes:
    return member[:at] + bytes([member[at] ^ 0xFF]) + member[at + 1:]


@pytest.mark.parametrize(("damage", "reason"), [
    (lambda member: _flip(member, len(member) // 2), "corrupt gzip member ("),  # a bit flipped in its data
    (lambda member: _flip(member, len(member) - 6), "corrupt gzip member ("),  # its checksum wrong
    # cut: inflating reads on into the next member, to a data error or to the end of the file
    (lambda member: member[:-20], ("truncated gzip member at", "corrupt gzip member (")),
    (lambda member: b"\x00junk" + member[5:], "not gzip data"),  # its header overwritten
])
def test_a_corrupt_gzip_member_is_one_error_and_the_members_after_it_are_read(
        tmp_path: Path, damage: object, reason: str | tuple[str, str]) -> None:
    """One gzip member a record, as crawlers write a .warc.gz: read as one stream, the first bad
    member lost every record after it."""
    first, second, third = (gzip.compress(r) for r in (FIRST, SECOND, THIRD))
    path = tmp_path / "crawl.warc.gz"
    damaged = damage(second)  # type: ignore[operator]
    path.write_bytes(first + damaged + third)
    items = _read(path)
    assert [i.source.url for i in items if not isinstance(i, InputError)] == ["https://news.example/a",
                                                                                "https://news.example/c"]
    [error] = [str(i) for i in items if isinstance(i, InputError)]
    assert error.startswith(tuple(f"{path}#2: {r}" for r in ((reason,) if isinstance(reason, str) else reason)))
    assert error.endswith(f"at byte {len(first):,}; reading resumes at byte {len(first) + len(damaged):,}")
    assert items[-1].source.line == 3  # numbers stay the file's own


def test_a_gzip_member_cut_at_the_end_of_the_file_is_one_error(tmp_path: Path) -> None:
    first, second = gzip.compress(FIRST, mtime=0), gzip.compress(SECOND, mtime=0)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(first + second[:-30])
    items = _read(path)
    assert [str(i) if isinstance(i, InputError) else i.source.url for i in items] == [
        "https://news.example/a",
        f"{path}#2: truncated gzip member (the file ends inside it) at byte {len(first):,}; the rest of the file is skipped"]


def _zeros_member(size: int) -> bytes:
    """A gzip member of a WARC record holding ``size`` zero bytes (it compresses about a thousand-fold)."""
    pack = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = b"WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: %d\r\n\r\n" % size
    chunks = [pack.compress(head)] + [pack.compress(bytes(1 << 20)) for _ in range(size >> 20)]
    return b"".join(chunks) + pack.compress(b"\r\n\r\n") + pack.flush()


def test_a_gzip_member_inflating_past_the_bomb_ratio_is_skipped_and_a_second_ends_the_file(tmp_path: Path) -> None:
    bomb = _zeros_member(4 << 20)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(FIRST) + bomb + gzip.compress(SECOND) + bomb + gzip.compress(THIRD))
    items = list(iter_warc(path.open("rb"), "crawl.warc.gz", floor=1 << 20))
    assert [i.source.url for i in items if not isinstance(i, InputError)] == ["https://news.example/a",
                                                                                "https://news.example/b"]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert len(errors) == 2 and errors[0].startswith("crawl.warc.gz#2: gzip member inflating more than 100-fold (")
    assert errors[1].endswith("a decompression bomb: the rest of the file is skipped")


def test_a_warc_gz_of_many_small_members_is_read_in_segments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("khabar.ingest.warc_gzip._SEGMENT_BYTES", 1000)
    path = tmp_path / "crawl.warc.gz"
    urls = [f"https://news.example/n{n}" for n in range(7)]
    path.write_bytes(b"".join(gzip.compress(FIRST.replace(b"https://news.example/a", url.encode())) for url in urls))
    assert [i.source.url for i in _read(path)] == urls


@pytest.mark.parametrize("by", [600, -300, 2])
def test_a_wrong_content_length_in_a_member_is_one_error_and_the_next_member_is_read(tmp_path: Path, by: int) -> None:
    """Each segment of inflated members is a seekable WARC, so its records' framing is checked as a .warc's."""
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in (FIRST, _lying(SECOND, by), THIRD)))
    items = _read(path)
    assert [str(i) if isinstance(i, InputError) else i.source.url for i in items] == [
        "https://news.example/a",
        f"{path}#2: WARC record for https://news.example/b misframed (its Content-Length does not end at the next record)",
        "https://news.example/c"]


@pytest.mark.parametrize("members", [[(FIRST, SECOND, THIRD)], [(FIRST,), (SECOND, THIRD)], [(FIRST,), (SECOND, THIRD), (FIRST,)]])
def test_a_member_too_large_for_one_record_is_streamed_not_spooled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, members: list[tuple[bytes, ...]]) -> None:
    """A crawl gzip'd whole is one member: spooled to disk before its first record was read, a crawl of
    gigabytes took as much disk; past the limit the rest of the file is read as one stream, as before."""
    monkeypatch.setattr("khabar.ingest.warc_gzip._SPOOL_LIMIT", 1500)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(b"".join(records)) for records in members))
    items = _read(path)
    expected = [record for records in members for record in records]
    assert [i.source.url for i in items] == [
        "https://news.example/" + ("a" if r is FIRST else "b" if r is SECOND else "c") for r in expected]
    assert [i.source.line for i in items] == list(range(1, len(expected) + 1))
