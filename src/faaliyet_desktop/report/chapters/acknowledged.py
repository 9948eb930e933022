"""EK: the acknowledged findings of a final report (what was accepted, by whom, and why)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak

from ...domain.acknowledgements import Acknowledged, location_text
from ...domain.numbers import tr_upper
from ..context import PORTRAIT_W, Ctx
from ..flow import cell, data_table, head_cells, para, spacer

TITLE = "Kabul Edilen Denetim Bulguları"


def build(ctx: Ctx, acknowledged: Sequence[Acknowledged]) -> list[Flowable]:
    """An annex after the declarations listing each acknowledged finding with its reason;
    nothing when there is none."""
    if not acknowledged:
        return []
    out: list[Flowable] = [PageBreak()]
    if not ctx.report.declarations:
        out.append(ctx.heading("EKLER", 0, style_name="h0"))
    number = len(ctx.report.declarations) + 1
    out.append(ctx.heading(f"EK-{number}: {tr_upper(TITLE)}", 1))
    out.append(para("Aşağıdaki bulgular gerçek farklılıklardır ve veriyle düzeltilemez; adı "
                    "geçen kişiler gerekçeleriyle kabul etmiştir. Bulgudaki rakamlar değişirse "
                    "kabul geçerliliğini yitirir."))
    out.append(spacer(6))
    rows: list[list[object]] = [head_cells(["No", "Kural / yer", "Bulgu", "Kabul eden",
                                            "Gerekçe"])]
    for n, a in enumerate(acknowledged, start=1):
        ack = a.acknowledgement
        where = location_text(a.finding.location)
        rows.append([cell(str(n)), [cell(a.finding.rule), cell(where)],
                     cell(a.finding.message), [cell(ack.by), cell(ack.date_tr)],
                     cell(ack.reason)])
    w = PORTRAIT_W
    out.append(data_table(rows, [0.05 * w, 0.23 * w, 0.36 * w, 0.14 * w, 0.22 * w]))
    return out
