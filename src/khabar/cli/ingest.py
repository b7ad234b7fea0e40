"""``khabar ingest``: analyse pages and store them in the SQLite database."""

from __future__ import annotations

import argparse
import sys

from khabar.analysis import analyze_inputs
from khabar.cli.analyze import add_input_arguments
from khabar.cli.common import add_db_argument, fail, open_store
from khabar.cli.output import report_error
from khabar.ingest import InputError
from khabar.pipeline import PipelineError, resolve_stages
from khabar.store import IngestReport, StoreError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="analyse pages and store them in the database",
                       description="Analyse Arabic news pages and store them (raw input verbatim, the "
                       "analysis and its facts) in a SQLite database. Ingesting the same page again stores "
                       "it once; a changed analysis replaces it. Each article is one transaction. Bad inputs "
                       "are reported on stderr, one line each; the exit code is 1 when some inputs failed.")
    add_input_arguments(p)
    add_db_argument(p)
    p.set_defaults(func=run)


def print_report(report: IngestReport, db: str, total: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"khabar ingest → {db}", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in (("added", report.added), ("updated", report.updated),
                         ("unchanged", report.unchanged), ("failed", report.failed),
                         ("articles in database", total)):
        table.add_row(label, str(value), style="red" if label == "failed" and value else None)
    Console(file=sys.stdout, width=100).print(table)


class _Progress:
    """A live count of stored articles on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.live = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.live = Progress(SpinnerColumn(), TextColumn("{task.completed} articles stored"),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self.task = self.live.add_task("ingest", total=None)

    def __enter__(self) -> _Progress:
        if self.live:
            self.live.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.live:
            self.live.stop()

    def stored(self, *_: object) -> None:
        if self.live:
            self.live.advance(self.task)

    def error(self, err: InputError) -> None:
        if self.live:  # printed above the live line, which stays at the bottom
            self.live.console.print(f"khabar: error: {err}", markup=False, highlight=False, soft_wrap=True)
        else:
            report_error(err)


def run(args: argparse.Namespace) -> int:
    try:
        names = [s.name for s in resolve_stages(args.stages.split(",") if args.stages else None)]
        with open_store(args.db, must_exist=False) as store, _Progress() as progress:
            items = analyze_inputs(args.paths, stages=names, input_format=args.input_format)
            report = store.ingest(items, stages=names, on_error=progress.error, on_stored=progress.stored)
            total = len(store)
    except (PipelineError, StoreError) as exc:
        return fail(str(exc))
    print_report(report, args.db, total)
    return 1 if report.failed else 0
