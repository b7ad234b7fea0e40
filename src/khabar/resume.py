"""A JSON Lines output file that an interrupted run resumes: nothing lost, nothing twice.

Results are appended one line per article, in input order.  On opening, the ids already in the
file are read back; a last line cut short by a crash (no final newline) is dropped from the file,
so that article is simply analysed again.  The run then skips those ids and appends the rest.
An id is written at most once, so a resumed run and an uninterrupted one give the same file.
"""

from __future__ import annotations

import json
import os
import re
from typing import IO

#: ``khabar analyze`` lines open with the id (``Article.to_dict`` order): read it without parsing
#: the whole line, which may be tens of kilobytes.
_ID_PREFIX = re.compile(rb'\{"id": ?("(?:[^"\\]|\\.)*")')


class ResumeError(ValueError):
    """The output file is not one this resumer wrote (a complete line without an id)."""


def _line_id(line: bytes, where: str) -> str:
    match = _ID_PREFIX.match(line)
    try:
        value = json.loads(match.group(1)) if match else json.loads(line).get("id")
    except (ValueError, AttributeError):
        value = None
    if not isinstance(value, str):
        raise ResumeError(f"{where}: not a JSON object with an id; cannot resume into this file")
    return value


def completed_ids(path: str | os.PathLike[str]) -> set[str]:
    """Ids of the complete lines of ``path`` (absent: none); drops a torn last line from the file."""
    done: set[str] = set()
    if not os.path.exists(path):
        return done
    complete = 0  # bytes up to the end of the last complete line
    with open(path, "r+b") as fh:
        for n, line in enumerate(fh, 1):
            if not line.endswith(b"\n"):
                break
            if line.strip():
                done.add(_line_id(line, f"{os.fspath(path)}:{n}"))
            complete += len(line)
        fh.truncate(complete)
    return done


class ResumableOutput:
    """Append-only JSON Lines output keyed by article id (see the module docstring).

    >>> with ResumableOutput("out.jsonl") as out:      # doctest: +SKIP
    ...     out.write(article.id, line)
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self.done = completed_ids(path)
        self.resumed = len(self.done)
        self._fh: IO[str] = open(path, "a", encoding="utf-8")  # noqa: SIM115 (closed by close())

    def __contains__(self, article_id: object) -> bool:
        return article_id in self.done

    def write(self, article_id: str, line: str) -> bool:
        """Append ``line`` (one JSON object, no newline) unless the id is already written."""
        if article_id in self.done:
            return False
        self._fh.write(line + "\n")
        self.done.add(article_id)
        return True

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> ResumableOutput:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
