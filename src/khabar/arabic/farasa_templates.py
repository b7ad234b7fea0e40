"""farasa's root-template feature (``farasa.fitTemplateClass.fitTemplate``), computed faster.

farasa loops over every template of a stem's length but only the last one's result survives the
loop (its root check sits after it), and it fills a root slot ``f`` with the letter "f" itself.
Reproducing that behaviour exactly, without the dead work, keeps the segmenter's output identical
while making this feature, which every candidate stem needs, cheap.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from khabar.arabic.memo import memo

_ALEFS = re.compile("[\u0623\u0622\u0625]")
_BUCK_TO_MORPH = str.maketrans({"$": "P", "Y": "y", "'": "A", "|": "A", "&": "A", "}": "A", "*": "O",
                                "<": "A", ">": "A"})


@cache
def _module() -> Any:
    import warnings

    with warnings.catch_warnings():  # farasa uses deprecated importlib.resources calls
        warnings.simplefilter("ignore", DeprecationWarning)
        from farasa import fitTemplateClass
        from farasa.arabic_utils import utilities
    return fitTemplateClass, utilities.a2b_translation_table


def _fit_stem(buck: str) -> str:
    """``fitStemTemplate`` on a Buckwalter-transliterated stem."""
    ft, _ = _module()
    if len(buck) not in ft.Templates:
        return "Y"
    if len(buck) == 2:
        return "fE" if (buck + buck[1:]).translate(_BUCK_TO_MORPH) in ft.hmRoot else "Y"
    template = ft.Templates[len(buck)][-1]
    root = _root(template, buck)
    if root is None:
        return "Y"
    roots = [root] if root in ft.hmRoot else _weak_letter_variants(root, ft.hmRoot)
    if not roots:
        return "Y"
    best = max(ft.hmRoot[r] * ft.hmTemplate[template] for r in roots)
    return template if best > 0 else ""


def _root(template: str, buck: str) -> str | None:
    """The root the template reads off the stem, or None when the stem breaks the template."""
    root = ""
    first_e = first_l = -1
    for i, ch in enumerate(template):
        if ch == "f":
            root += ch
        elif ch == "E":
            if first_e == -1:
                root += buck[i]
                first_e = i
            elif buck[i] != buck[first_e]:
                return None
        elif ch == "l":
            if first_l == -1:
                root += buck[i]
                first_l = i
            elif buck[i] != buck[first_l]:
                return None
        elif ch == "C":
            root += buck[i]
        elif buck[i] != ch:
            return None
    return root.translate(_BUCK_TO_MORPH)


def _weak_letter_variants(root: str, roots: dict[str, float]) -> list[str]:
    out = []
    for j, ch in enumerate(root):
        if ch in "yAw":
            head, tail = root[:j], root[j + 1:]
            out.extend(head + weak + tail for weak in "wyA" if head + weak + tail in roots)
    return out


@memo(300_000)
def fit_template(word: str) -> str:
    """The template farasa assigns to an Arabic stem ("Y" when none fits)."""
    _, a2b = _module()

    def fit(s: str) -> str:
        return _fit_stem(s.translate(a2b))

    tmp = fit(word)
    if "Y" in tmp and word.endswith(("\u0629", "\u064a")):
        tmp = fit(word[:-1])
    if "Y" in tmp and word.endswith("\u064a\u0629"):
        tmp = fit(word[:-2])
    if "Y" in tmp and word.endswith("\u0649"):
        tmp = fit(word[:-1] + "\u064a")
    if "Y" in tmp and _ALEFS.search(word):
        tmp = fit(_ALEFS.sub("\u0627", word))
    if "Y" in tmp and len(word) > 1:
        tmp = fit(word + word[-1:])
    if "Y" in tmp and word.startswith("\u0627\u062a"):
        tmp = fit(word[:1] + "\u0648" + word[1:])
    if "Y" in tmp and len(word) >= 5 and word[2:3] in ("\u0637", "\u062f"):
        potential = fit(word[:2] + "\u062a" + word[3:])
        if len(potential) > 3 and potential[2:3] == "t":
            tmp = potential
    if "Y" in tmp and "\u0622" in word:
        tmp = fit(word.replace("\u0622", "\u0623\u0627"))
    if "Y" in tmp and re.search("[\u0624\u0626]", word):
        tmp = fit(word.replace("\u0626", "\u0621").replace("\u0624", "\u0621"))
    return tmp
