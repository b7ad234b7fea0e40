"""``khabar ingest``: analyse pages and store them in the SQLite database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from khabar.cli.analyze import add_input_arguments
from khabar.cli.common import add_db_argument, fail, open_store
from khabar.cli.progress import BatchProgress, add_batch_arguments, count_inputs, progress_shown
from khabar.ingest import InputError, iter_inputs
from khabar.model import Article
from khabar.parallel import ParallelAnalysis, Skipped, WorkerDied
from khabar.pipeline import PipelineError, resolve_stages
from khabar.store import IngestReport, Store, StoreError
from khabar.store.rows import with_analysis_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="analyse pages and store them in the database",
                       description="Analyse Arabic news pages and store them (raw input verbatim, the "
                       "analysis and its facts) in a SQLite database. Ingesting the same page again stores "
                       "it once (and skips analysing it, unless --reanalyse); a changed analysis replaces it. "
                       "Each article is one transaction. Bad inputs are reported on stderr, one line each; the exit code is 1 when some inputs failed.")
    add_input_arguments(p, paths_required=False)
    add_db_argument(p)
    add_batch_arguments(p)
    p.add_argument("--retry-errors", action="store_true",
                   help="also read again every input that failed before (`khabar errors` lists them), from the "
                   "bytes the database kept or else from its file; those that go through are forgotten")
    p.add_argument("--reanalyse", action="store_true",
                   help="analyse every input again, even those stored from the same raw input by the same "
                   "stages (by default they are skipped, so an interrupted run resumes where it stopped); "
                   "without PATHs, every stored article again from the raw input the database keeps "
                   "(after an upgrade of khabar)")
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


def run(args: argparse.Namespace) -> int:
    if not args.paths and not args.retry_errors and not args.reanalyse:
        return fail("give the inputs to ingest (PATH...), --retry-errors, or --reanalyse (every stored article "
                    "again from its raw input)")
    try:
        names = [s.name for s in resolve_stages(args.stages.split(",") if args.stages else None)]
        stored_only = args.reanalyse and not args.paths  # the store's own raw inputs, analysed again
        with open_store(args.db, must_exist=stored_only) as store:
            shown = progress_shown(args.quiet)
            total = (len(store) if stored_only else count_inputs(args.paths) if args.paths else None) if shown else None
            inputs = (store.stored_inputs() if stored_only
                      else iter_inputs(args.paths, input_format=args.input_format, max_bytes=args.max_bytes))
            current = None if args.reanalyse else (lambda article: store.is_current(article, names))
            with ParallelAnalysis(names, workers=args.workers, finish=with_analysis_json) as runner, \
                    BatchProgress("ingest", total, not args.quiet) as progress:
                report = _store_all(store, runner.map(inputs, skip=current), names, progress, args)
            total = len(store)
    except (PipelineError, StoreError, WorkerDied) as exc:
        return fail(str(exc))
    print_report(report, args.db, total)
    return 1 if report.failed else 0


def _store_all(store: Store, items: Iterator[Article | InputError | Skipped], names: list[str],
               progress: BatchProgress, args: argparse.Namespace) -> IngestReport:
    """Store the analysed inputs, then (--retry-errors) read the kept errors again."""
    report = store.ingest(items, stages=names, on_error=progress.error, on_stored=progress.advance)
    if args.retry_errors:
        report.merge(store.retry_errors(names, on_error=progress.error, on_stored=progress.advance,
                                        max_bytes=args.max_bytes))
    return report
