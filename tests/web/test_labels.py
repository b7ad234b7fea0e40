import pytest

from khabar.events.lexicon import resource_rows
from khabar.web.labels import label


@pytest.mark.parametrize("code, expected", [("PER", "شخص"), ("ORG", "منظمة"), ("GPE", "دولة/مدينة"),
                                            ("LOC", "مكان"), ("FAC", "منشأة"), ("NORP", "جماعة/جنسية"),
                                            ("EVENT", "حدث"), ("LAW", "قانون"), ("PRODUCT", "منتج")])
def test_entity_types_have_arabic_names(code, expected):
    assert label(code, "entity_type") == expected


@pytest.mark.parametrize("code, expected", [("ASSAULT", "اعتداء"), ("CONSULT", "تشاور"), ("RETREAT", "انسحاب"),
                                            ("01", "تصريح")])
def test_event_categories_have_arabic_names(code, expected):
    assert label(code, "event_category") == expected


def test_every_plover_category_of_the_cameo_table_has_a_name():
    categories = {row[3] for row in resource_rows("cameo_roots.tsv") if row[3] != "-"}
    assert categories
    assert all(label(c, "event_category") != c for c in categories)


@pytest.mark.parametrize("code, kind, expected", [("XYZ", "entity_type", "XYZ"), (None, "entity_type", ""),
                                                  ("GPE", "event_category", "GPE")])
def test_a_code_without_a_name_is_shown_as_it_is(code, kind, expected):
    assert label(code, kind) == expected


def test_named_codes_lists_one_kind_in_table_order():
    from khabar.web.labels import named_codes

    categories = named_codes("event_category")
    assert categories[0] == ("01", "تصريح") and ("ASSAULT", "اعتداء") in categories
    assert all(code != "PER" for code, _ in categories)


@pytest.mark.parametrize("code, expected", [("LB", "لبنان"), ("sa", "المملكة العربية السعودية"), ("TN", "تونس"),
                                            ("ZZX", "ZZX"), (None, "")])
def test_a_country_code_is_named_in_arabic(code, expected):
    from khabar.web.labels import country_name

    assert country_name(code) == expected
