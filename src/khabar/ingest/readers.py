"""Readers for the input kinds: text dumps, JSON Lines (optionally gzip), folders, globs, stdin."""

from __future__ import annotations

import glob
import gzip
import hashlib
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from khabar.model import Article, Source

#: Larger inputs are refused rather than read: untrusted input is bounded.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")
TEXT_SUFFIXES = (".txt", ".txt.gz", ".text")


@dataclass
class InputError:
    """One input that could not be read: ``item`` names it, ``reason`` says why (one line)."""

    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


def stable_id(text: str) -> str:
    """A content hash used as id when the input gives none."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _decode(data: bytes, item: str) -> str:
    if not data.strip():
        raise ValueError("empty input")
    if b"\x00" in data[:8192]:
        raise ValueError("binary data (NUL bytes), not text")
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    # Not UTF-8: accept only a confident detection of an Arabic-capable legacy encoding.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding not in ("cp1256", "iso8859_6", "utf_16", "utf_16_le", "utf_16_be"):
        raise ValueError("not decodable as UTF-8 (or Windows-1256/ISO-8859-6)")
    return str(best)


def _check_text(text: str) -> str:
    if not text.strip():
        raise ValueError("empty input")
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(f"text too long ({len(text)} characters > {MAX_TEXT_CHARS})")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 8:
        raise ValueError("binary data (control characters), not text")
    return text


def article_from_text(text: str, path: str | None = None, kind: str = "text") -> Article:
    """An article from a page dump; structure analysis fills its fields."""
    text = _check_text(text)
    return Article(id=stable_id(text), source=Source(kind=kind, path=path), raw=text)


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def article_from_record(record: dict[str, Any], raw: str, path: str | None = None,
                        line: int | None = None, kind: str = "jsonl") -> Article:
    """An article from a JSON Lines record; record fields are taken as given."""
    if not isinstance(record, dict):
        raise ValueError("record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("record has no text")
    _check_text(text)
    rid = _text_or_none(record.get("id")) or stable_id(raw)
    return Article(
        id=rid,
        source=Source(kind=kind, path=path, url=_text_or_none(record.get("url")), line=line,
                      outlet=_text_or_none(record.get("source"))),
        raw=raw,
        published=_text_or_none(record.get("date")),
        headline=_text_or_none(record.get("title")),
        deck=_text_or_none(record.get("lead")),
        byline=_text_or_none(record.get("author")),
        category=_text_or_none(record.get("category")),
    )


def _read_bytes(path: str) -> bytes:
    size = os.path.getsize(path)
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as fh:
        data = fh.read(MAX_FILE_BYTES * (20 if path.endswith(".gz") else 1) + 1)
    if len(data) > MAX_FILE_BYTES * (20 if path.endswith(".gz") else 1) or size > MAX_FILE_BYTES:
        raise ValueError(f"file too large (> {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    return data


def is_jsonl_path(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def iter_jsonl_lines(lines: Iterable[str], item: str, kind: str = "jsonl",
                     path: str | None = None) -> Iterator[Article | InputError]:
    for n, line in enumerate(lines, 1):
        raw = line.rstrip("\r\n")
        if not raw.strip():
            continue
        where = f"{item}:{n}"
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield article_from_record(record, raw, path=path, line=n, kind=kind)
        except ValueError as exc:
            yield InputError(where, str(exc))


def _iter_jsonl_file(path: str) -> Iterator[Article | InputError]:
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8-sig", errors="strict") as fh:
            lines = iter(fh)
            n = 0
            while True:
                try:
                    line = next(lines)
                except StopIteration:
                    break
                except UnicodeDecodeError:
                    yield InputError(f"{path}:{n + 1}", "not decodable as UTF-8")
                    return
                n += 1
                yield from _one_line(line, path, n)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield InputError(path, f"unreadable ({exc.__class__.__name__}: {exc})")


def _one_line(line: str, path: str, n: int) -> Iterator[Article | InputError]:
    for item in iter_jsonl_lines([line], path, path=path):
        if isinstance(item, InputError):
            item.item = f"{path}:{n}"
        else:
            item.source.line = n
        yield item


def _read_text_file(path: str) -> Article | InputError:
    try:
        text = _decode(_read_bytes(path), path)
        return article_from_text(text, path=path)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        return InputError(path, f"unreadable ({exc.__class__.__name__}: {exc.strerror or exc})"
                          if isinstance(exc, OSError) else f"unreadable ({exc})")
    except ValueError as exc:
        return InputError(path, str(exc))


def expand_paths(specs: Iterable[str]) -> Iterator[str | InputError]:
    """Files named by paths, folders (recursively, sorted) and glob patterns."""
    for spec in specs:
        if spec == "-":
            yield spec
        elif os.path.isdir(spec):
            found = False
            for root, dirs, files in os.walk(spec):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(JSONL_SUFFIXES + TEXT_SUFFIXES):
                        found = True
                        yield os.path.join(root, name)
            if not found:
                yield InputError(spec, "folder holds no .txt or .jsonl files")
        elif os.path.exists(spec):
            yield spec
        elif glob.has_magic(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield InputError(spec, "pattern matches no file")
            for match in matches:
                if os.path.isfile(match):
                    yield match
        else:
            yield InputError(spec, "no such file or folder")


def _iter_stdin(stream: TextIO, input_format: str | None) -> Iterator[Article | InputError]:
    text = stream.read()
    fmt = input_format
    if fmt is None:
        first = next((ln for ln in text.splitlines() if ln.strip()), "")
        fmt = "jsonl" if first.lstrip().startswith("{") else "text"
    if fmt == "jsonl":
        yield from iter_jsonl_lines(io.StringIO(text), "<stdin>", kind="stdin")
    else:
        try:
            yield article_from_text(text, path=None, kind="stdin")
        except ValueError as exc:
            yield InputError("<stdin>", str(exc))


def iter_inputs(specs: Iterable[str], input_format: str | None = None,
                stdin: TextIO | None = None) -> Iterator[Article | InputError]:
    """Articles (and errors) from paths, folders, globs and ``-`` for stdin, in order.

    ``input_format`` (``text`` or ``jsonl``) overrides detection by file suffix / first line.
    """
    for path in expand_paths(specs):
        if isinstance(path, InputError):
            yield path
        elif path == "-":
            yield from _iter_stdin(stdin or sys.stdin, input_format)
        elif input_format == "jsonl" or (input_format is None and is_jsonl_path(path)):
            yield from _iter_jsonl_file(path)
        else:
            yield _read_text_file(path)
