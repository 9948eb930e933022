"""Chapters IV (institutional capability and capacity) and V (recommendations and measures)."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ..context import Ctx, heading_upper

CHAPTER_IV = "IV. KURUMSAL KABİLİYET ve KAPASİTENİN DEĞERLENDİRİLMESİ"
CHAPTER_V = "V. ÖNERİ ve TEDBİRLER"


def build(ctx: Ctx) -> list[Flowable]:
    if ctx.is_unit:
        return []
    out: list[Flowable] = [ctx.heading(CHAPTER_IV, 0, style_name="h0")]
    out += ctx.text("capacity_intro")
    for letter, key in zip("ABCD", ("unforeseen_needs", "strengths", "weaknesses",
                                    "assessment"), strict=True):
        out.append(ctx.heading(f"{letter}. {heading_upper(ctx.section_title(key))}", 1))
        out += ctx.text(key)
    out.append(PageBreak())
    out.append(ctx.heading(CHAPTER_V, 0, style_name="h0"))
    out += ctx.text("recommendations")
    out.append(PageBreak())
    return out
