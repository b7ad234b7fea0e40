"""khabar.hijri: the Umm al-Qura day of a Hijri date, None where the calendar has none."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.hijri import umm_al_qura_day


@pytest.mark.parametrize(("hijri", "gregorian"), [
    ((1439, 9, 1), dt.date(2018, 5, 16)),  # 1 Ramadan 1439
    ((1439, 12, 19), dt.date(2018, 8, 30)),  # 19 Dhu al-Hijja 1439 (واس's dateline)
    ((1440, 1, 1), dt.date(2018, 9, 11)),  # the Hijri new year
    ((1439, 10, 30), None),  # Shawwal 1439 had 29 days
    ((1439, 13, 1), None),  # no thirteenth month
    ((1587, 9, 1), None),  # past the tables: a count read as a year (شهر رمضان 1587 زيارة)
])
def test_umm_al_qura_day(hijri: tuple[int, int, int], gregorian: dt.date | None) -> None:
    assert umm_al_qura_day(*hijri) == gregorian
