"""Bodies and facilities named after a royal or a sheikh: a head noun, a title and the name
(جامعة الملك سعود, مستشفى الملك فهد, مركز الملك عبدالعزيز للحوار الوطني, جامع الملك فيصل).  The
tagger reads the title and the name as a person and the lexicon the title as a role, so the
linker takes these spans before either (:meth:`~khabar.entities.linking.UnitLinker.run`).
A head the lexicon knows no alias with keeps its proclitic in the lexicon's key (بحديقة, وبقاعة):
its clitic readings are read too, and the mention starts past the proclitic (بحديقة الملك فهد
المركزية: حديقة الملك فهد المركزية)."""

from __future__ import annotations

from functools import lru_cache

from khabar.entities.bodies import Span
from khabar.entities.cues import READINGS
from khabar.entities.keys import fold, written_length
from khabar.entities.lexicon import folded_word_list, word_list
from khabar.entities.matcher import Match
from khabar.entities.roles import RoleReader
from khabar.entities.verbtrim import name_words, reads_as_verb

#: Words of the name after the title (فهد بن عبدالعزيز آل سعود).
MAX_NAME_WORDS = 5
#: Name-likeness (the tagger's) a word the lexicons do not know as a name needs to be one.
NAME_LIKENESS = 0.0
#: آل folded: like the words of ``name_links.txt`` (بن, عبد), the next word belongs to the name.
FAMILY = "ال"


def eponym_spans(finder: RoleReader, matches: list[Match]) -> list[Span]:
    """Spans of a head (``eponym_heads.txt``: جامعة, مركز, a body; ``person_named_heads.txt``:
    مستشفى, جامع, a facility; ``eponym_towns.txt``: مدينة, a town, or a body with a remit), a title of ``eponym_titles.txt`` (الملك, الأمير, الشيخ) and the name
    after it, and its adjectives (مركز الملك عبدالله المالي); a body's name runs on over its remit
    (مركز الملك عبدالعزيز للحوار الوطني).  A lexicon name from the head on is left to the lexicon
    (جامعة الملك سعود, King Saud University)."""
    raw = word_list("eponym_titles")  # (a title between a head and a name has no proclitic)
    out: list[Span] = []
    n = len(finder.tokens)
    for t in [i for i, w in enumerate(finder.texts) if w in raw and 0 < i < n - 1]:
        if out and t <= out[-1].last:
            continue
        head = t - 1
        listed = next(((type_, clitic) for type_, heads in _HEAD_LISTS
                       if (clitic := listed_head_clitic(finder, head, heads)) is not None), None)
        if listed is None:
            continue
        type_, clitic = listed
        if finder.is_definite(head) or any(m.first <= head <= m.last for m in matches):
            continue  # (a construct names the facility; a known name is the lexicon's)
        last = t
        # a royal's name is one given name and its nasab (فهد بن عبدالعزيز): a second bare name
        # word is another person's (مدير مستشفى الملك خالد محمد النشمي)
        while last + 1 < n and last - t < MAX_NAME_WORDS and name_word(finder, last + 1) \
                and (last == t or linked(finder, last + 1)):
            last += 1
        if last == t:
            continue
        last = finder.adjectives_end(last)
        if type_ in ("ORG", "GPE"):
            remit = finder.remit_end(last, set(), articled=True)
            if remit != last:  # (مدينة الملك عبدالعزيز للعلوم والتقنية: a town's word, a body's remit)
                last, type_ = remit, "ORG"
        out.append(Span(head, last, type_, clitic))
    return out


#: The lists of eponym heads and the type of what each names.
_HEAD_LISTS = (("ORG", "eponym_heads"), ("FAC", "person_named_heads"), ("GPE", "eponym_towns"))


def listed_head_clitic(finder: RoleReader, i: int, listed: str) -> int | None:
    """Characters of the proclitics before the listed head token ``i`` is (:meth:`~khabar.entities.
    bodies.BodyFinder.head_clitic`'s for a word the lexicon's key strips; else those before the
    word's clitic reading the list holds: بحديقة 1, وبقاعة 2); None when it is no head of the list."""
    if finder.is_listed_head(i, listed):
        return finder.head_clitic(i)
    if i < 0 or finder.tokens[i].kind != "word" or i in finder.covered:
        return None
    word, heads = finder.texts[i], folded_word_list(listed)
    whole = fold(word)
    reading = next((r for r in READINGS(finder.cues[i])[1:] if r in heads and whole.endswith(r)), None)
    return None if reading is None else written_length(word, len(whole) - len(reading)) or None


def name_word(finder: RoleReader, k: int) -> bool:
    """Token ``k`` continues a royal's name: a word of ``name_links.txt`` or آل or one after them
    (بن عبدالعزيز آل سعود, عبد الله), or a name word (the curated people's, the corpus votes') or,
    with the tagger, a name-like one, without the article or a proclitic and that is no verb (not
    تستضيف, وجهة, بتبوك)."""
    tok = finder.tokens[k]
    if tok.kind != "word":
        return False
    w = fold(tok.text)
    if linked(finder, k):
        return True
    if w.startswith("ال") or w in folded_word_list("clause_particles") or reads_as_verb(tok.text):
        return False
    if w in name_words():
        return True
    likeness = finder.likeness  # (the tagger's, when it runs)
    return not finder.lex.keys.proclitic_length(tok.text) and likeness is not None \
        and likeness(tok.text) > NAME_LIKENESS


def linked(finder: RoleReader, k: int) -> bool:
    """Token ``k`` is a word of ``name_links.txt`` or آل, or the word after one (بن عبدالعزيز)."""
    links = _links()
    return any(fold(finder.texts[i]) in links for i in (k, k - 1))


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    """The folded words of ``name_links.txt`` and آل."""
    return folded_word_list("name_links") | {FAMILY}
