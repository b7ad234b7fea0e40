"""Which files are inputs: paths, folders (walked sorted), globs; regular files only; the format a
file's suffix names."""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator

from khabar.ingest.records import InputError

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")


TEXT_SUFFIXES = (".txt", ".txt.gz", ".text")


INPUT_FORMATS = ("text", "jsonl", "html", "warc", "feed")


#: File suffixes of the web formats (``.xml`` may be a feed or a page: its root element decides).
WEB_SUFFIXES = {"html": (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz"),
                "warc": (".warc", ".warc.gz"),
                "feed": (".rss", ".atom", ".xml", ".rss.gz", ".atom.gz", ".xml.gz")}


ALL_SUFFIXES = JSONL_SUFFIXES + TEXT_SUFFIXES + tuple(x for group in WEB_SUFFIXES.values() for x in group)


def file_format(path: str) -> str:
    """The input format a file's suffix names (``text`` when none does)."""
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return next((fmt for fmt, suffixes in WEB_SUFFIXES.items() if lower.endswith(suffixes)), "text")


_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                (stat.S_ISBLK, "a device"))


def _regular(path: str) -> str | InputError:
    """The path, or an error for a named pipe, socket or device: reading one could wait forever (a
    FIFO no one writes to) and hang the whole batch.  A path that cannot be stat'ed stays a path:
    reading it names the reason."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return path
    if stat.S_ISREG(mode):
        return path
    what = next((name for test, name in _NOT_REGULAR if test(mode)), "not a file")
    return InputError(path, f"not a regular file ({what})")


def _folder_files(folder: str) -> list[str | InputError]:
    found: list[str | InputError] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [_regular(os.path.join(root, name)) for name in sorted(files)
                  if not name.startswith(".") and name.lower().endswith(ALL_SUFFIXES)]
    return found


def _expand_one(spec: str) -> list[str | InputError]:
    if spec == "-":
        return [spec]
    if os.path.isdir(spec):
        return list(_folder_files(spec)) or [InputError(spec, "folder holds no .txt, .jsonl, .html, .warc or feed files")]
    if os.path.exists(spec):
        return [_regular(spec)]
    if glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        files: list[str | InputError] = []
        for match in matches:
            files += _folder_files(match) if os.path.isdir(match) else [_regular(match)]
        return files or [InputError(spec, "pattern matches no file")]
    return [InputError(spec, "no such file or folder")]


def expand_paths(specs: Iterable[str]) -> Iterator[str | InputError]:
    """Files named by paths, folders (recursively, sorted) and glob patterns; each file once."""
    seen: set[str] = set()
    for spec in specs:
        for path in _expand_one(spec):
            if isinstance(path, str) and path != "-":
                key = os.path.realpath(path)
                if key in seen:
                    continue
                seen.add(key)
            yield path
