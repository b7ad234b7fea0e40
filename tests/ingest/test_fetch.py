"""The polite fetcher against a local server: conditional GET, robots.txt, per-host delay, size cap,
timeouts, bounded redirects, User-Agent; every failure a one-line FetchError saying whether to retry."""

from __future__ import annotations

import pytest

from khabar.ingest.fetch import Fetcher, FetchError, FetchOptions, HostThrottle, charset_of

from .local_site import LocalSite, Route, page

PAGE = page("الحكومة تقر خطة جديدة للنقل العام", ["أقرت الحكومة اليوم خطة جديدة لتطوير النقل العام في العاصمة."])
FAST = FetchOptions(delay=0.0, timeout=5.0)


class FakeClock:
    """A clock that only ``sleep`` moves: delays are asserted exactly, never on wall-clock time."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_conditional_get_answered_304_carries_no_body() -> None:
    with LocalSite() as site, Fetcher(FAST) as fetcher:
        site.routes["/a.html"] = Route(PAGE, etag='"v1"', last_modified="Thu, 02 May 2024 09:15:00 GMT")
        first = fetcher.get(site.base + "/a.html")
        again = fetcher.get(site.base + "/a.html", etag=first.etag)
        by_date = fetcher.get(site.base + "/a.html", last_modified=first.last_modified)
    assert (first.status, first.body, first.etag) == (200, PAGE, '"v1"')
    assert again.not_modified and again.body == b""
    assert by_date.not_modified
    asked = [r for r in site.requests if r.path == "/a.html"]
    assert asked[1].headers["If-None-Match"] == '"v1"'
    assert asked[2].headers["If-Modified-Since"] == "Thu, 02 May 2024 09:15:00 GMT"


def test_user_agent_names_khabar_on_every_request() -> None:
    with LocalSite() as site, Fetcher(FAST) as fetcher:
        site.routes["/a.html"] = Route(PAGE)
        fetcher.get(site.base + "/a.html")
    assert [r.path for r in site.requests] == ["/robots.txt", "/a.html"]
    assert all(r.headers["User-Agent"].startswith("khabar/") for r in site.requests)


ROBOTS = b"User-agent: *\nDisallow: /private/\n\nUser-agent: khabar\nDisallow: /drafts/\nAllow: /\n"


@pytest.mark.parametrize(("path", "allowed"), [
    ("/news/1.html", True),
    ("/drafts/1.html", False),  # the group naming khabar applies
    ("/private/1.html", True),  # the * group does not, once khabar has its own
])
def test_robots_txt_is_obeyed(path: str, allowed: bool) -> None:
    with LocalSite() as site, Fetcher(FAST) as fetcher:
        site.routes["/robots.txt"] = Route(ROBOTS, "text/plain")
        site.routes[path] = Route(PAGE)
        if allowed:
            assert fetcher.get(site.base + path).status == 200
        else:
            with pytest.raises(FetchError, match="disallowed by robots.txt") as err:
                fetcher.get(site.base + path)
            assert not err.value.transient
    assert site.count(path) == (1 if allowed else 0)


def test_robots_txt_is_read_once_per_host() -> None:
    with LocalSite() as site, Fetcher(FAST) as fetcher:
        site.routes["/robots.txt"] = Route(ROBOTS, "text/plain")
        for n in range(3):
            site.routes[f"/news/{n}.html"] = Route(PAGE)
            fetcher.get(f"{site.base}/news/{n}.html")
    assert site.count("/robots.txt") == 1


def test_a_redirect_into_a_disallowed_path_is_not_followed() -> None:
    with LocalSite() as site, Fetcher(FAST) as fetcher:
        site.routes["/robots.txt"] = Route(ROBOTS, "text/plain")
        site.routes["/go"] = Route(location="/drafts/secret.html")
        with pytest.raises(FetchError, match="disallowed"):
            fetcher.get(site.base + "/go")
    assert site.count("/drafts/secret.html") == 0


def test_unreachable_robots_txt_keeps_the_crawler_away_for_now() -> None:
    with LocalSite() as site, Fetcher(FAST) as fetcher:
        site.routes["/robots.txt"] = Route(b"down", "text/plain", status=503)
        site.routes["/a.html"] = Route(PAGE)
        with pytest.raises(FetchError, match="robots.txt .* unreadable") as err:
            fetcher.get(site.base + "/a.html")
    assert err.value.transient and site.count("/a.html") == 0


def test_requests_to_one_host_wait_the_delay_and_other_hosts_do_not() -> None:
    clock = FakeClock()
    throttle = HostThrottle(2.0, clock, clock.sleep)
    for host, delay, idle in [("http://a", None, 0.0), ("http://b", None, 0.0),  # another host: no wait
                              ("http://a", None, 0.5),  # 0.75 s after a's request ended: 1.25 s to go
                              ("http://a", 5.0, 0.0)]:  # a longer (Crawl-delay) gap
        clock.now += idle
        with throttle.turn(host, delay):
            clock.now += 0.25  # the request itself: the delay counts from its end
    assert clock.slept == [1.25, 5.0]


def test_crawl_delay_lengthens_the_host_delay() -> None:
    clock = FakeClock()
    options = FetchOptions(delay=1.0, timeout=5.0)
    with LocalSite() as site, Fetcher(options, clock=clock, sleep=clock.sleep) as fetcher:
        site.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 4\n", "text/plain")
        site.routes["/a.html"] = Route(PAGE)
        site.routes["/b.html"] = Route(PAGE)
        fetcher.get(site.base + "/a.html")
        fetcher.get(site.base + "/b.html")
    # robots.txt, then /a.html and /b.html each 4 s after the request before
    assert clock.slept == [4.0, 4.0]


def test_recorded_request_times_respect_the_delay() -> None:
    delay = 0.15
    with LocalSite() as site, Fetcher(FetchOptions(delay=delay, timeout=5.0)) as fetcher:
        for n in range(3):
            site.routes[f"/{n}.html"] = Route(PAGE)
            fetcher.get(f"{site.base}/{n}.html")
    times = [r.at for r in site.requests]
    assert len(times) == 4  # robots.txt and three pages
    # A lower bound only: sleeping never makes requests closer than the delay.
    assert all(later - earlier >= delay * 0.99 for earlier, later in zip(times, times[1:], strict=False))


@pytest.mark.parametrize("declare_length", [True, False])
def test_a_body_over_the_size_cap_is_refused(declare_length: bool) -> None:
    options = FetchOptions(delay=0.0, timeout=5.0, max_bytes=50_000)
    with LocalSite() as site, Fetcher(options) as fetcher:
        site.routes["/big.html"] = Route(PAGE + b"<!-- " + b"x" * 400_000 + b" -->", declare_length=declare_length)
        with pytest.raises(FetchError, match="too large") as err:
            fetcher.get(site.base + "/big.html")
    assert not err.value.transient


def test_a_slow_server_times_out_as_a_transient_error() -> None:
    with LocalSite() as site, Fetcher(FetchOptions(delay=0.0, timeout=0.3)) as fetcher:
        site.routes["/slow.html"] = Route(PAGE, delay=1.5)
        with pytest.raises(FetchError, match="timed out") as err:
            fetcher.get(site.base + "/slow.html")
    assert err.value.transient


def test_redirects_are_followed_a_bounded_number_of_hops() -> None:
    with LocalSite() as site, Fetcher(FetchOptions(delay=0.0, timeout=5.0, max_redirects=3)) as fetcher:
        site.routes["/old"] = Route(status=301, location="/moved")
        site.routes["/moved"] = Route(status=302, location=site.base + "/final.html")
        site.routes["/final.html"] = Route(PAGE)
        for n in range(6):
            site.routes[f"/loop{n}"] = Route(location=f"/loop{n + 1}")
        assert fetcher.get(site.base + "/old").url == site.base + "/final.html"
        with pytest.raises(FetchError, match=r"too many redirects \(> 3\)"):
            fetcher.get(site.base + "/loop0")
    assert site.count("/loop3") == 1 and site.count("/loop4") == 0


@pytest.mark.parametrize(("status", "transient"), [(404, False), (410, False), (403, False), (429, True),
                                                   (500, True), (503, True)])
def test_http_errors_say_whether_a_retry_may_help(status: int, transient: bool) -> None:
    with LocalSite() as site, Fetcher(FAST) as fetcher:
        site.routes["/x.html"] = Route(b"error", "text/plain", status=status)
        with pytest.raises(FetchError, match=f"HTTP {status}") as err:
            fetcher.get(site.base + "/x.html")
    assert err.value.transient is transient


def test_a_refused_connection_is_a_transient_network_error() -> None:
    with LocalSite() as site:
        base = site.base
    with Fetcher(FAST) as fetcher, pytest.raises(FetchError, match="network error|unreadable") as err:
        fetcher.get(base + "/a.html")
    assert err.value.transient


@pytest.mark.parametrize("url", ["ftp://example.invalid/a", "file:///etc/passwd"])
def test_only_http_urls_are_fetched(url: str) -> None:
    with Fetcher(FAST) as fetcher, pytest.raises(FetchError):
        fetcher.get(url)


@pytest.mark.parametrize(("header", "charset"), [
    ("text/html; charset=windows-1256", "windows-1256"),
    ('text/html; Charset="UTF-8"', "UTF-8"),
    ("text/html", None),
    (None, None),
])
def test_charset_of_content_type(header: str | None, charset: str | None) -> None:
    assert charset_of(header) == charset


@pytest.mark.parametrize(("status", "fetched"), [(404, True), (403, True), (429, False), (500, False)])
def test_robots_txt_status_decides_by_rfc_9309(status: int, fetched: bool) -> None:
    """A robots.txt that is missing (4xx) sets no rules; one the server cannot give (5xx, 429) keeps us away."""
    with LocalSite() as site, Fetcher(FAST) as fetcher:
        site.routes["/robots.txt"] = Route(b"", "text/plain", status=status)
        site.routes["/a.html"] = Route(PAGE)
        if fetched:
            fetcher.get(site.base + "/a.html")
        else:
            with pytest.raises(FetchError, match="robots.txt"):
                fetcher.get(site.base + "/a.html")
    assert site.count("/a.html") == int(fetched)


def test_an_unreadable_robots_txt_is_asked_again_after_a_minute() -> None:
    clock = FakeClock()
    with LocalSite() as site, Fetcher(FAST, clock=clock, sleep=clock.sleep) as fetcher:
        site.routes["/robots.txt"] = Route(b"", "text/plain", status=503)
        site.routes["/a.html"] = Route(PAGE)
        for _ in range(2):
            with pytest.raises(FetchError):
                fetcher.get(site.base + "/a.html")
        site.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", "text/plain")
        clock.now += 61
        assert fetcher.get(site.base + "/a.html").status == 200
    assert site.count("/robots.txt") == 2
