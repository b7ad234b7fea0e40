"""The acceptance test of issue 9: `khabar watch` run as a process against a local site, killed with
SIGKILL in the middle of a poll (the site holds one request open so the kill lands there) and started
again stores every article exactly once — no duplicate, no gap — and fetches no finished page twice."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from khabar.ingest.records import stable_id

from .local_site import LocalSite, Route, Site, page, rss

PAGES = 5
DATE = "Thu, 02 May 2024 09:15:00 +0300"


def serve(site: Site) -> list[str]:
    urls = [f"{site.base}/news/{i}.html" for i in range(PAGES)]
    for i, url in enumerate(urls):
        site.routes[url.removeprefix(site.base)] = Route(
            page(f"مجلس الوزراء يناقش الملف رقم {i}", [f"ناقش مجلس الوزراء في جلسته اليوم الملف رقم {i} "
                                                      "وقرر إحالته إلى اللجنة المختصة."]), etag=f'"n{i}"')
    site.routes["/rss.xml"] = Route(rss("أخبار المجلس", [(f"الملف {i}", u, DATE) for i, u in enumerate(urls)]),
                                    "application/rss+xml", etag='"feed"')
    return urls


def watch_command(site: Site, db: Path) -> list[str]:
    return [sys.executable, "-m", "khabar", "watch", site.base + "/rss.xml", "--once", "--db", str(db),
            "--delay", "0", "--timeout", "20", "--stages", "structure"]


def stored(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]


@pytest.mark.parametrize("held", ["/rss.xml", "/news/2.html"])
def test_watch_killed_mid_poll_and_restarted_stores_every_article_once(tmp_path: Path, held: str) -> None:
    db = tmp_path / "watch.db"
    with LocalSite() as site:
        urls = serve(site)
        gate = site.routes[held].gate = threading.Event()
        first = subprocess.Popen(watch_command(site, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert site.arrival(held).wait(60), "the watch never asked for the held page"
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(30)
        assert first.returncode == -signal.SIGKILL
        before = stored(db) if db.exists() else []
        gate.set()  # the restarted watch is answered at once
        second = subprocess.run(watch_command(site, db), capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr
    # The feed lists the newest first and the oldest is fetched first: /news/4.html, then 3, ...
    done = PAGES - 1 - int(held.removeprefix("/news/").removesuffix(".html")) if held.startswith("/news/") else 0
    assert len(before) == done  # the pages before the held one were stored before the kill ...
    ids = stored(db)
    assert sorted(ids) == sorted(stable_id(u) for u in urls)  # ... and after the restart, every page once
    for i, url in enumerate(urls):  # a stored page is never fetched again; the held one is, once
        assert site.count(url.removeprefix(site.base)) == (2 if url.endswith(held) else 1), f"page {i}"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT state, COUNT(*) FROM watch_items GROUP BY state").fetchall() == [("stored", PAGES)]
