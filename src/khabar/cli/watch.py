"""``khabar watch``: poll RSS/Atom feeds and store their new articles, analysed (see :mod:`khabar.ingest.watch`)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from khabar.cli.common import add_db_argument, fail, open_store
from khabar.cli.output import report_error
from khabar.ingest.fetch import FetchOptions
from khabar.ingest.watch import WatchOptions, WatchReport, parse_every, watch
from khabar.ingest.watch_queue import known_feeds, requeue_failed
from khabar.pipeline import STAGE_NAMES, PipelineError
from khabar.store import StoreError

_DEFAULTS = WatchOptions()


def _every(text: str) -> float:
    try:
        return parse_every(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("watch", help="poll RSS/Atom feeds and store their new articles",
                       description="Poll RSS/Atom feeds and fetch their new article pages politely (robots.txt, "
                       "a delay between requests to one host, conditional GET, timeouts, a size cap, bounded "
                       "redirects), then analyse and store them like `khabar ingest`. Restart-safe: the queue "
                       "of items lives in the database, so a run killed at any point resumes where it stopped, "
                       "storing every article exactly once. Errors are reported on stderr, one line each.")
    p.add_argument("feeds", nargs="*", metavar="FEED_URL",
                   help="feed addresses (default: every feed this database has watched)")
    p.add_argument("--every", type=_every, default=parse_every("15m"), metavar="INTERVAL",
                   help="time between polls: 30s, 15m, 1h, ... (default 15m)")
    p.add_argument("--once", action="store_true", help="poll once, work the queue, and exit")
    p.add_argument("--retry-failed", action="store_true",
                   help="give the items that failed for good another go (analysed again from their kept "
                   "bytes, else fetched again)")
    p.add_argument("--delay", type=float, default=_DEFAULTS.delay, metavar="SECONDS",
                   help=f"minimum time between two requests to one host (default {_DEFAULTS.delay:g}; a "
                   "robots.txt Crawl-delay lengthens it)")
    p.add_argument("--timeout", type=float, default=_DEFAULTS.timeout, metavar="SECONDS",
                   help=f"connect, read and whole-download timeout (default {_DEFAULTS.timeout:g})")
    p.add_argument("--max-mb", type=float, default=_DEFAULTS.max_bytes / 2**20, metavar="MB",
                   help=f"largest page or feed downloaded (default {_DEFAULTS.max_bytes / 2**20:g})")
    p.add_argument("--user-agent", default=FetchOptions.user_agent, metavar="TEXT",
                   help="User-Agent header (default: %(default)s)")
    p.add_argument("--stages", help=f"comma-separated stages to run (default all: {','.join(STAGE_NAMES)})")
    add_db_argument(p)
    p.set_defaults(func=run)


def _summary(report: WatchReport) -> str:
    when = datetime.now(UTC).isoformat(timespec="seconds")
    return (f"{when} feeds {report.feeds} ({report.feeds_not_modified} not modified), new items {report.queued}, "
            f"pages fetched {report.fetched} ({report.not_modified} not modified), pages barred by robots.txt "
            f"stored from the feed's text {report.from_feed}, added {report.added}, "
            f"updated {report.updated}, unchanged {report.unchanged}, failed {report.failed} "
            f"({report.retry_later} retried later)")


def run(args: argparse.Namespace) -> int:
    options = WatchOptions(user_agent=args.user_agent, delay=args.delay, timeout=args.timeout,
                           max_bytes=int(args.max_mb * 2**20),
                           stages=args.stages.split(",") if args.stages else None)
    reports: list[WatchReport] = []

    def show(report: WatchReport) -> None:
        reports.append(report)
        print(_summary(report), flush=True)

    try:
        with open_store(args.db, must_exist=False) as store:
            if not args.feeds and not known_feeds(store.conn):
                return fail(f"no feeds given and none watched yet in {args.db}")
            if args.retry_failed:
                print(f"{requeue_failed(store.conn)} failed items queued again", flush=True)
            watch(store, args.feeds, args.every, options, on_report=show, polls=1 if args.once else None,
                  on_error=report_error)
    except (PipelineError, StoreError) as exc:
        return fail(str(exc))
    return 1 if args.once and reports and reports[-1].failed else 0
