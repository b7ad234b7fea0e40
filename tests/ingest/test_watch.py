"""khabar watch as a library against a local site: feeds polled into the store, new pages fetched once,
conditional GET on feeds and pages, per-item errors that do not stop the run, and a queue that resumes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.ingest import watch_queue as queue
from khabar.ingest.records import stable_id
from khabar.ingest.watch import Watcher, WatchOptions, parse_every, poll_once, watch
from khabar.model import Article, Source
from khabar.pipeline import build_pipeline
from khabar.store import Store
from khabar.store.errors import list_errors

from .local_site import LocalSite, Route, Site, atom, page, rss

OPTIONS = WatchOptions(delay=0.0, timeout=5.0, stages=["structure"])
DATE = "Thu, 02 May 2024 09:15:00 +0300"
STORIES = [
    ("وزير الخارجية يصل إلى القاهرة في زيارة رسمية", "وصل وزير الخارجية إلى القاهرة اليوم في زيارة رسمية تستمر يومين."),
    ("افتتاح مستشفى جديد في مدينة الزرقاء", "افتتح وزير الصحة مستشفى جديدا في مدينة الزرقاء بسعة مئتي سرير."),
    ("ارتفاع أسعار النفط في الأسواق العالمية", "ارتفعت أسعار النفط اليوم بنسبة اثنين في المئة وسط توقعات بزيادة الطلب."),
]


def serve_news(site: Site, n: int = 3, prefix: str = "/news", feed: str = "/rss.xml") -> list[str]:
    """An RSS feed of ``n`` stories with their pages (ETag on the feed); returns the page URLs."""
    urls = []
    for i in range(n):
        title, text = STORIES[i % len(STORIES)]
        path = f"{prefix}/{i}.html"
        site.routes[path] = Route(page(f"{title} ({i})", [text, f"وأضاف المصدر أن العمل مستمر في المرحلة {i}."]),
                                  etag=f'"p{i}"')
        urls.append(site.base + path)
    items = [(f"{STORIES[i % 3][0]} ({i})", urls[i], DATE) for i in range(n)]
    site.routes[feed] = Route(rss("الوطن اليوم", items), "application/rss+xml", etag='"feed-1"')
    return urls


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "watch.db") as db:
        yield db


def stored_urls(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT source_url FROM articles ORDER BY source_url")]


def test_a_poll_stores_every_new_page_of_rss_and_atom_feeds(store: Store) -> None:
    with LocalSite() as site:
        urls = serve_news(site)
        site.routes["/atom.xml"] = Route(atom("المرصد", [("خبر من أتوم", site.base + "/a/1.html#top",
                                                          "2024-05-02T10:00:00Z")]), "application/atom+xml")
        site.routes["/a/1.html"] = Route(page("خبر من أتوم", ["نص الخبر الوارد من موجز أتوم في عمان."]))
        report = poll_once(store, [site.base + "/rss.xml", site.base + "/atom.xml"], OPTIONS)
    assert (report.feeds, report.queued, report.fetched, report.added, report.failed) == (2, 4, 4, 4, 0)
    assert stored_urls(store) == sorted([*urls, site.base + "/a/1.html"])  # the fragment is not part of the key
    article = store.get(stable_id(urls[1]))
    assert article.headline == "افتتاح مستشفى جديد في مدينة الزرقاء (1)"
    assert article.source.kind == "html" and article.raw.startswith("<!DOCTYPE html>")
    assert queue.counts(store.conn) == {"stored": 4}


def test_a_second_poll_gets_304_for_the_feed_and_fetches_nothing(store: Store) -> None:
    with LocalSite() as site:
        serve_news(site)
        with Watcher(store, OPTIONS) as watcher:
            watcher.poll([site.base + "/rss.xml"])
            before = len(site.requests)
            again = watcher.poll([site.base + "/rss.xml"])
    assert (again.feeds_not_modified, again.queued, again.fetched, again.stored) == (1, 0, 0, 0)
    assert site.paths()[before:] == ["/rss.xml"]
    assert site.requests[-1].headers["If-None-Match"] == '"feed-1"'
    assert len(store) == 3


def test_known_entries_in_a_changed_feed_are_not_fetched_again(store: Store) -> None:
    with LocalSite() as site:
        urls = serve_news(site, n=2)
        poll_once(store, [site.base + "/rss.xml"], OPTIONS)
        serve_news(site, n=3)  # a third story; the feed's ETag is unchanged but the body is new
        site.routes["/rss.xml"].etag = '"feed-2"'
        report = poll_once(store, [site.base + "/rss.xml"], OPTIONS)
    assert (report.queued, report.fetched, report.added) == (1, 1, 1)
    assert [site.count(u.removeprefix(site.base)) for u in urls] == [1, 1]


def test_an_updated_entry_is_refetched_conditionally_and_a_304_keeps_the_article(store: Store) -> None:
    with LocalSite() as site:
        urls = serve_news(site, n=1)
        poll_once(store, [site.base + "/rss.xml"], OPTIONS)
        title = STORIES[0][0] + " (0)"
        site.routes["/rss.xml"] = Route(rss("الوطن اليوم", [(title, urls[0], "Fri, 03 May 2024 08:00:00 +0300")]),
                                        "application/rss+xml", etag='"feed-2"')
        report = poll_once(store, [site.base + "/rss.xml"], OPTIONS)
    assert (report.queued, report.fetched, report.not_modified, report.stored) == (1, 0, 1, 0)
    assert site.requests[-1].headers["If-None-Match"] == '"p0"'
    assert len(store) == 1 and queue.counts(store.conn) == {"stored": 1}


def test_per_item_errors_are_reported_and_the_run_goes_on(store: Store) -> None:
    options = WatchOptions(delay=0.0, timeout=0.5, max_bytes=100_000, stages=["structure"])
    with LocalSite() as site:
        urls = serve_news(site, n=3)
        bad = {"/gone.html": Route(b"", status=404), "/huge.html": Route(page("ضخم", ["نص " * 60_000])),
               "/slow.html": Route(page("بطيء", ["نص"]), delay=1.5), "/private/x.html": Route(page("خاص", ["نص"])),
               "/report.pdf": Route(b"%PDF-1.4", "application/pdf")}
        site.routes.update(bad)
        site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        items = [("خبر", site.base + path, DATE) for path in bad] + [("خبر", u, DATE) for u in urls]
        site.routes["/rss.xml"] = Route(rss("الوطن اليوم", items), "application/rss+xml")
        report = poll_once(store, [site.base + "/rss.xml"], options)
    reasons = {e.item.removeprefix(site.base): e.reason for e in report.errors}
    assert reasons.keys() == set(bad)
    assert reasons["/gone.html"] == "HTTP 404 Not Found"
    assert "too large" in reasons["/huge.html"]
    assert "timed out" in reasons["/slow.html"] and "retried on the next poll" in reasons["/slow.html"]
    assert "disallowed by robots.txt" in reasons["/private/x.html"]
    assert reasons["/report.pdf"] == "not an HTML page (Content-Type application/pdf)"
    assert site.count("/private/x.html") == 0
    assert report.added == 3 and report.retry_later == 1
    assert queue.counts(store.conn) == {"stored": 3, "failed": 4, "queued": 1}
    failed = dict(queue.failures(store.conn))
    assert set(failed) == {site.base + p for p in bad}


def test_a_transient_failure_is_retried_on_later_polls_then_given_up(store: Store) -> None:
    options = WatchOptions(delay=0.0, timeout=5.0, stages=["structure"], max_attempts=2)
    with LocalSite() as site:
        site.routes["/busy.html"] = Route(b"busy", "text/plain", status=503)
        site.routes["/rss.xml"] = Route(rss("الوطن اليوم", [("خبر", site.base + "/busy.html", DATE)]),
                                        "application/rss+xml", etag='"f"')
        with Watcher(store, options) as watcher:
            first = watcher.poll([site.base + "/rss.xml"])
            second = watcher.poll([site.base + "/rss.xml"])  # the feed is 304, the queue is retried
            third = watcher.poll([site.base + "/rss.xml"])
    assert (first.retry_later, second.retry_later, second.failed, third.failed) == (1, 0, 1, 0)
    assert site.count("/busy.html") == 2
    assert queue.counts(store.conn) == {"failed": 1}


def test_an_entry_without_a_link_is_stored_as_the_feed_gives_it(store: Store) -> None:
    feed = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>نشرة</title>
    <item><guid isPermaLink="false">bulletin-7</guid><title>نشرة الظهيرة</title>
    <description>أعلنت وزارة الداخلية اليوم إغلاق الطريق الصحراوي بسبب العاصفة الرملية.</description></item>
    </channel></rss>""".encode()
    with LocalSite() as site:
        site.routes["/rss.xml"] = Route(feed, "application/rss+xml")
        report = poll_once(store, [site.base + "/rss.xml"], OPTIONS)
    assert (report.added, report.fetched) == (1, 0)
    article = next(store.iter_articles(with_raw=True))
    assert article.source.kind == "feed" and article.headline == "نشرة الظهيرة"
    assert json.loads(article.raw)["text"].startswith("أعلنت وزارة الداخلية")


