"""Front matter: cover page, table of contents, Başkan Sunuşu (signed) and Yönetici Özeti."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from ...domain.numbers import tr_upper
from ..context import PORTRAIT_H, PORTRAIT_W, Ctx
from ..flow import para
from ..styles import style


def _logo(png: bytes) -> Image | None:
    try:
        reader = ImageReader(BytesIO(png))
        w, h = reader.getSize()
    except Exception:  # a broken logo must not stop the report
        return None
    scale = min(4.5 * cm / w, 4.5 * cm / h)
    return Image(BytesIO(png), width=w * scale, height=h * scale)


def cover(ctx: Ctx) -> list[Flowable]:
    inst = ctx.report.institution
    out: list[Flowable] = [Spacer(1, 3 * cm)]
    logo = _logo(inst.logo_png) if inst.logo_png else None
    out += [logo, Spacer(1, 1 * cm)] if logo else [Spacer(1, 2 * cm)]
    out.append(para("T.C.", "cover_sub"))
    out.append(para(tr_upper(inst.name), "cover_inst"))
    if ctx.scope is not None:
        out.append(Spacer(1, 0.8 * cm))
        out.append(para(tr_upper(ctx.scope.unit.name), "cover_inst"))
        out.append(para(f"{ctx.year} YILI", "cover_title"))
        out.append(para("BİRİM FAALİYET RAPORU", "cover_title"))
    else:
        out.append(para(f"{ctx.year} YILI", "cover_title"))
        out.append(para("İDARE FAALİYET RAPORU", "cover_title"))
    ek1 = next((d for d in ctx.report.declarations if d.key == "ek1"), None)
    out.append(Spacer(1, 5 * cm))
    if inst.address:
        out.append(para(inst.address, "cover_sub"))
    if ek1 and (ek1.place or ek1.date):
        out.append(para(" – ".join(x for x in (tr_upper(ek1.place), ek1.date) if x), "cover_sub"))
    out += [NextPageTemplate("portrait"), PageBreak()]
    return out


def contents(ctx: Ctx, body: list[Flowable]) -> list[Flowable]:
    """The contents page: one-pass placeholder when the entries fit one page, else ReportLab's
    TableOfContents (multi-pass)."""
    from ..toc import TocPlaceholder, make_toc, measure

    entries = [(f.outline_level, f.outline_text, f.outline_key) for f in _headings(body)]
    title = para("İÇİNDEKİLER", "toc_title")
    _, title_h = title.wrap(PORTRAIT_W, PORTRAIT_H)
    room = PORTRAIT_H - title_h - style("toc_title").spaceAfter - 6
    if measure([(lv, t) for lv, t, _ in entries], PORTRAIT_W, room) <= room:
        return [title, TocPlaceholder(entries), PageBreak()]
    return [title, make_toc(), PageBreak()]


def _headings(flowables: list[Flowable]) -> list[Flowable]:
    out = []
    for f in flowables:
        if getattr(f, "toc", False):
            out.append(f)
        inner = getattr(f, "_content", None)  # KeepTogether
        if inner:
            out += _headings(inner)
    return out


def signature(name: str, title: str, place: str = "", date: str = "") -> Flowable:
    lines: list[Flowable] = [Spacer(1, 0.8 * cm)]
    if place:
        lines.append(para(place, "sign"))
    if date:
        lines.append(para(date, "sign"))
    if place or date:
        lines.append(Spacer(1, 0.6 * cm))
    lines += [para(name, "sign_bold"), para(title, "sign")]
    return KeepTogether(lines)


def foreword(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = []
    if ctx.has_text("foreword"):
        inst = ctx.report.institution
        out += [ctx.heading(tr_upper(ctx.section_title("foreword")), 0, style_name="h0")]
        out += ctx.text("foreword")
        if inst.head_name:
            out.append(signature(inst.head_name, inst.head_title))
        out.append(PageBreak())
    if ctx.has_text("executive_summary"):
        out += [ctx.heading(tr_upper(ctx.section_title("executive_summary")), 0,
                            style_name="h0")]
        out += ctx.text("executive_summary")
        out.append(PageBreak())
    return out


def annexes(ctx: Ctx) -> list[Flowable]:
    decls = sorted(ctx.report.declarations, key=lambda d: d.key)
    if not decls:
        return []
    out: list[Flowable] = [ctx.heading("EKLER", 0, style_name="h0")]
    for i, d in enumerate(decls):
        if i:
            out.append(PageBreak())
        label = f"EK-{d.key[2:]}" if d.key.startswith("ek") else d.key.upper()
        out.append(ctx.heading(f"{label}: {tr_upper(d.title)}", 1))
        out += ctx_text(ctx, d.text)
        out.append(CondPageBreak(4 * cm))
        out.append(signature(d.signer_name, d.signer_title, d.place, d.date))
    return out


def ctx_text(ctx: Ctx, text: str) -> list[Flowable]:
    from ..flow import narrative

    return narrative(text, ctx.report)
