"""Browser tests: Playwright drives Debian's chromium against the app served in-process.

Screenshots go to artifacts/ (gitignored).  Skipped, with the reason, when chromium is absent
(`make test` installs it through the `browser` target).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar.api import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium not installed at /usr/bin/chromium "
                       "(run `make browser` or `apt-get install chromium`)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def serve() -> Iterator:
    """Start the app over a database on a free port; yields a function db_path -> base URL."""
    import uvicorn

    servers = []

    def start(db: Path) -> str:
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 15
        while not server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_open_article_follow_entity_rtl(browser, serve, sample_db):
    base = serve(sample_db)
    page = browser.new_page(locale="ar")
    page.goto(base + "/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.fill("input[name=q]", "للانسحاب")
    page.click("button[type=submit]")
    page.wait_for_selector("li.hit")
    assert page.locator("li.hit").count() == 2
    assert page.locator("li.hit mark").count() >= 2
    # Right-to-left layout: the results column starts at the right, the facets sit to its left.
    results, facets = page.locator("section.results").bounding_box(), page.locator("aside.facets").bounding_box()
    assert facets["x"] + facets["width"] <= results["x"] + 1
    _shot(page, "search")

    page.click("li.hit a.headline >> nth=0")
    page.wait_for_selector("article.article")
    assert page.locator(".body a.mk-entity").count() >= 1
    assert page.locator(".mk-quote").count() >= 1
    assert page.locator("a.original").get_attribute("href").endswith("/raw")
    _shot(page, "article")

    page.locator(".body a.mk-entity.ent-PER").first.click()
    page.wait_for_selector("section.entity")
    assert "الحريري" in page.locator("h1").inner_text()
    assert page.locator("svg.timeline rect").count() >= 2
    _shot(page, "entity")

    page.goto(base + "/ui/map")
    assert page.locator("svg.map circle.place").count() == 2
    _shot(page, "map")
    page.close()


def test_the_first_tab_shows_a_link_that_skips_to_the_page_content(browser, serve, sample_db):
    base = serve(sample_db)
    page = browser.new_page()
    page.goto(base + "/ui/events")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert skip.bounding_box()["width"] > 20  # shown once focused, hidden (1px) before
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")  # the next stop is the page's first field, past the menu
    assert page.evaluate("document.activeElement.closest('main') !== null")
    page.close()


def test_pages_work_without_javascript(browser, serve, sample_db):
    base = serve(sample_db)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "/ui/search")
    page.fill("input[name=q]", "دمشق")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("li.hit")
    assert page.locator("li.hit").count() == 1
    page.click("aside.facets a >> nth=0")  # a facet link narrows the search
    page.wait_for_selector("p.active-filters")
    context.close()


def test_untrusted_text_never_runs(browser, serve, hostile_db):
    base = serve(hostile_db)
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for url in ("/ui/search?q=الانسحاب", "/ui/search", "/ui/articles/x%3Cscript%3E", "/ui/entities",
                "/ui/entities/PER%3A%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E", "/articles/x%3Cscript%3E/raw"):
        page.goto(base + url)
        page.mouse.move(200, 200)
        for el in page.locator("a, span, h1").all()[:40]:
            el.hover(timeout=2000, force=True)
        assert page.evaluate("window.__pwned") is None, url
        assert page.locator("img").count() == 0, url
    _shot(page, "hostile")
    assert dialogs == []
    page.close()


PHONE_PAGES = ["/ui/search", "/ui/search?q=للانسحاب", "/ui/articles/a1", "/ui/entities/PER%3ASaad%20Hariri",
               "/ui/entities", "/ui/events", "/ui/map", "/ui/stats", "/ui/quotes"]


def test_phone_width_pages_never_scroll_sideways(browser, serve, sample_db):
    base = serve(sample_db)
    page = browser.new_page(viewport={"width": 390, "height": 844}, locale="ar")
    for url in PHONE_PAGES:
        page.goto(base + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (url, width)
    page.goto(base + "/ui/events")
    assert page.locator("table.cards tr td[data-label]").count() >= 1  # rows read as labelled cards
    _shot(page, "events-phone")
    page.close()
