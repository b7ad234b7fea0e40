"""The end of an article's text on a page: what follows a wire's end mark or a mailing's
subscription notice is no paragraph."""

from __future__ import annotations

import re

from khabar.structure.furniture import is_subscription_notice
from khabar.structure.lines import (
    FURNITURE,
    RELATED_HEADER,
    TEXT,
    Line,
)
from khabar.structure.regions import is_prose
from khabar.structure.related import headline_like

#: A wire's or press release's end mark (``-انتهى-``, ``// انتهى //``, KUNA's ``(النهاية)``): the
#: article's text is over. النهاية only between brackets or dashes: bare, it is a subheading ("the end").
_END_MARK = re.compile(r"[-–—ـ/(\s]*(?:انتهى|انتهي)[-–—ـ/)\s]*|[-–—ـ/(]+\s*النهاية\s*[-–—ـ/)]+")


def mark_after_end(lines: list[Line], head: int) -> None:
    """Text after the end mark that closes the article's prose (a company's boilerplate, a media
    contact), or after a mailing's subscription notice (the service's postal address), is no
    paragraph; related blocks after it stay related."""
    prose = False
    for k in range(head + 1, len(lines)):
        line = lines[k]
        if not prose:
            prose = is_prose(line)
        elif line.kind == FURNITURE and (_END_MARK.fullmatch(line.text) or is_subscription_notice(line.text)):
            links = False  # the headlines under a related header after the mark are links, left to mark_related
            for after in lines[k + 1:]:
                links = after.kind == RELATED_HEADER or links and after.kind == TEXT and headline_like(after.text)
                if after.kind == TEXT and not links:
                    after.kind = FURNITURE
            return
