import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from khabar.api import create_app
from khabar.model import Article, Entity, Mention, Quote, Ref, Source
from khabar.web.charts import timeline_svg
from khabar.web.counting import counted
from khabar.web.map import outlines, project
from khabar.web.marks import marked_units


@pytest.fixture
def hostile(hostile_db):
    return TestClient(create_app(hostile_db))


PAGES = ["/ui/search", "/ui/search?q=انسحاب", "/ui/articles/a1", "/ui/entities/PER%3ASaad%20Hariri",
         "/ui/entities", "/ui/events", "/ui/map", "/ui/stats", "/ui/quotes", "/ui/stories"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_are_rtl_arabic_without_scripts_or_external_resources(client, url):
    r = client.get(url)
    assert r.status_code == 200
    assert '<html lang="ar" dir="rtl">' in r.text
    assert "<script" not in r.text
    assert " style=" not in r.text  # the CSP allows the stylesheet only: inline styles would be dropped
    assert not re.search(r'(src|href)="(https?:)?//', r.text)
    assert "script-src" not in r.headers["content-security-policy"]  # default-src 'none' forbids scripts


@pytest.mark.parametrize("url", PAGES + ["/ui/pairs", "/ui/articles/nope"])
def test_pages_serve_keyboard_and_screen_reader_users(client, url):
    html = client.get(url).text
    body = html[html.index("<body>"):]
    assert re.match(r'<body>\s*<a class="skip" href="#main">', body)  # the first Tab skips the menu
    assert '<main id="main"' in html and html.count("<h1") == 1
    labelled = html  # every field a label wraps, or one named by aria-label (a placeholder is no label)
    for label in re.findall(r"<label>.*?</label>", html, flags=re.S):
        labelled = labelled.replace(label, "")
    fields = re.findall(r'<(?:input|select)\b(?![^>]*type="(?:hidden|submit)")[^>]*>', labelled)
    assert [f for f in fields if "aria-label=" not in f] == []


def test_search_page_shows_hits_snippets_and_facet_links(client):
    html = client.get("/ui/search", params={"q": "انسحاب"}).text
    assert html.count('class="hit"') == 2
    assert "<mark>" in html
    assert 'href="?q=%D8%A7%D9%86%D8%B3%D8%AD%D8%A7%D8%A8&amp;outlet=CNN"' in html


def test_the_search_page_refuses_a_filter_given_twice_rather_than_drop_one(client):
    page = client.get("/ui/search", params=[("q", "انسحاب"), ("entity", "بيروت"), ("entity", "لبنان")])
    assert page.status_code == 400 and "parameter &#39;entity&#39; given more than once" in page.text


def test_an_entity_facet_narrows_an_entity_filter_to_articles_naming_both(client):
    html = client.get("/ui/search", params={"q": "انسحاب", "entity": "PER:Saad Hariri"}).text
    assert 'href="?q=%D8%A7%D9%86%D8%B3%D8%AD%D8%A7%D8%A8&amp;entity=PER%3ASaad+Hariri+%2B+GPE%3ABeirut"' in html
    both = client.get("/ui/search", params={"q": "انسحاب", "entity": "PER:Saad Hariri + GPE:Beirut"}).text
    assert both.count('class="hit"') == 1 and "كيان: <bdi>سعد الحريري + بيروت</bdi>" in both


@pytest.mark.parametrize("path, params, reason", [
    ("/ui/search", {"q": '"مفتوح'}, "unbalanced quotation mark"),
    ("/ui/events", {"date_from": "أمس"}, "date_from must be a date"),
    ("/ui/quotes", {"q": '"لبنان'}, "unbalanced quotation mark"),  # q: words of what was said
    ("/ui/quotes", {"date_from": "2018-02-30"}, "is not a day of the calendar"),
])
def test_a_page_asked_a_malformed_filter_is_400_with_the_reason(client, path, params, reason):
    page = client.get(path, params=params)
    assert page.status_code == 400
    assert re.search(r'<p class="error" role="alert">[^<]*' + re.escape(reason), page.text)


def test_article_page_marks_entities_quotes_times_places_and_links_the_original(client):
    html = client.get("/ui/articles/a1").text
    assert '<a class="mk-entity ent-PER" title="PER: سعد الحريري" href="/ui/entities/PER%3ASaad%20Hariri">' in html
    assert "mk-quote" in html and "mk-time" in html and "mk-place" in html
    assert 'href="/articles/a1/raw"' in html


def test_marks_cut_crossing_spans_and_keep_the_text():
    a = Article(id="m", source=Source("text"), body=["قال أحمد: «سافر أحمد إلى <مصر>»."])
    text = a.body[0]
    a.entities = [Entity("e", "Ahmad", "PER", mentions=[Mention("أحمد", "body", 0, 4, 8),
                                                        Mention("أحمد", "body", 0, 16, 20)])]
    a.quotes = [Quote("قال", "direct", text[11:30], "body", 0, 11, 30)]
    html = str(marked_units(a)["body"][0])
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">") == text
    assert html.count('class="mk-entity ent-PER"') == 1
    assert html.count('class="mk-entity mk-quote ent-PER quote-direct"') == 1


