"""The ``entities`` stage: named entities with mentions, one entity per referent in an article.

Mentions come from the curated lexicons and package gazetteers (:mod:`.matcher`) and from the
CRF tagger (:mod:`.tagger`, trained on ANERcorp); :mod:`.linking` composes, types and links them
(titles and their holders in :mod:`.roles`, bodies in :mod:`.bodies`, across units in :mod:`.coref`)
into :class:`~khabar.model.Entity` objects (built up in :mod:`.builder`) whose ids (:mod:`.ids`)
are stable across articles.

Besides ``article.entities`` the stage leaves, for later stages (quotes, places, events)::

    article.annotations["entity_mentions"][(field, paragraph)] = [(start, end, entity_id, type), ...]

sorted by ``start``; ``[start, end)`` slices the original unit text, exactly like each
:class:`~khabar.model.Mention`.  ``annotations["entities_by_id"]`` maps an id to its entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.arabic import tokenize
from khabar.entities.bareclubs import bare_clubs_to_bodies
from khabar.entities.bodies import Span
from khabar.entities.builder import Builder
from khabar.entities.capitals import described_capitals
from khabar.entities.cliticsplit import split_clitic_names
from khabar.entities.clubheads import article_speaks_of_sport
from khabar.entities.coref import (
    link_abbreviations,
    link_anaphors,
    link_surnames,
    merge_early_surnames,
    merge_first_names,
    merge_same_mentions,
    merge_short_bodies,
    merge_short_names,
    resolve_pending,
    unit_texts,
)
from khabar.entities.directions import people_named_like_towns
from khabar.entities.eventyears import with_edition_years
from khabar.entities.givennames import with_given_names
from khabar.entities.home import home_country
from khabar.entities.homeclubs import clubs_by_article_country
from khabar.entities.linking import UnitLinker
from khabar.entities.longnames import given_name_openers, without_shared_names
from khabar.entities.matcher import lexicon
from khabar.entities.namesakes import places_named_like_people
from khabar.entities.repeats import name_confirmed_towns
from khabar.entities.tanwin import without_tanwin_words
from khabar.entities.titlecut import after_titles, family_titles
from khabar.entities.typeclash import merge_type_clashes
from khabar.entities.variants import merge_variant_names
from khabar.entities.verbtrim import trim_verbs
from khabar.entities.works import merge_work_titles
from khabar.model import ANALYSED_FIELDS, Article, Mention

#: Text units read: the analysed fields, the dateline's place and agency, and the outlet's name.
FIELDS = (*ANALYSED_FIELDS, "dateline", "agency", "outlet")
#: Name-likeness (the tagger's) a word needs to be a surname mention before the full name is read.
EARLY_SURNAME_LIKENESS = 0.0


@dataclass
class Options:
    #: Use the CRF tagger for names the lexicons do not know.
    tagger: bool = True
    #: "crf", or "ensemble": the CRF with the neural tagger's label log-probabilities added
    #: (:mod:`.ensemble`; more accurate, slower: see docs/entities.md).
    model: str = "crf"


def run(article: Article, options: Options) -> Article:
    lex = lexicon()
    tagger = None
    if options.tagger:
        from khabar.entities.tagger import default_tagger

        tagger = default_tagger()
    token_table = article.annotations.get("tokens", {})
    sentence_table = article.annotations.get("sentences", {})
    units = []
    # A dateline, agency or outlet read off a record's author metadata is no text of the article:
    # entities name what the article's words name (an agency credited in the text stays read).
    from_metadata = article.annotations.get("credit_fields", frozenset())
    for field, paragraph, text in article.units(tuple(f for f in FIELDS if f not in from_metadata)):
        tokens = token_table.get((field, paragraph)) or tokenize(text)
        units.append(((field, paragraph), text, tokens, described_capitals(lex.find(tokens), tokens)))
    spans = tagger.unit_spans([(tokens, sentence_table.get(key), matches) for key, _, tokens, matches in units],
                              ensemble=options.model == "ensemble") if tagger else [[] for _ in units]
    b = Builder()
    pendings, linkers = [], []

    @cache
    def sport() -> bool:  # asked only by a unit with a club's head word: the article is read once, then kept
        return article_speaks_of_sport([tokens for _, _, tokens, _ in units])

    for (key, text, tokens, matches), unit_spans in zip(units, spans, strict=True):
        linker = UnitLinker(b, lex, key, text, tokens, tagger.name_likeness if tagger else None)
        linker.speaks_of_sport = sport
        unit_spans = split_clitic_names(trim_verbs(without_tanwin_words(unit_spans, tokens), tokens), tokens)
        unit_spans = after_titles(unit_spans, matches, tokens)  # (آية الله حسن أقاميري: the rank is no name word)
        unit_spans = with_given_names(unit_spans, tokens, matches, tagger.name_likeness if tagger else None)
        unit_spans, matches = family_titles(unit_spans, matches, tokens)  # (شوقي الطبيب: no doctor)
        linker.tagger_people = frozenset(s.first for s in unit_spans if s.type == "PER" and s.first == s.last)
        matches = without_shared_names(matches, unit_spans, tokens, lex, tagger.name_likeness if tagger else None)
        unit_spans, matches = given_name_openers(matches, unit_spans, tokens, lex)  # (حافظ قائد السبسي)
        linker.run(matches, linker.with_remits(unit_spans, matches))
        link_surnames(b, linker)
        link_abbreviations(b, linker)
        pendings += linker.pending
        linkers.append(linker)
    name_confirmed_towns(b, linkers)  # (دوما after مدينة دوما)
    people_named_like_towns(b)  # (طريق الشيخ زويد after جنوب الشيخ زويد: the town)
    order = _reading_order()
    home = home_country(b, article.source)
    texts = unit_texts(linkers)
    resolve_pending(b, pendings, order, texts, home)
    merge_variant_names(b)  # (before the surnames: مانيغولت نيومان then has one owner)
    merge_early_surnames(b)
    merge_short_names(b)  # (before first names: عمر then has one owner, not عمر الجاسر and its full name)
    merge_first_names(b)
    places_named_like_people(b, texts)  # (بهوي after نبيل بهوي: the person, not Bhuj)
    merge_short_bodies(b)
    merge_same_mentions(b)  # (the headline's مالقا الاسباني, unlinked, and the body's Málaga CF)
    bare_clubs_to_bodies(b, order)  # (رئيس الاتحاد after الاتحاد الإيسلندي لكرة القدم: the federation)
    clubs_by_article_country(b, home)  # (a Saudi paper's الأهلي, naming no Egypt: Al Ahli of Jeddah)
    merge_type_clashes(b, texts)  # (أوكسمان an ORG after نيري أوكسمان: the person)
    merge_work_titles(b)
    with_edition_years(b, texts)  # (كأس العالم 2018: the edition's name)
    link_anaphors(b, linkers, pendings, order, home)
    for linker in linkers:  # a surname read before the full name (the deck's ولافروف) is a mention too
        link_surnames(b, linker, min_likeness=EARLY_SURNAME_LIKENESS)
    entities = list(b.entities.values())
    for ent in entities:
        ent.mentions.sort(key=order)
    entities.sort(key=lambda e: order(e.mentions[0]))
    article.entities = entities
    article.annotations["entities_by_id"] = {e.id: e for e in entities}
    article.annotations["entity_mentions"] = mention_index(entities)
    return article


def _reading_order():
    rank = {name: i for i, name in enumerate(FIELDS)}

    def order(m: Mention) -> tuple[int, int, int]:
        return (rank.get(m.field, len(rank)), m.paragraph, m.start)

    return order


def mention_index(entities: list) -> dict[tuple[str, int], list[tuple[int, int, str, str]]]:
    index: dict[tuple[str, int], list[tuple[int, int, str, str]]] = {}
    for ent in entities:
        for m in ent.mentions:
            index.setdefault((m.field, m.paragraph), []).append((m.start, m.end, ent.id, ent.type))
    for spans in index.values():
        spans.sort()
    return index


__all__ = ["Options", "Span", "run"]
