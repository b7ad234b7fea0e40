"""The data-file convention every stage's loaders share."""

import pytest

from khabar.datafiles import data_lines, resource_text, tsv_records, tsv_rows

TABLE = "# a comment\nname\ttype\tcued\n\nAl Ahly SC\tORG\tالأهلي\n  \n# another\nZamalek SC\tORG\n"


def test_data_lines_skip_comments_and_blank_lines():
    assert data_lines(TABLE) == ["name\ttype\tcued", "Al Ahly SC\tORG\tالأهلي", "Zamalek SC\tORG"]


def test_tsv_rows_split_on_tabs_only():
    assert tsv_rows("a b\tc\n#x\td\n") == [["a b", "c"]]


@pytest.mark.parametrize("text, records", [
    (TABLE, [{"name": "Al Ahly SC", "type": "ORG", "cued": "الأهلي"},
             {"name": "Zamalek SC", "type": "ORG", "cued": None}]),  # a short row: None, as csv does
    ("# only a comment\n", []),
    ("name\ttype\n", []),
])
def test_tsv_records(text, records):
    assert tsv_records(text) == records


@pytest.mark.parametrize("package, name, line", [
    ("khabar.structure", "hijri_months.tsv", "رمضان"),  # a stage's table
    ("khabar.arabic", "segment_exceptions.tsv", "\t"),  # read by one name, not one of a family
])
def test_resource_text_reads_a_stage_data_file(package, name, line):
    assert any(line in row for row in data_lines(resource_text(package, name)))
