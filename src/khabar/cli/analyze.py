"""``khabar analyze``: analyse pages and write one JSON object per article."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from khabar.cli.common import fail
from khabar.cli.output import SUMMARY_COLUMNS, dumps, summary_row, write_table
from khabar.cli.progress import BatchProgress, add_batch_arguments, count_inputs, progress_shown
from khabar.ingest import InputError, iter_inputs
from khabar.ingest.paths import INPUT_FORMATS
from khabar.ingest.records import article_failed
from khabar.parallel import ParallelAnalysis, Skipped, WorkerDied, json_line
from khabar.pipeline import STAGE_NAMES, PipelineError
from khabar.resume import ResumableOutput, ResumeError


def megabytes(value: str) -> int:
    """``--max-size`` in MB (decimals allowed) as bytes."""
    try:
        size = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if not size > 0:
        raise argparse.ArgumentTypeError("the size cap must be more than 0 MB")
    return max(1, int(size * 1024 * 1024))


def add_input_arguments(p: argparse.ArgumentParser, paths_required: bool = True) -> None:
    p.add_argument("paths", nargs="+" if paths_required else "*", metavar="PATH",
                   help="text dumps, JSON Lines files, HTML pages, WARC files, RSS/Atom feeds (.gz too), "
                   "folders, globs, or - for stdin")
    p.add_argument("--input-format", choices=INPUT_FORMATS,
                   help="force the input kind (default: by suffix; stdin by its first line)")
    p.add_argument("--max-size", type=megabytes, metavar="MB", dest="max_bytes",
                   help="refuse a file, stdin or HTML page larger than this (default: 50 MB a file, 20 MB a page)")
    p.add_argument("--stages", help=f"comma-separated stages to run (default all: {','.join(STAGE_NAMES)}); "
                   "the stages they require are added")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="analyse pages and print structured articles",
                       description="Analyse Arabic news pages (text dumps, JSON Lines records, HTML pages, WARC files, "
                       "RSS/Atom feeds) and "
                       "write one JSON object per article. Bad inputs are reported on stderr, one line "
                       "each; the exit code is 1 when some inputs failed.")
    add_input_arguments(p)
    p.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl",
                   help="jsonl (default): one object per line; json: an indented array; table: a summary")
    p.add_argument("--output", "-o", metavar="FILE",
                   help="append JSON Lines to FILE instead of stdout; a rerun after an interruption skips "
                   "the ids already in FILE (a torn last line is dropped) and appends the rest")
    add_batch_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.output and args.format != "jsonl":
        return fail("--output writes JSON Lines; it cannot be combined with --format " + args.format)
    try:
        runner = ParallelAnalysis(args.stages.split(",") if args.stages else None, workers=args.workers,
                                  finish=json_line if args.format == "jsonl" else None)
        output = ResumableOutput(args.output) if args.output else None
    except (PipelineError, ResumeError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{args.output}: cannot write ({exc.strerror or exc})")
    total = count_inputs(args.paths) if progress_shown(args.quiet) else None
    writer = _Writer(args.format, output)
    try:
        with runner, BatchProgress("analyze", total, not args.quiet) as progress:
            items = iter_inputs(args.paths, input_format=args.input_format, max_bytes=args.max_bytes)
            for item in runner.map(items, skip=(lambda a: a.id in output) if output else None):
                if isinstance(item, InputError):
                    progress.error(item)
                    continue
                if not isinstance(item, Skipped):
                    try:
                        writer.write(item)
                    except UnicodeEncodeError as exc:  # one article's output, not the batch
                        progress.error(article_failed(item, "output failed", exc))
                        continue
                progress.advance()
    except WorkerDied as exc:
        return fail(str(exc))
    finally:
        writer.close()
    if output and not args.quiet:
        print(f"khabar: {writer.written} articles written to {output.path}"
              f" ({output.resumed} already there)", file=sys.stderr)
    return 1 if progress.errors else 0


class _Writer:
    """Results to stdout in the chosen format, or appended to a resumable output file."""

    def __init__(self, fmt: str, output: ResumableOutput | None) -> None:
        self.fmt, self.output = fmt, output
        self.rows: list[list[str]] = []
        self.written = 0
        if fmt == "json":
            sys.stdout.write("[")

    def write(self, item: Any) -> None:
        if self.fmt == "jsonl":
            article_id, line = item
            if self.output is not None:
                self.written += self.output.write(article_id, line)
            else:
                sys.stdout.write(line + "\n")
        elif self.fmt == "json":
            sys.stdout.write(("\n" if not self.written else ",\n") + dumps(item.to_dict(), indent=1))
            self.written += 1
        else:
            row = summary_row(item)
            "".join(row).encode("utf-8")  # a row that cannot be printed fails now, not the whole table
            self.rows.append(row)

    def close(self) -> None:
        if self.output is not None:
            self.output.close()
        if self.fmt == "json":
            sys.stdout.write("\n]\n")
        elif self.fmt == "table":
            write_table(self.rows, SUMMARY_COLUMNS, title="khabar analyze")
