"""Name votes from unlabelled news: how a first-pass tagger labels each word across ../shared/corpora.

One sentence rarely says enough to type an unseen name (is ليون the city or the club? is بنفيكا a
name at all?); thousands of news sentences do.  :func:`write_autonames` tags the corpora with a
model trained without these votes and keeps, per folded word, how often it was tagged each name
type; :func:`autoname_features` turns the shares into word features (``ag=ORG:hi``) for the
final model.  Built by ``make train-ner`` (:mod:`.train`) between its two training runs; only
the derived counts are kept (``resources/autonames.tsv``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from khabar.arabic import tokenize
from khabar.datafiles import tsv_rows
from khabar.entities.keys import fold
from khabar.entities.wordstats import corpus_files, file_texts

if TYPE_CHECKING:  # annotations only: the tagger is loaded by whoever trains
    from khabar.entities.tagger import Tagger

AUTONAMES_PATH = Path(__file__).parent / "resources" / "autonames.tsv"
TYPES = ("PERS", "LOC", "ORG", "MISC")
T = TypeVar("T")
#: Articles read per corpus file: enough votes for the frequent names, a few CPU minutes.
N_ARTICLES = 4000
#: A word needs this many corpus occurrences for its shares to mean anything.
MIN_COUNT = 3
#: Share of a word's occurrences tagged a type above which it gets the "hi" / "lo" feature.
HIGH, LOW = 0.6, 0.2


def document_sentences(text: str) -> list[list[str]]:
    """Token texts of an article, as ANERcorp cuts them: one sentence per line, also cut after '.'."""
    out: list[list[str]] = []
    for line in text.split("\n"):
        current: list[str] = []
        for token in tokenize(line):
            current.append(token.text)
            if token.text == ".":
                out.append(current)
                current = []
        if current:
            out.append(current)
    return out


def file_documents(path: Path, limit: int = N_ARTICLES) -> Iterator[list[list[str]]]:
    """The first ``limit`` articles of one corpus file, as sentences of words."""
    for text in file_texts(path, limit):
        if sentences := document_sentences(text):
            yield sentences


def corpus_documents(corpora: Path, limit: int = N_ARTICLES) -> Iterator[list[list[str]]]:
    """:func:`file_documents` of every corpus file in turn."""
    for path in corpus_files(corpora):
        yield from file_documents(path, limit)


def count_tags(tagger: Tagger, documents: Iterator[list[list[str]]]) -> dict[str, Counter[str]]:
    """Per folded word: how often ``tagger`` (a :class:`.tagger.Tagger`) tagged it each type or O."""
    counts: dict[str, Counter[str]] = {}
    for sentences in documents:
        for words, tags in zip(sentences, tagger.decoder.tag_many(sentences, [None] * len(sentences)),
                               strict=True):
            for w, t in zip(words, tags, strict=True):
                counts.setdefault(fold(w), Counter())[t[2:] or "O"] += 1
    return counts


def write_autonames(counts: dict[str, Counter[str]], path: Path = AUTONAMES_PATH) -> int:
    """``word<TAB>occurrences<TAB>PERS<TAB>LOC<TAB>ORG<TAB>MISC`` for words tagged a name at least once."""
    rows = []
    for w, c in sorted(counts.items()):
        n = sum(c.values())
        if n >= MIN_COUNT and any(c[t] for t in TYPES):
            rows.append("\t".join([w, str(n), *(str(c[t]) for t in TYPES)]))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# word<TAB>n<TAB>" + "<TAB>".join(TYPES) + " (tagger votes over ../shared/corpora; "
                 "khabar.entities.autonames, made by make train-ner)\n")
        fh.write("\n".join(rows) + "\n")
    vote_counts.cache_clear()
    autoname_features.cache_clear()
    return len(rows)


#: Cached views other modules build on the votes (verbtrim.name_words), emptied with the votes.
_VOTE_VIEWS: list = []


def on_new_votes(view: Callable[[], T]) -> Callable[[], T]:
    """Decorator: ``view`` (an ``lru_cache`` function over the votes) is emptied by :func:`use_votes`."""
    _VOTE_VIEWS.append(view)
    return view


def use_votes(path: Path) -> None:
    """Read the votes from ``path`` from now on: a held-out run (:mod:`.train`) makes its own,
    since the committed ones come from a model that saw the held-out slice."""
    global AUTONAMES_PATH
    AUTONAMES_PATH = path
    for view in (vote_counts, autoname_features, person_votes, name_votes, *_VOTE_VIEWS):
        view.cache_clear()


def share_features(n: int, counts: list[int]) -> tuple[str, ...]:
    """``ag=TYPE:hi`` / ``ag=TYPE:lo`` for the types that took a large / fair share of ``n``."""
    out = []
    for t, c in zip(TYPES, counts, strict=True):
        if c >= HIGH * n:
            out.append(f"ag={t}:hi")
        elif c >= LOW * n:
            out.append(f"ag={t}:lo")
    return tuple(out)


@lru_cache(maxsize=1)
def autoname_features() -> dict[str, tuple[str, ...]]:
    """folded word -> its vote features; empty when the file has not been built."""
    out = {}
    for w, (n, *counts) in vote_counts().items():
        if feats := share_features(n, counts):
            out[w] = feats
    return out


@lru_cache(maxsize=1)
def vote_counts() -> dict[str, tuple[int, ...]]:
    """folded word -> (occurrences, then its votes per type of TYPES): the file read once for the
    views below; empty when it has not been built."""
    if not AUTONAMES_PATH.exists():
        return {}
    return {w: tuple(map(int, cells)) for w, *cells in tsv_rows(AUTONAMES_PATH.read_text(encoding="utf-8"))}


@lru_cache(maxsize=1)
def person_votes() -> dict[str, tuple[int, int]]:
    """folded word -> (occurrences, how often the corpus tagger read it as part of a person), for
    the words it read so at least once; empty when the file has not been built."""
    return {w: (n, pers) for w, (n, pers, *_) in vote_counts().items() if pers}


@lru_cache(maxsize=1)
def name_votes() -> dict[str, tuple[int, int]]:
    """folded word -> (occurrences, how often the corpus tagger read it as part of any name)."""
    return {w: (n, sum(counts)) for w, (n, *counts) in vote_counts().items()}


def person_count(word: str) -> int:
    """How often the corpus tagger read ``word`` as part of a person."""
    return person_votes().get(fold(word), (0, 0))[1]


def voted_name(word: str) -> bool:
    """The corpus tagger read ``word`` as a person at least MIN_COUNT times and at least half the
    times it saw it.  A word's votes count the tagger's own slips too (it runs a span over و:
    وأمل 3 of 15, ونادر), so a majority is needed."""
    seen, person = person_votes().get(fold(word), (0, 0))
    return person >= MIN_COUNT and 2 * person >= seen


def voted_whole(word: str, n: int) -> bool:
    """The corpus tagger read ``word`` as a person (:func:`voted_name`) more often than ``word``
    without its first ``n`` letters (فريد 56 times, ريد 24: the ف is the name's)."""
    return voted_name(word) and person_count(word) > person_count(word[n:])
