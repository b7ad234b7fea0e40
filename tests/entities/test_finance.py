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


@pytest.mark.parametrize("text, body", [
    # company_heads.tsv: a feminine head and a feminine nationality, a masculine one and a masculine one
    ("وأعلنت شركة السلام الكويتية عن أرباحها", "شركة السلام الكويتية"),
    ("واستحوذت مجموعة الربيع الإماراتية على الحصة", "مجموعة الربيع الإماراتية"),
    ("وقال بنك التنمية الألماني إنه سيمول المشروع", "بنك التنمية الألماني"),
    ("وقدم مصرف الادخار المغربي قرضا", "مصرف الادخار المغربي"),
    # org_heads.tsv remit: بنك in construct before a definite noun names a bank
    ("وقال مدير بنك الإسكان إن القروض زادت", "بنك الإسكان"),
    ("وأعلن بنك التسليف والادخار عن قروض جديدة", "بنك التسليف والادخار"),
    ("وقال بنك الاستثمار الأوروبي إنه سيمول المشروع", "بنك الاستثمار الأوروبي"),
])
def test_a_company_or_bank_head_in_construct_names_one_body(text, body):
    assert entities(text)[body] == "ORG"


@pytest.mark.parametrize("text", [
    "وقالت شركة النفط الفرنسية إن أرباحها زادت",  # trade_nouns.txt: the French oil company
    "وتعاقدت مجموعة القوات الأميركية مع المتعهد",  # what the group is made of
    "ودعمت شركة الشباب الكويتي في المسابقة",  # a masculine nationality after a feminine head: the word's
])
def test_no_company_from_a_trade_or_a_disagreeing_nationality(text):
    assert not any(name.startswith(("شركة", "مجموعة")) for name in entities(text))


@pytest.mark.parametrize("text", [
    "وتبرع المواطنون في بنك الدم بالمستشفى",  # remit_stops.txt: a store of things
    "وجلس اللاعب على بنك الاحتياط طوال المباراة",  # the substitutes' bench
    "وحدد الجيش بنك الأهداف قبل الضربة",
])
def test_a_bank_of_things_names_no_bank(text):
    assert not any(name.startswith("بنك") for name in entities(text))