def test_entity_page_has_timeline_and_who_said_what(client):
    html = client.get("/ui/entities/" + quote("PER:Saad Hariri", safe="")).text
    assert '<svg class="timeline"' in html and html.count('class="bar-quotes"') == 2
    assert "لن نعود قبل الاتفاق مع أمريكا" in html
    assert 'كتبت في المقالات: <bdi>الحريري</bdi> <span class="n" title="مقالتان">2</span>' in html
    about = client.get("/ui/entities/GPE%3ALebanon").text
    assert "لبنان يراقب" in about


def test_map_draws_outlines_and_places(client):
    html = client.get("/ui/map").text
    assert 50 < html.count('class="country"') < 150  # the MENA window, not the whole world
    assert html.count('class="place"') == 2


@pytest.mark.parametrize("params, places, link", [
    ({"outlet": "CNN"}, 1, "/ui/search?outlet=CNN&amp;place=Damascus"),
    ({"date_from": "2018-03", "date_to": "2018-03"}, 1, "/ui/search?date_from=2018-03&amp;date_to=2018-03&amp;place=Beirut"),
    ({"date_from": "2019"}, 0, "لا أماكن في المقالات بهذه التصفية"),
])
def test_map_shows_the_places_of_the_articles_the_filters_keep(client, params, places, link):
    html = client.get("/ui/map", params=params).text
    assert html.count('class="place"') == places and link in html  # the circle and row keep the filters
    for name, value in params.items():
        assert f'name="{name}" value="{value}"' in html  # the form shows the filters back


@pytest.mark.parametrize("params", [{"target": "إسرائيل"}, {"source": "PER:Saad Hariri", "target": "x"}])
def test_map_takes_the_events_actors_and_shows_them_back(client, params):
    r = client.get("/ui/map", params=params)
    assert r.status_code == 200 and "المربعات: أماكن وقوع الأحداث" in r.text
    for name, value in params.items():
        assert f'name="{name}" value="{value}"' in r.text


@pytest.mark.parametrize("category, status", [("ASSAULT", 200), ("19", 200), ("NOPE", 400)])
def test_map_takes_one_event_category_and_shows_it_back(client, category, status):
    r = client.get("/ui/map", params={"category": category})
    assert r.status_code == status and f'<option value="{category}" selected>' in r.text


def test_map_with_a_bad_date_is_400_with_the_reason(client):
    r = client.get("/ui/map", params={"date_from": "2019", "date_to": "2018"})
    assert r.status_code == 400 and "after date_to" in r.text


@pytest.mark.parametrize("code, lat, lon", [("lb", 33.89, 35.5), ("eg", 30.04, 31.24), ("iq", 33.31, 44.36),
                                            ("ma", 34.02, -6.83), ("ye", 15.35, 44.2), ("tn", 36.8, 10.18)])
def test_projection_puts_capitals_inside_their_country_outline(code, lat, lon):
    numbers = [int(n) for n in re.findall(r"-?\d+", outlines()["countries"][code])]
    xs, ys = numbers[::2], numbers[1::2]
    x, y = project(lat, lon)
    assert min(xs) - 3 <= x <= max(xs) + 3 and min(ys) - 3 <= y <= max(ys) + 3


def test_timeline_chart_is_escaped_svg():
    svg = str(timeline_svg([{"month": "<b>", "mentions": 3, "quotes": 1}]))
    assert "<b>" not in svg and "&lt;b&gt;" in svg


def test_timeline_bars_say_their_counts_in_arabic():
    svg = str(timeline_svg([{"month": "2018-04", "mentions": 3, "quotes": 1}]))
    assert "<title>2018-04: 3 إشارات</title>" in svg and "<title>2018-04: اقتباس واحد</title>" in svg
    assert " mentions<" not in svg and " quotes<" not in svg


@pytest.mark.parametrize("url", ["/ui/search?q=الانسحاب", "/ui/articles/x%3Cscript%3E", "/ui/search",
                                 "/ui/entities/PER%3A%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E",
                                 "/ui/quotes"])
def test_hostile_text_is_escaped(hostile, url):
    r = hostile.get(url)
    assert r.status_code == 200
    for tag in ("<script", "<img", "<svg onload", "<b onmouseover"):
        assert tag not in r.text
    assert 'onerror="' not in r.text  # the payload's quotes are escaped, so it cannot leave an attribute


