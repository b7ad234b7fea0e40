"""Ten page families written in the ninth session as unseen layouts: text dumps copied from a browser
off Arabic news CMSs the other layouts do not imitate, with the clutter such copies carry.

WordPress news theme (a "today" date in the top bar, comment count, tags, comment form), Egyptian
portal (``كتب فلان`` under the headline, ``اقرأ أيضا`` lines inside the body, "most read" list),
Moroccan portal (``site - author`` credit, photo credit, visitors' comments after the body), a
Doha-style page (breadcrumb, deck, ``المصدر : X + وكالات`` source line at the foot), a London
broadcaster (month named twice with a slash, image source and caption lines, numbered "most read"
list with the number on its own line), an Abu Dhabi-style page (``city - outlet`` credit, published
and updated stamps with a time zone, inline related lines, a tag list one per line), a Jordanian
daily (``عمان-الغد-`` dateline glued to the outlet, ``إضافة إعلان`` ad markers between paragraphs), a
print view (address, print date after the publication date), an RSS item copied as text (link, RFC
822 date, "appeared first on" footer), a Hijri + Gregorian issue line with a trailing service credit.

The truth leaves captions, ad markers, comments, tag lists and credits out of the body.
"""

from __future__ import annotations

import datetime as dt
import random

from page_builder import (
    CITIES,
    EN_DAYS_SHORT,
    EN_MONTHS_SHORT,
    LEVANTINE,
    MAGHREB_MA,
    MSA,
    WEEKDAYS,
    Builder,
    Layout,
    Page,
    Record,
    hijri,
    msa,
    one_line,
)

NAMES = ["أبو محمد", "مواطن غيور", "سمير", "ابن البلد", "نادية م."]
COMMENTS = ["كلام جميل لكن أين التطبيق على أرض الواقع يا سادة، نريد أفعالا لا أقوالا",
            "شكرا على هذا المقال المفيد والله يوفق الجميع لما فيه خير البلاد والعباد",
            "هذا الخبر غير دقيق والحقيقة أن الوضع أسوأ بكثير مما تصفون في هذا المقال"]


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}:{rng.randint(0, 59):02d} {rng.choice(['ص', 'م'])}"


