"""Page families written in the twelfth session as unseen layouts, measured at first contact before
any fix (marked ``5+`` in bench_structure.py), each a kind of page no earlier family imitates, rendered
from real corpus records read at bench time (``fresh_records``: records past line 1,000 of the three
corpora, never a dev gold article) with the truth of every field:

- interview_qa: an interview: intro paragraph, then questions on lines of their own (``س:`` or a bare
  question ending in ``؟``) each followed by its answer (``ج:`` or plain); ``حاوره:`` byline.
- oped_bio: an opinion page: ``رأي`` section label, the writer's name and role over the headline, the
  date, the column, a closing bio line (``* كاتب …``), "other articles by the writer" list, disclaimer.
- consent_wall: a page copied with its cookie banner, a sign-in / subscription wall between the
  paragraphs (the rest copied after signing in) and a newsletter sign-up box.
- read_also_block: breadcrumb trail, a ``اقرأ أيضاً`` header with two or three headlines set inside
  the body between paragraphs, a ``كلمات مفتاحية`` tag line at the foot.
- whatsapp_forward: a story forwarded on WhatsApp: ``dd/mm/yyyy, hh:mm - sender: *headline*``, the
  message's paragraphs, ``_المصدر: outlet_``, ``منقول``.
- news_ticker: a portal's top widgets copied over the article: a ``عاجل`` ticker of other headlines,
  weather, prayer times, currency rates, then the article.
- facebook_post: a page's Facebook post: page name, ``date الساعة hh:mm ·``, the post (headline then
  the paragraphs), the link preview (domain, headline), reaction counts and buttons.
- video_page: a video page: ``فيديو`` label, headline, duration and views, date, the description
  paragraphs, then "related videos" each with its duration on the line before.

Then four more, written after the fixes the eight prompted and first run unseen too (``5++``):

- reader_app: a read-it-later app's copy: the site's domain and reading time, the headline, the
  writer and date on one line, the text, "view original" and "archive" buttons.
- press_release: a press release: ``بيان صحفي`` / ``للنشر الفوري`` labels, city and date line, the
  text, ``-انتهى-``, an "about the company" boilerplate paragraph and a media contact block.
- sponsored_block: an article followed by a sponsored-content widget (``محتوى مدعوم``) whose
  items each carry the advertiser's name on the line under them, then the site's related block.
- translated_article: a translated piece: the headline, ``ترجمة: name`` and ``المصدر: foreign
  outlet`` lines, the English original title, the date, the text, a "translated from" foot.

The truth leaves banners, walls, widgets, counters, buttons and bios out of the body.
"""

from __future__ import annotations

import random

from page_builder import Builder, Layout, Page, Record, clock_time, corpus_records, msa, one_line

QUESTIONS = ["كيف تقيّمون الوضع الحالي؟", "ما هي أبرز التحديات التي تواجهكم؟", "ماذا عن الخطوات المقبلة؟",
             "هل هناك جدول زمني محدد لذلك؟", "ما ردكم على الانتقادات الموجهة إليكم؟",
             "وما الذي تغير منذ ذلك الحين؟", "كيف ترون مستقبل هذا الملف؟"]
ROLES = ["كاتب وباحث سياسي", "كاتبة صحفية", "أستاذ العلوم السياسية", "كاتب ومحلل اقتصادي"]
COOKIE = ["يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك، وبمواصلة التصفح فإنك توافق على ذلك.",
          "نستخدم ملفات تعريف الارتباط لتقديم أفضل تجربة ممكنة على موقعنا. لمعرفة المزيد اطلع على سياسة الخصوصية."]
WALL = [["لمواصلة القراءة، سجّل الدخول أو أنشئ حساباً مجانياً", "تسجيل الدخول | إنشاء حساب"],
        ["هذا المحتوى متاح للمشتركين فقط", "اشترك الآن واحصل على شهر مجاني", "لديك حساب؟ تسجيل الدخول"]]
BREADCRUMBS = ["الرئيسية / أخبار / عربي ودولي", "الرئيسية » محليات » تقارير", "الرئيسية > اقتصاد > أسواق"]
SENDERS = ["أبو فهد", "+966 55 123 4567", "خالد", "مجموعة العائلة"]
PRAYERS = ["الفجر 04:12", "الظهر 11:58", "العصر 15:21", "المغرب 18:04", "العشاء 19:34"]
PAGES = [("صحيفة الأفق", "alofoq-news.com"), ("بوابة المستقبل", "almostaqbal.net"), ("المرصد نيوز", "marsad24.info")]

def fresh_records(n: int, seed: int = 12, starts: dict[str, int] | None = None) -> list[Record]:
    """n usable records past line 1,000 (or the lines ``starts`` names) of the three corpora (2/5
    ant_multisource, 2/5 saudinewsnet, 1/5 Jawhara FM), none a dev gold article, with other titles
    for related blocks."""
    starts = starts or dict.fromkeys(("ant_multisource", "saudinewsnet", "ant_jawharafm"), 1000)
    return corpus_records(n, seed, {name: (start, None) for name, start in starts.items()})


