"""Chapter III.B Performans Bilgileri: Table 14, Form-3 (Table 15) with the quarterly
assessments, Form-4 (Table 16), then Table 17 (strategic.py) and the closing sections."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak

from ...domain import derived
from ...domain.model import STATUS_LABELS_TR, Indicator, SubProgram, YearSettings
from ...domain.status_colors import status_color
from ..context import LANDSCAPE_W, PORTRAIT_W, Ctx, heading_upper
from ..flow import (
    bg,
    cell,
    data_table,
    head_cells,
    para,
    percent,
    shared_decimals,
    spacer,
    text_width,
    value,
)
from ..styles import LABEL_BG, SUBTOTAL_BG
from . import strategic

FORM3_CAPTION = "Tablo 15. Performans Göstergesi Gerçekleşmeleri İzleme Formu (3 Aylık/Form-3)"
FORM4_CAPTION = "Tablo 16. Performans Göstergesi Sonuçları Formu (Form-4)"
TABLE_LEVEL = 4  # Tables 15, 16 and the assessments: side by side under "i."
RESULTS_SUBTITLE = ("Alt Program Hedef ve Göstergeleriyle İlgili Gerçekleşme Sonuçları ve "
                    "Değerlendirmeler")


def build(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading("B. " + heading_upper("Performans Bilgileri"), 1)]
    out.append(ctx.heading("1. " + ctx.section_title("program_info"), 2))
    out += ctx.text("program_info")
    out += table14(ctx)
    out.append(ctx.heading("2. " + ctx.section_title("performance_results"), 2))
    out += ctx.text("performance_results")
    out += form3(ctx, ctx.heading("i. " + RESULTS_SUBTITLE, 3, toc=False))
    out += form4(ctx)
    if ctx.has_text("performance_audit"):
        out.append(ctx.heading("ii. " + ctx.section_title("performance_audit"), 3, toc=False))
        out += ctx.text("performance_audit")
    out.append(ctx.heading("3. " + ctx.section_title("strategic_plan"), 2))
    out += ctx.text("strategic_plan")
    out += strategic.table17(ctx)
    for n, key in ((4, "performance_info_system"), (5, "other_matters")):
        if ctx.has_text(key):
            out.append(ctx.heading(f"{n}. {ctx.section_title(key)}", 2))
            out += ctx.text(key)
    out.append(PageBreak())
    return out


def _subprograms(ctx: Ctx) -> list[SubProgram]:
    progs = {p.code: p.order for p in ctx.report.programs}
    return sorted(ctx.report.subprograms,
                  key=lambda s: (progs.get(s.program, 999), s.program, s.order, s.code))


def _program_name(ctx: Ctx, code: str) -> str:
    return next((p.name for p in ctx.report.programs if p.code == code), code)


def table14(ctx: Ctx) -> list[Flowable]:
    subs = _subprograms(ctx)
    if not subs:
        return []
    aims = {a.code: a for a in ctx.report.aims}
    rows: list[list[object]] = [head_cells(["PROGRAM ADI", "ALT PROGRAM ADI",
                                            "ALT PROGRAM HEDEFLERİ",
                                            "İLİŞKİLİ OLDUĞU STRATEJİK AMAÇ"])]
    for s in subs:
        targets = "\n".join(s.targets)
        linked = "; ".join(f"{c} {aims[c].short_title or aims[c].title}" if c in aims else c
                           for c in s.aims)
        rows.append([cell(_program_name(ctx, s.program), "cell_b"), cell(s.name),
                     _multi(targets), cell(linked)])
    w = PORTRAIT_W
    return [ctx.caption("Tablo 14. Program, Alt Program ve Faaliyet Bilgileri"),
            para(f"Kurum: {ctx.institution}    Yıl: {ctx.year}", "note"),
            data_table(rows, [w * .16, w * .18, w * .43, w * .23])]


def _multi(text: str, style_name: str = "cell") -> object:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) <= 1:
        return cell(text, style_name)
    return [cell("• " + ln, style_name) for ln in lines]


def _indicators(ctx: Ctx, sub: str, form: str) -> list[Indicator]:
    if form == "3":
        inds = [i for i in ctx.report.indicators if i.subprogram == sub and i.in_form3]
        return sorted(inds, key=lambda i: (i.order, i.code))
    inds = [i for i in ctx.report.indicators if i.subprogram == sub and i.in_form4]
    return sorted(inds, key=lambda i: (i.form4_order, i.order, i.code))


def _status_cell(ind: Indicator, style_name: str = "cell_c",
                 settings: YearSettings | None = None) -> tuple[object, str | None]:
    st = derived.indicator_status(ind, settings)  # None while provisional and unconfirmed
    if st is None:
        res = derived.indicator_result(ind, settings)
        if res.provisional and res.status is not None:
            return cell("geçici", style_name), None  # not final until a person confirms it
        # no year-end or no target entered: "…"; a target of 0: "—"
        return cell(percent(None, 0, res.year_end, ind.target), style_name), None
    return cell(STATUS_LABELS_TR[st], style_name), status_color(st)


def _info_block(ctx: Ctx, sub: SubProgram) -> Flowable:
    rows = [[cell("Yıl", "cell_b"), cell(str(ctx.year))],
            [cell("Programın Adı", "cell_b"), cell(_program_name(ctx, sub.program))],
            [cell("Alt Programın Adı", "cell_b"), cell(sub.name)]]
    if sub.objective:
        rows.append([cell("Alt Program Hedefi", "cell_b"), cell(sub.objective)])
    return data_table(rows, [LANDSCAPE_W * .16, LANDSCAPE_W * .84], header_rows=0,
                      extra=[("BACKGROUND", (0, 0), (0, -1), LABEL_BG)], h_align="LEFT")


FORM3_HEAD_TOP = ["Sıra", "Gösterge Adı", "Ölçü Birimi", "Önceki Dönem Gerçekleşme", "",
                  "Hedeflenen Gösterge Değeri", "Yıl Sonu Gerçekleşme Tahmini",
                  "Gerçekleşme Yılı Değeri", "", "", "", "", "Gerçekleşme Oranı",
                  "Gerçekleşme Durumu"]
FORM3_HEAD_SUB = ["", "", "", "Yıl", "Değer", "", "", "1. Üç Aylık", "2. Üç Aylık",
                  "3. Üç Aylık", "4. Üç Aylık", "Yıl Sonu Değeri", "", ""]
FORM3_WIDTHS = [22, 146, 38, 30, 54, 54, 54, 52, 52, 52, 52, 56, 50, 60]


def form3_table(ctx: Ctx, inds: list[Indicator]) -> Flowable:
    rows: list[list[object]] = [head_cells(FORM3_HEAD_TOP, "small_head"),
                                head_cells(FORM3_HEAD_SUB, "small_head")]
    extra: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#1F3864")),
        ("SPAN", (3, 0), (4, 0)), ("SPAN", (7, 0), (11, 0)),
    ] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 5, 6, 12, 13)]
    for n, ind in enumerate(inds, start=1):
        res = derived.indicator_result(ind)
        status, color = _status_cell(ind, "small_c", ctx.report.settings)
        dq = shared_decimals([*ind.quarters, res.year_end])  # one precision per indicator
        rows.append([cell(str(n), "small_c"), cell(ind.name, "small"),
                     cell(ind.measure, "small_c"),
                     cell(str(ind.previous_year or ""), "small_c"),
                     cell(value(ind.previous_value), "small_r"),
                     cell(value(ind.target), "small_r"),
                     cell(value(ind.year_end_estimate), "small_r")]
                    + [cell(value(q, dq), "small_r") for q in ind.quarters]
                    + [cell(value(res.year_end, dq), "small_r"),
                       cell(percent(res.ratio_pct, 2, res.year_end, ind.target), "small_r"),
                       status])
        if color:
            extra.append(bg(len(rows) - 1, color, 13, 13))
    widths = list(FORM3_WIDTHS)
    widths[12] = max(widths[12], text_width(["Gerçekleşme"], "small_head"))
    widths[13] = max(widths[13], text_width(["Gerçekleşme"], "small_head"))
    widths[1] += LANDSCAPE_W - sum(widths)  # the indicator name takes what is left
    return data_table(rows, widths, header_rows=2, extra=extra)


def form3_subprograms(ctx: Ctx) -> list[tuple[SubProgram, list[Indicator]]]:
    """The alt programs with Form-3 indicators, in the seed's order: within a program, by the
    first strategic aim each serves (the seed puts "Göçmenlere Yönelik Hizmetler", tied to A1,
    before "Düzensiz Göç", tied to A2), then by their own order."""
    aim_order = {a.code: (a.order, a.code) for a in ctx.report.aims}
    progs = {p.code: p.order for p in ctx.report.programs}
    last = (10**9, "")

    def key(s: SubProgram) -> tuple[object, ...]:
        first_aim = min((aim_order.get(a, last) for a in s.aims), default=last)
        return (progs.get(s.program, 999), s.program, first_aim, s.order, s.code)

    out = []
    for sub in sorted(ctx.report.subprograms, key=key):
        inds = _indicators(ctx, sub.code, "3")
        if inds:
            out.append((sub, inds))
    return out


def form3(ctx: Ctx, heading: Flowable) -> list[Flowable]:
    """``heading`` ("i. ...") over the Form-3 tables, one after another on landscape pages
    (they share a page when they fit), then the quarterly assessments of all of them on
    portrait pages, as the seed does."""
    blocks = form3_subprograms(ctx)
    if not blocks:
        return [heading]
    out: list[Flowable] = [NextPageTemplate("landscape"), PageBreak(), heading]
    for sub, inds in blocks:
        cap = ctx.caption(FORM3_CAPTION)
        cap.outline_text = f"{FORM3_CAPTION} – {sub.name}"
        cap.outline_level = TABLE_LEVEL
        out += [KeepTogether([_info_block(ctx, sub), cap, form3_table(ctx, inds)]),
                spacer(10)]
    out += [NextPageTemplate("portrait"), PageBreak()]
    out += assessments(ctx, blocks)
    return out


def assessments(ctx: Ctx, blocks: list[tuple[SubProgram, list[Indicator]]]) -> list[Flowable]:
    out: list[Flowable] = []
    many = len(blocks) > 1
    for q in range(4):
        items = [(sub, n, i) for sub, inds in blocks for n, i in enumerate(inds, 1)
                 if (i.assessments[q] or "").strip()]
        if not items:
            continue
        out.append(ctx.heading(f"Değerlendirme {q + 1}. Dönem", TABLE_LEVEL, toc=False,
                               style_name="h3"))
        for sub, n, ind in items:
            where = f" ({sub.name})" if many else ""
            out.append(KeepTogether([para(f"{n}. {ind.name}{where}", "label"),
                                     para(ind.assessments[q])]))
    reasons = [(sub, n, i) for sub, inds in blocks for n, i in enumerate(inds, 1)
               if i.deviation_reason.strip()]
    if reasons:
        out.append(ctx.heading("Hedeften Sapmaların Nedenleri", TABLE_LEVEL, toc=False,
                               style_name="h3"))
        for sub, n, ind in reasons:
            st = derived.indicator_status(ind)
            where = f" – {sub.name}" if many else ""
            label = f"{n}. {ind.name}" + (f" ({STATUS_LABELS_TR[st]})" if st else "") + where
            out.append(KeepTogether([para(label, "label"), para(ind.deviation_reason)]))
    return out


def form4(ctx: Ctx) -> list[Flowable]:
    rows: list[list[object]] = [head_cells(["Performans Göstergesi", "Hedeflenen Gösterge Değeri",
                                            "Yıl Sonu Gerçekleşme Değeri",
                                            "Gerçekleşme Durumu"])]
    extra: list[tuple[object, ...]] = []
    blocks = [(sub, _indicators(ctx, sub.code, "4")) for sub in _subprograms(ctx)]
    # Form-4 has an order of its own (form4_order): its alt programs follow their indicators
    blocks.sort(key=lambda b: min((i.form4_order for i in b[1]), default=0))
    for sub, inds in blocks:
        if not inds:
            continue
        rows.append([cell(f"{_program_name(ctx, sub.program)} – {sub.name}", "cell_b"), "", "",
                     ""])
        r = len(rows) - 1
        extra += [("SPAN", (0, r), (-1, r)), bg(r, SUBTOTAL_BG)]
        if sub.objective:
            rows.append([cell(f"Alt Program Hedefi: {sub.objective}", "small"), "", "", ""])
            r = len(rows) - 1
            extra += [("SPAN", (0, r), (-1, r)), bg(r, LABEL_BG)]
        for ind in inds:
            res = derived.indicator_result(ind)
            status, color = _status_cell(ind, settings=ctx.report.settings)
            rows.append([cell(ind.name), cell(value(ind.target), "cell_r"),
                         cell(value(res.year_end), "cell_r"), status])
            if color:
                extra.append(bg(len(rows) - 1, color, 3, 3))
    if len(rows) == 1:
        return []
    w = PORTRAIT_W
    cap = ctx.caption(FORM4_CAPTION)
    cap.outline_level = TABLE_LEVEL
    return [cap,
            data_table(rows, [w * .52, w * .16, w * .16, w * .16], extra=extra),
            para(derived.status_legend(ctx.report.settings), "note")]