def feed_of(items: list[tuple[str, str, str, str]]) -> bytes:
    """An RSS feed whose items are (title, link, pubDate, description)."""
    entries = "".join(f"<item><title>{t}</title><link>{u}</link><pubDate>{d}</pubDate><description>{x}</description>"
                      "</item>" for t, u, d, x in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>نشرة</title>{entries}' \
           "</channel></rss>".encode()


def test_a_page_robots_txt_keeps_out_is_stored_from_its_entry_text_until_it_may_be_fetched(store: Store) -> None:
    summary = "أعلنت وزارة الداخلية اليوم إغلاق الطريق الصحراوي بسبب العاصفة الرملية حتى إشعار آخر."
    with LocalSite() as site:
        told, bare = site.base + "/private/1.html", site.base + "/private/2.html"
        site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        site.routes["/private/1.html"] = Route(page("إغلاق الطريق الصحراوي", [summary, "وأضافت أن الفرق تعمل."]))
        site.routes["/rss.xml"] = Route(feed_of([("إغلاق الطريق الصحراوي", told, DATE, summary),
                                                 ("عنوان فقط", bare, DATE, "عنوان فقط")]), "application/rss+xml")
        report = poll_once(store, [site.base + "/rss.xml"], OPTIONS)
        assert (report.from_feed, report.added, report.fetched) == (1, 1, 0)
        assert site.count("/private/1.html") == 0
        article = store.get(stable_id(told))  # the page's identity: the page replaces it once fetched
        assert (article.source.kind, article.source.url, article.headline) == ("feed", told, "إغلاق الطريق الصحراوي")
        assert json.loads(article.raw)["text"] == summary
        # An entry that only repeats its title has no text of its own: it fails as before.
        assert [(e.item, "disallowed by robots.txt" in e.reason) for e in report.errors] == [(bare, True)]
        site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /drafts/\n", "text/plain")
        later = "Fri, 03 May 2024 08:00:00 +0300"  # the entry is updated: its page is asked for again
        site.routes["/rss.xml"] = Route(feed_of([("إغلاق الطريق الصحراوي", told, later, summary)]), "application/rss+xml")
        again = poll_once(store, [site.base + "/rss.xml"], OPTIONS)
    assert (again.from_feed, again.fetched, again.updated) == (0, 1, 1)
    assert store.get(stable_id(told)).source.kind == "html" and len(store) == 1


def test_a_crash_after_the_fetch_resumes_from_the_kept_page(store: Store) -> None:
    """The pipeline dies on one page (as a crash would); the next watcher stores it without refetching."""
    real = build_pipeline(["structure"])

    class Crash(BaseException):
        pass

    def crashing(article: Article) -> Article:
        if article.source.url.endswith("/1.html"):
            raise Crash
        return real(article)

    crashing.names = real.names  # type: ignore[attr-defined]
    with LocalSite() as site:
        urls = serve_news(site)
        with pytest.raises(Crash), Watcher(store, OPTIONS, pipeline=crashing) as watcher:  # type: ignore[arg-type]
            watcher.poll([site.base + "/rss.xml"])
        assert queue.counts(store.conn) == {"stored": 1, "fetched": 1, "queued": 1}
        report = poll_once(store, [site.base + "/rss.xml"], OPTIONS)
    assert (report.feeds_not_modified, report.fetched, report.added) == (1, 1, 2)
    assert [site.count(u.removeprefix(site.base)) for u in urls] == [1, 1, 1]
    assert stored_urls(store) == urls


def test_marking_done_shares_the_article_transaction(store: Store) -> None:
    article = Article(id="x1", source=Source("html"), raw="<html><body><p>نص</p></body></html>")

    def broken(conn: object) -> None:
        raise RuntimeError("the queue update failed")

    with pytest.raises(RuntimeError):
        store.put(article, ["structure"], also=broken)
    assert "x1" not in store  # the article went with the failed queue update


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("15m", 900), ("1h", 3600), ("2d", 172800),
                                               ("45", 45), ("1.5h", 5400), (" 10M ", 600)])
