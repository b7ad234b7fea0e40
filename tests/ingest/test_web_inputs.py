"""Web inputs dispatched by their bytes: the root element tells a feed from a page whatever the suffix,
and an error about a whole input keeps its bytes (a part of a crawl or feed, its file's path)."""

from __future__ import annotations

import pytest

from khabar.ingest.records import InputError
from khabar.ingest.web_inputs import web_items

from .test_feed import RSS
from .test_warc import FIRST, SECOND

PAGE = ('<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title></head><body><article>'
        '<h1>افتتاح معرض الكتاب</h1><p>افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات دور النشر.</p>'
        '</article></body></html>')


@pytest.mark.parametrize(("fmt", "data", "kinds"), [
    ("feed", RSS.encode(), ["feed", "feed"]),
    ("html", RSS.encode(), ["feed", "feed"]),  # an .xml or stdin given as a page: its root says feed
    ("feed", PAGE.encode(), ["html"]),  # given as a feed: its root says page
    ("warc", FIRST + SECOND, ["warc", "warc"]),
])
def test_the_bytes_decide_between_a_page_and_a_feed(fmt: str, data: bytes, kinds: list[str]) -> None:
    assert [a.source.kind for a in web_items(fmt, data, "in.xml", "in.xml")] == kinds


def test_an_error_keeps_the_whole_input_or_its_file_for_a_retry() -> None:
    [whole] = web_items("html", b"   ", "page.html", "page.html")
    assert isinstance(whole, InputError) and whole.retry is not None and whole.retry.data == b"   "
    broken = FIRST.replace("مستشفى".encode(), "مدرسةٌ".encode(), 1)  # its digest no longer matches
    part = next(i for i in web_items("warc", broken + SECOND, "crawl.warc", "crawl.warc") if isinstance(i, InputError))
    assert part.item == "crawl.warc#1" and part.retry is not None
    assert (part.retry.path, part.retry.data, part.retry.complete) == ("crawl.warc", b"", False)
