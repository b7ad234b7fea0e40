"""A newsroom form copied as text: a CMS's edit screen or an agency's text export sets the
article's fields one a line, each opened by its label (``العنوان: …``, ``القسم: …``, ``النص:``;
``resources/form_labels.tsv``), dates and bylines under labels the line readers already know.

On such a page (its first text line a headline field, another field line before the prose) the
headline and deck lines are read as their values, and the section, status and body labels are
furniture (a section or status line after the text too); the position rules (:mod:`khabar.structure.layout`) then read the page as any other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.structure.data import norm, read_rows
from khabar.structure.lines import FURNITURE, TEXT, Line

_FIELD = re.compile(r"^(?P<label>[^:：\n]{2,30}?)\s*[:：]\s*(?P<value>.*)$")
_PROSE_MIN_WORDS = 12  # the text has begun once a line this long has been read


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Field label (matching form) → its kind (headline, deck, section, status, body)."""
    return {norm(label): kind for kind, label in read_rows("form_labels.tsv")}


def form_field(text: str) -> tuple[str, str] | None:
    """(kind, value) of a labelled form field line, or None."""
    m = _FIELD.match(text)
    if m is None:
        return None
    kind = _labels().get(norm(m["label"]))
    return (kind, m["value"].strip()) if kind is not None else None


def mark_form(lines: list[Line]) -> None:
    """Read the field lines of a form's head (see the module's docstring); other pages are left as they are."""
    fields: list[tuple[int, str, str]] = []
    for k, line in enumerate(lines):
        if line.kind == TEXT and line.text.count(" ") + 1 >= _PROSE_MIN_WORDS and not form_field(line.text):
            break
        if line.kind == TEXT and (found := form_field(line.text)) is not None:
            fields.append((k, *found))
    if len(fields) < 2 or fields[0][1] != "headline" or not fields[0][2]:
        return
    if any(ln.kind == TEXT for ln in lines[:fields[0][0]]):
        return  # a headline field under other text: an address or a record in an article
    # After the text a form shows the post's section and status again: short field lines.
    fields += [(k, *found) for k in range(fields[-1][0] + 1, len(lines))
               if lines[k].kind == TEXT and lines[k].text.count(" ") < _PROSE_MIN_WORDS
               and (found := form_field(lines[k].text)) is not None and found[0] in ("section", "status")]
    for k, kind, value in fields:
        line = lines[k]
        if kind in ("headline", "deck", "body") and value:
            line.text, line.spaced = value, None  # the field's value; a body label opens the first paragraph
        else:
            line.kind = FURNITURE
