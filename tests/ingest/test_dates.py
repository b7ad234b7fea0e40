"""Record dates as ISO 8601."""

from __future__ import annotations

import pytest

from khabar.ingest.dates import iso_date


@pytest.mark.parametrize("value, expected", [
    ("2017-01-20T21:43:00+01:00", "2017-01-20T21:43:00+01:00"),   # ISO with offset (Jawhara FM)
    ("2018-03-05T10:00:00Z", "2018-03-05T10:00:00+00:00"),
    ("Fri, 16 Feb 2018 22:08:10 +0400", "2018-02-16T22:08:10+04:00"),  # RSS (ANT multisource)
    ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),                # crawl time (SaudiNewsNet)
    ("2018-02-16", "2018-02-16"),
    ("2018-13-01", None),
    ("14/11/2017", None),  # page-style dates are the structure stage's business
    ("", None),
    (None, None),
])
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected
