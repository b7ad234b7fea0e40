"""Channels: the outlet or medium a speaker's words went through (khabar.quotes.channels)."""

from __future__ import annotations

import pytest

# (paragraph, (speaker words, channel words))
CHANNELS = [
    # a news agency after ل
    ("وقال وزير الخارجية لرويترز إن المحادثات مستمرة.", ("وزير الخارجية", "رويترز")),
    # a medium's noun after ل with its name
    ("وقال وزير الخارجية لوكالة الأنباء الألمانية إن المحادثات مستمرة.", ("وزير الخارجية", "وكالة الأنباء الألمانية")),
    # an interview with a medium
    ("وقال وزير الخارجية في مقابلة مع إذاعة موزاييك إن المحادثات مستمرة.", ("وزير الخارجية", "إذاعة موزاييك")),
    # a quoted outlet after ل written apart
    ('وقال وزير الخارجية لـ"العربية.نت" إن المحادثات مستمرة.', ("وزير الخارجية", "العربية.نت")),
    # a body whose name begins with ل is no channel after the speaker's title
    ("وأكد يورغن كلوب مدرب ليفربول الإنجليزي أن فريقه يستحق الفوز.", ("يورغن كلوب", None)),
]


@pytest.mark.parametrize(("text", "expected"), CHANNELS)
def test_channel_after_speaker(analyse, text, expected):
    (quote,) = analyse([text]).quotes
    assert (quote.speaker.text if quote.speaker else None, quote.via.text if quote.via else None) == expected
