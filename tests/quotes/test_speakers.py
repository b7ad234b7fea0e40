"""Speakers a phrase names (khabar.quotes.speakers): relayed and unnamed sources."""

from __future__ import annotations

import pytest

# (paragraph, (cue, speaker words or None, via words or None))
RELAYED = [
    # a relaying verb with عن and a complementizer: the source speaks, the relayer is the channel
    ("ونقلت وكالة الأنباء الرسمية عن الرئيس أن الانتخابات ستجرى في موعدها.",
     ("ونقلت", "الرئيس", "وكالة الأنباء الرسمية")),
    # an unnamed source keeps no name, whatever its country
    ("ونقلت رويترز عن مسؤول إسرائيلي قوله إن الأنباء غير صحيحة.", ("قوله", None, "رويترز")),
    ("وقال دبلوماسي غربي إن القرار نهائي.", ("وقال", None, None)),
    # a named office keeps its words
    ("وقال وزير الخارجية الإسرائيلي إن القرار نهائي.", ("وقال", "وزير الخارجية الإسرائيلي", None)),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED)
def test_relayed_and_unnamed_sources(analyse, text, expected):
    (quote,) = analyse([text]).quotes
    assert (quote.cue, quote.speaker.text if quote.speaker else None, quote.via.text if quote.via else None) == expected