def layout_wp_news(record: Record, rng: random.Random) -> Page:
    """WordPress news theme: top-bar date of the visit, login, menu, breaking label, post meta line,
    comment count, share buttons with counts, caption, tags, "اقرأ أيضا" block, comment form."""
    b = Builder("wp_news", record, rng)
    seen = b.day + dt.timedelta(days=rng.randint(1, 30))
    b.add(f"{WEEKDAYS[seen.weekday()]}، {seen.day} {MSA[seen.month - 1]} {seen.year}", "تسجيل الدخول",
          "الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "", "عاجل", "", b.page.headline, "")
    meta = msa(b.day, weekday=False)
    if (name := b.plain_byline()) is not None:
        meta = f"{name} {meta}"
    b.add(meta, f"{rng.randint(0, 9)} تعليقات", "", f"فيسبوك {rng.randint(0, 99)}", "تويتر", "واتساب",
          "", "صورة أرشيفية", "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("الوسوم", "، ".join(b.page.headline.split()[:3]), "", "اقرأ أيضا", "")
    b.add(*[x for r in b.related(3, 5) for x in (r, "")])
    b.add("اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "التعليق",
          "الاسم *", "البريد الإلكتروني *", "إرسال التعليق", "", f"جميع الحقوق محفوظة © {seen.year}")
    return b.done()


def layout_egypt_portal(record: Record, rng: random.Random) -> Page:
    """Egyptian portal: section kicker, 'كتب فلان' without colon, weekday date with a 12-hour time,
    'اقرأ أيضا:' lines between paragraphs, share counts, most-read list."""
    b = Builder("egypt_portal", record, rng)
    b.add(rng.choice(["أخبار مصر", "سياسة", "حوادث", "عرب وعالم"]), "", b.page.headline, "")
    if (name := b.plain_byline()) is not None:
        b.add(f"كتب {name}", "")
    b.add(f"{WEEKDAYS[b.day.weekday()]}، {msa(b.day, weekday=False)} {_clock(rng)}", "")
    b.add("مشاركة", "", "", "")
    body = b.body_lines(None)
    related = b.related(2, 4)
    slots, used = {0: 0, 2: 1}, set()
    for i, p in enumerate(body):
        b.add(p, "")
        if i in slots and slots[i] < len(related):
            b.add(f"اقرأ أيضا: {related[slots[i]]}", "")
            used.add(slots[i])
    b.add(*[f"اقرأ أيضا: {r}" for k, r in enumerate(related) if k not in used])
    b.add("", "تعليقات (0)", "", "الأكثر قراءة", "", *[f"{one_line(r)}" for r in record.others[8:11]])
    b.page.related = b.page.related + [one_line(r) for r in record.others[8:11]]
    return b.done()


def layout_hespress(record: Record, rng: random.Random) -> Page:
    """Moroccan portal: 'site - author' credit, weekday date with time, photo credit, body, visitors'
    comments (numbered commenter, time ago, the comment) after the body."""
    b = Builder("hespress", record, rng)
    b.add("هسبريس من المغرب", "الرئيسية | سياسة | مجتمع | اقتصاد", "", b.page.headline, "")
    name = b.plain_byline()
    b.page.outlet = "هسبريس"
    b.add(f"هسبريس - {name}" if name else "هسبريس")
    b.add(f"{WEEKDAYS[b.day.weekday()]} {b.day.day} {MAGHREB_MA[b.day.month - 1]} {b.day.year} - "
          f"{rng.randint(8, 23)}:{rng.randint(10, 59)}", "", "صورة: هسبريس", "")
    b.add_paragraphs(rng.choice(["colon", None]))
    count = rng.randint(1, 3)
    b.add(f"تعليقات الزوار ({count})", "")
    for k in range(count):
        b.add(f"{k + 1} - {NAMES[k]}", f"منذ {rng.randint(2, 9)} ساعات", COMMENTS[k], "")
    b.add("أضف تعليقك", "", "المرجو عدم تجاوز 500 حرف", "")
    return b.done()


def layout_doha(record: Record, rng: random.Random) -> Page:
    """Doha-style page: breadcrumb with slashes, headline, deck, short date, subject tags, body,
    'المصدر : outlet + وكالات' at the foot, share row, related under 'ذات صلة'."""
    b = Builder("doha", record, rng)
    b.add("الأخبار / سياسة", b.page.headline)
    if b.deck():
        b.add(b.page.deck or "")
    b.add(f"{b.day.day}/{b.day.month}/{b.day.year}", "")
    b.add(*b.body_lines(rng.choice(["agency", None])))
    outlet = rng.choice(["الجزيرة", "الجزيرة نت", "الفرنسية", "رويترز"])
    b.page.outlet = outlet
    b.add("", f"المصدر : {outlet} + وكالات", "", "شارك", "", "ذات صلة", *b.related(3, 4))
    return b.done()


def layout_broadcaster(record: Record, rng: random.Random) -> Page:
    """London broadcaster: masthead, headline, 'day month/ Levantine month year' date, image source
    and caption lines, body, numbered most-read list with each number on its own line."""
    b = Builder("broadcaster", record, rng)
    b.add("بي بي سي نيوز عربي", "", "تخطى إلى المحتوى", "", b.page.headline, "")
    month = f"{MSA[b.day.month - 1]}/ {LEVANTINE[b.day.month - 1]}"
    b.add(f"{b.day.day} {month} {b.day.year}", "")
    b.add("صدر الصورة،", "Getty Images", "التعليق على الصورة،", "صورة من الأرشيف", "")
    b.add_paragraphs(None)
    b.add("الأكثر قراءة", "")
    for k, r in enumerate(b.related(3, 5)):
        b.add(str(k + 1), r, "")
    b.add("© 2024 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.")
    return b.done()


def layout_abudhabi(record: Record, rng: random.Random) -> Page:
    """Abu Dhabi-style page: 'city - outlet' credit, 'نشر في' and 'آخر تحديث' stamps with a time zone,
    deck, body with an inline 'اقرأ أيضاً..' line, 'أخبار ذات صلة' block, key words one per line."""
    b = Builder("abudhabi", record, rng)
    b.add("أخبار العالم العربي", "", b.page.headline, "")
    zone = "بتوقيت أبوظبي"
    stamp = f"{msa(b.day, weekday=False)} - {rng.randint(10, 23)}:{rng.randint(10, 59)}"
    city = rng.choice(CITIES)
    b.add(f"{city} - سكاي نيوز عربية", f"نشر في: {stamp} {zone}",
          f"آخر تحديث: {stamp} {zone}", "")
    b.page.outlet = "سكاي نيوز عربية"
    if b.page.dateline is None:  # the credit names the place reported from, as the records' credits do
        b.page.dateline = city
    if b.deck():
        b.add(b.page.deck or "", "")
    body = b.body_lines(None)
    related = b.related(2, 4)
    for i, p in enumerate(body):
        b.add(p, "")
        if i == 0:
            b.add(f"اقرأ أيضاً.. {related[0]}", "")
    b.add("", "أخبار ذات صلة", "", *[x for r in related[1:] for x in (r, "")])
    b.add("", "الكلمات المفتاحية", *b.page.headline.split()[:2])
    return b.done()


def layout_amman_daily(record: Record, rng: random.Random) -> Page:
    """Jordanian daily: Levantine + MSA month with a dot and time, byline name alone, 'city-outlet-'
    dateline, 'إضافة إعلان' markers between paragraphs, related under 'اقرأ المزيد'."""
    b = Builder("amman_daily", record, rng)
    b.add(b.page.headline, "")
    b.add(f"{WEEKDAYS[b.day.weekday()]} {b.day.day} {LEVANTINE[b.day.month - 1]} / {MSA[b.day.month - 1]} "
          f"{b.day.year}. {_clock(rng)}", "")
    if (name := b.plain_byline()) is not None:
        b.add(name, "")
    body = b.body_lines(None)
    if b.page.dateline is None:
        b.page.dateline = rng.choice(["عمان", "إربد", "الزرقاء"])
        body[0] = f"{b.page.dateline}-الغد- {body[0]}"
    for i, p in enumerate(body):
        b.add(p, "")
        if i == 0:
            b.add("إضافة إعلان", "")
    b.add("اقرأ المزيد :", "", *b.related(3, 4), "", "جميع الحقوق محفوظة لصحيفة الغد")
    return b.done()


def layout_print_view(record: Record, rng: random.Random) -> Page:
    """Print view: site name, address of the article, print date after the publication date,
    headline, 'بقلم:' byline, body, copyright."""
    b = Builder("print_view", record, rng)
    printed = b.day + dt.timedelta(days=rng.randint(20, 900))
    b.add("نسخة للطباعة", b.outlet(), f"https://www.example.com/news/{record.id}",
          f"تاريخ الطباعة: {printed.day}/{printed.month}/{printed.year}", "", b.page.headline)
    b.add(f"تاريخ النشر: {b.day.day}/{b.day.month}/{b.day.year}")
    if (byline := b.byline("بقلم: ")) is not None:
        b.add(byline)
    b.add("")
    b.add_paragraphs(rng.choice(["dash", "comma", None]))
    b.add(f"© {printed.year} {b.page.outlet}. جميع الحقوق محفوظة.", "إغلاق النافذة")
    return b.done()


def layout_rss_item(record: Record, rng: random.Random) -> Page:
    """An RSS item copied as text: headline, link, RFC 822 date, 'by' line, body, 'appeared first on'."""
    b = Builder("rss_item", record, rng)
    stamp = (f"{EN_DAYS_SHORT[b.day.weekday()]}, {b.day.day:02d} {EN_MONTHS_SHORT[b.day.month - 1]} {b.day.year} "
             f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00 +0300")
    b.add(b.page.headline, f"https://www.example.org/?p={rng.randint(1000, 99999)}", stamp)
    if (name := b.plain_byline()) is not None:
        b.add(f"by {name}")
    b.add("")
    b.add_paragraphs(None)
    site = b.outlet()
    b.add(f"ظهرت المقالة {b.page.headline} أولاً على {site}.")
    return b.done()


def layout_issue_twin(record: Record, rng: random.Random) -> Page:
    """Hijri + Gregorian issue line with the issue number, headline, deck, body, service credit and
    'exclusive to' line after the body, headerless related run after a rule."""
    b = Builder("issue_twin", record, rng)
    b.add(f"{WEEKDAYS[b.day.weekday()]} - {hijri(b.day)} - {msa(b.day, weekday=False)} م"
          f" رقم العدد [{rng.randint(12000, 14999)}]", "", b.page.headline, "")
    if b.deck():
        b.add(b.page.deck or "", "")
    b.add_paragraphs(rng.choice(["colon", "dash", None]))
    b.add("* خدمة «واشنطن بوست»", "خاص بـ«الشرق الأوسط»", "", "_____", "")
    b.add(*[x for r in b.related(3, 5) for x in (r, "")])
    return b.done()


def layout_mobile_portal(record: Record, rng: random.Random) -> Page:
    """Second round. Mobile portal: menu button, 'كتب فلان' then date and 'آخر تحديث', photo credit,
    'اقرأ أيضا..' between paragraphs, share prompt, Facebook comments box."""
    b = Builder("mobile_portal", record, rng)
    b.add("القائمة", "بحث", "", b.page.headline, "")
    if (name := b.plain_byline()) is not None:
        b.add(f"كتب: {name}")
    stamp = f"{WEEKDAYS[b.day.weekday()]}، {msa(b.day, weekday=False)} {_clock(rng)}"
    b.add(stamp, f"آخر تحديث: {stamp}", "", "صورة أرشيفية", "")
    related = b.related(1, 3)
    for i, p in enumerate(b.body_lines(rng.choice(["dash", None]))):
        b.add(p, "")
        if i == 1:
            b.add(*[f"اقرأ أيضا.. {r}" for r in related], "")
    b.add("شارك هذا الخبر", "", "تعليقات فيسبوك", "أضف تعليقاً...", "")
    return b.done()


def layout_social_copy(record: Record, rng: random.Random) -> Page:
    """Second round. A story pasted from a messaging channel: emoji-led 'عاجل |' headline, the body,
    a channel promotion with its link, hashtags."""
    b = Builder("social_copy", record, rng)
    b.add(f"🔴 عاجل | {b.page.headline}", "")
    b.add_paragraphs(rng.choice(["dash", "agency", None]))
    b.add("📌 تابعونا على تيليجرام: https://t.me/example_news", "#" + "_".join(b.page.headline.split()[:2]),
          f"🕒 {b.day.day}/{b.day.month}/{b.day.year}")
    return b.done()


def layout_aggregator(record: Record, rng: random.Random) -> Page:
    """Second round. A news aggregator's copy: source line and relative time above the headline, the
    body, 'اقرأ الخبر من المصدر' link line, the app's other stories under 'أخبار ذات صلة'."""
    b = Builder("aggregator", record, rng)
    site = b.outlet()
    b.add(f"المصدر: {site}", msa(b.day, weekday=False), "", b.page.headline, "")
    b.add_paragraphs(None)
    b.add("اقرأ الخبر من المصدر", "", "أخبار ذات صلة", *b.related(3, 5), "", "حمل تطبيق الأخبار الآن")
    return b.done()


def layout_mecca_stamp(record: Record, rng: random.Random) -> Page:
    """Second round. Arabic-Indic numeric Hijri and Gregorian dates with an update label and the
    Mecca time zone in one line, masthead, byline with a role after a dash, related under a rule."""
    from page_builder import INDIC

    b = Builder("mecca_stamp", record, rng)
    from hijridate import Gregorian

    h = Gregorian(b.day.year, b.day.month, b.day.day).to_hijri()
    stamp = (f"{WEEKDAYS[b.day.weekday()]} {h.day}/{h.month}/{h.year} هـ - الموافق {b.day.day}/{b.day.month}/"
             f"{b.day.year} م (آخر تحديث) الساعة {rng.randint(10, 23)}:{rng.randint(10, 59)} (مكة المكرمة)")
    b.add(b.outlet(), "", b.page.headline, stamp.translate(INDIC), "")
    if (name := b.plain_byline()) is not None:
        b.add(f"{name} - مراسل الصحيفة", "")
    b.add_paragraphs(rng.choice(["comma", None]))
    b.add("-" * 20, *b.related(3, 4))
    return b.done()


UNSEEN_LAYOUTS: dict[str, Layout] = {
    "wp_news": layout_wp_news,
    "egypt_portal": layout_egypt_portal,
    "hespress": layout_hespress,
    "doha": layout_doha,
    "broadcaster": layout_broadcaster,
    "abudhabi": layout_abudhabi,
    "amman_daily": layout_amman_daily,
    "print_view": layout_print_view,
    "rss_item": layout_rss_item,
    "issue_twin": layout_issue_twin,
    "mobile_portal": layout_mobile_portal,
    "social_copy": layout_social_copy,
    "aggregator": layout_aggregator,
    "mecca_stamp": layout_mecca_stamp,
}
