"""Lines naming an outlet or agency (:mod:`khabar.structure.outlets`)."""

from __future__ import annotations

import pytest

from khabar.structure.data import read_rows
from khabar.structure.outlets import is_outlet, labelled_outlet, opens_with_outlet
from khabar.structure.related_headers import related_header


@pytest.mark.parametrize(("kind", "name"), [r for r in read_rows("outlets.tsv")])
def test_every_outlet_entry(kind: str, name: str) -> None:
    if kind in ("platform", "source_link"):
        return  # a web page's host, a link to a piece's source: tests/structure/test_html.py
    if kind == "provider":  # a syndicated piece's provider line, no colon
        assert labelled_outlet(f"{name} سكاي نيوز عربية") == "سكاي نيوز عربية"
        assert labelled_outlet(f"{name} الوزير إلى الحكومة") is None
        return
    if kind == "more":  # a block of the outlet's other pieces
        assert related_header(f"{name} سكاي نيوز عربية") == ""
        assert related_header(f"{name} التفاصيل حول القرار") is None
        return
    if kind == "edition":  # a masthead's edition after the outlet's name, not after another word
        assert opens_with_outlet(f"سبوتنيك {name}") and not opens_with_outlet(f"الحكومة {name}")
        return
    if kind == "label":
        assert labelled_outlet(f"{name}: رويترز") == "رويترز"
        assert labelled_outlet(f"{name}: قال الوزير إن الخطة ستطبق") is None
        return
    line = name if kind == "name" else f"{name} الأفق" if not name.startswith(".") else f"الأفق{name}"
    assert is_outlet(line.strip())
