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