def layout_interview_qa(record: Record, rng: random.Random) -> Page:
    """An interview: questions on lines of their own, each over its answer."""
    b = Builder("interview_qa", record, rng)
    b.add(b.page.headline, "", msa(b.day), "")
    if (name := b.plain_byline("-–|./():«»")) is not None:
        b.add(f"حاوره: {name}", "")
    body = b.body_lines(rng.choice(["dash", None]))
    labelled = rng.random() < 0.5
    truth = [b.page.body[0]]  # (without the dateline body_lines may have set before it)
    b.add(body[0], "")
    for k, answer in enumerate(body[1:]):
        if answer.startswith("للمزيد: "):  # a related link the record's text holds stays a line of its own
            b.add(answer, "")
            continue
        question = QUESTIONS[k % len(QUESTIONS)]
        if labelled:
            question, answer = f"س: {question}", f"ج: {answer}"
        b.add(question, answer, "")
        truth += [question, answer]
    b.page.body = truth
    return b.done()


def layout_oped_bio(record: Record, rng: random.Random) -> Page:
    """An opinion column: writer's name and role over the headline, bio and other columns below."""
    b = Builder("oped_bio", record, rng)
    outlet = b.outlet()
    name = b.plain_byline("-–|./():«»")
    role = rng.choice(ROLES)
    b.add(outlet, "رأي", "")
    if name is not None:
        b.add(name, role, "")
    b.add(b.page.headline, "", msa(b.day, weekday=False), "")
    b.add_paragraphs(None)
    if name is not None:
        b.add(f"* {name} {role}", "")
    b.add("مقالات أخرى للكاتب", *b.related(3, 4), "",
          "المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع", "")
    return b.done()


def layout_consent_wall(record: Record, rng: random.Random) -> Page:
    """A page copied with its cookie banner and a sign-in wall between the paragraphs."""
    b = Builder("consent_wall", record, rng)
    outlet = b.outlet()
    b.add(rng.choice(COOKIE), "موافق  |  المزيد", "", outlet, "", b.page.headline, "",
          f"{msa(b.day)} - {clock_time(rng)} م", "")
    b.add_paragraphs_with_inset(b.body_lines(rng.choice(["dash", "agency", None])), rng.choice(WALL))
    b.add("اشترك في نشرتنا البريدية", "أدخل بريدك الإلكتروني", "اشتراك", "")
    return b.done()


def layout_read_also_block(record: Record, rng: random.Random) -> Page:
    """A read-also box of two or three headlines set between the paragraphs; breadcrumb and tags."""
    b = Builder("read_also_block", record, rng)
    b.add(rng.choice(BREADCRUMBS), "", b.page.headline, "")
    if (line := b.byline(rng.choice(["كتب: ", "كتبت - "]))) is not None:
        b.add(line)
    b.add(f"{msa(b.day, weekday=False)} {clock_time(rng)}", "")
    related = b.related(2, 3)
    b.add_paragraphs_with_inset(b.body_lines(rng.choice(["dash", "comma", None])),
                                [rng.choice(["اقرأ أيضاً", "اقرأ أيضا:", "طالع أيضا"]), *related])
    tags = b.page.headline.split()[:3]
    b.add("كلمات مفتاحية: " + "، ".join(tags), "")
    return b.done()


def layout_whatsapp_forward(record: Record, rng: random.Random) -> Page:
    """A story forwarded on WhatsApp, as the chat export writes it."""
    b = Builder("whatsapp_forward", record, rng)
    sender = rng.choice(SENDERS)
    stamp = f"{b.day.day:02d}/{b.day.month:02d}/{b.day.year}, {rng.randint(10, 23)}:{rng.randint(10, 59)}"
    b.add(f"{stamp} - {sender}: *{b.page.headline}*")
    for paragraph in b.body_lines(rng.choice(["dash", None])):
        b.add("", paragraph)
    b.add("", f"_المصدر: {b.outlet()}_", "منقول")
    return b.done()


