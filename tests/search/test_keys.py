import pytest

from khabar.model import Article, Entity, Mention, Source
from khabar.search.keys import named_keys, quote_own_sql
from khabar.search.query import QueryError
from khabar.store import Store


@pytest.mark.parametrize("typed, keys", [
    ("وترامب", ["PER:Donald Trump"]),  # a conjunction joined to the name
    ("لترامب", ["PER:Donald Trump"]),  # a preposition
    ("ولترامب", ["PER:Donald Trump"]),  # both
    ("وبوتين", ["PER:Vladimir Putin"]),  # the name itself starts with a preposition's letter
    ("بوتين", ["PER:Vladimir Putin"]),  # as typed first: not وتين
    ("وليد", ["PER:Walid"]),  # a name starting with و is itself
    ("ليد", []),  # nothing stored: nothing
    ("وزير", []),  # و + a word no entity is
    ("لبن", []),  # too short once stripped
])
def test_a_name_written_with_a_conjunction_or_preposition_is_the_name(make_db, typed, keys):
    a = Article(id="c1", source=Source("text"), raw="c1", headline="قال ترامب", body=["قال ترامب وبوتين ووليد"])
    a.entities = [Entity("e1", "Donald Trump", "PER", name_ar="دونالد ترامب", mentions=[Mention("ترامب", "body", 0, 4, 9)]),
                  Entity("e2", "Vladimir Putin", "PER", name_ar="فلاديمير بوتين",
                         mentions=[Mention("بوتين", "body", 0, 11, 16)]),
                  Entity("e3", "Walid", "PER", name_ar="وليد", mentions=[Mention("وليد", "body", 0, 18, 22)])]
    with Store(make_db([a])) as store:
        assert named_keys(store.conn, typed) == keys, typed


@pytest.mark.parametrize("kind, missing, conds, params", [
    (None, None, [], []),
    ("Direct", None, ["q.kind = ?"], ["direct"]),  # case aside
    (None, "speaker_name", ["q.speaker_entity IS NULL"], []),
    ("mixed", "speaker", ["q.kind = ?", "q.speaker_text IS NULL AND q.speaker_entity IS NULL"], ["mixed"]),
])
def test_a_quotations_own_filters(kind, missing, conds, params):
    assert quote_own_sql(kind, missing) == (conds, params)


@pytest.mark.parametrize("kind, missing, message", [
    ("verbatim", None, "kind 'verbatim' is no quotation kind: one of direct, indirect, mixed"),
    (None, "byline", "missing='byline' is nothing a quotation can lack: one of speaker, speaker_name"),
])
def test_a_quotations_own_filters_refuse_other_values_naming_them(kind, missing, message):
    with pytest.raises(QueryError, match=message):
        quote_own_sql(kind, missing)
