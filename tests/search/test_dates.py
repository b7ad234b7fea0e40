import pytest

from khabar.search import QueryError
from khabar.search.dates import date_bound


@pytest.mark.parametrize("value, low, high", [
    ("2018", "2018", "2018~"),
    ("2018-06", "2018-06", "2018-06~"),
    ("2018-06-14", "2018-06-14", "2018-06-14~"),
    ("1439-09", "2018-05-16", "2018-06-14~"),  # Ramadan 1439, by Umm al-Qura
    ("1439-09-01", "2018-05-16", "2018-05-16~"),
    ("1439", "2017-09-21", "2018-09-10~"),  # 1 Muharram 1439 to 29 Dhu al-Hijja 1439
    ("1439-12", "2018-08-12", "2018-09-10~"),  # the year's last month ends the day before 1440 begins
])
def test_a_date_bound_is_its_gregorian_or_hijri_day_month_or_year(value, low, high):
    assert date_bound(value, "date_from", upper=False) == low
    assert date_bound(value, "date_to", upper=True) == high


@pytest.mark.parametrize("value, reason", [
    ("1/6/2018", "date_to must be a date as YYYY, YYYY-MM or YYYY-MM-DD"),
    ("رمضان 1439", "a Hijri year such as 1439-09"),
    ("2018-02-30", "date_to: 2018-02-30 is not a day of the calendar"),
    ("1439-02-30", "date_to: 1439-02-30 is not a day of the Hijri calendar"),  # Safar 1439 had 29 days
])
def test_a_malformed_date_is_one_line_naming_it(value, reason):
    with pytest.raises(QueryError, match=reason) as error:
        date_bound(value, "date_to", upper=True)
    assert "\n" not in str(error.value)
