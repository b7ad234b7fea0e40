"""Fuzzing the feed reader: generated feed-like documents (RSS/Atom tags nested at random, unclosed,
in UTF-8, UTF-16 or Windows-1256, with trailing junk bytes) give articles and errors, never an exception.

The suite runs 200 inputs; ``KHABAR_FUZZ_EXAMPLES=10000`` runs the acceptance-size fuzz.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.ingest.feeds import iter_feed
from khabar.ingest.records import InputError
from khabar.model import Article

EXAMPLES = int(os.environ.get("KHABAR_FUZZ_EXAMPLES", "200"))
TAGS = ["rss", "channel", "item", "title", "link", "guid", "pubDate", "description", "content:encoded", "feed",
        "entry", "updated", "summary", "content", "author", "category", "id", "p", "br", "script", "dc:creator"]
ATTRIBUTES = ["", ' href="http://example.invalid/a"', ' type="html"', ' xmlns="http://www.w3.org/2005/Atom"',
              ' version="2.0"', ' isPermaLink="false"', ' rel="alternate"']
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["أقر البرلمان الموازنة", "&lt;p&gt;نص&lt;/p&gt;", "<![CDATA[<p>خبر</p>]]>", "Mon, 15 Mar 2021 10:30:00 +0200",
     "2019-06-02T21:40:00Z", "&nbsp;", "&#1575;"])


@st.composite
def element(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 3 or draw(st.booleans()):
        return draw(TEXT)
    tag = draw(st.sampled_from(TAGS))
    inner = "".join(draw(st.lists(element(depth + 1), max_size=3)))
    close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", f"</{tag}"]))  # mostly closed, sometimes broken
    return f"<{tag}{draw(st.sampled_from(ATTRIBUTES))}>{inner}{close}"


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(doc=element(), encoding=st.sampled_from(["utf-8", "utf-16", "cp1256"]), junk=st.binary(max_size=16))
def test_generated_feeds_never_raise(doc: str, encoding: str, junk: bytes) -> None:
    data = f'<?xml version="1.0" encoding="{encoding}"?>{doc}'.encode(encoding, "replace") + junk
    for result in iter_feed(data, "fuzz.xml"):
        assert isinstance(result, (Article, InputError))
