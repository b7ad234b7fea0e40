"""Polite HTTP fetching for ``khabar watch``: one :class:`Fetcher` per watch.

Politeness and safety, per request: robots.txt is obeyed (read with :mod:`urllib.robotparser`,
cached per origin; its ``Crawl-delay`` lengthens the per-host delay), requests to one host are
spaced by a delay, a conditional GET sends the validators of the last fetch (a ``304`` carries no
body), every download has timeouts and a size cap (streamed, abandoned as soon as it is over the
cap), redirects are followed by hand, a bounded number of hops, each hop checked against its own
host's robots.txt and delay, and every request says who is asking (:data:`USER_AGENT`).

Failures are :class:`FetchError` with a one-line reason; ``transient`` ones (timeouts, network
errors, 5xx, 429) are worth retrying on a later poll, the others are not.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from khabar import __version__

if TYPE_CHECKING:
    import httpx

#: Product token matched against robots.txt ``User-agent`` lines.
ROBOTS_AGENT = "khabar"
USER_AGENT = f"{ROBOTS_AGENT}/{__version__} (Arabic news analysis; obeys robots.txt, conditional GET)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TRANSIENT = frozenset({408, 425, 429})
_MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
_ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is trusted (RFC 9309: at most a day)
_UNREACHABLE_TTL = 60.0  # seconds an unreadable robots.txt keeps a host away before it is asked again


@dataclass
class FetchOptions:
    """How politely and how far :class:`Fetcher` fetches."""

    user_agent: str = USER_AGENT
    delay: float = 2.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds: to connect, between two reads, and for a whole download
    max_bytes: int = 10 * 1024 * 1024  # a body larger than this (after decompression) is refused
    max_redirects: int = 5
    max_crawl_delay: float = 60.0  # a robots.txt Crawl-delay is honoured up to this many seconds


class FetchError(Exception):
    """A URL that could not be fetched; ``str()`` is the one-line reason."""

    def __init__(self, reason: str, transient: bool = False, status: int | None = None, disallowed: bool = False):
        super().__init__(reason)
        self.transient = transient
        self.status = status  # the HTTP status when the server answered with an error
        self.disallowed = disallowed  # robots.txt keeps the URL out: nothing was asked of its host


@dataclass
class Response:
    """A fetched URL: ``status`` 200 with its body, or 304 (not modified) without one."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304



@dataclass
class HostThrottle:
    """Spaces requests to one host: each starts at least ``delay`` seconds after the previous one
    ended (``clock``/``sleep`` injectable)."""

    delay: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    last: dict[str, float] = field(default_factory=dict)

    def wait(self, host: str, delay: float | None = None) -> None:
        """Sleep until ``host`` may be asked again."""
        gap = self.delay if delay is None else delay
        if host in self.last:
            remaining = self.last[host] + gap - self.clock()
            if remaining > 0:
                self.sleep(remaining)

    def done(self, host: str) -> None:
        """A request to ``host`` just ended (answered or failed): the next waits from now."""
        self.last[host] = self.clock()

    @contextmanager
    def turn(self, host: str, delay: float | None = None) -> Iterator[None]:
        """``with throttle.turn(host):`` around one request."""
        self.wait(host, delay)
        try:
            yield
        finally:
            self.done(host)


@dataclass
class _Robots:
    parser: urllib.robotparser.RobotFileParser | None  # None: everything allowed
    fetched_at: float
    unreachable: str | None = None  # why robots.txt could not be read: the host is not crawled

    def allows(self, url: str) -> bool:
        return self.parser is None or self.parser.can_fetch(ROBOTS_AGENT, url)

    def crawl_delay(self) -> float | None:
        value = self.parser.crawl_delay(ROBOTS_AGENT) if self.parser is not None else None
        return float(value) if value is not None else None


