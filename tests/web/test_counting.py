import pytest

from khabar.web.counting import CATEGORIES, counted, noun_forms, plural_category


@pytest.mark.parametrize("n, category", [(0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"), (11, "many"),
                                         (99, "many"), (100, "other"), (101, "other"), (102, "other"),
                                         (103, "few"), (111, "many"), (1000, "other"), (1011, "many")])
def test_plural_category_is_cldr_arabic(n, category):
    assert plural_category(n) == category


@pytest.mark.parametrize("n, noun, expected", [
    (0, "result", "لا نتائج"), (1, "article", "مقالة واحدة"), (2, "article", "مقالتان"), (6, "result", "6 نتائج"),
    (11, "article", "11 مقالة"), (100, "article", "100 مقالة"), (103, "article", "103 مقالات"),
    (1, "event", "حدث واحد"), (2, "event", "حدثان"), (5, "event", "5 أحداث"), (25, "event", "25 حدثًا"),
    (200, "event", "200 حدث"), (2, "mention", "إشارتان"), (12, "month", "12 شهرًا"), (4, "outlet", "4 منافذ"),
    (14, "entity", "14 كيانًا"), (1, "quote", "اقتباس واحد"), (3, "quote", "3 اقتباسات"),
])
def test_a_count_agrees_with_its_number(n, noun, expected):
    assert counted(n, noun) == expected


@pytest.mark.parametrize("noun", sorted(noun_forms()))
def test_every_noun_has_its_six_forms_and_the_number_where_it_is_written(noun):
    forms = noun_forms()[noun]
    assert tuple(forms) == CATEGORIES and all(forms.values())
    assert all("{n}" in forms[c] for c in ("few", "many", "other"))
    assert not any("{n}" in forms[c] for c in ("zero", "one", "two"))  # the dual says the number itself


def test_an_unknown_noun_is_an_error_not_a_wrong_word():
    with pytest.raises(KeyError):
        counted(3, "articel")
