import pytest

from khabar.model import Article, Entity, Mention, Source
from khabar.search.keys import named_keys
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
