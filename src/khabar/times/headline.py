"""A bare weekday of the headline read as the text beneath it tells that weekday: a headline is
terse, a plan with no future word or a past told in the present, where the body says which."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from khabar.arabic.fold import fold
from khabar.model import Article, TimeExpr
from khabar.times.ranges import Expression
from khabar.times.tense import past_context


def _bare_weekday(e: Expression) -> bool:
    """A weekday with no direction or relative day (الجمعة, not الجمعة المقبل، أمس الجمعة), read as a day."""
    p = e.parsed
    return p is not None and p.kind == "weekday" and p.weekday is not None and p.direction is None \
        and p.relday is None and e.value is not None and len(e.value) == 10


def _told_past(texts: dict[tuple[str, int], str], mention: TimeExpr) -> bool:
    """Whether a perfect verb of its clause tells the body's bare weekday ``mention`` past (زار الرئيس
    القاهرة الثلاثاء)."""
    text = texts.get((mention.field, mention.paragraph))
    if text is None:
        return False
    folded = fold(text)
    return past_context(folded, text, bisect_left(folded.index, mention.start))


def headline_weekdays_as_told(article: Article, mentions: list[TimeExpr], readings: list[Expression]) -> None:
    """A bare weekday of the headline is the day the rest of the article says that weekday is: a
    headline is terse, a plan with no future word or a past told in the present (الخميس.. "الصقور
    السعودية" تحلّق في سماء الباحة over الخميس المقبل; الرئيس يزور القاهرة الثلاثاء over زار الرئيس
    القاهرة الثلاثاء), where the text beneath it tells which by a direction, a date, a relative day
    (غدا الخميس), a future context or a perfect verb of its clause. A bare weekday there read by
    default with no verb that tells says nothing (يتبنى مجلس الأمن على الأرجح صباح الجمعة, read past,
    under مجلس الأمن يصوت الجمعة). ``mentions`` and ``readings`` are aligned, one per expression."""
    texts: dict[tuple[str, int], str] = {}
    told: dict[int, str] = {}
    past: dict[int, str] = {}  # told by a perfect verb only: any other telling outweighs it
    for mention, e in zip(mentions, readings, strict=True):
        p = e.parsed
        if mention.field == "headline" or p is None or p.weekday is None or e.value is None \
                or len(e.value) != 10 or dt.date.fromisoformat(e.value).weekday() != p.weekday:
            continue  # (not a date its weekday disagrees with: الخميس 28 و29)
        if p.direction is not None or p.relday is not None or p.kind != "weekday" or e.future:
            told.setdefault(p.weekday, e.value)
        elif _bare_weekday(e) and p.weekday not in past:
            texts = texts or {(field, paragraph): text for field, paragraph, text in article.units()}
            if _told_past(texts, mention):
                past[p.weekday] = e.value
    told = past | told
    for mention, e in zip(mentions, readings, strict=True):
        if mention.field == "headline" and _bare_weekday(e) and e.parsed.weekday in told:  # type: ignore[union-attr]
            e.value = mention.value = told[e.parsed.weekday]  # type: ignore[union-attr]
