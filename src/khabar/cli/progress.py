"""A progress bar on stderr for batch commands: articles/s, ETA when the total is known, errors.

Shown only when stderr is a terminal and ``--quiet`` is not given; otherwise every call is a
no-op apart from error lines, which are always printed (above the bar when it is live).
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
from typing import Any

from khabar.cli.output import report_error
from khabar.ingest import InputError
from khabar.ingest.paths import expand_paths, file_format

#: Counting the records of larger inputs up front would delay the start noticeably.
MAX_COUNTED_BYTES = 256 * 1024 * 1024


def add_batch_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=positive_int, default=1, metavar="N",
                   help="analyse on N processes (default 1); results keep the input order")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar on stderr")


def positive_int(value: str) -> int:
    """An argparse type: an integer of at least 1 (--workers, --top)."""
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def progress_shown(quiet: bool) -> bool:
    """Whether a progress bar will be drawn (stderr is a terminal and no ``--quiet``)."""
    return not quiet and sys.stderr.isatty()


def count_inputs(specs: list[str]) -> int | None:
    """How many records the inputs hold, when cheap to know (text/JSON Lines/HTML files); else None."""
    paths = list(expand_paths(specs))
    if any(p == "-" or (isinstance(p, str) and file_format(p) in ("warc", "feed")) for p in paths):
        return None  # stdin, crawls and feeds are only counted by reading them
    files = [p for p in paths if isinstance(p, str)]
    if sum(os.path.getsize(p) for p in files if os.path.exists(p)) > MAX_COUNTED_BYTES:
        return None
    return sum(_records(p) for p in files) + sum(isinstance(p, InputError) for p in paths)


def _records(path: str) -> int:
    if file_format(path) != "jsonl":
        return 1
    opener: Any = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            return sum(1 for line in fh if line.strip()) or 1  # an empty file is one error
    except (OSError, EOFError):
        return 1


class BatchProgress:
    """``with BatchProgress("ingest", total, enabled) as progress: progress.advance() ...``"""

    def __init__(self, label: str, total: int | None = None, enabled: bool = True) -> None:
        self.errors = 0
        self.live: Any = None
        if progress_shown(not enabled):
            self.live = _rich_progress(total is not None)
            self.task = self.live.add_task(label, total=total, errors=0)

    def __enter__(self) -> BatchProgress:
        if self.live:
            self.live.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.live:
            self.live.stop()

    def advance(self, *_: object) -> None:
        if self.live:
            self.live.advance(self.task)

    def error(self, err: InputError) -> None:
        self.errors += 1
        if self.live:  # printed above the bar, which stays at the bottom
            self.live.update(self.task, advance=1, errors=self.errors)
            self.live.console.print(f"khabar: error: {err}", markup=False, highlight=False, soft_wrap=True)
        else:
            report_error(err)


def _rich_progress(known_total: bool) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed or 0:,.0f} articles/s", style="cyan")

    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
    if known_total:
        columns += [BarColumn(), MofNCompleteColumn()]
    else:
        columns += [TextColumn("{task.completed} articles")]
    columns += [RateColumn(), TimeElapsedColumn()]
    if known_total:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
    columns += [TextColumn("[red]{task.fields[errors]} failed")]
    return Progress(*columns, console=Console(stderr=True), transient=True)
