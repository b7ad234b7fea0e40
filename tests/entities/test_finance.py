"""Banks, exchanges and companies named by their shape, not a lexicon entry (tagger off: rules and
lexicons only)."""

import pytest

from khabar.entities import Options, run
from khabar.model import Article, Source


def entities(*body: str) -> dict:
    art = run(Article(id="t", source=Source(kind="text"), body=list(body)), Options(tagger=False))
    return {e.name: e.type for e in art.entities}


@pytest.mark.parametrize("text, body", [
    # country_body_heads.txt: a bank's or an exchange's head and a country alone are one body
    ("وقال بنك اليابان إن الفائدة ستبقى ثابتة", "بنك اليابان"),
    ("وأعلن مصرف ليبيا عن تعميم جديد", "مصرف ليبيا"),
    ("وتراجعت بورصة الكويت في ختام التعاملات", "بورصة الكويت"),
    ("وارتفع مؤشر بورصة مصر أمس", "بورصة مصر"),
    # any other body's head and a country, when relational adjectives close the name
    ("وقال بنك تونس العربي الدولي إن أرباحه زادت", "بنك تونس العربي الدولي"),
    ("واشترى صندوق قطر السيادي حصة في الشركة", "صندوق قطر السيادي"),
])
def test_a_head_and_a_country_name_one_body(text, body):
    found = entities(text)
    assert found[body] == "ORG"
    assert all(t != "GPE" for t in found.values())  # (the country in the name is no mention of its own)


@pytest.mark.parametrize("text, country", [
    ("وفاز منتخب مصر الذي تأهل أمس", "Egypt"),  # a team's head and no adjective: the country stays
    ("وتوج فريق قطر بالميدالية الذهبية", "Qatar"),
    ("وقال مكتب قطر الإقليمي إن", "Qatar"),  # an office in the country (org_heads.tsv place_after apart)
    ("وقال البنك لقطر إن", "Qatar"),  # a definite head, a country after ل
])
def test_a_country_after_other_heads_stays_a_place(text, country):
    assert entities(text).get(country) == "GPE"


@pytest.mark.parametrize("text, body", [
    ("وتراجعت بورصة باريس أمس", "بورصة باريس"),  # an exchange's head before a city
    ("وارتفعت البورصة المصرية أمس", "البورصة المصرية"),  # and with a nationality
])
def test_an_exchange_is_a_body_head(text, body):
    assert entities(text)[body] == "ORG"


def test_an_adjective_agreeing_with_the_country_names_no_body():
    # (الغربية is feminine as ألمانيا is, not as اتحاد: West Germany, the union of the two Germanies)
    assert not any(name.startswith("اتحاد") for name in entities("منذ اتحاد ألمانيا الغربية والشرقية"))
