"""Trim a finite verb off the edge of a tagged name: the tagger sometimes runs a PER/ORG span on
into the verb next to it (كاريكا يعتذر, الوفد يهاجمان, وزيرة وشكرت), and the events stage then
loses the verb.  Which words are verbs is the Arabic core's knowledge (the predicate lexicon's
stems), asked through :func:`~khabar.arabic.verbs.is_finite_verb`; words this stage knows as parts
of people's names (يزيد, يحيى, يوسف, تامر: curated aliases, or words the corpus tagger mostly reads
as a person, unless they read as و/ف and a verb: فيرى) are never trimmed.  A clause particle written
with its hamza (فإن, بأن: ``clause_particles.txt``) is trimmed off a span's start too."""

from __future__ import annotations

from functools import lru_cache

from khabar.arabic import Token
from khabar.arabic.verbs import future_imperfect, is_finite_verb, is_future_verb
from khabar.entities.autonames import name_votes, on_new_votes, person_votes
from khabar.entities.bodies import Span
from khabar.entities.clusters import word_clusters
from khabar.entities.keys import fold
from khabar.entities.lexicon import folded_word_list, named_entries, word_list

#: Span types a verb is trimmed off (places and MISC names hold no verbs the tagger runs into).
TRIMMED_TYPES = frozenset({"PER", "ORG"})
#: Words after which the first word of a name is a name, whatever else it spells (يعرب بن عبد الله).
NASAB = frozenset({"بن", "ابن", "بنت", "أبو", "ابو"})
#: Folded words of a nasab after which a family's name may close the name (بن, ابن, بنت).
NASAB_FOLDED = frozenset({"بن", "ابن", "بنت"})
#: Folded nasab words that run a person's name on over the next word where the tagger stopped
#: before them (ابن and بنت also open an age: ابن العاشرة).
_NASAB_LINKS = frozenset({"بن"})
#: A word the corpus tagger read as a person at least this share of the times it saw it is a name.
PERSON_SHARE = 0.5
#: ... unless it is و/ف and a finite verb that is no name without them (فيرى: and sees): the tagger
#: runs a verb-first clause's verb into the subject's name, so such a vote needs a clear majority
#: (فيرون, Véron, 5 of 6 keeps it; فيرى, 4 of 8, loses it).
CONJUNCTION_VERB_SHARE = 0.75
#: Conjunctions glued to a word.
CONJUNCTIONS = ("و", "ف")


@lru_cache(maxsize=1)
def curated_person_words() -> frozenset[str]:
    """Folded words of the curated people's aliases."""
    return frozenset(fold(w) for alias, entry in named_entries() if entry.type == "PER" for w in alias.split())


@on_new_votes
@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Folded words of the curated people's aliases and of the autonames a person by vote (the
    votes :func:`~khabar.entities.autonames.use_votes` chose, read once by ``vote_counts``)."""
    words = set(curated_person_words())
    voted = [(word, pers / n) for word, (n, pers) in person_votes().items() if pers >= PERSON_SHARE * n]
    words.update(word for word, share in voted if share >= CONJUNCTION_VERB_SHARE)
    words.update(word for word, share in voted if share < CONJUNCTION_VERB_SHARE
                 and not _conjunction_and_verb(word, words))
    return frozenset(words)


def _conjunction_and_verb(word: str, names: set[str]) -> bool:
    """Whether a folded word reads as و/ف and a finite verb that is no name word alone (فيري)."""
    return word.startswith(CONJUNCTIONS) and len(word) > 3 and word[1:] not in names \
        and is_finite_verb(word[1:])


def family_name(tok: Token) -> bool:
    """A definite word that may be a family's name after a nasab (المزيد, الربيعان): not a common
    word (الأربعاء, الذي), a nationality (السعودي) or a title (الأمير)."""
    from khabar.entities.cues import common_keys, demonym_keys, title_keys
    from khabar.entities.matcher import lexicon

    w = fold(tok.text)
    if tok.kind != "word" or not w.startswith("ال") or len(w) < 5:
        return False
    key = lexicon().keys.key(tok.text)
    return key not in common_keys() and key not in demonym_keys() and key not in title_keys() \
        and not is_finite_verb(tok.text)


def _run_on_name(tokens: list[Token], first: int, last: int) -> int:
    """A person's span's last word once the name has run on: over the word after a link word
    (نوري علي أبو | سهمين: أبو, بن, عبد; عبدالله آل | الشيخ: a family's particle), and over a nasab or a family's particle and the word after
    it that the tagger left out (عبداللطيف | بن عبدالملك | آل الشيخ: ``family_particles.txt``)."""
    def word_at(k: int) -> bool:
        return k < len(tokens) and tokens[k].kind == "word"

    while word_at(last + 1):
        if first < last and (fold(tokens[last].text) in folded_word_list("name_links")
                             or tokens[last].text in word_list("family_particles")):
            last += 1
        elif word_at(last + 2) and (fold(tokens[last + 1].text) in _NASAB_LINKS
                                    or tokens[last + 1].text in word_list("family_particles")):
            last += 2
        else:
            break
    return last


def future_of_common_word(word: str) -> bool:
    """Whether a word is the future marker (after و/ف) and an imperfect that is one of the corpora's
    frequent words and seldom a name (سيحافظ: يحافظ; سيزيد: يزيد, a name in under half its votes):
    the verb lexicon lacks many stems, and a name spelt س + person letter (ستالين, سيمون, سيزار)
    leaves no frequent word behind."""
    imperfect = future_imperfect(fold(word))
    if not imperfect:
        return False
    seen, named = name_votes().get(imperfect, (0, 0))
    return imperfect in word_clusters() and named * 2 < max(seen, 1)


def reads_as_verb(word: str) -> bool:
    """Whether a word is a finite verb, or the future marker and one, and no name word (يعتذر,
    ورأى, سيلتقي, سيحافظ; not يزيد)."""
    # The set probe first: a span's edge word is mostly a name, and the verb analysis costs more.
    return fold(word) not in name_words() and (
        is_finite_verb(word) or is_future_verb(word) or future_of_common_word(word))


def trim_verbs(spans: list[Span], tokens: list[Token]) -> list[Span]:
    """The spans with a finite verb dropped from either end of a multi-word PER/ORG span, and a
    clause particle from its start; a person's span ending in a word of ``name_links.txt`` (أبو,
    بن) takes the word after it, and one ending in a nasab (X بن Y) the family's name after that
    (:func:`family_name`)."""
    out = []
    for sp in spans:
        first, last = sp.first, sp.last
        if sp.type in TRIMMED_TYPES:
            while last > first and reads_as_verb(tokens[last].text):
                last -= 1
            while last > first and (tokens[first].text in word_list("clause_particles") or tokens[
                    first + 1].text not in NASAB and reads_as_verb(tokens[first].text)):
                first += 1
        if sp.type == "PER":
            last = _run_on_name(tokens, first, last)
            if first < last - 1 and last + 1 < len(tokens) and fold(tokens[last - 1].text) in NASAB_FOLDED \
                    and family_name(tokens[last + 1]):
                last += 1  # محمد بن حمد | المزيد: a nasab ends in the family's name
        out.append(sp if (first, last) == (sp.first, sp.last) else Span(first, last, sp.type))
    return out
