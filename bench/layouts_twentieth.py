"""Text page families written in the nineteenth session's second round as unseen layouts, measured at
first contact before any fix (marked ``13+`` in bench_structure.py), each a kind of text dump no earlier family
imitates, rendered from real corpus records read at bench time (``fresh_records``: records of lines
1,000-19,898 of ant_multisource, 400-20,000 of saudinewsnet and 1,500-10,161 of ant_jawharafm, drawn
with seed 20611, never a dev gold article) with the truth of every field:

- state_agency: a regional state news agency's page copied as text (Yemen's Saba, Libya's LANA,
  Mauritania's AMI): the agency's name bar and menu, the date in the agency's own forms
  (``[22/أبريل/2018]``, ``الأحد، 22 أبريل 2018 - 03:12 م``, ``2018/04/22 15:12``), the headline,
  the text opening on the agency's dateline (``صنعاء - سبأ :``, ``طرابلس 22 أبريل 2018 (وال) -``,
  ``نواكشوط - (ومأ) -``), the agency's sign-off (``سبأ``), a print/send bar with a read counter,
  ``أخبار ذات صلة`` over related headlines.
- gmail_print: an article a reader forwarded to themselves and printed from Gmail (the print view
  saved as text): ``Gmail - Fwd: headline`` bar, the reader's address and ``Sun, Apr 22, 2018 at
  3:12 PM``, ``To:``, the forwarded header block (``---------- Forwarded message ---------``,
  ``From:``, ``Date:``, ``Subject:``, ``To:``), the newsletter's copy (the outlet, the headline, the
  text, an unsubscribe line) and the print view's address line with its page count.

The truth leaves agency bars, counters, mail headers and print furniture out of the body.
"""

from __future__ import annotations

import datetime as dt
import random

from page_builder import (
    EN_DAYS_SHORT,
    EN_MONTHS_SHORT,
    FRESH_LINES,
    MSA,
    WEEKDAYS,
    Builder,
    Layout,
    Page,
    Record,
    corpus_records,
    show_families,
)

#: (agency's name bar, its short name in datelines and sign-off, the capital its datelines open on)
AGENCIES = [("وكالة الأنباء اليمنية سبأ", "سبأ", "صنعاء"), ("وكالة الأنباء الليبية", "وال", "طرابلس"),
            ("الوكالة الموريتانية للأنباء", "ومأ", "نواكشوط")]
AGENCY_MENUS = ["الرئيسية | محلية | عربية ودولية | اقتصاد | رياضة | ثقافة", "الرئيسية  أخبار  تقارير  صور  فيديو  اتصل بنا"]
SENDERS = [("Ahmed Saleh", "ahmed.saleh1987"), ("Mona Khaled", "mona.k.news"), ("سامي علي", "sami.ali.desk")]


def fresh_records(n: int, seed: int = 20611) -> list[Record]:
    """n usable records of the session's fresh lines of the three corpora (2/5 ant_multisource, 2/5
    saudinewsnet, 1/5 Jawhara FM), none a dev gold article, with other titles for related blocks."""
    return corpus_records(n, seed, FRESH_LINES)


def _pm(hour: int) -> str:
    return f"{(hour - 1) % 12 + 1}:{hour * 7 % 50 + 10} {'م' if hour >= 12 else 'ص'}"


def layout_state_agency(record: Record, rng: random.Random) -> Page:
    """A regional state agency's page: name bar, agency date forms, the agency's dateline and sign-off."""
    b = Builder("state_agency", record, rng)
    name, short, capital = rng.choice(AGENCIES)
    b.page.outlet = name
    hour = rng.randint(0, 23)
    stamp = rng.choice([f"[{b.day.day}/{MSA[b.day.month - 1]}/{b.day.year}]",
                        f"{WEEKDAYS[b.day.weekday()]}، {b.day.day} {MSA[b.day.month - 1]} {b.day.year} - {_pm(hour)}",
                        f"{b.day:%Y/%m/%d} {hour:02d}:{rng.randint(10, 59)}"])
    b.add(name, rng.choice(AGENCY_MENUS), "")
    if rng.random() < 0.5:
        b.add(stamp, b.page.headline, "")
    else:
        b.add(b.page.headline, stamp, "")
    body = list(b.page.body)
    body[1:1] = [f"للمزيد: {title}" for title in b.in_text]
    if b.page.dateline is not None:
        body[0] = f"{b.page.dateline} (CNN)-- {body[0]}"
    else:
        b.page.dateline = capital
        body[0] = rng.choice([f"{capital} - {short} : ", f"{capital} {b.day.day} {MSA[b.day.month - 1]} {b.day.year} ({short}) - ",
                              f"{capital} - ({short}) - "]) + body[0]
    for paragraph in body:
        b.add(paragraph, "")
    b.add(rng.choice([short, f"({short})", f"- {short} -"]), "",
          f"طباعة   ارسال   عدد القراءات: {rng.randint(40, 4000)}", "", "أخبار ذات صلة")
    for title in b.related(3, 5):
        b.add(title)
    b.add("", f"جميع الحقوق محفوظة © {name} {b.day.year}")
    return b.done()


def _gmail_stamp(day: dt.date, hour: int, minute: int) -> str:
    return (f"{EN_DAYS_SHORT[day.weekday()]}, {EN_MONTHS_SHORT[day.month - 1]} {day.day}, {day.year} at "
            f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}")


def layout_gmail_print(record: Record, rng: random.Random) -> Page:
    """A newsletter's article forwarded by a reader and printed from Gmail, saved as text."""
    b = Builder("gmail_print", record, rng)
    outlet = b.outlet()
    who, box = rng.choice(SENDERS)
    sent = b.day + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    hour, minute = rng.randint(6, 11), rng.randint(0, 59)
    b.add(f"Gmail - Fwd: {b.page.headline}", "", f"{who} <{box}@gmail.com>{' ' * 20}"
          f"{_gmail_stamp(sent, rng.randint(12, 23), rng.randint(0, 59))}", f"To: {who} <{box}@gmail.com>", "",
          "---------- Forwarded message ---------", f"From: {outlet} <newsletter@alofoq-news.com>",
          f"Date: {_gmail_stamp(b.day, hour, minute)}", f"Subject: {b.page.headline}", f"To: <{box}@gmail.com>", "",
          outlet, "", b.page.headline, "")
    if rng.random() < 0.5 and (name := b.plain_byline("-–|./():«»")) is not None:
        b.add(f"بقلم: {name}", "")
    b.add_paragraphs(rng.choice(["dash", "comma", None]))
    b.add("لإلغاء الاشتراك في النشرة اضغط هنا", "",
          f"https://mail.google.com/mail/u/0/?ik={rng.randint(10**9, 10**10):x}&view=pt&search=all&permthid=thread-f%3A"
          f"{rng.randint(10**17, 10**18)}{' ' * 10}1/{rng.randint(1, 3)}")
    return b.done()


TWENTIETH_LAYOUTS: dict[str, Layout] = {
    "state_agency": layout_state_agency,
    "gmail_print": layout_gmail_print,
}

if __name__ == "__main__":
    show_families(TWENTIETH_LAYOUTS, fresh_records(5)[0])
