"""The search tables, as SQL the store appends to its migrations (no imports: the store loads it)."""

#: Appended to the store's migrations (khabar.store.migrations.MIGRATIONS).
SEARCH_SQL = """
CREATE TABLE search_doc (
    rowid       INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL UNIQUE
);
-- Analyzed terms (khabar.search.analyzer), one row per article; rowid = search_doc.rowid.
CREATE VIRTUAL TABLE search_fts USING fts5(
    headline, deck, body, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE search_pending (article_id TEXT PRIMARY KEY);

CREATE TRIGGER search_articles_insert AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO search_pending (article_id) VALUES (new.id);
END;
CREATE TRIGGER search_articles_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search_fts WHERE rowid = (SELECT rowid FROM search_doc WHERE article_id = old.id);
    DELETE FROM search_doc WHERE article_id = old.id;
    DELETE FROM search_pending WHERE article_id = old.id;
END;

INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles;
"""

#: Migration 3: a fourth FTS column, ``stems`` (khabar.arabic search stems); every article requeued.
SEARCH_STEMS_SQL = """
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
    headline, deck, body, stems, tokenize = 'unicode61 remove_diacritics 0'
);
DELETE FROM search_doc;
INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles;
"""

#: Migration 4: terms now carry the suffix splitting themselves (khabar.search.analyzer), so the
#: separate stems column of migration 3 goes; every article requeued.
SEARCH_TERMS_SQL = """
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
    headline, deck, body, tokenize = 'unicode61 remove_diacritics 0'
);
DELETE FROM search_doc;
INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles;
"""

#: Migration 5: outlet and publication date beside each indexed article, so facets and filters on
#: them never read the wide ``articles`` rows (their raw input spills to overflow pages).
SEARCH_DOC_FIELDS_SQL = """
ALTER TABLE search_doc ADD COLUMN outlet TEXT;
ALTER TABLE search_doc ADD COLUMN published TEXT;
UPDATE search_doc SET (outlet, published) =
    (SELECT a.outlet, a.published FROM articles a WHERE a.id = search_doc.article_id);
CREATE INDEX search_doc_outlet ON search_doc(outlet);
CREATE INDEX search_doc_published ON search_doc(published);
"""

#: Migration 8: terms fold hamza seats (ؤ → و, ئ → ي; khabar.search.analyzer), so every article is
#: analysed again into a fresh index.
SEARCH_HAMZA_SQL = SEARCH_TERMS_SQL

#: The outlet an article's record named (its collection's path: ``saudinewsnet/3alyoum``), as SQL on
#: ``articles``: an article stored under the name its page prints (عين اليوم) keeps it there only.
#: Indexed as this very expression (migration 16), so the outlet filter finds such articles by
#: their collection without a column filled by rewriting every row.
SOURCE_OUTLET_SQL = "json_extract(analysis, '$.source.outlet')"
SOURCE_OUTLET_INDEX_SQL = f"CREATE INDEX articles_source_outlet ON articles({SOURCE_OUTLET_SQL}, id);"

#: Letters a user may type for one another in a name, and marks they may leave out: hamza on or
#: under alif and madda and wasla are alif, alif maqsura is ya, ta marbuta is ha; tatweel, the
#: short vowels, shadda, sukun and the dagger alif go.  Both sides of a name lookup are folded so
#: (SQL and khabar.search.names.fold_name); the pairs are the one place both are made from.
NAME_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ـ", ""),
              *((chr(mark), "") for mark in range(0x064B, 0x0653)), ("\u0670", ""))


def folded_sql(column: str) -> str:
    """``column`` folded by :data:`NAME_FOLDS` in SQL (nested replace(); deterministic, so an
    index on the expression serves a lookup written the same way)."""
    expression = column
    for letter, folded in NAME_FOLDS:
        expression = f"replace({expression}, '{letter}', '{folded}')"
    return expression


#: Migration 9: entities found by names typed without hamza or with vowel marks (اردوغان,
#: الحوثى, مُحَمَّد): indexes on the folded Arabic name and the folded words of each mention.
NAME_FOLD_SQL = f"""
CREATE INDEX entities_name_ar_folded ON entities({folded_sql("name_ar")});
CREATE INDEX mentions_text_folded ON mentions({folded_sql("text")});
"""

#: Migration 10: a word whose core after its suffixes would be two letters is its own term
#: (الرقة → رقه, not رق; khabar.search.analyzer._read), so every article is analysed again.
SEARCH_SHORT_STEMS_SQL = SEARCH_TERMS_SQL

#: Migration 13: a definite word's final ه that the segmenter split off as a pronoun is read as ة
#: (الحديده is الحديدة; khabar.search.analyzer._suffixless), so every article is analysed again.
SEARCH_DEFINITE_HA_SQL = SEARCH_TERMS_SQL

#: Migration 14: the single letters stripped before a two-letter core are the word's own where the
#: segmenter does not split them off (ورقة is ورق, not the رقه of الرقة; الكويت is كويت, not ويت;
#: khabar.search.analyzer), so every article is analysed again.
SEARCH_OWN_LETTERS_SQL = SEARCH_TERMS_SQL

#: Migration 18: a feminine noun built on a place's term keeps its ending (الرياضة is رياضه, not the
#: رياض of الرياض; khabar.search.places), so every article is analysed again.
SEARCH_PLACE_FEMININE_SQL = SEARCH_TERMS_SQL

#: Migration 19: a place whose term is also a given name keeps the article in its term (الرياض,
#: وبالرياض are الرياض; رياض, a man, stays رياض; khabar.search.analyzer.named_place_terms), so every
#: article is analysed again.
SEARCH_NAMED_PLACES_SQL = SEARCH_TERMS_SQL

#: Migration 21: a single letter that opens a frequent word in its own right is not stripped as a
#: proclitic (كمال is not ك + مال, كامل not أمل, لجنة not جنة; khabar.search.analyzer._own_word),
#: so every article is analysed again.
SEARCH_OWN_WORDS_SQL = SEARCH_TERMS_SQL


def sql_marks(values: list[str]) -> str:
    """The ``?`` placeholders of an SQL ``IN (...)`` list of ``values``."""
    return ",".join("?" * len(values))


def like_escape(text: str) -> str:
    """``text`` as literal characters of a ``LIKE ... ESCAPE '\\'`` pattern (``%`` and ``_`` are no
    wildcards in ids and names users type)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def words_like(text: str) -> str:
    """A ``LIKE`` pattern keeping values holding ``text``'s words in that order, whatever stands
    between them (a byline's double space, a middle name, the city before a reporter's name)."""
    return "%" + "%".join(like_escape(w) for w in text.split()) + "%"