class Fetcher:
    """Fetches URLs politely (see the module doc); use as a context manager or ``close()`` it."""

    def __init__(self, options: FetchOptions | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.options = options or FetchOptions()
        self.clock = clock
        self.throttle = HostThrottle(self.options.delay, clock, sleep)
        self._robots: dict[str, _Robots] = {}
        import httpx  # here, not at the top: every `khabar` command imports this module (watch's options)

        timeout = httpx.Timeout(self.options.timeout)
        self.client = httpx.Client(timeout=timeout, follow_redirects=False,
                                   headers={"User-Agent": self.options.user_agent})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5") -> Response:
        """GET ``url`` (conditionally when validators are given), following redirects by hand."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _hop in range(self.options.max_redirects + 1):
            origin = _origin(url)
            robots = self._robots_for(origin)
            if robots.unreachable:
                raise FetchError(f"robots.txt of {origin} unreadable ({robots.unreachable}); not fetched",
                                 transient=True)
            if not robots.allows(url):
                raise FetchError(f"disallowed by robots.txt of {origin}", disallowed=True)
            with self.throttle.turn(origin, self._host_delay(robots)):
                response, location = self._request(url, headers, self.options.max_bytes)
            if location is None:
                return response
            url = location
        raise FetchError(f"too many redirects (> {self.options.max_redirects})")

    # -- internals ---------------------------------------------------------------------------

    def _host_delay(self, robots: _Robots) -> float:
        crawl_delay = robots.crawl_delay()
        if crawl_delay is None:
            return self.options.delay
        return max(self.options.delay, min(crawl_delay, self.options.max_crawl_delay))

    def _robots_for(self, origin: str) -> _Robots:
        cached = self._robots.get(origin)
        ttl = _UNREACHABLE_TTL if cached is not None and cached.unreachable else _ROBOTS_TTL
        if cached is not None and self.clock() - cached.fetched_at < ttl:
            return cached
        robots = self._read_robots(origin)
        self._robots[origin] = robots
        return robots

    def _read_robots(self, origin: str) -> _Robots:
        """An origin's robots.txt, by RFC 9309: a 4xx means no rules, an error (or 429) means stay away."""
        url = origin + "/robots.txt"
        try:
            for _hop in range(self.options.max_redirects + 1):
                with self.throttle.turn(_origin(url)):
                    response, location = self._request(url, {"Accept": "text/plain"}, _MAX_ROBOTS_BYTES,
                                                       truncate=True)
                if location is None:
                    break
                url = location
            else:
                raise FetchError("too many redirects")
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return _Robots(None, self.clock())
            return _Robots(None, self.clock(), unreachable=str(exc))
        parser = urllib.robotparser.RobotFileParser(url)
        parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return _Robots(parser, self.clock())

    def _request(self, url: str, headers: dict[str, str], max_bytes: int,
                 truncate: bool = False) -> tuple[Response, str | None]:
        """One GET: the response, or the next hop's URL when it redirects."""
        import httpx

        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url[:200]}")
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code in _REDIRECTS and r.headers.get("location"):
                    return Response(url, r.status_code), urljoin(url, r.headers["location"])
                if r.status_code >= 400:
                    transient = r.status_code >= 500 or r.status_code in _TRANSIENT
                    raise FetchError(f"HTTP {r.status_code} {r.reason_phrase}".strip(), transient, r.status_code)
                body = b"" if r.status_code == 304 else self._read_body(r, max_bytes, truncate)
                return Response(str(r.url), r.status_code, body, r.headers.get("etag"),
                                r.headers.get("last-modified"), r.headers.get("content-type")), None
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {self.options.timeout:g} s ({exc.__class__.__name__})",
                             transient=True) from exc
        except httpx.DecodingError as exc:
            raise FetchError(f"undecodable content encoding ({exc})") from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(f"bad URL ({exc})") from exc
        except httpx.TransportError as exc:
            raise FetchError(f"network error ({exc.__class__.__name__}: {exc})", transient=True) from exc

    def _read_body(self, r: httpx.Response, max_bytes: int, truncate: bool) -> bytes:
        """The body, streamed: abandoned once over ``max_bytes`` or past the download deadline."""
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes and not truncate:
            raise FetchError(f"too large ({int(declared)} bytes declared > {max_bytes})")
        deadline = self.clock() + self.options.timeout
        body = bytearray()
        for chunk in r.iter_bytes():
            body += chunk
            if len(body) > max_bytes:
                if truncate:
                    return bytes(body[:max_bytes])
                raise FetchError(f"too large (more than {max_bytes} bytes)")
            if self.clock() > deadline:
                raise FetchError(f"timed out: download longer than {self.options.timeout:g} s", transient=True)
        return bytes(body)


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header value, if any."""
    params = (content_type or "").split(";")[1:]
    return next((p.split("=", 1)[1].strip(" \"'") for p in params if p.strip().lower().startswith("charset=")),
                None)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
