"""A paragraph a page break cuts is read whole (:mod:`khabar.structure.page_breaks`)."""

from __future__ import annotations

import textwrap

from khabar.structure import analyse_page


def test_paragraph_cut_by_a_page_break_is_read_whole() -> None:
    words = ("وقال وزير المياه في مؤتمر صحفي عقده اليوم إن المخزون الحالي من المياه يكفي حتى نهاية فصل الصيف "
             "إذا التزم الجميع بالترشيد وأضاف أن الوزارة ستعلن خطة جديدة لترشيد الاستهلاك خلال الأسبوع المقبل "
             "بالتعاون مع البلديات والشركات الكبرى في المدن الرئيسية.")
    lines = textwrap.wrap(words, 44)
    first = "\n".join(lines[:3])
    rest = "\n".join(lines[3:])
    other = "\n".join(textwrap.wrap("وأوضح أن الخطة تشمل حملات توعية في المدارس والمساجد ووسائل الإعلام المحلية كافة.", 44))
    page = (f"صحيفة الأفق - العدد 1234\n\n14 مارس 2018\n\nالحكومة تعلن خطة للمياه\n\n{other}\n\n{first}\n\n3\n\n"
            f"\fصحيفة الأفق - العدد 1234\n\n14 مارس 2018\n\n{rest}\n\n4\n\f")
    fields = analyse_page(page)
    assert words in fields.body
