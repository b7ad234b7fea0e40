"""Words opening a condition, one list for the stages that read them (so that neither imports the
other).

``resources/conditionals.tsv``: a ``particle`` opens a condition wherever it stands (إذا، لو، لولا);
a ``noun`` only after a preposition (في حال رفضت; في حالة تأهب is a state).  The events stage takes
no act from a clause one opens (إذا انسحبت أمريكا: supposed, not reported); the times stage reads an
anaphor answering one as 'in that case', no time (إذا وجد نفسه ... فهو حينئذ يحتاج).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from khabar.datafiles import tsv_rows

#: The package's shared tables (beside city_aliases.tsv, which khabar.towns reads).
RESOURCES = Path(__file__).parent / "resources"
KINDS = ("particle", "noun")


@lru_cache(maxsize=2)
def condition_words(kind: str) -> tuple[str, ...]:
    """The words of ``kind`` (``particle`` or ``noun``) in ``resources/conditionals.tsv``, as written."""
    if kind not in KINDS:
        raise KeyError(kind)
    rows = tsv_rows((RESOURCES / "conditionals.tsv").read_text(encoding="utf-8"))
    return tuple(word for word, row_kind in rows if row_kind == kind)