def layout_news_ticker(record: Record, rng: random.Random) -> Page:
    """A portal's top widgets (breaking ticker, weather, prayer times, rates) over the article."""
    b = Builder("news_ticker", record, rng)
    outlet = b.outlet()
    others = [one_line(t) for t in record.others[-3:] if one_line(t) and one_line(t) != b.page.headline]
    b.add(outlet, f"{rng.choice(['الرياض', 'القاهرة', 'عمان'])} {rng.randint(18, 41)}°",
          "  ".join(PRAYERS[: rng.randint(3, 5)]), f"الدولار {rng.randint(3, 17)}.{rng.randint(10, 99)}", "",
          "عاجل", *[f"{t}" for t in others[: rng.randint(2, 3)]], "", b.page.headline, "", msa(b.day), "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    return b.done()


def layout_facebook_post(record: Record, rng: random.Random) -> Page:
    """A news page's Facebook post with its link preview and reaction bar."""
    b = Builder("facebook_post", record, rng)
    page, domain = rng.choice(PAGES)
    b.page.outlet = page
    b.add(page, f"{msa(b.day, weekday=False)} الساعة {clock_time(rng)} {rng.choice(['ص', 'م'])} ·",
          b.page.headline, "")
    b.add_paragraphs(rng.choice(["dash", None]))
    b.add(domain.upper(), b.page.headline, "", f"{rng.randint(2, 9)}.{rng.randint(1, 9)} ألف",
          f"{rng.randint(10, 400)} تعليقًا  {rng.randint(10, 900)} مشاركة", "أعجبني  تعليق  مشاركة",
          "اكتب تعليقًا...")
    return b.done()


def layout_video_page(record: Record, rng: random.Random) -> Page:
    """A video page: duration and views, the description, related videos with their durations."""
    b = Builder("video_page", record, rng)
    outlet = b.outlet()
    duration = f"{rng.randint(0, 9):02d}:{rng.randint(10, 59)}"
    b.add(outlet, "فيديو", "", b.page.headline, "", duration, f"{rng.randint(2, 90)} ألف مشاهدة", msa(b.day), "")
    b.add_paragraphs(rng.choice(["dash", None]))
    lines = []
    for title in b.related(3, 4):
        lines += [f"{rng.randint(0, 9):02d}:{rng.randint(10, 59)}", title]
    b.add("فيديوهات ذات صلة", *lines, "")
    return b.done()


ADVERTISERS = ["Taboola", "برعاية شركة الأفق للتأمين", "Outbrain", "إعلان ممول"]
FOREIGN = [("الغارديان", "The Guardian"), ("نيويورك تايمز", "The New York Times"), ("لوموند", "Le Monde")]
EN_TITLES = ["What comes next for the region", "A crisis that will not go away", "Inside the long negotiations"]


def layout_reader_app(record: Record, rng: random.Random) -> Page:
    """A read-it-later app's copy of the article."""
    b = Builder("reader_app", record, rng)
    _, domain = rng.choice(PAGES)
    b.add(f"{domain} · {rng.randint(2, 12)} دقائق للقراءة", "", b.page.headline, "")
    meta = msa(b.day, weekday=False)
    if (name := b.plain_byline("-–|./():«»")) is not None:
        meta = f"{name} · {meta}"
    b.add(meta, "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("عرض الأصل", "أرشفة  |  حذف  |  مشاركة")
    return b.done()


def layout_press_release(record: Record, rng: random.Random) -> Page:
    """A press release with its labels, boilerplate and media contact."""
    b = Builder("press_release", record, rng)
    outlet = b.outlet()
    b.add(rng.choice(["بيان صحفي", "بيان إعلامي"]), "للنشر الفوري", "", b.page.headline, "",
          msa(b.day, weekday=False), "")
    b.add_paragraphs(rng.choice(["dash", "colon", None]))
    b.add("-انتهى-", "", f"نبذة عن {outlet}",
          f"تأسست {outlet} عام 1998 وهي من أبرز المؤسسات الإعلامية في المنطقة وتقدم خدماتها لملايين القراء.", "",
          "للتواصل الإعلامي:", "سارة الحسن", "هاتف: +971 4 123 4567", "press@example.org")
    return b.done()


def layout_sponsored_block(record: Record, rng: random.Random) -> Page:
    """Sponsored links (each with its advertiser under it), then the site's own related block."""
    b = Builder("sponsored_block", record, rng)
    b.add(b.page.headline, "", msa(b.day), "")
    b.add_paragraphs(rng.choice(["dash", None]))
    pool = [one_line(t) for t in record.others[6:] if one_line(t)]
    b.add(rng.choice(["محتوى مدعوم", "قد يعجبك أيضا - إعلان", "روابط إعلانية"]))
    for title in pool[:3]:
        b.add(title, rng.choice(ADVERTISERS))
    b.add("", "اقرأ أيضا", *b.related(3, 4))
    return b.done()


def layout_translated_article(record: Record, rng: random.Random) -> Page:
    """A translated piece: translator and foreign source lines, the original English title."""
    b = Builder("translated_article", record, rng)
    arabic, latin = rng.choice(FOREIGN)
    b.add(b.page.headline, "")
    if (name := b.plain_byline("-–|./():«»")) is not None:
        b.add(f"ترجمة: {name}")
    b.add(f"المصدر: {arabic}", rng.choice(EN_TITLES), msa(b.day), "")
    b.add_paragraphs(None)
    b.add(f"* هذا المقال مترجم عن صحيفة {arabic} ({latin})")
    return b.done()


LATER_TWELFTH_LAYOUTS: dict[str, Layout] = {
    "reader_app": layout_reader_app,
    "press_release": layout_press_release,
    "sponsored_block": layout_sponsored_block,
    "translated_article": layout_translated_article,
}

TWELFTH_LAYOUTS: dict[str, Layout] = {
    "interview_qa": layout_interview_qa,
    "oped_bio": layout_oped_bio,
    "consent_wall": layout_consent_wall,
    "read_also_block": layout_read_also_block,
    "whatsapp_forward": layout_whatsapp_forward,
    "news_ticker": layout_news_ticker,
    "facebook_post": layout_facebook_post,
    "video_page": layout_video_page,
}
