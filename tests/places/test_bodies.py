"""A newspaper, club or armed group named like a place (الشرق الأوسط، برشلونة، ولاية سيناء) is no place."""

from __future__ import annotations

import pytest

from khabar import entities, places
from khabar.model import Article, Source
from khabar.places.gazetteer import team_heads, team_tails, told_words


def place_texts(*body: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", source=Source(kind="text"), body=list(body))
    article = entities.run(article, entities.Options(tagger=False))
    return [(p.text, p.name) for p in places.run(article, places.Options()).places]


@pytest.mark.parametrize(("text", "body"), [
    ("وقال مصدر مطلع لـ«الشرق الأوسط» إن الحادثة وقعت", "الشرق الأوسط"),  # the paper
    ("بحسب ما ورد في صحيفة «الشرق الأوسط» اليوم", "الشرق الأوسط"),
    ("بث تنظيم «ولاية سيناء» تسجيلا مصورا", "سيناء"),  # the group, and the region inside its name
    # a place opening a longer name of a body, or inside it with the name going on after it
    ("ولعب نيمار مع باريس سان جيرمان الموسم الماضي", "باريس"),
    ("وأعلنت قطر للبترول رفع الإنتاج", "قطر"),
    ("وقال مصدر أمني لوكالة تونس إفريقيا للأنباء إن", "تونس"),
    # a club's name, wherever the city stands in it
    ("سيلتقي بايرن ميونيخ نظيره الإسباني في ربع النهائي", "ميونيخ"),
    ("قال مدرب أهلي جدة إن الفريق جاهز للمباراة", "جدة"),
    # a company's name (companies.tsv) closing on a place
    ("وارتفع سهم إعمار مصر في البورصة", "مصر"),
    ("وقال رئيس بنك قطر الوطني إن الأرباح زادت", "قطر"),
    # a continent inside a competition's or body's name
    ("ويستعد الفريق لنهائي دوري أبطال أوروبا", "أوروبا"),
    ("تأهل المنتخب إلى نهائيات كأس أمم إفريقيا", "إفريقيا"),
    ("وقالت الجمعية البرلمانية لمجلس أوروبا إن", "أوروبا"),
    # a city after a team word (team_heads.txt) names the team
    ("بعد اعتزاله اللعب مع فريق لوس أنجلوس ليكرز", "لوس أنجلوس"),
    ("في مباراة تجمعه اليوم مع ضيفه روما", "روما"),
    ("قاد المنتخب قبل أن يعمل مدربا لليل الفرنسي", "لليل"),  # a coach for Lille: the club
    ("واحتفلت جماهير ليفربول بالفوز", "ليفربول"),
    ("واحتفل مشجعو ليفربول بالفوز", "ليفربول"),
    ("وفاز ترجي جرجيس على ضيفه أمس", "جرجيس"),  # a club's name opening on its kind
    ("أكد النائب المستقيل عن نداء تونس أنه سيغادر", "تونس"),  # a party's name (parties.tsv)
    ("تعادل أولمبيك مرسيليا سلبيا", "مرسيليا"),
    # any place inside a treaty's name
    ("وهذا مخالف لاتفاقية جنيف الرابعة", "جنيف"),
    # a quoted name after ل: the paper told, no place
    ("يتفق عدد ممن تحدث ل\"الرياض\" حول أهمية السفر", "الرياض"),
    ("وقال مسؤول لـ«الرياض» إن الوزارة", "الرياض"),
    ("وقال المحلل في شركة «الجزيرة كابتال» جاسم الجبران ل\"الرياض\" إن الإعلان", "الرياض"),  # إن after
])
def test_a_body_named_like_a_place_is_no_place(text: str, body: str) -> None:
    assert not any(body in found for found, _ in place_texts(text))


@pytest.mark.parametrize(("text", "place", "name"), [
    ("تتصاعد التوترات في الشرق الأوسط", "الشرق الأوسط", "Middle East"),  # the region
    ("وقعت اشتباكات في ولاية سيناء", "ولاية سيناء", "Sinai"),  # a locative word: the place
    ("قدم الكاتب كتابه ببرشلونة", "ببرشلونة", "Barcelona"),
    ("وصل الرئيس إلى البيت الأبيض", "البيت الأبيض", "White House"),  # the body is the place itself
    ("وقضت محكمة الاستئناف في باريس بسجنه", "باريس", "Paris"),  # a locative inside a body's name
    ("وأعلنت قطر للبترول أن قطر سترفع الإنتاج", "قطر", "Qatar"),  # the country named apart
    ("وتقام المباريات في كأس العالم في روسيا", "روسيا", "Russia"),  # the host after the event
    ("ويستعد الفريق لنهائي دوري أبطال أوروبا في كييف", "كييف", "Kyiv"),
    ("توجه الوفد إلى \"الرياض\" أمس", "الرياض", "Riyadh"),  # quoted, but no ل before it
    ("يلتقي المنتخب مع ضيفه المغرب", "المغرب", "Morocco"),  # a country's side: still the country
    ("وعقد الاجتماع في مقر الاتحاد بالرياض", "بالرياض", "Riyadh"),  # ب: in Riyadh, no club
    ("حول حاضر ومستقبل الوطن العربي", "الوطن العربي", "Arab world"),  # a region, no club
    ("حجم الإنفاق على الاتصالات بالسعودية", "بالسعودية", "Saudi Arabia"),  # ب: in, not the company's name
    ("تعد البلدات مفاتيح لـ«الهلال النفطي» كلها", "الهلال النفطي", "Oil Crescent"),  # quoted, no telling
    ("وصل الفريق إلى روما", "روما", "Rome"),
    ("عقدت المجموعة مؤتمرها في مقر بورصة لندن", "لندن", "London"),  # a company's seat (seat_heads.txt)
    ("تتصاعد التوترات في أوروبا", "أوروبا", "Europe"),
])
def test_a_place_word_or_the_place_itself_keeps_the_place(text: str, place: str, name: str) -> None:
    assert (place, name) in place_texts(text)


@pytest.mark.parametrize("head", sorted(team_heads()))
def test_every_team_head_makes_a_city_the_team(head: str) -> None:
    assert not any("روما" in found for found, _ in place_texts(f"في المباراة مع {head}ه روما أمس"))
    assert ("روما", "Rome") in place_texts(f"وصل {head}ه إلى روما أمس")


@pytest.mark.parametrize("tail", sorted(team_tails()))
def test_every_team_tail_makes_the_city_before_it_the_club(tail: str) -> None:
    assert not any("جندوبة" in found for found, _ in place_texts(f"وفاز فريق جندوبة {tail} على ضيفه"))
    assert not any("جندوبة" in found for found, _ in place_texts(f"وتعادلت جندوبة {tail} مع ضيفها"))
    assert ("بجندوبة", "Jendouba") in place_texts(f"وأقيمت الدورة بجندوبة {tail} أمس")  # ب: in the town
    assert ("قطر", "Qatar") in place_texts(f"وقالت قطر {tail} إن")  # a country stays a place


@pytest.mark.parametrize("word", sorted(told_words()))
def test_every_told_word_makes_a_quoted_name_after_lam_the_paper(word: str) -> None:
    assert not any("الرياض" in found for found, _ in place_texts(f"و{word} مصدر لـ«الرياض» إن الوزارة"))


@pytest.mark.parametrize(("later", "kept"), [
    ("وافتتح ميسي أهداف برشلونة في الدقيقة الثانية", False),  # the club named before: one sense a story
    ("وتأهل يوفنتوس وبرشلونة إلى ربع النهائي", False),
    ("وأقيمت المباراة في برشلونة أمام خمسين ألف متفرج", True),  # a locative: the city
    ("ووصل الفريق إلى مدينة برشلونة مساء أمس", True),  # a designator: the city
])
def test_a_word_naming_a_club_elsewhere_in_the_story_is_the_club(later: str, kept: bool) -> None:
    found = place_texts("وقال مدرب نادي برشلونة إن الفريق جاهز للمباراة", later)
    assert any(name == "Barcelona" for _, name in found) is kept


@pytest.mark.parametrize(("text", "expected"), [
    # a city opening a venue's name of two words is the name's, no place
    ("وقاد الحكم المباراة على ملعب سانتياغو برنابيو في مدريد", [("مدريد", "Madrid")]),
    ('ويحل الفريق ضيفا على ملعب "سانتياغو برنابيو" في الإياب', []),
    ("وتقام المباراة على ستاد ستامفورد بريدج في لندن", [("لندن", "London")]),
    # ... not before a clitic word, a definite word or a venue_city_tails word: the city stays
    ("على ملعب قرطاج بالعاصمة التونسية", [("قرطاج", "Carthage"), ("بالعاصمة التونسية", "Tunis")]),
    ("في ملعب ميلانو الجديد", [("ميلانو", "Milan")]),
    ("وصل الوفد إلى سانتياغو برفقة الوزير", [("سانتياغو", "Santiago")]),  # no venue word
])
def test_a_city_opening_a_venue_name_is_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert place_texts(text) == expected


def test_a_venue_city_tail_keeps_the_city() -> None:
    from khabar.places.gazetteer import venue_city_tails, venue_heads
    assert {"ملعب", "استاد"} <= venue_heads()
    for tail in venue_city_tails():
        assert place_texts(f"فاز الفريق في ملعب ميلانو {tail} بإيطاليا")[0] == ("ميلانو", "Milan")
