"""A local news site for the watch tests: an http.server in a thread serving composed Arabic feeds and
pages, honouring ETag / If-Modified-Since, and recording every request (time, path, headers).

Never the internet: everything is on 127.0.0.1 at a free port.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None  # a redirect target
    delay: float = 0.0  # seconds before answering
    gate: threading.Event | None = None  # answer only once this is set
    declare_length: bool = True  # False: no Content-Length, the body ends when the connection closes


@dataclass
class Request:
    at: float  # time.monotonic() when it arrived
    path: str
    headers: dict[str, str]


@dataclass
class Site:
    """Routes by path; ``requests`` in arrival order; ``arrived[path]`` is set when a path is asked."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    arrived: dict[str, threading.Event] = field(default_factory=dict)
    base: str = ""

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def count(self, path: str) -> int:
        return self.paths().count(path)

    def arrival(self, path: str) -> threading.Event:
        return self.arrived.setdefault(path, threading.Event())


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            site.requests.append(Request(time.monotonic(), self.path, dict(self.headers.items())))
            site.arrival(self.path).set()
            route = site.routes.get(self.path)
            if route is None:
                return self._answer(404, b"not found", "text/plain")
            if route.gate is not None:
                route.gate.wait(30)
            if route.delay:
                time.sleep(route.delay)
            if route.location:
                status = route.status if 300 <= route.status < 400 else 302
                return self._answer(status, b"", "text/plain", {"Location": route.location})
            validators = {k: v for k, v in (("ETag", route.etag), ("Last-Modified", route.last_modified)) if v}
            if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                    route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified):
                return self._answer(304, b"", None, validators)
            return self._answer(route.status, route.body, route.content_type, validators, route.declare_length)

        def _answer(self, status: int, body: bytes, content_type: str | None, headers: dict[str, str] | None = None,
                    declare_length: bool = True) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if declare_length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if status != 304:
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (size cap)
                    self.wfile.write(body)

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up (killed, or over its size cap) is part of the tests, not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LocalSite:
    """``with LocalSite() as site:`` serves ``site.routes`` at ``site.base`` until the block ends."""

    def __enter__(self) -> Site:
        self.site = Site()
        self.server = _Server(("127.0.0.1", 0), _handler(self.site))
        self.site.base = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()
        return self.site

    def __exit__(self, *exc: object) -> None:
        for route in self.site.routes.values():
            if route.gate is not None:
                route.gate.set()
        self.server.shutdown()
        self.server.server_close()


def page(title: str, paragraphs: list[str], published: str = "2024-05-02T09:15:00+03:00") -> bytes:
    """A small Arabic article page: head metadata, navigation, the article, a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | الوطن اليوم</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>جميع الحقوق محفوظة</footer></body></html>""".encode()


def rss(title: str, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed; items are (title, link, pubDate)."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{d}</pubDate>"
                      f"<description>{t}</description></item>" for t, link, d in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{title}</title><link>http://example.invalid/</link>
<description>آخر الأخبار</description>{entries}</channel></rss>""".encode()


def atom(title: str, items: list[tuple[str, str, str]]) -> bytes:
    """An Atom feed; items are (title, link, updated)."""
    entries = "".join(f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id><updated>{d}</updated>'
                      f"<summary>{t}</summary></entry>" for t, link, d in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title><id>urn:watch-test</id>
<updated>2024-05-02T10:00:00Z</updated>{entries}</feed>""".encode()
