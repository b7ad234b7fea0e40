"""Watch bench: ``khabar watch`` against a local site serving real ../shared/corpora articles as pages.

Serves N articles (the first records of ant_multisource; composed Arabic pages when ../shared is
absent) as HTML pages listed by one RSS feed on a local http.server, then prints:

* fetch: pages/s and ms/page of the polite fetcher alone (delay 0; robots.txt read once);
* poll: a first poll (fetch, analyse with the chosen stages, store) — pages/s, ms/page, articles stored;
* a second poll: requests it made (1: the feed, answered 304) and articles added (0);
* the resume check: a poll interrupted after half of the pages, then a fresh one — articles stored
  (= N, each once) and pages fetched twice (0).

Usage: bench_watch.py [--pages N] [--stages structure,...]
Times are measured on a shared 2-core machine, under whatever else runs there.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import html
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ingest"))
CORPUS = ROOT.parent / "shared" / "corpora" / "ant_multisource.jsonl.gz"

from local_site import LocalSite, Route, Site, page, rss  # noqa: E402

from khabar.ingest.fetch import Fetcher, FetchOptions  # noqa: E402
from khabar.ingest.watch import Watcher, WatchOptions  # noqa: E402
from khabar.store import Store  # noqa: E402

DATE = "Thu, 02 May 2024 09:15:00 +0300"


def articles(n: int) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of the first ``n`` corpus records with a title and text, else composed ones."""
    if not CORPUS.exists():
        return [(f"خبر تجريبي رقم {i}", [f"قال المتحدث باسم الحكومة اليوم إن الخطة رقم {i} ستنفذ قريبا."])
                for i in range(n)]
    found = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            paragraphs = [p.strip() for p in (record.get("text") or "").splitlines() if p.strip()]
            if record.get("title") and paragraphs:
                found.append((html.escape(record["title"]), [html.escape(p) for p in paragraphs]))
            if len(found) == n:
                break
    return found


def serve(site: Site, stories: list[tuple[str, list[str]]]) -> list[str]:
    urls = []
    for i, (title, paragraphs) in enumerate(stories):
        site.routes[f"/news/{i}.html"] = Route(page(title, paragraphs), etag=f'"{i}"')
        urls.append(f"{site.base}/news/{i}.html")
    site.routes["/rss.xml"] = Route(rss("bench", [(t, u, DATE) for (t, _), u in zip(stories, urls, strict=True)]),
                                    "application/rss+xml", etag='"feed"')
    return urls


def bench_fetch(site: Site, urls: list[str]) -> None:
    start = time.perf_counter()
    with Fetcher(FetchOptions(delay=0.0)) as fetcher:
        size = sum(len(fetcher.get(u).body) for u in urls)
    took = time.perf_counter() - start
    print(f"fetch: {len(urls)} pages, {size / 1024:.0f} KiB, {len(urls) / took:.1f} pages/s, "
          f"{1000 * took / len(urls):.1f} ms/page")


def bench_poll(site: Site, urls: list[str], options: WatchOptions, db: Path) -> None:
    feed = site.base + "/rss.xml"
    with Store(db) as store, Watcher(store, options) as watcher:
        start = time.perf_counter()
        first = watcher.poll([feed])
        took = time.perf_counter() - start
        print(f"poll 1: {first.added} stored of {len(urls)}, {first.failed} failed, {len(urls) / took:.1f} pages/s, "
              f"{1000 * took / len(urls):.1f} ms/page (fetch + {','.join(watcher.pipeline.names)} + store)")
        before = len(site.requests)
        second = watcher.poll([feed])
        print(f"poll 2: {len(site.requests) - before} request(s) ({second.feeds_not_modified} feed not modified), "
              f"{second.added} added")


def bench_resume(site: Site, urls: list[str], options: WatchOptions, db: Path) -> None:
    """Interrupt a poll after half the pages (as a crash would), then poll again."""

    class Interrupted(BaseException):
        pass

    feed = site.base + "/rss.xml"
    before = len(site.requests)
    with Store(db) as store:
        watcher = Watcher(store, options)
        counter = itertools.count(1)
        real = watcher.pipeline

        def pipeline(article: object) -> object:
            if next(counter) > len(urls) // 2:
                raise Interrupted
            return real(article)

        pipeline.names = real.names  # type: ignore[attr-defined]
        watcher.pipeline = pipeline  # type: ignore[assignment]
        with contextlib.suppress(Interrupted):
            watcher.poll([feed])
        watcher.close()
        with Watcher(store, options) as fresh:
            fresh.poll([feed])
        ids = [r[0] for r in store.conn.execute("SELECT source_url FROM articles")]
    asked = [r.path for r in site.requests[before:]]
    twice = sum(1 for u in urls if asked.count(u.removeprefix(site.base)) > 1)
    print(f"resume: {len(ids)} articles for {len(urls)} pages ({len(set(ids))} distinct), "
          f"{twice} page(s) fetched twice")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--stages", default="structure")
    args = parser.parse_args()
    stories = articles(args.pages)
    options = WatchOptions(delay=0.0, stages=args.stages.split(","))
    print(f"{len(stories)} pages from {CORPUS.name if CORPUS.exists() else 'composed texts'}; stages {args.stages}")
    with LocalSite() as site, tempfile.TemporaryDirectory() as tmp:
        urls = serve(site, stories)
        bench_fetch(site, urls)
        bench_poll(site, urls, options, Path(tmp) / "poll.db")
        bench_resume(site, urls, options, Path(tmp) / "resume.db")


if __name__ == "__main__":
    main()
