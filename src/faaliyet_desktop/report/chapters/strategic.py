"""Table 17: the strategic plan evaluation, one block per goal with its indicators (PG) and the
four narratives of each PG (İlgililik, Etkililik, Etkinlik, Sürdürülebilirlik)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether

from ...domain import derived
from ...domain.model import PG_TYPE_LABELS_TR, Goal, GoalIndicator
from ...domain.numbers import format_percent, format_value
from ..context import PORTRAIT_W, Ctx
from ..flow import NOT_ENTERED, cell, data_table, head_cells, para, percent, value
from ..styles import LABEL_BG

CAPTION = "Tablo 17. Stratejik Plan Değerlendirme Tabloları"
PG_HEAD = ["Performans Göstergesi", "Hedefe Etkisi (%)", "Plan Dönemi Başlangıç Değeri (A)",
           "İzleme Dönemindeki Yıl Sonu Hedeflenen Değer (B)",
           "İzleme Dönemindeki Gerçekleşme Değeri (C)", "Performans (%) (C-A)/(B-A)"]
NARRATIVES = (("relevance", "İlgililik"), ("effectiveness", "Etkililik"),
              ("efficiency", "Etkinlik"), ("sustainability", "Sürdürülebilirlik"))


def goal_performance_text(goal: Goal, pgs: list[GoalIndicator]) -> str:
    if not pgs:
        return "—"
    return format_percent(derived.goal_performance(goal, pgs) * derived.HUNDRED, 2)


def pg_performance_text(pg: GoalIndicator) -> str:
    p = derived.pg_performance(pg)
    return percent(None if p is None else p * derived.HUNDRED, 2, pg.baseline, pg.target,
                   pg.actual)


def pg_in_percent(ctx: Ctx, pg: GoalIndicator) -> bool:
    """A PG measured in percent: its unit, written at the end of its name as the seed does
    ("... Artış Oranı (%)", "... (adet)"), or the unit of measure of its Form-3 indicator."""
    if pg.name.rstrip().endswith("(%)"):
        return True
    ind = next((i for i in ctx.report.indicators if i.code == pg.form3_indicator), None)
    return ind is not None and ind.measure == "Yüzde"


def pg_value(v: Decimal | None, in_percent: bool) -> str:
    """A, B or C of a PG: "%5" when the PG is measured in percent (the seed: %0 %5 %3,33)."""
    text = value(v)
    return "%" + text if in_percent and v is not None else text


def _unit_names(ctx: Ctx, codes: list[str]) -> str:
    names = []
    for c in codes:
        u = ctx.report.unit(c)
        names.append(u.name if u else c)
    return ", ".join(names) or NOT_ENTERED


def table17(ctx: Ctx) -> list[Flowable]:
    aims = sorted(ctx.report.aims, key=lambda a: (a.order, a.code))
    goals = sorted(ctx.report.goals, key=lambda g: (g.order, g.code))
    if not goals:
        return [para("Bu rapor kapsamında stratejik plan hedefi bulunmamaktadır.")]
    out: list[Flowable] = [ctx.caption(CAPTION)]
    w = PORTRAIT_W
    for aim in aims:
        aim_goals = [g for g in goals if g.aim == aim.code]
        if not aim_goals:
            continue
        out.append(ctx.heading(f"{aim.code} {aim.title}", 3, toc=False))
        for goal in aim_goals:
            out += goal_block(ctx, goal, w)
    return out


def goal_block(ctx: Ctx, goal: Goal, w: float) -> list[Flowable]:
    pgs = derived.goal_indicators_of(ctx.report, goal.code)
    head: list[Flowable] = [ctx.heading(f"{goal.code} {goal.title or goal.text}", 4,
                                        toc=False, style_name="h3")]
    info = [[cell(f"{goal.code} Performansı", "cell_b"),
             cell(goal_performance_text(goal, pgs), "cell_b")],
            [cell("Hedefe İlişkin Sapmanın Nedeni", "cell_b"),
             cell(goal.deviation_reason or NOT_ENTERED)],
            [cell("Hedefe İlişkin Alınacak Önlemler", "cell_b"),
             cell(goal.measures or NOT_ENTERED)],
            [cell("Sorumlu Birim", "cell_b"), cell(_unit_names(ctx, goal.responsible_units))]]
    head.append(data_table(info, [w * .28, w * .72], header_rows=0,
                           extra=[("BACKGROUND", (0, 0), (0, -1), LABEL_BG)]))
    head.append(para("", "note"))
    if pgs:
        rows: list[list[object]] = [head_cells(PG_HEAD, "small_head")]
        for pg in pgs:
            pct = pg_in_percent(ctx, pg)
            kind = PG_TYPE_LABELS_TR[pg.kind].lower()  # the stored type (issue 12)
            rows.append([cell(f"{pg.code}: {pg.name} ({kind})", "small"),
                         cell("%" + format_value(pg.weight), "small_r"),
                         cell(pg_value(pg.baseline, pct), "small_r"),
                         cell(pg_value(pg.target, pct), "small_r"),
                         cell(pg_value(pg.actual, pct), "small_r"),
                         cell(pg_performance_text(pg), "small_r")])
        head.append(data_table(rows, [w * .32, w * .1, w * .14, w * .16, w * .14, w * .14]))
    out: list[Flowable] = [KeepTogether(head)]
    for pg in pgs:
        texts = [(label, getattr(pg, attr)) for attr, label in NARRATIVES
                 if (getattr(pg, attr) or "").strip()]
        if not texts:
            continue
        rows = [[cell(label, "cell_b"), cell(text)] for label, text in texts]
        out.append(KeepTogether([
            para(f"{pg.code}: Performans Göstergelerine İlişkin Değerlendirmeler", "label"),
            data_table(rows, [w * .2, w * .8], header_rows=0,
                       extra=[("BACKGROUND", (0, 0), (0, -1), LABEL_BG)])]))
    return out
