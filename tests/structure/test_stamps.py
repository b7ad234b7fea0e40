"""Machine stamps that date a message (khabar.structure.stamps)."""

from __future__ import annotations

import pytest

from khabar.structure.stamps import stamp_date


@pytest.mark.parametrize(("text", "date"), [
    ("AFP 221512 GMT APR 18", "2018-04-22"),  # a wire's time stamp
    ("ا ف ب 050140 GMT MAR 18", "2018-03-05"),
    ("221512 GMT APR 2018", "2018-04-22"),
    ("05-Mar-18 10:42 PM", "2018-03-05"),  # a chat exporter's
    ("311512 GMT APR 18", None),  # no such day
    ("221512 GMT ABC 18", None),
    ("قال 221512 شخصا", None),
])
def test_stamp_date(text: str, date: str | None) -> None:
    found = stamp_date(text)
    assert (found.value if found else None) == date