def test_every_accepts_seconds_minutes_hours(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "0s", "15 minutes", "m", "-5m", "1w"])
def test_every_refuses_other_intervals(text: str) -> None:
    with pytest.raises(ValueError, match="not an interval"):
        parse_every(text)


def test_failures_are_listed_by_khabar_errors_until_they_go_through(store: Store) -> None:
    with LocalSite() as site:
        urls = serve_news(site, n=2)
        good = site.routes["/news/1.html"]
        site.routes["/news/1.html"] = Route(b"<html><body></body></html>", status=500)
        site.routes["/missing.xml"] = Route(b"", status=404)
        with Watcher(store, OPTIONS) as watcher:
            watcher.poll([site.base + "/rss.xml", site.base + "/missing.xml"])
            assert {e.item for e in list_errors(store.conn)} == {urls[1], site.base + "/missing.xml"}
            site.routes["/news/1.html"] = good
            watcher.poll([site.base + "/rss.xml"])
    assert [e.item for e in list_errors(store.conn)] == [site.base + "/missing.xml"]
    assert len(store) == 2


def test_retry_failed_analyses_kept_bytes_again_and_fetches_the_rest(store: Store) -> None:
    with LocalSite() as site:
        serve_news(site, n=2)
        site.routes["/news/0.html"].content_type = "application/octet-stream"  # kept, refused as a page
        site.routes["/news/1.html"].status = 404
        poll_once(store, [site.base + "/rss.xml"], OPTIONS)
        assert queue.counts(store.conn) == {"failed": 2}
        site.routes["/news/1.html"].status = 200
        assert queue.requeue_failed(store.conn) == 2
        report = poll_once(store, [site.base + "/rss.xml"], OPTIONS)
    assert (report.fetched, report.added, report.failed) == (1, 1, 1)  # 0.html fails again from its bytes
    assert site.count("/news/0.html") == 1 and site.count("/news/1.html") == 2


