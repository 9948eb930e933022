"""Chapter I. GENEL BİLGİLER: mission and vision, duties, Tables 1–5 and Şekil 1."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ...domain import derived
from ...domain.model import EDUCATION_LEVELS, EMPLOYMENT_TYPES, GENDERS
from ...domain.numbers import format_number, format_value, tr_upper
from ..charts import column_count, org_chart
from ..context import LANDSCAPE_H, LANDSCAPE_W, PORTRAIT_H, PORTRAIT_W, Ctx, heading_upper
from ..flow import amount, bg, cell, data_table, head_cells, para
from ..styles import TOTAL_BG
from ..template import LandscapeFloat

CHAPTER = "I. GENEL BİLGİLER"


def build(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading(CHAPTER, 0, style_name="h0")]
    out.append(ctx.heading("A. " + heading_upper("Misyon ve Vizyon"), 1))
    for key in ("mission", "vision"):
        if ctx.has_text(key):
            out.append(ctx.heading(ctx.section_title(key), 3, toc=False))
            out += ctx.text(key)
    if not ctx.is_unit:
        out.append(ctx.heading("B. " + heading_upper(ctx.section_title("duties")), 1))
        out += ctx.text("duties")
    out.append(ctx.heading(("C. " if not ctx.is_unit else "B. ")
                           + heading_upper("İdareye İlişkin Bilgiler" if not ctx.is_unit
                                           else "Birime İlişkin Bilgiler"), 1))
    sections = [
        ("physical_structure", lambda: table1(ctx),
         bool(ctx.report.physical_resources or ctx.has_text("physical_structure"))),
        ("organisation", lambda: figure1(ctx), True),
        ("it_resources", lambda: table2(ctx), True),
        ("human_resources", lambda: table3(ctx) + table45(
            ctx, "gender", 4, "Cinsiyet Durumuna Göre Personel Dağılımı", "CİNSİYET", GENDERS)
         + table45(ctx, "education", 5, "Öğrenim Durumuna Göre Personel Dağılımı",
                   "ÖĞRENİM DURUMU", EDUCATION_LEVELS), True),
        ("services", list, ctx.has_text("services")),
        ("internal_control", list, ctx.has_text("internal_control")),
    ]
    n = 0
    for key, content, present in sections:
        if not present:
            continue
        n += 1
        out.append(ctx.heading(f"{n}. {ctx.section_title(key)}", 2))
        out += ctx.text(key)
        out += content()
    out.append(PageBreak())
    return out


def table1(ctx: Ctx) -> list[Flowable]:
    res = sorted(ctx.report.physical_resources, key=lambda r: (r.order, r.key))
    if not res:
        return []
    rows: list[list[object]] = [head_cells(["FİZİKİ KAYNAK", "MEVCUT", "KAPASİTE (Birim başına) "
                                            "/ ALAN"])]
    for r in res:
        cap = r.capacity
        if r.area_m2 is not None:
            cap = (cap + " " if cap else "") + f"{format_value(r.area_m2)} m²"
        rows.append([cell(r.name), cell(format_number(r.count) if r.count is not None else "",
                                        "cell_r"), cell(cap)])
    w = PORTRAIT_W
    return [ctx.caption("Tablo 1. Fiziki Kaynaklara İlişkin Bilgiler"),
            data_table(rows, [w * 0.5, w * 0.14, w * 0.36])]


def figure1(ctx: Ctx) -> list[Flowable]:
    """Şekil 1: on a landscape page, unless the tree is small enough for the text width."""
    if not ctx.report.units:
        return []
    if column_count(ctx.report) <= 4:
        return [ctx.caption("Şekil 1. Organizasyon Şeması"),
                org_chart(ctx.report, PORTRAIT_W, PORTRAIT_H * 0.8)]
    usable_h = LANDSCAPE_H - 40
    # on the landscape page after the one where the text stands: the text flows on first
    return [LandscapeFloat([ctx.caption("Şekil 1. Organizasyon Şeması"),
                            org_chart(ctx.report, LANDSCAPE_W, usable_h)])]


def table2(ctx: Ctx) -> list[Flowable]:
    root = ctx.report.root_unit()
    if root is None or not ctx.report.it_items:
        return []
    totals = derived.it_totals(ctx.report)
    items = sorted(ctx.report.it_items, key=lambda i: (i.order, i.code))
    values = [totals.get(i.code, {}).get(root.code) for i in items]
    if all(v is None for v in values):
        return [para("Bu birim için bilgi teknolojileri envanteri girilmemiştir.")]
    rows: list[list[object]] = [head_cells(["ENVANTER", "ADET"])]
    rows += [[cell(i.name), cell(amount(v), "cell_r")] for i, v in zip(items, values,
                                                                             strict=True)]
    rows.append([cell("Toplam", "cell_b"), cell(amount(derived.total(values)), "cell_rb")])
    w = PORTRAIT_W * 0.6
    return [ctx.caption("Tablo 2. Bilgi Teknolojileri Envanteri"),
            data_table(rows, [w * 0.7, w * 0.3], extra=[bg(len(rows) - 1, TOTAL_BG)])]


def _personnel_rows(ctx: Ctx, table: derived.PersonnelTable) -> list[tuple[str, str, bool]]:
    """(label, unit code, is_total) rows: the root's children that have data, then the root."""
    root = ctx.report.root_unit()
    if root is None:
        return []
    kids = [u for u in ctx.report.children(root.code) if table.row_total(u.code) is not None]
    if not kids:
        return [(root.name, root.code, True)]
    if len(kids) == 1 and table.row_total(kids[0].code) == table.row_total(root.code):
        return [(kids[0].name, kids[0].code, True)]  # only one part has data: no total row
    return [(u.name, u.code, False) for u in kids] + [("Toplam", root.code, True)]