@pytest.mark.parametrize("url", ["/ui/articles/nope", "/ui/entities/PER%3ANobody"])
def test_missing_pages_are_404_html(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert '<html lang="ar" dir="rtl">' in r.text and "غير موجود" in r.text


def test_events_page_filters_by_actor(client):
    page = client.get("/ui/events", params={"actor": "سعد الحريري"})
    assert page.status_code == 200 and "انسحب" in page.text and 'value="سعد الحريري"' in page.text
    assert "انسحب" not in client.get("/ui/events", params={"actor": "بيروت"}).text


@pytest.mark.parametrize("params, shown", [
    ({"place": "بيروت"}, True),
    ({"place": "دمشق"}, False),
    ({"date_from": "2018-03", "date_to": "2018-03"}, True),
    ({"date_from": "2018-04", "actor": "سعد الحريري"}, False),
])
def test_events_page_filters_by_place_and_dates(client, params, shown):
    page = client.get("/ui/events", params=params)
    assert page.status_code == 200 and ("انسحب" in page.text) is shown
    for value in params.values():
        assert f'value="{value}"' in page.text  # the form keeps what was asked


def test_entity_page_by_name_redirects_to_the_key(client):
    r = client.get("/ui/entities/" + quote("الحريري"), follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/ui/entities/PER%3ASaad%20Hariri"


@pytest.mark.parametrize("url, shown, code", [
    ("/ui/articles/a1", '<span class="type" title="PER">شخص</span>', ">PER<"),
    ("/ui/entities/GPE%3ALebanon", '<span class="type" title="GPE">دولة/مدينة</span>', ">GPE<"),
    ("/ui/events", 'title="RETREAT">انسحاب', ">RETREAT"),
    ("/ui/events", 'data-label="الفئة" title="CAMEO 0871 · PLOVER RETREAT">انسحاب<', " RETREAT<"),
])
def test_codes_are_shown_by_their_arabic_names(client, url, shown, code):
    html = client.get(url).text
    assert shown in html and code not in html


def test_article_lists_each_place_once_with_its_count():
    from khabar.model import Place
    from khabar.web.pages import _distinct_places

    a = Article(id="p", source=Source("text"), body=["سوريا وسوريا ولبنان وبيروت"])
    a.places = [Place("سوريا", "body", 0, 0, 5, name="Syria"), Place("وسوريا", "body", 0, 6, 12, name="Syria"),
                Place("لبنان", "body", 0, 14, 19, name="Lebanon"), Place("بيروت", "body", 0, 21, 26)]
    assert [(p.text, n, words) for p, n, words in _distinct_places(a)] == [
        ("سوريا", 2, ["سوريا", "وسوريا"]), ("لبنان", 1, ["لبنان"]), ("بيروت", 1, ["بيروت"])]


def test_article_sidebar_names_places_in_arabic_with_the_words_used_in_a_tooltip(tmp_path):
    from khabar.model import Place
    from khabar.search import sync_index
    from khabar.store import Store

    a = Article(id="p1", source=Source("text"), headline="زيارة", body=["في السعودية وللسعودية"])
    a.places = [Place("السعودية", "body", 0, 3, 11, name="Saudi Arabia", name_ar="السعودية", country="SA",
                      feature="country"),
                Place("وللسعودية", "body", 0, 12, 21, name="Saudi Arabia", name_ar="السعودية", country="SA",
                      feature="country")]
    with Store(tmp_path / "p.db") as store:
        store.put(a, ["structure"])
        sync_index(store.conn)
    html = TestClient(create_app(tmp_path / "p.db")).get("/ui/articles/p1").text
    places = html.split("<h2>الأماكن</h2>")[1].split("</section>")[0]
    assert ('<li><a href="/ui/search?place=Saudi+Arabia" title="السعودية، وللسعودية · Saudi Arabia, SA">السعودية</a> '
            '<span class="n">×2</span></li>') in places  # it links to the articles naming it
    assert ">Saudi Arabia" not in places


def test_stats_page_counts_outlets_and_speakers_in_arabic(client):
    html = client.get("/ui/stats").text
    assert "<bdi>مقالتان</bdi>" in html
    assert "<td>اقتباسات</td>" in html and ">quotes<" not in html
    assert 'href="/ui/search?outlet=CNN"' in html
    assert 'href="/ui/stats">إحصاءات</a>' in html  # the nav leads to the page, not to the JSON
    by_month = html[html.index("المتحدثون شهرًا بشهر"):]  # each month's count links to those quotations
    assert re.search(r'href="/ui/quotes\?speaker=PER%3ASaad\+Hariri&amp;date_from=\d{4}-\d\d&amp;date_to=\d{4}-\d\d"',
                     by_month)


def test_stats_page_names_the_most_quoted_in_arabic_linking_to_their_quotations(client):
    html = client.get("/ui/stats", params={"outlet": "BBC"}).text
    table = html[html.index("أكثر المتحدثين اقتباسًا"):html.index("المتحدثون شهرًا بشهر")]
    assert '<a href="/ui/quotes?outlet=BBC&amp;speaker=PER%3ASaad+Hariri"><bdi>سعد الحريري</bdi></a>' in table
    assert "Saad Hariri</bdi>" not in table


def test_stats_page_lists_who_each_outlet_quotes_most(client):
    html = client.get("/ui/stats", params={"date_from": "2018"}).text
    by_outlet = html[html.index("من يقتبس كل منفذ أكثر"):]  # each speaker links to its quotations in that outlet
    assert re.search(r'<td rowspan="1"><bdi>CNN</bdi></td><td rowspan="1">1</td>', by_outlet)
    assert 'href="/ui/quotes?outlet=CNN&amp;date_from=2018&amp;speaker=PER%3ASaad+Hariri"' in by_outlet


@pytest.mark.parametrize("top, shown, more", [
    (None, "5", None),  # one outlet, one speaker: nothing more to show
    ("1", "1", "/ui/stats?date_from=2018&amp;top=2"),  # a full table links to twice as many rows
    ("999", "25", None), ("x", "5", None),  # bounded; a bad number is the default
])
def test_stats_page_shows_as_many_outlets_and_speakers_as_asked(client, top, shown, more):
    html = client.get("/ui/stats", params={"date_from": "2018", "top": top}).text
    assert f'name="top" min="1" max="25" value="{shown}"' in html
    assert (more is None) == ("منافذ ومتحدثون أكثر" not in html) and (more is None or more in html)
    assert "/ui/quotes?" in html and not re.search(r'/ui/quotes\?[^"]*top=', html)  # a speaker's link drops top


@pytest.mark.parametrize("params, shown", [
    ({"outlet": "CNN"}, "<bdi>مقالة واحدة</bdi>"),
    ({"date_from": "2018-04", "date_to": "2018-04"}, "<bdi>مقالة واحدة</bdi>"),
    ({"date_from": "2019"}, "لا مقالات بهذه التصفية"),
    ({"entity": "بيروت"}, "<bdi>مقالة واحدة</bdi>"),  # the articles naming Beirut
    ({"ids": "a2"}, "<bdi>مقالة واحدة</bdi>"),
])
def test_stats_page_shows_the_figures_of_the_articles_the_filters_keep(client, params, shown):
    html = client.get("/ui/stats", params=params).text
    assert shown in html and "<bdi>مقالتان</bdi>" not in html
    for name, value in params.items():
        assert f'name="{name}" value="{value}"' in html  # the form shows the filters back


def test_search_page_keeps_the_articles_lacking_a_field(client):
    html = client.get("/ui/search", params={"missing": "dateline"}).text
    assert '<option value="dateline" selected>' in html and "ينقصها" in html
    assert "مقالتان" in html
    assert client.get("/ui/search", params={"missing": "author"}).status_code == 400


def test_events_page_keeps_the_events_whose_sentence_holds_q(client):
    html = client.get("/ui/events", params={"q": "الحكومة"}).text
    assert 'name="q" value="الحكومة"' in html and "انسحب" in html
    assert "لا أحداث" in client.get("/ui/events", params={"q": "دمشق"}).text


def test_stats_page_with_a_bad_date_is_400_with_the_reason(client):
    r = client.get("/ui/stats", params={"date_from": "2019", "date_to": "2018"})
    assert r.status_code == 400 and "after date_to" in r.text


def test_stats_page_of_an_empty_store_says_how_to_fill_it(tmp_path):
    from khabar.store import Store

    with Store(tmp_path / "empty.db"):
        pass
    html = TestClient(create_app(tmp_path / "empty.db")).get("/ui/stats").text
    assert 'class="empty"' in html and "khabar ingest" in html


@pytest.mark.parametrize("params, chip", [
    ({"q": "انسحاب", "outlet": "CNN"}, "المنفذ: <bdi>CNN</bdi>"),
    ({"q": "انسحاب", "date_from": "2018-01"}, "من تاريخ: <bdi>2018-01</bdi>"),
    ({"q": "انسحاب", "category": "RETREAT"}, "فئة الحدث: <bdi>انسحاب</bdi>"),
])
def test_search_filter_chips_name_the_filter_in_arabic(client, params, chip):
    assert chip in client.get("/ui/search", params=params).text


@pytest.mark.parametrize("params, hint", [({"q": "كلمةغيرموجودة"}, "جرّب كلمات أقل"),
                                          ({"q": "انسحاب", "outlet": "لا منفذ"}, "مع هذه التصفية")])
def test_search_without_results_says_what_to_try(client, params, hint):
    html = client.get("/ui/search", params=params).text
    assert "لا نتائج" in html and hint in html


@pytest.mark.parametrize("params, shown, count", [
    ({}, "لن نعود قبل الاتفاق مع أمريكا", None),
    ({"speaker": "الحريري"}, 'href="/ui/entities/PER%3ASaad%20Hariri"', None),
    ({"speaker": "Hariri"}, 'href="/ui/entities/PER%3ASaad%20Hariri"', None),
    ({"speaker": "لا أحد"}, "لا اقتباسات بهذه التصفية", 0),
])
def test_quotes_page_lists_quotations_by_speaker(client, params, shown, count):
    html = client.get("/ui/quotes", params=params).text
    assert shown in html
    if count is not None:
        assert f'<span class="n">{count}</span>' in html


@pytest.mark.parametrize("params, shown, count", [
    ({"q": "أمريكا"}, "لن نعود قبل الاتفاق مع أمريكا", 1),  # words of what was said
    ({"q": "لبنان", "speaker": "Hariri"}, "لبنان يراقب", 1),
    ({"q": "\"الاتفاق مع أمريكا\""}, "لن نعود قبل الاتفاق مع أمريكا", 1),  # a phrase
    ({"q": "دمشق"}, "لا اقتباسات بهذه التصفية", 0),  # in the article, not in a quotation
])
def test_quotes_page_keeps_the_quotations_saying_the_words_of_q(client, params, shown, count):
    html = client.get("/ui/quotes", params=params).text
    assert shown in html and f'<span class="n">{count}</span>' in html


def test_a_quotation_has_a_deep_link_to_its_place_in_the_article(client):
    quotes_page = client.get("/ui/quotes", params={"speaker": "Hariri", "q": "أمريكا"}).text
    assert 'href="/ui/articles/a1#q-0"' in quotes_page
    article = client.get("/ui/articles/a1").text
    assert article.count('id="q-0"') == 1  # the quotation's first piece in the text: the link's target
    assert 'href="#q-0"' in article  # the sidebar's link to copy
    entity = client.get("/ui/entities/PER:Saad Hariri").text
    assert 'href="/ui/articles/a1#q-0"' in entity and 'href="/ui/articles/a2#q-0"' in entity


def test_an_event_has_a_deep_link_to_the_words_it_was_read_from(client):
    events_page = client.get("/ui/events", params={"category": "RETREAT"}).text
    assert 'href="/ui/articles/a1#e-0"' in events_page  # was the article's top: find the sentence yourself
    article = client.get("/ui/articles/a1").text
    assert re.search(r'<span class="mk-event" title="RETREAT: انسحب" id="e-0">الانسحاب</span>', article)
    assert 'href="#e-0"' in article  # the article's list of events links each one to its words


def test_search_form_offers_event_categories_by_arabic_name(client):
    html = client.get("/ui/search", params={"q": "انسحاب", "category": "ASSAULT"}).text
    assert '<option value="ASSAULT" selected>اعتداء</option>' in html
    assert '<option value="01">تصريح</option>' in html
    coded = client.get("/ui/search", params={"q": "انسحاب", "category": "190"}).text  # a CAMEO code typed in the URL
    assert '<option value="190" selected>190</option>' in coded


def test_an_article_without_a_printed_outlet_shows_its_record_source(tmp_path):
    from khabar.search import sync_index
    from khabar.store import Store

    with Store(tmp_path / "s.db") as store:
        store.put(Article(id="s1", source=Source("jsonl", outlet="ant/SkyNews"), published="2018-10-14",
                          headline="فتح معبر نصيب", body=["فتح المعبر."]), ["structure"])
        sync_index(store.conn)
    web = TestClient(create_app(tmp_path / "s.db"))
    # by its Arabic name (the English one in its title), its link filtering by the path stored
    assert '<a class="outlet" href="/ui/search?outlet=ant%2FSkyNews" title="مقالات المنفذ Sky News Arabia">' \
        'سكاي نيوز عربية</a>' in web.get("/ui/articles/s1").text
    assert '<span title="Sky News Arabia">سكاي نيوز عربية</span>' in web.get("/ui/search").text
    assert "ant/SkyNews</" not in web.get("/ui/stats").text


def test_entity_filter_chip_names_the_entity_not_its_key(client):
    html = client.get("/ui/search", params={"q": "انسحاب", "entity": "PER:Saad Hariri"}).text
    assert "كيان: <bdi>سعد الحريري</bdi>" in html
    unknown = client.get("/ui/search", params={"q": "انسحاب", "entity": "Q0"}).text
    assert "كيان: <bdi>Q0</bdi>" in unknown


def test_entity_page_dates_what_others_said_about_it(client):
    html = client.get("/ui/entities/GPE%3ALebanon").text
    about = html.split("من قال ماذا عنه")[1]
    assert re.search(r'<time dir="ltr">\d{4}-\d\d-\d\d</time>', about)


@pytest.mark.parametrize("url, params", [("/ui/search", {"q": "انسحاب"}), ("/ui/search", {}), ("/ui/quotes", {})])
def test_list_pages_link_the_next_and_previous_page(client, monkeypatch, url, params):
    monkeypatch.setattr("khabar.web.pages.PAGE", 1)  # one item a page: every list has a next page
    first = client.get(url, params=params).text
    assert ">التالي</a>" in first and ">السابق</a>" not in first
    second = client.get(url, params={**params, "offset": 1}).text
    assert ">السابق</a>" in second


@pytest.mark.parametrize("url, params", [("/ui/search", {"q": "انسحاب"}), ("/ui/quotes", {}), ("/ui/entities", {}),
                                         ("/ui/events", {})])
def test_a_page_past_the_end_links_the_last_page(client, url, params):
    first = client.get(url, params=params).text
    said = re.search(r"في القائمة (.+?) فقط", client.get(url, params={**params, "offset": 5000}).text).group(1)
    total = next(n for n in range(1, 1000) if counted(n, "result") == said)  # نتيجتان, 3 نتائج: said in Arabic
    past = client.get(url, params={**params, "offset": 5000}).text
    assert ">السابق</a>" not in past and ">التالي</a>" not in past and total > 0
    last = re.search(r'<a href="\?[^"]*offset=(\d+)[^"]*">الصفحة الأخيرة</a>', past)
    assert last and int(last.group(1)) < total <= int(last.group(1)) + 100  # the last page holds the last items
    assert ">الصفحة الأخيرة</a>" not in first


def test_entities_page_pages_and_filters_by_type(client, monkeypatch):
    monkeypatch.setattr("khabar.web.pages.ENTITY_PAGE", 1)
    first = client.get("/ui/entities").text
    assert ">التالي</a>" in first and ">السابق</a>" not in first
    assert ">السابق</a>" in client.get("/ui/entities", params={"offset": 1}).text
    people = client.get("/ui/entities", params={"type": "PER"}).text
    assert "سعد الحريري" in people and '<option value="PER" selected>' in people
    assert "لا كيانات بهذه التصفية" in client.get("/ui/entities", params={"type": "NOPE"}).text
    assert client.get("/ui/entities", params={"date_from": "2018-13"}).status_code == 400


def test_search_page_sorts_by_date_and_refuses_an_unknown_order(client):
    html = client.get("/ui/search", params={"q": "انسحاب", "sort": "oldest"}).text
    assert '<option value="oldest" selected>' in html
    assert html.index("/ui/articles/a1") < html.index("/ui/articles/a2")
    api = client.get("/search", params={"q": "انسحاب", "sort": "newest"}).json()
    assert [h["article_id"] for h in api["hits"]] == ["a2", "a1"]
    assert client.get("/ui/search", params={"q": "انسحاب", "sort": "x"}).status_code == 400
    bad = client.get("/search", params={"q": "انسحاب", "sort": "x"})
    assert bad.status_code == 400 and "sort 'x'" in bad.json()["detail"]


def test_an_article_page_takes_an_id_prefix_as_the_api_does(client):
    r = client.get("/ui/articles/a", follow_redirects=False)  # a1 and a2
    assert r.status_code == 404 and "a1" in r.text and "a2" in r.text
    r = client.get("/ui/articles/a2", follow_redirects=False)
    assert r.status_code == 200
    assert client.get("/ui/articles/nope").status_code == 404


def test_an_article_page_by_a_unique_prefix_goes_to_the_article(make_db):
    db = make_db([Article(id="ant-SK-economy-1024-20180721", source=Source("jsonl"), raw="x", headline="خبر",
                          body=["نص الخبر."])])
    r = TestClient(create_app(db)).get("/ui/articles/ant-SK-economy-10", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/ui/articles/ant-SK-economy-1024-20180721"


@pytest.mark.parametrize("byline, reporter", [
    ("لندن: رنيم حنوش", "رنيم حنوش"),  # the city before the colon is left out
    ("القاهرة - سجى عارف:", "سجى عارف"),
    ("حمزة بوفهيد - الأحساء", "حمزة بوفهيد"),  # a city after the name
    ("فارس القحطاني (الرياض)", "فارس القحطاني"),
    ("أنور محمد ـ جدة", "أنور محمد"),  # a tatweel written as a dash
    ("الجزيرة - أحمد القرني:", "أحمد القرني"),  # the paper's name: the part of fewer words
    ("متابعة - أحمد مهران", "أحمد مهران"),
    ("جازان، أبها: فلان الفلاني، علان العلاني", "فلان الفلاني، علان العلاني"),  # a list of cities
    ("الدوحة - واس", "واس"),
    ("آسيا حمزة", "آسيا حمزة"),
    ("FRANCE24", "FRANCE24"),  # no part in Arabic letters: the byline itself
])
def test_a_byline_links_by_its_reporter(byline, reporter):
    from khabar.web.pages import byline_reporter
    assert byline_reporter(byline) == reporter


def test_the_article_page_links_its_byline_and_outlet_to_their_articles(make_db):
    db = make_db([Article(id=i, source=Source("jsonl"), raw=i, byline=b, outlet="ant/SkyNews", headline="احتجاج",
                          body=["احتجاج"]) for i, b in (("r1", "لندن: رنيم حنوش"), ("r2", "بيروت: رنيم حنوش"))])
    client = TestClient(create_app(db))
    html = client.get("/ui/articles/r1").text
    link = re.search(r'<a class="byline" href="([^"]+)"', html).group(1)
    assert link == "/ui/search?byline=" + quote("رنيم حنوش").replace("%20", "+")
    listed = client.get(link.replace("&amp;", "&")).text
    assert "/ui/articles/r1" in listed and "/ui/articles/r2" in listed
    assert 'href="/ui/search?outlet=ant%2FSkyNews"' in html


def test_the_stats_page_lists_the_articles_of_no_outlet_as_such_and_links_to_them(make_db):
    db = make_db([Article(id=i, source=Source("jsonl"), raw=i, outlet=o, headline="احتجاج", body=["احتجاج"])
                  for i, o in (("n1", "ant/SkyNews"), ("n2", None))])
    client = TestClient(create_app(db))
    html = client.get("/ui/stats").text
    assert '<a href="/ui/search?missing=outlet">بلا منفذ</a></td><td>1</td>' in html and "unknown" not in html
    listed = client.get("/ui/search", params={"missing": "outlet"}).text
    assert "/ui/articles/n2" in listed and "/ui/articles/n1" not in listed


def test_the_speakers_of_the_articles_of_no_outlet_link_nowhere(make_db):
    """The quotations page cannot keep the articles of no outlet: a link there would count every outlet's."""
    def quoted(aid: str, outlet: str | None) -> Article:
        a = Article(id=aid, source=Source("jsonl"), raw=aid, outlet=outlet, headline="تصريح", body=["قال سامي: «سنعود»."])
        a.quotes = [Quote("قال", "direct", "سنعود", "body", 0, 11, 16, speaker=Ref("سامي", None))]
        return a
    html = TestClient(create_app(make_db([quoted("w1", "ant/SkyNews"), quoted("w2", None)]))).get("/ui/stats").text
    by_outlet = html[html.index("من يقتبس كل منفذ أكثر"):]
    assert by_outlet.count("<bdi>سامي</bdi>") == 2
    assert by_outlet.count("/ui/quotes?") == 1 and "outlet=ant%2FSkyNews" in by_outlet


def test_the_stats_pages_month_of_undated_articles_is_named_in_arabic(make_db):
    a = Article(id="u1", source=Source("jsonl"), raw="u1", outlet="ant/CNN", headline="تصريح", body=["قال سامي: «سنعود»."])
    a.quotes = [Quote("قال", "direct", "سنعود", "body", 0, 11, 16, speaker=Ref("سامي", None))]
    html = TestClient(create_app(make_db([a]))).get("/ui/stats").text
    assert "<th><bdi>بلا تاريخ</bdi></th>" in html and ">undated<" not in html


def test_the_stats_page_resolves_its_filters_once(client, monkeypatch):
    import khabar.search.filters as filters
    import khabar.store.speakers as speakers
    import khabar.store.stats as stats
    import khabar.web.pages as pages

    calls = []
    real = filters.filter_sql
    for module in (pages, stats, speakers):  # wherever the page's two tables could resolve them
        monkeypatch.setattr(module, "filter_sql", lambda *a, **k: calls.append(1) or real(*a, **k), raising=False)
    page = client.get("/ui/stats?entity=" + "سعد الحريري" + "&place=Beirut")
    assert page.status_code == 200 and "سعد الحريري" in page.text and len(calls) == 1


@pytest.mark.parametrize("path, params, kept, dropped", [
    ("/ui/quotes", {"outlet": "CNN"}, "لبنان يراقب", "لن نعود قبل"),  # the outlet was dropped: every quotation
    ("/ui/quotes", {"ids": "a1"}, "لن نعود قبل", "لبنان يراقب"),  # one article's quotations, to check them
    ("/ui/entities", {"outlet": "CNN", "type": "GPE"}, ">لبنان<", ">بيروت<"),
    ("/ui/events", {"same_story": "a2"}, None, "قال سعد الحريري إن الانسحاب"),
    ("/ui/events", {"entity": "بيروت"}, "قال سعد الحريري إن الانسحاب", None),
])
def test_the_list_pages_keep_the_articles_every_article_filter_keeps(client, path, params, kept, dropped):
    page = client.get(path, params=params)
    assert page.status_code == 200
    assert kept is None or kept in page.text
    assert dropped is None or dropped not in page.text
    name, value = next(iter(params.items()))  # the form keeps the filter for the next search and page
    assert f'name="{name}" value="{value}"' in page.text


@pytest.mark.parametrize("path, params", [("/ui/quotes", {"about": "ترامب"}), ("/ui/events", {"denied": "1"}),
                                          ("/ui/entities", {"q": "ترامب"}), ("/ui/pairs", {"actor": "x"}),
                                          ("/ui/map", {"outlets": "CNN"}), ("/ui/map", {"offset": "20"}),
                                          ("/ui/stats", {"speaker": "ترامب"}), ("/ui/stories", {"q": "انسحاب"}),
                                          ("/ui/search", {"outlets": "CNN", "q": "انسحاب"})])
def test_a_list_page_refuses_a_parameter_it_does_not_take_rather_than_ignore_it(client, path, params):
    page = client.get(path, params=params)
    assert page.status_code == 400
    assert f"unknown parameter &#39;{next(iter(params))}&#39;" in page.text


@pytest.mark.parametrize("path", ["/ui/map", "/ui/stats", "/ui/stories", "/ui/quotes", "/ui/search"])
def test_a_page_refuses_a_filter_given_twice_rather_than_read_the_last(client, path):
    page = client.get(path, params=[("outlet", "CNN"), ("outlet", "BBC")])
    assert page.status_code == 400 and "parameter &#39;outlet&#39; given more than once" in page.text


@pytest.mark.parametrize("path, params", [
    ("/ui/map", {"outlet": "CNN", "within": "LB", "category": "ASSAULT", "source": "x", "target": "y"}),
    ("/ui/stats", {"outlet": "CNN", "top": "3"}), ("/ui/stories", {"outlet": "CNN", "offset": "0"}),
    ("/ui/search", {"q": "انسحاب", "sort": "newest", "collapse": "1", "byline": "", "missing": "", "offset": "0"}),
])
def test_a_page_takes_every_parameter_its_form_sends(client, path, params):
    assert client.get(path, params=params).status_code == 200


@pytest.mark.parametrize("name, tracking", [("utm_source", True), ("utm_campaign", True), ("fbclid", True),
                                            ("gclid", True), ("utm", False), ("outlets", False), ("q", False)])
def test_a_shared_links_tracking_parameters_are_told_from_a_pages_own(name, tracking):
    from khabar.web.pages import is_tracking_parameter

    assert is_tracking_parameter(name) is tracking


@pytest.mark.parametrize("path", ["/ui/map", "/ui/stats", "/ui/quotes", "/ui/search"])
def test_a_shared_link_with_tracking_parameters_still_opens(client, path):
    assert client.get(path, params={"outlet": "CNN", "utm_source": "newsletter", "fbclid": "x1"}).status_code == 200


def test_the_stats_pages_speakers_link_to_their_quotations_under_the_same_filters(client):
    html = client.get("/ui/stats", params={"outlet": "BBC"}).text
    link = re.search(r'href="(/ui/quotes\?[^"]*)"', html)[1].replace("&amp;", "&")
    assert "outlet=BBC" in link
    quotes = client.get(link).text
    assert "لن نعود قبل" in quotes and "لبنان يراقب" not in quotes


@pytest.mark.parametrize("path, params, shown, hidden", [
    ("/ui/quotes", {"kind": "indirect"}, "لبنان يراقب", "لن نعود قبل"),  # the form's نوع القول
    ("/ui/quotes", {"missing": "speaker"}, "لا اقتباسات", "لبنان يراقب"),  # every quotation here has a speaker
    ("/ui/quotes", {"sort": "oldest"}, "لن نعود قبل", None),  # the first statement first
    ("/ui/events", {"negated": "true"}, "لا أحداث", "قال سعد الحريري إن الانسحاب"),
    ("/ui/events", {"negated": "false"}, "قال سعد الحريري إن الانسحاب", "لا أحداث"),
])
def test_the_lists_keep_a_quotation_kind_the_quotations_without_speaker_and_the_denials(client, path, params,
                                                                                        shown, hidden):
    page = client.get(path, params=params)
    assert page.status_code == 200 and shown in page.text and (hidden is None or hidden not in page.text)
    assert f'<option value="{next(iter(params.values()))}" selected>' in page.text
    if params.get("sort"):
        assert page.text.index("لن نعود قبل") < page.text.index("لبنان يراقب")


def test_a_list_page_refuses_a_yes_no_value_of_no_meaning(client):
    page = client.get("/ui/events", params={"negated": "maybe"})
    assert page.status_code == 400 and "negated must be true or false" in page.text


def test_the_pages_templates_and_map_are_ready_before_the_first_reader():
    from khabar.web import pages
    from khabar.web.map import country_centres

    pages._env.cache.clear()
    country_centres.cache_clear()
    pages.web_router(lambda: None)
    assert len(pages._env.cache) == len(pages._env.list_templates())
    assert country_centres.cache_info().currsize == 1


@pytest.mark.parametrize("params, said", [({}, "قُرئت مقالتان (الأحدث)"), ({"date_from": "2030"}, None)])
def test_the_stories_page_says_how_many_articles_it_read_and_nothing_of_none(client, params, said):
    html = client.get("/ui/stories", params=params).text
    assert (said in html) if said else ("قُرئت" not in html and "لا قصة نشرتها أكثر من مقالة" in html)
