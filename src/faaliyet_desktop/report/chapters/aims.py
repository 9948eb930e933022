"""Chapter II. AMAÇ ve HEDEFLER: Table 6 (strategic aims and goals) and the policies."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, PageBreak

from ..context import PORTRAIT_W, Ctx, heading_upper
from ..flow import bg, cell, data_table, head_cells
from ..styles import SUBTOTAL_BG

CHAPTER = "II. AMAÇ ve HEDEFLER"


def goal_label(goal_code: str, aim_code: str) -> str:
    """Table 6 prints goal H1.2 of aim A1 as "A1H2"."""
    m = re.fullmatch(r"H?(\d+)\.(\d+)", goal_code)
    return f"{aim_code}H{m.group(2)}" if m else goal_code


def build(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading(CHAPTER, 0, style_name="h0")]
    out.append(ctx.heading("A. " + heading_upper(ctx.section_title("aims_intro")), 1))
    out += ctx.text("aims_intro")
    out += table6(ctx)
    if ctx.has_text("policies"):
        out.append(ctx.heading("B. " + heading_upper(ctx.section_title("policies")), 1))
        out += ctx.text("policies")
    out.append(PageBreak())
    return out


def table6(ctx: Ctx) -> list[Flowable]:
    aims = sorted(ctx.report.aims, key=lambda a: (a.order, a.code))
    if not aims:
        return []
    rows: list[list[object]] = [head_cells(["KOD", "STRATEJİK AMAÇ / HEDEF"])]
    extra = []
    for aim in aims:
        rows.append([cell(aim.code, "cell_b"), cell(aim.short_title or aim.title, "cell_b")])
        extra.append(bg(len(rows) - 1, SUBTOTAL_BG))
        for g in sorted((g for g in ctx.report.goals if g.aim == aim.code),
                        key=lambda g: (g.order, g.code)):
            rows.append([cell(goal_label(g.code, aim.code)), cell(g.text)])
    w = PORTRAIT_W
    return [ctx.caption("Tablo 6. Stratejik Amaç ve Hedeflerimiz"),
            data_table(rows, [w * 0.12, w * 0.88], extra=extra)]