def table3(ctx: Ctx) -> list[Flowable]:
    t = derived.personnel_table(ctx.report, "employment")
    rows_def = _personnel_rows(ctx, t)
    if not rows_def or t.row_total(rows_def[-1][1]) is None:
        return [para("Bu birim için personel sayıları girilmemiştir.")]
    cats = list(EMPLOYMENT_TYPES)
    rows: list[list[object]] = [head_cells(["BİRİM"] + [tr_upper(EMPLOYMENT_TYPES[c])
                                                        for c in cats] + ["GENEL TOPLAM"])]
    extra = []
    for label, code, is_total in rows_def:
        st = "cell_rb" if is_total else "cell_r"
        rows.append([cell(label, "cell_b" if is_total else "cell")]
                    + [cell(amount(t.value(code, c)), st) for c in cats]
                    + [cell(amount(t.row_total(code)), "cell_rb")])
        if is_total:
            extra.append(bg(len(rows) - 1, TOTAL_BG))
    w = PORTRAIT_W
    scope = _scope_phrase(ctx, [c for _, c, tot in rows_def if not tot])
    return [ctx.caption(f"Tablo 3. {scope} Personel Sayıları"),
            data_table(rows, [w * 0.22] + [w * 0.13] * 6, extra=extra)]


def _scope_phrase(ctx: Ctx, codes: list[str]) -> str:
    """"Başkanlık Merkez ve Taşra Teşkilatı" / "Başkanlık Merkez Teşkilatı" / the unit's name."""
    if ctx.is_unit:
        return ctx.who
    names = [ctx.report.unit(c).name for c in codes if ctx.report.unit(c)]  # type: ignore[union-attr]
    if names and all(n.endswith(" Teşkilatı") for n in names):
        short = [n[: -len(" Teşkilatı")] for n in names]
        return f"{ctx.who} {' ve '.join(short)} Teşkilatı"
    return ctx.who


def table45(ctx: Ctx, group: str, number: int, title: str, first_col: str,
            labels: dict[str, str]) -> list[Flowable]:
    t = derived.personnel_table(ctx.report, group)
    rows_def = _personnel_rows(ctx, t)
    if not rows_def or t.row_total(rows_def[-1][1]) is None:
        return []
    cats = list(labels)
    cols = rows_def if len(rows_def) > 1 else [(rows_def[0][0], rows_def[0][1], True)]
    single = len(cols) == 1
    header = [first_col] + (["SAYI"] if single else [c[0] for c in cols])
    rows: list[list[object]] = [head_cells(header)]
    for cat in cats:
        rows.append([cell(labels[cat])] + [cell(amount(t.value(code, cat)),
                                                "cell_rb" if tot and not single else "cell_r")
                                           for _, code, tot in cols])
    rows.append([cell("Toplam", "cell_b")] + [cell(amount(t.row_total(code)), "cell_rb")
                                              for _, code, _ in cols])
    w = PORTRAIT_W * (0.55 if single else 0.85)
    first = 0.5 if single else 0.3
    rest = (1 - first) / len(cols)
    scope = _scope_phrase(ctx, [c for _, c, tot in cols if not tot] or
                          [c for _, c, _ in cols])
    return [ctx.caption(f"Tablo {number}. {scope} {title}"),
            data_table(rows, [w * first] + [w * rest] * len(cols),
                       extra=[bg(len(rows) - 1, TOTAL_BG)])]

