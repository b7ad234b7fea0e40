"""Actor spans settled after the actors are found: a count before people joins them (عشرات
العراقيين), and a people noun in the same case describes the people before it (العراقيين المحتجين).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.arabic import Token
from khabar.arabic.inflection import fold, folded_bare
from khabar.events.lexicon import word_set
from khabar.events.titles import ELATIVES  # superlatives: one before an indefinite noun heads it (أعلى محكمة)

if TYPE_CHECKING:
    from khabar.events.actors import Actor

NUMBER_WORDS = word_set("numbers", strip_article=True)
COUNT_WORDS = word_set("counts")
#: Words bounding a count before من/عن/على (أكثر من 40 آخرين، ما لا يقل عن 10): part of the counted party.
_COUNT_BOUNDS = word_set("count_bounds")
_BOUND_PREPOSITIONS = word_set("bound_prepositions")


def counted(tok: Token) -> bool:
    """Whether a phrase opening with this word is a count of people (ثلاثة، 12، عشرات)."""
    return tok.kind == "number" or folded_bare(tok.text) in NUMBER_WORDS


def count_prefix(toks: list[Token], actor: Actor) -> None:
    """A count before people is part of their span: ثلاثة مسلحين, 590 شخصا.  An entity mention keeps
    its name as the text (عشرات العراقيين → العراقيين): the count says how many, not who."""
    k = actor.first - 1
    if actor.entity_type == "PER" or k < 0:
        return
    if k > 0 and fold(toks[k].text) == "من" and _counts(toks[k - 1]):
        actor.first, actor.start = k - 1, toks[k - 1].start  # مئات من العمال: a partitive count
        k -= 2
    named = actor.first
    while k >= 0 and actor.first - k <= 2 and counted(toks[k]):
        actor.first, actor.start = k, toks[k].start  # حوالي 4000 شخص
        k -= 1
    if actor.first < named and k > 0 and fold(toks[k].text) in _BOUND_PREPOSITIONS and fold(toks[k - 1].text) in _COUNT_BOUNDS:
        k -= 1  # أكثر من 20 شخصا، ما لا يقل عن 10 أشخاص: the bound is part of the count
        while k > 0 and actor.first - k < 4 and fold(toks[k - 1].text) in ("ما", "لا"):
            k -= 1
        actor.first, actor.start = k, toks[k].start


def elative_prefix(toks: list[Token], actor: Actor) -> None:
    """A superlative before an indefinite body noun is part of its span: رفضت أعلى محكمة للاستئناف
    (the highest court rejects), أكبر نقابة عمالية.  Not before a name or a definite noun, which the
    superlative does not govern (أكبر الأحزاب is a partitive, the party list is a name)."""
    k = actor.first - 1
    if (k < 0 or actor.entity is not None or not actor.agent or toks[k].kind != "word"
            or folded_bare(toks[k].text) not in ELATIVES or fold(toks[actor.first].text).startswith("ال")):
        return
    actor.first, actor.start = k, toks[k].start


def past_bound(toks: list[Token], k: int) -> int:
    """Where the count starts after a bound at k (أكثر من 40، ما لا يقل عن 10: the 40, the 10), else k:
    :func:`count_prefix` read forward, for a count after a verb."""
    j = k
    if j < len(toks) and fold(toks[j].text) == "ما":
        j += 1
        if j < len(toks) and fold(toks[j].text) == "لا":
            j += 1
    if (j + 1 < len(toks) and fold(toks[j].text) in _COUNT_BOUNDS
            and fold(toks[j + 1].text) in _BOUND_PREPOSITIONS):
        return j + 2
    return k


def _counts(tok: Token) -> bool:
    """A number or a count word, also in the accusative (عددا من المواطنين); with the article only
    a count of the ``counts`` class (المئات من الطلبة), not a day (اليوم الأحد من جنود)."""
    if tok.kind == "number" or fold(tok.text) in COUNT_WORDS:
        return True
    if fold(tok.text).startswith("ال"):
        return False
    word = folded_bare(tok.text)
    return word in NUMBER_WORDS or (word.endswith("ا") and word[:-1] in NUMBER_WORDS)


def merge_agreeing_plurals(actors: list[Actor], toks: list[Token], text: str) -> list[Actor]:
    """A people noun right after people in the same case and definiteness describes them
    (العراقيين المحتجين: the protesting Iraqis), while a subject and its object differ in case
    (هاجم المسلحون المدنيين)."""
    out: list[Actor] = []
    for actor in actors:
        prev = out[-1] if out else None
        if prev is not None and _describes(toks, prev, actor):
            prev.last, prev.end = actor.last, actor.end
            prev.agent = prev.agent or actor.agent
            if not prev.entity:
                prev.text = text[prev.start: prev.end]
            continue
        out.append(actor)
    return out


def _describes(toks: list[Token], prev: Actor, actor: Actor) -> bool:
    if actor.first != prev.last + 1 or actor.first != actor.last or actor.entity or not actor.agent:
        return False
    one, two = fold(toks[prev.last].text), fold(toks[actor.first].text)
    return (one.startswith("ال") == two.startswith("ال") and len(one) > 4 and len(two) > 4
            and any(one.endswith(p) and two.endswith(p) for p in ("ين", "ون")))
