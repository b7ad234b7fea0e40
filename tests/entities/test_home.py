"""The article's home country (dateline, national outlet) and bare institutions that belong to it."""

import pytest

from khabar.entities import Options, run
from khabar.entities.home import outlet_country
from khabar.model import Article, Source


@pytest.mark.parametrize("outlet, url, expected", [
    ("ant/JawharaFM", "http://www.jawharafm.net/ar/article/x", "TN"),  # a national outlet of media.tsv
    ("saudinewsnet/okaz", "http://www.okaz.com.sa/new/x.htm", "SA"),
    ("saudinewsnet/alriyadh", "http://www.alriyadh.com/1", "SA"),  # Al Riyadh (newspaper) without its bracket
    ("saudinewsnet/arriyadiyah", "http://www.arriyadiyah.com/1", "SA"),  # Saudi outlets on .com
    ("saudinewsnet/3alyoum", "http://www.3alyoum.com/1", "SA"),
    ("x/alwatan", "http://www.alwatan.com/1", None),  # Al Watan: Qatari, Saudi, Egyptian, Syrian outlets
    (None, "http://www.alweeam.com.sa/x", "SA"),  # the address's country code
    ("ant/France24", "https://www.france24.com/ar/x", None),  # international_media.txt: no home
    ("ant/Alarabia", "http://www.alarabiya.net/x", None),
    (None, "http://example.tv/x", None),  # a generic two-letter domain
    (None, "http://www.example.com.eg?p=1", "EG"),  # a query, a fragment or a user name around the host
    (None, "http://example.com.tn#top", "TN"),
    (None, "http://user@www.example.com.eg:8080/x", "EG"),
    (None, "www.example.com.eg/x", "EG"),  # no scheme
    (None, None, None),
])
def test_outlet_country(outlet, url, expected):
    assert outlet_country(Source(kind="jsonl", url=url, outlet=outlet)) == expected


def _bodies(body: list[str], outlet: str | None = None, dateline: str | None = None) -> list[str]:
    art = Article(id="t", source=Source(kind="jsonl", outlet=outlet), body=body, dateline=dateline)
    return [e.name for e in run(art, Options(tagger=False)).entities if e.type == "ORG"]


@pytest.mark.parametrize("body, outlet, dateline, expected", [
    # the home named about as often as the leader: a Tunisian radio's ministry is Tunisia's
    (["زار وزير تونس بعد أن زار اليمن وصنعاء وعدن.", "وأفادت وزارة الشؤون الخارجية بأن تونس تدعم الحوار."],
     "ant/JawharaFM", None, ["Tunisian Ministry of Foreign Affairs"]),
    # the same text from nowhere in particular: the country named most
    (["زار وزير تونس بعد أن زار اليمن وصنعاء وعدن.", "وأفادت وزارة الشؤون الخارجية بأن تونس تدعم الحوار."],
     None, None, ["Yemeni Ministry of Foreign Affairs"]),
    # no country named at all: a national radio's ministry is its own country's
    (["أعلنت وزارة التربية عن موعد الامتحانات.", "وقالت الوزارة إن الاستعداد انطلق."],
     "ant/JawharaFM", None, ["Tunisian Ministry of Education"]),
    # a country named once is no evidence against the home
    (["أعلنت وزارة الداخلية القبض على مهرب قادم من ليبيا."], "saudinewsnet/okaz", None, ["Saudi Ministry of Interior"]),
    # no country named and no home: no country to give the bare ministry, still a body, as written
    (["أعلنت وزارة التربية عن موعد الامتحانات.", "وقالت الوزارة إن الاستعداد انطلق."], None, None, ["وزارة التربية"]),
    # ... but a bare one-word head (الحكومة) with no country names no body
    (["أعلنت الحكومة عن موعد الامتحانات."], None, None, []),
    # the home named far less than the leader: the leader's
    (["قصفت إيران مواقع وقالت إيران إن إيران سترد.", "وقالت وزارة الخارجية إن إيران لن تتراجع وإن السعودية تتابع."],
     "saudinewsnet/okaz", None, ["Iranian Ministry of Foreign Affairs"]),
    # the dateline's place is the home, not a country the article names: Qatar named most wins
    (["قال وزير خارجية قطر إن قطر مستعدة للحوار مع الإمارات وإن قطر لن تتراجع.",
      "وقال نائب رئيس مجلس الوزراء إن الحوار ممكن."], None, "دبي، الإمارات العربية المتحدة", ["Cabinet of Qatar"]),
])
def test_bare_institution_country(body, outlet, dateline, expected):
    assert _bodies(body, outlet, dateline) == expected


def test_a_country_the_lexicons_lack_leads_to_no_country():
    # a Saudi paper's report from Burundi (a gazetteer country the tagger finds): no Saudi government
    art = Article(id="t", source=Source(kind="jsonl", outlet="saudinewsnet/okaz"), body=[
        "قتل اثنان في بوروندي قبل الانتخابات في بوروندي.", "وقالت الحكومة إن قوات الأمن ستتصدى."])
    names = [e.name for e in run(art, Options(tagger=True)).entities]
    assert "Burundi" in names and not any(n.startswith("Government") for n in names)