def test_watch_polls_every_interval_until_told_to_stop(store: Store) -> None:
    slept: list[float] = []
    reports = []
    with LocalSite() as site:
        serve_news(site, n=2)
        watch(store, [site.base + "/rss.xml"], 900.0, OPTIONS, on_report=reports.append, polls=3,
              sleep=slept.append)
    assert [r.added for r in reports] == [2, 0, 0] and [r.feeds_not_modified for r in reports] == [0, 1, 1]
    assert len(slept) == 2 and all(800 < s <= 900 for s in slept)


def test_the_command_polls_once_and_remembers_its_feeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    common = ["--once", "--db", db, "--delay", "0", "--stages", "structure"]
    with LocalSite() as site:
        serve_news(site, n=2)
        site.routes["/news/1.html"].status = 404
        assert main(["watch", site.base + "/rss.xml", *common]) == 1
        first = capsys.readouterr()
        assert main(["watch", *common]) == 0  # no feed named: the ones watched before
        second = capsys.readouterr()
    assert "new items 2" in first.out and "added 1" in first.out
    assert f"khabar: error: {site.base}/news/1.html: HTTP 404 Not Found" in first.err
    assert "feeds 1 (1 not modified)" in second.out
    assert main(["watch", "--once", "--db", str(tmp_path / "empty.db")]) == 2
    assert "no feeds given" in capsys.readouterr().err


def test_relative_links_of_a_moved_feed_resolve_against_its_final_address(store: Store) -> None:
    with LocalSite() as site:
        site.routes["/feed"] = Route(status=301, location="/feeds/main.xml")
        site.routes["/feeds/main.xml"] = Route(rss("الوطن اليوم", [("خبر", "../news/7.html", DATE)]),
                                               "application/rss+xml")
        site.routes["/news/7.html"] = Route(page(*STORIES[0]))
        report = poll_once(store, [site.base + "/feed"], OPTIONS)
    assert report.added == 1 and stored_urls(store) == [site.base + "/news/7.html"]


def test_a_legacy_encoded_page_is_decoded_by_its_http_charset(store: Store) -> None:
    title = "الحكومة تعلن موعد الانتخابات البلدية"
    html = page(title, ["أعلنت الحكومة اليوم موعد الانتخابات البلدية المقبلة."]).decode()
    html = html.replace('<meta charset="utf-8">', "")
    with LocalSite() as site:
        site.routes["/news/1256.html"] = Route(html.encode("cp1256"), "text/html; charset=windows-1256")
        site.routes["/rss.xml"] = Route(rss("الوطن اليوم", [("خبر", site.base + "/news/1256.html", DATE)]),
                                        "application/rss+xml")
        poll_once(store, [site.base + "/rss.xml"], OPTIONS)
    article = next(store.iter_articles(with_raw=True))
    assert article.headline == title and title in article.raw
    assert any("1256" in note for note in article.source.repairs)  # how the bytes were read is noted
