"""Text after a wire's end mark is no paragraph (:mod:`khabar.structure.end_marks`)."""

from __future__ import annotations

from khabar.structure import analyse_page

from .test_layout import BODY


def test_text_after_the_end_mark_is_no_paragraph() -> None:
    page = analyse_page(f"بيان صحفي\nللنشر الفوري\n\nالحكومة تعلن خطة للمياه\n\n14/11/2017\n\n{BODY}\n-انتهى-\n\n"
                        "نبذة عن الشركة\nتأسست الشركة عام 1998 وهي من أبرز المؤسسات في المنطقة.\n\n"
                        "للتواصل الإعلامي:\nسارة الحسن\n")
    assert page.headline == "الحكومة تعلن خطة للمياه"
    assert page.body == BODY.split("\n")[:2]


def test_kuna_s_bracketed_end_mark_closes_the_text_and_a_bare_one_is_a_subheading() -> None:
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n\n14/11/2017\n\n{BODY}\n(النهاية)\nع ب / م ع\n"
                        "أعلنت الشركة عن خدمة جديدة لعملائها في جميع المحافظات\n")
    assert page.body == BODY.split("\n")[:2]
    page = analyse_page(f"الحكومة تعلن خطة للمياه\n\n14/11/2017\n\n{BODY}\nالنهاية\n"
                        "وقال الوزير في ختام المؤتمر إن الخطة ستعرض على البرلمان في الدورة المقبلة.\n")
    assert page.body[-1].startswith("وقال الوزير في ختام المؤتمر")
